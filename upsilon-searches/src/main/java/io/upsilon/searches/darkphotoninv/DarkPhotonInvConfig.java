package io.upsilon.searches.darkphotoninv;

import io.upsilon.core.config.ConfigNode;
import io.upsilon.generators.process.ProcessRegistry;
import io.upsilon.searches.CommonConfig;
import io.upsilon.searches.Preselection;
import io.upsilon.searches.QuickScaling;
import io.upsilon.searches.SampleSpec;
import io.upsilon.searches.SignalGrid;
import io.upsilon.searches.ThreePhotonMatching;
import java.util.List;

/**
 * The numbers of the invisible dark-photon search, read from {@code analyses/darkphoton-invisible.yaml}
 * (or a user's copy) and checked. Immutable.
 *
 * @param common the keys every search shares
 * @param signal the signal grid (ee-gamma-darkphoton) with its generation epsilon and cuts
 * @param backgrounds the background samples
 * @param preselection the generator-level preselection (none needed: no tracks are required)
 * @param selection the single-photon selection
 * @param matching which sample holds the exact three-photon matrix element and which sample's events
 *     inside its region are dropped
 * @param fit the M_X^2 windows and the confidence level
 */
public record DarkPhotonInvConfig(
        CommonConfig common,
        Signal signal,
        List<SampleSpec> backgrounds,
        Preselection preselection,
        Selection selection,
        ThreePhotonMatching matching,
        Fit fit) {

    /** Quick mode: 5% of the luminosity samples, 3000 events per signal mass (the plot masses). */
    static final QuickScaling QUICK = new QuickScaling(0.05, 200_000, 3000, 20_000);

    /**
     * @param grid signal process, masses, events per mass, plot masses
     * @param generationEpsilon kinetic mixing used for generation; sigma scales as epsilon^2
     * @param cosMax the generator's |cos theta*| cut (CM)
     * @param efficiencyUncertainty relative signal-efficiency uncertainty
     */
    public record Signal(SignalGrid grid, double generationEpsilon, double cosMax, double efficiencyUncertainty) {}

    /**
     * @param photonEStarMin CM energy of a photon "above threshold", GeV (exactly one such photon)
     * @param cosThetaStarMin lower edge of the photon's CM polar-angle cosine
     * @param cosThetaStarMax upper edge
     * @param extraClusterEnergyMax no other ECL cluster above this lab energy, GeV
     * @param maxTracks most reconstructed tracks allowed
     * @param klmVeto whether a KLM cluster vetoes the event
     * @param requireTrigger whether the single-photon L1 line must fire
     */
    public record Selection(
            double photonEStarMin,
            double cosThetaStarMin,
            double cosThetaStarMax,
            double extraClusterEnergyMax,
            int maxTracks,
            boolean klmVeto,
            boolean requireTrigger) {}

    /**
     * @param windowSigmas half-width of the M_X^2 window in units of the signal's resolution
     * @param minHalfWidth floor of the half-width, GeV^2
     * @param cl confidence level of the limits
     * @param histogramBins bins of the M_X^2 plot over [-20, 100] GeV^2
     */
    public record Fit(double windowSigmas, double minHalfWidth, double cl, int histogramBins) {}

    /** Reads and checks a configuration (its shared keys too). */
    public static DarkPhotonInvConfig read(ConfigNode root) {
        return read(root, new DarkPhotonInvisibleSearch().common(root));
    }

    /** Reads and checks a configuration whose shared keys {@code common} were read from {@code root}. */
    public static DarkPhotonInvConfig read(ConfigNode root, CommonConfig common) {
        ProcessRegistry processes = ProcessRegistry.standard();
        ConfigNode s = root.block("signal");
        SignalGrid grid = SignalGrid.read(s, processes, 0.0, 9.0);
        double eps = s.number("generation_epsilon", 1e-8, 1.0);
        double cosMax = s.number("cosmax", 0.01, 0.9999);
        double effUnc = s.number("efficiency_uncertainty", 0, 0.99);
        s.finish();
        Signal signal = new Signal(grid, eps, cosMax, effUnc);

        List<SampleSpec> backgrounds = SampleSpec.readList(root, "backgrounds", List.of(), processes);
        Preselection preselection = Preselection.read(root);

        ConfigNode sel = root.block("selection");
        double eMin = sel.number("photon_estar_min", 0.0, 5.3);
        double[] cos = sel.range("cos_theta_star", -1, 1);
        if (!(cos[1] > cos[0])) {
            throw sel.error("cos_theta_star", "expected [low, high] with high > low");
        }
        double extra = sel.number("extra_cluster_energy_max", 0.0, 5.0);
        int maxTracks = sel.integer("max_tracks", 0, 10);
        boolean klm = sel.bool("klm_veto", true);
        boolean trigger = sel.bool("require_trigger", true);
        sel.finish();
        Selection selection = new Selection(eMin, cos[0], cos[1], extra, maxTracks, klm, trigger);

        ThreePhotonMatching matching = ThreePhotonMatching.read(root, backgrounds);

        ConfigNode f = root.block("fit");
        Fit fit = new Fit(
                f.number("window_sigmas", 0.5, 5.0),
                f.number("min_half_width_gev2", 0.0, 50.0),
                f.number("cl", 0.5, 0.999),
                f.integer("histogram_bins", 10, 10_000));
        f.finish();
        root.finish();
        return new DarkPhotonInvConfig(common, signal, backgrounds, preselection, selection, matching, fit);
    }
}
