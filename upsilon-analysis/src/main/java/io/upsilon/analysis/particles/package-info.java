/**
 * Reconstructed particles and their lists: {@link io.upsilon.analysis.particles.Particle}
 * (from a track with a mass hypothesis, from a neutral ECL cluster, or combined from daughters),
 * {@link io.upsilon.analysis.particles.ParticleList} named like basf2 ({@code mu+:good}, holding
 * both charge-conjugate flavours), {@link io.upsilon.analysis.particles.DecayString} and
 * {@link io.upsilon.analysis.particles.CandidateCombiner} (no track or cluster used twice in one
 * candidate), and {@link io.upsilon.analysis.particles.McMatching} ({@code isSignal} through the whole decay
 * chain, basf2's {@code mcErrors} bit word). Hadronic
 * lists: {@link io.upsilon.analysis.particles.V0Finder} (K_S0, Lambda0 from track pairs with a
 * {@link io.upsilon.analysis.particles.TwoTrackVertex}), {@link
 * io.upsilon.analysis.particles.Pi0Finder} (photon pairs), registered in {@link
 * io.upsilon.analysis.particles.StandardHadronLists}.
 */
package io.upsilon.analysis.particles;
