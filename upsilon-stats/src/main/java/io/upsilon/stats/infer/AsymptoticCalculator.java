package io.upsilon.stats.infer;

import io.upsilon.stats.fit.FitResult;
import io.upsilon.stats.fit.Fitter;
import io.upsilon.stats.fit.Optimizer;
import io.upsilon.stats.model.Model;
import org.hipparchus.special.Erf;

/**
 * CLs with the asymptotic formulae of Cowan, Cranmer, Gross and Vitells, computed exactly as pyhf's
 * {@code AsymptoticCalculator}: Asimov data are the expected data (with auxiliary data) at a fit to
 * the observed data with the POI fixed at 0 (at 1 for q0); the test statistic is mapped to pyhf's
 * "sqrt space" (sqrt(q) - sqrt(q_A), or (q - q_A) / (2 sqrt(q_A)) for q~ above q_A), and
 * CL_{s+b} = Phi(-(t + sqrt(q_A))), CL_b = Phi(-t), CLs = CL_{s+b} / CL_b; the expected band uses
 * t = +2..-2. For q0 the reported "CLs" is p0 = CL_{s+b}, as in pyhf.
 *
 * <p>The free fits to data and to Asimov data do not depend on the tested POI value and are cached,
 * so a scan costs two conditional fits per point. Not thread-safe.
 */
public final class AsymptoticCalculator implements HypothesisTest {

    private static final double[] N_SIGMA = {2, 1, 0, -1, -2};

    private final Model model;
    private final Fitter fitter;
    private final TestStatistic ts;
    private final double[] data;
    private final double[] init;
    private final boolean[] fixed;
    private FitResult freeData;
    private FitResult asimovFit;
    private double[] asimovData;
    private FitResult freeAsimov;
    private boolean lastOk = true;
    private TestStatistics.Evaluation lastObserved;
    private TestStatistics.Evaluation lastAsimov;

    /** Calculator on {@code data} (main + aux) with the suggested init and fixed parameters. */
    public AsymptoticCalculator(Model model, double[] data, TestStatistic ts) {
        this(model, data, ts, Optimizer.BFGS);
    }

    /**
     * Calculator with the given optimiser. With {@link Optimizer#PYHF_SLSQP} every fit starts from
     * the suggested init, as in pyhf (its result depends on the start).
     */
    public AsymptoticCalculator(Model model, double[] data, TestStatistic ts, Optimizer optimizer) {
        if (ts == TestStatistic.T || ts == TestStatistic.TTILDE) {
            // As in pyhf, the one-sided asymptotic formulae here apply to q0, q and q~ only.
            throw new IllegalArgumentException(
                    "the asymptotic calculator supports q0, q and qtilde; use toys for " + ts.pyhfName());
        }
        this.model = model;
        this.fitter = new Fitter(model, optimizer);
        this.ts = ts;
        this.data = data.clone();
        this.init = model.suggestedInit();
        this.fixed = model.suggestedFixed();
    }

    /** The model. */
    public Model model() {
        return model;
    }

    /** The test statistic. */
    public TestStatistic testStatistic() {
        return ts;
    }

    /** The Asimov data set (built on first use). */
    public double[] asimovData() {
        prepare();
        return asimovData.clone();
    }

    /** The fit that defined the Asimov data (POI fixed at 0, or 1 for q0). */
    public FitResult asimovFit() {
        prepare();
        return asimovFit;
    }

    /** The free fit to the observed data. */
    public FitResult freeFitToData() {
        prepare();
        return freeData;
    }

    /** The free fit to the Asimov data. */
    public FitResult freeFitToAsimov() {
        prepare();
        return freeAsimov;
    }

    /** The conditional fit to data of the last {@link #hypotest}. */
    public FitResult lastConditionalFitToData() {
        return lastObserved == null ? null : lastObserved.conditional();
    }

    /** The conditional fit to Asimov data of the last {@link #hypotest}. */
    public FitResult lastConditionalFitToAsimov() {
        return lastAsimov == null ? null : lastAsimov.conditional();
    }

    private void prepare() {
        if (asimovData != null) {
            return;
        }
        double asimovMu = ts == TestStatistic.Q0 ? 1.0 : 0.0;
        freeData = fitter.fit(data, init, fixed, false);
        asimovFit = fitter.fixedPoiFit(asimovMu, data, init, fixed);
        asimovData = model.expectedData(asimovFit.values());
        freeAsimov = fitter.fit(asimovData, init, fixed, false);
    }

    /** Standard normal CDF. */
    static double phi(double x) {
        return 0.5 * Erf.erfc(-x / Math.sqrt(2));
    }

    /** The hypothesis test at POI value {@code mu}. */
    @Override
    public HypotestResult hypotest(double mu) {
        prepare();
        // Conditional fits start from the previous conditional fit (scans move in small steps) or
        // from the free fit: same minimum as pyhf's start at the suggested init, fewer iterations.
        boolean warm = fitter.optimizer() != Optimizer.PYHF_SLSQP;
        double[] startData = !warm
                ? null
                : lastObserved != null && lastObserved.conditional().status().ok()
                        ? lastObserved.conditional().values()
                        : freeData.values();
        double[] startAsimov = !warm
                ? null
                : lastAsimov != null && lastAsimov.conditional().status().ok()
                        ? lastAsimov.conditional().values()
                        : freeAsimov.values();
        lastObserved = TestStatistics.evaluate(ts, mu, data, fitter, init, fixed, freeData, startData);
        lastAsimov = TestStatistics.evaluate(ts, mu, asimovData, fitter, init, fixed, freeAsimov, startAsimov);
        double q = lastObserved.value();
        double qA = lastAsimov.value();
        double sq = Math.sqrt(q);
        double sqA = Math.sqrt(qA);
        double t;
        if (ts == TestStatistic.QTILDE && !(sq < sqA) && sqA > 0) {
            t = (q - qA) / (2 * sqA);
        } else {
            t = sq - sqA;
        }
        double[] p = pvalues(t, sqA);
        double[] exp = new double[5];
        // For discovery (q0) pyhf reports the p-value CL_{s+b} = p0 in place of CLs.
        int which = ts == TestStatistic.Q0 ? 0 : 2;
        for (int k = 0; k < 5; k++) {
            exp[k] = pvalues(N_SIGMA[k], sqA)[which];
        }
        lastOk = freeData.status().ok()
                && asimovFit.status().ok()
                && freeAsimov.status().ok()
                && lastObserved.conditional().status().ok()
                && lastAsimov.conditional().status().ok();
        return new HypotestResult(mu, p[which], exp, p[0], p[1], t, lastOk);
    }

    /** {CL_{s+b}, CL_b, CLs} for a sqrt-space test statistic {@code t}. */
    static double[] pvalues(double t, double sqrtQA) {
        double clsb = phi(-(t + sqrtQA));
        double clb = phi(-t);
        double cls = clb > 0 ? clsb / clb : 0.0;
        return new double[] {clsb, clb, cls};
    }

    /** Whether all fits of the last hypotest converged. */
    public boolean lastOk() {
        return lastOk;
    }
}
