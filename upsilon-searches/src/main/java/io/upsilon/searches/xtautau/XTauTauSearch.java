package io.upsilon.searches.xtautau;

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
 * {@code upsilon run x-tautau}: the Belle II search for a tau+ tau- resonance X in e+e- -&gt; mu+ mu- X, X -&gt;
 * tau+ tau- (PRL 131, 121802, arXiv:2306.12294, 62.8 fb^-1), from generation to the limit plots, with the
 * chain of the four-track resonance searches ({@link ResonanceScan}): the backgrounds and, for the L_mu -
 * L_tau Z' and the leptophilic scalar, the signal at each mass with X -&gt; tau tau forced (taus decayed) are
 * selected by {@link XTauTauSelection}; at each mass a window of the mass recoiling against the muon pair,
 * sized by the signal's resolution, is counted (cut-based, and with a classifier per mass region); the
 * lower median expected CLs limit on sigma x BR(X -&gt; tau tau) is kept and turned into a coupling limit.
 */
public final class XTauTauSearch extends NamedSearch {
    /** One line: which published analysis this reproduces. */
    static final String DESCRIPTION = "X -> tau tau in e+e- -> mu+ mu- X (L_mu - L_tau Z', leptophilic scalar),"
            + " Belle II PRL 131, 121802 (62.8 fb^-1)";

    /** The paper, as plot legends name it. */
    static final String CITATION = "PRL 131, 121802";

    /** Registry name. */
    public static final String NAME = "x-tautau";

    /**
     * The published reach: the abstract of PRL 131, 121802 (arXiv:2306.12294) [S] gives the range of the
     * observed 90% CL limits on sigma x BR(X -&gt; tau tau) over 3.6-10 GeV, 0.7-24 fb (all models); its
     * coupling limits are in figures that are not transcribed here, so no coupling range is drawn.
     */
    static final Map<String, PublishedReach> PUBLISHED = Map.of(
            "zprime", new PublishedReach("zprime", 3.6, 10.0, 0.7, 24, Double.NaN, Double.NaN, Double.NaN, CITATION),
            "scalar", new PublishedReach("scalar", 3.6, 10.0, 0.7, 24, Double.NaN, Double.NaN, Double.NaN, CITATION));

    /** The words of this search's outputs. */
    static final ResonanceSearchText TEXT = new ResonanceSearchText(
            "X -> tau tau",
            DESCRIPTION,
            "xtautau",
            XTauTauSelection.PAIR_FEATURES,
            "sigma(e+e- -> mu+mu-X) x BR(X -> tau tau)",
            "σ(e⁺e⁻ → μ⁺μ⁻X) × BR(X → τ⁺τ⁻) [fb]",
            "sigma(e+e- -> mu+mu-X) x BR(X -> tau+tau-)",
            "E+ E- --> MU+ MU- X (X --> TAU+ TAU-)",
            "Upsilon reproduction of the Belle II search for a tau+tau- resonance in e+e- -> mu+mu-tau+tau- events"
                    + " (PRL 131, 121802)",
            "recoil_mass",
            "Mass recoiling against the identified muon pairs after the selection (each muon pair of an event)",
            "M_{rec}(μ⁺μ⁻)",
            "four-track selection, each identified muon pair",
            "generated e+e- -> mu+mu-X, X -> tau tau events",
            "continuum e+e- -> q qbar and two-photon hadron production with pions taken for muons, e+e- -> mu+mu-(gamma)"
                    + " with photon conversions",
            PUBLISHED);

    /** The driver (registered in {@link io.upsilon.searches.Searches}). */
    public XTauTauSearch() {
        super(NAME, DESCRIPTION, XTauTauConfig.QUICK);
    }

    @Override
    protected String run(ConfigNode root, RunContext ctx) {
        ResonanceConfig cfg = XTauTauConfig.read(root, ctx.common());
        ResonanceScan.Result result = ResonanceScan.run(cfg, TEXT, ctx, new XTauTauSelection(cfg, ctx.beam()));
        ResonanceReport report = ResonanceReport.of(result);
        SearchOutput out = report.output();
        out.write();
        return report.terminalSummary(out);
    }
}
