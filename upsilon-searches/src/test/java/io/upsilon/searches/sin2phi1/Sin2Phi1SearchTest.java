package io.upsilon.searches.sin2phi1;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.upsilon.searches.QuickRuns;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quick version of the measurement end to end, on one and two threads. */
class Sin2Phi1SearchTest {
    @TempDir
    static Path tmp;

    static Path one;
    static Path two;

    @BeforeAll
    static void runQuick() throws Exception {
        one = tmp.resolve("one");
        two = tmp.resolve("two");
        long t0 = System.nanoTime();
        QuickRuns.run("sin2phi1", one, 2);
        System.out.printf("sin2phi1 --quick: %.1f s%n", (System.nanoTime() - t0) * 1e-9);
        QuickRuns.run("sin2phi1", two, 1);
    }

    private static JsonNode result(Path dir) throws Exception {
        return new ObjectMapper().readTree(dir.resolve("result.json").toFile());
    }

    @Test
    void printResult() throws Exception {
        System.out.println(Files.readString(one.resolve("result.json")));
        assertThat(result(one).get("analysis").asText()).isEqualTo("sin2phi1");
    }
}
