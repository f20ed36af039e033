package io.upsilon.stats.toys;

import io.upsilon.core.exec.Executor;
import io.upsilon.core.exec.Job;
import io.upsilon.core.exec.Partition;
import io.upsilon.core.exec.TaskContext;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.stats.fit.FitResult;
import io.upsilon.stats.fit.Fitter;
import io.upsilon.stats.infer.TestStatistic;
import io.upsilon.stats.infer.TestStatistics;
import io.upsilon.stats.model.Model;
import java.util.ArrayList;
import java.util.List;

/**
 * Throws and fits toys over the partitions of a {@link Job}: toy {@code i} draws its data from the
 * stream {@code toy[i]/data} of the given family, whatever partition runs it, so the ensemble
 * depends only on the family and the index range, never on the partition size, the thread count
 * or the executor (a cluster executor runs the same {@link #partition} function). Every partition
 * has its own {@link Fitter} (a fitter holds a likelihood and is single-threaded).
 */
public final class ToyRunner {

    /**
     * Toys per partition: a fit of a few hundred parameters takes milliseconds, so 50 toys amortise
     * the per-partition fitter while leaving 200 partitions to balance over threads at 10,000 toys.
     */
    public static final long TOYS_PER_PARTITION = 50;

    private final Model model;
    private final TestStatistic ts;
    private final Executor executor;

    /** A runner fitting {@code model} with test statistic {@code ts} on {@code executor}. */
    public ToyRunner(Model model, TestStatistic ts, Executor executor) {
        this.model = model;
        this.ts = ts;
        this.executor = executor;
    }

    /**
     * {@code count} toys, indices {@code first .. first + count - 1}, thrown at {@code genPars}
     * from {@code family} ({@code family.child("toy", i).stream("data")}) and tested at {@code
     * key.testedPoi()}; fits start from {@code genPars}. {@code source} names the family in the
     * ensemble (e.g. {@code seed=42}).
     */
    public ToyEnsemble run(
            ToyEnsemble.Key key, double[] genPars, RandomStreams family, String source, long first, long count) {
        if (first < 0 || count < 0) {
            throw new IllegalArgumentException("toy range must be non-negative, got " + first + " + " + count);
        }
        if (key.testStatistic() != ts) {
            throw new IllegalArgumentException("ensemble key is for " + key.testStatistic() + ", runner for " + ts);
        }
        Job job = new Job("toys-" + key.hypothesis(), 0L, count, TOYS_PER_PARTITION);
        List<ToyEnsemble.Toy> toys = executor.run(
                job,
                (p, ctx) -> partition(key.testedPoi(), genPars.clone(), family, source, first, p, ctx),
                (a, b) -> {
                    List<ToyEnsemble.Toy> all = new ArrayList<>(a.size() + b.size());
                    all.addAll(a);
                    all.addAll(b);
                    return all;
                },
                List.of());
        return ToyEnsemble.of(key, toys);
    }

    /**
     * The test statistic of one toy. The free fit starts from {@code genPars}; the conditional fit
     * starts from the free fit's minimum and its final metric ({@link
     * Fitter#fixedPoiFitAfter}: the same minimum as from {@code genPars}, without the O(n^3)
     * start). For q and q~ a toy whose mu-hat is above the tested mu has a test statistic of
     * exactly 0, so its conditional fit is not run (its status is then reported as the free fit's).
     */
    private ToyEnsemble.Toy evaluate(
            Fitter fitter, double mu, double[] toy, double[] genPars, boolean[] fixed, String source, long index) {
        int poi = model.poiIndex();
        FitResult free = fitter.fit(toy, genPars, fixed, false);
        if ((ts == TestStatistic.Q || ts == TestStatistic.QTILDE)
                && free.status().ok()
                && free.value(poi) > mu) {
            return new ToyEnsemble.Toy(
                    source,
                    index,
                    0.0,
                    free.status(),
                    free.status(),
                    free.diagnosis().retried());
        }
        double testMu = ts == TestStatistic.Q0 ? 0.0 : mu;
        FitResult conditional = free.status().ok()
                ? fitter.fixedPoiFitAfter(free, testMu, toy, fixed)
                : fitter.fixedPoiFit(testMu, toy, genPars, fixed);
        double value = TestStatistics.value(ts, mu, poi, free, conditional);
        boolean ok = free.status().ok() && conditional.status().ok() && Double.isFinite(value);
        boolean retried = free.diagnosis().retried() || conditional.diagnosis().retried();
        return new ToyEnsemble.Toy(
                source, index, ok ? value : Double.NaN, free.status(), conditional.status(), retried);
    }

    /**
     * The toys of one partition: a pure function of the partition's index range (the job's own
     * partition streams are not used: each toy has its own stream, see the class comment).
     */
    List<ToyEnsemble.Toy> partition(
            double mu,
            double[] genPars,
            RandomStreams family,
            String source,
            long first,
            Partition p,
            TaskContext ctx) {
        Fitter fitter = new Fitter(model);
        boolean[] fixed = model.suggestedFixed();
        List<ToyEnsemble.Toy> out = new ArrayList<>((int) p.events());
        for (long k = 0; k < p.events(); k++) {
            if ((k & 7) == 0) {
                ctx.checkCancelled();
            }
            long index = first + p.firstEvent() + k;
            double[] toy = model.sample(genPars, family.child("toy", index).stream("data"));
            out.add(evaluate(fitter, mu, toy, genPars, fixed, source, index));
            ctx.advance(1);
        }
        return out;
    }
}
