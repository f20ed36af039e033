package io.upsilon.generators.process;

import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;
import java.util.List;
import java.util.Map;

/**
 * The reference selections of the Belle II Physics Book cross-section table (E. Kou et al., PTEP
 * 2019, 123C01, arXiv:1808.10567) per process, in one place, applied to generated (not
 * reconstructed) particles in the lab frame. Acceptances [S] from basf2
 * analysis/variables/src/AcceptanceVariables.cc: CDC 17-150 deg, ECL 12.4-155.1 deg (gaps included, as in
 * "in ECL" of the reference table). These angles move to the detector card when it exists.
 */
public final class FiducialRegions {
    private static final double CDC_MIN = Math.toRadians(17);
    private static final double CDC_MAX = Math.toRadians(150);
    private static final double ECL_MIN = Math.toRadians(12.4);
    private static final double ECL_MAX = Math.toRadians(155.1);

    private static final Map<String, List<FiducialRegion>> BY_PROCESS = Map.of(
            "ee-mumu",
            List.of(
                    new FiducialRegion(
                            "mumu-cdc",
                            "both muons p > 0.5 GeV in the CDC (17-150 deg lab)",
                            e -> count(e, 13, 0.5, CDC_MIN, CDC_MAX) == 2),
                    new FiducialRegion(
                            "mumugamma-cdc-ecl",
                            "both muons p > 0.5 GeV in the CDC and >= 1 photon E > 0.5 GeV in the ECL (12.4-155.1 deg)",
                            e -> count(e, 13, 0.5, CDC_MIN, CDC_MAX) == 2 && count(e, 22, 0.5, ECL_MIN, ECL_MAX) >= 1)),
            "ee-ee",
            List.of(new FiducialRegion(
                    "ee-ecl",
                    "both electrons p > 0.5 GeV in the ECL (12.4-155.1 deg lab)",
                    e -> count(e, 11, 0.5, ECL_MIN, ECL_MAX) == 2)),
            "ee-gammagamma",
            List.of(new FiducialRegion(
                    "gammagamma-ecl",
                    ">= 2 photons E > 0.5 GeV in the ECL (12.4-155.1 deg lab)",
                    e -> count(e, 22, 0.5, ECL_MIN, ECL_MAX) >= 2)));

    private FiducialRegions() {}

    /** The reference selections of a process (empty if it has none). */
    public static List<FiducialRegion> forProcess(String processName) {
        return BY_PROCESS.getOrDefault(processName, List.of());
    }

    /**
     * Number of final-state particles with |PDG id| = {@code absId}, momentum (energy for photons)
     * above {@code min} GeV and lab polar angle in [thetaMin, thetaMax].
     */
    static int count(EventBuffer e, int absId, double min, double thetaMin, double thetaMax) {
        int n = 0;
        for (int i = 0; i < e.size(); i++) {
            if (e.status(i) != GenParticle.FINAL || Math.abs(e.pdgId(i)) != absId) {
                continue;
            }
            double px = e.px(i);
            double py = e.py(i);
            double pz = e.pz(i);
            double p = Math.sqrt(px * px + py * py + pz * pz);
            double theta = Math.atan2(Math.hypot(px, py), pz);
            if (p > min && theta >= thetaMin && theta <= thetaMax) {
                n++;
            }
        }
        return n;
    }
}
