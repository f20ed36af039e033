package io.upsilon.searches.bkll;

import io.upsilon.core.config.ConfigNode;
import io.upsilon.generators.process.ProcessRegistry;
import io.upsilon.searches.CommonConfig;
import io.upsilon.searches.Preselection;
import io.upsilon.searches.QuickScaling;
import io.upsilon.searches.SampleSpec;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The numbers of the B -&gt; K(*) l l measurement, read from {@code analyses/b-kll.yaml} (or a
 * user's copy) and checked: every key known, every number in range. Immutable.
 *
 * @param common the keys every search shares
 * @param signals one signal sample per mode, with the input branching fraction
 * @param controls the J/psi K(*) control samples
 * @param backgrounds the luminosity-sized background samples (generic B Bbar, continuum)
 * @param kstarToKpi B(K*0 -&gt; K+ pi-)
 * @param jpsiToEe B(J/psi -&gt; e+ e-)
 * @param jpsiToMuMu B(J/psi -&gt; mu+ mu-)
 * @param preselection generator-level preselection
 * @param leptonPMin generator-level lepton filter: a true e or mu above this lab momentum, GeV
 * @param selection the reconstruction's cuts
 * @param bdt the continuum-suppression classifier
 * @param fit the fit's settings
 * @param toys the pseudo-experiments
 */
public record BKllConfig(
        CommonConfig common,
        Map<BKllMode, Signal> signals,
        List<Control> controls,
        List<SampleSpec> backgrounds,
        double kstarToKpi,
        double jpsiToEe,
        double jpsiToMuMu,
        Preselection preselection,
        double leptonPMin,
        Selection selection,
        Bdt bdt,
        Fit fit,
        Toys toys) {

    /** Quick mode defaults (the YAML's quick block overrides them). */
    static final QuickScaling QUICK = new QuickScaling(0.02, 4000, 4000, 4000);

    /** Copies the collections. */
    public BKllConfig {
        signals = Map.copyOf(signals);
        controls = List.copyOf(controls);
        backgrounds = List.copyOf(backgrounds);
    }

    /**
     * A signal sample: one B of each pair decays to the mode's final state.
     *
     * @param spec the sample
     * @param mode the reconstructed mode
     * @param branchingFraction the input B(B -&gt; K(*) l l) (the pseudo-data's signal count)
     */
    public record Signal(SampleSpec spec, BKllMode mode, double branchingFraction) {}

    /**
     * A J/psi K(*) control sample: one B of each pair decays to J/psi(-&gt; e+e-, mu+mu-) K(*).
     *
     * @param spec the sample
     * @param kstar whether the hadron is a K*0 (else a K+)
     * @param branchingFraction the generator's B(B -&gt; J/psi K(*)) (the value the check must return)
     * @param dataFraction the pseudo-data are this fraction of the expected decays at the luminosity
     */
    public record Control(SampleSpec spec, boolean kstar, double branchingFraction, double dataFraction) {}

    /** The reconstruction's cuts (GeV, GeV^2). */
    public record Selection(
            double electronId,
            double muonId,
            double electronPMin,
            double muonPMin,
            double kaonId,
            double kstarMassWindow,
            double mbcMin,
            double deltaEMin,
            double deltaEMax,
            double jpsiEeLow,
            double jpsiMuMuLow,
            double jpsiHigh,
            double psi2sEeLow,
            double psi2sMuMuLow,
            double psi2sHigh,
            double q2Min) {}

    /**
     * The continuum-suppression BDT: XGBoost settings, folds, and the cut on its score (a negative
     * cut: optimised on the training samples for the largest S / sqrt(S + B)).
     */
    public record Bdt(int trees, int depth, double learningRate, int folds, double cut) {}

    /** Fit settings: histogram bins of the projections. */
    public record Fit(int plotBinsMbc, int plotBinsDeltaE) {}

    /** Pseudo-experiments per mode, full and quick. */
    public record Toys(int count, int quickCount) {}

    /** Reads and checks a configuration (its shared keys too). */
    public static BKllConfig read(ConfigNode root) {
        return read(root, new BKllSearch().common(root));
    }

    /** Reads and checks a configuration whose shared keys {@code common} were read from {@code root}. */
    public static BKllConfig read(ConfigNode root, CommonConfig common) {
        ProcessRegistry processes = ProcessRegistry.standard();
        List<String> names = new ArrayList<>();
        Map<BKllMode, Signal> signals = new EnumMap<>(BKllMode.class);
        for (ConfigNode b : root.blocks("signals")) {
            String name = b.string("name");
            String key = b.string("mode");
            BKllMode mode = BKllMode.byKey(key);
            if (mode == null || signals.containsKey(mode)) {
                throw b.error("mode", "expected one of kee, kmumu, kstaree, kstarmumu, each once; got '" + key + "'");
            }
            SampleSpec spec = SampleSpec.read(b, name, mode.label(), processes);
            signals.put(mode, new Signal(spec, mode, b.number("branching_fraction", 1e-9, 1e-4)));
            names.add(name);
            b.finish();
        }
        if (signals.size() != BKllMode.ALL.size()) {
            throw root.error("signals", "expected one signal sample for each of kee, kmumu, kstaree, kstarmumu");
        }
        List<Control> controls = new ArrayList<>();
        for (ConfigNode b : root.blocks("controls")) {
            String name = b.string("name");
            String hadron = b.string("hadron");
            if (!Set.of("k", "kstar").contains(hadron)) {
                throw b.error("hadron", "expected k or kstar, got '" + hadron + "'");
            }
            SampleSpec spec = SampleSpec.read(b, name, name, processes);
            controls.add(new Control(
                    spec,
                    hadron.equals("kstar"),
                    b.number("branching_fraction", 1e-5, 1e-2),
                    b.number("data_fraction", 1e-4, 1.0)));
            names.add(name);
            b.finish();
        }
        List<SampleSpec> backgrounds = SampleSpec.readList(root, "backgrounds", names, processes);

        ConfigNode br = root.block("branching_fractions");
        double kstarToKpi = br.number("kstar0_to_kplus_piminus", 0.5, 0.8);
        double jpsiEe = br.number("jpsi_to_ee", 0.03, 0.1);
        double jpsiMuMu = br.number("jpsi_to_mumu", 0.03, 0.1);
        br.finish();

        Preselection preselection = Preselection.read(root);
        ConfigNode lf = root.block("lepton_filter");
        double leptonPMin = lf.number("p_min", 0, 2);
        lf.finish();

        ConfigNode s = root.block("selection");
        Selection selection = new Selection(
                s.number("electron_id", 0, 1),
                s.number("muon_id", 0, 1),
                s.number("electron_p_min_gev", 0, 2),
                s.number("muon_p_min_gev", 0, 2),
                s.number("kaon_id", 0, 1),
                s.number("kstar_mass_window_gev", 0.01, 0.5),
                s.number("mbc_min_gev", 5.0, 5.28),
                s.number("delta_e_min_gev", -0.5, -0.01),
                s.number("delta_e_max_gev", 0.01, 0.5),
                s.number("jpsi_ee_low_gev", -1, 0),
                s.number("jpsi_mumu_low_gev", -1, 0),
                s.number("jpsi_high_gev", 0, 0.5),
                s.number("psi2s_ee_low_gev", -1, 0),
                s.number("psi2s_mumu_low_gev", -1, 0),
                s.number("psi2s_high_gev", 0, 0.5),
                s.number("q2_min_gev2", 0, 5));
        s.finish();
        if (leptonPMin > Math.min(selection.electronPMin(), selection.muonPMin())) {
            throw lf.error("p_min", "the generator-level lepton threshold must not exceed the selection's");
        }

        ConfigNode b = root.block("bdt");
        Bdt bdt = new Bdt(
                b.integer("trees", 10, 2000),
                b.integer("max_depth", 1, 10),
                b.number("learning_rate", 0.01, 1),
                b.integer("folds", 2, 10),
                b.number("cut", -1, 1));
        b.finish();

        ConfigNode f = root.block("fit");
        Fit fit = new Fit(f.integer("plot_bins_mbc", 5, 200), f.integer("plot_bins_delta_e", 5, 200));
        f.finish();

        ConfigNode t = root.block("toys");
        Toys toys = new Toys(t.integer("count", 1, 100_000), t.integer("quick_count", 1, 100_000));
        t.finish();
        root.finish();
        return new BKllConfig(
                common,
                signals,
                controls,
                backgrounds,
                kstarToKpi,
                jpsiEe,
                jpsiMuMu,
                preselection,
                leptonPMin,
                selection,
                bdt,
                fit,
                toys);
    }

    /** B(J/psi -&gt; l+ l-) for the lepton {@code pdg} (11 or 13). */
    double jpsiToLl(int pdg) {
        return pdg == 11 ? jpsiToEe : jpsiToMuMu;
    }
}
