package io.upsilon.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.upsilon.core.exec.LocalExecutor;
import io.upsilon.core.exec.ProgressReporter;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A Spark standalone cluster on 127.0.0.1, as a user runs one: a master and a worker in their own
 * JVMs (the classes {@code start-master.sh} and {@code start-worker.sh} start), executors started
 * by the worker; the same job as on the local engine, the same bytes out.
 */
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class StandaloneClusterTest {
    private static final long SEED = 20261207L;
    private static final String JVM_FLAGS = System.getProperty("upsilon.spark.jvm.flags", "");

    /** Under target/, so that the daemons' logs stay for a look after a failure. */
    private static final Path dir = Path.of("target", "standalone-cluster");

    private static final List<Process> daemons = new ArrayList<>();
    private static String masterUrl;

    @BeforeAll
    static void startCluster() throws Exception {
        deleteTree(dir);
        Files.createDirectories(dir);
        int port = freePort();
        // The worker builds each executor's command from SPARK_HOME: an empty installation suffices,
        // the executors get this test's class path through spark.executor.extraClassPath.
        Path sparkHome = Files.createDirectories(dir.resolve("spark-home/jars")).getParent();
        daemons.add(start(
                "master",
                sparkHome,
                "org.apache.spark.deploy.master.Master",
                "--host",
                "127.0.0.1",
                "--port",
                Integer.toString(port),
                "--webui-port",
                "0"));
        masterUrl = "spark://127.0.0.1:" + port;
        waitForPort(port, 60_000);
        daemons.add(start(
                "worker",
                sparkHome,
                "org.apache.spark.deploy.worker.Worker",
                "--host",
                "127.0.0.1",
                "--cores",
                "2",
                "--memory",
                "2g",
                "--webui-port",
                "0",
                "--work-dir",
                Files.createDirectories(dir.resolve("work")).toString(),
                masterUrl));
    }

    @AfterAll
    static void stopCluster() throws InterruptedException {
        for (Process p : daemons) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    private static Process start(String name, Path sparkHome, String mainClass, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx512m");
        cmd.addAll(splitFlags());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("SPARK_HOME", sparkHome.toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        pb.redirectErrorStream(true);
        pb.redirectOutput(dir.resolve(name + ".log").toFile());
        return pb.start();
    }

    private static List<String> splitFlags() {
        List<String> out = new ArrayList<>();
        for (String f : JVM_FLAGS.trim().split("\\s+")) {
            if (!f.isEmpty()) {
                out.add(f);
            }
        }
        return out;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void waitForPort(int port, long millis) throws Exception {
        long deadline = System.currentTimeMillis() + millis;
        while (true) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("the Spark master did not start: " + log("master"));
                }
                Thread.sleep(200);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (var files = Files.walk(root)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static String log(String name) {
        try {
            return Files.readString(dir.resolve(name + ".log"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Test
    void aRealJobOnTheClusterIsBitIdenticalToTheLocalEngine() throws Exception {
        long t0 = System.nanoTime();
        Path local = dir.resolve("local");
        String localHash = new DimuonProgram(SEED, false).run(LocalExecutor.ofThreads(1), local);

        SparkConf conf = SparkExecutor.conf(masterUrl, 2)
                .set("spark.executor.extraClassPath", System.getProperty("java.class.path"))
                .set("spark.executor.extraJavaOptions", JVM_FLAGS)
                .set("spark.executor.memory", "1g")
                .set("spark.cores.max", "2");
        long t1 = System.nanoTime();
        Path cluster = dir.resolve("cluster");
        DimuonProgram program = new DimuonProgram(SEED, false);
        String hash;
        try (SparkExecutor executor = new SparkExecutor(new JavaSparkContext(conf), program, ProgressReporter.NONE)) {
            hash = program.run(executor, cluster);
            // The tasks ran in executors the worker started, not in this JVM.
            assertThat(executor.context().sc().getExecutorMemoryStatus().size())
                    .as("block managers: the driver and at least one executor; worker log:%n%s", log("worker"))
                    .isGreaterThanOrEqualTo(2);
        }
        System.err.printf(
                "standalone cluster test: local %.1f s, cluster %.1f s%n",
                (t1 - t0) * 1e-9, (System.nanoTime() - t1) * 1e-9);
        assertThat(hash).isEqualTo(localHash);
        assertThat(Files.readAllBytes(cluster.resolve("result.bin")))
                .isEqualTo(Files.readAllBytes(local.resolve("result.bin")));
        assertThat(new File(dir.resolve("work").toString()).list())
                .as("the worker's application directory")
                .isNotEmpty();
    }
}
