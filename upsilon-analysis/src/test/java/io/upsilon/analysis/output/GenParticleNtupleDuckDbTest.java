package io.upsilon.analysis.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.event.GenEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated-particle ntuples read back by an independent reader, DuckDB's own Parquet reader
 * (through its JDBC driver): column types, row counts, sums and list lengths against what the
 * writer was given.
 *
 * <p>Sums of doubles are compared within {@code n * 2^-52 * sum|x|}: the rounding error of any
 * order of summing n numbers is at most {@code (n - 1) u sum|x|} with {@code u = 2^-53} (Higham,
 * <i>Accuracy and Stability of Numerical Algorithms</i>, 2nd ed., 2002, eq. 4.4), once for the
 * writer's sum and once for DuckDB's (whose order depends on its threads). Integer sums are exact.
 */
class GenParticleNtupleDuckDbTest {
    private static final long SEED = 20261207L;

    @TempDir
    Path dir;

    private static Connection duckdb() throws SQLException {
        return DriverManager.getConnection("jdbc:duckdb:");
    }

    private static ResultSet query(Connection c, String sql) throws SQLException {
        Statement s = c.createStatement();
        s.closeOnCompletion();
        ResultSet r = s.executeQuery(sql);
        assertThat(r.next()).as(sql).isTrue();
        return r;
    }

    private static long longOf(Connection c, String sql) throws SQLException {
        try (ResultSet r = query(c, sql)) {
            return r.getLong(1);
        }
    }

    private static double doubleOf(Connection c, String sql) throws SQLException {
        try (ResultSet r = query(c, sql)) {
            return r.getDouble(1);
        }
    }

    /** DuckDB's DESCRIBE of the file: column name to type, in order. */
    private static Map<String, String> describe(Connection c, String from) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM " + from)) {
            while (r.next()) {
                out.put(r.getString("column_name"), r.getString("column_type"));
            }
        }
        return out;
    }

    private static Map<String, String> expectedTypes(NtupleLayout layout) {
        Map<String, String> out = new LinkedHashMap<>();
        for (NtupleColumn col : GenParticleNtuple.columns(layout)) {
            out.put(col.name(), col.sqlType());
        }
        return out;
    }

    private static double summationBound(long n, double sumAbs) {
        return Math.max(1, n) * 0x1p-52 * sumAbs;
    }

    private List<GenEvent> write(Path file, NtupleLayout layout, int n, ToySums sums) throws IOException {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(SEED);
        List<GenEvent> events = new ArrayList<>();
        try (GenParticleNtuple ntuple = GenParticleNtuple.openParquet(file, layout, Map.of("upsilon.test", "yes"))) {
            for (int i = 0; i < n; i++) {
                GenEvent e = ToyGenEvents.event(1000 + i, rng);
                events.add(e);
                sums.add(e);
                ntuple.fill(e);
            }
            ntuple.commit();
        }
        return events;
    }

    @Test
    void eventLayoutIsOneRowPerEventWithTypedListColumnsAsLongAsTheParticleCount() throws Exception {
        Path file = dir.resolve("events.parquet");
        ToySums sums = new ToySums();
        List<GenEvent> events = write(file, NtupleLayout.EVENT, 3000, sums);
        long empty = events.stream().filter(e -> e.size() == 0).count();
        assertThat(empty).as("the sample has empty events").isPositive();
        String t = "read_parquet('" + file + "')";
        try (Connection c = duckdb()) {
            assertThat(describe(c, t)).containsExactlyEntriesOf(expectedTypes(NtupleLayout.EVENT));
            assertThat(describe(c, t)).containsEntry("pdg", "INTEGER[]").containsEntry("px", "DOUBLE[]");
            assertThat(longOf(c, "SELECT count(*) FROM " + t)).isEqualTo(3000);
            assertThat(longOf(c, "SELECT sum(nparticles)::BIGINT FROM " + t)).isEqualTo(sums.particles);
            assertThat(longOf(c, "SELECT count(*) FROM " + t + " WHERE nparticles = 0"))
                    .isEqualTo(empty);
            // every list column holds one element per particle of its row's event
            assertThat(longOf(
                            c,
                            "SELECT count(*) FROM " + t + " WHERE len(px) <> nparticles OR len(pdg) <> nparticles"
                                    + " OR len(daughter2) <> nparticles OR len(t) <> nparticles"))
                    .isZero();
            assertThat(doubleOf(c, "SELECT sum(weight) FROM " + t))
                    .isCloseTo(sums.sumWeight, within(summationBound(sums.events, sums.sumAbsWeight)));
            assertThat(doubleOf(c, "SELECT sum(x) FROM (SELECT unnest(px) AS x FROM " + t + ")"))
                    .isCloseTo(sums.sumPx, within(summationBound(sums.particles, sums.sumAbsPx)));
            assertThat(longOf(c, "SELECT sum(x)::BIGINT FROM (SELECT unnest(pdg) AS x FROM " + t + ")"))
                    .isEqualTo(sums.sumPdg);
            assertThat(longOf(c, "SELECT sum(x)::BIGINT FROM (SELECT unnest(mother1) AS x FROM " + t + ")"))
                    .isEqualTo(sums.sumMother1);
            // element order within a row is record order: the first event's third particle
            GenEvent first =
                    events.stream().filter(e -> e.size() > 2).findFirst().orElseThrow();
            try (ResultSet r = query(
                    c,
                    "SELECT pdg[3], px[3], status[1], daughter1[1] FROM " + t + " WHERE event = " + first.number())) {
                assertThat(r.getInt(1)).isEqualTo(first.particle(2).pdgId());
                assertThat(r.getDouble(2))
                        .isEqualTo(first.particle(2).momentum().px());
                assertThat(r.getInt(3)).isEqualTo(4);
                assertThat(r.getInt(4)).isEqualTo(2);
            }
        }
    }

    @Test
    void particleLayoutIsOneTypedRowPerParticle() throws Exception {
        Path file = dir.resolve("particles.parquet");
        ToySums sums = new ToySums();
        List<GenEvent> events = write(file, NtupleLayout.PARTICLE, 3000, sums);
        double weightTimesCount = 0;
        double absWeightTimesCount = 0;
        for (GenEvent e : events) {
            weightTimesCount += e.weight() * e.size();
            absWeightTimesCount += Math.abs(e.weight()) * e.size();
        }
        String t = "read_parquet('" + file + "')";
        try (Connection c = duckdb()) {
            assertThat(describe(c, t)).containsExactlyEntriesOf(expectedTypes(NtupleLayout.PARTICLE));
            assertThat(describe(c, t))
                    .containsEntry("event", "BIGINT")
                    .containsEntry("pdg", "INTEGER")
                    .containsEntry("mother1", "INTEGER")
                    .containsEntry("px", "DOUBLE");
            assertThat(longOf(c, "SELECT count(*) FROM " + t)).isEqualTo(sums.particles);
            assertThat(longOf(c, "SELECT count(DISTINCT event) FROM " + t))
                    .isEqualTo(events.stream().filter(e -> e.size() > 0).count());
            assertThat(longOf(c, "SELECT count(*) FROM " + t + " WHERE particle < 0 OR particle >= nparticles"))
                    .isZero();
            // the weight is repeated on every particle row: a sum over rows counts it n times
            assertThat(doubleOf(c, "SELECT sum(weight) FROM " + t))
                    .isCloseTo(weightTimesCount, within(summationBound(sums.particles, absWeightTimesCount)));
            assertThat(doubleOf(c, "SELECT sum(px) FROM " + t))
                    .isCloseTo(sums.sumPx, within(summationBound(sums.particles, sums.sumAbsPx)));
            assertThat(longOf(c, "SELECT sum(pdg)::BIGINT FROM " + t)).isEqualTo(sums.sumPdg);
            assertThat(longOf(c, "SELECT sum(mother1)::BIGINT FROM " + t)).isEqualTo(sums.sumMother1);
            assertThat(longOf(c, "SELECT count(*) FROM " + t + " WHERE status = 4"))
                    .isEqualTo(2 * longOf(c, "SELECT count(DISTINCT event) FROM " + t));
        }
    }

    @Test
    void aMillionEventsAreWrittenInA96MiBHeapAndReadBackWhole() throws Exception {
        // One JVM with a heap far smaller than the data (1e6 events, ~4.4e6 particles, 15 quantities:
        // ~500 MB as doubles): it only finishes if rows are streamed out per row group (32 MiB; 48 MiB
        // of heap is too little, 64 MiB enough, measured by hand).
        Path file = dir.resolve("large.parquet");
        List<String> cmd = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx96m",
                "-cp",
                System.getProperty("java.class.path"),
                LargeNtupleMain.class.getName(),
                file.toString(),
                "event",
                "1000000",
                Long.toString(SEED));
        Process p = new ProcessBuilder(cmd)
                .redirectError(dir.resolve("stderr.txt").toFile())
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue())
                .as(() -> readQuietly(dir.resolve("stderr.txt")))
                .isZero();
        ToySums sums = ToySums.parse(out);
        assertThat(sums.events).isEqualTo(1_000_000);
        String t = "read_parquet('" + file + "')";
        try (Connection c = duckdb()) {
            assertThat(longOf(c, "SELECT count(*) FROM " + t)).isEqualTo(sums.events);
            assertThat(longOf(c, "SELECT sum(nparticles)::BIGINT FROM " + t)).isEqualTo(sums.particles);
            assertThat(longOf(c, "SELECT count(*) FROM " + t + " WHERE len(px) <> nparticles"))
                    .isZero();
            assertThat(doubleOf(c, "SELECT sum(weight) FROM " + t))
                    .isCloseTo(sums.sumWeight, within(summationBound(sums.events, sums.sumAbsWeight)));
            assertThat(doubleOf(c, "SELECT sum(x) FROM (SELECT unnest(px) AS x FROM " + t + ")"))
                    .isCloseTo(sums.sumPx, within(summationBound(sums.particles, sums.sumAbsPx)));
            assertThat(longOf(c, "SELECT sum(x)::BIGINT FROM (SELECT unnest(pdg) AS x FROM " + t + ")"))
                    .isEqualTo(sums.sumPdg);
            // more than one row group: the writer flushed as it went
            assertThat(longOf(c, "SELECT count(DISTINCT row_group_id) FROM parquet_metadata('" + file + "')"))
                    .isGreaterThan(1);
        }
    }

    @Test
    void closingWithoutCommitLeavesNothingAndWrongTypesAreRefused() throws IOException {
        Path file = dir.resolve("aborted.parquet");
        try (GenParticleNtuple ntuple = GenParticleNtuple.openParquet(file, NtupleLayout.EVENT, Map.of())) {
            ntuple.fill(ToyGenEvents.event(0, RandomSource.XO_RO_SHI_RO_128_PP.create(SEED)));
        }
        try (var s = Files.list(dir)) {
            assertThat(s).isEmpty();
        }
        ParquetRow row = new ParquetRow(GenParticleNtuple.columns(NtupleLayout.EVENT));
        assertThatThrownBy(() -> row.float64(0, 1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("column event is INT64, not DOUBLE");
        assertThatThrownBy(() -> row.int32(3, 11))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("column pdg is a list of INT32, not INT32");
    }

    private static String readQuietly(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return "(no stderr: " + e.getMessage() + ")";
        }
    }
}
