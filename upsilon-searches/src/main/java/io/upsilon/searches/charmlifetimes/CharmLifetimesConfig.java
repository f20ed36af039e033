package io.upsilon.searches.charmlifetimes;

import io.upsilon.core.config.ConfigNode;
import io.upsilon.generators.process.Process;
import io.upsilon.generators.process.ProcessRegistry;
import io.upsilon.searches.CommonConfig;
import io.upsilon.searches.DecayOverlay;
import io.upsilon.searches.Preselection;
import io.upsilon.searches.QuickScaling;
import io.upsilon.searches.SampleSpec;
import java.util.EnumMap;
import java.util.Map;

/**
 * The numbers of the charm-lifetimes measurement, read from {@code analyses/charm-lifetimes.yaml}
 * (or a user's copy) and checked: every key known, every number in range. Immutable.
 *
 * @param common the keys every search shares
 * @param sample the enriched e+e- -&gt; c cbar sample (its {@code decay_file} forces the modes)
 * @param branchingFractions the real branching fraction of each mode (the sample forces them)
 * @param preselection generator-level preselection
 * @param selection the reconstruction's cuts
 * @param modes each mode's windows, fit range and Belle II's result
 * @param toys the pseudo-experiments
 * @param plotBins decay-time plot bins
 */
public record CharmLifetimesConfig(
        CommonConfig common,
        SampleSpec sample,
        Map<CharmMode, Double> branchingFractions,
        Preselection preselection,
        Selection selection,
        Map<CharmMode, Mode> modes,
        Toys toys,
        int plotBins) {

    /** Quick mode: a small c cbar sample. */
    static final QuickScaling QUICK = new QuickScaling(0.1, 12_000, 12_000, 20_000);

    /** The label of the sample when the YAML gives none. */
    static final String SAMPLE_LABEL = "e+e- -> c cbar, D0 / D+ / Lambda_c+ forced to the measured modes";

    /** Copies the maps. */
    public CharmLifetimesConfig {
        branchingFractions = Map.copyOf(branchingFractions);
        modes = Map.copyOf(modes);
    }

    /** The continuum process (e+e- -&gt; c cbar). */
    public Process process() {
        return sample.process();
    }

    /** Generated events of the full run. */
    public long events() {
        return sample.fixedEvents();
    }

    /**
     * The reconstruction's cuts (GeV, ps).
     *
     * @param kaonId kaonID cut
     * @param protonId protonID cut
     * @param pStarMin p*(D) cut, GeV
     * @param deltaMLow lower edge of the D*+ - D0 mass difference window, GeV
     * @param deltaMHigh upper edge, GeV
     * @param sigmaTMax per-event decay-time error cut, ps
     * @param vertexChi2NdfMax decay-vertex chi2/ndf cut
     * @param massHalfRange candidates kept within this distance of the nominal mass, GeV
     */
    public record Selection(
            double kaonId,
            double protonId,
            double pStarMin,
            double deltaMLow,
            double deltaMHigh,
            double sigmaTMax,
            double vertexChi2NdfMax,
            double massHalfRange) {}

    /**
     * One mode's windows and Belle II's result.
     *
     * @param signalWindow |m - m0| below this is the signal region, GeV
     * @param sidebandLow inner edge of the sidebands, GeV
     * @param sidebandHigh outer edge, GeV
     * @param timeLow lower edge of the fit range, ps
     * @param timeHigh upper edge, ps
     * @param publishedLuminosity the paper's luminosity, fb^-1
     * @param publishedTau the published lifetime, fs
     * @param publishedStat its statistical error, fs
     * @param publishedSyst its systematic error, fs
     */
    public record Mode(
            double signalWindow,
            double sidebandLow,
            double sidebandHigh,
            double timeLow,
            double timeHigh,
            double publishedLuminosity,
            double publishedTau,
            double publishedStat,
            double publishedSyst) {
        /** Validates the windows. */
        public Mode {
            if (!(signalWindow < sidebandLow && sidebandLow < sidebandHigh)) {
                throw new IllegalArgumentException("expected signal window < sideband inner < outer edge");
            }
        }

        /** Signal window width over the sidebands' total width: the background's scale from sidebands to window. */
        double windowOverSidebands() {
            return signalWindow / (sidebandHigh - sidebandLow);
        }
    }

    /** How many pseudo-experiments per mode, and in quick mode. */
    public record Toys(int count, int quickCount) {}

    /** Reads and checks a configuration (its shared keys too). */
    public static CharmLifetimesConfig read(ConfigNode root) {
        return read(root, new CharmLifetimesSearch().common(root));
    }

    /** Reads and checks a configuration whose shared keys {@code common} were read from {@code root}. */
    public static CharmLifetimesConfig read(ConfigNode root, CommonConfig common) {
        ConfigNode s = root.block("sample");
        String processName = s.string("process");
        if (!processName.equals("ee-ccbar")) {
            throw s.error(
                    "process", "expected ee-ccbar (the enrichment overlay forces charm decays), got " + processName);
        }
        if (!s.has(DecayOverlay.KEY)) {
            throw s.error(
                    DecayOverlay.KEY,
                    "missing key: the overlay that forces the three modes (bundled: " + CharmLifetimesSearch.OVERLAY
                            + ")");
        }
        SampleSpec sample = SampleSpec.read(s, "ccbar", SAMPLE_LABEL, ProcessRegistry.standard());
        if (sample.luminositySized()) {
            throw s.error("events", "expected a fixed event count (the candidates are weighted by the real BFs)");
        }
        s.finish();

        ConfigNode b = root.block("branching_fractions");
        Map<CharmMode, Double> bf = new EnumMap<>(CharmMode.class);
        bf.put(CharmMode.D0, b.number("d0_kpi", 1e-3, 1));
        bf.put(CharmMode.DPLUS, b.number("dplus_kpipi", 1e-3, 1));
        bf.put(CharmMode.LAMBDA_C, b.number("lambdac_pkpi", 1e-3, 1));
        b.finish();

        Preselection preselection = Preselection.read(root);

        ConfigNode r = root.block("selection");
        double[] dm = r.range("delta_m_gev", 0.1396, 0.2);
        Selection selection = new Selection(
                r.number("kaon_id", 0, 1),
                r.number("proton_id", 0, 1),
                r.number("p_star_min_gev", 0, 5),
                dm[0],
                dm[1],
                r.number("sigma_t_max_ps", 0.01, 10),
                r.number("vertex_chi2_ndf_max", 0.1, 1e6),
                r.number("mass_half_range_gev", 0.01, 0.5));
        r.finish();

        ConfigNode m = root.block("modes");
        Map<CharmMode, Mode> modes = new EnumMap<>(CharmMode.class);
        for (CharmMode mode : CharmMode.values()) {
            ConfigNode n = m.block(mode.key());
            double window = n.number("signal_window_gev", 1e-4, 0.2);
            double[] side = n.range("sideband_gev", 1e-4, selection.massHalfRange());
            double[] range = n.range("time_range_ps", -20, 50);
            if (!(side[0] > window)) {
                throw n.error("sideband_gev", "the sidebands must start beyond the signal window (" + window + " GeV)");
            }
            if (!(range[0] < 0 && range[1] > 0)) {
                throw n.error("time_range_ps", "the fit range must contain t = 0");
            }
            modes.put(
                    mode,
                    new Mode(
                            window,
                            side[0],
                            side[1],
                            range[0],
                            range[1],
                            n.number("published_luminosity_fb", 0.1, 1e5),
                            n.number("published_tau_fs", 1, 1e5),
                            n.number("published_stat_fs", 1e-3, 1e4),
                            n.number("published_syst_fs", 0, 1e4)));
            n.finish();
        }
        m.finish();

        ConfigNode t = root.block("toys");
        Toys toys = new Toys(t.integer("count", 1, 100_000), t.integer("quick_count", 1, 100_000));
        t.finish();
        ConfigNode f = root.block("fit");
        int bins = f.integer("plot_bins", 10, 1000);
        f.finish();
        root.finish();
        return new CharmLifetimesConfig(common, sample, bf, preselection, selection, modes, toys, bins);
    }
}
