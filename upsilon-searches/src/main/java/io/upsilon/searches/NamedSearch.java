package io.upsilon.searches;

import io.upsilon.core.config.ConfigNode;
import java.util.Objects;

/**
 * A {@link Search} on the framework: its name and one-line description are fixed at construction,
 * and every run starts the same way, reading the shared keys of its YAML ({@link CommonConfig})
 * and building the one {@link RunContext} of the run; the search itself implements {@link
 * #run(ConfigNode, RunContext)}.
 */
public abstract class NamedSearch implements Search {
    private final String name;
    private final String description;
    private final QuickScaling quickDefaults;

    /**
     * @param name the registry name ({@code upsilon run NAME}, the {@code analysis:} key)
     * @param description which published analysis this reproduces, in one line
     * @param quickDefaults the {@code --quick} scaling where the YAML has no {@code quick:} block
     */
    protected NamedSearch(String name, String description, QuickScaling quickDefaults) {
        this.name = Objects.requireNonNull(name, "name");
        this.description = Objects.requireNonNull(description, "description");
        this.quickDefaults = Objects.requireNonNull(quickDefaults, "quickDefaults");
        if (!name.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("a search name is lower-case letters, digits and '-': " + name);
        }
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String description() {
        return description;
    }

    /** The shared keys of a configuration of this search ({@code quick:} defaulting to this search's). */
    public final CommonConfig common(ConfigNode root) {
        return CommonConfig.read(root, name, quickDefaults);
    }

    @Override
    public final String run(ConfigNode root, byte[] configBytes, RunOptions options) {
        return run(root, RunContext.start(name, common(root), root, configBytes, options));
    }

    /**
     * Runs the search: reads its own keys of {@code root} (the shared ones are in {@code
     * ctx.common()}), produces its samples through {@code ctx}, fits, and writes its outputs.
     *
     * @return a short human-readable summary for the terminal
     */
    protected abstract String run(ConfigNode root, RunContext ctx);
}
