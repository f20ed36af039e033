package io.upsilon.searches.resonance;

import io.upsilon.core.kinematics.LorentzVector;

/**
 * The opposite-sign pairs of a four-track event with total charge zero: two positive (a, b) and two
 * negative (c, d) tracks pair up in two ways, (a c)(b d) and (a d)(b c), so there are four pair
 * candidates, each with the other pair of its pairing as the rest of the event. Pair k: 0 = (a c), 1 =
 * (b d), 2 = (a d), 3 = (b c); the other pair of k is k ^ 1.
 *
 * <p>The resonance searches store, per selected event, one candidate mass for each pair first (the
 * dimuon mass in x-mumu, the mass recoiling against the muon pair in x-tautau), then the features of
 * each pair ({@link #pairFeatures}); {@link #closest} picks the pair a mass hypothesis uses.
 */
public final class OppositeSignPairs {
    /** Number of candidate pairs. */
    public static final int PAIRS = 4;

    private static final int[][] MEMBERS = {{0, 0}, {1, 1}, {0, 1}, {1, 0}}; // {positive index, negative index}

    private final LorentzVector[] positive = new LorentzVector[2];
    private final LorentzVector[] negative = new LorentzVector[2];
    private final int[] positiveTrack = new int[2];
    private final int[] negativeTrack = new int[2];

    /**
     * @param tracks four four-momenta (any frame)
     * @param charges their charges: two +1 and two -1
     */
    public OppositeSignPairs(LorentzVector[] tracks, double[] charges) {
        if (tracks.length != 4 || charges.length != 4) {
            throw new IllegalArgumentException("expected four tracks, got " + tracks.length);
        }
        int np = 0;
        int nn = 0;
        for (int i = 0; i < 4; i++) {
            if (charges[i] > 0 && np < 2) {
                positiveTrack[np] = i;
                positive[np++] = tracks[i];
            } else if (charges[i] < 0 && nn < 2) {
                negativeTrack[nn] = i;
                negative[nn++] = tracks[i];
            } else {
                throw new IllegalArgumentException("expected two positive and two negative tracks");
            }
        }
    }

    /** The four-momentum of pair k. */
    public LorentzVector pair(int k) {
        return positive(k).plus(negative[MEMBERS[k][1]]);
    }

    /** The invariant mass of pair k. */
    public double mass(int k) {
        return pair(k).m();
    }

    /** The positive track of pair k. */
    public LorentzVector positive(int k) {
        return positive[MEMBERS[k][0]];
    }

    /** The indices (in the constructor's arrays) of the positive and the negative track of pair k. */
    public int[] trackIndices(int k) {
        return new int[] {positiveTrack[MEMBERS[k][0]], negativeTrack[MEMBERS[k][1]]};
    }

    /** The other pair of pair k's pairing. */
    public LorentzVector other(int k) {
        return pair(k ^ 1);
    }

    /** The two tracks of the other pair of pair k (positive first). */
    public LorentzVector[] otherTracks(int k) {
        int o = k ^ 1;
        return new LorentzVector[] {positive[MEMBERS[o][0]], negative[MEMBERS[o][1]]};
    }

    /** The index of the pair whose stored candidate mass (the first {@link #PAIRS} features) is closest to {@code mass}. */
    public static int closest(float[] eventFeatures, double mass) {
        int best = 0;
        for (int k = 1; k < PAIRS; k++) {
            if (Math.abs(eventFeatures[k] - mass) < Math.abs(eventFeatures[best] - mass)) {
                best = k;
            }
        }
        return best;
    }

    /** The number of features stored per event with {@code pairFeatures} features per pair. */
    public static int eventFeatures(int pairFeatures) {
        return PAIRS * (1 + pairFeatures);
    }

    /** The {@code count} pair features of pair {@code k} of a stored event's features. */
    public static float[] pairFeatures(float[] eventFeatures, int k, int count) {
        float[] out = new float[count];
        System.arraycopy(eventFeatures, PAIRS + k * count, out, 0, count);
        return out;
    }

    /** The pair features of the pair closest to {@code mass}. */
    public static float[] closestPairFeatures(float[] eventFeatures, double mass, int count) {
        return pairFeatures(eventFeatures, closest(eventFeatures, mass), count);
    }

    /** The cosine of the angle between two momenta (1 when one vanishes). */
    public static double cosAngle(LorentzVector a, LorentzVector b) {
        double pa = a.p();
        double pb = b.p();
        return pa > 0 && pb > 0 ? a.p3().dot(b.p3()) / (pa * pb) : 1;
    }
}
