package io.upsilon.generators.phasespace;

import io.upsilon.core.random.RandomStream;

/**
 * A beam lepton scattered by a t-channel photon: energy fraction lost x log-uniform in [x_min, 1 -
 * m/E] and virtuality Q^2 = -(p_beam - p)^2 log-uniform over its kinematic range at that x
 * (the dx/x dQ^2/Q^2 peaks of the photon flux, Budnev et al., Phys. Rep. 15 (1975) 181), azimuth
 * flat; shared by the multiperipheral and bremsstrahlung channels. The beam runs along {@code sign}
 * z (+1: e-, -1: e+) with energy sqrt(s)/2 and mass m.
 */
final class ScatteredBeamLepton {
    private ScatteredBeamLepton() {}

    /** Samples the scattered lepton into {@code out[off..off+3]}; false when no physical point. */
    static boolean sample(RandomStream rng, double sqrtS, double m, double minX, double sign, double[] out, int off) {
        double e = 0.5 * sqrtS;
        double pBeam = Math.sqrt((e - m) * (e + m));
        double maxX = 1 - m / e;
        if (!(maxX > minX)) {
            return false;
        }
        double x = minX * Math.exp(Math.log(maxX / minX) * rng.nextDouble());
        double ea = e * (1 - x);
        double pa = Math.sqrt(Math.max(0, (ea - m) * (ea + m)));
        double q2Min = q2Min(e, pBeam, ea, pa, m);
        double q2Max = 2 * (e * ea + pBeam * pa) - 2 * m * m;
        if (!(q2Max > q2Min) || !(q2Min > 0)) {
            return false;
        }
        double q2 = q2Min * Math.exp(Math.log(q2Max / q2Min) * rng.nextDouble());
        // 1 - cos theta = (Q^2 - Q^2_min) / (2 p_beam |p|): no cancellation at tiny angles.
        double oneMinusCos = (q2 - q2Min) / (2 * pBeam * pa);
        double cos = 1 - oneMinusCos;
        double sin = Math.sqrt(Math.max(0, oneMinusCos * (2 - oneMinusCos)));
        double phi = 2 * Math.PI * rng.nextDouble();
        out[off] = pa * sin * Math.cos(phi);
        out[off + 1] = pa * sin * Math.sin(phi);
        out[off + 2] = sign * pa * cos;
        out[off + 3] = ea;
        return true;
    }

    /**
     * The sampling density of the lepton at {@code p[off..]} with respect to d^3p/(2E) (0 outside
     * the x range): 1/(x ln(x_max/x_min)) 1/(Q^2 ln(Q^2_max/Q^2_min)) 1/(2 pi) times d(x, Q^2,
     * phi)/(d^3p/2E) = 4 p_beam/E.
     */
    static double density(double sqrtS, double m, double minX, double sign, double[] p, int off) {
        double e = 0.5 * sqrtS;
        double pBeam = Math.sqrt((e - m) * (e + m));
        double maxX = 1 - m / e;
        double ea = p[off + 3];
        double x = 1 - ea / e;
        if (x < minX || x > maxX) {
            return 0;
        }
        double pa = Math.sqrt(Math.max(0, (ea - m) * (ea + m)));
        double q2Min = q2Min(e, pBeam, ea, pa, m);
        double q2Max = 2 * (e * ea + pBeam * pa) - 2 * m * m;
        double q2 = virtuality(p, off, sign, e, pBeam, m);
        if (!(q2 > 0) || !(q2Max > q2Min)) {
            return 0;
        }
        return 4 * pBeam / e / (x * Math.log(maxX / minX) * q2 * Math.log(q2Max / q2Min) * 2 * Math.PI);
    }

    /** Q^2 = -(p_beam - p)^2 for the beam along {@code sign} z, without cancellations at small angles. */
    static double virtuality(double[] p, int o, double sign, double e, double pBeam, double m) {
        double px = p[o];
        double py = p[o + 1];
        double pz = sign * p[o + 2];
        double ea = p[o + 3];
        double pt2 = px * px + py * py;
        // q = p_beam - p along the beam axis: q_z - q_E = (p_beam - E) - (p_z - E_a)
        double eaMinusPz = pz > 0 ? (m * m + pt2) / (ea + pz) : ea - pz;
        double beamDiff = -(m * m) / (e + pBeam);
        double qzMinusQe = beamDiff + eaMinusPz;
        double qzPlusQe = (pBeam - pz) + (e - ea);
        return pt2 + qzMinusQe * qzPlusQe;
    }

    /** Q^2 at zero scattering angle: 2 m^2 (E - E_a)^2 / ((E E_a - m^2) + p |p_a|). */
    private static double q2Min(double e, double pBeam, double ea, double pa, double m) {
        double d = e - ea;
        return 2 * m * m * d * d / ((e * ea - m * m) + pBeam * pa);
    }
}
