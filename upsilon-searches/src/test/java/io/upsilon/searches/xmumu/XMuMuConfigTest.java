package io.upsilon.searches.xmumu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.upsilon.core.error.InputException;
import io.upsilon.searches.Searches;
import io.upsilon.searches.resonance.ResonanceConfig;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class XMuMuConfigTest {
    private static ResonanceConfig read(String yaml) {
        return XMuMuConfig.read(Searches.standard()
                .parse(yaml.getBytes(StandardCharsets.UTF_8), "x.yaml")
                .config());
    }

    private static String bundled() {
        return new String(Searches.bundled("x-mumu"), StandardCharsets.UTF_8);
    }

    @Test
    void readsTheBundledFile() {
        ResonanceConfig c = read(bundled());
        assertThat(c.common().luminosityFb()).isEqualTo(178.0); // PRD 109, 112015
        assertThat(c.signal().models()).extracting(ResonanceConfig.Model::name).containsExactly("zprime", "scalar");
        assertThat(c.signal().models().get(0).parameters()).containsEntry("decay", "mumu");
        assertThat(c.selection().minIdentifiedMuons()).isEqualTo(3);
        assertThat(c.scan().cl()).isEqualTo(0.90);
        assertThat(c.backgrounds()).extracting(s -> s.process().name()).contains("ee-mumumumu");
        assertThat(c.bdt().enabled()).isTrue();
        assertThat(Searches.standard().all()).extracting(s -> s.name()).contains("x-mumu");
    }

    @Test
    void badInputNamesTheFileAndTheKey() {
        assertThatThrownBy(() -> read(bundled().replace("coupling: gs", "coupling: gq")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("coupling")
                .hasMessageContaining("gq");
        assertThatThrownBy(() -> read(bundled().replace("window_sigmas: 2.0", "window_sigma: 2.0")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("window_sigma");
        assertThatThrownBy(() -> read(bundled().replace("min_identified_muons: 3", "min_identified_muons: 5")))
                .isInstanceOf(InputException.class);
    }
}
