package io.upsilon.analysis.output;

import io.upsilon.core.event.GenEvent;
import io.upsilon.core.event.GenParticle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Generated events as an ntuple with one row per particle (every particle of the record, beams
 * included, in record order): {@link ColumnNames#EVENT}, {@link ColumnNames#WEIGHT} (nb), {@link
 * ColumnNames#PARTICLE} (index in the event, 0-based), {@link ColumnNames#N_PARTICLES}, then the
 * DOUBLE columns {@link #COLUMNS}: PDG id, status (1 final, 2 decayed, 4 beam), lab momentum and
 * energy (GeV), the invariant mass from the four-momentum (GeV, signed square root as {@link
 * io.upsilon.core.kinematics.LorentzVector#m()}), the production vertex (cm) and time (ns), and the
 * index of the first mother (-1 for none). Integers are exact in the DOUBLE columns (|id| &lt; 2^53).
 * Written by the ntuple writers ({@link ParquetNtupleWriter}): temporary file, {@link #commit()}
 * renames it into place, {@link #close()} without a commit leaves nothing behind.
 */
public final class GenParticleNtuple implements AutoCloseable {
    /** The per-particle columns after the event, weight, index and count columns. */
    public static final List<String> COLUMNS =
            List.of("pdg", "status", "px", "py", "pz", "E", "mass", "x", "y", "z", "t", "mother");

    private final NtupleWriter writer;
    private final double[] values = new double[COLUMNS.size()];

    private GenParticleNtuple(NtupleWriter writer) {
        this.writer = writer;
    }

    /**
     * Opens a Parquet file of particles at {@code target} (written to a temporary file first), with
     * {@code metadata} (provenance) as key-value pairs in its footer.
     */
    public static GenParticleNtuple openParquet(Path target, java.util.Map<String, String> metadata)
            throws IOException {
        return new GenParticleNtuple(
                new ParquetNtupleWriter(target, COLUMNS, ColumnNames.PARTICLE, ColumnNames.N_PARTICLES, metadata));
    }

    /** Writes one row per particle of {@code event}. */
    public void fill(GenEvent event) throws IOException {
        int n = event.size();
        for (int i = 0; i < n; i++) {
            GenParticle p = event.particle(i);
            values[0] = p.pdgId();
            values[1] = p.status();
            values[2] = p.momentum().px();
            values[3] = p.momentum().py();
            values[4] = p.momentum().pz();
            values[5] = p.momentum().e();
            values[6] = p.momentum().m();
            values[7] = p.vertex().x();
            values[8] = p.vertex().y();
            values[9] = p.vertex().z();
            values[10] = p.time();
            values[11] = p.mother1();
            writer.write(new NtupleRow(event.number(), event.weight(), i, n, values));
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
