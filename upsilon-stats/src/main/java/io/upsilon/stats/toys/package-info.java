/**
 * Pseudo-experiments at scale: {@link io.upsilon.stats.toys.ToyEnsemble}, the test-statistic
 * values of a set of toys with the fit status of each (a value that merges across runs), and
 * {@link io.upsilon.stats.toys.ToyRunner}, which throws and fits them over the deterministic
 * partitions of {@link io.upsilon.core.exec}, one named random stream per toy, so the ensemble is
 * the same for any thread count and any executor. File formats (Parquet) live at the edges (the
 * CLI), not here.
 */
package io.upsilon.stats.toys;
