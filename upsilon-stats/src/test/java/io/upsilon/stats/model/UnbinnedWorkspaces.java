package io.upsilon.stats.model;

import io.upsilon.core.random.RandomStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** JSON text of workspaces with unbinned channels, and their events, for the tests. */
final class UnbinnedWorkspaces {

    private UnbinnedWorkspaces() {}

    /** The numbers as a JSON array. */
    static String array(double[] v) {
        return Arrays.stream(v)
                .mapToObj(x -> String.format(Locale.ROOT, "%.17g", x))
                .collect(Collectors.joining(", ", "[", "]"));
    }

    /** {@code n} events of a unit-normalised Gaussian (mean, sigma) truncated to [lo, hi]. */
    static double[] gaussianEvents(int n, double mean, double sigma, double lo, double hi, RandomStream rng) {
        double[] x = new double[n];
        for (int i = 0; i < n; ) {
            double v = rng.nextGaussian(mean, sigma);
            if (v >= lo && v <= hi) {
                x[i++] = v;
            }
        }
        return x;
    }

    /** {@code n} events of exp(lambda x) (lambda < 0) truncated to [lo, hi], by inversion. */
    static double[] exponentialEvents(int n, double lambda, double lo, double hi, RandomStream rng) {
        double[] x = new double[n];
        double a = Math.exp(lambda * (hi - lo));
        for (int i = 0; i < n; i++) {
            double u = rng.nextDouble();
            x[i] = lo + Math.log(1 - u * (1 - a)) / lambda;
        }
        return x;
    }

    static double[] concat(double[] a, double[] b) {
        double[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
