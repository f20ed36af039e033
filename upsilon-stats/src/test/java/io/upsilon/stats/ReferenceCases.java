package io.upsilon.stats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.upsilon.stats.fit.FitResult;
import io.upsilon.stats.fit.Fitter;
import io.upsilon.stats.fit.Optimizer;
import io.upsilon.stats.infer.AsymptoticCalculator;
import io.upsilon.stats.infer.HypotestResult;
import io.upsilon.stats.infer.TestStatistic;
import io.upsilon.stats.infer.ToyCalculator;
import io.upsilon.stats.infer.UpperLimit;
import io.upsilon.stats.model.Interpolation;
import io.upsilon.stats.model.Model;
import io.upsilon.stats.model.ModelCompiler;
import io.upsilon.stats.model.ModelOptions;
import io.upsilon.stats.workspace.JsonPatch;
import io.upsilon.stats.workspace.WorkspaceReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads ../shared/stats-reference/cases.json (pyhf reference numbers: the values pyhf's own test suite
 * asserts for the workspaces in ../shared/pyhf_validation and ../shared/published_likelihoods, pyhf
 * commit b3dc4bb) and computes each referenced quantity with Upsilon.
 */
final class ReferenceCases {

    private ReferenceCases() {}

    /** The shared directory, or null when absent. */
    static Path sharedDir() {
        String p = System.getProperty("upsilon.shared.dir");
        if (p == null) {
            return null;
        }
        Path d = Path.of(p);
        return Files.isDirectory(d.resolve("stats-reference")) ? d : null;
    }

    /** One expected number (or vector) of a case. */
    record Expectation(String caseId, String key, JsonNode caseNode, JsonNode spec) {
        @Override
        public String toString() {
            return caseId + " :: " + key;
        }
    }

    /**
     * Every expectation of cases.json. Without ../shared (a user's clone) this aborts the calling
     * test or argument source, so parameterised tests are reported as skipped with the reason.
     */
    static List<Expectation> all() {
        Path shared = sharedDir();
        org.junit.jupiter.api.Assumptions.assumeTrue(
                shared != null, "../shared/stats-reference not present: skipping the pyhf reference cases");
        try {
            JsonNode root = new ObjectMapper()
                    .readTree(shared.resolve("stats-reference/cases.json").toFile());
            List<Expectation> out = new ArrayList<>();
            for (JsonNode c : root.get("cases")) {
                var it = c.get("expected").fields();
                while (it.hasNext()) {
                    var e = it.next();
                    out.add(new Expectation(c.get("id").asText(), e.getKey(), c, e.getValue()));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String arg(JsonNode c, String name, String def) {
        JsonNode args = c.get("args");
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).asText().equals(name)) {
                return i + 1 < args.size() ? args.get(i + 1).asText() : "";
            }
        }
        return def;
    }

    /** Per-case computation cache: a case's workspace is compiled and fitted once for all its keys. */
    private static final class Computed {
        Model model;
        AsymptoticCalculator calc;
        HypotestResult hypo;
        FitResult[] fittedPars;
    }

    private static final Map<String, Computed> CACHE = new HashMap<>();

    static synchronized Model model(JsonNode c) {
        Computed comp = CACHE.computeIfAbsent(c.get("id").asText(), k -> new Computed());
        if (comp.model == null) {
            Path ref = sharedDir().resolve("stats-reference");
            Path ws = ref.resolve(c.get("workspace").asText()).normalize();
            JsonNode tree = WorkspaceReader.readTree(ws);
            if (c.has("patches")) {
                for (JsonNode p : c.get("patches")) {
                    tree = JsonPatch.applyFile(tree, ref.resolve(p.asText()).normalize(), null);
                }
            }
            var w = WorkspaceReader.fromTree(ws.toString(), tree);
            ModelOptions opts = new ModelOptions(
                    arg(c, "--normsys-interp", "code4").equals("code1")
                            ? Interpolation.NormsysCode.CODE1
                            : Interpolation.NormsysCode.CODE4,
                    arg(c, "--histosys-interp", "code4p").equals("code0")
                            ? Interpolation.HistosysCode.CODE0
                            : Interpolation.HistosysCode.CODE4P);
            comp.model = ModelCompiler.compile(w, ws.toString(), null, opts);
        }
        return comp.model;
    }

    private static synchronized Computed hypotest(JsonNode c, Optimizer opt) {
        Model m = model(c);
        Computed comp = CACHE.computeIfAbsent(c.get("id").asText() + "/" + opt, k -> new Computed());
        if (comp.hypo == null) {
            TestStatistic ts = TestStatistic.parse(arg(c, "--test-stat", "qtilde"));
            comp.calc = new AsymptoticCalculator(m, m.observedData(), ts, opt);
            comp.hypo = comp.calc.hypotest(Double.parseDouble(arg(c, "--poi-value", "1.0")));
            comp.fittedPars = new FitResult[] {
                comp.calc.asimovFit(),
                comp.calc.freeFitToData(),
                comp.calc.freeFitToAsimov(),
                comp.calc.lastConditionalFitToData(),
                comp.calc.lastConditionalFitToAsimov()
            };
        }
        return comp;
    }

    /** Computes the quantity named by {@code key} for case {@code c} with the default optimiser. */
    static double[] compute(JsonNode c, String key) {
        return compute(c, key, Optimizer.BFGS);
    }

    /** Computes the quantity named by {@code key} for case {@code c} with optimiser {@code opt}. */
    static synchronized double[] compute(JsonNode c, String key, Optimizer opt) {
        Model m = model(c);
        if (key.startsWith("hypotest_toys.")) {
            TestStatistic ts = TestStatistic.parse(arg(c, "--test-stat", "qtilde"));
            int ntoys = Integer.parseInt(arg(c, "--toys", "2000"));
            HypotestResult r = new ToyCalculator(m, m.observedData(), ts, ntoys, 0L)
                    .hypotest(Double.parseDouble(arg(c, "--poi-value", "1.0")));
            return key.endsWith("CLs_obs") ? new double[] {r.clsObs()} : r.clsExp();
        }
        if (key.startsWith("hypotest.")) {
            Computed comp = hypotest(c, opt);
            String rest = key.substring(key.indexOf('.', "hypotest.".length()) + 1);
            if (rest.equals("CLs_obs")) {
                return new double[] {comp.hypo.clsObs()};
            }
            if (rest.equals("CLs_exp")) {
                return comp.hypo.clsExp();
            }
            if (rest.startsWith("CLs_exp.")) {
                return new double[] {comp.hypo.clsExp()[Integer.parseInt(rest.substring(8))]};
            }
            if (rest.startsWith("fitted_pars.")) {
                String which = rest.substring("fitted_pars.".length());
                int idx = List.of(
                                "asimov_pars",
                                "free_fit_to_data",
                                "free_fit_to_asimov",
                                "fixed_poi_fit_to_data",
                                "fixed_poi_fit_to_asimov")
                        .indexOf(which);
                return comp.fittedPars[idx].values();
            }
        }
        if (key.equals("likelihood_checks.twice_nll_at_suggested_init")) {
            return new double[] {m.likelihood().twiceNll(m.suggestedInit())};
        }
        if (key.equals("likelihood_checks.expected_main_at_suggested_init")) {
            return m.expectedMain(m.suggestedInit());
        }
        if (key.equals("fixed_poi_fit.twice_nll")) {
            double mu = Double.parseDouble(arg(c, "--poi-value", "1.0"));
            return new double[] {
                new Fitter(m, opt).fixedPoiFit(mu, m.observedData()).twiceNll()
            };
        }
        if (key.equals("mle.bestfit_vector")) {
            return new Fitter(m, opt).fit(m.observedData()).values();
        }
        if (key.startsWith("upper_limit.")) {
            TestStatistic ts = TestStatistic.parse(arg(c, "--test-stat", "qtilde"));
            AsymptoticCalculator calc = new AsymptoticCalculator(m, m.observedData(), ts, opt);
            UpperLimit.Result r;
            if (key.startsWith("upper_limit.scan.")) {
                String[] s = arg(c, "--scan", "0:5:21").split(":");
                r = UpperLimit.scan(
                        calc,
                        UpperLimit.linspace(Double.parseDouble(s[0]), Double.parseDouble(s[1]), Integer.parseInt(s[2])),
                        0.05);
            } else {
                double rtol = Double.parseDouble(arg(c, "--toms748-rtol", "1e-4"));
                r = UpperLimit.rootFind(
                        calc, m.lowerBounds()[m.poiIndex()], m.upperBounds()[m.poiIndex()], 0.05, Math.min(rtol, 1e-8));
            }
            return key.endsWith(".obs") ? new double[] {r.obs()} : r.exp();
        }
        throw new IllegalArgumentException("unknown key " + key);
    }
}
