/**
 * pyhf JSON workspaces (schema 1.0.0): immutable value classes, a validating reader that names the
 * JSON pointer of every problem, RFC 6902 JSON Patch application (HEPData signal patches), measurement
 * selection and a writer back to pyhf JSON. Upsilon's extensions of the schema (refused by pyhf):
 * correlated Gaussian constraints ({@link io.upsilon.stats.workspace.Correlation}), several
 * parameters of interest, formula-valued normalisations ({@link
 * io.upsilon.stats.workspace.Expression}) and unbinned channels ({@link
 * io.upsilon.stats.workspace.UnbinnedChannel}: events, PDFs and yields built from the same
 * modifiers); and {@link io.upsilon.stats.workspace.Pruning} of
 * negligible systematics.
 */
package io.upsilon.stats.workspace;
