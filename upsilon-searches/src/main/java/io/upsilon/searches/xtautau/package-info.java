/**
 * {@code upsilon run x-tautau}: the Belle II search for a tau+ tau- resonance X in e+e- -&gt; mu+ mu- X, X -&gt;
 * tau+ tau- (PRL 131, 121802, arXiv:2306.12294): four tracks (an identified opposite-sign muon pair and two
 * one-prong tau decays), the scan of the mass recoiling against the muon pair with resolution-sized
 * windows, a classifier per mass region, CLs limits on sigma x BR and on the couplings of the L_mu - L_tau
 * Z' and of a leptophilic scalar. The chain is the one of x-mumu ({@link io.upsilon.searches.resonance}).
 */
package io.upsilon.searches.xtautau;
