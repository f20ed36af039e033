package io.upsilon.generators.process;

import io.upsilon.generators.decay.DecFile;

/**
 * Switches that apply to every process's generator.
 *
 * @param radiation true to include initial- and final-state radiation and vacuum polarisation
 *     where the process models them; false for tree-level (Born) events ({@code --no-radiation})
 * @param decays the hadron decay tables for processes that make hadrons ({@code --decay-file}, read
 *     on top of the bundled table), or {@code null} for the bundled table
 */
public record GeneratorOptions(boolean radiation, DecFile decays) {
    /** Everything the process models switched on, the bundled decay table. */
    public static final GeneratorOptions DEFAULT = new GeneratorOptions(true);

    /** Tree level: no ISR, FSR or vacuum polarisation. */
    public static final GeneratorOptions BORN = new GeneratorOptions(false);

    /** Radiation on or off, the bundled decay table. */
    public GeneratorOptions(boolean radiation) {
        this(radiation, null);
    }

    /** These options with another decay table. */
    public GeneratorOptions withDecays(DecFile table) {
        return new GeneratorOptions(radiation, table);
    }
}
