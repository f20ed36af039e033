package io.upsilon.stats.unbinned;

import org.hipparchus.special.Erf;

/**
 * A shape on the range convolved with a Gaussian resolution of bias {@code mean} and width {@code
 * sigma}: g(x) = ∫_range f(t) φ((x - t - mean)/sigma)/sigma dt, normalised on the same range. The
 * true value t is confined to the range (the shape is truncated there), so the result is a proper
 * density of the measured value on the range.
 *
 * <p>No closed form in general, so both integrals are adaptive Gauss–Kronrod ({@link Integrator}):
 * per event over t in [x - mean - 10 sigma, x - mean + 10 sigma] ∩ range (the Gaussian beyond 10
 * sigma is below 2e-22 of its peak) to 1e-12 relative; the normalisation, after doing the x integral
 * analytically, ∫_range f(t) [Φ((upper - t - mean)/sigma) - Φ((lower - t - mean)/sigma)] dt, to
 * 1e-13 relative. Costs one quadrature (15 to a few hundred shape evaluations) per event.
 */
public final class GaussianConvolution extends ShapePdf {

    private static final double WINDOW = 10;
    private static final double PER_EVENT_REL_TOL = 1e-12;
    private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

    private final ShapePdf shape;
    private final int meanIndex;
    private final int sigmaIndex;
    private final Integrator.Function kernel;
    private final Integrator.Function acceptance;

    /**
     * @param shape the true-value shape (its observable is the measured one as well)
     * @param mean resolution bias
     * @param sigma resolution width, > 0
     */
    public GaussianConvolution(ShapePdf shape, Parameter mean, Parameter sigma) {
        super(
                requireShape(shape).observable(),
                concat(shape.shapeParameters(), mean, requireAbove(sigma, 0, "resolution sigma")));
        this.shape = shape;
        this.meanIndex = shape.shapeParameters().size();
        this.sigmaIndex = meanIndex + 1;
        this.kernel = (t, x, p) -> {
            double z = (x - t - p[meanIndex]) / p[sigmaIndex];
            return shape.unnormalized(t, p) * Math.exp(-0.5 * z * z);
        };
        final double lo = shape.observable().lower();
        final double hi = shape.observable().upper();
        this.acceptance = (t, x, p) -> {
            double s = p[sigmaIndex] * Math.sqrt(2);
            double d = t + p[meanIndex];
            return shape.unnormalized(t, p) * 0.5 * Erf.erf((lo - d) / s, (hi - d) / s);
        };
    }

    private static ShapePdf requireShape(ShapePdf shape) {
        if (shape == null) {
            throw new IllegalArgumentException("convolution shape must not be null");
        }
        return shape;
    }

    /** The shape being smeared. */
    public ShapePdf shape() {
        return shape;
    }

    @Override
    protected double unnormalized(double x, double[] p) {
        double s = p[sigmaIndex];
        double c = x - p[meanIndex];
        Observable o = observable();
        double a = Math.max(o.lower(), c - WINDOW * s);
        double b = Math.min(o.upper(), c + WINDOW * s);
        if (!(b > a)) {
            return 0;
        }
        return Integrator.integrate(kernel, x, p, a, b, PER_EVENT_REL_TOL, 0) * INV_SQRT_2PI / s;
    }

    @Override
    protected double integral(double a, double b, double[] p) {
        // ∫_a^b dx ∫ f(t) φ = ∫ f(t) [Φ((b - t - mean)/s) - Φ((a - t - mean)/s)] dt over the range
        double s = p[sigmaIndex] * Math.sqrt(2);
        Observable o = observable();
        if (a == o.lower() && b == o.upper()) {
            return Integrator.integrate(acceptance, 0, p, o.lower(), o.upper(), NUMERIC_REL_TOL, 0);
        }
        Integrator.Function part = (t, x, q) -> {
            double d = t + q[meanIndex];
            return shape.unnormalized(t, q) * 0.5 * Erf.erf((a - d) / s, (b - d) / s);
        };
        return Integrator.integrate(part, 0, p, o.lower(), o.upper(), NUMERIC_REL_TOL, 0);
    }

    @Override
    protected boolean valid(double[] p) {
        return shape.valid(p) && p[sigmaIndex] > 0 && Double.isFinite(p[sigmaIndex] + p[meanIndex]);
    }
}
