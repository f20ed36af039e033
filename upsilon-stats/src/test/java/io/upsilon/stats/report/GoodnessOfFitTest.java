package io.upsilon.stats.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.stats.fit.FitResult;
import io.upsilon.stats.fit.Fitter;
import io.upsilon.stats.model.Model;
import org.junit.jupiter.api.Test;

class GoodnessOfFitTest {

    /**
     * On an Asimov dataset (expected data at the initial parameters, auxiliary data included) the
     * best fit reproduces every bin, so the saturated statistic is 0 up to the fit's tolerance
     * (the deviance is quadratic in the rate offset: 1e-6 leaves room for offsets of 1e-3 / sqrt(n)).
     */
    @Test
    void asimovDataGiveZero() {
        Model m = ReportWorkspaces.compile(ReportWorkspaces.SYSTEMATICS);
        double[] asimov = m.expectedData(m.suggestedInit());
        FitResult fit = new Fitter(m).fit(asimov, m.suggestedInit(), m.suggestedFixed(), false);
        GoodnessOfFit.Result r = GoodnessOfFit.compute(m, asimov, fit);
        assertThat(r.total().t()).isCloseTo(0.0, within(1e-6));
        assertThat(r.channels().get(0).t()).isCloseTo(0.0, within(1e-6));
        // 3 bins - 1 unconstrained parameter (mu).
        assertThat(r.unconstrainedParameters()).isEqualTo(1);
        assertThat(r.total().ndof()).isEqualTo(2);
        assertThat(r.total().pValue()).isCloseTo(1.0, within(1e-6));
    }

    /**
     * SR/CR: two free normalisations fit two bins exactly: t = 0 with 0 degrees of freedom (no
     * p-value). Fix k at 1 and the background is 100 and 400: mu-hat = 1.5 fits the SR, the CR keeps
     * 2 [400 - 420 + 420 ln(420 / 400)] = 0.98477..., 1 degree of freedom.
     */
    @Test
    void closedFormWithAFixedNormalisation() {
        Model m = ReportWorkspaces.compile(ReportWorkspaces.SR_CR);
        FitResult free = new Fitter(m).fit(m.observedData(), m.suggestedInit(), m.suggestedFixed(), false);
        GoodnessOfFit.Result exact = GoodnessOfFit.compute(m, m.observedData(), free);
        assertThat(exact.total().t()).isCloseTo(0.0, within(1e-6));
        assertThat(exact.total().ndof()).isZero();
        assertThat(exact.total().pValue()).isNaN();

        String fixedK = ReportWorkspaces.SR_CR.replace(
                "\"parameters\": []", "\"parameters\": [{\"name\": \"k\", \"fixed\": true, \"inits\": [1.0]}]");
        Model mk = ReportWorkspaces.compile(fixedK);
        FitResult fit = new Fitter(mk).fit(mk.observedData(), mk.suggestedInit(), mk.suggestedFixed(), false);
        GoodnessOfFit.Result r = GoodnessOfFit.compute(mk, mk.observedData(), fit);
        double expected = 2 * (400 - 420 + 420 * Math.log(420.0 / 400.0));
        assertThat(r.total().t()).isCloseTo(expected, within(1e-6));
        assertThat(r.channels().get(1).t()).isCloseTo(expected, within(1e-6));
        assertThat(r.total().ndof()).isEqualTo(1);
        // P(chi2_1 > 0.98477) = erfc(sqrt(0.98477 / 2)) = 0.32106 (scipy.stats.chi2.sf).
        assertThat(r.total().pValue())
                .isCloseTo(org.hipparchus.special.Erf.erfc(Math.sqrt(expected / 2)), within(1e-9));
    }
}
