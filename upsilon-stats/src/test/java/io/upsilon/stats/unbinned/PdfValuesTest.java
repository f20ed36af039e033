package io.upsilon.stats.unbinned;

import static io.upsilon.stats.unbinned.TestPdfs.p;
import static io.upsilon.stats.unbinned.TestPdfs.x;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.hipparchus.special.Erf;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.api.Test;

/**
 * Densities at points against formulas written out independently of the implementation (textbook
 * forms, different parameterisations, known integrals). Tolerances are a few ulp of the values
 * times the condition of the formulas: 1e-13 relative unless stated.
 */
class PdfValuesTest {

    private static final double TOL = 1e-13;

    private static void rel(double actual, double expected) {
        assertThat(actual).isCloseTo(expected, within(TOL * Math.abs(expected)));
    }

    @Test
    void gaussian() {
        // On ±10 sigma the truncation (2 Φ(-10) = 1.5e-23) is far below double precision.
        Gaussian g = new Gaussian(x(-10, 10), p("mu", 0), p("sigma", 1));
        rel(g.density(0), 1 / Math.sqrt(2 * Math.PI));
        rel(g.density(1.5), Math.exp(-1.125) / Math.sqrt(2 * Math.PI));
        // half-Gaussian on [0, 20 sigma]: twice the full density
        Gaussian half = new Gaussian(x(0, 40), p("mu", 0), p("sigma", 2));
        rel(half.density(1), 2 * Math.exp(-0.125) / (2 * Math.sqrt(2 * Math.PI)));
    }

    @Test
    void crystalBallAgainstTextbookForm() {
        double alpha = 1.5;
        double n = 6;
        double sigma = 0.7;
        // range [-1e4, 20] sigma: the tail beyond -1e4 sigma is A (B + 1e4)^(1-n)/(n-1) ~ 3e-18
        CrystalBall cb = new CrystalBall(
                x(-1e4 * sigma, 20 * sigma), p("mu", 0), p("sigma", sigma), p("alpha", alpha), p("n", n));
        double a = Math.pow(n / alpha, n) * Math.exp(-0.5 * alpha * alpha);
        double b = n / alpha - alpha;
        double tailArea = n / (alpha * (n - 1)) * Math.exp(-0.5 * alpha * alpha);
        double coreArea = Math.sqrt(Math.PI / 2) * (1 + Erf.erf(alpha / Math.sqrt(2)));
        double norm = sigma * (tailArea + coreArea);
        rel(cb.density(0.3), Math.exp(-0.5 * Math.pow(0.3 / sigma, 2)) / norm);
        double t = -3.2;
        assertThat(cb.density(t * sigma))
                .isCloseTo(a * Math.pow(b - t, -n) / norm, within(1e-12 * cb.density(t * sigma)));
        // continuity at the junction t = -alpha
        double left = cb.density(-alpha * sigma * (1 + 1e-12));
        double right = cb.density(-alpha * sigma * (1 - 1e-12));
        assertThat(left).isCloseTo(right, within(1e-10 * right));
    }

    @Test
    void doubleCrystalBallIsMirrorSymmetricAndReducesToCrystalBall() {
        DoubleCrystalBall d = new DoubleCrystalBall(
                x(-6, 6), p("mu", 0), p("sigma", 1), p("aL", 1.2), p("nL", 3), p("aH", 1.2), p("nH", 3));
        for (double t : new double[] {0.3, 1.0, 2.5, 5.9}) {
            rel(d.density(t), d.density(-t));
        }
        // with the high tail beyond the range the double CB is the one-sided CB
        DoubleCrystalBall d1 = new DoubleCrystalBall(
                x(-6, 3), p("mu", 0), p("sigma", 1), p("aL", 1.2), p("nL", 3), p("aH", 4), p("nH", 3));
        CrystalBall c = new CrystalBall(x(-6, 3), p("mu", 0), p("sigma", 1), p("alpha", 1.2), p("n", 3));
        for (double t : new double[] {-5, -1.3, 0, 2.9}) {
            rel(d1.density(t), c.density(t));
        }
    }

    @Test
    void argusKnownIntegrals() {
        double m0 = 5.29;
        // c = 0 on [0, m0]: ∫ m sqrt(1 - m^2/m0^2) dm = m0^2 / 3
        Argus flat = new Argus(x(0, m0), p("m0", m0), p("c", 0));
        double m = 4.1;
        double shape = m * Math.sqrt(1 - (m / m0) * (m / m0));
        rel(flat.density(m), shape * 3 / (m0 * m0));
        // c = -k on [0, m0]: ∫ = (m0^2 / 2) k^(-3/2) γ(3/2, k), γ from Hipparchus' regularised gamma
        for (double k : new double[] {0.3, 1, 20}) {
            Argus a = new Argus(x(0, m0), p("m0", m0), p("c", -k));
            double w = 1 - (m / m0) * (m / m0);
            double gamma = Gamma.regularizedGammaP(1.5, k) * Gamma.gamma(1.5);
            double norm = 0.5 * m0 * m0 * gamma / Math.pow(k, 1.5);
            assertThat(a.density(m))
                    .isCloseTo(m * Math.sqrt(w) * Math.exp(-k * w) / norm, within(1e-12 * a.density(m)));
        }
        // zero above the endpoint when the range extends beyond it
        Argus beyond = new Argus(x(5.2, 5.3), p("m0", 5.289), p("c", -20));
        assertThat(beyond.density(5.295)).isEqualTo(0.0);
    }

    @Test
    void exponentialChebychevBreitWigner() {
        double l = -1.3;
        Exponential e = new Exponential(x(0, 2), p("lambda", l));
        rel(e.density(0.7), l * Math.exp(l * 0.7) / (Math.exp(2 * l) - 1));
        // 1 + 0.3 T1 - 0.2 T2 + 0.1 T3 on [0, 3]: ∫ du = 2 - 0.2 (-2/3), dx/du = 3/2
        Chebychev c = new Chebychev(x(0, 3), List.of(p("c1", 0.3), p("c2", -0.2), p("c3", 0.1)));
        double xv = 2.2;
        double u = 2 * xv / 3 - 1;
        double f = 1 + 0.3 * u - 0.2 * (2 * u * u - 1) + 0.1 * (4 * u * u * u - 3 * u);
        rel(c.density(xv), f / (1.5 * (2 + 0.2 * 2.0 / 3)));
        // Cauchy with FWHM gamma on the symmetric range m ± L
        double mass = 0.775;
        double gamma = 0.149;
        double half = 0.5;
        BreitWigner bw = new BreitWigner(x(mass - half, mass + half), p("m", mass), p("gamma", gamma));
        double cauchy = (gamma / (2 * Math.PI)) / ((0.8 - mass) * (0.8 - mass) + gamma * gamma / 4);
        rel(bw.density(0.8), cauchy / ((2 / Math.PI) * Math.atan(2 * half / gamma)));
    }

    @Test
    void endpointFunctionFollowsThePublishedFormula() {
        double p1 = 1.777;
        double p2 = 0.004;
        double p3 = -0.5;
        double p4 = 0.1;
        double p5 = -0.2;
        EndpointFunction ef = TestPdfs.endpoint(p1, p2, p3, p4, p5);
        double ma = 1.72;
        double mb = 1.79;
        // F(M) = (p3 + p4 M) atan((M - p1)/p2) + p5 M + 1 (ARGUS/Belle II edge fit, arXiv:2305.19116); the
        // normalisation cancels
        double fa = (p3 + p4 * ma) * Math.atan((ma - p1) / p2) + p5 * ma + 1;
        double fb = (p3 + p4 * mb) * Math.atan((mb - p1) / p2) + p5 * mb + 1;
        rel(ef.density(ma) / ef.density(mb), fa / fb);
        // the edge: the density halves its step at M = p1 for p4 = p5 = 0
        EndpointFunction step = TestPdfs.endpoint(p1, 0.001, -0.5, 0, 0);
        double low = step.density(1.70);
        double high = step.density(1.85);
        assertThat(step.density(p1)).isCloseTo(0.5 * (low + high), within(1e-3 * low));
    }

    @Test
    void convolutionOfExponentialIsTheExponentiallyModifiedGaussian() {
        double lambda = 0.8;
        double s = 0.3;
        GaussianConvolution g =
                new GaussianConvolution(new Exponential(x(0, 40), p("lambda", -lambda)), p("bias", 0), p("res", s));
        // EMG(x) = (λ/2) exp((λ/2)(λ s^2 - 2x)) erfc((λ s^2 - x)/(sqrt2 s)); truncating t at 40 costs
        // e^-32 ~ 1e-14 relative; the normalisation cancels in the ratio.
        double x1 = 0.2;
        double x2 = 3.1;
        double e1 = Math.exp(0.5 * lambda * (lambda * s * s - 2 * x1))
                * Erf.erfc((lambda * s * s - x1) / (Math.sqrt(2) * s));
        double e2 = Math.exp(0.5 * lambda * (lambda * s * s - 2 * x2))
                * Erf.erfc((lambda * s * s - x2) / (Math.sqrt(2) * s));
        assertThat(g.density(x1) / g.density(x2)).isCloseTo(e1 / e2, within(1e-10 * e1 / e2));
    }
}
