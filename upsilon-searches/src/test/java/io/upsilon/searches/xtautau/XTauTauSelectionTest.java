package io.upsilon.searches.xtautau;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.searches.resonance.OppositeSignPairs;
import org.junit.jupiter.api.Test;

class XTauTauSelectionTest {
    private static final double M_MU = 0.1056583755; // PDG 2024
    private static final double M_PI = 0.13957039; // PDG 2024

    @Test
    void recoilMassOfAPairAtRestIsSqrtSMinusItsMass() {
        // A mu mu pair at rest in the CM frame with mass 4 GeV at sqrt(s) = 10 GeV recoils against 6 GeV:
        // M_rec^2 = s - 2 sqrt(s) E* + M^2 = 100 - 80 + 16 = 36.
        double p = Math.sqrt(4 - M_MU * M_MU);
        LorentzVector a = LorentzVector.fromPxPyPzM(0, 0, p, M_MU);
        LorentzVector b = LorentzVector.fromPxPyPzM(0, 0, -p, M_MU);
        assertThat(XTauTauSelection.recoilMass(a.plus(b), 10.0)).isCloseTo(6.0, within(1e-12));
        // a pair with more energy than sqrt(s) allows has no physical recoil: 0, not NaN
        LorentzVector c = LorentzVector.fromPxPyPzM(0, 0, 6, M_MU);
        assertThat(XTauTauSelection.recoilMass(c.plus(c), 10.0)).isZero();
    }

    @Test
    void onlyIdentifiedMuonPairsGetARecoilMassAndTheThreeProngMassIsTheSmallest() {
        // mu+ (0), mu- (1), pi+ (2), pi- (3); the pi pair is collimated (small mass), as from a tau decay
        LorentzVector[] t = {
            LorentzVector.fromPxPyPzM(2, 0.5, 1, M_MU),
            LorentzVector.fromPxPyPzM(-1.5, -0.2, 0.8, M_MU),
            LorentzVector.fromPxPyPzM(0.3, 1.0, -1.2, M_PI),
            LorentzVector.fromPxPyPzM(0.25, 1.1, -1.0, M_PI)
        };
        OppositeSignPairs pairs = new OppositeSignPairs(t, new double[] {1, -1, 1, -1});
        boolean[] muonPair = new boolean[OppositeSignPairs.PAIRS];
        int muMu = -1;
        for (int k = 0; k < OppositeSignPairs.PAIRS; k++) {
            int[] idx = pairs.trackIndices(k);
            muonPair[k] = idx[0] == 0 && idx[1] == 1;
            muMu = muonPair[k] ? k : muMu;
        }
        float[] f = XTauTauSelection.features(pairs, muonPair, XTauTauSelection.minThreeTrackMass(t), 10.58);
        assertThat(f).hasSize(XTauTauSelection.EVENT_FEATURES);
        for (int k = 0; k < OppositeSignPairs.PAIRS; k++) {
            if (k == muMu) {
                assertThat((double) f[k]).isCloseTo(XTauTauSelection.recoilMass(t[0].plus(t[1]), 10.58), within(1e-4));
            } else {
                assertThat(f[k]).isEqualTo(XTauTauSelection.NOT_A_MUON_PAIR);
            }
        }
        // the closest pair to any physical mass hypothesis is the muon pair
        assertThat(OppositeSignPairs.closest(f, 7.0)).isEqualTo(muMu);
        // the smallest three-track mass is one of the four combinations, computed by hand here
        double min = Double.POSITIVE_INFINITY;
        for (int out = 0; out < 4; out++) {
            LorentzVector s = LorentzVector.fromPxPyPzM(0, 0, 0, 0);
            for (int i = 0; i < 4; i++) {
                s = i == out ? s : s.plus(t[i]);
            }
            min = Math.min(min, s.m());
        }
        assertThat(XTauTauSelection.minThreeTrackMass(t)).isCloseTo(min, within(1e-12));
        int last = OppositeSignPairs.PAIRS + XTauTauSelection.PAIR_FEATURES.size() - 1;
        assertThat((double) f[last]).isCloseTo(min, within(1e-5));
    }
}
