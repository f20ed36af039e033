package io.upsilon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The durable-job promise, end to end in child JVMs: a real {@code upsilon run} (the Z' search in
 * quick mode, on smaller samples) is killed with SIGKILL once it has checkpointed a few partitions,
 * then started again with the same arguments. The rerun loads exactly the partitions the killed
 * run had finished, computes the rest, and writes outputs byte-identical to an uninterrupted run
 * on another thread count; nothing partial is left behind, and the checkpoint is gone.
 */
class ResumeAfterKillTest {
    @TempDir
    Path dir;

    /**
     * The bundled Z' configuration with a smaller quick luminosity fraction (0.004 instead of
     * 0.01), so that the three runs of this test take about a minute together.
     */
    private Path smallZprime() throws Exception {
        String yaml;
        try (InputStream in = getClass().getResourceAsStream("/analyses/zprime-invisible.yaml")) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String smaller = yaml.replaceFirst("luminosity_fraction: 0\\.01(\\s)", "luminosity_fraction: 0.004$1");
        assertThat(smaller)
                .as("the quick luminosity fraction is in the bundled file")
                .isNotEqualTo(yaml);
        Path file = dir.resolve("zprime-small.yaml");
        Files.writeString(file, smaller);
        return file;
    }

    private Process start(String log, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Djava.awt.headless=true");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd)
                .directory(dir.toFile())
                .redirectOutput(dir.resolve(log + ".out").toFile())
                .redirectError(dir.resolve(log + ".err").toFile())
                .start();
    }

    private String[] runArgs(Path yaml, String out, int threads) {
        return new String[] {"run", yaml.toString(), "--quick", "--threads", Integer.toString(threads), "--out", out};
    }

    private void finish(Process p, String log) throws Exception {
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).as(log + " finishes").isTrue();
        assertThat(p.exitValue())
                .as(Files.readString(dir.resolve(log + ".err")))
                .isZero();
    }

    private static List<String> checkpoints(Path checkpointDir) throws Exception {
        if (!Files.isDirectory(checkpointDir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(checkpointDir)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("job-\\d+-part-\\d+\\.parquet"))
                    .sorted()
                    .toList();
        }
    }

    /** Every file under {@code root} by relative path, with its SHA-256. */
    private static Map<String, String> hashes(Path root) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
                out.put(root.relativize(p).toString(), HexFormat.of().formatHex(digest));
            }
        }
        return out;
    }

    @Test
    void aRunKilledWithSigkillResumesAndGivesTheSameBytes() throws Exception {
        Path yaml = smallZprime();

        // The uninterrupted reference, on two threads.
        Process reference = start("reference", runArgs(yaml, "reference", 2));
        finish(reference, "reference");
        assertThat(dir.resolve(".reference.checkpoint"))
                .as("removed after success")
                .doesNotExist();

        // The run to kill, on one thread: SIGKILL once three partitions are checkpointed.
        Path checkpointDir = dir.resolve(".resumed.checkpoint");
        Process killed = start("killed", runArgs(yaml, "resumed", 1));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (checkpoints(checkpointDir).size() < 3) {
            assertThat(killed.isAlive())
                    .as("the run is still going: " + Files.readString(dir.resolve("killed.err")))
                    .isTrue();
            assertThat(System.nanoTime()).as("partitions are checkpointed").isLessThan(deadline);
            Thread.sleep(50);
        }
        killed.destroyForcibly(); // SIGKILL: no shutdown hook runs
        assertThat(killed.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(dir.resolve("resumed")).as("the killed run wrote no output").doesNotExist();
        List<String> finished = checkpoints(checkpointDir);
        assertThat(finished.size()).isGreaterThanOrEqualTo(3);

        // The same arguments again (on another thread count): it resumes.
        Process rerun = start("rerun", runArgs(yaml, "resumed", 2));
        finish(rerun, "rerun");
        String err = Files.readString(dir.resolve("rerun.err"));
        assertThat(err).contains("upsilon: resuming: " + finished.size() + " finished partitions");
        Matcher m = Pattern.compile("resumed: (\\d+) partitions loaded from the checkpoint, (\\d+) computed")
                .matcher(err);
        assertThat(m.find()).as(err).isTrue();
        assertThat(Integer.parseInt(m.group(1)))
                .as("every partition the killed run finished is loaded, none recomputed")
                .isEqualTo(finished.size());
        assertThat(Integer.parseInt(m.group(2))).as("the rest is computed").isPositive();
        System.out.println("ResumeAfterKillTest: killed with " + finished.size() + " partitions checkpointed; the rerun"
                + " loaded " + m.group(1) + " and computed " + m.group(2));

        Map<String, String> expected = hashes(dir.resolve("reference"));
        assertThat(expected).containsKey("summary.json").hasSizeGreaterThan(10);
        assertThat(hashes(dir.resolve("resumed"))).isEqualTo(expected);

        // Nothing partial is left: no staging directory, temporary file or checkpoint.
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")))
                    .isEmpty();
        }
    }
}
