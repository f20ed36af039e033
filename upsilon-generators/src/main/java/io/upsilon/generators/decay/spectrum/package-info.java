/**
 * Truth spectra of B+ -&gt; K+ + invisible models, binned in the dineutrino (invisible) mass squared
 * q^2, for reinterpretation by template re-weighting ({@code upsilon reinterpret}): the weak
 * effective theory of b -&gt; s nu nubar ({@link io.upsilon.generators.decay.spectrum.KnunuWetSpectrum},
 * which contains the Standard Model) and a two-body decay to one invisible particle ({@link
 * io.upsilon.generators.decay.spectrum.TwoBodyInvisibleSpectrum}). Each gives the branching
 * fraction in every q^2 bin, in absolute units, so that ratios of two spectra are the truth-bin
 * weights of the re-weighting.
 */
package io.upsilon.generators.decay.spectrum;
