package io.upsilon.generators.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.beam.BeamPresets;
import io.upsilon.core.error.InputException;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.exec.Job;
import io.upsilon.core.exec.LocalExecutor;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.kinematics.Vec3;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FermionPairBornTest {
    private static final double M_MU = 0.1056583755; // PDG 2024 [S] (scikit-hep/particle mass_width_2024.mcd)
    private final Beam y4s = BeamPresets.standard().get("Y4S");
    private final Process eeMuMu = ProcessRegistry.standard().get("ee-mumu");

    @Test
    void analyticBornCrossSectionAt1058() {
        // [D] textbook Born formula (alpha = 1/137.036, (hbar c)^2 = 0.3893794 GeV^2 mb): sigma_Born(mumu) = 0.7759 nb
        // at sqrt(s) = 10.58 GeV, quoted to 4 digits.
        FermionPairBorn mumu = new FermionPairBorn(y4s, 13, M_MU, 1, -1);
        assertThat(mumu.crossSection(10.58 * 10.58)).isCloseTo(0.7759, within(0.00005));
        // [D] sigma_Born(tautau) = 0.772 nb (beta_tau = 0.942).
        FermionPairBorn tautau = new FermionPairBorn(y4s, 15, 1.77693, 1, -1);
        assertThat(tautau.crossSection(10.58 * 10.58)).isCloseTo(0.772, within(0.0005));
        // Massless limit: 4 pi alpha^2/(3s) = 86.85 nb / s[GeV^2] ([D], 4 digits).
        FermionPairBorn massless = new FermionPairBorn(y4s, 11, 0, 1, -1);
        assertThat(massless.crossSection(1.0)).isCloseTo(86.85, within(0.005));
        // Below threshold: nothing.
        assertThat(tautau.crossSection(3.0 * 3.0)).isZero();
    }

    @Test
    void generatedCrossSectionAgreesWithTheFormula() {
        CrossSectionEstimate est = CrossSectionRun.run(
                eeMuMu,
                ProcessParameters.none(),
                GeneratorOptions.BORN,
                y4s,
                Job.of("t", 3, 400_000),
                LocalExecutor.ofThreads(2));
        double analytic = eeMuMu.newGenerator(y4s, ProcessParameters.none(), GeneratorOptions.BORN)
                .analyticCrossSection()
                .orElseThrow();
        // The beam-energy spread shifts <1/s> by 3 (sigma_W/W)^2 ~ 7e-7 relative: negligible against 4 MC errors.
        assertThat(est.sigma()).isCloseTo(analytic, within(4 * est.error()));
        assertThat(est.error()).isLessThan(1e-5 * analytic);
    }

    /** cos(theta*) of the mu- with respect to the e- beam, in the CM frame of each collision. */
    private static double cosThetaStar(EventBuffer b) {
        LorentzVector total = b.momentum(0).plus(b.momentum(1));
        Vec3 axis = b.momentum(0).inRestFrameOf(total).p3().unit();
        Vec3 mu = b.momentum(2).inRestFrameOf(total).p3().unit();
        return axis.dot(mu);
    }

    @Test
    void cosThetaStarFollowsOnePlusCos2() {
        EventGenerator gen = eeMuMu.newGenerator(y4s, ProcessParameters.none(), GeneratorOptions.BORN);
        RandomStreams rs = RandomStreams.of(11);
        RandomStream beamRng = rs.stream("beam");
        RandomStream rng = rs.stream("gen");
        EventBuffer b = new EventBuffer(8);
        int bins = 40;
        int n = 400_000;
        double[] sw = new double[bins];
        double[] sw2 = new double[bins];
        double total = 0;
        for (int i = 0; i < n; i++) {
            double w = gen.generate(beamRng, rng, b);
            int k = Math.min(bins - 1, (int) ((cosThetaStar(b) + 1) / 2 * bins));
            sw[k] += w;
            sw2[k] += w * w;
            total += w;
        }
        // Expected shape: 1 + c^2 + (1 - beta^2)(1 - c^2), integrated per bin; normalised to the total.
        double beta2 = 1 - 4 * M_MU * M_MU / y4s.s();
        double norm = 0;
        double[] expected = new double[bins];
        for (int k = 0; k < bins; k++) {
            double lo = -1 + 2.0 * k / bins;
            double hi = lo + 2.0 / bins;
            expected[k] = (hi - lo) + (hi * hi * hi - lo * lo * lo) / 3 * beta2 + (1 - beta2) * (hi - lo) * 2;
            norm += expected[k];
        }
        double chi2 = 0;
        for (int k = 0; k < bins; k++) {
            double e = expected[k] / norm * total;
            chi2 += (sw[k] - e) * (sw[k] - e) / sw2[k];
        }
        // 39 degrees of freedom: P(chi2 > 75) ~ 5e-4.
        assertThat(chi2).isLessThan(75);
        // And it is not flat: the first bin (c ~ -1) holds about twice the central one.
        assertThat(sw[0] / sw[bins / 2]).isCloseTo(2.0, within(0.1));
    }

    @Test
    void labFrameShowsTheBoost() {
        EventGenerator gen = eeMuMu.newGenerator(y4s, ProcessParameters.none(), GeneratorOptions.BORN);
        RandomStreams rs = RandomStreams.of(12);
        RandomStream beamRng = rs.stream("beam");
        RandomStream rng = rs.stream("gen");
        EventBuffer b = new EventBuffer(8);
        int forward = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            gen.generate(beamRng, rng, b);
            if (b.pz(2) > 0) {
                forward++;
            }
        }
        double afb = (2.0 * forward - n) / n;
        // Symmetric in the CM frame; in the lab a muon goes forward iff cos(theta*) > -beta_z/beta_mu
        // (boost along z; the 41.5 mrad tilt changes this only at second order). With the 1 + cos^2
        // cumulative F(c) = (3c + c^3 + 4)/8 the expected lab asymmetry is 1 - 2 F(-beta_z/beta_mu) = 0.2095.
        double betaZ = y4s.cmBoostBeta().z();
        double betaMu = Math.sqrt(1 - 4 * M_MU * M_MU / y4s.s());
        double c0 = -betaZ / betaMu;
        double expected = 1 - 2 * (3 * c0 + c0 * c0 * c0 + 4) / 8;
        // Binomial standard error sqrt((1 - A^2)/n) = 0.0022: allow 5 of them.
        assertThat(afb).isCloseTo(expected, within(5 * Math.sqrt((1 - expected * expected) / n)));
        assertThat(expected).isCloseTo(0.2095, within(0.0001));
    }

    @Test
    void fourMomentumIsConservedAndMassesAreRight() {
        EventGenerator gen = eeMuMu.newGenerator(y4s, ProcessParameters.none(), GeneratorOptions.BORN);
        RandomStreams rs = RandomStreams.of(13);
        RandomStream beamRng = rs.stream("beam");
        RandomStream rng = rs.stream("gen");
        EventBuffer b = new EventBuffer(8);
        for (int i = 0; i < 10_000; i++) {
            gen.generate(beamRng, rng, b);
            LorentzVector in = b.momentum(0).plus(b.momentum(1));
            LorentzVector out = b.momentum(2).plus(b.momentum(3));
            assertThat(out.minus(in).p()).isLessThan(1e-12);
            assertThat(out.e() - in.e()).isCloseTo(0, within(1e-12));
            assertThat(b.momentum(2).m()).isCloseTo(M_MU, within(1e-9));
            assertThat(b.momentum(3).m()).isCloseTo(M_MU, within(1e-9));
            assertThat(b.pdgId(2)).isEqualTo(13);
            assertThat(b.pdgId(3)).isEqualTo(-13);
        }
    }

    @Test
    void inverseCdfSamplerIsExactAtTheEnds() {
        assertThat(FermionPairBorn.sampleOnePlusCos2(0.0)).isCloseTo(-1, within(1e-14));
        assertThat(FermionPairBorn.sampleOnePlusCos2(0.5)).isCloseTo(0, within(1e-15));
        assertThat(FermionPairBorn.sampleOnePlusCos2(1.0)).isCloseTo(1, within(1e-14));
        // CDF(c) = (3c + c^3 + 4)/8 must return u.
        for (double u = 0.05; u < 1; u += 0.1) {
            double c = FermionPairBorn.sampleOnePlusCos2(u);
            assertThat((3 * c + c * c * c + 4) / 8).isCloseTo(u, within(1e-14));
        }
    }

    @Test
    void sameSeedSameEvents() {
        CrossSectionEstimate a = CrossSectionRun.run(
                eeMuMu,
                ProcessParameters.none(),
                GeneratorOptions.BORN,
                y4s,
                new Job("r", 5, 50_000, 7_000),
                LocalExecutor.ofThreads(1));
        CrossSectionEstimate b = CrossSectionRun.run(
                eeMuMu,
                ProcessParameters.none(),
                GeneratorOptions.BORN,
                y4s,
                new Job("r", 5, 50_000, 7_000),
                LocalExecutor.ofThreads(3));
        assertThat(b).isEqualTo(a);
    }

    @Test
    void registryAndParameters() {
        assertThatThrownBy(() -> ProcessRegistry.standard().get("ee-foo"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("ee-mumu");
        assertThatThrownBy(
                        () -> ProcessParameters.parse("ee-mumu", eeMuMu.parameters(), Map.of("mass", "1"), "--param"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("has no parameter 'mass'");
        var declared = java.util.List.of(new ProcessParameter("mass", "GeV", "Z' mass", 1, 0.01, 10));
        assertThat(ProcessParameters.parse("x", declared, Map.of(), "--param").get("mass"))
                .isEqualTo(1);
        assertThat(ProcessParameters.parse("x", declared, Map.of("mass", "2.5"), "--param")
                        .get("mass"))
                .isEqualTo(2.5);
        assertThatThrownBy(() -> ProcessParameters.parse("x", declared, Map.of("mass", "abc"), "--param"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("expected a number");
        assertThatThrownBy(() -> ProcessParameters.parse("x", declared, Map.of("mass", "20"), "--param"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("outside the allowed range");
    }
}
