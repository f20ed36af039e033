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
     */
    public record Result(
            ContinuumStatistics qqbar, ContinuumStatistics charm, long violations, List<String> firstViolations) {}

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
        ContinuumStatistics qq = sample("ee-qqbar", config.events(), streams.child("ee-qqbar"), check);
        ContinuumStatistics cc = sample("ee-ccbar", config.charmEvents(), streams.child("ee-ccbar"), check);
        return new Result(qq, cc, violations[0], List.copyOf(first));
    }

    /** One sample of a registered process at the {@value #BEAM} beam, each event checked and accumulated. */
    static ContinuumStatistics sample(String process, long n, RandomStreams streams, Consumer<GenEvent> check) {
        Process p = ProcessRegistry.standard().get(process);
        ProcessParameters params = ProcessParameters.parse(p.name(), p.parameters(), Map.of(), "continuum validation");
        EventGenerator generator = p.newGenerator(Beam.preset(BEAM), params, GeneratorOptions.DEFAULT);
        RandomStream beamRng = streams.stream("beam");
        RandomStream rng = streams.stream("process");
        EventBuffer buffer = new EventBuffer(256);
        ContinuumStatistics stats = new ContinuumStatistics();
        for (long i = 0; i < n; i++) {
            double w = generator.generate(beamRng, rng, buffer);
            if (w == 0) {
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
            String energy = "e⁺e⁻ → q q̄ (u, d, s, c), √s = 10.52 GeV, ISR on";
            PlotLabels labels = PlotLabels.simulation(Double.NaN).withLine(energy);
            writer.writePng(nChargedPlot(r.qqbar(), labels), images.resolve("continuum-nch.png"));
            writer.writePng(thrustPlot(r.qqbar(), labels), images.resolve("continuum-thrust.png"));
            writer.writePng(momentumPlot(r.qqbar(), labels), images.resolve("continuum-momentum.png"));
            writer.writePng(
                    charmPlot(
                            r.charm(),
                            PlotLabels.simulation(Double.NaN).withLine("e⁺e⁻ → c c̄, √s = 10.52 GeV, ISR on")),
                    images.resolve("continuum-charm-xp.png"));
            Files.writeString(docs.resolve("continuum.md"), ContinuumReport.markdown(r, config));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

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

    private static org.jfree.chart.JFreeChart momentumPlot(ContinuumStatistics s, PlotLabels labels) {
        double norm = s.nCharged().sumOfWeights();
        return HistogramPlot.builder()
                .histogram(new HistSeries("π±", perUnit(s.momentumSpectrum(211), norm), new Color(0, 90, 200)))
                .histogram(new HistSeries("K±", perUnit(s.momentumSpectrum(321), norm), new Color(200, 40, 40)))
                .histogram(new HistSeries("p, p̄", perUnit(s.momentumSpectrum(2212), norm), new Color(0, 150, 60)))
                .xLabel("p* [GeV] (CM frame)")
                .yLabel("1/N_{evt} dN/dp* [GeV^{-1}]")
                .logY(true)
                .labels(labels)
                .build()
                .chart();
    }

    private static org.jfree.chart.JFreeChart charmPlot(ContinuumStatistics s, PlotLabels labels) {
        return HistogramPlot.builder()
                .histogram(new HistSeries("D⁰, D̄⁰", shape(s.xpSpectrum(421)), new Color(0, 90, 200)))
                .histogram(new HistSeries("D*±", shape(s.xpSpectrum(413)), new Color(200, 40, 40)))
                .histogram(new HistSeries("Λ_c±", shape(s.xpSpectrum(4122)), new Color(0, 150, 60)))
                .xLabel("x_p = p*/p*_{max}")
                .yLabel("1/N dN/dx_p (unit area)")
                .labels(labels)
                .build()
                .chart();
    }

    /** Content per event and per unit of x: divide by the number of events and the bin width. */
    static Hist1D perUnit(Hist1D h, double sumOfWeights) {
        double width = (h.axis().hi() - h.axis().lo()) / h.bins();
        return h.scaled(1 / (sumOfWeights * width));
    }

    /** Normalised to unit area (shape only). */
    static Hist1D shape(Hist1D h) {
        double width = (h.axis().hi() - h.axis().lo()) / h.bins();
        double integral = h.integral(false);
        return integral > 0 ? h.scaled(1 / (integral * width)) : h;
    }
}
