package io.upsilon.generators.amplitude;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.generators.phasespace.NBodyPhaseSpace;
import org.junit.jupiter.api.Test;

/** Amplitudes built with the engine: Born limits, gauge invariance, crossing symmetry. */
class AmplitudeTest {
    private static final double M_MU = 0.1056583755; // PDG 2024 [S] (scikit-hep/particle mass_width_2024.mcd)
    private static final double SQRT_S = 10.58;
    private final RandomStream rng = RandomStreams.of(17).stream("amplitudes");

    /** e-(p1) e+(p2) beams along +-z with massless electrons, written at p[0..7]. */
    private static void beams(double sqrtS, double[] p) {
        double e = sqrtS / 2;
        p[0] = 0;
        p[1] = 0;
        p[2] = e;
        p[3] = e;
        p[4] = 0;
        p[5] = 0;
        p[6] = -e;
        p[7] = e;
    }

    /** Sum over helicities of |[vbar2 gamma^mu u1][ubar3 gamma_mu v4] / s|^2 (massless e, mass m for f). */
    private static double bornHelicitySum(double[] p, double m) {
        double[] u1 = new double[8];
        double[] vb2 = new double[8];
        double[] ub3 = new double[8];
        double[] v4 = new double[8];
        double[] sc = new double[8];
        double[] j = new double[8];
        double[] jj = new double[8];
        double s = (p[3] + p[7]) * (p[3] + p[7]) - sq(p[0] + p[4]) - sq(p[1] + p[5]) - sq(p[2] + p[6]);
        double sum = 0;
        for (int h1 = -1; h1 <= 1; h1 += 2) {
            for (int h2 = -1; h2 <= 1; h2 += 2) {
                Spinors.u(p, 0, 0, h1, u1);
                Spinors.vbar(p, 4, 0, h2, sc, vb2);
                Dirac.current(vb2, u1, j);
                for (int h3 = -1; h3 <= 1; h3 += 2) {
                    for (int h4 = -1; h4 <= 1; h4 += 2) {
                        Spinors.ubar(p, 8, m, h3, sc, ub3);
                        Spinors.v(p, 12, m, h4, v4);
                        Dirac.current(ub3, v4, jj);
                        double re = Dirac.dotRe(j, jj) / s;
                        double im = Dirac.dotIm(j, jj) / s;
                        sum += re * re + im * im;
                    }
                }
            }
        }
        return sum;
    }

    private static double sq(double x) {
        return x * x;
    }

    @Test
    void bornMuonPairReproducesTheAnalyticFormula() {
        // Textbook (differential QED Born cross section): sum |M|^2 = 4 e^4 (2 - beta^2 + beta^2 cos^2 theta)
        // for massless electrons; here without e^4.
        double[] p = new double[16];
        for (int trial = 0; trial < 200; trial++) {
            double sqrtS = trial == 0 ? 2 * M_MU * 1.01 : 0.3 + 12 * rng.nextDouble();
            double m = trial % 3 == 0 ? 0 : M_MU;
            beams(sqrtS, p);
            double c = 2 * rng.nextDouble() - 1;
            double phi = 2 * Math.PI * rng.nextDouble();
            double e = sqrtS / 2;
            double pm = Math.sqrt(e * e - m * m);
            double sn = Math.sqrt(1 - c * c);
            double[] n = {sn * Math.cos(phi), sn * Math.sin(phi), c};
            for (int i = 0; i < 3; i++) {
                p[8 + i] = pm * n[i];
                p[12 + i] = -pm * n[i];
            }
            p[11] = e;
            p[15] = e;
            double beta2 = 1 - 4 * m * m / (sqrtS * sqrtS);
            double expected = 4 * (2 - beta2 + beta2 * c * c);
            assertThat(bornHelicitySum(p, m)).isCloseTo(expected, within(1e-12 * expected));
        }
    }

    /** A random e+e- -> f fbar V point at sqrt(s) = 10.58 from flat phase space (p layout of EeFfVectorAmplitude). */
    private double[] randomThreeBody(double m, double mV) {
        NBodyPhaseSpace ps = new NBodyPhaseSpace(SQRT_S, m, m, mV);
        double[] out = new double[12];
        ps.generate(rng, out);
        // A random orientation of the beam axis with respect to the generated event.
        double c = 2 * rng.nextDouble() - 1;
        double phi = 2 * Math.PI * rng.nextDouble();
        double sn = Math.sqrt(1 - c * c);
        double e = SQRT_S / 2;
        double[] p = new double[20];
        p[0] = e * sn * Math.cos(phi);
        p[1] = e * sn * Math.sin(phi);
        p[2] = e * c;
        p[3] = e;
        p[4] = -p[0];
        p[5] = -p[1];
        p[6] = -p[2];
        p[7] = e;
        System.arraycopy(out, 0, p, 8, 12);
        return p;
    }

    @Test
    void photonRadiationIsGaugeInvariant() {
        // e+e- -> mu+ mu- gamma with the four diagrams (ISR + FSR), and each gauge-invariant subset alone:
        // with eps -> k every helicity amplitude vanishes.
        double[][] couplings = {{1, 1}, {1, 0}, {0, 1}};
        double[] amp = new double[2];
        double[] epsK = new double[8];
        double[] eps = new double[8];
        for (double[] g : couplings) {
            EeFfVectorAmplitude a = new EeFfVectorAmplitude(M_MU, 0, g[0], g[1]);
            for (int trial = 0; trial < 100; trial++) {
                double[] p = randomThreeBody(M_MU, 0);
                Dirac.toComplex(p, 16, epsK);
                for (int h1 = -1; h1 <= 1; h1 += 2) {
                    for (int h3 = -1; h3 <= 1; h3 += 2) {
                        for (int h4 = -1; h4 <= 1; h4 += 2) {
                            double scale = 0;
                            for (int l = -1; l <= 1; l += 2) {
                                Polarizations.epsilonOutgoing(p, 16, 0, l, eps);
                                a.amplitude(p, h1, h3, h4, eps, amp);
                                scale = Math.max(scale, Math.hypot(amp[0], amp[1]));
                            }
                            a.amplitude(p, h1, h3, h4, epsK, amp);
                            // relative to the physical amplitudes times the photon energy (eps ~ 1, k ~ E_k)
                            double rel = Math.hypot(amp[0], amp[1]) / (p[19] * Math.max(scale, 1e-300));
                            assertThat(rel).isLessThan(1e-12);
                        }
                    }
                }
            }
        }
    }

    @Test
    void zPrimeLongitudinalTermDoesNotContribute() {
        // Massive Z' radiated from the muons (vector coupling): the amplitude with eps -> k vanishes, so
        // the k k / M^2 term of the polarisation sum gives nothing, and the explicit three-helicity sum
        // equals the -g contraction. Check both: eps -> k, and sum over 3 helicities == sum with the
        // -g^{mu nu} "polarisation sum" computed from the four unit vectors (metric-weighted).
        double[] amp = new double[2];
        double[] epsK = new double[8];
        double[] unit = new double[8];
        for (double mass : new double[] {0.01, 1.0, 5.0, 9.0}) {
            EeFfVectorAmplitude a = new EeFfVectorAmplitude(M_MU, mass, 0, 1);
            for (int trial = 0; trial < 50; trial++) {
                double[] p = randomThreeBody(M_MU, mass);
                Dirac.toComplex(p, 16, epsK);
                double explicit = a.summedSquared(p);
                double minusG = 0;
                double kTerm = 0;
                for (int h1 = -1; h1 <= 1; h1 += 2) {
                    for (int h3 = -1; h3 <= 1; h3 += 2) {
                        for (int h4 = -1; h4 <= 1; h4 += 2) {
                            a.amplitude(p, h1, h3, h4, epsK, amp);
                            kTerm += amp[0] * amp[0] + amp[1] * amp[1];
                            // -g_{mu nu} M^mu M^nu* = -|M^0|^2 + sum_i |M^i|^2
                            for (int mu = 0; mu < 4; mu++) {
                                java.util.Arrays.fill(unit, 0);
                                unit[2 * mu] = 1;
                                a.amplitude(p, h1, h3, h4, unit, amp);
                                double sign = mu == 0 ? -1 : 1;
                                minusG += sign * (amp[0] * amp[0] + amp[1] * amp[1]);
                            }
                        }
                    }
                }
                assertThat(minusG).isCloseTo(explicit, within(1e-11 * explicit));
                // |M(k)|^2 / M^2 is the size of the k k / M^2 term: zero to rounding.
                assertThat(kTerm / (mass * mass)).isLessThan(1e-20 * explicit);
            }
        }
    }

    /** Tr[(p2-slash) gamma^mu (p1-slash) gamma^nu] Tr[(p3-slash + m) gamma_mu (p4-slash - m) gamma_nu] / s^2. */
    private static double bornTrace(double[] p1, double[] p2, double[] p3, double[] p4, double m) {
        double[][] g = new double[4][];
        for (int mu = 0; mu < 4; mu++) {
            g[mu] = Dirac.gammaMatrix(mu);
        }
        double[] e1 = Dirac.slashMatrix(p1, 0);
        double[] e2 = Dirac.slashMatrix(p2, 0);
        double[] f3 = Dirac.slashMatrix(p3, m);
        double[] f4 = Dirac.slashMatrix(p4, -m);
        double sum = 0;
        for (int mu = 0; mu < 4; mu++) {
            for (int nu = 0; nu < 4; nu++) {
                double[] le = Dirac.multiply(Dirac.multiply(Dirac.multiply(e2, g[mu]), e1), g[nu]);
                double[] lf = Dirac.multiply(Dirac.multiply(Dirac.multiply(f3, g[mu]), f4), g[nu]);
                double tre = 0;
                double tim = 0;
                double trf = 0;
                double tif = 0;
                for (int i = 0; i < 4; i++) {
                    tre += le[8 * i + 2 * i];
                    tim += le[8 * i + 2 * i + 1];
                    trf += lf[8 * i + 2 * i];
                    tif += lf[8 * i + 2 * i + 1];
                }
                double metric = (mu == 0 ? 1 : -1) * (nu == 0 ? 1 : -1);
                sum += metric * (tre * trf - tim * tif);
            }
        }
        double[] q = {p1[0] + p2[0], p1[1] + p2[1], p1[2] + p2[2], p1[3] + p2[3]};
        double s = q[3] * q[3] - q[0] * q[0] - q[1] * q[1] - q[2] * q[2];
        return sum / (s * s);
    }

    private static double[] slice(double[] p, int off) {
        return new double[] {p[off], p[off + 1], p[off + 2], p[off + 3]};
    }

    private static double[] neg(double[] p) {
        return new double[] {-p[0], -p[1], -p[2], -p[3]};
    }

    @Test
    void crossingSymmetryMuonPairToElectronMuonScattering() {
        // The spin-summed e+e- -> mu+mu- |M|^2, as a function of the momenta (trace form, checked
        // against the helicity sum at physical points), continued to p2 = -k3, p4 = -k2, equals the
        // helicity sum of e-(k1) mu-(k2) -> e-(k3) mu-(k4) computed with spinors (two fermions crossed:
        // sign (+1)).
        double[] p = new double[16];
        double[] u1 = new double[8];
        double[] u2 = new double[8];
        double[] ub3 = new double[8];
        double[] ub4 = new double[8];
        double[] sc = new double[8];
        double[] j = new double[8];
        double[] jj = new double[8];
        for (int trial = 0; trial < 20; trial++) {
            // physical e+e- -> mu+mu- point: trace form == helicity sum
            double[] k = randomThreeBody(M_MU, 0.0); // reuse: take a random direction from it
            beams(SQRT_S, p);
            double e = SQRT_S / 2;
            double pm = Math.sqrt(e * e - M_MU * M_MU);
            double kn = Math.sqrt(k[8] * k[8] + k[9] * k[9] + k[10] * k[10]);
            for (int i = 0; i < 3; i++) {
                p[8 + i] = pm * k[8 + i] / kn;
                p[12 + i] = -p[8 + i];
            }
            p[11] = e;
            p[15] = e;
            double trace = bornTrace(slice(p, 0), slice(p, 4), slice(p, 8), slice(p, 12), M_MU);
            assertThat(trace).isCloseTo(bornHelicitySum(p, M_MU), within(1e-12 * Math.abs(trace)));

            // physical e- mu- -> e- mu- point in its CM frame (massless e, massive mu)
            double w = 3 + 8 * rng.nextDouble();
            double pcm = (w * w - M_MU * M_MU) / (2 * w);
            double c = 2 * rng.nextDouble() - 1;
            double phi = 2 * Math.PI * rng.nextDouble();
            double sn = Math.sqrt(1 - c * c);
            double[] k1 = {0, 0, pcm, pcm};
            double emu = Math.sqrt(pcm * pcm + M_MU * M_MU);
            double[] k2 = {0, 0, -pcm, emu};
            double[] k3 = {pcm * sn * Math.cos(phi), pcm * sn * Math.sin(phi), pcm * c, pcm};
            double[] k4 = {-k3[0], -k3[1], -k3[2], emu};
            double[] q = new double[16];
            System.arraycopy(k1, 0, q, 0, 4);
            System.arraycopy(k2, 0, q, 4, 4);
            System.arraycopy(k3, 0, q, 8, 4);
            System.arraycopy(k4, 0, q, 12, 4);
            double t = sq(k1[3] - k3[3]) - sq(k1[0] - k3[0]) - sq(k1[1] - k3[1]) - sq(k1[2] - k3[2]);
            double sum = 0;
            for (int h1 = -1; h1 <= 1; h1 += 2) {
                for (int h2 = -1; h2 <= 1; h2 += 2) {
                    for (int h3 = -1; h3 <= 1; h3 += 2) {
                        for (int h4 = -1; h4 <= 1; h4 += 2) {
                            Spinors.u(q, 0, 0, h1, u1);
                            Spinors.u(q, 4, M_MU, h2, u2);
                            Spinors.ubar(q, 8, 0, h3, sc, ub3);
                            Spinors.ubar(q, 12, M_MU, h4, sc, ub4);
                            Dirac.current(ub3, u1, j);
                            Dirac.current(ub4, u2, jj);
                            double re = Dirac.dotRe(j, jj) / t;
                            double im = Dirac.dotIm(j, jj) / t;
                            sum += re * re + im * im;
                        }
                    }
                }
            }
            double crossed = bornTrace(k1, neg(k3), k4, neg(k2), M_MU);
            assertThat(crossed).isCloseTo(sum, within(1e-11 * sum));
        }
    }
}
