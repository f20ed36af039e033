package io.upsilon.searches.bknunu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.upsilon.core.config.ConfigNode;
import io.upsilon.core.error.InputException;
import io.upsilon.searches.SampleSpec;
import io.upsilon.searches.Searches;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BKnunuConfigTest {
    private static String bundled() {
        return new String(Searches.bundled("b-knunu"), StandardCharsets.UTF_8);
    }

    private static BKnunuConfig read(String yaml) throws Exception {
        return BKnunuConfig.read(ConfigNode.root(new YAMLMapper().readTree(yaml), "test.yaml", "the bundled file"));
    }

    @Test
    void theBundledConfigurationHasThePapersNumbers() throws Exception {
        BKnunuConfig c = read(bundled());
        assertThat(c.common().luminosityFb()).isEqualTo(362.0); // PRD 109, 112006 abstract
        assertThat(c.common().beamPreset()).isEqualTo("Y4S");
        assertThat(c.signal().process().name()).isEqualTo("y4s-bpbm");
        assertThat(c.signal().parameters()).containsEntry("signal", "b-knunu");
        assertThat(c.smBranchingFraction()).isEqualTo(4.97e-6);
        assertThat(c.backgrounds())
                .extracting(SampleSpec::name)
                .containsExactly("charged", "mixed", "uubar", "ddbar", "ssbar", "ccbar", "tautau");
        assertThat(c.offResonance().beamPreset()).isEqualTo("Y4S-off");
        assertThat(c.offResonance().luminosityFb()).isEqualTo(42.3);
        assertThat(c.offResonance().samples()).containsExactly("uubar", "ddbar", "ssbar", "ccbar");
        // BDT1: 12 inputs, cut 0.9; the signal region eta > 0.92 in 4 x 3 bins of eta x q2rec.
        assertThat(c.features().stream().filter(BKnunuConfig.Feature::inBdt1)).hasSize(12);
        assertThat(c.features().stream().map(BKnunuConfig.Feature::name)).doesNotContain("q2rec");
        assertThat(c.bdt().bdt1Cut()).isEqualTo(0.9);
        assertThat(c.fit().etaEdges()[0]).isEqualTo(0.92);
        assertThat(c.fit().q2recEdges()).containsExactly(-1.0, 4.0, 8.0, 25.0);
        assertThat(c.fit().bins()).isEqualTo(12);
        assertThat(c.fit().cl()).isEqualTo(0.90);
        assertThat(c.fit().luminosity2021Fb()).isEqualTo(63.3);
        assertThat(c.selection().roeTrackPtMin()).isEqualTo(0.1);
        assertThat(c.selection().roeClusterEMin()).isEqualTo(0.1);
    }

    @Test
    void theFlatFitBinIsEtaMajorAndEmptyOutsideTheSignalRegion() throws Exception {
        BKnunuConfig.Fit f = read(bundled()).fit();
        assertThat(f.bin(0.93, -0.5)).isEqualTo(0);
        assertThat(f.bin(0.93, 5.0)).isEqualTo(1);
        assertThat(f.bin(0.95, 10.0)).isEqualTo(5);
        assertThat(f.bin(1.0, 24.9)).isEqualTo(11);
        assertThat(f.bin(0.91, 5.0)).isEqualTo(-1);
        assertThat(f.bin(0.95, 25.5)).isEqualTo(-1);
        assertThat(f.bin(Double.NaN, 5.0)).isEqualTo(-1);
    }

    @Test
    void anUnknownOffResonanceSampleIsAnInputErrorNamingItsPlace() {
        String bad = bundled().replace("    - name: ssbar\n    - name: ccbar", "    - name: ssbar\n    - name: bbbar");
        assertThat(bad).isNotEqualTo(bundled());
        assertThatThrownBy(() -> read(bad))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("test.yaml")
                .hasMessageContaining("off_resonance")
                .hasMessageContaining("bbbar");
    }

    @Test
    void aTailThresholdInsideTheSignalRegionIsAnInputError() {
        String bad = bundled().replace("background_tail_eta_min: 0.5", "background_tail_eta_min: 0.95");
        assertThatThrownBy(() -> read(bad))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("background_tail_eta_min");
    }

    @Test
    void aSignalSampleWithoutTheOverlayIsAnInputError() {
        String bad = bundled().replace("  parameters:\n    signal: b-knunu\n", "");
        assertThat(bad).isNotEqualTo(bundled());
        assertThatThrownBy(() -> read(bad)).isInstanceOf(InputException.class).hasMessageContaining("signal");
    }
}
