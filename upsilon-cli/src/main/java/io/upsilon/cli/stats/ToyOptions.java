package io.upsilon.cli.stats;

import io.upsilon.core.error.InputException;
import io.upsilon.stats.infer.TestStatistic;
import io.upsilon.stats.infer.ToyCalculator;
import io.upsilon.stats.infer.ToyHypotest;
import io.upsilon.stats.model.Model;
import io.upsilon.stats.toys.ToyEnsemble;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The calculator choice and the toy options of cls, upperlimit and significance (a picocli mixin). */
final class ToyOptions {

    @Option(
            names = {"--calculator", "--calctype"},
            defaultValue = "asymptotics",
            description = "asymptotics (default) or toybased (pseudo-experiments; 'toys' is accepted too)")
    String calculator;

    @Option(names = "--ntoys", defaultValue = "2000", description = "toys per hypothesis and POI value")
    int ntoys;

    @Option(names = "--seed", defaultValue = "0", description = "master seed of the toys")
    long seed;

    @Option(
            names = "--threads",
            description = "threads for the toys (default: all cores); the toys do not depend on it")
    Integer threads;

    @Option(
            names = "--first-toy",
            defaultValue = "0",
            description = "index of the first toy: runs over disjoint ranges of one seed merge into one run")
    long firstToy;

    @Option(names = "--save-toys", paramLabel = "F.parquet", description = "save every toy ensemble to F.parquet")
    Path saveToys;

    @Option(
            names = "--merge-toys",
            split = ",",
            paramLabel = "A.parquet,B.parquet",
            description = "use the toys of these files (merged) instead of throwing new ones")
    List<Path> mergeToys;

    /** Whether the toy-based calculator was chosen; an InputException for an unknown name or misplaced toy options. */
    boolean toyBased() {
        boolean toys = switch (calculator) {
            case "asymptotics" -> false;
            case "toybased", "toys" -> true;
            default ->
                throw new InputException(
                        "--calculator", "", "expected asymptotics or toybased, got \"" + calculator + "\"");
        };
        if (!toys && (saveToys != null || mergeToys != null)) {
            throw new InputException(
                    saveToys != null ? "--save-toys" : "--merge-toys", "", "toys: use it with --calculator toybased");
        }
        return toys;
    }

    /** The toy calculator: new toys, or the merged ensembles of {@code --merge-toys} only. */
    ToyCalculator calculator(Model m, TestStatistic ts) {
        if (ntoys < 1) {
            throw new InputException("--ntoys", "", "expected at least 1 toy, got " + ntoys);
        }
        if (threads != null && threads < 1) {
            throw new InputException("--threads", "", "expected at least 1 thread, got " + threads);
        }
        if (firstToy < 0) {
            throw new InputException("--first-toy", "", "expected a toy index >= 0, got " + firstToy);
        }
        ToyCalculator calc = new ToyCalculator(m, m.observedData(), ts, ntoys, seed).withFirstToy(firstToy);
        if (threads != null) {
            calc = calc.withThreads(threads);
        }
        if (mergeToys != null) {
            List<ToyEnsemble> all = new ArrayList<>();
            for (Path p : mergeToys) {
                all.addAll(ToyFiles.read(p, m));
            }
            try {
                calc = calc.withEnsembles(all).withoutNewToys();
            } catch (IllegalArgumentException e) {
                throw new InputException("--merge-toys", "", "toys that merge (" + e.getMessage() + ")");
            }
        }
        return calc;
    }

    /** Runs {@code test}, turning "no toys for this POI value in the merged files" into bad input. */
    <T> T run(java.util.function.Supplier<T> test) {
        try {
            return test.get();
        } catch (IllegalStateException e) {
            if (mergeToys == null) {
                throw e;
            }
            throw new InputException(
                    "--merge-toys", "", "toys for every POI value the command tests (" + e.getMessage() + ")");
        }
    }

    /** Saves the calculator's ensembles if {@code --save-toys} was given. */
    void save(ToyCalculator calc, Model m, WorkspaceOptions ws, String command) {
        if (saveToys == null) {
            return;
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("command", command);
        settings.put("workspace", ws.workspace.toString());
        settings.put("patches", ws.patches.toString());
        settings.put("test_stat", calc.testStatistic().pyhfName());
        settings.put("seed", Long.toString(seed));
        settings.put("first_toy", Long.toString(firstToy));
        settings.put("ntoys", Integer.toString(ntoys));
        settings.put("merged_from", mergeToys == null ? "" : mergeToys.toString());
        ToyFiles.write(saveToys, calc.ensembles(), m, settings);
    }

    /** The toy bookkeeping of one toy hypothesis test, for the JSON output. */
    static Map<String, Object> summary(ToyHypotest t) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (ToyEnsemble e : List.of(t.sb(), t.b())) {
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("toys", e.size());
            h.put("failed", e.failures());
            h.put("retried", e.retried());
            out.put(e.key().hypothesis(), h);
        }
        out.put("CLs_obs_error", t.clsObsError());
        return out;
    }
}
