/**
 * {@code upsilon run b-knunu}: the inclusive-tag (ITA) search for B+ → K+ ν ν̄ of Belle II (PRD 109,
 * 112006 (2024), arXiv:2311.14647; and PRL 127, 181802 (2021) at 63 fb^-1): signal-kaon
 * selection, two cross-trained BDTs, the signal-flattened η(BDT2), a binned HistFactory fit in
 * η(BDT2) × q²_rec with the off-resonance continuum, and the reinterpretation mapping of the
 * generated q² onto the fit bins; on the same simulated events the paper's hadronic-tag analysis
 * (HTA: a parametrised FEI, the one-kaon signal side, BDTh, a fit in η(BDTh)) and the ITA + HTA
 * combination with toy-based CLs.
 */
package io.upsilon.searches.bknunu;
