package io.upsilon.searches.taualpha;

import io.upsilon.core.config.ConfigNode;
import io.upsilon.generators.process.ProcessRegistry;
import io.upsilon.searches.CommonConfig;
import io.upsilon.searches.Preselection;
import io.upsilon.searches.QuickScaling;
import io.upsilon.searches.SampleSpec;
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

    /** Integrated luminosity, fb^-1. */
    public double luminosityFb() {
        return common.luminosityFb();
    }

    /**
     * @param grid the signal process (tau-lalpha), α masses (GeV), events per mass and lepton
     *     flavour, masses drawn in the x_ℓ plots
     * @param brENuNu B(τ → eνν)
     * @param brMuNuNu B(τ → μνν)
     */
    public record Signal(SignalGrid grid, double brENuNu, double brMuNuNu) {
        /** B(τ → ℓνν) of a channel. */
        public double brLNuNu(Channel c) {
            return c == Channel.E ? brENuNu : brMuNuNu;
        }
    }

    /**
     * Reconstruction-level cuts; ranges are [low, high].
     *
     * @param d0Max good track |d0|, cm
     * @param z0Max good track |z0|, cm
     * @param ptMin good track pT, GeV
     * @param photonEMin neutral-cluster energy threshold, GeV
     * @param electronIdMin electronID of the signal track (e channel)
     * @param muonIdMin muonID of the signal track (μ channel)
     * @param thrustE thrust range, e channel
     * @param thrustMu thrust range, μ channel
     * @param missingTheta CM polar angle range of the missing momentum, rad
     * @param tagEnergyE CM energy range of the three tag tracks, e channel, GeV
     * @param tagEnergyMu same, μ channel
     * @param tagMass invariant-mass range of the three tag tracks, GeV
     */
    public record Selection(
            double d0Max,
            double z0Max,
            double ptMin,
            double photonEMin,
            double electronIdMin,
            double muonIdMin,
            double[] thrustE,
            double[] thrustMu,
            double[] missingTheta,
            double[] tagEnergyE,
            double[] tagEnergyMu,
            double[] tagMass) {
        /** Thrust range of a channel. */
        public double[] thrust(Channel c) {
            return c == Channel.E ? thrustE : thrustMu;
        }

        /** Tag-energy range of a channel. */
        public double[] tagEnergy(Channel c) {
            return c == Channel.E ? tagEnergyE : tagEnergyMu;
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
        /** The tilt s(p) in [-1, 1]. */
        public double tilt(double p) {
            return Math.max(-1, Math.min(1, (p - pivot) / halfRange));
        }
    }

    /** Confidence levels and the closure test (injected ratio at one mass). */
    public record Fit(double[] cls, double closureMass, double closureRatio) {}

    /** Reads and checks a configuration. */
    public static TauAlphaConfig read(ConfigNode root) {
        ProcessRegistry processes = ProcessRegistry.standard();
        CommonConfig common = CommonConfig.read(root, TauAlphaSearch.NAME, QUICK);

        ConfigNode s = root.block("signal");
        SignalGrid grid = SignalGrid.read(s, processes, 0.0, 1.6);
        Signal signal = new Signal(grid, s.number("br_e_nunu", 1e-3, 1), s.number("br_mu_nunu", 1e-3, 1));
        s.finish();

        ConfigNode t = root.block("tautau");
        SampleSpec tautau = SampleSpec.read(t, "tautau", "e+e- -> tau+tau-", processes);
        if (!tautau.luminositySized()) {
            throw t.error("events", "the tau-pair sample is sized by the luminosity (give luminosity_fraction)");
        }
        t.finish();

        List<SampleSpec> backgrounds = root.has("backgrounds")
                ? SampleSpec.readList(root, "backgrounds", List.of("tautau", "lnunu", "taubkg", "signal"), processes)
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
                range(sel, "thrust_e", 0.5, 1.0),
                range(sel, "thrust_mu", 0.5, 1.0),
                degreesRange(sel, "missing_theta_deg"),
                range(sel, "tag_energy_e", 0, 11),
                range(sel, "tag_energy_mu", 0, 11),
                range(sel, "tag_mass", 0, 11));
        sel.finish();

        ConfigNode obs = root.block("observable");
        double lo = obs.number("lo", -10, 10);
        double hi = obs.number("hi", -10, 10);
        if (!(hi > lo)) {
            throw obs.error("hi", "expected hi > lo");
        }
        Observable observable = new Observable(lo, hi, obs.integer("bins", 2, 10_000));
        obs.finish();

        ConfigNode sy = root.block("systematics");
        Systematics systematics = new Systematics(
                sy.number("lepton_id_efficiency", 0, 0.9),
                sy.number("lepton_mis_id", 0, 0.9),
                sy.number("tilt_pivot_gev", 0, 10),
                sy.number("tilt_half_range_gev", 1e-3, 10));
        sy.finish();

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

    private static double[] range(ConfigNode n, String key, double min, double max) {
        double[] v = n.numbers(key, min, max);
        if (v.length != 2 || !(v[0] < v[1])) {
            throw n.error(key, "expected a range [low, high] with low < high");
        }
        return v;
    }

    private static double[] degreesRange(ConfigNode n, String key) {
        double[] v = range(n, key, 0, 180);
        return new double[] {Math.toRadians(v[0]), Math.toRadians(v[1])};
    }
}
