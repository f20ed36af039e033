package io.upsilon.stats.infer;

import io.upsilon.core.exec.Executor;
import io.upsilon.core.exec.LocalExecutor;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.stats.fit.Fitter;
import io.upsilon.stats.model.Model;
import io.upsilon.stats.toys.ToyEnsemble;
import io.upsilon.stats.toys.ToyRunner;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * CLs from pseudo-experiments, as pyhf's {@code ToyCalculator}: toys are thrown at the suggested
 * init with the POI at the tested value (signal+background) and at 0 (background; 1 for q0), and
 * the test statistic is computed on each. Toy {@code i} of hypothesis {@code h} ({@code sb} or
 * {@code b}) draws its data from the stream {@code toys/h/toy[i]/data} of the calculator's {@link
 * RandomStreams} family ({@code RandomStreams.of(seed)} for the long-seed constructor), so results
 * depend only on the family, never on thread count. Toys run over the deterministic partitions of
 * a {@link ToyRunner} on a {@link LocalExecutor} ({@link #withThreads}); a toy whose fits fail
 * (after the fitter's retry ladder) is counted and left out.
 *
 * <p>The ensembles of every tested POI value are kept ({@link #ensembles()}) so they can be saved,
 * and ensembles from earlier runs can be supplied ({@link #withEnsembles}): a hypothesis test
 * then uses them instead of throwing new toys ({@link #withoutNewToys()} makes a missing ensemble
 * an error rather than a reason to throw toys). Not for concurrent use by several threads (it
 * parallelises internally).
 */
public final class ToyCalculator implements HypothesisTest {

    private static final double[] N_SIGMA = {2, 1, 0, -1, -2};

    private final Model model;
    private final double[] data;
    private final TestStatistic ts;
    private final int ntoys;
    private final RandomStreams toys;
    private final String source;
    private final long firstToy;
    private final int threads;
    private final boolean throwToys;
    private final Map<ToyEnsemble.Key, ToyEnsemble> ensembles = new LinkedHashMap<>();
    private final AtomicInteger failures = new AtomicInteger();

    /**
     * Calculator with {@code ntoys} toys per hypothesis from master seed {@code seed}: the same as
     * {@link #ToyCalculator(Model, double[], TestStatistic, int, RandomStreams)} with the family
     * {@code RandomStreams.of(seed)}.
     */
    public ToyCalculator(Model model, double[] data, TestStatistic ts, int ntoys, long seed) {
        this(model, data, ts, ntoys, RandomStreams.of(seed), "seed=" + seed);
    }

    /**
     * Calculator with {@code ntoys} toys per hypothesis drawn from the streams {@code
     * toys/sb/toy[i]/data} and {@code toys/b/toy[i]/data} of {@code streams} (e.g. a search's
     * family {@code RandomStreams.of(seed).child("my-search").child("limit/channel-1")}).
     */
    public ToyCalculator(Model model, double[] data, TestStatistic ts, int ntoys, RandomStreams streams) {
        this(model, data, ts, ntoys, streams, "streams:/" + streams.path());
    }

    private ToyCalculator(
            Model model, double[] data, TestStatistic ts, int ntoys, RandomStreams streams, String source) {
        this(
                model,
                data,
                ts,
                ntoys,
                streams.child("toys"),
                source,
                0,
                Runtime.getRuntime().availableProcessors(),
                true,
                List.of());
    }

    private ToyCalculator(
            Model model,
            double[] data,
            TestStatistic ts,
            int ntoys,
            RandomStreams toys,
            String source,
            long firstToy,
            int threads,
            boolean throwToys,
            Collection<ToyEnsemble> known) {
        if (ntoys < 1) {
            throw new IllegalArgumentException("ntoys must be >= 1");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        if (firstToy < 0) {
            throw new IllegalArgumentException("first toy index must be >= 0, got " + firstToy);
        }
        this.model = model;
        this.data = data.clone();
        this.ts = ts;
        this.ntoys = ntoys;
        this.toys = toys;
        this.source = source;
        this.firstToy = firstToy;
        this.threads = threads;
        this.throwToys = throwToys;
        for (ToyEnsemble e : known) {
            if (e.key().testStatistic() != ts) {
                throw new IllegalArgumentException("toys of "
                        + e.key().testStatistic().pyhfName() + " given to a " + ts.pyhfName() + " calculator");
            }
            ensembles.merge(e.key(), e, ToyEnsemble::merge);
        }
    }

    /** The same calculator running its toys on {@code threads} threads (same toys, same results). */
    public ToyCalculator withThreads(int threads) {
        return new ToyCalculator(
                model, data, ts, ntoys, toys, source, firstToy, threads, throwToys, ensembles.values());
    }

    /**
     * The same calculator throwing toys {@code first .. first + ntoys - 1} of its streams (toy
     * indices start at 0 by default): two runs over disjoint ranges merge into one larger run.
     */
    public ToyCalculator withFirstToy(long first) {
        return new ToyCalculator(model, data, ts, ntoys, toys, source, first, threads, throwToys, ensembles.values());
    }

    /** The same calculator with these ensembles already known (merged where keys coincide). */
    public ToyCalculator withEnsembles(Collection<ToyEnsemble> known) {
        List<ToyEnsemble> all = new ArrayList<>(ensembles.values());
        all.addAll(known);
        return new ToyCalculator(model, data, ts, ntoys, toys, source, firstToy, threads, throwToys, all);
    }

    /**
     * The same calculator, but a hypothesis test whose ensembles are not known throws an {@link
     * IllegalStateException} instead of throwing new toys (a test on merged files only).
     */
    public ToyCalculator withoutNewToys() {
        return new ToyCalculator(model, data, ts, ntoys, toys, source, firstToy, threads, false, ensembles.values());
    }

    /** The test statistic. */
    public TestStatistic testStatistic() {
        return ts;
    }

    /** The threads toys run on. */
    public int threads() {
        return threads;
    }

    /** Number of toys whose fits failed so far (left out of the distributions), over newly thrown toys. */
    public int failures() {
        return failures.get();
    }

    /** Every ensemble thrown or supplied so far, in the order first used. */
    public synchronized List<ToyEnsemble> ensembles() {
        return List.copyOf(ensembles.values());
    }

    private synchronized ToyEnsemble ensemble(String hypothesis, double mu, double[] genPars) {
        ToyEnsemble.Key key = new ToyEnsemble.Key(hypothesis, ts, mu, genPars[model.poiIndex()]);
        ToyEnsemble known = ensembles.get(key);
        if (known != null) {
            return known;
        }
        if (!throwToys) {
            throw new IllegalStateException("no toys for " + hypothesis + " at " + model.poiName() + " = " + mu
                    + " (thrown at " + genPars[model.poiIndex()] + ") among the supplied ensembles");
        }
        Executor executor = LocalExecutor.ofThreads(threads);
        ToyEnsemble e =
                new ToyRunner(model, ts, executor).run(key, genPars, toys.child(hypothesis), source, firstToy, ntoys);
        failures.addAndGet(e.failures());
        ensembles.put(key, e);
        return e;
    }

    /** The toy-based hypothesis test at {@code mu}. */
    @Override
    public HypotestResult hypotest(double mu) {
        return toyHypotest(mu).result();
    }

    /** The toy-based hypothesis test at {@code mu}, with its ensembles and observed fits. */
    public ToyHypotest toyHypotest(double mu) {
        Fitter fitter = new Fitter(model);
        double[] init = model.suggestedInit();
        TestStatistics.Evaluation obs =
                TestStatistics.evaluate(ts, mu, data, fitter, init, model.suggestedFixed(), null);
        double[] sbPars = init.clone();
        sbPars[model.poiIndex()] = mu;
        double[] bPars = init.clone();
        bPars[model.poiIndex()] = ts == TestStatistic.Q0 ? 1.0 : 0.0;
        ToyEnsemble sb = ensemble("sb", mu, sbPars);
        ToyEnsemble b = ensemble("b", mu, bPars);
        double[] p = pvalues(obs.value(), sb, b);
        double[] exp = new double[5];
        for (int k = 0; k < 5; k++) {
            double v = b.percentile(100 * AsymptoticCalculator.phi(N_SIGMA[k]));
            exp[k] = pvalues(v, sb, b)[2];
        }
        boolean ok = obs.free().status().ok() && obs.conditional().status().ok();
        return new ToyHypotest(
                new HypotestResult(mu, p[2], exp, p[0], p[1], obs.value(), ok), sb, b, obs.free(), obs.conditional());
    }

    private static double[] pvalues(double v, ToyEnsemble sb, ToyEnsemble b) {
        double clsb = sb.tail(v);
        double clb = b.tail(v);
        return new double[] {clsb, clb, clb > 0 ? clsb / clb : 0.0};
    }
}
