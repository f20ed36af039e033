/** Physics processes: each one a cross section and an event generator, registered by name in {@link io.upsilon.generators.process.ProcessRegistry}. */
package io.upsilon.generators.process;
