package io.upsilon.stats.unbinned;

import java.util.function.DoubleUnaryOperator;

/**
 * Adaptive Gauss–Kronrod quadrature (7-point Gauss, 15-point Kronrod rule; nodes and weights as
 * tabulated in QUADPACK, Piessens et al. 1983): an interval is accepted when |K15 - G7| is below its
 * share of the tolerance (half its parent's, but not below 1e-3 of the total), otherwise it is
 * halved, down to a depth of 40. Recursive and
 * allocation-free, so PDFs may call it for every event.
 */
public final class Integrator {

    /** An integrand with an extra argument and a parameter vector, so callers need not capture state. */
    @FunctionalInterface
    public interface Function {
        /** The integrand at {@code t}; {@code x} and {@code p} are passed through unchanged. */
        double value(double t, double x, double[] p);
    }

    private static final int MAX_DEPTH = 40;

    /**
     * No sub-interval is asked for better than this fraction of the requested accuracy: near an
     * integrable singularity (the sqrt edge of ARGUS, say) the halved tolerances would otherwise
     * refine every neighbouring interval down to the maximum depth. The sum of the accepted errors
     * stays well below the requested accuracy since only intervals near the singularity hit it.
     */
    private static final double FLOOR = 1e-3;

    /** Kronrod abscissae on [-1, 1] (positive half; index 7 is the centre); odd indices are the Gauss nodes. */
    private static final double[] XK = {
        0.991455371120812639206854697526329,
        0.949107912342758524526189684047851,
        0.864864423359769072789712788640926,
        0.741531185599394439863864773280788,
        0.586087235467691130294144845693013,
        0.405845151377397166906606412076961,
        0.207784955007898467600689403773245,
        0.0
    };

    /** Kronrod weights. */
    private static final double[] WK = {
        0.022935322010529224963732008058970,
        0.063092092629978553290700663189204,
        0.104790010322250183839876322541518,
        0.140653259715525918745189590510238,
        0.169004726639267902826583426598550,
        0.190350578064785409913256402421014,
        0.204432940075298892414161999234649,
        0.209482141084727828012999174891714
    };

    /** Gauss weights for the Kronrod nodes 1, 3, 5 and the centre 7. */
    private static final double[] WG = {
        0.129484966168869693270611432679082,
        0.279705391489276667901467771423780,
        0.381830050505118944950369775488975,
        0.417959183673469387755102040816327
    };

    private Integrator() {}

    /** The integral of {@code f} over [a, b] to relative accuracy {@code relTol}. */
    public static double integrate(DoubleUnaryOperator f, double a, double b, double relTol) {
        return integrate(f, a, b, relTol, 0);
    }

    /** The integral of {@code f} over [a, b] to max(absTol, relTol |integral|). */
    public static double integrate(DoubleUnaryOperator f, double a, double b, double relTol, double absTol) {
        return integrate((t, x, p) -> f.applyAsDouble(t), 0, null, a, b, relTol, absTol);
    }

    /**
     * The integral of {@code f(t, x, p)} over t in [a, b]: accepted when the error estimate is below
     * max(absTol, relTol |integral|) (the estimate of the first 15-point pass sets the scale).
     */
    public static double integrate(Function f, double x, double[] p, double a, double b, double relTol, double absTol) {
        if (a == b) {
            return 0;
        }
        if (b < a) {
            return -integrate(f, x, p, b, a, relTol, absTol);
        }
        double center = 0.5 * (a + b);
        double half = 0.5 * (b - a);
        double fc = f.value(center, x, p);
        double resK = fc * WK[7];
        double resG = fc * WG[3];
        for (int j = 0; j < 7; j++) {
            double dx = half * XK[j];
            double s = f.value(center - dx, x, p) + f.value(center + dx, x, p);
            resK += WK[j] * s;
            if ((j & 1) == 1) {
                resG += WG[j >> 1] * s;
            }
        }
        double whole = resK * half;
        double err = Math.abs(resK - resG) * half;
        double tol = Math.max(absTol, relTol * Math.abs(whole));
        if (err <= tol || !Double.isFinite(whole)) {
            return whole;
        }
        double floor = Math.max(absTol, FLOOR * relTol * Math.abs(whole));
        return adapt(f, x, p, a, center, 0.5 * tol, floor, 1) + adapt(f, x, p, center, b, 0.5 * tol, floor, 1);
    }

    private static double adapt(
            Function f, double x, double[] p, double a, double b, double tol, double floor, int depth) {
        double center = 0.5 * (a + b);
        double half = 0.5 * (b - a);
        double fc = f.value(center, x, p);
        double resK = fc * WK[7];
        double resG = fc * WG[3];
        for (int j = 0; j < 7; j++) {
            double dx = half * XK[j];
            double s = f.value(center - dx, x, p) + f.value(center + dx, x, p);
            resK += WK[j] * s;
            if ((j & 1) == 1) {
                resG += WG[j >> 1] * s;
            }
        }
        resK *= half;
        resG *= half;
        double err = Math.abs(resK - resG);
        if (err <= Math.max(tol, floor)
                || depth >= MAX_DEPTH
                || !Double.isFinite(resK)
                || half <= 4 * Math.ulp(center)) {
            return resK;
        }
        return adapt(f, x, p, a, center, 0.5 * tol, floor, depth + 1)
                + adapt(f, x, p, center, b, 0.5 * tol, floor, depth + 1);
    }
}
