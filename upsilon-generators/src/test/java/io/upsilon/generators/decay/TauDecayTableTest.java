package io.upsilon.generators.decay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.error.InputException;
import io.upsilon.core.pdg.ParticleTable;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TauDecayTableTest {
    private static final String HEADER = "param rho1450.mass 1.465\nparam rho1450.width 0.4\nparam rho1450.beta -0.1\n";

    private static TauDecayTable parse(String text) {
        return TauDecayTable.load(new StringReader(text), "t.tsv");
    }

    @Test
    void standardTableHasThePdgFractions() {
        TauDecayTable t = TauDecayTable.standard();
        // [R] PDG 2024 fit values (recalled, not re-read), copied into the data file; exact match of the text.
        Map<String, Double> expected = Map.of(
                "e-nu-nu", 0.1782,
                "mu-nu-nu", 0.1739,
                "pi-nu", 0.1082,
                "K-nu", 0.00696,
                "pi-pi0-nu", 0.2549,
                "pi-2pi0-nu", 0.0926,
                "3pi-nu", 0.0899,
                "pi-3pi0-nu", 0.0104,
                "3pi-pi0-nu", 0.0274);
        expected.forEach((name, br) ->
                assertThat(t.channel(name).branchingFraction()).as(name).isEqualTo(br));
        double sum = t.channels().stream()
                .mapToDouble(TauDecayChannel::branchingFraction)
                .sum();
        assertThat(sum).isCloseTo(1.0, within(1e-12));
        // Topological fractions (PDG 2024 [R]: 1-prong ~85.2%, 3-prong ~14.6%), counting
        // charged daughters (K_S0 not decayed): within 0.5% absolute, the remainder's uncertainty.
        double oneProng = 0;
        double threeProng = 0;
        for (TauDecayChannel c : t.channels()) {
            long charged = c.products().stream().filter(p -> p.charge() != 0).count();
            if (charged == 1) {
                oneProng += c.branchingFraction();
            } else if (charged == 3) {
                threeProng += c.branchingFraction();
            }
        }
        assertThat(oneProng).isCloseTo(0.852, within(0.005));
        assertThat(threeProng).isCloseTo(0.146, within(0.005));
        assertThat(t.parameters().require("rho1450.beta")).isEqualTo(-0.1);
        assertThat(t.tauMass()).isEqualTo(ParticleTable.standard().byId(15).mass());
    }

    @Test
    void withExtraModeScalesTheOthers() {
        TauDecayTable t = TauDecayTable.standard();
        TauDecayTable s = t.withExtraMode(LeptonAlpha.channel(ParticleTable.standard(), 11, 1.0, 0.2));
        assertThat(s.channels()).hasSize(t.channels().size() + 1);
        assertThat(s.channel("pi-nu").branchingFraction()).isCloseTo(0.1082 * 0.8, within(1e-15));
        assertThat(s.channel(LeptonAlpha.MODE_NAME).branchingFraction()).isEqualTo(0.2);
    }

    @Test
    void minimalTableParses() {
        TauDecayTable t = parse("# c\n\nmode a 0.5 two-body pi- nu_tau\nmode b 0.5 leptonic e- anti-nu_e nu_tau\n");
        assertThat(t.channels()).hasSize(2);
        assertThat(t.source()).isEqualTo("t.tsv");
    }

    @Test
    void errorsNameFileLineAndExpectation() {
        assertError("", "t.tsv: decay table has no 'mode' lines");
        assertError(
                "mode a 1 two-body pi- nu_tau\nfoo bar\n",
                "t.tsv: line 2: expected a line starting with 'param' or 'mode'");
        assertError("param x\n", "t.tsv: line 1: expected 'param NAME VALUE'");
        assertError("param x 1\nparam x 2\n", "t.tsv: line 2: parameter 'x' defined twice");
        assertError("param x NaN\n", "t.tsv: line 1: expected a finite decimal number");
        assertError("mode a 1 two-body pi-\n", "t.tsv: line 1: expected 'mode NAME BR MODEL PRODUCT PRODUCT...'");
        assertError("mode a x two-body pi- nu_tau\n", "t.tsv: line 1: expected a number for the branching fraction");
        assertError("mode a 1.5 two-body pi- nu_tau\n", "t.tsv: line 1: branching fraction must be in (0, 1]");
        assertError("mode a 1 magic pi- nu_tau\n", "t.tsv: line 1: unknown model 'magic'; expected one of leptonic");
        assertError("mode a 1 two-body pion nu_tau\n", "t.tsv: line 1: unknown particle 'pion'");
        assertError("mode a 1 two-body pi+ nu_tau\n", "t.tsv: line 1: products have total charge 1.0");
        assertError(
                "mode a 0.5 two-body pi- nu_tau\nmode a 0.5 two-body K- nu_tau\n",
                "t.tsv: line 2: mode 'a' already defined on line 1");
        assertError("mode a 0.5 two-body pi- nu_tau\n", "t.tsv: branching fractions add up to 0.5; expected 1");
        assertError("mode a 1 two-body B- nu_tau\n", "t.tsv: line 1: mode 'a': products are too heavy");
        assertError(
                "mode a 1 phase-space pi- pi0 pi0 pi0 pi0 pi0 pi0 pi0 pi0 pi0 pi0 nu_tau\n",
                "t.tsv: line 1: at most 10 products per mode, found 12");
        assertError("mode a 1 leptonic pi- nu_tau\n", "t.tsv: line 1: mode 'a': model 'leptonic' expects 3 products");
        assertError("mode a 1 rho pi- pi0 nu_tau\n", "t.tsv: line 1: mode 'a': needs the parameter 'rho1450.mass'");
        assertError(
                HEADER + "mode a 1 a1 pi- pi0 pi0 nu_tau\n",
                "t.tsv: line 4: mode 'a': model 'a1' expects 4 products (pion, the same pion");
    }

    private static void assertError(String text, String message) {
        assertThatThrownBy(() -> parse(text)).isInstanceOf(InputException.class).hasMessageStartingWith(message);
    }
}
