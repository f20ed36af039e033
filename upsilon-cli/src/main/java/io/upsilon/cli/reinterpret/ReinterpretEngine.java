package io.upsilon.cli.reinterpret;

import io.upsilon.core.error.InputException;
import io.upsilon.generators.decay.spectrum.KnunuWetSpectrum;
import io.upsilon.generators.decay.spectrum.TruthSpectrum;
import io.upsilon.generators.decay.spectrum.TwoBodyInvisibleSpectrum;
import io.upsilon.stats.fit.FitResult;
import io.upsilon.stats.fit.Fitter;
import io.upsilon.stats.infer.AsymptoticCalculator;
import io.upsilon.stats.infer.HypotestResult;
import io.upsilon.stats.infer.TestStatistic;
import io.upsilon.stats.infer.UpperLimit;
import io.upsilon.stats.model.Model;
import io.upsilon.stats.model.ModelCompiler;
import io.upsilon.stats.reinterpret.ReinterpretMapping;
import io.upsilon.stats.reinterpret.TemplateReweighter;
import io.upsilon.stats.reinterpret.WarmStart;
import io.upsilon.stats.workspace.Workspace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One model point of {@code upsilon reinterpret}: truth spectrum -&gt; weights (model over the
 * mapping's reference spectrum, per truth bin) -&gt; re-weighted workspace -&gt; fit, CLs of the point
 * and asymptotic CLs upper limits (qtilde) on the POI.
 */
final class ReinterpretEngine {
    /** Relative tolerance of the limits' root finding. */
    static final double LIMIT_RTOL = 1e-4;

    private final String workspaceSource;
    private final TemplateReweighter reweighter;
    private final ReinterpretMapping mapping;
    private final double[] referenceBinned;
    private final double[] referenceEvents;
    private final double referenceTotalEvents;
    /** The fits' start of every point, or null: the workspace's own inits (the slow path, for tests). */
    private final WarmStart warmStart;

    /**
     * Checks the mapping against the workspace and its reference model (only {@code SM} is known),
     * and fits the workspace once at POI = 0 for the {@link WarmStart} of every point.
     */
    ReinterpretEngine(String workspaceSource, Workspace ws, ReinterpretMapping mapping) {
        this(workspaceSource, ws, mapping, true);
    }

    /** As above; {@code warm = false} starts every fit from the workspace's inits (slower, same results). */
    ReinterpretEngine(String workspaceSource, Workspace ws, ReinterpretMapping mapping, boolean warm) {
        this.workspaceSource = workspaceSource;
        this.mapping = mapping;
        if (!mapping.referenceModel().equalsIgnoreCase("SM")) {
            throw new InputException(
                    mapping.file(),
                    "$.reference_model",
                    "expected \"SM\" (the Standard Model B+ -> K+ nu nubar spectrum), got \"" + mapping.referenceModel()
                            + "\"");
        }
        if (!mapping.variable().isEmpty() && !mapping.variable().equals("q2")) {
            throw new InputException(
                    mapping.file(),
                    "$.variable",
                    "the models of upsilon reinterpret are spectra in q2 (GeV^2), got \"" + mapping.variable() + "\"");
        }
        this.reweighter = new TemplateReweighter(ws, mapping);
        this.referenceBinned = KnunuWetSpectrum.sm().binnedBranchingFractions(mapping.truthBinEdges());
        this.referenceEvents = mapping.referenceEventsPerTruthBin();
        this.referenceTotalEvents = Arrays.stream(referenceEvents).sum();
        this.warmStart = warm ? backgroundOnlyStart(ws, workspaceSource, mapping.poi()) : null;
    }

    /**
     * The nuisance parameters of the unweighted workspace's fit at POI = 0: the signal's shape does
     * not enter it (only the staterror widths, slightly), so every point's fits start near their
     * minimum. A fit that fails to converge gives no warm start (the workspace's inits are used).
     */
    private static WarmStart backgroundOnlyStart(Workspace ws, String source, String poi) {
        Model m = ModelCompiler.compile(ws, source);
        FitResult fit = new Fitter(m).fixedPoiFit(0.0, m.observedData());
        return fit.status().ok() ? WarmStart.of(m, fit.values(), poi) : null;
    }

    /** The truth-bin weights of a spectrum (model over reference), with the checks of docs/reinterpret.md. */
    double[] weights(TruthSpectrum spectrum, Map<String, Double> point) {
        double[] edges = mapping.truthBinEdges();
        if (spectrum instanceof TwoBodyInvisibleSpectrum two) {
            int k = two.bin(edges);
            if (k < 0) {
                throw new InputException(
                        "--param",
                        ReinterpretModel.format(point),
                        String.format(
                                Locale.ROOT,
                                "m_x^2 = %.6g GeV^2 is outside the mapping's truth bins [%g, %g) (%s)",
                                two.mass() * two.mass(),
                                edges[0],
                                edges[edges.length - 1],
                                mapping.file()));
            }
            if (!(referenceEvents[k] > 0)) {
                throw new InputException(
                        mapping.file(),
                        "$.truth_bin_edges[" + k + "]",
                        String.format(
                                Locale.ROOT,
                                "truth bin %d [%g, %g) %s has no reference events, so m_x = %g GeV cannot be"
                                        + " re-weighted",
                                k,
                                edges[k],
                                edges[k + 1],
                                mapping.unit(),
                                two.mass()));
            }
        }
        try {
            return TemplateReweighter.weights(spectrum.binnedBranchingFractions(edges), referenceBinned);
        } catch (IllegalArgumentException e) {
            throw new InputException("--param", ReinterpretModel.format(point), e.getMessage(), e);
        }
    }

    /** The re-weighted workspace of a spectrum. */
    Workspace reweighted(TruthSpectrum spectrum, Map<String, Double> point) {
        return reweighter.reweight(weights(spectrum, point));
    }

    /**
     * Runs one point: -2 ln L with the POI fixed at 1 (the model point itself, nuisance parameters
     * profiled), and, when the point has signal, the free fit, the CLs of POI = 1 and the upper
     * limits at these CLs.
     */
    PointResult run(ReinterpretModel model, Map<String, Double> point, double[] cls) {
        long t0 = System.nanoTime();
        double[] w = weights(model.spectrum(point), point);
        double events = 0;
        for (int i = 0; i < w.length; i++) {
            events += w[i] * referenceEvents[i];
        }
        // Room for the POI: the limit scales roughly as 1 / (signal yield); 30x the SM-sized range.
        double hi = events > 0 ? 30 * Math.max(1, referenceTotalEvents / events) : 30;
        Workspace ws = PoiBounds.withUpperBound(reweighter.reweight(w), mapping.poi(), hi);
        Model m = warmStart == null ? null : ModelCompiler.compile(warmStart.applyTo(ws), workspaceSource);
        if (m == null || !warmStart.matches(m)) {
            m = ModelCompiler.compile(ws, workspaceSource);
        }
        AsymptoticCalculator calc = new AsymptoticCalculator(m, m.observedData(), TestStatistic.QTILDE);
        FitResult free = calc.freeFitToData();
        List<PointResult.Limit> limits = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (!free.status().ok()) {
            notes.add("the free fit did not converge: " + free.status());
        }
        if (!(events > 0)) {
            // Without signal the POI has no effect: the likelihood at POI = 1 is that of the free fit.
            long t1 = System.nanoTime();
            for (double cl : cls) {
                limits.add(new PointResult.Limit(
                        cl, Double.NaN, new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN}));
            }
            notes.add("no signal events in the mapped channels: no fit of the POI, no limit");
            return new PointResult(
                    point,
                    model.poiScale(point),
                    events,
                    Double.NaN,
                    free.twiceNll(),
                    Double.NaN,
                    limits,
                    (t1 - t0) / 1e6,
                    0,
                    notes);
        }
        HypotestResult atOne = calc.hypotest(1.0);
        // The hypotest's conditional fit at POI = 1 starts from the free fit: a cold start from the
        // workspace's initial values converges less reliably with 232 parameters.
        FitResult atOneFit = calc.lastConditionalFitToData();
        double twiceNllAtOne = atOneFit.twiceNll();
        if (!atOneFit.status().ok()) {
            notes.add("the fit at POI = 1 did not converge: " + atOneFit.status());
        }
        long t1 = System.nanoTime();
        for (double cl : cls) {
            UpperLimit.Result r = UpperLimit.rootFind(calc, 0, hi, 1 - cl, LIMIT_RTOL);
            limits.add(new PointResult.Limit(cl, r.obs(), r.exp()));
            notes.addAll(r.notes());
        }
        long t2 = System.nanoTime();
        return new PointResult(
                point,
                model.poiScale(point),
                events,
                free.value(m.poiIndex()),
                twiceNllAtOne,
                atOne.clsObs(),
                limits,
                (t1 - t0) / 1e6,
                (t2 - t1) / 1e6,
                notes);
    }

    /**
     * Runs every point on {@code threads} threads, results in the order of {@code points}. A point's
     * result does not depend on the thread count: each point is computed from scratch (its fits
     * start from the engine's fixed {@link WarmStart}, not from another point's). The first
     * point's error (e.g. an {@link InputException}) is rethrown as it is.
     */
    List<PointResult> runAll(ReinterpretModel model, List<Map<String, Double>> points, double[] cls, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("expected at least 1 thread, got " + threads);
        }
        if (threads == 1 || points.size() <= 1) {
            List<PointResult> out = new ArrayList<>();
            for (Map<String, Double> p : points) {
                out.add(run(model, p, cls));
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, points.size()));
        try {
            List<Future<PointResult>> futures = new ArrayList<>();
            for (Map<String, Double> p : points) {
                futures.add(pool.submit(() -> run(model, p, cls)));
            }
            List<PointResult> out = new ArrayList<>();
            for (Future<PointResult> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The workspace's source name. */
    String workspaceSource() {
        return workspaceSource;
    }

    /** Fitter for callers that need more than {@link #run} (tests). */
    static double muHat(Workspace ws, String source) {
        Model m = ModelCompiler.compile(ws, source);
        return new Fitter(m).fit(m.observedData()).value(m.poiIndex());
    }
}
