package io.upsilon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code upsilon xsec ee-mumu}, as the README lists it: radiative cross section and the Born limit. */
class XsecCommandTest {
    private static final String COMMAND = "xsec ee-mumu --events 2000000 --seed 1 --json";

    @Test
    void mainCommandRunsAndPrintsTheCrossSection() throws Exception {
        String command = COMMAND;
        CliTestSupport.Result r = CliTestSupport.run(command.split("\\s+"));
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("process").asText()).isEqualTo("ee-mumu");
        assertThat(json.get("radiation").asBoolean()).isTrue();
        double sigma = json.get("sigma_nb").asDouble();
        double born = json.get("born_analytic_sigma_nb").asDouble();
        // Textbook Born formula: 0.776 nb at the preset's sqrt(s) [D]; vacuum polarisation (x 1.07-1.08, estimate) and
        // ISR with its radiative return raise sigma(mu mu (gamma)) to about 1.15 nb; the exact value is
        // checked against a quadrature in FermionPairRadiativeTest, here only the order of magnitude.
        assertThat(born).isCloseTo(0.776, within(0.0005));
        assertThat(sigma).isBetween(1.10, 1.20);
        assertThat(json.get("fiducial").get(0).get("sigma_nb").asDouble()).isBetween(0.5, sigma);
    }

    @Test
    void mainCommandWithoutRadiationReproducesTheBornFormula() throws Exception {
        String command = COMMAND + " --no-radiation";
        CliTestSupport.Result r = CliTestSupport.run(command.split("\\s+"));
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        double sigma = json.get("sigma_nb").asDouble();
        double err = json.get("sigma_err_nb").asDouble();
        // The generator must agree with the closed form within 4 of its own Monte Carlo errors.
        assertThat(sigma).isCloseTo(json.get("born_analytic_sigma_nb").asDouble(), within(4 * err));
    }
}
