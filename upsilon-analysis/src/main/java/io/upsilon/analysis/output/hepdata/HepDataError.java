package io.upsilon.analysis.output.hepdata;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One uncertainty on a HEPData value: symmetric ({@code symerror}) or asymmetric ({@code asymerror}
 * with signed {@code plus} and {@code minus}: for a band around a median, {@code plus} is usually
 * positive and {@code minus} negative), with a label such as "stat" or "1 sigma".
 *
 * @param label what the uncertainty is; may be empty
 * @param symmetric the symmetric error, or {@code NaN} for an asymmetric one
 * @param plus the upward shift (asymmetric), or {@code NaN}
 * @param minus the downward shift (asymmetric, signed), or {@code NaN}
 */
public record HepDataError(String label, double symmetric, double plus, double minus) {

    /** Validates: either a finite symmetric error, or finite plus and minus. */
    public HepDataError {
        Objects.requireNonNull(label, "label");
        boolean sym = Double.isFinite(symmetric) && Double.isNaN(plus) && Double.isNaN(minus);
        boolean asym = Double.isNaN(symmetric) && Double.isFinite(plus) && Double.isFinite(minus);
        if (!sym && !asym) {
            throw new IllegalArgumentException("an error is either symmetric or (plus, minus), all finite");
        }
    }

    /** A symmetric error. */
    public static HepDataError sym(String label, double error) {
        return new HepDataError(label, error, Double.NaN, Double.NaN);
    }

    /** An asymmetric error with signed shifts. */
    public static HepDataError asym(String label, double plus, double minus) {
        return new HepDataError(label, Double.NaN, plus, minus);
    }

    /** Whether this is a {@code symerror}. */
    public boolean isSymmetric() {
        return !Double.isNaN(symmetric);
    }

    Map<String, Object> toYamlMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        if (isSymmetric()) {
            m.put("symerror", HepDataNumbers.clean(symmetric));
        } else {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("plus", HepDataNumbers.clean(plus));
            a.put("minus", HepDataNumbers.clean(minus));
            m.put("asymerror", a);
        }
        if (!label.isEmpty()) {
            m.put("label", label);
        }
        return m;
    }
}
