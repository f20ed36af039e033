package io.upsilon.spark;

import io.upsilon.core.error.InputException;
import io.upsilon.core.exec.ClusterExecutor;
import io.upsilon.core.exec.DriverProgram;
import io.upsilon.core.exec.EngineOptions;
import io.upsilon.core.exec.ExecutorProvider;
import org.apache.spark.api.java.JavaSparkContext;

/** {@code --engine spark}: registered in {@code META-INF/services}, found by the command line. */
public final class SparkExecutorProvider implements ExecutorProvider {
    /** The engine's name. */
    public static final String ENGINE = "spark";

    @Override
    public String engine() {
        return ENGINE;
    }

    @Override
    public ClusterExecutor open(EngineOptions options, DriverProgram program) {
        JavaSparkContext spark;
        try {
            spark = new JavaSparkContext(SparkExecutor.conf(options.master(), options.threads()));
        } catch (Exception e) {
            // Spark rejects a malformed master URL when the context starts, with a SparkException that
            // Scala throws unchecked.
            throw new InputException(
                    "upsilon run",
                    "--master",
                    "cannot start Spark with master '" + options.master() + "': " + e.getMessage(),
                    e);
        }
        spark.setLogLevel("WARN");
        return new SparkExecutor(spark, program, options.progress());
    }
}
