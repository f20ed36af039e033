package io.upsilon.generators.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.core.units.PhysicalConstants;
import io.upsilon.generators.amplitude.EeEeGammaAmplitude;
import io.upsilon.generators.phasespace.NBodyPhaseSpace;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ee-eegamma: the multi-channel phase space against flat sampling, events, reproducibility. */
class RadiativeBhabhaGeneratorTest {
    private static final double M_E = 0.51099895e-3; // PDG 2024

    /**
     * In a region tame enough for flat three-body sampling (photon above 0.5 GeV and 30 degrees from
     * the beams, both e+- 30-150 degrees) the multi-channel estimate equals the flat one. Tolerance:
     * 4 combined Monte Carlo standard errors.
     */
    @Test
    void crossSectionAgreesWithFlatPhaseSpace() {
        Beam beam = Beam.preset("Y4S").withoutEnergySpread();
        double s = beam.s();
        RadiativeBhabhaRegion region = new RadiativeBhabhaRegion(0.5, 30, 30, 90);
        RadiativeBhabhaGenerator gen = new RadiativeBhabhaGenerator(beam, region, false);
        double[] mc = gen.integrate(s, RandomStreams.of(17).stream("eegamma/multichannel"), 200_000);

        NBodyPhaseSpace flat = new NBodyPhaseSpace(Math.sqrt(s), M_E, M_E, 0);
        EeEeGammaAmplitude amp = new EeEeGammaAmplitude(M_E);
        RandomStream rng = RandomStreams.of(17).stream("eegamma/flat");
        double[] q = new double[12];
        double[] p = new double[20];
        double eb = 0.5 * Math.sqrt(s);
        p[2] = Math.sqrt(eb * eb - M_E * M_E);
        p[3] = eb;
        p[6] = -p[2];
        p[7] = eb;
        double e2 = 4 * Math.PI * PhysicalConstants.ALPHA;
        double norm =
                e2 * e2 * e2 / (2 * s * Math.sqrt(1 - 4 * M_E * M_E / s)) * 0.25 * PhysicalConstants.HBARC2_GEV2_NB;
        int n = 400_000;
        double sw = 0;
        double sw2 = 0;
        for (int i = 0; i < n; i++) {
            double w = flat.generate(rng, q);
            System.arraycopy(q, 0, p, 8, 12);
            w = region.acceptsCm(p) ? w * norm * amp.summedSquared(p) : 0;
            sw += w;
            sw2 += w * w;
        }
        double mean = sw / n;
        double err = Math.sqrt((sw2 / n - mean * mean) / (n - 1));
        assertThat(mc[0]).isPositive();
        assertThat(Math.abs(mc[0] - mean)).isLessThan(4 * Math.hypot(mc[1], err));
    }

    @Test
    void eventsConserveMomentumAndLieInTheRegion() {
        Beam beam = Beam.preset("Y4S");
        RadiativeBhabhaProcess process = new RadiativeBhabhaProcess();
        ProcessParameters values = ProcessParameters.parse(
                process.name(),
                process.parameters(),
                Map.of("emin", "1", "thetamin", "50", "thetaemin", "0", "thetaemax", "25"),
                "test");
        EventGenerator gen = process.newGenerator(beam, values, GeneratorOptions.DEFAULT);
        RandomStream beamRng = RandomStreams.of(18).stream("beam");
        RandomStream rng = RandomStreams.of(18).stream("process");
        EventBuffer ev = new EventBuffer(8);
        int nonZero = 0;
        for (int i = 0; i < 20_000; i++) {
            double w = gen.generate(beamRng, rng, ev);
            assertThat(Double.isFinite(w) && w >= 0).as("weight %s", w).isTrue();
            assertThat(ev.size()).isEqualTo(5);
            assertThat(ev.pdgId(2)).isEqualTo(11);
            assertThat(ev.pdgId(3)).isEqualTo(-11);
            assertThat(ev.pdgId(4)).isEqualTo(22);
            if (w > 0) {
                nonZero++;
                for (int c = 0; c < 4; c++) {
                    double in = component(ev, 0, c) + component(ev, 1, c);
                    double out = component(ev, 2, c) + component(ev, 3, c) + component(ev, 4, c);
                    assertThat(Math.abs(in - out)).isLessThan(1e-9 * 11);
                }
            }
        }
        assertThat(nonZero).isGreaterThan(1000);
    }

    private static double component(EventBuffer ev, int i, int c) {
        return switch (c) {
            case 0 -> ev.px(i);
            case 1 -> ev.py(i);
            case 2 -> ev.pz(i);
            default -> ev.e(i);
        };
    }

    @Test
    void sameSeedGivesTheSameWeights() {
        Beam beam = Beam.preset("Y4S");
        double[] a = weights(beam);
        double[] b = weights(beam);
        assertThat(b).containsExactly(a);
    }

    private static double[] weights(Beam beam) {
        EventGenerator gen =
                new RadiativeBhabhaProcess().newGenerator(beam, ProcessParameters.none(), GeneratorOptions.DEFAULT);
        RandomStream beamRng = RandomStreams.of(19).stream("beam");
        RandomStream rng = RandomStreams.of(19).stream("process");
        EventBuffer ev = new EventBuffer(8);
        double[] w = new double[200];
        for (int i = 0; i < w.length; i++) {
            w[i] = gen.generate(beamRng, rng, ev);
        }
        return w;
    }
}
