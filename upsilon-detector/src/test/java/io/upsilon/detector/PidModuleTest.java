package io.upsilon.detector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.random.RandomStreams;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * PID working points. The card's efficiencies and pion mis-ID rates are [B] numbers (quoted in Belle II
 * talks, plausibly the working points of arXiv:2212.03634 / 2212.03066, not verified; the turn-ons
 * and non-pion mis-IDs are [E] estimates); the test checks that a cut at the card's working point
 * on the simulated scores reproduces them, within 3 binomial standard deviations.
 */
class PidModuleTest {
    private static final FastSimulation SIM = FastSimulation.belle2();
    private static final PidCard CARD = SIM.card().pid();

    @ParameterizedTest(name = "{0} at p = {1} GeV, theta = {2} deg")
    @CsvSource({
        // muonID > 0.9: 90% for muons, 7% for pions, p > 1 GeV in the KLM acceptance [B]
        "13, 1.5, 90",
        "13, 3.0, 40",
        "211, 1.5, 90",
        "211, 3.0, 140",
        "13, 0.7, 90",
        // electronID > 0.9: 86% / 0.4% [B]
        "11, 1.0, 60",
        "211, 1.0, 60",
        // kaonID > 0.9: 90% / 6% [B]
        "321, 1.0, 90",
        "211, 2.0, 90",
        // protons and kaons as muons [E]
        "2212, 2.0, 90",
        "321, 2.0, 90"
    })
    void workingPointsReproduceTheCard(int pdg, double p, double thetaDeg) {
        SimulationRun run = SIM.start(RandomStreams.of(41).child("pid" + pdg, Math.round(p * 10 + thetaDeg * 100)));
        Species truth = Species.ofPdg(pdg);
        int n = pdg == 211 ? 100_000 : 20_000;
        int tracks = 0;
        int mu = 0;
        int e = 0;
        int k = 0;
        for (int i = 0; i < n; i++) {
            DetectorState s = run.process(Gun.fire(pdg, p, thetaDeg));
            int t = s.truthToTrack[0];
            if (t < 0) {
                continue;
            }
            tracks++;
            double[] v = s.trackPid;
            int o = Species.COUNT * t;
            double sum = 0;
            for (int h = 0; h < Species.COUNT; h++) {
                assertThat(v[o + h]).isBetween(0.0, 1.0);
                sum += v[o + h];
            }
            assertThat(sum).isCloseTo(1.0, within(1e-9));
            mu += v[o + Species.MUON.ordinal()] > CARD.muon().workingPoint() ? 1 : 0;
            e += v[o + Species.ELECTRON.ordinal()] > CARD.electron().workingPoint() ? 1 : 0;
            k += v[o + Species.KAON.ordinal()] > CARD.kaon().workingPoint() ? 1 : 0;
        }
        double theta = Math.toRadians(thetaDeg);
        double expMu = CARD.muon().passProbability(Species.MUON, truth, p, theta);
        double expE = CARD.electron().passProbability(Species.ELECTRON, truth, p, theta);
        double expK = CARD.kaon().passProbability(Species.KAON, truth, p, theta);
        assertThat((double) mu / tracks).as("muonID").isCloseTo(expMu, within(Gun.threeSigma(expMu, tracks)));
        assertThat((double) e / tracks).as("electronID").isCloseTo(expE, within(Gun.threeSigma(expE, tracks)));
        assertThat((double) k / tracks).as("kaonID").isCloseTo(expK, within(Gun.threeSigma(expK, tracks)));
        // Above the turn-ons the rates are the card's [B] plateaus themselves.
        if (p >= 1.5 && pdg == 13) {
            assertThat(expMu).isCloseTo(0.90, within(0.001));
        }
        if (p >= 1.5 && pdg == 211) {
            assertThat(expMu).isCloseTo(0.07, within(0.001));
        }
        if (pdg == 11) {
            assertThat(expE).isCloseTo(0.86, within(0.001));
        }
        if (pdg == 321 && p == 1.0) {
            assertThat(expK).isCloseTo(0.90, within(0.001));
        }
    }
}
