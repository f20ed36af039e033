package io.upsilon.searches.darkphotoninv;

import io.upsilon.analysis.output.AtomicFiles;
import io.upsilon.analysis.output.LimitPoint;
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
 * The outputs of the invisible dark-photon search: the M_X^2, E*_γ and cos θ*_γ distributions of the
 * selected events (signal at the plot masses over the stacked backgrounds), the Brazil plot of the
 * expected limits on ε with BaBar's limit beside, the limits table and CSV, the cut flow, one
 * workspace per mass and the summary (with where each background lands).
 */
final class DarkPhotonInvReport {
    static final String TITLE = "Invisible dark photon (single photon)";

    /** BaBar's limit (see the resource's header: a recalled shape, for comparison only). */
    static final String PUBLISHED_RESOURCE = "babar-2017-epsilon-recalled.tsv";

    /** Range of the M_X^2 plot, GeV^2: below 0 (resolution) up to s - 2 sqrt(s) x 0.5 GeV. */
    static final double MX2_MIN = -20;

    static final double MX2_MAX = 100;

    private final DarkPhotonInvConfig cfg;
    private final RunContext ctx;
    private final List<SampleOutcome<SelectionResult>> backgrounds;
    private final List<SampleOutcome<SelectionResult>> signals;
    private final List<WindowCount.MassPoint> points;

    DarkPhotonInvReport(
            DarkPhotonInvConfig cfg,
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
        SearchOutput out = SearchOutput.of(ctx, TITLE, DarkPhotonInvisibleSearch.DESCRIPTION)
                .resultsTable(resultsTable())
                .resultsCsv("limits.csv")
                .figure(
                        "epsilon_limits.png",
                        "Expected " + cl + " CL upper limits on epsilon (band: +-1, +-2 sigma) and BaBar's observed"
                                + " limit (PRL 119, 131804; recalled shape, see docs/darkphoton-invisible.md)")
                .figure(
                        "missing_mass_squared.png",
                        "M_X^2 of the selected events: backgrounds stacked, signal overlaid")
                .figure("photon_energy.png", "E*_gamma of the selected events")
                .figure("photon_cos_theta.png", "cos theta*_gamma of the selected events")
                .samples(backgrounds)
                .samples(signals)
                .cutFlow(cutFlowTable(), "")
                .files(d -> {
                    AtomicFiles.writeString(d.resolve("limits.csv"), limitsCsv());
                    writePlots(d);
                })
                .summary(summary());
        for (WindowCount.MassPoint p : points) {
            if (p.window() != null) {
                out.workspace(
                        "darkphoton_" + SignalGrid.massTag(p.mass()), p.window().workspace());
            }
        }
        return out;
    }

    /** A short table for the terminal. */
    String terminalSummary(SearchOutput out) {
        TextTable t = TextTable.of(
                "m_A' [GeV]", "sigma(M_X^2) [GeV^2]", "eff [%]", "B in window", "eps_exp [1e-3]", "BaBar [1e-3]");
        PublishedCurve published = published();
        for (WindowCount.MassPoint p : points) {
            if (p.hasLimit()) {
                t.row(
                        "%.2f\t%.2f\t%.1f\t%.3g\t%.3g\t%.3g",
                        p.mass(),
                        p.window().resolution(),
                        100 * p.efficiency(),
                        p.window().totalBackground(),
                        1e3 * epsilon(p.limit().expected()[2]),
                        1e3 * published.at(p.mass()));
            } else {
                t.row("%.2f\t-\t%.1f\tno limit", p.mass(), 100 * p.efficiency());
            }
        }
        return out.terminalHeader(points.size() + " mass points") + t;
    }

    /** The limit on epsilon for a limit {@code mu} on the strength at the generated epsilon (sigma ~ eps^2). */
    double epsilon(double mu) {
        return cfg.signal().generationEpsilon() * Math.sqrt(mu);
    }

    private List<WindowCount.MassPoint> withLimits() {
        return points.stream().filter(WindowCount.MassPoint::hasLimit).toList();
    }

    private Table resultsTable() {
        List<List<String>> rows = new ArrayList<>();
        PublishedCurve published = published();
        for (WindowCount.MassPoint p : points) {
            if (!p.hasLimit()) {
                rows.add(List.of(CutFlowTable.num(p.mass()), "-", "-", "-", "-", "-"));
                continue;
            }
            double[] e = p.limit().expected();
            rows.add(List.of(
                    CutFlowTable.num(p.mass()),
                    String.format(
                            Locale.ROOT,
                            "%.2f (%.2f - %.2f)",
                            p.window().centre(),
                            p.window().lo(),
                            p.window().hi()),
                    String.format(Locale.ROOT, "%.3f", p.efficiency()),
                    String.format(Locale.ROOT, "%.3g", p.window().totalBackground()),
                    String.format(
                            Locale.ROOT,
                            "%.3g (%.3g - %.3g)",
                            1e3 * epsilon(e[2]),
                            1e3 * epsilon(e[1]),
                            1e3 * epsilon(e[3])),
                    String.format(Locale.ROOT, "%.3g", 1e3 * published.at(p.mass()))));
        }
        return Table.of(
                        List.of(
                                "m_A' [GeV]",
                                "M_X^2 window [GeV^2]",
                                "efficiency in window",
                                "background in window",
                                "expected epsilon limit [1e-3] (±1 sigma)",
                                "BaBar observed [1e-3] (recalled)"),
                        rows)
                .withCaption("Expected "
                        + String.format(Locale.ROOT, "%.0f%%", 100 * cfg.fit().cl()) + " CL upper limits at "
                        + ctx.luminosityFb() + " fb^-1");
    }

    private CutFlowTable cutFlowTable() {
        CutFlowTable.Builder t = CutFlowTable.builder(
                TITLE,
                ctx.luminosityFb(),
                "generated e+e- -> gamma A' events",
                ctx.quick(),
                "beam-induced photons, radiative Bhabha with both electrons lost, e+e- -> gamma gamma with a photon"
                        + " lost in the ECL's inefficiencies or phi cracks, cosmic rays");
        t.samples(backgrounds, signals);
        return t.build();
    }

    private String limitsCsv() {
        StringBuilder b =
                new StringBuilder("mass_gev,mx2_centre_gev2,mx2_resolution_gev2,window_lo_gev2,window_hi_gev2,"
                        + "efficiency,background,background_mc_events,sigma_gen_fb,mu_exp_m2,mu_exp_m1,mu_exp,mu_exp_p1,"
                        + "mu_exp_p2,epsilon_exp,epsilon_babar_recalled\n");
        PublishedCurve published = published();
        for (WindowCount.MassPoint p : points) {
            if (!p.hasLimit()) {
                b.append(CutFlowTable.num(p.mass())).append(",,,,,,,,,,,,,,,\n");
                continue;
            }
            WindowCount.Window w = p.window();
            double[] e = p.limit().expected();
            List<String> cells = new ArrayList<>(List.of(
                    CutFlowTable.num(p.mass()),
                    CutFlowTable.num(w.centre()),
                    CutFlowTable.num(w.resolution()),
                    CutFlowTable.num(w.lo()),
                    CutFlowTable.num(w.hi()),
                    CutFlowTable.num(p.efficiency()),
                    CutFlowTable.num(w.totalBackground()),
                    Long.toString(w.backgroundMcEvents()),
                    CutFlowTable.num(p.sigmaFb())));
            for (double x : e) {
                cells.add(CutFlowTable.num(x));
            }
            cells.add(CutFlowTable.num(epsilon(e[2])));
            cells.add(CutFlowTable.num(published.at(p.mass())));
            b.append(String.join(",", cells)).append('\n');
        }
        return b.toString();
    }

    List<LimitPoint> epsilonPoints() {
        List<LimitPoint> out = new ArrayList<>();
        for (WindowCount.MassPoint p : withLimits()) {
            out.add(LimitPoint.of(p.mass(), Double.NaN, p.limit().expected()).map(this::epsilon));
        }
        return out;
    }

    /** One feature of every selected event, weights as produced. */
    private static Hist1D feature(SelectionResult r, int f, Axis axis) {
        Hist1D h = new Hist1D(axis);
        for (int i = 0; i < r.events().size(); i++) {
            h.fill(r.events().feature(i, f), r.events().weight(i));
        }
        return h;
    }

    private StackedHistogramPlot featurePlot(int f, Axis axis, String quantity, String unit) {
        StackedHistogramPlot.Builder b = StackedHistogramPlot.builder()
                .xLabel(quantity, unit)
                .labels(ctx.plotLabels().withLine("single-photon selection"))
                .logY(true);
        for (SampleOutcome<SelectionResult> s : backgrounds) {
            b.background(HistSeries.of(s.label(), feature(s.result(), f, axis)));
        }
        for (double m : cfg.signal().grid().plotMasses()) {
            for (int k = 0; k < points.size(); k++) {
                if (points.get(k).mass() == m) {
                    b.signal(HistSeries.of(
                            String.format(
                                    Locale.ROOT,
                                    "A′, m = %s GeV, ε = %s",
                                    PlotLabels.formatNumber(m),
                                    PlotLabels.formatNumber(cfg.signal().generationEpsilon())),
                            feature(signals.get(k).result(), f, axis)));
                }
            }
        }
        return b.build();
    }

    private void writePlots(Path d) {
        SearchOutput.writePlot(
                d,
                featurePlot(
                                DarkPhotonInvSelection.MX2,
                                Axis.regular(cfg.fit().histogramBins(), MX2_MIN, MX2_MAX),
                                "M_{X}^{2}",
                                "GeV^{2}/c^{4}")
                        .chart(),
                "missing_mass_squared");
        double eMax = 0.5 * ctx.beam().sqrtS() + 0.5;
        SearchOutput.writePlot(
                d,
                featurePlot(DarkPhotonInvSelection.ESTAR, Axis.regular(90, 1.0, eMax), "E*_{γ}", "GeV")
                        .chart(),
                "photon_energy");
        SearchOutput.writePlot(
                d,
                featurePlot(DarkPhotonInvSelection.COS_THETA_STAR, Axis.regular(40, -1, 1), "cos θ*_{γ}", "")
                        .chart(),
                "photon_cos_theta");
        if (withLimits().size() < 2) {
            return;
        }
        String clText = String.format(
                Locale.ROOT, "%.0f%% CL expected limits", 100 * cfg.fit().cl());
        PublishedCurve pub = published();
        double[] x = pub.mass();
        double[] y = pub.limit();
        BrazilPlot g = BrazilPlot.builder(epsilonPoints())
                .xLabel("m_{A′} [GeV]")
                .yLabel("ε")
                .labels(ctx.plotLabels().withLine(clText))
                .reference(Curve.solid(
                        "BaBar 2017, 53 fb⁻¹, observed (recalled shape)", x, y, new Color(0xB2, 0x22, 0x22)))
                .build();
        SearchOutput.writePlot(d, g.chart(), "epsilon_limits");
    }

    /** Where each background lands: weighted mean and 10-90% range of M_X^2 and of cos theta*. */
    private Map<String, Object> backgroundSummary(SampleOutcome<SelectionResult> s) {
        Map<String, Object> o = new LinkedHashMap<>();
        var ev = s.result().events();
        o.put("generated_mc_events", s.generatedEvents());
        o.put("selected_mc_events", ev.size());
        o.put("selected_weighted", ev.totalWeight());
        if (ev.size() > 0) {
            for (int f : new int[] {DarkPhotonInvSelection.MX2, DarkPhotonInvSelection.COS_THETA_STAR}) {
                double[] v = new double[ev.size()];
                for (int i = 0; i < v.length; i++) {
                    v[i] = ev.feature(i, f);
                }
                String key = f == DarkPhotonInvSelection.MX2 ? "mx2_gev2" : "cos_theta_star";
                o.put(key + "_10_50_90", List.of(ev.quantile(v, 0.1), ev.quantile(v, 0.5), ev.quantile(v, 0.9)));
            }
        }
        return o;
    }

    private Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cl", cfg.fit().cl());
        m.put("generation_epsilon", cfg.signal().generationEpsilon());
        m.put("window_sigmas", cfg.fit().windowSigmas());
        Map<String, Object> bg = new LinkedHashMap<>();
        for (SampleOutcome<SelectionResult> s : backgrounds) {
            bg.put(s.name(), backgroundSummary(s));
        }
        m.put("backgrounds", bg);
        List<Map<String, Object>> pts = new ArrayList<>();
        PublishedCurve published = published();
        for (WindowCount.MassPoint p : points) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("mass_gev", p.mass());
            o.put("sigma_gen_fb", p.sigmaFb());
            o.put("selected_mc_events", p.selectedMc());
            if (p.window() != null) {
                o.put("mx2_centre_gev2", p.window().centre());
                o.put("mx2_resolution_gev2", p.window().resolution());
                o.put("window_gev2", List.of(p.window().lo(), p.window().hi()));
                o.put("efficiency", p.efficiency());
                o.put("background", p.window().totalBackground());
                o.put("background_mc_events", p.window().backgroundMcEvents());
            }
            if (p.hasLimit()) {
                double[] e = p.limit().expected();
                o.put("mu_expected", List.of(e[0], e[1], e[2], e[3], e[4]));
                o.put("epsilon_expected", epsilon(e[2]));
                o.put("epsilon_babar_recalled", published.at(p.mass()));
            }
            pts.add(o);
        }
        m.put("points", pts);
        return m;
    }

    /** The published curve bundled beside this class (see the resource's header for its source). */
    static PublishedCurve published() {
        return PublishedCurve.resource(DarkPhotonInvReport.class, PUBLISHED_RESOURCE);
    }
}
