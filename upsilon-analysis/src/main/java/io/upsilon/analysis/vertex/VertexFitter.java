package io.upsilon.analysis.vertex;

import io.upsilon.analysis.particles.Particle;
import io.upsilon.core.event.RecoTrack;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.kinematics.Vec3;
import java.util.List;
import java.util.Objects;

/**
 * The least-squares common vertex of N charged tracks, with an optional beam-spot constraint.
 *
 * <p>The fast simulation's tracks are straight lines through their measured point {@link
 * RecoTrack#position()} along their measured momentum, and the point is off the true production
 * vertex by the impact-parameter residuals (d0 transverse to the track in x-y, z0 along z) with
 * widths sigma(d0), sigma(z0) of the card. For a trial vertex V, a track's impact parameters with
 * respect to V,
 *
 * <pre>
 *   d0(V) = ((P - V)_x p_y - (P - V)_y p_x) / p_T
 *   z0(V) = (P - V)_z - ((P - V)_x p_x + (P - V)_y p_y) p_z / p_T^2
 * </pre>
 *
 * (the simulation's own definitions), are linear in V, so chi^2(V) = sum_tracks d0(V)^2 /
 * sigma(d0)^2 + z0(V)^2 / sigma(z0)^2 (+ the beam-spot term) is minimised exactly by the normal
 * equations; the covariance of V is the inverse of their matrix. This is the linearised
 * straight-track limit of a Kalman/least-squares vertex fit (R. Frühwirth, NIM A 262 (1987) 444);
 * helix curvature is neglected as the simulation neglects it.
 */
public final class VertexFitter {
    private final ImpactParameterResolution resolution;

    /** A fitter with the card's impact-parameter resolution. */
    public VertexFitter(ImpactParameterResolution resolution) {
        this.resolution = Objects.requireNonNull(resolution, "resolution");
    }

    /** The resolution the fitter weights tracks with. */
    public ImpactParameterResolution resolution() {
        return resolution;
    }

    /**
     * The common vertex of {@code tracks} (particles made from tracks; their mass hypothesis gives
     * beta for the multiple-scattering term), without a constraint; null with fewer than two tracks
     * or when they do not fix a point (parallel tracks).
     */
    public VertexFit fit(List<Particle> tracks) {
        return fit(tracks, null);
    }

    /**
     * The common vertex of {@code tracks} with a beam-spot constraint; null when tracks and
     * constraint do not fix a point (no track at all, or no track without a constraint's help).
     *
     * @param constraint the beam-spot constraint, or null for none
     */
    public VertexFit fit(List<Particle> tracks, BeamSpotConstraint constraint) {
        double[] a = new double[9];
        double[] b = new double[3];
        double cc = 0;
        int n = 0;
        for (Particle p : tracks) {
            RecoTrack t = p.track();
            if (t == null) {
                throw new IllegalArgumentException("vertex fits take track particles, got " + p);
            }
            LorentzVector p4 = p.p4Lab();
            double px = t.momentum().x();
            double py = t.momentum().y();
            double pz = t.momentum().z();
            double pt2 = px * px + py * py;
            double pt = Math.sqrt(pt2);
            double mom = Math.sqrt(pt2 + pz * pz);
            if (!(pt > 0)) {
                continue;
            }
            double beta = p4.e() > 0 ? mom / p4.e() : 1;
            double sinTheta = pt / mom;
            double wd = 1 / square(resolution.sigmaD0(mom, beta, sinTheta));
            double wz = 1 / square(resolution.sigmaZ0(mom, beta, sinTheta));
            Vec3 q = t.position();
            // Residual r = c - g . V for each of the two measurements.
            double[] gd = {py / pt, -px / pt, 0};
            double cd = (q.x() * py - q.y() * px) / pt;
            double[] gz = {-px * pz / pt2, -py * pz / pt2, 1};
            double cz = q.z() - (q.x() * px + q.y() * py) * pz / pt2;
            accumulate(a, b, gd, cd, wd);
            accumulate(a, b, gz, cz, wz);
            cc += wd * cd * cd + wz * cz * cz;
            n++;
        }
        int ndf = 2 * n - 3;
        if (constraint != null) {
            // Gaussian prior on (x, y): the inverse 2x2 covariance enters the normal matrix.
            double det = constraint.sxx() * constraint.syy() - constraint.sxy() * constraint.sxy();
            double ixx = constraint.syy() / det;
            double iyy = constraint.sxx() / det;
            double ixy = -constraint.sxy() / det;
            double x0 = constraint.centre().x();
            double y0 = constraint.centre().y();
            a[0] += ixx;
            a[1] += ixy;
            a[3] += ixy;
            a[4] += iyy;
            b[0] += ixx * x0 + ixy * y0;
            b[1] += ixy * x0 + iyy * y0;
            cc += ixx * x0 * x0 + 2 * ixy * x0 * y0 + iyy * y0 * y0;
            ndf += 2;
        }
        if (n == 0 || ndf < 0) {
            return null;
        }
        double[] cov = invert(a);
        if (cov == null) {
            return null;
        }
        double[] v = new double[3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                v[i] += cov[3 * i + j] * b[j];
            }
        }
        // chi2_min = c^T W c - b^T V.
        double chi2 = cc - (b[0] * v[0] + b[1] * v[1] + b[2] * v[2]);
        return new VertexFit(new Vec3(v[0], v[1], v[2]), cov, Math.max(0, chi2), ndf, n);
    }

    private static void accumulate(double[] a, double[] b, double[] g, double c, double w) {
        for (int i = 0; i < 3; i++) {
            b[i] += w * g[i] * c;
            for (int j = 0; j < 3; j++) {
                a[3 * i + j] += w * g[i] * g[j];
            }
        }
    }

    private static double square(double x) {
        return x * x;
    }

    /** Inverse of a symmetric 3x3 matrix by cofactors; null if it is (numerically) singular. */
    static double[] invert(double[] m) {
        double c00 = m[4] * m[8] - m[5] * m[7];
        double c01 = m[5] * m[6] - m[3] * m[8];
        double c02 = m[3] * m[7] - m[4] * m[6];
        double det = m[0] * c00 + m[1] * c01 + m[2] * c02;
        double scale = Math.abs(m[0] * m[4] * m[8]);
        if (!(Math.abs(det) > 1e-12 * scale) || !(det > 0)) {
            return null;
        }
        double[] inv = new double[9];
        inv[0] = c00 / det;
        inv[1] = (m[2] * m[7] - m[1] * m[8]) / det;
        inv[2] = (m[1] * m[5] - m[2] * m[4]) / det;
        inv[3] = c01 / det;
        inv[4] = (m[0] * m[8] - m[2] * m[6]) / det;
        inv[5] = (m[2] * m[3] - m[0] * m[5]) / det;
        inv[6] = c02 / det;
        inv[7] = (m[1] * m[6] - m[0] * m[7]) / det;
        inv[8] = (m[0] * m[4] - m[1] * m[3]) / det;
        return inv;
    }
}
