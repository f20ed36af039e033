/**
 * Continuum suppression for B candidates: quantities that tell a spherical B Bbar event from a jetty
 * e+e- -> q qbar event, computed in the CM frame from the B candidate and its rest of event: thrust
 * of the B and of the ROE and the angles between them, Fox–Wolfram R2, CLEO cones ({@link
 * io.upsilon.analysis.continuum.CleoCones}) and Belle's KSFW moments ({@link
 * io.upsilon.analysis.continuum.KsfwMoments}); all gathered per candidate by {@link
 * io.upsilon.analysis.continuum.ContinuumSuppression}. Definitions: The Physics of the B Factories,
 * EPJC 74 (2014) 3026, arXiv:1406.6311, chapter 9 (background suppression for B decays).
 */
package io.upsilon.analysis.continuum;
