package io.upsilon.searches.taulphi;

import io.upsilon.core.config.ConfigNode;
import io.upsilon.generators.process.ProcessRegistry;
import io.upsilon.searches.CommonConfig;
import io.upsilon.searches.Preselection;
import io.upsilon.searches.QuickScaling;
import io.upsilon.searches.SampleSpec;
import io.upsilon.searches.SignalGrid;
import java.util.List;

/**
 * The numbers of the τ → ℓφ search, read from {@code analyses/tau-l-phi.yaml} (or a user's copy)
 * and checked: every key known, every number in range, every process registered. Immutable (the
 * range arrays are only read).
 *
 * @param common the keys every search shares (luminosity, beam, seed, detector, quick scaling)
 * @param signal the signal samples
 * @param tautau the τ-pair sample
 * @param backgrounds the other (QED) background samples
 * @param preselection generator-level preselection
 * @param selection reconstruction-level selection
 * @param regions signal region and sideband in the (M, ΔE) plane
 * @param limit confidence level and toys
 */
public record TauLPhiConfig(
        CommonConfig common,
        Signal signal,
        SampleSpec tautau,
        List<SampleSpec> backgrounds,
        Preselection preselection,
        Selection selection,
        Regions regions,
        Limit limit) {

    /**
     * Quick mode: 1% of the τ pairs, at most 20000 events of each QED sample and 10000 per signal
     * lepton, a 20000-event pilot run.
     */
    static final QuickScaling QUICK = new QuickScaling(0.01, 20_000, 10_000, 20_000);

    /** Integrated luminosity, fb^-1. */
    public double luminosityFb() {
        return common.luminosityFb();
    }

    /**
     * @param grid the signal process (tau-lphi) and the generated events per lepton flavour
     * @param brPhiKk B(φ → K+K−), folded into the efficiency (the generator decays every φ to K+K−)
     * @param efficiencyUncertainty relative signal-efficiency uncertainty in the limit
     */
    public record Signal(SignalGrid grid, double brPhiKk, double efficiencyUncertainty) {}

    /**
     * Reconstruction-level cuts.
     *
     * @param d0Max good track |d0|, cm
     * @param z0Max good track |z0|, cm
     * @param ptMin good track pT, GeV
     * @param photonEMin neutral-cluster energy threshold (thrust axis), GeV
     * @param electronIdMin electronID of the lepton (e channel)
     * @param muonIdMin muonID of the lepton (μ channel)
     * @param kaonIdMin kaonID of both kaons
     * @param phiWindow half width of the M(K+K−) window around the φ mass, GeV
     * @param mass analysis window in M(ℓKK) [low, high], GeV (selected events kept)
     * @param deltaE analysis window in ΔE [low, high], GeV
     */
    public record Selection(
            double d0Max,
            double z0Max,
            double ptMin,
            double photonEMin,
            double electronIdMin,
            double muonIdMin,
            double kaonIdMin,
            double phiWindow,
            double[] mass,
            double[] deltaE) {}

    /**
     * The signal region (a box from the signal resolution) and the sideband.
     *
     * @param nSigmaMass half width of the box in M, in units of the signal M resolution
     * @param nSigmaDeLow lower ΔE edge, in units of the lower ΔE resolution (ISR tail)
     * @param nSigmaDeHigh upper ΔE edge, in units of the upper ΔE resolution
     * @param sidebandMass sideband box in M [low, high], GeV (the signal region is excluded)
     * @param sidebandDeltaE sideband box in ΔE [low, high], GeV
     * @param minMcEvents fewest simulated background events in the signal region for the simulated
     *     signal-region/sideband ratio; below it the ratio of areas (flat background) is used
     */
    public record Regions(
            double nSigmaMass,
            double nSigmaDeLow,
            double nSigmaDeHigh,
            double[] sidebandMass,
            double[] sidebandDeltaE,
            int minMcEvents) {}

    /** Confidence level of the limits, pseudo-experiments per hypothesis (full and quick). */
    public record Limit(double cl, int toys, int quickToys) {}

    /** Reads and checks a configuration. */
    public static TauLPhiConfig read(ConfigNode root) {
        ProcessRegistry processes = ProcessRegistry.standard();
        CommonConfig common = CommonConfig.read(root, TauLPhiSearch.NAME, QUICK);

        ConfigNode s = root.block("signal");
        Signal signal = new Signal(
                SignalGrid.readSinglePoint(s, processes),
                s.number("br_phi_kk", 1e-3, 1),
                s.number("efficiency_uncertainty", 0, 0.9));
        s.finish();

        ConfigNode t = root.block("tautau");
        SampleSpec tautau = SampleSpec.read(t, "tautau", "e+e- -> tau+tau-", processes);
        if (!tautau.luminositySized()) {
            throw t.error("events", "the tau-pair sample is sized by the luminosity (give luminosity_fraction)");
        }
        t.finish();

        List<SampleSpec> backgrounds = root.has("backgrounds")
                ? SampleSpec.readList(root, "backgrounds", List.of("tautau", "signal"), processes)
                : List.of();
        Preselection preselection = Preselection.read(root);

        ConfigNode sel = root.block("selection");
        Selection selection = new Selection(
                sel.number("track_d0_max", 0, 100),
                sel.number("track_z0_max", 0, 100),
                sel.number("track_pt_min", 0, 10),
                sel.number("photon_e_min", 0, 10),
                sel.number("electron_id_min", 0, 1),
                sel.number("muon_id_min", 0, 1),
                sel.number("kaon_id_min", 0, 1),
                sel.number("phi_mass_window", 1e-4, 0.5),
                range(sel, "mass_window", 0, 11),
                range(sel, "delta_e_window", -11, 11));
        sel.finish();

        ConfigNode r = root.block("regions");
        Regions regions = new Regions(
                r.number("n_sigma_mass", 0.1, 20),
                r.number("n_sigma_delta_e_low", 0.1, 20),
                r.number("n_sigma_delta_e_high", 0.1, 20),
                range(r, "sideband_mass", 0, 11),
                range(r, "sideband_delta_e", -11, 11),
                r.integer("min_mc_events", 1, 1_000_000));
        inside(r, "sideband_mass", regions.sidebandMass(), selection.mass());
        inside(r, "sideband_delta_e", regions.sidebandDeltaE(), selection.deltaE());
        r.finish();

        ConfigNode l = root.block("limit");
        Limit limit = new Limit(
                l.number("cl", 0.5, 0.999), l.integer("toys", 10, 1_000_000), l.integer("quick_toys", 10, 1_000_000));
        l.finish();
        root.finish();
        return new TauLPhiConfig(common, signal, tautau, backgrounds, preselection, selection, regions, limit);
    }

    private static void inside(ConfigNode n, String key, double[] v, double[] outer) {
        if (v[0] < outer[0] || v[1] > outer[1]) {
            throw n.error(key, "the sideband must lie inside the selection's analysis window");
        }
    }

    private static double[] range(ConfigNode n, String key, double min, double max) {
        double[] v = n.numbers(key, min, max);
        if (v.length != 2 || !(v[0] < v[1])) {
            throw n.error(key, "expected a range [low, high] with low < high");
        }
        return v;
    }
}
