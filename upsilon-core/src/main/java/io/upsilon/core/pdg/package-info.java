/**
 * The bundled particle table (PDG ids, masses, widths, lifetimes, charges, spins).
 *
 * <p>{@link io.upsilon.core.pdg.ParticleTable#standard()} reads {@code particles.tsv} (PDG 2024
 * numbers, source in its header); {@link io.upsilon.core.pdg.ParticleTable#load(java.nio.file.Path)}
 * reads a user's table in the same format. Lookups return {@link io.upsilon.core.pdg.ParticleData}
 * records; antiparticles (id {@code -id}) are derived from their particle's line.
 */
package io.upsilon.core.pdg;
