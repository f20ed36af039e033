package io.upsilon.searches.zprime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.upsilon.core.config.ConfigNode;
import io.upsilon.core.error.InputException;
import io.upsilon.searches.Searches;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ZPrimeConfigTest {
    private static String bundled() {
        return new String(Searches.bundled("zprime-invisible"), StandardCharsets.UTF_8);
    }

    private static ZPrimeConfig read(String yaml) throws Exception {
        return ZPrimeConfig.read(ConfigNode.root(new YAMLMapper().readTree(yaml), "test.yaml", "the bundled file"));
    }

    @Test
    void theBundledConfigurationHasThePapersNumbers() throws Exception {
        ZPrimeConfig c = read(bundled());
        assertThat(c.common().luminosityFb()).isEqualTo(79.7); // PRL 130, 231801 (arXiv:2212.03066)
        assertThat(c.signal().masses()).contains(1.0, 3.0, 6.0, 8.0);
        assertThat(c.signal().process().name()).isEqualTo("ee-mumu-zprime");
        assertThat(c.backgrounds())
                .extracting(io.upsilon.searches.SampleSpec::name)
                .containsExactly("mumu", "tautau", "eemumu");
        assertThat(c.backgrounds().get(0).luminositySized()).isTrue(); // "luminosity"
        assertThat(c.selection().cuts()).hasSameSizeAs(c.selection().cutNames());
        assertThat(c.observable().variable().name()).isEqualTo("m2Recoil");
        assertThat(c.fit().cl()).isEqualTo(0.90);
        assertThat(c.bdt().enabled()).isTrue();
        assertThat(c.bdt().regionOf(1.0)).isEqualTo(0);
        assertThat(c.bdt().regionOf(8.0)).isEqualTo(2);
        assertThat(c.bdt().regionOf(2.2)).isEqualTo(-1);
    }

    @Test
    void overlappingBdtRegionsAreRejected() {
        String yaml = bundled().replace("{from: 2.5, to: 4.5}", "{from: 1.5, to: 4.5}");
        assertThatThrownBy(() -> read(yaml))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).location()).isEqualTo("bdt.regions[1].from"));
    }

    @Test
    void aBadCutNamesItsPlaceInTheFile() {
        String yaml = bundled().replace("roeEextra < 0.4", "roeEextra << 0.4");
        assertThatThrownBy(() -> read(yaml))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("test.yaml at selection.cuts[1].cut");
    }

    @Test
    void anUnknownKeyIsRejectedWithItsPath() {
        String yaml = bundled().replace("  window_bins: 10", "  window_bins: 10\n  windw: 3");
        assertThatThrownBy(() -> read(yaml))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).location()).isEqualTo("fit.windw"));
    }

    @Test
    void plotMassesMustBeSignalMasses() {
        String yaml = bundled().replace("plot_masses: [1.0, 3.0, 6.0]", "plot_masses: [1.0, 3.3]");
        assertThatThrownBy(() -> read(yaml)).isInstanceOf(InputException.class).hasMessageContaining("3.3");
    }

    @Test
    void unknownProcessesAndBadNumbersAreErrors() {
        assertThatThrownBy(() -> read(bundled().replace("process: ee-tautau", "process: ee-qq")))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).location()).isEqualTo("backgrounds[1].process"));
        assertThatThrownBy(() -> read(bundled().replace("luminosity_fb: 79.7", "luminosity_fb: -1")))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).location()).isEqualTo("luminosity_fb"));
    }

    @Test
    void uncertaintiesOf100PercentAreRefusedNamingTheirPlace() {
        // A normsys of 1 +- 1 would have a down factor of 0: refused by the reader, not later in the fit.
        String eff = bundled().replace("efficiency_uncertainty: 0.05", "efficiency_uncertainty: 1.0");
        assertThatThrownBy(() -> read(eff))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("signal.efficiency_uncertainty");
        String norm = bundled().replaceFirst("normalisation_uncertainty: 0.05", "normalisation_uncertainty: 1.0");
        assertThatThrownBy(() -> read(norm))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("backgrounds[0].normalisation_uncertainty");
    }
}
