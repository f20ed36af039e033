package io.upsilon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same inputs, same bytes, across JVM runs: a search run twice in two fresh JVMs (different hash
 * seeds, iteration orders of hashed collections, thread timing) writes byte-identical files,
 * every one of them (tables, workspaces, HEPData, plots, report.html, summary.json).
 */
class SeparateJvmReproducibilityTest {
    @TempDir
    Path tmp;

    private static void runInNewJvm(Path out) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Djava.awt.headless=true");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Main.class.getName());
        cmd.addAll(List.of("run", "tau-l-phi", "--quick", "--threads", "2", "--seed", "3", "--out", out.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(log).isZero();
    }

    private static List<Path> files(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
        }
    }

    @Test
    void twoJvmsWriteTheSameBytes() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        runInNewJvm(a);
        runInNewJvm(b);
        List<Path> f = files(a);
        assertThat(f).contains(Path.of("hepdata/submission.yaml"), Path.of("report.html"), Path.of("summary.json"));
        assertThat(files(b)).isEqualTo(f);
        for (Path p : f) {
            assertThat(Files.readAllBytes(b.resolve(p))).as(p.toString()).isEqualTo(Files.readAllBytes(a.resolve(p)));
        }
    }
}
