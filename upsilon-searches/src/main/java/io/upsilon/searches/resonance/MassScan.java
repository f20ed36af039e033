package io.upsilon.searches.resonance;

import io.upsilon.core.config.ConfigNode;

/**
 * The {@code scan:} block of a resonance search: the range and bins of the plotted candidate mass, the
 * half-width of the counting windows in units of the signal's resolution, its floor, and the confidence
 * level of the limits.
 *
 * @param lo low edge of the mass plot, GeV
 * @param hi high edge
 * @param bins its bins
 * @param windowSigmas half-width of a counting window in units of the resolution
 * @param minHalfWidth floor of the half-width, GeV
 * @param cl confidence level of the limits
 */
public record MassScan(double lo, double hi, int bins, double windowSigmas, double minHalfWidth, double cl) {
    /** Reads and checks the {@code scan:} block of {@code root}. */
    public static MassScan read(ConfigNode root) {
        ConfigNode sc = root.block("scan");
        double lo = sc.number("variable_lo", 0, 11);
        double hi = sc.number("variable_hi", 0, 11);
        if (!(hi > lo)) {
            throw sc.error("variable_hi", "expected variable_hi > variable_lo");
        }
        MassScan scan = new MassScan(
                lo,
                hi,
                sc.integer("bins", 1, 100_000),
                sc.number("window_sigmas", 0.1, 10),
                sc.number("min_half_width", 0, 1),
                sc.number("cl", 0.5, 0.999));
        sc.finish();
        return scan;
    }
}
