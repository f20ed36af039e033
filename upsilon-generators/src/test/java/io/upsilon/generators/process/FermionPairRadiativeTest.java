package io.upsilon.generators.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.exec.Job;
import io.upsilon.core.exec.LocalExecutor;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.generators.radiation.FinalStateRadiation;
import io.upsilon.generators.radiation.VacuumPolarization;
import org.junit.jupiter.api.Test;

class FermionPairRadiativeTest {
    private static final double M_MU = 0.1056583755;
    private final Beam y4s = Beam.preset("Y4S");
    private final Process eeMuMu = ProcessRegistry.standard().get("ee-mumu");

    @Test
    void everyEventConservesFourMomentum() {
        EventGenerator gen = eeMuMu.newGenerator(y4s, ProcessParameters.none(), GeneratorOptions.DEFAULT);
        RandomStreams rs = RandomStreams.of(21);
        RandomStream beamRng = rs.stream("beam");
        RandomStream rng = rs.stream("gen");
        EventBuffer b = new EventBuffer(8);
        int withIsrPhoton = 0;
        for (int i = 0; i < 50_000; i++) {
            double w = gen.generate(beamRng, rng, b);
            assertThat(w).isPositive().isFinite();
            LorentzVector in = b.momentum(0).plus(b.momentum(1));
            LorentzVector out = LorentzVector.ZERO;
            int muons = 0;
            for (int k = 2; k < b.size(); k++) {
                assertThat(b.status(k)).isEqualTo(GenParticle.FINAL);
                out = out.plus(b.momentum(k));
                if (Math.abs(b.pdgId(k)) == 13) {
                    muons++;
                    assertThat(b.momentum(k).m()).isCloseTo(M_MU, within(1e-7));
                } else {
                    assertThat(b.pdgId(k)).isEqualTo(22);
                    assertThat(b.momentum(k).m2()).isCloseTo(0, within(1e-9));
                }
            }
            assertThat(muons).isEqualTo(2);
            assertThat(out.minus(in).p()).isLessThan(1e-10);
            assertThat(out.e() - in.e()).isCloseTo(0, within(1e-10));
            if (b.size() > 4 && b.momentum(b.size() - 1).e() > 1.0) {
                withIsrPhoton++;
            }
        }
        assertThat(withIsrPhoton).isPositive();
    }

    /**
     * The generator's mean weight against a deterministic quadrature of the same physics,
     * sigma = int dx F(x, s) sigma_Born(s(1-x)) VP(s(1-x)) (1 + 3 alpha/4 pi), at a fixed s (no beam
     * spread). This checks the importance sampling and every factor of the event weight.
     */
    @Test
    void meanWeightEqualsTheQuadratureOfTheStructureFunctionIntegral() {
        Beam fixed = y4s.withoutEnergySpread();
        double s = fixed.s();
        FermionPairBorn born = new FermionPairBorn(fixed, 13, M_MU, 1, -1);
        VacuumPolarization vp = VacuumPolarization.standard();
        double xMax = 1 - 4 * M_MU * M_MU / s;
        double total = IsrQuadrature.integrate(sp -> born.crossSection(sp) * vp.factor(sp), s, xMax);
        total *= FinalStateRadiation.inclusiveFactor(-1);

        CrossSectionEstimate est = CrossSectionRun.run(
                eeMuMu,
                ProcessParameters.none(),
                GeneratorOptions.DEFAULT,
                fixed,
                Job.of("rad", 7, 3_000_000),
                LocalExecutor.ofThreads(2));
        // 5 MC standard errors plus 3e-4 relative for the quadrature (grid and window edges).
        assertThat(est.sigma()).isCloseTo(total, within(5 * est.error() + 3e-4 * total));
        // ISR, VP and the radiative return raise sigma(mu mu (gamma)) well above the Born 0.776 nb.
        assertThat(est.sigma()).isBetween(1.10, 1.20);
    }

    @Test
    void radiativeResultDoesNotDependOnThreads() {
        CrossSectionEstimate a = CrossSectionRun.run(
                eeMuMu,
                ProcessParameters.none(),
                GeneratorOptions.DEFAULT,
                y4s,
                new Job("r", 5, 60_000, 9_000),
                LocalExecutor.ofThreads(1));
        CrossSectionEstimate b = CrossSectionRun.run(
                eeMuMu,
                ProcessParameters.none(),
                GeneratorOptions.DEFAULT,
                y4s,
                new Job("r", 5, 60_000, 9_000),
                LocalExecutor.ofThreads(2));
        assertThat(b).isEqualTo(a);
    }
}
