package io.upsilon.core.kinematics;

/**
 * An immutable 3-vector (momentum in GeV, position in cm, or a velocity in units of c).
 *
 * <p>Angles follow the physics convention: {@link #theta()} is the polar angle from +z in [0, pi],
 * {@link #phi()} the azimuth from +x in (-pi, pi].
 */
public record Vec3(double x, double y, double z) {
    /** The zero vector. */
    public static final Vec3 ZERO = new Vec3(0, 0, 0);

    /** Unit vector along +x. */
    public static final Vec3 X = new Vec3(1, 0, 0);

    /** Unit vector along +y. */
    public static final Vec3 Y = new Vec3(0, 1, 0);

    /** Unit vector along +z. */
    public static final Vec3 Z = new Vec3(0, 0, 1);

    /** A vector from its magnitude and polar and azimuthal angles. */
    public static Vec3 fromPolar(double magnitude, double theta, double phi) {
        double st = Math.sin(theta);
        return new Vec3(magnitude * st * Math.cos(phi), magnitude * st * Math.sin(phi), magnitude * Math.cos(theta));
    }

    public Vec3 plus(Vec3 o) {
        return new Vec3(x + o.x, y + o.y, z + o.z);
    }

    public Vec3 minus(Vec3 o) {
        return new Vec3(x - o.x, y - o.y, z - o.z);
    }

    public Vec3 times(double f) {
        return new Vec3(x * f, y * f, z * f);
    }

    public Vec3 negate() {
        return new Vec3(-x, -y, -z);
    }

    public double dot(Vec3 o) {
        return x * o.x + y * o.y + z * o.z;
    }

    public Vec3 cross(Vec3 o) {
        return new Vec3(y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x);
    }

    /** Squared magnitude. */
    public double mag2() {
        return x * x + y * y + z * z;
    }

    /** Magnitude. */
    public double mag() {
        return Math.sqrt(mag2());
    }

    /** Transverse component (with respect to z). */
    public double perp() {
        return Math.hypot(x, y);
    }

    /** Polar angle from +z in [0, pi]. */
    public double theta() {
        return Math.atan2(perp(), z);
    }

    /** cos of the polar angle; 1 for the zero vector. */
    public double cosTheta() {
        double m = mag();
        return m == 0 ? 1.0 : z / m;
    }

    /** Azimuth in (-pi, pi]. */
    public double phi() {
        return Math.atan2(y, x);
    }

    /** Angle between this vector and {@code o}, in [0, pi]. */
    public double angle(Vec3 o) {
        return Math.atan2(cross(o).mag(), dot(o));
    }

    /** This vector scaled to unit length; throws for the zero vector. */
    public Vec3 unit() {
        double m = mag();
        if (m == 0) {
            throw new ArithmeticException("unit vector of the zero vector");
        }
        return times(1.0 / m);
    }
}
