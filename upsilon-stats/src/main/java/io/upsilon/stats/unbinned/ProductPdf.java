package io.upsilon.stats.unbinned;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The product of non-extended PDFs in disjoint sets of observables (independent observables). */
public final class ProductPdf implements Pdf {

    private final List<Pdf> factors;
    private final List<Observable> observables;
    private final List<Parameter> parameters;

    /** The product of {@code factors}; their observables must not overlap. */
    public ProductPdf(List<? extends Pdf> factors) {
        if (factors == null || factors.isEmpty()) {
            throw new IllegalArgumentException("a product needs at least one factor");
        }
        this.factors = List.copyOf(factors);
        List<Observable> obs = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<List<Parameter>> lists = new ArrayList<>();
        for (Pdf f : this.factors) {
            if (f.extended()) {
                throw new IllegalArgumentException(
                        "product factors must not be extended (make an extended sum of products instead)");
            }
            for (Observable o : f.observables()) {
                if (!names.add(o.name())) {
                    throw new IllegalArgumentException(
                            "product factors share observable '" + o.name() + "': only independent observables");
                }
                obs.add(o);
            }
            lists.add(f.parameters());
        }
        this.observables = List.copyOf(obs);
        this.parameters = ParameterSet.merge(lists);
    }

    /** The factors. */
    public List<Pdf> factors() {
        return factors;
    }

    @Override
    public List<Observable> observables() {
        return observables;
    }

    @Override
    public List<Parameter> parameters() {
        return parameters;
    }

    @Override
    public PdfEvaluator evaluator(ParameterSet layout, List<Observable> columns) {
        PdfEvaluator[] ev = new PdfEvaluator[factors.size()];
        for (int j = 0; j < ev.length; j++) {
            ev[j] = factors.get(j).evaluator(layout, columns);
        }
        return new PdfEvaluator() {
            @Override
            public void setParameters(double[] values) {
                for (PdfEvaluator e : ev) {
                    e.setParameters(values);
                }
            }

            @Override
            public double density(double[][] cols, int event) {
                double d = 1;
                for (PdfEvaluator e : ev) {
                    d *= e.density(cols, event);
                }
                return d;
            }

            @Override
            public double expectedEvents() {
                return Double.NaN;
            }
        };
    }
}
