package io.upsilon.cli.reinterpret;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.upsilon.analysis.output.provenance.GitCommit;
import io.upsilon.analysis.output.provenance.Sha256;
import io.upsilon.analysis.output.provenance.UpsilonVersion;
import io.upsilon.core.error.InputException;
import io.upsilon.stats.reinterpret.MappingReader;
import io.upsilon.stats.reinterpret.ReinterpretMapping;
import io.upsilon.stats.workspace.Workspace;
import io.upsilon.stats.workspace.WorkspaceReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code upsilon reinterpret WS.json --mapping MAP.json --model NAME [--param k=v ...] [--scan
 * k=a:b:n ...] --out DIR}: re-weights the workspace's signal to each model point, refits, and
 * writes asymptotic CLs upper limits (observed and expected band) on the POI, the CLs of the point
 * itself and -2 ln of its likelihood ratio (docs/reinterpret.md).
 */
@Command(
        name = "reinterpret",
        mixinStandardHelpOptions = true,
        description = "Limits on new-physics models from a likelihood by re-weighting its signal templates.")
public final class ReinterpretCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Most points of one run (a grid of two scans multiplies). */
    static final int MAX_POINTS = 10_000;

    @Parameters(index = "0", paramLabel = "WS.json", description = "pyhf JSON workspace")
    Path workspace;

    @Option(names = "--mapping", required = true, paramLabel = "MAP.json", description = "reinterpretation mapping")
    Path mappingFile;

    @Option(names = "--model", required = true, description = "sm, wet or b-to-k-scalar")
    String modelName;

    @Option(names = "--param", paramLabel = "k=v", description = "a fixed model parameter (repeatable)")
    List<String> params = new ArrayList<>();

    @Option(
            names = "--scan",
            paramLabel = "k=a:b:n",
            description = "scan a parameter over n evenly spaced values from a to b (up to two: a grid)")
    List<String> scans = new ArrayList<>();

    @Option(
            names = "--cl",
            split = ",",
            defaultValue = "0.95",
            description = "confidence levels of the upper limits, e.g. 0.95,0.90")
    List<Double> cls = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output directory")
    Path out;

    @Option(
            names = "--label",
            description = "plot label lines (repeatable; the first is the bold one)",
            defaultValue = "Published likelihood, reinterpreted")
    List<String> label = new ArrayList<>();

    @Option(
            names = "--threads",
            description = "threads over the model points (default: available processors; same result for any)")
    Integer threads;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private record Scan(String name, double[] values) {}

    @Override
    public Integer call() {
        ReinterpretModel model = ReinterpretModel.of(modelName);
        for (double cl : cls) {
            if (!(cl > 0 && cl < 1)) {
                throw new InputException("--cl", "", "expected confidence levels in (0, 1), e.g. 0.95, got " + cl);
            }
        }
        int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (nThreads < 1) {
            throw new InputException("--threads", "", "expected at least 1, got " + nThreads);
        }
        Map<String, Double> fixed = parseParams();
        model.checkParameters(fixed, "--param");
        List<Scan> grid = parseScans();
        Map<String, Double> scanned = new LinkedHashMap<>();
        for (Scan s : grid) {
            scanned.put(s.name(), 0.0);
            if (fixed.containsKey(s.name())) {
                throw new InputException("--scan", s.name(), "is also given by --param");
            }
        }
        model.checkParameters(scanned, "--scan");
        Workspace ws = WorkspaceReader.read(workspace);
        ReinterpretMapping mapping = MappingReader.read(mappingFile);
        ReinterpretEngine engine = new ReinterpretEngine(workspace.toString(), ws, mapping);
        List<Map<String, Double>> points = points(model, fixed, grid);
        double[] levels = cls.stream().mapToDouble(Double::doubleValue).toArray();
        List<PointResult> results = engine.runAll(model, points, levels, nThreads);
        try {
            Files.createDirectories(out);
            Map<String, Object> body = json(model, mapping, results);
            Files.writeString(out.resolve("limits.json"), JSON.writeValueAsString(body) + "\n");
            Files.writeString(out.resolve("limits.csv"), csv(model, results));
            Files.writeString(out.resolve("provenance.json"), JSON.writeValueAsString(provenance()) + "\n");
        } catch (IOException e) {
            throw new InputException(out.toString(), "", "cannot write the outputs: " + e.getMessage(), e);
        }
        List<String> plots = plots(model, grid, results);
        PrintWriter w = spec.commandLine().getOut();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("points", results.size());
        summary.put("out", out.toString());
        summary.put("plots", plots);
        summary.put("mean_hypotest_ms", mean(results, true));
        summary.put("mean_limits_ms", mean(results, false));
        try {
            w.println(JSON.writeValueAsString(summary));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        w.flush();
        return 0;
    }

    private Map<String, Double> parseParams() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (String p : params) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new InputException("--param", p, "expected NAME=VALUE, e.g. m_x=1.5");
            }
            m.put(p.substring(0, eq), number(p.substring(eq + 1), "--param", p));
        }
        return m;
    }

    private static double number(String text, String option, String whole) {
        try {
            double v = Double.parseDouble(text.trim());
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new InputException(option, whole, "expected a finite number, got \"" + text + "\"");
        }
    }

    private List<Scan> parseScans() {
        if (scans.size() > 2) {
            throw new InputException("--scan", "", "at most two scans (a grid), got " + scans.size());
        }
        List<Scan> grid = new ArrayList<>();
        for (String s : scans) {
            int eq = s.indexOf('=');
            String[] parts = eq <= 0 ? new String[0] : s.substring(eq + 1).split(":");
            if (parts.length != 3) {
                throw new InputException("--scan", s, "expected NAME=FROM:TO:N, e.g. m_x=0:4.5:46");
            }
            double a = number(parts[0], "--scan", s);
            double b = number(parts[1], "--scan", s);
            int n;
            try {
                n = Integer.parseInt(parts[2].trim());
            } catch (NumberFormatException e) {
                throw new InputException("--scan", s, "expected a whole number of points, got \"" + parts[2] + "\"");
            }
            if (n < 1 || (n > 1 && !(b > a))) {
                throw new InputException("--scan", s, "expected N >= 1 and TO > FROM");
            }
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = n == 1 ? a : a + (b - a) * i / (n - 1);
            }
            grid.add(new Scan(s.substring(0, eq), v));
        }
        return grid;
    }

    private static List<Map<String, Double>> points(
            ReinterpretModel model, Map<String, Double> fixed, List<Scan> grid) {
        List<Map<String, Double>> pts = new ArrayList<>();
        pts.add(new LinkedHashMap<>(fixed));
        for (Scan s : grid) {
            if ((long) pts.size() * s.values().length > MAX_POINTS) {
                throw new InputException("--scan", s.name(), "more than " + MAX_POINTS + " points in all");
            }
            List<Map<String, Double>> next = new ArrayList<>();
            for (Map<String, Double> p : pts) {
                for (double v : s.values()) {
                    Map<String, Double> q = new LinkedHashMap<>(p);
                    q.put(s.name(), v);
                    next.add(q);
                }
            }
            pts = next;
        }
        List<Map<String, Double>> full = new ArrayList<>();
        for (Map<String, Double> p : pts) {
            full.add(model.point(p));
        }
        return full;
    }

    private Map<String, Object> json(ReinterpretModel model, ReinterpretMapping mapping, List<PointResult> results) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", model.cliName());
        body.put("workspace", workspace.toString());
        body.put("mapping", mappingFile.toString());
        body.put("mapping_source", mapping.source());
        body.put("reference_model", mapping.referenceModel());
        body.put("poi", mapping.poi());
        body.put("test_statistic", "qtilde, asymptotic CLs");
        body.put(
                "strength",
                model == ReinterpretModel.B_TO_K_SCALAR
                        ? "B(B+ -> K+ X) = poi x br"
                        : "poi: signal strength relative to the model point");
        List<Map<String, Object>> pts = new ArrayList<>();
        for (PointResult r : results) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("parameters", r.parameters());
            p.put("poi_scale", r.poiScale());
            p.put("signal_events", r.signalEvents());
            p.put("mu_hat", r.muHat());
            p.put("twice_nll_at_poi_1", r.twiceNllAtOne());
            p.put("cls_at_poi_1", r.clsAtOne());
            List<Map<String, Object>> ls = new ArrayList<>();
            for (PointResult.Limit l : r.limits()) {
                Map<String, Object> lm = new LinkedHashMap<>();
                lm.put("cl", l.cl());
                lm.put("observed_poi", l.observed());
                lm.put("expected_poi", l.expected());
                lm.put("observed", l.observed() * r.poiScale());
                double[] e = l.expected().clone();
                for (int i = 0; i < e.length; i++) {
                    e[i] *= r.poiScale();
                }
                lm.put("expected", e);
                ls.add(lm);
            }
            p.put("limits", ls);
            p.put("hypotest_ms", r.hypotestMillis());
            p.put("limits_ms", r.limitMillis());
            if (!r.notes().isEmpty()) {
                p.put("notes", r.notes());
            }
            pts.add(p);
        }
        body.put("points", pts);
        if (results.size() > 1) {
            // The scan point of largest likelihood at POI = 1: the profile fit of the model parameters on this grid.
            PointResult best = results.stream()
                    .min(java.util.Comparator.comparingDouble(PointResult::twiceNllAtOne))
                    .orElseThrow();
            body.put("best_scan_point", best.parameters());
        }
        return body;
    }

    private String csv(ReinterpretModel model, List<PointResult> results) {
        StringBuilder s = new StringBuilder();
        s.append("# upsilon reinterpret --model ").append(model.cliName()).append("; limits in units of ");
        s.append(model == ReinterpretModel.B_TO_K_SCALAR ? "B(B+ -> K+ X)" : "the POI (strength of the model point)");
        s.append("; expected: -2, -1, 0, +1, +2 sigma\n");
        List<String> names = new ArrayList<>(results.get(0).parameters().keySet());
        List<String> header = new ArrayList<>(names);
        header.addAll(List.of("signal_events", "mu_hat", "twice_nll_at_poi_1", "cls_at_poi_1"));
        for (PointResult.Limit l : results.get(0).limits()) {
            String c = String.format(Locale.ROOT, "cl%.0f", 100 * l.cl());
            for (String k : List.of("obs", "exp_m2", "exp_m1", "exp", "exp_p1", "exp_p2")) {
                header.add(c + "_" + k);
            }
        }
        header.addAll(List.of("hypotest_ms", "limits_ms"));
        s.append(String.join(",", header)).append('\n');
        for (PointResult r : results) {
            List<String> row = new ArrayList<>();
            for (String n : names) {
                row.add(fmt(r.parameters().get(n)));
            }
            row.add(fmt(r.signalEvents()));
            row.add(fmt(r.muHat()));
            row.add(fmt(r.twiceNllAtOne()));
            row.add(fmt(r.clsAtOne()));
            for (PointResult.Limit l : r.limits()) {
                row.add(fmt(l.observed() * r.poiScale()));
                for (double e : l.expected()) {
                    row.add(fmt(e * r.poiScale()));
                }
            }
            row.add(String.format(Locale.ROOT, "%.1f", r.hypotestMillis()));
            row.add(String.format(Locale.ROOT, "%.1f", r.limitMillis()));
            s.append(String.join(",", row)).append('\n');
        }
        return s.toString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }

    private Map<String, Object> provenance() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("upsilon_version", UpsilonVersion.find());
        p.put("git_commit", GitCommit.find());
        p.put("command", spec.commandLine().getParseResult().originalArgs());
        p.put("workspace_sha256", Sha256.ofFile(workspace));
        p.put("mapping_sha256", Sha256.ofFile(mappingFile));
        p.put("jvm", System.getProperty("java.version") + " " + System.getProperty("java.vendor"));
        return p;
    }

    private List<String> plots(ReinterpretModel model, List<Scan> grid, List<PointResult> results) {
        List<String> written = new ArrayList<>();
        if (grid.size() != 1) {
            return written;
        }
        String name = grid.get(0).name();
        if (model == ReinterpretModel.B_TO_K_SCALAR && name.equals("m_x")) {
            for (int k = 0; k < cls.size(); k++) {
                Path f = out.resolve(String.format(Locale.ROOT, "limits_cl%.0f.png", 100 * cls.get(k)));
                ReinterpretPlots.brazil(results, k, label, f);
                if (Files.exists(f)) {
                    written.add(f.toString());
                }
            }
        } else if (model == ReinterpretModel.WET) {
            Path f = out.resolve("profile_" + name + ".png");
            String axis = switch (name) {
                case "cvl_plus_cvr" -> "|C_{VL} + C_{VR}|";
                case "csl_plus_csr" -> "|C_{SL} + C_{SR}|";
                default -> "|C_{TL}|";
            };
            ReinterpretPlots.profile(results, name, axis, label, f);
            if (Files.exists(f)) {
                written.add(f.toString());
            }
        }
        return written;
    }

    private static double mean(List<PointResult> rs, boolean hypotest) {
        return rs.stream()
                .mapToDouble(r -> hypotest ? r.hypotestMillis() : r.limitMillis())
                .average()
                .orElse(Double.NaN);
    }
}
