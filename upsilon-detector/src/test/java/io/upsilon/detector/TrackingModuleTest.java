package io.upsilon.detector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.random.RandomStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tracking against its card. The card numbers themselves are [R] (resolution: design value of the
 * Belle II TDR, arXiv:1011.0352, recalled) and [E] (efficiency, angles, impact parameters:
 * estimates); these tests check that the simulation reproduces the card, so the tolerances are
 * statistical (binomial or the error of a standard deviation, 1/sqrt(2N)) with a margin.
 */
class TrackingModuleTest {
    private static final FastSimulation SIM = FastSimulation.belle2();
    private static final TrackingCard CARD = SIM.card().tracking();
    private static final int MUON = 13;

    @ParameterizedTest
    @ValueSource(doubles = {1.0, 4.0})
    void curvatureResolutionFollowsThePtFormula(double pt) {
        SimulationRun run = SIM.start(RandomStreams.of(11).child("pt", (long) pt));
        int n = 20_000;
        double[] rel = new double[n];
        double[] pulls = new double[n];
        double p = pt; // theta = 90 deg
        double beta = p / Math.hypot(p, 0.1056583755);
        double sigma = CARD.relativePtResolution(pt, beta);
        EventBuffer b = new EventBuffer(4);
        int k = 0;
        for (int i = 0; i < n; i++) {
            Gun.fill(b, MUON, p, 90, 0.7, 0, 0, 0);
            DetectorState s = run.process(b);
            for (int t = 0; t < s.nTracks; t++) {
                if (s.trackTruth[t] == 0) {
                    double ptReco = Math.hypot(s.trackP[3 * t], s.trackP[3 * t + 1]);
                    rel[k] = (1 / ptReco - 1 / pt) * pt;
                    pulls[k] = rel[k] / sigma;
                    k++;
                }
            }
        }
        double[] ms = Gun.meanAndSigma(rel, k);
        double[] pull = Gun.meanAndSigma(pulls, k);
        // sigma(pT)/pT = a pT (+) b/beta, [R] TDR design value: at 1 GeV 0.27%, at 4 GeV 0.53%.
        assertThat(ms[1] / sigma).isCloseTo(1.0, within(0.03));
        assertThat(pull[0]).isCloseTo(0.0, within(0.03));
        assertThat(pull[1]).isCloseTo(1.0, within(0.03));
    }

    @Test
    void efficiencyPlateauAndTurnOnFollowTheCard() {
        SimulationRun run = SIM.start(RandomStreams.of(12));
        for (double pt : new double[] {0.05, 0.1, 1.0}) {
            int n = 20_000;
            int found = 0;
            EventBuffer b = new EventBuffer(4);
            for (int i = 0; i < n; i++) {
                Gun.fill(b, MUON, pt, 90, 0.1, 0, 0, 0);
                DetectorState s = run.process(b);
                if (s.truthToTrack[0] >= 0) {
                    found++;
                }
            }
            double expected = CARD.efficiency(pt); // plateau 0.99, ~93% at 0.1, ~56% at 0.05 [E]
            assertThat((double) found / n).isCloseTo(expected, within(Gun.threeSigma(expected, n)));
        }
    }

    @Test
    void nothingOutsideTheCdcAcceptance() {
        SimulationRun run = SIM.start(RandomStreams.of(13));
        // [S] basf2 AcceptanceVariables.cc: 17 < theta < 150 deg.
        for (double theta : new double[] {12.0, 16.5, 150.5, 160.0}) {
            for (int i = 0; i < 2000; i++) {
                assertThat(run.process(Gun.fire(MUON, 2.0, theta)).truthToTrack[0])
                        .as("theta %s", theta)
                        .isEqualTo(-1);
            }
        }
        int inside = 0;
        for (int i = 0; i < 2000; i++) {
            inside += run.process(Gun.fire(MUON, 2.0, 17.5)).truthToTrack[0] >= 0 ? 1 : 0;
            inside += run.process(Gun.fire(MUON, 2.0, 149.5)).truthToTrack[0] >= 0 ? 1 : 0;
        }
        assertThat(inside).isGreaterThan(3900);
    }

    @Test
    void promptImpactParameterPullsAreUnitAndDisplacedTracksStandOut() {
        SimulationRun run = SIM.start(RandomStreams.of(14));
        double p = 2.0;
        double beta = p / Math.hypot(p, 0.1056583755);
        double sigmaD0 = CARD.d0Resolution(p, beta, 1.0);
        double sigmaZ0 = CARD.z0Resolution(p, beta, 1.0);
        int n = 10_000;
        double[] d0 = new double[n];
        double[] z0 = new double[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            DetectorState s = run.process(Gun.fire(MUON, p, 90, 1.1, 0, 0, 0));
            int t = s.truthToTrack[0];
            if (t >= 0) {
                d0[k] = s.trackD0[t] / sigmaD0;
                z0[k] = s.trackZ0[t] / sigmaZ0;
                k++;
            }
        }
        assertThat(Gun.meanAndSigma(d0, k)[1]).isCloseTo(1.0, within(0.04));
        assertThat(Gun.meanAndSigma(z0, k)[1]).isCloseTo(1.0, within(0.04));
        // A daughter of a decay 1 cm from the IP, flying perpendicular to the displacement: |d0| = 1 cm.
        for (int i = 0; i < 100; i++) {
            DetectorState s = run.process(Gun.fire(MUON, p, 90, Math.PI / 2, 1.0, 0, 0));
            int t = s.truthToTrack[0];
            if (t >= 0) {
                assertThat(Math.abs(s.trackD0[t])).isCloseTo(1.0, within(10 * sigmaD0));
                assertThat(Math.abs(s.trackD0[t])).isGreaterThan(100 * sigmaD0);
            }
        }
    }

    @Test
    void fakeRateFollowsTheCard() {
        SimulationRun run = SIM.start(RandomStreams.of(15));
        int n = 40_000;
        int real = 0;
        int fakes = 0;
        for (int i = 0; i < n; i++) {
            DetectorState s = run.process(Gun.fire(MUON, 2.0, 80));
            for (int t = 0; t < s.nTracks; t++) {
                if (s.trackTruth[t] < 0) {
                    fakes++;
                    assertThat(s.trackCharge[t]).isIn(-1, 1);
                } else {
                    real++;
                }
            }
        }
        double rate = (double) fakes / real; // 1% per track, an estimate [E]
        assertThat(rate).isCloseTo(CARD.fakeRate(), within(Gun.threeSigma(CARD.fakeRate(), real)));
    }
}
