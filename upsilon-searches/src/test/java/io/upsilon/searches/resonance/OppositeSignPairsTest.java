package io.upsilon.searches.resonance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.kinematics.LorentzVector;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OppositeSignPairsTest {
    private static final double M = 0.1056583755; // muon mass, PDG 2024

    private static LorentzVector mu(double px, double py, double pz) {
        return LorentzVector.fromPxPyPzM(px, py, pz, M);
    }

    @Test
    void theFourPairsAreTheTwoPairingsOfOppositeSignMuons() {
        // mu+ a, mu- b (a resonance-like pair), mu+ c, mu- d
        LorentzVector a = mu(1, 0.2, 0.1);
        LorentzVector b = mu(0.9, -0.2, 0.3);
        LorentzVector c = mu(-2, 1, 0);
        LorentzVector d = mu(0.1, -1, -0.4);
        OppositeSignPairs pairs = new OppositeSignPairs(new LorentzVector[] {a, b, c, d}, new double[] {1, -1, 1, -1});
        Set<String> masses = new HashSet<>();
        for (int k = 0; k < OppositeSignPairs.PAIRS; k++) {
            // each pair and its partner use all four muons: their sum is the total
            LorentzVector total = pairs.pair(k).plus(pairs.other(k));
            assertThat(total.e()).isCloseTo(a.e() + b.e() + c.e() + d.e(), within(1e-12));
            masses.add(String.format("%.9f", pairs.mass(k)));
        }
        assertThat(masses).hasSize(4);
        assertThat(masses)
                .contains(
                        String.format("%.9f", a.plus(b).m()),
                        String.format("%.9f", c.plus(d).m()),
                        String.format("%.9f", a.plus(d).m()),
                        String.format("%.9f", c.plus(b).m()));
    }

    @Test
    void closestPicksThePairNearestTheHypothesis() {
        float[] f = new float[OppositeSignPairs.eventFeatures(6)];
        f[0] = 0.5f;
        f[1] = 3.0f;
        f[2] = 1.02f;
        f[3] = 7.0f;
        assertThat(OppositeSignPairs.closest(f, 1.0)).isEqualTo(2);
        assertThat(OppositeSignPairs.closest(f, 6.0)).isEqualTo(3);
        assertThat(OppositeSignPairs.closest(f, 0.2)).isZero();
    }

    @Test
    void rejectsAChargeCombinationThatIsNotTwoPlusTwoMinus() {
        LorentzVector p = mu(1, 0, 0);
        assertThatThrownBy(() -> new OppositeSignPairs(new LorentzVector[] {p, p, p, p}, new double[] {1, 1, 1, -1}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void trackIndicesNameTheConstructorsTracksOfEachPair() {
        LorentzVector a = mu(1, 0.2, 0.1);
        LorentzVector b = mu(0.9, -0.2, 0.3);
        LorentzVector c = mu(-2, 1, 0);
        LorentzVector d = mu(0.1, -1, -0.4);
        // order: -, +, -, + (indices 0..3)
        OppositeSignPairs pairs = new OppositeSignPairs(new LorentzVector[] {b, a, d, c}, new double[] {-1, 1, -1, 1});
        for (int k = 0; k < OppositeSignPairs.PAIRS; k++) {
            int[] idx = pairs.trackIndices(k);
            LorentzVector[] t = {b, a, d, c};
            // the pair's momentum is the sum of the two named tracks, one positive (odd index), one negative
            assertThat(t[idx[0]].plus(t[idx[1]]).e()).isCloseTo(pairs.pair(k).e(), within(1e-12));
            assertThat(idx[0] % 2).isEqualTo(1);
            assertThat(idx[1] % 2).isZero();
        }
        float[] f = new float[OppositeSignPairs.eventFeatures(2)];
        f[OppositeSignPairs.PAIRS + 2 * 2] = 7f; // first feature of pair 2
        f[2] = 3f;
        assertThat(OppositeSignPairs.closestPairFeatures(f, 3.1, 2)).containsExactly(7f, 0f);
    }
}
