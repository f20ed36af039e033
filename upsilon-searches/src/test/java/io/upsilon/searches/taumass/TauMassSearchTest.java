package io.upsilon.searches.taumass;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.upsilon.searches.CutFlowCsv;
import io.upsilon.searches.QuickRuns;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quick version of the measurement end to end, on one and two threads. */
class TauMassSearchTest {
    @TempDir
    static Path tmp;

    static Path one;
    static Path two;
    static Path noContinuum;

    @BeforeAll
    static void runQuick() throws Exception {
        one = tmp.resolve("one");
        two = tmp.resolve("two");
        QuickRuns.run("tau-mass", one, 1);
        QuickRuns.run("tau-mass", two, 2);
        // The method's closure without the q qbar continuum: in quick mode the continuum is ~170
        // simulated events for ~25% of the fit window, whose shape noise widens the closure's spread
        // beyond its error (see the comment above closureRecoversTheShiftedInputMass).
        noContinuum = tmp.resolve("no-qqbar");
        Path file = QuickRuns.withoutBackground(
                tmp, "no-qqbar.yaml", "tau-mass", "qqbar", "analysis: tau-mass", "analysis: tau-mass");
        QuickRuns.run(file.toString(), noContinuum, 2);
    }

    private static JsonNode result(Path dir) throws Exception {
        return new ObjectMapper().readTree(dir.resolve("result.json").toFile());
    }

    @Test
    void theContinuumIsInTheCutFlowAndInEveryFittedSample() throws Exception {
        CutFlowCsv.Row generated = CutFlowCsv.row(one, "qqbar", "", "generated");
        CutFlowCsv.Row presel = CutFlowCsv.row(one, "qqbar", "", "preselection");
        // sigma(ee -> q qbar) ~ 3.4 nb x 190 fb^-1 = 6.5e8 (20% for the pilot run and ISR).
        assertThat(generated.expected()).isBetween(5.2e8, 7.8e8);
        assertThat(presel.expected()).isPositive().isBetween(0.5 * generated.expected(), generated.expected());
        JsonNode r = result(one);
        assertThat(r.get("backgrounds").get(0).asText()).isEqualTo("qqbar");
        JsonNode window = r.get("fit_window_composition");
        double bkg = window.get("data").get("background_expected").asDouble();
        double tau = window.get("data").get("tau_pairs_expected").asDouble();
        assertThat(bkg).isPositive();
        assertThat(window.get("data").get("background_share").asDouble())
                .isEqualTo(bkg / (bkg + tau), org.assertj.core.api.Assertions.within(1e-12));
        // The samples share the background events: the same expected background in each window.
        for (String s : List.of("calibration", "closure")) {
            assertThat(window.get(s).get("background_expected").asDouble())
                    .as(s)
                    .isEqualTo(bkg);
        }
    }

    @Test
    void writesEveryOutputWithTheResultFields() throws Exception {
        assertThat(QuickRuns.files(one).stream().map(Path::toString))
                .contains(
                        "result.json",
                        "summary.json",
                        "cutflow.csv",
                        "cutflow.md",
                        "report.html",
                        "mmin_histogram.csv",
                        "mmin_fit.png",
                        "mmin_fit.pdf",
                        "hepdata/submission.yaml",
                        "hepdata/mmin.yaml");
        JsonNode r = result(one);
        for (String k : List.of(
                "m_tau_fit_gev",
                "stat_err_gev",
                "stat_err_extrapolated_gev",
                "m_tau_input_gev",
                "bias_gev",
                "bias_err_gev",
                "syst_beam_energy_gev",
                "syst_momentum_scale_gev")) {
            assertThat(r.get(k)).as(k).isNotNull();
            assertThat(r.get(k).isNumber()).as(k).isTrue();
        }
        assertThat(r.get("m_tau_input_gev").asDouble()).isEqualTo(1.77693);
        // The fit converged with errors: a few MeV on the quick sample, far from the window edges.
        assertThat(r.get("stat_err_gev").asDouble()).isBetween(1e-5, 0.01);
        assertThat(r.get("m_tau_fit_gev").asDouble()).isBetween(1.76, 1.79);
        // The extrapolation scales by sqrt(fraction) < 1.
        assertThat(r.get("stat_err_extrapolated_gev").asDouble())
                .isLessThan(r.get("stat_err_gev").asDouble());
        JsonNode summary =
                new ObjectMapper().readTree(one.resolve("summary.json").toFile());
        assertThat(summary.get("provenance")).isNotNull();
    }

    @Test
    void sameSeedGivesIdenticalOutputsOnOneAndTwoThreads() throws Exception {
        QuickRuns.assertIdenticalOutputs(one, two);
    }

    // No closure assertion on the quick run WITH the continuum: its closure pull is wider than unit
    // width. With each continuum event entering the fit 10-30 times as identical copies, seeds 7, 3, 4,
    // 5, 6, 8 gave 2.72, -1.20, 1.57, -1.54, -3.04, -0.36 (RMS 1.95); with the smoothed bootstrap of the
    // continuum (independent events, TauMassSearch.resampleBackground) seeds 7, 3, 4, 5, 6, 8, 9, 10, 11
    // gave -0.89, -2.46, 1.74, -1.40, 0.14, -1.68, -1.93, 2.47, -0.02 (RMS 1.65 +- 0.4); without the
    // continuum seeds 3-8 gave -1.38, 1.72, -0.83, -0.84, -0.90, -0.69 (RMS 1.12): the endpoint fit's
    // Hessian error on ~4000 events is itself somewhat optimistic. The method's closure is tested below
    // without the continuum at the fixed seed; the full run (docs/tau-mass.md) is the closure with it.

    @Test
    void closureRecoversTheShiftedInputMass() throws Exception {
        JsonNode c = result(noContinuum).get("closure");
        assertThat(c.get("m_tau_input_gev").asDouble())
                .isCloseTo(1.77893, org.assertj.core.api.Assertions.within(1e-12));
        // After the bias correction the closure sample gives its input within 2.5 standard errors
        // (closure and calibration statistics); a missing correction or a mass not reaching the
        // generator would show as a shift of ~2 MeV, many errors of the quick samples... if they are
        // precise enough: the error itself must be below 2 MeV for the test to have teeth.
        assertThat(Math.abs(c.get("pull").asDouble())).isLessThan(2.5);
        assertThat(c.get("err_gev").asDouble()).isLessThan(0.002);
    }
}
