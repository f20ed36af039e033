package io.upsilon.detector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

/**
 * The KLM veto of photons through the ECL gaps, against the card: gaps 31.4-32.2 and 128.7-130.7 deg
 * ([S] basf2 AcceptanceVariables.cc, ecl.regions), KLM acceptance 18-155 deg ([S] same file), photon
 * efficiency and threshold [E] (klm.photon).
 */
class KlmPhotonModuleTest {
    private static final FastSimulation SIM = FastSimulation.belle2();
    private static final KlmCard CARD = SIM.card().klm();

    @Test
    void photonsInTheGapsGiveKlmClustersAtTheCardEfficiency() {
        SimulationRun run = SIM.start(RandomStreams.of(41));
        for (double theta : new double[] {31.8, 129.7}) {
            int n = 10_000;
            int found = 0;
            for (int i = 0; i < n; i++) {
                DetectorState s = run.process(Gun.fire(22, 3.0, theta));
                assertThat(s.nClusters).as("no ECL cluster in the gap").isZero();
                found += s.nKlm;
                if (s.nKlm > 0) {
                    assertThat(s.klmTruth[0]).isZero();
                    assertThat(s.klmLayers[0]).isBetween(1, CARD.photonMaxLayers());
                    assertThat(Math.toDegrees(s.klmTheta[0])).isCloseTo(theta, within(10.0));
                }
            }
            double eff = CARD.photonEfficiency();
            assertThat((double) found / n).as("theta = %s", theta).isCloseTo(eff, within(Gun.threeSigma(eff, n)));
        }
    }

    @Test
    void photonsInTheEclOrDownTheBeamPipeOrBelowThresholdGiveNone() {
        SimulationRun run = SIM.start(RandomStreams.of(42));
        // 90 deg: stopped in the barrel ECL; 10 and 160 deg: outside both ECL and KLM (beam pipe);
        // a gap photon below the threshold.
        double[][] cases = {{3.0, 90}, {3.0, 10}, {3.0, 160}, {0.5 * CARD.photonMinEnergy(), 31.8}};
        for (double[] c : cases) {
            for (int i = 0; i < 500; i++) {
                DetectorState s = run.process(Gun.fire(22, c[0], c[1]));
                assertThat(s.nKlm).as("E = %s, theta = %s", c[0], c[1]).isZero();
            }
        }
    }
}
