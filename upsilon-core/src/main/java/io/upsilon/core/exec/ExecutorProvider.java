package io.upsilon.core.exec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * A cluster engine, found at run time through {@link ServiceLoader} (a {@code
 * META-INF/services/io.upsilon.core.exec.ExecutorProvider} entry), so that the command line does
 * not carry the engine's libraries: the engine's module is on the class path or it is not.
 */
public interface ExecutorProvider {
    /** The engine's name, as in {@code --engine NAME}. */
    String engine();

    /**
     * Connects to the engine for one run of {@code program}.
     *
     * @throws IllegalArgumentException for a master URL the engine does not accept
     */
    ClusterExecutor open(EngineOptions options, DriverProgram program);

    /** The provider of {@code engine} on the class path, if any. */
    static Optional<ExecutorProvider> find(String engine) {
        for (ExecutorProvider p : ServiceLoader.load(ExecutorProvider.class)) {
            if (p.engine().equals(engine)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The names of the engines on the class path. */
    static List<String> available() {
        List<String> out = new ArrayList<>();
        ServiceLoader.load(ExecutorProvider.class).forEach(p -> out.add(p.engine()));
        return out;
    }
}
