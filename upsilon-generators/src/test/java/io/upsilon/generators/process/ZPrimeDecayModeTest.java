package io.upsilon.generators.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.error.InputException;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.random.RandomStreams;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ZPrimeDecayModeTest {
    private final Beam beam = TestBeams.at1058();

    @Test
    void forcedChannelKeepsTheEventsAndWeighsThemByItsBranchingFraction() {
        // Same streams: the forced generator draws the same numbers, so event by event its weight is the
        // all-channel weight times BR(channel), and the Z' daughters are that channel's leptons.
        LMuLTauZPrime model = new LMuLTauZPrime(6.0, 0.01, 0);
        for (ZPrimeDecayMode mode : new ZPrimeDecayMode[] {ZPrimeDecayMode.MUMU, ZPrimeDecayMode.TAUTAU}) {
            int lepton = mode == ZPrimeDecayMode.MUMU ? 13 : 15;
            double br = model.branchingFractions()[
                    (mode == ZPrimeDecayMode.MUMU ? LMuLTauZPrime.Channel.MU_MU : LMuLTauZPrime.Channel.TAU_TAU)
                            .ordinal()];
            MuMuZPrimeGenerator forced = new MuMuZPrimeGenerator(beam, model, mode, GeneratorOptions.DEFAULT);
            MuMuZPrimeGenerator all =
                    new MuMuZPrimeGenerator(beam, model, ZPrimeDecayMode.ALL, GeneratorOptions.DEFAULT);
            EventBuffer bf = new EventBuffer(16);
            EventBuffer ba = new EventBuffer(16);
            var sf = RandomStreams.of(61);
            var sa = RandomStreams.of(61);
            var bF = sf.stream("beam");
            var rF = sf.stream("gen");
            var bA = sa.stream("beam");
            var rA = sa.stream("gen");
            for (int i = 0; i < 300; i++) {
                double wf = forced.generate(bF, rF, bf);
                double wa = all.generate(bA, rA, ba);
                assertThat(wf).isCloseTo(wa * br, within(1e-12 * wa));
                if (wf > 0) {
                    int z = -1;
                    for (int j = 0; j < bf.size(); j++) {
                        if (bf.pdgId(j) == LMuLTauZPrime.PDG_ID) {
                            z = j;
                        }
                    }
                    assertThat(bf.status(z)).isEqualTo(GenParticle.DECAYED);
                    assertThat(Math.abs(bf.pdgId(z + 1))).isEqualTo(lepton);
                    assertThat(bf.pdgId(z + 2)).isEqualTo(-bf.pdgId(z + 1));
                }
            }
        }
    }

    @Test
    void processParameterIsCheckedAndNamesTheParameter() {
        Process p = ProcessRegistry.standard().get(MuMuZPrimeProcess.NAME);
        assertThatThrownBy(() -> p.newGenerator(
                        beam,
                        ProcessParameters.parse(p.name(), p.parameters(), Map.of("decay", "ee"), "--param"),
                        GeneratorOptions.BORN))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("decay");
        // tau tau is closed at 3 GeV; forcing a visible channel in the fully invisible scenario is an error
        assertThatThrownBy(() -> p.newGenerator(
                        beam,
                        ProcessParameters.parse(
                                p.name(), p.parameters(), Map.of("mass", "3", "decay", "tautau"), "--param"),
                        GeneratorOptions.BORN))
                .isInstanceOf(InputException.class);
        assertThatThrownBy(() -> p.newGenerator(
                        beam,
                        ProcessParameters.parse(
                                p.name(), p.parameters(), Map.of("scenario", "1", "decay", "mumu"), "--param"),
                        GeneratorOptions.BORN))
                .isInstanceOf(InputException.class);
        assertThat(ZPrimeDecayMode.parse("mumu")).isEqualTo(ZPrimeDecayMode.MUMU);
        assertThat(new ZPrimeRadiation(new LMuLTauZPrime(1, 0.01, 0), ZPrimeDecayMode.MUMU).decayWeight())
                .isCloseTo(0.5, within(0.01)); // BR(mu mu) ~ 0.500 at 1 GeV (equal mu and nu widths, beta ~ 1)
    }
}
