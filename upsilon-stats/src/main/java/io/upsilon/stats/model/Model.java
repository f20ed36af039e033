package io.upsilon.stats.model;

import io.upsilon.core.random.RandomStream;
import io.upsilon.stats.unbinned.Observable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A compiled HistFactory model: flat arrays describing expected rates, parameters and constraints.
 * Immutable and thread-safe; evaluate it through a per-thread {@link Likelihood}.
 *
 * <p>The data vector is pyhf's: the observed counts of every channel in channel order, followed by
 * the auxiliary data of every constrained parameter element in parameter order; a model with
 * unbinned channels appends one block per unbinned channel, {@code [n, x_1..x_n, w_1..w_n]} (event
 * count, values, weights), so its length varies with the data.
 */
public final class Model {

    /** One sample's place in the flat layout (compile-time). */
    record SampleLayout(String channel, String sample, int binStart, double[] nominal, List<Term> terms) {}

    /** A correlated Gaussian constraint block by parameter index (compile-time). */
    record CorrelationBlock(String name, int[] params, double[][] correlation) {}

    private final List<ParameterSet> sets;
    private final String poiName;
    private final int poiIndex;
    private final List<String> poiNames;
    private final int size;
    private final String[] names;
    private final double[] init;
    private final double[] lower;
    private final double[] upper;
    private final boolean[] fixed;
    private final List<String> channelNames;
    private final int[] channelBins;
    private final int nBins;
    private final double[] observedMain;
    private final ModelOptions options;
    private final List<SampleLayout> layouts;

    // Constraint entries, in parameter order.
    final int nAux;
    final int[] auxParam;
    final boolean[] auxPoisson;
    final double[] auxWidth;
    final double[] auxNominal;
    /** Correlated Gaussian constraint blocks, and the block of each auxiliary entry (-1: none). */
    final CorrelatedGaussian[] blocks;

    final int[] auxBlock;
    final int maxBlockSize;

    // Flat evaluation layout.
    final int nSamples;
    final int[] sampleBinStart;
    final int[] sampleBins;
    final int[] sampleSlotStart;
    final double[] nominal;
    final int[][] sampleAdditive;
    final int[][] sampleMultiplicative;
    final Term[] terms;
    final int[] termOffset;
    final int[] valueParam;
    /** For multi-parameter terms (formula): their parameters and the offset of their partials; else null / -1. */
    final int[][] termParams;

    final int[] termPartialOffset;
    final int partialSize;
    final int valueSize;
    final int maxMultiplicative;
    /**
     * Auxiliary entries in pyhf's order (its {@code auxdata_order}: parameter sets by modifier type,
     * then first appearance over channels and samples sorted by name), in which pyhf sums the
     * constraint terms.
     */
    final int[] pyhfAuxOrder;

    final int nSlots;

    /** The unbinned channels; their components' yields are the last samples, one slot each. */
    final UnbinnedPart[] unbinned;

    /** Number of unbinned components (yield slots after the main bins). */
    final int nYields;
    /** Number of binned samples (the first samples). */
    final int nBinnedSamples;

    /**
     * Central-difference step of each parameter for the unbinned channels' numerical derivatives:
     * {@link UnbinnedChannelNll#STEP} of a shape parameter's typical step, 1e-5 max(1, |init|) for the
     * others.
     */
    final double[] numericStep;

    Model(
            List<ParameterSet> sets,
            String poiName,
            List<SampleLayout> layouts,
            List<String> channelNames,
            int[] channelBins,
            List<double[]> observed,
            ModelOptions options,
            List<String> pyhfConstraintOrder,
            List<String> poiNames,
            List<CorrelationBlock> correlationBlocks,
            List<UnbinnedPart> unbinnedParts) {
        this.unbinned = unbinnedParts.toArray(new UnbinnedPart[0]);
        int yields = 0;
        for (UnbinnedPart u : unbinned) {
            yields += u.components();
        }
        this.nYields = yields;
        this.nBinnedSamples = layouts.size() - yields;
        this.sets = List.copyOf(sets);
        this.poiName = poiName;
        this.poiNames = List.copyOf(poiNames);
        this.options = options;
        this.layouts = List.copyOf(layouts);
        int n = 0;
        for (ParameterSet p : sets) {
            n += p.size();
        }
        size = n;
        names = new String[n];
        init = new double[n];
        lower = new double[n];
        upper = new double[n];
        fixed = new boolean[n];
        int poi = -1;
        List<Integer> ap = new ArrayList<>();
        for (ParameterSet p : sets) {
            for (int j = 0; j < p.size(); j++) {
                int i = p.offset() + j;
                names[i] = p.elementName(j);
                init[i] = p.inits()[j];
                lower[i] = p.lower()[j];
                upper[i] = p.upper()[j];
                fixed[i] = p.fixed()[j];
                if (p.constrained(j)) {
                    ap.add(i);
                }
            }
            if (p.name().equals(poiName)) {
                poi = p.offset();
            }
        }
        poiIndex = poi;
        numericStep = new double[n];
        for (ParameterSet p : sets) {
            for (int j = 0; j < p.size(); j++) {
                int i = p.offset() + j;
                numericStep[i] = ModelCompiler.SHAPE_TYPE.equals(p.modifierType())
                        ? UnbinnedChannelNll.STEP * UnbinnedPart.typicalStep(init[i], lower[i], upper[i])
                        : 1e-5 * Math.max(1.0, Math.abs(init[i]));
            }
        }
        nAux = ap.size();
        auxParam = new int[nAux];
        auxPoisson = new boolean[nAux];
        auxWidth = new double[nAux];
        auxNominal = new double[nAux];
        for (int e = 0; e < nAux; e++) {
            int i = ap.get(e);
            auxParam[e] = i;
            ParameterSet p = setOf(i);
            int j = i - p.offset();
            auxPoisson[e] = p.constraint() == Constraint.POISSON;
            auxWidth[e] = p.widths()[j];
            auxNominal[e] = p.auxdata()[j];
        }
        auxBlock = new int[nAux];
        Arrays.fill(auxBlock, -1);
        blocks = new CorrelatedGaussian[correlationBlocks.size()];
        int maxBlock = 0;
        for (int k = 0; k < blocks.length; k++) {
            CorrelationBlock cb = correlationBlocks.get(k);
            int[] entries = new int[cb.params().length];
            for (int i = 0; i < entries.length; i++) {
                entries[i] = -1;
                for (int e = 0; e < nAux; e++) {
                    if (auxParam[e] == cb.params()[i] && !auxPoisson[e]) {
                        entries[i] = e;
                    }
                }
                if (entries[i] < 0 || auxBlock[entries[i]] >= 0) {
                    throw new IllegalArgumentException("correlation block " + cb.name() + ": parameter "
                            + names[cb.params()[i]] + " is not a Gaussian-constrained parameter outside other blocks");
                }
                auxBlock[entries[i]] = k;
            }
            blocks[k] = new CorrelatedGaussian(cb.name(), entries, cb.params(), cb.correlation());
            maxBlock = Math.max(maxBlock, entries.length);
        }
        maxBlockSize = maxBlock;
        pyhfAuxOrder = new int[nAux];
        boolean[] placed = new boolean[nAux];
        int placedCount = 0;
        for (String name : pyhfConstraintOrder) {
            for (int e = 0; e < nAux; e++) {
                if (!placed[e] && setOf(auxParam[e]).name().equals(name)) {
                    pyhfAuxOrder[placedCount++] = e;
                    placed[e] = true;
                }
            }
        }
        for (int e = 0; e < nAux; e++) {
            if (!placed[e]) {
                pyhfAuxOrder[placedCount++] = e;
            }
        }
        this.channelNames = List.copyOf(channelNames);
        this.channelBins = channelBins.clone();
        nBins = Arrays.stream(channelBins).sum();
        observedMain = new double[nBins];
        int b = 0;
        for (double[] o : observed) {
            System.arraycopy(o, 0, observedMain, b, o.length);
            b += o.length;
        }

        nSamples = layouts.size();
        sampleBinStart = new int[nSamples];
        sampleBins = new int[nSamples];
        sampleSlotStart = new int[nSamples];
        sampleAdditive = new int[nSamples][];
        sampleMultiplicative = new int[nSamples][];
        List<Term> allTerms = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        int slot = 0;
        int val = 0;
        int maxMul = 0;
        for (int s = 0; s < nSamples; s++) {
            SampleLayout l = layouts.get(s);
            sampleBinStart[s] = l.binStart();
            sampleBins[s] = l.nominal().length;
            sampleSlotStart[s] = slot;
            slot += l.nominal().length;
            List<Integer> add = new ArrayList<>();
            List<Integer> mul = new ArrayList<>();
            for (Term t : l.terms()) {
                int id = allTerms.size();
                allTerms.add(t);
                offsets.add(val);
                val += t.bins;
                (t.additive ? add : mul).add(id);
            }
            sampleAdditive[s] = add.stream().mapToInt(Integer::intValue).toArray();
            sampleMultiplicative[s] = mul.stream().mapToInt(Integer::intValue).toArray();
            maxMul = Math.max(maxMul, mul.size());
        }
        nSlots = slot;
        nominal = new double[nSlots];
        for (int s = 0; s < nSamples; s++) {
            System.arraycopy(layouts.get(s).nominal(), 0, nominal, sampleSlotStart[s], sampleBins[s]);
        }
        terms = allTerms.toArray(new Term[0]);
        termOffset = offsets.stream().mapToInt(Integer::intValue).toArray();
        valueSize = val;
        valueParam = new int[val];
        for (int k = 0; k < terms.length; k++) {
            for (int j = 0; j < terms[k].bins; j++) {
                valueParam[termOffset[k] + j] = terms[k].parameterIndex(j);
            }
        }
        maxMultiplicative = maxMul;
        termParams = new int[terms.length][];
        termPartialOffset = new int[terms.length];
        int partials = 0;
        for (int k = 0; k < terms.length; k++) {
            termPartialOffset[k] = -1;
            if (terms[k] instanceof Term.MultiParameter mp) {
                termParams[k] = mp.parameters();
                termPartialOffset[k] = partials;
                partials += termParams[k].length;
            }
        }
        partialSize = partials;
    }

    private ParameterSet setOf(int i) {
        for (ParameterSet p : sets) {
            if (i >= p.offset() && i < p.offset() + p.size()) {
                return p;
            }
        }
        throw new IndexOutOfBoundsException(i);
    }

    /** The parameter sets in pyhf's order (sorted by name). */
    public List<ParameterSet> parameterSets() {
        return sets;
    }

    /** The parameter set called {@code name}, or null. */
    public ParameterSet parameterSet(String name) {
        return sets.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }

    /** The parameter set holding element {@code i}. */
    public ParameterSet parameterSetOf(int i) {
        return setOf(i);
    }

    /** Number of parameter elements. */
    public int size() {
        return size;
    }

    /** Element names, {@code name} or {@code name[j]}. */
    public String[] parameterNames() {
        return names.clone();
    }

    /** Index of the parameter of interest. */
    public int poiIndex() {
        return poiIndex;
    }

    /** Name of the parameter of interest. */
    public String poiName() {
        return poiName;
    }

    /** Names of all parameters of interest (the measurement's {@code "pois"}), the POI first. */
    public List<String> poiNames() {
        return poiNames;
    }

    /** Indices of all parameters of interest, in {@link #poiNames()} order. */
    public int[] poiIndices() {
        return poiNames.stream().mapToInt(n -> parameterSet(n).offset()).toArray();
    }

    /** Names of the correlated Gaussian constraint blocks. */
    public List<String> correlationBlockNames() {
        return Arrays.stream(blocks).map(b -> b.name).toList();
    }

    /** pyhf's suggested initial values. */
    public double[] suggestedInit() {
        return init.clone();
    }

    /** Lower bounds. */
    public double[] lowerBounds() {
        return lower.clone();
    }

    /** Upper bounds. */
    public double[] upperBounds() {
        return upper.clone();
    }

    /** Which elements are held constant. */
    public boolean[] suggestedFixed() {
        return fixed.clone();
    }

    /** Number of main-measurement bins (all channels). */
    public int mainBins() {
        return nBins;
    }

    /** Number of auxiliary data entries. */
    public int auxSize() {
        return nAux;
    }

    /** Channel names in order. */
    public List<String> channelNames() {
        return channelNames;
    }

    /** Bins per channel. */
    public int[] channelBins() {
        return channelBins.clone();
    }

    /** Samples as "channel/sample" names. */
    public List<String> sampleNames() {
        return layouts.subList(0, nBinnedSamples).stream()
                .map(l -> l.channel() + "/" + l.sample())
                .toList();
    }

    /** Names of the unbinned channels (empty for a pyhf model). */
    public List<String> unbinnedChannelNames() {
        return Arrays.stream(unbinned).map(u -> u.name).toList();
    }

    /**
     * One unbinned channel at a glance (for summaries such as {@code upsilon stats inspect}).
     *
     * @param name the channel
     * @param observable the observable with its range
     * @param events the observed events
     * @param sumWeights their sum of weights (the event count when unweighted)
     * @param components the components' names, in yield order
     */
    public record UnbinnedChannelSummary(
            String name, Observable observable, int events, double sumWeights, List<String> components) {
        /** Validates and copies. */
        public UnbinnedChannelSummary {
            components = List.copyOf(components);
        }
    }

    /** The unbinned channels, in order (empty for a pyhf model). */
    public List<UnbinnedChannelSummary> unbinnedChannels() {
        return Arrays.stream(unbinned)
                .map(u -> new UnbinnedChannelSummary(
                        u.name,
                        u.observable,
                        u.values.length,
                        Arrays.stream(u.weights).sum(),
                        u.componentNames))
                .toList();
    }

    /** Whether the model has unbinned channels (its data vector then has event blocks). */
    public boolean hasUnbinnedChannels() {
        return unbinned.length > 0;
    }

    /**
     * The parameters the unbinned channels' PDFs read (shape parameters), by index: their gradient
     * is numerical.
     */
    public int[] shapeParameterIndices() {
        return Arrays.stream(unbinned)
                .flatMapToInt(u -> Arrays.stream(u.shapeParams))
                .distinct()
                .sorted()
                .toArray();
    }

    /** The sample name (without channel) of sample {@code s}. */
    String sampleName(int s) {
        return layouts.get(s).sample();
    }

    /** The interpolation codes used. */
    public ModelOptions options() {
        return options;
    }

    /** Nominal auxiliary data (constrained elements in parameter order). */
    public double[] auxData() {
        return auxNominal.clone();
    }

    /** Parameter index of each auxiliary entry. */
    public int[] auxParameters() {
        return auxParam.clone();
    }

    /** Gaussian sigma (or Poisson tau) of each auxiliary entry. */
    public double[] auxWidths() {
        return auxWidth.clone();
    }

    /** Whether each auxiliary entry has a Poisson constraint (else Gaussian). */
    public boolean[] auxPoisson() {
        return auxPoisson.clone();
    }

    /** The observed data: channel counts followed by the nominal auxiliary data (as pyhf's workspace.data). */
    public double[] observedData() {
        int len = nBins + nAux;
        for (UnbinnedPart u : unbinned) {
            len += UnbinnedPart.blockLength(u.values.length);
        }
        double[] d = new double[len];
        System.arraycopy(observedMain, 0, d, 0, nBins);
        System.arraycopy(auxNominal, 0, d, nBins, nAux);
        int at = nBins + nAux;
        for (UnbinnedPart u : unbinned) {
            u.appendObserved(d, at);
            at += UnbinnedPart.blockLength(u.values.length);
        }
        return d;
    }

    /** Expected main-bin rates at {@code pars}. */
    public double[] expectedMain(double[] pars) {
        Likelihood l = new Likelihood(this);
        double[] out = new double[nBins];
        l.expectedMain(pars, out);
        return out;
    }

    /** Expected data at {@code pars}: main rates then expected auxiliary data (Asimov data). */
    public double[] expectedData(double[] pars) {
        return expectedData(pars, null);
    }

    /** The expected main rates and auxiliary data at {@code pars} (no unbinned blocks). */
    private double[] expectedCountsAndAux(double[] pars) {
        double[] d = new double[nBins + nAux];
        System.arraycopy(expectedMain(pars), 0, d, 0, nBins);
        for (int e = 0; e < nAux; e++) {
            double th = pars[auxParam[e]];
            d[nBins + e] = auxPoisson[e] ? th * auxWidth[e] : th;
        }
        return d;
    }

    /**
     * Expected data with the unbinned blocks either Asimov (rng null: the expected events on a
     * grid, weighted by the expected count per cell) or a pseudo-experiment drawn from {@code rng}.
     */
    private double[] expectedData(double[] pars, RandomStream rng) {
        Likelihood l = new Likelihood(this);
        double[][] blocks = new double[unbinned.length][];
        int len = nBins + nAux;
        double[] yields = l.yields(pars);
        for (int u = 0; u < unbinned.length; u++) {
            double[] y = Arrays.copyOfRange(
                    yields, unbinned[u].yieldStart, unbinned[u].yieldStart + unbinned[u].components());
            blocks[u] = rng == null ? unbinned[u].asimov(pars, y) : unbinned[u].sample(pars, y, rng);
            len += blocks[u].length;
        }
        double[] d = Arrays.copyOf(expectedCountsAndAux(pars), len);
        int at = nBins + nAux;
        for (double[] b : blocks) {
            System.arraycopy(b, 0, d, at, b.length);
            at += b.length;
        }
        return d;
    }

    /**
     * A pseudo-experiment at {@code pars}: Poisson main counts, and auxiliary data drawn from the
     * constraint distributions (Gaussian around the parameter, or Poisson of theta * tau; the
     * entries of a correlated block jointly from their multivariate normal, after all others), and
     * for each unbinned channel, after all of these, a Poisson number of events per component drawn
     * from its PDF.
     */
    public double[] sample(double[] pars, RandomStream rng) {
        double[] exp = expectedCountsAndAux(pars);
        double[] d = new double[exp.length];
        for (int b = 0; b < nBins; b++) {
            d[b] = rng.nextPoisson(Math.max(exp[b], 0));
        }
        for (int e = 0; e < nAux; e++) {
            if (auxBlock[e] >= 0) {
                continue; // drawn jointly below
            }
            double mean = exp[nBins + e];
            d[nBins + e] = auxPoisson[e] ? rng.nextPoisson(Math.max(mean, 0)) : rng.nextGaussian(mean, auxWidth[e]);
        }
        for (CorrelatedGaussian b : blocks) {
            b.sample(exp, auxWidth, rng, d, nBins);
        }
        if (unbinned.length == 0) {
            return d;
        }
        double[] events = expectedData(pars, rng);
        double[] out = new double[events.length];
        System.arraycopy(d, 0, out, 0, nBins + nAux);
        System.arraycopy(events, nBins + nAux, out, nBins + nAux, events.length - nBins - nAux);
        return out;
    }

    /** A new evaluator (not thread-safe: one per thread). */
    public Likelihood likelihood() {
        return new Likelihood(this);
    }
}
