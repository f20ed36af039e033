package io.upsilon.generators.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

class AlpGeneratorTest {
    private final Beam beam = TestBeams.at1058();

    @Test
    void reproducesTheQuotedCrossSectionsAndLifetime() {
        // [D] from sigma = (alpha g^2/24)(1 - m^2/s)^3 (Dolan et al., arXiv:1709.00009): g_agg = 1e-3 GeV^-1 at
        // sqrt(s) = 10.58 GeV: 118 fb (m = 0.2), 115 (1), 92 (3),
        // 37 (6), 2.5 fb (9 GeV), quoted to 2-3 digits. Requirement: within 1% (the 2-digit values carry
        // up to 1.35% rounding, so those get the rounding half-unit where it is larger).
        double[][] table = {{0.2, 118, 0.5}, {1, 115, 0.5}, {3, 92, 0.5}, {6, 37, 0.5}, {9, 2.5, 0.05}};
        for (double[] row : table) {
            AlpGenerator gen = new AlpGenerator(beam, row[0], 1e-3);
            double fb = gen.crossSection(beam.s()) * 1e6;
            assertThat(fb).isCloseTo(row[1], within(Math.max(0.01 * row[1], row[2])));
        }
        // Exact check of the formula at one point: alpha g^2/24 (1 - m^2/s)^3 in nb.
        AlpGenerator one = new AlpGenerator(beam, 1.0, 1e-3);
        double expected = (1 / 137.035999084) * 1e-6 / 24 * Math.pow(1 - 1 / beam.s(), 3) * 0.3893793721e6;
        assertThat(one.crossSection(beam.s())).isCloseTo(expected, within(1e-12 * expected));
        // [D] from Gamma = g^2 m^3/(64 pi): c tau = 5 um at m = 0.2 GeV, g = 1e-3 GeV^-1 (one digit quoted).
        assertThat(new AlpGenerator(beam, 0.2, 1e-3).properDecayLength() * 1e4).isCloseTo(5.0, within(0.5));
    }

    @Test
    void generatedEventsHaveTheCrossSectionAngularShapeAndDecayLength() {
        double mass = 0.5;
        double g = 1e-6; // long-lived: c tau of metres, so the displacement is measurable
        AlpGenerator gen = new AlpGenerator(ProcessTestSupport.y4s(), mass, g);
        double[] r = ProcessTestSupport.runChecked(gen, 8, 20_000);
        // the beam-energy spread changes sigma(s) by O((sigma_W/W)^2): relative 1e-6 level
        assertThat(r[0]).isCloseTo(gen.analyticCrossSection().orElseThrow(), within(1e-5 * r[0]));

        RandomStreams rs = RandomStreams.of(9);
        RandomStream beamRng = rs.stream("beam");
        RandomStream rng = rs.stream("gen");
        EventBuffer b = new EventBuffer(8);
        int n = 100_000;
        double sumC2 = 0;
        double sumC4 = 0;
        double sumLen = 0;
        double sumLen2 = 0;
        Beam y4s = ProcessTestSupport.y4s();
        for (int i = 0; i < n; i++) {
            gen.generate(beamRng, rng, b);
            // photon polar angle in the CM frame, relative to the e- beam
            var total = b.momentum(0).plus(b.momentum(1));
            var axis = b.momentum(0).inRestFrameOf(total).p3().unit();
            double c = b.momentum(2).inRestFrameOf(total).p3().unit().dot(axis);
            sumC2 += c * c;
            sumC4 += c * c * c * c;
            // decay length in units of (p/m): proper decay length
            var a = b.momentum(3);
            double dx = b.toEvent(i)
                    .particles()
                    .get(4)
                    .vertex()
                    .minus(b.toEvent(i).particles().get(3).vertex())
                    .mag();
            double len = dx * mass / a.p();
            sumLen += len;
            sumLen2 += len * len;
            assertThat(b.momentum(4).plus(b.momentum(5)).m()).isCloseTo(mass, within(1e-9));
        }
        // (3/8)(1 + c^2): <c^2> = 2/5
        double meanC2 = sumC2 / n;
        double errC2 = Math.sqrt((sumC4 / n - meanC2 * meanC2) / n);
        assertThat(meanC2).isCloseTo(0.4, within(4 * errC2));
        // exponential proper decay length: mean c tau, standard error c tau / sqrt(n)
        double ctau = gen.properDecayLength();
        assertThat(sumLen / n).isCloseTo(ctau, within(4 * ctau / Math.sqrt(n)));
        assertThat(Math.sqrt(sumLen2 / n - Math.pow(sumLen / n, 2))).isCloseTo(ctau, within(0.02 * ctau));
        assertThat(y4s).isNotNull();
    }
}
