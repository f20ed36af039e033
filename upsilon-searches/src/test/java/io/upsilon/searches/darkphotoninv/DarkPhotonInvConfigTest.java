package io.upsilon.searches.darkphotoninv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.upsilon.core.config.ConfigNode;
import io.upsilon.core.error.InputException;
import io.upsilon.searches.Searches;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DarkPhotonInvConfigTest {
    private static String bundled() {
        return new String(Searches.bundled("darkphoton-invisible"), StandardCharsets.UTF_8);
    }

    private static DarkPhotonInvConfig read(String yaml) throws Exception {
        return DarkPhotonInvConfig.read(
                ConfigNode.root(new YAMLMapper().readTree(yaml), "test.yaml", "the bundled file"));
    }

    @Test
    void theBundledConfigurationIsRegisteredAndTagsItsNumbers() throws Exception {
        assertThat(Searches.standard().all()).anyMatch(s -> s.name().equals(DarkPhotonInvisibleSearch.NAME));
        DarkPhotonInvConfig c = read(bundled());
        assertThat(c.common().luminosityFb()).isEqualTo(20.0); // the Physics Book projection's luminosity [R]
        double[] m = c.signal().grid().masses();
        assertThat(m[m.length - 1]).isEqualTo(8.0); // BaBar's range m_A' <= 8 GeV
        assertThat(c.fit().cl()).isEqualTo(0.90); // BaBar: 90% CL
        assertThat(c.backgrounds())
                .extracting(b -> b.process().name())
                .containsExactly("ee-gammagamma", "ee-gammagammagamma", "ee-eegamma", "ee-nunugamma");
        // The fiducial range must stay inside the ECL barrel, lab 32.2-128.7 deg, seen in the CM frame
        // (massless photon, boost beta = 0.27 along the axis): cos theta* from -0.77 to 0.75.
        double beta = 0.27;
        for (double thDeg : new double[] {32.2, 128.7}) {
            double cl = Math.cos(Math.toRadians(thDeg));
            double cs = (cl - beta) / (1 - beta * cl);
            assertThat(cs < c.selection().cosThetaStarMin()
                            || cs > c.selection().cosThetaStarMax())
                    .as("theta = %s deg, cos theta* = %s", thDeg, cs)
                    .isTrue();
        }
        for (String line : bundled().split("\n")) {
            String code = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
            if (code.matches(".*:\\s*[-0-9.\\[].*") && !code.startsWith("seed:")) {
                assertThat(line).as(line).containsPattern("\\[[SRED]");
            }
        }
    }

    @Test
    void badNumbersNameTheirPlace() {
        for (List<String> c : List.of(
                List.of("cos_theta_star: [-0.6, 0.6]", "cos_theta_star: [0.6, -0.6]", "selection.cos_theta_star"),
                List.of("window_sigmas: 1.5", "window_sigmas: 20.0", "fit.window_sigmas"),
                List.of("exact_sample: ggg", "exact_sample: gg", "matching.exact_sample"))) {
            assertThatThrownBy(() -> read(bundled().replace(c.get(0), c.get(1))))
                    .as(c.get(2))
                    .isInstanceOf(InputException.class)
                    .hasMessageContaining("test.yaml")
                    .satisfies(e -> assertThat(((InputException) e).location()).isEqualTo(c.get(2)));
        }
    }
}
