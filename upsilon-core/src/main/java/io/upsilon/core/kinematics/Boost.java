package io.upsilon.core.kinematics;

/**
 * A pure Lorentz boost by a velocity vector beta (units of c, |beta| < 1).
 *
 * <p>A particle at rest acquires velocity beta: {@code Boost.of(beta).apply(restVector)} moves
 * with beta. The inverse boost is {@link #inverse()}. For hot loops, {@link #apply(double[], int)}
 * boosts (px, py, pz, E) stored in a primitive array in place, without allocation.
 */
public final class Boost {
    private final double bx;
    private final double by;
    private final double bz;
    private final double gamma;
    /** (gamma - 1)/beta^2, computed stably for small beta. */
    private final double gammaMinusOneOverBeta2;

    private Boost(double bx, double by, double bz) {
        double b2 = bx * bx + by * by + bz * bz;
        if (!(b2 < 1.0)) {
            throw new IllegalArgumentException("boost velocity must satisfy |beta| < 1, got |beta|^2 = " + b2);
        }
        this.bx = bx;
        this.by = by;
        this.bz = bz;
        this.gamma = 1.0 / Math.sqrt(1.0 - b2);
        // (gamma-1)/b2 = gamma^2/(gamma+1): no cancellation as b2 -> 0.
        this.gammaMinusOneOverBeta2 = gamma * gamma / (gamma + 1.0);
    }

    /** The boost with velocity {@code beta}. */
    public static Boost of(Vec3 beta) {
        return new Boost(beta.x(), beta.y(), beta.z());
    }

    /** The boost with velocity components (bx, by, bz). */
    public static Boost of(double bx, double by, double bz) {
        return new Boost(bx, by, bz);
    }

    /** The boost that takes a vector at rest to the four-momentum {@code p}'s velocity (lab from rest frame). */
    public static Boost toFrameOf(LorentzVector p) {
        return of(p.boostVector());
    }

    /** The boost that takes the lab to the rest frame of {@code p}. */
    public static Boost intoRestFrameOf(LorentzVector p) {
        return of(p.boostVector().negate());
    }

    /** The velocity of this boost. */
    public Vec3 beta() {
        return new Vec3(bx, by, bz);
    }

    /** Lorentz factor of this boost. */
    public double gamma() {
        return gamma;
    }

    /** The inverse boost (velocity -beta). */
    public Boost inverse() {
        return new Boost(-bx, -by, -bz);
    }

    /** The boosted four-vector. */
    public LorentzVector apply(LorentzVector p) {
        double bp = bx * p.px() + by * p.py() + bz * p.pz();
        double k = gammaMinusOneOverBeta2 * bp + gamma * p.e();
        return new LorentzVector(p.px() + k * bx, p.py() + k * by, p.pz() + k * bz, gamma * (p.e() + bp));
    }

    /** Boosts (px, py, pz, E) stored at {@code v[off..off+3]} in place. */
    public void apply(double[] v, int off) {
        double px = v[off];
        double py = v[off + 1];
        double pz = v[off + 2];
        double e = v[off + 3];
        double bp = bx * px + by * py + bz * pz;
        double k = gammaMinusOneOverBeta2 * bp + gamma * e;
        v[off] = px + k * bx;
        v[off + 1] = py + k * by;
        v[off + 2] = pz + k * bz;
        v[off + 3] = gamma * (e + bp);
    }

    /**
     * Boosts (px, py, pz, E) at {@code v[off..off+3]} in place by the velocity (bx, by, bz), for hot
     * loops where the boost changes every event.
     */
    public static void apply(double bx, double by, double bz, double[] v, int off) {
        double b2 = bx * bx + by * by + bz * bz;
        double gamma = 1.0 / Math.sqrt(1.0 - b2);
        double g2 = gamma * gamma / (gamma + 1.0);
        double px = v[off];
        double py = v[off + 1];
        double pz = v[off + 2];
        double e = v[off + 3];
        double bp = bx * px + by * py + bz * pz;
        double k = g2 * bp + gamma * e;
        v[off] = px + k * bx;
        v[off + 1] = py + k * by;
        v[off + 2] = pz + k * bz;
        v[off + 3] = gamma * (e + bp);
    }

    @Override
    public String toString() {
        return "Boost[beta=(" + bx + ", " + by + ", " + bz + "), gamma=" + gamma + "]";
    }
}
