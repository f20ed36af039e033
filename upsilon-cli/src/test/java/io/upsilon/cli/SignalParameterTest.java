package io.upsilon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code --param signal=NAME} on the Upsilon(4S) processes: listed, restricting the pairs, checked. */
class SignalParameterTest {
    @Test
    void anUnknownSignalIsOneLineListingTheBundledOnesAndStatusTwo() {
        CliTestSupport.Result r =
                CliTestSupport.run("xsec", "y4s-bpbm", "--events", "10", "--param", "signal=b-nosuch");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err())
                .contains("unknown signal 'b-nosuch'")
                .contains("b-knunu")
                .contains("b0-kstarnunu");
        assertThat(r.err().lines()).hasSize(1);
    }

    @Test
    void aDefineTheOverlayDoesNotHaveIsStatusTwo() {
        CliTestSupport.Result r = CliTestSupport.run(
                "xsec", "y4s-b0b0bar", "--events", "10", "--param", "signal=b0-jpsiks", "--param", "nosuch=1");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("no Define nosuch").contains("minusTwoPhi1");
    }

    @Test
    void aChargedSignalOnBbbarMakesOnlyChargedPairsAndSaysSo() {
        CliTestSupport.Result all = CliTestSupport.run("xsec", "y4s-bbbar", "--events", "2000", "--no-radiation");
        CliTestSupport.Result signal = CliTestSupport.run(
                "xsec", "y4s-bbbar", "--events", "2000", "--no-radiation", "--param", "signal=b-knunu", "--json");
        assertThat(all.status()).as(all.err()).isZero();
        assertThat(signal.status()).as(signal.err()).isZero();
        assertThat(signal.out()).contains("\"signal\" : \"b-knunu\"").contains("only B+ B- pairs");
        // sigma(B+ B-) / sigma(B Bbar) = 0.514 at the peak (the table's fractions; the Born values
        // are closed formulas, so the ratio is exact up to the p^3 factors: within 2%).
        double sAll = Double.parseDouble(
                all.out().replaceAll("(?s).*analytic \\(Born, nominal beams\\): ([0-9.eE+-]+) nb.*", "$1"));
        double sSig = Double.parseDouble(
                signal.out().replaceAll("(?s).*\"born_analytic_sigma_nb\"\\s*:\\s*([0-9.eE+-]+).*", "$1"));
        assertThat(sSig / sAll).isBetween(0.50, 0.53);
    }

    @Test
    void processesListsTheSignalParameter() {
        CliTestSupport.Result r = CliTestSupport.run("processes");
        assertThat(r.status()).isZero();
        assertThat(r.out())
                .contains("--param signal=<text>")
                .contains("b-kmumu")
                .contains("--param <DEFINE>=<value>");
    }
}
