package io.upsilon.searches.charmlifetimes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.upsilon.core.config.ConfigNode;
import io.upsilon.core.error.InputException;
import io.upsilon.searches.Searches;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharmLifetimesConfigTest {
    private static String bundled() {
        return new String(Searches.bundled("charm-lifetimes"), StandardCharsets.UTF_8);
    }

    private static CharmLifetimesConfig read(String yaml) throws Exception {
        return CharmLifetimesConfig.read(
                ConfigNode.root(new YAMLMapper().readTree(yaml), "test.yaml", "the bundled file"));
    }

    @Test
    void theBundledConfigurationHasThePapersNumbers() throws Exception {
        CharmLifetimesConfig c = read(bundled());
        assertThat(c.common().luminosityFb()).isEqualTo(72.0); // PRL 127, 211801
        assertThat(c.modes().get(CharmMode.D0).publishedTau()).isEqualTo(410.5);
        assertThat(c.modes().get(CharmMode.DPLUS).publishedTau()).isEqualTo(1030.4);
        assertThat(c.modes().get(CharmMode.LAMBDA_C).publishedTau()).isEqualTo(203.20);
        assertThat(c.modes().get(CharmMode.LAMBDA_C).publishedLuminosity()).isEqualTo(207.2);
        // The branching fractions weight the forced modes back: they must be the bundled table's.
        assertThat(c.branchingFractions().get(CharmMode.D0)).isEqualTo(0.03947);
        assertThat(c.branchingFractions().get(CharmMode.DPLUS)).isEqualTo(0.0938);
        assertThat(c.branchingFractions().get(CharmMode.LAMBDA_C)).isEqualTo(0.0624);
        assertThat(c.selection().pStarMin()).isEqualTo(2.5);
        // The slow-pion window contains m(D*+) - m(D0) = 2.01026 - 1.86484 = 0.14542 GeV (PDG 2024).
        assertThat(0.14542).isBetween(c.selection().deltaMLow(), c.selection().deltaMHigh());
        assertThat(c.toys().count()).isGreaterThanOrEqualTo(200);
        // The generator's lifetimes (particle table, PDG 2024) are within 0.5 % of Belle II's results.
        assertThat(CharmSelection.inputLifetimePs(CharmMode.D0) * 1000).isCloseTo(410.5, within(2.0));
        assertThat(CharmSelection.inputLifetimePs(CharmMode.DPLUS) * 1000).isCloseTo(1030.4, within(5.0));
        assertThat(CharmSelection.inputLifetimePs(CharmMode.LAMBDA_C) * 1000).isCloseTo(203.2, within(1.0));
        for (String line : bundled().split("\n")) {
            String code = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
            if (code.matches(".*:\\s*[-0-9.\\[].*") && !code.startsWith("seed:")) {
                assertThat(line).as(line).containsPattern("\\[[SRED]");
            }
        }
    }

    @Test
    void sidebandsInsideTheWindowAreRejectedWithTheirPath() {
        String yaml = bundled()
                .replace(
                        "sideband_gev: [0.030, 0.070]   # [E]\n    time_range_ps: [-1.5, 5.0]",
                        "sideband_gev: [0.010, 0.070]   # [E]\n    time_range_ps: [-1.5, 5.0]");
        assertThat(yaml).isNotEqualTo(bundled());
        assertThatThrownBy(() -> read(yaml))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("test.yaml")
                .satisfies(e -> assertThat(((InputException) e).location()).isEqualTo("modes.d0.sideband_gev"));
    }

    @Test
    void anUnknownKeyIsRejectedWithItsPath() {
        String yaml = bundled().replace("  quick_count: 10", "  quick_count: 10\n  quik_count: 5");
        assertThatThrownBy(() -> read(yaml))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).location()).isEqualTo("toys.quik_count"));
    }
}
