/**
 * {@code upsilon run x-mumu}: the Belle II search for a mu+ mu- resonance X in e+e- -&gt; mu+ mu- X, X -&gt; mu+ mu-
 * (PRD 109, 112015, arXiv:2403.02841): four-track selection, the dimuon-mass scan with resolution-sized windows,
 * a classifier stage, CLs limits on sigma x BR and on the couplings of the L_mu - L_tau Z' and of a muonphilic
 * scalar.
 */
package io.upsilon.searches.xmumu;
