package io.upsilon.searches.taualpha;

import io.upsilon.analysis.output.AtomicFiles;
import io.upsilon.analysis.output.LimitPoint;
import io.upsilon.analysis.output.hepdata.HepDataSubmission;
import io.upsilon.analysis.output.hepdata.HepDataTable;
import io.upsilon.analysis.output.hepdata.HepDataTables;
import io.upsilon.analysis.output.plot.BrazilPlot;
import io.upsilon.analysis.output.plot.HistSeries;
import io.upsilon.analysis.output.plot.PlotLabels;
import io.upsilon.analysis.output.plot.StackedHistogramPlot;
import io.upsilon.core.beam.Beam;
import io.upsilon.core.hist.Axis;
import io.upsilon.core.hist.Hist1D;
import io.upsilon.searches.ChannelResults;
import io.upsilon.searches.CutFlowTable;
import io.upsilon.searches.LeptonChannel;
import io.upsilon.searches.RunContext;
import io.upsilon.searches.SampleOutcome;
import io.upsilon.searches.SearchOutput;
import io.upsilon.searches.SignalGrid;
import io.upsilon.searches.TextTable;
import io.upsilon.searches.taualpha.TauAlphaSearch.ChannelHists;
import io.upsilon.searches.taualpha.TauAlphaSearch.Closure;
import io.upsilon.searches.taualpha.TauAlphaSearch.MassPoint;
import io.upsilon.searches.taualpha.TauAlphaSearch.SignalOutcome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes the τ → ℓα search's outputs into one directory, atomically (all files or none). */
final class TauAlphaReport {
    /** Ratio B(τ → ℓα)/B(τ → ℓνν) at which signals are drawn in the x_ℓ plots. */
    static final double PLOT_RATIO = 0.05;

    private final TauAlphaConfig cfg;
    private final RunContext ctx;
    private final Beam beam;
    private final boolean quick;
    private final SampleOutcome<ChannelResults<LeptonChannel>> tautau;
    private final List<SampleOutcome<ChannelResults<LeptonChannel>>> others;
    private final List<SignalOutcome> signals;
    private final Axis axis;
    private final Map<LeptonChannel, ChannelHists> hists;
    private final List<MassPoint> points;
    private final List<Closure> closures;

    TauAlphaReport(
            TauAlphaConfig cfg,
            RunContext ctx,
            SampleOutcome<ChannelResults<LeptonChannel>> tautau,
            List<SampleOutcome<ChannelResults<LeptonChannel>>> others,
            List<SignalOutcome> signals,
            Axis axis,
            Map<LeptonChannel, ChannelHists> hists,
            List<MassPoint> points,
            List<Closure> closures) {
        this.cfg = cfg;
        this.ctx = ctx;
        this.beam = ctx.beam();
        this.quick = ctx.quick();
        this.tautau = tautau;
        this.others = List.copyOf(others);
        this.signals = List.copyOf(signals);
        this.axis = axis;
        this.hists = Map.copyOf(hists);
        this.points = List.copyOf(points);
        this.closures = List.copyOf(closures);
    }

    /** Title of the tables and the terminal summary. */
    static final String TITLE = "tau -> l alpha";

    /** Backgrounds not generated (the cut-flow introduction and summary.json). */
    static final String NOT_MODELLED =
            "e+e- -> B Bbar (the y4s-bbbar generator exists but is not yet a background sample here)";

    /** The run's outputs. */
    SearchOutput output() {
        List<SampleOutcome<ChannelResults<LeptonChannel>>> all = new ArrayList<>(backgroundColumns());
        signals.forEach(s -> all.add(s.outcome()));
        SearchOutput out = SearchOutput.of(ctx, TITLE, TauAlphaSearch.DESCRIPTION)
                .resultsCsv("limits.csv")
                .figure("xl_e.png", "x_e in the tau pseudo-rest frame: SM templates, signals, pseudo-data")
                .figure("xl_mu.png", "x_mu in the tau pseudo-rest frame: SM templates, signals, pseudo-data")
                .samples(all)
                .cutFlow(cutFlowTable(), truthSplitMarkdown())
                .files(d -> {
                    AtomicFiles.writeString(d.resolve("limits.csv"), limitsCsv());
                    AtomicFiles.writeString(d.resolve("xl_histograms.csv"), histogramsCsv());
                    writePlots(d);
                    writeHepData(d.resolve("hepdata"));
                })
                .summary(summary());
        for (MassPoint p : points) {
            out.workspace("taualpha_" + p.channel().label() + "_" + SignalGrid.massTag(p.mass()), p.workspace());
        }
        return out;
    }

    private double cl(int k) {
        return cfg.fit().cls()[k];
    }

    private static boolean has(MassPoint p, double cl) {
        TauAlphaFit.Limit l = p.limit(cl);
        return l != null && l.converged();
    }

    // ---- tables ----

    /**
     * limits.csv: channel, m_alpha_gev, ul95_obs, ul95_exp, ul95_exp_m1, ul95_exp_p1, ul90_obs,
     * ul90_exp (limits on the branching-fraction ratio); empty cells where not computed.
     */
    String limitsCsv() {
        StringBuilder b =
                new StringBuilder("channel,m_alpha_gev,ul95_obs,ul95_exp,ul95_exp_m1,ul95_exp_p1,ul90_obs,ul90_exp\n");
        for (MassPoint p : points) {
            TauAlphaFit.Limit l95 = p.limit(0.95);
            TauAlphaFit.Limit l90 = p.limit(0.90);
            b.append(p.channel().label()).append(',').append(CutFlowTable.num(p.mass()));
            if (l95 != null && l95.converged()) {
                double[] e = l95.expected();
                b.append(',')
                        .append(CutFlowTable.num(l95.observed()))
                        .append(',')
                        .append(CutFlowTable.num(e[2]));
                b.append(',').append(CutFlowTable.num(e[1])).append(',').append(CutFlowTable.num(e[3]));
            } else {
                b.append(",,,,");
            }
            if (l90 != null && l90.converged()) {
                b.append(',')
                        .append(CutFlowTable.num(l90.observed()))
                        .append(',')
                        .append(CutFlowTable.num(l90.expected()[2]));
            } else {
                b.append(",,");
            }
            b.append('\n');
        }
        return b.toString();
    }

    CutFlowTable cutFlowTable() {
        CutFlowTable.Builder t = CutFlowTable.builder(
                TITLE, ctx.luminosityFb(), "generated events with one tau -> l alpha", quick, NOT_MODELLED);
        for (LeptonChannel c : LeptonChannel.values()) {
            List<SampleOutcome<ChannelResults<LeptonChannel>>> sig = signals.stream()
                    .filter(x -> x.channel() == c)
                    .map(SignalOutcome::outcome)
                    .toList();
            t.channel(c.label())
                    .columns(CutFlowTable.Kind.BACKGROUND, backgroundColumns(), c)
                    .columns(CutFlowTable.Kind.SIGNAL, sig, c);
        }
        return t.build();
    }

    private List<SampleOutcome<ChannelResults<LeptonChannel>>> backgroundColumns() {
        List<SampleOutcome<ChannelResults<LeptonChannel>>> cols = new ArrayList<>();
        cols.add(tautau);
        cols.addAll(others);
        return cols;
    }

    /** How the selected τ pairs split by truth, per channel (appended to cutflow.md). */
    String truthSplitMarkdown() {
        StringBuilder b = new StringBuilder();
        for (LeptonChannel c : LeptonChannel.values()) {
            ChannelHists h = hists.get(c);
            b.append(String.format(
                    Locale.ROOT,
                    "LeptonChannel %s: selected tau pairs split by truth: tau -> %s nu nu %.4g, other tau decays %.4g; "
                            + "eps(tau -> %s nu nu, 3x1) = %.4g%%.%n",
                    c.label(),
                    c.label(),
                    h.backgrounds().get(0).nominal().integral(true),
                    h.backgrounds().get(1).nominal().integral(true),
                    c.label(),
                    100 * h.lnunuEfficiency()));
            b.append("Selected background besides tau -> ").append(c.label()).append(" nu nu:");
            for (TauAlphaFit.Template t :
                    h.backgrounds().subList(1, h.backgrounds().size())) {
                double n = t.nominal().integral(true);
                b.append(String.format(
                        Locale.ROOT,
                        " %s %.4g (%.1f%%);",
                        t.name(),
                        n,
                        100 * backgroundShares(h).get(t.name())));
            }
            b.append('\n');
        }
        return b.toString();
    }

    /**
     * Each fit template's share of the selected events that are not τ → ℓνν (the background to the
     * SM spectrum): τ background, q q̄ continuum, QED.
     */
    static Map<String, Double> backgroundShares(ChannelHists h) {
        Map<String, Double> out = new LinkedHashMap<>();
        double total = 0;
        for (TauAlphaFit.Template t : h.backgrounds().subList(1, h.backgrounds().size())) {
            total += t.nominal().integral(true);
        }
        for (TauAlphaFit.Template t : h.backgrounds().subList(1, h.backgrounds().size())) {
            out.put(t.name(), total > 0 ? t.nominal().integral(true) / total : 0.0);
        }
        return out;
    }

    /** The x_ℓ templates and pseudo-data per channel, one row per bin. */
    String histogramsCsv() {
        StringBuilder b = new StringBuilder("channel,x_lo,x_hi,sample,events,error\n");
        for (LeptonChannel c : LeptonChannel.values()) {
            ChannelHists h = hists.get(c);
            for (TauAlphaFit.Template t : h.backgrounds()) {
                rows(b, c, t.name(), t.nominal());
            }
            rows(b, c, "pseudo_data", h.data());
            for (SignalOutcome s : signals) {
                if (s.channel() == c) {
                    rows(b, c, "signal_" + SignalGrid.massTag(s.mass()) + "_ratio1", signalHist(s, 1.0));
                }
            }
        }
        return b.toString();
    }

    private void rows(StringBuilder b, LeptonChannel c, String name, Hist1D h) {
        for (int i = 0; i < h.bins(); i++) {
            b.append(c.label())
                    .append(',')
                    .append(CutFlowTable.num(axis.edge(i)))
                    .append(',')
                    .append(CutFlowTable.num(axis.edge(i + 1)))
                    .append(',')
                    .append(name)
                    .append(',')
                    .append(CutFlowTable.num(h.content(i)))
                    .append(',')
                    .append(CutFlowTable.num(h.error(i)))
                    .append('\n');
        }
    }

    private Hist1D signalHist(SignalOutcome s, double ratio) {
        return io.upsilon.searches.Histograms.fill(
                axis, s.outcome().result().events(s.channel()), 2 * cfg.signal().brLNuNu(s.channel()) * ratio);
    }

    // ---- plots ----

    private PlotLabels labels() {
        return ctx.plotLabels();
    }

    private void writePlots(Path d) {
        for (LeptonChannel c : LeptonChannel.values()) {
            String l = c == LeptonChannel.E ? "e" : "μ";
            for (int k = 0; k < cfg.fit().cls().length; k++) {
                double cl = cl(k);
                List<LimitPoint> lp = limitPoints(c, cl);
                if (lp.size() >= 2) {
                    BrazilPlot plot = BrazilPlot.builder(lp)
                            .xLabel("m_{α} [GeV]")
                            .yLabel("B(τ → " + l + "α) / B(τ → " + l + "νν)")
                            .labels(labels().withLine(String.format(
                                    Locale.ROOT, "%.0f%% CL upper limits (CLs, asymptotic)", 100 * cl)))
                            .build();
                    SearchOutput.writePlot(
                            d, plot.chart(), String.format(Locale.ROOT, "limits_%s_cl%.0f", c.label(), 100 * cl));
                }
            }
            SearchOutput.writePlot(d, spectrumPlot(c).chart(), "xl_" + c.label());
        }
    }

    private List<LimitPoint> limitPoints(LeptonChannel c, double cl) {
        List<LimitPoint> out = new ArrayList<>();
        for (MassPoint p : points) {
            if (p.channel() == c && has(p, cl)) {
                TauAlphaFit.Limit l = p.limit(cl);
                out.add(LimitPoint.of(p.mass(), l.observed(), l.expected()));
            }
        }
        return out;
    }

    private StackedHistogramPlot spectrumPlot(LeptonChannel c) {
        String l = c == LeptonChannel.E ? "e" : "μ";
        StackedHistogramPlot.Builder b = StackedHistogramPlot.builder()
                .xLabel("x_{" + l + "} = 2E*_{" + l + "}/m_{τ} (τ pseudo-rest frame)", "")
                .labels(labels().withLine("τ → " + l + " + missing, 3-prong tag"))
                .logY(false);
        ChannelHists h = hists.get(c);
        for (TauAlphaFit.Template t : h.backgrounds()) {
            if (t.nominal().integral(true) > 0) {
                b.background(HistSeries.of(legend(c, t.name()), t.nominal()));
            }
        }
        for (SignalOutcome s : signals) {
            if (s.channel() == c && isPlotMass(s.mass())) {
                b.signal(HistSeries.of(
                        String.format(
                                Locale.ROOT,
                                "τ → %sα, m_α = %s GeV, ratio = %s",
                                l,
                                PlotLabels.formatNumber(s.mass()),
                                PlotLabels.formatNumber(PLOT_RATIO)),
                        signalHist(s, PLOT_RATIO)));
            }
        }
        b.data(HistSeries.of("pseudo-data (SM only)", h.data()));
        return b.build();
    }

    private String legend(LeptonChannel c, String name) {
        String l = c == LeptonChannel.E ? "e" : "μ";
        if (name.equals("lnunu")) {
            return "τ → " + l + "νν (SM)";
        }
        if (name.equals("taubkg")) {
            return "other τ decays (mis-ID)";
        }
        for (SampleOutcome<ChannelResults<LeptonChannel>> o : others) {
            if (o.name().equals(name)) {
                return o.label();
            }
        }
        return name;
    }

    private boolean isPlotMass(double m) {
        for (double x : cfg.signal().grid().plotMasses()) {
            if (x == m) {
                return true;
            }
        }
        return false;
    }

    // ---- workspaces, HEPData, summary ----

    private void writeHepData(Path dir) {
        List<HepDataTable> tables = new ArrayList<>();
        for (LeptonChannel c : LeptonChannel.values()) {
            for (int k = 0; k < cfg.fit().cls().length; k++) {
                double cl = cl(k);
                List<LimitPoint> lp = limitPoints(c, cl);
                if (lp.isEmpty()) {
                    continue;
                }
                var q = HepDataTables.limitQualifiers(100 * cl, beam.sqrtS(), ctx.luminosityFb());
                String l = c == LeptonChannel.E ? "E" : "MU";
                Map<String, List<String>> keywords = Map.of(
                        "observables", List.of("BR"),
                        "reactions", List.of("TAU- --> " + l + "- ALPHA"),
                        "phrases", List.of("Lepton flavour violation", "Invisible decay", "Upper limit"));
                tables.add(HepDataTables.limits(
                        String.format(Locale.ROOT, "limits_%s_cl%.0f.yaml", c.label(), 100 * cl),
                        String.format(Locale.ROOT, "%.0f%% CL limits, tau -> %s alpha", 100 * cl, c.label()),
                        "Upper limits on B(tau -> " + c.label() + " alpha)/B(tau -> " + c.label()
                                + " nu nu) vs m(alpha), CLs asymptotic, observed on a pseudo-dataset drawn from the"
                                + " SM model (Upsilon simulation; backgrounds: tau pairs, q qbar continuum, QED).",
                        lp,
                        "m(alpha)",
                        "",
                        q,
                        keywords));
            }
        }
        if (!tables.isEmpty()) {
            new HepDataSubmission(
                            "Upsilon reproduction of the Belle II tau -> l alpha search (PRL 130, 181803)", tables)
                    .write(dir);
        }
    }

    private Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cls", cfg.fit().cls());
        m.put("not_modelled", List.of(NOT_MODELLED));
        Map<String, Object> ch = new LinkedHashMap<>();
        for (LeptonChannel c : LeptonChannel.values()) {
            ChannelHists h = hists.get(c);
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("lnunu_expected", h.backgrounds().get(0).nominal().integral(true));
            o.put("taubkg_expected", h.backgrounds().get(1).nominal().integral(true));
            o.put("lnunu_efficiency", h.lnunuEfficiency());
            Map<String, Object> shares = new LinkedHashMap<>();
            backgroundShares(h).forEach(shares::put);
            o.put("background_share", shares);
            o.put("pseudo_data_events", h.data().integral(true));
            ch.put(c.label(), o);
        }
        m.put("channels", ch);
        List<Map<String, Object>> pts = new ArrayList<>();
        for (MassPoint p : points) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("channel", p.channel().label());
            o.put("m_alpha_gev", p.mass());
            o.put("efficiency", p.efficiency());
            o.put("efficiency_err", p.efficiencyError());
            o.put("signal_events_at_ratio_1", p.signalAtRatio1());
            o.put("selected_mc_events", p.selectedMc());
            for (TauAlphaFit.Limit l : p.limits()) {
                String k = String.format(Locale.ROOT, "ul%.0f", 100 * l.cl());
                o.put(k + "_obs", l.observed());
                o.put(k + "_exp", l.expected());
                o.put(k + "_converged", l.converged());
            }
            pts.add(o);
        }
        m.put("mass_points", pts);
        List<Map<String, Object>> cl = new ArrayList<>();
        for (Closure c : closures) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("channel", c.channel().label());
            o.put("m_alpha_gev", c.mass());
            o.put("injected_ratio", c.injected());
            o.put("fitted_ratio", c.fit().muHat());
            o.put("fitted_ratio_err", c.fit().error());
            o.put("pull", c.pull());
            o.put("converged", c.fit().converged());
            cl.add(o);
        }
        m.put("closure", cl);
        return m;
    }

    /** A short table for the terminal. */
    String terminalSummary(SearchOutput out) {
        TextTable t = TextTable.of("ch", "m [GeV]", "eff [%]", "UL95 exp", "UL95 obs", "UL90 exp");
        for (MassPoint p : points) {
            TauAlphaFit.Limit l95 = p.limit(0.95);
            TauAlphaFit.Limit l90 = p.limit(0.90);
            t.row(
                    "%s\t%.2f\t%.3f\t%.4g\t%.4g\t%.4g",
                    p.channel().label(),
                    p.mass(),
                    100 * p.efficiency(),
                    l95 == null ? Double.NaN : l95.expected()[2],
                    l95 == null ? Double.NaN : l95.observed(),
                    l90 == null ? Double.NaN : l90.expected()[2]);
        }
        StringBuilder b = new StringBuilder(out.terminalHeader(points.size() + " fits")).append(t);
        for (Closure c : closures) {
            b.append(String.format(
                    Locale.ROOT,
                    "closure %s, m = %s GeV: injected %.4g, fitted %.4g ± %.2g (pull %.2f)%n",
                    c.channel().label(),
                    CutFlowTable.num(c.mass()),
                    c.injected(),
                    c.fit().muHat(),
                    c.fit().error(),
                    c.pull()));
        }
        return b.toString();
    }
}
