package io.upsilon.stats.unbinned;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import java.util.List;
import org.junit.jupiter.api.Test;

class PerEventDecayTimeTest {
    private static final Observable T = new Observable("t", -2, 5);
    private static final Observable S = new Observable("sigma", 0, 1);

    /** Simpson's rule with n (even) intervals. */
    private static double simpson(java.util.function.DoubleUnaryOperator f, double a, double b, int n) {
        double h = (b - a) / n;
        double s = f.applyAsDouble(a) + f.applyAsDouble(b);
        for (int k = 1; k < n; k++) {
            s += (k % 2 == 1 ? 4 : 2) * f.applyAsDouble(a + k * h);
        }
        return s * h / 3;
    }

    @Test
    void normalisedOnTheRangeForEverySigma() {
        // Simpson with 20000 intervals on a smooth function: error far below 1e-9.
        for (double sigma : new double[] {0.02, 0.08, 0.3}) {
            for (double tau : new double[] {0.2, 0.41, 1.03}) {
                double tauV = tau;
                double sig = sigma;
                double integral = simpson(t -> PerEventDecayTime.density(t, sig, tauV, 0.01, 1.1, -2, 5), -2, 5, 20000);
                assertEquals(1.0, integral, 1e-9, "sigma " + sigma + " tau " + tau);
            }
            double sig = sigma;
            double prompt = simpson(t -> PerEventDecayTime.density(t, sig, 0, 0, 1.3, -2, 5), -2, 5, 20000);
            assertEquals(1.0, prompt, 1e-9, "prompt, sigma " + sigma);
        }
    }

    @Test
    void equalsTheNumericalConvolution() {
        // Direct convolution int_0^inf e^(-u/tau)/tau N(t - u; mu, w) du by Simpson, normalised by
        // the same integral over the range (as the PDF is).
        double tau = 0.41;
        double w = 0.1 * 1.2;
        double mu = 0.005;
        java.util.function.DoubleUnaryOperator conv = t -> simpson(
                u -> Math.exp(-u / tau)
                        / tau
                        * Math.exp(-0.5 * Math.pow((t - u - mu) / w, 2))
                        / (Math.sqrt(2 * Math.PI) * w),
                0,
                15,
                20000);
        double norm = simpson(conv, -2, 5, 2000);
        for (double t : new double[] {-0.5, -0.1, 0.0, 0.2, 1.0, 3.0}) {
            double expected = conv.applyAsDouble(t) / norm;
            assertEquals(expected, PerEventDecayTime.density(t, 0.1, tau, mu, 1.2, -2, 5), 1e-7 * expected, "t " + t);
        }
    }

    @Test
    void asymptoticBranchJoinsTheDirectOne() {
        // erfcx by its series at z > 10 against e^(z^2) erfc(z) computed directly just above 10.
        for (double z : new double[] {10.0001, 12, 20}) {
            double direct = Math.exp(z * z) * org.hipparchus.special.Erf.erfc(z);
            assertEquals(direct, PerEventDecayTime.erfcxAsymptotic(z), 1e-9 * direct, "z " + z);
        }
        // Deep in the negative tail (z >> 10) the density is finite and positive, no overflow.
        double d = PerEventDecayTime.density(-1.9, 0.02, 0.41, 0, 1, -2, 5);
        assertTrue(d >= 0 && Double.isFinite(d), "density " + d);
    }

    @Test
    void fitRecoversTheLifetimeAndScale() {
        // 20000 events, tau = 0.41, scale 1.1, per-event sigma uniform in [0.05, 0.15]: the
        // statistical error on tau is about 0.41 / sqrt(20000) ~ 0.003 (0.7 %); 4 sigma tolerance.
        RandomStream rng = RandomStreams.of(20261207).child("per-event-decay-time").stream("fit");
        int n = 20000;
        double[] t = new double[n];
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            while (true) {
                double sigma = 0.05 + 0.1 * rng.nextDouble();
                double v = rng.nextExponential() * 0.41 + 1.1 * sigma * rng.nextGaussian();
                if (T.contains(v)) {
                    t[i] = v;
                    s[i] = sigma;
                    break;
                }
            }
        }
        Parameter tau = Parameter.of("tau", 0.3, 0.01, 3);
        Parameter mean = Parameter.constant("mean", 0);
        Parameter scale = Parameter.of("scale", 1.0, 0.3, 3);
        Pdf pdf = PerEventDecayTime.decay(T, S, tau, mean, scale);
        UnbinnedFitResult r = new UnbinnedFitter(pdf, new DataSet(List.of(T, S), new double[][] {t, s})).fit();
        assertTrue(r.ok(), r.message());
        double err = r.error("tau");
        assertTrue(err > 0.002 && err < 0.006, "tau error " + err);
        assertEquals(0.41, r.value("tau"), 4 * err);
        assertEquals(1.1, r.value("scale"), 4 * r.error("scale"));
    }

    @Test
    void rejectsBadDefinitions() {
        Parameter mean = Parameter.constant("mean", 0);
        assertThrows(
                IllegalArgumentException.class,
                () -> PerEventDecayTime.decay(T, S, Parameter.of("tau", -1, -2, 1), mean, Parameter.of("s", 1)));
        assertThrows(IllegalArgumentException.class, () -> PerEventDecayTime.prompt(T, T, mean, Parameter.of("s", 1)));
        assertTrue(Double.isNaN(PerEventDecayTime.density(0.1, 0.1, 0.4, 0, -1, -2, 5)));
    }
}
