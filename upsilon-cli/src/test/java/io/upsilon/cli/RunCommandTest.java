package io.upsilon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
    @TempDir
    Path tmp;

    @Test
    void anUnknownAnalysisExitsWithStatus2AndListsTheKnownOnes() {
        CliTestSupport.Result r = CliTestSupport.run(
                "run", "no-such-search", "--out", tmp.resolve("o").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("unknown analysis").contains("zprime-invisible");
        assertThat(r.out()).isEmpty();
        assertThat(tmp.resolve("o")).doesNotExist();
    }

    @Test
    void theSparkEngineWithoutItsJarIsOneLineAndStatus2() {
        // The default jar does not carry Spark: the engine comes from the upsilon-spark jar.
        CliTestSupport.Result r = CliTestSupport.run(
                "run",
                "zprime-invisible",
                "--quick",
                "--engine",
                "spark",
                "--out",
                tmp.resolve("o").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("--engine").contains("spark").contains("docs/spark.md");
        assertThat(r.out()).isEmpty();
        assertThat(tmp.resolve("o")).doesNotExist();
    }

    @Test
    void aMasterWithoutAClusterEngineIsRefused() {
        CliTestSupport.Result r = CliTestSupport.run(
                "run",
                "zprime-invisible",
                "--quick",
                "--master",
                "local[2]",
                "--out",
                tmp.resolve("o").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("--master").contains("--engine spark");
        assertThat(tmp.resolve("o")).doesNotExist();
    }

    @Test
    void aBadConfigurationNamesFileAndPathAndWritesNothing() throws Exception {
        Path yaml = tmp.resolve("mine.yaml");
        String text = new String(
                        RunCommandTest.class
                                .getResourceAsStream("/analyses/zprime-invisible.yaml")
                                .readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8)
                .replace("cl: 0.90", "cl: 1.5");
        Files.writeString(yaml, text);
        CliTestSupport.Result r = CliTestSupport.run(
                "run", yaml.toString(), "--quick", "--out", tmp.resolve("o").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("mine.yaml").contains("fit.cl").contains("1.5");
        assertThat(tmp.resolve("o")).doesNotExist();
    }

    @Test
    void anOutputThatUpsilonDidNotWriteIsRefusedBeforeTheRunAndKept() throws Exception {
        Path file = tmp.resolve("results.txt");
        Files.writeString(file, "keep me");
        Path mine = tmp.resolve("mine");
        Files.createDirectories(mine);
        Files.writeString(mine.resolve("precious.txt"), "keep me too");
        for (Path out : new Path[] {file, mine}) {
            CliTestSupport.Result r = CliTestSupport.run("run", "tau-mass", "--quick", "--out", out.toString());
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err().strip().lines()).hasSize(1);
            assertThat(r.err()).contains("--out " + out).doesNotContain("Exception");
            assertThat(r.out()).isEmpty();
        }
        assertThat(file).hasContent("keep me");
        assertThat(mine.resolve("precious.txt")).hasContent("keep me too");
        try (var s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("results.txt", "mine");
        }
    }

    @Test
    void anUnknownBeamPresetInTheFileNamesTheFileAndItsKey() throws Exception {
        Path yaml = tmp.resolve("beam.yaml");
        String text = new String(
                        RunCommandTest.class
                                .getResourceAsStream("/analyses/tau-mass.yaml")
                                .readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8)
                .replaceFirst("(?m)^beam: Y4S", "beam: Y9S");
        Files.writeString(yaml, text);
        CliTestSupport.Result r = CliTestSupport.run(
                "run", yaml.toString(), "--quick", "--out", tmp.resolve("o").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err())
                .contains("beam.yaml")
                .contains("beam")
                .contains("Y9S")
                .doesNotContain("--beam");
    }

    @Test
    void quickRunWritesTheOutputsAndASummary() {
        Path out = tmp.resolve("z");
        CliTestSupport.Result r =
                CliTestSupport.run("run", "zprime-invisible", "--quick", "--threads", "2", "--out", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("sigma_exp [fb]").contains("outputs: ");
        assertThat(out.resolve("limits.csv")).exists();
        assertThat(out.resolve("limits.png")).exists();
        assertThat(out.resolve("hepdata/limits.yaml")).exists();
    }
}
