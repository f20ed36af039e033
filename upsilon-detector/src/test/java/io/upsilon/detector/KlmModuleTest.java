package io.upsilon.detector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

/**
 * KLM response against the card (acceptances [S] basf2 analysis/variables/src/AcceptanceVariables.cc; muon
 * reach and K_L efficiency [E], estimates).
 */
class KlmModuleTest {
    private static final FastSimulation SIM = FastSimulation.belle2();
    private static final KlmCard CARD = SIM.card().klm();

    @Test
    void energeticMuonsCrossAllLayersSoftOnesStop() {
        SimulationRun run = SIM.start(RandomStreams.of(31));
        DetectorState s = run.process(Gun.fire(13, 3.0, 90));
        int t = s.truthToTrack[0];
        if (t >= 0) {
            assertThat(s.trackKlmLayers[t]).isEqualTo(CARD.barrelLayers());
        }
        s = run.process(Gun.fire(13, 3.0, 30));
        t = s.truthToTrack[0];
        if (t >= 0) {
            assertThat(s.trackKlmLayers[t]).isEqualTo(CARD.endcapLayers());
        }
        // Below minP = 0.6 GeV [E] the muon does not reach the KLM.
        for (int i = 0; i < 100; i++) {
            s = run.process(Gun.fire(13, 0.5, 90));
            t = s.truthToTrack[0];
            if (t >= 0) {
                assertThat(s.trackKlmLayers[t]).isZero();
            }
        }
        // Range model: 0.8 GeV reaches 1 + (0.8 - 0.6)/0.054 = 4 layers [D from the card].
        assertThat(CARD.muonLayers(0.8, 0.8, true)).isEqualTo(4);
    }

    @Test
    void klongEfficiencyRisesFromZeroToSixtyPercent() {
        SimulationRun run = SIM.start(RandomStreams.of(32));
        // Estimate [E]: ~0 at 0.5 GeV, ~60% at 3 GeV; linear in between on this card.
        for (double p : new double[] {0.45, 1.75, 3.0, 4.0}) {
            int n = 10_000;
            int found = 0;
            for (int i = 0; i < n; i++) {
                DetectorState s = run.process(Gun.fire(130, p, 90));
                found += s.nKlm;
                if (s.nKlm > 0) {
                    assertThat(s.klmTruth[0]).isZero();
                    assertThat(s.klmLayers[0]).isBetween(1, CARD.barrelLayers());
                }
            }
            double expected = CARD.klongEfficiency(p);
            assertThat((double) found / n).as("p = %s", p).isCloseTo(expected, within(Gun.threeSigma(expected, n)));
        }
        assertThat(CARD.klongEfficiency(3.0)).isCloseTo(0.6, within(1e-12));
        assertThat(CARD.klongEfficiency(1.75)).isCloseTo(0.3, within(1e-12));
    }
}
