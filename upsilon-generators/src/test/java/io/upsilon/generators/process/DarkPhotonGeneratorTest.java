package io.upsilon.generators.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.core.units.PhysicalConstants;
import io.upsilon.generators.amplitude.Dirac;
import io.upsilon.generators.amplitude.EeVectorPairAmplitude;
import io.upsilon.generators.amplitude.Polarizations;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DarkPhotonGeneratorTest {
    private final Beam beam = TestBeams.at1058();

    @Test
    void closedFormAgreesWithTheHelicityAmplitudes() {
        // The [D] closed form (derived from |M|^2, see DarkPhotonGenerator) versus e+e- -> gamma V from the engine
        // (massless electrons): d sigma / dc = (1 - m^2/s) <|M|^2> / (32 pi s), <|M|^2> = e^4 eps^2 sum |M|^2 / 4.
        RandomStream rng = RandomStreams.of(1).stream("points");
        double sqrtS = 10.58;
        double s = sqrtS * sqrtS;
        double e4 = Math.pow(4 * Math.PI * PhysicalConstants.ALPHA, 2);
        double[] gaugeAmp = new double[2];
        double[] k = new double[8];
        double[] epsV = new double[8];
        for (double mass : new double[] {0, 0.5, 1, 4, 8, 10}) {
            EeVectorPairAmplitude amp = new EeVectorPairAmplitude(0, mass);
            DarkPhotonGenerator gen = new DarkPhotonGenerator(beam, mass, 1e-3, 0.95);
            for (int i = 0; i < 50; i++) {
                double c = 1.98 * rng.nextDouble() - 0.99;
                double[] p = ProcessTestSupport.twoBodyPoint(sqrtS, 0, mass, c, 2 * Math.PI * rng.nextDouble());
                double me2 = e4 * 1e-6 * 0.25 * amp.summedSquared(p);
                double fromEngine = (1 - mass * mass / s) * me2 / (32 * Math.PI * s) * PhysicalConstants.HBARC2_GEV2_NB;
                assertThat(gen.differentialCrossSection(s, c)).isCloseTo(fromEngine, within(1e-12 * fromEngine));
                // gauge invariance in the photon: eps_gamma -> k_gamma gives zero for each A' helicity
                Dirac.toComplex(p, 8, k);
                for (int l = -1; l <= 1; l += mass > 0 ? 1 : 2) {
                    Polarizations.epsilonOutgoing(p, 12, mass, l, epsV);
                    for (int h = -1; h <= 1; h += 2) {
                        // scale: the physical amplitudes (|M| <= sqrt(sum |M|^2)) times E_gamma (eps ~ 1, k ~ E)
                        double scale = Math.sqrt(amp.summedSquared(p)) * p[11];
                        amp.amplitude(p, h, k, epsV, gaugeAmp);
                        assertThat(Math.hypot(gaugeAmp[0], gaugeAmp[1])).isLessThan(1e-13 * scale);
                    }
                }
            }
        }
    }

    @Test
    void reproducesTheIntegratedTable() {
        // [D] by integrating that closed form independently: sigma(epsilon = 1) in pb for |cos theta*| < 0.6 and < 0.9
        // at sqrt(s) = 10.58 GeV, quoted to 4 digits. Requirement: within 1%.
        double[][] table = {
            {0, 1830, 4759}, {1, 1872, 4840}, {2, 2004, 5097}, {4, 2645, 6365}, {6, 4301, 9727}, {8, 9401, 20340}
        };
        for (double[] row : table) {
            DarkPhotonGenerator gen = new DarkPhotonGenerator(beam, row[0], 1.0, 0.95);
            double s = beam.s();
            assertThat(gen.crossSection(s, 0.6) * 1e3).isCloseTo(row[1], within(0.01 * row[1]));
            assertThat(gen.crossSection(s, 0.9) * 1e3).isCloseTo(row[2], within(0.01 * row[2]));
            // the closed form is the integral of the differential cross section
            double numeric = ProcessTestSupport.simpson(c -> gen.differentialCrossSection(s, c), -0.9, 0.9, 2000);
            assertThat(gen.crossSection(s, 0.9)).isCloseTo(numeric, within(1e-9 * numeric));
        }
    }

    @Test
    void generatedCrossSectionMatchesTheClosedFormAndScalesAsEpsilonSquared() {
        Process proc = ProcessRegistry.standard().get("ee-gamma-darkphoton");
        for (double mass : new double[] {0.5, 6.0}) {
            ProcessParameters params = ProcessParameters.parse(
                    proc.name(), proc.parameters(), Map.of("mass", Double.toString(mass), "cosmax", "0.9"), "test");
            EventGenerator gen = proc.newGenerator(beam, params, GeneratorOptions.BORN);
            double[] r = ProcessTestSupport.runChecked(gen, 5, 200_000);
            double analytic = gen.analyticCrossSection().orElseThrow();
            assertThat(r[0]).isCloseTo(analytic, within(4 * r[1]));
            assertThat(r[1] / r[0]).isLessThan(2e-3);
        }
        // same seed, epsilon 1e-3 vs 1e-2: weights scale exactly as epsilon^2
        double[] a = ProcessTestSupport.runChecked(new DarkPhotonGenerator(beam, 1, 1e-3, 0.95), 6, 1000);
        double[] b = ProcessTestSupport.runChecked(new DarkPhotonGenerator(beam, 1, 1e-2, 0.95), 6, 1000);
        assertThat(b[0] / a[0]).isCloseTo(100, within(1e-10));
    }
}
