package io.upsilon.searches.xtautau;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.upsilon.core.error.InputException;
import io.upsilon.searches.Searches;
import io.upsilon.searches.resonance.ResonanceConfig;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class XTauTauConfigTest {
    private static ResonanceConfig read(String yaml) {
        return XTauTauConfig.read(Searches.standard()
                .parse(yaml.getBytes(StandardCharsets.UTF_8), "x.yaml")
                .config());
    }

    private static String bundled() {
        return new String(Searches.bundled("x-tautau"), StandardCharsets.UTF_8);
    }

    @Test
    void readsTheBundledFile() {
        ResonanceConfig c = read(bundled());
        assertThat(c.common().luminosityFb()).isEqualTo(62.8); // PRL 131, 121802, abstract
        assertThat(c.signal().models()).extracting(ResonanceConfig.Model::name).containsExactly("zprime", "scalar");
        assertThat(c.signal().models())
                .allSatisfy(m -> assertThat(m.parameters()).containsEntry("decay", "tautau"));
        assertThat(c.signal().masses()[0]).isGreaterThan(2 * 1.77693); // above the tau-pair threshold
        assertThat(c.selection().minIdentifiedMuons()).isEqualTo(2);
        assertThat(c.selection().cutNames()).contains("M(4 tracks) < 9.5 GeV");
        assertThat(c.backgrounds())
                .extracting(s -> s.process().name())
                .contains("ee-mumutautau", "ee-mumumumu", "ee-eemumu-exact", "ee-tautau");
        assertThat(c.bdt().enabled()).isTrue();
        assertThat(Searches.standard().all()).extracting(s -> s.name()).contains("x-tautau");
    }

    @Test
    void aMassBelowTheTauPairThresholdIsBadInput() {
        assertThatThrownBy(() -> read(bundled().replace("masses: [3.75, ", "masses: [3.0, ")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("masses");
    }
}
