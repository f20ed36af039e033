package io.upsilon.cli.stats;

import io.upsilon.core.error.InputException;
import io.upsilon.stats.fit.FitResult;
import io.upsilon.stats.fit.Fitter;
import io.upsilon.stats.fit.Optimizer;
import io.upsilon.stats.infer.AsymptoticCalculator;
import io.upsilon.stats.infer.HypotestResult;
import io.upsilon.stats.infer.Impacts;
import io.upsilon.stats.infer.Significance;
import io.upsilon.stats.infer.TestStatistic;
import io.upsilon.stats.infer.ToyCalculator;
import io.upsilon.stats.infer.ToyHypotest;
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
            StatsCommand.SignificanceCommand.class,
            StatsCommand.ImpactsCommand.class,
            ReportCommand.class,
            StatsCommand.Inspect.class,
            ContourCommand.class,
            PruneCommand.class
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

    /** The fits of an asymptotic calculator's last hypothesis test, for the fit_status block. */
    /**
     * Prints a result as JSON with its toy summary (if any) and its fit status last, the layout every
     * stats output shares; exit status 0.
     */
    private static int printWithStatus(
            CommandLine.Model.CommandSpec spec, Map<String, Object> out, Object toyInfo, Map<String, Object> status) {
        if (toyInfo != null) {
            out.put("toys", toyInfo);
        }
        out.put("fit_status", status);
        PrintWriter w = spec.commandLine().getOut();
        w.println(Json.write(out));
        w.flush();
        return 0;
    }

    static Map<String, Object> fitStatus(AsymptoticCalculator c) {
        Map<String, FitResult> fits = new LinkedHashMap<>();
        fits.put("free_fit_to_data", c.freeFitToData());
        fits.put("asimov_fit", c.asimovFit());
        fits.put("free_fit_to_asimov", c.freeFitToAsimov());
        fits.put("fixed_poi_fit_to_data", c.lastConditionalFitToData());
        fits.put("fixed_poi_fit_to_asimov", c.lastConditionalFitToAsimov());
        return FitReport.of(fits);
    }

    /** The observed fits of a toy hypothesis test, for the fit_status block. */
    static Map<String, Object> fitStatus(ToyHypotest t) {
        Map<String, FitResult> fits = new LinkedHashMap<>();
        fits.put("free_fit_to_data", t.observedFree());
        fits.put("fixed_poi_fit_to_data", t.observedConditional());
        return FitReport.of(fits);
    }

    /** The first finding of the failed fits behind a result, for the one-line error. */
    static String why(Map<String, Object> fitStatus) {
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> fits = (Map<String, Map<String, Object>>) fitStatus.get("fits");
        for (var e : fits.entrySet()) {
            if ("FAILED".equals(e.getValue().get("status"))) {
                return "; " + e.getKey().replace('_', ' ') + ": " + e.getValue().get("diagnosis");
            }
        }
        return "";
    }

    /** {@code upsilon stats cls}: observed and expected CLs at one POI value. */
    @Command(
            name = "cls",
            mixinStandardHelpOptions = true,
            description = "CLs at a POI value (pyhf cls), asymptotic or from toys. Exit status 2: bad input;"
                    + " 3: a fit failed (nothing printed).")
    static final class Cls implements Callable<Integer> {
        @Mixin
        WorkspaceOptions ws;

        @Option(names = "--poi-value", defaultValue = "1.0", description = "POI value to test")
        double poi;

        @Option(names = "--test-stat", defaultValue = "qtilde", description = "qtilde, q or q0")
        String testStat;

        @Mixin
        ToyOptions toys;

        @Mixin
        OptimizerOption optimizer;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            boolean toyBased = toys.toyBased();
            Model m = ws.compile(spec.commandLine().getErr());
            poiValue(m, poi, "--poi-value");
            TestStatistic ts = testStat(testStat);
            HypotestResult r;
            Map<String, Object> status;
            Map<String, Object> toyInfo = null;
            if (toyBased) {
                if (optimizer.get() != Optimizer.BFGS) {
                    throw new InputException("--optimizer", "", "toys are fitted with bfgs only");
                }
                ToyCalculator calc = toys.calculator(m, ts);
                ToyHypotest t = toys.run(() -> calc.toyHypotest(poi));
                toys.save(calc, m, ws, "cls");
                r = t.result();
                status = fitStatus(t);
                toyInfo = ToyOptions.summary(t);
            } else {
                AsymptoticCalculator calc = new AsymptoticCalculator(m, m.observedData(), ts, optimizer.get());
                r = calc.hypotest(poi);
                status = fitStatus(calc);
            }
            if (!r.ok() || !Double.isFinite(r.clsObs())) {
                return failed(
                        spec,
                        "CLs at " + m.poiName() + " = " + poi + " could not be computed (a fit failed" + why(status)
                                + ")");
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("CLs_obs", r.clsObs());
            out.put("CLs_exp", r.clsExp());
            return printWithStatus(spec, out, toyInfo, status);
        }
    }

    /** {@code upsilon stats significance}: discovery p-value and significance. */
    @Command(
            name = "significance",
            mixinStandardHelpOptions = true,
            description = "Discovery p0 and significance Z (q0 test of POI = 0), asymptotic or from toys."
                    + " Exit status 2: bad input; 3: a fit failed (nothing printed).")
    static final class SignificanceCommand implements Callable<Integer> {
        @Mixin
        WorkspaceOptions ws;

        @Mixin
        ToyOptions toys;

        @Mixin
        OptimizerOption optimizer;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            boolean toyBased = toys.toyBased();
            Model m = ws.compile(spec.commandLine().getErr());
            Significance.Result z;
            boolean ok;
            Map<String, Object> status;
            Map<String, Object> toyInfo = null;
            if (toyBased) {
                if (optimizer.get() != Optimizer.BFGS) {
                    throw new InputException("--optimizer", "", "toys are fitted with bfgs only");
                }
                ToyCalculator calc = toys.calculator(m, TestStatistic.Q0);
                ToyHypotest t = toys.run(() -> calc.toyHypotest(0.0));
                toys.save(calc, m, ws, "significance");
                z = Significance.fromToys(t);
                ok = t.result().ok();
                status = fitStatus(t);
                toyInfo = ToyOptions.summary(t);
            } else {
                AsymptoticCalculator calc =
                        new AsymptoticCalculator(m, m.observedData(), TestStatistic.Q0, optimizer.get());
                HypotestResult r = calc.hypotest(0.0);
                z = Significance.fromAsymptotic(r);
                ok = r.ok();
                status = fitStatus(calc);
            }
            if (!ok || !Double.isFinite(z.p0())) {
                return failed(spec, "the discovery p-value could not be computed (a fit failed" + why(status) + ")");
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("p0", z.p0());
            out.put("Z", z.z());
            out.put("expected_p0", z.expectedP0());
            out.put("expected_Z", z.expectedZ());
            return printWithStatus(spec, out, toyInfo, status);
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
                return failed(
                        spec,
                        "the fit did not converge (" + r.status().name() + ": "
                                + r.diagnosis().summary() + ")");
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("parameters", List.of(m.parameterNames()));
            out.put("bestfit", r.values());
            out.put("uncertainty", r.errors());
            out.put("correlation", r.correlation());
            out.put("twice_nll", r.twiceNll());
            out.put("status", r.status().name());
            out.put("message", r.message());
            out.put("fit_status", FitReport.of(Map.of("fit", r)));
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
        ToyOptions toys;

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
            boolean toyBased = toys.toyBased();
            Model m = ws.compile(spec.commandLine().getErr());
            TestStatistic ts = testStat(testStat);
            if (ts == TestStatistic.Q0) {
                throw new InputException("--test-stat", "", "expected qtilde or q for an upper limit, got q0");
            }
            if (toyBased && optimizer.get() != Optimizer.BFGS) {
                throw new InputException("--optimizer", "", "toys are fitted with bfgs only");
            }
            AsymptoticCalculator asym =
                    toyBased ? null : new AsymptoticCalculator(m, m.observedData(), ts, optimizer.get());
            ToyCalculator toyCalc = toyBased ? toys.calculator(m, ts) : null;
            io.upsilon.stats.infer.HypothesisTest calc = toyBased ? toyCalc : asym;
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
                double[] points = UpperLimit.linspace(lo, hi, n);
                r = toys.run(() -> UpperLimit.scan(calc, points, level));
            } else {
                r = toys.run(() -> UpperLimit.rootFind(
                        calc, m.lowerBounds()[m.poiIndex()], m.upperBounds()[m.poiIndex()], level, rtol));
            }
            if (toyBased) {
                toys.save(toyCalc, m, ws, "upperlimit");
            }
            long failedPoints = r.points().stream()
                    .filter(p -> !Double.isFinite(p.clsObs()))
                    .count();
            if (!Double.isFinite(r.obs()) || !java.util.Arrays.stream(r.exp()).allMatch(Double::isFinite)) {
                return failed(
                        spec,
                        "no upper limit found on " + m.poiName() + " in its bounds (CLs never crossed " + level + ")");
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("obs", r.obs());
            out.put("exp", r.exp());
            out.put("points", r.points().size());
            if (!r.notes().isEmpty()) {
                out.put("notes", r.notes());
            }
            if (toyBased) {
                int failedToys = toyCalc.ensembles().stream()
                        .mapToInt(io.upsilon.stats.toys.ToyEnsemble::failures)
                        .sum();
                int allToys = toyCalc.ensembles().stream()
                        .mapToInt(io.upsilon.stats.toys.ToyEnsemble::size)
                        .sum();
                out.put("toys", Map.of("toys", allToys, "failed", failedToys));
            }
            Map<String, Object> status = toyBased
                    ? new LinkedHashMap<>(Map.of("ok", failedPoints == 0))
                    : new LinkedHashMap<>(fitStatus(asym));
            status.put("points_with_failed_fits", failedPoints);
            return printWithStatus(spec, out, null, status);
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
            w.println("fit status: " + r.nominal().status() + " ("
                    + r.nominal().diagnosis().summary() + ")");
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

    /** {@code x} to six significant digits without trailing zeros (5.2, 230, 1.23457e+06 as 1234570). */
    static String compact(double x) {
        if (!Double.isFinite(x)) {
            return Double.toString(x);
        }
        return new java.math.BigDecimal(x)
                .round(new java.math.MathContext(6))
                .stripTrailingZeros()
                .toPlainString();
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
            if (m.poiNames().size() > 1) {
                w.println("parameters of interest: " + String.join(", ", m.poiNames()));
            }
            List<String> blocks = m.correlationBlockNames();
            w.println("correlated constraint blocks: " + (blocks.isEmpty() ? "none" : String.join(", ", blocks)));
            if (m.hasUnbinnedChannels()) {
                w.println("unbinned channel                         observable  range                 events"
                        + "  sum of weights  components");
                for (Model.UnbinnedChannelSummary u : m.unbinnedChannels()) {
                    w.printf(
                            "  %-38s %-11s %-21s %7d %15s  %s%n",
                            u.name(),
                            u.observable().name(),
                            "[" + compact(u.observable().lower()) + ", "
                                    + compact(u.observable().upper()) + "]",
                            u.events(),
                            compact(u.sumWeights()),
                            String.join(", ", u.components()));
                }
            }
            w.flush();
            return 0;
        }
    }
}
