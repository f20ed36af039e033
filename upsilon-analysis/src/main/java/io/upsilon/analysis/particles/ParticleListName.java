package io.upsilon.analysis.particles;

import io.upsilon.core.error.InputException;
import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.pdg.ParticleTable;
import java.util.Objects;

/**
 * The name of a particle list as basf2 writes it, {@code particle:label} (e.g. {@code mu+:good},
 * {@code gamma:signal}); the label may be omitted ({@code mu+}).
 *
 * @param particle the particle type (its flavour as written)
 * @param label the label, possibly empty
 */
public record ParticleListName(ParticleData particle, String label) {
    public ParticleListName {
        Objects.requireNonNull(particle, "particle");
        Objects.requireNonNull(label, "label");
    }

    /**
     * Parses {@code particle[:label]}.
     *
     * @param source where the text comes from, for error messages
     * @param column 1-based column of the text in its source, for error messages
     * @throws InputException for an empty name, an empty label after ':' or an unknown particle
     */
    public static ParticleListName parse(String text, ParticleTable table, String source, int column) {
        int colon = text.indexOf(':');
        String particle = colon < 0 ? text : text.substring(0, colon);
        String label = colon < 0 ? "" : text.substring(colon + 1);
        if (particle.isEmpty()) {
            throw new InputException(
                    source, "column " + column, "expected a particle name before ':' in '" + text + "'");
        }
        if (colon >= 0 && (label.isEmpty() || !label.matches("[A-Za-z0-9_]+"))) {
            throw new InputException(
                    source,
                    "column " + (column + colon + 1),
                    "expected a label of letters, digits and '_' after ':' in '" + text + "'");
        }
        ParticleData data = table.findByName(particle)
                .orElseThrow(() -> new InputException(
                        source,
                        "column " + column,
                        "unknown particle '" + particle
                                + "' (names as in the particle table, e.g. mu+, pi-, K+, gamma, B+, vpho)"));
        return new ParticleListName(data, label);
    }

    /** Parses a list name on its own (the source of errors is the text itself). */
    public static ParticleListName parse(String text, ParticleTable table) {
        return parse(text, table, text, 1);
    }

    /** The name of the charge-conjugate list ({@code mu-:good} for {@code mu+:good}). */
    public ParticleListName conjugate(ParticleTable table) {
        return new ParticleListName(table.antiparticle(particle), label);
    }

    /**
     * Whether this name and {@code other} name the same list or charge-conjugate lists (same |PDG
     * id| and label).
     */
    boolean sameListAs(ParticleListName other) {
        return Math.abs(particle.id()) == Math.abs(other.particle.id()) && label.equals(other.label);
    }

    @Override
    public String toString() {
        return label.isEmpty() ? particle.name() : particle.name() + ":" + label;
    }
}
