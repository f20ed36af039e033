package io.upsilon.searches;

import io.upsilon.core.hist.Axis;
import io.upsilon.core.hist.Hist1D;
import io.upsilon.stats.workspace.Modifier;
import io.upsilon.stats.workspace.Sample;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One sample of a binned channel before grouping: its name, its fine nominal histogram (expected
 * events), whether it is signal or background, and its modifiers declared by name in the order
 * they appear in the workspace. {@link ChannelTemplate} groups it into the fit bins. Immutable:
 * every {@code with...} method returns a new template (histograms are copied on the way in).
 *
 * <p>Modifiers (pyhf types): {@link #normFactor normfactor} (free normalisation), {@link
 * #normSys normsys} (normalisation uncertainty, symmetric or with explicit factors), {@link
 * #histoSys histosys} (shape variation from up/down histograms), {@link #statError staterror}
 * (Monte Carlo statistics of the nominal, one named set per group of samples sharing the
 * per-bin gammas) and {@link #shapeSys shapesys} (uncorrelated per-bin uncertainty equal to the
 * nominal's Monte Carlo error, Poisson-constrained).
 */
public final class SampleTemplate {
    /** A declared modifier, grouped into the fit bins at build time. */
    private sealed interface Declared permits Norm, NormSys, HistoSys, StatError, ShapeSys {
        String name();

        /** The workspace modifier in the fit bins of {@code g}, for a sample with this nominal. */
        Modifier grouped(BinGrouping g, Hist1D nominal);
    }

    private record Norm(String name) implements Declared {
        @Override
        public Modifier grouped(BinGrouping g, Hist1D nominal) {
            return new Modifier.NormFactor(name);
        }
    }

    private record NormSys(String name, double hi, double lo) implements Declared {
        @Override
        public Modifier grouped(BinGrouping g, Hist1D nominal) {
            return new Modifier.NormSys(name, hi, lo);
        }
    }

    private record HistoSys(String name, Hist1D up, Hist1D down) implements Declared {
        @Override
        public Modifier grouped(BinGrouping g, Hist1D nominal) {
            return new Modifier.HistoSys(name, g.contents(up), g.contents(down));
        }
    }

    private record StatError(String name) implements Declared {
        @Override
        public Modifier grouped(BinGrouping g, Hist1D nominal) {
            return new Modifier.StatError(name, g.errors(nominal));
        }
    }

    private record ShapeSys(String name) implements Declared {
        @Override
        public Modifier grouped(BinGrouping g, Hist1D nominal) {
            return new Modifier.ShapeSys(name, g.errors(nominal));
        }
    }

    private final String name;
    private final boolean signal;
    private final Hist1D nominal;
    private final List<Declared> modifiers;

    private SampleTemplate(String name, boolean signal, Hist1D nominal, List<Declared> modifiers) {
        this.name = name;
        this.signal = signal;
        this.nominal = nominal;
        this.modifiers = List.copyOf(modifiers);
    }

    /** A signal sample: never dropped, not part of the background that decides bin merging. */
    public static SampleTemplate signal(String name, Hist1D nominal) {
        return new SampleTemplate(checkName(name, "sample"), true, checkHist(nominal, name), List.of());
    }

    /** A background sample from its fine histogram. */
    public static SampleTemplate background(String name, Hist1D nominal) {
        return new SampleTemplate(checkName(name, "sample"), false, checkHist(nominal, name), List.of());
    }

    /** A signal sample from expected counts, one per bin (no Monte Carlo error); see {@link #counts}. */
    public static SampleTemplate signal(String name, double... counts) {
        return signal(name, counts(counts));
    }

    /** A background sample from expected counts, one per bin (no Monte Carlo error); see {@link #counts}. */
    public static SampleTemplate background(String name, double... counts) {
        return background(name, counts(counts));
    }

    /**
     * Counts as a histogram on the axis of bin indices, {@code [0, n)} in {@code n} unit bins,
     * with zero variances: the form of counting samples and observations.
     */
    public static Hist1D counts(double... counts) {
        if (counts.length == 0) {
            throw new IllegalArgumentException("counts need at least one bin");
        }
        double[] w = new double[counts.length + 3];
        System.arraycopy(counts, 0, w, 1, counts.length);
        return Hist1D.of(Axis.regular(counts.length, 0, counts.length), w, new double[w.length], 0);
    }

    /** The sample name. */
    public String name() {
        return name;
    }

    /** Whether this is a signal sample. */
    public boolean isSignal() {
        return signal;
    }

    /** The fine nominal histogram (a copy). */
    public Hist1D nominal() {
        return nominal.copy();
    }

    /** The names of the declared modifiers, in order. */
    public List<String> modifierNames() {
        return modifiers.stream().map(Declared::name).toList();
    }

    /** Adds a free normalisation factor {@code name} (normfactor). */
    public SampleTemplate withNormFactor(String name) {
        return with(new Norm(checkName(name, "normfactor")));
    }

    /**
     * Adds a symmetric normalisation uncertainty: factors {@code 1 + relative} at +1σ and {@code 1
     * - relative} at −1σ (normsys).
     *
     * @param relative relative uncertainty, {@code 0 <= relative < 1} (the −1σ factor must stay positive)
     */
    public SampleTemplate withNormSys(String name, double relative) {
        if (!(relative >= 0 && relative < 1)) {
            throw new IllegalArgumentException("sample " + this.name + ", normsys " + name
                    + ": relative uncertainty must be in [0, 1), got " + relative);
        }
        return withNormSys(name, 1 + relative, 1 - relative);
    }

    /**
     * Adds a normalisation uncertainty with explicit factors at +1σ ({@code hi}) and −1σ ({@code
     * lo}), both finite and positive (normsys).
     */
    public SampleTemplate withNormSys(String name, double hi, double lo) {
        checkName(name, "normsys");
        if (!(Double.isFinite(hi) && hi > 0 && Double.isFinite(lo) && lo > 0)) {
            throw new IllegalArgumentException("sample " + this.name + ", normsys " + name
                    + ": factors must be finite and positive, got hi = " + hi + ", lo = " + lo);
        }
        return with(new NormSys(name, hi, lo));
    }

    /** Adds a shape variation from the sample's fine histograms at +1σ and −1σ (histosys). */
    public SampleTemplate withHistoSys(String name, Hist1D up, Hist1D down) {
        checkName(name, "histosys");
        Objects.requireNonNull(up, () -> "sample " + this.name + ", histosys " + name + ": up histogram");
        Objects.requireNonNull(down, () -> "sample " + this.name + ", histosys " + name + ": down histogram");
        for (Hist1D h : List.of(up, down)) {
            if (!h.axis().equals(nominal.axis())) {
                throw new IllegalArgumentException("sample " + this.name + ", histosys " + name + ": variation axis "
                        + h.axis() + " differs from the nominal's " + nominal.axis());
            }
        }
        return with(new HistoSys(name, up.copy(), down.copy()));
    }

    /**
     * Adds the Monte Carlo statistical uncertainty of the nominal (staterror): per fit bin the
     * square root of the summed fine variances. Samples naming the same {@code set} share its
     * per-bin parameters.
     */
    public SampleTemplate withStatError(String set) {
        return with(new StatError(checkName(set, "staterror")));
    }

    /**
     * Adds an uncorrelated per-bin uncertainty equal to the nominal's Monte Carlo error, with
     * Poisson constraints (shapesys), for samples whose statistics should not be pooled with the
     * others'.
     */
    public SampleTemplate withShapeSys(String name) {
        return with(new ShapeSys(checkName(name, "shapesys")));
    }

    /** The sample grouped into the fit bins of {@code grouping}, modifiers in declaration order. */
    Sample toSample(BinGrouping grouping) {
        List<Modifier> out = new ArrayList<>();
        for (Declared d : modifiers) {
            out.add(d.grouped(grouping, nominal));
        }
        return new Sample(name, grouping.contents(nominal), out);
    }

    /** The fine axis (shared with the variations). */
    Axis axis() {
        return nominal.axis();
    }

    /** The fine content of bin {@code i} of the nominal. */
    double content(int i) {
        return nominal.content(i);
    }

    private SampleTemplate with(Declared d) {
        for (Declared m : modifiers) {
            if (m.name().equals(d.name()) && m.getClass() == d.getClass()) {
                throw new IllegalArgumentException(
                        "sample " + name + ": modifier " + d.name() + " of this type is declared twice");
            }
        }
        List<Declared> mods = new ArrayList<>(modifiers);
        mods.add(d);
        return new SampleTemplate(name, signal, nominal, mods);
    }

    private static String checkName(String name, String what) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException(what + " name must not be empty");
        }
        return name;
    }

    private static Hist1D checkHist(Hist1D h, String name) {
        Objects.requireNonNull(h, () -> "sample " + name + ": nominal histogram");
        return h.copy();
    }

    @Override
    public String toString() {
        return "SampleTemplate[" + name + (signal ? ", signal" : "") + ", " + modifierNames() + "]";
    }
}
