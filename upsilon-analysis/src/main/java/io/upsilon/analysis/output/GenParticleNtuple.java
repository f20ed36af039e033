package io.upsilon.analysis.output;

import io.upsilon.core.event.GenEvent;
import io.upsilon.core.event.GenParticle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Generated events as a Parquet table, every particle of the record (beams included, in record
 * order), in one of two {@link NtupleLayout layouts}: {@link NtupleLayout#EVENT} (one row per
 * event: {@code event}, {@code weight}, {@code nparticles}, then one list column per particle
 * quantity) or {@link NtupleLayout#PARTICLE} (one row per particle: {@code event}, {@code weight},
 * {@code particle}, {@code nparticles}, then the quantities). The particle quantities, {@link
 * #PARTICLE_QUANTITIES}: PDG id and HepMC status (INT32), lab four-momentum and mass (GeV), the
 * production vertex (cm) and time (ns) (DOUBLE), and the mother and daughter indices within the
 * event (INT32, 0-based, -1 for none; the HepMC/Pythia convention of {@link GenParticle}).
 * Written by a {@link ParquetRecordWriter}: temporary file, {@link #commit()} renames it into
 * place, {@link #close()} without a commit leaves nothing behind.
 */
public final class GenParticleNtuple implements AutoCloseable {
    /** The per-particle quantities, in column order (list columns in the event layout). */
    public static final List<NtupleColumn> PARTICLE_QUANTITIES = List.of(
            NtupleColumn.scalar("pdg", ColumnType.INT32, "", "PDG Monte Carlo particle id"),
            NtupleColumn.scalar(
                    "status", ColumnType.INT32, "", "HepMC status: 1 final, 2 decayed, 3 documentation, 4 beam"),
            NtupleColumn.scalar("px", ColumnType.DOUBLE, "GeV", "momentum x component, lab frame"),
            NtupleColumn.scalar("py", ColumnType.DOUBLE, "GeV", "momentum y component, lab frame"),
            NtupleColumn.scalar(
                    "pz", ColumnType.DOUBLE, "GeV", "momentum z component (along the electron beam axis), lab"),
            NtupleColumn.scalar("E", ColumnType.DOUBLE, "GeV", "energy, lab frame"),
            NtupleColumn.scalar(
                    "mass", ColumnType.DOUBLE, "GeV", "invariant mass from the four-momentum (signed square root)"),
            NtupleColumn.scalar("x", ColumnType.DOUBLE, "cm", "production vertex x, lab frame"),
            NtupleColumn.scalar("y", ColumnType.DOUBLE, "cm", "production vertex y, lab frame"),
            NtupleColumn.scalar("z", ColumnType.DOUBLE, "cm", "production vertex z, lab frame"),
            NtupleColumn.scalar("t", ColumnType.DOUBLE, "ns", "production time"),
            NtupleColumn.scalar("mother1", ColumnType.INT32, "", "index of the first mother in the event, -1 if none"),
            NtupleColumn.scalar("mother2", ColumnType.INT32, "", "index of the last mother, -1 if none"),
            NtupleColumn.scalar("daughter1", ColumnType.INT32, "", "index of the first daughter, -1 if none"),
            NtupleColumn.scalar(
                    "daughter2", ColumnType.INT32, "", "index of the last daughter (contiguous), -1 if none"));

    private static final NtupleColumn EVENT =
            NtupleColumn.scalar(ColumnNames.EVENT, ColumnType.INT64, "", "event number: the event's index in the job");
    private static final NtupleColumn WEIGHT =
            NtupleColumn.scalar(ColumnNames.WEIGHT, ColumnType.DOUBLE, "nb", "event weight (sum / N = cross section)");
    private static final NtupleColumn PARTICLE =
            NtupleColumn.scalar(ColumnNames.PARTICLE, ColumnType.INT32, "", "index of the particle in its event");
    private static final NtupleColumn N_PARTICLES =
            NtupleColumn.scalar(ColumnNames.N_PARTICLES, ColumnType.INT32, "", "number of particles in the event");

    private static final int PDG = 0;
    private static final int STATUS = 1;
    private static final int N_DOUBLES = 9; // px .. t
    private static final int MOTHER1 = 11;

    private final NtupleLayout layout;
    private final ParquetRecordWriter writer;
    private final int first; // column index of the first particle quantity
    private GenEvent event;
    private int index;
    private int[][] ints = new int[6][16]; // pdg, status, mother1, mother2, daughter1, daughter2
    private double[][] doubles = new double[N_DOUBLES][16];
    private final ParquetRecordWriter.Record particleRow = this::writeParticleRow;
    private final ParquetRecordWriter.Record eventRow = this::writeEventRow;

    private GenParticleNtuple(NtupleLayout layout, ParquetRecordWriter writer) {
        this.layout = layout;
        this.writer = writer;
        this.first = layout == NtupleLayout.EVENT ? 3 : 4;
    }

    /** The columns of the table in this layout. */
    public static List<NtupleColumn> columns(NtupleLayout layout) {
        List<NtupleColumn> out = new ArrayList<>();
        out.add(EVENT);
        out.add(WEIGHT);
        if (layout == NtupleLayout.PARTICLE) {
            out.add(PARTICLE);
            out.add(N_PARTICLES);
            out.addAll(PARTICLE_QUANTITIES);
        } else {
            out.add(N_PARTICLES);
            for (NtupleColumn c : PARTICLE_QUANTITIES) {
                out.add(c.asList());
            }
        }
        return List.copyOf(out);
    }

    /**
     * Opens a Parquet file at {@code target} (written to a temporary file first), with {@code
     * metadata} (provenance) as key-value pairs in its footer.
     */
    public static GenParticleNtuple openParquet(Path target, NtupleLayout layout, Map<String, String> metadata)
            throws IOException {
        return new GenParticleNtuple(layout, new ParquetRecordWriter(target, columns(layout), metadata));
    }

    /** The layout of this table. */
    public NtupleLayout layout() {
        return layout;
    }

    /** The number of rows written so far. */
    public long rows() {
        return writer.rows();
    }

    /** Writes {@code e}: one row, or one row per particle. */
    public void fill(GenEvent e) throws IOException {
        this.event = e;
        if (layout == NtupleLayout.PARTICLE) {
            for (index = 0; index < e.size(); index++) {
                writer.write(particleRow);
            }
        } else {
            gather(e);
            writer.write(eventRow);
        }
    }

    private void writeParticleRow(ParquetRow row) {
        GenParticle p = event.particle(index);
        row.int64(0, event.number());
        row.float64(1, event.weight());
        row.int32(2, index);
        row.int32(3, event.size());
        int c = first;
        row.int32(c + PDG, p.pdgId());
        row.int32(c + STATUS, p.status());
        c += 2;
        row.float64(c++, p.momentum().px());
        row.float64(c++, p.momentum().py());
        row.float64(c++, p.momentum().pz());
        row.float64(c++, p.momentum().e());
        row.float64(c++, p.momentum().m());
        row.float64(c++, p.vertex().x());
        row.float64(c++, p.vertex().y());
        row.float64(c++, p.vertex().z());
        row.float64(c++, p.time());
        row.int32(c++, p.mother1());
        row.int32(c++, p.mother2());
        row.int32(c++, p.firstDaughter());
        row.int32(c, p.lastDaughter());
    }

    /** Copies the particle quantities of {@code e} into the column arrays. */
    private void gather(GenEvent e) {
        int n = e.size();
        if (n > ints[0].length) {
            int size = Math.max(n, 2 * ints[0].length);
            for (int k = 0; k < ints.length; k++) {
                ints[k] = Arrays.copyOf(ints[k], size);
            }
            for (int k = 0; k < doubles.length; k++) {
                doubles[k] = Arrays.copyOf(doubles[k], size);
            }
        }
        for (int i = 0; i < n; i++) {
            GenParticle p = e.particle(i);
            ints[0][i] = p.pdgId();
            ints[1][i] = p.status();
            ints[2][i] = p.mother1();
            ints[3][i] = p.mother2();
            ints[4][i] = p.firstDaughter();
            ints[5][i] = p.lastDaughter();
            doubles[0][i] = p.momentum().px();
            doubles[1][i] = p.momentum().py();
            doubles[2][i] = p.momentum().pz();
            doubles[3][i] = p.momentum().e();
            doubles[4][i] = p.momentum().m();
            doubles[5][i] = p.vertex().x();
            doubles[6][i] = p.vertex().y();
            doubles[7][i] = p.vertex().z();
            doubles[8][i] = p.time();
        }
    }

    private void writeEventRow(ParquetRow row) {
        int n = event.size();
        row.int64(0, event.number());
        row.float64(1, event.weight());
        row.int32(2, n);
        row.int32List(first + PDG, ints[0], n);
        row.int32List(first + STATUS, ints[1], n);
        for (int k = 0; k < N_DOUBLES; k++) {
            row.float64List(first + 2 + k, doubles[k], n);
        }
        for (int k = 0; k < 4; k++) {
            row.int32List(first + MOTHER1 + k, ints[2 + k], n);
        }
    }

    /** Finishes the file and moves it into place. */
    public void commit() throws IOException {
        writer.commit();
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
