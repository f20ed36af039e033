/**
 * Weighted 1D and 2D histograms that merge associatively.
 *
 * <p>An {@link io.upsilon.core.hist.Axis} (regular or variable edges) bins the real line; {@link
 * io.upsilon.core.hist.Hist1D} and {@link io.upsilon.core.hist.Hist2D} hold per bin the sum of
 * weights and of squared weights, with under/overflow and a separate {@code NaN} bin ({@link
 * io.upsilon.core.hist.Flow}). Fill in place (allocation-free) in hot loops, one histogram per
 * thread or partition, then {@code merge} the results; export with {@code toCsv()} and {@code
 * toJson()}, and read JSON back with {@code fromJson}.
 */
package io.upsilon.core.hist;
