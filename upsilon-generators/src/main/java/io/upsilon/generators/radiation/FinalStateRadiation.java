package io.upsilon.generators.radiation;

import io.upsilon.core.kinematics.Boost;
import io.upsilon.core.kinematics.Frames;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.units.PhysicalConstants;

/**
 * Final-state radiation off a fermion pair, in the leading-logarithm, one-photon approximation
 * (in the spirit of PHOTOS): in the pair rest frame, a photon takes a fraction z of one fermion's
 * energy with density beta_f z^(beta_f - 1) times the splitting factor (1 + (1 - z)^2)/2,
 * beta_f = (2 alpha/pi) Q^2 (ln(s'/m^2) - 1), at an angle to its emitter drawn from the collinear
 * peak 1/(1 - v cos theta); the fermions recoil against it (exact four-momentum conservation).
 * It changes no cross section: the inclusive FSR correction (3/4)(alpha/pi) Q^2 is applied to the
 * event weight by the caller ({@link #inclusiveFactor(double)}).
 *
 * <p>Photons softer than {@link #MIN_PHOTON_ENERGY} are not written.
 */
public final class FinalStateRadiation {
    /** Photons below 1 keV are not written (far below any detector threshold). */
    public static final double MIN_PHOTON_ENERGY = 1e-6;

    private static final double ALPHA = PhysicalConstants.ALPHA;

    private FinalStateRadiation() {}

    /** The inclusive O(alpha) FSR factor on a fermion-pair cross section, 1 + (3/4)(alpha/pi) Q^2. */
    public static double inclusiveFactor(double charge) {
        return 1 + 0.75 * ALPHA / Math.PI * charge * charge;
    }

    /**
     * Radiates at most one photon off a fermion pair at rest: the fermion f goes along the unit
     * vector (nx, ny, nz), fbar opposite, pair mass sqrt(sPair), fermion mass m. Writes f, fbar and
     * the photon (px, py, pz, E) at {@code out[0..3]}, {@code out[4..7]}, {@code out[8..11]} in the
     * pair rest frame.
     *
     * @return 0 for no photon, 1 if f radiated, 2 if fbar radiated
     */
    public static int radiate(
            RandomStream rng, double sPair, double m, double charge, double nx, double ny, double nz, double[] out) {
        return radiate(rng, sPair, m, charge, nx, ny, nz, sPair, out);
    }

    /**
     * As {@link #radiate(RandomStream, double, double, double, double, double, double, double[])}, with
     * the scale of the collinear logarithm given: beta_f = (2 alpha/pi) Q^2 (ln(scale2/m^2) - 1)
     * instead of ln(sPair/m^2) (e.g. s t/u for Bhabha scattering, where the t channel dominates). A
     * scale at or below e m^2 radiates nothing.
     */
    public static int radiate(
            RandomStream rng,
            double sPair,
            double m,
            double charge,
            double nx,
            double ny,
            double nz,
            double scale2,
            double[] out) {
        double w = Math.sqrt(sPair);
        double m2 = m * m;
        double pFree = Math.sqrt(Math.max(0, sPair / 4 - m2));
        setPair(out, pFree, w / 2, nx, ny, nz);
        out[8] = 0;
        out[9] = 0;
        out[10] = 0;
        out[11] = 0;
        if (charge == 0 || m <= 0 || sPair <= 4 * m2 * 1.0000001 || !(Math.log(scale2 / m2) > 1)) {
            return 0;
        }
        double betaF = 2 * ALPHA / Math.PI * charge * charge * (Math.log(scale2 / m2) - 1);
        double z = Math.pow(rng.nextOpenDouble(), 1 / betaF);
        double splitting = 0.5 * (1 + (1 - z) * (1 - z));
        boolean accept = rng.nextDouble() < splitting;
        boolean fbarEmits = rng.nextDouble() < 0.5;
        double cosT = CollinearPhoton.cosTheta(Math.sqrt(1 - 4 * m2 / sPair), rng.nextDouble());
        double phi = 2 * Math.PI * rng.nextDouble();
        double k = z * w / 2;
        double kMax = (sPair - 4 * m2) / (2 * w);
        if (!accept || k < MIN_PHOTON_ENERGY || k >= kMax) {
            return 0;
        }
        // Photon direction: angle theta to the emitter's direction.
        double ex = fbarEmits ? -nx : nx;
        double ey = fbarEmits ? -ny : ny;
        double ez = fbarEmits ? -nz : nz;
        double[] b = Frames.basisAlong(ex, ey, ez);
        double sinT = Math.sqrt(Math.max(0, (1 - cosT) * (1 + cosT)));
        double u1 = sinT * Math.cos(phi);
        double u2 = sinT * Math.sin(phi);
        double gx = u1 * b[0] + u2 * b[3] + cosT * ex;
        double gy = u1 * b[1] + u2 * b[4] + cosT * ey;
        double gz = u1 * b[2] + u2 * b[5] + cosT * ez;
        out[8] = k * gx;
        out[9] = k * gy;
        out[10] = k * gz;
        out[11] = k;
        // Recoiling pair: mass^2 = s - 2 sqrt(s) k, momentum -k g; fermions back to back along n in its frame.
        double eR = w - k;
        double mR2 = sPair - 2 * w * k;
        double pR = Math.sqrt(Math.max(0, mR2 / 4 - m2));
        setPair(out, pR, Math.sqrt(pR * pR + m2), nx, ny, nz);
        double bx = -out[8] / eR;
        double by = -out[9] / eR;
        double bz = -out[10] / eR;
        Boost.apply(bx, by, bz, out, 0);
        Boost.apply(bx, by, bz, out, 4);
        return fbarEmits ? 2 : 1;
    }

    private static void setPair(double[] out, double p, double e, double nx, double ny, double nz) {
        out[0] = p * nx;
        out[1] = p * ny;
        out[2] = p * nz;
        out[3] = e;
        out[4] = -p * nx;
        out[5] = -p * ny;
        out[6] = -p * nz;
        out[7] = e;
    }
}
