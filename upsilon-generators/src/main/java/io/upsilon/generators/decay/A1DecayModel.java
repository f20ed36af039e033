package io.upsilon.generators.decay;

import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;
import java.util.List;

/**
 * tau- -&gt; (3 pi)- nu_tau through the axial current of a1(1260) -&gt; rho pi ([R] J. H. Kuhn
 * and A. Santamaria, Z. Phys. C48 (1990) 445, as in TAUOLA), for pi- pi- pi+ and pi0 pi0 pi-:
 *
 * <pre>
 *   J^mu = BW_a1(Q^2) T^mu_nu [ BW_rho(s1) (p1 - p3)^nu + BW_rho(s2) (p2 - p3)^nu ],   T = g - Q Q / Q^2,
 * </pre>
 *
 * p1, p2 the two identical pions, p3 the odd one, s_i = (p_i + p3)^2: the two rho amplitudes are
 * added coherently, which symmetrises the current under p1 &lt;-&gt; p2. BW_rho is the rho(770) with a
 * p-wave running width ({@link BreitWigner}); the rho(1450) of the two-pion form factor is left out
 * here. In the 3 pi rest frame J is a complex spatial vector. Contracting it with the symmetric
 * part of the lepton tensor (P = 0) gives
 *
 * <pre>
 *   |M|^2 proportional to (M^2 - Q^2) [ (M^2 - Q^2) |d.J|^2 + Q^2 |J|^2 ] / Q^2
 * </pre>
 *
 * with d the 3 pi flight direction; the parity-odd (epsilon-tensor) part is dropped (it only
 * correlates the orientation of the 3 pi plane with d and averages out of every mass spectrum).
 * Integrating over the three-pion phase space dPhi_3 ~ ds1 ds2 / Q^2 and the orientation gives
 *
 * <pre>
 *   dGamma/dQ^2 proportional to (M^2 - Q^2)^2 (M^2 + 2 Q^2) / Q^2 |BW_a1(Q^2)|^2 I(Q^2),
 *   I(Q^2) = (1/Q^2) Integral_Dalitz |J_rho|^2 ds1 ds2.
 * </pre>
 *
 * <p>a1 running width (the approximation of this model): Gamma_a1(Q^2) = Gamma_a1 g(Q^2) /
 * g(m_a1^2) with g(Q^2) = I(Q^2)/sqrt(Q^2), i.e. the a1 -&gt; rho pi -&gt; 3 pi partial width of an a1
 * of mass sqrt(Q^2) in this same channel (isospin partner channel and K* K channel ignored), with
 * BW_a1 = m^2/(m^2 - Q^2 - i sqrt(Q^2) Gamma_a1(Q^2)). I(Q^2) and the largest |J_rho|^2 of each
 * Dalitz plot are tabulated at construction on a grid (Q^2 nodes x a midpoint grid in s1, s2) and
 * interpolated linearly. Generation: Q^2 exactly from dGamma/dQ^2 ({@link TabulatedSampler}),
 * then (s1, s2) uniform in the Dalitz plot (box and boundary test), a random orientation of the
 * three pions and a random d, accepted with probability |M|^2 over its bound M^2 max|J|^2 /
 * Q^2 (a safety factor 1.2 above the tabulated maximum; {@link #envelopeViolations()} counts any
 * point above it). A trial whose acceptance threshold is above M^2 |J|^2, an upper bound of |M|^2
 * (|J|^2 from the invariants, with a margin far above rounding), is rejected before its orientation
 * is built: the same random numbers are drawn and the same trials accepted, only faster.
 *
 * <p>Masses and widths of a1(1260) (20213) and rho(770) (113 for a neutral pair, 213 for a charged
 * one) from the particle table.
 */
final class A1DecayModel implements DecayModel {
    private static final int NODES = 121;
    private static final int DALITZ_GRID = 48;
    private static final double SAFETY = 1.2;

    private final double mTau;
    private final double ma;
    private final double mb;
    private final double sMin;
    private final double ds;
    private final double[] integral;
    private final double[] maxJ2;
    private final BreitWigner rho;
    private final double a1Mass2;
    private final double a1Width;
    private final double gAtPole;
    private final TabulatedSampler sampler;
    private final double[] scratch = new double[16];
    private long violations;

    A1DecayModel(double parentMass, List<ParticleData> products, ParticleTable table) {
        if (products.size() != 4
                || products.get(0).id() != products.get(1).id()
                || products.get(3).mass() != 0) {
            throw new IllegalArgumentException("model 'a1' expects 4 products (pion, the same pion, the"
                    + " odd pion, massless neutrino), got " + products);
        }
        mTau = parentMass;
        ma = products.get(0).mass();
        mb = products.get(2).mass();
        double pairCharge = products.get(0).charge() + products.get(2).charge();
        ParticleData rhoData = table.byId(pairCharge == 0 ? 113 : 213);
        rho = new BreitWigner(rhoData.mass(), rhoData.width(), ma, mb);
        ParticleData a1 = table.byId(20213);
        a1Mass2 = a1.mass() * a1.mass();
        a1Width = a1.width();
        double threshold = 2 * ma + mb;
        if (!(parentMass > threshold) || !(a1.mass() > threshold)) {
            throw new IllegalArgumentException("pions too heavy for the parent mass " + parentMass);
        }
        sMin = threshold * threshold;
        ds = (parentMass * parentMass - sMin) / (NODES - 1);
        integral = new double[NODES];
        maxJ2 = new double[NODES];
        for (int j = 1; j < NODES; j++) {
            tabulate(sMin + j * ds, j);
        }
        gAtPole = interpolate(integral, a1Mass2) / Math.sqrt(a1Mass2);
        sampler = new TabulatedSampler(this::density, sMin, parentMass * parentMass, 600);
    }

    private A1DecayModel(A1DecayModel o) {
        mTau = o.mTau;
        ma = o.ma;
        mb = o.mb;
        sMin = o.sMin;
        ds = o.ds;
        integral = o.integral;
        maxJ2 = o.maxJ2;
        rho = o.rho;
        a1Mass2 = o.a1Mass2;
        a1Width = o.a1Width;
        gAtPole = o.gAtPole;
        sampler = o.sampler.copy(this::density);
    }

    @Override
    public DecayModel newInstance() {
        return new A1DecayModel(this);
    }

    @Override
    public int size() {
        return 4;
    }

    /** Midpoint-rule Dalitz integral of |J_rho|^2 (over Q^2) and its largest value at node j. */
    private void tabulate(double s, int j) {
        double lo = (ma + mb) * (ma + mb);
        double hi = (Math.sqrt(s) - ma) * (Math.sqrt(s) - ma);
        double h = (hi - lo) / DALITZ_GRID;
        double sum = 0;
        double max = 0;
        for (int a = 0; a < DALITZ_GRID; a++) {
            for (int b = 0; b < DALITZ_GRID; b++) {
                double j2 = current2(s, lo + (a + 0.5) * h, lo + (b + 0.5) * h);
                sum += j2;
                max = Math.max(max, j2);
            }
        }
        integral[j] = sum * h * h / s;
        maxJ2[j] = max;
    }

    private double interpolate(double[] table, double s) {
        double x = (s - sMin) / ds;
        int i = (int) x;
        if (i < 0) {
            return 0;
        }
        if (i >= NODES - 1) {
            return table[NODES - 1];
        }
        double f = x - i;
        return table[i] * (1 - f) + table[i + 1] * f;
    }

    /**
     * |J_rho|^2 (spatial, in the 3 pi rest frame) at (s, s1, s2), or 0 outside the Dalitz plot.
     * Invariant form: a_T . b_T = a . b - (a . Q)(b . Q)/s for the transverse parts.
     */
    double current2(double s, double s1, double s2) {
        double[] w = scratch;
        if (!invariants(s, s1, s2, w)) {
            return 0;
        }
        // w: 0 q1.q1, 1 q2.q2, 2 q1.q2, 3 q1.Q, 4 q2.Q
        double aa = w[3] * w[3] / s - w[0];
        double bb = w[4] * w[4] / s - w[1];
        double ab = w[3] * w[4] / s - w[2];
        rho.value(s1, w, 8);
        rho.value(s2, w, 10);
        double b1 = w[8] * w[8] + w[9] * w[9];
        double b2 = w[10] * w[10] + w[11] * w[11];
        double re12 = w[8] * w[10] + w[9] * w[11];
        return b1 * aa + b2 * bb + 2 * re12 * ab;
    }

    /**
     * An upper bound of |J_rho|^2 from the invariants at {@code w} ({@link #invariants}, with
     * BW_rho(s1), BW_rho(s2) at w[8..11]): the invariant form of {@link #current2} plus 1e-9 times
     * 10 s (|BW1| + |BW2|)^2, which bounds the size of every term (|q_i|^2 &lt;= 9 s), so the
     * margin is some 1e5 times the rounding error of either this form or the one from momenta.
     */
    private static double current2Bound(double s, double[] w) {
        double aa = w[3] * w[3] / s - w[0];
        double bb = w[4] * w[4] / s - w[1];
        double ab = w[3] * w[4] / s - w[2];
        double b1 = w[8] * w[8] + w[9] * w[9];
        double b2 = w[10] * w[10] + w[11] * w[11];
        double re12 = w[8] * w[10] + w[9] * w[11];
        double scale = Math.sqrt(b1) + Math.sqrt(b2);
        return b1 * aa + b2 * bb + 2 * re12 * ab + 1e-8 * s * scale * scale;
    }

    /**
     * {@link DecayKinematics#randomDirection} from its two uniforms (same arithmetic, so the same
     * unit vector), for trials that draw their numbers before using them.
     */
    private static void direction(double uCos, double uPhi, double[] out, int off) {
        double c = 2 * uCos - 1;
        double phi = 2 * Math.PI * uPhi;
        double sn = Math.sqrt(Math.max(0, (1 - c) * (1 + c)));
        out[off] = sn * Math.cos(phi);
        out[off + 1] = sn * Math.sin(phi);
        out[off + 2] = c;
    }

    /**
     * Dot products of q1 = p1 - p3, q2 = p2 - p3 and Q at (s, s1 = (p1+p3)^2, s2 = (p2+p3)^2), plus
     * the rest-frame energies E1, E2 at w[5], w[6]; false outside the physical region.
     */
    private boolean invariants(double s, double s1, double s2, double[] w) {
        double a2 = ma * ma;
        double b2 = mb * mb;
        double s12 = s + 2 * a2 + b2 - s1 - s2;
        double rs = Math.sqrt(s);
        double p1Q = (s + a2 - s2) / 2;
        double p2Q = (s + a2 - s1) / 2;
        double p3Q = (s + b2 - s12) / 2;
        double e1 = p1Q / rs;
        double e2 = p2Q / rs;
        double e3 = p3Q / rs;
        double k1 = e1 * e1 - a2;
        double k2 = e2 * e2 - a2;
        double k3 = e3 * e3 - b2;
        if (k1 < 0 || k2 < 0 || k3 < 0 || e1 < 0 || e2 < 0 || e3 < 0) {
            return false;
        }
        double p1p2 = (s12 - 2 * a2) / 2;
        // |p3|^2 = |p1|^2 + |p2|^2 + 2 p1.p2 (3-vectors) fixes the opening angle.
        double dot12 = e1 * e2 - p1p2;
        if (dot12 * dot12 > k1 * k2) {
            return false;
        }
        double p1p3 = (s1 - a2 - b2) / 2;
        double p2p3 = (s2 - a2 - b2) / 2;
        w[0] = 2 * a2 + 2 * b2 - s1;
        w[1] = 2 * a2 + 2 * b2 - s2;
        w[2] = p1p2 - p1p3 - p2p3 + b2;
        w[3] = p1Q - p3Q;
        w[4] = p2Q - p3Q;
        w[5] = e1;
        w[6] = e2;
        return true;
    }

    /** Gamma_a1(Q^2) from the tabulated three-pion integral. */
    double a1RunningWidth(double s) {
        return a1Width * (interpolate(integral, s) / Math.sqrt(s)) / gAtPole;
    }

    /** dGamma/dQ^2 up to a constant. */
    double density(double s) {
        double big = mTau * mTau;
        if (s <= sMin || s >= big) {
            return 0;
        }
        // the expression of a1RunningWidth with the interpolated integral computed once
        double in = interpolate(integral, s);
        double g = a1Width * (in / Math.sqrt(s)) / gAtPole;
        double d = a1Mass2 - s;
        double bw2 = a1Mass2 * a1Mass2 / (d * d + s * g * g);
        double r = big - s;
        return r * r * (big + 2 * s) / s * bw2 * in;
    }

    @Override
    public void generate(RandomStream rng, double[] out) {
        double s = sampler.sample(rng);
        double big = mTau * mTau;
        double rs = Math.sqrt(s);
        int node = Math.min(NODES - 2, (int) ((s - sMin) / ds));
        double bound = SAFETY * Math.max(maxJ2[node], maxJ2[node + 1]) * big;
        double lo = (ma + mb) * (ma + mb);
        double hi = (rs - ma) * (rs - ma);
        double[] w = scratch;
        while (true) {
            double s1 = lo + (hi - lo) * rng.nextDouble();
            double s2 = lo + (hi - lo) * rng.nextDouble();
            if (!invariants(s, s1, s2, w)) {
                continue;
            }
            // The six further numbers of a trial, in the order the kinematics below uses them
            // (orientation u, angle psi of v about u, 3 pi direction d, acceptance): drawn up front
            // so that a trial whose acceptance threshold is above big |J|^2 >= |M|^2 is rejected
            // before the orientation is built (|M|^2 <= (M^2 - Q^2) |J|^2 + Q^2 |J|^2, as |d.J| <=
            // |J|); |J|^2 from the invariants, plus a margin far above the rounding of both forms,
            // so the trials rejected early are exactly those the full test rejects.
            double uCos = rng.nextDouble();
            double uPhi = rng.nextDouble();
            double psiU = rng.nextDouble();
            double dCos = rng.nextDouble();
            double dPhi = rng.nextDouble();
            double threshold = rng.nextDouble() * bound;
            rho.value(s1, w, 8);
            rho.value(s2, w, 10);
            if (threshold > big * current2Bound(s, w)) {
                continue;
            }
            double e1 = w[5];
            double e2 = w[6];
            double k1 = Math.sqrt(e1 * e1 - ma * ma);
            double k2 = Math.sqrt(e2 * e2 - ma * ma);
            double p1p2 = (s + 2 * ma * ma + mb * mb - s1 - s2 - 2 * ma * ma) / 2;
            double cos12 = k1 * k2 > 0 ? Math.max(-1, Math.min(1, (e1 * e2 - p1p2) / (k1 * k2))) : 1;
            double sin12 = Math.sqrt((1 - cos12) * (1 + cos12));
            // Orientation: u uniform, v perpendicular to u at a uniform angle about it.
            direction(uCos, uPhi, out, 0);
            double ux = out[0];
            double uy = out[1];
            double uz = out[2];
            double ex;
            double ey;
            double ez;
            if (Math.abs(uz) < 0.9) { // e = normalise(z x u)
                double n = Math.sqrt(ux * ux + uy * uy);
                ex = -uy / n;
                ey = ux / n;
                ez = 0;
            } else { // e = normalise(x x u)
                double n = Math.sqrt(uy * uy + uz * uz);
                ex = 0;
                ey = -uz / n;
                ez = uy / n;
            }
            double fx = uy * ez - uz * ey;
            double fy = uz * ex - ux * ez;
            double fz = ux * ey - uy * ex;
            double psi = 2 * Math.PI * psiU;
            double cp = Math.cos(psi);
            double sp = Math.sin(psi);
            double vx = cp * ex + sp * fx;
            double vy = cp * ey + sp * fy;
            double vz = cp * ez + sp * fz;
            double p1x = k1 * ux;
            double p1y = k1 * uy;
            double p1z = k1 * uz;
            double p2x = k2 * (cos12 * ux + sin12 * vx);
            double p2y = k2 * (cos12 * uy + sin12 * vy);
            double p2z = k2 * (cos12 * uz + sin12 * vz);
            double p3x = -p1x - p2x;
            double p3y = -p1y - p2y;
            double p3z = -p1z - p2z;
            direction(dCos, dPhi, out, 4);
            double dx = out[4];
            double dy = out[5];
            double dz = out[6];
            // J = B1 q1 + B2 q2 (spatial), q_i = p_i - p3.
            double q1x = p1x - p3x;
            double q1y = p1y - p3y;
            double q1z = p1z - p3z;
            double q2x = p2x - p3x;
            double q2y = p2y - p3y;
            double q2z = p2z - p3z;
            double jrx = w[8] * q1x + w[10] * q2x;
            double jry = w[8] * q1y + w[10] * q2y;
            double jrz = w[8] * q1z + w[10] * q2z;
            double jix = w[9] * q1x + w[11] * q2x;
            double jiy = w[9] * q1y + w[11] * q2y;
            double jiz = w[9] * q1z + w[11] * q2z;
            double j2 = jrx * jrx + jry * jry + jrz * jrz + jix * jix + jiy * jiy + jiz * jiz;
            double djr = dx * jrx + dy * jry + dz * jrz;
            double dji = dx * jix + dy * jiy + dz * jiz;
            double m2 = (big - s) * (djr * djr + dji * dji) + s * j2;
            if (m2 > bound) {
                violations++;
            }
            if (threshold < m2) {
                DecayKinematics.set(out, 0, k1, ux, uy, uz, ma);
                out[4] = p2x;
                out[5] = p2y;
                out[6] = p2z;
                out[7] = e2;
                out[8] = p3x;
                out[9] = p3y;
                out[10] = p3z;
                out[11] = Math.sqrt(p3x * p3x + p3y * p3y + p3z * p3z + mb * mb);
                DecayKinematics.systemAndNeutrino(mTau, rs, 3, dx, dy, dz, out);
                return;
            }
        }
    }

    /**
     * The transverse three-pion current J^mu = T^mu_nu [BW_rho(s1) (p1 - p3)^nu + BW_rho(s2) (p2 -
     * p3)^nu] (without the common factor BW_a1(Q^2), which cancels in the polarimeter) of the
     * pions at {@code momenta[0..11]} (p1, p2, p3, any frame), as real and imaginary four-vectors.
     */
    void current(double[] momenta, double[] jRe, double[] jIm) {
        double[] w = polScratch;
        double s1 = DecayKinematics.mass2(momenta, 0, 2);
        double s2 = DecayKinematics.mass2(momenta, 1, 2);
        rho.value(s1, w, 0);
        rho.value(s2, w, 2);
        for (int k = 0; k < 4; k++) {
            double q1 = momenta[k] - momenta[8 + k];
            double q2 = momenta[4 + k] - momenta[8 + k];
            jRe[k] = w[0] * q1 + w[2] * q2;
            jIm[k] = w[1] * q1 + w[3] * q2;
        }
        // T = g - Q Q / Q^2 removes the component along Q = p1 + p2 + p3
        double[] big = w;
        for (int k = 0; k < 4; k++) {
            big[4 + k] = momenta[k] + momenta[4 + k] + momenta[8 + k];
        }
        double q2 = Polarimeter.dot(big, 4, big, 4);
        double fr = Polarimeter.dot(big, 4, jRe, 0) / q2;
        double fi = Polarimeter.dot(big, 4, jIm, 0) / q2;
        for (int k = 0; k < 4; k++) {
            jRe[k] -= fr * big[4 + k];
            jIm[k] -= fi * big[4 + k];
        }
    }

    /**
     * h from the same current ({@link #current}), including the parity-odd term of the lepton
     * tensor (the two rho amplitudes have different phases): {@link Polarimeter#fromCurrent}.
     */
    @Override
    public void polarimeter(double[] momenta, double[] h) {
        current(momenta, polRe, polIm);
        Polarimeter.fromCurrent(polRe, polIm, momenta, 12, h);
    }

    private final double[] polScratch = new double[8];
    private final double[] polRe = new double[4];
    private final double[] polIm = new double[4];

    /** Points where |M|^2 exceeded its bound, in either sampling step (0 expected). */
    long envelopeViolations() {
        return violations + sampler.envelopeViolations();
    }
}
