package io.upsilon.generators.fragmentation;

import io.upsilon.core.kinematics.Frames;
import io.upsilon.core.random.RandomStream;

/**
 * The iterative Lund breaking of one straight string between a colour-triplet end A and an
 * anti-triplet end B (Andersson, Gustafson, Ingelman, Sjöstrand, Phys. Rept. 97 (1983) 31, sec. 4;
 * PYTHIA 6.4 manual, hep-ph/0603175, sec. 12.1-12.2).
 *
 * <p>In the string's rest frame, with A along +n, the string's light-cone momenta are W+ = W- = W
 * (the ends' masses enter only through their constituent masses in the stop rule: the string is
 * spanned between the massless light-cone vectors of the system). At each step a random end breaks:
 * a new flavour pair is drawn ({@link BreakFlavour}: {@link FlavourSelector}, only quark pairs next
 * to a diquark end, and the popcorn meson of a pending popcorn end; the join closes the string
 * without one), the hadron of the end flavour and the neighbouring member of the pair ({@link
 * HadronSpecies}, with the SU(6) acceptance of baryons) gets
 * a mass ({@link HadronCatalog}), the pair gets back-to-back transverse kicks (Gaussian, sigma/sqrt2
 * per component, and enhancedWidth times wider in a fraction enhancedFraction of breaks), so the
 * hadron's pT is the end's pT minus the kick, and z from {@link LundZSampler}: from end A, p+ = z
 * W+_A and p- = m_T^2 / p+, and the string keeps the rest (mirrored for end B). W+_A is the p+
 * still ahead of end A as seen from its own last break, W+ less what A's hadrons took (not less
 * the small p+ of B's hadrons): the iterative Lund step from one end (Andersson et al., sec. 4; in
 * PYTHIA the fraction x+ of the region still ahead of the end, which the area-law step of {@link
 * KinkedString} reduces to in one region, so that a soft gluon gives the straight string). Until
 * this version z was taken of the common remaining W+, which made 4.5 % more primary hadrons
 * (6.78 against 6.48 for a 10.58 GeV u ubar string; PYTHIA 8.302 with the same parameters: 6.49).
 *
 * <p>Stop and join: when the remaining mass squared W+ W- - pT^2 falls below W_min^2, W_min = (m_A +
 * m_B + stopMass + stopNewFlav m_new) (1 &plusmn; stopSmear, uniform), or a step would leave no
 * momentum, the two last hadrons are made from the two ends and one new pair with two-body
 * light-cone kinematics that use up W+, W- and the remaining pT exactly. A join that fails (too
 * heavy) is redrawn up to {@value #MAX_JOIN_TRIES} times, then the whole string is refragmented,
 * up to {@value #MAX_ATTEMPTS} times.
 *
 * <p>Small strings (W below m_A + m_B + mStringMin) go straight to the join (two hadrons); if no
 * pair fits, one hadron of the two end flavours (drawn as usual, or finally the lightest one, e.g.
 * the eta of an s sbar pair) is made together with a pi0 (or, if even that is too heavy, a photon)
 * so that energy and momentum stay exact without touching any other particle of the event; this
 * only for a system alone ({@link #balanceAlone}): in an event with other singlets the system is
 * collapsed to one hadron against them instead (PYTHIA's treatment, {@link SingletCollapse}). A
 * system lighter than the lightest hadron of its flavours cannot be fragmented on its own (it is
 * collapsed against another singlet of the event, {@link SingletCollapse}).
 *
 * <p>Every hadron is finally turned into a four-vector in the string frame and boosted back, so the
 * hadrons sum to the two ends' four-momentum to rounding. Not thread-safe (scratch arrays).
 */
final class StringBreaker {
    static final int MAX_ATTEMPTS = 100;
    static final int MAX_JOIN_TRIES = 10;
    private static final int MAX_SMALL_TRIES = 40;
    private static final int PI0 = 111;
    private static final int PHOTON = 22;

    private final FragmentationTune tune;
    private final ConstituentMasses masses;
    private final FlavourSelector flavours;
    private final HadronSpecies species;
    private final HadronCatalog catalog;
    private final BreakFlavour breakFlavour;
    private final double mPi0;
    private final double sigmaComponent;
    private final HadronList sideA = new HadronList();
    private final HadronList sideB = new HadronList();
    private final double[] axis = new double[3];
    private boolean balanceAlone = true;

    // Scratch state of the string being broken (light cone: p+ along n).
    private double wPlus;
    private double wMinus;
    // The light-cone momentum still ahead of each end as seen from its own last break: W+ less what
    // end A's hadrons took (for A), W- less what B's took (for B). A step takes z of this.
    private double aheadOfA;
    private double aheadOfB;
    private int endA;
    private int endB;
    // The vertex quark of a popcorn meson each end still has to make (0: none).
    private int popcornA;
    private int popcornB;
    private double ptAx;
    private double ptAy;
    private double ptBx;
    private double ptBy;

    StringBreaker(FragmentationTune tune, FlavourSelector flavours, HadronSpecies species, HadronCatalog catalog) {
        this.tune = tune;
        this.masses = tune.masses();
        this.flavours = flavours;
        this.species = species;
        this.catalog = catalog;
        this.breakFlavour = new BreakFlavour(flavours, species);
        this.mPi0 = catalog.nominalMass(PI0);
        this.sigmaComponent = tune.sigma() / Math.sqrt(2);
    }

    /**
     * Whether a small string that fits no two hadrons becomes one hadron plus a pi0 or a photon
     * (true, the default: a system alone) or fails (false: the caller collapses it against another
     * colour singlet, {@link SingletCollapse}, as PYTHIA does).
     */
    void balanceAlone(boolean alone) {
        this.balanceAlone = alone;
    }

    /**
     * Fragments the string between end A (flavour {@code fa}, four-momentum a) and end B ({@code
     * fb}, b), appending the hadrons' lab four-momenta to {@code out} in string order from A to B.
     *
     * @return false if the string could not be fragmented (nothing is appended then)
     */
    boolean fragment(
            int fa,
            double ax,
            double ay,
            double az,
            double ae,
            int fb,
            double bx,
            double by,
            double bz,
            double be,
            RandomStream rng,
            HadronList out) {
        double px = ax + bx;
        double py = ay + by;
        double pz = az + bz;
        double e = ae + be;
        double w2 = e * e - px * px - py * py - pz * pz;
        if (!(w2 > 0)) {
            return false;
        }
        double w = Math.sqrt(w2);
        double bex = px / e;
        double bey = py / e;
        double bez = pz / e;
        double gamma = e / w;
        double gg = gamma * gamma / (gamma + 1);
        // End A in the string rest frame gives the axis n.
        double bpa = bex * ax + bey * ay + bez * az;
        double coef = gg * bpa - gamma * ae;
        double nx = ax + coef * bex;
        double ny = ay + coef * bey;
        double nz = az + coef * bez;
        double nn = Math.sqrt(nx * nx + ny * ny + nz * nz);
        if (nn > 1e-12 * w) {
            nx /= nn;
            ny /= nn;
            nz /= nn;
        } else {
            nx = 0;
            ny = 0;
            nz = 1;
        }
        // e1: the direction at 90 degrees to n and azimuth 0 (perpendicular to n); e2 = n x e1.
        Frames.direction(0, 0, nx, ny, nz, axis, 0);
        double e1x = axis[0];
        double e1y = axis[1];
        double e1z = axis[2];
        double e2x = ny * e1z - nz * e1y;
        double e2y = nz * e1x - nx * e1z;
        double e2z = nx * e1y - ny * e1x;

        boolean small = w < masses.of(fa) + masses.of(fb) + tune.mStringMin();
        boolean done = false;
        for (int attempt = 0; attempt < (small ? 1 : MAX_ATTEMPTS) && !done; attempt++) {
            done = small ? smallString(fa, fb, w, rng) : breakString(fa, fb, w, rng);
        }
        if (!done) {
            return false;
        }
        for (int i = 0; i < sideA.size(); i++) {
            emit(sideA, i, nx, ny, nz, e1x, e1y, e1z, e2x, e2y, e2z, bex, bey, bez, gamma, gg, out);
        }
        for (int i = sideB.size() - 1; i >= 0; i--) {
            emit(sideB, i, nx, ny, nz, e1x, e1y, e1z, e2x, e2y, e2z, bex, bey, bez, gamma, gg, out);
        }
        return true;
    }

    private static void emit(
            HadronList list,
            int i,
            double nx,
            double ny,
            double nz,
            double e1x,
            double e1y,
            double e1z,
            double e2x,
            double e2y,
            double e2z,
            double bex,
            double bey,
            double bez,
            double gamma,
            double gg,
            HadronList out) {
        double pp = list.value(i, 0);
        double pm = list.value(i, 1);
        double tx = list.value(i, 2);
        double ty = list.value(i, 3);
        double e = 0.5 * (pp + pm);
        double pl = 0.5 * (pp - pm);
        double x = pl * nx + tx * e1x + ty * e2x;
        double y = pl * ny + tx * e1y + ty * e2y;
        double z = pl * nz + tx * e1z + ty * e2z;
        double bp = bex * x + bey * y + bez * z;
        double coef = gg * bp + gamma * e;
        out.add(list.id(i), x + coef * bex, y + coef * bey, z + coef * bez, gamma * (e + bp));
    }

    private void reset(int fa, int fb, double w) {
        sideA.clear();
        sideB.clear();
        wPlus = w;
        wMinus = w;
        aheadOfA = w;
        aheadOfB = w;
        endA = fa;
        endB = fb;
        popcornA = 0;
        popcornB = 0;
        ptAx = 0;
        ptAy = 0;
        ptBx = 0;
        ptBy = 0;
    }

    /**
     * The mass below which the remaining string is closed by two hadrons: W_min = (m_A + m_B +
     * stopMass + stopNewFlav m_new) (1 &plusmn; stopSmear), one uniform number from {@code rng}.
     * Shared with {@link KinkedString}.
     */
    double stopMass(int endA, int endB, int newFlavour, RandomStream rng) {
        return (masses.of(endA) + masses.of(endB) + tune.stopMass() + tune.stopNewFlav() * masses.of(newFlavour))
                * (1 + tune.stopSmear() * (2 * rng.nextDouble() - 1));
    }

    /**
     * The light-cone fraction of a hadron made of the end flavour {@code end} and the new pair
     * {@code newFlavour}, with transverse mass squared {@code mt2}: the Lund symmetric function with
     * the flavour-dependent a and the Lund-Bowler factor of a charm end. Shared with {@link
     * KinkedString}.
     */
    double sampleZ(int end, int newFlavour, double mt2, RandomStream rng) {
        double aOld = aOf(end);
        double aNew = aOf(newFlavour);
        double c = 1 + aNew - aOld;
        if (FlavourCodes.heaviestQuark(end) == 4 && FlavourCodes.isQuark(end)) {
            double mc = masses.c();
            c += tune.rFactC() * tune.bLund() * mc * mc;
        }
        return LundZSampler.sample(aNew, c, tune.bLund() * mt2, rng);
    }

    /** The Gaussian width per transverse component of one break's kick (shared with {@link KinkedString}). */
    double kickWidth(RandomStream rng) {
        return tune.enhancedFraction() > 0 && rng.nextDouble() < tune.enhancedFraction()
                ? sigmaComponent * tune.enhancedWidth()
                : sigmaComponent;
    }

    private double aOf(int flavour) {
        double a = tune.aLund();
        if (FlavourCodes.isDiquark(flavour)) {
            a += tune.aExtraDiquark();
        } else if (Math.abs(flavour) == 3) {
            a += tune.aExtraSQuark();
        }
        return a;
    }

    /** One try at the whole string; false if it must be refragmented. */
    private boolean breakString(int fa, int fb, double w, RandomStream rng) {
        reset(fa, fb, w);
        while (true) {
            boolean fromA = rng.nextDouble() < 0.5;
            int end = fromA ? endA : endB;
            if (!breakFlavour.draw(end, fromA ? popcornA : popcornB, fromA, rng)) {
                continue; // eta, eta' or SU(6) rejection: draw the break again
            }
            int newFlavour = breakFlavour.newFlavour;
            int id = breakFlavour.hadron;
            double ptx = ptAx + ptBx;
            double pty = ptAy + ptBy;
            double remaining2 = wPlus * wMinus - ptx * ptx - pty * pty;
            double wMin = stopMass(endA, endB, newFlavour, rng);
            if (remaining2 < wMin * wMin) {
                return join(rng);
            }
            double m = catalog.sampleMass(id, rng);
            double width = kickWidth(rng);
            double kx = width * rng.nextGaussian();
            double ky = width * rng.nextGaussian();
            double hx = (fromA ? ptAx : ptBx) - kx;
            double hy = (fromA ? ptAy : ptBy) - ky;
            double mt2 = m * m + hx * hx + hy * hy;
            double z = sampleZ(end, newFlavour, mt2, rng);
            double pp;
            double pm;
            if (fromA) {
                pp = z * aheadOfA;
                pm = mt2 / pp;
            } else {
                pm = z * aheadOfB;
                pp = mt2 / pm;
            }
            double newPlus = wPlus - pp;
            double newMinus = wMinus - pm;
            double rx = ptx - hx;
            double ry = pty - hy;
            if (!(newPlus > 0 && newMinus > 0 && newPlus * newMinus - rx * rx - ry * ry > 0)) {
                return join(rng); // the step overshoots: close the string from the state before it
            }
            wPlus = newPlus;
            wMinus = newMinus;
            if (fromA) {
                aheadOfA -= pp;
            } else {
                aheadOfB -= pm;
            }
            if (fromA) {
                sideA.add(id, pp, pm, hx, hy);
                endA = breakFlavour.nextEnd;
                popcornA = breakFlavour.nextPopcorn;
                ptAx = kx;
                ptAy = ky;
            } else {
                sideB.add(id, pp, pm, hx, hy);
                endB = breakFlavour.nextEnd;
                popcornB = breakFlavour.nextPopcorn;
                ptBx = kx;
                ptBy = ky;
            }
        }
    }

    /** The last two hadrons from the two ends and one new pair; false if none fits. */
    private boolean join(RandomStream rng) {
        boolean quarkOnly = FlavourCodes.isDiquark(endA) || FlavourCodes.isDiquark(endB);
        double s = wPlus * wMinus;
        for (int tries = 0; tries < MAX_JOIN_TRIES; tries++) {
            int newFlavour = flavours.pick(rng, quarkOnly);
            int triplet = FlavourCodes.isQuark(newFlavour) ? newFlavour : -newFlavour;
            int id1 = species.hadron(endA, -triplet, rng);
            int id2 = species.hadron(endB, triplet, rng);
            if (id1 == 0 || id2 == 0) {
                continue;
            }
            double m1 = catalog.sampleMass(id1, rng);
            double m2 = catalog.sampleMass(id2, rng);
            double width = kickWidth(rng);
            double kx = width * rng.nextGaussian();
            double ky = width * rng.nextGaussian();
            if (closeTwo(id1, m1, ptAx - kx, ptAy - ky, id2, m2, ptBx + kx, ptBy + ky, s)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two hadrons that take all of W+, W- and their given pTs: hadron 1 (end A side) the larger p+.
     * p1+ solves W- x^2 - (s + mT1^2 - mT2^2) x + mT1^2 W+ = 0; the second hadron takes the rest.
     */
    private boolean closeTwo(
            int id1, double m1, double p1x, double p1y, int id2, double m2, double p2x, double p2y, double s) {
        double mt1sq = m1 * m1 + p1x * p1x + p1y * p1y;
        double mt2sq = m2 * m2 + p2x * p2x + p2y * p2y;
        double sumMt = Math.sqrt(mt1sq) + Math.sqrt(mt2sq);
        if (!(s > sumMt * sumMt)) {
            return false;
        }
        double lambda = (s - mt1sq - mt2sq) * (s - mt1sq - mt2sq) - 4 * mt1sq * mt2sq;
        double plus1 = (s + mt1sq - mt2sq + Math.sqrt(Math.max(lambda, 0))) / (2 * wMinus);
        double minus1 = mt1sq / plus1;
        sideA.add(id1, plus1, minus1, p1x, p1y);
        sideB.add(id2, wPlus - plus1, wMinus - minus1, p2x, p2y);
        return true;
    }

    private boolean smallString(int fa, int fb, double w, RandomStream rng) {
        reset(fa, fb, w);
        for (int tries = 0; tries < MAX_SMALL_TRIES / MAX_JOIN_TRIES; tries++) {
            if (join(rng)) {
                return true;
            }
        }
        // No two hadrons fit: one hadron of the end flavours, with a pi0 or a photon to balance,
        // unless the caller collapses the system against another singlet instead.
        if (!balanceAlone || !(FlavourCodes.isQuark(fa) || FlavourCodes.isQuark(fb))) {
            return false; // antidiquark + diquark make no single hadron
        }
        for (int tries = 0; tries < MAX_SMALL_TRIES; tries++) {
            int id = species.hadron(fa, fb, rng);
            if (id == 0) {
                continue;
            }
            double m = catalog.sampleMass(id, rng);
            if (m + mPi0 < w) {
                return closeTwo(id, m, 0, 0, PI0, mPi0, 0, 0, w * w);
            }
            if (m < w) {
                return closeTwo(id, m, 0, 0, PHOTON, 0, 0, 0, w * w);
            }
        }
        // The random choices (heavier multiplets, eta suppression) found nothing light enough.
        int ground = species.groundState(fa, fb);
        double m = catalog.nominalMass(ground);
        if (m + mPi0 < w) {
            return closeTwo(ground, m, 0, 0, PI0, mPi0, 0, 0, w * w);
        }
        if (m < w) {
            return closeTwo(ground, m, 0, 0, PHOTON, 0, 0, 0, w * w);
        }
        return false;
    }
}
