package io.upsilon.core.pdg;

/**
 * PDG Monte Carlo ids written for new-physics states, in one place so that no two signals share
 * one. Their masses are signal parameters set at run time, so most are not in the particle table.
 * The 9000000 block is left by the PDG numbering scheme for user-defined states.
 */
public final class SignalParticleIds {
    private SignalParticleIds() {}

    /** Z' (PDG's own code for an additional neutral gauge boson). */
    public static final int Z_PRIME = 32;

    /** Axion-like particle a coupling to photons (the id ALP UFO models commonly use). */
    public static final int ALP = 9000005;

    /** Invisible spin-0 boson alpha of tau -&gt; l alpha. */
    public static final int TAU_ALPHA = 9000006;

    /**
     * Dark scalar S mixing with the Higgs (B -&gt; K S): the numbering scheme's spin-0 mediator, as
     * PYTHIA 8 numbers it. Unlike the others it has a particle-table line (nominal mass 1 GeV), because
     * DEC files name it; the B -&gt; K S model sets its mass and lifetime per run.
     */
    public static final int DARK_SCALAR = 54;

    /** Dark photon A'. */
    public static final int DARK_PHOTON = 9000022;
}
