package io.upsilon.stats.unbinned;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Base of the one-dimensional PDFs: a subclass gives its unnormalised shape f(x; p) and its
 * integral over a sub-interval of the range (a closed form where one exists, otherwise the
 * default, adaptive Gauss–Kronrod to 1e-13 relative). The density is f(x) / ∫_range f.
 *
 * <p>The shape sees its parameters as a local vector {@code p} in the order of {@link
 * #shapeParameters()} (a parameter may appear twice, e.g. a tail exponent shared by both sides).
 */
public abstract class ShapePdf implements Pdf {

    /** Relative accuracy of numerical normalisation integrals. */
    static final double NUMERIC_REL_TOL = 1e-13;

    private final Observable observable;
    private final List<Parameter> shapeParameters;
    private final List<Parameter> parameters;

    /** A shape of {@code observable} with local parameters in the given order. */
    protected ShapePdf(Observable observable, List<Parameter> shapeParameters) {
        if (observable == null) {
            throw new IllegalArgumentException("observable must not be null");
        }
        for (Parameter p : shapeParameters) {
            if (p == null) {
                throw new IllegalArgumentException(getClass().getSimpleName() + ": parameter must not be null");
            }
        }
        this.observable = observable;
        this.shapeParameters = List.copyOf(shapeParameters);
        this.parameters = ParameterSet.merge(List.of(this.shapeParameters));
    }

    /** The observable. */
    public Observable observable() {
        return observable;
    }

    @Override
    public List<Observable> observables() {
        return List.of(observable);
    }

    @Override
    public List<Parameter> parameters() {
        return parameters;
    }

    /** The local parameter list, in the order the shape reads them. */
    public List<Parameter> shapeParameters() {
        return shapeParameters;
    }

    /** The unnormalised shape at {@code x} (inside the range) for local parameters {@code p}. */
    protected abstract double unnormalized(double x, double[] p);

    /**
     * The integral of the unnormalised shape over [a, b] (lower <= a <= b <= upper). The default is
     * numerical; subclasses with a closed form override it.
     */
    protected double integral(double a, double b, double[] p) {
        return Integrator.integrate((t, x, q) -> unnormalized(t, q), 0, p, a, b, NUMERIC_REL_TOL, 0);
    }

    /** Whether {@code p} lies in the shape's domain (e.g. widths > 0); outside it densities are NaN. */
    protected boolean valid(double[] p) {
        return true;
    }

    /** The local parameter values of {@code values} (laid out as {@code layout}). */
    final double[] localValues(ParameterSet layout, double[] values) {
        double[] p = new double[shapeParameters.size()];
        for (int k = 0; k < p.length; k++) {
            p[k] = values[layout.indexOf(shapeParameters.get(k).name())];
        }
        return p;
    }

    /** The local initial values (of the parameters as declared). */
    final double[] initialValues() {
        double[] p = new double[shapeParameters.size()];
        for (int k = 0; k < p.length; k++) {
            p[k] = shapeParameters.get(k).value();
        }
        return p;
    }

    /**
     * The normalised density as a function of x for the parameter values in {@code values}, the
     * normalisation computed once (convenience for tests, plots and integration; not for hot loops).
     */
    public DoubleUnaryOperator densityFunction(ParameterSet values) {
        double[] p = localValues(values, values.values());
        double norm = valid(p) ? integral(observable.lower(), observable.upper(), p) : Double.NaN;
        double inv = norm > 0 ? 1 / norm : Double.NaN;
        return x -> unnormalized(x, p) * inv;
    }

    /** The normalised density at {@code x} for the parameter values in {@code values} (allocates). */
    public double density(double x, ParameterSet values) {
        return densityFunction(values).applyAsDouble(x);
    }

    /** The normalised density at {@code x} for the declared parameter values (allocates). */
    public double density(double x) {
        return density(x, ParameterSet.of(this));
    }

    /**
     * The probability of [a, b] (clipped to the range) for the parameter values in {@code values}:
     * a ratio of the shape's integrals.
     */
    public double probability(double a, double b, ParameterSet values) {
        double[] p = localValues(values, values.values());
        double lo = Math.max(a, observable.lower());
        double hi = Math.min(b, observable.upper());
        if (!(hi > lo)) {
            return 0;
        }
        return integral(lo, hi, p) / integral(observable.lower(), observable.upper(), p);
    }

    @Override
    public PdfEvaluator evaluator(ParameterSet layout, List<Observable> columns) {
        int column = columnOf(observable, columns);
        int[] idx = new int[shapeParameters.size()];
        for (int k = 0; k < idx.length; k++) {
            idx[k] = layout.indexOf(shapeParameters.get(k).name());
        }
        return new Evaluator(this, idx, column);
    }

    /** Index of {@code o} in {@code columns}, requiring the same name and range. */
    static int columnOf(Observable o, List<Observable> columns) {
        for (int k = 0; k < columns.size(); k++) {
            Observable c = columns.get(k);
            if (c.name().equals(o.name())) {
                if (!c.equals(o)) {
                    throw new IllegalArgumentException("observable '" + o.name() + "' has range [" + o.lower() + ", "
                            + o.upper() + "] in the PDF but [" + c.lower() + ", " + c.upper() + "] in the data");
                }
                return k;
            }
        }
        throw new IllegalArgumentException("no column for observable '" + o.name() + "'");
    }

    /**
     * Checks at construction that the shape is positive on a grid of 2001 points across the range at
     * the declared parameter values.
     */
    protected final void requirePositiveOnRange() {
        double[] p = initialValues();
        if (!valid(p)) {
            throw new IllegalArgumentException(
                    getClass().getSimpleName() + ": parameters out of domain: " + shapeParameters);
        }
        int n = 2000;
        for (int i = 0; i <= n; i++) {
            double x = observable.lower() + observable.width() * i / n;
            double f = unnormalized(x, p);
            if (!(f > 0) || !Double.isFinite(f)) {
                throw new IllegalArgumentException(getClass().getSimpleName() + " on '" + observable.name()
                        + "' is not positive at x = " + x + " (value " + f + ") for the declared parameters "
                        + shapeParameters);
            }
        }
    }

    /** Throws IllegalArgumentException unless {@code p}'s value is > {@code min}. */
    protected static Parameter requireAbove(Parameter p, double min, String what) {
        if (p == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        if (!(p.value() > min)) {
            throw new IllegalArgumentException(
                    what + " must be > " + min + ", got " + p.value() + " (parameter '" + p.name() + "')");
        }
        return p;
    }

    /** The list {@code first..., rest...}. */
    static List<Parameter> concat(List<Parameter> first, Parameter... rest) {
        List<Parameter> l = new ArrayList<>(first);
        l.addAll(List.of(rest));
        return l;
    }

    @Override
    public String toString() {
        StringBuilder sb =
                new StringBuilder(getClass().getSimpleName()).append('(').append(observable.name());
        for (Parameter p : shapeParameters) {
            sb.append(", ").append(p.name()).append('=').append(p.value());
        }
        return sb.append(')').toString();
    }

    /** The evaluator of a shape: local parameter copy and cached normalisation. */
    private static final class Evaluator implements PdfEvaluator {
        private final ShapePdf shape;
        private final int[] index;
        private final int column;
        private final double[] p;
        private final double lo;
        private final double hi;
        private double inverseNorm = Double.NaN;

        Evaluator(ShapePdf shape, int[] index, int column) {
            this.shape = shape;
            this.index = index;
            this.column = column;
            this.p = new double[index.length];
            this.lo = shape.observable.lower();
            this.hi = shape.observable.upper();
        }

        @Override
        public void setParameters(double[] values) {
            for (int k = 0; k < index.length; k++) {
                p[k] = values[index[k]];
            }
            double norm = shape.valid(p) ? shape.integral(lo, hi, p) : Double.NaN;
            inverseNorm = norm > 0 && Double.isFinite(norm) ? 1.0 / norm : Double.NaN;
        }

        @Override
        public double density(double[][] columns, int event) {
            return shape.unnormalized(columns[column][event], p) * inverseNorm;
        }

        @Override
        public double expectedEvents() {
            return Double.NaN;
        }
    }
}
