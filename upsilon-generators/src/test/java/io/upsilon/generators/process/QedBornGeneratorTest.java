package io.upsilon.generators.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.core.units.PhysicalConstants;
import io.upsilon.generators.amplitude.Dirac;
import io.upsilon.generators.amplitude.EeVectorPairAmplitude;
import io.upsilon.generators.amplitude.Spinors;
import org.junit.jupiter.api.Test;

/** Born Bhabha and gamma gamma: closed forms against the helicity engine, their integrals, the generators. */
class QedBornGeneratorTest {
    private static final double SQRT_S = 10.58;
    private final Beam beam = TestBeams.at1058();
    private final RandomStream rng = RandomStreams.of(77).stream("points");

    /** Bhabha helicity sum: M = [ubar3 g^mu u1][vbar2 g_mu v4]/t - [vbar2 g^mu u1][ubar3 g_mu v4]/s (massless). */
    private static double bhabhaSummedSquared(double[] p) {
        double[] u1 = new double[8];
        double[] vb2 = new double[8];
        double[] ub3 = new double[8];
        double[] v4 = new double[8];
        double[] sc = new double[8];
        double[] a = new double[8];
        double[] b = new double[8];
        double[] c = new double[8];
        double[] d = new double[8];
        double s = Math.pow(p[3] + p[7], 2)
                - Math.pow(p[2] + p[6], 2)
                - Math.pow(p[0] + p[4], 2)
                - Math.pow(p[1] + p[5], 2);
        double t = Math.pow(p[3] - p[11], 2)
                - Math.pow(p[0] - p[8], 2)
                - Math.pow(p[1] - p[9], 2)
                - Math.pow(p[2] - p[10], 2);
        double sum = 0;
        for (int h1 = -1; h1 <= 1; h1 += 2) {
            for (int h2 = -1; h2 <= 1; h2 += 2) {
                for (int h3 = -1; h3 <= 1; h3 += 2) {
                    for (int h4 = -1; h4 <= 1; h4 += 2) {
                        Spinors.u(p, 0, 0, h1, u1);
                        Spinors.vbar(p, 4, 0, h2, sc, vb2);
                        Spinors.ubar(p, 8, 0, h3, sc, ub3);
                        Spinors.v(p, 12, 0, h4, v4);
                        Dirac.current(ub3, u1, a);
                        Dirac.current(vb2, v4, b);
                        Dirac.current(vb2, u1, c);
                        Dirac.current(ub3, v4, d);
                        double re = Dirac.dotRe(a, b) / t - Dirac.dotRe(c, d) / s;
                        double im = Dirac.dotIm(a, b) / t - Dirac.dotIm(c, d) / s;
                        sum += re * re + im * im;
                    }
                }
            }
        }
        return sum;
    }

    @Test
    void bhabhaClosedFormAgreesWithTheEngineAndItsIntegral() {
        // d sigma/dc = 2 pi <|M|^2>/(64 pi^2 s) for a massless 2 -> 2, <|M|^2> = e^4 sum/4.
        double s = SQRT_S * SQRT_S;
        double e4 = Math.pow(4 * Math.PI * PhysicalConstants.ALPHA, 2);
        for (int i = 0; i < 100; i++) {
            double c = 1.96 * rng.nextDouble() - 0.98;
            double[] p = ProcessTestSupport.twoBodyPoint(SQRT_S, 0, 0, c, 2 * Math.PI * rng.nextDouble());
            double engine = 2
                    * Math.PI
                    * e4
                    * 0.25
                    * bhabhaSummedSquared(p)
                    / (64 * Math.PI * Math.PI * s)
                    * PhysicalConstants.HBARC2_GEV2_NB;
            double closed = BhabhaBornGenerator.differentialCrossSection(s, c);
            assertThat(closed).isCloseTo(engine, within(1e-11 * engine));
        }
        BhabhaBornGenerator gen = new BhabhaBornGenerator(beam, 10, 170, 0.15);
        double cmin = Math.cos(Math.toRadians(170));
        double cmax = Math.cos(Math.toRadians(10));
        // Simpson in u = 1/(1 - c) (the 1/t^2 peak becomes flat): dc = du / u^2
        double numeric = ProcessTestSupport.simpson(
                u -> BhabhaBornGenerator.differentialCrossSection(s, 1 - 1 / u) / (u * u),
                1 / (1 - cmin),
                1 / (1 - cmax),
                20_000);
        assertThat(gen.crossSection(s)).isCloseTo(numeric, within(1e-9 * numeric));
    }

    @Test
    void diphotonClosedFormAgreesWithTheEngineAndItsIntegral() {
        double s = SQRT_S * SQRT_S;
        double e4 = Math.pow(4 * Math.PI * PhysicalConstants.ALPHA, 2);
        EeVectorPairAmplitude amp = new EeVectorPairAmplitude(0, 0);
        for (int i = 0; i < 100; i++) {
            double c = 1.96 * rng.nextDouble() - 0.98;
            double[] p = ProcessTestSupport.twoBodyPoint(SQRT_S, 0, 0, c, 2 * Math.PI * rng.nextDouble());
            // textbook: <|M|^2> = 2 e^4 (u/t + t/u)
            double t = -0.5 * s * (1 - c);
            double u = -0.5 * s * (1 + c);
            double me2 = e4 * 0.25 * amp.summedSquared(p);
            assertThat(me2).isCloseTo(2 * e4 * (u / t + t / u), within(1e-11 * me2));
            double engine = 2 * Math.PI * me2 / (64 * Math.PI * Math.PI * s) * PhysicalConstants.HBARC2_GEV2_NB;
            assertThat(DiphotonBornGenerator.differentialCrossSection(s, c)).isCloseTo(engine, within(1e-11 * engine));
        }
        DiphotonBornGenerator gen = new DiphotonBornGenerator(beam, 10, 0.15);
        double cmax = Math.cos(Math.toRadians(10));
        double numeric = 0.5
                * ProcessTestSupport.simpson(
                        c -> DiphotonBornGenerator.differentialCrossSection(s, c), -cmax, cmax, 20_000);
        assertThat(gen.crossSection(s)).isCloseTo(numeric, within(1e-8 * numeric));
    }

    @Test
    void generatorsReproduceTheirBornCrossSections() {
        for (String name : new String[] {"ee-ee", "ee-gammagamma"}) {
            Process proc = ProcessRegistry.standard().get(name);
            EventGenerator gen = proc.newGenerator(beam, ProcessParameters.none(), GeneratorOptions.BORN);
            double[] r = ProcessTestSupport.runChecked(gen, 21, 400_000);
            double analytic = gen.analyticCrossSection().orElseThrow();
            assertThat(r[0]).as(name).isCloseTo(analytic, within(4 * r[1]));
            assertThat(r[1] / r[0]).as(name).isLessThan(2e-3);
            // and with the beam-energy spread of the Y4S preset (analytic at the nominal s; the spread
            // shifts <1/s> by ~1e-6)
            EventGenerator spread =
                    proc.newGenerator(ProcessTestSupport.y4s(), ProcessParameters.none(), GeneratorOptions.BORN);
            double[] r2 = ProcessTestSupport.runChecked(spread, 22, 200_000);
            double analytic2 = spread.analyticCrossSection().orElseThrow();
            assertThat(r2[0]).as(name).isCloseTo(analytic2, within(4 * r2[1]));
        }
    }

    @Test
    void bhabhaElectronsGoForwardAlongTheElectronBeam() {
        // The t-channel peak belongs to the e- scattered along the incoming e- direction: the weighted
        // fraction of events with cos theta*(e-) in bins agrees with the closed-form integrals.
        EventGenerator gen = new BhabhaBornGenerator(ProcessTestSupport.y4s(), 10, 170, 0.15);
        RandomStreams rs = RandomStreams.of(31);
        RandomStream beamRng = rs.stream("beam");
        RandomStream r = rs.stream("gen");
        io.upsilon.core.event.EventBuffer b = new io.upsilon.core.event.EventBuffer(8);
        double[] edges = {Math.cos(Math.toRadians(170)), -0.5, 0, 0.5, 0.9, Math.cos(Math.toRadians(10))};
        double[] sw = new double[edges.length - 1];
        double[] sw2 = new double[edges.length - 1];
        double total = 0;
        int n = 400_000;
        for (int i = 0; i < n; i++) {
            double w = gen.generate(beamRng, r, b);
            var beams = b.momentum(0).plus(b.momentum(1));
            var axis = b.momentum(0).inRestFrameOf(beams).p3().unit();
            assertThat(b.pdgId(2)).isEqualTo(11);
            double c = b.momentum(2).inRestFrameOf(beams).p3().unit().dot(axis);
            for (int k = 0; k < sw.length; k++) {
                if (c >= edges[k] && c < edges[k + 1]) {
                    sw[k] += w;
                    sw2[k] += w * w;
                }
            }
            total += w;
        }
        double s = ProcessTestSupport.y4s().s();
        for (int k = 0; k < sw.length; k++) {
            double lo = edges[k];
            double hi = edges[k + 1];
            double expected = ProcessTestSupport.simpson(
                            u -> BhabhaBornGenerator.differentialCrossSection(s, 1 - 1 / u) / (u * u),
                            1 / (1 - lo),
                            1 / (1 - hi),
                            4000)
                    * n;
            assertThat(sw[k]).as("bin %d", k).isCloseTo(expected, within(4 * Math.sqrt(sw2[k])));
        }
        // forward peak: most of the cross section has cos theta*(e-) > 0.9 (0.876 from the bins above)
        assertThat(sw[sw.length - 1] / total).isGreaterThan(0.8);
    }

    @Test
    void generatorsAreReproducibleForASeed() {
        Process proc = ProcessRegistry.standard().get("ee-ee");
        double[] a = ProcessTestSupport.runChecked(
                proc.newGenerator(beam, ProcessParameters.none(), GeneratorOptions.BORN), 5, 2000);
        double[] b = ProcessTestSupport.runChecked(
                proc.newGenerator(beam, ProcessParameters.none(), GeneratorOptions.BORN), 5, 2000);
        assertThat(b).containsExactly(a);
    }
}
