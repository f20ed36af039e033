package io.upsilon.core.exec;

/**
 * Where an executor reports progress. {@link #NONE} is silent; {@link ConsoleProgress} draws a bar
 * on stderr when stderr is a terminal.
 */
public interface ProgressReporter {
    /** Starts a task with {@code total} units of work. */
    Task start(String name, long total);

    /** One running task. Thread-safe. */
    interface Task extends AutoCloseable {
        void advance(long units);

        @Override
        void close();
    }

    /** Reports nothing. */
    ProgressReporter NONE = (name, total) -> new Task() {
        @Override
        public void advance(long units) {}

        @Override
        public void close() {}
    };
}
