package io.upsilon.stats.unbinned;

import java.util.List;
import org.hipparchus.special.Erf;

/**
 * A decay-time density conditional on each event's own resolution: the exponential decay e^(-u/tau)
 * / tau (u &gt;= 0) convolved with a Gaussian of mean {@code mean} and width {@code scale} x sigma_i,
 * sigma_i the event's measured error (a second column), normalised on the decay-time range for
 * that sigma_i. With {@code tau} fixed near 0 it is not needed: {@link #prompt} gives the
 * resolution Gaussian alone (a zero-lifetime component).
 *
 * <p>This is the per-event-error likelihood of lifetime fits (e.g. Belle II, D0 and D+ lifetimes,
 * PRL 127, 211801 (2021), arXiv:2108.03216): the density of t given sigma_i, so the sigma_i
 * distribution itself is not modelled (its factor cancels when signal and background share it; G.
 * Punzi, arXiv:physics/0401045). The convolution has the closed form of the exponentially modified
 * Gaussian (x = t - mean, w = scale sigma_i):
 *
 * <pre>
 *   f(t)   = g(x) / (2 tau),      g(x) = exp(w^2 / (2 tau^2) - x / tau) erfc((w / tau - x / w) / sqrt 2)
 *   F(x)   = erfc(-x / (w sqrt 2)) / 2 - g(x) / 2          (cumulative)
 * </pre>
 *
 * and g is evaluated as exp(-x^2 / (2 w^2)) erfcx(z) when its argument z &gt; 10, so neither factor
 * overflows (erfcx(z) = e^(z^2) erfc(z) by its asymptotic series, relative error below 1e-9 there).
 */
public final class PerEventDecayTime implements Pdf {

    private static final double SQRT2 = Math.sqrt(2);
    private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
    private static final double ASYMPTOTIC_Z = 10;

    private final Observable time;
    private final Observable sigma;
    private final Parameter tau;
    private final Parameter mean;
    private final Parameter scale;
    private final boolean prompt;

    private PerEventDecayTime(
            Observable time, Observable sigma, Parameter tau, Parameter mean, Parameter scale, boolean prompt) {
        if (time == null || sigma == null || mean == null) {
            throw new IllegalArgumentException("time, sigma and mean must not be null");
        }
        if (time.name().equals(sigma.name())) {
            throw new IllegalArgumentException("time and sigma must be different observables");
        }
        if (!(sigma.lower() >= 0)) {
            throw new IllegalArgumentException("the per-event error's range must start at >= 0, got " + sigma.lower());
        }
        this.time = time;
        this.sigma = sigma;
        this.tau = prompt ? null : ShapePdf.requireAbove(tau, 0, "lifetime");
        this.mean = mean;
        this.scale = ShapePdf.requireAbove(scale, 0, "resolution scale factor");
        this.prompt = prompt;
    }

    /**
     * The exponential decay with lifetime {@code tau} convolved with the per-event Gaussian.
     *
     * @param time the measured decay time (its range is the fit range)
     * @param sigma the per-event error of the decay time (same units), a conditioning column
     * @param tau the lifetime, &gt; 0
     * @param mean the resolution's bias
     * @param scale the factor on the per-event errors, &gt; 0
     */
    public static PerEventDecayTime decay(
            Observable time, Observable sigma, Parameter tau, Parameter mean, Parameter scale) {
        return new PerEventDecayTime(time, sigma, tau, mean, scale, false);
    }

    /** The zero-lifetime component: the per-event Gaussian N(t; mean, scale sigma_i) on the range. */
    public static PerEventDecayTime prompt(Observable time, Observable sigma, Parameter mean, Parameter scale) {
        return new PerEventDecayTime(time, sigma, null, mean, scale, true);
    }

    @Override
    public List<Observable> observables() {
        return List.of(time, sigma);
    }

    @Override
    public List<Parameter> parameters() {
        return prompt ? List.of(mean, scale) : List.of(tau, mean, scale);
    }

    /**
     * The density of {@code t} at per-event error {@code sigmaI} for lifetime {@code tauValue} (0
     * for the prompt Gaussian), mean {@code mu} and scale {@code s}, on [lower, upper].
     */
    public static double density(
            double t, double sigmaI, double tauValue, double mu, double s, double lower, double upper) {
        double w = s * sigmaI;
        if (!(w > 0) || !(tauValue >= 0) || !Double.isFinite(mu) || !(upper > lower)) {
            return Double.NaN;
        }
        double x = t - mu;
        double xa = lower - mu;
        double xb = upper - mu;
        if (tauValue == 0) {
            double z = x / w;
            double norm = 0.5 * (Erf.erfc(-xb / (w * SQRT2)) - Erf.erfc(-xa / (w * SQRT2)));
            return INV_SQRT_2PI * Math.exp(-0.5 * z * z) / w / norm;
        }
        double norm = cumulative(xb, w, tauValue) - cumulative(xa, w, tauValue);
        return g(x, w, tauValue) / (2 * tauValue) / norm;
    }

    /** F(x) of the exponentially modified Gaussian. */
    static double cumulative(double x, double w, double tau) {
        return 0.5 * Erf.erfc(-x / (w * SQRT2)) - 0.5 * g(x, w, tau);
    }

    /** g(x) = exp(w^2/(2 tau^2) - x/tau) erfc(z), z = (w/tau - x/w)/sqrt 2, without overflow. */
    static double g(double x, double w, double tau) {
        double z = (w / tau - x / w) / SQRT2;
        if (z > ASYMPTOTIC_Z) {
            return Math.exp(-0.5 * x * x / (w * w)) * erfcxAsymptotic(z);
        }
        return Math.exp(0.5 * w * w / (tau * tau) - x / tau) * Erf.erfc(z);
    }

    /** e^(z^2) erfc(z) for z &gt; 10: (1/(z sqrt pi)) sum_k (-1)^k (2k-1)!! / (2 z^2)^k, six terms. */
    static double erfcxAsymptotic(double z) {
        double u = 1 / (2 * z * z);
        double series = 1 - u * (1 - 3 * u * (1 - 5 * u * (1 - 7 * u * (1 - 9 * u))));
        return series / (z * Math.sqrt(Math.PI));
    }

    @Override
    public PdfEvaluator evaluator(ParameterSet layout, List<Observable> columns) {
        final int tCol = ShapePdf.columnOf(time, columns);
        final int sCol = ShapePdf.columnOf(sigma, columns);
        final int tauIdx = prompt ? -1 : layout.indexOf(tau.name());
        final int meanIdx = layout.indexOf(mean.name());
        final int scaleIdx = layout.indexOf(scale.name());
        if (meanIdx < 0 || scaleIdx < 0 || (!prompt && tauIdx < 0)) {
            throw new IllegalArgumentException("a parameter of " + this + " is missing from the layout");
        }
        final double lo = time.lower();
        final double hi = time.upper();
        return new PdfEvaluator() {
            private double tauValue;
            private double mu;
            private double s;

            @Override
            public void setParameters(double[] values) {
                tauValue = prompt ? 0 : values[tauIdx];
                mu = values[meanIdx];
                s = values[scaleIdx];
            }

            @Override
            public double density(double[][] cols, int event) {
                return PerEventDecayTime.density(cols[tCol][event], cols[sCol][event], tauValue, mu, s, lo, hi);
            }

            @Override
            public double expectedEvents() {
                return Double.NaN;
            }
        };
    }

    @Override
    public String toString() {
        return (prompt ? "PerEventDecayTime.prompt(" : "PerEventDecayTime.decay(" + tau.name() + ", ") + time.name()
                + " | " + sigma.name() + ", " + mean.name() + ", " + scale.name() + ")";
    }
}
