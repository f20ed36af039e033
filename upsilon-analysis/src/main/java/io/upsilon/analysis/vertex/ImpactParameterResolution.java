package io.upsilon.analysis.vertex;

import io.upsilon.core.kinematics.Norms;

/**
 * The impact-parameter resolution of a track, sigma(d0) = d0Constant (+) d0MultipleScattering /
 * (p beta sin^(3/2) theta) and sigma(z0) = z0Constant (+) z0MultipleScattering / (p beta sin^(5/2)
 * theta), (+) the sum in quadrature: the parameterisation and the four numbers of the detector
 * card's {@code tracking.impactParameter} block (upsilon-detector {@code TrackingCard}, whose
 * fast simulation smears d0 and z0 with exactly these widths). The analysis module does not see the
 * card, so the caller copies the four numbers: {@code new ImpactParameterResolution(t.d0Constant(),
 * t.d0MultipleScattering(), t.z0Constant(), t.z0MultipleScattering())} for {@code t =
 * card.tracking()}.
 *
 * @param d0Constant constant term of sigma(d0), cm
 * @param d0MultipleScattering multiple-scattering term of sigma(d0), cm GeV
 * @param z0Constant constant term of sigma(z0), cm
 * @param z0MultipleScattering multiple-scattering term of sigma(z0), cm GeV
 */
public record ImpactParameterResolution(
        double d0Constant, double d0MultipleScattering, double z0Constant, double z0MultipleScattering) {
    /** Validates: every term finite and >= 0, each of sigma(d0) and sigma(z0) with a positive term. */
    public ImpactParameterResolution {
        check("d0Constant", d0Constant);
        check("d0MultipleScattering", d0MultipleScattering);
        check("z0Constant", z0Constant);
        check("z0MultipleScattering", z0MultipleScattering);
        if (d0Constant + d0MultipleScattering == 0 || z0Constant + z0MultipleScattering == 0) {
            throw new IllegalArgumentException("sigma(d0) and sigma(z0) each need a positive term");
        }
    }

    private static void check(String name, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be finite and >= 0 cm, got " + v);
        }
    }

    /** This resolution with every term multiplied by {@code factor} (> 0). */
    public ImpactParameterResolution scaled(double factor) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("factor must be finite and > 0, got " + factor);
        }
        return new ImpactParameterResolution(
                d0Constant * factor, d0MultipleScattering * factor, z0Constant * factor, z0MultipleScattering * factor);
    }

    /** sigma(d0) in cm for momentum p (GeV), velocity beta and sin(theta). */
    public double sigmaD0(double p, double beta, double sinTheta) {
        return Norms.hypot(d0Constant, d0MultipleScattering / (p * beta * Math.pow(sinTheta, 1.5)));
    }

    /** sigma(z0) in cm for momentum p (GeV), velocity beta and sin(theta). */
    public double sigmaZ0(double p, double beta, double sinTheta) {
        return Norms.hypot(z0Constant, z0MultipleScattering / (p * beta * Math.pow(sinTheta, 2.5)));
    }
}
