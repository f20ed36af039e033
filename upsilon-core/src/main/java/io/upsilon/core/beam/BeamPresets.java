package io.upsilon.core.beam;

import io.upsilon.core.error.InputException;
import io.upsilon.core.kinematics.Vec3;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The named SuperKEKB beam presets, read from the bundled {@code presets.tsv} (sources inside). */
public final class BeamPresets {
    private static final String RESOURCE = "presets.tsv";
    private final Map<String, Beam> presets;

    private BeamPresets(Map<String, Beam> presets) {
        this.presets = Collections.unmodifiableMap(presets);
    }

    /** The bundled presets: SuperKEKB, Y1S, Y2S, Y3S, Y4S, Y4S-off, Y5S, Y6S. */
    public static BeamPresets standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final BeamPresets STANDARD = load();
    }

    private static BeamPresets load() {
        try (InputStream in = BeamPresets.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled beam presets missing: " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, Beam> m = new LinkedHashMap<>();
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.trim().split("\\s+");
                if (f.length != 13) {
                    throw new InputException(RESOURCE, "line " + lineNo, "expected 13 columns, got " + f.length);
                }
                double[] v = new double[12];
                for (int i = 0; i < 12; i++) {
                    v[i] = Double.parseDouble(f[i + 1]);
                }
                m.put(
                        f[0],
                        new Beam(
                                f[0],
                                v[0],
                                v[1],
                                v[2],
                                v[3],
                                v[4],
                                v[5],
                                new Vec3(v[6], v[7], v[8]),
                                new Vec3(v[9], v[10], v[11])));
            }
            return new BeamPresets(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The preset with this name; an {@link InputException} listing the known names otherwise. */
    public Beam get(String name) {
        Beam b = presets.get(name);
        if (b == null) {
            throw new InputException("--beam", "", "unknown beam preset '" + name + "'; known presets: " + names());
        }
        return b;
    }

    /** Names of all presets, in file order. */
    public List<String> names() {
        return List.copyOf(presets.keySet());
    }
}
