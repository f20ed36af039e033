package io.upsilon.searches.bknunu;

import io.upsilon.analysis.particles.ParticleListName;
import io.upsilon.analysis.select.CutExpression;
import io.upsilon.analysis.variables.StandardVariables;
import io.upsilon.analysis.variables.Variable;
import io.upsilon.analysis.variables.VariableRegistry;
import io.upsilon.core.beam.Beam;
import io.upsilon.core.config.ConfigNode;
import io.upsilon.core.error.InputException;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.generators.process.ProcessRegistry;
import io.upsilon.searches.CommonConfig;
import io.upsilon.searches.Preselection;
import io.upsilon.searches.QuickScaling;
import io.upsilon.searches.SampleSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The configuration of the B+ → K+ ν ν̄ inclusive-tag search ({@code analyses/b-knunu.yaml}): the
 * shared keys, the signal and background samples, the off-resonance continuum, the selection, the
 * classifier inputs and settings, and the fit binning.
 *
 * @param common the shared keys
 * @param signal the signal sample (a B+B− pair with one B → K+ ν ν̄)
 * @param smBranchingFraction the branching fraction that defines μ = 1
 * @param signalUncertainty relative normalisation uncertainty of the signal efficiency
 * @param backgrounds the on-resonance background samples
 * @param offResonance the off-resonance continuum
 * @param preselection the generator-level preselection
 * @param filter the generator-level missing-energy filter (applied after the preselection)
 * @param selection the kaon list and the cut list
 * @param features the classifier inputs (all in BDT2; those flagged in BDT1 too)
 * @param bdt the classifier settings
 * @param fit the binning and the statistical settings
 * @param hta the hadronic-tag analysis and the combination
 */
public record BKnunuConfig(
        CommonConfig common,
        SampleSpec signal,
        double smBranchingFraction,
        double signalUncertainty,
        List<SampleSpec> backgrounds,
        OffResonance offResonance,
        Preselection preselection,
        MissingEnergyFilter filter,
        Selection selection,
        List<Feature> features,
        Bdt bdt,
        Fit fit,
        Hta hta) {
    /** Quick-mode defaults where the file has no {@code quick:} block. */
    static final QuickScaling QUICK = new QuickScaling(2e-5, 40_000, 20_000, 20_000);

    /** Validates. */
    public BKnunuConfig {
        backgrounds = List.copyOf(backgrounds);
        features = List.copyOf(features);
    }

    /**
     * The off-resonance sample: the continuum backgrounds named in {@code samples} generated again
     * at {@code beamPreset} with their own luminosity.
     *
     * @param beamPreset beam preset ({@code upsilon beam --preset}), e.g. {@code Y4S-off}
     * @param luminosityFb off-resonance integrated luminosity, fb^-1
     * @param luminosityFraction fraction of σ × L generated (times the quick fraction)
     * @param samples the backgrounds (by name) that exist below the Υ(4S)
     */
    public record OffResonance(
            String beamPreset, double luminosityFb, double luminosityFraction, List<String> samples) {
        /** Validates. */
        public OffResonance {
            samples = List.copyOf(samples);
        }

        /** The off-resonance sample of background {@code on}: name {@code off_NAME}, fraction of this block. */
        SampleSpec sampleOf(SampleSpec on) {
            return new SampleSpec(
                    "off_" + on.name(),
                    on.label() + " (off-res.)",
                    on.process(),
                    SampleSpec.LUMINOSITY,
                    luminosityFraction,
                    on.normalisationUncertainty(),
                    on.parameters());
        }
    }

    /**
     * The reconstruction-level selection.
     *
     * @param kaonList the signal-kaon list
     * @param kaonCut its cut
     * @param cutNames names of the event cuts (cut-flow rows)
     * @param cuts the event cuts, on the chosen kaon candidate
     * @param roeTrackPtMin rest of event: lowest track p_T, GeV
     * @param roeClusterEMin rest of event: lowest neutral-cluster energy, GeV
     */
    public record Selection(
            ParticleListName kaonList,
            CutExpression kaonCut,
            List<String> cutNames,
            List<CutExpression> cuts,
            double roeTrackPtMin,
            double roeClusterEMin) {
        /** Validates. */
        public Selection {
            cutNames = List.copyOf(cutNames);
            cuts = List.copyOf(cuts);
        }
    }

    /**
     * A classifier input: a variable expression on the signal-kaon candidate.
     *
     * @param name short name (plots, feature importance)
     * @param variable the variable
     * @param inBdt1 whether BDT1 uses it (BDT2 uses every feature)
     */
    public record Feature(String name, Variable variable, boolean inBdt1) {}

    /**
     * Settings of both classifiers.
     *
     * @param folds cross-training folds (each event is scored by a classifier that did not see it)
     * @param bdt1Cut events with BDT1 above it enter BDT2
     * @param trees trees per classifier
     * @param maxDepth tree depth
     * @param learningRate shrinkage
     * @param minChildWeight minimum (class-balanced) weight per leaf
     */
    public record Bdt(int folds, double bdt1Cut, int trees, int maxDepth, double learningRate, double minChildWeight) {}

    /**
     * The fit.
     *
     * @param etaEdges η(BDT2) bin edges of the signal region
     * @param q2recEdges q²_rec bin edges, GeV²
     * @param truthQ2Bins generated-q² bins of the reinterpretation mapping (0 to (m_B − m_K)²)
     * @param cl confidence level of the upper limits
     * @param closureMu injected signal strengths of the closure test
     * @param luminosity2021Fb on-resonance luminosity of the 2021 analysis, fb^-1
     * @param offResonance2021Fb off-resonance luminosity of the 2021 analysis, fb^-1
     * @param tailEtaMin threshold η_s of the background η-tail model ({@link BackgroundTail})
     * @param directMinEvents simulated signal-region events from which a background's template is
     *     its own events rather than the η-tail model
     */
    public record Fit(
            double[] etaEdges,
            double[] q2recEdges,
            int truthQ2Bins,
            double cl,
            double[] closureMu,
            double luminosity2021Fb,
            double offResonance2021Fb,
            double tailEtaMin,
            int directMinEvents) {
        /** Fit bins per channel: η bins × q²_rec bins. */
        int bins() {
            return (etaEdges.length - 1) * (q2recEdges.length - 1);
        }

        /** The flat bin of (η, q²_rec), η-major, or −1 outside the signal region. */
        int bin(double eta, double q2rec) {
            int i = find(etaEdges, eta);
            int j = find(q2recEdges, q2rec);
            return i < 0 || j < 0 ? -1 : i * (q2recEdges.length - 1) + j;
        }

        /** The q²_rec bin of {@code q2rec}, or −1 outside. */
        int q2Bin(double q2rec) {
            return find(q2recEdges, q2rec);
        }

        static int find(double[] edges, double x) {
            if (!(x >= edges[0] && x <= edges[edges.length - 1])) {
                return -1;
            }
            for (int k = 1; k < edges.length; k++) {
                if (x < edges[k] || k == edges.length - 1) {
                    return k - 1;
                }
            }
            return -1;
        }
    }

    /**
     * HTA-only Υ(4S) samples: generic B B̄ processes generated again at a larger luminosity fraction,
     * of which only the events that pass the generator-level {@link HtaSideFilter} are simulated and
     * given to the HTA (not to the ITA). In the HTA each adds to the generic sample it copies: one
     * template, each sample weighted by its share of the two luminosity fractions, with the generic
     * sample's name and normalisation nuisance.
     *
     * @param filter the signal-side filter
     * @param samples the enriched samples (named {@code NAME_hta})
     * @param replaces per enriched sample, the name of the generic background it copies
     */
    public record Enriched(HtaSideFilter filter, List<SampleSpec> samples, List<String> replaces) {
        /** Validates. */
        public Enriched {
            samples = List.copyOf(samples);
            replaces = List.copyOf(replaces);
            if (samples.size() != replaces.size()) {
                throw new IllegalArgumentException("one replaced background per enriched sample");
            }
        }

        /** The enriched copy of background {@code name}, or null. */
        SampleSpec replacing(String name) {
            int i = replaces.indexOf(name);
            return i < 0 ? null : samples.get(i);
        }

        static Enriched read(ConfigNode e, List<SampleSpec> backgrounds) {
            HtaSideFilter filter = HtaSideFilter.read(e.block("side_filter"));
            List<SampleSpec> samples = new ArrayList<>();
            List<String> replaces = new ArrayList<>();
            for (ConfigNode n : e.blocks("samples")) {
                String name = n.string("name");
                SampleSpec on = backgrounds.stream()
                        .filter(b -> b.name().equals(name))
                        .findFirst()
                        .orElseThrow(() -> n.error("name", "no background named '" + name + "'"));
                if (!on.process().name().startsWith("y4s-")) {
                    throw n.error("name", "the side filter needs B pairs: '" + name + "' is not an Upsilon(4S) sample");
                }
                if (replaces.contains(name)) {
                    throw n.error("name", "background '" + name + "' is enriched twice");
                }
                samples.add(new SampleSpec(
                        name + "_hta",
                        on.label(),
                        on.process(),
                        SampleSpec.LUMINOSITY,
                        n.number("luminosity_fraction", 1e-9, 10),
                        on.normalisationUncertainty(),
                        on.parameters()));
                replaces.add(name);
                n.finish();
            }
            e.finish();
            return new Enriched(filter, samples, replaces);
        }
    }

    /**
     * The hadronic-tag analysis (HTA, PRD 109, 112006 (2024), Sec. IX) and its combination with the
     * ITA.
     *
     * @param tagger the parametrised FEI
     * @param trackPtMin lowest p_T of a signal-side track, GeV
     * @param kaonIdMin kaon-ID cut on the signal-side track
     * @param photonEMin lowest energy of a signal-side neutral cluster (E_extra, photons), GeV
     * @param eExtraMax upper cut on E_extra, GeV
     * @param etaEdges η(BDTh) bin edges of the HTA signal region
     * @param tagUncertainty relative normalisation uncertainty of the tag efficiency (HTA signal and
     *     true-tag backgrounds)
     * @param toys toys per tested μ of the toy-based CLs limit on the combined likelihood
     * @param tailEtaMin threshold of the HTA backgrounds' η-tail model ({@link BackgroundTail})
     * @param enriched the HTA-only B B̄ samples behind the signal-side filter, or null (the HTA then
     *     uses the generic samples)
     */
    public record Hta(
            HadronicTagger tagger,
            double trackPtMin,
            double kaonIdMin,
            double photonEMin,
            double eExtraMax,
            double[] etaEdges,
            double tagUncertainty,
            int toys,
            double tailEtaMin,
            Enriched enriched) {
        /** The η(BDTh) bin of {@code eta}, or −1 outside the signal region. */
        int bin(double eta) {
            return Fit.find(etaEdges, eta);
        }

        /** Fit bins of the HTA channel. */
        int bins() {
            return etaEdges.length - 1;
        }

        /** Reads the {@code hadronic_tag:} block ({@code backgrounds}: the declared backgrounds). */
        static Hta read(ConfigNode h, List<SampleSpec> backgrounds) {
            HadronicTagger tagger = HadronicTagger.read(h.block("tagger"));
            Hta hta = new Hta(
                    tagger,
                    h.number("track_pt_min", 0, 5),
                    h.number("kaon_id_min", 0, 1),
                    h.number("photon_e_min", 0, 5),
                    h.number("e_extra_max", 0, 20),
                    ascending(h, "eta_edges", 0, 1),
                    h.number("tag_uncertainty", 0, 0.99),
                    h.integer("toys", 1, 1_000_000),
                    h.number("background_tail_eta_min", 0, 0.99),
                    h.has("enriched") ? Enriched.read(h.block("enriched"), backgrounds) : null);
            if (!(hta.tailEtaMin() < hta.etaEdges()[0])) {
                throw h.error("background_tail_eta_min", "must be below the signal region's first eta edge");
            }
            h.finish();
            return hta;
        }
    }

    /** Reads and checks a configuration (its shared keys too). */
    public static BKnunuConfig read(ConfigNode root) {
        return read(root, new BKnunuSearch().common(root));
    }

    /** Reads and checks a configuration whose shared keys {@code common} were read from {@code root}. */
    public static BKnunuConfig read(ConfigNode root, CommonConfig common) {
        ProcessRegistry processes = ProcessRegistry.standard();
        ParticleTable table = ParticleTable.standard();
        VariableRegistry variables = StandardVariables.registry();

        ConfigNode s = root.block("signal");
        SampleSpec signal = SampleSpec.read(s, "signal", "B⁺ → K⁺νν̄ (SM)", processes);
        if (!signal.parameters().containsKey("signal")) {
            throw s.error("parameters", "the signal sample needs a signal overlay (parameters: signal: b-knunu)");
        }
        double br = s.number("sm_branching_fraction", 1e-9, 1e-3);
        double sigUnc = s.number("efficiency_uncertainty", 0, 0.99);
        s.finish();

        List<SampleSpec> backgrounds = SampleSpec.readList(root, "backgrounds", List.of("signal"), processes);
        Set<String> names = new HashSet<>();
        backgrounds.forEach(b -> names.add(b.name()));

        ConfigNode o = root.block("off_resonance");
        String offBeam = o.string("beam");
        try {
            Beam.preset(offBeam);
        } catch (InputException | IllegalArgumentException e) {
            throw o.error("beam", e instanceof InputException ie ? ie.problem() : e.getMessage());
        }
        double offLumi = o.number("luminosity_fb", 1e-6, 1e6);
        double offFraction = o.number("luminosity_fraction", 1e-9, 10);
        List<String> offSamples = new ArrayList<>();
        for (ConfigNode n : o.blocks("samples")) {
            String name = n.string("name");
            if (!names.contains(name)) {
                throw n.error("name", "no background named '" + name + "' (backgrounds: " + names + ")");
            }
            offSamples.add(name);
            n.finish();
        }
        if (offSamples.isEmpty()) {
            throw o.error("samples", "name at least one continuum background");
        }
        o.finish();

        Preselection preselection = Preselection.read(root);
        MissingEnergyFilter filter = MissingEnergyFilter.read(root);

        ConfigNode sel = root.block("selection");
        ConfigNode k = sel.block("kaons");
        ParticleListName list;
        try {
            list = ParticleListName.parse(k.string("list"), table);
        } catch (InputException e) {
            throw k.error("list", e.problem());
        }
        CutExpression kaonCut = cut(k, "cut", variables);
        k.finish();
        ConfigNode roe = sel.block("rest_of_event");
        double roePt = roe.number("track_pt_min", 0, 5);
        double roeE = roe.number("cluster_e_min", 0, 5);
        roe.finish();
        List<String> cutNames = new ArrayList<>();
        List<CutExpression> cuts = new ArrayList<>();
        for (ConfigNode c : sel.blocks("cuts")) {
            cutNames.add(c.string("name"));
            cuts.add(cut(c, "cut", variables));
            c.finish();
        }
        sel.finish();

        List<Feature> features = new ArrayList<>();
        Set<String> featureNames = new HashSet<>();
        int inBdt1 = 0;
        for (ConfigNode f : root.blocks("features")) {
            String name = f.string("name");
            if (!featureNames.add(name)) {
                throw f.error("name", "feature '" + name + "' is listed twice");
            }
            Variable v;
            try {
                v = variables.resolve(f.string("variable"), f.source(), 1);
            } catch (InputException e) {
                throw f.error("variable", e.problem());
            }
            boolean b1 = f.bool("bdt1", false);
            inBdt1 += b1 ? 1 : 0;
            features.add(new Feature(name, v, b1));
            f.finish();
        }
        if (inBdt1 < 2) {
            throw root.error("features", "BDT1 needs at least two features (bdt1: true)");
        }

        ConfigNode b = root.block("bdt");
        Bdt bdt = new Bdt(
                b.integer("folds", 2, 10),
                b.number("bdt1_cut", 0, 1),
                b.integer("trees", 1, 5000),
                b.integer("max_depth", 1, 16),
                b.number("learning_rate", 1e-4, 1.0),
                b.number("min_child_weight", 0, 1e4));
        b.finish();

        ConfigNode f = root.block("fit");
        double[] eta = ascending(f, "eta_edges", 0, 1);
        double[] q2 = ascending(f, "q2rec_edges", -50, 50);
        Fit fit = new Fit(
                eta,
                q2,
                f.integer("truth_q2_bins", 1, 10_000),
                f.number("cl", 0.5, 0.999),
                f.numbers("closure_mu", 0, 1000),
                f.number("luminosity_2021_fb", 1e-3, 1e6),
                f.number("off_resonance_2021_fb", 1e-3, 1e6),
                f.number("background_tail_eta_min", 0, 0.99),
                f.integer("background_direct_min_events", 1, 1_000_000));
        if (!(fit.tailEtaMin() < eta[0])) {
            throw f.error("background_tail_eta_min", "must be below the signal region's first eta edge " + eta[0]);
        }
        f.finish();
        Hta hta = Hta.read(root.block("hadronic_tag"), backgrounds);
        root.finish();
        return new BKnunuConfig(
                common,
                signal,
                br,
                sigUnc,
                backgrounds,
                new OffResonance(offBeam, offLumi, offFraction, offSamples),
                preselection,
                filter,
                new Selection(list, kaonCut, cutNames, cuts, roePt, roeE),
                features,
                bdt,
                fit,
                hta);
    }

    private static double[] ascending(ConfigNode n, String key, double min, double max) {
        double[] e = n.numbers(key, min, max);
        if (e.length < 2) {
            throw n.error(key, "expected at least two edges");
        }
        for (int i = 1; i < e.length; i++) {
            if (!(e[i] > e[i - 1])) {
                throw n.error(key, "edges must increase");
            }
        }
        return e;
    }

    private static CutExpression cut(ConfigNode n, String key, VariableRegistry variables) {
        String text = n.string(key);
        String where = n.source() + " at " + (n.path().isEmpty() ? key : n.path() + "." + key);
        return CutExpression.parse(text, variables, where, 1);
    }
}
