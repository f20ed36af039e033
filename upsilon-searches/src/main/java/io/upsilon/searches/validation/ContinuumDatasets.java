package io.upsilon.searches.validation;

import io.upsilon.searches.validation.ContinuumDataset.Normalisation;
import io.upsilon.searches.validation.ContinuumDataset.Sample;
import io.upsilon.searches.validation.HadronObservable.Variable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The published continuum measurements near 10.58 GeV that {@link ContinuumValidation} compares
 * with, each with Upsilon's matching observable (the definitions are the publications'):
 *
 * <ul>
 *   <li>BaBar, PRD 88, 032011 (2013), arXiv:1306.2895 (HEPData ins1238276): pi+-, K+-, p/pbar p*
 *       spectra per hadronic event at 10.54 GeV, prompt and with K0_S and Lambda decay products;
 *   <li>CLEO, PRD 70, 112001 (2004), hep-ex/0402040 (HEPData ins645209): D0 and D*+ x_p spectra as
 *       dsigma/dx_p in pb at 10.5 GeV;
 *   <li>BaBar, PRD 75, 012003 (2007), hep-ex/0609004 (HEPData ins725377): Lambda_c x_p spectrum per
 *       hadronic event at 10.54 GeV;
 *   <li>PDG, Review of Particle Physics, PLB 667, 1 (2008), table 40.1: mean hadron multiplicities
 *       per hadronic event at sqrt(s) ~ 10 GeV.
 * </ul>
 */
public final class ContinuumDatasets {
    /** BaBar pi/K/p spectra. */
    public static final String BABAR_PIKP = "babar-2013-pi-k-p.tsv";
    /** CLEO charm x_p spectra. */
    public static final String CLEO_CHARM = "cleo-2004-charm-xp.tsv";
    /** BaBar Lambda_c x_p spectrum. */
    public static final String BABAR_LAMBDA_C = "babar-2007-lambdac-xp.tsv";
    /** PDG multiplicities. */
    public static final String PDG_RATES = "pdg-2008-multiplicities.tsv";

    private static final String P_STAR = "p* [GeV] (e⁺e⁻ centre-of-mass frame)";
    private static final String PER_GEV = "1/N_{evt} dN/dp* [GeV^{-1}]";
    private static final String X_P = "x_{p} = p*/p*_{max}";

    private ContinuumDatasets() {}

    /** All of them, from the bundled files. */
    public static List<ContinuumDataset> standard() {
        List<ContinuumDataset> all = new ArrayList<>();
        ReferenceData babar = ReferenceData.resource(BABAR_PIKP);
        String[][] species = {{"pi", "π±", "211"}, {"K", "K±", "321"}, {"p", "p, p̄", "2212"}};
        for (String kind : new String[] {"prompt", "all"}) {
            boolean prompt = kind.equals("prompt");
            for (String[] s : species) {
                String table = s[0] + "-" + kind;
                all.add(new ContinuumDataset(
                        "babar-" + table.toLowerCase(java.util.Locale.ROOT),
                        s[1] + (prompt ? " (prompt)" : " (with K⁰_S, Λ decay products)"),
                        babar.table(table),
                        babar.table(table + "-rate"),
                        new HadronObservable(Set.of(Integer.parseInt(s[2])), Variable.P_STAR, prompt),
                        Sample.QQBAR,
                        Normalisation.PER_HADRONIC_EVENT,
                        P_STAR,
                        PER_GEV,
                        true));
            }
        }
        ReferenceData cleo = ReferenceData.resource(CLEO_CHARM);
        all.add(new ContinuumDataset(
                "cleo-d0-xp",
                "D⁰, D̄⁰ (CLEO, D⁰ → K⁻π⁺)",
                cleo.table("D0-xp"),
                cleo.table("D0-sigma"),
                new HadronObservable(Set.of(421), Variable.X_P, false),
                Sample.CCBAR,
                Normalisation.PICOBARN,
                X_P,
                "dσ/dx_{p} [pb]",
                false));
        all.add(new ContinuumDataset(
                "cleo-dstar-xp",
                "D*± (CLEO, D⁰ → K⁻π⁺)",
                cleo.table("Dstar-xp"),
                cleo.table("Dstar-sigma"),
                new HadronObservable(Set.of(413), Variable.X_P, false),
                Sample.CCBAR,
                Normalisation.PICOBARN,
                X_P,
                "dσ/dx_{p} [pb]",
                false));
        ReferenceData lc = ReferenceData.resource(BABAR_LAMBDA_C);
        all.add(new ContinuumDataset(
                "babar-lambdac-xp",
                "Λ_c± (BaBar 2007)",
                lc.table("Lc-xp"),
                lc.table("Lc-rate"),
                new HadronObservable(Set.of(4122), Variable.X_P, false),
                Sample.CCBAR,
                Normalisation.PER_HADRONIC_EVENT,
                X_P,
                "1/N_{evt} dN/dx_{p}",
                false));
        ReferenceData pdg = ReferenceData.resource(PDG_RATES);
        Object[][] rates = {
            {"pi+-", "π±", new Integer[] {211}},
            {"pi0", "π⁰", new Integer[] {111}},
            {"K+-", "K±", new Integer[] {321}},
            {"K0", "K⁰ + K̄⁰ (K⁰_S + K⁰_L)", new Integer[] {310, 130}},
            {"eta", "η", new Integer[] {221}},
            {"eta'", "η′(958)", new Integer[] {331}},
            {"rho0", "ρ⁰(770)", new Integer[] {113}},
            {"omega", "ω(782)", new Integer[] {223}},
            {"K*+-", "K*(892)±", new Integer[] {323}},
            {"K*0", "K*(892)⁰", new Integer[] {313}},
            {"phi", "φ(1020)", new Integer[] {333}},
            {"f0(980)", "f₀(980)", new Integer[] {9010221}},
            {"f2(1270)", "f₂(1270)", new Integer[] {225}},
            {"p", "p, p̄", new Integer[] {2212}},
            {"Lambda", "Λ", new Integer[] {3122}},
            {"Sigma0", "Σ⁰", new Integer[] {3212}},
            {"Xi-", "Ξ⁻", new Integer[] {3312}},
            {"Delta++", "Δ⁺⁺(1232)", new Integer[] {2224}},
            {"Sigma*+-", "Σ(1385)±", new Integer[] {3114, 3224}},
            {"Xi*0", "Ξ(1530)⁰", new Integer[] {3324}},
            {"Omega-", "Ω⁻", new Integer[] {3334}},
            {"D+-", "D±", new Integer[] {411}},
            {"D0", "D⁰", new Integer[] {421}},
            {"Ds", "D_s±", new Integer[] {431}},
            {"D*+-", "D*(2010)±", new Integer[] {413}},
            {"D*0", "D*(2007)⁰", new Integer[] {423}},
            {"Ds*", "D_s*±", new Integer[] {433}},
            {"Lambda_c", "Λ_c±", new Integer[] {4122}},
        };
        for (Object[] r : rates) {
            String table = (String) r[0];
            all.add(new ContinuumDataset(
                    "pdg-" + table,
                    (String) r[1],
                    pdg.table(table),
                    null,
                    HadronObservable.count((Integer[]) r[2]),
                    Sample.QQBAR,
                    Normalisation.PER_HADRONIC_EVENT,
                    "√s [GeV]",
                    "per event",
                    false));
        }
        return List.copyOf(all);
    }
}
