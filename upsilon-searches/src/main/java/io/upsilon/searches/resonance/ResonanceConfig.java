package io.upsilon.searches.resonance;

import io.upsilon.analysis.particles.ParticleListName;
import io.upsilon.analysis.select.CutExpression;
import io.upsilon.core.config.ConfigNode;
import io.upsilon.core.error.InputException;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.generators.process.Process;
import io.upsilon.generators.process.ProcessRegistry;
import io.upsilon.searches.CommonConfig;
import io.upsilon.searches.Preselection;
import io.upsilon.searches.RegionBdtConfig;
import io.upsilon.searches.SampleSpec;
import io.upsilon.searches.SelectionCuts;
import io.upsilon.searches.SignalGrid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers of a resonance search in four-track events (x-mumu, x-tautau), read from its YAML (or a
 * user's copy) and checked: every key known, every number in range, every cut parsed, every process
 * registered. Immutable.
 *
 * @param common the keys every search shares
 * @param signal the mass scan and the signal models
 * @param backgrounds the background samples
 * @param preselection the generator-level preselection
 * @param selection the four-track selection
 * @param scan the mass scan and the limit setting
 * @param bdt the classifier stage (disabled when the block is absent)
 */
public record ResonanceConfig(
        CommonConfig common,
        Signal signal,
        List<SampleSpec> backgrounds,
        Preselection preselection,
        Selection selection,
        MassScan scan,
        RegionBdtConfig bdt) {

    /**
     * @param masses scanned masses, GeV, ascending
     * @param plotMasses masses drawn in the plots and run by --quick
     * @param events generated events per mass and model
     * @param efficiencyUncertainty relative signal-efficiency uncertainty
     * @param models the signal models
     */
    public record Signal(
            double[] masses, double[] plotMasses, long events, double efficiencyUncertainty, List<Model> models) {
        /** Copies. */
        public Signal {
            masses = masses.clone();
            plotMasses = plotMasses.clone();
            models = List.copyOf(models);
        }

        @Override
        public double[] masses() {
            return masses.clone();
        }

        @Override
        public double[] plotMasses() {
            return plotMasses.clone();
        }
    }

    /**
     * One model of X.
     *
     * @param name short name (file names)
     * @param grid its process with the scan
     * @param label plot label
     * @param coupling the process parameter that is the coupling to muons
     * @param couplingLabel plot label of the coupling
     * @param generationCoupling the coupling of generation (sigma scales as its square)
     * @param parameters further process parameters (e.g. the forced decay)
     */
    public record Model(
            String name,
            SignalGrid grid,
            String label,
            String coupling,
            String couplingLabel,
            double generationCoupling,
            Map<String, String> parameters) {
        /** Copies. */
        public Model {
            parameters = Map.copyOf(parameters);
        }

        /** The signal process. */
        public Process process() {
            return grid.process();
        }
    }

    /**
     * @param tracks required number of tracks
     * @param muonList the muon list name
     * @param muonCut the muon-identification cut on a track
     * @param minIdentifiedMuons tracks that must pass it
     * @param cutNames names of the event cuts
     * @param cuts event cuts on the four-track candidate
     */
    public record Selection(
            int tracks,
            ParticleListName muonList,
            CutExpression muonCut,
            int minIdentifiedMuons,
            List<String> cutNames,
            List<CutExpression> cuts) {
        /** Copies. */
        public Selection {
            cutNames = List.copyOf(cutNames);
            cuts = List.copyOf(cuts);
        }
    }

    /**
     * Reads and checks a configuration whose shared keys {@code common} were read from {@code root}.
     *
     * @param massMin lowest allowed signal mass, GeV
     * @param massMax highest allowed signal mass (and end of the classifier regions)
     */
    public static ResonanceConfig read(ConfigNode root, CommonConfig common, double massMin, double massMax) {
        ProcessRegistry processes = ProcessRegistry.standard();
        ParticleTable table = ParticleTable.standard();

        ConfigNode s = root.block("signal");
        double[] masses = s.numbers("masses", massMin, massMax);
        for (int i = 1; i < masses.length; i++) {
            if (!(masses[i] > masses[i - 1])) {
                throw s.error("masses", "expected strictly increasing values");
            }
        }
        double[] plot = s.numbers("plot_masses", massMin, massMax);
        for (double m : plot) {
            if (java.util.Arrays.stream(masses).noneMatch(x -> x == m)) {
                throw s.error("plot_masses", "plot mass " + m + " is not one of the signal masses");
            }
        }
        if (plot.length < 2) {
            throw s.error("plot_masses", "expected at least two masses (a limit plot needs two)");
        }
        long events = s.longInteger("events", 100, 1_000_000_000L);
        double effUnc = s.number("efficiency_uncertainty", 0, 0.99);
        List<Model> models = new ArrayList<>();
        for (ConfigNode m : s.blocks("models")) {
            String name = m.string("name");
            if (!name.matches("[a-z][a-z0-9_-]*")) {
                throw m.error("name", "expected a lower-case name (letters, digits, - and _), got '" + name + "'");
            }
            if (models.stream().anyMatch(x -> x.name().equals(name))) {
                throw m.error("name", "model '" + name + "' given twice");
            }
            Process process = SampleSpec.process(m, "process", processes);
            String coupling = m.string("coupling");
            if (process.parameters().stream().noneMatch(p -> p.name().equals(coupling))) {
                throw m.error("coupling", "process " + process.name() + " has no parameter '" + coupling + "'");
            }
            Map<String, String> parameters = new LinkedHashMap<>();
            if (m.has("parameters")) {
                ConfigNode p = m.block("parameters");
                for (String key : p.keys()) {
                    if (key.equals("mass") || key.equals(coupling)) {
                        throw p.error(key, "set by the scan (mass) or by generation_coupling");
                    }
                    parameters.put(key, p.scalarText(key));
                }
                p.finish();
            }
            models.add(new Model(
                    name,
                    new SignalGrid(process, events, masses, plot),
                    m.string("label", name),
                    coupling,
                    m.string("coupling_label", coupling),
                    m.number("generation_coupling", 1e-6, 1.0),
                    parameters));
            m.finish();
        }
        if (models.isEmpty()) {
            throw s.error("models", "expected at least one signal model");
        }
        s.finish();
        Signal signal = new Signal(masses, plot, events, effUnc, models);

        List<SampleSpec> backgrounds = SampleSpec.readList(root, "backgrounds", List.of(), processes);
        Preselection preselection = Preselection.read(root);

        ConfigNode sel = root.block("selection");
        int tracks = sel.integer("tracks", 4, 4);
        ConfigNode mu = sel.block("muons");
        ParticleListName list;
        try {
            list = ParticleListName.parse(mu.string("list"), table);
        } catch (InputException e) {
            throw mu.error("list", e.problem());
        }
        if (Math.abs(list.particle().id()) != 13) {
            throw mu.error("list", "expected a muon list (mu+:NAME), got " + list);
        }
        CutExpression muonCut = SelectionCuts.cut(mu, "cut");
        mu.finish();
        int minMuons = sel.integer("min_identified_muons", 0, tracks);
        List<String> cutNames = new ArrayList<>();
        List<CutExpression> cuts = new ArrayList<>();
        for (ConfigNode c : sel.blocks("cuts")) {
            cutNames.add(c.string("name"));
            cuts.add(SelectionCuts.cut(c, "cut"));
            c.finish();
        }
        sel.finish();
        Selection selection = new Selection(tracks, list, muonCut, minMuons, cutNames, cuts);

        MassScan scan = MassScan.read(root);

        RegionBdtConfig bdt = RegionBdtConfig.read(root, massMax);
        root.finish();
        return new ResonanceConfig(common, signal, backgrounds, preselection, selection, scan, bdt);
    }
}
