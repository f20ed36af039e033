package io.upsilon.stats.model;

import io.upsilon.core.random.RandomStream;
import io.upsilon.stats.unbinned.DataSet;
import io.upsilon.stats.unbinned.Observable;
import io.upsilon.stats.unbinned.Parameter;
import io.upsilon.stats.unbinned.ParameterSet;
import io.upsilon.stats.unbinned.PdfEvaluator;
import io.upsilon.stats.unbinned.ShapePdf;
import io.upsilon.stats.unbinned.ToyGenerator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * One compiled unbinned channel (immutable, compile-time): the observable, one PDF per component,
 * where the components' yields sit among the model's rate slots, and which model parameters the
 * PDFs read. Its place in the data vector is {@code [n, x_1..x_n, w_1..w_n]}.
 */
final class UnbinnedPart {

    /**
     * Cells of the Asimov data set: the expected events on a grid of cell centres, each weighted by
     * the expected count of its cell (density times width). The fit to it recovers the generating
     * parameters up to the midpoint rule's O(h^2 f''/f) error, negligible for peaks wider than a few
     * cells (a Gaussian of sigma = range/50 is 40 cells wide).
     */
    static final int ASIMOV_CELLS = 2000;

    final String name;
    final Observable observable;
    final List<String> componentNames;
    final List<ShapePdf> pdfs;
    /** Index of the first component's yield among the yield slots (after the main bins). */
    final int yieldStart;
    /** The model parameter indices each component's PDF reads, in the PDF's role order. */
    final int[][] componentParams;
    /** All shape parameter indices of the channel, sorted. */
    final int[] shapeParams;
    /** Central-difference step of each shape parameter (parallel to {@link #shapeParams}). */
    final double[] shapeSteps;
    /** The observed events and weights. */
    final double[] values;

    final double[] weights;
    /** The model's parameter names: the layout PDF evaluators read values from. */
    private final ParameterSet layout;

    UnbinnedPart(
            String name,
            Observable observable,
            List<String> componentNames,
            List<ShapePdf> pdfs,
            int yieldStart,
            int[][] componentParams,
            double[] steps,
            double[] values,
            double[] weights,
            String[] modelNames) {
        this.name = name;
        this.observable = observable;
        this.componentNames = List.copyOf(componentNames);
        this.pdfs = List.copyOf(pdfs);
        this.yieldStart = yieldStart;
        this.componentParams = componentParams;
        TreeSet<Integer> all = new TreeSet<>();
        for (int[] ps : componentParams) {
            for (int p : ps) {
                all.add(p);
            }
        }
        this.shapeParams = all.stream().mapToInt(Integer::intValue).toArray();
        this.shapeSteps = new double[shapeParams.length];
        for (int j = 0; j < shapeParams.length; j++) {
            shapeSteps[j] = steps[shapeParams[j]];
        }
        this.values = values.clone();
        this.weights = weights.clone();
        List<Parameter> ps = new ArrayList<>();
        for (String n : modelNames) {
            ps.add(Parameter.of(n, 0.0));
        }
        this.layout = ParameterSet.of(ps);
    }

    /**
     * The typical size of a shape parameter's change: the smaller of 10 % of |init| (1 % of the
     * bounds' width for init 0) and 1 % of the bounds' width, so that a peak's position far from 0
     * (a B mass near 5.28 GeV with a width of 3 MeV) gets a step on the scale of its range, not of
     * its value. Numerical derivatives step a fraction {@link UnbinnedChannelNll#STEP} of it.
     */
    static double typicalStep(double init, double lower, double upper) {
        double byValue = Parameter.defaultStep(init, lower, upper);
        double width = upper - lower;
        return Double.isFinite(width) ? Math.min(byValue, 0.01 * width) : byValue;
    }

    int components() {
        return pdfs.size();
    }

    /** A new evaluator of component {@code k}'s density, reading the model's parameter vector. */
    PdfEvaluator evaluator(int k) {
        return pdfs.get(k).evaluator(layout, List.of(observable));
    }

    /** Appends the observed events in data-vector form. */
    void appendObserved(double[] out, int at) {
        writeEvents(out, at, values, weights);
    }

    /** Length of this channel's block in the data vector for {@code n} events. */
    static int blockLength(int n) {
        return 1 + 2 * n;
    }

    static void writeEvents(double[] out, int at, double[] x, double[] w) {
        out[at] = x.length;
        System.arraycopy(x, 0, out, at + 1, x.length);
        System.arraycopy(w, 0, out, at + 1 + x.length, w.length);
    }

    /** The Asimov block: cell centres weighted by the expected count of each cell at {@code pars}. */
    double[] asimov(double[] pars, double[] yields) {
        int g = ASIMOV_CELLS;
        double h = observable.width() / g;
        double[][] col = new double[1][g];
        for (int c = 0; c < g; c++) {
            col[0][c] = observable.lower() + (c + 0.5) * h;
        }
        double[] w = new double[g];
        for (int k = 0; k < components(); k++) {
            PdfEvaluator e = evaluator(k);
            e.setParameters(pars);
            for (int c = 0; c < g; c++) {
                w[c] += yields[k] * e.density(col, c) * h;
            }
        }
        double[] out = new double[blockLength(g)];
        writeEvents(out, 0, col[0], w);
        return out;
    }

    /**
     * A pseudo-experiment block: per component a Poisson number of events with mean its yield,
     * sampled from its PDF ({@link ToyGenerator}), unit weights.
     */
    double[] sample(double[] pars, double[] yields, RandomStream rng) {
        List<double[]> parts = new ArrayList<>();
        int total = 0;
        for (int k = 0; k < components(); k++) {
            int n = rng.nextPoisson(Math.max(yields[k], 0));
            ShapePdf pdf = pdfs.get(k);
            List<Parameter> ps = new ArrayList<>();
            for (int j = 0; j < componentParams[k].length; j++) {
                ps.add(Parameter.of(pdf.shapeParameters().get(j).name(), pars[componentParams[k][j]]));
            }
            DataSet d = ToyGenerator.sample(pdf, ParameterSet.of(dedupe(ps)), n, rng);
            double[] x = d.column(observable.name());
            parts.add(x);
            total += x.length;
        }
        double[] x = new double[total];
        int at = 0;
        for (double[] p : parts) {
            System.arraycopy(p, 0, x, at, p.length);
            at += p.length;
        }
        double[] w = new double[total];
        Arrays.fill(w, 1.0);
        double[] out = new double[blockLength(total)];
        writeEvents(out, 0, x, w);
        return out;
    }

    /** A parameter may fill two roles of one PDF (a shared tail exponent): keep it once. */
    private static List<Parameter> dedupe(List<Parameter> ps) {
        List<Parameter> out = new ArrayList<>();
        for (Parameter p : ps) {
            if (out.stream().noneMatch(q -> q.name().equals(p.name()))) {
                out.add(p);
            }
        }
        return out;
    }
}
