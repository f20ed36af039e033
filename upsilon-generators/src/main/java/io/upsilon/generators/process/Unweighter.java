package io.upsilon.generators.process;

import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.random.RandomStream;

/**
 * Turns a weighted {@link EventGenerator} into unweighted events by accept-reject against a
 * tracked maximum weight w_max, or passes weighted events through ({@link #nextWeighted}).
 *
 * <p>w_max comes from a pre-scan of N events times a safety factor ({@link #prescan}) or is given.
 * An event of weight w is kept with probability min(1, w/w_max) and then carries the weight
 * max(w, w_max): every kept event has the same weight w_max except the rare "overweight" ones
 * (w &gt; w_max, the pre-scan underestimated the maximum), which keep their own weight so that the
 * sample stays unbiased: the sum of kept weights over the number of trials estimates the cross
 * section exactly as the weighted mean does. Overweight events are counted and their fraction
 * reported; a large fraction means the safety factor is too small. Not thread-safe.
 */
public final class Unweighter {
    private static final long MAX_TRIALS_PER_EVENT = 100_000_000L;

    private final EventGenerator generator;
    private double maxWeight;
    private long trials;
    private long accepted;
    private long overweight;
    private double largestWeight;
    private double sumWeights;
    private double sumWeights2;

    /**
     * @param generator the weighted generator
     * @param maxWeight w_max in nb (&gt; 0); use {@link #prescan} to estimate it
     */
    public Unweighter(EventGenerator generator, double maxWeight) {
        if (!(maxWeight > 0) || !Double.isFinite(maxWeight)) {
            throw new IllegalArgumentException("maximum weight must be > 0 and finite, got " + maxWeight);
        }
        this.generator = generator;
        this.maxWeight = maxWeight;
    }

    /**
     * Estimates w_max as {@code safetyFactor} times the largest weight of {@code events} events
     * generated into {@code scratch} (they are not part of the sample) and returns an unweighter
     * using it.
     *
     * @throws IllegalArgumentException if every pre-scan weight is zero or the arguments are invalid
     */
    public static Unweighter prescan(
            EventGenerator generator,
            RandomStream beamRng,
            RandomStream rng,
            EventBuffer scratch,
            long events,
            double safetyFactor) {
        if (events < 1 || !(safetyFactor >= 1)) {
            throw new IllegalArgumentException(
                    "need >= 1 pre-scan events and a safety factor >= 1, got " + events + ", " + safetyFactor);
        }
        double max = 0;
        for (long i = 0; i < events; i++) {
            max = Math.max(max, generator.generate(beamRng, rng, scratch));
        }
        if (!(max > 0)) {
            throw new IllegalArgumentException("all " + events + " pre-scan weights are zero: nothing to unweight");
        }
        return new Unweighter(generator, safetyFactor * max);
    }

    /**
     * Generates trials until one is accepted and leaves it in {@code out}; returns its weight (w_max,
     * or w &gt; w_max for an overweight event), also set as the event weight.
     *
     * @param acceptRng the stream for the accept-reject decisions
     */
    public double next(RandomStream beamRng, RandomStream rng, RandomStream acceptRng, EventBuffer out) {
        for (long k = 0; k < MAX_TRIALS_PER_EVENT; k++) {
            double w = generator.generate(beamRng, rng, out);
            trials++;
            sumWeights += w;
            sumWeights2 += w * w;
            largestWeight = Math.max(largestWeight, w);
            if (w <= 0) {
                continue;
            }
            if (w > maxWeight) {
                overweight++;
                accepted++;
                out.setWeight(w);
                return w;
            }
            if (acceptRng.nextDouble() * maxWeight < w) {
                accepted++;
                out.setWeight(maxWeight);
                return maxWeight;
            }
        }
        throw new IllegalStateException(
                "no event accepted in " + MAX_TRIALS_PER_EVENT + " trials (w_max = " + maxWeight + " nb)");
    }

    /** Weighted mode: one event with its own weight (counted in the statistics like a trial). */
    public double nextWeighted(RandomStream beamRng, RandomStream rng, EventBuffer out) {
        double w = generator.generate(beamRng, rng, out);
        trials++;
        accepted++;
        sumWeights += w;
        sumWeights2 += w * w;
        largestWeight = Math.max(largestWeight, w);
        if (w > maxWeight) {
            overweight++;
        }
        return w;
    }

    /** The maximum weight w_max in use, nb. */
    public double maxWeight() {
        return maxWeight;
    }

    /** Number of generated trials. */
    public long trials() {
        return trials;
    }

    /** Number of returned events. */
    public long accepted() {
        return accepted;
    }

    /** Number of returned events whose weight exceeded w_max. */
    public long overweightEvents() {
        return overweight;
    }

    /** Fraction of returned events that were overweight (0 without events). */
    public double overweightFraction() {
        return accepted == 0 ? 0 : (double) overweight / accepted;
    }

    /** The largest weight seen so far, nb: compare with {@link #maxWeight()}. */
    public double largestWeight() {
        return largestWeight;
    }

    /** Fraction of trials accepted. */
    public double efficiency() {
        return trials == 0 ? 0 : (double) accepted / trials;
    }

    /** The cross-section estimate from all trials: mean weight with its standard error. */
    public CrossSectionEstimate estimate() {
        return new CrossSectionEstimate(trials, sumWeights, sumWeights2);
    }
}
