/**
 * HEPData submissions in the YAML submission format: a {@code submission.yaml} (a first document
 * with the overall comment, then one document per table naming its data file) and one YAML file per
 * table with {@code independent_variables} and {@code dependent_variables}. {@link
 * io.upsilon.analysis.output.hepdata.HepDataTables} builds the usual tables (limits versus mass,
 * histograms); {@link io.upsilon.analysis.output.hepdata.HepDataSubmission#write} writes them.
 */
package io.upsilon.analysis.output.hepdata;
