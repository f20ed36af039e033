package io.upsilon.core.exec;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BinaryOperator;

/**
 * An {@link Executor} that keeps every finished partition's result in a {@link CheckpointStore} as
 * soon as it is computed, and on a rerun of the same run loads the results it finds there instead
 * of computing them again. The delegate still runs every partition (a loaded one costs a file read)
 * and folds the results in partition order, so a resumed run gives the same result as an
 * uninterrupted one, on any thread count.
 *
 * <p>Results are kept with Java serialization (partial results are {@link Serializable} already:
 * the cluster engine ships them the same way). Every result, computed or loaded, is handed to the
 * fold as a deserialized copy, so the fold of an uninterrupted run and of a resumed one see equal
 * objects down to the capacity of their hash tables. A result that is not serializable (or not
 * readable back through the filter below) is used as computed and not kept (counted in {@link #notKept()}). Deserialization accepts only classes of
 * Upsilon and of {@code java.lang}/{@code java.util}: a file planted in the checkpoint directory
 * cannot instantiate anything else.
 *
 * <p>Jobs are told apart by their position in the run (the n-th call of {@link #run}), which a
 * deterministic program (the same requirement as {@link DriverProgram}'s) repeats on a rerun, and
 * by the job's name, seed, events and partition size, which the store checks.
 */
public final class CheckpointingExecutor implements Executor {
    /** Classes a checkpointed result may consist of; anything else makes the entry unreadable. */
    private static final ObjectInputFilter ALLOWED = ObjectInputFilter.Config.createFilter(
            "maxdepth=64;io.upsilon.**;java.lang.**;java.util.**;java.math.**;!*");

    private final Executor delegate;
    private final CheckpointStore store;
    private final String runFingerprint;
    private final AtomicInteger nextPosition = new AtomicInteger();
    private final AtomicLong loaded = new AtomicLong();
    private final AtomicLong computed = new AtomicLong();
    private final AtomicLong notKept = new AtomicLong();

    /**
     * @param delegate runs the partitions and folds them (a {@link LocalExecutor})
     * @param store where results are kept
     * @param runFingerprint digest of everything the run's results depend on
     */
    public CheckpointingExecutor(Executor delegate, CheckpointStore store, String runFingerprint) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.store = Objects.requireNonNull(store, "store");
        this.runFingerprint = Objects.requireNonNull(runFingerprint, "runFingerprint");
        if (runFingerprint.isBlank()) {
            throw new IllegalArgumentException("run fingerprint must not be blank");
        }
    }

    @Override
    public <R> R run(Job job, PartitionFunction<R> fn, BinaryOperator<R> merge, R empty) {
        int position = nextPosition.getAndIncrement();
        PartitionFunction<R> resumable = (partition, ctx) -> {
            CheckpointKey key = new CheckpointKey(runFingerprint, position, job, partition.index());
            Optional<R> saved = store.load(key).flatMap(CheckpointingExecutor::<R>read);
            if (saved.isPresent()) {
                loaded.incrementAndGet();
                ctx.advance(partition.events());
                return saved.get();
            }
            R result = fn.apply(partition, ctx);
            computed.incrementAndGet();
            Optional<byte[]> bytes = write(result);
            // The fold sees what a resumed run would load: a deserialized copy.
            Optional<R> copy = bytes.flatMap(CheckpointingExecutor::<R>read);
            if (copy.isEmpty()) {
                notKept.incrementAndGet();
                return result;
            }
            store.save(key, bytes.get());
            return copy.get();
        };
        return delegate.run(job, resumable, merge, empty);
    }

    /** Partitions whose results were loaded from the store so far. */
    public long loaded() {
        return loaded.get();
    }

    /** Partitions computed so far (kept in the store unless counted in {@link #notKept()}). */
    public long computed() {
        return computed.get();
    }

    /** Computed partitions whose results could not be serialized, hence were not kept. */
    public long notKept() {
        return notKept.get();
    }

    /** Jobs run so far. */
    public int jobs() {
        return nextPosition.get();
    }

    private static Optional<byte[]> write(Object result) {
        if (!(result instanceof Serializable)) {
            return Optional.empty();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(result);
        } catch (NotSerializableException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialize a partition result: " + e.getMessage(), e);
        }
        return Optional.of(bytes.toByteArray());
    }

    /** The object in {@code bytes}, or empty when they do not hold an allowed, readable object. */
    @SuppressWarnings("unchecked")
    private static <R> Optional<R> read(byte[] bytes) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            in.setObjectInputFilter(ALLOWED);
            return Optional.ofNullable((R) in.readObject());
        } catch (IOException | ClassNotFoundException e) {
            return Optional.empty();
        }
    }
}
