package io.upsilon.stats.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.stats.fit.FitResult;
import io.upsilon.stats.fit.Fitter;
import io.upsilon.stats.model.Model;
import io.upsilon.stats.model.ModelCompiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Pruning of negligible systematics: exactly the modifiers below the threshold go, nothing else. */
class PruningTest {

    /** bkg carries two negligible systematics (0.2% normsys, 0.3% histosys) and two real ones. */
    private static final String WS = """
            {"channels": [{"name": "sr", "samples": [
              {"name": "sig", "data": [4.0, 7.0, 3.0], "modifiers": [
                {"name": "mu", "type": "normfactor", "data": null},
                {"name": "tiny_norm", "type": "normsys", "data": {"hi": 1.001, "lo": 0.999}}]},
              {"name": "bkg", "data": [40.0, 30.0, 20.0], "modifiers": [
                {"name": "tiny_norm", "type": "normsys", "data": {"hi": 1.002, "lo": 0.998}},
                {"name": "tiny_shape", "type": "histosys", "data": {"hi_data": [40.12, 30.0, 19.95], "lo_data": [39.9, 30.03, 20.0]}},
                {"name": "xsec", "type": "normsys", "data": {"hi": 1.06, "lo": 0.95}},
                {"name": "shape", "type": "histosys", "data": {"hi_data": [42.0, 30.5, 19.0], "lo_data": [38.5, 29.5, 21.0]}},
                {"name": "stat", "type": "staterror", "data": [0.1, 0.09, 1.0]}]}]}],
             "observations": [{"name": "sr", "data": [47, 40, 22]}],
             "measurements": [{"name": "m", "config": {"poi": "mu", "parameters": [
               {"name": "tiny_shape", "inits": [0.0]}],
               "correlations": [{"name": "c", "parameters": ["tiny_norm", "xsec", "shape"],
                 "correlation": [[1, 0.1, 0.2], [0.1, 1, 0.3], [0.2, 0.3, 1]]}]}}],
             "version": "1.0.0"}
            """;

    @Test
    void dropsExactlyTheNegligibleModifiers() {
        Workspace ws = WorkspaceReader.parse("ws.json", WS);
        Pruning.Result r = Pruning.prune(ws, 0.005, 0);
        assertThat(r.dropped())
                .extracting(d -> d.sample() + "/" + d.modifier())
                .containsExactly("sig/tiny_norm", "bkg/tiny_norm", "bkg/tiny_shape");
        // histosys effect: the largest relative shift, 0.12 / 40 = 0.003.
        assertThat(r.dropped().get(2).effect()).isCloseTo(0.003, within(1e-12));
        assertThat(r.removedParameters()).containsExactly("tiny_norm", "tiny_shape");
        Measurement m = r.workspace().measurements().get(0);
        assertThat(m.parameters()).isEmpty();
        // The block loses tiny_norm and keeps the marginal correlation of the rest.
        assertThat(m.correlations().get(0).parameters()).containsExactly("xsec", "shape");
        assertThat(m.correlations().get(0).matrix()[0][1]).isEqualTo(0.3);
        // staterror is kept by default, dropped with its own threshold where its largest error is small.
        assertThat(Pruning.prune(ws, 0.005, 0.01).dropped()).hasSize(3);
        assertThat(Pruning.prune(ws, 0.005, 0.06).dropped())
                .extracting(Pruning.Dropped::modifier)
                .contains("stat");
        // Threshold 0 drops nothing.
        assertThat(Pruning.prune(ws, 0, 0).dropped()).isEmpty();
    }

    @Test
    void pruningNegligibleModifiersBarelyMovesTheFit() {
        Workspace ws = WorkspaceReader.parse("ws.json", WS);
        Model before = ModelCompiler.compile(ws, "ws.json");
        Model after = ModelCompiler.compile(Pruning.prune(ws, 0.005, 0).workspace(), "pruned.json");
        FitResult fb =
                new Fitter(before).fit(before.observedData(), before.suggestedInit(), before.suggestedFixed(), true);
        FitResult fa = new Fitter(after).fit(after.observedData(), after.suggestedInit(), after.suggestedFixed(), true);
        int pb = before.poiIndex();
        int pa = after.poiIndex();
        // Dropped effects of <= 0.3% on yields of ~100 events with a ~40% POI uncertainty: the best fit
        // moves by far less than a hundredth of its error.
        assertThat(Math.abs(fa.value(pa) - fb.value(pb))).isLessThan(0.01 * fb.errors()[pb]);
        assertThat(fa.errors()[pa]).isCloseTo(fb.errors()[pb], within(0.01 * fb.errors()[pb]));
        assertThat(after.size()).isEqualTo(before.size() - 2);
    }

    @Test
    void belleIILikelihood() {
        String shared = System.getProperty("upsilon.shared.dir");
        Path file = shared == null
                ? null
                : Path.of(shared, "published_likelihoods", "belle2_bplus_kplus_nunu", "combined_ita_hta.json");
        Assumptions.assumeTrue(
                file != null && Files.isRegularFile(file), "../shared/published_likelihoods is absent: skipped");
        Workspace ws = WorkspaceReader.read(file);
        Pruning.Result r = Pruning.prune(ws, 0.005, 0);
        Model before = ModelCompiler.compile(ws, file.toString());
        Model after = ModelCompiler.compile(r.workspace(), "pruned");
        FitResult fb =
                new Fitter(before).fit(before.observedData(), before.suggestedInit(), before.suggestedFixed(), true);
        FitResult fa = new Fitter(after).fit(after.observedData(), after.suggestedInit(), after.suggestedFixed(), true);
        double muB = fb.value(before.poiIndex());
        double muA = fa.value(after.poiIndex());
        double errB = fb.errors()[before.poiIndex()];
        double errA = fa.errors()[after.poiIndex()];
        System.out.printf(
                "Belle II prune 0.005: dropped %d modifiers, %d -> %d parameters; mu %.5f +- %.5f -> %.5f +- %.5f%n",
                r.dropped().size(), before.size(), after.size(), muB, errB, muA, errA);
        assertThat(r.dropped()).isNotEmpty();
        assertThat(Math.abs(muA - muB)).isLessThan(0.05 * errB);
        assertThat(errA).isCloseTo(errB, within(0.05 * errB));
        assertThat(List.of(after.parameterNames())).contains(before.poiName());
    }
}
