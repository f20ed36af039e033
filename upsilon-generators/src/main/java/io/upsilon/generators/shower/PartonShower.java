package io.upsilon.generators.shower;

import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.kinematics.Boost;
import io.upsilon.core.kinematics.Frames;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;
import java.util.function.DoubleUnaryOperator;

/**
 * QCD final-state shower of a colour-singlet q qbar pair: a colour-dipole cascade (Gustafson and
 * Pettersson, Nucl. Phys. B306 (1988) 746; as in ARIADNE, Lönnblad, Comput. Phys. Commun. 71
 * (1992) 15) ordered in the dipole transverse momentum, with the first emission corrected to the
 * exact O(alpha_s) matrix element (the matching of Bengtsson and Sjöstrand, Phys. Lett. B185
 * (1987) 435; Nucl. Phys. B289 (1987) 810).
 *
 * <p><b>Evolution.</b> Every pair of colour-adjacent partons (a, b) is a dipole of mass^2 s. A
 * gluon k is emitted with
 *
 * <pre>
 *   p_T^2 = (2 p_a.k)(2 p_b.k)/s = s u v,   y = (1/2) ln(v/u),   u = 2 p_a.k/s, v = 2 p_b.k/s,
 *   dP = (alpha_s(p_T^2)/2 pi) C (x_a^n_a + x_b^n_b) du dv /(u v),   dx_a dx_b = du dv = dp_T^2 dy / s,
 * </pre>
 *
 * with x_i = 2 E_i/sqrt(s) in the dipole frame, n = 2 for a quark end and 3 for a gluon end, C =
 * C_F = 4/3 for a q qbar dipole and N_c/2 = 3/2 for a dipole with a gluon end. A gluon end of a
 * dipole also splits, g -&gt; q' qbar' (q' = u, d, s, c), with the dipole's other end as recoiler:
 * dP = (alpha_s/2 pi)(T_R/2) beta_Q [z^2 + (1 - z)^2] dp_T^2/p_T^2 dz per flavour (half the g -&gt; q qbar
 * kernel to each of the gluon's two dipoles), p_T^2 = z(1 - z) m^2(q' qbar') - m_q'^2, z the
 * energy fraction of q' in the pair. All dipoles compete: trial p_T^2 are drawn from an
 * overestimate (numerator 2.2, alpha_s at the cutoff) below the current scale, the largest is
 * accepted with the ratio of the true to the trial density (the veto algorithm), and the evolution
 * goes on from it until no trial lies above the cutoff. alpha_s runs with p_T^2. The standard
 * shower ({@link #standard()}) has the settings of PYTHIA 8's default final-state shower, which is
 * what Belle II runs (basf2 changes only the string parameters): the cutoff {@link
 * #DEFAULT_CUTOFF} = 0.5 GeV (TimeShower:pTmin) and its one-loop alpha_s with alpha_s(M_Z) = 0.1365
 * ({@link ShowerCoupling}); both are PYTHIA 8 defaults documented in its TimelikeShowers.xml
 * (Monash 2013, Skands, Carrazza, Rojo, EPJC 74 (2014) 3024). The evolution variables differ in
 * detail (PYTHIA orders in its own p_T,evol), so the match is one of parameters, not of every
 * distribution. Until the strings had kinks the cutoff was 0.8 GeV, because soft gluons made tiny
 * split strings.
 *
 * <p><b>Matching (matrix-element correction).</b> The first dipole is the q qbar pair itself, and
 * its emission density is replaced by the exact e+e- -&gt; gamma* -&gt; q qbar g matrix element,
 * normalised to the massive Born rate sigma_0 beta (1 + 2 mu):
 *
 * <pre>
 *   (1/sigma_0) d sigma / dx_1 dx_2 = (alpha_s/2 pi) C_F f,   mu = m_q^2/s,  y_i = 1 - x_i,
 *   f = (x_1^2 + x_2^2)/(y_1 y_2) - 4 mu (1/y_1 + 1/y_2) - 2 mu (1/y_1^2 + 1/y_2^2) - 4 mu^2 (1/y_1 + 1/y_2)^2
 * </pre>
 *
 * (sigma_0 the massless point-like Born; for mu = 0 the familiar (x_1^2 + x_2^2)/((1 - x_1)(1 -
 * x_2)), which is exactly the q qbar dipole density above). The massive form is the vector-current
 * result of Ioffe, Phys. Lett. 78B (1978) 277; we evaluated the Dirac trace of the two emission
 * diagrams (polarisation sums -g for the photon and the gluon) independently and fitted it exactly
 * to this form. The trial p_T of that dipole starts at its kinematic maximum, s/4, so the first
 * emission is distributed as the matrix element times the Sudakov factor over the whole phase
 * space: above any resolution cut the three-parton rate is the matrix element's to O(alpha_s),
 * and nothing is counted twice (there is no separate matrix-element event class).
 *
 * <p><b>Kinematics and recoil.</b> Each emission is a 2 -&gt; 3 inside its dipole: in the dipole
 * rest frame the three momenta are fixed by the energy fractions and the masses, one parent keeps
 * its direction (the emitter a with probability x_a^2/(x_a^2 + x_b^2), else b, after Kleiss,
 * Phys. Lett. B180 (1986) 400; for a g -&gt; q qbar splitting the recoiler keeps its direction),
 * the azimuth about it is uniform, and the three are boosted back. Four-momentum is therefore
 * conserved exactly at every step and every parton stays on its mass shell (gluons massless,
 * the initial quarks at the particle table's masses, the quarks of g -&gt; q qbar splittings at PYTHIA
 * 8's m0, 0.33 GeV for u and d, 0.50 for s, 1.50 for c, which also set the splitting's threshold
 * through the factor beta_Q = sqrt(1 - 4 m_q^2/m^2) of the kernel, as in PYTHIA's
 * SimpleTimeShower.cc; with the table's few-MeV u, d masses the shower made light q qbar' singlets
 * that no string can fragment). Approximations (documented): gluon dipoles with a charm
 * end use the massless numerator (the charm mass enters their phase space only); the g -&gt; q qbar
 * kernel is the massless one in p_T^2 times beta_Q; no QED radiation off the quarks (Belle II's PYTHIA shower
 * has it, TimeShower:QEDshowerByQ = on; here the quarks radiate no photons).
 *
 * <p>Not thread-safe (reuses its arrays): one per generator.
 */
public final class PartonShower {
    /**
     * Shower cutoff in dipole p_T, GeV: below it the string model takes over. PYTHIA 8's default
     * TimeShower:pTmin (TimelikeShowers.xml; Monash 2013), which Belle II runs.
     */
    public static final double DEFAULT_CUTOFF = 0.5;

    private static final double CF = 4.0 / 3.0;
    private static final double CA_HALF = 1.5;
    /** Overestimate of the emission numerator (x_a^n_a + x_b^n_b <= 2; 10% margin for massive ends). */
    private static final double OVER = 2.2;

    private static final int[] SPLIT_FLAVOURS = {1, 2, 3, 4};
    /**
     * Masses of the quarks of a g -&gt; q qbar splitting (index = flavour), GeV: PYTHIA 8's m0 of d, u,
     * s, c (share/Pythia8/xmldoc/ParticleData.xml: 0.33, 0.33, 0.50, 1.50), which its shower uses for
     * the splitting's threshold and kinematics (SimpleTimeShower.cc, the factor beta_Q), so that no
     * pair is made below the constituent threshold 2 m0 where a pair could not make two hadrons.
     */
    private static final double[] SPLIT_MASS = {0, 0.33, 0.33, 0.50, 1.50};

    private static final int CAPACITY = 1024;
    private static final int NONE = 0;
    private static final int EMIT = 1;
    private static final int SPLIT_A = 2; // end a of the dipole is a gluon that splits, b recoils
    private static final int SPLIT_B = 3;

    private final DoubleUnaryOperator alphaS;
    private final double alphaSMax;
    private final double cutoff2;
    private final int maxEmissions;
    private final double[] quarkMass = new double[5];

    private final double[] mom = new double[4 * CAPACITY];
    private final double[] mass = new double[CAPACITY];
    private final int[] id = new int[CAPACITY];
    private final int[] seq = new int[CAPACITY];
    private final boolean[] endsChain = new boolean[CAPACITY];
    private int n;
    private int emissions;
    private long weightViolations;
    private final double[] out = new double[12];
    private final double[] tmp = new double[4];
    private final double[] pair = new double[4];
    private final double[] energies = new double[3];
    private final double[] moduli = new double[3];

    /**
     * The default shower: PYTHIA 8's default final-state shower coupling ({@link
     * ShowerCoupling#pythiaDefault()}), cutoff {@value #DEFAULT_CUTOFF} GeV, no emission limit.
     */
    public static PartonShower standard() {
        ShowerCoupling as = ShowerCoupling.pythiaDefault();
        return new PartonShower(as::atScale2, DEFAULT_CUTOFF, Integer.MAX_VALUE, ParticleTable.standard());
    }

    /**
     * @param alphaS alpha_s as a function of p_T^2 (GeV^2); must not increase with p_T^2 (its value at
     *     the cutoff bounds it)
     * @param cutoff the shower cutoff in p_T, GeV (at least 0.5)
     * @param maxEmissions the shower stops after this many emissions (1: the matrix-element-corrected
     *     first emission only, for tests of the matching)
     * @param pdg quark masses (ids 1-4)
     */
    public PartonShower(DoubleUnaryOperator alphaS, double cutoff, int maxEmissions, ParticleTable pdg) {
        if (!(cutoff >= 0.5) || maxEmissions < 0 || alphaS == null || pdg == null) {
            throw new IllegalArgumentException(
                    "need cutoff >= 0.5 GeV, maxEmissions >= 0, non-null alpha_s and particle table");
        }
        this.alphaS = alphaS;
        this.cutoff2 = cutoff * cutoff;
        this.alphaSMax = alphaS.applyAsDouble(cutoff2);
        if (!(alphaSMax > 0 && alphaSMax < 2)) {
            throw new IllegalArgumentException("alpha_s at the cutoff must be in (0, 2), got " + alphaSMax);
        }
        this.maxEmissions = maxEmissions;
        for (int q = 1; q <= 4; q++) {
            quarkMass[q] = pdg.byId(q).mass();
        }
    }

    /**
     * Showers the pair: a quark {@code quarkId} (1-4) with four-momentum {@code quark[0..3]} and its
     * antiquark with {@code antiquark[0..3]} (any frame; on shell at the particle table's mass).
     * The result is read with {@link #partonCount()} and {@link #writeTo}.
     */
    public void run(int quarkId, double[] quark, double[] antiquark, RandomStream rng) {
        if (quarkId < 1 || quarkId > 4) {
            throw new IllegalArgumentException("quark id must be 1-4, got " + quarkId);
        }
        n = 0;
        emissions = 0;
        addParton(quarkId, quark);
        addParton(-quarkId, antiquark);
        seq[0] = 0;
        seq[1] = 1;
        endsChain[0] = false;
        endsChain[1] = true;
        double scale2 = dipoleMass2(0, 1) / 4; // the kinematic maximum of p_T^2: the whole phase space
        while (emissions < maxEmissions) {
            double bestPt2 = cutoff2;
            int bestType = NONE;
            int bestPos = -1;
            for (int pos = 0; pos + 1 < n; pos++) {
                if (endsChain[pos]) {
                    continue;
                }
                int a = seq[pos];
                int b = seq[pos + 1];
                double s = dipoleMass2(a, b);
                double q2 = Math.min(scale2, s / 4);
                if (q2 <= bestPt2) {
                    continue;
                }
                double c = id[a] != 21 && id[b] != 21 ? CF : CA_HALF;
                double pt2 = trialEmission(rng, s, q2, alphaSMax * c * OVER / (2 * Math.PI));
                if (pt2 > bestPt2) {
                    bestPt2 = pt2;
                    bestType = EMIT;
                    bestPos = pos;
                }
                // g -> q qbar: T_R/2 = 1/4 per flavour, 4 flavours, z^2 + (1-z)^2 <= 1.
                double splitCoefficient = alphaSMax / (2 * Math.PI) * SPLIT_FLAVOURS.length / 4.0;
                for (int end = 0; end < 2; end++) {
                    if (id[end == 0 ? a : b] != 21) {
                        continue;
                    }
                    pt2 = q2 * Math.pow(rng.nextOpenDouble(), 1 / splitCoefficient);
                    if (pt2 > bestPt2) {
                        bestPt2 = pt2;
                        bestType = end == 0 ? SPLIT_A : SPLIT_B;
                        bestPos = pos;
                    }
                }
            }
            if (bestType == NONE || n + 1 >= CAPACITY) {
                break;
            }
            scale2 = bestPt2;
            boolean accepted =
                    bestType == EMIT ? tryEmission(rng, bestPos, bestPt2) : trySplit(rng, bestPos, bestPt2, bestType);
            if (accepted) {
                emissions++;
            }
        }
    }

    /** Trial p_T^2 below q2 for dP = A ln(s/p_T^2) dp_T^2/p_T^2 (the rapidity range ln(s/p_T^2) overestimates the true one). */
    private static double trialEmission(RandomStream rng, double s, double q2, double coefficient) {
        double l0 = Math.log(s / q2);
        double l2 = l0 * l0 - 2 * Math.log(rng.nextOpenDouble()) / coefficient;
        return s * Math.exp(-Math.sqrt(l2));
    }

    private boolean tryEmission(RandomStream rng, int pos, double pt2) {
        int a = seq[pos];
        int b = seq[pos + 1];
        double s = dipoleMass2(a, b);
        double ymax = Math.log(s / pt2);
        double y = (rng.nextDouble() - 0.5) * ymax;
        double r = Math.sqrt(pt2 / s);
        double u = r * Math.exp(-y);
        double v = r * Math.exp(y);
        double ma2 = mass[a] * mass[a];
        double mb2 = mass[b] * mass[b];
        double xa = 1 - v + (ma2 - mb2) / s;
        double xb = 1 - u + (mb2 - ma2) / s;
        double xk = 2 - xa - xb;
        if (!threeBodyMomenta(s, xa, xk, xb, mass[a], 0, mass[b])) {
            return false; // the trial region overestimates the physical one: the veto algorithm's rejection
        }
        double ratio;
        boolean quarkEnds = id[a] != 21 && id[b] != 21;
        if (quarkEnds && ma2 == mb2) {
            double mu = ma2 / s;
            double born = Math.sqrt(1 - 4 * mu) * (1 + 2 * mu);
            ratio = massiveMatrixElement(xa, xb, mu) * u * v / born / OVER;
        } else {
            double na = id[a] == 21 ? xa * xa * xa : xa * xa;
            double nb = id[b] == 21 ? xb * xb * xb : xb * xb;
            ratio = (na + nb) / OVER;
        }
        ratio *= alphaS.applyAsDouble(pt2) / alphaSMax;
        if (ratio > 1 || ratio < 0) {
            weightViolations++;
        }
        if (rng.nextDouble() >= ratio) {
            return false;
        }
        int keep = rng.nextDouble() * (xa * xa + xb * xb) < xa * xa ? 1 : 3;
        if (!threeBody(a, b, xa, xk, xb, mass[a], 0, mass[b], keep, rng)) {
            return false;
        }
        // a -> a' (slot a), new gluon, b -> b' (slot b); the gluon goes between them in colour order.
        System.arraycopy(out, 0, mom, 4 * a, 4);
        System.arraycopy(out, 8, mom, 4 * b, 4);
        int g = addParton(21, out, 4);
        insert(pos + 1, g, false);
        return true;
    }

    private boolean trySplit(RandomStream rng, int pos, double pt2, int type) {
        int a = seq[pos];
        int b = seq[pos + 1];
        double s = dipoleMass2(a, b);
        double z = rng.nextDouble();
        int flavour = SPLIT_FLAVOURS[(int) (rng.nextDouble() * SPLIT_FLAVOURS.length)];
        double mq = SPLIT_MASS[flavour];
        double m2Pair = (pt2 + mq * mq) / (z * (1 - z));
        // The massive phase-space factor beta_Q = sqrt(1 - 4 m_q^2 / m^2) (<= 1, so the veto holds).
        double betaQ = Math.sqrt(Math.max(0, 1 - 4 * mq * mq / m2Pair));
        double ratio = alphaS.applyAsDouble(pt2) / alphaSMax * betaQ * (z * z + (1 - z) * (1 - z));
        if (rng.nextDouble() >= ratio) {
            return false;
        }
        int recoiler = type == SPLIT_A ? b : a;
        double mr = mass[recoiler];
        double xr = (s + mr * mr - m2Pair) / s;
        double xq = z * (2 - xr);
        double xqbar = (1 - z) * (2 - xr);
        if (!(xr > 0 && m2Pair > 4 * mq * mq)) {
            return false;
        }
        int gluonPos = type == SPLIT_A ? pos : pos + 1;
        int gluon = seq[gluonPos];
        boolean ok = type == SPLIT_A
                ? threeBody(a, b, xqbar, xq, xr, mq, mq, mr, 3, rng)
                : threeBody(a, b, xr, xqbar, xq, mr, mq, mq, 1, rng);
        if (!ok) {
            return false;
        }
        // Colour: the antiquark closes the system on the gluon's triplet side, the quark opens the other.
        int qbarSlot = type == SPLIT_A ? 0 : 4;
        int qSlot = type == SPLIT_A ? 4 : 8;
        int rSlot = type == SPLIT_A ? 8 : 0;
        System.arraycopy(out, rSlot, mom, 4 * recoiler, 4);
        System.arraycopy(out, qbarSlot, mom, 4 * gluon, 4);
        id[gluon] = -flavour;
        mass[gluon] = mq;
        int q = addParton(flavour, out, qSlot);
        mass[q] = mq;
        boolean gluonEnded = endsChain[gluonPos];
        endsChain[gluonPos] = true;
        insert(gluonPos + 1, q, gluonEnded);
        return true;
    }

    /**
     * Replaces the dipole (a, b) by three partons with energy fractions x1, x2, x3 (sum 2) and masses
     * m1, m2, m3, in its rest frame; particle 1 along a's direction if keep == 1, particle 3 along
     * b's if keep == 3; writes the three momenta (frame of the input) to out[0..11].
     */
    private boolean threeBody(
            int a,
            int b,
            double x1,
            double x2,
            double x3,
            double m1,
            double m2,
            double m3,
            int keep,
            RandomStream rng) {
        double phi = 2 * Math.PI * rng.nextDouble();
        double s = dipoleMass2(a, b); // also leaves the dipole's four-momentum in pair[]
        double px = pair[0];
        double py = pair[1];
        double pz = pair[2];
        double pe = pair[3];
        double sqrtS = Math.sqrt(s);
        if (!threeBodyMomenta(s, x1, x2, x3, m1, m2, m3)) {
            return false;
        }
        double e1 = energies[0];
        double e2 = energies[1];
        double e3 = energies[2];
        double p1 = moduli[0];
        double p2 = moduli[1];
        double p3 = moduli[2];
        // Axis: a's direction in the dipole rest frame.
        System.arraycopy(mom, 4 * a, tmp, 0, 4);
        Boost.apply(-px / pe, -py / pe, -pz / pe, tmp, 0);
        double an = Math.sqrt(tmp[0] * tmp[0] + tmp[1] * tmp[1] + tmp[2] * tmp[2]);
        double ex = tmp[0] / an;
        double ey = tmp[1] / an;
        double ez = tmp[2] / an;
        double pk = keep == 1 ? p1 : p3;
        double po = keep == 1 ? p3 : p1; // the far end, placed at angle theta to the keeper
        if (keep == 3) {
            ex = -ex;
            ey = -ey;
            ez = -ez;
        }
        // |p_middle|^2 = pk^2 + po^2 + 2 pk po cos(theta) (the middle one balances both).
        double cos = pk * po > 0 ? (p2 * p2 - pk * pk - po * po) / (2 * pk * po) : 2;
        if (!(cos >= -1 && cos <= 1)) {
            return false;
        }
        // The far end at angle theta to the keeper, azimuth phi about it (core's one "direction about an axis").
        Frames.direction(cos, phi, ex, ey, ez, tmp, 0);
        double kx = pk * ex;
        double ky = pk * ey;
        double kz = pk * ez;
        double ox = po * tmp[0];
        double oy = po * tmp[1];
        double oz = po * tmp[2];
        int kSlot = keep == 1 ? 0 : 8;
        int oSlot = keep == 1 ? 8 : 0;
        set(kSlot, kx, ky, kz, keep == 1 ? e1 : e3);
        set(oSlot, ox, oy, oz, keep == 1 ? e3 : e1);
        set(4, -kx - ox, -ky - oy, -kz - oz, e2);
        for (int i = 0; i < 3; i++) {
            Boost.apply(px / pe, py / pe, pz / pe, out, 4 * i);
        }
        return true;
    }

    /**
     * Energies and momentum moduli of three particles with energy fractions x1..x3 (sum 2) and
     * masses m1..m3 in a system of mass^2 s, into {@link #energies} and {@link #moduli}; false if
     * they make no three-body state (an energy below its mass, or no closed momentum triangle).
     */
    private boolean threeBodyMomenta(double s, double x1, double x2, double x3, double m1, double m2, double m3) {
        double h = 0.5 * Math.sqrt(s);
        energies[0] = x1 * h;
        energies[1] = x2 * h;
        energies[2] = x3 * h;
        if (!(energies[0] >= m1 && energies[1] >= m2 && energies[2] >= m3)) {
            return false;
        }
        moduli[0] = Math.sqrt((energies[0] - m1) * (energies[0] + m1));
        moduli[1] = Math.sqrt((energies[1] - m2) * (energies[1] + m2));
        moduli[2] = Math.sqrt((energies[2] - m3) * (energies[2] + m3));
        return moduli[0] <= moduli[1] + moduli[2]
                && moduli[1] <= moduli[0] + moduli[2]
                && moduli[2] <= moduli[0] + moduli[1];
    }

    private void set(int off, double x, double y, double z, double e) {
        out[off] = x;
        out[off + 1] = y;
        out[off + 2] = z;
        out[off + 3] = e;
    }

    /**
     * The e+e- -&gt; q qbar g matrix element f(x1, x2, mu) of the class comment (vector current, equal
     * quark masses, mu = m^2/s; f = (x1^2 + x2^2)/((1 - x1)(1 - x2)) for massless quarks).
     */
    public static double massiveMatrixElement(double x1, double x2, double mu) {
        double y1 = 1 - x1;
        double y2 = 1 - x2;
        double i1 = 1 / y1;
        double i2 = 1 / y2;
        return (x1 * x1 + x2 * x2) * i1 * i2
                - 4 * mu * (i1 + i2)
                - 2 * mu * (i1 * i1 + i2 * i2)
                - 4 * mu * mu * (i1 + i2) * (i1 + i2);
    }

    /** The dipole's mass^2; its four-momentum p_a + p_b is left in {@link #pair}. */
    private double dipoleMass2(int a, int b) {
        for (int k = 0; k < 4; k++) {
            pair[k] = mom[4 * a + k] + mom[4 * b + k];
        }
        return pair[3] * pair[3] - pair[0] * pair[0] - pair[1] * pair[1] - pair[2] * pair[2];
    }

    private int addParton(int pdgId, double[] p) {
        return addParton(pdgId, p, 0);
    }

    private int addParton(int pdgId, double[] p, int off) {
        int i = n++;
        System.arraycopy(p, off, mom, 4 * i, 4);
        id[i] = pdgId;
        mass[i] = pdgId == 21 ? 0 : quarkMass[Math.abs(pdgId)];
        return i;
    }

    /** Inserts parton {@code parton} at colour-order position {@code pos} (seq has n - 1 entries before). */
    private void insert(int pos, int parton, boolean ends) {
        int len = n - 1;
        System.arraycopy(seq, pos, seq, pos + 1, len - pos);
        System.arraycopy(endsChain, pos, endsChain, pos + 1, len - pos);
        seq[pos] = parton;
        endsChain[pos] = ends;
    }

    /**
     * The mass a quark of flavour {@code flavour} (1-4, either sign) gets from a g -&gt; q qbar
     * splitting, GeV (PYTHIA 8's m0; the shower's initial q qbar pair keeps the particle table's).
     */
    public static double splitQuarkMass(int flavour) {
        int f = Math.abs(flavour);
        if (f < 1 || f > 4) {
            throw new IllegalArgumentException("split quarks are d, u, s, c, got " + flavour);
        }
        return SPLIT_MASS[f];
    }

    /** Number of partons after the last {@link #run}. */
    public int partonCount() {
        return n;
    }

    /** Number of accepted emissions (gluons and g -&gt; q qbar splittings) in the last {@link #run}. */
    public int emissionCount() {
        return emissions;
    }

    /**
     * Trial weights outside [0, 1] so far (each would bias the shower); 0 if the overestimates hold.
     * Tests assert it.
     */
    public long weightViolations() {
        return weightViolations;
    }

    /**
     * Appends the partons of the last {@link #run} to {@code event} in colour order, system by system
     * (status {@link GenParticle#DOCUMENTATION}, no mothers set), and records each system's range in
     * {@code singlets} (cleared first).
     *
     * @return the index of the first parton written
     */
    public int writeTo(EventBuffer event, ColourSinglets singlets) {
        singlets.clear();
        int first = event.size();
        int start = first;
        for (int pos = 0; pos < n; pos++) {
            int i = seq[pos];
            int at = event.add(
                    id[i], GenParticle.DOCUMENTATION, mom[4 * i], mom[4 * i + 1], mom[4 * i + 2], mom[4 * i + 3]);
            if (endsChain[pos]) {
                singlets.add(start, at);
                start = at + 1;
            }
        }
        return first;
    }
}
