package io.upsilon.searches.llpscalar;

import io.upsilon.core.config.ConfigNode;
import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.generators.process.Process;
import io.upsilon.generators.process.ProcessRegistry;
import io.upsilon.searches.CommonConfig;
import io.upsilon.searches.Preselection;
import io.upsilon.searches.QuickScaling;
import io.upsilon.searches.SampleSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The configuration of {@code llp-scalar} (analyses/llp-scalar.yaml): the signal grid, the final states,
 * the backgrounds, the selection, the scan and the interpretation.
 *
 * @param common the keys every search shares
 * @param signal the signal samples
 * @param finalStates the final states of S, each its own scan
 * @param backgrounds the background samples
 * @param preselection the generator-level preselection
 * @param selection the cuts shared by the final states
 * @param backgroundFilter the margins of the background samples' generator-level filter
 * @param scan the scan's settings
 * @param interpretation the mixing-angle scan
 * @param reference what Belle II published
 */
record LlpScalarConfig(
        CommonConfig common,
        Signal signal,
        List<FinalState> finalStates,
        List<SampleSpec> backgrounds,
        Preselection preselection,
        Selection selection,
        BackgroundFilter backgroundFilter,
        Scan scan,
        Interpretation interpretation,
        Reference reference) {

    /** Quick-mode defaults (the YAML's {@code quick:} block overrides them). */
    static final QuickScaling QUICK = new QuickScaling(0.0001, 3_000, 1000, 3000);

    /** The lightest and heaviest m_S the generator's B+ -&gt; K+ S allows (GeV): m_B+ - m_K+ = 4.786. */
    static final double MAX_SCALAR_MASS = 4.78;

    /** The heaviest m_S of B0 -&gt; K*0 S (GeV): m_B0 - m_K*0 = 5.280 - 0.896 = 4.38 (PDG). */
    static final double MAX_SCALAR_MASS_KSTAR = 4.38;

    /**
     * The signal samples.
     *
     * @param process the B pair process of B+ -&gt; K+ S (Upsilon(4S) -&gt; B+ B-)
     * @param overlay the generator overlay with one signal B+
     * @param kstarProcess the B pair process of B0 -&gt; K*0 S (Upsilon(4S) -&gt; B0 anti-B0)
     * @param kstarOverlay its overlay (K*0 forced to K+ pi-)
     * @param lifetimes c tau grid, cm, ascending
     * @param quickLifetime the lifetime of --quick, cm (one of the grid)
     * @param events generated events per point
     */
    record Signal(
            Process process,
            String overlay,
            Process kstarProcess,
            String kstarOverlay,
            double[] lifetimes,
            double quickLifetime,
            long events) {
        /** The process of a final state's production mode. */
        Process process(FinalState fs) {
            return fs.kstar() ? kstarProcess : process;
        }

        /** The overlay of a final state's production mode. */
        String overlay(FinalState fs) {
            return fs.kstar() ? kstarOverlay : overlay;
        }

        /** The lifetimes of a run. */
        double[] lifetimes(boolean quick) {
            return quick ? new double[] {quickLifetime} : lifetimes.clone();
        }
    }

    /** A window in M(x x) removed from a final state. */
    record Veto(String name, double lo, double hi) {}

    /**
     * One final state of S.
     *
     * @param name short name (mumu, pipi)
     * @param label plot label
     * @param channel the overlay's channel number of the S decay
     * @param daughter the positive daughter's particle data
     * @param pid which identification probability ("electron", "muon", "pion", "kaon")
     * @param pidMin its minimum for both daughters
     * @param deltaEMax |Delta E| maximum, GeV
     * @param r2Max R2 maximum
     * @param cosPointingMin minimum cosine of the pointing angle
     * @param masses generated m_S, GeV
     * @param plotMasses the masses of --quick and of the plots
     * @param scanMin lowest m_S of the scan, GeV
     * @param scanMax highest
     * @param vetoes M(x x) windows removed
     * @param inQuick whether --quick runs this final state
     * @param production how S is produced: {@code kplus} (B+ -&gt; K+ S) or {@code kstar0} (B0 -&gt; K*0 S,
     *     K*0 -&gt; K+ pi-)
     */
    record FinalState(
            String name,
            String label,
            int channel,
            ParticleData daughter,
            String pid,
            double pidMin,
            double deltaEMax,
            double r2Max,
            double cosPointingMin,
            double[] masses,
            double[] plotMasses,
            double scanMin,
            double scanMax,
            List<Veto> vetoes,
            boolean inQuick,
            String production) {
        /** B+ -&gt; K+ S. */
        static final String KPLUS = "kplus";

        /** B0 -&gt; K*0 S, K*0 -&gt; K+ pi-. */
        static final String KSTAR0 = "kstar0";

        /**
         * B(K*0 -&gt; K+ pi-) = 2/3: K*(892) decays to K pi (PDG, K*(892) listing), split 2:1 between K+ pi-
         * and K0 pi0 by isospin (Clebsch-Gordan coefficients of 1/2 x 1 -&gt; 1/2).
         */
        static final double KSTAR_TO_KPLUS_PIMINUS = 2.0 / 3.0;

        /** Whether S comes from B0 -&gt; K*0 S. */
        boolean kstar() {
            return KSTAR0.equals(production);
        }

        /** The branching fraction of the reconstructed hadron's decay (K*0 -&gt; K+ pi-; 1 for a K+). */
        double hadronBranching() {
            return kstar() ? KSTAR_TO_KPLUS_PIMINUS : 1.0;
        }

        /** The B decay as a plot label. */
        String decay() {
            return kstar() ? "B⁰ → K*⁰S" : "B⁺ → K⁺S";
        }

        /** The masses of a run. */
        double[] masses(boolean quick) {
            return quick ? plotMasses.clone() : masses.clone();
        }

        /** The daughter's mass, GeV. */
        double daughterMass() {
            return daughter.mass();
        }

        /** Whether M(x x) falls in a veto window. */
        boolean vetoed(double pairMass) {
            for (Veto v : vetoes) {
                if (pairMass > v.lo() && pairMass < v.hi()) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Cuts shared by the final states.
     *
     * @param kaonId kaonID minimum of the K+
     * @param kaonD0Max |d0| maximum of the K+, cm
     * @param vertexChi2Max chi^2 maximum of the S vertex fit
     * @param radiusMin minimum transverse distance of the S vertex, cm
     * @param radiusMax maximum
     * @param mbcMin Mbc minimum, GeV
     * @param ksVeto half-width of the K_S0 veto in M(pi pi), GeV
     * @param lambdaVeto half-width of the Lambda veto in M(p pi), GeV
     * @param conversionMassMax M(e e) below which a pair is taken for a conversion, GeV
     * @param kstarMassWindow half-width of the K*0 window in M(K+ pi-), GeV
     * @param kstarPionId pionID minimum of the K*0's pion
     */
    record Selection(
            double kaonId,
            double kaonD0Max,
            double vertexChi2Max,
            double radiusMin,
            double radiusMax,
            double mbcMin,
            double ksVeto,
            double lambdaVeto,
            double conversionMassMax,
            double kstarMassWindow,
            double kstarPionId) {}

    /**
     * The margins of {@link BCandidateFilter}: the generated K x x triple must have Mbc above the cut
     * minus {@code mbcMargin} and |Delta E| below the final state's cut plus {@code deltaEMargin}.
     *
     * @param enabled whether the background samples are filtered
     * @param deltaEMargin GeV
     * @param mbcMargin GeV
     */
    record BackgroundFilter(boolean enabled, double deltaEMargin, double mbcMargin) {}

    /**
     * The scan's settings.
     *
     * @param windowSigmas counting window of the limits, resolutions
     * @param cl confidence level
     * @param toys pseudo-experiments of a full run
     * @param quickToys of --quick
     * @param backgroundFloor expected background when no simulated event survives
     * @param minShapeEvents fewest simulated events for a fitted background shape
     */
    record Scan(double windowSigmas, double cl, int toys, int quickToys, double backgroundFloor, int minShapeEvents) {}

    /** The mixing-angle scan: log-spaced theta from thetaMin to thetaMax. */
    record Interpretation(double thetaMin, double thetaMax, int points) {}

    /** Belle II's published reach: the level of its limits over its m_S range. */
    record Reference(double limitLevel, double massMin, double massMax) {}

    /** Reads a configuration, its shared keys included (tests). */
    static LlpScalarConfig read(ConfigNode root) {
        return read(root, new LlpScalarSearch().common(root));
    }

    /** The final states of a run: those marked {@code in_quick} in quick mode, else all. */
    List<FinalState> finalStates(boolean quick) {
        return finalStates.stream().filter(f -> !quick || f.inQuick()).toList();
    }

    /** Reads and checks a configuration whose shared keys {@code common} were read from {@code root}. */
    static LlpScalarConfig read(ConfigNode root, CommonConfig common) {
        ProcessRegistry processes = ProcessRegistry.standard();
        ParticleTable table = ParticleTable.standard();

        ConfigNode s = root.block("signal");
        Process process = SampleSpec.process(s, "process", processes);
        String overlay = s.string("overlay");
        double[] lifetimes = ascending(s, "lifetimes_cm", 1e-4, 1e4);
        double quickLifetime = s.number("quick_lifetime_cm", 1e-4, 1e4);
        if (Arrays.stream(lifetimes).noneMatch(x -> x == quickLifetime)) {
            throw s.error("quick_lifetime_cm", "expected one of lifetimes_cm");
        }
        Process kstarProcess = SampleSpec.process(s, "kstar_process", processes);
        String kstarOverlay = s.string("kstar_overlay");
        Signal signal = new Signal(
                process,
                overlay,
                kstarProcess,
                kstarOverlay,
                lifetimes,
                quickLifetime,
                s.longInteger("events", 100, 10_000_000L));
        s.finish();

        List<FinalState> states = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (ConfigNode f : root.blocks("final_states")) {
            String name = f.string("name");
            if (!name.matches("[a-z][a-z0-9_]*") || names.contains(name)) {
                throw f.error("name", "expected a unique short lower-case name, got '" + name + "'");
            }
            names.add(name);
            String label = f.string("label");
            int channel = f.integer("channel", 1, 4);
            String daughterName = f.string("daughter");
            ParticleData daughter = table.findByName(daughterName)
                    .orElseThrow(() -> f.error("daughter", "unknown particle '" + daughterName + "'"));
            if (daughter.charge() <= 0) {
                throw f.error("daughter", "expected the positive daughter (e+, mu+, pi+, K+)");
            }
            String pid = f.string("pid");
            if (!List.of("electron", "muon", "pion", "kaon").contains(pid)) {
                throw f.error("pid", "expected electron, muon, pion or kaon, got '" + pid + "'");
            }
            double pidMin = f.number("pid_min", 0, 1);
            double de = f.number("delta_e_max_gev", 0.005, 0.5);
            double r2 = f.number("r2_max", 0.05, 1);
            double cosPointing = f.number("cos_pointing_min", 0, 1);
            String production = f.string("production", FinalState.KPLUS);
            if (!List.of(FinalState.KPLUS, FinalState.KSTAR0).contains(production)) {
                throw f.error("production", "expected kplus or kstar0, got '" + production + "'");
            }
            double lowest = 2 * daughter.mass();
            double highest = FinalState.KSTAR0.equals(production) ? MAX_SCALAR_MASS_KSTAR : MAX_SCALAR_MASS;
            double[] masses = ascending(f, "masses", lowest, highest);
            double[] plot = f.numbers("plot_masses", lowest, highest);
            for (double m : plot) {
                if (Arrays.stream(masses).noneMatch(x -> x == m)) {
                    throw f.error("plot_masses", "plot mass " + m + " is not one of the masses");
                }
            }
            double scanMin = f.number("scan_min_gev", lowest, highest);
            double scanMax = f.number("scan_max_gev", scanMin, highest);
            List<Veto> vetoes = new ArrayList<>();
            for (ConfigNode v : f.blocks("vetoes")) {
                double lo = v.number("lo_gev", 0, 6);
                double hi = v.number("hi_gev", lo, 6);
                vetoes.add(new Veto(v.string("name"), lo, hi));
                v.finish();
            }
            states.add(new FinalState(
                    name,
                    label,
                    channel,
                    daughter,
                    pid,
                    pidMin,
                    de,
                    r2,
                    cosPointing,
                    masses,
                    plot,
                    scanMin,
                    scanMax,
                    List.copyOf(vetoes),
                    f.bool("in_quick", true),
                    production));
            f.finish();
        }
        if (states.isEmpty()) {
            throw root.error("final_states", "expected at least one final state");
        }

        List<SampleSpec> backgrounds = SampleSpec.readList(root, "backgrounds", List.of("signal"), processes);
        Preselection preselection = Preselection.read(root);

        ConfigNode c = root.block("selection");
        Selection selection = new Selection(
                c.number("kaon_id", 0, 1),
                c.number("kaon_d0_max_cm", 0.01, 10),
                c.number("vertex_chi2_max", 0.1, 1e4),
                c.number("radius_min_cm", 0, 100),
                c.number("radius_max_cm", 0.1, 120),
                c.number("mbc_min_gev", 5.0, 5.29),
                c.number("ks_veto_gev", 0, 0.1),
                c.number("lambda_veto_gev", 0, 0.1),
                c.number("conversion_mass_max_gev", 0, 0.5),
                c.number("kstar_mass_window_gev", 0.01, 0.5),
                c.number("kstar_pion_id", 0, 1));
        if (!(selection.radiusMax() > selection.radiusMin())) {
            throw c.error("radius_max_cm", "expected radius_max_cm > radius_min_cm");
        }
        c.finish();

        ConfigNode bf = root.block("background_filter");
        BackgroundFilter backgroundFilter = new BackgroundFilter(
                bf.bool("enabled", true),
                bf.number("delta_e_margin_gev", 0.02, 1),
                bf.number("mbc_margin_gev", 0.005, 0.3));
        bf.finish();

        ConfigNode sc = root.block("scan");
        Scan scan = new Scan(
                sc.number("window_sigmas", 0.5, 5),
                sc.number("cl", 0.5, 0.999),
                sc.integer("toys", 0, 100_000),
                sc.integer("quick_toys", 0, 100_000),
                sc.number("background_floor_events", 0, 100),
                sc.integer("min_shape_events", 1, 1000));
        sc.finish();

        ConfigNode in = root.block("interpretation");
        double tMin = in.number("theta_min", 1e-9, 1);
        Interpretation interpretation =
                new Interpretation(tMin, in.number("theta_max", tMin, 1), in.integer("points", 2, 10_000));
        in.finish();

        ConfigNode r = root.block("reference");
        double rMin = r.number("mass_min_gev", 0, 6);
        Reference reference = new Reference(r.number("limit_level", 1e-12, 1), rMin, r.number("mass_max_gev", rMin, 6));
        r.finish();

        root.finish();
        return new LlpScalarConfig(
                common,
                signal,
                List.copyOf(states),
                backgrounds,
                preselection,
                selection,
                backgroundFilter,
                scan,
                interpretation,
                reference);
    }

    private static double[] ascending(ConfigNode n, String key, double min, double max) {
        double[] v = n.numbers(key, min, max);
        if (v.length == 0) {
            throw n.error(key, "expected at least one value");
        }
        for (int i = 1; i < v.length; i++) {
            if (!(v[i] > v[i - 1])) {
                throw n.error(key, "expected strictly increasing values");
            }
        }
        return v;
    }
}
