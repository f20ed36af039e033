package io.upsilon.searches.validation;

import java.util.Objects;

/**
 * A published number with its total uncertainty and where it comes from.
 *
 * @param value the central value
 * @param error the total uncertainty (statistical and systematic in quadrature), {@code > 0}
 * @param source the publication (journal reference and, where it helps, the table or record)
 */
public record ReferenceValue(double value, double error, String source) {
    /** Validates: finite value, positive finite error, non-blank source. */
    public ReferenceValue {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("reference value must be finite, got " + value);
        }
        if (!(error > 0 && Double.isFinite(error))) {
            throw new IllegalArgumentException("reference error must be positive and finite, got " + error);
        }
        Objects.requireNonNull(source, "source");
        if (source.isBlank()) {
            throw new IllegalArgumentException("a reference value needs a source");
        }
    }

    /** A value with a statistical and a systematic uncertainty, added in quadrature. */
    public static ReferenceValue of(double value, double stat, double syst, String source) {
        return new ReferenceValue(value, Math.hypot(stat, syst), source);
    }

    /** (simulated - reference) / reference, in percent. */
    public double differencePercent(double simulated) {
        return 100 * (simulated - value) / value;
    }

    /** (simulated - reference) / sqrt(error^2 + simulatedError^2), the pull in standard deviations. */
    public double pull(double simulated, double simulatedError) {
        return (simulated - value) / Math.hypot(error, simulatedError);
    }
}
