package io.upsilon.searches.taumass;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.upsilon.analysis.output.AtomicFiles;
import io.upsilon.analysis.output.hepdata.HepDataSubmission;
import io.upsilon.analysis.output.hepdata.HepDataTables;
import io.upsilon.analysis.output.hepdata.Qualifier;
import io.upsilon.analysis.output.plot.Curve;
import io.upsilon.analysis.output.plot.HistSeries;
import io.upsilon.analysis.output.plot.HistogramPlot;
import io.upsilon.analysis.output.plot.PlotLabels;
import io.upsilon.analysis.output.report.Table;
import io.upsilon.core.beam.Beam;
import io.upsilon.core.hist.Axis;
import io.upsilon.core.hist.Hist1D;
import io.upsilon.searches.CutFlow;
import io.upsilon.searches.CutFlowTable;
import io.upsilon.searches.RunContext;
import io.upsilon.searches.SampleOutcome;
import io.upsilon.searches.SearchOutput;
import io.upsilon.searches.SelectionResult;
import io.upsilon.searches.taumass.TauMassSearch.MassSample;
import io.upsilon.searches.taumass.TauMassSearch.Measurement;
import io.upsilon.searches.taumass.TauMassSearch.Systematic;
import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/** Writes the τ-mass measurement's outputs into one directory, atomically (all files or none). */
final class TauMassReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int CURVE_POINTS = 400;

    private final TauMassConfig cfg;
    private final RunContext ctx;
    private final Beam beam;
    private final boolean quick;
    private final double sigmaNb;
    private final List<MassSample> samples;
    private final List<SampleOutcome<SelectionResult>> backgrounds;
    private final Measurement m;

    TauMassReport(
            TauMassConfig cfg,
            RunContext ctx,
            double sigmaNb,
            MassSample data,
            MassSample calibration,
            MassSample closure,
            List<SampleOutcome<SelectionResult>> backgrounds,
            Measurement m) {
        this.cfg = cfg;
        this.ctx = ctx;
        this.beam = ctx.beam();
        this.quick = ctx.quick();
        this.sigmaNb = sigmaNb;
        this.samples = List.of(data, calibration, closure);
        this.backgrounds = List.copyOf(backgrounds);
        this.m = m;
    }

    private MassSample data() {
        return samples.get(0);
    }

    /** Title of the tables and the terminal summary. */
    static final String TITLE = "tau mass";

    /** The run's outputs. */
    SearchOutput output() {
        return SearchOutput.of(ctx, TITLE, TauMassSearch.DESCRIPTION)
                .resultsTable(resultsTable())
                .figure("mmin_fit.png", "M_min of the pseudo-data with the endpoint-function fit")
                .samples(allOutcomes())
                .cutFlow(cutFlowTable(), fitWindowMarkdown())
                .files(d -> {
                    AtomicFiles.writeString(d.resolve("result.json"), resultJson());
                    AtomicFiles.writeString(d.resolve("mmin_histogram.csv"), histogramCsv());
                    SearchOutput.writePlot(d, plot().chart(), "mmin_fit");
                    writeHepData(d.resolve("hepdata"));
                })
                .summary(summary());
    }

    private List<SampleOutcome<SelectionResult>> allOutcomes() {
        List<SampleOutcome<SelectionResult>> all = new ArrayList<>();
        samples.forEach(x -> all.add(x.outcome()));
        all.addAll(backgrounds);
        return all;
    }

    /** Expected background (non-τ-pair) events in the fit window of a sample, and their share. */
    private Map<String, Object> windowComposition(MassSample s) {
        double tau = s.windowYield(true, cfg.fit().lo(), cfg.fit().hi());
        double bkg = s.windowYield(false, cfg.fit().lo(), cfg.fit().hi());
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("tau_pairs_expected", tau);
        o.put("background_expected", bkg);
        int mc = 0;
        for (int i = 0; i < s.background().size(); i++) {
            double x = s.background().observable(i);
            mc += x >= cfg.fit().lo() && x <= cfg.fit().hi() ? 1 : 0;
        }
        int resampled = 0;
        for (int i = s.tauPairEvents(); i < s.fitted().size(); i++) {
            double x = s.fitted().observable(i);
            resampled += x >= cfg.fit().lo() && x <= cfg.fit().hi() ? 1 : 0;
        }
        o.put("background_mc_events", mc);
        o.put("background_resampled_events", resampled);
        o.put("background_kernel_width_gev", s.bandwidth());
        o.put("background_share", tau + bkg > 0 ? bkg / (tau + bkg) : 0.0);
        return o;
    }

    // ---- result.json ----

    /** The headline numbers as the report page's table. */
    Table resultsTable() {
        double total2 = 0;
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(
                "m_tau (bias-corrected)",
                TauMassSearch.mev(m.mTau()),
                TauMassSearch.mev(m.data().p1Error())));
        rows.add(List.of(
                "statistical error at " + CutFlowTable.num(ctx.luminosityFb()) + " fb^-1 (scaled)",
                "",
                TauMassSearch.mev(m.data().p1Error() * Math.sqrt(data().fraction()))));
        rows.add(List.of("generated m_tau", TauMassSearch.mev(m.inputMass()), ""));
        rows.add(List.of(
                "endpoint p1 of the pseudo-data",
                TauMassSearch.mev(m.data().p1()),
                TauMassSearch.mev(m.data().p1Error())));
        rows.add(List.of(
                "estimator bias (calibration sample)", TauMassSearch.mev(m.bias()), TauMassSearch.mev(m.biasError())));
        for (Systematic sy : m.systematics()) {
            rows.add(List.of("systematic: " + sy.name(), "", TauMassSearch.mev(sy.quoted())));
            total2 += sy.quoted() * sy.quoted();
        }
        rows.add(List.of("systematic: total", "", TauMassSearch.mev(Math.sqrt(total2))));
        rows.add(List.of(
                "closure: corrected - input (pull)",
                TauMassSearch.mev(m.closureMass() - m.closureInputMass()),
                String.format(Locale.ROOT, "%s (%.2f)", TauMassSearch.mev(m.closureError()), m.closurePull())));
        return Table.of(List.of("quantity", "value [MeV]", "error [MeV]"), rows).withCaption("result.json");
    }

    /** The measurement as an ordered map (also the body of result.json). */
    Map<String, Object> result() {
        Map<String, Object> r = new LinkedHashMap<>();
        double f = data().fraction();
        r.put("analysis", TauMassSearch.NAME);
        r.put("quick", quick);
        r.put("m_tau_fit_gev", m.mTau());
        r.put("stat_err_gev", m.data().p1Error());
        r.put("stat_err_note", "Hessian error of p1 on the generated fraction of the luminosity");
        r.put("data_luminosity_fraction", f);
        r.put("data_luminosity_fb", f * ctx.luminosityFb());
        r.put("stat_err_extrapolated_gev", m.data().p1Error() * Math.sqrt(f));
        r.put(
                "stat_err_extrapolated_note",
                "stat_err_gev x sqrt(fraction): expected statistical error at the full "
                        + CutFlowTable.num(ctx.luminosityFb()) + " fb^-1");
        r.put("m_tau_input_gev", m.inputMass());
        r.put("p1_data_gev", m.data().p1());
        r.put("bias_gev", m.bias());
        r.put("bias_err_gev", m.biasError());
        r.put("p1_calibration_gev", m.calibration().p1());
        Map<String, Object> sy = new LinkedHashMap<>();
        double total2 = 0;
        for (Systematic s : m.systematics()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("shift", s.size());
            o.put("shift_unit", s.name().equals("beam_energy") ? "GeV (assumed E*_beam)" : "relative (track momenta)");
            o.put("delta_p1_up_gev", s.up());
            o.put("delta_p1_down_gev", s.down());
            o.put("quoted_gev", s.quoted());
            sy.put(s.name(), o);
            r.put("syst_" + s.name() + "_gev", s.quoted());
            total2 += s.quoted() * s.quoted();
        }
        r.put("syst_total_gev", Math.sqrt(total2));
        r.put("systematics", sy);
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("m_tau_input_gev", m.closureInputMass());
        c.put("p1_gev", m.closure().p1());
        c.put("m_tau_corrected_gev", m.closureMass());
        c.put("err_gev", m.closureError());
        c.put("pull", m.closurePull());
        r.put("closure", c);
        Map<String, Object> fits = new LinkedHashMap<>();
        fits.put("data", fitMap(m.data()));
        fits.put("calibration", fitMap(m.calibration()));
        fits.put("closure", fitMap(m.closure()));
        r.put("fits", fits);
        Map<String, Object> window = new LinkedHashMap<>();
        for (MassSample x : samples) {
            window.put(x.name(), windowComposition(x));
        }
        r.put("backgrounds", backgrounds.stream().map(SampleOutcome::name).toList());
        r.put("fit_window_composition", window);
        r.put("fit_window_gev", new double[] {cfg.fit().lo(), cfg.fit().hi()});
        CutFlow flow = data().result().flow();
        int last = flow.steps().size() - 1;
        r.put("selected_events_expected", flow.weight(last));
        r.put("selection_efficiency", flow.efficiency(last));
        r.put("not_modelled", notModelled());
        return r;
    }

    private static List<String> notModelled() {
        return List.of(
                "e+e- -> B Bbar (the y4s-bbbar generator exists but is not yet a background sample here)",
                "QED and two-photon backgrounds (not generated; removed by the 3x1 four-track topology in the paper)",
                "pi0 reconstruction (signal-hemisphere photon veto instead; no tag-side pi0 requirement)",
                "systematics other than beam energy and momentum scale (misalignment, fit model, material, ISR/FSR"
                        + " modelling, background normalisation)");
    }

    private static Map<String, Object> fitMap(EndpointFit.Outcome o) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("status", o.result().status().toString());
        f.put("message", o.result().message());
        f.put("width_fixed", o.widthFixed());
        f.put("events", o.events());
        f.put("candidates", o.candidates());
        f.put("unweighting_efficiency", o.unweightingEfficiency());
        for (String p : List.of(EndpointFit.P1, EndpointFit.P2, EndpointFit.P3, EndpointFit.P4, EndpointFit.P5)) {
            f.put(p, o.result().value(p));
            f.put(p + "_err", o.result().error(p));
        }
        return f;
    }

    String resultJson() {
        try {
            return JSON.writeValueAsString(result()) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- cut flow ----

    CutFlowTable cutFlowTable() {
        CutFlowTable.Builder t = CutFlowTable.builder(
                TITLE,
                String.format(
                        Locale.ROOT,
                        "Expected events at %s fb^-1 (weights scaled to the luminosity) of the pseudo-data, bias-calibration"
                                + " and closure samples (%.4g, %.4g and %.4g of sigma x L generated, sigma(ee -> tau tau) ="
                                + " %.4f nb); MC events in cutflow.csv.",
                        CutFlowTable.num(ctx.luminosityFb()),
                        samples.get(0).fraction(),
                        samples.get(1).fraction(),
                        samples.get(2).fraction(),
                        sigmaNb));
        for (MassSample s : samples) {
            t.column(s.outcome(), CutFlowTable.Kind.BACKGROUND, s.result().flow());
        }
        for (SampleOutcome<SelectionResult> b : backgrounds) {
            t.column(b, CutFlowTable.Kind.BACKGROUND, b.result().flow());
        }
        return t.build();
    }

    /** The fit-window rows: unweighted events of the pseudo-data, background share per sample (appended to cutflow.md). */
    String fitWindowMarkdown() {
        StringBuilder b = new StringBuilder(String.format(
                Locale.ROOT,
                "Pseudo-data events with M_min in the fit window [%s, %s] GeV after unweighting: %d.%n",
                CutFlowTable.num(cfg.fit().lo()),
                CutFlowTable.num(cfg.fit().hi()),
                m.data().events()));
        if (!backgrounds.isEmpty()) {
            b.append(String.format(
                    Locale.ROOT,
                    "%nBackground (%s) in the fit window, expected events at %s fb^-1 (the three samples share the"
                            + " background events; one that outweighs the tau pairs enters the unweighted fit several"
                            + " times).%n%n",
                    String.join(
                            ", ", backgrounds.stream().map(SampleOutcome::label).toList()),
                    CutFlowTable.num(ctx.luminosityFb())));
            b.append("| sample | tau pairs | background | MC events | share |\n|---|---:|---:|---:|---:|\n");
            for (MassSample x : samples) {
                Map<String, Object> w = windowComposition(x);
                b.append(String.format(
                        Locale.ROOT,
                        "| %s | %.4g | %.4g | %d | %.3f%% |%n",
                        x.name(),
                        (double) w.get("tau_pairs_expected"),
                        (double) w.get("background_expected"),
                        (int) w.get("background_mc_events"),
                        100 * (double) w.get("background_share")));
            }
        }
        return b.toString();
    }

    // ---- plot ----

    private Axis plotAxis() {
        double width = cfg.fit().plotBinMev() * 1e-3;
        int bins = Math.max(1, (int) Math.round((cfg.fit().hi() - cfg.fit().lo()) / width));
        return Axis.regular(bins, cfg.fit().lo(), cfg.fit().hi());
    }

    Hist1D dataHistogram() {
        Hist1D h = new Hist1D(plotAxis());
        h.fill(m.data().values());
        return h;
    }

    String histogramCsv() {
        Hist1D h = dataHistogram();
        double[] edges = h.edges();
        DoubleUnaryOperator fitted = m.data().density();
        double n = m.data().events();
        StringBuilder b = new StringBuilder("mmin_lo_gev,mmin_hi_gev,events,fit_expected\n");
        for (int i = 0; i < h.bins(); i++) {
            double expected = n * integrate(fitted, edges[i], edges[i + 1]);
            b.append(CutFlowTable.num(edges[i]))
                    .append(',')
                    .append(CutFlowTable.num(edges[i + 1]))
                    .append(',')
                    .append(CutFlowTable.num(h.content(i)))
                    .append(',')
                    .append(CutFlowTable.num(expected))
                    .append('\n');
        }
        return b.toString();
    }

    /** Simpson's rule with 16 intervals (the density is smooth on a bin). */
    private static double integrate(DoubleUnaryOperator f, double a, double b) {
        int n = 16;
        double h = (b - a) / n;
        double s = f.applyAsDouble(a) + f.applyAsDouble(b);
        for (int i = 1; i < n; i++) {
            s += (i % 2 == 1 ? 4 : 2) * f.applyAsDouble(a + i * h);
        }
        return s * h / 3;
    }

    HistogramPlot plot() {
        Hist1D h = dataHistogram();
        double width = h.axis().width(0);
        DoubleUnaryOperator fitted = m.data().density();
        double n = m.data().events();
        double[] x = new double[CURVE_POINTS + 1];
        double[] y = new double[CURVE_POINTS + 1];
        for (int i = 0; i <= CURVE_POINTS; i++) {
            x[i] = cfg.fit().lo() + (cfg.fit().hi() - cfg.fit().lo()) * i / CURVE_POINTS;
            y[i] = n * width * fitted.applyAsDouble(x[i]);
        }
        PlotLabels labels = ctx.plotLabels()
                .withLine("e+e- → τ+τ−, τ → πππν (3x1)")
                .withLine(
                        String.format(Locale.ROOT, "pseudo-data: %.3g of the luminosity generated", data().fraction()))
                .withLine(String.format(
                        Locale.ROOT,
                        "p1 = %s ± %s MeV, m(τ) = p1 − bias = %s MeV",
                        TauMassSearch.mev(m.data().p1()),
                        TauMassSearch.mev(m.data().p1Error()),
                        TauMassSearch.mev(m.mTau())));
        return HistogramPlot.builder()
                .xLabel("M_{min} [GeV]")
                .yLabel("Events / (" + PlotLabels.formatNumber(width * 1e3) + " MeV)")
                .labels(labels)
                .histogram(HistSeries.of("pseudo-data (unweighted simulation)", h))
                .curve(Curve.solid("endpoint-function fit", x, y, new Color(0xD62728)))
                .build();
    }

    // ---- summary ----

    private Map<String, Object> summary() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("e_star_beam_gev", beam.eStarBeam());
        s.put("sigma_tautau_nb", sigmaNb);
        List<Map<String, Object>> list = new ArrayList<>();
        for (MassSample o : samples) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", o.name());
            e.put("input_tau_mass_gev", o.inputMass());
            e.put("luminosity_fraction", o.fraction());
            e.put("selected_mc_events", o.result().events().size());
            list.add(e);
        }
        s.put("sample_inputs", list);
        s.put("result", result());
        return s;
    }

    /** A short table for the terminal. */
    String terminalSummary(SearchOutput out) {
        StringBuilder b = new StringBuilder(out.terminalHeader("endpoint fits of 3 samples"));
        for (MassSample o : samples) {
            b.append(String.format(
                    Locale.ROOT,
                    "  %-12s m_in = %s MeV, %,9d selected%n",
                    o.name(),
                    TauMassSearch.mev(o.inputMass()),
                    o.result().events().size()));
        }
        b.append(String.format(
                Locale.ROOT,
                "  p1(data) = %s ± %s MeV (%d events in the window); bias = %s ± %s MeV%n",
                TauMassSearch.mev(m.data().p1()),
                TauMassSearch.mev(m.data().p1Error()),
                m.data().events(),
                TauMassSearch.mev(m.bias()),
                TauMassSearch.mev(m.biasError())));
        b.append(String.format(
                Locale.ROOT,
                "  m_tau = %s ± %s (stat; %s at %s fb^-1) MeV, input %s MeV%n",
                TauMassSearch.mev(m.mTau()),
                TauMassSearch.mev(m.data().p1Error()),
                TauMassSearch.mev(m.data().p1Error() * Math.sqrt(data().fraction())),
                CutFlowTable.num(ctx.luminosityFb()),
                TauMassSearch.mev(m.inputMass())));
        for (Systematic s : m.systematics()) {
            b.append(String.format(
                    Locale.ROOT,
                    "  syst %-15s %s MeV (up %s, down %s)%n",
                    s.name(),
                    TauMassSearch.mev(s.quoted()),
                    TauMassSearch.mev(s.up()),
                    TauMassSearch.mev(s.down())));
        }
        b.append(String.format(
                Locale.ROOT,
                "  closure: input %s MeV, corrected %s ± %s MeV, pull %.2f%n",
                TauMassSearch.mev(m.closureInputMass()),
                TauMassSearch.mev(m.closureMass()),
                TauMassSearch.mev(m.closureError()),
                m.closurePull()));
        return b.toString();
    }

    /** HEPData: the M_min distribution of the pseudo-data that the endpoint fit sees. */
    private void writeHepData(Path dir) {
        var table = HepDataTables.histogram(
                "mmin.yaml",
                "Pseudomass distribution",
                "M_min of the selected tau -> 3 pi nu hemispheres (3x1 topology) in the pseudo-dataset, the input of the "
                        + "unbinned endpoint fit (Upsilon simulation).",
                dataHistogram(),
                "M_min",
                "GeV",
                "Events",
                "",
                "stat",
                List.of(new Qualifier("SQRT(S)", String.valueOf(beam.sqrtS()), "GeV")),
                Map.of("observables", List.of("M"), "reactions", List.of("E+ E- --> TAU+ TAU-")));
        new HepDataSubmission(
                        "Upsilon reproduction of the Belle II tau mass measurement (PRD 108, 032006)", List.of(table))
                .write(dir);
    }
}
