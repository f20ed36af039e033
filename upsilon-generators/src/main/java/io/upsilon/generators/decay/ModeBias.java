package io.upsilon.generators.decay;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Importance-sampling factors on the selection probabilities of decay modes, by mode name: a mode
 * with factor f is picked f times as often, relative to the others, as its branching fraction says
 * (modes not named keep f = 1); the decayer carries the compensating weight BR / q per decay (see
 * {@link TauDecayer#withModeBias}).
 *
 * @param factors mode name to factor, each finite and positive
 */
public record ModeBias(Map<String, Double> factors) {
    /** Validates and copies (iteration order kept). */
    public ModeBias {
        Objects.requireNonNull(factors, "factors");
        for (Map.Entry<String, Double> e : factors.entrySet()) {
            Objects.requireNonNull(e.getKey(), "mode name");
            double f = e.getValue();
            if (!(f > 0) || Double.isInfinite(f)) {
                throw new IllegalArgumentException(
                        "mode bias of " + e.getKey() + " must be finite and positive, got " + f);
            }
        }
        factors = Collections.unmodifiableMap(new LinkedHashMap<>(factors));
    }

    /** No bias: every mode by its branching fraction. */
    public static ModeBias none() {
        return new ModeBias(Map.of());
    }

    /** The factor of the mode named {@code mode} (1 when not named). */
    public double factor(String mode) {
        return factors.getOrDefault(mode, 1.0);
    }

    /** Whether every factor is 1 (selection by branching fraction, weights exactly 1). */
    public boolean isNone() {
        for (double f : factors.values()) {
            if (f != 1.0) {
                return false;
            }
        }
        return true;
    }
}
