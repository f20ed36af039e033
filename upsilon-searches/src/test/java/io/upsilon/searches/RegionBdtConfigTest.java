package io.upsilon.searches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.upsilon.analysis.mva.BdtConfig;
import io.upsilon.core.config.ConfigNode;
import io.upsilon.core.error.InputException;
import org.junit.jupiter.api.Test;

class RegionBdtConfigTest {
    private static ConfigNode root(String yaml) throws Exception {
        return ConfigNode.root(new YAMLMapper().readTree(yaml), "test.yaml", "the bundled file");
    }

    private static final String BLOCK = String.join(
            "\n",
            "bdt:",
            "  regions: [{from: 0.5, to: 2.0}, {from: 2.5, to: 8.0}]",
            "  folds: 3",
            "  trees: 40",
            "  max_depth: 3",
            "  learning_rate: 0.2",
            "  min_child_weight: 5",
            "  min_background_events: 20",
            "");

    @Test
    void aConfigurationWithoutTheBlockHasNoClassifierStage() throws Exception {
        RegionBdtConfig c = RegionBdtConfig.read(root("other: 1\n"), 10.0);
        assertThat(c).isSameAs(RegionBdtConfig.DISABLED);
        assertThat(c.enabled()).isFalse();
        assertThat(c.regions()).isZero();
        assertThat(c.regionOf(1.0)).isEqualTo(-1);
    }

    @Test
    void theBlockIsReadAndAMassFindsItsRegionEndsIncluded() throws Exception {
        RegionBdtConfig c = RegionBdtConfig.read(root(BLOCK), 10.0);
        assertThat(c.enabled()).isTrue(); // the default
        assertThat(c.regionLow()).containsExactly(0.5, 2.5);
        assertThat(c.regionHigh()).containsExactly(2.0, 8.0);
        assertThat(c.regionOf(0.5)).isEqualTo(0);
        assertThat(c.regionOf(2.0)).isEqualTo(0);
        assertThat(c.regionOf(2.2)).isEqualTo(-1);
        assertThat(c.regionOf(8.0)).isEqualTo(1);
        assertThat(c.folds()).isEqualTo(3);
        assertThat(c.minBackgroundEvents()).isEqualTo(20);
        BdtConfig x = c.xgboost(17);
        assertThat(x.numTrees()).isEqualTo(40);
        assertThat(x.maxDepth()).isEqualTo(3);
        assertThat(x.learningRate()).isEqualTo(0.2);
        assertThat(x.minChildWeight()).isEqualTo(5.0);
        assertThat(x.seed()).isEqualTo(17);
        assertThat(x.nthread()).isEqualTo(1);
    }

    @Test
    void overlappingRegionsAndMassesBeyondTheLimitAreInputErrorsAtTheirKey() throws Exception {
        String overlap = BLOCK.replace("{from: 2.5, to: 8.0}", "{from: 1.5, to: 8.0}");
        assertThatThrownBy(() -> RegionBdtConfig.read(root(overlap), 10.0))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).location()).isEqualTo("bdt.regions[1].from"));
        assertThatThrownBy(() -> RegionBdtConfig.read(root(BLOCK), 6.0))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).location()).isEqualTo("bdt.regions[1].to"));
        String unknown = BLOCK + "  depth: 3\n";
        assertThatThrownBy(() -> RegionBdtConfig.read(root(unknown), 10.0)).isInstanceOf(InputException.class);
    }

    @Test
    void regionEndsMustMatchTheirStarts() {
        assertThatThrownBy(() -> new RegionBdtConfig(true, new double[] {1}, new double[0], 2, 1, 1, 0.1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
