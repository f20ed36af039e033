package io.upsilon.generators.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.error.InputException;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenEvent;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code tau_mass} parameter of {@code ee-tautau}: production and decays use the given mass. */
class TauMassParameterTest {
    private final Beam y4s = Beam.preset("Y4S");
    private final Process tautau = ProcessRegistry.standard().get("ee-tautau");

    private ProcessParameters mass(String m) {
        return ProcessParameters.parse(
                tautau.name(), tautau.parameters(), Map.of(TauPairProcesses.TAU_MASS, m), "test");
    }

    /** Largest |m(tau) - m| and |m(daughters) - m| over the taus of n events. */
    private double worstMassDeviation(EventGenerator gen, double m, int n, long seed) {
        RandomStreams rs = RandomStreams.of(seed);
        RandomStream beamRng = rs.stream("beam");
        RandomStream rng = rs.stream("gen");
        EventBuffer b = new EventBuffer(16);
        double worst = 0;
        int taus = 0;
        for (int i = 0; i < n; i++) {
            gen.generate(beamRng, rng, b);
            GenEvent e = b.toEvent(i);
            for (int k = 0; k < e.size(); k++) {
                GenParticle q = e.particle(k);
                if (Math.abs(q.pdgId()) != 15) {
                    continue;
                }
                taus++;
                LorentzVector sum = LorentzVector.ZERO;
                for (GenParticle d : e.daughters(k)) {
                    sum = sum.plus(d.momentum());
                }
                worst = Math.max(worst, Math.abs(q.momentum().m() - m));
                worst = Math.max(worst, Math.abs(sum.m() - m));
            }
        }
        assertThat(taus).isEqualTo(2 * n);
        return worst;
    }

    @Test
    void defaultIsTheParticleTableMass() {
        double table = ParticleTable.standard().byId(15).mass();
        assertThat(table).isEqualTo(1.77693);
        assertThat(mass(Double.toString(table)).get(TauPairProcesses.TAU_MASS)).isEqualTo(table);
        ProcessParameters defaults = ProcessParameters.parse(tautau.name(), tautau.parameters(), Map.of(), "test");
        assertThat(defaults.get(TauPairProcesses.TAU_MASS)).isEqualTo(table);
    }

    @Test
    void shiftedMassReachesProductionAndEveryDecay() {
        double m = 1.77893; // +2 MeV
        // Four-vector sums of O(5 GeV) components: rounding of the invariant mass ~1e-12 GeV;
        // 1e-9 is far below any physics shift (a 1 MeV error would fail).
        assertThat(worstMassDeviation(tautau.newGenerator(y4s, mass("1.77893"), GeneratorOptions.DEFAULT), m, 3000, 5))
                .isLessThan(1e-9);
        assertThat(worstMassDeviation(tautau.newGenerator(y4s, mass("1.77893"), GeneratorOptions.BORN), m, 1000, 6))
                .isLessThan(1e-9);
        // The default generator keeps the table mass, so the check above can fail.
        double table = ParticleTable.standard().byId(15).mass();
        assertThat(worstMassDeviation(
                        tautau.newGenerator(y4s, ProcessParameters.none(), GeneratorOptions.DEFAULT), table, 500, 7))
                .isLessThan(1e-9);
    }

    @Test
    void defaultValueGivesTheSameEventsAsNoParameter() {
        double table = ParticleTable.standard().byId(15).mass();
        EventGenerator a = tautau.newGenerator(y4s, ProcessParameters.none(), GeneratorOptions.DEFAULT);
        EventGenerator b = tautau.newGenerator(y4s, mass(Double.toString(table)), GeneratorOptions.DEFAULT);
        RandomStream ba = RandomStreams.of(9).stream("beam");
        RandomStream ga = RandomStreams.of(9).stream("gen");
        RandomStream bb = RandomStreams.of(9).stream("beam");
        RandomStream gb = RandomStreams.of(9).stream("gen");
        EventBuffer ea = new EventBuffer(16);
        EventBuffer eb = new EventBuffer(16);
        for (int i = 0; i < 200; i++) {
            double wa = a.generate(ba, ga, ea);
            double wb = b.generate(bb, gb, eb);
            assertThat(wb).isEqualTo(wa);
            assertThat(eb.toEvent(i)).isEqualTo(ea.toEvent(i));
        }
    }

    @Test
    void outOfRangeMassIsAnInputError() {
        assertThatThrownBy(() -> mass("2.5")).isInstanceOf(InputException.class).hasMessageContaining("tau_mass");
    }

    @Test
    void shiftedMassMovesTheCrossSectionOnlySlightly() {
        // sigma ~ beta (3 - beta^2)/2: +2 MeV on m_tau changes it by ~ -0.03% [D]; the mean Born
        // weight over 4000 nearly constant weights stays within 0.5% of sigma_Born = 0.772 nb.
        EventGenerator gen = tautau.newGenerator(y4s, mass("1.77893"), GeneratorOptions.BORN);
        RandomStream beamRng = RandomStreams.of(11).stream("beam");
        RandomStream rng = RandomStreams.of(11).stream("gen");
        EventBuffer b = new EventBuffer(16);
        double sum = 0;
        for (int i = 0; i < 4000; i++) {
            sum += gen.generate(beamRng, rng, b);
        }
        assertThat(sum / 4000).isCloseTo(0.772, within(0.004));
    }
}
