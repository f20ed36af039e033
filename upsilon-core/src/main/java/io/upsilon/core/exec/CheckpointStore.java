package io.upsilon.core.exec;

import java.util.Optional;

/**
 * Where finished partitions' results are kept while a run goes on, so that the run, killed and
 * started again with the same arguments, loads them instead of computing them again ({@link
 * CheckpointingExecutor}). The results are opaque bytes here; the format and the file system live
 * in an implementation outside this module (the Parquet one is {@code
 * io.upsilon.analysis.output.ParquetCheckpointStore}).
 *
 * <p>Implementations must be safe for concurrent use by the executor's threads, must write each
 * result so that it appears complete or not at all, and must never hand back bytes they cannot
 * vouch for: a missing, truncated or corrupt entry, or one recorded under another key, is {@link
 * Optional#empty()}.
 */
public interface CheckpointStore {
    /** The result saved under {@code key}, verified against its key and checksum, or empty. */
    Optional<byte[]> load(CheckpointKey key);

    /** Saves {@code result} under {@code key}, durably, before returning. */
    void save(CheckpointKey key, byte[] result);
}
