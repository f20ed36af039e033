package io.upsilon.searches.llpscalar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.upsilon.analysis.output.AtomicFiles;
import io.upsilon.analysis.output.LimitPoint;
import io.upsilon.analysis.output.plot.BrazilPlot;
import io.upsilon.analysis.output.plot.Curve;
import io.upsilon.analysis.output.plot.HistSeries;
import io.upsilon.analysis.output.plot.HistogramPlot;
import io.upsilon.analysis.output.plot.PlotLabels;
import io.upsilon.analysis.output.report.Table;
import io.upsilon.core.hist.Axis;
import io.upsilon.core.hist.Hist1D;
import io.upsilon.detector.DisplacedTrackingCard;
import io.upsilon.searches.CutFlowTable;
import io.upsilon.searches.RunContext;
import io.upsilon.searches.SampleOutcome;
import io.upsilon.searches.SearchOutput;
import io.upsilon.searches.SelectedEvents;
import io.upsilon.searches.SelectionResult;
import io.upsilon.searches.TextTable;
import java.awt.Color;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;

/** The outputs of {@code llp-scalar}: plots, tables, result.json, scan CSVs and the summary. */
final class LlpScalarReport {
    static final String TITLE = "Long-lived scalar in B⁺ → K⁺S and B⁰ → K*⁰S, S → x⁺x⁻";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Color[] COLOURS = {
        new Color(0x1F77B4), new Color(0xD62728), new Color(0x2CA02C), new Color(0x9467BD), new Color(0xFF7F0E)
    };
    private static final int RADIUS_BINS = 40;
    private static final double RADIUS_MAX_CM = 40;
    private static final int PLOT_POINTS = 60;

    private final LlpScalarConfig cfg;
    private final RunContext ctx;
    private final List<SampleOutcome<List<SelectionResult>>> backgrounds;
    private final List<ChannelAnalysis.Result> channels;

    LlpScalarReport(
            LlpScalarConfig cfg,
            RunContext ctx,
            List<SampleOutcome<List<SelectionResult>>> backgrounds,
            List<ChannelAnalysis.Result> channels) {
        this.cfg = cfg;
        this.ctx = ctx;
        this.backgrounds = backgrounds;
        this.channels = channels;
    }

    SearchOutput output() {
        SearchOutput out =
                SearchOutput.of(ctx, TITLE, LlpScalarSearch.DESCRIPTION).resultsTable(resultsTable());
        for (ChannelAnalysis.Result c : channels) {
            String n = c.fs().name();
            out = out.figure(
                            "limits_" + n + ".png",
                            "95% CL upper limits on B(" + c.fs().decay() + ") × B(" + c.fs().label()
                                    + ") vs m_S (expected band and pseudo-data), other lifetimes (median expected), Belle II's level")
                    .figure(
                            "mred_" + n + ".png",
                            "Reduced mass of the pseudo-data with the background fit and signal shapes")
                    .figure("significance_" + n + ".png", "Local significance of every mass hypothesis");
        }
        if (channels.stream().anyMatch(c -> !c.thetaExpected().isEmpty())) {
            out = out.figure("sintheta_mumu.png", "Excluded mixing angle θ of a Higgs-mixed scalar vs m_S (S → μ⁺μ⁻)");
        }
        out = out.figure("efficiency_radius.png", "Selection efficiency vs the transverse decay radius of S");
        List<SampleOutcome<SelectionResult>> samples = new ArrayList<>();
        for (ChannelAnalysis.Result c : channels) {
            samples.addAll(c.backgrounds());
            for (ChannelAnalysis.SignalSample s : c.signals()) {
                samples.add(s.outcome());
            }
        }
        return out.samples(samples)
                .cutFlow(cutFlowTable(), "")
                .files(d -> {
                    AtomicFiles.writeString(d.resolve("result.json"), json(result()));
                    for (ChannelAnalysis.Result c : channels) {
                        String n = c.fs().name();
                        AtomicFiles.writeString(d.resolve("scan_" + n + ".csv"), scanCsv(c));
                        SearchOutput.writePlot(d, limitPlot(c), "limits_" + n);
                        SearchOutput.writePlot(d, massPlot(c), "mred_" + n);
                        SearchOutput.writePlot(d, significancePlot(c), "significance_" + n);
                        if (!c.thetaExpected().isEmpty()) {
                            SearchOutput.writePlot(d, thetaPlot(c), "sintheta_" + n);
                        }
                    }
                    SearchOutput.writePlot(d, radiusPlot(), "efficiency_radius");
                })
                .summary(Map.of("result", result()));
    }

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** NaN and infinities as JSON null. */
    private static Double finite(double x) {
        return Double.isFinite(x) ? x : null;
    }

    /** The summary of every final state. */
    Map<String, Object> result() {
        Map<String, Object> r = new LinkedHashMap<>();
        for (ChannelAnalysis.Result c : channels) {
            Map<String, Object> m = new LinkedHashMap<>();
            MassScan.Result s = c.scan();
            MassScan.Point best = s.points().get(s.maxIndex());
            m.put("hypotheses", s.points().size());
            m.put(
                    "reduced_mass_range_gev",
                    List.of(c.settings().lo(), c.settings().hi()));
            List<Map<String, Object>> res = new ArrayList<>();
            for (int i = 0; i < c.resolution().mRed().length; i++) {
                res.add(Map.of(
                        "m_red_gev",
                        c.resolution().mRed()[i],
                        "sigma_gev",
                        c.resolution().sigma()[i]));
            }
            m.put("resolution", res);
            m.put("expected_background", c.expectedBackground());
            m.put("background_mc_events", c.backgroundMcEvents());
            // The Monte Carlo reach: with no event selected, each sample allows up to 1.14 of its
            // events' weight (the 68% CL Poisson upper limit on a mean given 0 observed).
            double reach = 0;
            for (SampleOutcome<SelectionResult> b : c.backgrounds()) {
                long n = b.result().flow().count(0);
                reach += n > 0 ? 1.14 * b.result().flow().weight(0) / n : 0;
            }
            m.put("background_mc_upper_68_if_none_selected", reach);
            m.put("background_slope_per_gev", c.backgroundShape().lambda());
            m.put("pseudo_data_events", c.pseudoData().length);
            m.put("data_background_slope_per_gev", s.shape().lambda());
            m.put("max_local_z", best.fit().localZ());
            m.put("max_local_z_mass_gev", best.hypothesis().mS());
            m.put("local_p", s.localP());
            m.put("toys", s.toyMaxZ().length);
            m.put("global_p", s.globalP());
            m.put("global_z", finite(s.globalZ()));
            m.put("trials_factor", finite(s.globalP() / s.localP()));
            m.put("production", c.fs().decay());
            m.put("b_pairs", c.bPairs());
            m.put("hadron_branching", c.fs().hadronBranching());
            List<Map<String, Object>> eff = new ArrayList<>();
            for (ChannelAnalysis.SignalSample sg : c.signals()) {
                SelectionResult sr = sg.outcome().result();
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("m_s_gev", sg.mass());
                e.put("ctau_cm", sg.cTau());
                e.put(
                        "efficiency",
                        EfficiencyMap.efficiency(new EfficiencyMap.Sample(sg.mass(), sg.cTau(), sr), sg.cTau()));
                e.put("selected_events", selectedCount(sr.events()));
                eff.add(e);
            }
            m.put("signal", eff);
            List<Map<String, Object>> lim = new ArrayList<>();
            for (ChannelAnalysis.LimitCurve lc : c.limits()) {
                Map<String, Object> l = new LinkedHashMap<>();
                l.put("ctau_cm", lc.cTau());
                l.put("points", lc.masses().length);
                int iMin = argMin(lc);
                l.put("best_expected", iMin < 0 ? null : lc.expected()[iMin][2]);
                l.put("best_expected_mass_gev", iMin < 0 ? null : lc.masses()[iMin]);
                l.put("median_expected", iMin < 0 ? null : median(lc));
                lim.add(l);
            }
            m.put("limits", lim);
            if (!c.thetaExpected().isEmpty()) {
                double lowest = Double.NaN;
                double at = Double.NaN;
                for (int i = 0; i < c.thetaExpected().size(); i++) {
                    MixingAngle.Interval in = c.thetaExpected().get(i);
                    if (in.excludes() && !(in.low() >= lowest)) {
                        lowest = in.low();
                        at = s.points().get(i).hypothesis().mS();
                    }
                }
                m.put("theta_expected_lowest", finite(lowest));
                m.put("theta_expected_lowest_mass_gev", finite(at));
            }
            r.put(c.fs().name(), m);
        }
        Map<String, Object> ref = new LinkedHashMap<>();
        ref.put("limit_level", cfg.reference().limitLevel());
        ref.put(
                "mass_range_gev",
                List.of(cfg.reference().massMin(), cfg.reference().massMax()));
        r.put("belle2", ref);
        return r;
    }

    private static int selectedCount(SelectedEvents ev) {
        int n = 0;
        for (int i = 0; i < ev.size(); i++) {
            if (ev.feature(i, LlpScalarSelection.F_SELECTED) == 1f) {
                n++;
            }
        }
        return n;
    }

    private static int argMin(ChannelAnalysis.LimitCurve lc) {
        int best = -1;
        for (int i = 0; i < lc.masses().length; i++) {
            if (best < 0 || lc.expected()[i][2] < lc.expected()[best][2]) {
                best = i;
            }
        }
        return best;
    }

    private static double median(ChannelAnalysis.LimitCurve lc) {
        double[] v = new double[lc.masses().length];
        for (int i = 0; i < v.length; i++) {
            v[i] = lc.expected()[i][2];
        }
        java.util.Arrays.sort(v);
        return ChannelAnalysis.quantile(v, 0.5);
    }

    String scanCsv(ChannelAnalysis.Result c) {
        StringBuilder b = new StringBuilder(
                "m_s_gev,m_red_gev,sigma_gev,n_s,n_b,local_z,window_events,window_background,n_up_obs,n_up_exp_m2,n_up_exp_m1,n_up_exp,n_up_exp_p1,n_up_exp_p2\n");
        for (MassScan.Point p : c.scan().points()) {
            double[] e = p.expectedLimits();
            b.append(String.format(
                    Locale.ROOT,
                    "%.5f,%.5f,%.6f,%.4f,%.4f,%.4f,%d,%.5f,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f%n",
                    p.hypothesis().mS(),
                    p.hypothesis().mRed(),
                    p.hypothesis().sigma(),
                    p.fit().signal(),
                    p.fit().background(),
                    p.fit().localZ(),
                    p.observed(),
                    p.background(),
                    p.observedLimit(),
                    e[0],
                    e[1],
                    e[2],
                    e[3],
                    e[4]));
        }
        return b.toString();
    }

    Table resultsTable() {
        List<List<String>> rows = new ArrayList<>();
        for (ChannelAnalysis.Result c : channels) {
            MassScan.Result s = c.scan();
            MassScan.Point best = s.points().get(s.maxIndex());
            for (ChannelAnalysis.LimitCurve lc : c.limits()) {
                int i = argMin(lc);
                rows.add(List.of(
                        c.fs().label(),
                        LlpScalarSearch.num(lc.cTau()),
                        Integer.toString(s.points().size()),
                        String.format(Locale.ROOT, "%.2f", c.expectedBackground()),
                        String.format(
                                Locale.ROOT,
                                "%.2f at %.3f GeV",
                                best.fit().localZ(),
                                best.hypothesis().mS()),
                        String.format(Locale.ROOT, "%.2f", s.globalZ()),
                        i < 0
                                ? "-"
                                : String.format(Locale.ROOT, "%.2g at %.2f GeV", lc.expected()[i][2], lc.masses()[i]),
                        i < 0 ? "-" : String.format(Locale.ROOT, "%.2g", median(lc))));
            }
        }
        return Table.of(
                        List.of(
                                "final state",
                                "cτ [cm]",
                                "hypotheses",
                                "background",
                                "max local Z",
                                "global Z",
                                "best expected B×B",
                                "median expected B×B"),
                        rows)
                .withCaption("95% CL limits on B(B⁺ → K⁺S) or B(B⁰ → K*⁰S) × B(S → x⁺x⁻) (pseudo-data = background"
                        + " expectation)");
    }

    CutFlowTable cutFlowTable() {
        CutFlowTable.Builder t = CutFlowTable.builder(
                TITLE,
                ctx.luminosityFb(),
                "the generated Υ(4S) → B⁺B⁻ (B⁰B̄⁰) events with one B⁺ → K⁺S (B⁰ → K*⁰S, K*⁰ → K⁺π⁻)",
                ctx.quick(),
                ctx.quick()
                        ? "S → e⁺e⁻, K⁺K⁻ and B⁰ → K*⁰S (full runs only); u, d quark continuum; τ pairs;"
                                + " candidates with a fake track in the filtered backgrounds"
                        : "u, d quark continuum; τ pairs; candidates with a fake track in the filtered backgrounds");
        for (ChannelAnalysis.Result c : channels) {
            t.channel(c.fs().name());
            for (SampleOutcome<SelectionResult> b : c.backgrounds()) {
                t.column(b, CutFlowTable.Kind.BACKGROUND, b.result().flow());
            }
            for (ChannelAnalysis.SignalSample s : c.signals()) {
                t.column(
                        s.outcome(),
                        CutFlowTable.Kind.SIGNAL,
                        s.outcome().result().flow());
            }
        }
        return t.build();
    }

    // ---- plots ----

    private PlotLabels labels(ChannelAnalysis.Result c) {
        return ctx.plotLabels().withLine(c.fs().decay() + ", " + c.fs().label());
    }

    JFreeChart limitPlot(ChannelAnalysis.Result c) {
        ChannelAnalysis.LimitCurve main = nominal(c);
        // About PLOT_POINTS markers: every k-th hypothesis, and every one whose observed limit departs
        // from the median expected (where the pseudo-data have events), so no excess is hidden.
        List<LimitPoint> pts = new ArrayList<>();
        int stride = Math.max(1, main.masses().length / PLOT_POINTS);
        for (int i = 0; i < main.masses().length; i++) {
            boolean departs = Math.abs(main.observed()[i] / main.expected()[i][2] - 1) > 0.01;
            if (i % stride == 0 || departs || i == main.masses().length - 1) {
                pts.add(LimitPoint.of(main.masses()[i], main.observed()[i], main.expected()[i]));
            }
        }
        BrazilPlot.Builder b = BrazilPlot.builder(pts)
                .xLabel("m_S [GeV]")
                .yLabel("B(" + c.fs().decay() + ") × B(" + c.fs().label() + ")")
                .labels(labels(c).withLine("95% CL, cτ = " + LlpScalarSearch.num(main.cTau()) + " cm"))
                .legendText("Pseudo-data", "Expected (median)");
        int k = 0;
        for (ChannelAnalysis.LimitCurve lc : c.limits()) {
            if (lc == main || lc.masses().length < 2) {
                continue;
            }
            double[] y = new double[lc.masses().length];
            for (int i = 0; i < y.length; i++) {
                y[i] = lc.expected()[i][2];
            }
            b.reference(Curve.dashed(
                    "expected, cτ = " + LlpScalarSearch.num(lc.cTau()) + " cm",
                    lc.masses(),
                    y,
                    COLOURS[k++ % COLOURS.length]));
        }
        double lo = Math.max(cfg.reference().massMin(), main.masses()[0]);
        double hi = Math.min(cfg.reference().massMax(), main.masses()[main.masses().length - 1]);
        if (hi > lo) {
            double level = cfg.reference().limitLevel();
            b.reference(Curve.solid(
                    "Belle II 189 fb⁻¹: limits at the 10⁻⁷ level",
                    new double[] {lo, hi},
                    new double[] {level, level},
                    Color.GRAY));
        }
        return b.build().chart();
    }

    /** The curve of the quick lifetime when present, else the first. */
    private ChannelAnalysis.LimitCurve nominal(ChannelAnalysis.Result c) {
        for (ChannelAnalysis.LimitCurve lc : c.limits()) {
            if (lc.cTau() == cfg.signal().quickLifetime() && lc.masses().length >= 2) {
                return lc;
            }
        }
        return c.limits().get(0);
    }

    JFreeChart massPlot(ChannelAnalysis.Result c) {
        double lo = c.settings().lo();
        double hi = c.settings().hi();
        int bins = 94;
        Axis axis = Axis.regular(bins, lo, hi);
        Hist1D data = new Hist1D(axis);
        data.fill(c.pseudoData());
        double width = axis.width(0);
        HistogramPlot.Builder b = HistogramPlot.builder()
                .xLabel("m_{red} = √(M² − 4m_{x}²) [GeV]")
                .yLabel("Candidates / (" + PlotLabels.formatNumber(1000 * width) + " MeV)")
                .labels(labels(c)
                        .withLine(String.format(
                                Locale.ROOT,
                                "%d pseudo-data events, background fit slope %.2f / GeV",
                                c.pseudoData().length,
                                c.scan().shape().lambda())))
                .errorBars(true)
                .histogram(new HistSeries("pseudo-data", data, Color.BLACK));
        double[] x = new double[301];
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = lo + (hi - lo) * i / (x.length - 1);
            y[i] = c.pseudoData().length * width * c.scan().shape().density(x[i]);
        }
        b.curve(Curve.solid("background fit", x, y, new Color(0x1F77B4)));
        // Signal shapes: selected events of the plotted masses, scaled to 20 events each for visibility.
        int k = 1;
        for (double m : c.fs().plotMasses()) {
            Hist1D h = new Hist1D(axis);
            double n = 0;
            for (ChannelAnalysis.SignalSample s : c.signals()) {
                if (s.mass() != m || s.cTau() != nominal(c).cTau()) {
                    continue;
                }
                SelectedEvents ev = s.outcome().result().events();
                for (int i = 0; i < ev.size(); i++) {
                    if (ev.feature(i, LlpScalarSelection.F_SELECTED) == 1f) {
                        h.fill(ev.observable(i));
                        n++;
                    }
                }
            }
            if (n > 0) {
                b.histogram(new HistSeries(
                        String.format(Locale.ROOT, "signal, m(S) = %.2f GeV (20 events)", m),
                        h.scaled(20 / n),
                        COLOURS[k++ % COLOURS.length]));
            }
        }
        return b.build().chart();
    }

    JFreeChart significancePlot(ChannelAnalysis.Result c) {
        List<MassScan.Point> pts = c.scan().points();
        double[] x = new double[pts.size()];
        double[] z = new double[pts.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = pts.get(i).hypothesis().mS();
            z[i] = pts.get(i).fit().localZ();
        }
        MassScan.Result s = c.scan();
        return HistogramPlot.builder()
                .xLabel("m_S [GeV]")
                .yLabel("local significance Z (signed)")
                .labels(labels(c)
                        .withLine(String.format(
                                Locale.ROOT,
                                "%d hypotheses; max Z = %.2f, global Z = %.2f (%d toys)",
                                pts.size(),
                                s.maxLocalZ(),
                                s.globalZ(),
                                s.toyMaxZ().length)))
                .curve(Curve.solid("local Z", x, z, new Color(0x1F77B4)))
                .build()
                .chart();
    }

    JFreeChart thetaPlot(ChannelAnalysis.Result c) {
        List<Double> m = new ArrayList<>();
        List<Double> lo = new ArrayList<>();
        List<Double> hi = new ArrayList<>();
        for (int i = 0; i < c.thetaExpected().size(); i++) {
            MixingAngle.Interval in = c.thetaExpected().get(i);
            if (in.excludes()) {
                m.add(c.scan().points().get(i).hypothesis().mS());
                lo.add(in.low());
                hi.add(in.high());
            }
        }
        HistogramPlot.Builder b = HistogramPlot.builder()
                .xLabel("m_S [GeV]")
                .yLabel("mixing angle θ")
                .logY(true)
                .labels(labels(c).withLine("95% CL expected exclusion: between the curves"));
        if (m.size() >= 2) {
            double[] mx = m.stream().mapToDouble(Double::doubleValue).toArray();
            b.curve(Curve.solid(
                    "lower edge (rate)",
                    mx,
                    lo.stream().mapToDouble(Double::doubleValue).toArray(),
                    new Color(0xD62728)));
            b.curve(Curve.dashed(
                    "upper edge (lifetime)",
                    mx,
                    hi.stream().mapToDouble(Double::doubleValue).toArray(),
                    new Color(0x1F77B4)));
        } else {
            double[] mx = {c.settings().lo(), c.settings().hi()};
            b.curve(Curve.dashed(
                    "no angle excluded",
                    mx,
                    new double[] {
                        cfg.interpretation().thetaMax(), cfg.interpretation().thetaMax()
                    },
                    Color.GRAY));
        }
        return b.build().chart();
    }

    /** Efficiency vs the generated decay radius of S (every signal sample pooled) and the card's model. */
    JFreeChart radiusPlot() {
        Axis axis = Axis.regular(RADIUS_BINS, 0, RADIUS_MAX_CM);
        HistogramPlot.Builder b = HistogramPlot.builder()
                .xLabel("transverse decay radius of S (generated) [cm]")
                .yLabel("selection efficiency")
                .labels(ctx.plotLabels().withLine("B → K⁽*⁾S, all generated masses and lifetimes"));
        int k = 0;
        for (ChannelAnalysis.Result c : channels) {
            Hist1D all = new Hist1D(axis);
            Hist1D sel = new Hist1D(axis);
            for (ChannelAnalysis.SignalSample s : c.signals()) {
                SelectedEvents ev = s.outcome().result().events();
                for (int i = 0; i < ev.size(); i++) {
                    double r = ev.feature(i, LlpScalarSelection.F_TRUE_RADIUS);
                    if (Double.isFinite(r)) {
                        all.fill(r);
                        if (ev.feature(i, LlpScalarSelection.F_SELECTED) == 1f) {
                            sel.fill(r);
                        }
                    }
                }
            }
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (int i = 0; i < axis.bins(); i++) {
                if (all.content(i) >= 10) {
                    x.add(axis.centre(i));
                    y.add(sel.content(i) / all.content(i));
                }
            }
            if (x.size() >= 2) {
                b.curve(Curve.solid(
                        c.fs().label() + " (simulation)",
                        x.stream().mapToDouble(Double::doubleValue).toArray(),
                        y.stream().mapToDouble(Double::doubleValue).toArray(),
                        COLOURS[k++ % COLOURS.length]));
            }
        }
        DisplacedTrackingCard card = ctx.card().tracking().displaced();
        double[] rx = new double[161];
        double[] ry = new double[rx.length];
        for (int i = 0; i < rx.length; i++) {
            rx[i] = RADIUS_MAX_CM * i / (rx.length - 1);
            double e = card.relativeEfficiency(rx[i]);
            ry[i] = e * e;
        }
        b.curve(Curve.dashed("card: two-track relative tracking efficiency", rx, ry, Color.GRAY));
        return b.build().chart();
    }

    String terminalSummary(SearchOutput out) {
        TextTable t = TextTable.of(
                "final state",
                "hypotheses",
                "B (fit range)",
                "max Z local",
                "at m_S",
                "Z global",
                "best exp. B×B",
                "at m_S");
        for (ChannelAnalysis.Result c : channels) {
            MassScan.Result s = c.scan();
            ChannelAnalysis.LimitCurve lc = nominal(c);
            int i = argMin(lc);
            t.row(
                    "%s\t%d\t%.2f\t%.2f\t%.3f\t%.2f\t%.3g\t%.2f",
                    c.fs().name(),
                    s.points().size(),
                    c.expectedBackground(),
                    s.maxLocalZ(),
                    s.points().get(s.maxIndex()).hypothesis().mS(),
                    s.globalZ(),
                    i < 0 ? Double.NaN : lc.expected()[i][2],
                    i < 0 ? Double.NaN : lc.masses()[i]);
        }
        StringBuilder timing = new StringBuilder();
        for (ChannelAnalysis.Result c : channels) {
            timing.append(String.format(
                    Locale.ROOT,
                    "%s: the %d fits of the data scan took %.3f s%n",
                    c.fs().name(),
                    c.scan().points().size(),
                    c.scan().fitSeconds()));
        }
        return out.terminalHeader(channels.size() + " final states") + t + timing;
    }
}
