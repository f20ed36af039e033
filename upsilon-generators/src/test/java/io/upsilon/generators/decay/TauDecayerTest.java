package io.upsilon.generators.decay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenEvent;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TauDecayerTest {
    private static final ParticleTable PDG = ParticleTable.standard();
    private static final double M_TAU = PDG.byId(15).mass();

    /** One tau of the given charge sign and momentum along z, at vertex (0.1, 0.2, 0.3) cm, t = 1 ns. */
    private static void oneTau(EventBuffer b, int id, double pz) {
        b.clear();
        int i = b.add(id, GenParticle.FINAL, 0, 0, pz, Math.sqrt(pz * pz + M_TAU * M_TAU));
        b.setVertex(i, 0.1, 0.2, 0.3, 1.0);
    }

    /** Key of the mode a tau- decayed to: its daughters' ids in order. */
    private static String modeKey(EventBuffer b, int tau) {
        GenEvent e = b.toEvent(0);
        GenParticle t = e.particles().get(tau);
        StringBuilder sb = new StringBuilder();
        for (int d = t.firstDaughter(); d <= t.lastDaughter(); d++) {
            sb.append(e.particles().get(d).pdgId()).append(' ');
        }
        return sb.toString();
    }

    private static String key(List<ParticleData> products) {
        StringBuilder sb = new StringBuilder();
        for (ParticleData p : products) {
            sb.append(p.id()).append(' ');
        }
        return sb.toString();
    }

    @Test
    void modeFrequenciesReproduceTheBranchingFractions() {
        TauDecayTable table = TauDecayTable.standard();
        TauDecayer decayer = new TauDecayer(table);
        RandomStream rng = RandomStreams.of(5).stream("br");
        EventBuffer b = new EventBuffer(16);
        Map<String, Integer> counts = new HashMap<>();
        int n = 400_000;
        for (int i = 0; i < n; i++) {
            oneTau(b, 15, 3.0);
            decayer.decay(b, rng);
            counts.merge(modeKey(b, 0), 1, Integer::sum);
        }
        int seen = 0;
        for (TauDecayChannel c : table.channels()) {
            int k = counts.getOrDefault(key(c.products()), 0);
            seen += k;
            double br = c.branchingFraction();
            double sigma = Math.sqrt(br * (1 - br) / n);
            // Binomial: 5 standard errors (14 modes, so a false alarm has p ~ 1e-5).
            assertThat((double) k / n).as(c.name()).isCloseTo(br, within(5 * sigma));
        }
        assertThat(seen).as("every decay is one of the table's modes").isEqualTo(n);
    }

    /** Checks links, status and four-momentum conservation (1e-9 relative) of every decay in b. */
    private static void assertConsistent(EventBuffer b) {
        GenEvent e = b.toEvent(0);
        List<GenParticle> ps = e.particles();
        for (int i = 0; i < ps.size(); i++) {
            GenParticle p = ps.get(i);
            int id = Math.abs(p.pdgId());
            if (id == 15 || id == 111) {
                assertThat(p.status()).as("tau and pi0 are decayed").isEqualTo(GenParticle.DECAYED);
            }
            if (p.status() == GenParticle.DECAYED) {
                LorentzVector sum = new LorentzVector(0, 0, 0, 0);
                for (int d = p.firstDaughter(); d <= p.lastDaughter(); d++) {
                    GenParticle q = ps.get(d);
                    assertThat(q.mother1()).isEqualTo(i);
                    assertThat(q.mother2()).isEqualTo(i);
                    sum = sum.plus(q.momentum());
                    assertThat(q.vertex()).isEqualTo(ps.get(p.firstDaughter()).vertex());
                }
                LorentzVector diff = sum.minus(p.momentum());
                double scale = p.momentum().e();
                assertThat(Math.abs(diff.px()) + Math.abs(diff.py()) + Math.abs(diff.pz()) + Math.abs(diff.e()))
                        .as("four-momentum balance of " + p.pdgId())
                        .isLessThan(1e-9 * scale);
                if (id == 111) {
                    assertThat(p.daughterCount()).isEqualTo(2);
                    assertThat(ps.get(p.firstDaughter()).pdgId()).isEqualTo(22);
                    assertThat(ps.get(p.lastDaughter()).pdgId()).isEqualTo(22);
                    assertThat(sum.m()).isCloseTo(PDG.byId(111).mass(), within(1e-9));
                }
            }
        }
    }

    @Test
    void everyDecayConservesFourMomentumAndLinksDaughters() {
        TauDecayer decayer = new TauDecayer();
        RandomStream rng = RandomStreams.of(6).stream("cons");
        EventBuffer b = new EventBuffer(4);
        for (int i = 0; i < 20_000; i++) {
            b.clear();
            // A back-to-back pair with a lab-like boost, as the tau-pair generator makes them.
            int t1 = b.add(15, GenParticle.FINAL, 1.2, -0.4, 4.1, Math.sqrt(1.44 + 0.16 + 16.81 + M_TAU * M_TAU));
            int t2 = b.add(-15, GenParticle.FINAL, -1.2, 0.4, -2.0, Math.sqrt(1.44 + 0.16 + 4.0 + M_TAU * M_TAU));
            decayer.decay(b, rng);
            assertConsistent(b);
            assertThat(b.status(t1)).isEqualTo(GenParticle.DECAYED);
            assertThat(b.status(t2)).isEqualTo(GenParticle.DECAYED);
            // tau+ decays to the charge conjugates: total charge of its final daughters is +1.
            double q = 0;
            for (int d = 0; d < b.size(); d++) {
                if (b.status(d) == GenParticle.FINAL && PDG.findById(b.pdgId(d)).isPresent()) {
                    q += PDG.byId(b.pdgId(d)).charge();
                }
            }
            assertThat(q).isEqualTo(0.0);
        }
    }

    @Test
    void flightLengthMeanIsBetaGammaCTau() {
        // c tau = 87.04 um [D] from the PDG 2024 width Gamma_tau = 2.267e-12 GeV [S] (4 digits).
        double cTau = PDG.byId(15).cTau();
        assertThat(cTau).isCloseTo(87.04e-4, within(0.01e-4));
        TauDecayer decayer = new TauDecayer();
        RandomStream rng = RandomStreams.of(7).stream("flight");
        EventBuffer b = new EventBuffer(16);
        double pz = 4.0;
        double betaGamma = pz / M_TAU;
        int n = 100_000;
        double sum = 0;
        double sumT = 0;
        for (int i = 0; i < n; i++) {
            oneTau(b, -15, pz);
            decayer.decay(b, rng);
            int d = b.toEvent(0).particles().get(0).firstDaughter();
            assertThat(b.vertexX(d)).isEqualTo(0.1);
            assertThat(b.vertexY(d)).isEqualTo(0.2);
            sum += b.vertexZ(d) - 0.3;
            sumT += b.time(d) - 1.0;
        }
        // Exponential: standard error of the mean = mean / sqrt(n); 5 of them.
        double expected = betaGamma * cTau;
        assertThat(sum / n).isCloseTo(expected, within(5 * expected / Math.sqrt(n)));
        // Lab time: gamma tau (ns); the displacement equals beta c t exactly, event by event on average.
        double gamma = Math.sqrt(pz * pz + M_TAU * M_TAU) / M_TAU;
        double tauNs = PDG.byId(15).lifetime() * 1e9;
        assertThat(sumT / n).isCloseTo(gamma * tauNs, within(5 * gamma * tauNs / Math.sqrt(n)));
    }

    @Test
    void twoBodyLineInTheTauRestFrameForAMovingTau() {
        // [D] E*_pi = (m_tau^2 + m_pi^2)/(2 m_tau) = 0.894 GeV; boost back from a tau of 4 GeV/c.
        TauDecayTable only = TauDecayTable.standard();
        TauDecayer decayer = new TauDecayer(only);
        RandomStream rng = RandomStreams.of(8).stream("line");
        EventBuffer b = new EventBuffer(16);
        int found = 0;
        for (int i = 0; i < 2_000; i++) {
            oneTau(b, 15, 4.0);
            decayer.decay(b, rng);
            if (b.size() == 3 && b.pdgId(1) == -211) {
                LorentzVector tau = b.momentum(0);
                double e = b.momentum(1).inRestFrameOf(tau).e();
                assertThat(e).isCloseTo(0.894, within(6e-4));
                found++;
            }
        }
        assertThat(found).isGreaterThan(100);
    }

    @Test
    void reproducibleForASeed() {
        EventBuffer a = new EventBuffer(8);
        EventBuffer c = new EventBuffer(8);
        TauDecayer d1 = new TauDecayer();
        TauDecayer d2 = new TauDecayer();
        RandomStream r1 = RandomStreams.of(9).stream("rep");
        RandomStream r2 = RandomStreams.of(9).stream("rep");
        for (int i = 0; i < 500; i++) {
            oneTau(a, i % 2 == 0 ? 15 : -15, 2.5);
            oneTau(c, i % 2 == 0 ? 15 : -15, 2.5);
            d1.decay(a, r1);
            d2.decay(c, r2);
            assertThat(a.toEvent(i)).isEqualTo(c.toEvent(i));
        }
        // and a different seed gives different decays.
        RandomStream r3 = RandomStreams.of(10).stream("rep");
        oneTau(a, 15, 2.5);
        oneTau(c, 15, 2.5);
        d1.decay(a, RandomStreams.of(9).stream("rep"));
        d2.decay(c, r3);
        assertThat(a.toEvent(0)).isNotEqualTo(c.toEvent(0));
    }

    @Test
    void extraModeGoesToOneTauPerEventWithProbabilityBr() {
        double br = 0.3;
        TauDecayer decayer = new TauDecayer().withExtraMode(LeptonAlpha.channel(PDG, 13, 0.7, br));
        RandomStream rng = RandomStreams.of(12).stream("lalpha");
        EventBuffer b = new EventBuffer(16);
        int n = 40_000;
        int withAlpha = 0;
        int fromTauMinus = 0;
        for (int i = 0; i < n; i++) {
            b.clear();
            b.add(15, GenParticle.FINAL, 0, 0, 3, Math.sqrt(9 + M_TAU * M_TAU));
            b.add(-15, GenParticle.FINAL, 0, 0, -3, Math.sqrt(9 + M_TAU * M_TAU));
            decayer.decay(b, rng);
            assertConsistent(b);
            int alphas = 0;
            for (int j = 0; j < b.size(); j++) {
                if (b.pdgId(j) == LeptonAlpha.ALPHA_PDG_ID) {
                    alphas++;
                    int mother = b.toEvent(0).particles().get(j).mother1();
                    int lepton = j - 1; // products in table order: lepton, alpha
                    assertThat(Math.abs(b.pdgId(lepton))).isEqualTo(13);
                    assertThat(Integer.signum(b.pdgId(lepton))).isEqualTo(Integer.signum(b.pdgId(mother)));
                    if (b.pdgId(mother) == 15) {
                        fromTauMinus++;
                    }
                    // x_mu = 1 + (m_mu^2 - m_alpha^2)/m_tau^2 = 0.848 at m_alpha = 0.7 ([D], 3 decimals).
                    LorentzVector tau = b.momentum(mother);
                    assertThat(2 * b.momentum(lepton).inRestFrameOf(tau).e() / M_TAU)
                            .isCloseTo(0.848, within(1e-3));
                }
            }
            assertThat(alphas).isLessThanOrEqualTo(1);
            withAlpha += alphas;
        }
        double sigma = Math.sqrt(br * (1 - br) / n);
        assertThat((double) withAlpha / n).isCloseTo(br, within(5 * sigma));
        // Either charge, at random: half of them from the tau-.
        assertThat((double) fromTauMinus / withAlpha).isCloseTo(0.5, within(5 * 0.5 / Math.sqrt(withAlpha)));
    }
}
