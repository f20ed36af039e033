package io.upsilon.generators.io;

/**
 * Fast decimal text for doubles that reads back to the same double, for the event writers (on
 * Java 17, {@link Double#toString(double)} dominates the cost of writing HepMC3).
 *
 * <p>Method: for |x| between 1e-6 and 1e15, x * 10^s (s in 0..22, so 10^s is an exact double) is
 * formed exactly as a sum of two doubles with a fused multiply-add and rounded to a 16-digit, then
 * if needed a 17-digit, integer N; a candidate is used only when {@link DecimalParser} (exact
 * whenever it answers) confirms that N * 10^(k-digits+1) reads back to x, trailing zeros dropped.
 * Anything else (zero, tiny or huge values, non-finite values, unconfirmed candidates) is written
 * by {@link Double#toString(double)}. So the text always reads back exactly; it is the shortest
 * such text for values of up to 16 significant digits and may be one digit longer than the
 * shortest otherwise.
 */
final class DecimalFormatter {
    private static final double[] POW10 = new double[23];
    private static final long[] LONG_POW10 = new long[19];

    static {
        double p = 1;
        long q = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
        for (int i = 0; i < LONG_POW10.length; i++) {
            LONG_POW10[i] = q;
            q *= 10;
        }
    }

    private DecimalFormatter() {}

    /** Appends text for {@code x} that {@link Double#parseDouble} reads back to {@code x}. */
    static void append(StringBuilder sb, double x) {
        double ax = Math.abs(x);
        if (!(ax >= 1e-6 && ax < 1e15)) {
            sb.append(x);
            return;
        }
        int k = (int) Math.floor(Math.log10(ax));
        if (!tryDigits(sb, x, ax, k, 16) && !tryDigits(sb, x, ax, k, 17)) {
            sb.append(x);
        }
    }

    /** Writes x with {@code digits} significant digits if that reads back exactly. */
    private static boolean tryDigits(StringBuilder sb, double x, double ax, int k, int digits) {
        for (int attempt = 0; attempt < 3; attempt++) {
            int s = digits - 1 - k;
            if (s < 0 || s > 22) {
                return false;
            }
            double scale = POW10[s];
            double p = ax * scale;
            double err = Math.fma(ax, scale, -p); // ax * scale = p + err exactly
            double fl = Math.floor(p);
            long n = (long) fl + Math.round((p - fl) + err);
            if (n >= LONG_POW10[digits]) {
                k++;
                continue;
            }
            if (n < LONG_POW10[digits - 1]) {
                k--;
                continue;
            }
            int d = digits;
            while (n % 10 == 0) {
                n /= 10;
                d--;
            }
            double back = DecimalParser.toDouble(n, k - d + 1);
            if (back != ax) {
                return false;
            }
            emit(sb, x < 0, n, d, k);
            return true;
        }
        return false;
    }

    /** The d digits of n with the decimal point after the digit of weight 10^k. */
    private static void emit(StringBuilder sb, boolean negative, long n, int d, int k) {
        if (negative) {
            sb.append('-');
        }
        char[] digit = new char[d];
        for (int i = d - 1; i >= 0; i--) {
            digit[i] = (char) ('0' + n % 10);
            n /= 10;
        }
        if (k >= 0 && k < 7) {
            for (int i = 0; i <= k; i++) {
                sb.append(i < d ? digit[i] : '0');
            }
            sb.append('.');
            if (d > k + 1) {
                sb.append(digit, k + 1, d - k - 1);
            } else {
                sb.append('0');
            }
        } else if (k < 0 && k >= -3) {
            sb.append("0.");
            for (int i = -1; i > k; i--) {
                sb.append('0');
            }
            sb.append(digit, 0, d);
        } else {
            sb.append(digit[0]).append('.');
            if (d > 1) {
                sb.append(digit, 1, d - 1);
            } else {
                sb.append('0');
            }
            sb.append('E').append(k);
        }
    }
}
