package io.upsilon.searches.sin2phi1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.upsilon.core.config.ConfigNode;
import io.upsilon.core.error.InputException;
import io.upsilon.searches.Searches;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Sin2Phi1ConfigTest {
    private static String bundled() {
        return new String(Searches.bundled("sin2phi1"), StandardCharsets.UTF_8);
    }

    private static Sin2Phi1Config read(String yaml) throws Exception {
        return Sin2Phi1Config.read(ConfigNode.root(new YAMLMapper().readTree(yaml), "test.yaml", "the bundled file"));
    }

    @Test
    void theBundledConfigurationHasThePapersNumbers() throws Exception {
        Sin2Phi1Config c = read(bundled());
        assertThat(c.common().luminosityFb()).isEqualTo(190.0); // PRD 108, 012001
        // 2 x 198e6 x 0.487 x 8.91e-4 / 2 x 0.11932 = 1.025e4 produced B0 -> J/psi(ll) K_S0.
        assertThat(c.yield().expected(190.0)).isCloseTo(1.025e4, within(10.0));
        assertThat(c.sample("data").inputS()).isCloseTo(Math.sin(0.7881), within(1e-12));
        assertThat(c.sample("cp_null").inputS()).isCloseTo(0.0, within(1e-12));
        // The r-bin table's effective efficiency, 31.2 %, is within 2 sigma of Belle II's
        // category-based tagger, 30.0 +- 1.2 (stat) % (Eur. Phys. J. C 82 (2022) 283).
        assertThat(c.tagger().effectiveEfficiency()).isCloseTo(0.3123, within(5e-4));
        assertThat(c.tagger().effectiveEfficiency()).isCloseTo(c.reference().effectiveEfficiency(), within(0.024));
        assertThat(c.tagger().bins()).isEqualTo(7);
        assertThat(c.physics().deltaM()).isEqualTo(0.5069);
        assertThat(c.toys().count()).isGreaterThanOrEqualTo(200);
        for (String line : bundled().split("\n")) {
            String code = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
            if (code.matches(".*:\\s*[-0-9.\\[].*") && !code.startsWith("seed:")) {
                assertThat(line).as(line).containsPattern("\\[[SRED]");
            }
        }
    }

    @Test
    void anUnknownKeyIsRejectedWithFileAndPath() {
        String yaml = bundled().replace("  tau_ps: 1.5 ", "  tau_ps: 1.5\n  tau_sp: 1 ");
        assertThatThrownBy(() -> read(yaml))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("test.yaml")
                .satisfies(e -> assertThat(((InputException) e).location()).isEqualTo("background.tau_sp"));
    }

    @Test
    void aTaggerTableThatDoesNotSumToOneNamesItsPlace() {
        String yaml = bundled().replace("[0.2220, 0.1454,", "[0.3220, 0.1454,");
        assertThatThrownBy(() -> read(yaml))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).location()).isEqualTo("tagger.fractions"));
    }
}
