package io.upsilon.generators.decay;

/**
 * The B -&gt; X_s gamma photon spectrum in the B rest frame of Kagan and Neubert (EPJC 7 (1999) 5,
 * hep-ph/9805303) at leading order: the two-body b -&gt; s gamma line at E_gamma = m_b / 2 smeared by
 * the b quark's Fermi motion in the B meson, described by the light-cone shape function F(k+).
 *
 * <p><b>Shape function</b> (Kagan-Neubert's exponential form): F(k+) = N (1 - x)^a e^((1 + a) x),
 * x = k+ / Lambda-bar &lt;= 1, Lambda-bar = m_B - m_b. Its moments fix a: the zeroth is 1, the
 * first 0 (m_b is the mass the spectrum is centred on) and the second mu_pi^2 / 3, so a = 3
 * Lambda-bar^2 / mu_pi^2 - 1. With u = 1 - x &gt;= 0 the density is u^a e^(-(1 + a) u): a Gamma
 * distribution of shape a + 1 and rate a + 1 (mean 1, variance 1 / (1 + a)).
 *
 * <p><b>Spectrum</b>: at leading order the photon takes E_gamma = (m_b + k+) / 2 = (m_B - Lambda-bar u)
 * / 2, so dGamma/dE_gamma is proportional to F(2 E_gamma - m_b), from 0 up to the endpoint m_B / 2,
 * with mean m_b / 2 and variance mu_pi^2 / 12. The hadronic mass follows from two-body kinematics,
 * m_Xs^2 = m_B^2 - 2 m_B E_gamma = m_B Lambda-bar u. <b>Not included</b>: the O(alpha_s)
 * corrections (gluon bremsstrahlung b -&gt; s gamma g, which adds a low-energy tail and lowers the
 * mean by a few tens of MeV; the virtual corrections, which change only the normalisation) and the
 * 1/m_b^2 power corrections beyond the Fermi motion; the normalisation (the branching fraction) is
 * the decay table's.
 *
 * <p><b>Defaults</b>: m_b = 4.574 GeV and mu_pi^2 = 0.459 GeV^2, the kinetic-scheme global fit of
 * HFAG (end of 2011, fit to B -&gt; X_c l nu and B -&gt; X_s gamma moments;
 * www.slac.stanford.edu/xorg/hfag/semi/EndOfYear11/gbl_fits/kinetic). Kagan-Neubert's shape-function
 * parameters are not identical to kinetic-scheme ones; with these values the mean photon energy
 * above 1.9 GeV is 2.312 GeV, against the PDG 2024 average 2.314 +- 0.011 GeV. Immutable.
 */
public final class KaganNeubertSpectrum {
    /** Default b-quark mass (GeV): HFAG 2011 kinetic-scheme fit with the X_s gamma moments. */
    public static final double DEFAULT_MB = 4.574;

    /** Default mu_pi^2 (GeV^2): the same fit. */
    public static final double DEFAULT_MU_PI2 = 0.459;

    private final double parentMass;
    private final double mb;
    private final double muPi2;
    private final double lambdaBar;
    private final double a;
    private final double logNorm;

    /**
     * @param parentMass the B mass (GeV)
     * @param mb the b-quark mass (GeV), below the B mass
     * @param muPi2 mu_pi^2 (GeV^2), positive and at most 3 (m_B - m_b)^2 (so that a &gt;= 0)
     * @throws IllegalArgumentException for parameters outside these ranges
     */
    public KaganNeubertSpectrum(double parentMass, double mb, double muPi2) {
        if (!(mb > 0 && mb < parentMass)) {
            throw new IllegalArgumentException(
                    "the b-quark mass must be in (0, m_B = " + parentMass + ") GeV, got " + mb);
        }
        double lb = parentMass - mb;
        if (!(muPi2 > 0 && muPi2 <= 3 * lb * lb)) {
            throw new IllegalArgumentException("mu_pi^2 must be in (0, 3 (m_B - m_b)^2 = " + 3 * lb * lb
                    + "] GeV^2 for the exponential shape function, got " + muPi2);
        }
        this.parentMass = parentMass;
        this.mb = mb;
        this.muPi2 = muPi2;
        this.lambdaBar = lb;
        this.a = 3 * lb * lb / muPi2 - 1;
        // Normalised numerically over the physical range 0 <= E_gamma <= m_B / 2 (u from 0 to
        // m_B / Lambda-bar; the Gamma distribution beyond is below 1e-20 for any sensible a).
        this.logNorm = -Math.log(integrateUnnormalised(parentMass / lb));
    }

    /** Integral of u^a e^(-(1 + a) u) over [0, uMax] by Simpson's rule in sqrt(u). */
    private double integrateUnnormalised(double uMax) {
        int n = 4000;
        double h = Math.sqrt(uMax) / n;
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            double s = i * h;
            double w = i == 0 || i == n ? 1 : i % 2 == 1 ? 4 : 2;
            double u = s * s;
            sum += w * (u > 0 ? Math.exp(a * Math.log(u) - (a + 1) * u) : 0) * 2 * s;
        }
        return sum * h / 3;
    }

    /** The B mass (GeV). */
    public double parentMass() {
        return parentMass;
    }

    /** The b-quark mass (GeV). */
    public double mb() {
        return mb;
    }

    /** mu_pi^2 (GeV^2). */
    public double muPi2() {
        return muPi2;
    }

    /** The shape function's exponent a = 3 Lambda-bar^2 / mu_pi^2 - 1. */
    public double exponent() {
        return a;
    }

    /** The endpoint of the spectrum, m_B / 2 (GeV). */
    public double endpoint() {
        return parentMass / 2;
    }

    /** The normalised density of u = (m_B - 2 E_gamma) / Lambda-bar (0 for u &lt;= 0). */
    double densityOfU(double u) {
        if (u <= 0) {
            return 0;
        }
        return Math.exp(logNorm + a * Math.log(u) - (a + 1) * u);
    }

    /** dGamma/dE_gamma / Gamma in GeV^-1, normalised to 1 over 0 &lt;= E_gamma &lt;= m_B / 2. */
    public double density(double eGamma) {
        if (eGamma > endpoint() || eGamma < 0) {
            return 0;
        }
        return densityOfU((parentMass - 2 * eGamma) / lambdaBar) * 2 / lambdaBar;
    }

    /** The photon energy (GeV) for hadronic mass m_Xs (GeV): (m_B^2 - m_Xs^2) / (2 m_B). */
    public double photonEnergy(double mXs) {
        return (parentMass * parentMass - mXs * mXs) / (2 * parentMass);
    }

    /** The fraction of the spectrum with hadronic mass below m_Xs (GeV). */
    public double fractionBelowMass(double mXs) {
        return integrateU(0, mXs * mXs / (parentMass * lambdaBar));
    }

    /** The fraction of the spectrum with E_gamma above the cut (GeV). */
    public double fractionAbove(double eCut) {
        return integrateU(0, Math.max(0, (parentMass - 2 * eCut) / lambdaBar));
    }

    /** Mean photon energy (GeV) over E_gamma in [lo, hi] (GeV). */
    public double meanEnergy(double lo, double hi) {
        return moment(lo, hi, 1) / moment(lo, hi, 0);
    }

    /** Variance of the photon energy (GeV^2) over E_gamma in [lo, hi] (GeV). */
    public double energyVariance(double lo, double hi) {
        double n = moment(lo, hi, 0);
        double m = moment(lo, hi, 1) / n;
        return moment(lo, hi, 2) / n - m * m;
    }

    /** Integral of E^k density(E) over [lo, hi] by Simpson's rule (2000 intervals). */
    private double moment(double lo, double hi, int k) {
        double from = Math.max(0, lo);
        double to = Math.min(endpoint(), hi);
        int n = 2000;
        double h = (to - from) / n;
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            double e = from + i * h;
            double w = i == 0 || i == n ? 1 : i % 2 == 1 ? 4 : 2;
            sum += w * Math.pow(e, k) * density(e);
        }
        return sum * h / 3;
    }

    /** Integral of the u density over [lo, hi] by Simpson's rule in sqrt(u) (smooth at u = 0). */
    private double integrateU(double lo, double hi) {
        double s0 = Math.sqrt(Math.max(0, lo));
        double s1 = Math.sqrt(Math.max(0, hi));
        int n = 4000;
        double h = (s1 - s0) / n;
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            double s = s0 + i * h;
            double w = i == 0 || i == n ? 1 : i % 2 == 1 ? 4 : 2;
            sum += w * densityOfU(s * s) * 2 * s;
        }
        return sum * h / 3;
    }
}
