/**
 * Event shape: {@link io.upsilon.analysis.shape.Thrust} (value and axis; exact for small
 * multiplicities, iterated for large ones), {@link io.upsilon.analysis.shape.Hemispheres},
 * {@link io.upsilon.analysis.shape.FoxWolfram} moments H_l and R_l = H_l/H_0, the
 * {@link io.upsilon.analysis.shape.RestOfEvent} of a candidate (with an optional {@link
 * io.upsilon.analysis.shape.RoeMask}), the thrust hemispheres of an
 * analysis's event-shape particles ({@link io.upsilon.analysis.shape.ThrustHemispheres}) and the
 * 3×1 topology of τ pairs ({@link io.upsilon.analysis.shape.ThreeByOne}). Momenta are given in the frame the
 * caller wants (the CM frame for the standard variables, as in basf2's event-shape variables).
 */
package io.upsilon.analysis.shape;
