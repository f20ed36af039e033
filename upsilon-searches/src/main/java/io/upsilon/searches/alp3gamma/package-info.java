/**
 * {@code upsilon run alp-3gamma}: the Belle II search for axion-like particles in e+e- -&gt; gamma a,
 * a -&gt; gamma gamma (PRL 125, 161806 (2020), arXiv:2007.13071): three photons with the collision's
 * energy, a scan of the diphoton masses with windows from the simulated resolution, e+e- -&gt; 3 gamma
 * (exact matrix element) and e+e- -&gt; gamma gamma (leading-log photon, matched) as backgrounds, CLs
 * limits on the cross section and on g_agg versus m_a.
 */
package io.upsilon.searches.alp3gamma;
