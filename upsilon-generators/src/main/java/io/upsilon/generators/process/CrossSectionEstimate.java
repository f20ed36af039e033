package io.upsilon.generators.process;

import java.io.Serializable;

/**
 * A Monte Carlo cross-section estimate from weighted events: number of events, sum of weights and
 * sum of squared weights. Merging adds the sums, so partial estimates of partitions combine
 * exactly (and, merged in partition order, bit-identically for any thread count).
 *
 * @param events number of generated events (including zero-weight ones)
 * @param sumWeights sum of event weights, nb
 * @param sumWeights2 sum of squared event weights, nb^2
 */
public record CrossSectionEstimate(long events, double sumWeights, double sumWeights2) implements Serializable {
    /** No events. */
    public static final CrossSectionEstimate EMPTY = new CrossSectionEstimate(0, 0, 0);

    /** The estimate of both samples together. */
    public CrossSectionEstimate merge(CrossSectionEstimate o) {
        return new CrossSectionEstimate(events + o.events, sumWeights + o.sumWeights, sumWeights2 + o.sumWeights2);
    }

    /** Cross section estimate: mean weight, nb (0 without events). */
    public double sigma() {
        return events == 0 ? 0 : sumWeights / events;
    }

    /** Monte Carlo standard error of {@link #sigma()}, nb. */
    public double error() {
        if (events < 2) {
            return Double.NaN;
        }
        double mean = sumWeights / events;
        double var = Math.max(0.0, sumWeights2 / events - mean * mean);
        return Math.sqrt(var / (events - 1));
    }
}
