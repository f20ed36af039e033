/** Physics processes: each one a cross section and an event generator. */
package io.upsilon.sim.process;
