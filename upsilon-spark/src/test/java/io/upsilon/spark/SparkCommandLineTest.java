package io.upsilon.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.upsilon.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * The command line with the upsilon-spark jar on the class path: {@code --engine spark} is found
 * through the service loader and gives the local engine's output.
 */
class SparkCommandLineTest {
    private record Result(int status, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(status, out.toString(), err.toString());
    }

    @Test
    void xsecOnSparkPrintsTheLocalEnginesJson() {
        // 250 000 events: three partitions of the default 100 000.
        String[] common = {"xsec", "ee-mumu", "--events", "250000", "--seed", "5", "--json"};
        Result local = run(concat(common, "--threads", "2"));
        Result spark = run(concat(common, "--engine", "spark", "--master", "local[2]"));
        assertThat(local.status()).as(local.err()).isZero();
        assertThat(spark.status()).as(spark.err()).isZero();
        assertThat(local.out()).contains("\"sigma_nb\"").contains("\"events\" : 250000");
        assertThat(spark.out()).isEqualTo(local.out());
        assertThat(spark.err()).contains("engine spark (master local[2])");
    }

    @Test
    void aMalformedMasterIsOneLineAndStatus2() {
        Result r = run("xsec", "ee-mumu", "--events", "1000", "--engine", "spark", "--master", "nonsense://x");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("--master").contains("nonsense://x");
        assertThat(r.out()).isEmpty();
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
