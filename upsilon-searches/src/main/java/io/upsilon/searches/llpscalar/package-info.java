/**
 * {@code upsilon run llp-scalar}: the Belle II search for a long-lived scalar S in B+ -&gt; K+ S, S -&gt;
 * x+ x- at a displaced vertex (PRD 108, L111104 (2023), arXiv:2306.02830): B reconstruction with a
 * two-track vertex fit, pointing and vetoes, the reduced mass, a scan of ~2000 mass hypotheses per final
 * state with extended unbinned fits, local and global significance, CLs limits on B(B -&gt; K S) x B(S
 * -&gt; x x) and on the mixing angle of a Higgs-mixed scalar.
 */
package io.upsilon.searches.llpscalar;
