package io.upsilon.searches.taumass;

import io.upsilon.analysis.select.CutExpression;
import io.upsilon.core.config.ConfigNode;
import io.upsilon.core.error.InputException;
import io.upsilon.generators.process.Process;
import io.upsilon.generators.process.ProcessRegistry;
import io.upsilon.searches.CommonConfig;
import io.upsilon.searches.Preselection;
import io.upsilon.searches.QuickScaling;
import io.upsilon.searches.SampleSpec;
import io.upsilon.searches.SelectionCuts;
import java.util.List;

/**
 * The numbers of the τ-mass measurement, read from {@code analyses/tau-mass.yaml} (or a user's
 * copy) and checked: every key known, every number in range. Immutable.
 *
 * @param common the keys every search shares (luminosity, beam, seed, detector, quick scaling)
 * @param dataFraction generated fraction of σ × L for the pseudo-dataset
 * @param calibrationFraction same for the bias-calibration sample
 * @param closureFraction same for the closure sample
 * @param closureShift input τ-mass shift of the closure sample, GeV
 * @param backgrounds non-τ-pair samples (the q q̄ continuum) mixed into the three samples, see
 *     {@link TauMassSearch}
 * @param preselection generator-level preselection
 * @param selection reconstruction-level selection
 * @param fit the endpoint fit
 * @param systematics the shifts
 */
public record TauMassConfig(
        CommonConfig common,
        double dataFraction,
        double calibrationFraction,
        double closureFraction,
        double closureShift,
        List<SampleSpec> backgrounds,
        Preselection preselection,
        Selection selection,
        Fit fit,
        Systematics systematics) {

    /** Name of the τ-pair process (the only one used). */
    public static final String PROCESS = "ee-tautau";

    /** Quick mode: a tenth of each sample's fraction of σ × L, a 20000-event pilot run. */
    static final QuickScaling QUICK = new QuickScaling(0.1, 20_000, 10_000, 20_000);

    /**
     * Reconstruction-level selection, in the cut language ({@link CutExpression}).
     *
     * @param tracks the good-track cut (tracks as pions)
     * @param photons the cut on neutral clusters entering the thrust axis
     * @param cuts the named cuts on the 3×1 candidate, each a cut-flow row
     */
    public record Selection(CutExpression tracks, CutExpression photons, SelectionCuts cuts) {}

    /**
     * The endpoint fit.
     *
     * @param lo lower edge of the fit window, GeV
     * @param hi upper edge, GeV
     * @param p1 start of the edge position, GeV
     * @param p2 start of the edge width, GeV (also its value when a fit has to fix it)
     * @param p2Min lower bound of the edge width, GeV
     * @param p3 start of the step height
     * @param p5 start of the linear slope, 1/GeV
     * @param fixP4 whether p4 is fixed at 0
     * @param plotBinMev bin width of the plot, MeV
     */
    public record Fit(
            double lo,
            double hi,
            double p1,
            double p2,
            double p2Min,
            double p3,
            double p5,
            boolean fixP4,
            double plotBinMev) {}

    /**
     * @param beamEnergyShift shift of the assumed E*_beam, GeV
     * @param momentumScale relative track-momentum scale variation
     */
    public record Systematics(double beamEnergyShift, double momentumScale) {}

    /** The τ-pair process from the registry. */
    public static Process process() {
        return ProcessRegistry.standard().get(PROCESS);
    }

    /** Reads and checks a configuration (its shared keys too). */
    public static TauMassConfig read(ConfigNode root) {
        return read(root, new TauMassSearch().common(root));
    }

    /** Reads and checks a configuration whose shared keys {@code common} were read from {@code root}. */
    public static TauMassConfig read(ConfigNode root, CommonConfig common) {

        ConfigNode s = root.block("samples");
        ConfigNode d = s.block("data");
        double fData = d.number("luminosity_fraction", 1e-6, 10);
        d.finish();
        ConfigNode c = s.block("calibration");
        double fCal = c.number("luminosity_fraction", 1e-6, 10);
        c.finish();
        ConfigNode cl = s.block("closure");
        double fClo = cl.number("luminosity_fraction", 1e-6, 10);
        double shift = cl.number("tau_mass_shift_gev", -0.05, 0.05);
        cl.finish();
        s.finish();

        List<SampleSpec> backgrounds = SampleSpec.readOptionalList(
                root, "backgrounds", List.of("data", "calibration", "closure", "tautau"), ProcessRegistry.standard());
        Preselection preselection = Preselection.read(root);

        ConfigNode sel = root.block("selection");
        Selection selection = new Selection(
                SelectionCuts.cut(sel, "tracks"),
                SelectionCuts.cut(sel, "photons"),
                SelectionCuts.read(sel, "cuts", List.of("cut")));
        sel.finish();

        ConfigNode f = root.block("fit");
        double[] window = f.range("window_gev", 1.0, 2.5);
        double p1 = f.number("p1_start", 1.0, 2.5);
        if (!(p1 > window[0] && p1 < window[1])) {
            throw f.error("p1_start", "expected a start value inside window_gev");
        }
        Fit fit = new Fit(
                window[0],
                window[1],
                p1,
                f.number("p2_start", 1e-5, 0.1),
                f.number("p2_min_gev", 1e-6, 0.01),
                f.number("p3_start", -0.63, 0),
                f.number("p5_start", -5, 5),
                f.bool("fix_p4", true),
                f.number("plot_bin_mev", 0.1, 50));
        if (!(fit.p2() > fit.p2Min())) {
            throw f.error("p2_start", "expected p2_start > p2_min_gev");
        }
        f.finish();

        ConfigNode sy = root.block("systematics");
        Systematics systematics =
                new Systematics(sy.number("beam_energy_shift_gev", 0, 0.1), sy.number("momentum_scale", 0, 0.1));
        sy.finish();
        root.finish();
        try {
            process();
        } catch (InputException e) {
            throw root.error("analysis", e.problem());
        }
        return new TauMassConfig(
                common, fData, fCal, fClo, shift, backgrounds, preselection, selection, fit, systematics);
    }
}
