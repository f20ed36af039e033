package io.upsilon.searches.bknunu;

import io.upsilon.core.random.RandomStreams;
import io.upsilon.stats.infer.AsymptoticCalculator;
import io.upsilon.stats.infer.HypotestResult;
import io.upsilon.stats.infer.TestStatistic;
import io.upsilon.stats.infer.ToyCalculator;
import io.upsilon.stats.model.Model;
import io.upsilon.stats.model.ModelCompiler;
import io.upsilon.stats.workspace.Workspace;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Toy-based CLs on a likelihood against the asymptotic formulae: the q̃ hypothesis test at one μ
 * (the asymptotic median expected limit) with {@code toys} pseudo-experiments under each hypothesis
 * ({@link ToyCalculator}, streams {@code toys/sb/toy[i]/data} and {@code toys/b/toy[i]/data} of the
 * given family), on the background-only Asimov data. The asymptotic median expected CLs there is
 * 1 − CL by construction; the toys' median expected CLs should agree where the asymptotic regime
 * holds (Cowan et al., Eur. Phys. J. C 71 (2011) 1554).
 *
 * @param mu the tested signal strength
 * @param toys pseudo-experiments per hypothesis
 * @param clsExpToys the toys' expected CLs (−2σ … +2σ)
 * @param clsExpAsymptotic the asymptotic expected CLs (−2σ … +2σ)
 * @param failures toys whose fits failed (left out)
 * @param seconds wall time of the toys
 */
record ToyCheck(double mu, int toys, double[] clsExpToys, double[] clsExpAsymptotic, int failures, double seconds) {

    /**
     * Runs the check.
     *
     * @param bOnlyAsimov the workspace whose observation is the background-only Asimov data
     * @param mu the tested μ
     * @param toys pseudo-experiments per hypothesis
     * @param streams the toys' family
     */
    static ToyCheck run(Workspace bOnlyAsimov, double mu, int toys, RandomStreams streams) {
        Model m = ModelCompiler.compile(bOnlyAsimov, "b-knunu combined workspace (background-only Asimov)");
        HypotestResult a = new AsymptoticCalculator(m, m.observedData(), TestStatistic.QTILDE).hypotest(mu);
        long t0 = System.nanoTime();
        ToyCalculator calc = new ToyCalculator(m, m.observedData(), TestStatistic.QTILDE, toys, streams);
        HypotestResult t = calc.hypotest(mu);
        double s = (System.nanoTime() - t0) * 1e-9;
        return new ToyCheck(mu, toys, t.clsExp(), a.clsExp(), calc.failures(), s);
    }

    /** The summary entry; the wall time only when {@code withTime} (it differs between runs). */
    Map<String, Object> toMap(boolean withTime) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mu_tested", mu);
        m.put("toys_per_hypothesis", toys);
        m.put("cls_expected_toys", clsExpToys);
        m.put("cls_expected_asymptotic", clsExpAsymptotic);
        m.put("failed_toys", failures);
        if (withTime) {
            m.put("seconds", seconds);
        }
        return m;
    }
}
