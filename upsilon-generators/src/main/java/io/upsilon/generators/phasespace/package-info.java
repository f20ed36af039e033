/** Phase-space generators with correct weights: two-body decays and n-body (GENBOD-like) Lorentz-invariant phase space. */
package io.upsilon.generators.phasespace;
