package io.upsilon.analysis.output.hepdata;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers as written to HEPData YAML: rounded to 12 significant digits, so {@code 0.3 - 0.1} reads 0.2. */
final class HepDataNumbers {
    private static final MathContext DIGITS = new MathContext(12);

    private HepDataNumbers() {}

    /** {@code x} rounded to 12 significant digits (finite input). */
    static double clean(double x) {
        if (x == 0 || !Double.isFinite(x)) {
            return x;
        }
        return new BigDecimal(x).round(DIGITS).doubleValue();
    }
}
