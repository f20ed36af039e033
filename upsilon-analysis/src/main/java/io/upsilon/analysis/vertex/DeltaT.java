package io.upsilon.analysis.vertex;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.kinematics.Vec3;
import java.util.Objects;

/**
 * The decay-time difference of the two B mesons of an Upsilon(4S) event from their vertices: the
 * B pair moves with the CM boost, so Delta t = Delta l / (beta gamma c) with Delta l the separation
 * of the signal and tag vertices projected on the boost direction (the boost approximation:
 * H. Tajima et al., NIM A 533 (2004) 370; Belle II Physics Book, PTEP 2019 123C01; basf2 variables {@code DeltaT}, {@code DeltaBoost}). beta gamma comes from the beam (0.2835 for
 * 7 GeV on 4 GeV).
 *
 * @param deltaL signal minus tag vertex along the boost, cm
 * @param deltaLError its uncertainty from the two vertex covariances, cm
 * @param deltaZ signal minus tag vertex z, cm
 * @param deltaZError its uncertainty, cm
 * @param betaGamma beta gamma of the CM boost
 */
public record DeltaT(double deltaL, double deltaLError, double deltaZ, double deltaZError, double betaGamma) {
    /** Speed of light in cm/ps (exact by definition of the metre). */
    public static final double C_CM_PER_PS = 0.0299792458;

    /** Delta t from a signal and a tag vertex fit. */
    public static DeltaT of(VertexFit signal, VertexFit tag, Beam beam) {
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(tag, "tag");
        Vec3 beta = beam.cmBoostBeta();
        double b = beta.mag();
        if (!(b > 0 && b < 1)) {
            throw new IllegalArgumentException("Delta t needs a boosted CM frame, got beta = " + b);
        }
        Vec3 u = beta.unit();
        Vec3 d = signal.position().minus(tag.position());
        double varL = signal.varianceAlong(u) + tag.varianceAlong(u);
        double varZ = signal.covariance(2, 2) + tag.covariance(2, 2);
        return new DeltaT(d.dot(u), Math.sqrt(varL), d.z(), Math.sqrt(varZ), b / Math.sqrt(1 - b * b));
    }

    /** Delta t = Delta l / (beta gamma c), ps. */
    public double deltaT() {
        return deltaL / (betaGamma * C_CM_PER_PS);
    }

    /** Uncertainty of Delta t, ps. */
    public double deltaTError() {
        return deltaLError / (betaGamma * C_CM_PER_PS);
    }
}
