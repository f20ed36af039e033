package io.upsilon.stats.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.stats.TestWorkspaces;
import io.upsilon.stats.model.Model;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Deliberately broken or degenerate models, each of which must be diagnosed with the right reason
 * and the right parameters, and fits whose first optimiser fails, which the retry ladder rescues.
 */
class FitDiagnosisTest {

    /** One bin, signal (normfactor mu) over a background known to 5%. */
    private static String oneBin(String extraSigModifiers, String extraSamples, double observed, String muConfig) {
        return """
                {"channels": [{"name": "sr", "samples": [
                  {"name": "sig", "data": [10.0], "modifiers": [
                    {"name": "mu", "type": "normfactor", "data": null}%s]},
                  {"name": "bkg", "data": [50.0], "modifiers": [
                    {"name": "bkg_norm", "type": "normsys", "data": {"hi": 1.05, "lo": 0.95}}]}%s]}],
                 "observations": [{"name": "sr", "data": [%s]}],
                 "measurements": [{"name": "m", "config": {"poi": "mu", "parameters": [%s]}}],
                 "version": "1.0.0"}
                """.formatted(extraSigModifiers, extraSamples, observed, muConfig);
    }

    @Test
    void aParameterWithNoEffectIsAFlatDirection() {
        // "k" scales a sample with no events: the likelihood cannot depend on it.
        Model m = TestWorkspaces.compile(oneBin("", """
                , {"name": "empty", "data": [0.0], "modifiers": [
                    {"name": "k", "type": "normfactor", "data": null}]}""", 75, ""));
        FitResult r = new Fitter(m).fit(m.observedData(), m.suggestedInit(), m.suggestedFixed(), true);
        FitDiagnosis.Finding f = r.diagnosis().finding(FitDiagnosis.Reason.FLAT_DIRECTION);
        assertThat(f).as(r.diagnosis().summary()).isNotNull();
        assertThat(f.parameters()).containsExactly("k");
        // mu and bkg_norm are still measured: the flat direction is not blamed on them.
        assertThat(r.diagnosis().has(FitDiagnosis.Reason.HESSIAN_NOT_POSITIVE_DEFINITE))
                .as(r.diagnosis().summary())
                .isFalse();
        assertThat(r.errors()[m.poiIndex()]).isNaN(); // singular Hessian: no uncertainties
    }

    @Test
    void degenerateModifiersGiveAHessianThatIsNotPositiveDefinite() {
        // mu and k both scale the signal: only their product is measured.
        Model m = TestWorkspaces.compile(
                oneBin(", {\"name\": \"k\", \"type\": \"normfactor\", \"data\": null}", "", 75, ""));
        FitResult r = new Fitter(m).fit(m.observedData(), m.suggestedInit(), m.suggestedFixed(), true);
        assertThat(r.status().ok()).isTrue();
        FitDiagnosis.Finding f = r.diagnosis().finding(FitDiagnosis.Reason.HESSIAN_NOT_POSITIVE_DEFINITE);
        assertThat(f).as(r.diagnosis().summary()).isNotNull();
        assertThat(f.parameters()).containsExactlyInAnyOrder("mu", "k");
        assertThat(f.detail()).contains("vanishing eigenvalue");
        assertThat(r.diagnosis().has(FitDiagnosis.Reason.FLAT_DIRECTION)).isFalse();
        // The product is still fitted: mu k s + b = n (bkg_norm stays at 0, its constraint's minimum).
        assertThat(r.value(m.poiIndex()) * r.value(indexOf(m, "k"))).isCloseTo(2.5, within(1e-5));
    }

    @Test
    void aPoiPinnedAtItsBoundIsNamed() {
        // 30 observed on 50 expected: mu-hat would be -2, the bound is 0.
        Model m = TestWorkspaces.compile(oneBin("", "", 30, ""));
        FitResult r = new Fitter(m).fit(m.observedData());
        assertThat(r.status()).isEqualTo(FitStatus.AT_BOUND);
        FitDiagnosis.Finding f = r.diagnosis().finding(FitDiagnosis.Reason.PARAMETER_AT_BOUND);
        assertThat(f.parameters()).containsExactly("mu");
        assertThat(f.detail()).contains("mu = 0 at its lower bound");
        assertThat(r.diagnosis().retried()).isFalse();
    }

    @Test
    void aStartWhereTheLikelihoodIsNotFiniteIsRescuedByThePerturbedStart() {
        // Signal only, mu starting at 0: the expected count 0 against 5 observed gives NLL = +inf.
        String ws = """
                {"channels": [{"name": "sr", "samples": [
                  {"name": "sig", "data": [10.0], "modifiers": [{"name": "mu", "type": "normfactor", "data": null}]}]}],
                 "observations": [{"name": "sr", "data": [5]}],
                 "measurements": [{"name": "m", "config": {"poi": "mu", "parameters": [
                   {"name": "mu", "inits": [0.0], "bounds": [[0.0, 10.0]]}]}}],
                 "version": "1.0.0"}
                """;
        Model m = TestWorkspaces.compile(ws);
        FitResult plain = new Fitter(m).withoutRetries().fit(m.observedData());
        assertThat(plain.status()).isEqualTo(FitStatus.FAILED);
        assertThat(plain.diagnosis().has(FitDiagnosis.Reason.NOT_CONVERGED)).isTrue();
        FitResult r = new Fitter(m).fit(m.observedData());
        assertThat(r.status()).isEqualTo(FitStatus.CONVERGED);
        assertThat(steps(r)).containsExactly("bfgs", "perturbed-start");
        assertThat(r.diagnosis().attempts().get(0).status()).isEqualTo(FitStatus.FAILED);
        // Poisson maximum: mu * 10 = 5.
        assertThat(r.value(m.poiIndex())).isCloseTo(0.5, within(1e-7));
        assertThat(r.diagnosis().findings()).isEmpty();
    }

    @Test
    void whenBfgsKeepsFailingTheLadderEndsWithTheOtherOptimiser() {
        Model m = TestWorkspaces.compile(TestWorkspaces.ALL_MODIFIERS);
        FitResult reference = new Fitter(m).fit(m.observedData());
        // Two iterations are never enough for this 14-parameter model: every BFGS step fails.
        Fitter crippled = new Fitter(m, new Minimizer(1e-15, 2));
        FitResult r = crippled.fit(m.observedData());
        assertThat(steps(r)).containsExactly("bfgs", "perturbed-start", "diagonal-metric", "simplex", "slsqp");
        assertThat(r.status().ok()).isTrue();
        // SLSQP stops at ftol 1e-6 on twice the NLL (scipy's default in pyhf): agree to that.
        assertThat(r.nll()).isCloseTo(reference.nll(), within(1e-5));
        FitResult noLadder = crippled.withoutRetries().fit(m.observedData());
        assertThat(noLadder.status()).isEqualTo(FitStatus.FAILED);
        assertThat(noLadder.diagnosis()
                        .findings()
                        .get(noLadder.diagnosis().findings().size() - 1)
                        .reason())
                .isEqualTo(FitDiagnosis.Reason.NOT_CONVERGED);
    }

    @Test
    void aCleanFitHasNoFindingsAndOneAttempt() {
        Model m = TestWorkspaces.compile(TestWorkspaces.ALL_MODIFIERS);
        FitResult r = new Fitter(m).fit(m.observedData(), m.suggestedInit(), m.suggestedFixed(), true);
        assertThat(r.status()).isEqualTo(FitStatus.CONVERGED);
        assertThat(r.diagnosis().findings()).as(r.diagnosis().summary()).isEmpty();
        assertThat(steps(r)).containsExactly("bfgs");
        assertThat(r.diagnosis().summary()).isEqualTo("ok");
    }

    private static List<String> steps(FitResult r) {
        return r.diagnosis().attempts().stream().map(FitDiagnosis.Attempt::step).toList();
    }

    private static int indexOf(Model m, String name) {
        return List.of(m.parameterNames()).indexOf(name);
    }
}
