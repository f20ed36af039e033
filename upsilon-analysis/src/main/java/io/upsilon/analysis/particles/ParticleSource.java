package io.upsilon.analysis.particles;

/** Where a {@link Particle} comes from. */
public enum ParticleSource {
    /** A charged track with a mass hypothesis. */
    TRACK,
    /** An ECL cluster (a photon candidate). */
    CLUSTER,
    /** A combination of daughter particles. */
    COMPOSITE
}
