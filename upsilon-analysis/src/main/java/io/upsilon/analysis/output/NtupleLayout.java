package io.upsilon.analysis.output;

import java.util.Locale;

/**
 * The shape of a table of events with several particles (or candidates) each. {@link #EVENT}: one
 * row per event, the per-particle quantities in list columns (awkward reads them as jagged arrays,
 * DuckDB as {@code DOUBLE[]}, pandas as arrays in cells); event quantities such as the weight
 * appear once per event, so a sum over rows is a sum over events. {@link #PARTICLE}: one row per
 * particle with the event number, weight and the particle's index repeated on every row (the flat
 * table pandas and SQL filter directly).
 */
public enum NtupleLayout {
    /** One row per event, list columns. */
    EVENT,
    /** One row per particle (or candidate). */
    PARTICLE;

    /**
     * The layout named {@code event} or {@code particle} (any case).
     *
     * @throws IllegalArgumentException for any other name
     */
    public static NtupleLayout parse(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "event" -> EVENT;
            case "particle" -> PARTICLE;
            default -> throw new IllegalArgumentException("unknown layout '" + name + "': expected event or particle");
        };
    }

    /** The name the command line uses. */
    public String optionName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
