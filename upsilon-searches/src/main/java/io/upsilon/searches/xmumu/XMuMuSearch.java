package io.upsilon.searches.xmumu;

import io.upsilon.core.config.ConfigNode;
import io.upsilon.searches.NamedSearch;
import io.upsilon.searches.RunContext;
import io.upsilon.searches.SearchOutput;
import io.upsilon.searches.resonance.PublishedReach;
import io.upsilon.searches.resonance.ResonanceConfig;
import io.upsilon.searches.resonance.ResonanceReport;
import io.upsilon.searches.resonance.ResonanceScan;
import io.upsilon.searches.resonance.ResonanceSearchText;
import java.util.Map;

/**
 * {@code upsilon run x-mumu}: the Belle II search for a mu+ mu- resonance X in e+e- -&gt; mu+ mu- X, X -&gt; mu+
 * mu- (PRD 109, 112015, arXiv:2403.02841), from generation to the limit plots.
 *
 * <ol>
 *   <li>The four-lepton backgrounds and, for each model (the L_mu - L_tau Z' and the muonphilic scalar), the
 *       signal at each mass with X -&gt; mu mu forced are generated as weighted events, preselected, run
 *       through the fast simulation and selected ({@link XMuMuSelection}); weights are scaled to the
 *       luminosity.
 *   <li>A pseudo-dataset of events is drawn from the background expectation (each simulated event
 *       repeated a Poisson number of times with its weight as mean) with the stream {@code pseudo-data}.
 *   <li>At each mass the signal's resolution sets a counting window in the mass of the pair closest to the
 *       mass hypothesis; a one-bin workspace gives the CLs limit on sigma x BR ({@link io.upsilon.searches.resonance.MassWindowCount}),
 *       and with the classifier stage a second one; the lower median expected limit
 *       is kept. The coupling limit follows from sigma x BR proportional to the coupling squared.
 *   <li>{@link ResonanceReport} writes the tables, plots, workspaces, HEPData and summary.
 * </ol>
 */
public final class XMuMuSearch extends NamedSearch {
    /** One line: which published analysis this reproduces. */
    static final String DESCRIPTION =
            "X -> mu mu in e+e- -> mu+ mu- X (L_mu - L_tau Z', muonphilic scalar), Belle II PRD 109, 112015 (178 fb^-1)";

    /** The paper, as plot legends name it. */
    static final String CITATION = "PRD 109, 112015";

    /** Registry name. */
    public static final String NAME = "x-mumu";

    /** The driver (registered in {@link io.upsilon.searches.Searches}). */
    public XMuMuSearch() {
        super(NAME, DESCRIPTION, XMuMuConfig.QUICK);
    }

    /** The words of this search's outputs; the published reach is the abstract's range [S]. */
    static final ResonanceSearchText TEXT = new ResonanceSearchText(
            "X -> mu mu",
            DESCRIPTION,
            "xmumu",
            XMuMuSelection.PAIR_FEATURES,
            "sigma(e+e- -> mu+mu-X) x BR(X -> mu mu)",
            "σ(e⁺e⁻ → μ⁺μ⁻X) × BR(X → μ⁺μ⁻) [fb]",
            "sigma(e+e- -> mu+mu-X) x BR(X -> mu+mu-)",
            "E+ E- --> MU+ MU- X (X --> MU+ MU-)",
            "Upsilon reproduction of the Belle II search for a mu+mu- resonance in four-muon final states"
                    + " (PRD 109, 112015)",
            "dimuon_mass",
            "Dimuon masses after the selection (four pairs per event)",
            "M(μ⁺μ⁻)",
            "four-track selection, four pairs per event",
            "generated e+e- -> mu+mu-X, X -> mu mu events",
            "peaking hadronic backgrounds (e.g. e+e- -> pi+ pi- J/psi, rho -> pi pi with pions taken for muons),"
                    + " photon conversions in the material",
            Map.of(
                    // PRD 109, 112015, abstract [S]: observed limits over 0.212-9 GeV; couplings for M < 6 GeV
                    "zprime", new PublishedReach("zprime", 0.212, 9.0, 0.046, 0.97, 6.0, 0.0008, 0.039, CITATION),
                    "scalar", new PublishedReach("scalar", 0.212, 9.0, 0.055, 1.3, 6.0, 0.0018, 0.040, CITATION)));

    @Override
    protected String run(ConfigNode root, RunContext ctx) {
        ResonanceConfig cfg = XMuMuConfig.read(root, ctx.common());
        ResonanceScan.Result result = ResonanceScan.run(cfg, TEXT, ctx, new XMuMuSelection(cfg, ctx.beam()));
        ResonanceReport report = ResonanceReport.of(result);
        SearchOutput out = report.output();
        out.write();
        return report.terminalSummary(out);
    }
}
