package io.upsilon.analysis.shape;

import io.upsilon.core.kinematics.Vec3;
import java.util.List;

/**
 * Thrust T = max over unit n of sum_i |p_i . n| / sum_i |p_i| and its axis n_T (E. Farhi,
 * PRL 39 (1977) 1587; basf2 analysis/variables/src/EventShapeVariables.cc). The maximum equals max
 * over signs e_i = +-1 of |sum_i e_i p_i| / sum_i |p_i|, and the axis is along that sum.
 *
 * <p>Three algorithms, chosen by multiplicity: up to {@link #SIGNS_LIMIT} momenta every sign
 * combination is tried (exact, 2^(n-1) sums); up to {@link #PLANES_LIMIT} the exact O(n^3) plane
 * search is used (the optimal split of the momenta is made by a plane through the origin, which can
 * be turned until it contains two momenta p_i, p_j: so trying the planes spanned by every pair, with
 * the four ways of assigning p_i and p_j, finds it); above, the axis is iterated n -> sum_i sign(p_i .
 * n) p_i from the direction of every momentum to a fixed point, keeping the best (each step does not
 * decrease T, but the result can be a local maximum).
 *
 * @param value thrust in [1/2, 1] for two or more particles; NaN when there is no momentum
 * @param axis unit thrust axis, oriented with non-negative z (+z when there is no momentum)
 */
public record Thrust(double value, Vec3 axis) {
    /** Largest multiplicity computed by trying all sign combinations. */
    public static final int SIGNS_LIMIT = 14;

    /** Largest multiplicity computed exactly by the plane search; above, the axis is iterated. */
    public static final int PLANES_LIMIT = 200;

    /** The algorithms (see the class comment). */
    enum Method {
        SIGNS,
        PLANES,
        ITERATED
    }

    private static final int MAX_ITERATIONS = 100;

    /** Thrust of a set of momenta. */
    public static Thrust of(List<Vec3> momenta) {
        int n = momenta.size();
        return of(momenta, n <= SIGNS_LIMIT ? Method.SIGNS : n <= PLANES_LIMIT ? Method.PLANES : Method.ITERATED);
    }

    /** Thrust by a given algorithm (for tests). */
    static Thrust of(List<Vec3> momenta, Method method) {
        int n = momenta.size();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] z = new double[n];
        double sumP = 0;
        for (int i = 0; i < n; i++) {
            Vec3 p = momenta.get(i);
            x[i] = p.x();
            y[i] = p.y();
            z[i] = p.z();
            sumP += p.mag();
        }
        if (!(sumP > 0)) {
            return new Thrust(Double.NaN, Vec3.Z);
        }
        double[] best = switch (method) {
            case SIGNS -> n <= 30 ? exact(x, y, z) : planes(x, y, z);
            case PLANES -> planes(x, y, z);
            case ITERATED -> iterated(x, y, z);
        };
        double mag = Math.sqrt(best[0] * best[0] + best[1] * best[1] + best[2] * best[2]);
        Vec3 axis = new Vec3(best[0] / mag, best[1] / mag, best[2] / mag);
        if (axis.z() < 0 || (axis.z() == 0 && (axis.y() < 0 || (axis.y() == 0 && axis.x() < 0)))) {
            axis = axis.negate();
        }
        return new Thrust(Math.min(1.0, mag / sumP), axis);
    }

    private static double[] exact(double[] x, double[] y, double[] z) {
        int n = x.length;
        double[] best = {x[0], y[0], z[0]};
        double bestMag2 = -1;
        // The first particle's sign is fixed: the axis sign does not matter.
        int combos = 1 << (n - 1);
        for (int mask = 0; mask < combos; mask++) {
            double sx = x[0];
            double sy = y[0];
            double sz = z[0];
            for (int i = 1; i < n; i++) {
                if ((mask & (1 << (i - 1))) != 0) {
                    sx -= x[i];
                    sy -= y[i];
                    sz -= z[i];
                } else {
                    sx += x[i];
                    sy += y[i];
                    sz += z[i];
                }
            }
            double m2 = sx * sx + sy * sy + sz * sz;
            if (m2 > bestMag2) {
                bestMag2 = m2;
                best = new double[] {sx, sy, sz};
            }
        }
        return best;
    }

    private static double[] planes(double[] x, double[] y, double[] z) {
        int n = x.length;
        // Collinear or near-empty events have no spanned plane: the iteration covers them.
        double[] best = iterated(x, y, z);
        double bestMag2 = best[0] * best[0] + best[1] * best[1] + best[2] * best[2];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double nx = y[i] * z[j] - z[i] * y[j];
                double ny = z[i] * x[j] - x[i] * z[j];
                double nz = x[i] * y[j] - y[i] * x[j];
                if (nx == 0 && ny == 0 && nz == 0) {
                    continue;
                }
                double sx = 0;
                double sy = 0;
                double sz = 0;
                for (int k = 0; k < n; k++) {
                    if (k == i || k == j) {
                        continue;
                    }
                    if (x[k] * nx + y[k] * ny + z[k] * nz >= 0) {
                        sx += x[k];
                        sy += y[k];
                        sz += z[k];
                    } else {
                        sx -= x[k];
                        sy -= y[k];
                        sz -= z[k];
                    }
                }
                for (int signs = 0; signs < 4; signs++) {
                    double si = (signs & 1) == 0 ? 1 : -1;
                    double sj = (signs & 2) == 0 ? 1 : -1;
                    double tx = sx + si * x[i] + sj * x[j];
                    double ty = sy + si * y[i] + sj * y[j];
                    double tz = sz + si * z[i] + sj * z[j];
                    double m2 = tx * tx + ty * ty + tz * tz;
                    if (m2 > bestMag2) {
                        bestMag2 = m2;
                        best = new double[] {tx, ty, tz};
                    }
                }
            }
        }
        return best;
    }

    private static double[] iterated(double[] x, double[] y, double[] z) {
        int n = x.length;
        double[] best = null;
        double bestMag2 = -1;
        for (int seed = 0; seed <= n; seed++) {
            double nx;
            double ny;
            double nz;
            if (seed < n) {
                nx = x[seed];
                ny = y[seed];
                nz = z[seed];
            } else {
                nx = 0;
                ny = 0;
                nz = 1;
            }
            if (nx == 0 && ny == 0 && nz == 0) {
                continue;
            }
            double sx = 0;
            double sy = 0;
            double sz = 0;
            for (int it = 0; it < MAX_ITERATIONS; it++) {
                sx = 0;
                sy = 0;
                sz = 0;
                for (int i = 0; i < n; i++) {
                    double d = x[i] * nx + y[i] * ny + z[i] * nz;
                    if (d >= 0) {
                        sx += x[i];
                        sy += y[i];
                        sz += z[i];
                    } else {
                        sx -= x[i];
                        sy -= y[i];
                        sz -= z[i];
                    }
                }
                if (sx == nx && sy == ny && sz == nz) {
                    break;
                }
                nx = sx;
                ny = sy;
                nz = sz;
            }
            double m2 = sx * sx + sy * sy + sz * sz;
            if (m2 > bestMag2) {
                bestMag2 = m2;
                best = new double[] {sx, sy, sz};
            }
        }
        return best;
    }
}
