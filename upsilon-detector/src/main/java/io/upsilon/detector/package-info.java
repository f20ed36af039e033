/**
 * The Belle II parametric ("Delphes-like") detector simulation.
 *
 * <p>A {@link io.upsilon.detector.DetectorCard} (YAML, schema-checked by {@link
 * io.upsilon.detector.DetectorCardReader}; the bundled {@code belle2.yaml} gives every number
 * with its source) configures a declared chain of {@link io.upsilon.detector.DetectorModule}s:
 * tracking, ECL, KLM, particle identification and L1 trigger. {@link
 * io.upsilon.detector.FastSimulation} holds the chain; a {@link
 * io.upsilon.detector.SimulationRun} owns one named random stream per module and turns
 * generated events into {@link io.upsilon.core.event.RecoEvent}s with truth links. Geometry is in
 * the lab polar angle (asymmetric: the boost is along +z).
 */
package io.upsilon.detector;
