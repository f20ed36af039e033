package io.upsilon.stats.model;

import io.upsilon.core.error.InputException;
import io.upsilon.stats.unbinned.Observable;
import io.upsilon.stats.unbinned.Parameter;
import io.upsilon.stats.unbinned.PdfKinds;
import io.upsilon.stats.unbinned.ShapePdf;
import io.upsilon.stats.workspace.Channel;
import io.upsilon.stats.workspace.Correlation;
import io.upsilon.stats.workspace.Measurement;
import io.upsilon.stats.workspace.Modifier;
import io.upsilon.stats.workspace.ParameterConfig;
import io.upsilon.stats.workspace.Sample;
import io.upsilon.stats.workspace.ShapeParameter;
import io.upsilon.stats.workspace.UnbinnedChannel;
import io.upsilon.stats.workspace.UnbinnedComponent;
import io.upsilon.stats.workspace.Workspace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Compiles a {@link Workspace} into a {@link Model}. */
public final class ModelCompiler {

    /** The family and modifier type of an unbinned channel's shape parameters. */
    static final String SHAPE_TYPE = "shape";

    private ModelCompiler() {}

    /** Compiles with pyhf's default interpolation codes and the first measurement. */
    public static Model compile(Workspace ws, String source) {
        return compile(ws, source, null, ModelOptions.defaults());
    }

    /**
     * Compiles a workspace.
     *
     * @param ws the workspace
     * @param source the file name, for error messages
     * @param measurementName the measurement to use; null for the first
     * @param options interpolation codes
     */
    public static Model compile(Workspace ws, String source, String measurementName, ModelOptions options) {
        int measIndex = 0;
        if (measurementName != null) {
            measIndex = -1;
            for (int i = 0; i < ws.measurements().size(); i++) {
                if (ws.measurements().get(i).name().equals(measurementName)) {
                    measIndex = i;
                }
            }
            if (measIndex < 0) {
                List<String> names =
                        ws.measurements().stream().map(Measurement::name).toList();
                throw new InputException(
                        source,
                        "/measurements",
                        "no measurement named \"" + measurementName + "\" (have " + names + ")");
            }
        }
        Measurement meas = ws.measurements().get(measIndex);
        String measPtr = "/measurements/" + measIndex;

        // Pass 1: declare parameter sets, sorted by name as pyhf orders them.
        Map<String, ParameterBuilder> builders = new TreeMap<>();
        Map<String, ModifierKind> kindOf = new TreeMap<>();
        for (int c = 0; c < ws.channels().size(); c++) {
            Channel ch = ws.channels().get(c);
            for (int s = 0; s < ch.samples().size(); s++) {
                Sample sample = ch.samples().get(s);
                for (int k = 0; k < sample.modifiers().size(); k++) {
                    String ptr = "/channels/" + c + "/samples/" + s + "/modifiers/" + k;
                    declare(builders, kindOf, sample.modifiers().get(k), ch, sample, ptr, source);
                }
            }
        }
        // Unbinned channels: each component's yield is a one-bin sample with the same modifiers.
        for (int u = 0; u < ws.unbinnedChannels().size(); u++) {
            UnbinnedChannel uc = ws.unbinnedChannels().get(u);
            for (int c = 0; c < uc.components().size(); c++) {
                Sample sample = uc.components().get(c).asSample();
                Channel ch = new Channel(uc.name(), List.of(sample));
                for (int k = 0; k < sample.modifiers().size(); k++) {
                    String ptr = "/unbinned_channels/" + u + "/components/" + c + "/modifiers/" + k;
                    declare(builders, kindOf, sample.modifiers().get(k), ch, sample, ptr, source);
                }
            }
        }
        for (int u = 0; u < ws.unbinnedChannels().size(); u++) {
            UnbinnedChannel uc = ws.unbinnedChannels().get(u);
            for (int k = 0; k < uc.shapeParameters().size(); k++) {
                declareShape(
                        builders,
                        uc.shapeParameters().get(k),
                        "/unbinned_channels/" + u + "/shape_parameters/" + k,
                        source);
            }
        }
        if (!builders.containsKey(meas.poi())) {
            throw new InputException(
                    source,
                    measPtr + "/config/poi",
                    "the parameter of interest \"" + meas.poi() + "\" is not in the model");
        }
        if (builders.get(meas.poi()).size != 1) {
            throw new InputException(
                    source,
                    measPtr + "/config/poi",
                    "the parameter of interest \"" + meas.poi() + "\" must be a scalar");
        }
        for (int i = 0; i < meas.pois().size(); i++) {
            ParameterBuilder pb = builders.get(meas.pois().get(i));
            if (pb == null || pb.size != 1) {
                throw new InputException(
                        source,
                        measPtr + "/config/pois/" + i,
                        "the parameter of interest \"" + meas.pois().get(i) + "\" is "
                                + (pb == null ? "not in the model" : "not a scalar"));
            }
        }
        Map<String, Double> covarianceWidths = checkCorrelations(meas, builders, source, measPtr);

        // Pass 2: finish each set, then apply the measurement's overrides.
        List<ParameterSet> sets = new ArrayList<>();
        int offset = 0;
        for (var e : builders.entrySet()) {
            ParameterBuilder pb = e.getValue();
            ParameterConfig cfg = meas.parameter(pb.name).orElse(null);
            int cfgIndex = cfg == null ? -1 : meas.parameters().indexOf(cfg);
            String cptr = measPtr + "/config/parameters" + (cfgIndex >= 0 ? "/" + cfgIndex : "");
            ModifierKind kind = kindOf.get(pb.name);
            if (kind != null) { // null: a shape parameter, complete as declared
                kind.finish(pb, cfg, source, cptr);
            }
            if (cfg != null) {
                override(pb, cfg, source, cptr);
            }
            Double width = covarianceWidths.get(pb.name);
            if (width != null) {
                pb.widths[0] = width; // a covariance block sets the width
            }
            sets.add(pb.build(offset));
            offset += pb.size;
        }
        if (sets.stream()
                .filter(p -> p.name().equals(meas.poi()))
                .findFirst()
                .orElseThrow()
                .fixed()[0]) {
            throw new InputException(
                    source, measPtr + "/config/parameters", "the parameter of interest must not be fixed");
        }

        // Pass 3: terms, in channel/sample order.
        List<Model.SampleLayout> layouts = new ArrayList<>();
        Map<String, ParameterSet> byName = new TreeMap<>();
        for (ParameterSet p : sets) {
            byName.put(p.name(), p);
        }
        int binStart = 0;
        List<String> channelNames = new ArrayList<>();
        List<double[]> observed = new ArrayList<>();
        int[] channelBins = new int[ws.channels().size()];
        for (int c = 0; c < ws.channels().size(); c++) {
            Channel ch = ws.channels().get(c);
            channelNames.add(ch.name());
            channelBins[c] = ch.bins();
            observed.add(ws.observation(ch.name()).data());
            for (Sample sample : ch.samples()) {
                List<Term> terms = new ArrayList<>();
                for (Modifier m : sample.modifiers()) {
                    Term t = ModifierKinds.of(m).term(m, sample, byName, options);
                    if (t != null) {
                        terms.add(t);
                    }
                }
                layouts.add(new Model.SampleLayout(ch.name(), sample.name(), binStart, sample.data(), terms));
            }
            binStart += ch.bins();
        }
        List<UnbinnedPart> parts = unbinnedParts(ws, sets, byName, layouts, binStart, options, source);
        return new Model(
                sets,
                meas.poi(),
                layouts,
                channelNames,
                channelBins,
                observed,
                options,
                pyhfConstraintOrder(ws),
                meas.allPois(),
                correlationBlocks(meas, byName),
                parts);
    }

    /** Declares (or joins) the parameter sets of modifier {@code m} on {@code sample}. */
    private static void declare(
            Map<String, ParameterBuilder> builders,
            Map<String, ModifierKind> kindOf,
            Modifier m,
            Channel ch,
            Sample sample,
            String ptr,
            String source) {
        ModifierKind kind = ModifierKinds.of(m);
        int size = kind.size(m, ch);
        for (String name : kind.parameterNames(m)) {
            ParameterBuilder pb = builders.get(name);
            if (pb == null) {
                pb = new ParameterBuilder(name, kind.family(), m.type(), size, kind.constraint(), ptr);
                kind.initialise(pb);
                builders.put(name, pb);
                kindOf.put(name, kind);
            } else if (!pb.family.equals(kind.family())) {
                throw new InputException(
                        source,
                        ptr,
                        "parameter \"" + name + "\" is a " + m.type() + " here but a " + pb.modifierType + " at "
                                + pb.pointer + ": a shared parameter needs compatible modifier types");
            } else if (pb.size != size) {
                throw new InputException(
                        source,
                        ptr,
                        "parameter \"" + name + "\" has " + size + " bins here but " + pb.size + " at " + pb.pointer);
            }
            kind.accumulate(pb, m, sample);
        }
    }

    /**
     * Declares an unbinned channel's shape parameter: free, fixed or Gaussian-constrained (its
     * auxiliary datum the constraint's mean, its width the sigma). A name may not also be a
     * modifier's parameter: a parameter is either a PDF's or a yield's.
     */
    private static void declareShape(
            Map<String, ParameterBuilder> builders, ShapeParameter sp, String ptr, String source) {
        ParameterBuilder old = builders.get(sp.name());
        if (old != null) {
            if (!old.family.equals(SHAPE_TYPE)) {
                throw new InputException(
                        source,
                        ptr,
                        "parameter \"" + sp.name() + "\" is a " + (sp.constrained() ? "constrained" : "free")
                                + " shape parameter here but a " + old.modifierType + " (" + constraintWord(old)
                                + ") at " + old.pointer + ": a parameter is either a PDF's or a yield modifier's");
            }
            return; // the reader checked that every declaration of a shared shape parameter agrees
        }
        Constraint c = sp.constrained() ? Constraint.GAUSSIAN : Constraint.NONE;
        ParameterBuilder pb = new ParameterBuilder(sp.name(), SHAPE_TYPE, SHAPE_TYPE, 1, c, ptr);
        pb.defaults(sp.init(), sp.lower(), sp.upper());
        pb.fixed[0] = sp.fixed();
        if (sp.constrained()) {
            pb.auxdata[0] = sp.constraintMean();
            pb.widths[0] = sp.constraintSigma();
        }
        builders.put(sp.name(), pb);
    }

    private static String constraintWord(ParameterBuilder pb) {
        return pb.constraint == Constraint.NONE ? "free" : "constrained";
    }

    /**
     * Compiles the unbinned channels: each component's yield becomes a one-slot sample after the
     * main bins (appended to {@code layouts}), its PDF is built at the parameters' initial values.
     */
    private static List<UnbinnedPart> unbinnedParts(
            Workspace ws,
            List<ParameterSet> sets,
            Map<String, ParameterSet> byName,
            List<Model.SampleLayout> layouts,
            int mainBins,
            ModelOptions options,
            String source) {
        List<UnbinnedPart> parts = new ArrayList<>();
        if (ws.unbinnedChannels().isEmpty()) {
            return parts;
        }
        List<String> names = new ArrayList<>();
        List<Double> steps = new ArrayList<>();
        for (ParameterSet p : sets) {
            for (int j = 0; j < p.size(); j++) {
                names.add(p.elementName(j));
                steps.add(UnbinnedPart.typicalStep(p.inits()[j], p.lower()[j], p.upper()[j]));
            }
        }
        double[] stepArray = steps.stream().mapToDouble(Double::doubleValue).toArray();
        int yieldStart = 0;
        for (int u = 0; u < ws.unbinnedChannels().size(); u++) {
            UnbinnedChannel uc = ws.unbinnedChannels().get(u);
            Observable x = new Observable(uc.observable(), uc.lower(), uc.upper());
            List<ShapePdf> pdfs = new ArrayList<>();
            List<String> compNames = new ArrayList<>();
            int[][] params = new int[uc.components().size()][];
            for (int c = 0; c < uc.components().size(); c++) {
                UnbinnedComponent comp = uc.components().get(c);
                String ptr = "/unbinned_channels/" + u + "/components/" + c;
                Sample sample = comp.asSample();
                List<Term> terms = new ArrayList<>();
                for (Modifier m : sample.modifiers()) {
                    Term t = ModifierKinds.of(m).term(m, sample, byName, options);
                    if (t != null) {
                        terms.add(t);
                    }
                }
                layouts.add(new Model.SampleLayout(
                        uc.name(), comp.name(), mainBins + yieldStart + c, sample.data(), terms));
                List<Parameter> declared = new ArrayList<>();
                params[c] = new int[comp.parameters().size()];
                for (int i = 0; i < params[c].length; i++) {
                    ParameterSet p = byName.get(comp.parameters().get(i));
                    params[c][i] = p.offset();
                    try {
                        declared.add(Parameter.of(p.name(), p.inits()[0], p.lower()[0], p.upper()[0]));
                    } catch (IllegalArgumentException e) {
                        throw new InputException(source, ptr + "/parameters/" + i, e.getMessage(), e);
                    }
                }
                try {
                    pdfs.add(PdfKinds.byName(comp.pdf()).orElseThrow().factory().create(x, declared));
                } catch (IllegalArgumentException e) {
                    throw new InputException(source, ptr + "/parameters", e.getMessage(), e);
                }
                compNames.add(comp.name());
            }
            parts.add(new UnbinnedPart(
                    uc.name(),
                    x,
                    compNames,
                    pdfs,
                    yieldStart,
                    params,
                    stepArray,
                    uc.values(),
                    uc.weightsOrOnes(),
                    names.toArray(new String[0])));
            yieldStart += uc.components().size();
        }
        return parts;
    }

    /**
     * Checks the measurement's correlation blocks against the declared parameters (scalar and
     * Gaussian-constrained) and returns the widths that covariance blocks set.
     */
    private static Map<String, Double> checkCorrelations(
            Measurement meas, Map<String, ParameterBuilder> builders, String source, String measPtr) {
        Map<String, Double> widths = new TreeMap<>();
        for (int k = 0; k < meas.correlations().size(); k++) {
            Correlation c = meas.correlations().get(k);
            double[] cw = c.covarianceWidths();
            for (int i = 0; i < c.parameters().size(); i++) {
                String name = c.parameters().get(i);
                ParameterBuilder pb = builders.get(name);
                String ptr = measPtr + "/config/correlations/" + k + "/parameters/" + i;
                if (pb == null) {
                    throw new InputException(source, ptr, "parameter \"" + name + "\" is not in the model");
                }
                if (pb.size != 1 || pb.constraint != Constraint.GAUSSIAN) {
                    throw new InputException(
                            source,
                            ptr,
                            "expected a scalar Gaussian-constrained parameter (normsys, histosys, lumi), got \"" + name
                                    + "\" (a " + pb.modifierType + " with " + pb.size + " element(s))");
                }
                if (cw != null) {
                    widths.put(name, cw[i]);
                }
            }
        }
        return widths;
    }

    private static List<Model.CorrelationBlock> correlationBlocks(Measurement meas, Map<String, ParameterSet> byName) {
        List<Model.CorrelationBlock> out = new ArrayList<>();
        for (Correlation c : meas.correlations()) {
            int[] params = c.parameters().stream()
                    .mapToInt(n -> byName.get(n).offset())
                    .toArray();
            out.add(new Model.CorrelationBlock(c.name(), params, c.correlationMatrix()));
        }
        return out;
    }

    /** Modifier types in the order of pyhf's modifier set (histfactory_set). */
    private static final List<String> PYHF_TYPE_ORDER =
            List.of("histosys", "lumi", "normfactor", "normsys", "shapefactor", "shapesys", "staterror");

    /**
     * Parameter-set names in the order pyhf builds its auxiliary data: by modifier type, then walking
     * channels and samples sorted by name and each sample's modifiers sorted by name, first
     * appearance wins.
     */
    private static List<String> pyhfConstraintOrder(Workspace ws) {
        List<Channel> channels = new ArrayList<>(ws.channels());
        channels.sort(Comparator.comparing(Channel::name));
        LinkedHashSet<String> order = new LinkedHashSet<>();
        for (String type : PYHF_TYPE_ORDER) {
            for (Channel ch : channels) {
                List<Sample> samples = new ArrayList<>(ch.samples());
                samples.sort(Comparator.comparing(Sample::name));
                for (Sample sample : samples) {
                    sample.modifiers().stream()
                            .filter(m -> m.type().equals(type))
                            .map(Modifier::name)
                            .sorted()
                            .forEach(order::add);
                }
            }
        }
        return List.copyOf(order);
    }

    private static void override(ParameterBuilder pb, ParameterConfig cfg, String source, String ptr) {
        if (cfg.inits() != null) {
            copy(cfg.inits(), pb.inits, pb, source, ptr + "/inits");
        }
        if (cfg.bounds() != null) {
            double[][] b = cfg.bounds();
            if (b.length != pb.size) {
                throw new InputException(
                        source,
                        ptr + "/bounds",
                        "expected " + pb.size + " [lo, hi] pairs for \"" + pb.name + "\", got " + b.length);
            }
            for (int j = 0; j < pb.size; j++) {
                pb.lower[j] = b[j][0];
                pb.upper[j] = b[j][1];
            }
        }
        if (cfg.auxdata() != null && pb.constraint != Constraint.NONE) {
            copy(cfg.auxdata(), pb.auxdata, pb, source, ptr + "/auxdata");
        }
        if (cfg.sigmas() != null && pb.constraint == Constraint.GAUSSIAN) {
            copy(cfg.sigmas(), pb.widths, pb, source, ptr + "/sigmas");
        }
        if (cfg.fixed()) {
            java.util.Arrays.fill(pb.fixed, true);
        }
        for (int j = 0; j < pb.size; j++) {
            if (!(pb.lower[j] <= pb.inits[j] && pb.inits[j] <= pb.upper[j])) {
                throw new InputException(
                        source,
                        ptr,
                        "the initial value " + pb.inits[j] + " of \"" + pb.elementName(j) + "\" is outside its bounds ["
                                + pb.lower[j] + ", " + pb.upper[j] + "]");
            }
        }
    }

    private static void copy(double[] from, double[] to, ParameterBuilder pb, String source, String ptr) {
        if (from.length != to.length) {
            throw new InputException(
                    source, ptr, "expected " + to.length + " numbers for \"" + pb.name + "\", got " + from.length);
        }
        System.arraycopy(from, 0, to, 0, to.length);
    }
}
