package io.upsilon.searches;

import io.upsilon.core.config.ConfigNode;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;

/**
 * Generator-level preselection, applied before the detector simulation to save time: at least
 * {@code chargedMin} final-state charged particles that reach the tracker (e, μ, π, K, p) with a
 * lab momentum of at least {@code pMin} and a lab polar angle in [thetaMin, thetaMax]. A search sets
 * it loose enough never to remove an event its reconstruction-level selection would keep (the
 * tracking acceptance uses the true direction, and no track is found below the thresholds).
 *
 * @param chargedMin required number of charged particles
 * @param pMin lab momentum threshold, GeV (0: none)
 * @param thetaMin lowest lab polar angle, rad
 * @param thetaMax highest lab polar angle, rad
 */
public record Preselection(int chargedMin, double pMin, double thetaMin, double thetaMax) {
    /** Validates. */
    public Preselection {
        if (chargedMin < 0 || !(pMin >= 0) || !(thetaMin >= 0 && thetaMin < thetaMax && thetaMax <= Math.PI)) {
            throw new IllegalArgumentException(
                    "bad preselection " + chargedMin + ", " + pMin + ", " + thetaMin + ", " + thetaMax);
        }
    }

    /**
     * Reads the {@code preselection:} block ({@code charged_min}, optional {@code p_min} in GeV,
     * {@code theta_min_deg}, {@code theta_max_deg}).
     */
    public static Preselection read(ConfigNode root) {
        ConfigNode pre = root.block("preselection");
        int charged = pre.integer("charged_min", 0, 10);
        double pMin = pre.number("p_min", 0, 10, 0.0);
        double thetaMin = pre.degrees("theta_min_deg", 0, 180);
        double thetaMax = pre.degrees("theta_max_deg", 0, 180);
        if (!(thetaMin < thetaMax)) {
            throw pre.error("theta_max_deg", "expected theta_max_deg > theta_min_deg");
        }
        pre.finish();
        return new Preselection(charged, pMin, thetaMin, thetaMax);
    }

    /** Whether the generated event {@code ev} (lab frame) passes. */
    public boolean accepts(EventBuffer ev) {
        double p2min = pMin * pMin;
        double cosMax = Math.cos(thetaMin);
        double cosMin = Math.cos(thetaMax);
        int n = 0;
        for (int i = 0; i < ev.size(); i++) {
            if (ev.status(i) != GenParticle.FINAL || !reachesTracker(ev.pdgId(i))) {
                continue;
            }
            double px = ev.px(i);
            double py = ev.py(i);
            double pz = ev.pz(i);
            double p2 = px * px + py * py + pz * pz;
            if (p2 == 0 || p2 < p2min) {
                continue;
            }
            double cos = pz / Math.sqrt(p2);
            if (cos <= cosMax && cos >= cosMin && ++n >= chargedMin) {
                return true;
            }
        }
        return n >= chargedMin;
    }

    /** Charged particles that live long enough to leave a track: e, μ, π, K, p. */
    private static boolean reachesTracker(int pdg) {
        int a = Math.abs(pdg);
        return a == 11 || a == 13 || a == 211 || a == 321 || a == 2212;
    }
}
