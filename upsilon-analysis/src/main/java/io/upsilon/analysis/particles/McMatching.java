package io.upsilon.analysis.particles;

import io.upsilon.core.event.GenEvent;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.pdg.ParticleTable;
import java.util.HashSet;
import java.util.Set;

/**
 * Monte Carlo matching of reconstructed candidates to the generated event (basf2's {@code
 * isSignal} and {@code mcErrors}, analysis/utility/src/MCMatching.cc, simplified to what the fast
 * simulation provides: truth links of tracks and clusters).
 *
 * <p>The match is made bottom-up through the whole decay chain and summarised in a bit word with
 * basf2's {@code MCMatching::MCErrorFlags} values ({@link #MISS_FSR}, ...). A final-state particle
 * matches the generated particle its track or cluster is linked to; a wrong PDG code (mass
 * hypothesis or charge) sets {@link #MIS_ID}, no link (fake, background) sets {@link
 * #ADDED_WRONG_PARTICLE}. A composite matches the common mother of its daughters' matches: it must
 * be one generated particle of the candidate's PDG code (else {@link #ADDED_WRONG_PARTICLE}), the
 * daughters must match different generated particles, and every generated daughter of that mother
 * not reconstructed sets a missing-particle bit: a photon {@link #MISS_FSR} when it can be
 * radiation (the mother has at least two other daughters, one of them charged: e.g. J/psi -> mu+
 * mu- gamma) and {@link #MISS_GAMMA} otherwise (D*0 -> D0 gamma, B -> K* gamma, pi0 -> gamma
 * gamma), a neutrino {@link #MISS_NEUTRINO}, a K_L0 {@link #MISS_KLONG}, anything else {@link
 * #MISS_MASSIVE_PARTICLE}. So in B0 -> D- pi+, D- -> K+ pi- pi- every daughter at every level must
 * be the right particle from the right mother; a daughter swapped with the other B's, or a D built
 * from a K of another decay, is not signal. Intermediate resonances must be reconstructed as
 * generated (basf2's "missing resonance" acceptance is not implemented).
 *
 * <p>A {@code vpho} candidate stands for the whole collision: its daughters' common mother is the
 * beam particles, and the particles the collision produced are its generated daughters.
 */
public final class McMatching {
    /** PDG code of basf2's virtual photon, the e+e- collision as a particle. */
    public static final int VPHO = 10022;

    /** Correctly reconstructed (basf2 c_Correct). */
    public static final int CORRECT = 0;

    /** A radiative (final-state radiation) photon is missing (c_MissFSR). */
    public static final int MISS_FSR = 1;

    /** A neutrino is missing (c_MissNeutrino). */
    public static final int MISS_NEUTRINO = 8;

    /** A non-radiative photon is missing (c_MissGamma). */
    public static final int MISS_GAMMA = 16;

    /** A massive particle other than K_L0 is missing (c_MissMassiveParticle). */
    public static final int MISS_MASSIVE_PARTICLE = 32;

    /** A K_L0 is missing (c_MissKlong). */
    public static final int MISS_KLONG = 64;

    /** A final-state particle has the wrong identity (c_MisID). */
    public static final int MIS_ID = 128;

    /**
     * A particle that does not belong to the decay was added: no truth link, daughters without a
     * common mother, a mother of another type, or one generated particle used twice
     * (c_AddedWrongParticle).
     */
    public static final int ADDED_WRONG_PARTICLE = 256;

    /** The missing-particle bits that {@link #isSignalAcceptMissing} tolerates. */
    public static final int ANY_MISSING = MISS_FSR | MISS_NEUTRINO | MISS_GAMMA | MISS_MASSIVE_PARTICLE | MISS_KLONG;

    private static final int PHOTON = 22;
    private static final int K_LONG = 130;

    private McMatching() {}

    /**
     * 1 if the candidate is correctly reconstructed (mcErrors is 0 up to missing radiative photons),
     * 0 if not, NaN if the event has no MC truth.
     *
     * @param truth the generated event, or null
     */
    public static double isSignal(Particle candidate, GenEvent truth) {
        if (truth == null) {
            return Double.NaN;
        }
        return (match(candidate, truth).errors & ~MISS_FSR) == 0 ? 1.0 : 0.0;
    }

    /**
     * As {@link #isSignal}, but generated daughters that were not reconstructed (photons,
     * neutrinos, invisible particles such as a Z', lost particles) are accepted: every reconstructed
     * daughter must still be right. For e+e- -> mu+ mu- Z' (Z' invisible), a {@code vpho -> mu+
     * mu-} candidate made of the two generated muons is signal here and not for {@link #isSignal}.
     */
    public static double isSignalAcceptMissing(Particle candidate, GenEvent truth) {
        if (truth == null) {
            return Double.NaN;
        }
        return (match(candidate, truth).errors & ~ANY_MISSING) == 0 ? 1.0 : 0.0;
    }

    /**
     * The basf2 {@code mcErrors} bit word of the candidate (0 for a perfect match; see the class
     * comment), NaN if the event has no MC truth.
     */
    public static double mcErrors(Particle candidate, GenEvent truth) {
        if (truth == null) {
            return Double.NaN;
        }
        return match(candidate, truth).errors;
    }

    /**
     * The generated particle the candidate is matched to (its index in the generated event), -1 if
     * none; for a {@code vpho}, the index of the first beam particle.
     */
    public static int matchedIndex(Particle candidate, GenEvent truth) {
        return truth == null ? -1 : match(candidate, truth).index;
    }

    /** A match: the generated index (-1 for none) and the error bits. */
    private record Match(int index, int errors) {}

    private static Match match(Particle p, GenEvent truth) {
        if (p.daughters().isEmpty()) {
            int t = p.truthIndex();
            if (t < 0 || t >= truth.size()) {
                return new Match(-1, ADDED_WRONG_PARTICLE);
            }
            return new Match(t, truth.particle(t).pdgId() == p.pdgCode() ? CORRECT : MIS_ID);
        }
        int errors = CORRECT;
        Set<Integer> distinct = new HashSet<>();
        int mother = -2;
        for (Particle d : p.daughters()) {
            Match m = match(d, truth);
            errors |= m.errors;
            if (m.index < 0 || !distinct.add(m.index)) {
                errors |= ADDED_WRONG_PARTICLE;
                continue;
            }
            int mm = truth.particle(m.index).mother1();
            if (mother == -2) {
                mother = mm;
            } else if (mm != mother) {
                errors |= ADDED_WRONG_PARTICLE;
            }
        }
        if (mother < 0) {
            return new Match(-1, errors | ADDED_WRONG_PARTICLE);
        }
        GenParticle gm = truth.particle(mother);
        boolean collision = gm.status() == GenParticle.BEAM;
        if ((collision ? p.pdgCode() != VPHO : gm.pdgId() != p.pdgCode()) || gm.firstDaughter() < 0) {
            return new Match(mother, errors | ADDED_WRONG_PARTICLE);
        }
        return new Match(mother, errors | missing(gm, distinct, truth));
    }

    /** The missing-particle bits of the generated daughters of {@code gm} not in {@code found}. */
    private static int missing(GenParticle gm, Set<Integer> found, GenEvent truth) {
        int nonPhoton = 0;
        boolean charged = false;
        for (int g = gm.firstDaughter(); g <= gm.lastDaughter(); g++) {
            int id = truth.particle(g).pdgId();
            if (id != PHOTON) {
                nonPhoton++;
                charged |= isCharged(id);
            }
        }
        boolean radiationPossible = nonPhoton >= 2 && charged;
        int bits = CORRECT;
        for (int g = gm.firstDaughter(); g <= gm.lastDaughter(); g++) {
            if (found.contains(g)) {
                continue;
            }
            int id = Math.abs(truth.particle(g).pdgId());
            if (id == PHOTON) {
                bits |= radiationPossible ? MISS_FSR : MISS_GAMMA;
            } else if (id == 12 || id == 14 || id == 16) {
                bits |= MISS_NEUTRINO;
            } else if (id == K_LONG) {
                bits |= MISS_KLONG;
            } else {
                bits |= MISS_MASSIVE_PARTICLE;
            }
        }
        return bits;
    }

    /** True if the particle table knows {@code pdg} as charged (unknown ids count as neutral). */
    private static boolean isCharged(int pdg) {
        ParticleTable table = ParticleTable.standard();
        return table.contains(pdg) && table.byId(pdg).charge() != 0;
    }
}
