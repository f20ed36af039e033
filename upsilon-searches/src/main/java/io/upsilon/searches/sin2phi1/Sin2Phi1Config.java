package io.upsilon.searches.sin2phi1;

import io.upsilon.core.config.ConfigNode;
import io.upsilon.generators.process.Process;
import io.upsilon.generators.process.ProcessRegistry;
import io.upsilon.searches.CommonConfig;
import io.upsilon.searches.Preselection;
import io.upsilon.searches.QuickScaling;
import java.util.List;

/**
 * The numbers of the sin(2 phi_1) measurement, read from {@code analyses/sin2phi1.yaml} (or a
 * user's copy) and checked: every key known, every number in range. Immutable.
 *
 * @param common the keys every search shares
 * @param yield the expected number of produced signal decays at the luminosity
 * @param samples the signal samples (pseudo-data, resolution calibration, CP-null check)
 * @param preselection generator-level preselection
 * @param selection the reconstruction's windows
 * @param tagger the r-bin flavour tagger
 * @param physics tau(B0) and Delta m_d, fixed in the fit
 * @param background the background under the signal and its Delta t shape
 * @param fit the fit's settings
 * @param toys the pseudo-experiments
 * @param reference Belle II's published result, for the comparison
 */
public record Sin2Phi1Config(
        CommonConfig common,
        SignalYield yield,
        List<Sample> samples,
        Preselection preselection,
        Selection selection,
        FlavourTagger tagger,
        Physics physics,
        Background background,
        Fit fit,
        Toys toys,
        Reference reference) {

    /** The B0 anti-B0 process with the signal overlay. */
    public static final String PROCESS = "y4s-b0b0bar";

    /** The signal overlay (generators: io/upsilon/generators/decay/signal/b0-jpsiks.dec). */
    public static final String OVERLAY = "b0-jpsiks";

    /** The overlay's parameter -2 phi_1 (S = sin 2 phi_1 = -sin(minusTwoPhi1)), rad. */
    public static final String MINUS_TWO_PHI1 = "minusTwoPhi1";

    /** Quick mode: a tenth of every sample. */
    static final QuickScaling QUICK = new QuickScaling(0.1, 20_000, 10_000, 20_000);

    /** Validates the lists. */
    public Sin2Phi1Config {
        samples = List.copyOf(samples);
    }

    /**
     * The expected number of produced B0 -&gt; J/psi(-&gt; l+l-) K_S0 decays: 2 N(B Bbar) f00 B(B0 -&gt;
     * J/psi K0) B(K0 -&gt; K_S0) B(J/psi -&gt; l+l-) (the K_S0 then decays generically).
     */
    public record SignalYield(double bPairsPerFb, double f00, double brJpsiK0, double k0ToKs, double brJpsiLl) {
        /** Expected decays at {@code lumiFb}. */
        public double expected(double lumiFb) {
            return 2 * bPairsPerFb * lumiFb * f00 * brJpsiK0 * k0ToKs * brJpsiLl;
        }
    }

    /**
     * One signal sample.
     *
     * @param name data, calibration or cp_null
     * @param fraction generated events as a fraction of the expected signal decays at L
     * @param minusTwoPhi1 the overlay's -2 phi_1, rad (S = -sin of it)
     */
    public record Sample(String name, double fraction, double minusTwoPhi1) {
        /** The generated S. */
        public double inputS() {
            // + 0.0 turns -0.0 (minusTwoPhi1 = 0) into 0.0 for the outputs.
            return -Math.sin(minusTwoPhi1) + 0.0;
        }
    }

    /** The reconstruction's windows (GeV, cm, ps). */
    public record Selection(
            double leptonId,
            double jpsiEeLow,
            double jpsiMuMuLow,
            double jpsiHigh,
            double ksMassWindow,
            double ksMaxDaughterDistance,
            double mbcMin,
            double deltaEMax,
            double deltaTMax,
            double sigmaMax) {}

    /** tau(B0) (ps) and Delta m_d (1/ps). */
    public record Physics(double tauPs, double deltaM) {}

    /**
     * The background: its share of the selected candidates and its Delta t shape, a prompt part
     * and a part with an effective lifetime, both through the resolution function, no CP asymmetry.
     */
    public record Background(double fraction, double promptFraction, double tauPs) {}

    /** Plot and fit settings. */
    public record Fit(int plotBins) {}

    /** The pseudo-experiments: how many, and their count in quick mode. */
    public record Toys(int count, int quickCount) {}

    /** Belle II's result (PRD 108, 012001): S, C and their statistical errors, the tagger's epsilon_eff. */
    public record Reference(double s, double sStat, double c, double cStat, double effectiveEfficiency) {}

    /** The B0 anti-B0 process from the registry. */
    public static Process process() {
        return ProcessRegistry.standard().get(PROCESS);
    }

    /** Reads and checks a configuration (its shared keys too). */
    public static Sin2Phi1Config read(ConfigNode root) {
        return read(root, new Sin2Phi1Search().common(root));
    }

    /** Reads and checks a configuration whose shared keys {@code common} were read from {@code root}. */
    public static Sin2Phi1Config read(ConfigNode root, CommonConfig common) {
        ConfigNode y = root.block("signal_yield");
        SignalYield yield = new SignalYield(
                y.number("b_pairs_per_fb", 1e5, 1e7),
                y.number("f00", 0.3, 0.7),
                y.number("br_b0_jpsi_k0", 1e-5, 1e-2),
                y.number("k0_to_ks", 0.4, 0.6),
                y.number("br_jpsi_ll", 0.05, 0.2));
        y.finish();

        ConfigNode s = root.block("samples");
        List<Sample> samples = new java.util.ArrayList<>();
        for (String name : List.of("data", "calibration", "cp_null")) {
            ConfigNode n = s.block(name);
            samples.add(new Sample(
                    name, n.number("signal_fraction", 1e-3, 20), n.number("minus_two_phi1", -Math.PI, Math.PI)));
            n.finish();
        }
        s.finish();
        Preselection preselection = Preselection.read(root);

        ConfigNode r = root.block("selection");
        Selection selection = new Selection(
                r.number("lepton_id", 0, 1),
                r.number("jpsi_ee_low_gev", -0.5, 0),
                r.number("jpsi_mumu_low_gev", -0.5, 0),
                r.number("jpsi_high_gev", 0, 0.5),
                r.number("ks_mass_window_gev", 0.001, 0.05),
                r.number("ks_max_daughter_distance_cm", 0.001, 5),
                r.number("mbc_min_gev", 5.0, 5.29),
                r.number("delta_e_max_gev", 0.005, 0.5),
                r.number("delta_t_max_ps", 1, 100),
                r.number("sigma_delta_t_max_ps", 0.1, 20));
        r.finish();

        FlavourTagger tagger = FlavourTagger.read(root.block("tagger"));

        ConfigNode p = root.block("physics");
        Physics physics = new Physics(p.number("tau_b0_ps", 1, 2), p.number("delta_m_per_ps", 0.3, 0.7));
        p.finish();

        ConfigNode b = root.block("background");
        Background background = new Background(
                b.number("fraction", 0, 0.9), b.number("prompt_fraction", 0, 1), b.number("tau_ps", 0.1, 5));
        b.finish();

        ConfigNode f = root.block("fit");
        Fit fit = new Fit(f.integer("plot_bins", 5, 200));
        f.finish();

        ConfigNode t = root.block("toys");
        Toys toys = new Toys(t.integer("count", 1, 100_000), t.integer("quick_count", 1, 100_000));
        t.finish();

        ConfigNode ref = root.block("reference");
        Reference reference = new Reference(
                ref.number("s", -1, 1),
                ref.number("s_stat", 0, 1),
                ref.number("c", -1, 1),
                ref.number("c_stat", 0, 1),
                ref.number("effective_efficiency", 0, 1));
        ref.finish();
        root.finish();
        return new Sin2Phi1Config(
                common, yield, samples, preselection, selection, tagger, physics, background, fit, toys, reference);
    }

    /** The sample called {@code name}. */
    Sample sample(String name) {
        return samples.stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
    }
}
