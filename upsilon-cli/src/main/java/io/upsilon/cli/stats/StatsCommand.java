package io.upsilon.cli.stats;

import io.upsilon.core.error.InputException;
import io.upsilon.stats.fit.FitResult;
import io.upsilon.stats.fit.Fitter;
import io.upsilon.stats.fit.Optimizer;
import io.upsilon.stats.infer.AsymptoticCalculator;
import io.upsilon.stats.infer.HypotestResult;
import io.upsilon.stats.infer.Impacts;
import io.upsilon.stats.infer.TestStatistic;
import io.upsilon.stats.infer.ToyCalculator;
import io.upsilon.stats.infer.UpperLimit;
import io.upsilon.stats.model.Model;
import io.upsilon.stats.model.ParameterSet;
import java.io.PrintWriter;
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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code upsilon stats}: HistFactory likelihoods from pyhf JSON workspaces. */
@Command(
        name = "stats",
        mixinStandardHelpOptions = true,
        description = "pyhf-compatible HistFactory fits, CLs, upper limits and impacts.",
        subcommands = {
            StatsCommand.Cls.class,
            StatsCommand.Fit.class,
            StatsCommand.UpperLimitCommand.class,
            StatsCommand.ImpactsCommand.class,
            StatsCommand.Inspect.class
        })
public final class StatsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a stats subcommand is required");
    }

    /** Exit status of a fit, CLs or limit that ran but failed (no number is printed as a result). */
    static final int EXIT_COMPUTATION_FAILED = 3;

    /** A POI value for {@code option}: finite and inside the POI's bounds. */
    private static double poiValue(Model m, double value, String option) {
        double lo = m.lowerBounds()[m.poiIndex()];
        double hi = m.upperBounds()[m.poiIndex()];
        if (!(value >= lo && value <= hi)) {
            throw new InputException(
                    option,
                    "",
                    "expected a value of " + m.poiName() + " in its bounds [" + lo + ", " + hi + "], got " + value);
        }
        return value;
    }

    /** Reports a computation that ran but failed: one line on stderr, exit status 3, nothing on stdout. */
    private static int failed(CommandLine.Model.CommandSpec spec, String what) {
        PrintWriter e = spec.commandLine().getErr();
        e.println("upsilon: error: " + what);
        e.flush();
        return EXIT_COMPUTATION_FAILED;
    }

    private static TestStatistic testStat(String name) {
        TestStatistic ts = TestStatistic.parse(name);
        if (ts != TestStatistic.QTILDE && ts != TestStatistic.Q && ts != TestStatistic.Q0) {
            throw new InputException("--test-stat", "", "expected qtilde, q or q0, got \"" + name + "\"");
        }
        return ts;
    }

    /** {@code upsilon stats cls}: observed and expected CLs at one POI value. */
    @Command(
            name = "cls",
            mixinStandardHelpOptions = true,
            description = "CLs at a POI value (pyhf cls). Exit status 2: bad input; 3: a fit failed (nothing printed).")
    static final class Cls implements Callable<Integer> {
        @Mixin
        WorkspaceOptions ws;

        @Option(names = "--poi-value", defaultValue = "1.0", description = "POI value to test")
        double poi;

        @Option(names = "--test-stat", defaultValue = "qtilde", description = "qtilde, q or q0")
        String testStat;

        @Option(names = "--calctype", defaultValue = "asymptotics", description = "asymptotics or toys")
        String calctype;

        @Option(names = "--ntoys", defaultValue = "2000", description = "toys per hypothesis")
        int ntoys;

        @Option(names = "--seed", defaultValue = "0", description = "master seed of the toys")
        long seed;

        @Mixin
        OptimizerOption optimizer;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Model m = ws.compile(spec.commandLine().getErr());
            poiValue(m, poi, "--poi-value");
            TestStatistic ts = testStat(testStat);
            HypotestResult r;
            switch (calctype) {
                case "asymptotics" ->
                    r = new AsymptoticCalculator(m, m.observedData(), ts, optimizer.get()).hypotest(poi);
                case "toys" -> {
                    if (optimizer.get() != Optimizer.BFGS) {
                        throw new InputException("--optimizer", "", "toys are fitted with bfgs only");
                    }
                    if (ntoys < 1) {
                        throw new InputException("--ntoys", "", "expected at least 1 toy, got " + ntoys);
                    }
                    r = new ToyCalculator(m, m.observedData(), ts, ntoys, seed).hypotest(poi);
                }
                default ->
                    throw new InputException(
                            "--calctype", "", "expected asymptotics or toys, got \"" + calctype + "\"");
            }
            if (!r.ok() || !Double.isFinite(r.clsObs())) {
                return failed(spec, "CLs at " + m.poiName() + " = " + poi + " could not be computed (a fit failed)");
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("CLs_obs", r.clsObs());
            out.put("CLs_exp", r.clsExp());
            PrintWriter w = spec.commandLine().getOut();
            w.println(Json.write(out));
            w.flush();
            return 0;
        }
    }

    /** {@code upsilon stats fit}: maximum-likelihood fit with uncertainties. */
    @Command(
            name = "fit",
            mixinStandardHelpOptions = true,
            description =
                    "Maximum-likelihood fit. Exit status 2: bad input; 3: the fit did not converge (nothing printed).")
    static final class Fit implements Callable<Integer> {
        @Mixin
        WorkspaceOptions ws;

        @Mixin
        OptimizerOption optimizer;

        @Option(names = "--fixed-poi", description = "fit with the POI fixed at this value")
        Double fixedPoi;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Model m = ws.compile(spec.commandLine().getErr());
            double[] init = m.suggestedInit();
            boolean[] fixed = m.suggestedFixed();
            if (fixedPoi != null) {
                init[m.poiIndex()] = poiValue(m, fixedPoi, "--fixed-poi");
                fixed[m.poiIndex()] = true;
            }
            FitResult r = new Fitter(m, optimizer.get()).fit(m.observedData(), init, fixed, true);
            if (!r.status().ok()) {
                return failed(spec, "the fit did not converge (" + r.status().name() + ": " + r.message() + ")");
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("parameters", List.of(m.parameterNames()));
            out.put("bestfit", r.values());
            out.put("uncertainty", r.errors());
            out.put("correlation", r.correlation());
            out.put("twice_nll", r.twiceNll());
            out.put("status", r.status().name());
            out.put("message", r.message());
            PrintWriter w = spec.commandLine().getOut();
            w.println(Json.write(out));
            w.flush();
            return 0;
        }
    }

    /** {@code upsilon stats upperlimit}: CLs upper limit by scan or root finding. */
    @Command(
            name = "upperlimit",
            mixinStandardHelpOptions = true,
            description =
                    "95%% CL upper limit on the POI. Exit status 2: bad input; 3: no limit found (nothing printed).")
    static final class UpperLimitCommand implements Callable<Integer> {
        @Mixin
        WorkspaceOptions ws;

        @Option(
                names = "--scan",
                arity = "3",
                paramLabel = "LO HI N",
                description = "linear scan of N points from LO to HI (default: root finding)")
        List<String> scan;

        @Option(names = "--test-stat", defaultValue = "qtilde", description = "qtilde or q")
        String testStat;

        @Option(names = "--level", defaultValue = "0.05", description = "CLs level")
        double level;

        @Option(names = "--rtol", defaultValue = "1e-6", description = "relative tolerance of the root finding")
        double rtol;

        @Mixin
        OptimizerOption optimizer;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (!(level > 0 && level < 1)) {
                throw new InputException("--level", "", "expected a CLs level in (0, 1), e.g. 0.05, got " + level);
            }
            if (!(rtol > 0 && rtol < 1)) {
                throw new InputException("--rtol", "", "expected a relative tolerance in (0, 1), got " + rtol);
            }
            Model m = ws.compile(spec.commandLine().getErr());
            AsymptoticCalculator calc =
                    new AsymptoticCalculator(m, m.observedData(), testStat(testStat), optimizer.get());
            UpperLimit.Result r;
            if (scan != null) {
                double lo;
                double hi;
                int n;
                try {
                    lo = Double.parseDouble(scan.get(0));
                    hi = Double.parseDouble(scan.get(1));
                    n = Integer.parseInt(scan.get(2));
                } catch (NumberFormatException e) {
                    throw new InputException("--scan", "", "expected LO HI N (two numbers and a count), got " + scan);
                }
                if (n < 2 || !(hi > lo) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
                    throw new InputException("--scan", "", "expected HI > LO and N >= 2, got " + scan);
                }
                r = UpperLimit.scan(calc, UpperLimit.linspace(lo, hi, n), level);
            } else {
                r = UpperLimit.rootFind(
                        calc, m.lowerBounds()[m.poiIndex()], m.upperBounds()[m.poiIndex()], level, rtol);
            }
            if (!Double.isFinite(r.obs()) || !java.util.Arrays.stream(r.exp()).allMatch(Double::isFinite)) {
                return failed(
                        spec,
                        "no upper limit found on " + m.poiName() + " in its bounds (CLs never crossed " + level + ")");
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("obs", r.obs());
            out.put("exp", r.exp());
            PrintWriter w = spec.commandLine().getOut();
            w.println(Json.write(out));
            w.flush();
            return 0;
        }
    }

    /** {@code upsilon stats impacts}: pulls and ranking of nuisance parameters. */
    @Command(name = "impacts", mixinStandardHelpOptions = true, description = "Pulls and impacts on the POI, ranked.")
    static final class ImpactsCommand implements Callable<Integer> {
        @Mixin
        WorkspaceOptions ws;

        @Option(names = "--top", defaultValue = "20", description = "rows to print and plot (0: all)")
        int top;

        @Option(
                names = "--plot",
                paramLabel = "FILE",
                description = "also draw the ranking plot: PNG, or PDF/SVG if FILE ends in .pdf/.svg")
        Path plot;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (top < 0) {
                throw new InputException("--top", "", "expected a count >= 0 (0: all), got " + top);
            }
            if (plot != null && (plot.getFileName() == null || Files.isDirectory(plot))) {
                throw new InputException("--plot", "", "expected a file name, got " + plot);
            }
            Model m = ws.compile(spec.commandLine().getErr());
            Impacts.Result r = Impacts.compute(m, m.observedData());
            PrintWriter w = spec.commandLine().getOut();
            int poi = m.poiIndex();
            w.printf(
                    "%s = %.6g +- %.3g (%s)%n",
                    m.poiName(),
                    r.nominal().value(poi),
                    r.nominal().errors()[poi],
                    r.nominal().status());
            if (r.poiAtBound()) {
                w.println(atBoundNote(m, r));
            }
            w.printf(
                    "%4s  %-40s %12s %10s %8s %10s %10s %10s %10s%n",
                    "rank", "parameter", "value", "error", "pull", "pre+", "pre-", "post+", "post-");
            int rank = 0;
            for (Impacts.Impact i : r.ranking()) {
                if (top > 0 && rank >= top) {
                    break;
                }
                w.printf(
                        "%4d  %-40s %12.5g %10.3g %8.3f %10.3g %10.3g %10.3g %10.3g%n",
                        ++rank,
                        i.name(),
                        i.value(),
                        i.error(),
                        i.pull(),
                        i.prefitUp(),
                        i.prefitDown(),
                        i.postfitUp(),
                        i.postfitDown());
            }
            if (plot != null) {
                ImpactsPlots.write(m, r, top, plot);
                w.println("plot: " + plot);
            }
            w.flush();
            return r.nominal().status().ok() ? 0 : 1;
        }
    }

    static String atBoundNote(Model m, Impacts.Result r) {
        int poi = m.poiIndex();
        double mu = r.nominal().value(poi);
        String side = mu <= m.lowerBounds()[poi] ? "lower" : "upper";
        String head = String.format(Locale.ROOT, "POI at bound: %s = %.6g is at its %s bound; ", m.poiName(), mu, side);
        return allImpactsZero(r)
                ? head + "every refit with a parameter shifted ends there too, so the impacts of 0 are genuine"
                        + " (widen the POI bounds to see the unbounded ones)"
                : head + "impacts are one-sided (a refit cannot move the POI past the bound)";
    }

    /** Whether every finite pre- and post-fit impact is exactly 0. */
    static boolean allImpactsZero(Impacts.Result r) {
        for (Impacts.Impact i : r.ranking()) {
            for (double v : new double[] {i.prefitUp(), i.prefitDown(), i.postfitUp(), i.postfitDown()}) {
                if (Double.isFinite(v) && v != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** {@code upsilon stats inspect}: channels, samples, parameters. */
    @Command(name = "inspect", mixinStandardHelpOptions = true, description = "Summarise a workspace.")
    static final class Inspect implements Callable<Integer> {
        @Mixin
        WorkspaceOptions ws;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Model m = ws.compile(spec.commandLine().getErr());
            PrintWriter w = spec.commandLine().getOut();
            int[] bins = m.channelBins();
            w.printf(
                    "channels: %d, bins: %d, samples: %d, parameters: %d (%d sets), POI: %s%n",
                    bins.length,
                    m.mainBins(),
                    m.sampleNames().size(),
                    m.size(),
                    m.parameterSets().size(),
                    m.poiName());
            w.println("channel                                  bins");
            for (int c = 0; c < bins.length; c++) {
                w.printf("  %-38s %4d%n", m.channelNames().get(c), bins[c]);
            }
            w.println("samples");
            for (String s : m.sampleNames()) {
                w.printf("  %s%n", s);
            }
            w.println("parameter                                type         constraint  size   init      bounds");
            List<String> fixedNames = new ArrayList<>();
            for (ParameterSet p : m.parameterSets()) {
                w.printf(
                        "  %-38s %-12s %-10s %5d %7.3g  [%.3g, %.3g]%n",
                        p.name(), p.modifierType(), p.constraint(), p.size(), p.inits()[0], p.lower()[0], p.upper()[0]);
                boolean[] f = p.fixed();
                for (int j = 0; j < f.length; j++) {
                    if (f[j]) {
                        fixedNames.add(p.elementName(j));
                    }
                }
            }
            w.println("fixed: " + (fixedNames.isEmpty() ? "none" : String.join(", ", fixedNames)));
            w.flush();
            return 0;
        }
    }
}
