package io.upsilon.core.kinematics;

/**
 * Frame helpers: orthonormal bases around a direction, and rotation of a vector given in such a
 * basis into the global axes. Used to generate decays and scatterings about an axis that is not z
 * (e.g. the electron beam direction in the CM frame, which is tilted by the crossing angle).
 */
public final class Frames {
    private Frames() {}

    /**
     * A right-handed orthonormal basis (e1, e2, e3) with e3 along {@code (ax, ay, az)} and e1 = y x e3
     * normalised (x x e3 when e3 is close to y), so that e3 = z gives the global axes.
     *
     * @return a 9-element array {e1x, e1y, e1z, e2x, e2y, e2z, e3x, e3y, e3z}
     */
    public static double[] basisAlong(double ax, double ay, double az) {
        double n = Math.sqrt(ax * ax + ay * ay + az * az);
        if (n == 0) {
            throw new ArithmeticException("basis along the zero vector");
        }
        double zx = ax / n;
        double zy = ay / n;
        double zz = az / n;
        // Reference: global y, unless e3 is (nearly) along y.
        double rx = 0;
        double ry = 1;
        double rz = 0;
        if (Math.abs(zy) > 0.9) {
            rx = 1;
            ry = 0;
        }
        // e1 = normalise(r x e3) is perpendicular to e3; e2 = e3 x e1.
        double xx = ry * zz - rz * zy;
        double xy = rz * zx - rx * zz;
        double xz = rx * zy - ry * zx;
        double xn = Math.sqrt(xx * xx + xy * xy + xz * xz);
        xx /= xn;
        xy /= xn;
        xz /= xn;
        double yx = zy * xz - zz * xy;
        double yy = zz * xx - zx * xz;
        double yz = zx * xy - zy * xx;
        return new double[] {xx, xy, xz, yx, yy, yz, zx, zy, zz};
    }

    /** The vector (u1, u2, u3) given in {@code basis} (from {@link #basisAlong}), in global axes. */
    public static Vec3 fromBasis(double[] basis, double u1, double u2, double u3) {
        return new Vec3(
                u1 * basis[0] + u2 * basis[3] + u3 * basis[6],
                u1 * basis[1] + u2 * basis[4] + u3 * basis[7],
                u1 * basis[2] + u2 * basis[5] + u3 * basis[8]);
    }

    /**
     * Writes the unit vector at polar angle acos(c) and azimuth phi about the unit axis (ax, ay,
     * az) at {@code out[off..off+2]}, without allocating (for inner loops). The azimuth is measured
     * from u = normalise(a x h), h the coordinate axis (x or y) least parallel to a, towards v = a
     * x u.
     */
    public static void direction(double c, double phi, double ax, double ay, double az, double[] out, int off) {
        double s = Math.sqrt(Math.max(0, (1 - c) * (1 + c)));
        double lx = s * Math.cos(phi);
        double ly = s * Math.sin(phi);
        double ux;
        double uy;
        double uz;
        if (Math.abs(ax) < 0.6) {
            double n = Math.sqrt(ay * ay + az * az);
            ux = 0;
            uy = az / n;
            uz = -ay / n;
        } else {
            double n = Math.sqrt(ax * ax + az * az);
            ux = -az / n;
            uy = 0;
            uz = ax / n;
        }
        double vx = ay * uz - az * uy;
        double vy = az * ux - ax * uz;
        double vz = ax * uy - ay * ux;
        out[off] = lx * ux + ly * vx + c * ax;
        out[off + 1] = lx * uy + ly * vy + c * ay;
        out[off + 2] = lx * uz + ly * vz + c * az;
    }
}
