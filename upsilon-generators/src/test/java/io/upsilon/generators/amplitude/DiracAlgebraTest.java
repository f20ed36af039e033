package io.upsilon.generators.amplitude;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

/** The spinors, gamma matrices and polarisation vectors satisfy their defining identities. */
class DiracAlgebraTest {
    private final RandomStream rng = RandomStreams.of(5).stream("dirac");

    private double[] randomMomentum(double scale) {
        return new double[] {
            scale * (2 * rng.nextDouble() - 1),
            scale * (2 * rng.nextDouble() - 1),
            scale * (2 * rng.nextDouble() - 1),
            0
        };
    }

    private static void onShell(double[] p, double m) {
        p[3] = Math.sqrt(p[0] * p[0] + p[1] * p[1] + p[2] * p[2] + m * m);
    }

    private static double norm(double[] a) {
        double s = 0;
        for (double x : a) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    @Test
    void cliffordAlgebra() {
        // {gamma^mu, gamma^nu} = 2 g^{mu nu}
        for (int mu = 0; mu < 4; mu++) {
            for (int nu = 0; nu < 4; nu++) {
                double[] a = Dirac.gammaMatrix(mu);
                double[] b = Dirac.gammaMatrix(nu);
                double[] ab = Dirac.multiply(a, b);
                double[] ba = Dirac.multiply(b, a);
                double g = mu != nu ? 0 : (mu == 0 ? 2 : -2);
                for (int i = 0; i < 4; i++) {
                    for (int k = 0; k < 4; k++) {
                        double re = ab[8 * i + 2 * k] + ba[8 * i + 2 * k];
                        double im = ab[8 * i + 2 * k + 1] + ba[8 * i + 2 * k + 1];
                        assertThat(re).isCloseTo(i == k ? g : 0, within(1e-15));
                        assertThat(im).isCloseTo(0, within(1e-15));
                    }
                }
            }
        }
    }

    @Test
    void diracEquationNormalisationAndCompleteness() {
        double[] masses = {0, 0.000511, 0.1056583755, 1.77693, 5.0};
        double[] out = new double[8];
        double[] sp = new double[8];
        double[] bar = new double[8];
        double[] scratch = new double[8];
        for (double m : masses) {
            for (int trial = 0; trial < 50; trial++) {
                double[] p = randomMomentum(trial == 0 ? 0 : 6);
                if (trial == 1) {
                    p[0] = 0;
                    p[1] = 0;
                    p[2] = -3; // along -z: the azimuth is undefined
                }
                onShell(p, m);
                double scale = p[3] + m;
                double[] sumU = new double[32];
                double[] sumV = new double[32];
                for (int h = -1; h <= 1; h += 2) {
                    Spinors.u(p, 0, m, h, sp);
                    Dirac.slashPlusMass(p, 0, -m, sp, out); // (p-slash - m) u = 0
                    assertThat(norm(out)).isLessThanOrEqualTo(1e-13 * scale * Math.max(1, Math.sqrt(scale)));
                    Spinors.ubar(p, 0, m, h, scratch, bar);
                    assertThat(Dirac.scalarRe(bar, sp)).isCloseTo(2 * m, within(1e-13 * scale));
                    add(sumU, Dirac.outer(sp, bar));
                    Spinors.v(p, 0, m, h, sp);
                    Dirac.slashPlusMass(p, 0, m, sp, out); // (p-slash + m) v = 0
                    assertThat(norm(out)).isLessThanOrEqualTo(1e-13 * scale * Math.max(1, Math.sqrt(scale)));
                    Spinors.vbar(p, 0, m, h, scratch, bar);
                    assertThat(Dirac.scalarRe(bar, sp)).isCloseTo(-2 * m, within(1e-13 * scale));
                    add(sumV, Dirac.outer(sp, bar));
                }
                double[] plus = Dirac.slashMatrix(p, m);
                double[] minus = Dirac.slashMatrix(p, -m);
                for (int i = 0; i < 32; i++) {
                    assertThat(sumU[i]).isCloseTo(plus[i], within(1e-13 * scale));
                    assertThat(sumV[i]).isCloseTo(minus[i], within(1e-13 * scale));
                }
            }
        }
    }

    @Test
    void helicityEigenstates() {
        // Massless u(p, h) is chiral: h = -1 lives in the left-handed (upper) block only.
        double[] p = {1.0, -2.0, 0.5, 0};
        onShell(p, 0);
        double[] sp = new double[8];
        Spinors.u(p, 0, 0, -1, sp);
        assertThat(Math.hypot(sp[4], sp[5]) + Math.hypot(sp[6], sp[7])).isZero();
        Spinors.u(p, 0, 0, 1, sp);
        assertThat(Math.hypot(sp[0], sp[1]) + Math.hypot(sp[2], sp[3])).isZero();
        // Spin projection on p: (Sigma.p_hat) u_upper = h u_upper for massive spinors too.
        double m = 1.3;
        onShell(p, m);
        double a = Math.sqrt(p[0] * p[0] + p[1] * p[1] + p[2] * p[2]);
        for (int h = -1; h <= 1; h += 2) {
            Spinors.u(p, 0, m, h, sp);
            // sigma.p on (x0, x1): (pz x0 + (px - i py) x1, (px + i py) x0 - pz x1)
            double r0 = (p[2] * sp[0] + p[0] * sp[2] + p[1] * sp[3]) / a;
            double i0 = (p[2] * sp[1] + p[0] * sp[3] - p[1] * sp[2]) / a;
            assertThat(r0).isCloseTo(h * sp[0], within(1e-14));
            assertThat(i0).isCloseTo(h * sp[1], within(1e-14));
        }
    }

    @Test
    void polarisationVectors() {
        double[] eps = new double[8];
        double[] epsB = new double[8];
        for (double mass : new double[] {0, 0.5, 3}) {
            for (int trial = 0; trial < 30; trial++) {
                double[] k = randomMomentum(4);
                onShell(k, mass);
                int[] hel = mass > 0 ? new int[] {-1, 0, 1} : new int[] {-1, 1};
                double[] sum = new double[16]; // sum eps^mu eps^nu* (real part; imaginary part must cancel)
                double[] sumIm = new double[16];
                for (int l : hel) {
                    Polarizations.epsilon(k, 0, mass, l, eps);
                    Polarizations.epsilonOutgoing(k, 0, mass, l, epsB);
                    // transversality and normalisation: k.eps = 0, eps.eps* = -1
                    assertThat(Dirac.dotRealRe(eps, k, 0)).isCloseTo(0, within(1e-13 * k[3]));
                    assertThat(Dirac.dotRealIm(eps, k, 0)).isCloseTo(0, within(1e-13 * k[3]));
                    assertThat(Dirac.dotRe(eps, epsB))
                            .isCloseTo(-1, within(1e-13 * k[3] * k[3] / Math.max(1e-9, mass * mass + 1)));
                    for (int mu = 0; mu < 4; mu++) {
                        for (int nu = 0; nu < 4; nu++) {
                            sum[4 * mu + nu] += eps[2 * mu] * epsB[2 * nu] - eps[2 * mu + 1] * epsB[2 * nu + 1];
                            sumIm[4 * mu + nu] += eps[2 * mu] * epsB[2 * nu + 1] + eps[2 * mu + 1] * epsB[2 * nu];
                        }
                    }
                }
                if (mass > 0) {
                    // -g^{mu nu} + k^mu k^nu / M^2, components (t, x, y, z)
                    double[] kc = {k[3], k[0], k[1], k[2]};
                    for (int mu = 0; mu < 4; mu++) {
                        for (int nu = 0; nu < 4; nu++) {
                            double g = mu != nu ? 0 : (mu == 0 ? 1 : -1);
                            double expected = -g + kc[mu] * kc[nu] / (mass * mass);
                            double tol = 1e-12 * (1 + kc[0] * kc[0] / (mass * mass));
                            assertThat(sum[4 * mu + nu]).isCloseTo(expected, within(tol));
                            assertThat(sumIm[4 * mu + nu]).isCloseTo(0, within(tol));
                        }
                    }
                }
            }
        }
    }

    private static void add(double[] acc, double[] m) {
        for (int i = 0; i < acc.length; i++) {
            acc[i] += m[i];
        }
    }
}
