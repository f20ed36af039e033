package io.upsilon.detector;

import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;

/**
 * Hand-built two-body decays in flight for detector tests (no hadron generator is needed): a
 * parent of the given mass flies from the origin along (theta, phi) and decays at transverse radius
 * r into two daughters, back to back in its rest frame along a given rest-frame direction.
 */
final class V0Gun {
    private V0Gun() {}

    /**
     * Fills {@code b} with parent (status 2) and its two daughters (status 1, produced at the decay
     * point).
     *
     * @param parentPdg e.g. 310 (K_S0)
     * @param m parent mass, GeV
     * @param p parent momentum, GeV
     * @param thetaDeg parent polar angle, degrees
     * @param phi parent azimuth, rad
     * @param r transverse radius of the decay point, cm
     * @param pdg1 first daughter (its rest-frame direction is (cosStar, phiStar) about the z axis)
     * @param m1 its mass
     * @param pdg2 second daughter
     * @param m2 its mass
     */
    static void fill(
            EventBuffer b,
            int parentPdg,
            double m,
            double p,
            double thetaDeg,
            double phi,
            double r,
            int pdg1,
            double m1,
            int pdg2,
            double m2,
            double cosStar,
            double phiStar) {
        b.clear();
        double th = Math.toRadians(thetaDeg);
        double nx = Math.sin(th) * Math.cos(phi);
        double ny = Math.sin(th) * Math.sin(phi);
        double nz = Math.cos(th);
        double e = Math.hypot(p, m);
        int parent = b.add(parentPdg, GenParticle.DECAYED, p * nx, p * ny, p * nz, e);
        b.setVertex(parent, 0, 0, 0, 0);
        // Decay point at transverse radius r along the flight direction.
        double length = r / Math.sin(th);
        double x = length * nx;
        double y = length * ny;
        double z = length * nz;
        // Two-body momentum in the rest frame (Kallen function).
        double q = Math.sqrt((m * m - (m1 + m2) * (m1 + m2)) * (m * m - (m1 - m2) * (m1 - m2))) / (2 * m);
        double sinStar = Math.sqrt(1 - cosStar * cosStar);
        double qx = q * sinStar * Math.cos(phiStar);
        double qy = q * sinStar * Math.sin(phiStar);
        double qz = q * cosStar;
        double[] d1 = boost(qx, qy, qz, Math.hypot(q, m1), p * nx / e, p * ny / e, p * nz / e);
        double[] d2 = boost(-qx, -qy, -qz, Math.hypot(q, m2), p * nx / e, p * ny / e, p * nz / e);
        int i1 = b.add(pdg1, GenParticle.FINAL, d1[0], d1[1], d1[2], d1[3]);
        int i2 = b.add(pdg2, GenParticle.FINAL, d2[0], d2[1], d2[2], d2[3]);
        b.setVertex(i1, x, y, z, 0);
        b.setVertex(i2, x, y, z, 0);
        b.setMothers(i1, parent, parent);
        b.setMothers(i2, parent, parent);
        b.setDaughters(parent, i1, i2);
    }

    /** The four-vector (px, py, pz, e) boosted by velocity (bx, by, bz). */
    static double[] boost(double px, double py, double pz, double e, double bx, double by, double bz) {
        double b2 = bx * bx + by * by + bz * bz;
        double gamma = 1 / Math.sqrt(1 - b2);
        double bp = bx * px + by * py + bz * pz;
        double g2 = b2 > 0 ? (gamma - 1) / b2 : 0;
        return new double[] {
            px + g2 * bp * bx + gamma * bx * e,
            py + g2 * bp * by + gamma * by * e,
            pz + g2 * bp * bz + gamma * bz * e,
            gamma * (e + bp)
        };
    }
}
