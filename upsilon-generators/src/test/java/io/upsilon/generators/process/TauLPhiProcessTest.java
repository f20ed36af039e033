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
import io.upsilon.generators.decay.LeptonPhi;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TauLPhiProcessTest {
    private final Beam y4s = Beam.preset("Y4S");

    @Test
    void oneTauPerEventDecaysToLeptonAndKaonPair() {
        Process p = ProcessRegistry.standard().get("tau-lphi");
        ProcessParameters values = ProcessParameters.parse(p.name(), p.parameters(), Map.of("lepton", "11"), "--param");
        assertThat(values.get("br")).isEqualTo(1.0);
        EventGenerator gen = p.newGenerator(y4s, values, GeneratorOptions.BORN);
        RandomStreams rs = RandomStreams.of(5);
        RandomStream beamRng = rs.stream("beam");
        RandomStream rng = rs.stream("gen");
        EventBuffer b = new EventBuffer(8);
        double mTau = ParticleTable.standard().byId(15).mass();
        double me = ParticleTable.standard().byId(11).mass();
        for (int i = 0; i < 2_000; i++) {
            gen.generate(beamRng, rng, b);
            GenEvent e = b.toEvent(i);
            int signal = 0;
            for (GenParticle t : e.particles()) {
                if (Math.abs(t.pdgId()) != 15 || t.status() != GenParticle.DECAYED) {
                    continue;
                }
                if (t.lastDaughter() - t.firstDaughter() != 2) {
                    continue;
                }
                GenParticle l = e.particles().get(t.firstDaughter());
                GenParticle k1 = e.particles().get(t.firstDaughter() + 1);
                GenParticle k2 = e.particles().get(t.firstDaughter() + 2);
                if (Math.abs(l.pdgId()) != 11 || Math.abs(k1.pdgId()) != 321) {
                    continue;
                }
                signal++;
                // Charge: l has the tau's sign; the kaons are opposite.
                assertThat(Integer.signum(l.pdgId())).isEqualTo(Integer.signum(t.pdgId()));
                assertThat(k1.pdgId()).isEqualTo(-k2.pdgId());
                LorentzVector sum = l.momentum().plus(k1.momentum()).plus(k2.momentum());
                LorentzVector d = sum.minus(t.momentum());
                // Lab four-momentum conservation (energies ~5 GeV, double rounding ~1e-15 relative).
                assertThat(Math.abs(d.e()) + d.p3().mag()).isLessThan(1e-9);
                double mKK = k1.momentum().plus(k2.momentum()).m();
                double eStar = l.momentum().inRestFrameOf(t.momentum()).e();
                assertThat(eStar).isCloseTo(LeptonPhi.leptonEnergyAtRest(mTau, me, mKK), within(1e-9));
            }
            assertThat(signal).isEqualTo(1);
        }
    }

    @Test
    void rejectsOtherLeptons() {
        Process p = ProcessRegistry.standard().get("tau-lphi");
        ProcessParameters values = ProcessParameters.parse(p.name(), p.parameters(), Map.of("lepton", "12"), "--param");
        assertThatThrownBy(() -> p.newGenerator(y4s, values, GeneratorOptions.BORN))
                .isInstanceOf(InputException.class)
                .hasMessage("--param: lepton: expected 11 (e) or 13 (mu), got 12.0");
    }
}
