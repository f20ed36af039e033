package io.upsilon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class CommandLineTest {
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void xsecOutputDoesNotDependOnThreads() {
        String[] base = {"xsec", "ee-mumu", "--events", "300000", "--seed", "1", "--json", "--threads"};
        CliTestSupport.Result one = CliTestSupport.run(append(base, "1"));
        CliTestSupport.Result two = CliTestSupport.run(append(base, "2"));
        assertThat(one.status()).isZero();
        assertThat(two.out()).isEqualTo(one.out());
        assertThat(one.err()).contains("events/s");
    }

    private static String[] append(String[] a, String x) {
        String[] out = java.util.Arrays.copyOf(a, a.length + 1);
        out[a.length] = x;
        return out;
    }

    @Test
    void beamJsonHasTheY4sNumbers() throws Exception {
        CliTestSupport.Result r = CliTestSupport.run("beam", "--preset", "Y4S", "--json");
        assertThat(r.status()).isZero();
        JsonNode j = mapper.readTree(r.out());
        assertThat(j.get("sqrt_s_gev").asDouble()).isCloseTo(10.5796, within(0.00005));
        assertThat(j.get("boost_beta").get(0).asDouble()).isCloseTo(0.0415, within(0.0001));
        assertThat(j.get("boost_beta").get(2).asDouble()).isCloseTo(0.2726, within(0.0001));
    }

    @Test
    void badInputIsOneLineAndStatusTwo() {
        for (String[] args : new String[][] {
            {"xsec", "ee-nothing", "--events", "10"},
            {"xsec", "ee-mumu", "--events", "ten"},
            {"xsec", "ee-mumu", "--events", "-5"},
            // Overflow and absurd sizes: refused at once, not wrapped into partition arithmetic.
            {"xsec", "ee-mumu", "--events", "9223372036854775807"},
            {"xsec", "ee-mumu", "--events", "1e15"},
            {"xsec", "ee-mumu", "--events", "1e30"},
            {"xsec", "ee-mumu", "--events", "2.5"},
            {"generate", "ee-mumu", "--events", "9223372036854775807", "--out", "never-written.hepmc3"},
            {"xsec", "ee-mumu", "--beam", "Y9S"},
            {"xsec", "ee-mumu", "--threads", "0"},
            {"xsec", "ee-mumu", "--param", "mass=1"},
            {"xsec", "ee-mumu-zprime", "--param", "mass=1", "--param", "mass=2"},
            {"xsec", "ee-mumu-zprime", "--param", "mass"},
            {"beam", "--preset", "nope"},
            {"no-such-command"}
        }) {
            CliTestSupport.Result r = CliTestSupport.run(args);
            assertThat(r.status()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err().strip().lines()).as(String.join(" ", args)).hasSize(1);
            assertThat(r.err())
                    .startsWith("upsilon: error: ")
                    .doesNotContain("Exception")
                    .doesNotContain("\tat ");
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void anAbsurdThreadCountIsCappedWithANoteAndTheSameResult() {
        String[] base = {"xsec", "ee-mumu", "--events", "20000", "--seed", "1", "--json", "--threads"};
        CliTestSupport.Result many = CliTestSupport.run(concat(base, "10000"));
        CliTestSupport.Result two = CliTestSupport.run(concat(base, "2"));
        assertThat(many.status()).as(many.err()).isZero();
        assertThat(many.err()).contains("--threads 10000 capped at");
        assertThat(many.out().replaceAll("\"threads\" : [0-9]+", ""))
                .isEqualTo(two.out().replaceAll("\"threads\" : [0-9]+", ""));
    }

    private static String[] concat(String[] a, String last) {
        String[] out = java.util.Arrays.copyOf(a, a.length + 1);
        out[a.length] = last;
        return out;
    }

    @Test
    void eventCountsTakeScientificNotation() {
        CliTestSupport.Result r = CliTestSupport.run("xsec", "ee-mumu", "--events", "2e4", "--seed", "1", "--json");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"events\" : 20000");
    }

    @Test
    void versionAndProcessList() {
        CliTestSupport.Result v = CliTestSupport.run("--version");
        assertThat(v.status()).isZero();
        assertThat(v.out()).startsWith("upsilon ");
        CliTestSupport.Result p = CliTestSupport.run("processes");
        assertThat(p.out()).contains("ee-mumu").contains("ee-tautau");
    }
}
