/**
 * {@code upsilon run zprime-invisible}: the Belle II search for an invisibly decaying Z′ in e+e- →
 * μ+μ−Z′ (L_μ − L_τ model; PRL 130, 231801, arXiv:2212.03066): selection of two muons and nothing
 * else, an XGBoost classifier per mass region, a HistFactory fit of the recoil mass squared and
 * CLs limits on σ × BR(Z′ → invisible) and on g′.
 */
package io.upsilon.searches.zprime;
