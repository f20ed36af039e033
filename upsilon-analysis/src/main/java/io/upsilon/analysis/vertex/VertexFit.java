package io.upsilon.analysis.vertex;

import io.upsilon.core.kinematics.Vec3;
import java.util.Objects;

/**
 * The result of a vertex fit: the position, its covariance, the chi^2 and the number of degrees of
 * freedom.
 *
 * @param position the fitted vertex in the lab, cm
 * @param covariance the 3x3 covariance of (x, y, z), row-major, cm^2 (defensively copied)
 * @param chi2 the minimum chi^2 (tracks and constraint)
 * @param ndf degrees of freedom: 2 per track, plus 2 for a beam-spot constraint, minus 3
 * @param nTracks number of tracks in the fit
 */
public record VertexFit(Vec3 position, double[] covariance, double chi2, int ndf, int nTracks) {
    /** Validates and copies the covariance. */
    public VertexFit {
        Objects.requireNonNull(position, "position");
        if (covariance.length != 9) {
            throw new IllegalArgumentException("covariance must have 9 elements, got " + covariance.length);
        }
        covariance = covariance.clone();
        if (!(covariance[0] > 0 && covariance[4] > 0 && covariance[8] > 0)) {
            throw new IllegalArgumentException("covariance diagonal must be > 0");
        }
        if (!(chi2 >= 0) || ndf < 0 || nTracks < 1) {
            throw new IllegalArgumentException(
                    "expected chi2 >= 0, ndf >= 0, nTracks >= 1, got " + chi2 + ", " + ndf + ", " + nTracks);
        }
    }

    /** Covariance element (i, j), i and j in 0..2 for x, y, z; cm^2. */
    public double covariance(int i, int j) {
        return covariance[3 * i + j];
    }

    @Override
    public double[] covariance() {
        return covariance.clone();
    }

    /** Uncertainty of coordinate i (0 x, 1 y, 2 z), cm. */
    public double error(int i) {
        return Math.sqrt(covariance[4 * i]);
    }

    /** Variance of the projection of the position on {@code direction} (need not be a unit vector), cm^2. */
    public double varianceAlong(Vec3 direction) {
        Vec3 u = direction.unit();
        double[] a = {u.x(), u.y(), u.z()};
        double v = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                v += a[i] * covariance[3 * i + j] * a[j];
            }
        }
        return v;
    }
}
