package io.upsilon.generators.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.core.units.PhysicalConstants;
import org.junit.jupiter.api.Test;

class TwoPhotonPairEpaTest {
    private static final double M_MU = 0.1056583755;

    @Test
    void breitWheelerThresholdAndShape() {
        // Near threshold sigma -> pi r_l^2 beta with r_l = alpha/m (textbook).
        double beta = 1e-3;
        double w2 = 4 * M_MU * M_MU / (1 - beta * beta);
        double alpha = PhysicalConstants.ALPHA;
        assertThat(TwoPhotonPairEpa.breitWheeler(w2, M_MU))
                .isCloseTo(
                        Math.PI * alpha * alpha / (M_MU * M_MU) * beta,
                        within(1e-5 * Math.PI * alpha * alpha / (M_MU * M_MU) * beta * 1e3));
        // The angular shape integrates to the total: sigma(W) / int shape dc must not depend on W.
        for (double w : new double[] {0.3, 0.5, 1.0, 3.0, 8.0}) {
            double b2 = 1 - 4 * M_MU * M_MU / (w * w);
            int n = 2_000_000;
            double integral = 0;
            for (int i = 0; i < n; i++) {
                double c = -1 + (i + 0.5) * 2.0 / n;
                integral += TwoPhotonPairEpa.breitWheelerShape(c, b2) * 2.0 / n;
            }
            // d sigma/d cos = (2 pi alpha^2 beta / W^2) x shape (Breit-Wheeler differential cross section).
            double ratio = TwoPhotonPairEpa.breitWheeler(w * w, M_MU)
                    / (2 * Math.PI * alpha * alpha * Math.sqrt(b2) / (w * w) * integral);
            assertThat(ratio).as("W = %s", w).isCloseTo(1.0, within(1e-4));
        }
    }

    @Test
    void eventsConserveFourMomentumAndPassTheMassCut() {
        EventGenerator gen = ProcessRegistry.standard()
                .get("ee-eemumu")
                .newGenerator(Beam.preset("Y4S"), ProcessParameters.none(), GeneratorOptions.DEFAULT);
        RandomStreams rs = RandomStreams.of(8);
        RandomStream beamRng = rs.stream("beam");
        RandomStream rng = rs.stream("gen");
        EventBuffer b = new EventBuffer(8);
        int nonZero = 0;
        for (int i = 0; i < 100_000; i++) {
            double w = gen.generate(beamRng, rng, b);
            if (w == 0) {
                continue;
            }
            nonZero++;
            LorentzVector in = b.momentum(0).plus(b.momentum(1));
            LorentzVector out =
                    b.momentum(2).plus(b.momentum(3)).plus(b.momentum(4)).plus(b.momentum(5));
            assertThat(out.minus(in).p()).isLessThan(1e-9);
            assertThat(out.e() - in.e()).isCloseTo(0, within(1e-9));
            LorentzVector pair = b.momentum(4).plus(b.momentum(5));
            assertThat(pair.m()).isGreaterThanOrEqualTo(0.5 - 1e-9);
            assertThat(b.momentum(4).m()).isCloseTo(M_MU, within(1e-6));
            assertThat(b.momentum(2).m()).isCloseTo(5.1099895e-4, within(1e-6));
        }
        // Events with x1 x2 s below W_min^2 or outside the Q^2 range carry weight 0: ~40% survive.
        assertThat(nonZero).isGreaterThan(30_000);
    }
}
