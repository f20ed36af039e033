package io.upsilon.core.exec;

/**
 * An {@link Executor} that holds a connection to a cluster engine: it runs the jobs of one {@link
 * DriverProgram} and is closed when the program is done.
 */
public interface ClusterExecutor extends Executor, AutoCloseable {
    /** Releases the engine's resources (disconnects from the cluster). */
    @Override
    void close();
}
