/**
 * Radiative corrections: vacuum polarisation (running alpha), initial-state radiation by the
 * Kuraev-Fadin structure function with an explicit photon, PHOTOS-like final-state radiation, and
 * the O(alpha) soft + virtual corrections of phase-space slicing (the NLO processes).
 */
package io.upsilon.generators.radiation;
