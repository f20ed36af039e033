package io.upsilon.generators.fragmentation;

import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.kinematics.Boost;
import io.upsilon.core.random.RandomStream;
import io.upsilon.generators.phasespace.TwoBody;

/**
 * A colour singlet too light for the hadrons of its end flavours (typically a q qbar' pair of two
 * neighbouring g -&gt; q qbar splittings, or a charm quark with a collinear light antiquark below
 * the D mass) becomes one hadron, and the missing or excess mass is balanced by another colour
 * singlet of the event: the treatment of PYTHIA's mini-strings (PYTHIA 6.4 manual, hep-ph/0603175,
 * sec. 12.4, "small mass systems": the system collapses to one hadron and energy and momentum are
 * shuffled with the rest of the event; PYTHIA 8, {@code src/MiniStringFragmentation.cc}, {@code
 * ministring2one}: the recoiler is the system with the largest invariant mass together with the
 * collapsing one, and the exchange is along their relative direction).
 *
 * <p>Here the recoiler is an already fragmented singlet, given as the index range of its hadrons:
 * in the rest frame of (collapsing system + recoiler) both keep their directions and the momentum
 * modulus is set to the two-body value for the hadron's mass and the recoiler's invariant mass;
 * every hadron of the recoiler is then moved by the same Lorentz transformation (boost into the
 * recoiler's old rest frame, boost out with its new velocity), so its internal structure and its
 * mass are unchanged and the event's total four-momentum is exact to rounding. The partons are not
 * touched (the recoiler's hadrons then no longer sum to its partons, by the exchanged momentum).
 *
 * <p>The hadron is drawn from the two end flavours as in the string ({@link HadronSpecies}, with
 * a sampled mass) up to {@value #MAX_DRAWS} times, then the ground state of the flavours is used;
 * among the recoilers that leave room (invariant mass above the hadron's plus the recoiler's) the
 * one with the largest invariant mass with the system is taken. If no whole singlet leaves room
 * for any draw (a light system nearly collinear with the only other singlet, whose mass is then
 * close to the total), the recoiler is one hadron of the fragmented singlets, chosen the same way;
 * that singlet's mass then changes by the exchange. Not thread-safe (scratch arrays).
 */
final class SingletCollapse {
    static final int MAX_DRAWS = 10;

    private final HadronSpecies species;
    private final HadronCatalog catalog;
    private final double[] system = new double[4];
    private final double[] recoil = new double[4];
    private final double[] vector = new double[4];
    private final double[] total = new double[4];

    SingletCollapse(HadronSpecies species, HadronCatalog catalog) {
        this.species = species;
        this.catalog = catalog;
    }

    /**
     * Collapses the partons {@code [first, last]} of {@code event} (ends {@code fa}, {@code fb}) to
     * one hadron, whose id and four-momentum are appended to {@code out}, with the hadrons of one of
     * the ranges {@code [hadronFirst[k], hadronLast[k]]}, k &lt; {@code ranges}, as recoiler (their
     * momenta are changed in {@code event}).
     *
     * @return false if no hadron and recoiler fit (nothing is changed then)
     */
    boolean collapse(
            EventBuffer event,
            int first,
            int last,
            int fa,
            int fb,
            int[] hadronFirst,
            int[] hadronLast,
            int ranges,
            RandomStream rng,
            HadronList out) {
        if (!(FlavourCodes.isQuark(fa) || FlavourCodes.isQuark(fb))) {
            return false; // antidiquark + diquark make no single hadron
        }
        sum(event, first, last, system);
        // Whole singlets first (PYTHIA's choice: the recoiler's internal structure is kept); a
        // single hadron only if no singlet leaves room for any of the draws.
        for (boolean single : new boolean[] {false, true}) {
            for (int draw = 0; draw <= MAX_DRAWS; draw++) {
                int id;
                double m;
                if (draw < MAX_DRAWS) {
                    id = species.hadron(fa, fb, rng);
                    if (id == 0) {
                        continue; // an eta or eta' (suppression) or a baryon (SU(6)) rejected: draw again
                    }
                    m = catalog.sampleMass(id, rng);
                } else {
                    id = species.groundState(fa, fb);
                    m = catalog.nominalMass(id);
                }
                if (exchangeWithBest(event, hadronFirst, hadronLast, ranges, single, id, m, out)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Finds the recoiler with the largest invariant mass with the system among those that leave
     * room for the hadron, a whole range or (if {@code single}) one hadron of a range, and makes
     * the exchange with it.
     *
     * @return false if none leaves room
     */
    private boolean exchangeWithBest(
            EventBuffer event,
            int[] hadronFirst,
            int[] hadronLast,
            int ranges,
            boolean single,
            int id,
            double m,
            HadronList out) {
        int bestFrom = -1;
        int bestTo = -1;
        double bestS = 0;
        double bestRecoilMass = 0;
        for (int k = 0; k < ranges; k++) {
            int units = single ? hadronLast[k] - hadronFirst[k] + 1 : 1;
            for (int u = 0; u < units; u++) {
                int from = single ? hadronFirst[k] + u : hadronFirst[k];
                int to = single ? from : hadronLast[k];
                sum(event, from, to, recoil);
                double mRecoil = Math.sqrt(Math.max(0, mass2(recoil)));
                double s = mass2Sum(system, recoil);
                double threshold = m + mRecoil;
                if (mRecoil > 0 && s > threshold * threshold && s > bestS) {
                    bestFrom = from;
                    bestTo = to;
                    bestS = s;
                    bestRecoilMass = mRecoil;
                }
            }
        }
        if (bestFrom < 0) {
            return false;
        }
        exchange(event, bestFrom, bestTo, id, m, bestRecoilMass, bestS, out);
        return true;
    }

    /**
     * Two systems that are both too light collapse to one hadron each, made back to back in their
     * common rest frame along the systems' directions there (the two-body version of the exchange);
     * the hadrons are appended to {@code outA} and {@code outB}.
     *
     * @return false if no two hadrons of the drawn kinds fit (nothing is changed then)
     */
    boolean collapsePair(
            EventBuffer event,
            int firstA,
            int lastA,
            int firstB,
            int lastB,
            RandomStream rng,
            HadronList outA,
            HadronList outB) {
        int faA = event.pdgId(firstA);
        int fbA = event.pdgId(lastA);
        int faB = event.pdgId(firstB);
        int fbB = event.pdgId(lastB);
        if (!(FlavourCodes.isQuark(faA) || FlavourCodes.isQuark(fbA))
                || !(FlavourCodes.isQuark(faB) || FlavourCodes.isQuark(fbB))) {
            return false;
        }
        sum(event, firstA, lastA, system);
        sum(event, firstB, lastB, recoil);
        double s = mass2Sum(system, recoil);
        for (int draw = 0; draw <= MAX_DRAWS; draw++) {
            int idA = draw < MAX_DRAWS ? species.hadron(faA, fbA, rng) : species.groundState(faA, fbA);
            int idB = draw < MAX_DRAWS ? species.hadron(faB, fbB, rng) : species.groundState(faB, fbB);
            if (idA == 0 || idB == 0) {
                continue;
            }
            double mA = draw < MAX_DRAWS ? catalog.sampleMass(idA, rng) : catalog.nominalMass(idA);
            double mB = draw < MAX_DRAWS ? catalog.sampleMass(idB, rng) : catalog.nominalMass(idB);
            if (s > (mA + mB) * (mA + mB)) {
                twoBody(idA, mA, idB, mB, s, outA, outB);
                return true;
            }
        }
        return false;
    }

    /** Hadron A along the direction of {@link #system} in the rest frame of system + recoil, B opposite. */
    private void twoBody(int idA, double mA, int idB, double mB, double s, HadronList outA, HadronList outB) {
        firstAlongSystem(mA, mB, s);
        outA.add(idA, vector[0], vector[1], vector[2], vector[3]);
        // B takes the rest of the total, exactly.
        outB.add(idB, total[0] - vector[0], total[1] - vector[1], total[2] - vector[2], total[3] - vector[3]);
    }

    /**
     * Sets the hadron's and the recoiler's momenta in their common rest frame (directions kept) and
     * moves the recoiler's hadrons; the hadron is appended to {@code out}.
     */
    private void exchange(
            EventBuffer event, int from, int to, int id, double m, double mRecoil, double s, HadronList out) {
        sum(event, from, to, recoil);
        firstAlongSystem(m, mRecoil, s);
        out.add(id, vector[0], vector[1], vector[2], vector[3]);
        // The recoiler's new four-momentum: the total less the hadron, exactly.
        double newX = total[0] - vector[0];
        double newY = total[1] - vector[1];
        double newZ = total[2] - vector[2];
        double newE = total[3] - vector[3];
        double[] mom = event.momenta();
        for (int h = from; h <= to; h++) {
            Boost.apply(-recoil[0] / recoil[3], -recoil[1] / recoil[3], -recoil[2] / recoil[3], mom, 4 * h);
            Boost.apply(newX / newE, newY / newE, newZ / newE, mom, 4 * h);
        }
    }

    /**
     * The two-body split of {@link #system} + {@link #recoil} (invariant mass squared s) into masses m1
     * and m2 with the first along the system's direction in their common rest frame: its lab
     * four-vector into {@link #vector}, the total into {@link #total}.
     */
    private void firstAlongSystem(double m1, double m2, double s) {
        for (int k = 0; k < 4; k++) {
            total[k] = system[k] + recoil[k];
        }
        double bx = total[0] / total[3];
        double by = total[1] / total[3];
        double bz = total[2] / total[3];
        System.arraycopy(system, 0, vector, 0, 4);
        Boost.apply(-bx, -by, -bz, vector, 0);
        double norm = Math.sqrt(vector[0] * vector[0] + vector[1] * vector[1] + vector[2] * vector[2]);
        double nx = 0;
        double ny = 0;
        double nz = 1;
        if (norm > 0) {
            nx = vector[0] / norm;
            ny = vector[1] / norm;
            nz = vector[2] / norm;
        }
        double p = TwoBody.momentum(Math.sqrt(s), m1, m2);
        vector[0] = p * nx;
        vector[1] = p * ny;
        vector[2] = p * nz;
        vector[3] = Math.sqrt(p * p + m1 * m1);
        Boost.apply(bx, by, bz, vector, 0);
    }

    private static void sum(EventBuffer event, int from, int to, double[] into) {
        into[0] = 0;
        into[1] = 0;
        into[2] = 0;
        into[3] = 0;
        for (int i = from; i <= to; i++) {
            into[0] += event.px(i);
            into[1] += event.py(i);
            into[2] += event.pz(i);
            into[3] += event.e(i);
        }
    }

    private static double mass2(double[] p) {
        return p[3] * p[3] - p[0] * p[0] - p[1] * p[1] - p[2] * p[2];
    }

    private static double mass2Sum(double[] p, double[] q) {
        double x = p[0] + q[0];
        double y = p[1] + q[1];
        double z = p[2] + q[2];
        double e = p[3] + q[3];
        return e * e - x * x - y * y - z * z;
    }
}
