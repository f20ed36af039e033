/**
 * Validation of the generators against published measurements, as JUnit-free tools with a main
 * method that regenerate a document under {@code docs/}.
 *
 * <p>{@link io.upsilon.searches.validation.ContinuumValidation} generates e+e- -&gt; q qbar
 * continuum events (the registered processes {@code ee-qqbar} and {@code ee-ccbar}) and compares
 * them with measurements near 10.58 GeV: the mean charged multiplicity and Lambda_c mean x_p
 * ({@link io.upsilon.searches.validation.ContinuumReferences}), and bin by bin the published
 * spectra and rates listed in {@link io.upsilon.searches.validation.ContinuumDatasets} (BaBar
 * pi/K/p p* spectra, CLEO D0 and D*+ x_p spectra, BaBar Lambda_c x_p spectrum, PDG hadron rates),
 * each read by {@link io.upsilon.searches.validation.ReferenceData} from a bundled file per
 * publication, filled with the publication's definition ({@link
 * io.upsilon.searches.validation.HadronObservable}) and compared in a {@link
 * io.upsilon.searches.validation.DataComparison} (chi2, shape chi2, rate ratio) and a plot with a
 * ratio panel. {@link io.upsilon.searches.validation.EventInvariants} holds what every generated
 * event must satisfy whatever the tune (four-momentum and charge conservation, only long-lived
 * particles in the final state).
 */
package io.upsilon.searches.validation;
