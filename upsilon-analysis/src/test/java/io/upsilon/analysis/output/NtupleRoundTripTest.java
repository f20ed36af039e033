package io.upsilon.analysis.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.upsilon.analysis.TestEvents;
import io.upsilon.analysis.particles.CandidateCombiner;
import io.upsilon.analysis.particles.DecayString;
import io.upsilon.analysis.particles.Particle;
import io.upsilon.analysis.particles.ParticleList;
import io.upsilon.analysis.particles.ParticleLists;
import io.upsilon.analysis.variables.EventContext;
import io.upsilon.analysis.variables.StandardVariables;
import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.RecoEvent;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.pdg.ParticleTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.LocalInputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ntuples written as CSV and Parquet read back to exactly the rows that were computed. */
class NtupleRoundTripTest {
    private static final ParticleTable TABLE = ParticleTable.standard();
    private static final Beam BEAM = Beam.preset("Y4S");
    private static final List<String> VARIABLES =
            List.of("p", "useCMSFrame(E)", "daughter(0, muonID)", "m2Recoil", "isSignal", "nTracks");

    @TempDir
    Path dir;

    /** Three events: two muon pairs, one with one pair, one with none. */
    private static List<RecoEvent> events() {
        List<RecoEvent> out = new ArrayList<>();
        out.add(TestEvents.builder()
                .number(11)
                .weight(0.25)
                .track(1, new LorentzVector(0.3, 0.1, 2.0, 2.1), -1)
                .track(-1, new LorentzVector(-0.2, 0.4, -1.0, 1.2), -1)
                .track(-1, new LorentzVector(0.5, -0.4, 0.3, 0.9), -1)
                .build());
        out.add(TestEvents.builder()
                .number(12)
                .weight(0.5)
                .track(1, new LorentzVector(1.3, 0.1, 2.0, 2.5), -1)
                .track(-1, new LorentzVector(-1.2, 0.4, -1.0, 1.9), -1)
                .build());
        out.add(TestEvents.builder().number(13).weight(1.0).build());
        return out;
    }

    private static List<NtupleRow> write(Path file) throws IOException {
        return write(file, NtupleLayout.PARTICLE);
    }

    private static List<NtupleRow> write(Path file, NtupleLayout layout) throws IOException {
        List<NtupleRow> expected = new ArrayList<>();
        try (CandidateNtuple nt = CandidateNtuple.open(file, VARIABLES, StandardVariables.registry(), layout)) {
            for (RecoEvent e : events()) {
                EventContext ctx = new EventContext(e, BEAM, TABLE);
                ParticleLists lists = new ParticleLists().add(ParticleList.fromTracks("mu+", e, TABLE, p -> true));
                List<Particle> pairs = new CandidateCombiner(TABLE)
                        .combine(DecayString.parse("vpho -> mu+ mu-", TABLE), lists, p -> true)
                        .particles();
                nt.fill(pairs, ctx);
                for (int i = 0; i < pairs.size(); i++) {
                    double[] v = new double[VARIABLES.size()];
                    for (int k = 0; k < v.length; k++) {
                        v[k] = nt.variables().get(k).evaluate(pairs.get(i), ctx);
                    }
                    expected.add(new NtupleRow(e.number(), e.weight(), i, pairs.size(), v));
                }
            }
            nt.commit();
        }
        assertThat(expected).hasSize(3);
        return expected;
    }

    private static void assertSameRows(List<NtupleRow> actual, List<NtupleRow> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int r = 0; r < expected.size(); r++) {
            NtupleRow a = actual.get(r);
            NtupleRow x = expected.get(r);
            assertThat(a.event()).isEqualTo(x.event());
            assertThat(a.weight()).isEqualTo(x.weight());
            assertThat(a.candidate()).isEqualTo(x.candidate());
            assertThat(a.nCandidates()).isEqualTo(x.nCandidates());
            // Bit-exact, NaN included (isSignal is NaN: the events carry no truth).
            assertThat(a.values()).containsExactly(x.values());
        }
    }

    @Test
    void csvRoundTrip() throws IOException {
        Path file = dir.resolve("pairs.csv");
        List<NtupleRow> expected = write(file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.get(0))
                .isEqualTo("event,weight,candidate,ncandidates,p,useCMSFrame__boE__bc,"
                        + "daughter__bo0__cmmuonID__bc,m2Recoil,isSignal,nTracks");
        List<NtupleRow> actual = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            double[] v = new double[f.length - 4];
            for (int k = 0; k < v.length; k++) {
                v[k] = Double.parseDouble(f[k + 4]);
            }
            actual.add(new NtupleRow(
                    Long.parseLong(f[0]), Double.parseDouble(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]), v));
        }
        assertSameRows(actual, expected);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void parquetRoundTrip() throws IOException {
        Path file = dir.resolve("pairs.parquet");
        List<NtupleRow> expected = write(file);
        List<String> columns = CandidateNtuple.columnNames(
                VARIABLES.stream().map(StandardVariables.registry()::resolve).toList());
        List<NtupleRow> actual = new ArrayList<>();
        try (ParquetReader<Group> reader = new GroupReader(new LocalInputFile(file)).build()) {
            for (Group g = reader.read(); g != null; g = reader.read()) {
                double[] v = new double[columns.size()];
                for (int k = 0; k < v.length; k++) {
                    v[k] = g.getDouble(columns.get(k), 0);
                }
                actual.add(new NtupleRow(
                        g.getLong(ColumnNames.EVENT, 0),
                        g.getDouble(ColumnNames.WEIGHT, 0),
                        g.getInteger(ColumnNames.CANDIDATE, 0),
                        g.getInteger(ColumnNames.N_CANDIDATES, 0),
                        v));
            }
        }
        assertSameRows(actual, expected);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void parquetEventLayoutHasOneRowPerEventWithTheSameValuesInListColumns() throws Exception {
        Path file = dir.resolve("pairs-by-event.parquet");
        List<NtupleRow> expected = write(file, NtupleLayout.EVENT);
        List<String> columns = CandidateNtuple.columnNames(
                VARIABLES.stream().map(StandardVariables.registry()::resolve).toList());
        // read back by an independent reader: DuckDB's Parquet reader
        List<NtupleRow> actual = new ArrayList<>();
        List<Long> eventsRead = new ArrayList<>();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
                java.sql.Statement st = c.createStatement();
                java.sql.ResultSet r = st.executeQuery("SELECT * FROM read_parquet('" + file + "') ORDER BY event")) {
            assertThat(r.getMetaData().getColumnTypeName(3)).isEqualTo("INTEGER");
            assertThat(r.getMetaData().getColumnTypeName(4)).isEqualTo("DOUBLE[]");
            while (r.next()) {
                long event = r.getLong(ColumnNames.EVENT);
                eventsRead.add(event);
                int n = r.getInt(ColumnNames.N_CANDIDATES);
                Object[][] lists = new Object[columns.size()][];
                for (int k = 0; k < lists.length; k++) {
                    lists[k] = (Object[]) r.getArray(columns.get(k)).getArray();
                    assertThat(lists[k]).hasSize(n);
                }
                for (int i = 0; i < n; i++) {
                    double[] v = new double[columns.size()];
                    for (int k = 0; k < v.length; k++) {
                        v[k] = (Double) lists[k][i];
                    }
                    actual.add(new NtupleRow(event, r.getDouble(ColumnNames.WEIGHT), i, n, v));
                }
            }
        }
        // every event filled has its row, the one without a muon pair too (empty lists)
        assertThat(eventsRead).containsExactly(11L, 12L, 13L);
        assertSameRows(actual, expected);
        assertThat(leftovers()).isEmpty();
        assertThatThrownBy(() -> NtupleWriter.open(dir.resolve("x.csv"), List.of("p"), NtupleLayout.EVENT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be a .parquet file");
    }

    @Test
    void nothingIsLeftWhenAWriterIsNotCommitted() throws IOException {
        for (String name : List.of("partial.csv", "partial.parquet")) {
            Path file = dir.resolve(name);
            Files.writeString(file, "old");
            try (NtupleWriter w = NtupleWriter.open(file, List.of("p"))) {
                w.write(new NtupleRow(1, 1, 0, 1, new double[] {2.0}));
            }
            // The old file is untouched and no temporary file is left beside it.
            assertThat(Files.readString(file)).isEqualTo("old");
        }
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void columnNamesAreSafe() {
        assertThat(ColumnNames.of("daughter(0, useCMSFrame(p))"))
                .isEqualTo("daughter__bo0__cmuseCMSFrame__bop__bc__bc");
        assertThat(ColumnNames.of("a.b")).isEqualTo("a__2eb");
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    /** parquet-hadoop's reader of example Groups from a local file (no Hadoop file system). */
    private static final class GroupReader extends ParquetReader.Builder<Group> {
        GroupReader(InputFile file) {
            super(file);
        }

        @Override
        protected ReadSupport<Group> getReadSupport() {
            return new GroupReadSupport();
        }
    }
}
