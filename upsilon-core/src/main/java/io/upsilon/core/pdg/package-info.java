/** The bundled particle table (PDG ids, masses, widths, lifetimes, charges, spins). */
package io.upsilon.core.pdg;
