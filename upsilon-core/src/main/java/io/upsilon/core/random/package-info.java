/** Deterministic named random streams derived from one master seed. */
package io.upsilon.core.random;
