/**
 * Event interchange: reading Les Houches Event files (MadGraph5_aMC@NLO output) and reading and
 * writing the HepMC3 ASCII format ({@code HepMC::Asciiv3}), so that events generated elsewhere and
 * events generated here flow through the same pipeline as {@link io.upsilon.core.event.GenEvent}s.
 *
 * <p>All readers stream (one event in memory at a time) and report malformed input as an {@link
 * io.upsilon.core.error.InputException} naming the file, the line and what was expected. Writers
 * write to a temporary file and rename it into place, so that nothing half-written is left behind.
 */
package io.upsilon.generators.io;
