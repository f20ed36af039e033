package io.upsilon.analysis.particles;

import io.upsilon.core.error.InputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The particle lists of one event, found by name or by the name of their charge conjugate
 * ({@code mu-:good} finds the list filled as {@code mu+:good}). Not thread-safe: one per event.
 */
public final class ParticleLists {
    // An event has a handful of lists: a linear search beats hashing a key per lookup.
    private final List<ParticleList> lists = new ArrayList<>(4);

    /** Adds (or replaces) a list. */
    public ParticleLists add(ParticleList list) {
        int i = indexOf(list.name());
        if (i < 0) {
            lists.add(list);
        } else {
            lists.set(i, list);
        }
        return this;
    }

    /** The list with this name or its charge conjugate's. */
    public Optional<ParticleList> find(ParticleListName name) {
        int i = indexOf(name);
        return i < 0 ? Optional.empty() : Optional.of(lists.get(i));
    }

    private int indexOf(ParticleListName name) {
        for (int i = 0; i < lists.size(); i++) {
            if (lists.get(i).name().sameListAs(name)) {
                return i;
            }
        }
        return -1;
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
