package io.upsilon.generators.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fast formatter's text always reads back to the same double. */
class DecimalFormatterTest {
    private static String format(double x) {
        StringBuilder sb = new StringBuilder();
        DecimalFormatter.append(sb, x);
        return sb.toString();
    }

    private static void check(double x) {
        String s = format(x);
        assertThat(Double.doubleToRawLongBits(Double.parseDouble(s)))
                .as(s + " for " + x)
                .isEqualTo(Double.doubleToRawLongBits(x));
    }

    @Test
    void randomDoublesReadBackExactly() {
        SplittableRandom r = new SplittableRandom(21);
        for (int i = 0; i < 1_000_000; i++) {
            double x = switch (i % 4) {
                case 0 -> (r.nextDouble() - 0.5) * 20; // momenta, GeV
                case 1 -> (r.nextDouble() - 0.5) * 1e-2; // vertices, cm
                case 2 -> Double.longBitsToDouble(r.nextLong() & 0x7FEF_FFFF_FFFF_FFFFL); // any finite
                default -> (r.nextBoolean() ? 1 : -1) * r.nextDouble() * Math.pow(10, r.nextInt(-8, 17));
            };
            check(x);
        }
    }

    @Test
    void roundNumbersAreShort() {
        assertThat(format(6.903)).isEqualTo("6.903");
        assertThat(format(0.2)).isEqualTo("0.2");
        assertThat(format(-2.0e-4)).isEqualTo("-2.0E-4");
        assertThat(format(0.0012)).isEqualTo("0.0012");
        assertThat(format(5.0)).isEqualTo("5.0");
        assertThat(format(1234567.0)).isEqualTo("1234567.0");
        assertThat(format(12345678.0)).isEqualTo("1.2345678E7");
        assertThat(format(123456.5)).isEqualTo("123456.5");
        assertThat(format(100.0)).isEqualTo("100.0");
        assertThat(format(0.1 + 0.2)).isEqualTo(Double.toString(0.1 + 0.2));
        for (double x : new double[] {0.0, -0.0, 1e-7, 1e300, Double.MIN_VALUE, Double.NaN, Double.NEGATIVE_INFINITY}) {
            assertThat(format(x)).isEqualTo(Double.toString(x));
        }
        for (double x : new double[] {1e-6, 9.999999999999999e14, 1e15, 0.001, 0.01, 1.0, 10.0, 9999999.0, 1e7}) {
            check(x);
            check(-x);
            check(Math.nextUp(x));
            check(Math.nextDown(x));
        }
    }
}
