package io.upsilon.cli.stats;

import io.upsilon.analysis.output.provenance.Sha256;
import io.upsilon.analysis.output.provenance.UpsilonVersion;
import io.upsilon.core.error.InputException;
import io.upsilon.stats.fit.FitResult;
import io.upsilon.stats.infer.Impacts;
import io.upsilon.stats.model.Model;
import io.upsilon.stats.report.Covariances;
import io.upsilon.stats.report.GoodnessOfFit;
import io.upsilon.stats.report.GroupedImpacts;
import io.upsilon.stats.report.LikelihoodScan;
import io.upsilon.stats.report.YieldTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code upsilon stats report}: the complete post-fit report of a workspace: pre- and post-fit
 * yields and distributions, pulls, impacts (ranked and grouped), likelihood scans, goodness of fit
 * and provenance, each as JSON and a plot, gathered in one self-contained report.html.
 */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = "Post-fit report: yields, distributions, pulls, impacts (ranked and grouped), likelihood"
                + " scans and goodness of fit as JSON, PNG/SVG and one self-contained report.html."
                + " Exit status 2: bad input; 3: the fit failed.")
final class ReportCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOptions ws;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output directory (created)")
    Path out;

    @Option(names = "--threads", description = "worker threads for the refits (default: available processors)")
    Integer threads;

    @Option(
            names = "--merge-samples",
            paramLabel = "NAME=S1,S2",
            description = "show samples S1, S2, ... as one, NAME (repeatable)")
    List<String> mergeSamples = new ArrayList<>();

    @Option(names = "--merge-config", paramLabel = "FILE.json", description = "merges as {\"NAME\": [\"S1\", ...]}")
    Path mergeConfig;

    @Option(
            names = "--group",
            paramLabel = "NAME=REGEX",
            description = "impact group of the parameter sets whose name matches REGEX (repeatable;"
                    + " default: group by modifier kind)")
    List<String> groupPatterns = new ArrayList<>();

    @Option(names = "--groups", paramLabel = "FILE.json", description = "impact groups as {\"NAME\": [\"param\", ...]}")
    Path groupsFile;

    @Option(
            names = "--scan",
            paramLabel = "PARAM",
            description = "also scan this parameter (repeatable; the POI always)")
    List<String> scans = new ArrayList<>();

    @Option(names = "--scan-points", defaultValue = "21", description = "points per 1D scan (best fit +- 3 sigma)")
    int scanPoints;

    @Option(
            names = "--scan2d",
            paramLabel = "P1,P2",
            description = "2D scan of two parameters (default: the POI and the top-ranked nuisance parameter)")
    String scan2d;

    @Option(names = "--scan2d-points", defaultValue = "11", description = "points per axis of the 2D scan (0: none)")
    int scan2dPoints;

    @Option(names = "--top", defaultValue = "20", description = "parameters in the impact and pull plots (0: all)")
    int top;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        int t = threads == null ? io.upsilon.stats.infer.ParallelTasks.defaultThreads() : threads;
        if (t < 1) {
            throw new InputException("--threads", "", "expected a thread count >= 1, got " + t);
        }
        if (scanPoints < 2) {
            throw new InputException("--scan-points", "", "expected at least 2 points, got " + scanPoints);
        }
        if (scan2dPoints == 1 || scan2dPoints < 0) {
            throw new InputException(
                    "--scan2d-points", "", "expected 0 (no 2D scan) or at least 2, got " + scan2dPoints);
        }
        if (top < 0) {
            throw new InputException("--top", "", "expected a count >= 0 (0: all), got " + top);
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new InputException(out.toString(), "", "expected a directory for --out, found a file");
        }
        Map<String, List<String>> merges = ReportOptions.merges(mergeSamples, mergeConfig);
        Model m = ws.compile(spec.commandLine().getErr());
        Map<String, List<Integer>> groups = ReportOptions.groups(m, groupPatterns, groupsFile);
        List<Integer> scanned = new ArrayList<>(List.of(m.poiIndex()));
        for (String s : scans) {
            int i = ReportOptions.parameter(m, s, "--scan");
            if (!scanned.contains(i)) {
                scanned.add(i);
            }
        }
        int[] pair = scan2d == null ? null : pairOf(m, scan2d);
        double[] data = m.observedData();

        Impacts.Result impacts = Impacts.compute(m, data, t);
        FitResult fit = impacts.nominal();
        if (!fit.status().ok() || fit.errors() == null) {
            PrintWriter e = spec.commandLine().getErr();
            e.println("upsilon: error: the fit did not converge ("
                    + fit.status().name() + ": " + fit.diagnosis().summary() + "); no report written");
            e.flush();
            return StatsCommand.EXIT_COMPUTATION_FAILED;
        }
        YieldTable prefit;
        YieldTable postfit;
        try {
            prefit = YieldTable.compute(m, m.suggestedInit(), Covariances.prefit(m), data, merges);
            postfit = YieldTable.compute(m, fit.values(), Covariances.postfit(fit), data, merges);
        } catch (IllegalArgumentException e) {
            throw new InputException(
                    mergeConfig != null ? mergeConfig.toString() : "--merge-samples", "", e.getMessage());
        }
        GroupedImpacts.Result grouped = GroupedImpacts.compute(m, data, fit, groups, t);
        List<LikelihoodScan.Scan> scans1d = new ArrayList<>();
        for (int i : scanned) {
            double[] r = LikelihoodScan.defaultRange(m, fit, i);
            scans1d.add(LikelihoodScan.scan1d(m, data, fit, i, LikelihoodScan.grid(r[0], r[1], scanPoints), t));
        }
        LikelihoodScan.Scan scan2 = null;
        double[][] axes2 = null;
        if (scan2dPoints > 0) {
            if (pair == null) {
                pair = impacts.ranking().isEmpty()
                        ? null
                        : new int[] {m.poiIndex(), impacts.ranking().get(0).index()};
            }
            if (pair != null) {
                double[] rx = LikelihoodScan.defaultRange(m, fit, pair[0]);
                double[] ry = LikelihoodScan.defaultRange(m, fit, pair[1]);
                axes2 = new double[][] {
                    LikelihoodScan.grid(rx[0], rx[1], scan2dPoints), LikelihoodScan.grid(ry[0], ry[1], scan2dPoints)
                };
                scan2 = LikelihoodScan.scan2d(m, data, fit, pair[0], pair[1], axes2[0], axes2[1], t);
            }
        }
        GoodnessOfFit.Result gof = GoodnessOfFit.compute(m, data, fit);
        double seconds = (System.nanoTime() - start) / 1e9;

        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new InputException(out.toString(), "", "cannot create the output directory: " + e.getMessage());
        }
        Map<String, Object> provenance = provenance(m, fit, grouped, scans1d, scan2, t, seconds);
        ReportPage page = new ReportPage(m, out, top);
        page.write(fit, impacts, prefit, postfit, grouped, scans1d, scan2, axes2, gof, provenance);
        PrintWriter w = spec.commandLine().getOut();
        w.printf(
                java.util.Locale.ROOT,
                "%s = %.6g +- %.3g; report: %s (%.1f s on %d threads)%n",
                m.poiName(),
                fit.value(m.poiIndex()),
                fit.errors()[m.poiIndex()],
                out.resolve("report.html"),
                seconds,
                t);
        w.flush();
        return 0;
    }

    private static int[] pairOf(Model m, String spec) {
        String[] p = spec.split(",");
        if (p.length != 2) {
            throw new InputException("--scan2d", "", "expected two parameter names P1,P2, got \"" + spec + "\"");
        }
        int a = ReportOptions.parameter(m, p[0].trim(), "--scan2d");
        int b = ReportOptions.parameter(m, p[1].trim(), "--scan2d");
        if (a == b) {
            throw new InputException("--scan2d", "", "expected two different parameters, got \"" + spec + "\"");
        }
        return new int[] {a, b};
    }

    private Map<String, Object> provenance(
            Model m,
            FitResult fit,
            GroupedImpacts.Result grouped,
            List<LikelihoodScan.Scan> scans1d,
            LikelihoodScan.Scan scan2,
            int t,
            double seconds) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("workspace", ws.workspace.toString());
        p.put("workspace_sha256", Sha256.ofFile(ws.workspace));
        p.put("measurement", ws.measurement == null ? "(first)" : ws.measurement);
        p.put("options", String.join(" ", spec.commandLine().getParseResult().originalArgs()));
        p.put("upsilon_version", UpsilonVersion.find());
        p.put("threads", t);
        p.put("seconds", Math.round(seconds * 10) / 10.0);
        Map<String, FitResult> fits = new LinkedHashMap<>();
        fits.put("nominal_fit", fit);
        for (GroupedImpacts.GroupImpact g : grouped.groups()) {
            fits.put("group_fixed: " + g.group(), g.fit());
        }
        Map<String, Object> status = FitReport.of(fits);
        Map<String, Object> scanStatus = new LinkedHashMap<>();
        for (LikelihoodScan.Scan s : scans1d) {
            scanStatus.put(
                    "scan " + s.parameters().get(0),
                    failedPoints(s) + " of " + s.points().size() + " fits failed");
        }
        if (scan2 != null) {
            scanStatus.put(
                    "scan " + String.join(" x ", scan2.parameters()),
                    failedPoints(scan2) + " of " + scan2.points().size() + " fits failed");
        }
        status.put("scans", scanStatus);
        p.put("fit_status", status);
        return p;
    }

    static long failedPoints(LikelihoodScan.Scan s) {
        return s.points().stream().filter(x -> !x.ok()).count();
    }

    /** Writes {@code value} as JSON to {@code file}. */
    static void writeJson(Path file, Object value) {
        try {
            Files.writeString(file, Json.write(value) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
