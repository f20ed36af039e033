package io.upsilon.generators.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.error.InputException;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** X -&gt; tau tau forced in ee-mumu-zprime and ee-mumu-scalar: the taus are decayed, the weight carries the BR. */
class ForcedTauTauDecayTest {
    private static final double M_MU = 0.1056583755; // PDG 2024 [S]
    private static final double M_TAU = 1.77693; // PDG 2024 [S]
    private final Beam beam = TestBeams.at1058();

    private static EventGenerator generator(String process, Beam beam, Map<String, String> given) {
        Process proc = ProcessRegistry.standard().get(process);
        ProcessParameters params = ProcessParameters.parse(proc.name(), proc.parameters(), given, "test");
        return proc.newGenerator(beam, params, GeneratorOptions.BORN);
    }

    /** Every accepted event has two decayed taus from X and no tau left in the final state. */
    private static void assertTausDecayed(EventGenerator gen, int xId) {
        RandomStreams rs = RandomStreams.of(21);
        RandomStream beamRng = rs.stream("beam");
        RandomStream rng = rs.stream("gen");
        EventBuffer b = new EventBuffer(32);
        int accepted = 0;
        for (int i = 0; i < 300; i++) {
            if (gen.generate(beamRng, rng, b) == 0) {
                continue;
            }
            accepted++;
            int decayedTaus = 0;
            int finalNeutrinos = 0;
            for (int j = 0; j < b.size(); j++) {
                int id = Math.abs(b.pdgId(j));
                if (id == 15) {
                    assertThat(b.status(j)).isEqualTo(GenParticle.DECAYED);
                    decayedTaus++;
                }
                if (id == 16 && b.status(j) == GenParticle.FINAL) {
                    finalNeutrinos++;
                }
            }
            assertThat(b.pdgId(4)).isEqualTo(xId);
            assertThat(decayedTaus).isEqualTo(2);
            assertThat(finalNeutrinos).isEqualTo(2); // one nu_tau from each tau decay
        }
        assertThat(accepted).isGreaterThan(100);
    }

    @Test
    void zPrimeTausAreDecayed() {
        assertTausDecayed(
                generator("ee-mumu-zprime", beam, Map.of("mass", "5.0", "decay", "tautau")), LMuLTauZPrime.PDG_ID);
    }

    /** Scenario 0 with the decays by branching fraction (decay=all): no tau is left undecayed. */
    @Test
    void zPrimeTausByBranchingFractionAreDecayedToo() {
        EventGenerator gen = generator("ee-mumu-zprime", beam, Map.of("mass", "5.0"));
        RandomStreams rs = RandomStreams.of(22);
        RandomStream beamRng = rs.stream("beam");
        RandomStream rng = rs.stream("gen");
        EventBuffer b = new EventBuffer(32);
        int withTaus = 0;
        for (int i = 0; i < 600; i++) {
            if (gen.generate(beamRng, rng, b) == 0) {
                continue;
            }
            boolean taus = false;
            for (int j = 0; j < b.size(); j++) {
                if (Math.abs(b.pdgId(j)) == 15) {
                    assertThat(b.status(j)).isEqualTo(GenParticle.DECAYED);
                    taus = true;
                }
            }
            withTaus += taus ? 1 : 0;
        }
        // BR(Z' -> tau tau) is about a third at 5 GeV (nu nubar, mu mu and tau tau couplings equal)
        assertThat(withTaus).isBetween(60, 300);
    }

    @Test
    void scalarTausAreDecayedAndTheWeightCarriesTheLeptophilicBranchingFraction() {
        assertTausDecayed(
                generator("ee-mumu-scalar", beam, Map.of("mass", "5.0", "decay", "tautau")), MuonphilicScalar.PDG_ID);
        // Gamma(l l) = g_l^2 M beta_l^3 / (8 pi) with g_tau / g_mu = m_tau / m_mu: at M = 5 GeV
        // Gamma(tau tau) / Gamma(mu mu) = (m_tau/m_mu)^2 beta_tau^3 / beta_mu^3 = 98.7 (by hand), so BR(tau tau) =
        // 0.990 up to the two-photon width (below 1e-3 of the total).
        double m = 5.0;
        double bTau = Math.pow(1 - 4 * M_TAU * M_TAU / (m * m), 1.5);
        double bMu = Math.pow(1 - 4 * M_MU * M_MU / (m * m), 1.5);
        double r = (M_TAU / M_MU) * (M_TAU / M_MU) * bTau / bMu;
        assertThat(r).isCloseTo(98.7, within(0.2));
        MuonphilicScalar s = new MuonphilicScalar(m, 0.01, 15);
        assertThat(s.decayWeight()).isCloseTo(r / (1 + r), within(1e-3));
        assertThat(s.pickDaughter(0.999)).isEqualTo(15);
        // the muonphilic scalar itself has no tau channel
        assertThat(new MuonphilicScalar(m, 0.01, false).tauTauBranchingFraction())
                .isZero();
    }

    @Test
    void scalarTauTauNeedsTheTauPairThreshold() {
        assertThatThrownBy(() -> generator("ee-mumu-scalar", beam, Map.of("mass", "3.5", "decay", "tautau")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("2 m_tau");
        assertThatThrownBy(() -> generator("ee-mumu-scalar", beam, Map.of("mass", "5", "decay", "ee")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("tautau");
    }
}
