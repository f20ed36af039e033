package io.upsilon.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.upsilon.stats.fit.Optimizer;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every number of ../shared/stats-reference/cases.json (pyhf's own asserted values, pyhf commit
 * b3dc4bb) reproduced with the case's own tolerance |got - expected| <= atol + rtol |expected|.
 * The toy case is compared in scale only (see {@link #toyCase}).
 */
class PyhfReferenceCasesTest {

    /**
     * Entries where pyhf's asserted number differs from the exact optimum (Upsilon's default BFGS)
     * by more than pyhf's own tolerance, with the relative deviation of the BFGS result. pyhf's
     * numbers come from scipy's SLSQP at its default ftol (1e-6), which stops ~1e-5 away from the
     * minimum in the nuisance parameters; Asimov data built from such a fit move CLs at first order.
     * Checked with scipy's SLSQP at ftol 1e-14 on the same likelihood (hello world): it gives CLs_obs
     * 0.0525155249 and CLs_exp[0] 0.00260640453, Upsilon's values to 3e-8 relative, while pyhf
     * asserts 0.0525149742 and 0.00260626095. With {@link Optimizer#PYHF_SLSQP} these entries are
     * checked at pyhf's tolerance by {@link #pyhfSlsqpReproducesPyhf}; for BFGS they are held to
     * 5e-4 ({@link #bfgsWithinOptimizerNoise}).
     */
    static final Map<String, String> BFGS_OFF_BY_SLSQP_NOISE = Map.ofEntries(
            Map.entry("val_1bin_shapesys_mu1 :: hypotest.q.CLs_obs", "5.3e-6 rel"),
            Map.entry("val_1bin_shapesys_mu1 :: hypotest.q.CLs_exp", "3.4e-5 rel"),
            Map.entry("val_1bin_shapesys_q0_mu0 :: hypotest.q0.CLs_exp", "3.3e-4 rel (exp[0] = 1.2e-5)"),
            Map.entry("val_1bin_lumi_mu1 :: hypotest.q.CLs_obs", "3.0e-5 rel"),
            Map.entry("val_1bin_lumi_mu1 :: hypotest.q.CLs_exp", "4.7e-5 rel"),
            Map.entry("val_1bin_normsys_mu1 :: hypotest.q.CLs_exp", "2.9e-5 rel"),
            Map.entry("val_2bin_2channel_mu1 :: hypotest.q.CLs_obs", "2.5e-6 rel"),
            Map.entry("val_2bin_2channel_mu1 :: hypotest.q.CLs_exp", "2.2e-5 rel"),
            Map.entry("val_2bin_2channel_couplednorm_mu1 :: hypotest.q.CLs_obs", "1.0e-5 rel"),
            Map.entry("val_2bin_2channel_couplednorm_mu1 :: hypotest.q.CLs_exp", "1.2e-4 rel"),
            Map.entry("val_2bin_2channel_coupledhistosys_mu1 :: hypotest.q.CLs_exp", "3.6e-5 rel"),
            Map.entry("infer_hello_world :: hypotest.qtilde.CLs_obs", "1.05e-5 rel"),
            Map.entry("infer_hello_world :: hypotest.qtilde.CLs_exp", "5.5e-5 rel"),
            Map.entry("infer_hello_world :: upper_limit.scan.obs", "5.4e-6 rel"),
            Map.entry("infer_hello_world :: upper_limit.scan.exp", "1.3e-5 rel"),
            Map.entry("infer_hello_world :: upper_limit.toms748.obs", "2.5e-6 rel"),
            Map.entry("infer_hello_world :: upper_limit.toms748.exp", "7.6e-6 rel"),
            Map.entry("infer_hello_world :: hypotest.qtilde.fitted_pars.asimov_pars", "3.7e-5 rel"),
            Map.entry("infer_hello_world :: hypotest.qtilde.fitted_pars.free_fit_to_data", "1.2e-5 rel"),
            Map.entry("infer_hello_world :: hypotest.qtilde.fitted_pars.free_fit_to_asimov", "4.9e-5 rel"),
            Map.entry("infer_hello_world :: hypotest.qtilde.fitted_pars.fixed_poi_fit_to_asimov", "3.9e-5 rel"),
            Map.entry("infer_hello_world_scan21 :: upper_limit.scan.exp", "1.2e-5 rel"),
            Map.entry("docs_2bin_1channel :: hypotest.qtilde.CLs_obs", "9.1e-8 rel (3.3e-8 abs, atol 5e-9)"),
            Map.entry("docs_2bin_1channel :: hypotest.qtilde.CLs_exp.2", "9.1e-8 rel (3.3e-8 abs, atol 5e-9)"),
            Map.entry("optim_1bin_minimize :: mle.bestfit_vector", "2.4e-5 rel (exact optimum mu = 0.5)"),
            Map.entry(
                    "calculator_1bin_fitted_pars :: hypotest.qtilde.fitted_pars.fixed_poi_fit_to_asimov", "2.8e-5 rel"),
            Map.entry(
                    "calculator_1bin_fitted_pars :: hypotest.qtilde.fitted_pars.free_fit_to_asimov",
                    "mu 0 vs 7.6e-5 (exact optimum on Asimov data at mu = 0 is 0)"),
            Map.entry("regression_sbottom_regionA_1400_950_60 :: hypotest.qtilde.CLs_exp", "5.4e-5 rel"),
            Map.entry("regression_sbottom_regionA_1500_850_60 :: hypotest.qtilde.CLs_exp", "3.6e-5 rel"),
            Map.entry("regression_sbottom_regionC_1600_850_60 :: hypotest.qtilde.CLs_exp", "2.9e-5 rel"));

    static Stream<ReferenceCases.Expectation> expectations() {
        return ReferenceCases.all().stream()
                .filter(e -> !e.key().startsWith("hypotest_toys."))
                .filter(e -> !BFGS_OFF_BY_SLSQP_NOISE.containsKey(e.toString()));
    }

    static Stream<ReferenceCases.Expectation> bfgsOffBySlsqpNoise() {
        return ReferenceCases.all().stream().filter(e -> BFGS_OFF_BY_SLSQP_NOISE.containsKey(e.toString()));
    }

    static Stream<ReferenceCases.Expectation> toyExpectations() {
        return ReferenceCases.all().stream().filter(e -> e.key().startsWith("hypotest_toys."));
    }

    /**
     * The BFGS results of those entries checked against a stated, looser bound (NOT pyhf's
     * tolerance): relative 5e-4 (absolute 1e-4 for fitted parameters near 0), the scale of pyhf's
     * optimizer noise.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("bfgsOffBySlsqpNoise")
    void bfgsWithinOptimizerNoise(ReferenceCases.Expectation e) {
        Assumptions.assumeTrue(
                ReferenceCases.sharedDir() != null, "../shared not present: skipping pyhf reference cases");
        double[] got = ReferenceCases.compute(e.caseNode(), e.key());
        double[] exp = values(e.spec().get("value"));
        for (int i = 0; i < exp.length; i++) {
            System.out.printf(
                    "DEV %-60s [%d] got %.12g expected %.12g rel.dev %.3g%n",
                    e, i, got[i], exp[i], Math.abs(got[i] - exp[i]) / Math.max(Math.abs(exp[i]), 1e-300));
            assertThat(Math.abs(got[i] - exp[i]))
                    .as("%s [%d]: got %s expected %s", e, i, got[i], exp[i])
                    .isLessThanOrEqualTo(
                            1e-4 * (e.key().contains("fitted_pars") ? 1 : 0) + 5e-4 * Math.abs(exp[i]) + 1e-7);
        }
    }

    /**
     * Toys depend on the random stream, so pyhf's toy numbers are compared in scale: each value
     * within 4 binomial standard errors of a 2000-toy estimate, sqrt(p(1-p)/N) with p at least 1/N.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("toyExpectations")
    void toyCase(ReferenceCases.Expectation e) {
        Assumptions.assumeTrue(
                ReferenceCases.sharedDir() != null, "../shared not present: skipping pyhf reference cases");
        double[] got = ReferenceCases.compute(e.caseNode(), e.key());
        double[] exp = values(e.spec().get("value"));
        int n = Integer.parseInt(ReferenceCases.arg(e.caseNode(), "--toys", "2000"));
        for (int i = 0; i < exp.length; i++) {
            double p = Math.max(exp[i], 1.0 / n);
            double tol = 4 * Math.sqrt(p * (1 - p) / n);
            System.out.printf("TOY %s [%d] got %.5g expected %.5g tol %.3g%n", e, i, got[i], exp[i], tol);
            assertThat(Math.abs(got[i] - exp[i])).as("%s [%d]", e, i).isLessThanOrEqualTo(tol);
        }
    }

    private static double[] values(JsonNode v) {
        double[] exp = v.isArray() ? new double[v.size()] : new double[] {v.asDouble()};
        for (int i = 0; v.isArray() && i < v.size(); i++) {
            exp[i] = v.get(i).asDouble();
        }
        return exp;
    }

    static Stream<ReferenceCases.Expectation> slsqpExpectations() {
        return ReferenceCases.all().stream().filter(e -> !e.key().startsWith("hypotest_toys."));
    }

    /**
     * Every entry with pyhf's own optimiser settings (SLSQP, ftol 1e-6) at pyhf's own tolerance, all
     * of them. The last one to pass was val_1bin_normsys_mu1 CLs_exp: each of its five fits took
     * pyhf's iterations and evaluations, but with the precise NLL its start-point twice_nll was
     * 24.889328679920446 against pyhf's 24.889328679920407 (11 ulp), which the forward difference
     * (step 1.5e-8) turned into 5e-7 relative of the gradient and 3.7e-6 of CLs_exp[0] (rtol 3e-6).
     * Since the SLSQP fits evaluate twice_nll in pyhf's operation order ({@code
     * Likelihood.twiceNllPyhf}, bit-identical to pyhf there) it is 5.5e-8.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("slsqpExpectations")
    void pyhfSlsqpReproducesPyhf(ReferenceCases.Expectation e) {
        check(e, Optimizer.PYHF_SLSQP, "SLSQP");
    }

    @Test
    void sharedDirectoryPresentOrSkipped() {
        Assumptions.assumeTrue(
                ReferenceCases.sharedDir() != null, "../shared not present: skipping pyhf reference cases");
        assertThat(ReferenceCases.all()).hasSizeGreaterThan(40);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void reproducesPyhf(ReferenceCases.Expectation e) {
        check(e, Optimizer.BFGS, "REF");
    }

    private static void check(ReferenceCases.Expectation e, Optimizer opt, String tag) {
        Assumptions.assumeTrue(
                ReferenceCases.sharedDir() != null, "../shared not present: skipping pyhf reference cases");
        JsonNode spec = e.spec();
        double[] got = ReferenceCases.compute(e.caseNode(), e.key(), opt);
        if (spec.has("finite")) {
            assertThat(Arrays.stream(got).allMatch(Double::isFinite))
                    .as("%s finite: %s", e, Arrays.toString(got))
                    .isTrue();
            return;
        }
        double rtol = spec.path("rtol").asDouble(0);
        double atol = spec.path("atol").asDouble(0);
        JsonNode v = spec.get("value");
        double[] exp = v.isArray() ? new double[v.size()] : new double[] {v.asDouble()};
        for (int i = 0; v.isArray() && i < v.size(); i++) {
            exp[i] = v.get(i).asDouble();
        }
        assertThat(got).as("%s length", e).hasSize(exp.length);
        for (int i = 0; i < exp.length; i++) {
            double tol = atol + rtol * Math.abs(exp[i]);
            double dev = Math.abs(got[i] - exp[i]);
            System.out.printf(
                    "%s %-60s [%d] got %.12g expected %.12g rel.dev %.3g (tol %.3g)%n",
                    tag, e, i, got[i], exp[i], dev / Math.max(Math.abs(exp[i]), 1e-300), tol);
        }
        for (int i = 0; i < exp.length; i++) {
            double tol = atol + rtol * Math.abs(exp[i]);
            double dev = Math.abs(got[i] - exp[i]);
            assertThat(dev)
                    .as("%s [%d]: got %s expected %s (tolerance %s)", e, i, got[i], exp[i], tol)
                    .isLessThanOrEqualTo(tol);
        }
    }
}
