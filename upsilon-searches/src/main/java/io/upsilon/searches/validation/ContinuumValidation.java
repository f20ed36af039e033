package io.upsilon.searches.validation;

import io.upsilon.analysis.output.plot.Curve;
import io.upsilon.analysis.output.plot.HistSeries;
import io.upsilon.analysis.output.plot.HistogramPlot;
import io.upsilon.analysis.output.plot.PlotLabels;
import io.upsilon.analysis.output.plot.PlotWriter;
import io.upsilon.core.beam.Beam;
import io.upsilon.core.error.InputException;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenEvent;
import io.upsilon.core.hist.Hist1D;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.generators.process.EventGenerator;
import io.upsilon.generators.process.GeneratorOptions;
import io.upsilon.generators.process.Process;
import io.upsilon.generators.process.ProcessParameters;
import io.upsilon.generators.process.ProcessRegistry;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Validation of the e+e- -&gt; q qbar continuum against measurements near 10.58 GeV, reproducible
 * with one command:
 *
 * <pre>
 *   java -cp upsilon-cli/target/upsilon-cli-*-all.jar io.upsilon.searches.validation.ContinuumValidation \
 *       [--events 200000] [--charm-events 100000] [--seed 1] [--docs docs]
 * </pre>
 *
 * It generates {@code ee-qqbar} (u, d, s, c by cross section) and {@code ee-ccbar} events with the
 * default options (ISR, vacuum polarisation, shower, Lund strings, decays) at the {@value #BEAM}
 * beam preset, accumulates {@link ContinuumStatistics} and writes {@code continuum.md} (a table:
 * quantity, Upsilon, measurement with error and source, difference in % and in sigma) and the
 * plots {@code images/continuum-*.png} into the docs directory. It also counts the events that
 * violate an {@link EventInvariants} rule (must be 0).
 */
public final class ContinuumValidation {
    /** The beam preset: the continuum 60 MeV below the Upsilon(4S), where off-resonance data are taken. */
    public static final String BEAM = "Y4S-off";

    private static final Color UPSILON = new Color(0, 90, 200);
    private static final Color DATA = Color.BLACK;

    /** A vertical line is drawn as a curve whose x must increase: this tiny step makes it one. */
    private static final double VERTICAL = 1e-6;

    /**
     * What to run.
     *
     * @param events ee-qqbar events
     * @param charmEvents ee-ccbar events (charm spectra)
     * @param seed master seed of the named random streams
     */
    public record Config(long events, long charmEvents, long seed) {
        /** Validates: positive event counts. */
        public Config {
            if (events <= 0 || charmEvents <= 0) {
                throw new IllegalArgumentException("event counts must be positive, got " + events + ", " + charmEvents);
            }
        }
    }

    /**
     * The outcome of a run: the two samples' statistics and the invariant violations found.
     *
     * @param qqbar statistics of the ee-qqbar sample
     * @param charm statistics of the ee-ccbar sample
     * @param violations number of events with an {@link EventInvariants} violation
     * @param firstViolations the first few violation messages (for the report)
     * @param comparisons Upsilon against each published measurement, in {@link ContinuumDatasets} order
     */
    public record Result(
            ContinuumStatistics qqbar,
            ContinuumStatistics charm,
            long violations,
            List<String> firstViolations,
            List<DataComparison> comparisons) {}

    private ContinuumValidation() {}

    /** Runs the validation and writes the document and plots into {@code docs} (see the class comment). */
    public static void main(String[] args) {
        try {
            long events = 200_000;
            long charm = 100_000;
            long seed = 1;
            Path docs = Path.of("docs");
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (i + 1 >= args.length) {
                    throw new InputException("command line", a, "expected a value after " + a);
                }
                String v = args[++i];
                switch (a) {
                    case "--events" -> events = parseCount(a, v);
                    case "--charm-events" -> charm = parseCount(a, v);
                    case "--seed" -> seed = parseCount(a, v);
                    case "--docs" -> docs = Path.of(v);
                    default ->
                        throw new InputException(
                                "command line", a, "expected --events, --charm-events, --seed or --docs");
                }
            }
            Result r = run(new Config(events, charm, seed));
            write(r, new Config(events, charm, seed), docs);
            System.out.println(summary(r));
            if (r.violations() > 0) {
                System.exit(1);
            }
        } catch (InputException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    private static long parseCount(String option, String value) {
        try {
            long n = Long.parseLong(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InputException("command line", option, "expected a positive integer, got '" + value + "'");
    }

    /** Generates both samples and accumulates their statistics (no files written). */
    public static Result run(Config config) {
        ParticleTable table = ParticleTable.standard();
        EventInvariants invariants = new EventInvariants(table);
        RandomStreams streams = RandomStreams.of(config.seed()).child("continuum-validation");
        List<String> first = new ArrayList<>();
        long[] violations = {0};
        Consumer<GenEvent> check = e -> {
            List<String> v = invariants.violations(e);
            if (!v.isEmpty()) {
                violations[0]++;
                if (first.size() < 5) {
                    first.add("event " + e.number() + ": " + v.get(0));
                }
            }
        };
        List<ContinuumDataset> datasets = ContinuumDatasets.standard();
        ContinuumStatistics qq = sample(
                "ee-qqbar",
                config.events(),
                streams.child("ee-qqbar"),
                check,
                of(datasets, ContinuumDataset.Sample.QQBAR));
        ContinuumStatistics cc = sample(
                "ee-ccbar",
                config.charmEvents(),
                streams.child("ee-ccbar"),
                check,
                of(datasets, ContinuumDataset.Sample.CCBAR));
        return new Result(qq, cc, violations[0], List.copyOf(first), compare(datasets, qq, cc));
    }

    private static List<ContinuumDataset> of(List<ContinuumDataset> all, ContinuumDataset.Sample sample) {
        return all.stream().filter(d -> d.sample() == sample).toList();
    }

    /** Each dataset's spectrum (filled in its sample) against the measurement, normalised as it is. */
    static List<DataComparison> compare(
            List<ContinuumDataset> datasets, ContinuumStatistics qqbar, ContinuumStatistics charm) {
        List<DataComparison> out = new ArrayList<>();
        for (ContinuumDataset d : datasets) {
            ContinuumStatistics s = d.sample() == ContinuumDataset.Sample.QQBAR ? qqbar : charm;
            boolean meanPerEvent = d.normalisation() == ContinuumDataset.Normalisation.PER_HADRONIC_EVENT && s == qqbar;
            out.add(DataComparison.of(d, s.spectrum(d.id()), denominator(d, s, qqbar), meanPerEvent));
        }
        return List.copyOf(out);
    }

    /**
     * What a dataset's sums of weights (nb) are divided by: trials / 1000 for pb; for per hadronic
     * event, trials times sigma(e+e- -&gt; q qbar) of the ee-qqbar sample (= its sum of weights when the
     * dataset is filled from that sample).
     */
    static double denominator(ContinuumDataset d, ContinuumStatistics sample, ContinuumStatistics qqbar) {
        return switch (d.normalisation()) {
            case PICOBARN -> sample.trials() / 1000.0;
            case PER_HADRONIC_EVENT ->
                sample == qqbar ? qqbar.nCharged().sumOfWeights() : sample.trials() * qqbar.crossSectionNb();
        };
    }

    /** One sample of a registered process at the {@value #BEAM} beam, each event checked and accumulated. */
    static ContinuumStatistics sample(String process, long n, RandomStreams streams, Consumer<GenEvent> check) {
        return sample(process, n, streams, check, List.of());
    }

    /** The same, also filling the given datasets' spectra. */
    static ContinuumStatistics sample(
            String process, long n, RandomStreams streams, Consumer<GenEvent> check, List<ContinuumDataset> datasets) {
        Process p = ProcessRegistry.standard().get(process);
        ProcessParameters params = ProcessParameters.parse(p.name(), p.parameters(), Map.of(), "continuum validation");
        EventGenerator generator = p.newGenerator(Beam.preset(BEAM), params, GeneratorOptions.DEFAULT);
        RandomStream beamRng = streams.stream("beam");
        RandomStream rng = streams.stream("process");
        EventBuffer buffer = new EventBuffer(256);
        ContinuumStatistics stats = new ContinuumStatistics(datasets);
        for (long i = 0; i < n; i++) {
            double w = generator.generate(beamRng, rng, buffer);
            if (w == 0) {
                stats.addZeroWeight();
                continue;
            }
            GenEvent event = buffer.toEvent(i);
            check.accept(event);
            stats.add(event);
        }
        return stats;
    }

    /** A few lines for the console. */
    static String summary(Result r) {
        return String.format(
                Locale.ROOT,
                "continuum validation: %d ee-qqbar and %d ee-ccbar events; <n_ch> = %.3f +- %.3f; <T> = %.4f;"
                        + " invariant violations: %d%s",
                r.qqbar().events(),
                r.charm().events(),
                r.qqbar().nCharged().mean(),
                r.qqbar().nCharged().error(),
                r.qqbar().thrust().mean(),
                r.violations(),
                r.firstViolations().isEmpty() ? "" : " (" + String.join("; ", r.firstViolations()) + ")");
    }

    /** Writes {@code continuum.md} and the {@code images/continuum-*.png} plots into {@code docs}. */
    public static void write(Result r, Config config, Path docs) {
        try {
            Path images = docs.resolve("images");
            Files.createDirectories(images);
            PlotWriter writer = new PlotWriter();
            PlotLabels qqLabels = PlotLabels.simulation(Double.NaN).withLine(QQBAR_LINE);
            PlotLabels ccLabels = PlotLabels.simulation(Double.NaN).withLine(CCBAR_LINE);
            writer.writePng(nChargedPlot(r.qqbar(), qqLabels), images.resolve("continuum-nch.png"));
            writer.writePng(thrustPlot(r.qqbar(), qqLabels), images.resolve("continuum-thrust.png"));
            // taller than the default: the ratio panel takes a quarter of the height
            PlotWriter tall = new PlotWriter(PlotWriter.DEFAULT_WIDTH, 760, PlotWriter.DEFAULT_SCALE);
            for (DataComparison c : r.comparisons()) {
                if (c.dataset().isRate()) {
                    continue;
                }
                PlotLabels labels = c.dataset().sample() == ContinuumDataset.Sample.CCBAR ? ccLabels : qqLabels;
                tall.writePng(ComparisonPlot.chart(c, labels), images.resolve(plotFile(c.dataset())));
            }
            Files.writeString(docs.resolve("continuum.md"), ContinuumReport.markdown(r, config));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PNG file name of a dataset's comparison plot. */
    static String plotFile(ContinuumDataset d) {
        return "continuum-" + d.id() + ".png";
    }

    private static final String QQBAR_LINE = "e⁺e⁻ → q q̄ (u, d, s, c), √s = 10.52 GeV, ISR on";
    private static final String CCBAR_LINE = "e⁺e⁻ → c c̄, √s = 10.52 GeV, ISR on";

    private static org.jfree.chart.JFreeChart nChargedPlot(ContinuumStatistics s, PlotLabels labels) {
        Hist1D h = s.nChargedHistogram().scaled(1 / s.nChargedHistogram().integral(true));
        double top = 0;
        for (int i = 0; i < h.bins(); i++) {
            top = Math.max(top, h.content(i));
        }
        double argus = ContinuumReferences.ARGUS_MEAN_NCH.value();
        double ours = s.nCharged().mean();
        return HistogramPlot.builder()
                .histogram(new HistSeries("Upsilon, all events", h, UPSILON))
                .curve(Curve.dashed(
                        String.format(Locale.ROOT, "Upsilon mean %.2f", ours),
                        new double[] {ours, ours + VERTICAL},
                        new double[] {0, top},
                        UPSILON))
                .curve(Curve.solid(
                        String.format(Locale.ROOT, "ARGUS mean %.2f ± 0.20", argus),
                        new double[] {argus, argus + VERTICAL},
                        new double[] {0, top},
                        DATA))
                .xLabel("charged multiplicity n_{ch}")
                .yLabel("fraction of events")
                .labels(labels)
                .build()
                .chart();
    }

    private static org.jfree.chart.JFreeChart thrustPlot(ContinuumStatistics s, PlotLabels labels) {
        Hist1D h = perUnit(s.thrustHistogram(), s.nCharged().sumOfWeights());
        return HistogramPlot.builder()
                .histogram(new HistSeries("Upsilon", h, UPSILON))
                .xLabel("thrust T (all visible particles, CM frame)")
                .yLabel("1/N dN/dT")
                .logY(true)
                .labels(labels)
                .build()
                .chart();
    }

    /** Content per event and per unit of x: divide by the number of events and the bin width. */
    static Hist1D perUnit(Hist1D h, double sumOfWeights) {
        double width = (h.axis().hi() - h.axis().lo()) / h.bins();
        return h.scaled(1 / (sumOfWeights * width));
    }
}
