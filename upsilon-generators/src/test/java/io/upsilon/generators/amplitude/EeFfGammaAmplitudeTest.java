package io.upsilon.generators.amplitude;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.kinematics.Boost;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

/**
 * e+e- -&gt; f fbar gamma: Ward identity, soft-photon limit (each of ISR, FSR and interference
 * against its eikonal factor), the collinear ISR limit against the splitting function, the massless
 * closed formula of Berends et al., and the C-odd interference.
 */
class EeFfGammaAmplitudeTest {
    private static final double M_E = 0.51099895e-3; // PDG 2024
    private static final double M_MU = 0.1056583755; // PDG 2024
    private static final double SQRT_S = 10.58;

    /**
     * An exact e+e- -&gt; f fbar gamma point in the CM frame: beams along +-z (mass me), photon of
     * energy omega along (cosK, phiK), f at (cosStar, phiStar) in the f fbar rest frame, boosted
     * against the photon. Layout of {@link EeFfGammaAmplitude}.
     */
    static double[] point(
            double me, double mf, double omega, double cosK, double phiK, double cosStar, double phiStar) {
        double[] p = new double[20];
        double e = SQRT_S / 2;
        double pz = Math.sqrt((e - me) * (e + me));
        p[2] = pz;
        p[3] = e;
        p[6] = -pz;
        p[7] = e;
        double sk = Math.sqrt((1 - cosK) * (1 + cosK));
        p[16] = omega * sk * Math.cos(phiK);
        p[17] = omega * sk * Math.sin(phiK);
        p[18] = omega * cosK;
        p[19] = omega;
        double eq = SQRT_S - omega;
        double m2 = SQRT_S * SQRT_S - 2 * SQRT_S * omega;
        double half = 0.5 * Math.sqrt(m2);
        double a = Math.sqrt((half - mf) * (half + mf));
        double ss = Math.sqrt((1 - cosStar) * (1 + cosStar));
        p[8] = a * ss * Math.cos(phiStar);
        p[9] = a * ss * Math.sin(phiStar);
        p[10] = a * cosStar;
        p[11] = half;
        p[12] = -p[8];
        p[13] = -p[9];
        p[14] = -p[10];
        p[15] = half;
        Boost.apply(-p[16] / eq, -p[17] / eq, -p[18] / eq, p, 8);
        Boost.apply(-p[16] / eq, -p[17] / eq, -p[18] / eq, p, 12);
        return p;
    }

    private static double dot(double[] p, int i, int j) {
        return p[i + 3] * p[j + 3] - p[i] * p[j] - p[i + 1] * p[j + 1] - p[i + 2] * p[j + 2];
    }

    /**
     * Born e+e- -&gt; f fbar, helicity sum / e^4 (|Q_e Q_f| = 1), masses kept, from the traces
     * (Peskin and Schroeder sect. 5.1, eq. 5.10, with the electron-mass terms of the same trace):
     * 32/s^2 [(p1.p3)(p2.p4) + (p1.p4)(p2.p3) + m_f^2 p1.p2 + m_e^2 p3.p4 + 2 m_e^2 m_f^2].
     */
    private static double born(double[] p, double me, double mf) {
        double s = 2 * dot(p, 0, 4) + 2 * me * me;
        return 32
                / (s * s)
                * (dot(p, 0, 8) * dot(p, 4, 12)
                        + dot(p, 0, 12) * dot(p, 4, 8)
                        + mf * mf * dot(p, 0, 4)
                        + me * me * dot(p, 8, 12)
                        + 2 * me * me * mf * mf);
    }

    @Test
    void wardIdentityHoldsForIsrAndFsrSeparately() {
        RandomStream rng = RandomStreams.of(41).stream("test/ward");
        for (double me : new double[] {0, M_E}) {
            EeFfGammaAmplitude amp = new EeFfGammaAmplitude(me, M_MU, -1);
            double[] out = new double[4];
            double[] eps = new double[8];
            double[] k = new double[8];
            for (int n = 0; n < 50; n++) {
                double[] p = point(
                        me,
                        M_MU,
                        0.2 + 4 * rng.nextDouble(),
                        0.9 * (2 * rng.nextDouble() - 1),
                        6.28 * rng.nextDouble(),
                        2 * rng.nextDouble() - 1,
                        6.28 * rng.nextDouble());
                Dirac.toComplex(p, 16, k);
                Polarizations.epsilonOutgoing(p, 16, 0, 1, eps);
                for (int h = 0; h < 16; h++) {
                    int h1 = (h & 1) == 0 ? -1 : 1;
                    int h2 = (h & 2) == 0 ? -1 : 1;
                    int h3 = (h & 4) == 0 ? -1 : 1;
                    int h4 = (h & 8) == 0 ? -1 : 1;
                    if (me == 0 && h2 != -h1) {
                        continue;
                    }
                    amp.amplitudes(p, h1, h2, h3, h4, eps, out);
                    double scale = Math.hypot(out[0], out[1]) + Math.hypot(out[2], out[3]);
                    amp.amplitudes(p, h1, h2, h3, h4, k, out);
                    // the photon factor k has |k| ~ omega where eps has 1: compare at the same scale;
                    // massive electrons are on shell only to eps E^2/m_e^2 ~ 2e-8 in doubles
                    double tol = (me == 0 ? 1e-12 : 1e-7) * Math.max(scale, 1e-6) * p[19];
                    assertThat(Math.hypot(out[0], out[1])).isLessThan(tol);
                    assertThat(Math.hypot(out[2], out[3])).isLessThan(tol);
                }
            }
        }
    }

    @Test
    void softPhotonLimitIsTheEikonalFactorTimesTheBornPartByPart() {
        // omega = 1e-4 GeV: corrections O(omega / E) ~ 2e-5 (recoil, the non-eikonal terms);
        // tolerance 1e-3 of the summed eikonal factor.
        RandomStream rng = RandomStreams.of(42).stream("test/soft");
        EeFfGammaAmplitude amp = new EeFfGammaAmplitude(M_E, M_MU, -1);
        double omega = 1e-4;
        for (int n = 0; n < 50; n++) {
            double[] p = point(
                    M_E,
                    M_MU,
                    omega,
                    0.95 * (2 * rng.nextDouble() - 1),
                    6.28 * rng.nextDouble(),
                    0.95 * (2 * rng.nextDouble() - 1),
                    6.28 * rng.nextDouble());
            // soft current / e: J = sum_out Q p/(p.k) - sum_in Q p/(p.k), antiparticles with -Q
            double[] jIn = new double[4];
            double[] jOut = new double[4];
            double k1 = dot(p, 0, 16);
            double k2 = dot(p, 4, 16);
            double k3 = dot(p, 8, 16);
            double k4 = dot(p, 12, 16);
            for (int c = 0; c < 4; c++) {
                jIn[c] = p[c] / k1 - p[4 + c] / k2; // e- (Q = -1) and e+ (+1), incoming
                jOut[c] = -p[8 + c] / k3 + p[12 + c] / k4; // mu- (-1) and mu+ (+1), outgoing
            }
            double b = born(p, M_E, M_MU);
            double isr = -minkowski(jIn, jIn) * b;
            double fsr = -minkowski(jOut, jOut) * b;
            double interference = -2 * minkowski(jIn, jOut) * b;
            double[] parts = amp.summedParts(p);
            double tol = 1e-3 * (isr + fsr);
            assertThat(parts[EeFfGammaAmplitude.ISR]).isCloseTo(isr, within(tol));
            assertThat(parts[EeFfGammaAmplitude.FSR]).isCloseTo(fsr, within(tol));
            assertThat(parts[EeFfGammaAmplitude.INTERFERENCE]).isCloseTo(interference, within(tol));
        }
    }

    private static double minkowski(double[] a, double[] b) {
        return a[3] * b[3] - a[0] * b[0] - a[1] * b[1] - a[2] * b[2];
    }

    @Test
    void collinearIsrIsTheSplittingFunctionTimesTheReducedBorn() {
        // Massless electrons, photon at 1e-4 rad to the e-: sum|M|^2 -> e^2/(p1.k) (1/x) (1 + x^2)/(1 - x)
        // sum|M_Born(x p1, p2)|^2 (the initial-state q -> q gamma limit: S. Catani and M. H. Seymour,
        // Nucl. Phys. B 485 (1997) 291, eq. 5.145 with C_F alpha_s -> alpha); corrections O(theta).
        EeFfGammaAmplitude amp = new EeFfGammaAmplitude(0, M_MU, -1);
        double theta = 1e-4;
        for (double x : new double[] {0.3, 0.6, 0.9}) {
            for (double cosStar : new double[] {-0.7, 0.1, 0.8}) {
                double omega = (1 - x) * SQRT_S / 2;
                double[] p = point(0, M_MU, omega, Math.cos(theta), 0.4, cosStar, 1.1);
                double[] reduced = p.clone();
                for (int c = 0; c < 4; c++) {
                    reduced[c] = x * p[c];
                }
                double expected = 1 / dot(p, 0, 16) / x * (1 + x * x) / (1 - x) * born(reduced, 0, M_MU);
                assertThat(amp.summedSquared(p)).isCloseTo(expected, within(1e-3 * expected));
            }
        }
    }

    @Test
    void masslessLimitIsTheClosedFormulaOfBerendsEtAl() {
        // F. A. Berends, R. Kleiss, P. De Causmaecker, R. Gastmans, W. Troost and T. T. Wu, Phys. Lett.
        // B 103 (1981) 124 (massless e+e- -> mu+mu- gamma, pure QED) [R: recalled form], with
        // p+ = e+, p- = e-, q+ = mu+, q- = mu-:
        //   sum|M|^2/e^6 = 4 (t^2 + t'^2 + u^2 + u'^2)/(s s') [ s/(p+.k p-.k) + s'/(q+.k q-.k)
        //       - t/(p+.k q+.k) - t'/(p-.k q-.k) + u/(p+.k q-.k) + u'/(p-.k q+.k) ],
        //   t = (p+ - q+)^2, t' = (p- - q-)^2, u = (p+ - q-)^2, u' = (p- - q+)^2.
        // The factor 4 is fixed by the soft limit (the bracket -> the eikonal factor, the prefactor ->
        // the Born sum 8 (t^2 + u^2)/s^2); the hard points test the rest of the formula.
        RandomStream rng = RandomStreams.of(43).stream("test/massless");
        EeFfGammaAmplitude amp = new EeFfGammaAmplitude(0, 0, -1);
        for (int n = 0; n < 100; n++) {
            double[] p = point(
                    0,
                    0,
                    0.3 + 4 * rng.nextDouble(),
                    0.9 * (2 * rng.nextDouble() - 1),
                    6.28 * rng.nextDouble(),
                    0.9 * (2 * rng.nextDouble() - 1),
                    6.28 * rng.nextDouble());
            double s = 2 * dot(p, 0, 4);
            double sp = 2 * dot(p, 8, 12);
            double t = -2 * dot(p, 4, 12);
            double tp = -2 * dot(p, 0, 8);
            double u = -2 * dot(p, 4, 8);
            double up = -2 * dot(p, 0, 12);
            double kp = dot(p, 4, 16);
            double km = dot(p, 0, 16);
            double qp = dot(p, 12, 16);
            double qm = dot(p, 8, 16);
            double bracket =
                    s / (kp * km) + sp / (qp * qm) - t / (kp * qp) - tp / (km * qm) + u / (kp * qm) + up / (km * qp);
            double expected = 4 * (t * t + tp * tp + u * u + up * up) / (s * sp) * bracket;
            assertThat(amp.summedSquared(p)).isCloseTo(expected, within(1e-9 * expected));
        }
    }

    @Test
    void interferenceIsOddUnderChargeConjugation() {
        // Swapping f and fbar momenta (C) leaves the ISR and FSR parts and flips the interference.
        RandomStream rng = RandomStreams.of(44).stream("test/c-odd");
        EeFfGammaAmplitude amp = new EeFfGammaAmplitude(M_E, M_MU, -1);
        for (int n = 0; n < 30; n++) {
            double[] p = point(
                    M_E,
                    M_MU,
                    0.3 + 4 * rng.nextDouble(),
                    0.9 * (2 * rng.nextDouble() - 1),
                    6.28 * rng.nextDouble(),
                    2 * rng.nextDouble() - 1,
                    6.28 * rng.nextDouble());
            double[] a = amp.summedParts(p).clone();
            double[] swapped = p.clone();
            System.arraycopy(p, 8, swapped, 12, 4);
            System.arraycopy(p, 12, swapped, 8, 4);
            double[] b = amp.summedParts(swapped).clone();
            double scale = a[0] + a[1];
            assertThat(b[0]).isCloseTo(a[0], within(1e-9 * scale));
            assertThat(b[1]).isCloseTo(a[1], within(1e-9 * scale));
            assertThat(b[2]).isCloseTo(-a[2], within(1e-9 * scale));
        }
    }

    @Test
    void propagatorDressingScalesIsrAndFsrByTheirOwnFactors() {
        // ISR x |d_isr|^2, FSR x |d_fsr|^2; with equal phases the interference x |d_isr| |d_fsr|.
        EeFfGammaAmplitude amp = new EeFfGammaAmplitude(M_E, M_MU, -1);
        double[] p = point(M_E, M_MU, 1.3, 0.4, 0.2, -0.3, 2.0);
        double[] bare = amp.summedParts(p).clone();
        double[] dressed = amp.summedParts(
                        p, 1.07 * Math.cos(0.3), 1.07 * Math.sin(0.3), 1.04 * Math.cos(0.3), 1.04 * Math.sin(0.3))
                .clone();
        assertThat(dressed[0]).isCloseTo(1.07 * 1.07 * bare[0], within(1e-12 * bare[0]));
        assertThat(dressed[1]).isCloseTo(1.04 * 1.04 * bare[1], within(1e-12 * bare[1]));
        assertThat(dressed[2]).isCloseTo(1.07 * 1.04 * bare[2], within(1e-12 * (bare[0] + bare[1])));
    }
}
