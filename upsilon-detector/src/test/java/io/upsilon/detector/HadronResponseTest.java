package io.upsilon.detector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.error.InputException;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.event.RecoEvent;
import io.upsilon.core.event.RecoTrack;
import io.upsilon.core.random.RandomStreams;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast simulation's response to hadrons against the card: displaced tracks (efficiency falling
 * with the production radius, none beyond the CDC, the production point recorded), neutral hadrons
 * in the ECL, and final-state particles it cannot handle being counted. Tolerances: three binomial
 * standard deviations for efficiencies ({@link Gun#threeSigma}); positions within multiples of the
 * card's impact-parameter resolution.
 */
class HadronResponseTest {
    private static final FastSimulation SIM = FastSimulation.belle2();
    private static final TrackingCard TRACKING = SIM.card().tracking();
    private static final EclCard ECL = SIM.card().ecl();
    /** PDG 2024 masses, GeV. */
    private static final double M_KS = 0.497611;

    private static final double M_PI = 0.13957039;

    @Test
    void radialFactorIsExactlyOneInsideTheFirstPxdLayerAndZeroBeyondTheCdc() {
        DisplacedTrackingCard d = TRACKING.displaced();
        // Exactly 1 (not approximately): prompt tracks, including tau daughters a fraction of a mm
        // from the beam, draw and pass exactly as before the displaced model existed.
        assertThat(d.relativeEfficiency(0.0)).isEqualTo(1.0);
        assertThat(d.relativeEfficiency(0.05)).isEqualTo(1.0);
        assertThat(d.relativeEfficiency(1.4)).isEqualTo(1.0);
        assertThat(TRACKING.efficiency(0.7, 0.05)).isEqualTo(TRACKING.efficiency(0.7));
        // At the SVD edge the card's vxdEdgeEfficiency; beyond it the CDC-layer count.
        assertThat(d.relativeEfficiency(14.0)).isCloseTo(0.9, within(1e-12));
        // r = 64.5 cm leaves 56 x 48.5/97 = 28 layers: 0.9 x (28 - 20)/(56 - 20) = 0.2.
        assertThat(d.relativeEfficiency(64.5)).isCloseTo(0.2, within(1e-12));
        // Fewer than 20 layers left (r > 113 - 20 x 97/56 = 78.36 cm) or outside the CDC: none.
        assertThat(d.relativeEfficiency(80.0)).isZero();
        assertThat(d.relativeEfficiency(113.0)).isZero();
        assertThat(d.relativeEfficiency(500.0)).isZero();
        // Monotonic fall with the radius.
        double previous = 1.0;
        for (double r = 0; r < 120; r += 0.5) {
            double f = d.relativeEfficiency(r);
            assertThat(f).isLessThanOrEqualTo(previous);
            previous = f;
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {5.0, 30.0, 60.0})
    void displacedPionEfficiencyFollowsTheCardFormula(double r) {
        SimulationRun run = SIM.start(RandomStreams.of(31).child("r", (long) r));
        int n = 20_000;
        int found = 0;
        // A 1 GeV pi+ produced at (r, 0, 0), flying outwards at theta = 80 deg.
        EventBuffer b = new EventBuffer(4);
        for (int i = 0; i < n; i++) {
            Gun.fill(b, 211, 1.0, 80, 0.0, r, 0, 0);
            DetectorState s = run.process(b);
            for (int t = 0; t < s.nTracks; t++) {
                if (s.trackTruth[t] == 0) {
                    found++;
                }
            }
        }
        double pt = Math.sin(Math.toRadians(80));
        double expected = TRACKING.efficiency(pt, r);
        double eff = (double) found / n;
        assertThat(eff).isCloseTo(expected, within(Gun.threeSigma(expected, n)));
        // The fall is visible: at 30 and 60 cm clearly below the prompt efficiency.
        if (r > 20) {
            assertThat(eff).isLessThan(TRACKING.efficiency(pt) - 0.1);
        }
    }

    @Test
    void kShortDecayingBeyondTheCdcGivesNoTracksAndOneInsideGivesTwo() {
        SimulationRun run = SIM.start(RandomStreams.of(32));
        EventBuffer b = new EventBuffer(4);
        int tracksOutside = 0;
        int bothInside = 0;
        int n = 2000;
        for (int i = 0; i < n; i++) {
            double cosStar = -0.5 + i / (double) n;
            V0Gun.fill(b, 310, M_KS, 2.0, 85, 0.4, 120.0, 211, M_PI, -211, M_PI, cosStar, 1.0);
            tracksOutside += countTruthTracks(run.process(b));
            V0Gun.fill(b, 310, M_KS, 2.0, 85, 0.4, 10.0, 211, M_PI, -211, M_PI, cosStar, 1.0);
            if (countTruthTracks(run.process(b)) == 2) {
                bothInside++;
            }
        }
        assertThat(tracksOutside).isZero();
        // At 10 cm each pion is found with about 0.99 x 0.93: both in ~85% of the events.
        assertThat(bothInside).isGreaterThan(n * 3 / 4);
    }

    @Test
    void trackRecordsItsProductionPointWithTheImpactParameterResolution() {
        SimulationRun run = SIM.start(RandomStreams.of(33));
        EventBuffer b = new EventBuffer(4);
        double x0 = 8.0;
        double y0 = 6.0;
        double z0 = 3.0;
        int n = 5000;
        double sumDx = 0;
        double sumDz = 0;
        int k = 0;
        for (int i = 0; i < n; i++) {
            Gun.fill(b, -211, 1.5, 70, 0.6, x0, y0, z0);
            RecoEvent reco = run.simulate(b, i, false);
            for (RecoTrack t : reco.tracks()) {
                if (t.truthIndex() == 0) {
                    // The recorded point lies on the true line to within the d0/z0 resolution.
                    sumDx += (t.position().x() - x0) * (t.position().x() - x0)
                            + (t.position().y() - y0) * (t.position().y() - y0);
                    sumDz += (t.position().z() - z0) * (t.position().z() - z0);
                    // d0 of the straight track from (8, 6) cm at phi = 0.6: x sin(phi) - y cos(phi)
                    // = -0.435 cm; 0.01 cm is many times its resolution (~20 um).
                    assertThat(t.d0()).isCloseTo(x0 * Math.sin(0.6) - y0 * Math.cos(0.6), within(0.01));
                    k++;
                }
            }
        }
        assertThat(k).isGreaterThan(n / 2);
        double p = 1.5;
        double beta = p / Math.hypot(p, M_PI);
        double sinTheta = Math.sin(Math.toRadians(70));
        double sigmaD0 = TRACKING.d0Resolution(p, beta, sinTheta);
        double sigmaZ0 = TRACKING.z0Resolution(p, beta, sinTheta);
        // RMS of the transverse and longitudinal offsets equal the d0 and z0 resolutions (the point
        // moves by the impact-parameter residual only); 5% covers the error of an RMS over ~5000.
        assertThat(Math.sqrt(sumDx / k) / sigmaD0).isCloseTo(1.0, within(0.05));
        assertThat(Math.sqrt(sumDz / k) / sigmaZ0).isCloseTo(1.0, within(0.05));
    }

    @Test
    void neutronsShowerWithTheHadronicProbabilityAntineutronsDepositTheirAnnihilationEnergy() {
        SimulationRun run = SIM.start(RandomStreams.of(34));
        int n = 20_000;
        double p = 1.0;
        double m = 0.9395654;
        double e = Math.hypot(p, m);
        double kinetic = e - m;
        int[] clusters = new int[2];
        double[] sumE = new double[2];
        int[] pdgs = {2112, -2112};
        for (int s = 0; s < 2; s++) {
            for (int i = 0; i < n; i++) {
                DetectorState st = run.process(Gun.fire(pdgs[s], p, 90));
                if (st.nClusters == 1) {
                    clusters[s]++;
                    sumE[s] += st.clusterE[0];
                }
                assertThat(st.nTracks).isZero();
                assertThat(st.unhandledCount()).isZero();
            }
        }
        // Cluster fraction: the hadronic interaction probability times nothing else (every deposit of
        // a 1 GeV neutron, at least 0.2 x 0.43 GeV, is above the 0.02 GeV threshold).
        double prob = ECL.hadronicProbability();
        assertThat((double) clusters[0] / n).isCloseTo(prob, within(Gun.threeSigma(prob, n)));
        assertThat((double) clusters[1] / n).isCloseTo(prob, within(Gun.threeSigma(prob, n)));
        // Mean deposit: the mean uniform fraction times kinetic energy (neutron) or E + m_N
        // (antineutron); 2% covers the spread of a uniform fraction and the energy smearing over
        // ~11000 clusters.
        double meanFraction = 0.5 * (ECL.hadronicFractionMin() + ECL.hadronicFractionMax());
        assertThat(sumE[0] / clusters[0]).isCloseTo(meanFraction * kinetic, within(0.02 * meanFraction * kinetic));
        assertThat(sumE[1] / clusters[1])
                .isCloseTo(meanFraction * (e + 0.93957), within(0.02 * meanFraction * (e + 0.93957)));
    }

    @Test
    void particlesTheSimulationCannotHandleAreCountedPerPdgId() {
        SimulationRun run = SIM.start(RandomStreams.of(35));
        EventBuffer b = new EventBuffer(8);
        // An undecayed K_S0, a Sigma+ and a Lambda left as final state, next to a pion and a K_L0.
        int[] pdgs = {310, 3222, -3122, 211, 130, 22, 12};
        for (int i = 0; i < pdgs.length; i++) {
            int k = b.add(pdgs[i], GenParticle.FINAL, 0.3 * (i + 1), 0.2, 0.5, 3.0);
            b.setVertex(k, 0, 0, 0, 0);
        }
        DetectorState s = run.process(b);
        assertThat(s.unhandledCount()).isEqualTo(3);
        run.process(b);
        assertThat(run.unhandledParticles()).isEqualTo(Map.of(-3122, 2L, 310, 2L, 3222, 2L));
        assertThat(ParticleFate.of(130)).isEqualTo(ParticleFate.NEUTRAL_HADRON);
        assertThat(ParticleFate.of(-2112)).isEqualTo(ParticleFate.NEUTRAL_HADRON);
        assertThat(ParticleFate.of(-321)).isEqualTo(ParticleFate.CHARGED_TRACK);
        assertThat(ParticleFate.of(-16)).isEqualTo(ParticleFate.INVISIBLE);
        assertThat(ParticleFate.of(111)).isEqualTo(ParticleFate.UNHANDLED);
    }

    @Test
    void inconsistentDisplacedBlockIsBadInputNamingTheKey() {
        for (String[] c : new String[][] {
            {"    minCdcLayers: 60\n", "tracking.displaced.minCdcLayers"},
            {"    cdcInnerRadius: 10.0\n", "tracking.displaced.cdcInnerRadius"},
            {"    vxdEdgeEfficiency: 1.5\n", "tracking.displaced.vxdEdgeEfficiency"}
        }) {
            String text = "base: belle2\ntracking:\n  displaced:\n" + c[0];
            assertThatThrownBy(() -> DetectorCardReader.parse(text, "card.yaml"))
                    .isInstanceOfSatisfying(
                            InputException.class, e -> assertThat(e.location()).isEqualTo(c[1]));
        }
        // A user card changes one number and keeps the rest.
        DetectorCard card = DetectorCardReader.parse(
                "base: belle2\ntracking:\n  displaced:\n    vxdEdgeEfficiency: 0.8\n", "card.yaml");
        assertThat(card.tracking().displaced().vxdEdgeEfficiency()).isEqualTo(0.8);
        assertThat(card.tracking().displaced().cdcOuterRadius()).isEqualTo(113.0);
    }

    private static int countTruthTracks(DetectorState s) {
        int c = 0;
        for (int t = 0; t < s.nTracks; t++) {
            if (s.trackTruth[t] >= 0) {
                c++;
            }
        }
        return c;
    }
}
