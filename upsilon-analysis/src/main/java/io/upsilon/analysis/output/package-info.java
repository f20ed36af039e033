/**
 * Outputs of an analysis run. Ntuples: {@link io.upsilon.analysis.output.CandidateNtuple} evaluates
 * chosen variables for every candidate of a list (one row per candidate, with the event number and
 * weight, or one row per event with list columns) and hands the rows to an {@link
 * io.upsilon.analysis.output.NtupleWriter} ({@link io.upsilon.analysis.output.CsvNtupleWriter},
 * {@link io.upsilon.analysis.output.ParquetNtupleWriter} or {@link
 * io.upsilon.analysis.output.ParquetEventNtupleWriter}), which writes a temporary file and renames
 * it on commit. Generated events: {@link io.upsilon.analysis.output.GenParticleNtuple} in either
 * {@link io.upsilon.analysis.output.NtupleLayout}. Every Parquet table is streamed through {@link
 * io.upsilon.analysis.output.ParquetRecordWriter} (typed {@link
 * io.upsilon.analysis.output.NtupleColumn}s, bounded row groups); a directory with one file per
 * partition is a {@link io.upsilon.analysis.output.ParquetDataset}. Atomic file writing shared by
 * every writer: {@link io.upsilon.analysis.output.AtomicFiles}, {@link
 * io.upsilon.analysis.output.StagedDirectory}. Plots in {@code plot}, HEPData YAML in {@code
 * hepdata}, run provenance in {@code provenance}.
 */
package io.upsilon.analysis.output;
