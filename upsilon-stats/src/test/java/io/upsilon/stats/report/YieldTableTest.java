package io.upsilon.stats.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.stats.fit.FitResult;
import io.upsilon.stats.fit.Fitter;
import io.upsilon.stats.model.Model;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YieldTableTest {

    @Test
    void prefitYieldsAreTheWorkspaceNominalsExactly() {
        Model m = ReportWorkspaces.compile(ReportWorkspaces.SYSTEMATICS);
        YieldTable t = YieldTable.compute(m, m.suggestedInit(), Covariances.prefit(m), m.observedData(), Map.of());
        YieldTable.ChannelYields sr = t.channels().get(0);
        assertThat(sr.rows()).extracting(YieldTable.Row::name).containsExactly("signal", "ttbar", "wjets");
        // At the suggested initial values every modifier is the identity (mu = 1, alpha = 0, gamma = 1).
        assertThat(sr.rows().get(0).yields()).containsExactly(300.0, 600.0, 200.0);
        assertThat(sr.rows().get(1).yields()).containsExactly(3000.0, 2500.0, 2000.0);
        assertThat(sr.rows().get(2).yields()).containsExactly(1000.0, 1200.0, 1500.0);
        assertThat(sr.total().yields()).containsExactly(4300.0, 4300.0, 3700.0);
        assertThat(sr.total().sum()).isEqualTo(12300.0);
        assertThat(sr.data()).containsExactly(4350.0, 4290.0, 3780.0);
    }

    @Test
    void yieldsAtAParameterPointMatchTheModifierFormulas() {
        Model m = ReportWorkspaces.compile(ReportWorkspaces.SYSTEMATICS);
        String[] names = m.parameterNames();
        double[] p = m.suggestedInit();
        set(p, names, "mu", 1.7);
        set(p, names, "sig_eff", 2.0); // outside [-1, 1] code4 is the exponential: 1.04^2
        set(p, names, "wjets_xs", -1.5); // 0.90^1.5
        set(p, names, "staterror_SR[1]", 1.03);
        YieldTable t =
                YieldTable.compute(m, p, Covariances.prefit(m), m.observedData(), Map.of("other", List.of("wjets")));
        YieldTable.ChannelYields sr = t.channels().get(0);
        double[] signal = sr.rows().get(0).yields();
        double[] other = sr.rows().get(2).yields();
        assertThat(sr.rows().get(2).name()).isEqualTo("other");
        double[] nomSig = {300, 600, 200};
        double[] nomW = {1000, 1200, 1500};
        double[] gamma = {1, 1.03, 1};
        for (int b = 0; b < 3; b++) {
            // Rounding only: a few products of doubles.
            assertThat(signal[b]).isCloseTo(nomSig[b] * 1.7 * 1.04 * 1.04, within(1e-9 * nomSig[b]));
            assertThat(other[b]).isCloseTo(nomW[b] * Math.pow(0.90, 1.5) * gamma[b], within(1e-9 * nomW[b]));
        }
        assertThat(sr.total().sum())
                .isCloseTo(
                        java.util.Arrays.stream(sr.rows().toArray(YieldTable.Row[]::new))
                                .mapToDouble(YieldTable.Row::sum)
                                .sum(),
                        within(1e-9));
    }

    @Test
    void mergedSamplesAreTheSumOfTheirMembers() {
        Model m = ReportWorkspaces.compile(ReportWorkspaces.SYSTEMATICS);
        FitResult fit = new Fitter(m).fit(m.observedData(), m.suggestedInit(), m.suggestedFixed(), true);
        double[][] cov = Covariances.postfit(fit);
        YieldTable plain = YieldTable.compute(m, fit.values(), cov, m.observedData(), Map.of());
        YieldTable merged = YieldTable.compute(
                m, fit.values(), cov, m.observedData(), Map.of("background", List.of("ttbar", "wjets")));
        List<YieldTable.Row> rows = merged.channels().get(0).rows();
        assertThat(rows).extracting(YieldTable.Row::name).containsExactly("signal", "background");
        double[] tt = plain.channels().get(0).rows().get(1).yields();
        double[] wj = plain.channels().get(0).rows().get(2).yields();
        for (int b = 0; b < 3; b++) {
            assertThat(rows.get(1).yields()[b]).isCloseTo(tt[b] + wj[b], within(1e-9));
        }
        // The total does not depend on the grouping.
        assertThat(merged.channels().get(0).total().errors())
                .containsExactly(plain.channels().get(0).total().errors());
    }

    /**
     * SR/CR with two free normalisations and two bins: the fit is exact and, the rates being linear,
     * the Hessian covariance mapped to the bins is the Poisson one: Var(total_SR) = n_SR = 130 and
     * Var(total_CR) = n_CR = 420, while mu = (n_SR - k b_SR) / s, k = n_CR / b_CR give Var(signal) =
     * n_SR + (b_SR / b_CR)^2 n_CR = 156.25 and Var(background_SR) = (b_SR / b_CR)^2 n_CR = 26.25.
     * Only with the correlation of mu and k (-0.41) do the samples' errors add up to the total's.
     * Tolerance 1e-3 relative: the Hessian is taken at the fitted minimum (tolerance ~1e-6) by
     * finite differences.
     */
    @Test
    void postfitErrorsMatchTheClosedFormWithCorrelations() {
        Model m = ReportWorkspaces.compile(ReportWorkspaces.SR_CR);
        FitResult fit = new Fitter(m).fit(m.observedData(), m.suggestedInit(), m.suggestedFixed(), true);
        assertThat(fit.status().ok()).isTrue();
        YieldTable t = YieldTable.compute(m, fit.values(), Covariances.postfit(fit), m.observedData(), Map.of());
        YieldTable.ChannelYields sr = t.channels().get(0);
        YieldTable.ChannelYields cr = t.channels().get(1);
        assertThat(sr.total().sum()).isCloseTo(130.0, within(1e-3));
        assertThat(sr.total().sumError()).isCloseTo(Math.sqrt(130.0), within(1e-3 * Math.sqrt(130.0)));
        assertThat(cr.total().sumError()).isCloseTo(Math.sqrt(420.0), within(1e-3 * Math.sqrt(420.0)));
        assertThat(sr.rows().get(0).sumError()).isCloseTo(Math.sqrt(156.25), within(1e-3 * 12.5));
        assertThat(sr.rows().get(1).sumError()).isCloseTo(Math.sqrt(26.25), within(1e-3 * 5.12));
        // Without correlations the SR total would be sqrt(156.25 + 26.25) = 13.5, not 11.4.
        assertThat(sr.total().sumError()).isLessThan(sr.rows().get(0).sumError());
    }

    /**
     * Pre-fit, the signal depends on mu (free: no pre-fit error, as in cabinetry) and on sig_eff
     * (Gaussian, sigma 1): its error must be |d yield / d alpha| at alpha = 0, here from an
     * independent central difference of the yields with a step 1e-6 (code4 is a polynomial there;
     * the difference is exact to ~1e-9, the table's own step of 1e-3 to ~1e-6: tolerance 1e-5).
     */
    @Test
    void prefitErrorIsTheSlopeTimesTheConstraintWidth() {
        Model m = ReportWorkspaces.compile(ReportWorkspaces.SYSTEMATICS);
        YieldTable t = YieldTable.compute(m, m.suggestedInit(), Covariances.prefit(m), m.observedData(), Map.of());
        double h = 1e-6;
        String[] names = m.parameterNames();
        double[] up = m.suggestedInit();
        double[] dn = m.suggestedInit();
        set(up, names, "sig_eff", h);
        set(dn, names, "sig_eff", -h);
        YieldTable tu = YieldTable.compute(m, up, Covariances.prefit(m), m.observedData(), Map.of());
        YieldTable td = YieldTable.compute(m, dn, Covariances.prefit(m), m.observedData(), Map.of());
        for (int b = 0; b < 3; b++) {
            double slope = (tu.channels().get(0).rows().get(0).yields()[b]
                            - td.channels().get(0).rows().get(0).yields()[b])
                    / (2 * h);
            assertThat(t.channels().get(0).rows().get(0).errors()[b])
                    .isCloseTo(Math.abs(slope), within(1e-5 * Math.abs(slope)));
        }
    }

    @Test
    void unknownSampleInAGroupIsRejected() {
        Model m = ReportWorkspaces.compile(ReportWorkspaces.SR_CR);
        assertThatThrownBy(() -> YieldTable.compute(
                        m, m.suggestedInit(), Covariances.prefit(m), m.observedData(), Map.of("x", List.of("ttbar"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ttbar");
    }

    static void set(double[] p, String[] names, String name, double v) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                p[i] = v;
                return;
            }
        }
        throw new IllegalArgumentException(name);
    }
}
