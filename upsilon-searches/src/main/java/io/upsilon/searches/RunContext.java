package io.upsilon.searches;

import io.upsilon.analysis.output.plot.PlotLabels;
import io.upsilon.analysis.output.provenance.Provenance;
import io.upsilon.core.beam.Beam;
import io.upsilon.core.config.ConfigNode;
import io.upsilon.core.error.InputException;
import io.upsilon.core.exec.Executor;
import io.upsilon.core.exec.Job;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.detector.DetectorCard;
import io.upsilon.detector.FastSimulation;
import io.upsilon.generators.process.CrossSectionRun;
import io.upsilon.generators.process.GeneratorOptions;
import io.upsilon.generators.process.Process;
import io.upsilon.generators.process.ProcessParameters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Everything a search run shares, resolved once: the seed (the file's, or {@code --seed}) and the
 * run's random-stream family {@code seed → search name}, the beam, the detector card and its fast
 * simulation, the executor, the luminosity and quick mode; and sample production on top of them.
 * Every job of the run is named {@code SEARCH/...}, so each sample, pilot run and toy draws from
 * its own named streams, independent of the thread count.
 */
public final class RunContext {
    private static final double NB_INV_PER_FB_INV = 1e6;

    /** Fewest events of a luminosity-sized sample (a tiny fraction would leave nothing to select). */
    static final long MIN_LUMINOSITY_EVENTS = 10_000;

    private final String name;
    private final CommonConfig common;
    private final String source;
    private final byte[] configBytes;
    private final RunOptions options;
    private final long seed;
    private final RandomStreams streams;
    private final Beam beam;
    private final DetectorCard card;
    private final FastSimulation detector;
    private final long startNanos;
    private final Map<String, Map<String, String>> decayFiles = new TreeMap<>();

    private RunContext(String name, CommonConfig common, ConfigNode root, byte[] configBytes, RunOptions options) {
        this.startNanos = System.nanoTime();
        this.name = name;
        this.common = common;
        this.source = root.source();
        this.configBytes = configBytes.clone();
        this.options = options;
        this.seed = options.seed().orElse(common.seed());
        this.streams = RandomStreams.of(seed).child(name);
        try {
            this.beam = Beam.preset(common.beamPreset());
        } catch (InputException e) {
            throw new InputException(source, "beam", e.problem());
        } catch (IllegalArgumentException e) {
            throw new InputException(source, "beam", e.getMessage());
        }
        this.card = card(common.detector(), source);
        this.detector = new FastSimulation(card, beam);
    }

    /**
     * Starts a run of the search {@code name}.
     *
     * @param common the file's shared keys
     * @param root the file's root (for messages)
     * @param configBytes the file's bytes (provenance)
     * @param options output directory, seed override, quick mode, executor
     * @throws InputException for an unknown beam preset or a bad detector card
     */
    public static RunContext start(
            String name, CommonConfig common, ConfigNode root, byte[] configBytes, RunOptions options) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(common, "common");
        Objects.requireNonNull(options, "options");
        return new RunContext(name, common, root, configBytes, options);
    }

    /** The detector card a configuration names ({@code belle2} or a path, relative to the configuration file). */
    static DetectorCard card(String detector, String source) {
        if (detector.equals(CommonConfig.BUNDLED_DETECTOR)) {
            return DetectorCard.belle2();
        }
        // A relative card path is relative to the analysis file that names it.
        Path file = Path.of(detector);
        Path config = Path.of(source);
        if (!file.isAbsolute()
                && Files.isRegularFile(config)
                && config.toAbsolutePath().getParent() != null) {
            file = config.toAbsolutePath().getParent().resolve(file);
        }
        return DetectorCard.load(file);
    }

    /** The search's name (prefix of every job and stream name of the run). */
    public String name() {
        return name;
    }

    /** The shared configuration. */
    public CommonConfig common() {
        return common;
    }

    /** The configuration file's name, for messages. */
    public String source() {
        return source;
    }

    /** The master seed of the run. */
    public long seed() {
        return seed;
    }

    /** The run's stream family ({@code seed → search name}): pseudo-data, toys, splits, classifier seeds. */
    public RandomStreams streams() {
        return streams;
    }

    public Beam beam() {
        return beam;
    }

    public DetectorCard card() {
        return card;
    }

    public FastSimulation detector() {
        return detector;
    }

    public Executor executor() {
        return options.executor();
    }

    /** Integrated luminosity, fb^-1. */
    public double luminosityFb() {
        return common.luminosityFb();
    }

    public boolean quick() {
        return options.quick();
    }

    /** The output directory. */
    public Path out() {
        return options.out();
    }

    /** Seconds since the run started. */
    public double seconds() {
        return (System.nanoTime() - startNanos) * 1e-9;
    }

    /** The labels every plot of the run carries: "Upsilon simulation", ∫L dt, and quick mode when on. */
    public PlotLabels plotLabels() {
        PlotLabels l = PlotLabels.simulation(luminosityFb());
        return quick() ? l.withLine("quick mode (reduced MC statistics)") : l;
    }

    /** Where the run's outputs came from: version, commit, seed, card and configuration hashes. */
    public Provenance provenance() {
        return Provenance.of(seed, card.sha256(), configBytes);
    }

    /** The parameters of {@code process} at their defaults with {@code given} values ({@code InputException} at {@code where}). */
    public ProcessParameters parameters(Process process, Map<String, String> given, String where) {
        try {
            return ProcessParameters.parse(process.name(), process.parameters(), given, source);
        } catch (InputException e) {
            throw new InputException(source, where, e.problem());
        }
    }

    /**
     * The cross section of {@code process} (nb) from a pilot run of its own, job {@code
     * SEARCH/pilot/PILOT}: the sizing of luminosity samples, not a result.
     */
    public double pilotCrossSection(String pilot, Process process, ProcessParameters params) {
        return pilotCrossSection(pilot, process, params, GeneratorOptions.DEFAULT, beam);
    }

    private double pilotCrossSection(
            String pilot, Process process, ProcessParameters params, GeneratorOptions generator, Beam atBeam) {
        long events = quick() ? common.quick().pilotEvents() : QuickScaling.FULL_PILOT_EVENTS;
        return CrossSectionRun.run(
                        process,
                        params,
                        generator,
                        atBeam,
                        Job.of(name + "/pilot/" + pilot, seed, events),
                        options.executor())
                .sigma();
    }

    /**
     * Events to generate for a fraction of σ × L (the quick fraction applied): at least {@link
     * #MIN_LUMINOSITY_EVENTS}.
     */
    public long luminosityEvents(double fraction, double sigmaNb) {
        return luminosityEvents(fraction, sigmaNb, luminosityFb());
    }

    private long luminosityEvents(double fraction, double sigmaNb, double lumiFb) {
        double f = fraction * (quick() ? common.quick().luminosityFraction() : 1.0);
        return Math.max(MIN_LUMINOSITY_EVENTS, (long) Math.ceil(f * sigmaNb * lumiFb * NB_INV_PER_FB_INV));
    }

    /** The signal masses of this run: the plot masses in quick mode, else all. */
    public double[] masses(SignalGrid grid) {
        return grid.masses(quick());
    }

    /** The generated events per signal point of this run (capped in quick mode). */
    public long signalEvents(SignalGrid grid) {
        return grid.events(common.quick(), quick());
    }

    /** Events to generate for a sample with a fixed count: the count, capped in quick mode. */
    public long fixedEvents(long events) {
        return quick() ? Math.min(common.quick().maxEvents(), events) : events;
    }

    /**
     * The generator options of a declared sample: radiation on, and its {@code decay_file} overlay
     * read on top of the bundled table (what {@code upsilon generate --decay-file} does), if any.
     */
    public static GeneratorOptions generatorOptions(SampleSpec spec) {
        return spec.hasDecayFile()
                ? GeneratorOptions.DEFAULT.withDecays(spec.decayFile().table())
                : GeneratorOptions.DEFAULT;
    }

    /** The decay overlays of the samples produced so far, by sample name: their location and SHA-256. */
    public Map<String, Map<String, String>> decayFiles() {
        synchronized (decayFiles) {
            return Collections.unmodifiableMap(new TreeMap<>(decayFiles));
        }
    }

    private void recordDecayFile(SampleSpec spec) {
        if (spec.hasDecayFile()) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("decay_file", spec.decayFile().location());
            m.put("sha256", spec.decayFile().sha256());
            synchronized (decayFiles) {
                decayFiles.put(spec.name(), m);
            }
        }
    }

    /**
     * Produces a declared sample (its {@code parameters:}, the rest at their defaults, and its
     * {@code decay_file} overlay): sized by the luminosity (pilot run {@code SEARCH/pilot/NAME}) or
     * by its fixed count, then generated, simulated and analysed.
     */
    public <R> SampleOutcome<R> produce(SampleSpec spec, SampleProduction.EventAnalysis<R> analysis) {
        ProcessParameters params = parameters(spec.process(), spec.parameters(), spec.name() + ".parameters");
        GeneratorOptions generator = generatorOptions(spec);
        long events = spec.luminositySized()
                ? luminosityEvents(
                        spec.luminosityFraction(),
                        pilotCrossSection(spec.name(), spec.process(), params, generator, beam))
                : fixedEvents(spec.fixedEvents());
        recordDecayFile(spec);
        return produce(spec.name(), spec.label(), spec.process(), params, generator, events, analysis);
    }

    /**
     * Generates {@code events} events of {@code process} as job {@code SEARCH/NAME} (its streams
     * derive from the name), simulates and analyses them; weights are scaled to the luminosity.
     */
    public <R> SampleOutcome<R> produce(
            String sampleName,
            String label,
            Process process,
            ProcessParameters params,
            long events,
            SampleProduction.EventAnalysis<R> analysis) {
        return produce(sampleName, label, process, params, GeneratorOptions.DEFAULT, events, analysis);
    }

    private <R> SampleOutcome<R> produce(
            String sampleName,
            String label,
            Process process,
            ProcessParameters params,
            GeneratorOptions generator,
            long events,
            SampleProduction.EventAnalysis<R> analysis) {
        SampleProduction.Sample sample = new SampleProduction.Sample(sampleName, process, params, generator, events);
        long ts = System.nanoTime();
        R r = SampleProduction.run(
                name + "/" + sampleName, sample, beam, detector, luminosityFb(), seed, analysis, options.executor());
        return new SampleOutcome<>(sampleName, label, events, r, (System.nanoTime() - ts) * 1e-9);
    }

    /**
     * Produces a declared sample at another beam and luminosity than the run's, e.g. the
     * off-resonance continuum 60 MeV below the Upsilon(4S) with its own integrated luminosity: sized
     * (pilot run {@code SEARCH/pilot/NAME} at {@code atBeam}), generated, simulated with the run's
     * detector card at {@code atBeam}, and analysed; weights are scaled to {@code atLuminosityFb}.
     *
     * @param atBeam the beam of this sample
     * @param atLuminosityFb its integrated luminosity, fb^-1
     */
    public <R> SampleOutcome<R> produce(
            SampleSpec spec, Beam atBeam, double atLuminosityFb, SampleProduction.EventAnalysis<R> analysis) {
        Objects.requireNonNull(atBeam, "atBeam");
        if (!(atLuminosityFb > 0)) {
            throw new IllegalArgumentException("luminosity must be > 0, got " + atLuminosityFb);
        }
        ProcessParameters params = parameters(spec.process(), spec.parameters(), spec.name() + ".parameters");
        GeneratorOptions generator = generatorOptions(spec);
        long events = spec.luminositySized()
                ? luminosityEvents(
                        spec.luminosityFraction(),
                        pilotCrossSection(spec.name(), spec.process(), params, generator, atBeam),
                        atLuminosityFb)
                : fixedEvents(spec.fixedEvents());
        recordDecayFile(spec);
        SampleProduction.Sample sample =
                new SampleProduction.Sample(spec.name(), spec.process(), params, generator, events);
        long ts = System.nanoTime();
        R r = SampleProduction.run(
                name + "/" + spec.name(),
                sample,
                atBeam,
                new FastSimulation(card, atBeam),
                atLuminosityFb,
                seed,
                analysis,
                options.executor());
        return new SampleOutcome<>(spec.name(), spec.label(), events, r, (System.nanoTime() - ts) * 1e-9);
    }
}
