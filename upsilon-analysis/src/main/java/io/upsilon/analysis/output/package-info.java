/**
 * Outputs of an analysis run. Ntuples: {@link io.upsilon.analysis.output.CandidateNtuple} evaluates
 * chosen variables for every candidate of a list (one row per candidate, with the event number and
 * weight) and hands the rows to an {@link io.upsilon.analysis.output.NtupleWriter} ({@link
 * io.upsilon.analysis.output.CsvNtupleWriter} or {@link io.upsilon.analysis.output.ParquetNtupleWriter}),
 * which writes a temporary file and renames it on commit. Atomic file writing shared by every
 * writer: {@link io.upsilon.analysis.output.AtomicFiles}, {@link
 * io.upsilon.analysis.output.StagedDirectory}. Plots in {@code plot}, HEPData YAML in {@code
 * hepdata}, run provenance in {@code provenance}.
 */
package io.upsilon.analysis.output;
