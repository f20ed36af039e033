package io.upsilon.searches.taumass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.upsilon.core.config.ConfigNode;
import io.upsilon.core.error.InputException;
import io.upsilon.searches.Searches;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TauMassConfigTest {
    private static String bundled() {
        return new String(Searches.bundled("tau-mass"), StandardCharsets.UTF_8);
    }

    private static TauMassConfig read(String yaml) throws Exception {
        return TauMassConfig.read(ConfigNode.root(new YAMLMapper().readTree(yaml), "test.yaml", "the bundled file"));
    }

    @Test
    void theBundledConfigurationHasThePapersNumbers() throws Exception {
        TauMassConfig c = read(bundled());
        assertThat(c.common().luminosityFb()).isEqualTo(190.0); // PRD 108, 032006 (arXiv:2305.19116)
        assertThat(c.common().beamPreset()).isEqualTo("Y4S");
        assertThat(c.selection().cuts().names())
                .containsExactly(
                        "signal tracks: lepton and kaon veto", "signal hemisphere: photon veto", "M_3pi < m_tau");
        // M_3pi < m_tau (PDG 2024)
        assertThat(c.selection().cuts().of(0).get(2).text()).isEqualTo("daughter(1, InvM) < 1.77693");
        assertThat(c.fit().lo()).isLessThan(1.77693);
        assertThat(c.fit().hi()).isGreaterThan(1.77693);
        assertThat(c.closureShift()).isEqualTo(0.002);
        // The continuum is a background sized by the luminosity; every number carries a source tag.
        assertThat(c.backgrounds()).extracting(b -> b.process().name()).containsExactly("ee-qqbar");
        assertThat(c.backgrounds().get(0).luminositySized()).isTrue();
        for (String line : bundled().split("\n")) {
            String code = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
            if (code.matches(".*:\\s*[-0-9.\\[].*") && !code.startsWith("seed:")) {
                assertThat(line).as(line).containsPattern("\\[[SRED]");
            }
        }
    }

    @Test
    void anUnknownKeyIsRejectedWithFileAndPath() {
        String yaml = bundled().replace("  momentum_scale: 0.0005", "  momentum_scale: 0.0005\n  momentum_scael: 1");
        assertThatThrownBy(() -> read(yaml))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("test.yaml")
                .satisfies(e -> assertThat(((InputException) e).location()).isEqualTo("systematics.momentum_scael"));
    }

    @Test
    void badNumbersNameTheirPlace() {
        assertThatThrownBy(() -> read(bundled().replace("window_gev: [1.66, 1.82]", "window_gev: [1.82, 1.66]")))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).location()).isEqualTo("fit.window_gev"));
        assertThatThrownBy(() -> read(bundled().replace("p1_start: 1.777", "p1_start: 1.9")))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).location()).isEqualTo("fit.p1_start"));
        assertThatThrownBy(() -> read(bundled().replace("tau_mass_shift_gev: 0.002", "tau_mass_shift_gev: 0.5")))
                .isInstanceOf(InputException.class)
                .satisfies(e ->
                        assertThat(((InputException) e).location()).isEqualTo("samples.closure.tau_mass_shift_gev"));
        assertThatThrownBy(() -> read(bundled().replace("p2_min_gev: 0.0005", "p2_min_gev: 0.003")))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).location()).isEqualTo("fit.p2_start"));
        assertThatThrownBy(() -> read(bundled().replace("analysis: tau-mass", "analysis: tau-l-alpha")))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).location()).isEqualTo("analysis"));
    }
}
