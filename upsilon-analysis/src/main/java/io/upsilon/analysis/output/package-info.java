/**
 * Ntuple output: {@link io.upsilon.analysis.output.CandidateNtuple} evaluates chosen variables for
 * every candidate of a list (one row per candidate, with the event number and weight) and hands the
 * rows to an {@link io.upsilon.analysis.output.NtupleWriter}: {@link
 * io.upsilon.analysis.output.CsvNtupleWriter} or {@link
 * io.upsilon.analysis.output.ParquetNtupleWriter}. Writers write a temporary file beside the target
 * and rename it into place on {@link io.upsilon.analysis.output.NtupleWriter#commit()}: a failed or
 * abandoned job leaves nothing half-written.
 */
package io.upsilon.analysis.output;
