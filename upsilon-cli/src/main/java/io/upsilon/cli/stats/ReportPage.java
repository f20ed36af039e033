package io.upsilon.cli.stats;

import io.upsilon.analysis.output.plot.ImpactsPlot;
import io.upsilon.analysis.output.report.Figure;
import io.upsilon.analysis.output.report.HtmlReport;
import io.upsilon.analysis.output.report.Table;
import io.upsilon.analysis.output.report.TableSection;
import io.upsilon.stats.fit.FitResult;
import io.upsilon.stats.infer.Impacts;
import io.upsilon.stats.model.Model;
import io.upsilon.stats.report.GoodnessOfFit;
import io.upsilon.stats.report.GroupedImpacts;
import io.upsilon.stats.report.LikelihoodScan;
import io.upsilon.stats.report.YieldTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the files of {@code upsilon stats report}: one JSON file and one plot (PNG and SVG) per
 * result, and report.html with the tables and the plots embedded.
 */
final class ReportPage {
    private final Model m;
    private final Path dir;
    private final int top;

    ReportPage(Model model, Path dir, int top) {
        this.m = model;
        this.dir = dir;
        this.top = top;
    }

    void write(
            FitResult fit,
            Impacts.Result impacts,
            YieldTable prefit,
            YieldTable postfit,
            GroupedImpacts.Result grouped,
            List<LikelihoodScan.Scan> scans1d,
            LikelihoodScan.Scan scan2,
            double[][] axes2,
            GoodnessOfFit.Result gof,
            Map<String, Object> provenance) {
        int poi = m.poiIndex();
        HtmlReport.Builder html = HtmlReport.builder("Post-fit report: " + m.poiName() + " in "
                + Path.of(String.valueOf(provenance.get("workspace"))).getFileName());
        html.description(String.format(
                Locale.ROOT,
                "%s = %s ± %s (Hessian error), fit status %s. %d channels, %d bins, %d parameters.",
                m.poiName(),
                num(fit.value(poi)),
                num(fit.errors()[poi]),
                fit.status().name(),
                m.channelNames().size(),
                m.mainBins(),
                m.size()));
        Map<String, Object> flat = new LinkedHashMap<>(provenance);
        flat.remove("fit_status");
        html.provenance(flat);

        // Yields.
        ReportCommand.writeJson(
                dir.resolve("yields.json"), Map.of("prefit", yieldsJson(prefit), "postfit", yieldsJson(postfit)));
        List<Table> yieldTables = new ArrayList<>();
        List<Figure> distributions = new ArrayList<>();
        for (int c = 0; c < postfit.channels().size(); c++) {
            YieldTable.ChannelYields pre = prefit.channels().get(c);
            YieldTable.ChannelYields post = postfit.channels().get(c);
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r < post.rows().size(); r++) {
                rows.add(List.of(
                        post.rows().get(r).name(),
                        pm(pre.rows().get(r).sum(), pre.rows().get(r).sumError()),
                        pm(post.rows().get(r).sum(), post.rows().get(r).sumError())));
            }
            rows.add(List.of(
                    "total",
                    pm(pre.total().sum(), pre.total().sumError()),
                    pm(post.total().sum(), post.total().sumError())));
            rows.add(List.of("data", num(post.dataSum()), num(post.dataSum())));
            yieldTables.add(Table.of(List.of("sample", "pre-fit", "post-fit"), rows)
                    .withCaption("Yields in channel " + post.channel() + " (all bins)"));
            // Index-only file names: published channel names run to 80 characters.
            String base = "channel" + c;
            distributions.add(new Figure(
                    ReportPlots.writeStack(pre, "pre-fit", dir, "prefit_" + base),
                    "Pre-fit distribution in " + post.channel() + "; band: constraint widths."));
            distributions.add(new Figure(
                    ReportPlots.writeStack(post, "post-fit", dir, "postfit_" + base),
                    "Post-fit distribution in " + post.channel() + "; band: full post-fit covariance."));
        }
        html.section(TableSection.results(
                "Yields",
                yieldTables.stream()
                        .map(t -> t.withNotes(List.of(
                                "Pre-fit errors from the constraint widths (free parameters contribute none); post-fit"
                                        + " errors from the full covariance of the fit, propagated through the model's"
                                        + " derivatives of the yields (correlations included).")))
                        .toList()));
        html.figures("Distributions", distributions);

        // Pulls.
        List<Impacts.Impact> constrained = impacts.ranking().stream()
                .filter(i -> Double.isFinite(i.pull()))
                .sorted(Comparator.comparingInt(Impacts.Impact::index))
                .toList();
        List<Impacts.Impact> free = impacts.ranking().stream()
                .filter(i -> !Double.isFinite(i.pull()))
                .sorted(Comparator.comparingInt(Impacts.Impact::index))
                .toList();
        List<Map<String, Object>> pullsJson = new ArrayList<>();
        List<List<String>> pullRows = new ArrayList<>();
        for (Impacts.Impact i : constrained) {
            pullsJson.add(Map.of(
                    "parameter",
                    i.name(),
                    "pull",
                    i.pull(),
                    "pull_error",
                    i.pullError(),
                    "value",
                    i.value(),
                    "error",
                    i.error()));
            pullRows.add(List.of(i.name(), fixed3(i.pull()), fixed3(i.pullError())));
        }
        List<Map<String, Object>> freeJson = new ArrayList<>();
        List<List<String>> freeRows = new ArrayList<>();
        freeJson.add(Map.of("parameter", m.poiName(), "value", fit.value(poi), "error", fit.errors()[poi]));
        freeRows.add(List.of(m.poiName() + " (POI)", pm(fit.value(poi), fit.errors()[poi])));
        for (Impacts.Impact i : free) {
            freeJson.add(Map.of("parameter", i.name(), "value", i.value(), "error", i.error()));
            freeRows.add(List.of(i.name(), pm(i.value(), i.error())));
        }
        ReportCommand.writeJson(dir.resolve("pulls.json"), Map.of("constrained", pullsJson, "free", freeJson));
        List<Figure> pullFigures = new ArrayList<>();
        if (!constrained.isEmpty()) {
            List<Impacts.Impact> shown = constrained.stream()
                    .sorted(Comparator.comparingDouble((Impacts.Impact i) -> -Math.abs(i.pull())))
                    .limit(top > 0 ? top : constrained.size())
                    .toList();
            pullFigures.add(new Figure(
                    ReportPlots.write(
                            ReportPlots.pulls(shown), 800, ReportPlots.pullsHeight(shown.size()), dir, "pulls"),
                    shown.size() + " of " + constrained.size()
                            + " constrained parameters, largest |pull| first: (θ̂ − θ₀)/Δθ with the post-fit error"
                            + " in units of the pre-fit width Δθ; bands ±1 and ±2."));
        }
        // The plot first: the table of a published likelihood has hundreds of rows.
        if (!pullFigures.isEmpty()) {
            html.figures("Pull plot", pullFigures);
        }
        html.section(TableSection.results(
                "Pulls",
                List.of(
                        Table.of(List.of("constrained parameter", "pull", "post-fit error / pre-fit width"), pullRows)
                                .withCaption("Pulls of the constrained nuisance parameters"),
                        Table.of(List.of("free parameter", "post-fit value"), freeRows)
                                .withCaption("Free parameters"))));

        // Impacts.
        List<Map<String, Object>> rankJson = new ArrayList<>();
        List<List<String>> rankRows = new ArrayList<>();
        int rank = 0;
        for (Impacts.Impact i : impacts.ranking()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("parameter", i.name());
            r.put("prefit_up", i.prefitUp());
            r.put("prefit_down", i.prefitDown());
            r.put("postfit_up", i.postfitUp());
            r.put("postfit_down", i.postfitDown());
            rankJson.add(r);
            if (top == 0 || rank < top) {
                rankRows.add(List.of(
                        Integer.toString(++rank),
                        i.name(),
                        num(i.prefitUp()),
                        num(i.prefitDown()),
                        num(i.postfitUp()),
                        num(i.postfitDown())));
            }
        }
        List<Map<String, Object>> groupJson = new ArrayList<>();
        List<List<String>> groupRows = new ArrayList<>();
        for (GroupedImpacts.GroupImpact g : grouped.groups()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("group", g.group());
            r.put("parameters", g.parameters().size());
            r.put("poi_error_group_fixed", g.poiErrorFixed());
            r.put("impact", g.impact());
            r.put("fit_status", g.fit().status().name());
            groupJson.add(r);
            groupRows.add(List.of(
                    g.group(), Integer.toString(g.parameters().size()), num(g.poiErrorFixed()), num(g.impact())));
        }
        Map<String, Object> impactsJson = new LinkedHashMap<>();
        impactsJson.put("poi", m.poiName());
        impactsJson.put("poi_value", fit.value(poi));
        impactsJson.put("poi_error", fit.errors()[poi]);
        impactsJson.put("poi_at_bound", impacts.poiAtBound());
        impactsJson.put("ranking", rankJson);
        impactsJson.put("grouped", groupJson);
        ReportCommand.writeJson(dir.resolve("impacts.json"), impactsJson);
        List<Figure> impactFigures = new ArrayList<>();
        if (!impacts.ranking().isEmpty()) {
            ImpactsPlot ranking = ImpactsPlots.plot(m, impacts, top);
            impactFigures.add(new Figure(
                    ReportPlots.write(ranking.chart(), ImpactsPlot.WIDTH, ranking.height(), dir, "impacts"),
                    "Ranking by post-fit impact: shift of " + m.poiName() + " with a parameter at ±1 pre-fit width"
                            + " (open) and ±1 post-fit error (filled), with the pulls."));
        }
        if (!grouped.groups().isEmpty()) {
            impactFigures.add(new Figure(
                    ReportPlots.write(
                            ReportPlots.grouped(grouped, m.poiName(), fit.value(poi)),
                            900,
                            ReportPlots.groupedHeight(grouped.groups().size()),
                            dir,
                            "grouped_impacts"),
                    "Grouped impacts: √(σ² − σ²_fixed), σ_fixed the error of " + m.poiName()
                            + " with the group's parameters fixed at their best-fit values."));
        }
        html.section(TableSection.results(
                "Impacts",
                List.of(
                        Table.of(
                                        List.of(
                                                "group",
                                                "parameters",
                                                "σ(" + m.poiName() + ") with group fixed",
                                                "impact"),
                                        groupRows)
                                .withCaption(
                                        "Grouped impacts on " + m.poiName() + " (σ = " + num(grouped.poiError()) + ")")
                                .withNotes(
                                        List.of(
                                                "Impact = √(σ² − σ²_fixed), the quadrature difference of the POI's Hessian"
                                                        + " error with the group free and fixed at its best-fit values (as cabinetry)."
                                                        + " The group of all nuisance parameters leaves the statistical error.")),
                        Table.of(
                                        List.of(
                                                "rank",
                                                "parameter",
                                                "pre-fit +1σ",
                                                "pre-fit −1σ",
                                                "post-fit +1σ",
                                                "post-fit −1σ"),
                                        rankRows)
                                .withCaption("Impact ranking: shift of " + m.poiName()
                                        + (top > 0 ? " (top " + top + ")" : "")))));
        html.figures("Impact plots", impactFigures);

        // Scans.
        List<Figure> scanFigures = new ArrayList<>();
        List<List<String>> scanRows = new ArrayList<>();
        List<Object> scansJson = new ArrayList<>();
        for (LikelihoodScan.Scan s : scans1d) {
            String name = s.parameters().get(0);
            scansJson.add(scanJson(s));
            double[] interval = interval(s);
            scanRows.add(List.of(
                    name,
                    num(s.best()[0]),
                    num(interval[0]),
                    num(interval[1]),
                    Long.toString(ReportCommand.failedPoints(s))));
            scanFigures.add(new Figure(
                    ReportPlots.write(ReportPlots.scan1d(s), 800, 600, dir, "scan_" + safe(name)),
                    "Profile likelihood scan of " + name + " (other parameters refitted at every point)."));
        }
        if (scan2 != null) {
            scansJson.add(scanJson(scan2));
            scanFigures.add(new Figure(
                    ReportPlots.write(ReportPlots.scan2d(scan2, axes2[0], axes2[1]), 850, 650, dir, "scan2d"),
                    "2D profile likelihood scan of " + String.join(" and ", scan2.parameters()) + " on a "
                            + axes2[0].length + " × " + axes2[1].length + " grid (circle: best fit)."));
        }
        ReportCommand.writeJson(dir.resolve("scans.json"), scansJson);
        html.section(TableSection.results(
                "Likelihood scans",
                List.of(Table.of(List.of("parameter", "best fit", "68% CL low", "68% CL high", "failed fits"), scanRows)
                        .withCaption(
                                "Profile likelihood intervals (−2 Δ ln L = 1, linear interpolation between points)"))));
        html.figures("Scan plots", scanFigures);

        // Goodness of fit.
        List<List<String>> gofRows = new ArrayList<>();
        List<Object> gofJson = new ArrayList<>();
        for (GoodnessOfFit.Entry e : gof.channels()) {
            gofRows.add(List.of(e.name(), num(e.t()), Integer.toString(e.ndof()), num(e.pValue())));
            gofJson.add(e);
        }
        GoodnessOfFit.Entry total = gof.total();
        gofRows.add(List.of("total", num(total.t()), Integer.toString(total.ndof()), num(total.pValue())));
        ReportCommand.writeJson(
                dir.resolve("gof.json"),
                Map.of(
                        "channels",
                        gofJson,
                        "total",
                        total,
                        "unconstrained_parameters",
                        gof.unconstrainedParameters(),
                        "method",
                        "saturated model; asymptotic chi2 with bins - unconstrained parameters degrees of freedom"));
        html.section(TableSection.results(
                "Goodness of fit",
                List.of(Table.of(List.of("channel", "t (saturated)", "ndof", "p-value"), gofRows)
                        .withCaption("Saturated-model test")
                        .withNotes(List.of(
                                "t = 2 Σ [λ − n + n ln(n/λ)] over the bins (Baker and Cousins 1984). The p-values are"
                                        + " asymptotic: χ² with bins − unconstrained free parameters (total: "
                                        + gof.unconstrainedParameters() + " subtracted) degrees of freedom;"
                                        + " per channel the bin count (shared parameters not subtracted)."
                                        + " Approximate for small counts.")))));

        // Fit status and provenance.
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> fits =
                (Map<String, Map<String, Object>>) ((Map<String, Object>) provenance.get("fit_status")).get("fits");
        List<List<String>> statusRows = new ArrayList<>();
        for (var e : fits.entrySet()) {
            statusRows.add(List.of(
                    e.getKey(),
                    String.valueOf(e.getValue().get("status")),
                    String.valueOf(e.getValue().get("diagnosis"))));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> scanStatus =
                (Map<String, Object>) ((Map<String, Object>) provenance.get("fit_status")).get("scans");
        scanStatus.forEach((k, v) -> statusRows.add(List.of(k, String.valueOf(v), "")));
        html.section(TableSection.results(
                "Fit status",
                List.of(Table.of(List.of("fit", "status", "diagnosis"), statusRows)
                        .withCaption("Every fit behind the report"))));
        ReportCommand.writeJson(dir.resolve("provenance.json"), provenance);
        html.build().write(dir.resolve("report.html"));
    }

    private Map<String, Object> yieldsJson(YieldTable t) {
        List<Object> channels = new ArrayList<>();
        for (YieldTable.ChannelYields c : t.channels()) {
            Map<String, Object> ch = new LinkedHashMap<>();
            ch.put("channel", c.channel());
            List<Object> rows = new ArrayList<>();
            for (YieldTable.Row r : c.rows()) {
                rows.add(rowJson(r));
            }
            ch.put("samples", rows);
            ch.put("total", rowJson(c.total()));
            ch.put("data", c.data());
            channels.add(ch);
        }
        return Map.of("channels", channels);
    }

    private static Map<String, Object> rowJson(YieldTable.Row r) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("name", r.name());
        o.put("yields", r.yields());
        o.put("errors", r.errors());
        o.put("sum", r.sum());
        o.put("sum_error", r.sumError());
        return o;
    }

    private static Map<String, Object> scanJson(LikelihoodScan.Scan s) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("parameters", s.parameters());
        o.put("best", s.best());
        List<Object> pts = new ArrayList<>();
        for (LikelihoodScan.Point p : s.points()) {
            Map<String, Object> q = new LinkedHashMap<>();
            q.put("values", p.values());
            q.put("twice_delta_nll", Double.isFinite(p.twiceDeltaNll()) ? p.twiceDeltaNll() : null);
            q.put("status", p.fit().status().name());
            pts.add(q);
        }
        o.put("points", pts);
        return o;
    }

    /** Where the scan crosses 1 on either side of its minimum (linear interpolation), NaN if it does not. */
    static double[] interval(LikelihoodScan.Scan s) {
        List<LikelihoodScan.Point> p = s.points();
        int min = 0;
        for (int k = 0; k < p.size(); k++) {
            if (Double.isFinite(p.get(k).twiceDeltaNll())
                    && (!Double.isFinite(p.get(min).twiceDeltaNll())
                            || p.get(k).twiceDeltaNll() < p.get(min).twiceDeltaNll())) {
                min = k;
            }
        }
        double lo = Double.NaN;
        for (int k = min; k > 0; k--) {
            double a = p.get(k).twiceDeltaNll();
            double b = p.get(k - 1).twiceDeltaNll();
            if (a <= 1 && b > 1) {
                lo = cross(p.get(k).values()[0], a, p.get(k - 1).values()[0], b);
                break;
            }
        }
        double hi = Double.NaN;
        for (int k = min; k < p.size() - 1; k++) {
            double a = p.get(k).twiceDeltaNll();
            double b = p.get(k + 1).twiceDeltaNll();
            if (a <= 1 && b > 1) {
                hi = cross(p.get(k).values()[0], a, p.get(k + 1).values()[0], b);
                break;
            }
        }
        return new double[] {lo, hi};
    }

    private static double cross(double x0, double y0, double x1, double y1) {
        return x0 + (1 - y0) * (x1 - x0) / (y1 - y0);
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    /** Three decimals: pulls are in units of the pre-fit width. */
    static String fixed3(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "n/a";
    }

    static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4g", v) : "n/a";
    }

    /** A value and its error, both rounded to the error's second significant digit: "552.7 ± 15", "8627 ± 250". */
    static String pm(double v, double e) {
        if (!Double.isFinite(e) || e <= 0) {
            return num(v) + " ± " + (e == 0 ? "0" : "n/a");
        }
        int decimals = Math.max(0, 1 - (int) Math.floor(Math.log10(e)));
        if (decimals > 8) {
            return num(v) + " ± " + String.format(Locale.ROOT, "%.2g", e);
        }
        String f = "%." + decimals + "f";
        return String.format(Locale.ROOT, f + " ± " + f, v, e);
    }
}
