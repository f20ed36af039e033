/**
 * {@code upsilon run tau-mass}: the τ mass by the pseudomass endpoint in the 3×1 topology with τ →
 * πππν (Belle II PRD 108, 032006): selection, M_min, unbinned endpoint-function fit, estimator-bias
 * calibration on an independent simulated sample, closure with a shifted input mass, beam-energy
 * and momentum-scale systematics.
 */
package io.upsilon.searches.taumass;
