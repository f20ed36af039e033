package io.upsilon.searches.alp3gamma;

import io.upsilon.analysis.output.AtomicFiles;
import io.upsilon.analysis.output.LimitPoint;
import io.upsilon.analysis.output.hepdata.HepDataSubmission;
import io.upsilon.analysis.output.hepdata.HepDataTable;
import io.upsilon.analysis.output.hepdata.HepDataTables;
import io.upsilon.analysis.output.plot.BrazilPlot;
import io.upsilon.analysis.output.plot.Curve;
import io.upsilon.analysis.output.plot.HistSeries;
import io.upsilon.analysis.output.plot.PlotLabels;
import io.upsilon.analysis.output.plot.StackedHistogramPlot;
import io.upsilon.analysis.output.report.Table;
import io.upsilon.core.hist.Axis;
import io.upsilon.core.hist.Hist1D;
import io.upsilon.searches.CutFlowTable;
import io.upsilon.searches.PublishedCurve;
import io.upsilon.searches.RunContext;
import io.upsilon.searches.SampleOutcome;
import io.upsilon.searches.SearchOutput;
import io.upsilon.searches.SelectionResult;
import io.upsilon.searches.SignalGrid;
import io.upsilon.searches.TextTable;
import io.upsilon.searches.WindowCount;
import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outputs of the ALP search: the limits table and CSV, the Brazil plots of the limits on σ(e+e- →
 * γa) × BR(a → γγ) and on g_aγγ with the published Belle II limit beside, HEPData tables, the cut
 * flow, one workspace per mass and the summary.
 */
final class Alp3GammaReport {
    static final String TITLE = "ALP -> gamma gamma (three photons)";

    /** The published observed limit (see the resource's header for its source). */
    static final String PUBLISHED_RESOURCE = "belle2-2020-observed-gagg.tsv";

    private final Alp3GammaConfig cfg;
    private final RunContext ctx;
    private final List<SampleOutcome<SelectionResult>> backgrounds;
    private final List<SampleOutcome<SelectionResult>> signals;
    private final List<WindowCount.MassPoint> points;

    Alp3GammaReport(
            Alp3GammaConfig cfg,
            RunContext ctx,
            List<SampleOutcome<SelectionResult>> backgrounds,
            List<SampleOutcome<SelectionResult>> signals,
            List<WindowCount.MassPoint> points) {
        this.cfg = cfg;
        this.ctx = ctx;
        this.backgrounds = List.copyOf(backgrounds);
        this.signals = List.copyOf(signals);
        this.points = List.copyOf(points);
    }

    /** The run's outputs. */
    SearchOutput output() {
        String cl = String.format(Locale.ROOT, "%.0f%%", 100 * cfg.fit().cl());
        SearchOutput out = SearchOutput.of(ctx, TITLE, Alp3GammaSearch.DESCRIPTION)
                .resultsTable(resultsTable())
                .resultsCsv("limits.csv")
                .figure(
                        "gagg_limits.png",
                        "Expected " + cl + " CL upper limits on g_agg (band: +-1, +-2 sigma) and the published Belle II"
                                + " observed limit (PRL 125, 161806)")
                .figure(
                        "sigma_limits.png",
                        "Expected " + cl + " CL upper limits on sigma(e+e- -> gamma a) x BR(a -> gamma gamma)")
                .samples(backgrounds)
                .samples(signals)
                .cutFlow(cutFlowTable(), "")
                .files(d -> {
                    AtomicFiles.writeString(d.resolve("limits.csv"), limitsCsv());
                    writePlots(d);
                    writeHepData(d.resolve("hepdata"));
                })
                .summary(summary());
        for (WindowCount.MassPoint p : points) {
            if (p.window() != null) {
                out.workspace("alp_" + SignalGrid.massTag(p.mass()), p.window().workspace());
            }
        }
        return out;
    }

    /** A short table for the terminal. */
    String terminalSummary(SearchOutput out) {
        TextTable t =
                TextTable.of("m_a [GeV]", "sigma_m [MeV]", "eff [%]", "B in window", "g_exp [1e-3/GeV]", "published");
        PublishedCurve published = published();
        for (WindowCount.MassPoint p : points) {
            if (p.hasLimit()) {
                t.row(
                        "%.2f\t%.1f\t%.1f\t%.3g\t%.3g\t%.3g",
                        p.mass(),
                        1000 * p.window().resolution(),
                        100 * p.efficiency(),
                        p.window().modelledBackground(),
                        1e3 * gagg(p.limit().expected()[2]),
                        1e3 * published.at(p.mass()));
            } else {
                t.row("%.2f\t-\t%.1f\tno limit", p.mass(), 100 * p.efficiency());
            }
        }
        return out.terminalHeader(points.size() + " mass points") + t;
    }

    private double gagg(double mu) {
        return cfg.signal().generationGagg() * Math.sqrt(mu);
    }

    private List<WindowCount.MassPoint> withLimits() {
        return points.stream().filter(WindowCount.MassPoint::hasLimit).toList();
    }

    private Table resultsTable() {
        List<List<String>> rows = new ArrayList<>();
        PublishedCurve published = published();
        for (WindowCount.MassPoint p : points) {
            if (!p.hasLimit()) {
                rows.add(List.of(CutFlowTable.num(p.mass()), "-", "-", "-", "-", "-", "-"));
                continue;
            }
            double[] e = p.limit().expected();
            rows.add(List.of(
                    CutFlowTable.num(p.mass()),
                    String.format(Locale.ROOT, "%.1f", 1000 * p.window().resolution()),
                    String.format(Locale.ROOT, "%.3f", p.efficiency()),
                    String.format(Locale.ROOT, "%.3g", p.window().modelledBackground()),
                    String.format(Locale.ROOT, "%.3g", e[2] * p.sigmaFb()),
                    String.format(
                            Locale.ROOT, "%.3g (%.3g - %.3g)", 1e3 * gagg(e[2]), 1e3 * gagg(e[1]), 1e3 * gagg(e[3])),
                    String.format(Locale.ROOT, "%.3g", 1e3 * published.at(p.mass()))));
        }
        return Table.of(
                        List.of(
                                "m_a [GeV]",
                                "resolution [MeV]",
                                "efficiency in window",
                                "background in window",
                                "expected sigma x BR limit [fb]",
                                "expected g_agg limit [1e-3/GeV] (±1 sigma)",
                                "published observed g_agg [1e-3/GeV]"),
                        rows)
                .withCaption("Expected "
                        + String.format(Locale.ROOT, "%.0f%%", 100 * cfg.fit().cl()) + " CL upper limits at "
                        + ctx.luminosityFb() * 1000 + " pb^-1");
    }

    private CutFlowTable cutFlowTable() {
        CutFlowTable.Builder t = CutFlowTable.builder(
                TITLE,
                ctx.luminosityFb(),
                "generated e+e- -> gamma a events",
                ctx.quick(),
                "beam-induced photons, split showers, e+e- -> e+e- gamma(gamma) with lost tracks, e+e- -> gamma P");
        t.samples(backgrounds, signals);
        return t.build();
    }

    private String limitsCsv() {
        StringBuilder b = new StringBuilder(
                "mass_gev,resolution_gev,window_lo_gev,window_hi_gev,efficiency,background,"
                        + "background_mc_events,sigma_gen_fb,mu_exp_m2,mu_exp_m1,mu_exp,mu_exp_p1,mu_exp_p2,gagg_exp,gagg_published\n");
        PublishedCurve published = published();
        for (WindowCount.MassPoint p : points) {
            if (!p.hasLimit()) {
                b.append(CutFlowTable.num(p.mass())).append(",,,,,,,,,,,,,,\n");
                continue;
            }
            WindowCount.Window w = p.window();
            double[] e = p.limit().expected();
            List<String> cells = new ArrayList<>(List.of(
                    CutFlowTable.num(p.mass()),
                    CutFlowTable.num(w.resolution()),
                    CutFlowTable.num(w.lo()),
                    CutFlowTable.num(w.hi()),
                    CutFlowTable.num(p.efficiency()),
                    CutFlowTable.num(w.modelledBackground()),
                    Long.toString(w.backgroundMcEvents()),
                    CutFlowTable.num(p.sigmaFb())));
            for (double x : e) {
                cells.add(CutFlowTable.num(x));
            }
            cells.add(CutFlowTable.num(gagg(e[2])));
            cells.add(CutFlowTable.num(published.at(p.mass())));
            b.append(String.join(",", cells)).append('\n');
        }
        return b.toString();
    }

    private List<LimitPoint> sigmaPoints() {
        List<LimitPoint> out = new ArrayList<>();
        for (WindowCount.MassPoint p : withLimits()) {
            double f = p.sigmaFb();
            out.add(LimitPoint.of(p.mass(), Double.NaN, p.limit().expected()).map(e -> f * e));
        }
        return out;
    }

    private List<LimitPoint> gaggPoints() {
        List<LimitPoint> out = new ArrayList<>();
        for (WindowCount.MassPoint p : withLimits()) {
            out.add(LimitPoint.of(p.mass(), Double.NaN, p.limit().expected()).map(this::gagg));
        }
        return out;
    }

    /** The three diphoton masses of every selected event, weights times {@code scale}. */
    private Hist1D diphotonMasses(SelectionResult r, double scale) {
        Hist1D h = new Hist1D(
                Axis.regular(cfg.fit().histogramBins(), 0, Math.ceil(ctx.beam().sqrtS())));
        for (int i = 0; i < r.events().size(); i++) {
            for (int f = 0; f < Alp3GammaSelection.FEATURES; f++) {
                h.fill(r.events().feature(i, f), r.events().weight(i) * scale);
            }
        }
        return h;
    }

    private StackedHistogramPlot massPlot() {
        StackedHistogramPlot.Builder b = StackedHistogramPlot.builder()
                .xLabel("M_{γγ} (3 per event)", "GeV/c^{2}")
                .labels(ctx.plotLabels().withLine("three-photon selection"))
                .logY(true);
        for (SampleOutcome<SelectionResult> s : backgrounds) {
            b.background(HistSeries.of(s.label(), diphotonMasses(s.result(), 1.0)));
        }
        for (double m : cfg.signal().grid().plotMasses()) {
            for (int k = 0; k < points.size(); k++) {
                if (points.get(k).mass() == m) {
                    b.signal(HistSeries.of(
                            String.format(
                                    Locale.ROOT,
                                    "a, m = %s GeV, g = %s/GeV",
                                    PlotLabels.formatNumber(m),
                                    PlotLabels.formatNumber(cfg.signal().generationGagg())),
                            diphotonMasses(signals.get(k).result(), 1.0)));
                }
            }
        }
        return b.build();
    }

    private void writePlots(Path d) {
        SearchOutput.writePlot(d, massPlot().chart(), "diphoton_mass");
        if (withLimits().size() < 2) {
            return;
        }
        String clText = String.format(
                Locale.ROOT,
                "%.0f%% CL expected limits", // short: the legend sits to its right
                100 * cfg.fit().cl());
        PublishedCurve pub = published();
        double[] x = pub.mass();
        double[] y = pub.limit();
        BrazilPlot g = BrazilPlot.builder(gaggPoints())
                .xLabel("m_{a} [GeV]")
                .yLabel("g_{aγγ} [GeV⁻¹]")
                .labels(ctx.plotLabels().withLine(clText))
                .reference(Curve.solid("Belle II 2020, observed (PRL 125, 161806)", x, y, new Color(0xB2, 0x22, 0x22)))
                .build();
        SearchOutput.writePlot(d, g.chart(), "gagg_limits");
        BrazilPlot s = BrazilPlot.builder(sigmaPoints())
                .xLabel("m_{a} [GeV]")
                .yLabel("σ(e⁺e⁻ → γa) × BR(a → γγ) [fb]")
                .labels(ctx.plotLabels().withLine(clText))
                .build();
        SearchOutput.writePlot(d, s.chart(), "sigma_limits");
    }

    private void writeHepData(Path dir) {
        List<WindowCount.MassPoint> lim = withLimits();
        if (lim.isEmpty()) {
            return;
        }
        var q = HepDataTables.limitQualifiers(100 * cfg.fit().cl(), ctx.beam().sqrtS(), ctx.luminosityFb());
        Map<String, List<String>> keywords = Map.of(
                "observables", List.of("SIG"),
                "reactions", List.of("E+ E- --> GAMMA ALP", "ALP --> GAMMA GAMMA"),
                "phrases", List.of("Axion-like particle", "Upper limit"));
        HepDataTable sigma = HepDataTables.limits(
                "sigma_limits.yaml",
                "Expected upper limits on sigma x BR",
                "Expected upper limits on sigma(e+e- -> gamma a) x BR(a -> gamma gamma) vs m_a, CLs asymptotic,"
                        + " Upsilon simulation (the observed column is the background-only Asimov value).",
                sigmaPoints(),
                "m_a",
                "fb",
                q,
                keywords);
        HepDataTable gagg = HepDataTables.limits(
                "gagg_limits.yaml",
                "Expected upper limits on g_agg",
                "Expected upper limits on the ALP-photon coupling g_agg vs m_a (sigma scales as g_agg^2).",
                gaggPoints(),
                "m_a",
                "GeV^-1",
                q,
                keywords);
        new HepDataSubmission(
                        "Upsilon reproduction of the Belle II ALP -> gamma gamma search (PRL 125, 161806)",
                        List.of(sigma, gagg))
                .write(dir);
    }

    private Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cl", cfg.fit().cl());
        m.put("generation_gagg", cfg.signal().generationGagg());
        m.put("window_sigmas", cfg.fit().windowSigmas());
        List<Map<String, Object>> pts = new ArrayList<>();
        PublishedCurve published = published();
        for (WindowCount.MassPoint p : points) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("mass_gev", p.mass());
            o.put("sigma_gen_fb", p.sigmaFb());
            o.put("selected_mc_events", p.selectedMc());
            if (p.window() != null) {
                o.put("resolution_gev", p.window().resolution());
                o.put("window_gev", List.of(p.window().lo(), p.window().hi()));
                o.put("efficiency", p.efficiency());
                o.put("background", p.window().modelledBackground());
                o.put("background_mc_events", p.window().backgroundMcEvents());
            }
            if (p.hasLimit()) {
                double[] e = p.limit().expected();
                o.put("mu_expected", List.of(e[0], e[1], e[2], e[3], e[4]));
                o.put("gagg_expected", gagg(e[2]));
                o.put("gagg_published_observed", published.at(p.mass()));
            }
            pts.add(o);
        }
        m.put("points", pts);
        return m;
    }

    /** The published curve bundled beside this class (see the resource's header for its source). */
    static PublishedCurve published() {
        return PublishedCurve.resource(Alp3GammaReport.class, PUBLISHED_RESOURCE);
    }
}
