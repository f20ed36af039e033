package io.upsilon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.analysis.output.ColumnNames;
import io.upsilon.core.event.GenEvent;
import io.upsilon.core.event.GenParticle;
import io.upsilon.generators.io.HepMC3Reader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.LocalInputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code upsilon generate --out FILE.parquet --layout particle}: one row per generated particle. */
class GenerateParquetTest {
    @TempDir
    Path dir;

    private static List<Group> rows(Path file) throws IOException {
        List<Group> out = new ArrayList<>();
        try (ParquetReader<Group> reader = new GroupReader(new LocalInputFile(file)).build()) {
            for (Group g = reader.read(); g != null; g = reader.read()) {
                out.add(g);
            }
        }
        return out;
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

    @Test
    void parquetRowsMatchTheHepMC3EventsOfTheSameSeedForAnyThreadCount() throws IOException {
        Path one = dir.resolve("one.parquet");
        Path two = dir.resolve("two.parquet");
        Path ref = dir.resolve("ref.hepmc3");
        // ee-mumu with radiation: a varying number of particles (ISR/FSR photons); 4 partitions of 150
        String[] base = {"generate", "ee-mumu", "--events", "600", "--seed", "9", "--partition-size", "150"};
        String[] particles = append(base, "--layout", "particle");
        CliTestSupport.Result r1 = CliTestSupport.run(append(particles, "--threads", "1", "--out", one.toString()));
        CliTestSupport.Result r2 = CliTestSupport.run(append(particles, "--threads", "2", "--out", two.toString()));
        CliTestSupport.Result r3 = CliTestSupport.run(append(base, "--threads", "2", "--out", ref.toString()));
        assertThat(r1.status()).as(r1.err()).isZero();
        assertThat(r2.status()).as(r2.err()).isZero();
        assertThat(r3.status()).as(r3.err()).isZero();
        assertThat(Files.readAllBytes(two)).isEqualTo(Files.readAllBytes(one));
        try (var s = Files.list(dir)) {
            assertThat(s).containsExactlyInAnyOrder(one, two, ref); // no chunk or temporary files left
        }

        List<Group> rows = rows(one);
        List<GenEvent> events = hepmc(ref);
        assertThat(events).hasSize(600);
        int r = 0;
        for (GenEvent e : events) {
            for (int i = 0; i < e.size(); i++, r++) {
                Group g = rows.get(r);
                GenParticle p = e.particle(i);
                assertThat(g.getLong(ColumnNames.EVENT, 0)).isEqualTo(e.number());
                // HepMC3 ASCII carries 16 significant digits: compare to 1e-12 relative
                assertThat(g.getDouble(ColumnNames.WEIGHT, 0)).isCloseTo(e.weight(), within(1e-12 * e.weight()));
                assertThat(g.getInteger(ColumnNames.PARTICLE, 0)).isEqualTo(i);
                assertThat(g.getInteger(ColumnNames.N_PARTICLES, 0)).isEqualTo(e.size());
                assertThat(g.getInteger("pdg", 0)).isEqualTo(p.pdgId());
                assertThat(g.getInteger("status", 0)).isEqualTo(p.status());
                assertThat(g.getDouble("px", 0)).isCloseTo(p.momentum().px(), within(1e-12));
                assertThat(g.getDouble("py", 0)).isCloseTo(p.momentum().py(), within(1e-12));
                assertThat(g.getDouble("pz", 0)).isCloseTo(p.momentum().pz(), within(1e-12));
                assertThat(g.getDouble("E", 0)).isCloseTo(p.momentum().e(), within(1e-12));
                // the mass of a (near-)massless particle from rounded momenta: 1e-5 GeV
                assertThat(g.getDouble("mass", 0)).isCloseTo(p.momentum().m(), within(1e-5));
                assertThat(g.getDouble("x", 0)).isCloseTo(p.vertex().x(), within(1e-12));
                assertThat(g.getDouble("z", 0)).isCloseTo(p.vertex().z(), within(1e-12));
                assertThat(g.getDouble("t", 0)).isCloseTo(p.time(), within(1e-12));
                assertThat(g.getInteger("mother1", 0)).isEqualTo(p.mother1());
                // HepMC3 stores mothers as a production vertex: a single mother reads back as the
                // range [m, m], which the generator writes as (m, -1); the last mother agrees
                assertThat(Math.max(g.getInteger("mother1", 0), g.getInteger("mother2", 0)))
                        .isEqualTo(Math.max(p.mother1(), p.mother2()));
                // daughter links depend on the representation (HepMC3's reader links the beams to
                // the hard vertex, the generator's record need not): only check they are indices
                assertThat(g.getInteger("daughter1", 0)).isBetween(-1, e.size() - 1);
                assertThat(g.getInteger("daughter2", 0)).isBetween(g.getInteger("daughter1", 0), e.size() - 1);
            }
        }
        assertThat(rows).hasSize(r);
        // provenance in the footer
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(one))) {
            Map<String, String> meta = reader.getFileMetaData().getKeyValueMetaData();
            assertThat(meta)
                    .containsEntry("upsilon.process", "ee-mumu")
                    .containsEntry("upsilon.seed", "9")
                    .containsEntry("upsilon.layout", "particle");
        }
    }

    @Test
    void formatOptionOverridesTheExtensionAndBadFormatsExitWithStatusTwo() throws IOException {
        Path dat = dir.resolve("events.dat");
        CliTestSupport.Result ok = CliTestSupport.run(
                "generate", "ee-gamma-alp", "--events", "50", "--format", "parquet", "--out", dat.toString());
        assertThat(ok.status()).as(ok.err()).isZero();
        assertThat(rows(dat)).isNotEmpty();

        Path bad = dir.resolve("bad.parquet");
        CliTestSupport.Result b = CliTestSupport.run(
                "generate", "ee-mumu", "--events", "10", "--format", "root", "--out", bad.toString());
        assertThat(b.status()).isEqualTo(2);
        assertThat(b.err())
                .isEqualTo("upsilon: error: --format: unknown format 'root': expected hepmc3 or parquet"
                        + System.lineSeparator());
        assertThat(bad).doesNotExist();

        CliTestSupport.Result noDir = CliTestSupport.run(
                "generate",
                "ee-mumu",
                "--events",
                "10",
                "--out",
                dir.resolve("no/dir/x.parquet").toString());
        assertThat(noDir.status()).isEqualTo(2);
        assertThat(noDir.err()).startsWith("upsilon: error: ").doesNotContain("Exception");
        try (var s = Files.list(dir)) {
            assertThat(s).containsExactly(dat);
        }
    }

    private static String[] append(String[] a, String... more) {
        String[] out = java.util.Arrays.copyOf(a, a.length + more.length);
        System.arraycopy(more, 0, out, a.length, more.length);
        return out;
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
