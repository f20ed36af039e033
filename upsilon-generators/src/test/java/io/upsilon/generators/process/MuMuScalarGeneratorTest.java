package io.upsilon.generators.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.error.InputException;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.core.units.PhysicalConstants;
import io.upsilon.generators.amplitude.EeFfScalarAmplitude;
import io.upsilon.generators.phasespace.NBodyPhaseSpace;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MuMuScalarGeneratorTest {
    private static final double M_MU = 0.1056583755; // PDG 2024 [S] (scikit-hep/particle mass_width_2024.mcd)
    private final Beam beam = TestBeams.at1058();

    @Test
    void importanceSampledCrossSectionAgreesWithFlatPhaseSpace() {
        // The scalar |M|^2 (checked against the Dirac trace in EeFfScalarAmplitudeTest) integrated with flat
        // GENBOD phase space, independent of the generator's Dalitz channels and orientation construction:
        // the same cross section within 4 combined standard errors, at a light and a heavy mass.
        for (double mass : new double[] {0.5, 4.0}) {
            double s = beam.s();
            EeFfScalarAmplitude amp = new EeFfScalarAmplitude(M_MU);
            NBodyPhaseSpace ps = new NBodyPhaseSpace(Math.sqrt(s), M_MU, M_MU, mass);
            RandomStream rng = RandomStreams.of(52).stream("flat");
            double[] out = new double[12];
            double e4 = Math.pow(4 * Math.PI * PhysicalConstants.ALPHA, 2);
            double sw = 0;
            double sw2 = 0;
            int n = 300_000;
            for (int i = 0; i < n; i++) {
                double wps = ps.generate(rng, out);
                double[] p = beamsAlongZ(Math.sqrt(s), out);
                double w = wps * e4 * 0.25 * amp.summedSquared(p) / (2 * s) * PhysicalConstants.HBARC2_GEV2_NB;
                sw += w;
                sw2 += w * w;
            }
            double flat = sw / n;
            double flatErr = Math.sqrt((sw2 / n - flat * flat) / (n - 1));
            double[] is = new MuMuBosonGenerator(beam, new MuonphilicScalar(mass, 1, false), GeneratorOptions.BORN)
                    .integrate(RandomStreams.of(53).stream("is"), 300_000);
            assertThat(is[0]).as("M = %s", mass).isCloseTo(flat, within(4 * Math.hypot(flatErr, is[1])));
            assertThat(is[1] / is[0]).as("MC error at M = %s", mass).isLessThan(0.01);
        }
    }

    @Test
    void crossSectionScalesAsTheCouplingSquared() {
        // The same stream and points: sigma(g_S = 0.01) / sigma(g_S = 1) = 1e-4 to rounding.
        double a = new MuMuBosonGenerator(beam, new MuonphilicScalar(1, 1, false), GeneratorOptions.BORN)
                .integrate(RandomStreams.of(54).stream("g"), 10_000)[0];
        double b = new MuMuBosonGenerator(beam, new MuonphilicScalar(1, 0.01, false), GeneratorOptions.BORN)
                .integrate(RandomStreams.of(54).stream("g"), 10_000)[0];
        assertThat(b / a).isCloseTo(1e-4, within(1e-12));
    }

    @Test
    void widthsFollowTheYukawaFormulas() {
        // Gamma(S -> mu mu) = g^2 M beta^3 / (8 pi) by hand at M = 1 GeV, g_S = 1: beta^2 = 1 - 4 m_mu^2 = 0.9553452,
        // beta^3 = 0.9337725, Gamma = 0.0371536 GeV.
        assertThat(MuonphilicScalar.muMuWidth(1, 1, M_MU)).isCloseTo(0.0371536, within(2e-7));
        // The loop amplitude tends to 4/3 for a heavy loop fermion (tau -> 0), Djouadi Phys. Rept. 457 (2008) 1,
        // and to 0 (as -(ln(4 tau))^2 / (2 tau) up to logs) for a light one.
        double[] heavy = MuonphilicScalar.loopAmplitude(1e-4);
        assertThat(heavy[0]).isCloseTo(4.0 / 3, within(1e-3));
        assertThat(heavy[1]).isZero();
        double[] light = MuonphilicScalar.loopAmplitude(1e4);
        assertThat(Math.hypot(light[0], light[1])).isLessThan(0.02);
        // Continuity of A at tau = 1 (the two branches of f meet: f(1) = pi^2/4).
        double[] below = MuonphilicScalar.loopAmplitude(1 - 1e-9);
        double[] above = MuonphilicScalar.loopAmplitude(1 + 1e-9);
        assertThat(above[0]).isCloseTo(below[0], within(1e-3));
        // Above the mu mu threshold the photons are negligible: BR < 2e-4 just above it (beta^3 suppresses mu mu;
        // 1.6e-4 at 0.22 GeV), < 1e-4 from 0.5 to 9 GeV; below it they are all.
        assertThat(1 - new MuonphilicScalar(0.22, 0.01, false).muMuBranchingFraction())
                .isBetween(1e-4, 2e-4);
        for (double mass : new double[] {0.5, 1, 3, 9}) {
            assertThat(1 - new MuonphilicScalar(mass, 0.01, false).muMuBranchingFraction())
                    .as("BR(gamma gamma) at %s GeV", mass)
                    .isLessThan(1e-4)
                    .isPositive();
        }
        assertThat(new MuonphilicScalar(0.1, 0.01, false).muMuBranchingFraction())
                .isZero();
    }

    @Test
    void forcedMuMuDecayGivesFourMuonsAndCarriesTheBranchingFraction() {
        MuonphilicScalar forced = new MuonphilicScalar(1, 0.01, true);
        MuonphilicScalar all = new MuonphilicScalar(1, 0.01, false);
        MuMuBosonGenerator gf = new MuMuBosonGenerator(beam, forced, GeneratorOptions.DEFAULT);
        MuMuBosonGenerator ga = new MuMuBosonGenerator(beam, all, GeneratorOptions.DEFAULT);
        EventBuffer bf = new EventBuffer(16);
        EventBuffer ba = new EventBuffer(16);
        RandomStreams streams = RandomStreams.of(55);
        RandomStream b1 = streams.stream("beam");
        RandomStream r1 = streams.stream("gen");
        RandomStream b2 = RandomStreams.of(55).stream("beam");
        RandomStream r2 = RandomStreams.of(55).stream("gen");
        for (int i = 0; i < 200; i++) {
            double wf = gf.generate(b1, r1, bf);
            double wa = ga.generate(b2, r2, ba);
            assertThat(wf).isCloseTo(wa * forced.muMuBranchingFraction(), within(1e-12 * wa));
            if (wf > 0) {
                int muons = 0;
                for (int j = 0; j < bf.size(); j++) {
                    if (Math.abs(bf.pdgId(j)) == 13 && bf.status(j) == io.upsilon.core.event.GenParticle.FINAL) {
                        muons++;
                    }
                }
                assertThat(muons).isEqualTo(4);
            }
        }
    }

    @Test
    void processRejectsBadParameters() {
        Process p = ProcessRegistry.standard().get(MuMuScalarProcess.NAME);
        assertThatThrownBy(() -> p.newGenerator(
                        beam,
                        ProcessParameters.parse(p.name(), p.parameters(), Map.of("decay", "ee"), "--param"),
                        GeneratorOptions.BORN))
                .isInstanceOf(InputException.class);
        assertThatThrownBy(() -> p.newGenerator(
                        beam,
                        ProcessParameters.parse(
                                p.name(), p.parameters(), Map.of("mass", "0.15", "decay", "mumu"), "--param"),
                        GeneratorOptions.BORN))
                .isInstanceOf(InputException.class);
    }

    static double[] beamsAlongZ(double sqrtS, double[] finalState) {
        double e = sqrtS / 2;
        double[] p = new double[20];
        p[2] = e;
        p[3] = e;
        p[6] = -e;
        p[7] = e;
        System.arraycopy(finalState, 0, p, 8, 12);
        return p;
    }
}
