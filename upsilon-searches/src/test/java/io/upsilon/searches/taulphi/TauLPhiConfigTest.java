package io.upsilon.searches.taulphi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.upsilon.core.config.ConfigNode;
import io.upsilon.core.error.InputException;
import io.upsilon.searches.Searches;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TauLPhiConfigTest {
    private static String bundled() {
        return new String(Searches.bundled("tau-l-phi"), StandardCharsets.UTF_8);
    }

    private static TauLPhiConfig read(String yaml) throws Exception {
        return TauLPhiConfig.read(ConfigNode.root(new YAMLMapper().readTree(yaml), "test.yaml", "the bundled file"));
    }

    @Test
    void theBundledConfigurationHasTheAnalysisNumbers() throws Exception {
        TauLPhiConfig c = read(bundled());
        assertThat(c.common().luminosityFb()).isEqualTo(190.0); // Belle II tau -> l phi search (INSPIRE 2657628)
        assertThat(c.limit().cl()).isEqualTo(0.90);
        assertThat(c.signal().grid().process().name()).isEqualTo("tau-lphi");
        assertThat(c.tautau().process().name()).isEqualTo("ee-tautau");
        assertThat(c.backgrounds())
                .extracting(b -> b.process().name())
                .containsExactly("ee-mumu", "ee-ee", "ee-eemumu", "ee-eeee", "ee-qqbar");
        assertThat(c.backgrounds().get(4).luminositySized()).isTrue();
        assertThat(c.signal().brPhiKk()).isEqualTo(0.491);
        // The continuum is modelled; the paper's BDT against it is not, and the file says so.
        assertThat(bundled()).contains("NOT DONE").contains("BDT");
        // Every number in the file carries a source tag.
        for (String line : bundled().split("\n")) {
            String code = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
            if (code.matches(".*:\\s*\\[?-?[0-9].*") && !code.trim().startsWith("seed")) {
                assertThat(line).as(line).containsPattern("\\[[SRED]\\]");
            }
        }
    }

    @Test
    void badValuesNameTheFileAndTheYamlPath() {
        assertThatThrownBy(() -> read(bundled().replace("daughterLowest(kaonID)", "daughterLowest(kaonId)")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("test.yaml at selection.cuts[1].cut")
                .hasMessageContaining("unknown variable 'kaonId'");
        assertThatThrownBy(
                        () -> read(bundled().replace("delta_e_window: [-0.80, 0.40]", "delta_e_window: [0.40, -0.80]")))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).location()).isEqualTo("selection.delta_e_window"));
        assertThatThrownBy(() -> read(bundled().replace("sideband_mass: [1.50, 2.00]", "sideband_mass: [1.30, 2.00]")))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).location()).isEqualTo("regions.sideband_mass"));
        assertThatThrownBy(() -> read(bundled().replace("process: tau-lphi", "process: tau-lrho")))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).location()).isEqualTo("signal.process"));
        assertThatThrownBy(() -> read(bundled().replace("  quick_toys: 300", "  quick_toys: 300\n  quick_tosy: 1")))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).location()).isEqualTo("limit.quick_tosy"));
    }
}
