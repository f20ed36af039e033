package io.upsilon.analysis.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    private long entries(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.count();
        }
    }

    @Test
    void writesTextCreatingParentsAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("a/b/out.txt");
        AtomicFiles.writeString(target, "σ = 1 fb\n");
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("σ = 1 fb\n");
        assertThat(entries(target.getParent())).isEqualTo(1);
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Path target = dir.resolve("out.bin");
        AtomicFiles.writeBytes(target, new byte[] {1, 2, 3});
        AtomicFiles.writeBytes(target, new byte[] {4});
        assertThat(Files.readAllBytes(target)).containsExactly(4);
    }

    @Test
    void failedWriteKeepsTheOldFileAndDeletesTheTemporaryOne() throws IOException {
        Path target = dir.resolve("out.txt");
        AtomicFiles.writeString(target, "old");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
                    out.write("partial".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("disk full");
                }))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("disk full");
        assertThat(Files.readString(target)).isEqualTo("old");
        assertThat(entries(dir)).isEqualTo(1);
    }

    @Test
    void writtenFilesAreWorldReadable() throws IOException {
        Path target = dir.resolve("out.txt");
        AtomicFiles.writeString(target, "x");
        if (Files.getFileStore(target).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
                    .isEqualTo("rw-r--r--");
        }
    }

    @Test
    void stagedDirectoryAppearsOnlyOnCommit() throws IOException {
        Path target = dir.resolve("run");
        try (StagedDirectory staged = AtomicFiles.stage(target)) {
            AtomicFiles.writeString(staged.path().resolve("limits.csv"), "mass\n");
            AtomicFiles.writeString(staged.path().resolve("hepdata/submission.yaml"), "---\n");
            assertThat(target).doesNotExist();
            staged.commit();
            assertThat(staged.committed()).isTrue();
        }
        assertThat(target.resolve("limits.csv")).hasContent("mass");
        assertThat(target.resolve("hepdata/submission.yaml")).exists();
        assertThat(entries(dir)).isEqualTo(1);
    }

    @Test
    void stagedDirectoryClosedWithoutCommitLeavesNothing() throws IOException {
        Path target = dir.resolve("run");
        try (StagedDirectory staged = AtomicFiles.stage(target)) {
            AtomicFiles.writeString(staged.path().resolve("half.txt"), "half");
            // the run fails here: no commit
        }
        assertThat(target).doesNotExist();
        assertThat(entries(dir)).isZero();
    }

    @Test
    void commitReplacesAnExistingDirectoryWhole() throws IOException {
        Path target = dir.resolve("run");
        try (StagedDirectory last = AtomicFiles.stage(target)) {
            AtomicFiles.writeString(last.path().resolve("stale.txt"), "from the last run");
            last.commit();
        }
        assertThat(target.resolve(OutputDirectory.MARKER)).exists();
        try (StagedDirectory staged = AtomicFiles.stage(target)) {
            AtomicFiles.writeString(staged.path().resolve("fresh.txt"), "new");
            staged.commit();
        }
        assertThat(target.resolve("fresh.txt")).hasContent("new");
        assertThat(target.resolve("stale.txt")).doesNotExist();
        assertThat(entries(dir)).isEqualTo(1);
    }

    @Test
    void commitRefusesToReplaceADirectoryUpsilonDidNotWrite() throws IOException {
        Path target = dir.resolve("mine");
        AtomicFiles.writeString(target.resolve("precious.txt"), "the user's");
        try (StagedDirectory staged = AtomicFiles.stage(target)) {
            AtomicFiles.writeString(staged.path().resolve("fresh.txt"), "new");
            assertThatThrownBy(staged::commit)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("mine");
        }
        assertThat(target.resolve("precious.txt")).hasContent("the user's");
        assertThat(entries(dir)).isEqualTo(1); // the staging directory is gone, the user's untouched
    }

    @Test
    void stagingDirectoriesOfDeadRunsAreRemovedByTheNextRun() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        long dead = p.pid();
        assertThat(ProcessHandle.of(dead).map(ProcessHandle::isAlive).orElse(false))
                .isFalse();
        Path deadStaging = Files.createDirectories(dir.resolve(".run.staging-" + dead + "-123"));
        Files.writeString(deadStaging.resolve("half.csv"), "x");
        Path deadOld = Files.createDirectories(dir.resolve(".run.old-" + dead + "-456"));
        long self = ProcessHandle.current().pid();
        Path live = Files.createDirectories(dir.resolve(".run.staging-" + self + "-789"));
        Path unrelated = Files.createDirectories(dir.resolve(".other.staging-" + dead + "-1"));
        try (StagedDirectory staged = AtomicFiles.stage(dir.resolve("run"))) {
            staged.commit();
        }
        assertThat(deadStaging).doesNotExist();
        assertThat(deadOld).doesNotExist();
        assertThat(live).exists(); // a run that is still going (here: this process) keeps its directory
        assertThat(unrelated).exists(); // another output's
        assertThat(dir.resolve("run").resolve(OutputDirectory.MARKER)).exists();
    }

    @Test
    void commitTwiceIsRefused() {
        StagedDirectory staged = AtomicFiles.stage(dir.resolve("run"));
        staged.commit();
        assertThatThrownBy(staged::commit).isInstanceOf(IllegalStateException.class);
        staged.close();
    }
}
