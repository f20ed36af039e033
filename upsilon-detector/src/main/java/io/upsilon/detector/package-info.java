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
 * the lab polar angle (asymmetric: the boost is along +z). Tracks of particles produced away from
 * the beam (K_S0 and Lambda daughters) are found with an efficiency falling with the production
 * radius ({@link io.upsilon.detector.DisplacedTrackingCard}); {@link
 * io.upsilon.detector.ParticleFate} says what happens to each final-state particle, and those the
 * simulation cannot handle are counted ({@link io.upsilon.detector.SimulationRun#unhandledParticles()}).
 */
package io.upsilon.detector;
