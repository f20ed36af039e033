package io.upsilon.analysis.output.provenance;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The Upsilon version: the system property {@code upsilon.version} if set, else the jar manifest's
 * {@code Implementation-Version}, else the {@code pom.properties} Maven puts in every jar, else
 * {@link #UNKNOWN} (classes run from a build directory, as in tests).
 */
public final class UpsilonVersion {
    /** What {@link #find()} returns when no version is recorded. */
    public static final String UNKNOWN = "unknown";

    private static final String POM_PROPERTIES = "/META-INF/maven/io.upsilon/upsilon-analysis/pom.properties";

    private UpsilonVersion() {}

    /** The version, or {@link #UNKNOWN}. */
    public static String find() {
        String prop = System.getProperty("upsilon.version");
        if (prop != null && !prop.isBlank()) {
            return prop.trim();
        }
        String manifest = UpsilonVersion.class.getPackage().getImplementationVersion();
        if (manifest != null && !manifest.isBlank()) {
            return manifest.trim();
        }
        try (InputStream in = UpsilonVersion.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version");
                if (v != null && !v.isBlank()) {
                    return v.trim();
                }
            }
        } catch (IOException ignored) {
            // fall through to unknown
        }
        return UNKNOWN;
    }
}
