package io.upsilon.generators.decay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.generators.amplitude.Dirac;
import org.junit.jupiter.api.Test;

/**
 * The gamma* tau-pair spin correlations against an independent calculation: the Dirac trace
 * |M|^2 = L_mu nu Tr[gamma^mu (p2-slash - m)(1 + gamma5 s2-slash)/2 gamma^nu (p1-slash + m)(1 +
 * gamma5 s1-slash)/2] (massless unpolarised beams, L^mu nu = p+^mu p-^nu + p+^nu p-^mu - g^mu nu
 * p+.p-) evaluated with explicit 4x4 matrices ({@link Dirac}), for spin four-vectors s1 (tau-)
 * and s2 (tau+) along the axes k, r, n of {@link TauPairSpinDensity}; C_ij / D = sum over signs
 * a b |M|^2(a e_i, b e_j) / sum |M|^2. Agreement to rounding (1e-10).
 */
class TauPairSpinDensityTest {
    private static double[] identity() {
        double[] g = new double[32];
        for (int i = 0; i < 4; i++) {
            g[8 * i + 2 * i] = 1;
        }
        return g;
    }

    private static double[] plus(double[] a, double[] b, double f) {
        double[] g = new double[32];
        for (int i = 0; i < 32; i++) {
            g[i] = a[i] + f * b[i];
        }
        return g;
    }

    private static double traceRe(double[] a) {
        return a[0] + a[8 + 2] + a[16 + 4] + a[24 + 6];
    }

    /** (1 + gamma5 s-slash)/2 for the spin four-vector s = (x, y, z, t). */
    private static double[] spinProjector(double[] s) {
        double[] gamma5 = new double[32];
        gamma5[0] = -1;
        gamma5[8 + 2] = -1;
        gamma5[16 + 4] = 1;
        gamma5[24 + 6] = 1;
        double[] g5s = Dirac.multiply(gamma5, Dirac.slashMatrix(s, 0));
        return plus(identity(), g5s, 1);
    }

    private static double matrixElement2(
            double[] em, double[] ep, double[] t1, double[] t2, double m, double[] s1, double[] s2) {
        double[] u1 = Dirac.multiply(Dirac.slashMatrix(t1, m), spinProjector(s1));
        double[] v2 = Dirac.multiply(Dirac.slashMatrix(t2, -m), spinProjector(s2));
        double pp = em[3] * ep[3] - em[0] * ep[0] - em[1] * ep[1] - em[2] * ep[2];
        double sum = 0;
        int[] idx = {3, 0, 1, 2}; // Dirac index mu -> (x, y, z, t) component
        for (int mu = 0; mu < 4; mu++) {
            for (int nu = 0; nu < 4; nu++) {
                double lUp = ep[idx[mu]] * em[idx[nu]]
                        + ep[idx[nu]] * em[idx[mu]]
                        - (mu == nu ? (mu == 0 ? 1 : -1) * pp : 0);
                double lower = (mu == 0 ? 1 : -1) * (nu == 0 ? 1 : -1);
                double[] prod = Dirac.multiply(
                        Dirac.multiply(Dirac.multiply(Dirac.gammaMatrix(mu), v2), Dirac.gammaMatrix(nu)), u1);
                sum += lower * lUp * traceRe(prod);
            }
        }
        return sum;
    }

    @Test
    void correlationMatrixMatchesTheDiracTrace() {
        double m = 1.77693;
        for (double beta : new double[] {0.05, 0.5, 0.94, 0.999}) {
            for (double cos : new double[] {-0.8, -0.3, 0.1, 0.6, 0.95}) {
                double sin = Math.sqrt(1 - cos * cos);
                double e = m / Math.sqrt(1 - beta * beta);
                double k = beta * e;
                double[] em = {0, 0, e, e};
                double[] ep = {0, 0, -e, e};
                double[] kHat = {sin, 0, cos};
                double[] t1 = {k * sin, 0, k * cos, e};
                double[] t2 = {-k * sin, 0, -k * cos, e};
                double[] rHat = {-cos, 0, sin}; // (z - cos k)/sin
                double[] nHat = {0, -1, 0}; // k x r
                double[][] minusAxes = {
                    {e / m * kHat[0], 0, e / m * kHat[2], k / m}, {rHat[0], 0, rHat[2], 0}, {0, nHat[1], 0, 0}
                };
                double[][] plusAxes = {
                    {e / m * kHat[0], 0, e / m * kHat[2], -k / m}, {rHat[0], 0, rHat[2], 0}, {0, nHat[1], 0, 0}
                };
                double[] c = new double[9];
                TauPairSpinDensity.normalised(cos, beta, c);
                for (int i = 0; i < 3; i++) {
                    for (int j = 0; j < 3; j++) {
                        double sum = 0;
                        double corr = 0;
                        for (int a = -1; a <= 1; a += 2) {
                            for (int b = -1; b <= 1; b += 2) {
                                double[] s1 = scaled(minusAxes[i], a);
                                double[] s2 = scaled(plusAxes[j], b);
                                double w = matrixElement2(em, ep, t1, t2, m, s1, s2);
                                sum += w;
                                corr += a * b * w;
                            }
                        }
                        assertThat(c[3 * i + j])
                                .as("C_%d%d / D at beta %s, cos %s", i, j, beta, cos)
                                .isCloseTo(corr / sum, within(1e-10));
                    }
                }
            }
        }
    }

    private static double[] scaled(double[] v, double f) {
        return new double[] {f * v[0], f * v[1], f * v[2], f * v[3]};
    }

    @Test
    void weightStaysInZeroToTwoForAllUnitPolarimeters() {
        // the eigenvalues of C / D lie in [-1, 1]: scan (cos, beta) and random unit h-, h+
        io.upsilon.core.random.RandomStream rng = io.upsilon.core.random.RandomStreams.of(5).stream("test");
        double[] c = new double[9];
        double[] a = new double[4];
        double[] b = new double[4];
        double max = 0;
        for (int t = 0; t < 200_000; t++) {
            TauPairSpinDensity.normalised(2 * rng.nextDouble() - 1, rng.nextDouble(), c);
            DecayKinematics.randomDirection(rng, a, 0);
            DecayKinematics.randomDirection(rng, b, 0);
            double w = TauPairSpinDensity.weight(c, a, b);
            assertThat(w).isBetween(-1e-12, 2 + 1e-12);
            max = Math.max(max, w);
        }
        assertThat(max).isGreaterThan(1.95); // the bound is reached (massless limit, aligned spins)
    }
}
