package io.upsilon.analysis.particles;

import io.upsilon.core.error.InputException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The particle lists of one event, found by name or by the name of their charge conjugate
 * ({@code mu-:good} finds the list filled as {@code mu+:good}). Not thread-safe: one per event.
 */
public final class ParticleLists {
    private final Map<ParticleListName.Key, ParticleList> lists = new LinkedHashMap<>(4);

    /** Adds (or replaces) a list. */
    public ParticleLists add(ParticleList list) {
        lists.put(list.name().key(), list);
        return this;
    }

    /** The list with this name or its charge conjugate's. */
    public Optional<ParticleList> find(ParticleListName name) {
        return Optional.ofNullable(lists.get(name.key()));
    }

    /**
     * The list with this name or its charge conjugate's.
     *
     * @param source the decay string or file that asked, for the error message
     * @throws InputException if there is no such list
     */
    public ParticleList get(ParticleListName name, String source) {
        return find(name)
                .orElseThrow(() -> new InputException(
                        source, "", "no particle list '" + name + "' (fill it, or its charge conjugate, first)"));
    }
}
