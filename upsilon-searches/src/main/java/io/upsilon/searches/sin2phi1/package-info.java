/**
 * {@code upsilon run sin2phi1}: the time-dependent CP asymmetry of B0 -&gt; J/psi K_S0 at the
 * Upsilon(4S) (Belle II, PRD 108, 012001 (2023), arXiv:2302.12898): reconstruction of the signal B
 * and of Delta t from the two B vertices ({@link io.upsilon.searches.sin2phi1.Sin2Phi1Selection}),
 * a parametrised r-bin flavour tagger ({@link io.upsilon.searches.sin2phi1.FlavourTagger}), the
 * resolution function fitted on truth-matched simulation ({@link
 * io.upsilon.searches.sin2phi1.ResolutionFunction}), the unbinned fit of S and C ({@link
 * io.upsilon.searches.sin2phi1.CpFit}) and its closure by pseudo-experiments ({@link
 * io.upsilon.searches.sin2phi1.ToyStudy}).
 */
package io.upsilon.searches.sin2phi1;
