package io.upsilon.generators.process;

/**
 * The generation region of {@code ee-eegamma} (e+e- -&gt; e+e- gamma), CM frame of the collision
 * with the e- beam along +z: a photon of energy above {@code energyMin} (k0) at least {@code
 * photonThetaMinDeg} from both beams, and an e- and an e+ each at an angle to the nearer beam
 * between {@code electronThetaMinDeg} and {@code electronThetaMaxDeg} (90: no upper cut). The
 * lower electron cut makes a fiducial Bhabha region (10 degrees: both e+- in 10-170 degrees); the
 * upper one keeps only electrons lost near the beams, the configuration that fakes a single photon.
 *
 * @param energyMin k0, minimum CM energy of the photon, GeV (&gt; 0)
 * @param photonThetaMinDeg minimum CM angle of the photon to each beam, degrees (0 &lt;= . &lt; 90)
 * @param electronThetaMinDeg minimum CM angle of each e+- to the nearer beam, degrees (0 &lt;= . &lt; 90)
 * @param electronThetaMaxDeg maximum CM angle of each e+- to the nearer beam, degrees (&gt; the
 *     minimum, &lt;= 90)
 */
public record RadiativeBhabhaRegion(
        double energyMin, double photonThetaMinDeg, double electronThetaMinDeg, double electronThetaMaxDeg) {
    /** Validates the ranges. */
    public RadiativeBhabhaRegion {
        if (!(energyMin > 0) || !Double.isFinite(energyMin)) {
            throw new IllegalArgumentException("need k0 > 0 GeV, got " + energyMin);
        }
        if (!(photonThetaMinDeg >= 0 && photonThetaMinDeg < 90)) {
            throw new IllegalArgumentException("need 0 <= photon thetamin < 90 degrees, got " + photonThetaMinDeg);
        }
        if (!(electronThetaMinDeg >= 0 && electronThetaMinDeg < electronThetaMaxDeg && electronThetaMaxDeg <= 90)) {
            throw new IllegalArgumentException("need 0 <= electron thetamin < thetamax <= 90 degrees, got "
                    + electronThetaMinDeg + ", " + electronThetaMaxDeg);
        }
    }

    /** The largest |cos theta| of the photon. */
    public double photonCosMax() {
        return Math.cos(Math.toRadians(photonThetaMinDeg));
    }

    /** Whether the CM point (layout of {@code EeEeGammaAmplitude}: e- at 8, e+ at 12, photon at 16) is inside. */
    public boolean acceptsCm(double[] p) {
        if (!(p[19] > energyMin) || !(Math.abs(cos(p, 16)) <= photonCosMax())) {
            return false;
        }
        return electronInside(cos(p, 8)) && electronInside(cos(p, 12));
    }

    private boolean electronInside(double c) {
        // angle to the nearer beam, in [0, 90] degrees
        double theta = Math.toDegrees(Math.acos(Math.min(1, Math.abs(c))));
        return theta >= electronThetaMinDeg && theta <= electronThetaMaxDeg;
    }

    private static double cos(double[] p, int o) {
        double a = Math.sqrt(p[o] * p[o] + p[o + 1] * p[o + 1] + p[o + 2] * p[o + 2]);
        return a > 0 ? p[o + 2] / a : 0;
    }
}
