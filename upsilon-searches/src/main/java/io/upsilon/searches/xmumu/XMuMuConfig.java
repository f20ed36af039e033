package io.upsilon.searches.xmumu;

import io.upsilon.core.config.ConfigNode;
import io.upsilon.searches.CommonConfig;
import io.upsilon.searches.QuickScaling;
import io.upsilon.searches.resonance.ResonanceConfig;

/**
 * The configuration of the X -&gt; mu mu search: {@code analyses/x-mumu.yaml} (or a user's copy) read as a
 * {@link ResonanceConfig} with the dimuon mass range of this search.
 */
public final class XMuMuConfig {
    /** Quick mode: 20% of the luminosity samples, 3000 events per signal mass (the plot masses). */
    static final QuickScaling QUICK = new QuickScaling(0.2, 200_000, 3000, QuickScaling.FULL_PILOT_EVENTS);

    /** Lowest and highest scanned mass, GeV (the mu mu threshold to the kinematic limit at 10.58 GeV). */
    static final double MASS_MIN = 0.212;

    static final double MASS_MAX = 10.0;

    private XMuMuConfig() {}

    /** Reads and checks a configuration (its shared keys too). */
    public static ResonanceConfig read(ConfigNode root) {
        return read(root, new XMuMuSearch().common(root));
    }

    /** Reads and checks a configuration whose shared keys {@code common} were read from {@code root}. */
    public static ResonanceConfig read(ConfigNode root, CommonConfig common) {
        return ResonanceConfig.read(root, common, MASS_MIN, MASS_MAX);
    }
}
