package io.upsilon.stats.model;

import java.util.Objects;

/**
 * Compilation options.
 *
 * @param normsys normsys interpolation code (pyhf default CODE4)
 * @param histosys histosys interpolation code (pyhf default CODE4P)
 */
public record ModelOptions(Interpolation.NormsysCode normsys, Interpolation.HistosysCode histosys) {
    /** Validates. */
    public ModelOptions {
        Objects.requireNonNull(normsys);
        Objects.requireNonNull(histosys);
    }

    /** pyhf's defaults: code4 and code4p. */
    public static ModelOptions defaults() {
        return new ModelOptions(Interpolation.NormsysCode.CODE4, Interpolation.HistosysCode.CODE4P);
    }
}
