package io.upsilon.searches.bkll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.upsilon.core.config.ConfigNode;
import io.upsilon.core.error.InputException;
import io.upsilon.searches.Searches;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BKllConfigTest {
    private static String bundled() {
        return new String(Searches.bundled("b-kll"), StandardCharsets.UTF_8);
    }

    private static BKllConfig read(String yaml) throws Exception {
        return BKllConfig.read(ConfigNode.root(new YAMLMapper().readTree(yaml), "test.yaml", "the bundled file"));
    }

    @Test
    void theBundledConfigurationHasThePapersNumbers() throws Exception {
        BKllConfig c = read(bundled());
        assertThat(c.common().luminosityFb()).isEqualTo(189.0); // arXiv:2206.05946
        assertThat(c.signals()).containsOnlyKeys(BKllMode.ALL);
        // Lepton universality in the input: R(K) = R(K*) = 1.
        for (BKllMode m : BKllMode.ALL) {
            assertThat(c.signals().get(m).branchingFraction())
                    .isEqualTo(c.signals().get(m.partner()).branchingFraction());
        }
        assertThat(c.signals().get(BKllMode.KEE).spec().parameters()).containsEntry("signal", "b-kee");
        assertThat(c.signals().get(BKllMode.KSTARMUMU).spec().process().name()).isEqualTo("y4s-b0b0bar");
        assertThat(c.controls()).extracting(BKllConfig.Control::kstar).containsExactly(false, true);
        // The J/psi window lies inside the charmonium vetoes' definition and the ee window reaches lower.
        assertThat(c.selection().jpsiEeLow()).isLessThan(c.selection().jpsiMuMuLow());
        assertThat(c.backgrounds())
                .extracting(b -> b.process().name())
                .containsExactly("y4s-bpbm", "y4s-b0b0bar", "ee-uubar", "ee-ddbar", "ee-ssbar", "ee-ccbar");
        // Every number carries a source tag.
        for (String line : bundled().split("\n")) {
            String code = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
            if (code.matches(".*:\\s*[-0-9.\\[].*") && !code.startsWith("seed:")) {
                assertThat(line).as(line).containsPattern("\\[[SRED]");
            }
        }
    }

    @Test
    void anUnknownKeyIsRejectedWithFileAndPath() {
        String yaml = bundled().replace("  q2_min_gev2: 0.1", "  q2_min_gev2: 0.1\n  q2_mni_gev2: 1");
        assertThatThrownBy(() -> read(yaml))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("test.yaml")
                .satisfies(e -> assertThat(((InputException) e).location()).isEqualTo("selection.q2_mni_gev2"));
    }

    @Test
    void aBadModeOrAMissingModeIsAnInputError() {
        assertThatThrownBy(() -> read(bundled().replace("mode: kstaree", "mode: kstarmumu")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("kstarmumu");
        assertThatThrownBy(() -> read(bundled().replace("hadron: kstar", "hadron: pion")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("pion");
    }

    @Test
    void theGeneratorLeptonFilterMustNotCutHarderThanTheSelection() {
        assertThatThrownBy(() -> read(bundled().replace("  p_min: 0.4", "  p_min: 0.5")))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).location()).isEqualTo("lepton_filter.p_min"));
    }
}
