/**
 * {@code upsilon run b-kll}: B+ -&gt; K+ l+ l- and B0 -&gt; K*0 l+ l- (l = e, mu), the extended
 * unbinned fit in Mbc and Delta E, branching fractions and R(K), R(K*) (Belle, JHEP 03 (2021) 105,
 * arXiv:1908.01848; Belle II, arXiv:2206.05946).
 */
package io.upsilon.searches.bkll;
