package io.upsilon.analysis.output.provenance;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a result came from: the Upsilon version and git commit that made it, the job's master seed,
 * the SHA-256 of the detector card and of the analysis configuration, and the JVM that ran it.
 *
 * <p>It holds no time stamp on purpose: the same job and seed must give byte-identical outputs. A
 * creation time, when wanted, is passed to {@link SummaryJson} separately.
 *
 * @param upsilonVersion Upsilon version, or "unknown"
 * @param gitCommit git commit hash, or "unknown"
 * @param seed the job's master seed
 * @param cardSha256 SHA-256 (hex) of the detector card's bytes, or "none" when no card was used
 * @param configSha256 SHA-256 (hex) of the analysis configuration's bytes, or "none"
 * @param jvmVersion the running JVM's version ({@code java.version}) and vendor
 */
public record Provenance(
        String upsilonVersion, String gitCommit, long seed, String cardSha256, String configSha256, String jvmVersion) {

    /** Hash value used when an input was not given. */
    public static final String NONE = "none";

    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    /** Validates the fields: non-blank strings, hashes 64 hex digits or {@link #NONE}. */
    public Provenance {
        requireText(upsilonVersion, "upsilonVersion");
        requireText(gitCommit, "gitCommit");
        requireText(jvmVersion, "jvmVersion");
        requireHash(cardSha256, "cardSha256");
        requireHash(configSha256, "configSha256");
    }

    /**
     * Provenance of a run in this JVM: version and commit looked up ({@link UpsilonVersion}, {@link
     * GitCommit}), inputs hashed from their contents.
     *
     * @param seed the job's master seed
     * @param cardBytes the detector card's contents, or null if none
     * @param configBytes the analysis configuration's contents, or null if none
     */
    public static Provenance of(long seed, byte[] cardBytes, byte[] configBytes) {
        return new Provenance(
                UpsilonVersion.find(),
                GitCommit.find(),
                seed,
                cardBytes == null ? NONE : Sha256.of(cardBytes),
                configBytes == null ? NONE : Sha256.of(configBytes),
                jvm());
    }

    /** As {@link #of(long, byte[], byte[])}, hashing files (either may be null). */
    public static Provenance ofFiles(long seed, Path card, Path config) {
        return new Provenance(
                UpsilonVersion.find(),
                GitCommit.find(),
                seed,
                card == null ? NONE : Sha256.ofFile(card),
                config == null ? NONE : Sha256.ofFile(config),
                jvm());
    }

    /**
     * Provenance of a run in this JVM whose detector card is known by its hash (a parsed card keeps
     * the SHA-256 of its text), the configuration by its bytes.
     */
    public static Provenance of(long seed, String cardSha256, byte[] configBytes) {
        return new Provenance(
                UpsilonVersion.find(),
                GitCommit.find(),
                seed,
                cardSha256,
                configBytes == null ? NONE : Sha256.of(configBytes),
                jvm());
    }

    /** The fields as an ordered map with the JSON key names of {@code summary.json}. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("upsilon_version", upsilonVersion);
        m.put("git_commit", gitCommit);
        m.put("seed", seed);
        m.put("card_sha256", cardSha256);
        m.put("config_sha256", configSha256);
        m.put("jvm", jvmVersion);
        return m;
    }

    private static String jvm() {
        return System.getProperty("java.version", "unknown") + " (" + System.getProperty("java.vendor", "unknown")
                + ")";
    }

    private static void requireText(String s, String name) {
        Objects.requireNonNull(s, name);
        if (s.isBlank()) {
            throw new IllegalArgumentException(name + " is blank");
        }
    }

    private static void requireHash(String s, String name) {
        Objects.requireNonNull(s, name);
        if (!s.equals(NONE) && !HEX64.matcher(s).matches()) {
            throw new IllegalArgumentException(name + " must be 64 lower-case hex digits or \"none\", got " + s);
        }
    }
}
