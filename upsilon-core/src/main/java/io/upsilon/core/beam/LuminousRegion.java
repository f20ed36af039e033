package io.upsilon.core.beam;

import io.upsilon.core.kinematics.Vec3;
import io.upsilon.core.random.RandomStream;

/**
 * The luminous region: where e+e- collisions happen, as the normalised product of the two
 * Gaussian bunch densities (the beam-spot algorithm of calculate_beamspot() in basf2
 * generators/scripts/beamparameters.py). Each bunch is a
 * Gaussian with sizes (sx, sy, sz) in its own frame, rotated about y by its crossing half-angle;
 * the product of two Gaussians with covariances S1 and S2 is a Gaussian with covariance (S1^-1 +
 * S2^-1)^-1. Lengths in cm.
 */
public final class LuminousRegion {
    private final double[] covariance; // row-major 3x3
    private final double[] cholesky; // lower-triangular, row-major 3x3

    private LuminousRegion(double[] covariance) {
        this.covariance = covariance;
        this.cholesky = cholesky(covariance);
    }

    /**
     * The product of bunch 1 (sizes s1, rotated by angle a1 about y) and bunch 2 (s2, a2). A
     * bunch with any zero size is treated as a point in that direction.
     */
    public static LuminousRegion of(Vec3 s1, double a1, Vec3 s2, double a2) {
        double[] inv1 = invert(rotatedDiagonal(s1, a1));
        double[] inv2 = invert(rotatedDiagonal(s2, a2));
        double[] sum = new double[9];
        for (int i = 0; i < 9; i++) {
            sum[i] = inv1[i] + inv2[i];
        }
        return new LuminousRegion(invert(sum));
    }

    /** Covariance R diag(s^2) R^T for a rotation by angle a about the y axis. */
    private static double[] rotatedDiagonal(Vec3 s, double a) {
        double c = Math.cos(a);
        double sn = Math.sin(a);
        double xx = s.x() * s.x();
        double yy = s.y() * s.y();
        double zz = s.z() * s.z();
        if (xx <= 0 || yy <= 0 || zz <= 0) {
            throw new IllegalArgumentException("bunch sizes must be > 0, got " + s);
        }
        // R = [[c,0,s],[0,1,0],[-s,0,c]] maps the bunch axis z' to (sin a, 0, cos a).
        return new double[] {
            c * c * xx + sn * sn * zz,
            0,
            -c * sn * xx + sn * c * zz,
            0,
            yy,
            0,
            -c * sn * xx + sn * c * zz,
            0,
            sn * sn * xx + c * c * zz
        };
    }

    private static double[] invert(double[] m) {
        double a = m[0], b = m[1], c = m[2], d = m[3], e = m[4], f = m[5], g = m[6], h = m[7], k = m[8];
        double A = e * k - f * h;
        double B = -(d * k - f * g);
        double C = d * h - e * g;
        double det = a * A + b * B + c * C;
        if (det == 0 || !Double.isFinite(det)) {
            throw new ArithmeticException("singular 3x3 covariance");
        }
        return new double[] {
            A / det, -(b * k - c * h) / det, (b * f - c * e) / det,
            B / det, (a * k - c * g) / det, -(a * f - c * d) / det,
            C / det, -(a * h - b * g) / det, (a * e - b * d) / det
        };
    }

    private static double[] cholesky(double[] m) {
        double[] l = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = m[3 * i + j];
                for (int k = 0; k < j; k++) {
                    sum -= l[3 * i + k] * l[3 * j + k];
                }
                if (i == j) {
                    if (sum <= 0) {
                        throw new ArithmeticException("covariance not positive definite");
                    }
                    l[3 * i + i] = Math.sqrt(sum);
                } else {
                    l[3 * i + j] = sum / l[3 * j + j];
                }
            }
        }
        return l;
    }

    /** Covariance element (i, j), i and j in 0..2 for x, y, z; cm^2. */
    public double covariance(int i, int j) {
        return covariance[3 * i + j];
    }

    /** RMS sizes (sigma_x, sigma_y, sigma_z) in cm. */
    public Vec3 sigma() {
        return new Vec3(Math.sqrt(covariance[0]), Math.sqrt(covariance[4]), Math.sqrt(covariance[8]));
    }

    /** One interaction vertex, drawn around the origin. */
    public Vec3 sample(RandomStream rng) {
        double u0 = rng.nextGaussian();
        double u1 = rng.nextGaussian();
        double u2 = rng.nextGaussian();
        double[] l = cholesky;
        return new Vec3(l[0] * u0, l[3] * u0 + l[4] * u1, l[6] * u0 + l[7] * u1 + l[8] * u2);
    }
}
