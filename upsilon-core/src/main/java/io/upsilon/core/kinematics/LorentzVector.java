package io.upsilon.core.kinematics;

/**
 * An immutable four-vector (px, py, pz, E) in GeV with metric (+,-,-,-).
 *
 * <p>Boosts use the convention of {@link Boost}: {@code p.boost(beta)} gives the vector as seen
 * from a frame moving with velocity {@code -beta}, i.e. a particle at rest acquires velocity
 * {@code beta}. To go from the lab to the CM frame of a system with four-momentum {@code P},
 * boost by {@code P.boostVector().negate()}.
 */
public record LorentzVector(double px, double py, double pz, double e) {
    /** The zero four-vector. */
    public static final LorentzVector ZERO = new LorentzVector(0, 0, 0, 0);

    /** A four-vector from a 3-momentum and an energy. */
    public static LorentzVector of(Vec3 p, double e) {
        return new LorentzVector(p.x(), p.y(), p.z(), e);
    }

    /** The on-shell four-vector with 3-momentum {@code p} and mass {@code m}. */
    public static LorentzVector fromMomentumAndMass(Vec3 p, double m) {
        return of(p, Math.sqrt(p.mag2() + m * m));
    }

    /** The on-shell four-vector with the given momentum components and mass. */
    public static LorentzVector fromPxPyPzM(double px, double py, double pz, double m) {
        return new LorentzVector(px, py, pz, Math.sqrt(px * px + py * py + pz * pz + m * m));
    }

    /** The 3-momentum. */
    public Vec3 p3() {
        return new Vec3(px, py, pz);
    }

    public LorentzVector plus(LorentzVector o) {
        return new LorentzVector(px + o.px, py + o.py, pz + o.pz, e + o.e);
    }

    public LorentzVector minus(LorentzVector o) {
        return new LorentzVector(px - o.px, py - o.py, pz - o.pz, e - o.e);
    }

    public LorentzVector times(double f) {
        return new LorentzVector(px * f, py * f, pz * f, e * f);
    }

    /** Minkowski product with (+,-,-,-). */
    public double dot(LorentzVector o) {
        return e * o.e - px * o.px - py * o.py - pz * o.pz;
    }

    /** Squared 3-momentum. */
    public double p2() {
        return px * px + py * py + pz * pz;
    }

    /** Magnitude of the 3-momentum. */
    public double p() {
        return Math.sqrt(p2());
    }

    /** Invariant mass squared; may be slightly negative for massless vectors through rounding. */
    public double m2() {
        return (e - p()) * (e + p());
    }

    /** Invariant mass; the signed square root -sqrt(-m2) for space-like vectors (as ROOT does). */
    public double m() {
        double m2 = m2();
        return m2 >= 0 ? Math.sqrt(m2) : -Math.sqrt(-m2);
    }

    /** Transverse momentum with respect to z. */
    public double pt() {
        return Math.hypot(px, py);
    }

    /** Polar angle of the 3-momentum from +z. */
    public double theta() {
        return Math.atan2(pt(), pz);
    }

    /** cos of the polar angle of the 3-momentum (1 for zero momentum). */
    public double cosTheta() {
        double p = p();
        return p == 0 ? 1.0 : pz / p;
    }

    /** Azimuth of the 3-momentum. */
    public double phi() {
        return Math.atan2(py, px);
    }

    /** Rapidity along z, 0.5 ln((E + pz)/(E - pz)). */
    public double rapidity() {
        return 0.5 * Math.log((e + pz) / (e - pz));
    }

    /** Pseudorapidity -ln tan(theta/2). */
    public double eta() {
        double p = p();
        return 0.5 * Math.log((p + pz) / (p - pz));
    }

    /** Velocity of the rest frame, p/E (units of c). */
    public Vec3 boostVector() {
        if (e == 0) {
            throw new ArithmeticException("boost vector of a four-vector with zero energy");
        }
        return new Vec3(px / e, py / e, pz / e);
    }

    /** Lorentz factor gamma = E/m. */
    public double gamma() {
        return e / m();
    }

    /** This vector boosted by velocity {@code beta} (|beta| < 1); see the class comment for the sign. */
    public LorentzVector boost(Vec3 beta) {
        return Boost.of(beta).apply(this);
    }

    /** This vector in the rest frame of {@code frame} (e.g. a lab-frame momentum seen in the CM frame). */
    public LorentzVector inRestFrameOf(LorentzVector frame) {
        return boost(frame.boostVector().negate());
    }
}
