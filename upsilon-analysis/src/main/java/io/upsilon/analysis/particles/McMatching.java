package io.upsilon.analysis.particles;

import io.upsilon.core.event.GenEvent;
import io.upsilon.core.event.GenParticle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Monte Carlo matching of reconstructed candidates to the generated event (basf2's {@code
 * isSignal}, simplified to what the fast simulation provides: truth links of tracks and clusters).
 *
 * <p>A final-state particle is signal if its track or cluster has a truth link and the generated
 * particle has the candidate's PDG code (right mass hypothesis and charge). A composite is signal if
 * all its daughters are signal, are matched to different generated particles with one common mother
 * of the candidate's PDG code, and together account for all that mother's generated daughters except
 * photons (missing radiative photons are accepted, as basf2's isSignal accepts missing FSR photons).
 * A {@code vpho} candidate stands for the whole collision: its daughters' common mother is the beam
 * particles, and it must account for all the particles the collision produced (photons excepted).
 */
public final class McMatching {
    /** PDG code of basf2's virtual photon, the e+e- collision as a particle. */
    public static final int VPHO = 10022;

    private static final int PHOTON = 22;

    private McMatching() {}

    /**
     * 1 if the candidate is correctly reconstructed, 0 if not, NaN if the event has no MC truth.
     *
     * @param truth the generated event, or null
     */
    public static double isSignal(Particle candidate, GenEvent truth) {
        if (truth == null) {
            return Double.NaN;
        }
        return match(candidate, truth, false) != NO_MATCH ? 1.0 : 0.0;
    }

    /**
     * As {@link #isSignal}, but generated daughters that were not reconstructed (neutrinos, invisible
     * particles such as a Z', lost particles) are accepted: every reconstructed daughter must still be
     * right. For e+e- -> mu+ mu- Z' (Z' invisible), a {@code vpho -> mu+ mu-} candidate made of the
     * two generated muons is signal here and not for {@link #isSignal}.
     */
    public static double isSignalAcceptMissing(Particle candidate, GenEvent truth) {
        if (truth == null) {
            return Double.NaN;
        }
        return match(candidate, truth, true) != NO_MATCH ? 1.0 : 0.0;
    }

    private static final int NO_MATCH = Integer.MIN_VALUE;

    /** The matched generated index; a negative {@code -(beam index) - 2} for a matched vpho; or NO_MATCH. */
    private static int match(Particle p, GenEvent truth, boolean acceptMissing) {
        if (p.daughters().isEmpty()) {
            int t = p.truthIndex();
            if (t < 0 || t >= truth.size() || truth.particle(t).pdgId() != p.pdgCode()) {
                return NO_MATCH;
            }
            return t;
        }
        List<Integer> matched = new ArrayList<>();
        Set<Integer> distinct = new HashSet<>();
        for (Particle d : p.daughters()) {
            int m = match(d, truth, acceptMissing);
            if (m == NO_MATCH || m < 0 || !distinct.add(m)) {
                return NO_MATCH;
            }
            matched.add(m);
        }
        int mother = truth.particle(matched.get(0)).mother1();
        if (mother < 0) {
            return NO_MATCH;
        }
        for (int m : matched) {
            if (truth.particle(m).mother1() != mother) {
                return NO_MATCH;
            }
        }
        GenParticle gm = truth.particle(mother);
        boolean collision = gm.status() == GenParticle.BEAM;
        if (collision ? p.pdgCode() != VPHO : gm.pdgId() != p.pdgCode()) {
            return NO_MATCH;
        }
        if (gm.firstDaughter() < 0) {
            return NO_MATCH;
        }
        if (acceptMissing) {
            return collision ? -mother - 2 : mother;
        }
        for (int g = gm.firstDaughter(); g <= gm.lastDaughter(); g++) {
            if (!distinct.contains(g) && truth.particle(g).pdgId() != PHOTON) {
                return NO_MATCH;
            }
        }
        return collision ? -mother - 2 : mother;
    }
}
