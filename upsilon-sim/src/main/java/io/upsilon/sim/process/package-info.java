/** Physics processes: each one a cross section and an event generator, registered by name in {@link io.upsilon.sim.process.ProcessRegistry}. */
package io.upsilon.sim.process;
