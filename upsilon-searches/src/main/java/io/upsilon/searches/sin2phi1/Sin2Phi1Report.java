package io.upsilon.searches.sin2phi1;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.upsilon.analysis.output.AtomicFiles;
import io.upsilon.analysis.output.plot.Curve;
import io.upsilon.analysis.output.plot.HistSeries;
import io.upsilon.analysis.output.plot.HistogramPlot;
import io.upsilon.analysis.output.plot.PlotLabels;
import io.upsilon.analysis.output.report.Table;
import io.upsilon.core.hist.Axis;
import io.upsilon.core.hist.Hist1D;
import io.upsilon.searches.CutFlowTable;
import io.upsilon.searches.RunContext;
import io.upsilon.searches.SampleOutcome;
import io.upsilon.searches.SearchOutput;
import io.upsilon.searches.SelectionResult;
import io.upsilon.searches.sin2phi1.Sin2Phi1Search.Measurement;
import io.upsilon.searches.sin2phi1.Sin2Phi1Search.TaggedSample;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/** Writes the sin(2 phi_1) measurement's outputs into one directory, atomically. */
final class Sin2Phi1Report {
    /** Title of the tables and the terminal summary. */
    static final String TITLE = "sin(2 phi_1) from B0 -> J/psi K_S0";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int CURVE_POINTS = 161;
    private static final double PLOT_RANGE_PS = 8;

    /** r-bins whose lower r edge is at least this are the "good tags" of the plots (Belle's r &gt; 0.5). */
    private static final double GOOD_TAG_R = 0.5;

    /** Events whose sigma_i is averaged into the plotted curves (a fixed, evenly spaced subset). */
    private static final int CURVE_SIGMAS = 300;

    private final Sin2Phi1Config cfg;
    private final RunContext ctx;
    private final DeltaTModel model;
    private final Measurement m;

    Sin2Phi1Report(Sin2Phi1Config cfg, RunContext ctx, DeltaTModel model, Measurement m) {
        this.cfg = cfg;
        this.ctx = ctx;
        this.model = model;
        this.m = m;
    }

    /** The run's outputs. */
    SearchOutput output() {
        return SearchOutput.of(ctx, TITLE, Sin2Phi1Search.DESCRIPTION)
                .resultsTable(resultsTable())
                .figure(
                        "deltat_fit.png",
                        "Delta t of the good-tag (r > 0.5) pseudo-data for q = +1 (B0 tag) and q = -1,"
                                + " with the fit projected")
                .figure(
                        "asymmetry.png",
                        "Raw asymmetry (N(q=+1) - N(q=-1)) / sum of the good tags vs Delta t, with the"
                                + " fitted curve")
                .figure(
                        "resolution.png",
                        "Delta t pulls of the truth-matched calibration candidates with the fitted"
                                + " core + tail resolution function")
                .figure("toy_pulls_s.png", "Pulls of S in the pseudo-experiments")
                .samples(List.of(m.calibration(), m.data().outcome(), m.cpNull().outcome()))
                .cutFlow(cutFlowTable(), "")
                .files(d -> {
                    AtomicFiles.writeString(d.resolve("result.json"), resultJson());
                    AtomicFiles.writeString(d.resolve("toys.csv"), toysCsv());
                    SearchOutput.writePlot(d, deltaTPlot(), "deltat_fit");
                    SearchOutput.writePlot(d, asymmetryPlot(), "asymmetry");
                    SearchOutput.writePlot(d, resolutionPlot(), "resolution");
                    SearchOutput.writePlot(d, toyPullPlot(), "toy_pulls_s");
                })
                .summary(Map.of("result", result()));
    }

    private static String f3(double x) {
        return String.format(Locale.ROOT, "%.3f", x);
    }

    /** Statistical error scaled to the full luminosity (the sample's fraction of the expected decays). */
    private double scaled(double err, TaggedSample s) {
        double generated = s.outcome().generatedEvents();
        return err * Math.sqrt(generated / m.expectedSignal());
    }

    Table resultsTable() {
        TaggedSample d = m.data();
        ToyStudy.Outcome t = m.toys();
        double[] ps = t.sPulls();
        double[] pc = t.cPulls();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(
                "S (pseudo-data)",
                f3(d.fit().s()),
                f3(d.fit().sError()),
                f3(d.spec().inputS())));
        rows.add(List.of("C (pseudo-data)", f3(d.fit().c()), f3(d.fit().cError()), "0"));
        rows.add(List.of(
                "S (CP-null sample)",
                f3(m.cpNull().fit().s()),
                f3(m.cpNull().fit().sError()),
                f3(m.cpNull().spec().inputS())));
        rows.add(List.of(
                "S truth-level (generated Delta t, perfect tag)",
                f3(d.truthFit().s()),
                f3(d.truthFit().sError()),
                f3(d.spec().inputS())));
        rows.add(List.of(
                "stat. error of S at " + CutFlowTable.num(ctx.luminosityFb()) + " fb^-1 (this run / Belle II)",
                f3(scaled(d.fit().sError(), d)),
                f3(cfg.reference().sStat()),
                ""));
        rows.add(List.of(
                "stat. error of C at " + CutFlowTable.num(ctx.luminosityFb()) + " fb^-1 (this run / Belle II)",
                f3(scaled(d.fit().cError(), d)),
                f3(cfg.reference().cStat()),
                ""));
        rows.add(List.of(
                "toys (" + t.fits().size() + "): S pull mean / width",
                String.format(Locale.ROOT, "%.3f ± %.3f", ps[0], ps[1]),
                String.format(Locale.ROOT, "%.3f ± %.3f", ps[2], ps[3]),
                ""));
        rows.add(List.of(
                "toys: C pull mean / width",
                String.format(Locale.ROOT, "%.3f ± %.3f", pc[0], pc[1]),
                String.format(Locale.ROOT, "%.3f ± %.3f", pc[2], pc[3]),
                ""));
        return Table.of(List.of("quantity", "value", "error", "input"), rows).withCaption("result.json");
    }

    Map<String, Object> result() {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("analysis", Sin2Phi1Search.NAME);
        r.put("quick", ctx.quick());
        r.put("expected_signal_decays", m.expectedSignal());
        r.put("data", sampleMap(m.data()));
        r.put("cp_null", sampleMap(m.cpNull()));
        ResolutionFunction res = m.resolution();
        Map<String, Object> rf = new LinkedHashMap<>();
        rf.put("mean_pull", res.mean());
        rf.put("s_core", res.sCore());
        rf.put("s_tail", res.sTail());
        rf.put("f_tail", res.fTail());
        rf.put(
                "calibration_pulls",
                Sin2Phi1Search.pulls(m.calibration().result().events()).length);
        r.put("resolution", rf);
        r.put("tagger_effective_efficiency", cfg.tagger().effectiveEfficiency());
        Map<String, Object> toys = new LinkedHashMap<>();
        ToyStudy.Outcome t = m.toys();
        toys.put("count", t.fits().size());
        toys.put("events_per_toy", m.data().events().size());
        toys.put("input_s", t.inputS());
        toys.put("input_c", t.inputC());
        toys.put("s_pull_mean", t.sPulls()[0]);
        toys.put("s_pull_mean_err", t.sPulls()[1]);
        toys.put("s_pull_width", t.sPulls()[2]);
        toys.put("s_pull_width_err", t.sPulls()[3]);
        toys.put("c_pull_mean", t.cPulls()[0]);
        toys.put("c_pull_mean_err", t.cPulls()[1]);
        toys.put("c_pull_width", t.cPulls()[2]);
        toys.put("c_pull_width_err", t.cPulls()[3]);
        toys.put("s_mean_error", t.meanSError());
        toys.put("s_rms", t.sValues()[2]);
        toys.put("c_mean_error", t.meanCError());
        toys.put(
                "generated_from", "the fitted model (resolution, tagger, background), sigma_i resampled from the data");
        r.put("toys", toys);
        Map<String, Object> ref = new LinkedHashMap<>();
        ref.put("source", "Belle II, PRD 108, 012001 (2023), arXiv:2302.12898");
        ref.put("s", cfg.reference().s());
        ref.put("s_stat", cfg.reference().sStat());
        ref.put("c", cfg.reference().c());
        ref.put("c_stat", cfg.reference().cStat());
        r.put("belle2", ref);
        r.put(
                "not_modelled",
                List.of(
                        "backgrounds are not simulated: a modelled background (fraction and Delta t shape from the YAML) is"
                                + " added to the pseudo-data",
                        "the flavour tagger is parametrised from the generated flavour of the tag-side B (no tagging algorithm)",
                        "the resolution function is fitted on truth-matched simulation, not on a B0 -> D(*)- pi+ control sample",
                        "generator event weights (ISR factor x line shape) are ignored: they do not depend on the B decays",
                        "systematic uncertainties"));
        return r;
    }

    private Map<String, Object> sampleMap(TaggedSample s) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("input_s", s.spec().inputS());
        o.put("generated_events", s.outcome().generatedEvents());
        o.put("selected_candidates", s.signalCandidates());
        o.put("candidates_with_background", s.events().size());
        long matched = 0;
        var ev = s.outcome().result().events();
        for (int i = 0; i < ev.size(); i++) {
            matched += ev.feature(i, Sin2Phi1Selection.F_MATCHED) == 1f ? 1 : 0;
        }
        o.put("truth_matched_candidates", matched);
        o.put("efficiency", s.signalCandidates() / (double) s.outcome().generatedEvents());
        o.put("s", s.fit().s());
        o.put("s_err", s.fit().sError());
        o.put("c", s.fit().c());
        o.put("c_err", s.fit().cError());
        o.put("a", -s.fit().c());
        o.put("correlation_s_c", s.fit().correlation());
        o.put("converged", s.fit().converged());
        o.put("s_err_at_full_luminosity", scaled(s.fit().sError(), s));
        o.put("c_err_at_full_luminosity", scaled(s.fit().cError(), s));
        o.put("truth_fit_s", s.truthFit().s());
        o.put("truth_fit_s_err", s.truthFit().sError());
        o.put("truth_fit_c", s.truthFit().c());
        o.put("truth_fit_c_err", s.truthFit().cError());
        return o;
    }

    String resultJson() {
        try {
            return JSON.writeValueAsString(result()) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    String toysCsv() {
        StringBuilder b = new StringBuilder("toy,s,s_err,c,c_err\n");
        List<CpFit.Result> f = m.toys().fits();
        for (int k = 0; k < f.size(); k++) {
            CpFit.Result x = f.get(k);
            b.append(String.format(Locale.ROOT, "%d,%.6f,%.6f,%.6f,%.6f%n", k, x.s(), x.sError(), x.c(), x.cError()));
        }
        return b.toString();
    }

    CutFlowTable cutFlowTable() {
        CutFlowTable.Builder t = CutFlowTable.builder(
                TITLE,
                "Efficiency of the signal samples (every generated event holds one B0 -> J/psi(-> l+ l-) K_S0);"
                        + " MC events in cutflow.csv.");
        for (SampleOutcome<SelectionResult> o :
                List.of(m.calibration(), m.data().outcome(), m.cpNull().outcome())) {
            t.column(o, CutFlowTable.Kind.SIGNAL, o.result().flow());
        }
        return t.build();
    }

    // ---- plots ----

    private boolean goodTag(int bin) {
        return cfg.tagger().lowerEdge(bin) >= GOOD_TAG_R - 1e-12;
    }

    /** The good-tag Delta t histograms of the pseudo-data for q = +1 (index 0) and q = -1 (index 1). */
    private Hist1D[] goodTagHistograms(int bins) {
        Axis axis = Axis.regular(bins, -PLOT_RANGE_PS, PLOT_RANGE_PS);
        Hist1D[] h = {new Hist1D(axis), new Hist1D(axis)};
        TaggedEvents ev = m.data().events();
        for (int i = 0; i < ev.size(); i++) {
            if (goodTag(ev.bin()[i])) {
                h[ev.q()[i] == 1 ? 0 : 1].fill(ev.deltaT()[i]);
            }
        }
        return h;
    }

    /**
     * The fitted density of good-tag candidates at Delta t for tag q: the per-event PDF averaged over
     * a subset of the data's sigma_i and summed over the good r-bins with their fractions.
     */
    private double[] fittedDensity(double[] x, int q) {
        TaggedEvents ev = m.data().events();
        CpFit.Result fit = m.data().fit();
        FlavourTagger tg = cfg.tagger();
        Sin2Phi1Config.Background bk = cfg.background();
        int stride = Math.max(1, ev.size() / CURVE_SIGMAS);
        double[] y = new double[x.length];
        int used = 0;
        for (int j = 0; j < ev.size(); j += stride) {
            double sg = ev.sigma()[j];
            used++;
            for (int k = 0; k < x.length; k++) {
                double[] t = model.terms(x[k], sg, model.tau());
                double bkg = bk.promptFraction() * model.prompt(x[k], sg)
                        + (1 - bk.promptFraction()) * model.terms(x[k], sg, bk.tauPs())[0];
                for (int l = 0; l < tg.bins(); l++) {
                    if (!goodTag(l)) {
                        continue;
                    }
                    double sig = t[0] * (1 - q * tg.deltaWrongTag(l))
                            + q * (1 - 2 * tg.wrongTag(l)) * (fit.s() * t[1] - fit.c() * t[2]);
                    y[k] += tg.fraction(l) * ((1 - bk.fraction()) * sig / 2 + bk.fraction() * bkg / 2);
                }
            }
        }
        for (int k = 0; k < x.length; k++) {
            y[k] /= used;
        }
        return y;
    }

    private double[] curveX() {
        double[] x = new double[CURVE_POINTS];
        for (int k = 0; k < CURVE_POINTS; k++) {
            x[k] = -PLOT_RANGE_PS + 2 * PLOT_RANGE_PS * k / (CURVE_POINTS - 1);
        }
        return x;
    }

    private PlotLabels labels() {
        CpFit.Result f = m.data().fit();
        return ctx.plotLabels()
                .withLine("B⁰ → J/ψ K_S, good tags (r > 0.5)")
                .withLine(String.format(
                        Locale.ROOT,
                        "S = %.3f ± %.3f, C = %.3f ± %.3f (input S = %.3f)",
                        f.s(),
                        f.sError(),
                        f.c(),
                        f.cError(),
                        m.data().spec().inputS()));
    }

    JFreeChart deltaTPlot() {
        Hist1D[] h = goodTagHistograms(cfg.fit().plotBins());
        double width = h[0].axis().width(0);
        double n = m.data().events().size();
        double[] x = curveX();
        double[] yp = fittedDensity(x, 1);
        double[] ym = fittedDensity(x, -1);
        for (int k = 0; k < x.length; k++) {
            yp[k] *= n * width;
            ym[k] *= n * width;
        }
        Color blue = new Color(0x1F77B4);
        Color red = new Color(0xD62728);
        return HistogramPlot.builder()
                .xLabel("Δt [ps]")
                .yLabel("Candidates / (" + PlotLabels.formatNumber(width) + " ps)")
                .labels(labels())
                .errorBars(true)
                .histogram(new HistSeries("q = +1 (B0 tag)", h[0], blue))
                .histogram(new HistSeries("q = −1 (anti-B0 tag)", h[1], red))
                .curve(Curve.solid("fit, q = +1", x, yp, blue))
                .curve(Curve.dashed("fit, q = −1", x, ym, red))
                .build()
                .chart();
    }

    JFreeChart asymmetryPlot() {
        // Half the bins of the Delta t plot: the asymmetry needs events of both tags in each bin.
        Hist1D[] h = goodTagHistograms(Math.max(4, cfg.fit().plotBins() / 2));
        // Points with binomial errors, drawn on the chart directly: a histogram outline would be cut
        // at zero, and the asymmetry is negative for Delta t < 0.
        XYIntervalSeries points = new XYIntervalSeries("pseudo-data");
        for (int i = 0; i < h[0].bins(); i++) {
            double np = h[0].content(i);
            double nm = h[1].content(i);
            if (np > 0 && nm > 0) {
                double a = (np - nm) / (np + nm);
                double e = Math.sqrt(4 * np * nm / Math.pow(np + nm, 3));
                double x = h[0].axis().centre(i);
                points.add(x, x, x, a, a - e, a + e);
            }
        }
        double[] x = curveX();
        double[] yp = fittedDensity(x, 1);
        double[] ym = fittedDensity(x, -1);
        double[] y = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            y[k] = (yp[k] - ym[k]) / (yp[k] + ym[k]);
        }
        JFreeChart chart = HistogramPlot.builder()
                .xLabel("Δt [ps]")
                .yLabel("raw asymmetry (N₊ − N₋) / (N₊ + N₋), good tags")
                .labels(labels().withLine("points: pseudo-data, N± = candidates tagged q = ±1"))
                .curve(Curve.solid("fit", x, y, new Color(0xD62728)))
                .build()
                .chart();
        XYPlot plot = chart.getXYPlot();
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setCapLength(0);
        renderer.setErrorStroke(new BasicStroke(1.2f));
        renderer.setSeriesPaint(0, Color.BLACK);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        renderer.setSeriesShapesVisible(0, true);
        renderer.setSeriesLinesVisible(0, false);
        renderer.setErrorPaint(Color.BLACK);
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(points);
        plot.setDataset(3, data);
        plot.setRenderer(3, renderer);
        plot.getRangeAxis().setRange(-1.0, 1.3);
        return chart;
    }

    JFreeChart resolutionPlot() {
        double[] pulls = Sin2Phi1Search.pulls(m.calibration().result().events());
        Axis axis = Axis.regular(80, -8, 8);
        Hist1D h = new Hist1D(axis);
        h.fill(pulls);
        double width = axis.width(0);
        ResolutionFunction r = m.resolution();
        double[] x = new double[321];
        double[] y = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            x[k] = -8 + 16.0 * k / (x.length - 1);
            y[k] = pulls.length * width * r.density(x[k]);
        }
        PlotLabels l = ctx.plotLabels()
                .withLine("truth-matched B⁰ → J/ψ K_S, calibration sample")
                .withLine(String.format(
                        Locale.ROOT,
                        "mean %.3f, core %.3f, tail %.3f (fraction %.3f)",
                        r.mean(),
                        r.sCore(),
                        r.sTail(),
                        r.fTail()));
        return HistogramPlot.builder()
                .xLabel("(Δt − Δt(generated)) / σ(Δt)")
                .yLabel("Candidates / " + PlotLabels.formatNumber(width))
                .labels(l)
                .logY(true)
                .errorBars(true)
                .histogram(HistSeries.of("calibration candidates", h))
                .curve(Curve.solid("core + tail fit", x, y, new Color(0xD62728)))
                .build()
                .chart();
    }

    JFreeChart toyPullPlot() {
        ToyStudy.Outcome t = m.toys();
        Axis axis = Axis.regular(24, -4, 4);
        Hist1D h = new Hist1D(axis);
        for (CpFit.Result f : t.fits()) {
            h.fill((f.s() - t.inputS()) / f.sError());
        }
        double width = axis.width(0);
        double[] p = t.sPulls();
        double[] x = new double[161];
        double[] y = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            x[k] = -4 + 8.0 * k / (x.length - 1);
            y[k] = t.fits().size() * width * ResolutionFunction.gauss(x[k], 1);
        }
        PlotLabels l = ctx.plotLabels()
                .withLine(t.fits().size() + " pseudo-experiments from the fitted model")
                .withLine(
                        String.format(Locale.ROOT, "pull mean %.3f ± %.3f, width %.3f ± %.3f", p[0], p[1], p[2], p[3]));
        return HistogramPlot.builder()
                .xLabel("(S(fit) − S(input)) / σ(S)")
                .yLabel("Pseudo-experiments / " + PlotLabels.formatNumber(width))
                .labels(l)
                .errorBars(true)
                .histogram(HistSeries.of("toys", h))
                .curve(Curve.solid("unit Gaussian", x, y, new Color(0xD62728)))
                .build()
                .chart();
    }

    /** A short summary for the terminal. */
    String terminalSummary(SearchOutput out) {
        StringBuilder b = new StringBuilder(out.terminalHeader("unbinned Delta t fits"));
        for (TaggedSample s : List.of(m.data(), m.cpNull())) {
            b.append(String.format(
                    Locale.ROOT,
                    "  %-8s S_in = %6.3f: S = %6.3f ± %.3f, C = %6.3f ± %.3f (%d candidates)%n",
                    s.name(),
                    s.spec().inputS(),
                    s.fit().s(),
                    s.fit().sError(),
                    s.fit().c(),
                    s.fit().cError(),
                    s.events().size()));
        }
        double[] ps = m.toys().sPulls();
        b.append(String.format(
                Locale.ROOT,
                "  toys (%d): S pull mean %.3f ± %.3f, width %.3f ± %.3f; Belle II sigma_stat(S) = %.3f%n",
                m.toys().fits().size(),
                ps[0],
                ps[1],
                ps[2],
                ps[3],
                cfg.reference().sStat()));
        return b.toString();
    }
}
