/**
 * Validation of the generators against published measurements, as JUnit-free tools with a main
 * method that regenerate a document under {@code docs/}.
 *
 * <p>{@link io.upsilon.searches.validation.ContinuumValidation} generates e+e- -&gt; q qbar
 * continuum events (the registered processes {@code ee-qqbar} and {@code ee-ccbar}) and compares
 * charged multiplicity, thrust, identified-hadron rates and spectra and charm x_p spectra with
 * measurements near 10.58 GeV ({@link io.upsilon.searches.validation.ContinuumReferences}, one
 * source per number); {@link io.upsilon.searches.validation.EventInvariants} holds what every
 * generated event must satisfy whatever the tune (four-momentum and charge conservation, only
 * long-lived particles in the final state).
 */
package io.upsilon.searches.validation;
