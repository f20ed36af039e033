package io.upsilon.stats.model;

import io.upsilon.stats.workspace.Channel;
import io.upsilon.stats.workspace.Modifier;
import io.upsilon.stats.workspace.ParameterConfig;
import io.upsilon.stats.workspace.Sample;
import java.util.List;
import java.util.Map;

/**
 * How one pyhf modifier type becomes parameters, constraints and terms. One implementation per
 * type, all listed in {@link ModifierKinds}; nothing outside this package knows their internals.
 */
interface ModifierKind {
    /** The workspace record type this kind compiles. */
    Class<? extends Modifier> modifierClass();

    /** Parameters of different kinds may be shared only when their families agree. */
    String family();

    /** The constraint of the parameter set. */
    Constraint constraint();

    /** Names of the parameter sets this modifier uses; by default the one named like the modifier. */
    default List<String> parameterNames(Modifier m) {
        return List.of(m.name());
    }

    /** Number of parameter elements this modifier needs on the given channel. */
    int size(Modifier m, Channel channel);

    /** Sets pyhf's suggested defaults on a newly declared parameter set. */
    void initialise(ParameterBuilder pb);

    /** Accumulates per-sample information (e.g. staterror's combined uncertainty); default none. */
    default void accumulate(ParameterBuilder pb, Modifier m, Sample sample) {}

    /**
     * Finishes the parameter set after every sample was seen and before the measurement's overrides.
     *
     * @param config the measurement's settings for this parameter, or null
     */
    default void finish(ParameterBuilder pb, ParameterConfig config, String source, String pointer) {}

    /**
     * The compiled term of this modifier on {@code sample} (the parameter set starts at {@code
     * offset}), or null when the modifier cannot change any rate.
     */
    Term term(Modifier m, Sample sample, int offset, ModelOptions options);

    /**
     * The compiled term when it may use several parameter sets ({@code sets} by name); by default
     * {@link #term(Modifier, Sample, int, ModelOptions)} with the set named like the modifier.
     */
    default Term term(Modifier m, Sample sample, Map<String, ParameterSet> sets, ModelOptions options) {
        return term(m, sample, sets.get(m.name()).offset(), options);
    }
}
