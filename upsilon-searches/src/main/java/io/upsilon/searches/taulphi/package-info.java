/**
 * {@code upsilon run tau-l-phi}: the Belle II search for the lepton-flavour-violating decay τ → ℓφ
 * (φ → K+K−, ℓ = e, μ) with 190 fb^-1: a three-prong ℓKK signal side against an inclusive
 * one- or three-prong tag, a signal region in the (M_ℓKK, ΔE) plane, a sideband background
 * estimate and toy-based CLs counting limits on B(τ → ℓφ).
 */
package io.upsilon.searches.taulphi;
