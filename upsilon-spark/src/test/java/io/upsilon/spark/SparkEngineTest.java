package io.upsilon.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.upsilon.core.exec.ClusterExecutor;
import io.upsilon.core.exec.EngineOptions;
import io.upsilon.core.exec.ExecutorProvider;
import io.upsilon.core.exec.LocalExecutor;
import io.upsilon.core.exec.ProgressReporter;
import io.upsilon.searches.SelectionResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark engine in local mode against the local engine, on a real generate-simulate-select job
 * ({@link DimuonProgram}): the outputs must be identical byte for byte, also when a task fails once
 * and Spark retries it.
 */
class SparkEngineTest {
    private static final long SEED = 20261207L;

    private static String localHash;
    private static byte[] localBytes;

    @BeforeAll
    static void runLocally(@TempDir Path dir) throws Exception {
        localHash = new DimuonProgram(SEED, false).run(LocalExecutor.ofThreads(1), dir.resolve("out"));
        localBytes = Files.readAllBytes(dir.resolve("out/result.bin"));
    }

    private static String runOnSpark(String master, DimuonProgram program, Path out) {
        ExecutorProvider spark = ExecutorProvider.find("spark").orElseThrow();
        try (ClusterExecutor executor = spark.open(new EngineOptions(master, 2, ProgressReporter.NONE), program)) {
            return program.run(executor, out);
        }
    }

    @Test
    void theLocalJobIsNotTrivial() {
        @SuppressWarnings("unchecked")
        List<Object> result = (List<Object>) JavaSerialization.read(localBytes);
        SelectionResult selected = (SelectionResult) result.get(1);
        // Two partitions of the sample (more than 100 000 events) and most dimuons have two tracks.
        assertThat(selected.flow().count(0)).isGreaterThan(100_000);
        assertThat(selected.events().size()).isGreaterThan(50_000);
    }

    @Test
    void anotherSeedGivesAnotherResult(@TempDir Path dir) {
        String other = new DimuonProgram(SEED + 1, false).run(LocalExecutor.ofThreads(2), dir);
        assertThat(other).isNotEqualTo(localHash);
    }

    @Test
    void sparkLocalTwoCoresIsBitIdenticalToTheLocalEngine(@TempDir Path dir) throws Exception {
        String hash = runOnSpark("local[2]", new DimuonProgram(SEED, false), dir);
        assertThat(hash).isEqualTo(localHash);
        assertThat(Files.readAllBytes(dir.resolve("result.bin"))).isEqualTo(localBytes);
    }

    @Test
    void aTaskThatFailsOnceIsRetriedWithTheSameStreams(@TempDir Path dir) {
        int before = DimuonProgram.INJECTED_FAILURES.get();
        // local[2,2]: two threads, a task may fail twice (local mode does not retry by default).
        String hash = runOnSpark("local[2,2]", new DimuonProgram(SEED, true), dir);
        assertThat(DimuonProgram.INJECTED_FAILURES.get() - before).isEqualTo(1);
        assertThat(hash).isEqualTo(localHash);
    }
}
