package io.upsilon.searches.xmumu;

import io.upsilon.core.kinematics.LorentzVector;

/**
 * The opposite-sign muon pairs of a four-muon event with total charge zero: two positive (a, b) and two
 * negative (c, d) muons pair up in two ways, (a c)(b d) and (a d)(b c), so there are four X candidates,
 * each with the other pair of its pairing as the recoil. Pair k: 0 = (a c), 1 = (b d), 2 = (a d), 3 =
 * (b c); the other pair of k is k ^ 1.
 */
final class DimuonPairs {
    /** Number of candidate pairs. */
    static final int PAIRS = 4;

    private static final int[][] MEMBERS = {{0, 0}, {1, 1}, {0, 1}, {1, 0}}; // {positive index, negative index}

    private final LorentzVector[] positive = new LorentzVector[2];
    private final LorentzVector[] negative = new LorentzVector[2];

    /**
     * @param muons four four-momenta (any frame)
     * @param charges their charges: two +1 and two -1
     */
    DimuonPairs(LorentzVector[] muons, double[] charges) {
        if (muons.length != 4 || charges.length != 4) {
            throw new IllegalArgumentException("expected four muons, got " + muons.length);
        }
        int np = 0;
        int nn = 0;
        for (int i = 0; i < 4; i++) {
            if (charges[i] > 0 && np < 2) {
                positive[np++] = muons[i];
            } else if (charges[i] < 0 && nn < 2) {
                negative[nn++] = muons[i];
            } else {
                throw new IllegalArgumentException("expected two positive and two negative muons");
            }
        }
    }

    /** The four-momentum of pair k. */
    LorentzVector pair(int k) {
        return positiveMuon(k).plus(negative[MEMBERS[k][1]]);
    }

    /** The invariant mass of pair k. */
    double mass(int k) {
        return pair(k).m();
    }

    /** The positive muon of pair k. */
    LorentzVector positiveMuon(int k) {
        return positive[MEMBERS[k][0]];
    }

    /** The other pair of pair k's pairing. */
    LorentzVector other(int k) {
        return pair(k ^ 1);
    }

    /** The two muons of the other pair of pair k (positive first). */
    LorentzVector[] otherMuons(int k) {
        int o = k ^ 1;
        return new LorentzVector[] {positive[MEMBERS[o][0]], negative[MEMBERS[o][1]]};
    }

    /** The index of the pair whose mass is closest to {@code mass} among the stored pair masses. */
    static int closest(float[] eventFeatures, double mass) {
        int best = 0;
        for (int k = 1; k < PAIRS; k++) {
            if (Math.abs(eventFeatures[k] - mass) < Math.abs(eventFeatures[best] - mass)) {
                best = k;
            }
        }
        return best;
    }
}
