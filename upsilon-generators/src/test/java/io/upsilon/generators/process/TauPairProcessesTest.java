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
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.generators.decay.LeptonAlpha;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TauPairProcessesTest {
    private final Beam y4s = Beam.preset("Y4S");
    private final ProcessRegistry registry = ProcessRegistry.standard();

    /** Sum of the status-1 particles minus the sum of the beams. */
    private static LorentzVector imbalance(GenEvent e) {
        LorentzVector sum = LorentzVector.ZERO;
        for (GenParticle p : e.particles()) {
            if (p.status() == GenParticle.FINAL) {
                sum = sum.plus(p.momentum());
            } else if (p.status() == GenParticle.BEAM) {
                sum = sum.minus(p.momentum());
            }
        }
        return sum;
    }

    /** |PDG id| of what reaches the detector: the decay engine's default set (and the invisible alpha). */
    private static final java.util.Set<Integer> REACHES_DETECTOR =
            java.util.Set.of(22, 11, 13, 211, 321, 130, 2212, 2112, 12, 14, 16);

    @Test
    void hadronsFromTauDecaysAreDecayedToo() {
        // tau -> K0 pi nu etc. make K_S0 (0.4 % of taus), eta and omega: the hadron decayer chained
        // after the tau decayer must decay them, leaving only detector-level particles; 6000 events
        // hold ~50 K_S0, so the check cannot pass by their absence (counted below)
        Process p = registry.get("ee-tautau");
        EventGenerator gen = p.newGenerator(y4s, ProcessParameters.none(), GeneratorOptions.DEFAULT);
        RandomStreams rs = RandomStreams.of(17);
        RandomStream beamRng = rs.stream("beam");
        RandomStream rng = rs.stream("gen");
        EventBuffer b = new EventBuffer(8);
        int kShorts = 0;
        for (int i = 0; i < 6_000; i++) {
            if (gen.generate(beamRng, rng, b) == 0) {
                continue;
            }
            GenEvent e = b.toEvent(i);
            for (GenParticle q : e.particles()) {
                if (Math.abs(q.pdgId()) == 310) {
                    kShorts++;
                    assertThat(q.status()).isEqualTo(GenParticle.DECAYED);
                }
                if (q.status() == GenParticle.FINAL) {
                    assertThat(REACHES_DETECTOR)
                            .as("final-state id %d", q.pdgId())
                            .contains(Math.abs(q.pdgId()));
                }
            }
            LorentzVector d = imbalance(e);
            assertThat(Math.abs(d.px()) + Math.abs(d.py()) + Math.abs(d.pz()) + Math.abs(d.e()))
                    .isLessThan(1e-9 * 10.58);
        }
        assertThat(kShorts).isGreaterThan(10);
    }

    @Test
    void eeTauTauEventsHaveDecayedTausAndTheBornWeight() {
        Process p = registry.get("ee-tautau");
        EventGenerator gen = p.newGenerator(y4s, ProcessParameters.none(), GeneratorOptions.BORN);
        RandomStreams rs = RandomStreams.of(3);
        RandomStream beamRng = rs.stream("beam");
        RandomStream rng = rs.stream("gen");
        EventBuffer b = new EventBuffer(8);
        double sumW = 0;
        int n = 5_000;
        for (int i = 0; i < n; i++) {
            sumW += gen.generate(beamRng, rng, b);
            GenEvent e = b.toEvent(i);
            int taus = 0;
            for (GenParticle q : e.particles()) {
                if (Math.abs(q.pdgId()) == 15) {
                    taus++;
                    assertThat(q.status()).isEqualTo(GenParticle.DECAYED);
                    assertThat(q.daughterCount()).isBetween(2, 6);
                }
            }
            assertThat(taus).isEqualTo(2);
            // Every final particle together carries the beams' four-momentum (1e-9 of sqrt(s)).
            LorentzVector d = imbalance(e);
            assertThat(Math.abs(d.px()) + Math.abs(d.py()) + Math.abs(d.pz()) + Math.abs(d.e()))
                    .isLessThan(1e-9 * 11);
        }
        // The decays leave the weight alone: the mean is still sigma_Born(tautau) = 0.772 nb
        // ([D] textbook Born formula, beta_tau = 0.942); with Born weights nearly constant, 1% covers the spread.
        assertThat(sumW / n).isCloseTo(0.772, within(0.008));
    }

    @Test
    void radiativeTauPairsAreDecayedToo() {
        EventGenerator gen =
                registry.get("ee-tautau").newGenerator(y4s, ProcessParameters.none(), GeneratorOptions.DEFAULT);
        RandomStreams rs = RandomStreams.of(13);
        RandomStream beamRng = rs.stream("beam");
        RandomStream rng = rs.stream("gen");
        EventBuffer b = new EventBuffer(8);
        for (int i = 0; i < 3_000; i++) {
            double w = gen.generate(beamRng, rng, b);
            GenEvent e = b.toEvent(i);
            for (GenParticle q : e.particles()) {
                if (Math.abs(q.pdgId()) == 15 || q.pdgId() == 111) {
                    assertThat(q.status()).as("tau or pi0 left undecayed").isNotEqualTo(GenParticle.FINAL);
                }
            }
            if (w > 0) {
                LorentzVector d = imbalance(e);
                assertThat(Math.abs(d.px()) + Math.abs(d.py()) + Math.abs(d.pz()) + Math.abs(d.e()))
                        .isLessThan(1e-8 * 11);
            }
        }
    }

    @Test
    void tauLAlphaHasOneSignalDecayPerEventAtBrOne() {
        Process p = registry.get("tau-lalpha");
        ProcessParameters values =
                ProcessParameters.parse(p.name(), p.parameters(), Map.of("mass", "1.2", "lepton", "13"), "--param");
        assertThat(values.get("br")).isEqualTo(1.0);
        EventGenerator gen = p.newGenerator(y4s, values, GeneratorOptions.BORN);
        RandomStreams rs = RandomStreams.of(4);
        RandomStream beamRng = rs.stream("beam");
        RandomStream rng = rs.stream("gen");
        EventBuffer b = new EventBuffer(8);
        for (int i = 0; i < 2_000; i++) {
            gen.generate(beamRng, rng, b);
            GenEvent e = b.toEvent(i);
            long alphas = e.particles().stream()
                    .filter(q -> q.pdgId() == LeptonAlpha.ALPHA_PDG_ID)
                    .count();
            assertThat(alphas).isEqualTo(1);
            for (GenParticle q : e.particles()) {
                if (q.pdgId() == LeptonAlpha.ALPHA_PDG_ID) {
                    GenParticle tau = e.particles().get(q.mother1());
                    GenParticle lepton = e.particles().get(tau.firstDaughter());
                    assertThat(Math.abs(lepton.pdgId())).isEqualTo(13);
                    // x_mu = 1 + (m_mu^2 - m_alpha^2)/m_tau^2 = 0.548 at m_alpha = 1.2 GeV ([D], 3 decimals).
                    double x =
                            2 * lepton.momentum().inRestFrameOf(tau.momentum()).e() / 1.77693;
                    assertThat(x).isCloseTo(0.548, within(1e-3));
                }
            }
            LorentzVector d = imbalance(e);
            assertThat(Math.abs(d.e())).isLessThan(1e-9 * 11);
        }
    }

    @Test
    void tauLAlphaRejectsOtherLeptons() {
        Process p = registry.get("tau-lalpha");
        ProcessParameters values = ProcessParameters.parse(p.name(), p.parameters(), Map.of("lepton", "12"), "--param");
        assertThatThrownBy(() -> p.newGenerator(y4s, values, GeneratorOptions.BORN))
                .isInstanceOf(InputException.class)
                .hasMessage("--param: lepton: expected 11 (e) or 13 (mu), got 12.0");
        assertThatThrownBy(() -> ProcessParameters.parse(p.name(), p.parameters(), Map.of("mass", "1.7"), "--param"))
                .isInstanceOf(InputException.class);
    }
}
