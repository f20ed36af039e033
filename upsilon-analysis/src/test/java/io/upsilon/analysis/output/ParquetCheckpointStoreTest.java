package io.upsilon.analysis.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.upsilon.core.error.InputException;
import io.upsilon.core.exec.CheckpointKey;
import io.upsilon.core.exec.Job;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetCheckpointStoreTest {
    private static final String RUN = "3f1c0ffee";
    private static final Job JOB = new Job("zprime/bkg/ee-mumu", 42, 250_000, 100_000);

    @TempDir
    Path tmp;

    private final List<String> notes = new ArrayList<>();

    private ParquetCheckpointStore open(String fingerprint, boolean fresh) {
        return ParquetCheckpointStore.open(
                tmp.resolve(".out.checkpoint"), fingerprint, "seed=42\nquick=true\n", fresh, notes::add);
    }

    private static byte[] payload(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 31 + 7);
        }
        return b;
    }

    private List<String> names(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theCheckpointDirectoryIsAHiddenSiblingOfTheOutput() {
        assertThat(ParquetCheckpointStore.besideOutput(Path.of("/data/runs/zp")))
                .isEqualTo(Path.of("/data/runs/.zp.checkpoint"));
    }

    @Test
    void aSavedResultLoadsBackAndTheFileHoldsItsProvenance() throws Exception {
        ParquetCheckpointStore store = open(RUN, false);
        CheckpointKey key = new CheckpointKey(RUN, 3, JOB, 2);
        store.save(key, payload(5000));
        assertThat(store.load(key)).hasValueSatisfying(b -> assertThat(b).isEqualTo(payload(5000)));
        assertThat(names(store.directory()))
                .containsExactly(ParquetCheckpointStore.FINGERPRINT_FILE, "job-00003-part-00002.parquet");
        assertThat(ParquetCheckpointStore.runInputs(store.file(key))).isEqualTo("seed=42\nquick=true\n");

        // An independent reader (DuckDB) sees the provenance columns of a real Parquet file.
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
                var st = c.createStatement();
                var r = st.executeQuery("SELECT job_name, master_seed, partition_index, first_event, partition_events,"
                        + " octet_length(result) FROM read_parquet('" + store.directory() + "/*.parquet')")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("zprime/bkg/ee-mumu");
            assertThat(r.getLong(2)).isEqualTo(42);
            assertThat(r.getInt(3)).isEqualTo(2);
            assertThat(r.getLong(4)).isEqualTo(200_000);
            assertThat(r.getLong(5)).as("the last partition is smaller").isEqualTo(50_000);
            assertThat(r.getLong(6)).isEqualTo(5000);
        }
    }

    @Test
    void aTruncatedOrCorruptFileIsNeverTrusted() throws Exception {
        ParquetCheckpointStore store = open(RUN, false);
        CheckpointKey key = new CheckpointKey(RUN, 0, JOB, 0);
        store.save(key, payload(20_000));
        Path file = store.file(key);
        byte[] whole = Files.readAllBytes(file);

        // A kill during the write (were it not for the rename): the file cut anywhere.
        for (int cut : new int[] {0, 4, whole.length / 2, whole.length - 9, whole.length - 1}) {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.truncate(cut);
            }
            assertThat(store.load(key)).as("cut at " + cut).isEmpty();
            Files.write(file, whole);
        }
        assertThat(store.load(key)).isPresent();

        // One byte changed inside the result (found by the result's checksum or Parquet's own).
        int flipped = 0;
        for (int at = 4; at < whole.length - 8; at += whole.length / 12) {
            byte[] bad = whole.clone();
            bad[at] ^= 0x10;
            Files.write(file, bad);
            if (store.load(key).isEmpty()) {
                flipped++;
            } else {
                assertThat(store.load(key).get())
                        .as("a flip at " + at + " that loads must be harmless")
                        .isEqualTo(payload(20_000));
            }
        }
        assertThat(flipped).as("most single-byte flips are detected").isGreaterThan(0);
    }

    @Test
    void aFileOfAnotherJobOrRunAtTheSameNameIsNotUsed() {
        ParquetCheckpointStore store = open(RUN, false);
        store.save(new CheckpointKey(RUN, 1, JOB, 0), payload(10));
        Job otherSeed = new Job(JOB.name(), 43, JOB.events(), JOB.eventsPerPartition());
        Job otherSize = new Job(JOB.name(), 42, JOB.events() + 1, JOB.eventsPerPartition());
        Job otherName = new Job("zprime/bkg/ee-ee", 42, JOB.events(), JOB.eventsPerPartition());
        for (Job j : List.of(otherSeed, otherSize, otherName)) {
            assertThat(store.load(new CheckpointKey(RUN, 1, j, 0)))
                    .as(j.toString())
                    .isEmpty();
        }
        assertThat(store.load(new CheckpointKey("another", 1, JOB, 0))).isEmpty();
        assertThat(store.load(new CheckpointKey(RUN, 1, JOB, 0))).isPresent();
    }

    @Test
    void otherArgumentsRemoveTheOldCheckpointWithOneNote() throws Exception {
        ParquetCheckpointStore first = open(RUN, false);
        first.save(new CheckpointKey(RUN, 0, JOB, 0), payload(10));
        assertThat(open(RUN, false).found()).isEqualTo(1);
        assertThat(notes).isEmpty();

        ParquetCheckpointStore other = open("other-fingerprint", false);
        assertThat(notes).singleElement().asString().contains("other arguments").contains("not used");
        assertThat(other.found()).isZero();
        assertThat(other.directory()).doesNotExist();
    }

    @Test
    void nothingIsWrittenBeforeTheFirstCheckpoint() {
        ParquetCheckpointStore store = open(RUN, false);
        assertThat(store.load(new CheckpointKey(RUN, 0, JOB, 0))).isEmpty();
        assertThat(store.directory()).doesNotExist();
    }

    @Test
    void freshIgnoresAndRemovesTheCheckpoint() throws Exception {
        open(RUN, false).save(new CheckpointKey(RUN, 0, JOB, 0), payload(10));
        ParquetCheckpointStore fresh = open(RUN, true);
        assertThat(fresh.found()).isZero();
        assertThat(fresh.load(new CheckpointKey(RUN, 0, JOB, 0))).isEmpty();
        assertThat(notes).singleElement().asString().contains("--fresh");
    }

    @Test
    void temporaryFilesOfKilledRunsAreRemovedAndDeleteRemovesTheDirectory() throws Exception {
        Path dir = tmp.resolve(".out.checkpoint");
        Files.createDirectories(dir);
        // PID 2^22 + 1 is above Linux's pid_max default: no such process runs.
        Path dead = dir.resolve(".p4194305-job-00000-part-00000.tmp");
        Files.writeString(dead, "half a file");
        ParquetCheckpointStore store = open(RUN, false);
        assertThat(dead).doesNotExist();
        store.save(new CheckpointKey(RUN, 0, JOB, 1), payload(10));
        assertThat(names(dir)).noneMatch(n -> n.endsWith(".tmp"));
        store.delete();
        assertThat(dir).doesNotExist();
    }

    @Test
    void aFileWhereTheDirectoryShouldBeIsBadInput() throws Exception {
        Files.writeString(tmp.resolve(".out.checkpoint"), "x");
        assertThatThrownBy(() -> open(RUN, false)).isInstanceOf(InputException.class);
    }
}
