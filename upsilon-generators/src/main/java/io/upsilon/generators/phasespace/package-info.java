/**
 * Phase-space generators with correct weights: two-body decays, n-body (GENBOD-like)
 * Lorentz-invariant phase space, and the multi-channel phase space of e+e- -&gt; 4 leptons ({@code
 * FourLeptonPhaseSpace} with multiperipheral, bremsstrahlung and pair-mass channels).
 */
package io.upsilon.generators.phasespace;
