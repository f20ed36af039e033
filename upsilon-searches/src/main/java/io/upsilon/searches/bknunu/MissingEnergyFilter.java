package io.upsilon.searches.bknunu;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.config.ConfigNode;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.kinematics.LorentzVector;

/**
 * A generator-level filter for the B+ → K+ ν ν̄ search, applied before the detector simulation: the
 * truth missing energy in the centre-of-mass frame, the summed CMS energy of the final-state
 * particles the detector cannot measure (neutrinos, K_L⁰, neutrons) and of every other final-state
 * particle outside the polar-angle acceptance [θ_min, θ_max] (lab), must be at least {@code eMin}.
 *
 * <p>Why: the signal's two neutrinos carry away √s/2 − E*_K, while most continuum and generic B B̄
 * events are nearly fully visible; the classifiers select events whose rest of event looks like a
 * whole B and whose missing energy is large (PRD 109, 112006, Sec. VI), so events with little
 * invisible energy should not reach the signal region and need not be simulated. Whether that holds
 * is measured, not assumed: with {@code apply: false} the filter only records each selected event's
 * truth missing energy, and the report gives, per background, the fraction of the events above the
 * BDT1 cut and in the signal region that the filter would have removed.
 *
 * @param eMin the threshold, GeV (CMS)
 * @param thetaMin lowest lab polar angle of the acceptance, rad
 * @param thetaMax highest lab polar angle of the acceptance, rad
 * @param apply whether events below the threshold are dropped (false: recorded only)
 */
record MissingEnergyFilter(double eMin, double thetaMin, double thetaMax, boolean apply) {
    /** Validates. */
    MissingEnergyFilter {
        if (!(eMin >= 0) || !(thetaMin >= 0 && thetaMin < thetaMax && thetaMax <= Math.PI)) {
            throw new IllegalArgumentException("bad filter " + eMin + ", " + thetaMin + ", " + thetaMax);
        }
    }

    /**
     * Reads the {@code generator_filter:} block ({@code missing_energy_min} in GeV, {@code
     * theta_min_deg}, {@code theta_max_deg}, {@code apply}).
     */
    static MissingEnergyFilter read(ConfigNode root) {
        ConfigNode f = root.block("generator_filter");
        double e = f.number("missing_energy_min", 0, 11);
        double lo = f.degrees("theta_min_deg", 0, 180);
        double hi = f.degrees("theta_max_deg", 0, 180);
        if (!(lo < hi)) {
            throw f.error("theta_max_deg", "expected theta_max_deg > theta_min_deg");
        }
        boolean apply = f.bool("apply", true);
        f.finish();
        return new MissingEnergyFilter(e, lo, hi, apply);
    }

    /** Whether the generated event passes (always true when the filter is not applied). */
    boolean accepts(EventBuffer ev, Beam beam) {
        return !apply || missingEnergy(ev, beam) >= eMin;
    }

    /** The truth missing energy of a generated event (lab frame), GeV in the CMS of {@code beam}. */
    double missingEnergy(EventBuffer ev, Beam beam) {
        double cosMax = Math.cos(thetaMin);
        double cosMin = Math.cos(thetaMax);
        double sum = 0;
        for (int i = 0; i < ev.size(); i++) {
            if (ev.status(i) != GenParticle.FINAL) {
                continue;
            }
            double px = ev.px(i);
            double py = ev.py(i);
            double pz = ev.pz(i);
            double p = Math.sqrt(px * px + py * py + pz * pz);
            double cos = p > 0 ? pz / p : 1;
            if (invisible(ev.pdgId(i)) || cos > cosMax || cos < cosMin) {
                sum += beam.toCms(new LorentzVector(px, py, pz, ev.e(i))).e();
            }
        }
        return sum;
    }

    /** Particles the detector does not measure: neutrinos, K_L⁰ (no KLM energy), neutrons. */
    private static boolean invisible(int pdg) {
        int a = Math.abs(pdg);
        return a == 12 || a == 14 || a == 16 || a == 130 || a == 2112;
    }
}
