package io.upsilon.searches.taualpha;

import io.upsilon.analysis.select.CutExpression;
import io.upsilon.core.config.ConfigNode;
import io.upsilon.core.error.InputException;
import io.upsilon.generators.process.Process;
import io.upsilon.generators.process.ProcessRegistry;
import io.upsilon.searches.SelectionCuts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The numbers of the τ → ℓα search, read from {@code analyses/tau-l-alpha.yaml} (or a user's copy)
 * and checked: every key known, every number in range, every process registered. Immutable.
 *
 * @param luminosityFb integrated luminosity, fb^-1
 * @param beamPreset beam preset name
 * @param seed master seed from the file
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
        double luminosityFb,
        String beamPreset,
        long seed,
        Signal signal,
        TauTau tautau,
        List<Background> backgrounds,
        Preselection preselection,
        Selection selection,
        Observable observable,
        Systematics systematics,
        Fit fit) {

    /**
     * @param process the signal process (tau-lalpha)
     * @param masses α masses, GeV, ascending
     * @param events generated events per mass and lepton flavour
     * @param plotMasses masses drawn in the x_ℓ plots
     * @param brENuNu B(τ → eνν)
     * @param brMuNuNu B(τ → μνν)
     */
    public record Signal(
            Process process, double[] masses, long events, double[] plotMasses, double brENuNu, double brMuNuNu) {
        /** B(τ → ℓνν) of a channel. */
        public double brLNuNu(Channel c) {
            return c == Channel.E ? brENuNu : brMuNuNu;
        }
    }

    /** The τ-pair sample: process and the generated fraction of σ × L. */
    public record TauTau(Process process, double luminosityFraction) {}

    /** A QED background: name, process, legend label, generated (weighted) events. */
    public record Background(String name, Process process, String label, long events) {}

    /** At least {@code chargedMin} charged final-state particles with θ (rad) inside the range. */
    public record Preselection(int chargedMin, double thetaMin, double thetaMax) {}

    /**
     * Reconstruction-level selection, in the cut language ({@link CutExpression}).
     *
     * @param tracks the good-track cut (tracks as pions)
     * @param photons the cut on neutral clusters entering the thrust and the missing momentum
     * @param cuts the named cuts on the 3×1 candidate, one list per channel (index {@link
     *     Channel#ordinal()}), each a cut-flow row
     */
    public record Selection(CutExpression tracks, CutExpression photons, SelectionCuts cuts) {
        /** The cuts of a channel, in cut-flow order. */
        public List<CutExpression> cuts(Channel c) {
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
        String analysis = root.string("analysis");
        if (!analysis.equals(TauAlphaSearch.NAME)) {
            throw root.error("analysis", "expected " + TauAlphaSearch.NAME + ", got '" + analysis + "'");
        }
        double lumi = root.number("luminosity_fb", 1e-6, 1e6);
        String beam = root.string("beam");
        long seed = root.longInteger("seed", 0, Long.MAX_VALUE);

        ConfigNode s = root.block("signal");
        Process signalProcess = process(s, "process", processes);
        double[] masses = ascending(s, "masses", s.numbers("masses", 0.0, 1.6));
        long signalEvents = s.longInteger("events", 100, 1_000_000_000L);
        double[] plotMasses = s.numbers("plot_masses", 0.0, 1.6);
        for (double m : plotMasses) {
            if (Arrays.stream(masses).noneMatch(x -> x == m)) {
                throw s.error("plot_masses", "plot mass " + m + " is not one of the signal masses");
            }
        }
        Signal signal = new Signal(
                signalProcess,
                masses,
                signalEvents,
                plotMasses,
                s.number("br_e_nunu", 1e-3, 1),
                s.number("br_mu_nunu", 1e-3, 1));
        s.finish();

        ConfigNode t = root.block("tautau");
        TauTau tautau = new TauTau(process(t, "process", processes), t.number("luminosity_fraction", 1e-4, 10));
        t.finish();

        List<Background> backgrounds = new ArrayList<>();
        List<String> names = new ArrayList<>(List.of("tautau", "lnunu", "taubkg", "signal"));
        if (root.has("backgrounds")) {
            for (ConfigNode b : root.blocks("backgrounds")) {
                String name = b.string("name");
                if (!name.matches("[a-z][a-z0-9_]*")) {
                    throw b.error("name", "expected a short lower-case name (letters, digits, _), got '" + name + "'");
                }
                if (names.contains(name)) {
                    throw b.error("name", "sample name '" + name + "' is used twice (or reserved)");
                }
                names.add(name);
                backgrounds.add(new Background(
                        name,
                        process(b, "process", processes),
                        b.string("label"),
                        b.longInteger("events", 100, 10_000_000_000L)));
                b.finish();
            }
        }

        ConfigNode pre = root.block("preselection");
        Preselection preselection = new Preselection(
                pre.integer("charged_min", 0, 10),
                pre.degrees("theta_min_deg", 0, 180),
                pre.degrees("theta_max_deg", 0, 180));
        if (!(preselection.thetaMin() < preselection.thetaMax())) {
            throw pre.error("theta_max_deg", "expected theta_max_deg > theta_min_deg");
        }
        pre.finish();

        ConfigNode sel = root.block("selection");
        List<String> channelKeys = new ArrayList<>();
        for (Channel c : Channel.values()) {
            channelKeys.add(c.label());
        }
        Selection selection = new Selection(
                SelectionCuts.cut(sel, "tracks"),
                SelectionCuts.cut(sel, "photons"),
                SelectionCuts.read(sel, "cuts", channelKeys));
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
        if (Arrays.stream(masses).noneMatch(x -> x == closureMass)) {
            throw f.error("closure_mass", "closure mass " + closureMass + " is not one of the signal masses");
        }
        Fit fit = new Fit(cls, closureMass, f.number("closure_ratio", 0, 1));
        f.finish();
        root.finish();
        return new TauAlphaConfig(
                lumi,
                beam,
                seed,
                signal,
                tautau,
                List.copyOf(backgrounds),
                preselection,
                selection,
                observable,
                systematics,
                fit);
    }

    private static double[] ascending(ConfigNode n, String key, double[] v) {
        if (v.length == 0) {
            throw n.error(key, "expected at least one mass");
        }
        for (int i = 1; i < v.length; i++) {
            if (!(v[i] > v[i - 1])) {
                throw n.error(key, "expected strictly increasing values");
            }
        }
        return v;
    }

    private static Process process(ConfigNode n, String key, ProcessRegistry processes) {
        String name = n.string(key);
        try {
            return processes.get(name);
        } catch (InputException e) {
            throw n.error(key, e.problem());
        }
    }
}
