package io.upsilon.stats.toys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.upsilon.stats.TestWorkspaces;
import io.upsilon.stats.fit.FitStatus;
import io.upsilon.stats.infer.AsymptoticCalculator;
import io.upsilon.stats.infer.HypotestResult;
import io.upsilon.stats.infer.Significance;
import io.upsilon.stats.infer.TestStatistic;
import io.upsilon.stats.infer.ToyCalculator;
import io.upsilon.stats.infer.ToyHypotest;
import io.upsilon.stats.infer.UpperLimit;
import io.upsilon.stats.model.Model;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Toys at scale: thread-count independence, merging, failure bookkeeping, limits and significance. */
class ToysTest {

    /** One bin, 10 signal over 50 background with a 10% normsys; 55 observed. */
    static final String ONE_BIN = """
            {"channels": [{"name": "sr", "samples": [
              {"name": "sig", "data": [10.0], "modifiers": [{"name": "mu", "type": "normfactor", "data": null}]},
              {"name": "bkg", "data": [50.0], "modifiers": [
                {"name": "bkg_norm", "type": "normsys", "data": {"hi": 1.1, "lo": 0.9}}]}]}],
             "observations": [{"name": "sr", "data": [55]}],
             "measurements": [{"name": "m", "config": {"poi": "mu", "parameters": []}}],
             "version": "1.0.0"}
            """;

    @Test
    void theSameToysForOneAndTwoThreads() {
        Model m = TestWorkspaces.compile(TestWorkspaces.ALL_MODIFIERS);
        ToyCalculator one = new ToyCalculator(m, m.observedData(), TestStatistic.QTILDE, 230, 7).withThreads(1);
        ToyCalculator two = new ToyCalculator(m, m.observedData(), TestStatistic.QTILDE, 230, 7).withThreads(2);
        ToyHypotest a = one.toyHypotest(1.0);
        ToyHypotest b = two.toyHypotest(1.0);
        // Bit-identical ensembles (every value, every status) and so identical CLs.
        assertThat(a.sb()).isEqualTo(b.sb());
        assertThat(a.b()).isEqualTo(b.b());
        assertThat(a.result().clsObs()).isEqualTo(b.result().clsObs());
        assertThat(a.result().clsExp()).containsExactly(b.result().clsExp());
        assertThat(a.sb().size()).isEqualTo(230);
        assertThat(a.sb().toys().get(229).index()).isEqualTo(229L);
    }

    @Test
    void twoHalvesMergedAreOneRun() {
        Model m = TestWorkspaces.compile(ONE_BIN);
        double[] d = m.observedData();
        ToyHypotest whole = new ToyCalculator(m, d, TestStatistic.QTILDE, 400, 11).toyHypotest(1.0);
        ToyCalculator first = new ToyCalculator(m, d, TestStatistic.QTILDE, 200, 11);
        ToyCalculator second = new ToyCalculator(m, d, TestStatistic.QTILDE, 200, 11).withFirstToy(200);
        first.hypotest(1.0);
        second.hypotest(1.0);
        // Merged in either order: the toys are kept sorted by (source, index).
        ToyCalculator merged = new ToyCalculator(m, d, TestStatistic.QTILDE, 1, 11)
                .withEnsembles(second.ensembles())
                .withEnsembles(first.ensembles())
                .withoutNewToys();
        ToyHypotest fromMerge = merged.toyHypotest(1.0);
        assertThat(fromMerge.sb()).isEqualTo(whole.sb());
        assertThat(fromMerge.b()).isEqualTo(whole.b());
        assertThat(fromMerge.result().clsObs()).isEqualTo(whole.result().clsObs());
        assertThat(fromMerge.result().clsExp()).containsExactly(whole.result().clsExp());
        // No toys for another POI value among the merged ensembles: an error, not silently new toys.
        assertThatThrownBy(() -> merged.hypotest(2.0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no toys");
        // Merging the same toys twice would double-count them.
        assertThatThrownBy(
                        () -> first.ensembles().get(0).merge(first.ensembles().get(0)))
                .hasMessageContaining("in both ensembles");
        // Different hypotheses do not merge.
        assertThatThrownBy(
                        () -> first.ensembles().get(0).merge(second.ensembles().get(1)))
                .hasMessageContaining("cannot merge");
    }

    @Test
    void failedToysAreCountedAndLeftOut() {
        ToyEnsemble.Key key = new ToyEnsemble.Key("b", TestStatistic.QTILDE, 1.0, 0.0);
        ToyEnsemble e = ToyEnsemble.of(
                key,
                List.of(
                        new ToyEnsemble.Toy("seed=1", 2, 3.0, FitStatus.CONVERGED, FitStatus.CONVERGED),
                        new ToyEnsemble.Toy("seed=1", 0, 1.0, FitStatus.CONVERGED, FitStatus.AT_BOUND),
                        new ToyEnsemble.Toy("seed=1", 1, Double.NaN, FitStatus.FAILED, FitStatus.CONVERGED),
                        new ToyEnsemble.Toy("seed=1", 3, 2.0, FitStatus.CONVERGED, FitStatus.CONVERGED, true)));
        assertThat(e.size()).isEqualTo(4);
        assertThat(e.failures()).isEqualTo(1);
        // Toy 3 needed the retry ladder and was rescued: counted as retried, and usable.
        assertThat(e.retried()).isEqualTo(1);
        assertThat(e.sortedValues()).containsExactly(1.0, 2.0, 3.0);
        // p-values over the 3 usable toys: two of them at or above 2.
        assertThat(e.tail(2.0)).isEqualTo(2.0 / 3);
        assertThat(e.percentile(50)).isEqualTo(2.0);
        assertThat(e.toys().stream().mapToLong(ToyEnsemble.Toy::index)).containsExactly(0L, 1L, 2L, 3L);
        assertThatThrownBy(() -> ToyEnsemble.of(
                        key,
                        List.of(
                                new ToyEnsemble.Toy("seed=1", 2, 3.0, FitStatus.CONVERGED, FitStatus.CONVERGED),
                                new ToyEnsemble.Toy("seed=1", 2, 1.0, FitStatus.CONVERGED, FitStatus.CONVERGED))))
                .hasMessageContaining("occurs twice");
    }

    @Test
    void toyUpperLimitAgreesWithTheAsymptoticOne() {
        Model m = TestWorkspaces.compile(ONE_BIN);
        double[] d = m.observedData();
        double[] scan = UpperLimit.linspace(0.5, 4.0, 8);
        UpperLimit.Result toys = UpperLimit.scan(new ToyCalculator(m, d, TestStatistic.QTILDE, 1500, 5), scan, 0.05);
        UpperLimit.Result asym = UpperLimit.scan(new AsymptoticCalculator(m, d, TestStatistic.QTILDE), scan, 0.05);
        // 55 observed on 50 +- 5 expected: asymptotic regime. The limit moves by dmu = dCLs / |dCLs/dmu|;
        // with 1500 toys CLs ~ 0.05 has a binomial error ~0.008 and the slope is ~0.1 per unit mu
        // here, so a 3-sigma toy fluctuation moves the limit by ~0.25: allow 0.3.
        assertThat(toys.obs()).isCloseTo(asym.obs(), org.assertj.core.api.Assertions.within(0.3));
        assertThat(toys.exp()[2]).isCloseTo(asym.exp()[2], org.assertj.core.api.Assertions.within(0.3));
    }

    @Test
    void toyDiscoverySignificanceAgreesWithTheAsymptoticOne() {
        // 68 observed on 50 +- 5: an excess of about 1.9 sigma (asymptotically).
        Model m = TestWorkspaces.compile(ONE_BIN.replace("\"data\": [55]", "\"data\": [68]"));
        double[] d = m.observedData();
        Significance.Result asym = Significance.discovery(m, d);
        ToyHypotest q0 = new ToyCalculator(m, d, TestStatistic.Q0, 4000, 3).toyHypotest(0.0);
        Significance.Result toys = Significance.fromToys(q0);
        int n = q0.sb().size() - q0.sb().failures();
        double sigma = Math.sqrt(asym.p0() * (1 - asym.p0()) / n);
        // Binomial error of the toy p0; 4 sigma so the test fails for a real disagreement only.
        assertThat(toys.p0()).isCloseTo(asym.p0(), org.assertj.core.api.Assertions.within(4 * sigma));
        assertThat(toys.z()).isBetween(1.5, 2.4);
        assertThatThrownBy(() ->
                        Significance.fromToys(new ToyCalculator(m, d, TestStatistic.QTILDE, 10, 3).toyHypotest(0.0)))
                .hasMessageContaining("q0");
    }

    static HypotestResult asymptotic(Model m, TestStatistic ts, double mu) {
        return new AsymptoticCalculator(m, m.observedData(), ts).hypotest(mu);
    }
}
