package io.upsilon.searches.alp3gamma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.upsilon.core.config.ConfigNode;
import io.upsilon.core.error.InputException;
import io.upsilon.searches.Searches;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class Alp3GammaConfigTest {
    private static String bundled() {
        return new String(Searches.bundled("alp-3gamma"), StandardCharsets.UTF_8);
    }

    private static Alp3GammaConfig read(String yaml) throws Exception {
        return Alp3GammaConfig.read(ConfigNode.root(new YAMLMapper().readTree(yaml), "test.yaml", "the bundled file"));
    }

    @Test
    void theBundledConfigurationHasThePapersNumbers() throws Exception {
        Alp3GammaConfig c = read(bundled());
        assertThat(c.common().luminosityFb()).isEqualTo(0.445); // PRL 125, 161806: (445 +- 3) pb^-1
        double[] m = c.signal().grid().masses();
        assertThat(m[0]).isEqualTo(0.2); // the paper's range 0.2 < m_a < 9.7 GeV
        assertThat(m[m.length - 1]).isEqualTo(9.7);
        assertThat(c.fit().cl()).isEqualTo(0.95);
        assertThat(c.backgrounds())
                .extracting(b -> b.process().name())
                .containsExactly("ee-gammagammagamma", "ee-gammagamma");
        // the matching region is the exact sample's generation region, read from its parameters
        assertThat(c.matching().region().energyMin()).isEqualTo(0.4);
        assertThat(c.matching().region().thetaMinDeg()).isEqualTo(30.0);
        // The generation region must contain the selection (lab 37.3-123.7 deg, E > 0.65 GeV): the lab
        // direction at the barrel edges seen in the CM frame (boost beta = 0.27 along the axis) stays
        // inside 30-150 deg, and the CM energy of a 0.65 GeV lab photon stays above 0.4 GeV.
        double beta = 0.27;
        for (double th : new double[] {c.selection().thetaMin(), c.selection().thetaMax()}) {
            double cs = (Math.cos(th) - beta) / (1 - beta * Math.cos(th));
            assertThat(Math.abs(cs)).isLessThan(c.matching().region().cosMax());
            double eStar = c.selection().photonEnergyMin() * (1 - beta * Math.cos(th)) / Math.sqrt(1 - beta * beta);
            assertThat(eStar).isGreaterThan(c.matching().region().energyMin());
        }
        for (String line : bundled().split("\n")) {
            String code = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
            if (code.matches(".*:\\s*[-0-9.\\[].*") && !code.startsWith("seed:")) {
                assertThat(line).as(line).containsPattern("\\[[SRED]");
            }
        }
    }

    @Test
    void theMatchingMustNameAThreePhotonSample() {
        assertThatThrownBy(() -> read(bundled().replace("exact_sample: ggg", "exact_sample: gg")))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).location()).isEqualTo("matching.exact_sample"));
        assertThatThrownBy(() -> read(bundled().replace("leading_log_sample: gg", "leading_log_sample: none")))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).location()).isEqualTo("matching.leading_log_sample"));
    }

    @Test
    void badNumbersNameTheirPlace() {
        for (List<String> c : List.of(
                List.of("mass_fraction: [0.88, 1.03]", "mass_fraction: [1.03, 0.88]", "selection.mass_fraction"),
                List.of("window_sigmas: 2.0", "window_sigmas: 20.0", "fit.window_sigmas"))) {
            assertThatThrownBy(() -> read(bundled().replace(c.get(0), c.get(1))))
                    .as(c.get(2))
                    .isInstanceOf(InputException.class)
                    .hasMessageContaining("test.yaml")
                    .satisfies(e -> assertThat(((InputException) e).location()).isEqualTo(c.get(2)));
        }
    }
}
