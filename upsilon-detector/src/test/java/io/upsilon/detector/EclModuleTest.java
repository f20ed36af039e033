package io.upsilon.detector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.random.RandomStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ECL clusters against the card (energy resolution [R] Belle, NIM A 479 (2002) 117; position
 * resolution, efficiency and MIP deposit [E] estimates; regions [S] basf2
 * analysis/variables/src/AcceptanceVariables.cc). The tests check the simulation reproduces the
 * card; tolerances are statistical with a margin.
 */
class EclModuleTest {
    private static final FastSimulation SIM = FastSimulation.belle2();
    private static final EclCard CARD = SIM.card().ecl();

    @ParameterizedTest
    @ValueSource(doubles = {0.1, 1.0, 5.0})
    void photonEnergyResolutionFollowsTheCard(double e) {
        SimulationRun run = SIM.start(RandomStreams.of(21).child("e", Math.round(e * 10)));
        int n = 20_000;
        double[] r = new double[n];
        double[] dTheta = new double[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            DetectorState s = run.process(Gun.fire(22, e, 70));
            if (s.nClusters == 1) {
                r[k] = s.clusterE[0] / e - 1;
                dTheta[k] = s.clusterTheta[0] - Math.toRadians(70);
                assertThat(s.clusterTrack[0]).isEqualTo(-1);
                assertThat(s.clusterTruth[0]).isZero();
                assertThat(s.clusterRegion[0]).isEqualTo(2);
                k++;
            }
        }
        // sigma_E/E: 2.1% at 0.1 GeV, 1.6% at 1 GeV, 1.4% at 5 GeV ([D] from the [R] Belle ECL formula).
        double[] ms = Gun.meanAndSigma(r, k);
        assertThat(ms[0]).isCloseTo(0.0, within(0.002));
        assertThat(ms[1] / CARD.relativeEnergyResolution(e)).isCloseTo(1.0, within(0.04));
        assertThat(Gun.meanAndSigma(dTheta, k)[1] / CARD.angularResolution(e)).isCloseTo(1.0, within(0.04));
        // photon efficiency 97% [E] up to 1 GeV; above, only the holes lose a photon (1e-4 [E])
        double eff = CARD.showerEfficiency(22, e);
        assertThat(eff).isEqualTo(e > 1.0 ? 1 - 1e-4 : 0.97);
        assertThat((double) k / n).isCloseTo(eff, within(Math.max(Gun.threeSigma(eff, n), 3.0 / n)));
    }

    @Test
    void gapsAndOutsideGiveNoCluster() {
        SimulationRun run = SIM.start(RandomStreams.of(22));
        // [S] basf2 AcceptanceVariables.cc: gaps 31.4-32.2 and 128.7-130.7 deg; ECL 12.4-155.1 deg.
        for (double theta : new double[] {10.0, 31.8, 129.7, 157.0}) {
            for (int i = 0; i < 1000; i++) {
                assertThat(run.process(Gun.fire(22, 2.0, theta)).nClusters)
                        .as("theta %s", theta)
                        .isZero();
            }
        }
        int found = 0;
        for (double theta : new double[] {14.0, 31.0, 33.0, 128.0, 131.5, 154.0}) {
            for (int i = 0; i < 1000; i++) {
                found += run.process(Gun.fire(22, 2.0, theta)).nClusters;
            }
        }
        assertThat(found).isGreaterThan(6 * 1000 * 95 / 100);
    }

    @Test
    void electronsShowerWithEOverPNearOneAndAreMatched() {
        SimulationRun run = SIM.start(RandomStreams.of(23));
        int n = 5000;
        double[] eop = new double[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            DetectorState s = run.process(Gun.fire(11, 3.0, 60));
            int t = s.truthToTrack[0];
            if (t >= 0 && s.trackCluster[t] >= 0) {
                int c = s.trackCluster[t];
                assertThat(s.clusterTrack[c]).isEqualTo(t);
                double p = Math.sqrt(s.trackP[3 * t] * s.trackP[3 * t]
                        + s.trackP[3 * t + 1] * s.trackP[3 * t + 1]
                        + s.trackP[3 * t + 2] * s.trackP[3 * t + 2]);
                eop[k++] = s.clusterE[c] / p;
            }
        }
        assertThat(k).isGreaterThan(n * 90 / 100);
        // E/p ~ 1 (textbook), spread from the ECL (1.5%) and tracker resolutions.
        assertThat(Gun.meanAndSigma(eop, k)[0]).isCloseTo(1.0, within(0.005));
        assertThat(Gun.meanAndSigma(eop, k)[1]).isLessThan(0.03);
    }

    @Test
    void muonsLeaveAMinimumIonisingDeposit() {
        SimulationRun run = SIM.start(RandomStreams.of(24));
        int n = 5000;
        double[] e = new double[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            DetectorState s = run.process(Gun.fire(13, 2.0, 90));
            for (int c = 0; c < s.nClusters; c++) {
                if (s.clusterTruth[c] == 0) {
                    e[k++] = s.clusterE[c];
                    assertThat(s.clusterHits[c]).isEqualTo(CARD.hitsMip());
                }
            }
        }
        // "~0.2 GeV" MIP deposit, an estimate [E]; card mean 0.19 GeV, width 0.03 GeV.
        double[] ms = Gun.meanAndSigma(e, k);
        assertThat(ms[0]).isCloseTo(CARD.mipMean(), within(0.003));
        assertThat(ms[1]).isCloseTo(CARD.mipSigma(), within(0.003));
        // Low-pT charged particles do not reach the barrel (pT > 0.28 GeV, [S] basf2 AcceptanceVariables.cc).
        for (int i = 0; i < 500; i++) {
            assertThat(run.process(Gun.fire(13, 0.25, 90)).nClusters).isZero();
        }
    }

    @Test
    void neutrinosLeaveNothingAndPionsSometimesShower() {
        SimulationRun run = SIM.start(RandomStreams.of(25));
        assertThat(run.process(Gun.fire(14, 2.0, 90)).nClusters).isZero();
        int n = 20_000;
        int showers = 0;
        int clusters = 0;
        for (int i = 0; i < n; i++) {
            DetectorState s = run.process(Gun.fire(211, 2.0, 90));
            for (int c = 0; c < s.nClusters; c++) {
                clusters++;
                if (s.clusterHits[c] != CARD.hitsMip()) {
                    showers++;
                }
            }
        }
        // hadronic interaction probability 0.55 [D] (some low deposits fall below the minimum energy)
        assertThat((double) showers / n).isCloseTo(CARD.hadronicProbability(), within(Gun.threeSigma(0.55, n) + 0.01));
        assertThat(clusters).isGreaterThan(n * 95 / 100);
    }
}
