/**
 * Radiative corrections: vacuum polarisation (running alpha), initial-state radiation by the
 * Kuraev-Fadin structure function with an explicit photon, and PHOTOS-like final-state radiation.
 */
package io.upsilon.generators.radiation;
