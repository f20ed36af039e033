package io.upsilon.generators.io;

import java.math.BigInteger;

/**
 * Fast, correctly rounded parsing of plain decimal numbers ({@code [+-]digits[.digits][(e|E)[+-]digits]})
 * for the event readers, whose time goes mostly into numbers with 16-17 significant digits, where
 * {@link Double#parseDouble} takes its slow big-number path.
 *
 * <p>Method: the digits give a 64-bit integer w and a power of ten q (at most 19 significant
 * digits, else this parser declines). When w < 2^53 and |q| <= 22 the result is one exact
 * IEEE operation (Clinger's fast path); otherwise w is multiplied by a 128-bit approximation of
 * 10^q and the 53-bit result is taken when the truncated product leaves no doubt about the
 * rounding (the Eisel-Lemire algorithm: D. Lemire, "Number parsing at a gigabyte per second",
 * Software: Practice and Experience 51 (2021) 1700). In every doubtful case, and for anything that
 * is not a plain decimal, {@link #parse} returns NaN and the caller falls back to {@link
 * Double#parseDouble}: this class is an accelerator, never the authority. Checked against {@link
 * Double#parseDouble} on millions of random inputs in {@code DecimalParserTest}.
 */
final class DecimalParser {
    private static final int MIN_EXP10 = -342;
    private static final int MAX_EXP10 = 308;
    private static final long[] POW10_HI = new long[MAX_EXP10 - MIN_EXP10 + 1];
    private static final long[] POW10_LO = new long[MAX_EXP10 - MIN_EXP10 + 1];
    private static final double[] EXACT_POW10 = new double[23];

    static {
        BigInteger two128 = BigInteger.ONE.shiftLeft(128);
        BigInteger mask64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
        BigInteger five = BigInteger.valueOf(5);
        for (int q = MIN_EXP10; q <= MAX_EXP10; q++) {
            BigInteger c;
            if (q >= 0) {
                // 5^q normalised to 128 bits, truncated (10^q has the same significand).
                BigInteger p = five.pow(q);
                int bl = p.bitLength();
                c = bl >= 128 ? p.shiftRight(bl - 128) : p.shiftLeft(128 - bl);
            } else {
                // 2^b / 5^-q normalised to 128 bits, rounded up by one unit of the quotient.
                BigInteger p = five.pow(-q);
                int z = p.bitLength();
                if (q >= -27) {
                    c = BigInteger.ONE.shiftLeft(z + 127).divide(p).add(BigInteger.ONE);
                } else {
                    c = BigInteger.ONE.shiftLeft(2 * z + 128).divide(p).add(BigInteger.ONE);
                    while (c.compareTo(two128) >= 0) {
                        c = c.shiftRight(1);
                    }
                }
            }
            POW10_HI[q - MIN_EXP10] = c.shiftRight(64).longValue();
            POW10_LO[q - MIN_EXP10] = c.and(mask64).longValue();
        }
        double p = 1;
        for (int i = 0; i < EXACT_POW10.length; i++) {
            EXACT_POW10[i] = p;
            p *= 10;
        }
    }

    private DecimalParser() {}

    /**
     * The value of {@code s[from, to)} if it is a plain decimal this parser is sure of, else NaN
     * (the caller then uses {@link Double#parseDouble}).
     */
    static double parse(CharSequence s, int from, int to) {
        int i = from;
        if (i >= to) {
            return Double.NaN;
        }
        boolean negative = false;
        char c = s.charAt(i);
        if (c == '-' || c == '+') {
            negative = c == '-';
            i++;
        }
        long w = 0;
        int significant = 0;
        int exp10 = 0;
        boolean anyDigit = false;
        // Integer part.
        while (i < to && (c = s.charAt(i)) >= '0' && c <= '9') {
            anyDigit = true;
            if (significant > 0 || c != '0') {
                if (++significant > 19) {
                    return Double.NaN;
                }
                w = 10 * w + (c - '0');
            }
            i++;
        }
        // Fraction.
        if (i < to && s.charAt(i) == '.') {
            i++;
            while (i < to && (c = s.charAt(i)) >= '0' && c <= '9') {
                anyDigit = true;
                if (significant > 0 || c != '0') {
                    if (++significant > 19) {
                        return Double.NaN;
                    }
                    w = 10 * w + (c - '0');
                }
                exp10--;
                i++;
            }
        }
        if (!anyDigit) {
            return Double.NaN;
        }
        // Exponent.
        if (i < to && ((c = s.charAt(i)) == 'e' || c == 'E')) {
            i++;
            boolean expNegative = false;
            if (i < to && ((c = s.charAt(i)) == '-' || c == '+')) {
                expNegative = c == '-';
                i++;
            }
            int e = 0;
            boolean expDigit = false;
            while (i < to && (c = s.charAt(i)) >= '0' && c <= '9') {
                expDigit = true;
                if (e < 100_000) {
                    e = 10 * e + (c - '0');
                }
                i++;
            }
            if (!expDigit) {
                return Double.NaN;
            }
            exp10 += expNegative ? -e : e;
        }
        if (i != to) {
            return Double.NaN;
        }
        double v = toDouble(w, exp10);
        return negative ? -v : v;
    }

    /** w * 10^q correctly rounded, or NaN when not sure; w (< 10^19) is read as unsigned. */
    static double toDouble(long w, int q) {
        if (w == 0) {
            return 0.0;
        }
        if (w >= 0 && w < (1L << 53) && q >= -22 && q <= 22) {
            return q >= 0 ? w * EXACT_POW10[q] : w / EXACT_POW10[-q];
        }
        if (q < MIN_EXP10 || q > MAX_EXP10) {
            return Double.NaN;
        }
        int clz = Long.numberOfLeadingZeros(w);
        long man = w << clz;
        long exp2 = ((217706L * q) >> 16) + 64 + 1023 - clz;
        long pHi = POW10_HI[q - MIN_EXP10];
        long pLo = POW10_LO[q - MIN_EXP10];
        long xHi = unsignedMultiplyHigh(man, pHi);
        long xLo = man * pHi;
        if ((xHi & 0x1FF) == 0x1FF && Long.compareUnsigned(xLo + man, man) < 0) {
            long yHi = unsignedMultiplyHigh(man, pLo);
            long yLo = man * pLo;
            long mergedHi = xHi;
            long mergedLo = xLo + yHi;
            if (Long.compareUnsigned(mergedLo, xLo) < 0) {
                mergedHi++;
            }
            if ((mergedHi & 0x1FF) == 0x1FF && mergedLo + 1 == 0 && Long.compareUnsigned(yLo + man, man) < 0) {
                return Double.NaN;
            }
            xHi = mergedHi;
            xLo = mergedLo;
        }
        long msb = xHi >>> 63;
        long mantissa = xHi >>> (msb + 9);
        exp2 -= 1 ^ msb;
        if (xLo == 0 && (xHi & 0x1FF) == 0 && (mantissa & 3) == 1) {
            return Double.NaN; // exactly half-way: let the reference decide
        }
        mantissa += mantissa & 1;
        mantissa >>>= 1;
        if ((mantissa >>> 53) > 0) {
            mantissa >>>= 1;
            exp2++;
        }
        if (exp2 <= 0 || exp2 >= 0x7FF) {
            return Double.NaN; // subnormal or overflow
        }
        return Double.longBitsToDouble((exp2 << 52) | (mantissa & 0x000F_FFFF_FFFF_FFFFL));
    }

    private static long unsignedMultiplyHigh(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }
}
