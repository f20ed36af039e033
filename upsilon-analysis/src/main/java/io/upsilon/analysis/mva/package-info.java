/**
 * Boosted decision trees for signal/background classification, wrapping XGBoost (xgboost4j).
 *
 * <p>A {@link io.upsilon.analysis.mva.TrainingSet} (feature names, row-major float features, 0/1
 * labels, event weights) and a {@link io.upsilon.analysis.mva.BdtConfig} go into {@link
 * io.upsilon.analysis.mva.BdtTrainer#train}, which returns a {@link io.upsilon.analysis.mva.Bdt}:
 * the trained model with its provenance ({@link io.upsilon.analysis.mva.BdtProvenance}), scoring of
 * single rows or batches, gain importance, and a byte round trip ({@code toBytes}/{@code
 * fromBytes}: the XGBoost UBJ model plus metadata in one JSON document). By default the signal and
 * background weights are rescaled to equal sums ({@link io.upsilon.analysis.mva.ClassWeighting}).
 *
 * <p>Figures of merit on a validation sample: {@link io.upsilon.analysis.mva.RocCurve} (weighted ROC
 * and AUC) and {@link io.upsilon.analysis.mva.PunziFigureOfMerit} (best cut for a search). {@link
 * io.upsilon.analysis.mva.SplitSampler} assigns events to train and test samples by a hash of the
 * event number, so an event lands in the same fold whatever the partitioning or thread count.
 *
 * <p>Determinism: training uses {@code tree_method=hist} with a fixed seed and a fixed number of
 * threads ({@link io.upsilon.analysis.mva.BdtConfig#nthread()}, default 1); the same inputs give a
 * bit-identical model. See {@link io.upsilon.analysis.mva.BdtConfig} for what was found with more
 * threads.
 */
package io.upsilon.analysis.mva;
