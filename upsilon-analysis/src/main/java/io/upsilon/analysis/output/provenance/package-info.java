/**
 * Provenance of a run: {@link io.upsilon.analysis.output.provenance.Provenance} (Upsilon version,
 * git commit, seed, SHA-256 of the detector card and analysis configuration, JVM), how the version
 * and commit are found ({@link io.upsilon.analysis.output.provenance.UpsilonVersion}, {@link
 * io.upsilon.analysis.output.provenance.GitCommit}), and the {@code summary.json} writer ({@link
 * io.upsilon.analysis.output.provenance.SummaryJson}).
 */
package io.upsilon.analysis.output.provenance;
