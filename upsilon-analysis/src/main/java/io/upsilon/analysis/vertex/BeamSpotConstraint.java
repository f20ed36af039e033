package io.upsilon.analysis.vertex;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.beam.LuminousRegion;
import io.upsilon.core.kinematics.Vec3;
import java.util.Objects;

/**
 * A Gaussian constraint of a vertex's transverse position (x, y) to the beam spot: a "tube" along
 * z, which leaves z free. Used for the tag-side B vertex, whose transverse position is known from
 * the luminous region up to the B's transverse flight (the spirit of the beam-spot constraints of
 * basf2's tag-vertex module, analysis/modules/TagVertex, parameter {@code constraintType}; this is
 * the simplest of them, not its boost-direction tube).
 *
 * @param centre centre of the luminous region in the lab, cm (only x and y are used)
 * @param sxx variance in x, cm^2
 * @param sxy covariance of x and y, cm^2
 * @param syy variance in y, cm^2
 */
public record BeamSpotConstraint(Vec3 centre, double sxx, double sxy, double syy) {
    /** Validates: a positive-definite 2x2 covariance. */
    public BeamSpotConstraint {
        Objects.requireNonNull(centre, "centre");
        if (!(sxx > 0) || !(syy > 0) || !(sxx * syy - sxy * sxy > 0)) {
            throw new IllegalArgumentException(
                    "the transverse covariance must be positive definite, got " + sxx + ", " + sxy + ", " + syy);
        }
    }

    /**
     * The luminous region of {@code beam} (centred on the origin, the nominal interaction point),
     * widened in quadrature by {@code flightSigma} in x and in y for the transverse flight of the
     * decaying particle.
     *
     * @param flightSigma transverse flight allowance, cm (>= 0)
     */
    public static BeamSpotConstraint of(Beam beam, double flightSigma) {
        if (!(flightSigma >= 0) || Double.isInfinite(flightSigma)) {
            throw new IllegalArgumentException("flightSigma must be finite and >= 0 cm, got " + flightSigma);
        }
        LuminousRegion r = beam.luminousRegion();
        double f2 = flightSigma * flightSigma;
        return new BeamSpotConstraint(Vec3.ZERO, r.covariance(0, 0) + f2, r.covariance(0, 1), r.covariance(1, 1) + f2);
    }

    /**
     * The transverse flight allowance of a B meson: the RMS of its decay distance along x (or y),
     * c tau (p_x / m) t with t exponential of unit mean (so RMS(t) = sqrt 2) and p_x the x component
     * of a CM momentum p* emitted isotropically (RMS p* / sqrt 3; the boost is along z and leaves it
     * unchanged): c tau p* sqrt(2/3) / m, about 24 um for a B0 at the Upsilon(4S).
     *
     * @param cTau the B's c tau, cm
     * @param mass the B mass, GeV
     * @param pStar the B's CM momentum, GeV
     */
    public static double transverseFlight(double cTau, double mass, double pStar) {
        return cTau * pStar * Math.sqrt(2.0 / 3.0) / mass;
    }
}
