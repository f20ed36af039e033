package io.upsilon.searches;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A published limit curve bundled with a search, drawn beside its expected limits and quoted in its
 * tables: points (mass, limit) with increasing mass, read from a two-column text resource whose
 * {@code #} header names the source.
 *
 * @param mass the masses, GeV, increasing
 * @param limit the limits at those masses (positive)
 */
public record PublishedCurve(double[] mass, double[] limit) {
    /** Validates and copies. */
    public PublishedCurve {
        mass = mass.clone();
        limit = limit.clone();
        if (mass.length != limit.length) {
            throw new IllegalArgumentException("expected as many limits as masses");
        }
        for (int i = 0; i < mass.length; i++) {
            if (!(limit[i] > 0) || (i > 0 && !(mass[i] > mass[i - 1]))) {
                throw new IllegalArgumentException("expected increasing masses and positive limits, point " + i);
            }
        }
    }

    @Override
    public double[] mass() {
        return mass.clone();
    }

    @Override
    public double[] limit() {
        return limit.clone();
    }

    /**
     * The curve in the resource {@code name} beside {@code anchor}: lines "mass limit" separated by
     * whitespace; blank lines and lines starting with {@code #} are skipped.
     */
    public static PublishedCurve resource(Class<?> anchor, String name) {
        List<double[]> points = new ArrayList<>();
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " beside " + anchor.getName());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.trim().split("\\s+");
                points.add(new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1])});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PublishedCurve(
                points.stream().mapToDouble(p -> p[0]).toArray(),
                points.stream().mapToDouble(p -> p[1]).toArray());
    }

    /** The limit at mass {@code m}, linear in m and in log(limit) between points; NaN outside the curve. */
    public double at(double m) {
        for (int i = 1; i < mass.length; i++) {
            if (m >= mass[i - 1] && m <= mass[i]) {
                double t = (m - mass[i - 1]) / (mass[i] - mass[i - 1]);
                return Math.exp(Math.log(limit[i - 1]) + t * (Math.log(limit[i]) - Math.log(limit[i - 1])));
            }
        }
        return Double.NaN;
    }
}
