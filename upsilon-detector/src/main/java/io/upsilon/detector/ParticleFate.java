package io.upsilon.detector;

import io.upsilon.core.pdg.SignalParticleIds;

/**
 * What the fast simulation does with a final-state (status 1) generated particle, decided in one
 * place so that nothing is dropped without being counted. The generator's decay engine is expected
 * to have decayed every particle with a decay table except those it leaves to the detector
 * (gamma, e, mu, pi+-, K+-, K_L0, p, n and neutrinos); anything else that arrives here as final
 * state (e.g. an undecayed K_S0, Lambda or Sigma+) is {@link #UNHANDLED} and counted by {@link
 * SimulationRun#unhandledParticles()}.
 */
public enum ParticleFate {
    /** e, mu, pi, K, p: tracks (CDC), ECL deposits, KLM hits, PID. */
    CHARGED_TRACK,
    /** Photons: ECL showers. */
    PHOTON,
    /** K_L0, neutrons and antineutrons: hadronic ECL showers and (K_L0) KLM clusters. */
    NEUTRAL_HADRON,
    /**
     * Neutrinos and the new-physics states Upsilon generates (Z', ALP, alpha, A'), which, when left
     * undecayed by their generator, escape the detector.
     */
    INVISIBLE,
    /** Anything else: the simulation cannot handle it, and counts it. */
    UNHANDLED;

    /** The fate of a final-state particle with this PDG id (either sign). */
    public static ParticleFate of(int pdgId) {
        int a = Math.abs(pdgId);
        if (Species.ofPdg(a) != null) {
            return CHARGED_TRACK;
        }
        return switch (a) {
            case 22 -> PHOTON;
            case 130, 2112 -> NEUTRAL_HADRON;
            case 12, 14, 16 -> INVISIBLE;
            case SignalParticleIds.Z_PRIME,
                    SignalParticleIds.ALP,
                    SignalParticleIds.TAU_ALPHA,
                    SignalParticleIds.DARK_PHOTON -> INVISIBLE;
            default -> UNHANDLED;
        };
    }
}
