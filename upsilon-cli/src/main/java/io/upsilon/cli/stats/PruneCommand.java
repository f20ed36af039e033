package io.upsilon.cli.stats;

import io.upsilon.core.error.InputException;
import io.upsilon.stats.fit.FitResult;
import io.upsilon.stats.fit.Fitter;
import io.upsilon.stats.infer.AsymptoticCalculator;
import io.upsilon.stats.infer.TestStatistic;
import io.upsilon.stats.infer.UpperLimit;
import io.upsilon.stats.model.Model;
import io.upsilon.stats.workspace.Pruning;
import io.upsilon.stats.workspace.Workspace;
import io.upsilon.stats.workspace.WorkspaceWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code upsilon stats prune}: drops systematics below a threshold ({@link Pruning}), writes the
 * pruned workspace and a report (JSON and text) of what was dropped and what it changed: the
 * best-fit POI, its uncertainty and the observed and expected 95% CL upper limits before and after.
 */
@Command(
        name = "prune",
        mixinStandardHelpOptions = true,
        description = "Drop normsys/histosys modifiers whose largest relative effect is below a threshold;"
                + " write the pruned workspace and a report of what changed. Exit status 2: bad input;"
                + " 3: a fit failed.")
final class PruneCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOptions ws;

    @Option(
            names = "--threshold",
            defaultValue = "0.005",
            description = "relative effect below which normsys and histosys are dropped (default ${DEFAULT-VALUE})")
    double threshold;

    @Option(
            names = "--stat-threshold",
            defaultValue = "0",
            description = "the same for staterror and shapesys (default 0: keep them)")
    double statThreshold;

    @Option(names = "--out", required = true, paramLabel = "PRUNED.json", description = "pruned workspace")
    Path out;

    @Option(names = "--no-limit", description = "skip the upper limits in the report (faster)")
    boolean noLimit;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!(threshold >= 0) || !(statThreshold >= 0)) {
            throw new InputException("--threshold", "", "expected thresholds >= 0");
        }
        PrintWriter err = spec.commandLine().getErr();
        Workspace original = ws.read();
        Pruning.Result pr = Pruning.prune(original, threshold, statThreshold);
        Model before = ws.compile(original, err);
        Model after = ws.compile(pr.workspace(), err);
        Map<String, Object> b = summary(before);
        Map<String, Object> a = summary(after);
        if (b == null || a == null) {
            err.println("upsilon: error: the best fit of the " + (b == null ? "original" : "pruned")
                    + " workspace did not converge");
            err.flush();
            return StatsCommand.EXIT_COMPUTATION_FAILED;
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("workspace", ws.workspace.toString());
        report.put("threshold", threshold);
        report.put("stat_threshold", statThreshold);
        report.put("parameters_before", before.size());
        report.put("parameters_after", after.size());
        report.put("removed_parameters", pr.removedParameters());
        List<Map<String, Object>> dropped = new ArrayList<>();
        for (Pruning.Dropped d : pr.dropped()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("channel", d.channel());
            row.put("sample", d.sample());
            row.put("modifier", d.modifier());
            row.put("type", d.type());
            row.put("effect", d.effect());
            dropped.add(row);
        }
        report.put("dropped", dropped);
        report.put("before", b);
        report.put("after", a);
        String text = text(report, pr, before.poiName(), b, a);
        write(out, WorkspaceWriter.toJson(pr.workspace()));
        write(sibling(out, ".report.json"), Json.write(report));
        write(sibling(out, ".report.txt"), text);
        PrintWriter w = spec.commandLine().getOut();
        w.print(text);
        w.flush();
        return 0;
    }

    /** POI best fit, uncertainty and (unless --no-limit) CLs upper limits; null when the fit failed. */
    private Map<String, Object> summary(Model m) {
        FitResult f = new Fitter(m).fit(m.observedData(), m.suggestedInit(), m.suggestedFixed(), true);
        if (!f.status().ok()) {
            return null;
        }
        int p = m.poiIndex();
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("poi", m.poiName());
        s.put("bestfit", f.value(p));
        s.put("uncertainty", f.errors() == null ? Double.NaN : f.errors()[p]);
        s.put("twice_nll", f.twiceNll());
        if (!noLimit) {
            UpperLimit.Result ul = UpperLimit.rootFind(
                    new AsymptoticCalculator(m, m.observedData(), TestStatistic.QTILDE),
                    m.lowerBounds()[p],
                    m.upperBounds()[p],
                    0.05,
                    1e-6);
            s.put("upper_limit_obs", ul.obs());
            s.put("upper_limit_exp", ul.exp());
        }
        return s;
    }

    private static String text(
            Map<String, Object> report, Pruning.Result pr, String poi, Map<String, Object> b, Map<String, Object> a) {
        StringBuilder t = new StringBuilder();
        t.append(String.format(
                Locale.ROOT,
                "pruned %d modifier(s) below %s (stat: %s); parameters %s -> %s%n",
                pr.dropped().size(),
                report.get("threshold"),
                report.get("stat_threshold"),
                report.get("parameters_before"),
                report.get("parameters_after")));
        for (Pruning.Dropped d : pr.dropped()) {
            t.append(String.format(
                    Locale.ROOT,
                    "  dropped %-10s %-30s on %s/%s (effect %.3g)%n",
                    d.type(),
                    d.modifier(),
                    d.channel(),
                    d.sample(),
                    d.effect()));
        }
        t.append(String.format(Locale.ROOT, "%-22s %14s %14s %12s%n", "", "before", "after", "change"));
        row(t, poi + " best fit", (double) b.get("bestfit"), (double) a.get("bestfit"));
        row(t, poi + " uncertainty", (double) b.get("uncertainty"), (double) a.get("uncertainty"));
        if (b.containsKey("upper_limit_obs")) {
            row(t, "upper limit (obs)", (double) b.get("upper_limit_obs"), (double) a.get("upper_limit_obs"));
            row(
                    t,
                    "upper limit (exp)",
                    ((double[]) b.get("upper_limit_exp"))[2],
                    ((double[]) a.get("upper_limit_exp"))[2]);
        }
        return t.toString();
    }

    private static void row(StringBuilder t, String name, double before, double after) {
        t.append(String.format(Locale.ROOT, "%-22s %14.6g %14.6g %+12.3g%n", name, before, after, after - before));
    }

    private static Path sibling(Path file, String suffix) {
        String name = file.getFileName().toString();
        String stem = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        return file.resolveSibling(stem + suffix);
    }

    /** Writes atomically (a temporary file, then a move). */
    static void write(Path file, String text) {
        try {
            Path abs = file.toAbsolutePath();
            Files.createDirectories(abs.getParent());
            Path tmp = Files.createTempFile(abs.getParent(), ".upsilon-", ".tmp");
            Files.writeString(tmp, text);
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new InputException(file.toString(), "", "cannot write: " + e.getMessage(), e);
        }
    }
}
