package io.upsilon.stats.unbinned;

import java.util.List;

/**
 * Exponential exp(lambda x), normalised on the range in closed form. Evaluated relative to the end
 * of the range where it is largest, exp(lambda (x - x_ref)) <= 1, so that no slope overflows:
 * ∫_a^b = e^(lambda (b - x_ref)) (-expm1(-lambda (b - a)) / lambda), and b - a at lambda = 0.
 */
public final class Exponential extends ShapePdf {

    /**
     * @param x observable
     * @param lambda slope (1 / units of x); negative for a falling exponential
     */
    public Exponential(Observable x, Parameter lambda) {
        super(x, List.of(lambda));
    }

    private double ref(double lambda) {
        return lambda < 0 ? observable().lower() : observable().upper();
    }

    @Override
    protected double unnormalized(double x, double[] p) {
        double l = p[0];
        return Math.exp(l * (x - ref(l)));
    }

    @Override
    protected double integral(double a, double b, double[] p) {
        double l = p[0];
        if (l == 0) {
            return b - a;
        }
        double r = ref(l);
        return l < 0
                ? Math.exp(l * (a - r)) * (Math.expm1(l * (b - a)) / l)
                : Math.exp(l * (b - r)) * (-Math.expm1(-l * (b - a)) / l);
    }

    @Override
    protected boolean valid(double[] p) {
        return Double.isFinite(p[0]);
    }
}
