/** Immutable 3- and 4-vectors, Lorentz boosts and frame helpers. */
package io.upsilon.core.kinematics;
