/**
 * {@code upsilon reinterpret}: limits on new physics models from a published (or Upsilon-made)
 * likelihood by re-weighting its signal templates through a reinterpretation mapping
 * (docs/reinterpret.md). The command joins the mapping and re-weighting of {@code
 * io.upsilon.stats.reinterpret} with the truth spectra of {@code
 * io.upsilon.generators.decay.spectrum} and the asymptotic CLs limits of {@code
 * io.upsilon.stats.infer}.
 */
package io.upsilon.cli.reinterpret;
