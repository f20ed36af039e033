package io.upsilon.stats.unbinned;

import io.upsilon.core.random.RandomStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Toy data from any {@link Pdf}. Products are sampled factor by factor; sums in several
 * observables component by component (events then come grouped by component); one-dimensional PDFs
 * by accept-reject under a piecewise-constant envelope:
 *
 * <ul>
 *   <li>the range is cut into cells (1000 to start); in each cell the density is evaluated at 5
 *       points and the envelope is 1.25 times their maximum;
 *   <li>the envelope is safe only if no structure hides between grid points, so the grid is
 *       refined (doubled, up to 2^20 cells) until a Simpson integral of the grid values is within
 *       1e-3 of 1 (a missed narrow peak lowers it);
 *   <li>a proposal whose density exceeds its cell's envelope raises that envelope (to 1.5 times the
 *       value) and restarts the whole sample, so the returned events come from a run with no
 *       violation.
 * </ul>
 *
 * Randomness only from the given {@link RandomStream}: the same stream state gives the same toys.
 */
public final class ToyGenerator {

    private static final int START_CELLS = 1000;
    private static final int MAX_CELLS = 1 << 20;
    private static final int MAX_RESTARTS = 100;

    private ToyGenerator() {}

    /** {@code n} events from {@code pdf} at the parameter values in {@code values}. */
    public static DataSet sample(Pdf pdf, ParameterSet values, int n, RandomStream rng) {
        if (n < 0) {
            throw new IllegalArgumentException("number of events must be >= 0, got " + n);
        }
        if (pdf instanceof ProductPdf product) {
            List<DataSet> parts = new ArrayList<>();
            for (Pdf f : product.factors()) {
                parts.add(sample(f, values, n, rng));
            }
            return DataSet.join(parts);
        }
        List<Observable> obs = pdf.observables();
        if (obs.size() == 1) {
            return DataSet.of(obs.get(0), sample1d(pdf, values, n, rng));
        }
        if (pdf instanceof SumPdf sum) {
            return sampleSum(sum, values, n, rng);
        }
        throw new IllegalArgumentException("cannot sample " + pdf.getClass().getSimpleName() + " in " + obs.size()
                + " observables (only products and sums of samplable PDFs)");
    }

    /** An extended toy: the number of events is Poisson with the PDF's expected number. */
    public static DataSet sampleExtended(Pdf pdf, ParameterSet values, RandomStream rng) {
        if (!pdf.extended()) {
            throw new IllegalArgumentException("sampleExtended needs an extended PDF");
        }
        PdfEvaluator ev = pdf.evaluator(values, pdf.observables());
        ev.setParameters(values.values());
        double nu = ev.expectedEvents();
        if (!(nu >= 0) || !Double.isFinite(nu)) {
            throw new IllegalArgumentException("expected number of events must be finite and >= 0, got " + nu);
        }
        return sample(pdf, values, rng.nextPoisson(nu), rng);
    }

    private static DataSet sampleSum(SumPdf sum, ParameterSet values, int n, RandomStream rng) {
        int nc = sum.components().size();
        double[] w = new double[nc];
        double total = 0;
        if (sum.extended()) {
            for (int j = 0; j < nc; j++) {
                w[j] = values.get(sum.coefficients().get(j).name()).value();
                total += w[j];
            }
        } else {
            double rest = 1;
            for (int j = 0; j < nc - 1; j++) {
                w[j] = values.get(sum.coefficients().get(j).name()).value();
                rest -= w[j];
            }
            w[nc - 1] = rest;
            total = 1;
        }
        for (double wj : w) {
            if (!(wj >= 0) || !(total > 0)) {
                throw new IllegalArgumentException("cannot sample a sum with coefficients outside [0, total]");
            }
        }
        int[] counts = new int[nc];
        for (int e = 0; e < n; e++) {
            double u = rng.nextDouble() * total;
            int j = 0;
            while (j < nc - 1 && u >= w[j]) {
                u -= w[j];
                j++;
            }
            counts[j]++;
        }
        DataSet out = null;
        for (int j = 0; j < nc; j++) {
            DataSet part = sample(sum.components().get(j), values, counts[j], rng);
            out = out == null ? part : out.concat(part);
        }
        return out;
    }

    private static double[] sample1d(Pdf pdf, ParameterSet values, int n, RandomStream rng) {
        Observable o = pdf.observables().get(0);
        PdfEvaluator ev = pdf.evaluator(values, List.of(o));
        ev.setParameters(values.values());
        double[][] point = new double[1][1];
        double lo = o.lower();
        double width = o.width();
        int cells = START_CELLS;
        double[] env;
        while (true) {
            env = new double[cells];
            double h = width / cells;
            double simpson = 0;
            double prev = eval(ev, point, lo);
            for (int k = 0; k < cells; k++) {
                double a = lo + k * h;
                double f1 = eval(ev, point, a + 0.25 * h);
                double f2 = eval(ev, point, a + 0.5 * h);
                double f3 = eval(ev, point, a + 0.75 * h);
                double f4 = eval(ev, point, k == cells - 1 ? o.upper() : a + h);
                if (!(prev >= 0 && f1 >= 0 && f2 >= 0 && f3 >= 0 && f4 >= 0)) {
                    throw new IllegalArgumentException(
                            "cannot sample: density negative or undefined near x = " + a + " for " + values);
                }
                env[k] = 1.25 * Math.max(Math.max(prev, f1), Math.max(Math.max(f2, f3), f4));
                simpson += h / 12 * (prev + 4 * f1 + 2 * f2 + 4 * f3 + f4);
                prev = f4;
            }
            if (Math.abs(simpson - 1) < 1e-3 || cells >= MAX_CELLS) {
                break;
            }
            cells *= 2;
        }
        double h = width / cells;
        double[] out = new double[n];
        for (int restart = 0; restart <= MAX_RESTARTS; restart++) {
            double[] cum = new double[cells];
            double acc = 0;
            for (int k = 0; k < cells; k++) {
                acc += env[k];
                cum[k] = acc;
            }
            boolean violated = false;
            int got = 0;
            while (got < n) {
                double u = rng.nextDouble() * acc;
                int k = search(cum, u);
                double x = Math.min(o.upper(), lo + (k + rng.nextDouble()) * h);
                double f = eval(ev, point, x);
                if (f > env[k]) {
                    env[k] = 1.5 * f;
                    violated = true;
                    break;
                }
                if (rng.nextDouble() * env[k] < f) {
                    out[got++] = x;
                }
            }
            if (!violated) {
                return out;
            }
        }
        throw new IllegalStateException("accept-reject envelope still violated after " + MAX_RESTARTS + " restarts");
    }

    private static double eval(PdfEvaluator ev, double[][] point, double x) {
        point[0][0] = x;
        return ev.density(point, 0);
    }

    /** The first index with cum[k] > u. */
    private static int search(double[] cum, double u) {
        int lo = 0;
        int hi = cum.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cum[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
