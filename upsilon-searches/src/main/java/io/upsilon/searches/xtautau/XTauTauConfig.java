package io.upsilon.searches.xtautau;

import io.upsilon.core.config.ConfigNode;
import io.upsilon.searches.CommonConfig;
import io.upsilon.searches.QuickScaling;
import io.upsilon.searches.resonance.ResonanceConfig;

/**
 * The configuration of the X -&gt; tau tau search: {@code analyses/x-tautau.yaml} (or a user's copy) read as a
 * {@link ResonanceConfig} with the recoil-mass range of this search.
 */
public final class XTauTauConfig {
    /**
     * Quick mode: 20% of the luminosity samples, at most 50000 events of a fixed-count sample (the
     * weighted two-photon and tau-pair backgrounds), 2000 events per signal mass (the plot masses): the
     * end-to-end test stays well under a minute.
     */
    static final QuickScaling QUICK = new QuickScaling(0.2, 50_000, 2000, QuickScaling.FULL_PILOT_EVENTS);

    /** Lowest scanned mass, GeV: just above the tau-pair threshold 2 m_tau = 3.554 GeV. */
    static final double MASS_MIN = 3.56;

    /** Highest: the kinematic limit sqrt(s) - 2 m_mu at 10.58 GeV. */
    static final double MASS_MAX = 10.36;

    private XTauTauConfig() {}

    /** Reads and checks a configuration (its shared keys too). */
    public static ResonanceConfig read(ConfigNode root) {
        return read(root, new XTauTauSearch().common(root));
    }

    /** Reads and checks a configuration whose shared keys {@code common} were read from {@code root}. */
    public static ResonanceConfig read(ConfigNode root, CommonConfig common) {
        return ResonanceConfig.read(root, common, MASS_MIN, MASS_MAX);
    }
}
