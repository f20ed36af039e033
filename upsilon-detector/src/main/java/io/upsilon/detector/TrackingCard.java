package io.upsilon.detector;

import io.upsilon.core.kinematics.Norms;

/**
 * The {@code tracking} block of the detector card (angles in rad, momenta in GeV, lengths in cm).
 *
 * @param thetaMin lower edge of the CDC acceptance
 * @param thetaMax upper edge of the CDC acceptance
 * @param plateau efficiency plateau
 * @param ptHalf pT at which the logistic turn-on reaches half the plateau
 * @param ptWidth width of the turn-on
 * @param a sigma(pT)/pT slope in pT, 1/GeV
 * @param b sigma(pT)/pT multiple-scattering term (times 1/beta)
 * @param angleConstant constant term of the angular resolution, rad
 * @param angleMultipleScattering 1/(p beta) term of the angular resolution, rad GeV
 * @param d0Constant constant term of sigma(d0)
 * @param d0MultipleScattering multiple-scattering term of sigma(d0), cm GeV
 * @param z0Constant constant term of sigma(z0)
 * @param z0MultipleScattering multiple-scattering term of sigma(z0), cm GeV
 * @param fakeRate probability per reconstructed track of one extra fake track
 * @param fakePtMin lower edge of the fake tracks' pT
 * @param fakePtMax upper edge of the fake tracks' pT
 * @param fakeD0Sigma Gaussian width of the fake tracks' d0
 * @param fakeZ0Sigma Gaussian width of the fake tracks' z0
 * @param displaced fall of the efficiency with the production radius (displaced tracks)
 */
public record TrackingCard(
        double thetaMin,
        double thetaMax,
        double plateau,
        double ptHalf,
        double ptWidth,
        double a,
        double b,
        double angleConstant,
        double angleMultipleScattering,
        double d0Constant,
        double d0MultipleScattering,
        double z0Constant,
        double z0MultipleScattering,
        double fakeRate,
        double fakePtMin,
        double fakePtMax,
        double fakeD0Sigma,
        double fakeZ0Sigma,
        DisplacedTrackingCard displaced) {

    /** Track-finding efficiency for a particle of transverse momentum {@code pt} inside the acceptance. */
    public double efficiency(double pt) {
        return plateau / (1 + Math.exp(-(pt - ptHalf) / ptWidth));
    }

    /**
     * Track-finding efficiency of a particle of transverse momentum {@code pt} produced at transverse
     * radius {@code r} (cm): the prompt efficiency times {@link DisplacedTrackingCard#relativeEfficiency}.
     */
    public double efficiency(double pt, double r) {
        return efficiency(pt) * displaced.relativeEfficiency(r);
    }

    /** sigma(pT)/pT = a pT (+) b/beta. */
    public double relativePtResolution(double pt, double beta) {
        return Norms.hypot(a * pt, b / beta);
    }

    /** sigma(theta) = sigma(phi), rad. */
    public double angularResolution(double p, double beta) {
        return Norms.hypot(angleConstant, angleMultipleScattering / (p * beta));
    }

    /** sigma(d0), cm. */
    public double d0Resolution(double p, double beta, double sinTheta) {
        return Norms.hypot(d0Constant, d0MultipleScattering / (p * beta * Math.pow(sinTheta, 1.5)));
    }

    /** sigma(z0), cm. */
    public double z0Resolution(double p, double beta, double sinTheta) {
        return Norms.hypot(z0Constant, z0MultipleScattering / (p * beta * Math.pow(sinTheta, 2.5)));
    }

    /** True if the polar angle is inside the CDC acceptance. */
    public boolean accepts(double theta) {
        return theta >= thetaMin && theta <= thetaMax;
    }
}
