/**
 * Lund string fragmentation: colour-singlet parton systems (q qbar, q g ... g qbar) into primary
 * hadrons, with the Belle II tune ({@code belle2-tune.yaml}, a source per number) as default.
 *
 * <p>The entry point is {@link io.upsilon.generators.fragmentation.StringFragmentation}; the
 * pieces are the flavour of a break ({@code FlavourSelector}, {@code BreakFlavour}: quark and
 * diquark pairs, the popcorn baryon - meson - antibaryon), the hadron species of two flavours
 * ({@code HadronSpecies}: V/P and charm L=1 multiplets, eta/eta' mixing and suppression, baryons
 * from a quark and a diquark with the SU(6) weights of {@code SpinFlavourWeights}), hadron masses ({@code HadronCatalog}: truncated Breit-Wigner), the
 * Lund symmetric fragmentation function with the Lund-Bowler factor ({@code LundZSampler}, exact
 * rejection sampling), the iterative breaking with the stop/join rule ({@code StringBreaker}) and,
 * for systems with gluons, the string regions ({@code StringRegions}) and the kinked-string
 * breaking through them ({@code KinkedString}); a singlet lighter than the lightest hadron of its
 * ends is collapsed to one hadron that exchanges momentum with another singlet ({@code
 * SingletCollapse}, PYTHIA's mini-string treatment).
 * The parameters are read by {@link io.upsilon.generators.fragmentation.FragmentationTuneReader}.
 *
 * <p>Physics: B. Andersson, G. Gustafson, G. Ingelman, T. Sjöstrand, Phys. Rept. 97 (1983) 31; T.
 * Sjöstrand, Nucl. Phys. B248 (1984) 469; PYTHIA 6.4 manual, JHEP 05 (2006) 026
 * (hep-ph/0603175), sec. 12.1-12.4; parameter definitions as in PYTHIA 8's {@code
 * Fragmentation.xml} and {@code FlavourSelection.xml}.
 *
 * <p>Baryons: the SU(6) spin-flavour weights of JETSET (T. Sjöstrand, Comput. Phys. Commun. 39
 * (1986) 347; 82 (1994) 74) with decupletSup, and the popcorn mechanism (B. Andersson, G.
 * Gustafson, T. Sjöstrand, Physica Scripta 32 (1985) 574; at most one meson between baryon and
 * antibaryon, as in PYTHIA), both parameters of the tune ({@code SpinFlavourBaryons}).
 *
 * <p>Not modelled, on purpose for this version: light-flavour L=1
 * mesons (off in the Belle II tune and the PYTHIA 8 defaults); b-quark strings; closed gluon loops
 * and junctions (not produced by the e+e- -&gt; q qbar shower); the suppression of leading
 * (first-rank) baryons (PYTHIA 8's StringFlav:suppressLeadingB, off by default).
 */
package io.upsilon.generators.fragmentation;
