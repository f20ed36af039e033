package io.upsilon.searches.llpscalar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.upsilon.core.config.ConfigNode;
import io.upsilon.core.error.InputException;
import io.upsilon.searches.Searches;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LlpScalarConfigTest {
    private static String bundled() {
        return new String(Searches.bundled("llp-scalar"), StandardCharsets.UTF_8);
    }

    private static LlpScalarConfig read(String yaml) throws Exception {
        return LlpScalarConfig.read(ConfigNode.root(new YAMLMapper().readTree(yaml), "test.yaml", "the bundled file"));
    }

    @Test
    void theBundledConfigurationHasThePapersNumbers() throws Exception {
        LlpScalarConfig c = read(bundled());
        assertThat(c.common().luminosityFb()).isEqualTo(189.0); // PRD 108, L111104, abstract
        assertThat(c.scan().cl()).isEqualTo(0.95);
        assertThat(c.selection().mbcMin()).isEqualTo(5.27);
        assertThat(c.finalStates())
                .extracting(LlpScalarConfig.FinalState::name)
                .containsExactly("mumu", "pipi", "ee", "kk", "kstar_mumu", "kstar_pipi");
        assertThat(c.finalStates(true))
                .extracting(LlpScalarConfig.FinalState::name)
                .containsExactly("mumu", "pipi");
        assertThat(c.finalStates().get(3).daughterMass())
                .isCloseTo(0.493677, org.assertj.core.api.Assertions.within(1e-5));
        LlpScalarConfig.FinalState mumu = c.finalStates().get(0);
        LlpScalarConfig.FinalState pipi = c.finalStates().get(1);
        // The pi pi final state has the tighter cuts (Delta E 0.035, R2 0.35, cos alpha 0.99).
        assertThat(mumu.deltaEMax()).isEqualTo(0.05);
        assertThat(pipi.deltaEMax()).isEqualTo(0.035);
        assertThat(mumu.r2Max()).isEqualTo(0.45);
        assertThat(pipi.r2Max()).isEqualTo(0.35);
        assertThat(pipi.cosPointingMin()).isGreaterThan(mumu.cosPointingMin());
        assertThat(mumu.channel()).isEqualTo(2);
        assertThat(pipi.channel()).isEqualTo(3);
        assertThat(mumu.vetoed(3.097)).isTrue(); // J/psi
        assertThat(pipi.vetoed(0.4976)).isTrue(); // K_S0
        assertThat(mumu.vetoed(1.0)).isFalse();
        assertThat(c.reference().limitLevel()).isEqualTo(1e-7);
        // B0 -> K*0 S: the B0 anti-B0 process, and the limits divide by B(K*0 -> K+ pi-) = 2/3 (isospin).
        LlpScalarConfig.FinalState kstar = c.finalStates().get(4);
        assertThat(kstar.kstar()).isTrue();
        assertThat(mumu.kstar()).isFalse();
        assertThat(c.signal().process(kstar).name()).isEqualTo("y4s-b0b0bar");
        assertThat(c.signal().overlay(kstar)).isEqualTo("b0-kstarscalar");
        assertThat(kstar.hadronBranching()).isEqualTo(2.0 / 3.0);
        assertThat(mumu.hadronBranching()).isEqualTo(1.0);
        assertThat(c.signal().lifetimes(true)).containsExactly(c.signal().quickLifetime());
    }

    @Test
    void anUnknownKeyIsRejectedWithFileAndPath() {
        String yaml = bundled().replace("  quick_toys: 20 ", "  quick_toys: 20\n  quick_toyz: 1 ");
        assertThatThrownBy(() -> read(yaml))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("test.yaml")
                .satisfies(e -> assertThat(((InputException) e).location()).isEqualTo("scan.quick_toyz"));
    }

    @Test
    void aChannelOutsideTheOverlaysTableNamesItsPlace() {
        String yaml = bundled().replace("    channel: 3\n", "    channel: 7\n");
        assertThatThrownBy(() -> read(yaml))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).location()).isEqualTo("final_states[1].channel"));
    }

    @Test
    void aQuickLifetimeOffTheGridIsRejected() {
        String yaml = bundled().replace("quick_lifetime_cm: 1.0", "quick_lifetime_cm: 3.0");
        assertThatThrownBy(() -> read(yaml))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).location()).isEqualTo("signal.quick_lifetime_cm"));
    }
}
