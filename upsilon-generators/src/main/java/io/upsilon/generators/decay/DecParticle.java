package io.upsilon.generators.decay;

import io.upsilon.core.pdg.ParticleData;
import java.util.Objects;

/**
 * A particle as a DEC decay table names it: a particle-table name, or an {@code Alias} of one
 * (same PDG id and properties, its own decay table).
 *
 * @param name the name in the DEC file (an alias or the particle-table name)
 * @param data the particle-table entry it stands for
 */
public record DecParticle(String name, ParticleData data) {
    /** Validates that both are given. */
    public DecParticle {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(data, "data");
    }

    /** Whether this is an alias (its name differs from the particle table's). */
    public boolean isAlias() {
        return !name.equals(data.name());
    }
}
