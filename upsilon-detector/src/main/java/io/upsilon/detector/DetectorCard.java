package io.upsilon.detector;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A parsed, validated detector card: one block per detector module. Read it with {@link
 * DetectorCardReader}; {@link #belle2()} is the bundled Belle II card.
 *
 * @param source where the card came from (file path or bundled resource name)
 * @param tracking the {@code tracking} block
 * @param ecl the {@code ecl} block
 * @param klm the {@code klm} block
 * @param pid the {@code pid} block
 * @param trigger the {@code trigger} block
 * @param sha256 hex SHA-256 of the card text, for provenance
 */
public record DetectorCard(
        String source,
        TrackingCard tracking,
        EclCard ecl,
        KlmCard klm,
        PidCard pid,
        TriggerCard trigger,
        String sha256) {
    public DetectorCard {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(tracking, "tracking");
        Objects.requireNonNull(ecl, "ecl");
        Objects.requireNonNull(klm, "klm");
        Objects.requireNonNull(pid, "pid");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** The bundled Belle II card ({@code io/upsilon/detector/belle2.yaml}). */
    public static DetectorCard belle2() {
        return DetectorCardReader.bundled();
    }

    /** Reads a user's card file; errors are {@link io.upsilon.core.error.InputException}s. */
    public static DetectorCard load(Path file) {
        return DetectorCardReader.read(file);
    }
}
