package io.upsilon.generators.process;

import io.upsilon.core.beam.Beam;
import java.util.List;

/**
 * A physics process: a name, its parameters, and a factory of event generators for a beam.
 * Registered by name in {@link ProcessRegistry}.
 */
public interface Process {
    /** Registry name, e.g. {@code ee-mumu}. */
    String name();

    /** One line: what the process is and how it is modelled. */
    String description();

    /** The parameters this process accepts (empty when none). */
    default List<ProcessParameter> parameters() {
        return List.of();
    }

    /**
     * A new generator for this beam, parameter values and options. Generators are not thread-safe:
     * create one per partition.
     */
    EventGenerator newGenerator(Beam beam, ProcessParameters values, GeneratorOptions options);
}
