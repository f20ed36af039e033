package io.upsilon.searches;

import io.upsilon.core.config.ConfigNode;

/**
 * How {@code --quick} shrinks a run: the same chain on small samples, for smoke tests and a first
 * look. Read from the optional {@code quick:} block of an analysis YAML; each search supplies its
 * defaults.
 *
 * @param luminosityFraction multiplies samples sized by the luminosity ({@code events: luminosity})
 *     before rounding up
 * @param maxEvents cap on samples with a fixed event count
 * @param signalEvents cap on the generated events of each signal point
 * @param pilotEvents events of the pilot cross-section run that sizes luminosity samples
 */
public record QuickScaling(double luminosityFraction, long maxEvents, long signalEvents, long pilotEvents) {
    /** Events of the pilot cross-section run outside quick mode. */
    public static final long FULL_PILOT_EVENTS = 200_000;

    /** Validates. */
    public QuickScaling {
        if (!(luminosityFraction > 0 && luminosityFraction <= 1)) {
            throw new IllegalArgumentException("luminosityFraction must be in (0, 1], got " + luminosityFraction);
        }
        if (maxEvents < 1 || signalEvents < 1 || pilotEvents < 1) {
            throw new IllegalArgumentException("event counts must be >= 1");
        }
    }

    /** Reads the optional {@code quick:} block of {@code root}, keys absent there taking {@code defaults}. */
    public static QuickScaling read(ConfigNode root, QuickScaling defaults) {
        if (!root.has("quick")) {
            return defaults;
        }
        ConfigNode q = root.block("quick");
        QuickScaling s = new QuickScaling(
                q.number("luminosity_fraction", 1e-6, 1, defaults.luminosityFraction()),
                q.longInteger("max_events", 1, 10_000_000_000L, defaults.maxEvents()),
                q.longInteger("signal_events", 1, 1_000_000_000L, defaults.signalEvents()),
                q.longInteger("pilot_events", 1000, 100_000_000L, defaults.pilotEvents()));
        q.finish();
        return s;
    }
}
