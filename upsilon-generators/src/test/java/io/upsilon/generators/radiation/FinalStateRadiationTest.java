package io.upsilon.generators.radiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.core.units.PhysicalConstants;
import org.junit.jupiter.api.Test;

class FinalStateRadiationTest {
    private static final double M_MU = 0.1056583755;

    @Test
    void conservesFourMomentumAndMasses() {
        RandomStream rng = RandomStreams.of(1).stream("fsr");
        double[] out = new double[12];
        double s = 100.0;
        int radiated = 0;
        for (int i = 0; i < 100_000; i++) {
            double c = 2 * rng.nextDouble() - 1;
            double sn = Math.sqrt(1 - c * c);
            int who = FinalStateRadiation.radiate(rng, s, M_MU, -1, sn, 0, c, out);
            radiated += who == 0 ? 0 : 1;
            for (int k = 0; k < 3; k++) {
                assertThat(out[k] + out[4 + k] + out[8 + k]).isCloseTo(0, within(1e-12));
            }
            assertThat(out[3] + out[7] + out[11]).isCloseTo(10.0, within(1e-12));
            for (int off : new int[] {0, 4}) {
                double m2 = out[off + 3] * out[off + 3]
                        - (out[off] * out[off] + out[off + 1] * out[off + 1] + out[off + 2] * out[off + 2]);
                assertThat(Math.sqrt(m2)).isCloseTo(M_MU, within(1e-8));
            }
        }
        assertThat(radiated).isPositive();
    }

    @Test
    void hardPhotonRateFollowsTheSplittingFunction() {
        // P(photon with z = k/E_f > z0) = int_z0^1 beta z^(beta-1) (1 + (1-z)^2)/2 dz (leading log);
        // the kinematic limit z < 1 - 4m^2/s removes a negligible sliver.
        double s = 100.0;
        double beta = 2 * PhysicalConstants.ALPHA / Math.PI * (Math.log(s / (M_MU * M_MU)) - 1);
        double z0 = 0.1;
        int steps = 200_000;
        double expected = 0;
        for (int i = 0; i < steps; i++) {
            double z = z0 + (1 - z0) * (i + 0.5) / steps;
            expected += beta * Math.pow(z, beta - 1) * 0.5 * (1 + (1 - z) * (1 - z)) * (1 - z0) / steps;
        }
        RandomStream rng = RandomStreams.of(2).stream("fsr");
        double[] out = new double[12];
        int n = 400_000;
        int hard = 0;
        for (int i = 0; i < n; i++) {
            if (FinalStateRadiation.radiate(rng, s, M_MU, -1, 0, 0, 1, out) != 0 && out[11] > z0 * 5.0) {
                hard++;
            }
        }
        double p = (double) hard / n;
        // Binomial error sqrt(p(1-p)/n) ~ 2.6e-4: 5 of them.
        assertThat(p).isCloseTo(expected, within(5 * Math.sqrt(expected * (1 - expected) / n)));
        assertThat(expected).isBetween(0.05, 0.1);
    }

    @Test
    void photonsAreCollinearWithTheirEmitter() {
        RandomStream rng = RandomStreams.of(3).stream("fsr");
        double[] out = new double[12];
        int close = 0;
        int total = 0;
        for (int i = 0; i < 100_000; i++) {
            int who = FinalStateRadiation.radiate(rng, 100.0, M_MU, -1, 0, 0, 1, out);
            if (who == 0) {
                continue;
            }
            total++;
            int e = who == 1 ? 0 : 4;
            double dot = out[e] * out[8] + out[e + 1] * out[9] + out[e + 2] * out[10];
            double cos =
                    dot / (Math.sqrt(out[e] * out[e] + out[e + 1] * out[e + 1] + out[e + 2] * out[e + 2]) * out[11]);
            if (cos > Math.cos(0.2)) {
                close++;
            }
        }
        // The emission density 1/(1 - v cos theta) puts a fraction 1 - ln((1+v)/(1 - v cos 0.2))/ln((1+v)/(1-v))
        // = 0.495 within 0.2 rad (v = beta_mu at sqrt(s') = 10 GeV). The angle is measured after the
        // recoil, which turns the emitter slightly: allow 0.03 (the binomial error itself is 0.002).
        double v = Math.sqrt(1 - 4 * M_MU * M_MU / 100.0);
        double expected = 1 - Math.log((1 + v) / (1 - v * Math.cos(0.2))) / Math.log((1 + v) / (1 - v));
        assertThat((double) close / total).isCloseTo(expected, within(0.03));
    }
}
