package io.upsilon.core.exec;

/** What a running partition may tell its executor and ask of it. */
public interface TaskContext {
    /** Reports that {@code events} more events are done. Cheap: call it every few thousand events. */
    void advance(long events);

    /** True once the job was cancelled (Ctrl-C); a partition should stop at the next check. */
    boolean isCancelled();

    /** Throws {@link JobCancelledException} if the job was cancelled. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new JobCancelledException();
        }
    }

    /** A context that counts nothing and is never cancelled, for tests and single calls. */
    TaskContext NONE = new TaskContext() {
        @Override
        public void advance(long events) {}

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
