package io.upsilon.searches.alp3gamma;

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
 * The numbers of the ALP → γγ search, read from {@code analyses/alp-3gamma.yaml} (or a user's copy)
 * and checked. Immutable.
 *
 * @param common the keys every search shares
 * @param signal the signal grid (ee-gamma-alp), its generation coupling and efficiency uncertainty
 * @param backgrounds the background samples
 * @param preselection the generator-level preselection (none needed here: no tracks are required)
 * @param selection the photon and event cuts
 * @param matching which sample holds the exact three-photon matrix element and which sample's events
 *     inside its region are dropped
 * @param fit the mass windows and the confidence level
 */
public record Alp3GammaConfig(
        CommonConfig common,
        Signal signal,
        List<SampleSpec> backgrounds,
        Preselection preselection,
        Selection selection,
        ThreePhotonMatching matching,
        Fit fit) {

    /** Quick mode: 2% of the luminosity samples, 3000 events per signal mass (the plot masses). */
    static final QuickScaling QUICK = new QuickScaling(0.02, 200_000, 3000, 50_000);

    /**
     * @param grid signal process, masses, events per mass, plot masses
     * @param generationGagg g_agg used for generation (GeV^-1); sigma scales as g_agg^2
     * @param efficiencyUncertainty relative signal-efficiency uncertainty
     */
    public record Signal(SignalGrid grid, double generationGagg, double efficiencyUncertainty) {}

    /**
     * @param photonEnergyMin lab energy of each of the three photons, GeV
     * @param thetaMin lowest lab polar angle of a photon, rad
     * @param thetaMax highest lab polar angle, rad
     * @param maxTracks most reconstructed tracks allowed
     * @param massFractionMin lower bound of M(3 gamma)/sqrt(s)
     * @param massFractionMax upper bound of M(3 gamma)/sqrt(s)
     */
    public record Selection(
            double photonEnergyMin,
            double thetaMin,
            double thetaMax,
            int maxTracks,
            double massFractionMin,
            double massFractionMax) {}

    /**
     * @param windowSigmas half-width of the mass window in units of the signal resolution
     * @param cl confidence level of the limits
     * @param histogramBins bins of the diphoton-mass plot over [0, sqrt(s) rounded up]
     */
    public record Fit(double windowSigmas, double cl, int histogramBins) {}

    /** Reads and checks a configuration (its shared keys too). */
    public static Alp3GammaConfig read(ConfigNode root) {
        return read(root, new Alp3GammaSearch().common(root));
    }

    /** Reads and checks a configuration whose shared keys {@code common} were read from {@code root}. */
    public static Alp3GammaConfig read(ConfigNode root, CommonConfig common) {
        ProcessRegistry processes = ProcessRegistry.standard();
        ConfigNode s = root.block("signal");
        SignalGrid grid = SignalGrid.read(s, processes, 0.01, 10.0);
        double g0 = s.number("generation_gagg", 1e-6, 1.0);
        double effUnc = s.number("efficiency_uncertainty", 0, 0.99);
        s.finish();
        Signal signal = new Signal(grid, g0, effUnc);

        List<SampleSpec> backgrounds = SampleSpec.readList(root, "backgrounds", List.of(), processes);
        Preselection preselection = Preselection.read(root);

        ConfigNode sel = root.block("selection");
        double eMin = sel.number("photon_energy_min", 0.0, 5.0);
        double thMin = sel.degrees("photon_theta_min_deg", 0, 180);
        double thMax = sel.degrees("photon_theta_max_deg", 0, 180);
        if (!(thMax > thMin)) {
            throw sel.error("photon_theta_max_deg", "expected photon_theta_max_deg > photon_theta_min_deg");
        }
        int maxTracks = sel.integer("max_tracks", 0, 10);
        double[] mf = sel.range("mass_fraction", 0, 2);
        sel.finish();
        Selection selection = new Selection(eMin, thMin, thMax, maxTracks, mf[0], mf[1]);

        ThreePhotonMatching matching = ThreePhotonMatching.read(root, backgrounds);

        ConfigNode f = root.block("fit");
        Fit fit = new Fit(
                f.number("window_sigmas", 0.5, 5.0),
                f.number("cl", 0.5, 0.999),
                f.integer("histogram_bins", 10, 10_000));
        f.finish();
        root.finish();
        return new Alp3GammaConfig(common, signal, backgrounds, preselection, selection, matching, fit);
    }
}
