package io.upsilon.searches.taualpha;

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
import java.util.Arrays;
import java.util.List;

/**
 * The numbers of the τ → ℓα search, read from {@code analyses/tau-l-alpha.yaml} (or a user's copy)
 * and checked: every key known, every number in range, every process registered. Immutable.
 *
 * @param common the keys every search shares (luminosity, beam, seed, detector, quick scaling)
 * @param signal the signal grid
 * @param tautau the τ-pair sample
 * @param backgrounds the other (QED) background samples
 * @param preselection generator-level preselection
 * @param selection reconstruction-level selection
 * @param observable the x_ℓ binning
 * @param systematics lepton-ID variations
 * @param fit confidence levels and the closure test
 */
public record TauAlphaConfig(
        CommonConfig common,
        Signal signal,
        SampleSpec tautau,
        List<SampleSpec> backgrounds,
        Preselection preselection,
        Selection selection,
        Observable observable,
        Systematics systematics,
        Fit fit) {

    /** Quick mode: 1% of the τ pairs, at most 20000 events of each QED sample, 10000 per signal point. */
    static final QuickScaling QUICK = new QuickScaling(0.01, 20_000, 10_000, QuickScaling.FULL_PILOT_EVENTS);

    /**
     * @param grid the signal process (tau-lalpha), α masses (GeV), events per mass and lepton
     *     flavour, masses drawn in the x_ℓ plots
     * @param brENuNu B(τ → eνν)
     * @param brMuNuNu B(τ → μνν)
     */
    public record Signal(SignalGrid grid, double brENuNu, double brMuNuNu) {
        /** B(τ → ℓνν) of a channel. */
        public double brLNuNu(LeptonChannel c) {
            return c == LeptonChannel.E ? brENuNu : brMuNuNu;
        }
    }

    /**
     * Reconstruction-level selection, in the cut language ({@link CutExpression}).
     *
     * @param tracks the good-track cut (tracks as pions)
     * @param photons the cut on neutral clusters entering the thrust and the missing momentum
     * @param cuts the named cuts on the 3×1 candidate, one list per channel (index {@link
     *     LeptonChannel#ordinal()}), each a cut-flow row
     */
    public record Selection(CutExpression tracks, CutExpression photons, SelectionCuts cuts) {
        /** The cuts of a channel, in cut-flow order. */
        public List<CutExpression> cuts(LeptonChannel c) {
            return cuts.of(c.ordinal());
        }
    }

    /** The x_ℓ histogram binning. */
    public record Observable(double lo, double hi, int bins) {}

    /**
     * Lepton-ID shape variations (relative sizes and the momentum tilt).
     *
     * @param efficiency relative variation of the lepton-ID efficiency map, applied as a momentum
     *     tilt {@code 1 ± efficiency × tilt(p)} to events whose signal track is a true lepton
     * @param misId relative variation of the mis-ID map, {@code 1 ± misId} on all other events
     * @param pivot momentum where the tilt crosses zero, GeV
     * @param halfRange momentum distance over which the tilt reaches its full size, GeV
     */
    public record Systematics(double efficiency, double misId, double pivot, double halfRange) {
        /** Reads the {@code systematics:} block. */
        static Systematics read(ConfigNode sy) {
            Systematics s = new Systematics(
                    sy.number("lepton_id_efficiency", 0, 0.9),
                    sy.number("lepton_mis_id", 0, 0.9),
                    sy.number("tilt_pivot_gev", 0, 10),
                    sy.number("tilt_half_range_gev", 1e-3, 10));
            sy.finish();
            return s;
        }

        /** The tilt s(p) in [-1, 1]. */
        public double tilt(double p) {
            return Math.max(-1, Math.min(1, (p - pivot) / halfRange));
        }
    }

    /** Confidence levels and the closure test (injected ratio at one mass). */
    public record Fit(double[] cls, double closureMass, double closureRatio) {}

    /** Reads and checks a configuration (its shared keys too). */
    public static TauAlphaConfig read(ConfigNode root) {
        return read(root, new TauAlphaSearch().common(root));
    }

    /** Reads and checks a configuration whose shared keys {@code common} were read from {@code root}. */
    public static TauAlphaConfig read(ConfigNode root, CommonConfig common) {
        ProcessRegistry processes = ProcessRegistry.standard();

        ConfigNode s = root.block("signal");
        SignalGrid grid = SignalGrid.read(s, processes, 0.0, 1.6);
        Signal signal = new Signal(grid, s.number("br_e_nunu", 1e-3, 1), s.number("br_mu_nunu", 1e-3, 1));
        s.finish();

        SampleSpec tautau = SampleSpec.readLuminositySample(root, "tautau", "e+e- -> tau+tau-", processes);
        List<SampleSpec> backgrounds = SampleSpec.readOptionalList(
                root, "backgrounds", List.of("tautau", "lnunu", "taubkg", "signal"), processes);
        Preselection preselection = Preselection.read(root);

        ConfigNode sel = root.block("selection");
        Selection selection = new Selection(
                SelectionCuts.cut(sel, "tracks"),
                SelectionCuts.cut(sel, "photons"),
                SelectionCuts.read(sel, "cuts", LeptonChannel.labels()));
        sel.finish();

        ConfigNode obs = root.block("observable");
        double lo = obs.number("lo", -10, 10);
        double hi = obs.number("hi", -10, 10);
        if (!(hi > lo)) {
            throw obs.error("hi", "expected hi > lo");
        }
        Observable observable = new Observable(lo, hi, obs.integer("bins", 2, 10_000));
        obs.finish();

        Systematics systematics = Systematics.read(root.block("systematics"));

        ConfigNode f = root.block("fit");
        double[] cls = f.numbers("cls", 0.5, 0.999);
        if (cls.length == 0) {
            throw f.error("cls", "expected at least one confidence level");
        }
        double closureMass = f.number("closure_mass", 0, 1.6);
        if (Arrays.stream(grid.masses()).noneMatch(x -> x == closureMass)) {
            throw f.error("closure_mass", "closure mass " + closureMass + " is not one of the signal masses");
        }
        Fit fit = new Fit(cls, closureMass, f.number("closure_ratio", 0, 1));
        f.finish();
        root.finish();
        return new TauAlphaConfig(
                common, signal, tautau, backgrounds, preselection, selection, observable, systematics, fit);
    }
}
