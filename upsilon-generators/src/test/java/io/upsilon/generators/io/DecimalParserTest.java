package io.upsilon.generators.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fast decimal parser agrees bit for bit with Double.parseDouble whenever it answers. */
class DecimalParserTest {
    private static void check(String s) {
        double fast = DecimalParser.parse(s, 0, s.length());
        if (!Double.isNaN(fast)) {
            assertThat(Double.doubleToRawLongBits(fast))
                    .as(s)
                    .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(s)));
        }
    }

    @Test
    void agreesOnShortestRepresentationsOfRandomDoubles() {
        SplittableRandom r = new SplittableRandom(11);
        int answered = 0;
        int n = 1_000_000;
        for (int i = 0; i < n; i++) {
            double x = switch (i % 4) {
                case 0 -> (r.nextDouble() - 0.5) * 20; // momenta, GeV
                case 1 -> (r.nextDouble() - 0.5) * 1e-2; // vertices, cm
                case 2 -> Double.longBitsToDouble(r.nextLong() & 0x7FEF_FFFF_FFFF_FFFFL); // any finite
                default -> r.nextDouble() * Math.pow(10, r.nextInt(-30, 30));
            };
            String s = Double.toString(x);
            check(s);
            check(String.format(java.util.Locale.ROOT, "%.16e", x)); // HepMC3's own layout
            if (!Double.isNaN(DecimalParser.parse(s, 0, s.length()))) {
                answered++;
            }
        }
        // It is an accelerator: it must answer nearly always on such numbers.
        assertThat(answered).isGreaterThan(n * 9 / 10);
    }

    @Test
    void agreesOnRandomDigitStrings() {
        SplittableRandom r = new SplittableRandom(12);
        for (int i = 0; i < 1_000_000; i++) {
            StringBuilder sb = new StringBuilder();
            int digits = r.nextInt(1, 20);
            for (int k = 0; k < digits; k++) {
                sb.append((char) ('0' + r.nextInt(10)));
            }
            if (r.nextBoolean()) {
                sb.insert(r.nextInt(sb.length() + 1), '.');
            }
            sb.append('e').append(r.nextInt(-350, 330));
            check(sb.toString());
        }
    }

    @Test
    void edgeCases() {
        for (String s : new String[] {
            "0",
            "-0",
            "0.0",
            "-0.0",
            "1",
            "-1",
            "1e0",
            "1E+5",
            "1e-5",
            "9007199254740993",
            "9007199254740992.5",
            "4.9e-324",
            "2.2250738585072014E-308",
            "1.7976931348623157E308",
            "1.7976931348623159E308",
            "5e-324",
            "123456789012345678",
            "1234567890123456789",
            "0.1",
            "0.3",
            "2.5",
            "1e22",
            "1e23",
            "1e-22",
            "1e-23",
            "8.41e21",
            "5.0000000000000000000000000000001",
            "0.000000000000000000000000000000000001"
        }) {
            check(s);
        }
        for (String s : new String[] {
            "", "-", ".", "e5", "1e", "1e+", "1.0D+00", "NaN", "Infinity", "0x1p3", "1f", "1..2", "--1"
        }) {
            assertThat(DecimalParser.parse(s, 0, s.length())).as(s).isNaN();
        }
        String line = "P 1 0 11 0.25 x";
        assertThat(DecimalParser.parse(line, 9, 13)).isEqualTo(0.25);
    }
}
