package io.upsilon.generators.fragmentation;

import java.util.Arrays;

/**
 * The string regions of an open string q g1 ... gk qbar in momentum space (T. Sjöstrand, Nucl.
 * Phys. B248 (1984) 469, sec. 2-3; PYTHIA 6.4 manual, hep-ph/0603175, sec. 12.1.5, "Fragmentation
 * of multiparton systems").
 *
 * <p>A gluon is a kink that feeds both string pieces it joins with half its momentum. The string
 * is therefore spanned by light-like vectors: seen from the triplet end, the "plus" vectors P_0 =
 * p_q, P_1 = p_g1/2, ..., P_k = p_gk/2; seen from the anti-triplet end, the "minus" vectors N_0 =
 * p_qbar, N_1 = p_gk/2, ..., N_k = p_g1/2. Region (i, j), i + j &lt;= k, is the piece of world sheet
 * spanned by P_i and N_j; the k + 1 lowest-lying regions (i, k - i) are the ones between colour
 * neighbours (parton i and parton i + 1), the others open up when a break has swept past a kink.
 * A region has the invariant W^2 = 2 P_i.N_j and a transverse basis e_x, e_y (space-like,
 * orthonormal, orthogonal to P_i and N_j), so that a four-vector is x+ P_i + x- N_j + p_x e_x + p_y
 * e_y. A massive end (charm quark, diquark) enters through the two light-like vectors whose sum is
 * the momentum of its lowest region (the same massless light cone as the straight string of {@link
 * StringBreaker}). Regions with W below {@value #EMPTY_W} GeV carry no transverse basis and count as
 * empty (stepped over).
 *
 * <p>Four-vectors are (px, py, pz, E) in the lab, four doubles at an offset of an array; the metric
 * is (+, -, -, -). Not thread-safe (reused between strings).
 */
final class StringRegions {
    /**
     * Regions lighter than this (GeV) are empty: a technical limit, small against hadron masses (as
     * PYTHIA 8's StringRegion::MJOIN, 0.1 GeV, in its src/FragmentationSystems.cc).
     */
    static final double EMPTY_W = 0.1;

    private int last; // k: the largest region index
    private int stride;
    private double[] plus = new double[16];
    private double[] minus = new double[16];
    private double[] w2 = new double[16];
    private boolean[] empty = new boolean[16];
    private double[] ex = new double[64];
    private double[] ey = new double[64];
    private final double[] scratch = new double[8];

    /**
     * Sets up the regions of the partons {@code p[0..4n)} in colour order, triplet end first, with
     * gluons strictly between the two ends.
     *
     * @return false if a lowest-lying region has no light-cone decomposition (then the string
     *     cannot be fragmented in this picture)
     */
    boolean setUp(double[] p, int n) {
        last = n - 2;
        stride = last + 1;
        int regions = stride * stride;
        if (w2.length < regions) {
            w2 = new double[regions];
            empty = new boolean[regions];
            ex = new double[4 * regions];
            ey = new double[4 * regions];
        }
        if (plus.length < 4 * stride) {
            plus = new double[4 * stride];
            minus = new double[4 * stride];
        }
        Arrays.fill(empty, 0, regions, true);
        // Lowest-lying regions: parton i (half of it if a gluon) and parton i + 1 (likewise).
        for (int i = 0; i <= last; i++) {
            double f1 = i == 0 ? 1 : 0.5;
            double f2 = i + 1 == n - 1 ? 1 : 0.5;
            for (int c = 0; c < 4; c++) {
                scratch[c] = f1 * p[4 * i + c];
                scratch[4 + c] = f2 * p[4 * (i + 1) + c];
            }
            if (!lightCone(scratch, 0, scratch, 4, plus, 4 * i, minus, 4 * (last - i))) {
                return false;
            }
        }
        for (int i = 0; i <= last; i++) {
            for (int j = 0; i + j <= last; j++) {
                int r = index(i, j);
                double w = 2 * dot(plus, 4 * i, minus, 4 * j);
                w2[r] = w;
                empty[r] = !(w >= EMPTY_W * EMPTY_W) || !basis(plus, 4 * i, minus, 4 * j, ex, ey, 4 * r);
            }
        }
        return true;
    }

    /** k: regions are (i, j) with i + j &lt;= k. */
    int last() {
        return last;
    }

    int index(int i, int j) {
        return i * stride + j;
    }

    /** The plus vector P_i, at {@code plusOffset(i)} of {@link #plusVectors()}. */
    double[] plusVectors() {
        return plus;
    }

    double[] minusVectors() {
        return minus;
    }

    double[] xAxes() {
        return ex;
    }

    double[] yAxes() {
        return ey;
    }

    /** W^2 of region (i, j). */
    double w2(int region) {
        return w2[region];
    }

    boolean isEmpty(int region) {
        return empty[region];
    }

    /** Minkowski product of a[ao..ao+4) and b[bo..bo+4). */
    static double dot(double[] a, int ao, double[] b, int bo) {
        return a[ao + 3] * b[bo + 3] - a[ao] * b[bo] - a[ao + 1] * b[bo + 1] - a[ao + 2] * b[bo + 2];
    }

    /**
     * The two light-like vectors P, N with P + N = p1 + p2 that lie in the plane of p1 and p2 and
     * keep the direction of p1 as P's "side": P = (1 + k1) p1 - k2 p2, N = (1 + k2) p2 - k1 p1 with
     * k1 = ((m2^2 + p1.p2)/R - 1)/2, k2 = ((m1^2 + p1.p2)/R - 1)/2, R = sqrt((p1.p2)^2 - m1^2
     * m2^2) (solving P^2 = N^2 = 0; for massless p1, p2 simply P = p1, N = p2).
     *
     * @return false if there is no such decomposition (p1 + p2 not time-like, or R = 0)
     */
    static boolean lightCone(double[] p1, int o1, double[] p2, int o2, double[] outP, int op, double[] outN, int on) {
        double m1 = dot(p1, o1, p1, o1);
        double m2 = dot(p2, o2, p2, o2);
        double p12 = dot(p1, o1, p2, o2);
        double root2 = p12 * p12 - m1 * m2;
        if (!(m1 + 2 * p12 + m2 > 0 && root2 > 0 && p12 > 0)) {
            return false;
        }
        double root = Math.sqrt(root2);
        double k1 = 0.5 * ((m2 + p12) / root - 1);
        double k2 = 0.5 * ((m1 + p12) / root - 1);
        for (int c = 0; c < 4; c++) {
            double a = p1[o1 + c];
            double b = p2[o2 + c];
            outP[op + c] = (1 + k1) * a - k2 * b;
            outN[on + c] = (1 + k2) * b - k1 * a;
        }
        return outP[op + 3] > 0 && outN[on + 3] > 0;
    }

    /**
     * An orthonormal space-like basis e_x, e_y orthogonal to the light-like P and N: the two
     * Cartesian axes least aligned with the spatial difference of the two directions, made
     * orthogonal to P, N and each other (Gram-Schmidt in the Minkowski metric, e^2 = -1).
     *
     * @return false if the trial axes are degenerate
     */
    static boolean basis(double[] pv, int po, double[] nv, int no, double[] outX, double[] outY, int o) {
        double pn = dot(pv, po, nv, no);
        double d0 = Math.abs(pv[po] / pv[po + 3] - nv[no] / nv[no + 3]);
        double d1 = Math.abs(pv[po + 1] / pv[po + 3] - nv[no + 1] / nv[no + 3]);
        double d2 = Math.abs(pv[po + 2] / pv[po + 3] - nv[no + 2] / nv[no + 3]);
        // The axis with the largest difference is closest to the string axis: use the other two.
        int skip = d0 >= d1 && d0 >= d2 ? 0 : d1 >= d2 ? 1 : 2;
        int ax = skip == 0 ? 1 : 0;
        int ay = skip == 2 ? 1 : 2;
        if (!transverseUnit(ax, pv, po, nv, no, pn, null, 0, outX, o)) {
            return false;
        }
        return transverseUnit(ay, pv, po, nv, no, pn, outX, o, outY, o);
    }

    /** The Cartesian axis {@code axis} made orthogonal to P, N (and to e, if given), normalised. */
    private static boolean transverseUnit(
            int axis, double[] pv, int po, double[] nv, int no, double pn, double[] e, int eo, double[] out, int o) {
        // t = unit 3-vector along the axis (time component 0); t.v = -v_axis.
        double tp = -pv[po + axis];
        double tn = -nv[no + axis];
        for (int c = 0; c < 4; c++) {
            out[o + c] = (c == axis ? 1 : 0) - (tn / pn) * pv[po + c] - (tp / pn) * nv[no + c];
        }
        if (e != null) {
            double te = dot(out, o, e, eo);
            for (int c = 0; c < 4; c++) {
                out[o + c] += te * e[eo + c];
            }
        }
        double norm2 = -dot(out, o, out, o);
        if (!(norm2 > 1e-12)) {
            return false;
        }
        double inv = 1 / Math.sqrt(norm2);
        for (int c = 0; c < 4; c++) {
            out[o + c] *= inv;
        }
        return true;
    }
}
