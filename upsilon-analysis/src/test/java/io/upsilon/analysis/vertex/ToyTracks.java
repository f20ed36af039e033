package io.upsilon.analysis.vertex;

import io.upsilon.analysis.particles.Particle;
import io.upsilon.core.event.PidLikelihoods;
import io.upsilon.core.event.RecoTrack;
import io.upsilon.core.kinematics.Vec3;
import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;

/**
 * Smeared straight tracks from a known vertex, made as the fast simulation's tracking module makes
 * them (upsilon-detector TrackingModule: the measured point is the true vertex moved by the d0
 * residual transverse to the track and the z0 residual along z; the direction smeared by the angular
 * resolution), so vertex fits can be checked against the truth without the detector module.
 */
final class ToyTracks {
    /** The belle2.yaml card's tracking.impactParameter numbers (cm, cm GeV). */
    static final ImpactParameterResolution BELLE2 = new ImpactParameterResolution(0.0010, 0.0015, 0.0015, 0.0020);

    /** The card's angular resolution at high momentum (rad), enough for the direction smear here. */
    private static final double SIGMA_ANGLE = 0.001;

    private static final ParticleData PION = ParticleTable.standard().byName("pi+");

    private ToyTracks() {}

    /**
     * A pion track from {@code vertex} with momentum {@code p} (GeV), polar angle from cos theta in
     * [-0.8, 0.9] and azimuth uniform.
     */
    static Particle pion(int index, Vec3 vertex, double p, ImpactParameterResolution res, RandomStream rng) {
        double cos = -0.8 + 1.7 * rng.nextDouble();
        double phi = 2 * Math.PI * rng.nextDouble();
        return pion(index, vertex, Vec3.fromPolar(p, Math.acos(cos), phi), res, rng);
    }

    /** A pion track from {@code vertex} with true momentum {@code momentum}, no truth link. */
    static Particle pion(int index, Vec3 vertex, Vec3 momentum, ImpactParameterResolution res, RandomStream rng) {
        return pion(index, vertex, momentum, res, rng, -1);
    }

    /** As {@link #pion(int, Vec3, Vec3, ImpactParameterResolution, RandomStream)}, linked to generated particle {@code truthIndex}. */
    static Particle pion(
            int index, Vec3 vertex, Vec3 momentum, ImpactParameterResolution res, RandomStream rng, int truthIndex) {
        double p = momentum.mag();
        double pt = momentum.perp();
        double beta = p / Math.sqrt(p * p + PION.mass() * PION.mass());
        double sinTheta = pt / p;
        double dd0 = res.sigmaD0(p, beta, sinTheta) * rng.nextGaussian();
        double dz0 = res.sigmaZ0(p, beta, sinTheta) * rng.nextGaussian();
        Vec3 position =
                new Vec3(vertex.x() + dd0 * momentum.y() / pt, vertex.y() - dd0 * momentum.x() / pt, vertex.z() + dz0);
        double theta = momentum.theta() + SIGMA_ANGLE * rng.nextGaussian();
        double phi = momentum.phi() + SIGMA_ANGLE * rng.nextGaussian();
        Vec3 measured = Vec3.fromPolar(p, theta, phi);
        int charge = index % 2 == 0 ? 1 : -1;
        RecoTrack t = new RecoTrack(
                index,
                charge,
                measured,
                0,
                0,
                new PidLikelihoods(0.01, 0.01, 0.96, 0.01, 0.01),
                -1,
                0,
                truthIndex,
                position);
        return Particle.fromTrack(t, PION);
    }
}
