package io.upsilon.generators.amplitude;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

/**
 * Radiative Bhabha scattering e+e- -&gt; e+e- gamma: Ward identity diagram group by group, the soft
 * limit against the eikonal factor times the Bhabha Born, the massless closed formula of Berends et
 * al., charge-conjugation and rotation symmetry.
 */
class EeEeGammaAmplitudeTest {
    private static final double M_E = 0.51099895e-3; // PDG 2024

    private static double[] randomPoint(RandomStream rng, double me, double omegaMin, double omegaSpan) {
        return EeFfGammaAmplitudeTest.point(
                me,
                me,
                omegaMin + omegaSpan * rng.nextDouble(),
                0.9 * (2 * rng.nextDouble() - 1),
                6.28 * rng.nextDouble(),
                0.9 * (2 * rng.nextDouble() - 1),
                6.28 * rng.nextDouble());
    }

    private static double dot(double[] p, int i, int j) {
        return p[i + 3] * p[j + 3] - p[i] * p[j] - p[i + 1] * p[j + 1] - p[i + 2] * p[j + 2];
    }

    private static double minkowski(double[] a, double[] b) {
        return a[3] * b[3] - a[0] * b[0] - a[1] * b[1] - a[2] * b[2];
    }

    @Test
    void wardIdentityHoldsForEachEmissionPair() {
        RandomStream rng = RandomStreams.of(51).stream("test/ward");
        for (double me : new double[] {0, M_E}) {
            EeEeGammaAmplitude amp = new EeEeGammaAmplitude(me);
            double[] out = new double[8];
            double[] eps = new double[8];
            double[] k = new double[8];
            for (int n = 0; n < 40; n++) {
                double[] p = randomPoint(rng, me, 0.2, 4);
                Dirac.toComplex(p, 16, k);
                Polarizations.epsilonOutgoing(p, 16, 0, 1, eps);
                for (int h = 0; h < 16; h++) {
                    int h1 = (h & 1) == 0 ? -1 : 1;
                    int h2 = (h & 2) == 0 ? -1 : 1;
                    int h3 = (h & 4) == 0 ? -1 : 1;
                    int h4 = (h & 8) == 0 ? -1 : 1;
                    amp.amplitude(p, h1, h2, h3, h4, eps, out);
                    double scale = 0;
                    for (int g = 0; g < 4; g++) {
                        scale += Math.hypot(out[2 * g], out[2 * g + 1]);
                    }
                    amp.amplitude(p, h1, h2, h3, h4, k, out);
                    // k has |k| ~ omega where eps has 1; massive spinors are on shell only to
                    // eps E^2/m_e^2 ~ 2e-8 in doubles (as in EeFfGammaAmplitudeTest)
                    double tol = (me == 0 ? 1e-12 : 1e-7) * Math.max(scale, 1e-6) * p[19];
                    for (int g = 0; g < 4; g++) {
                        assertThat(Math.hypot(out[2 * g], out[2 * g + 1])).isLessThan(tol);
                    }
                }
            }
        }
    }

    /**
     * Bhabha Born, helicity sum / e^4 (massless: m_e^2/|t| &lt; 1e-7 at these angles): 8 [(s^2 +
     * u^2)/t^2 + 2 u^2/(s t) + (u^2 + t^2)/s^2], t = (p1 - p3)^2, u = (p1 - p4)^2 (Peskin and
     * Schroeder problem 5.2; the form of {@code BhabhaBornGenerator}).
     */
    private static double bhabhaBorn(double[] p) {
        double s = 2 * dot(p, 0, 4);
        double t = -2 * dot(p, 0, 8);
        double u = -2 * dot(p, 0, 12);
        return 8 * ((s * s + u * u) / (t * t) + 2 * u * u / (s * t) + (u * u + t * t) / (s * s));
    }

    @Test
    void softPhotonLimitIsTheEikonalFactorTimesTheBhabhaBorn() {
        // omega = 1e-4 GeV: non-eikonal corrections O(omega / E) ~ 2e-5 relative; tolerance 1e-3.
        // The Born's s-t interference term 2u^2/(st) fixes the relative sign of the two channels.
        RandomStream rng = RandomStreams.of(52).stream("test/soft");
        EeEeGammaAmplitude amp = new EeEeGammaAmplitude(M_E);
        for (int n = 0; n < 50; n++) {
            double[] p = randomPoint(rng, M_E, 1e-4, 0);
            double[] j = new double[4];
            double k1 = dot(p, 0, 16);
            double k2 = dot(p, 4, 16);
            double k3 = dot(p, 8, 16);
            double k4 = dot(p, 12, 16);
            for (int c = 0; c < 4; c++) {
                // incoming e- (Q = -1) and e+ (+1), outgoing e- and e+ with the opposite sign
                j[c] = p[c] / k1 - p[4 + c] / k2 - p[8 + c] / k3 + p[12 + c] / k4;
            }
            double expected = -minkowski(j, j) * bhabhaBorn(p);
            assertThat(amp.summedSquared(p)).isCloseTo(expected, within(1e-3 * expected));
        }
    }

    @Test
    void masslessLimitIsTheClosedFormulaOfBerendsEtAl() {
        // F. A. Berends, R. Kleiss, P. De Causmaecker, R. Gastmans, W. Troost and T. T. Wu, Nucl.
        // Phys. B 206 (1982) 61, massless e+e- -> e+e- gamma [R: recalled form], p+ = e+ in, p- = e- in,
        // q+ = e+ out, q- = e- out:
        //   sum|M|^2/e^6 = 4 S W,  S = [s s' (s^2 + s'^2) + t t' (t^2 + t'^2) + u u' (u^2 + u'^2)] / (s s' t t'),
        //   W = s/(p+.k p-.k) + s'/(q+.k q-.k) - t/(p+.k q+.k) - t'/(p-.k q-.k) + u/(p+.k q-.k) + u'/(p-.k q+.k),
        //   t = (p+ - q+)^2, t' = (p- - q-)^2, u = (p+ - q-)^2, u' = (p- - q+)^2.
        // In the soft limit S -> 2 (s^4 + t^4 + u^4)/(s^2 t^2) = Born / 4 (s + t + u = 0), which fixes the 4;
        // the hard points test the rest.
        RandomStream rng = RandomStreams.of(53).stream("test/massless");
        EeEeGammaAmplitude amp = new EeEeGammaAmplitude(0);
        for (int n = 0; n < 100; n++) {
            double[] p = randomPoint(rng, 0, 0.3, 4);
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
            double w = s / (kp * km) + sp / (qp * qm) - t / (kp * qp) - tp / (km * qm) + u / (kp * qm) + up / (km * qp);
            double bigS = (s * sp * (s * s + sp * sp) + t * tp * (t * t + tp * tp) + u * up * (u * u + up * up))
                    / (s * sp * t * tp);
            double expected = 4 * bigS * w;
            assertThat(amp.summedSquared(p)).isCloseTo(expected, within(1e-9 * expected));
        }
    }

    @Test
    void massiveAmplitudeTendsToTheMasslessOneAwayFromThePeaks() {
        // At wide angles the m_e terms are O(m_e^2 / (p.k)) < 1e-6 relative.
        RandomStream rng = RandomStreams.of(54).stream("test/mass");
        EeEeGammaAmplitude massive = new EeEeGammaAmplitude(M_E);
        EeEeGammaAmplitude massless = new EeEeGammaAmplitude(0);
        for (int n = 0; n < 30; n++) {
            double[] state = new double[7];
            for (int i = 0; i < 7; i++) {
                state[i] = rng.nextDouble();
            }
            double[] pm = EeFfGammaAmplitudeTest.point(
                    M_E,
                    M_E,
                    0.5 + 3 * state[0],
                    0.8 * (2 * state[1] - 1),
                    6 * state[2],
                    0.8 * (2 * state[3] - 1),
                    6 * state[4]);
            double[] p0 = EeFfGammaAmplitudeTest.point(
                    0,
                    0,
                    0.5 + 3 * state[0],
                    0.8 * (2 * state[1] - 1),
                    6 * state[2],
                    0.8 * (2 * state[3] - 1),
                    6 * state[4]);
            double a = massive.summedSquared(pm);
            double b = massless.summedSquared(p0);
            assertThat(a).isCloseTo(b, within(1e-5 * b));
        }
    }

    @Test
    void chargeConjugationAndRotationsLeaveTheSquareUnchanged() {
        RandomStream rng = RandomStreams.of(55).stream("test/symmetry");
        EeEeGammaAmplitude amp = new EeEeGammaAmplitude(M_E);
        for (int n = 0; n < 30; n++) {
            double[] p = randomPoint(rng, M_E, 0.3, 4);
            double a = amp.summedSquared(p);
            // C: e- <-> e+ in the initial and in the final state
            double[] c = p.clone();
            System.arraycopy(p, 0, c, 4, 4);
            System.arraycopy(p, 4, c, 0, 4);
            System.arraycopy(p, 8, c, 12, 4);
            System.arraycopy(p, 12, c, 8, 4);
            assertThat(amp.summedSquared(c)).isCloseTo(a, within(1e-9 * a));
            // a rotation about the beam axis and one about the x axis by pi (beams swap places, with C)
            double phi = 6.28 * rng.nextDouble();
            double[] r = p.clone();
            for (int i = 0; i < 20; i += 4) {
                r[i] = Math.cos(phi) * p[i] - Math.sin(phi) * p[i + 1];
                r[i + 1] = Math.sin(phi) * p[i] + Math.cos(phi) * p[i + 1];
            }
            assertThat(amp.summedSquared(r)).isCloseTo(a, within(1e-9 * a));
            double[] flip = c.clone();
            for (int i = 0; i < 20; i += 4) {
                flip[i + 1] = -c[i + 1];
                flip[i + 2] = -c[i + 2];
            }
            assertThat(amp.summedSquared(flip)).isCloseTo(a, within(1e-9 * a));
        }
    }

    @Test
    void dressingScalesTheChannelsByTheirFactors() {
        // All four propagators x the same real factor d: |M|^2 x d^2.
        EeEeGammaAmplitude amp = new EeEeGammaAmplitude(M_E);
        double[] p = EeFfGammaAmplitudeTest.point(M_E, M_E, 1.3, 0.4, 0.2, -0.3, 2.0);
        double bare = amp.summedSquared(p);
        double d = 1.03;
        double dressed = amp.summedSquared(p, new double[] {d, 0, d, 0, d, 0, d, 0});
        assertThat(dressed).isCloseTo(d * d * bare, within(1e-12 * bare));
        // a phase on the t channels alone changes the s-t interference, not the sum of squares
        double[] phase = {1, 0, 1, 0, 0, 1, 0, 1};
        assertThat(amp.summedSquared(p, phase)).isNotCloseTo(bare, within(1e-3 * bare));
    }
}
