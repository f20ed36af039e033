/**
 * {@code upsilon run darkphoton-invisible}: the single-photon search for an invisible dark photon, e+e-
 * -&gt; gamma A', A' -&gt; invisible, with the method of BaBar (PRL 119, 131804 (2017), arXiv:1702.03327)
 * at a Belle II luminosity: the single-photon trigger, one photon and nothing else (no tracks, no other
 * cluster, the KLM veto of photons escaping through the ECL gaps), a scan of the missing mass squared
 * M_X^2 = s - 2 sqrt(s) E*_gamma with windows from the simulated resolution, e+e- -&gt; gamma gamma(gamma),
 * 3 gamma and nu nubar gamma as backgrounds, and expected CLs limits on epsilon versus m_A'.
 */
package io.upsilon.searches.darkphotoninv;
