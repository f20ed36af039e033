package io.upsilon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.upsilon.analysis.output.GenParticleNtuple;
import io.upsilon.analysis.output.NtupleColumn;
import io.upsilon.analysis.output.NtupleLayout;
import io.upsilon.analysis.output.OutputDirectory;
import io.upsilon.core.event.GenEvent;
import io.upsilon.core.event.GenParticle;
import io.upsilon.generators.io.HepMC3Reader;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code upsilon generate --out DIR/}: a Parquet dataset, one file per partition, read back as one
 * table by DuckDB's own Parquet reader (JDBC driver) and compared with the HepMC3 events of the
 * same seed.
 *
 * <p>Tolerances: HepMC3 ASCII carries 16 significant digits, so a momentum read back from it is
 * within 1e-15 relative of the double written to Parquet; a sum of n such values (|p| &lt; 6 GeV)
 * differs by at most n * 6e-15 GeV from that rounding, plus the summation rounding bound {@code n *
 * 2^-52 * sum|x|} (Higham 2002, eq. 4.4). Integer sums are exact.
 */
class GenerateDatasetTest {
    @TempDir
    Path dir;

    private static final String[] BASE = {
        "generate", "ee-mumu", "--events", "600", "--seed", "9", "--partition-size", "150"
    };

    private static long longOf(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            assertThat(r.next()).isTrue();
            return r.getLong(1);
        }
    }

    private static double doubleOf(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            assertThat(r.next()).isTrue();
            return r.getDouble(1);
        }
    }

    private static List<GenEvent> hepmc(Path f) {
        try (HepMC3Reader r = HepMC3Reader.open(f)) {
            List<GenEvent> out = new ArrayList<>();
            for (GenEvent e = r.next(); e != null; e = r.next()) {
                out.add(e);
            }
            return out;
        }
    }

    private static String[] with(String... more) {
        String[] out = java.util.Arrays.copyOf(BASE, BASE.length + more.length);
        System.arraycopy(more, 0, out, BASE.length, more.length);
        return out;
    }

    @Test
    void aDirectoryOutputIsOneFilePerPartitionReadAsOneTableEqualToTheSingleFile() throws Exception {
        Path ds = dir.resolve("mumu");
        Path single = dir.resolve("mumu.parquet");
        Path ref = dir.resolve("ref.hepmc3");
        CliTestSupport.Result r1 = CliTestSupport.run(with("--threads", "2", "--out", ds + "/"));
        CliTestSupport.Result r2 = CliTestSupport.run(with("--threads", "1", "--out", single.toString()));
        CliTestSupport.Result r3 = CliTestSupport.run(with("--threads", "2", "--out", ref.toString()));
        assertThat(r1.status()).as(r1.err()).isZero();
        assertThat(r2.status()).as(r2.err()).isZero();
        assertThat(r3.status()).as(r3.err()).isZero();
        try (var s = Files.list(ds)) {
            assertThat(s.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            "part-00000.parquet",
                            "part-00001.parquet",
                            "part-00002.parquet",
                            "part-00003.parquet",
                            "_provenance.json",
                            OutputDirectory.MARKER);
        }
        List<GenEvent> events = hepmc(ref);
        long particles = 0;
        long sumPdg = 0;
        double sumPx = 0;
        double sumAbsPx = 0;
        double sumW = 0;
        for (GenEvent e : events) {
            particles += e.size();
            sumW += e.weight();
            for (GenParticle p : e.particles()) {
                sumPdg += p.pdgId();
                sumPx += p.momentum().px();
                sumAbsPx += Math.abs(p.momentum().px());
            }
        }
        String t = "'" + ds + "/*.parquet'";
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            Map<String, String> types = new LinkedHashMap<>();
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM " + t)) {
                while (r.next()) {
                    types.put(r.getString("column_name"), r.getString("column_type"));
                }
            }
            Map<String, String> expected = new LinkedHashMap<>();
            for (NtupleColumn col : GenParticleNtuple.columns(NtupleLayout.EVENT)) {
                expected.put(col.name(), col.sqlType());
            }
            assertThat(types).containsExactlyEntriesOf(expected);
            assertThat(types).containsEntry("event", "BIGINT").containsEntry("pdg", "INTEGER[]");

            assertThat(longOf(c, "SELECT count(*) FROM " + t)).isEqualTo(600);
            assertThat(longOf(c, "SELECT count(DISTINCT event) FROM " + t + " WHERE event BETWEEN 0 AND 599"))
                    .isEqualTo(600);
            assertThat(longOf(c, "SELECT sum(nparticles)::BIGINT FROM " + t)).isEqualTo(particles);
            assertThat(longOf(c, "SELECT count(*) FROM " + t + " WHERE len(pz) <> nparticles"))
                    .isZero();
            assertThat(longOf(c, "SELECT sum(x)::BIGINT FROM (SELECT unnest(pdg) AS x FROM " + t + ")"))
                    .isEqualTo(sumPdg);
            assertThat(doubleOf(c, "SELECT sum(x) FROM (SELECT unnest(px) AS x FROM " + t + ")"))
                    .isCloseTo(sumPx, within(particles * 6e-15 + particles * 0x1p-52 * sumAbsPx));
            double duckW = doubleOf(c, "SELECT sum(weight) FROM " + t);
            assertThat(duckW).isCloseTo(sumW, within(600 * 1e-15 * Math.abs(sumW)));
            // the dataset holds exactly the rows of the one-file output of the same seed
            String one = "'" + single + "'";
            assertThat(longOf(c, "SELECT count(*) FROM (SELECT * FROM " + t + " EXCEPT SELECT * FROM " + one + ")"))
                    .isZero();
            assertThat(longOf(c, "SELECT count(*) FROM (SELECT * FROM " + one + " EXCEPT SELECT * FROM " + t + ")"))
                    .isZero();

            JsonNode prov =
                    new ObjectMapper().readTree(ds.resolve("_provenance.json").toFile());
            assertThat(prov.get("process").asText()).isEqualTo("ee-mumu");
            assertThat(prov.get("seed").asText()).isEqualTo("9");
            assertThat(prov.get("layout").asText()).isEqualTo("event");
            assertThat(prov.get("partitions").asInt()).isEqualTo(4);
            assertThat(prov.get("files")).hasSize(4);
            assertThat(prov.get("columns")).hasSize(expected.size());
            assertThat(prov.get("sum_weights").asDouble()).isCloseTo(duckW, within(600 * 0x1p-52 * Math.abs(duckW)));
        }

        // A second run into the same directory with fewer partitions leaves no partition of the first.
        CliTestSupport.Result again = CliTestSupport.run(
                "generate",
                "ee-mumu",
                "--events",
                "100",
                "--seed",
                "9",
                "--partition-size",
                "50",
                "--out",
                ds.toString());
        assertThat(again.status()).as(again.err()).isZero();
        try (var s = Files.list(ds)) {
            assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".parquet")))
                    .containsExactlyInAnyOrder("part-00000.parquet", "part-00001.parquet");
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            assertThat(longOf(c, "SELECT count(*) FROM '" + ds + "/*.parquet'")).isEqualTo(100);
        }
    }

    @Test
    void badLayoutsFormatsAndDirectoriesExitWithStatusTwoAndWriteNothing() throws Exception {
        CliTestSupport.Result layout = CliTestSupport.run(
                with("--layout", "row", "--out", dir.resolve("a.parquet").toString()));
        assertThat(layout.status()).isEqualTo(2);
        assertThat(layout.err())
                .isEqualTo("upsilon: error: --layout: unknown layout 'row': expected event or particle"
                        + System.lineSeparator());

        CliTestSupport.Result hepmcDir =
                CliTestSupport.run(with("--format", "hepmc3", "--out", dir.resolve("h") + "/"));
        assertThat(hepmcDir.status()).isEqualTo(2);
        assertThat(hepmcDir.err()).startsWith("upsilon: error: --out ").contains("Parquet dataset");

        Path users = Files.createDirectory(dir.resolve("mine"));
        Files.writeString(users.resolve("notes.txt"), "keep me");
        CliTestSupport.Result refused = CliTestSupport.run(with("--out", users.toString()));
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).startsWith("upsilon: error: --out ").contains("did not write");
        try (var s = Files.list(users)) {
            assertThat(s).containsExactly(users.resolve("notes.txt"));
        }
        try (var s = Files.list(dir)) {
            assertThat(s).containsExactly(users);
        }
    }
}
