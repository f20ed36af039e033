package io.upsilon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's front door: its main command, exactly as written there, works. */
class ReadmeMainCommandTest {
    private static final Pattern MAIN_COMMAND = Pattern.compile("(?m)^\\./upsilon (.+)$");

    static String readmeMainCommand() throws Exception {
        Path readme = Path.of(System.getProperty("upsilon.repo.dir", "..")).resolve("README.md");
        String text = Files.readString(readme);
        int quick = text.indexOf("## Quick start");
        assertThat(quick).as("README has a Quick start section").isGreaterThanOrEqualTo(0);
        Matcher m = MAIN_COMMAND.matcher(text);
        assertThat(m.find(quick)).as("Quick start has a ./upsilon command").isTrue();
        return m.group(1).trim();
    }

    @Test
    void mainCommandRunsAndPrintsTheBornCrossSection() throws Exception {
        String command = readmeMainCommand();
        CliTestSupport.Result r = CliTestSupport.run(command.split("\\s+"));
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("process").asText()).isEqualTo("ee-mumu");
        double sigma = json.get("sigma_nb").asDouble();
        double err = json.get("sigma_err_nb").asDouble();
        // PHYSICS.md 2.2: 0.776 nb at the preset's sqrt(s); the generator must agree with the formula
        // within 4 of its own Monte Carlo errors.
        assertThat(sigma).isCloseTo(json.get("analytic_sigma_nb").asDouble(), within(4 * err));
        assertThat(sigma).isCloseTo(0.776, within(0.0005));
    }
}
