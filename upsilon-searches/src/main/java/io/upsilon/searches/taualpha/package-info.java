/**
 * {@code upsilon run tau-l-alpha}: the Belle II search for τ → ℓα (α invisible) in the 3×1
 * topology (PRL 130, 181803): selection with thrust hemispheres, the lepton energy x_ℓ in the τ
 * pseudo-rest frame, HistFactory template fits and CLs limits on B(τ → ℓα)/B(τ → ℓνν).
 */
package io.upsilon.searches.taualpha;
