package io.upsilon.analysis.shape;

import io.upsilon.core.kinematics.Vec3;
import java.util.List;

/**
 * Fox–Wolfram moments H_l = sum_{i,j} |p_i| |p_j| P_l(cos theta_ij) / E_vis^2 (G. C. Fox and
 * S. Wolfram, PRL 41 (1978) 1581; the sum runs over all ordered pairs, i = j included) and their
 * ratios R_l = H_l / H_0. R2 is near 1 for two back-to-back jets and near 0 for a spherical event.
 */
public final class FoxWolfram {
    private final double[] h;

    private FoxWolfram(double[] h) {
        this.h = h;
    }

    /**
     * The moments H_0 .. H_lMax.
     *
     * @param momenta the momenta (usually in the CM frame)
     * @param eVis the normalisation E_vis (usually the visible energy in the same frame), > 0
     * @param lMax highest order, >= 0
     */
    public static FoxWolfram of(List<Vec3> momenta, double eVis, int lMax) {
        if (lMax < 0) {
            throw new IllegalArgumentException("lMax must be >= 0, got " + lMax);
        }
        if (!(eVis > 0)) {
            throw new IllegalArgumentException("E_vis must be > 0, got " + eVis);
        }
        int n = momenta.size();
        double[] mag = new double[n];
        for (int i = 0; i < n; i++) {
            mag[i] = momenta.get(i).mag();
        }
        double[] h = new double[lMax + 1];
        double[] pl = new double[lMax + 1];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double w = mag[i] * mag[j];
                if (w == 0) {
                    continue;
                }
                double c = i == j ? 1.0 : momenta.get(i).dot(momenta.get(j)) / w;
                c = Math.max(-1.0, Math.min(1.0, c));
                legendre(c, pl);
                for (int l = 0; l <= lMax; l++) {
                    h[l] += w * pl[l];
                }
            }
        }
        double norm = 1.0 / (eVis * eVis);
        for (int l = 0; l <= lMax; l++) {
            h[l] *= norm;
        }
        return new FoxWolfram(h);
    }

    /** The moments normalised to the scalar momentum sum (E_vis = sum |p_i|): H_0 = 1 then. */
    public static FoxWolfram of(List<Vec3> momenta, int lMax) {
        double sum = 0;
        for (Vec3 p : momenta) {
            sum += p.mag();
        }
        if (!(sum > 0)) {
            double[] nan = new double[lMax + 1];
            java.util.Arrays.fill(nan, Double.NaN);
            return new FoxWolfram(nan);
        }
        return of(momenta, sum, lMax);
    }

    /** Legendre polynomials P_0..P_L at x by the Bonnet recursion. */
    static void legendre(double x, double[] out) {
        out[0] = 1;
        if (out.length > 1) {
            out[1] = x;
        }
        for (int l = 2; l < out.length; l++) {
            out[l] = ((2 * l - 1) * x * out[l - 1] - (l - 1) * out[l - 2]) / l;
        }
    }

    /** Highest order computed. */
    public int lMax() {
        return h.length - 1;
    }

    /** H_l. */
    public double h(int l) {
        return h[l];
    }

    /** R_l = H_l / H_0 (NaN when H_0 is 0). */
    public double r(int l) {
        return h[0] == 0 ? Double.NaN : h[l] / h[0];
    }
}
