/**
 * The QCD final-state parton shower of e+e- -&gt; q qbar: a colour-dipole cascade ordered in
 * transverse momentum whose first emission reproduces the exact O(alpha_s) e+e- -&gt; q qbar g
 * matrix element, the running strong coupling it uses, and the colour-singlet ranges it writes.
 */
package io.upsilon.generators.shower;
