package io.upsilon.stats.unbinned;

import java.util.ArrayList;
import java.util.List;

/**
 * A sum of PDFs of the same observables, either with fractions (non-extended: sum_j f_j p_j with
 * n - 1 fraction parameters and the last fraction 1 - Σ f_j) or with yields (extended: density
 * Σ N_j p_j / Σ N_j and Σ N_j expected events).
 */
public final class SumPdf implements Pdf {

    private final List<Pdf> components;
    private final List<Parameter> coefficients;
    private final boolean extended;
    private final List<Parameter> parameters;

    private SumPdf(List<Pdf> components, List<Parameter> coefficients, boolean extended) {
        if (components == null || components.size() < 1) {
            throw new IllegalArgumentException("a sum needs at least one component");
        }
        this.components = List.copyOf(components);
        this.coefficients = List.copyOf(coefficients);
        this.extended = extended;
        List<Observable> obs = this.components.get(0).observables();
        for (Pdf c : this.components) {
            if (!c.observables().equals(obs)) {
                throw new IllegalArgumentException(
                        "sum components must have the same observables: " + obs + " and " + c.observables());
            }
            if (c.extended()) {
                throw new IllegalArgumentException("sum components must not be extended themselves");
            }
        }
        List<List<Parameter>> lists = new ArrayList<>();
        for (Pdf c : this.components) {
            lists.add(c.parameters());
        }
        lists.add(this.coefficients);
        this.parameters = ParameterSet.merge(lists);
    }

    /**
     * Σ f_j p_j with {@code fractions} f_1..f_{n-1} (one fewer than components); the last
     * component gets 1 - Σ f_j.
     */
    public static SumPdf withFractions(List<? extends Pdf> components, List<Parameter> fractions) {
        if (fractions.size() != components.size() - 1) {
            throw new IllegalArgumentException("a sum of " + components.size() + " components needs "
                    + (components.size() - 1) + " fractions, got " + fractions.size());
        }
        return new SumPdf(new ArrayList<>(components), fractions, false);
    }

    /** The extended sum Σ N_j p_j with one yield per component. */
    public static SumPdf withYields(List<? extends Pdf> components, List<Parameter> yields) {
        if (yields.size() != components.size()) {
            throw new IllegalArgumentException("an extended sum of " + components.size()
                    + " components needs as many yields, got " + yields.size());
        }
        for (Parameter y : yields) {
            if (y.value() < 0) {
                throw new IllegalArgumentException("yield '" + y.name() + "' must be >= 0, got " + y.value());
            }
        }
        return new SumPdf(new ArrayList<>(components), yields, true);
    }

    /** The components. */
    public List<Pdf> components() {
        return components;
    }

    /** The fractions (n - 1) or yields (n). */
    public List<Parameter> coefficients() {
        return coefficients;
    }

    @Override
    public boolean extended() {
        return extended;
    }

    @Override
    public List<Observable> observables() {
        return components.get(0).observables();
    }

    @Override
    public List<Parameter> parameters() {
        return parameters;
    }

    @Override
    public PdfEvaluator evaluator(ParameterSet layout, List<Observable> columns) {
        PdfEvaluator[] ev = new PdfEvaluator[components.size()];
        for (int j = 0; j < ev.length; j++) {
            ev[j] = components.get(j).evaluator(layout, columns);
        }
        int[] idx = new int[coefficients.size()];
        for (int j = 0; j < idx.length; j++) {
            idx[j] = layout.indexOf(coefficients.get(j).name());
        }
        return new Evaluator(ev, idx, extended);
    }

    private static final class Evaluator implements PdfEvaluator {
        private final PdfEvaluator[] components;
        private final int[] index;
        private final boolean extended;
        private final double[] weights;
        private double total = Double.NaN;

        Evaluator(PdfEvaluator[] components, int[] index, boolean extended) {
            this.components = components;
            this.index = index;
            this.extended = extended;
            this.weights = new double[components.length];
        }

        @Override
        public void setParameters(double[] values) {
            for (PdfEvaluator c : components) {
                c.setParameters(values);
            }
            int n = components.length;
            if (extended) {
                double sum = 0;
                for (int j = 0; j < n; j++) {
                    weights[j] = values[index[j]];
                    sum += weights[j];
                }
                total = sum;
                for (int j = 0; j < n; j++) {
                    weights[j] = sum > 0 ? weights[j] / sum : Double.NaN;
                }
            } else {
                double rest = 1;
                for (int j = 0; j < n - 1; j++) {
                    weights[j] = values[index[j]];
                    rest -= weights[j];
                }
                weights[n - 1] = rest;
            }
        }

        @Override
        public double density(double[][] columns, int event) {
            double d = 0;
            for (int j = 0; j < components.length; j++) {
                d += weights[j] * components[j].density(columns, event);
            }
            return d;
        }

        @Override
        public double expectedEvents() {
            return extended ? total : Double.NaN;
        }
    }
}
