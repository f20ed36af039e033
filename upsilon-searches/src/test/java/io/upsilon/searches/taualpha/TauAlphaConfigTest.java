package io.upsilon.searches.taualpha;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.upsilon.core.config.ConfigNode;
import io.upsilon.core.error.InputException;
import io.upsilon.searches.LeptonChannel;
import io.upsilon.searches.Searches;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TauAlphaConfigTest {
    private static String bundled() {
        return new String(Searches.bundled("tau-l-alpha"), StandardCharsets.UTF_8);
    }

    private static TauAlphaConfig read(String yaml) throws Exception {
        return TauAlphaConfig.read(ConfigNode.root(new YAMLMapper().readTree(yaml), "test.yaml", "the bundled file"));
    }

    @Test
    void theBundledConfigurationHasThePapersNumbers() throws Exception {
        TauAlphaConfig c = read(bundled());
        assertThat(c.common().luminosityFb()).isEqualTo(62.8); // PRL 130, 181803 (arXiv:2212.03634)
        assertThat(c.signal().grid().masses()).containsExactly(0.0, 0.5, 0.7, 1.0, 1.2, 1.4, 1.6);
        assertThat(c.signal().grid().process().name()).isEqualTo("tau-lalpha");
        assertThat(c.tautau().process().name()).isEqualTo("ee-tautau");
        // PRL 130, 181803: thrust [0.90, 0.99] (e) / [0.90, 1.00] (mu), E_3h from 1.2 (e) / 1.1 (mu) to 5.3 GeV.
        assertThat(c.selection().cuts().names())
                .containsExactly(
                        "lepton ID of the 1-prong track",
                        "thrust",
                        "missing-momentum polar angle",
                        "tag energy E*_3h",
                        "tag mass M_3h");
        assertThat(c.selection().cuts(LeptonChannel.E).get(1).text()).isEqualTo("0.90 <= thrust <= 0.99");
        assertThat(c.selection().cuts(LeptonChannel.MU).get(1).text()).isEqualTo("0.90 <= thrust <= 1.00");
        assertThat(c.selection().cuts(LeptonChannel.E).get(3).text())
                .isEqualTo("1.2 <= daughter(1, useCMSFrame(E)) <= 5.3");
        assertThat(c.selection().cuts(LeptonChannel.MU).get(3).text())
                .isEqualTo("1.1 <= daughter(1, useCMSFrame(E)) <= 5.3");
        // One cut for both channels where the row has `cut:`.
        assertThat(c.selection().cuts(LeptonChannel.E).get(4))
                .isSameAs(c.selection().cuts(LeptonChannel.MU).get(4));
        // The missing-momentum window is 20-160 degrees, written as the exact doubles of Math.toRadians.
        assertThat(c.selection().cuts(LeptonChannel.E).get(2).text())
                .isEqualTo(
                        Math.toRadians(20.0) + " <= missingMomentumOfEventShapeCMS_theta <= " + Math.toRadians(160.0));
        assertThat(c.fit().cls()).containsExactly(0.95, 0.90);
        // The paper's q qbar continuum is a background with a normalisation uncertainty.
        assertThat(c.backgrounds())
                .filteredOn(b -> b.process().name().equals("ee-qqbar"))
                .singleElement()
                .satisfies(b -> {
                    assertThat(b.luminositySized()).isTrue();
                    assertThat(b.normalisationUncertainty()).isPositive();
                });
        assertThat(bundled()).doesNotContain("NOT MODELLED: the paper's e+e- -> q qbar");
    }

    @Test
    void anUnknownKeyIsRejectedWithItsPath() {
        String yaml = bundled().replace("  closure_ratio: 5.0e-3", "  closure_ratio: 5.0e-3\n  closure_ratoi: 1");
        assertThatThrownBy(() -> read(yaml))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).location()).isEqualTo("fit.closure_ratoi"));
    }

    @Test
    void badRangesAndMassesNameTheirPlace() {
        assertThatThrownBy(() -> read(bundled().replace("0.90 <= thrust <= 0.99", "0.90 <= thrsut <= 0.99")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("test.yaml at selection.cuts[1].e")
                .hasMessageContaining("unknown variable 'thrsut'");
        assertThatThrownBy(() -> read(bundled().replace("      e: \"0.90 <= thrust <= 0.99\"\n", "")))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).location()).isEqualTo("selection.cuts[1].e"));
        assertThatThrownBy(() -> read(bundled().replace("plot_masses: [0.0, 1.0, 1.6]", "plot_masses: [0.3]")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("0.3");
        assertThatThrownBy(() -> read(bundled().replace("1.4, 1.6]", "1.4, 1.9]")))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).location()).startsWith("signal.masses"));
        assertThatThrownBy(() -> read(bundled().replace("process: ee-tautau", "process: ee-qq")))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).location()).isEqualTo("tautau.process"));
    }
}
