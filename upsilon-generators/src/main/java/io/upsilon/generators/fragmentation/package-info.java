/**
 * Lund string fragmentation: colour-singlet parton systems (q qbar, q g ... g qbar) into primary
 * hadrons, with the Belle II tune ({@code belle2-tune.yaml}, a source per number) as default.
 *
 * <p>The entry point is {@link io.upsilon.generators.fragmentation.StringFragmentation}; the
 * pieces are the flavour of a break ({@code FlavourSelector}), the hadron species of two flavours
 * ({@code HadronSpecies}: V/P and charm L=1 multiplets, eta/eta' mixing and suppression, baryons
 * from a quark and a diquark), hadron masses ({@code HadronCatalog}: truncated Breit-Wigner), the
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
 * <p>Not modelled, on purpose for this version: popcorn baryon production; the SU(6) acceptance
 * weights with which JETSET/PYTHIA reject some quark-diquark combinations (so, with the same
 * probQQtoQ, this code makes more baryons than PYTHIA: about one baryon or antibaryon per 10.58 GeV
 * u ubar string with the Belle II tune); light-flavour L=1
 * mesons (off in the Belle II tune and the PYTHIA 8 defaults); b-quark strings; closed gluon loops
 * and junctions (not produced by the e+e- -&gt; q qbar shower).
 */
package io.upsilon.generators.fragmentation;
