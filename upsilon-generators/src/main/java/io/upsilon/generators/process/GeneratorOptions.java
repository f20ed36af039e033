package io.upsilon.generators.process;

/**
 * Switches that apply to every process's generator.
 *
 * @param radiation true to include initial- and final-state radiation and vacuum polarisation
 *     where the process models them; false for tree-level (Born) events ({@code --no-radiation})
 */
public record GeneratorOptions(boolean radiation) {
    /** Everything the process models switched on. */
    public static final GeneratorOptions DEFAULT = new GeneratorOptions(true);

    /** Tree level: no ISR, FSR or vacuum polarisation. */
    public static final GeneratorOptions BORN = new GeneratorOptions(false);
}
