/**
 * Outputs of an analysis run: atomic file writing shared by every writer ({@link
 * io.upsilon.analysis.output.AtomicFiles}, {@link io.upsilon.analysis.output.StagedDirectory}),
 * with plots in {@code plot}, HEPData YAML in {@code hepdata} and run provenance in {@code
 * provenance}.
 */
package io.upsilon.analysis.output;
