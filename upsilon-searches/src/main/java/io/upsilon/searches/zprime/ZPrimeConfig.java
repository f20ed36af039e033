package io.upsilon.searches.zprime;

import io.upsilon.analysis.particles.DecayString;
import io.upsilon.analysis.particles.ParticleListName;
import io.upsilon.analysis.select.CutExpression;
import io.upsilon.analysis.variables.StandardVariables;
import io.upsilon.analysis.variables.Variable;
import io.upsilon.analysis.variables.VariableRegistry;
import io.upsilon.core.config.ConfigNode;
import io.upsilon.core.error.InputException;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.generators.process.Process;
import io.upsilon.generators.process.ProcessRegistry;
import io.upsilon.searches.CommonConfig;
import io.upsilon.searches.Preselection;
import io.upsilon.searches.QuickScaling;
import io.upsilon.searches.RegionBdtConfig;
import io.upsilon.searches.SampleSpec;
import io.upsilon.searches.SignalGrid;
import java.util.ArrayList;
import java.util.List;

/**
 * The numbers of the Z' → invisible search, read from {@code analyses/zprime-invisible.yaml} (or a
 * user's copy) and checked: every key known, every number in range, every cut parsed, every process
 * registered. The shared keys (luminosity, beam, seed, detector, quick scaling), the samples and the
 * preselection use the framework's readers. Immutable.
 *
 * @param common the keys every search shares
 * @param signal the signal grid
 * @param backgrounds the background samples
 * @param preselection the generator-level preselection
 * @param selection particle lists, candidate and cuts
 * @param observable the fitted variable and its fine binning
 * @param fit the limit setting
 * @param bdt the classifier stage (disabled when the block is absent)
 */
public record ZPrimeConfig(
        CommonConfig common,
        Signal signal,
        List<SampleSpec> backgrounds,
        Preselection preselection,
        Selection selection,
        Observable observable,
        Fit fit,
        RegionBdtConfig bdt) {

    /** Quick mode: 1% of the luminosity samples, 4000 events per signal mass (the plot masses). */
    static final QuickScaling QUICK = new QuickScaling(0.01, 600_000, 4000, QuickScaling.FULL_PILOT_EVENTS);

    /**
     * @param grid the signal process (ee-mumu-zprime), masses, events per mass, plot masses
     * @param generationGprime coupling used for generation (narrow width); sigma scales as g'^2
     * @param fullyInvisible whether the g' limits use BR(invisible) = 1 instead of the nu nubar one
     * @param efficiencyUncertainty relative signal-efficiency uncertainty
     */
    public record Signal(
            SignalGrid grid, double generationGprime, boolean fullyInvisible, double efficiencyUncertainty) {
        /** The signal process. */
        public Process process() {
            return grid.process();
        }

        /** Z' masses, GeV, ascending. */
        public double[] masses() {
            return grid.masses();
        }

        /** Masses drawn in the recoil-mass plot (and run by --quick). */
        public double[] plotMasses() {
            return grid.plotMasses();
        }
    }

    /** Particle list, its cut, the candidate's decay string and the ordered named cuts. */
    public record Selection(
            ParticleListName muonList,
            CutExpression muonCut,
            DecayString candidate,
            List<String> cutNames,
            List<CutExpression> cuts) {}

    /** The fitted variable with its fine histogram binning. */
    public record Observable(Variable variable, double lo, double hi, int bins) {}

    /** Fit window (signal quantiles), bins in the window, confidence level. */
    public record Fit(double windowLow, double windowHigh, int windowBins, double cl) {}

    /** Reads and checks a configuration (its shared keys too). */
    public static ZPrimeConfig read(ConfigNode root) {
        return read(root, new ZPrimeInvisibleSearch().common(root));
    }

    /** Reads and checks a configuration whose shared keys {@code common} were read from {@code root}. */
    public static ZPrimeConfig read(ConfigNode root, CommonConfig common) {
        ProcessRegistry processes = ProcessRegistry.standard();
        ParticleTable table = ParticleTable.standard();
        VariableRegistry variables = StandardVariables.registry();

        ConfigNode s = root.block("signal");
        SignalGrid grid = SignalGrid.read(s, processes, 0.05, 10.0);
        double g0 = s.number("generation_gprime", 1e-6, 1.0);
        String scenario = s.string("gprime_scenario");
        if (!scenario.equals("vanilla") && !scenario.equals("fully-invisible")) {
            throw s.error("gprime_scenario", "expected vanilla or fully-invisible, got '" + scenario + "'");
        }
        double effUnc = s.number("efficiency_uncertainty", 0, 0.99); // 1 - u is the normsys down factor
        s.finish();
        Signal signal = new Signal(grid, g0, scenario.equals("fully-invisible"), effUnc);

        List<SampleSpec> backgrounds = SampleSpec.readList(root, "backgrounds", List.of(), processes);
        Preselection preselection = Preselection.read(root);

        ConfigNode sel = root.block("selection");
        ConfigNode mu = sel.block("muons");
        ParticleListName list = listName(mu, table);
        CutExpression muonCut = cut(mu, "cut", variables);
        mu.finish();
        String decayText = sel.string("candidate");
        DecayString decay;
        try {
            decay = DecayString.parse(decayText, table);
        } catch (InputException e) {
            throw sel.error("candidate", e.problem());
        }
        List<String> cutNames = new ArrayList<>();
        List<CutExpression> cuts = new ArrayList<>();
        for (ConfigNode c : sel.blocks("cuts")) {
            cutNames.add(c.string("name"));
            cuts.add(cut(c, "cut", variables));
            c.finish();
        }
        sel.finish();

        ConfigNode obs = root.block("observable");
        String varName = obs.string("variable");
        Variable variable;
        try {
            variable = variables.resolve(varName, obs.source(), 1);
        } catch (InputException e) {
            throw obs.error("variable", e.problem());
        }
        double lo = obs.number("lo", -1e3, 1e3);
        double hi = obs.number("hi", -1e3, 1e3);
        if (!(hi > lo)) {
            throw obs.error("hi", "expected hi > lo");
        }
        Observable observable = new Observable(variable, lo, hi, obs.integer("bins", 1, 100_000));
        obs.finish();

        ConfigNode f = root.block("fit");
        double[] q = f.range("window_quantiles", 0, 1);
        Fit fit = new Fit(q[0], q[1], f.integer("window_bins", 1, 1000), f.number("cl", 0.5, 0.999));
        f.finish();

        RegionBdtConfig bdt = RegionBdtConfig.read(root, 10.0);
        root.finish();
        return new ZPrimeConfig(
                common,
                signal,
                backgrounds,
                preselection,
                new Selection(list, muonCut, decay, List.copyOf(cutNames), List.copyOf(cuts)),
                observable,
                fit,
                bdt);
    }

    private static ParticleListName listName(ConfigNode n, ParticleTable table) {
        String text = n.string("list");
        try {
            return ParticleListName.parse(text, table);
        } catch (InputException e) {
            throw n.error("list", e.problem());
        }
    }

    private static CutExpression cut(ConfigNode n, String key, VariableRegistry variables) {
        String text = n.string(key);
        String where = n.source() + " at " + (n.path().isEmpty() ? key : n.path() + "." + key);
        return CutExpression.parse(text, variables, where, 1);
    }
}
