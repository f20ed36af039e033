package io.upsilon.analysis.vertex;

import io.upsilon.core.beam.LuminousRegion;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.kinematics.Vec3;
import java.util.Objects;

/**
 * The proper decay time of a particle produced in the luminous region (the beam spot) and decaying
 * at a fitted vertex: the production point is the point of the particle's flight line (the decay
 * vertex minus L times its momentum direction) that the beam spot makes most likely, so the flight
 * length L is fitted with the decay vertex and the beam spot as two Gaussian measurements. With d =
 * V - B (decay vertex minus beam-spot centre), u = p / |p| and C = cov(V) + cov(B),
 *
 * <pre>
 *   chi^2(L) = (d - L u)^T C^-1 (d - L u),   L = u^T C^-1 d / (u^T C^-1 u),   sigma(L)^2 = 1 / (u^T C^-1 u)
 * </pre>
 *
 * and t = L m / (|p| c), sigma(t) = sigma(L) m / (|p| c). This is the production-vertex constraint
 * of Belle II's charm lifetime measurements (the decay chain fitted with its production point
 * constrained to the beam spot; PRL 127, 211801 (2021), arXiv:2108.03216) in its linearised form
 * with the momentum direction taken as exact (the track momenta are far better measured than the
 * vertex). L may be negative: the resolution lets a measured vertex lie behind the beam spot.
 *
 * @param flightLength L, cm
 * @param flightLengthError sigma(L), cm
 * @param time t, ps
 * @param timeError sigma(t), ps
 * @param chi2 chi^2 at the fitted L (one degree of freedom per coordinate beyond L: 2)
 */
public record BeamSpotDecayTime(
        double flightLength, double flightLengthError, double time, double timeError, double chi2) {

    /**
     * The decay time of a particle of four-momentum {@code p4} (lab) and mass {@code mass} (GeV;
     * the nominal mass, as the measured one would add its resolution), decaying at {@code decay},
     * produced in {@code beamSpot} centred on {@code centre}; null if the momentum vanishes or the
     * combined covariance is singular.
     */
    public static BeamSpotDecayTime of(
            VertexFit decay, LuminousRegion beamSpot, Vec3 centre, LorentzVector p4, double mass) {
        Objects.requireNonNull(decay, "decay");
        Objects.requireNonNull(beamSpot, "beamSpot");
        Objects.requireNonNull(centre, "centre");
        double p = p4.p();
        if (!(p > 0) || !(mass > 0)) {
            return null;
        }
        double[] c = decay.covariance();
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                c[3 * i + j] += beamSpot.covariance(i, j);
            }
        }
        double[] w = VertexFitter.invert(c);
        if (w == null) {
            return null;
        }
        Vec3 pos = decay.position();
        double[] d = {pos.x() - centre.x(), pos.y() - centre.y(), pos.z() - centre.z()};
        double[] u = {p4.px() / p, p4.py() / p, p4.pz() / p};
        double uwu = 0;
        double uwd = 0;
        double dwd = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                uwu += u[i] * w[3 * i + j] * u[j];
                uwd += u[i] * w[3 * i + j] * d[j];
                dwd += d[i] * w[3 * i + j] * d[j];
            }
        }
        if (!(uwu > 0)) {
            return null;
        }
        double length = uwd / uwu;
        double lengthError = 1 / Math.sqrt(uwu);
        double perCm = mass / (p * DeltaT.C_CM_PER_PS);
        double chi2 = Math.max(0, dwd - uwd * uwd / uwu);
        return new BeamSpotDecayTime(length, lengthError, length * perCm, lengthError * perCm, chi2);
    }
}
