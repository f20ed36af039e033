package io.upsilon.generators.amplitude;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.generators.phasespace.MasslessRambo;
import org.junit.jupiter.api.Test;

/** e+e- -&gt; 3 gamma: Berends-Kleiss limit, Ward identity, Bose symmetry, mass effects. */
class EeThreePhotonAmplitudeTest {
    private static final double M_E = 0.51099895e-3; // PDG 2024
    private static final double SQRT_S = 10.58;
    private final RandomStream rng = RandomStreams.of(29).stream("three-photons");
    private final MasslessRambo threeBody = new MasslessRambo(SQRT_S, 3);

    /**
     * Beams along +-z (electron mass m) at p[0..7] and three photons from flat phase space (RAMBO) at p[8..19],
     * every photon at least 20 degrees from both beams and from the other photons, so that every
     * invariant a_i, b_i is O(GeV^2) and the electron-mass terms (O(m^2/a_i) ~ 1e-7) stay below the
     * 1e-6 tolerance of the massless comparison.
     */
    private double[] point(double m) {
        double[] p = new double[20];
        double e = SQRT_S / 2;
        double pz = Math.sqrt(e * e - m * m);
        p[2] = pz;
        p[3] = e;
        p[6] = -pz;
        p[7] = e;
        double[] k = new double[12];
        double cut = Math.cos(Math.toRadians(20));
        while (true) {
            threeBody.generate(rng, k);
            boolean ok = true;
            for (int i = 0; i < 3 && ok; i++) {
                double ki = Math.sqrt(k[4 * i] * k[4 * i] + k[4 * i + 1] * k[4 * i + 1] + k[4 * i + 2] * k[4 * i + 2]);
                ok = Math.abs(k[4 * i + 2] / ki) < cut && k[4 * i + 3] > 0.3;
                for (int j = i + 1; j < 3 && ok; j++) {
                    double kj =
                            Math.sqrt(k[4 * j] * k[4 * j] + k[4 * j + 1] * k[4 * j + 1] + k[4 * j + 2] * k[4 * j + 2]);
                    double c = (k[4 * i] * k[4 * j] + k[4 * i + 1] * k[4 * j + 1] + k[4 * i + 2] * k[4 * j + 2])
                            / (ki * kj);
                    ok = c < cut;
                }
            }
            if (ok) {
                System.arraycopy(k, 0, p, 8, 12);
                return p;
            }
        }
    }

    @Test
    void masslessHelicitySumIsTheBerendsKleissFormula() {
        EeThreePhotonAmplitude amp = new EeThreePhotonAmplitude(0);
        for (int n = 0; n < 200; n++) {
            double[] p = point(0);
            double bk = EeThreePhotonAmplitude.berendsKleiss(p);
            assertThat(amp.summedSquared(p)).isCloseTo(bk, within(1e-9 * bk));
        }
    }

    @Test
    void electronMassIsNegligibleAwayFromTheBeams() {
        // With m_e kept the helicity sum has all four e+- helicity pairs; away from the collinear
        // regions it must still be the massless formula to O(m^2 / a_i) ~ 1e-7 (tolerance 1e-6).
        EeThreePhotonAmplitude amp = new EeThreePhotonAmplitude(M_E);
        for (int n = 0; n < 200; n++) {
            double[] p = point(M_E);
            double bk = EeThreePhotonAmplitude.berendsKleiss(p);
            assertThat(amp.summedSquared(p)).isCloseTo(bk, within(1e-6 * bk));
        }
    }

    @Test
    void electronMassRegulatesTheCollinearPeak() {
        // Photon 1 (2 GeV) at angle th to the e- beam, the other two balancing it. The massless formula
        // (evaluated with the same massive beams) keeps growing like 1/(th^2 + m^2/E^2); the exact massive
        // sum has the extra -m^2/(p.k)^2 term of the collinear radiator and falls below it once
        // th ~ m/E = 1e-4. Far from the beam (th = 0.01) the two agree to O(m^2/(E th)^2) ~ 1e-4.
        EeThreePhotonAmplitude amp = new EeThreePhotonAmplitude(M_E);
        double[] far = collinearPoint(1e-2);
        assertThat(amp.summedSquared(far) / EeThreePhotonAmplitude.berendsKleiss(far))
                .isCloseTo(1, within(1e-3));
        double[] near = collinearPoint(3e-5);
        assertThat(amp.summedSquared(near) / EeThreePhotonAmplitude.berendsKleiss(near))
                .isBetween(0.05, 0.5);
    }

    private static double[] collinearPoint(double th) {
        double e = SQRT_S / 2;
        double[] p = new double[20];
        p[2] = Math.sqrt(e * e - M_E * M_E);
        p[3] = e;
        p[6] = -p[2];
        p[7] = e;
        double k1 = 2.0;
        p[8] = k1 * Math.sin(th);
        p[10] = k1 * Math.cos(th);
        p[11] = k1;
        double rx = -p[8];
        double rz = -p[10];
        double re = 2 * e - k1;
        double half = 0.5 * Math.sqrt(re * re - rx * rx - rz * rz);
        double[] k2 = {
            half * Math.sin(1.0) * Math.cos(0.3), half * Math.sin(1.0) * Math.sin(0.3), half * Math.cos(1.0), half
        };
        double[] k3 = {-k2[0], -k2[1], -k2[2], half};
        boost(k2, rx / re, 0, rz / re);
        boost(k3, rx / re, 0, rz / re);
        System.arraycopy(k2, 0, p, 12, 4);
        System.arraycopy(k3, 0, p, 16, 4);
        return p;
    }

    @Test
    void wardIdentityHoldsForEveryPhoton() {
        EeThreePhotonAmplitude amp = new EeThreePhotonAmplitude(M_E);
        double[] p = point(M_E);
        double[][] e = {new double[8], new double[8], new double[8]};
        double[] out = new double[2];
        double[] ref = new double[2];
        double[] k = new double[8];
        for (int gauge = 0; gauge < 3; gauge++) {
            Dirac.toComplex(p, 8 + 4 * gauge, k);
            for (int h1 = -1; h1 <= 1; h1 += 2) {
                for (int h2 = -1; h2 <= 1; h2 += 2) {
                    for (int l = -1; l <= 1; l += 2) {
                        for (int i = 0; i < 3; i++) {
                            Polarizations.epsilonOutgoing(p, 8 + 4 * i, 0, i == 1 ? -l : l, e[i]);
                        }
                        amp.amplitude(p, h1, h2, e[0], e[1], e[2], ref);
                        double scale = Math.hypot(ref[0], ref[1]) * p[8 + 4 * gauge + 3];
                        amp.amplitude(
                                p, h1, h2, gauge == 0 ? k : e[0], gauge == 1 ? k : e[1], gauge == 2 ? k : e[2], out);
                        // k.M vanishes to rounding: 1e-12 of |M| times the photon energy (the scale of k.M).
                        assertThat(Math.hypot(out[0], out[1])).isLessThan(1e-12 * Math.max(scale, 1e-30) + 1e-300);
                    }
                }
            }
        }
    }

    @Test
    void helicitySumIsBoseSymmetric() {
        EeThreePhotonAmplitude amp = new EeThreePhotonAmplitude(M_E);
        double[] p = point(M_E);
        double ref = amp.summedSquared(p);
        int[][] perms = {{1, 0, 2}, {2, 1, 0}, {0, 2, 1}, {1, 2, 0}, {2, 0, 1}};
        for (int[] perm : perms) {
            double[] q = p.clone();
            for (int i = 0; i < 3; i++) {
                System.arraycopy(p, 8 + 4 * perm[i], q, 8 + 4 * i, 4);
            }
            assertThat(amp.summedSquared(q)).isCloseTo(ref, within(1e-12 * ref));
        }
    }

    @Test
    void softPhotonLimitIsTheDiphotonSumTimesTheEikonalFactor() {
        // Independent of the Berends-Kleiss formula: photon 3 with 1e-4 of the beam energy; the two hard
        // photons nearly back to back. sum|M3|^2 -> sum|M2|^2 (s / (a3 b3)) with sum|M2|^2 from the
        // two-photon amplitude of this package; tolerance 1e-3 (the O(k3/E) recoil terms).
        double[] p = new double[20];
        double e = SQRT_S / 2;
        p[2] = e;
        p[3] = e;
        p[6] = -e;
        p[7] = e;
        double k3 = 1e-4 * e;
        double c3 = 0.3;
        double s3 = Math.sqrt(1 - c3 * c3);
        p[16] = k3 * s3;
        p[18] = k3 * c3;
        p[19] = k3;
        // hard photons share the recoil: exact momentum conservation via a two-body split of P - k3
        double px = -p[16];
        double pz = -p[18];
        double en = 2 * e - k3;
        double m2 = en * en - px * px - pz * pz;
        double c = 0.4;
        double sn = Math.sqrt(1 - c * c);
        double half = Math.sqrt(m2) / 2;
        double[] k1 = {half * sn, 0, half * c, half};
        double[] k2 = {-half * sn, 0, -half * c, half};
        boost(k1, px / en, 0, pz / en);
        boost(k2, px / en, 0, pz / en);
        System.arraycopy(k1, 0, p, 8, 4);
        System.arraycopy(k2, 0, p, 12, 4);
        double three = new EeThreePhotonAmplitude(0).summedSquared(p);
        double[] two = new double[16];
        System.arraycopy(p, 0, two, 0, 16);
        double a3 = p[19] * p[3] - p[18] * p[2];
        double b3 = p[19] * p[7] - p[18] * p[6];
        double s = 4 * e * e;
        double expected = new EeVectorPairAmplitude(0, 0).summedSquared(two) * s / (a3 * b3);
        assertThat(three).isCloseTo(expected, within(1e-3 * expected));
    }

    private static void boost(double[] v, double bx, double by, double bz) {
        double b2 = bx * bx + by * by + bz * bz;
        double g = 1 / Math.sqrt(1 - b2);
        double bp = bx * v[0] + by * v[1] + bz * v[2];
        double f = (g - 1) * bp / b2 + g * v[3];
        v[0] += f * bx;
        v[1] += f * by;
        v[2] += f * bz;
        v[3] = g * (v[3] + bp);
    }
}
