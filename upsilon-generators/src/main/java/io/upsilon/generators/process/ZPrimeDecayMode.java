package io.upsilon.generators.process;

import io.upsilon.core.error.InputException;
import java.util.Locale;

/**
 * Which Z' decays {@code ee-mumu-zprime} generates: all channels by their branching fractions, or one
 * visible channel forced (the searches for Z' -&gt; mu mu and Z' -&gt; tau tau), in which case the event
 * weight carries BR(channel) (see {@link RadiatedBoson#decayWeight()}).
 */
public enum ZPrimeDecayMode {
    /** every channel by its branching fraction: weight = sigma(production) */
    ALL,
    /** Z' -&gt; mu+ mu- only: weight = sigma(production) x BR(Z' -&gt; mu mu) */
    MUMU,
    /** Z' -&gt; tau+ tau- only: weight = sigma(production) x BR(Z' -&gt; tau tau) */
    TAUTAU;

    /** The process-parameter text ({@code all}, {@code mumu}, {@code tautau}). */
    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param text {@code all}, {@code mumu} or {@code tautau}
     * @throws InputException otherwise
     */
    public static ZPrimeDecayMode parse(String text) {
        for (ZPrimeDecayMode m : values()) {
            if (m.text().equals(text)) {
                return m;
            }
        }
        throw new InputException("--param", "decay", "expected all, mumu or tautau, got '" + text + "'");
    }
}
