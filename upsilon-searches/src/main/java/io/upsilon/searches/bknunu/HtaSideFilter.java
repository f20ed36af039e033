package io.upsilon.searches.bknunu;

import io.upsilon.core.config.ConfigNode;
import io.upsilon.core.event.GenEvent;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.generators.decay.BPairTruth;
import java.util.OptionalInt;

/**
 * A generator-level filter for the hadronic-tag (HTA) background samples of Υ(4S) events: it keeps
 * an event when, for at least one of its two B's as the tag, the other B (the signal side) has at
 * most {@link #maxSideTracks} charged final-state descendants that the tracking can reconstruct as a
 * track the HTA counts (lab p_T above {@link #ptMin}, inside the CDC's polar-angle acceptance).
 *
 * <p>Why it keeps every event the HTA could select (up to double tracking losses): the parametrised
 * tag ({@link HadronicTagger}) owns exactly the reconstructed tracks whose truth descends from the
 * tagged B, so the signal side's tracks are the other B's reconstructed tracks plus fake tracks. The
 * fast simulation reconstructs no track outside the CDC acceptance, and its track p_T resolution
 * (0.1–0.5% at these momenta) cannot lift a particle from below 0.09 GeV above the HTA's 0.1 GeV;
 * fake tracks only add. An event the filter drops therefore has at least {@code maxSideTracks + 1}
 * such particles on each B's side and reaches "exactly one signal-side track" only when the tracking
 * loses at least {@code maxSideTracks} of them: with 2, a probability of a few 10⁻³ at the 93%
 * efficiency at 0.1 GeV and ~10⁻⁴ on the 99% plateau, per event. The run checks this on the generic
 * samples: summary.json ({@code hta.side_filter}) gives the HTA-selected weight that the filter would
 * have removed.
 *
 * @param maxSideTracks the most trackable charged particles the signal side may have
 * @param ptMin lab p_T above which a charged particle counts, GeV
 * @param thetaMinDeg lower edge of the tracking acceptance (lab polar angle), degrees
 * @param thetaMaxDeg upper edge, degrees
 */
record HtaSideFilter(int maxSideTracks, double ptMin, double thetaMinDeg, double thetaMaxDeg) {
    private static final ParticleTable TABLE = ParticleTable.standard();

    /** Validates. */
    HtaSideFilter {
        if (maxSideTracks < 1) {
            throw new IllegalArgumentException("max side tracks must be >= 1, got " + maxSideTracks);
        }
        if (!(ptMin >= 0) || !(thetaMinDeg >= 0 && thetaMinDeg < thetaMaxDeg && thetaMaxDeg <= 180)) {
            throw new IllegalArgumentException("bad p_T threshold or acceptance");
        }
    }

    /** Reads the {@code side_filter:} block of {@code hadronic_tag.enriched}. */
    static HtaSideFilter read(ConfigNode n) {
        HtaSideFilter f = new HtaSideFilter(
                n.integer("max_side_tracks", 1, 50),
                n.number("pt_min", 0, 5),
                n.number("theta_min_deg", 0, 180),
                n.number("theta_max_deg", 0, 180));
        if (!(f.thetaMinDeg() < f.thetaMaxDeg())) {
            throw n.error("theta_max_deg", "must be above theta_min_deg");
        }
        n.finish();
        return f;
    }

    /** Whether the event may pass the HTA signal side: true for an event without a B pair. */
    boolean accepts(GenEvent truth) {
        OptionalInt first = BPairTruth.signalB(truth);
        if (first.isEmpty()) {
            return true;
        }
        int[] owner = HadronicTagger.owners(
                truth, new int[] {first.getAsInt(), BPairTruth.otherB(truth).getAsInt()});
        return sideTracks(truth, owner, 0) <= maxSideTracks || sideTracks(truth, owner, 1) <= maxSideTracks;
    }

    /**
     * The trackable charged final-state particles descending from B {@code side} (0 or 1 in the
     * order of {@code owner}, {@link HadronicTagger#owners}).
     */
    int sideTracks(GenEvent truth, int[] owner, int side) {
        double cosMin = Math.cos(Math.toRadians(thetaMaxDeg));
        double cosMax = Math.cos(Math.toRadians(thetaMinDeg));
        int n = 0;
        for (int i = 0; i < truth.size(); i++) {
            GenParticle p = truth.particle(i);
            if (owner[i] != side || !p.isFinal() || !(p.momentum().pt() > ptMin)) {
                continue;
            }
            double c = p.momentum().cosTheta();
            if (c > cosMin && c < cosMax && charged(p.pdgId())) {
                n++;
            }
        }
        return n;
    }

    private static boolean charged(int pdgId) {
        return TABLE.findById(pdgId).map(ParticleData::charge).orElse(0.0) != 0;
    }
}
