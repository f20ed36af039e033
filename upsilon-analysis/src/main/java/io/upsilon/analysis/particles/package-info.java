/**
 * Reconstructed particles and their lists: {@link io.upsilon.analysis.particles.Particle}
 * (from a track with a mass hypothesis, from a neutral ECL cluster, or combined from daughters),
 * {@link io.upsilon.analysis.particles.ParticleList} named like basf2 ({@code mu+:good}, holding
 * both charge-conjugate flavours), {@link io.upsilon.analysis.particles.DecayString} and
 * {@link io.upsilon.analysis.particles.CandidateCombiner} (no track or cluster used twice in one
 * candidate), and {@link io.upsilon.analysis.particles.McMatching} ({@code isSignal}).
 */
package io.upsilon.analysis.particles;
