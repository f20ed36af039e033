package io.upsilon.stats.infer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.random.RandomStreams;
import io.upsilon.stats.TestWorkspaces;
import io.upsilon.stats.model.Model;
import org.junit.jupiter.api.Test;

/** Test statistics, upper limits, toys and impacts on small synthetic models. */
class InferenceTest {

    private static final String ONE_BIN = """
            {"channels": [{"name": "c", "samples": [
              {"name": "s", "data": [10.0], "modifiers": [{"name": "mu", "type": "normfactor", "data": null}]},
              {"name": "b", "data": [50.0], "modifiers": [{"name": "u", "type": "shapesys", "data": [5.0]}]}]}],
             "observations": [{"name": "c", "data": [53.0]}],
             "measurements": [{"name": "m", "config": {"poi": "mu", "parameters": []}}], "version": "1.0.0"}
            """;

    @Test
    void numpyInterpSemantics() {
        double[] xp = {0.01, 0.04, 0.2};
        double[] fp = {3, 2, 1};
        assertThat(UpperLimit.interp(0.05, xp, fp)).isCloseTo(2 - 0.01 / 0.16, within(1e-15));
        assertThat(UpperLimit.interp(0.0, xp, fp)).isEqualTo(3.0);
        assertThat(UpperLimit.interp(0.5, xp, fp)).isEqualTo(1.0);
    }

    @Test
    void scanAndRootFindingAgreeAndBracketTheLimit() {
        Model m = TestWorkspaces.compile(ONE_BIN);
        AsymptoticCalculator calc = new AsymptoticCalculator(m, m.observedData(), TestStatistic.QTILDE);
        UpperLimit.Result root = UpperLimit.rootFind(calc, 0, 10, 0.05, 1e-9);
        assertThat(calc.hypotest(root.obs()).clsObs()).isCloseTo(0.05, within(1e-9));
        UpperLimit.Result scan = UpperLimit.scan(calc, UpperLimit.linspace(0, 5, 201), 0.05);
        assertThat(scan.points()).hasSize(201);
        assertThat(scan.obs()).isCloseTo(root.obs(), within(2e-3));
        double[] e = root.exp();
        for (int k = 1; k < 5; k++) {
            assertThat(e[k]).isGreaterThan(e[k - 1]);
        }
    }

    @Test
    void clsAtZeroPoiIsOne() {
        Model m = TestWorkspaces.compile(ONE_BIN);
        HypotestResult r = new AsymptoticCalculator(m, m.observedData(), TestStatistic.QTILDE).hypotest(0.0);
        assertThat(r.clsObs()).isCloseTo(1.0, within(1e-3));
    }

    @Test
    void testStatisticsOrdering() {
        Model m = TestWorkspaces.compile(ONE_BIN);
        var fitter = new io.upsilon.stats.fit.Fitter(m);
        double[] d = m.observedData();
        double q = TestStatistics.evaluate(TestStatistic.Q, 2.0, d, fitter, m.suggestedInit(), m.suggestedFixed(), null)
                .value();
        double t = TestStatistics.evaluate(TestStatistic.T, 2.0, d, fitter, m.suggestedInit(), m.suggestedFixed(), null)
                .value();
        assertThat(q).isPositive().isCloseTo(t, within(1e-12));
        // mu-hat is above 0.1: q_mu is zero there, t_mu is not.
        double q01 = TestStatistics.evaluate(
                        TestStatistic.Q, 0.1, d, fitter, m.suggestedInit(), m.suggestedFixed(), null)
                .value();
        assertThat(q01).isZero();
        Significance.Result z = Significance.discovery(m, d);
        assertThat(z.z()).isCloseTo(-org.hipparchus.special.Erf.erfInv(2 * z.p0() - 1) * Math.sqrt(2), within(1e-12));
        assertThat(z.p0()).isBetween(0.0, 0.5);
    }

    @Test
    void toysAreReproducibleForASeed() {
        Model m = TestWorkspaces.compile(ONE_BIN);
        HypotestResult a = new ToyCalculator(m, m.observedData(), TestStatistic.QTILDE, 200, 42).hypotest(1.0);
        HypotestResult b = new ToyCalculator(m, m.observedData(), TestStatistic.QTILDE, 200, 42).hypotest(1.0);
        HypotestResult c = new ToyCalculator(m, m.observedData(), TestStatistic.QTILDE, 200, 43).hypotest(1.0);
        assertThat(a.clsObs()).isEqualTo(b.clsObs());
        assertThat(a.clsExp()).containsExactly(b.clsExp());
        assertThat(c.clsbObs()).isNotEqualTo(a.clsbObs());
        // One stream per toy index: the same numbers on a single thread.
        HypotestResult single;
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(1);
        try {
            single = pool.submit(
                            () -> new ToyCalculator(m, m.observedData(), TestStatistic.QTILDE, 200, 42).hypotest(1.0))
                    .get();
        } catch (Exception ex) {
            throw new AssertionError(ex);
        } finally {
            pool.shutdown();
        }
        assertThat(single.clsObs()).isEqualTo(a.clsObs());
        assertThat(single.clsExp()).containsExactly(a.clsExp());
        HypotestResult asym = new AsymptoticCalculator(m, m.observedData(), TestStatistic.QTILDE).hypotest(1.0);
        assertThat(a.clsObs()).isCloseTo(asym.clsObs(), within(0.15));
    }

    @Test
    void toysComeFromTheNamedStreamsOfTheGivenFamily() {
        Model m = TestWorkspaces.compile(ONE_BIN);
        HypotestResult bySeed = new ToyCalculator(m, m.observedData(), TestStatistic.QTILDE, 100, 42).hypotest(1.0);
        HypotestResult byFamily =
                new ToyCalculator(m, m.observedData(), TestStatistic.QTILDE, 100, RandomStreams.of(42)).hypotest(1.0);
        // The long-seed constructor is the family RandomStreams.of(seed): identical toys.
        assertThat(byFamily.clsbObs()).isEqualTo(bySeed.clsbObs());
        assertThat(byFamily.clsExp()).containsExactly(bySeed.clsExp());
        // A sub-family is another set of toys.
        HypotestResult child = new ToyCalculator(
                        m,
                        m.observedData(),
                        TestStatistic.QTILDE,
                        100,
                        RandomStreams.of(42).child("limit"))
                .hypotest(1.0);
        assertThat(child.clsbObs()).isNotEqualTo(bySeed.clsbObs());
    }

    @Test
    void impactsRankTheNuisanceParameters() {
        Model m = TestWorkspaces.compile(TestWorkspaces.ALL_MODIFIERS);
        Impacts.Result r = Impacts.compute(m, m.observedData());
        assertThat(r.ranking()).isNotEmpty();
        for (int i = 1; i < r.ranking().size(); i++) {
            assertThat(r.ranking().get(i).rankingKey())
                    .isLessThanOrEqualTo(r.ranking().get(i - 1).rankingKey());
        }
        Impacts.Impact lumi = r.ranking().stream()
                .filter(x -> x.name().equals("lumi"))
                .findFirst()
                .orElseThrow();
        assertThat(lumi.prefitUp()).isNegative();
        assertThat(lumi.prefitDown()).isPositive();
    }

    @Test
    void impactsAtAPoiBoundAreGenuinelyZero() {
        // 40 observed against 50 expected from background alone: mu-hat = 0 at its lower bound, and
        // the unbounded optimum is far enough below that no +-1 sigma shift of u brings it above 0.
        Model m = TestWorkspaces.compile(ONE_BIN.replace("[53.0]", "[40.0]"));
        Impacts.Result r = Impacts.compute(m, m.observedData());
        assertThat(r.poiAtBound()).isTrue();
        Impacts.Impact u = r.ranking().get(0);
        assertThat(u.postfitUp()).isZero();
        assertThat(u.postfitDown()).isZero();
        assertThat(u.pullError()).isCloseTo(u.error() / u.prefitWidth(), within(1e-15));
        // shapesys: tau = (50 / 5)^2 = 100, aux = tau, so the pull is (gamma - 1) / 0.1, not (gamma - 100) / 0.1.
        assertThat(u.prefitWidth()).isCloseTo(0.1, within(1e-12));
        assertThat(u.pull()).isCloseTo((u.value() - 1) / 0.1, within(1e-9));
        assertThat(Math.abs(u.pull())).isLessThan(3);
        Impacts.Result free = Impacts.compute(
                TestWorkspaces.compile(ONE_BIN), TestWorkspaces.compile(ONE_BIN).observedData());
        assertThat(free.poiAtBound()).isFalse();
        assertThat(free.ranking().get(0).postfitUp()).isNotZero();
    }
}
