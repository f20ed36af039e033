package io.upsilon.generators.decay;

/**
 * A {@code Particle name mass [width]} line of a DEC file: the mass (and width) the decay engine
 * uses for that particle instead of the particle table's.
 *
 * @param name the particle or alias name
 * @param mass the mass in GeV
 * @param width the width in GeV, or NaN when the line gives none (the table's width is kept)
 */
public record DecParticleOverride(String name, double mass, double width) {}
