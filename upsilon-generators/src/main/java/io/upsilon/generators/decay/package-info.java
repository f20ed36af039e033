/**
 * Particle decays for the generators: the tau decay table ({@code tau-decays.tsv}, PDG 2024
 * branching fractions with their sources), one {@link io.upsilon.generators.decay.DecayModel} class per
 * dynamics (V-A leptonic, two-body, rho and a1 hadronic currents, flat phase space) registered by
 * name in {@link io.upsilon.generators.decay.DecayModels}, and the {@link io.upsilon.generators.decay.TauDecayer}
 * that decays the taus of an {@link io.upsilon.core.event.EventBuffer} (and the pi0s they make) in
 * place, with flight lengths from the tau lifetime.
 *
 * <p>Tau spin: each tau model gives the polarimetric vector h of its decay ({@link
 * io.upsilon.generators.decay.DecayModel#polarimeter}, {@link io.upsilon.generators.decay.Polarimeter}),
 * and the TauDecayer can apply the tau+ tau- spin correlations of e+e- -&gt; gamma* -&gt; tau+ tau-
 * ({@link io.upsilon.generators.decay.TauPairSpinDensity}) by accept-reject of the decayed pair
 * (docs/tau-spin.md). Limitations, on purpose for this version: single taus are unpolarised (P =
 * 0, no Z); in the generation of each decay the parity-odd part of the lepton tensor (which
 * correlates the orientation of the three-pion plane with the tau direction) is dropped, which
 * leaves every mass spectrum unchanged (the a1 polarimeter keeps it); four- and five-body hadronic
 * modes and
 * the remainder of the table are generated with flat phase space. pi0 -&gt; gamma gamma takes the
 * whole pi0 width (the 1.2% Dalitz mode e+ e- gamma is folded into it).
 *
 * <p>Hadron decays: {@link io.upsilon.generators.decay.DecFileParser} reads decay tables in
 * EvtGen's DEC format into a {@link io.upsilon.generators.decay.DecFile}; its channels name models
 * registered in {@link io.upsilon.generators.decay.DecModels} (PHSP, VSS, SVS, VSP_PWAVE, VLL,
 * PI0_DALITZ, ETA_DALITZ, OMEGA_DALITZ, SLBKPOLE, HQET2 for B -&gt; D(*) l nu, QUARK_STRING (alias
 * PYTHIA) for quark-level lines fragmented by the Lund string), one {@link
 * io.upsilon.generators.decay.DecModel} class each, which generate at the parent and daughter
 * masses of each decay. {@link
 * io.upsilon.generators.decay.HadronDecayer} decays every unstable hadron of an event with such a
 * table (threshold rule, Breit-Wigner daughter masses, flight lengths from c tau, the helicity
 * alignment of SVS), delegating taus to the TauDecayer; both implement {@link
 * io.upsilon.generators.decay.ParticleDecayer}. {@link io.upsilon.generators.decay.HadronDecayTables}
 * gives the bundled table (hadron-decays.dec, then b-decays.dec) and the table of a run with a
 * user's {@code --decay-file}.
 *
 * <p>B mesons from the Upsilon(4S): {@code VSS_BMIX} ({@code VssBMixModel})
 * makes the coherent B0 anti-B0 pair with mixing and {@code SSD_CP}
 * ({@code SsdCpModel}) CP eigenstates; the engine decays both B's of a
 * pair at the proper times the pair model drew (Delta t in the vertices), and {@link
 * io.upsilon.generators.decay.BPairTruth} reads the pair's truth back from an event.
 *
 * <p>Signal decays: a {@link io.upsilon.generators.decay.SignalOverlay} (a bundled DEC overlay
 * {@code signal/NAME.dec} or a user's file, its {@code Define}s overridable) gives one B per
 * Upsilon(4S) event its own decay; the rare-decay models {@code KNUNU}, {@code KSTARNUNU} and {@code
 * BTOSLL_BSZ} generate the Standard Model rates of {@link io.upsilon.generators.decay.RareBDecays}
 * with the form factors of {@code io.upsilon.generators.decay.formfactor} and the Wilson
 * coefficients of {@link io.upsilon.generators.decay.SmWilsonCoefficients}.
 *
 * <p>B signal decays (bundled overlays in {@code signal/}): {@code BTOKSCALAR} ({@code
 * BToKScalarModel}) for B -&gt; K(*) S with a long-lived dark scalar whose mass, c tau and final
 * state the model gives the engine ({@link io.upsilon.generators.decay.DecModel#daughterMass} and
 * siblings), with the rates and lifetime of {@link io.upsilon.generators.decay.DarkScalar}; {@code
 * BTOXSGAMMA 2} ({@code BToXsGammaModel}) for B -&gt; X_s gamma with the Kagan-Neubert spectrum of
 * {@link io.upsilon.generators.decay.KaganNeubertSpectrum}, the X_s system fragmented by the string.
 *
 * <p>Inclusive B -&gt; X_u l nu in the generic table: {@code VUB} ({@code VubModel}) with the De
 * Fazio-Neubert rate at tree level ({@code DeFazioNeubertSpectrum}: exponential shape function,
 * EvtGen's hybrid m_X weights), the X_u system fragmented by the string.
 */
package io.upsilon.generators.decay;
