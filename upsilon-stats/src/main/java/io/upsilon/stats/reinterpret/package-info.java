/**
 * Template re-weighting for reinterpretation (pure bookkeeping, no physics): the mapping file that
 * says how many expected signal events each generated-variable (truth) bin puts into each
 * reconstructed bin ({@link io.upsilon.stats.reinterpret.ReinterpretMapping}, read by {@link
 * io.upsilon.stats.reinterpret.MappingReader}), and the workspace whose signal templates are
 * re-weighted to another truth spectrum ({@link io.upsilon.stats.reinterpret.TemplateReweighter}),
 * and the fits' common start for every model point ({@link io.upsilon.stats.reinterpret.WarmStart}).
 * The method is the kinematic re-weighting of Gärtner et al., Eur. Phys. J. C (2024),
 * arXiv:2402.08417, as Belle II applies it to its B+ -&gt; K+ nu nubar likelihood in
 * arXiv:2507.12393. The format is documented in docs/reinterpret.md.
 */
package io.upsilon.stats.reinterpret;
