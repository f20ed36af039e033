package io.upsilon.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code upsilon generate} keeps its finished partitions: a job killed with SIGKILL once it has
 * checkpointed a few partitions and started again with the same arguments (on another thread count)
 * loads exactly those, generates the rest, and writes the same bytes as an uninterrupted job, for a
 * Parquet dataset (whose partition files are the checkpointed files), one Parquet file and one
 * HepMC3 file (whose chunks live in the checkpoint directory). Nothing hidden is left afterwards.
 */
class GenerateResumeAfterKillTest {
    @TempDir
    Path dir;

    private Process start(String log, String out, int threads) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Main.class.getName());
        // 12 partitions of 8,000 mu mu events: a fraction of a second each on one thread.
        cmd.addAll(List.of(
                "generate",
                "ee-mumu",
                "--events",
                "96000",
                "--partition-size",
                "8000",
                "--seed",
                "7",
                "--threads",
                Integer.toString(threads),
                "--out",
                out));
        return new ProcessBuilder(cmd)
                .directory(dir.toFile())
                .redirectOutput(dir.resolve(log + ".out").toFile())
                .redirectError(dir.resolve(log + ".err").toFile())
                .start();
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

    /** The output's files (the output itself, or every file under it) by relative path, with SHA-256. */
    private static Map<String, String> hashes(Path output) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(output)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
                String name = Files.isDirectory(output)
                        ? output.relativize(p).toString()
                        : p.getFileName().toString();
                out.put(name, HexFormat.of().formatHex(digest));
            }
        }
        return out;
    }

    private List<String> hidden() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("."))
                    .toList();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"data/", "events.parquet", "events.hepmc3"})
    void aKilledGenerateJobResumesAndWritesTheSameBytes(String out) throws Exception {
        String name = out.endsWith("/") ? out.substring(0, out.length() - 1) : out;
        String reference = "reference-" + out;
        String referenceName = "reference-" + name;

        Process ref = start("reference", reference, 2);
        finish(ref, "reference");

        Path checkpointDir = dir.resolve("." + name + ".checkpoint");
        Process killed = start("killed", out, 1);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (checkpoints(checkpointDir).size() < 3) {
            assertThat(killed.isAlive())
                    .as("the job is still going: " + Files.readString(dir.resolve("killed.err")))
                    .isTrue();
            assertThat(System.nanoTime()).as("partitions are checkpointed").isLessThan(deadline);
            Thread.sleep(20);
        }
        killed.destroyForcibly(); // SIGKILL: no shutdown hook runs
        assertThat(killed.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> finished = checkpoints(checkpointDir);
        if (!out.endsWith("/")) {
            assertThat(dir.resolve(name)).as("the killed job wrote no output").doesNotExist();
        }

        Process rerun = start("rerun", out, 2);
        finish(rerun, "rerun");
        String err = Files.readString(dir.resolve("rerun.err"));
        assertThat(err).contains("upsilon: resuming: " + finished.size() + " finished partitions");
        Matcher m = Pattern.compile("resumed: (\\d+) partitions loaded from the checkpoint, (\\d+) computed")
                .matcher(err);
        assertThat(m.find()).as(err).isTrue();
        assertThat(Integer.parseInt(m.group(1)))
                .as("every partition the killed job finished is loaded")
                .isEqualTo(finished.size());
        assertThat(Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2))).isEqualTo(12);
        System.out.println("GenerateResumeAfterKillTest " + out + ": killed with " + finished.size()
                + " partitions checkpointed; the rerun loaded " + m.group(1) + " and computed " + m.group(2));

        Map<String, String> expected = hashes(dir.resolve(referenceName));
        Map<String, String> actual = hashes(dir.resolve(name));
        if (!out.endsWith("/")) {
            // One file: compare the bytes, whatever the name.
            expected = Map.of("output", expected.get(referenceName));
            actual = Map.of("output", actual.get(name));
        } else {
            assertThat(expected).containsKey("_provenance.json").containsKey("part-00011.parquet");
        }
        assertThat(actual).isEqualTo(expected);
        assertThat(hidden()).as("no checkpoint or temporary file is left").isEmpty();
    }
}
