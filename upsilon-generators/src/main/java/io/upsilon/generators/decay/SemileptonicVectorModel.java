package io.upsilon.generators.decay;

import io.upsilon.core.kinematics.Boost;
import io.upsilon.core.random.RandomStream;

/**
 * B -&gt; V l nu for a vector meson V (D*, rho, omega) with form factors V, A0, A1, A2 from a
 * {@link VectorMesonFormFactors} (CLN for {@code HQET2}, BGL for {@code BGL}, BSZ for {@code
 * BTOVLNU_BSZ}) and the full angular distribution of B -&gt; V (-&gt; P P) l nu: the four-body |A|^2 in q^2, cos theta_l, cos theta_V and chi is
 * computed covariantly and the decay is drawn by accept-reject, so the D* helicity amplitudes H+,
 * H-, H0 (and the timelike Ht of a massive lepton) and their interference come out as in the
 * helicity formulas (J. G. Körner and G. A. Schuler, Z. Phys. C 46 (1990) 93).
 *
 * <p><b>Amplitude</b>: the D* polarisation vector is replaced by the D* -&gt; D pi decay vector K =
 * the unit D direction in the D* rest frame, (0, u) there (a P wave: amplitude epsilon . p_pi), in
 * the standard hadronic current (M, m: B and D* masses; p, p' their momenta, q = p - p')
 *
 * <pre>
 *   b = (M + m) A1 K - A2 / (M + m) (K . p) (p + p') - 2 m (A3 - A0) (K . p) / q^2 q,
 *   a^mu = eps^{mu nu rho sigma} K_nu p'_rho p_sigma,   v = 2 V / (M + m),
 *   A3 = ((M + m) A1 - (M - m) A2) / (2 m),
 * </pre>
 *
 * H = b + i v a, contracted with the lepton tensor L = 8 [l n + n l - g (l . n) -/+ i eps l n]
 * (exact for a massive lepton too):
 *
 * <pre>
 *   |A|^2 = S(b, b) + v^2 S(a, a) + sigma 2 v eps(a, b, l, n),   S(x, y) = (l.x)(n.y) + (l.y)(n.x) - (l.n)(x.y).
 * </pre>
 *
 * The overall sign sigma of the V-A interference (which depends on the sign conventions of eps) is
 * fixed by the physics it encodes: in b -&gt; c l- nubar, as in mu- -&gt; e- nubar_e nu_mu, the charged
 * lepton's spectrum is harder than the antineutrino's (the D* is mostly in helicity -1). It is the
 * same for both charges: charge conjugation flips the sign of the imaginary parts of both the
 * lepton tensor and the hadronic current. Hqet2ModelTest checks the lepton angle for both.
 *
 * <p><b>The D* decay</b>: the D direction u drawn with the decay is handed to the engine ({@link
 * #fixesDecayOf}): when the D* decays through {@code VSS} (D*+ -&gt; D0 pi+, D+ pi0; D*0 -&gt; D0 pi0)
 * its D goes along u, so the four-body correlations are exact; a radiative D* -&gt; D gamma decay
 * keeps its own (uncorrelated) angular distribution. The lepton side is exact in every case (it
 * does not depend on how the D* decays).
 *
 * <p>The accept-reject bound is 1.5 times the largest |A|^2 of 20,000 random points, found once per
 * 20 MeV bin of the D* mass and raised to 1.5 times any larger value met later. Not thread-safe.
 */
final class SemileptonicVectorModel implements DecModel {
    private static final int BOUND_POINTS = 20_000;
    private static final double SAFETY = 1.5;
    /** Sign of the V-A interference term (see the class comment). */
    private static final double SIGMA = -1.0;

    private final String modelName;
    private final VectorMesonFormFactors formFactors;

    private final MesonMassBounds bounds;
    private final double[] scratch = new double[12];

    private final double[] k = new double[4];
    private final double[] b = new double[4];
    private final double[] a = new double[4];
    private final double[] u = new double[4];
    private final double[] fixedD = new double[4];

    private final double[] ff = new double[4];

    /**
     * @param modelName the DEC model name, for messages
     * @param formFactors V, A0, A1, A2 of the transition (stateless, shared between copies)
     */
    SemileptonicVectorModel(String modelName, VectorMesonFormFactors formFactors) {
        this.modelName = java.util.Objects.requireNonNull(modelName, "modelName");
        this.formFactors = java.util.Objects.requireNonNull(formFactors, "formFactors");
        this.bounds = new MesonMassBounds(modelName, BOUND_POINTS, SAFETY);
    }

    @Override
    public DecModel newInstance() {
        return new SemileptonicVectorModel(modelName, formFactors);
    }

    @Override
    public boolean fixesDecayOf(int i, double[] out) {
        if (i != 0) {
            return false;
        }
        System.arraycopy(fixedD, 0, out, 0, 4);
        return true;
    }

    @Override
    public void generate(double parentMass, double[] masses, double[] helicityAxis, RandomStream rng, double[] out) {
        double max = bound(parentMass, masses, rng);
        while (true) {
            if (!drawPoint(parentMass, masses, rng, out)) {
                continue;
            }
            double w = weight(parentMass, masses[0], out);
            if (w > max) {
                bounds.raise(w);
            }
            if (rng.nextDouble() * max <= w) {
                break;
            }
        }
        // The D direction u in the D* rest frame as a light-like four-vector, carried to the B frame.
        fixedD[0] = u[0];
        fixedD[1] = u[1];
        fixedD[2] = u[2];
        fixedD[3] = 1;
        Boost.apply(out[0] / out[3], out[1] / out[3], out[2] / out[3], fixedD, 0);
    }

    private double bound(double parentMass, double[] masses, RandomStream rng) {
        return bounds.bound(
                parentMass,
                masses,
                () -> drawPoint(parentMass, masses, rng, scratch) ? weight(parentMass, masses[0], scratch) : -1);
    }

    /**
     * A phase-space point: D*, lepton, neutrino at out[0..11] (uniform in the Dalitz variables,
     * random orientation) and the D direction u, isotropic in the D* rest frame. False if the
     * Dalitz point fell outside the plot.
     */
    private boolean drawPoint(double mParent, double[] masses, RandomStream rng, double[] out) {
        if (!DecModelSupport.uniformDalitzPoint(mParent, masses, rng, out)) {
            return false;
        }
        DecayKinematics.randomDirection(rng, u, 0);
        return true;
    }

    /** |A|^2 (arbitrary normalisation) of the point at v[0..11] with the D direction {@link #u}. */
    private double weight(double mParent, double mMeson, double[] v) {
        double mPlus = mParent + mMeson;
        // K = (0, u) in the D* rest frame, boosted to the B frame.
        k[0] = u[0];
        k[1] = u[1];
        k[2] = u[2];
        k[3] = 0;
        Boost.apply(v[0] / v[3], v[1] / v[3], v[2] / v[3], k, 0);
        double q2 = DecayKinematics.mass2(v, 1, 2);
        formFactors.evaluate(mParent, mMeson, q2, ff);
        double vv = ff[0];
        double a0 = ff[1];
        double a1 = ff[2];
        double a2 = ff[3];
        double a3 = (mPlus * a1 - (mParent - mMeson) * a2) / (2 * mMeson);
        // B at rest: p = (0, 0, 0, M); K . p = M K^0.
        double kDotP = mParent * k[3];
        double cA1 = mPlus * a1;
        double cA2 = -a2 / mPlus * kDotP;
        double cQ = -2 * mMeson * (a3 - a0) * kDotP / q2;
        for (int c = 0; c < 3; c++) {
            double pPlusPrime = v[c]; // p has no spatial part
            double qc = -v[c];
            b[c] = cA1 * k[c] + cA2 * pPlusPrime + cQ * qc;
        }
        b[3] = cA1 * k[3] + cA2 * (mParent + v[3]) + cQ * (mParent - v[3]);
        // a_mu = eps(e_mu, K, p', p) with p = (0,0,0,M): only the spatial block of (K, p') survives,
        // a_mu = M eps(e_mu, K, p', e_t); raised: a^t = a_t, a^i = -a_i.
        levi(k, v, a, mParent);
        double coupling = 2 * vv / mPlus;
        int l = 4;
        int n = 8;
        double ln = dot(v, l, v, n);
        double sbb = 2 * dot(v, l, b, 0) * dot(v, n, b, 0) - ln * dot(b, 0, b, 0);
        double saa = 2 * dot(v, l, a, 0) * dot(v, n, a, 0) - ln * dot(a, 0, a, 0);
        double eps = det(a, b, v, l, v, n);
        return Math.max(0, sbb + coupling * coupling * saa + SIGMA * 2 * coupling * eps);
    }

    /** Minkowski product of x[i..i+3] and y[j..j+3] ((px, py, pz, E) order). */
    private static double dot(double[] x, int i, double[] y, int j) {
        return x[i + 3] * y[j + 3] - x[i] * y[j] - x[i + 1] * y[j + 1] - x[i + 2] * y[j + 2];
    }

    /**
     * Writes the contravariant a^mu = eps^{mu nu rho sigma} K_nu p'_rho p_sigma for p = (0, M) up to
     * an overall sign (fixed physically, see the class comment): with p along time, a is the
     * spatial vector M (K x p') (and a^t = 0).
     */
    private static void levi(double[] kk, double[] pPrime, double[] out, double mParent) {
        out[0] = mParent * (kk[1] * pPrime[2] - kk[2] * pPrime[1]);
        out[1] = mParent * (kk[2] * pPrime[0] - kk[0] * pPrime[2]);
        out[2] = mParent * (kk[0] * pPrime[1] - kk[1] * pPrime[0]);
        out[3] = 0;
    }

    /**
     * The determinant of the rows x, y, v[i..i+3], w[j..j+3] (fixed component order), by the
     * expansion in the 2 x 2 minors of the first two and the last two rows.
     */
    private static double det(double[] x, double[] y, double[] v, int i, double[] w, int j) {
        double s0 = x[0] * y[1] - x[1] * y[0];
        double s1 = x[0] * y[2] - x[2] * y[0];
        double s2 = x[0] * y[3] - x[3] * y[0];
        double s3 = x[1] * y[2] - x[2] * y[1];
        double s4 = x[1] * y[3] - x[3] * y[1];
        double s5 = x[2] * y[3] - x[3] * y[2];
        double c5 = v[i + 2] * w[j + 3] - v[i + 3] * w[j + 2];
        double c4 = v[i + 1] * w[j + 3] - v[i + 3] * w[j + 1];
        double c3 = v[i + 1] * w[j + 2] - v[i + 2] * w[j + 1];
        double c2 = v[i] * w[j + 3] - v[i + 3] * w[j];
        double c1 = v[i] * w[j + 2] - v[i + 2] * w[j];
        double c0 = v[i] * w[j + 1] - v[i + 1] * w[j];
        return s0 * c5 - s1 * c4 + s2 * c3 + s3 * c2 - s4 * c1 + s5 * c0;
    }
}
