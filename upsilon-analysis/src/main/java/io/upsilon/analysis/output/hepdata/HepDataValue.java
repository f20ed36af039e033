package io.upsilon.analysis.output.hepdata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entry of a HEPData variable: a point ({@code value}) or a bin ({@code low}, {@code high}),
 * with optional errors (dependent variables only, by convention).
 *
 * @param value the value, or {@code NaN} for a bin
 * @param low lower bin edge, or {@code NaN} for a point
 * @param high upper bin edge, or {@code NaN} for a point
 * @param errors uncertainties, in order (copied)
 */
public record HepDataValue(double value, double low, double high, List<HepDataError> errors) {

    /** Validates: a finite point, or a finite bin with {@code low < high}. */
    public HepDataValue {
        boolean point = Double.isFinite(value) && Double.isNaN(low) && Double.isNaN(high);
        boolean bin = Double.isNaN(value) && Double.isFinite(low) && Double.isFinite(high) && low < high;
        if (!point && !bin) {
            throw new IllegalArgumentException("a value is a finite point or a finite bin with low < high; got value="
                    + value + ", low=" + low + ", high=" + high);
        }
        errors = List.copyOf(errors);
    }

    /** A point value with errors. */
    public static HepDataValue of(double value, HepDataError... errors) {
        return new HepDataValue(value, Double.NaN, Double.NaN, List.of(errors));
    }

    /** A bin {@code [low, high]}. */
    public static HepDataValue bin(double low, double high) {
        return new HepDataValue(Double.NaN, low, high, List.of());
    }

    /** Whether this is a bin rather than a point. */
    public boolean isBin() {
        return Double.isNaN(value);
    }

    Map<String, Object> toYamlMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        if (isBin()) {
            m.put("low", HepDataNumbers.clean(low));
            m.put("high", HepDataNumbers.clean(high));
        } else {
            m.put("value", HepDataNumbers.clean(value));
        }
        if (!errors.isEmpty()) {
            List<Object> es = new ArrayList<>();
            for (HepDataError e : errors) {
                es.add(e.toYamlMap());
            }
            m.put("errors", es);
        }
        return m;
    }
}
