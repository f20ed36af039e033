package io.upsilon.searches;

import io.upsilon.core.hist.Axis;
import io.upsilon.core.hist.Hist1D;
import io.upsilon.core.random.RandomStream;
import java.util.function.IntToDoubleFunction;

/** Histogram helpers shared by the searches: templates from selected events, pseudo-data. */
public final class Histograms {
    private Histograms() {}

    /** The selected events' observable, weights times {@code scale}. */
    public static Hist1D fill(Axis axis, SelectedEvents events, double scale) {
        return fill(axis, events, i -> scale);
    }

    /**
     * The selected events' observable, each weight times {@code factor.applyAsDouble(i)} (i the
     * event's index, e.g. a per-event systematic reweighting).
     */
    public static Hist1D fill(Axis axis, SelectedEvents events, IntToDoubleFunction factor) {
        Hist1D h = new Hist1D(axis);
        for (int i = 0; i < events.size(); i++) {
            h.fill(events.observable(i), events.weight(i) * factor.applyAsDouble(i));
        }
        return h;
    }

    /**
     * Poisson counts around the expectation in every bin (flow bins included, the NaN bin left
     * empty): a pseudo-dataset drawn from {@code rng}.
     */
    public static Hist1D pseudoData(Hist1D expectation, RandomStream rng) {
        double[] mean = expectation.contentsWithFlow();
        double[] n = new double[mean.length];
        long entries = 0;
        for (int i = 0; i < mean.length - 1; i++) {
            n[i] = mean[i] > 0 ? rng.nextPoisson(mean[i]) : 0;
            entries += (long) n[i];
        }
        return Hist1D.of(expectation.axis(), n, n.clone(), entries);
    }
}
