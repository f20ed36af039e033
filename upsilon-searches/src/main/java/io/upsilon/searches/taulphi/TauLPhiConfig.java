package io.upsilon.searches.taulphi;

import io.upsilon.analysis.select.CutExpression;
import io.upsilon.core.config.ConfigNode;
import io.upsilon.generators.process.ProcessRegistry;
import io.upsilon.searches.CommonConfig;
import io.upsilon.searches.LeptonChannel;
import io.upsilon.searches.Preselection;
import io.upsilon.searches.QuickScaling;
import io.upsilon.searches.SampleSpec;
import io.upsilon.searches.SelectionCuts;
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

    /**
     * @param grid the signal process (tau-lphi) and the generated events per lepton flavour
     * @param brPhiKk B(φ → K+K−), folded into the efficiency (the generator decays every φ to K+K−)
     * @param efficiencyUncertainty relative signal-efficiency uncertainty in the limit
     */
    public record Signal(SignalGrid grid, double brPhiKk, double efficiencyUncertainty) {}

    /**
     * Reconstruction-level selection, in the cut language ({@link CutExpression}).
     *
     * @param tracks the good-track cut
     * @param photons the cut on neutral clusters entering the thrust axis
     * @param cuts the named cuts on the candidate, one list per channel (index {@link
     *     LeptonChannel#ordinal()}), each a cut-flow row
     * @param mass analysis window in M(ℓKK) [low, high], GeV (selected events kept)
     * @param deltaE analysis window in ΔE [low, high], GeV
     */
    public record Selection(
            CutExpression tracks, CutExpression photons, SelectionCuts cuts, double[] mass, double[] deltaE) {
        /** The cuts of a channel, in cut-flow order (the analysis window is not among them). */
        public List<CutExpression> cuts(LeptonChannel c) {
            return cuts.of(c.ordinal());
        }

        /**
         * The analysis window as a cut on the candidate: {@code lo <= daughter(0, M) <= hi and lo
         * <= daughter(0, deltaE) <= hi} (inclusive; the numbers print as the doubles they are).
         */
        public CutExpression window() {
            return CutExpression.parse(mass[0] + " <= daughter(0, M) <= " + mass[1] + " and " + deltaE[0]
                    + " <= daughter(0, deltaE) <= " + deltaE[1]);
        }
    }

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
            int minMcEvents) {
        /** Reads the {@code regions:} block; the sideband must lie inside the selection's analysis window. */
        static Regions read(ConfigNode r, Selection selection) {
            Regions regions = new Regions(
                    r.number("n_sigma_mass", 0.1, 20),
                    r.number("n_sigma_delta_e_low", 0.1, 20),
                    r.number("n_sigma_delta_e_high", 0.1, 20),
                    r.range("sideband_mass", 0, 11),
                    r.range("sideband_delta_e", -11, 11),
                    r.integer("min_mc_events", 1, 1_000_000));
            inside(r, "sideband_mass", regions.sidebandMass(), selection.mass());
            inside(r, "sideband_delta_e", regions.sidebandDeltaE(), selection.deltaE());
            r.finish();
            return regions;
        }
    }

    /** Confidence level of the limits, pseudo-experiments per hypothesis (full and quick). */
    public record Limit(double cl, int toys, int quickToys) {}

    /** Reads and checks a configuration (its shared keys too). */
    public static TauLPhiConfig read(ConfigNode root) {
        return read(root, new TauLPhiSearch().common(root));
    }

    /** Reads and checks a configuration whose shared keys {@code common} were read from {@code root}. */
    public static TauLPhiConfig read(ConfigNode root, CommonConfig common) {
        ProcessRegistry processes = ProcessRegistry.standard();

        ConfigNode s = root.block("signal");
        Signal signal = new Signal(
                SignalGrid.readSinglePoint(s, processes),
                s.number("br_phi_kk", 1e-3, 1),
                s.number("efficiency_uncertainty", 0, 0.9));
        s.finish();

        SampleSpec tautau = SampleSpec.readLuminositySample(root, "tautau", "e+e- -> tau+tau-", processes);
        List<SampleSpec> backgrounds =
                SampleSpec.readOptionalList(root, "backgrounds", List.of("tautau", "signal"), processes);
        Preselection preselection = Preselection.read(root);

        ConfigNode sel = root.block("selection");
        Selection selection = new Selection(
                SelectionCuts.cut(sel, "tracks"),
                SelectionCuts.cut(sel, "photons"),
                SelectionCuts.read(sel, "cuts", LeptonChannel.labels()),
                sel.range("mass_window", 0, 11),
                sel.range("delta_e_window", -11, 11));
        sel.finish();

        Regions regions = Regions.read(root.block("regions"), selection);

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
}
