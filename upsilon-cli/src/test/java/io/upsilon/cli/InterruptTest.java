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
 * A stopped run leaves nothing half-written: SIGTERM (what Ctrl-C does through the same shutdown
 * path) deletes the temporary files, keeps the checkpoint of the finished partitions and exits with
 * 143 and one line; after SIGKILL, the next run into the same output (here with other arguments,
 * so it cannot resume) removes what the killed one left.
 */
class InterruptTest {
    @TempDir
    Path dir;

    private Process start(String... args) throws Exception {
        return startMain(Main.class, args);
    }

    private Process startMain(Class<?> main, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Djava.awt.headless=true");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(main.getName());
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd)
                .directory(dir.toFile())
                .redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(dir.resolve("stderr.txt").toFile())
                .start();
    }

    private List<String> hiddenFiles() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("."))
                    .toList();
        }
    }

    /** The temporary files in {@code checkpoint} (none when it does not exist). */
    private static List<String> temporaries(Path checkpoint) throws Exception {
        if (!Files.isDirectory(checkpoint)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(checkpoint)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".tmp"))
                    .toList();
        }
    }

    /** Starts a long generate job and waits until it is writing partial files. */
    private Process longGenerate() throws Exception {
        Process p = start("generate", "ee-tautau", "--events", "1e8", "--seed", "1", "--out", "big.hepmc3");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (temporaries(dir.resolve(".big.hepmc3.checkpoint")).isEmpty()) {
            assertThat(p.isAlive()).as("the job started").isTrue();
            assertThat(System.nanoTime()).as("partial files appear").isLessThan(deadline);
            Thread.sleep(100);
        }
        return p;
    }

    @Test
    void sigtermDeletesThePartialFilesAndExitsWith143() throws Exception {
        Process p = longGenerate();
        p.destroy(); // SIGTERM
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(143);
        String err = Files.readString(dir.resolve("stderr.txt"));
        assertThat(err)
                .contains("interrupted, stopped cleanly")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        // What is left is the checkpoint of the finished partitions (a rerun resumes from it), with
        // no temporary file in it.
        assertThat(hiddenFiles()).isSubsetOf(".big.hepmc3.checkpoint");
        assertThat(temporaries(dir.resolve(".big.hepmc3.checkpoint"))).isEmpty();
        assertThat(dir.resolve("big.hepmc3")).doesNotExist();
    }

    @Test
    void leftoversOfAKilledRunAreRemovedByTheNextOne() throws Exception {
        Process p = longGenerate();
        p.destroyForcibly(); // SIGKILL: no hook runs
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(hiddenFiles()).isNotEmpty();
        Process again = start("generate", "ee-mumu", "--events", "2000", "--seed", "1", "--out", "big.hepmc3");
        assertThat(again.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(again.exitValue()).isZero();
        assertThat(hiddenFiles()).isEmpty();
        assertThat(dir.resolve("big.hepmc3")).exists();
    }

    /** Starts {@link CommitWindowMain} and waits until it prints {@code line}. */
    private Process commitWindow(String mode, String line) throws Exception {
        Process p = startMain(CommitWindowMain.class, mode, "result.txt");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        Path stdout = dir.resolve("stdout.txt");
        while (!Files.exists(stdout) || !Files.readString(stdout).contains(line)) {
            assertThat(p.isAlive()).as("the program runs").isTrue();
            assertThat(System.nanoTime()).as("'" + line + "' is printed").isLessThan(deadline);
            Thread.sleep(20);
        }
        return p;
    }

    @Test
    void aSignalDuringTheFinalRenameLetsItFinishAndExitsZero() throws Exception {
        Process p = commitWindow("during", "committing");
        p.destroy(); // SIGTERM while the commit holds the lock
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(dir.resolve("stderr.txt"));
        assertThat(p.exitValue()).as(err).isZero();
        assertThat(err).contains("they are complete").doesNotContain("\tat ");
        assertThat(Files.readString(dir.resolve("result.txt"))).isEqualTo("complete content\n");
        assertThat(hiddenFiles()).isEmpty();
    }

    @Test
    void aSignalBeforeTheFinalRenamePreventsItAndExitsWith143() throws Exception {
        Process p = commitWindow("before", "ready");
        p.destroy(); // SIGTERM before the commit: the rename is refused
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(dir.resolve("stderr.txt"));
        assertThat(p.exitValue()).as(err).isEqualTo(143);
        assertThat(err).contains("stopped cleanly").doesNotContain("\tat ");
        assertThat(dir.resolve("result.txt")).doesNotExist();
        assertThat(hiddenFiles()).isEmpty();
    }
}
