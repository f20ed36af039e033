package io.upsilon.cli.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.upsilon.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Toy-based cls / upperlimit / significance, toy files, and the fit_status block, through {@link Main#execute}. */
class StatsToysCommandTest {

    private static final String WS = """
            {"channels": [{"name": "sr", "samples": [
              {"name": "signal", "data": [6.0, 9.0], "modifiers": [{"name": "mu", "type": "normfactor", "data": null}]},
              {"name": "background", "data": [40.0, 35.0], "modifiers": [
                {"name": "bkg_unc", "type": "shapesys", "data": [4.0, 5.0]},
                {"name": "xsec", "type": "normsys", "data": {"hi": 1.05, "lo": 0.95}}]}]}],
             "observations": [{"name": "sr", "data": [42, 37]}],
             "measurements": [{"name": "meas", "config": {"poi": "mu", "parameters": []}}],
             "version": "1.0.0"}
            """;

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    private Path ws() throws Exception {
        return Files.writeString(dir.resolve("ws.json"), WS);
    }

    @Test
    void toyClsIsTheSameForOneAndTwoThreads() throws Exception {
        String w = ws().toString();
        Run one = run("stats", "cls", w, "--calculator", "toybased", "--ntoys", "120", "--seed", "4", "--threads", "1");
        Run two = run("stats", "cls", w, "--calculator", "toybased", "--ntoys", "120", "--seed", "4", "--threads", "2");
        assertThat(one.status()).as(one.err()).isZero();
        assertThat(two.out()).isEqualTo(one.out());
        JsonNode j = one.json();
        assertThat(j.get("toys").get("sb").get("toys").asInt()).isEqualTo(120);
        assertThat(j.get("toys").get("b").get("failed").asInt()).isZero();
        assertThat(j.get("fit_status").get("ok").asBoolean()).isTrue();
        assertThat(j.get("fit_status")
                        .get("fits")
                        .get("free_fit_to_data")
                        .get("status")
                        .asText())
                .isIn("CONVERGED", "AT_BOUND");
    }

    @Test
    void twoSavedHalvesMergeIntoOneRun() throws Exception {
        String w = ws().toString();
        Path a = dir.resolve("a.parquet");
        Path b = dir.resolve("b.parquet");
        Path merged = dir.resolve("merged.parquet");
        String[] base = {"stats", "cls", w, "--calculator", "toybased", "--seed", "8"};
        Run whole = run(concat(base, "--ntoys", "160"));
        Run first = run(concat(base, "--ntoys", "80", "--save-toys", a.toString()));
        Run second = run(concat(base, "--ntoys", "80", "--first-toy", "80", "--save-toys", b.toString()));
        assertThat(first.status()).as(first.err()).isZero();
        assertThat(second.status()).as(second.err()).isZero();
        Run fromFiles = run(concat(base, "--merge-toys", b + "," + a, "--save-toys", merged.toString()));
        assertThat(fromFiles.status()).as(fromFiles.err()).isZero();
        assertThat(fromFiles.json().get("CLs_obs").asDouble())
                .isEqualTo(whole.json().get("CLs_obs").asDouble());
        assertThat(fromFiles.json().get("CLs_exp")).isEqualTo(whole.json().get("CLs_exp"));
        assertThat(fromFiles.json().get("toys")).isEqualTo(whole.json().get("toys"));
        // The merged file holds the 160 toys of each hypothesis: using it alone gives the same.
        Run again = run(concat(base, "--merge-toys", merged.toString()));
        assertThat(again.out()).isEqualTo(whole.out());
        // The same half twice would count its toys twice: refused as bad input.
        Run twice = run(concat(base, "--merge-toys", a + "," + a));
        assertThat(twice.status()).isEqualTo(2);
        assertThat(twice.err().strip().lines()).hasSize(1);
        assertThat(twice.err()).contains("--merge-toys").contains("in both ensembles");
        // Toys at mu = 1 cannot answer a test at mu = 2.
        Run otherPoi = run(concat(base, "--merge-toys", a.toString(), "--poi-value", "2"));
        assertThat(otherPoi.status()).isEqualTo(2);
        assertThat(otherPoi.err()).contains("no toys");
    }

    @Test
    void toyFilesOfAnotherModelOrNoToyFileAreBadInput() throws Exception {
        String w = ws().toString();
        Path a = dir.resolve("a.parquet");
        assertThat(run("stats", "cls", w, "--calculator", "toybased", "--ntoys", "20", "--save-toys", a.toString())
                        .status())
                .isZero();
        Path other = Files.writeString(dir.resolve("other.json"), WS.replace("[42, 37]", "[45, 37]"));
        Run wrongModel =
                run("stats", "cls", other.toString(), "--calculator", "toybased", "--merge-toys", a.toString());
        assertThat(wrongModel.status()).isEqualTo(2);
        assertThat(wrongModel.err().strip().lines()).hasSize(1);
        assertThat(wrongModel.err()).contains("a.parquet").contains("another model");
        Path junk = Files.writeString(dir.resolve("junk.parquet"), "not parquet");
        Run notParquet = run("stats", "cls", w, "--calculator", "toybased", "--merge-toys", junk.toString());
        assertThat(notParquet.status()).isEqualTo(2);
        assertThat(notParquet.err()).contains("junk.parquet");
        Run missing = run(
                "stats",
                "cls",
                w,
                "--calculator",
                "toybased",
                "--merge-toys",
                dir.resolve("nope.parquet").toString());
        assertThat(missing.status()).isEqualTo(2);
        Run saveWithoutToys = run("stats", "cls", w, "--save-toys", a.toString());
        assertThat(saveWithoutToys.status()).isEqualTo(2);
        assertThat(saveWithoutToys.err()).contains("--save-toys");
        Run badCalc = run("stats", "cls", w, "--calculator", "bootstrap");
        assertThat(badCalc.status()).isEqualTo(2);
        assertThat(badCalc.err()).contains("asymptotics or toybased");
        Run badThreads = run("stats", "cls", w, "--calculator", "toybased", "--threads", "0");
        assertThat(badThreads.status()).isEqualTo(2);
    }

    @Test
    void everyOutputCarriesTheFitStatus() throws Exception {
        String w = ws().toString();
        Run cls = run("stats", "cls", w);
        assertThat(cls.json().get("fit_status").get("fits")).hasSize(5);
        assertThat(cls.json()
                        .get("fit_status")
                        .get("fits")
                        .get("fixed_poi_fit_to_data")
                        .get("diagnosis")
                        .asText())
                .isNotEmpty();
        Run fit = run("stats", "fit", w);
        assertThat(fit.json()
                        .get("fit_status")
                        .get("fits")
                        .get("fit")
                        .get("attempts")
                        .get(0)
                        .asText())
                .isEqualTo("bfgs: CONVERGED");
        Run ul = run("stats", "upperlimit", w);
        assertThat(ul.status()).as(ul.err()).isZero();
        assertThat(ul.json().get("fit_status").get("points_with_failed_fits").asInt())
                .isZero();
        Run imp = run("stats", "impacts", w, "--top", "1");
        assertThat(imp.out()).contains("fit status: CONVERGED (ok)");
        Run sig = run("stats", "significance", w);
        assertThat(sig.status()).as(sig.err()).isZero();
        assertThat(sig.json().get("fit_status").get("ok").asBoolean()).isTrue();
    }

    @Test
    void toySignificanceAndUpperLimitRun() throws Exception {
        String w = ws().toString();
        Run asym = run("stats", "significance", w);
        Run toys = run("stats", "significance", w, "--calculator", "toybased", "--ntoys", "400", "--seed", "2");
        assertThat(toys.status()).as(toys.err()).isZero();
        double p0 = asym.json().get("p0").asDouble();
        // 400 toys: binomial error sqrt(p (1 - p) / 400) <= 0.025; allow 4 of them.
        assertThat(toys.json().get("p0").asDouble()).isBetween(p0 - 0.1, p0 + 0.1);
        Path saved = dir.resolve("ul.parquet");
        Run ul = run(
                "stats",
                "upperlimit",
                w,
                "--calculator",
                "toybased",
                "--ntoys",
                "300",
                "--scan",
                "0.5",
                "4",
                "8",
                "--save-toys",
                saved.toString());
        assertThat(ul.status()).as(ul.err()).isZero();
        // 8 scan points, two hypotheses each.
        assertThat(ul.json().get("toys").get("toys").asInt()).isEqualTo(8 * 2 * 300);
        Run again = run(
                "stats",
                "upperlimit",
                w,
                "--calculator",
                "toybased",
                "--scan",
                "0.5",
                "4",
                "8",
                "--merge-toys",
                saved.toString());
        assertThat(again.json().get("obs")).isEqualTo(ul.json().get("obs"));
        Run asymUl = run("stats", "upperlimit", w, "--scan", "0.5", "4", "8");
        assertThat(ul.json().get("obs").asDouble())
                .isBetween(
                        asymUl.json().get("obs").asDouble() - 0.5,
                        asymUl.json().get("obs").asDouble() + 0.5);
    }

    @Test
    void aFailedComputationNamesTheFitAndItsDiagnosis() {
        // pyhf's test workspace without parameter bounds: the Asimov fit (POI fixed at 0) has no
        // finite likelihood anywhere, so every step of the retry ladder fails.
        String shared = System.getProperty("upsilon.shared.dir");
        Path ws = shared == null
                ? null
                : Path.of(shared, "pyhf_validation", "pyhf_tests_workspace_no_parameter_bounds.json");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                ws != null && Files.isRegularFile(ws), "../shared/pyhf_validation is absent: skipped");
        Run r = run("stats", "cls", ws.toString());
        assertThat(r.status()).isEqualTo(3);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err())
                .contains("asimov fit: NOT_CONVERGED")
                .contains("objective not finite")
                .contains("retry ladder: bfgs FAILED, perturbed-start FAILED, diagonal-metric FAILED, simplex FAILED,"
                        + " slsqp FAILED");
        assertThat(r.out()).isEmpty();
    }

    private static String[] concat(String[] a, String... b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
