package io.upsilon.generators.process;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.error.InputException;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.generators.decay.DecChannel;
import io.upsilon.generators.decay.DecDecay;
import io.upsilon.generators.decay.DecFile;
import io.upsilon.generators.decay.DecFileParser;
import io.upsilon.generators.decay.DecParticle;
import io.upsilon.generators.decay.HadronDecayer;
import io.upsilon.generators.decay.SignalOverlay;
import io.upsilon.generators.decay.TauDecayer;
import io.upsilon.generators.radiation.IsrEmission;
import io.upsilon.generators.radiation.IsrSampler;
import java.io.StringReader;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * e+e- -&gt; Upsilon(4S) -&gt; B Bbar. Each event:
 *
 * <ol>
 *   <li>the smeared beams (the preset's energy spread, {@link Beam#sampleCollision}) and, with
 *       radiation, initial-state radiation exactly as for mu mu and q qbar ({@link IsrEmission}:
 *       Kuraev-Fadin structure function, one explicit photon), the radiated fraction limited to x
 *       &lt; 1 - s_thr/s with s_thr the threshold of the lightest pair made;
 *   <li>the weight: the ISR factor times the Breit-Wigner cross section at the reduced s' ({@link
 *       Upsilon4SLineShape}, partial widths running with p_B^3) of the B pairs this process makes;
 *       its mean is the observed cross section (line shape folded with the energy spread and ISR);
 *   <li>for {@code y4s-bbbar} the pair (B+ B- or B0 anti-B0) drawn in proportion to the partial
 *       widths at this s' (so the ratio follows the p^3 threshold factors across the line shape);
 *   <li>the Upsilon(4S) at rest in the s' frame (status 2 once decayed; mothers the beams), then the
 *       decay engine: Upsilon(4S) -&gt; B Bbar by the channels of the run's decay table ({@code VSS}
 *       for B+ B-, {@code VSS_BMIX} for the coherent B0 pair), with the Upsilon(4S) transversely
 *       polarised about the beam (sin^2 theta* for the B's), then every B and its products.
 * </ol>
 *
 * <p><b>Unweighted by default.</b> The weight of step 2 (ISR factor x sigma(s')) varies from ~1e-5
 * to ~1.7 nb at the Y4S preset, and its mean is only ~54% of its maximum. So each call is one
 * <em>trial</em>: steps 1-2 are done (they are cheap), and the trial is accepted with probability w /
 * w_max (the process stream draws the decision). An accepted trial goes on to steps 3-4 and returns
 * weight w_max, the same for every accepted event; a rejected one returns 0 with only the beams in
 * the buffer, and nothing is decayed. The mean weight per call is still the cross section (E[w_max
 * min(1, w/w_max)] = E[w] for w &lt;= w_max), so {@code upsilon xsec} and the luminosity scaling
 * (weight x L / calls) are unchanged and unbiased, but N calls give ~0.54 N B pairs at the Y4S preset
 * (sigma / w_max; {@link #acceptedEvents()}), each of equal weight: the decay and detector work goes
 * only to events that count fully, where the weighted form spends ~27% of it on events of tiny
 * weight. w_max is the largest weight of a fixed pre-scan of the cheap kinematics ({@link
 * #PRESCAN_TRIALS} trials from a fixed named stream, so every run of one configuration has the same
 * bound) times a margin {@link #SAFETY}; with neither spread nor ISR the weight is one number and
 * every trial is accepted. A trial above w_max would keep its own weight (unbiased) and is counted
 * ({@link #overweightEvents()}); the maximum is reached at soft ISR and s' on the peak, which the
 * pre-scan samples densely, so this does not happen in practice. The weighted form ({@code
 * weighted=true}; process parameter {@code weighted=1}) makes every call a B pair with its own
 * weight.
 *
 * <p>The peak fractions B(B+ B-), B(B0 anti-B0) are the run's table's (sum of the normalised fractions
 * of its Upsilon(4S) channels to B+ B- and to B0 anti-B0; channels to anything else are not used).
 * Without radiation the events are Born at the collision's s (still with the beam's energy spread;
 * {@link Beam#withoutEnergySpread()} for the bare line shape).
 *
 * <p>With a signal ({@link SignalOverlay}): only the pair types the overlay has a signal B for are
 * made (a B+ signal on {@code y4s-bbbar} makes B+ B- only; {@link #note()} says so, and the cross
 * section is that of those pairs), and the Upsilon(4S) block of each pair type is replaced so that
 * every event has exactly one signal B, <b>always the Upsilon(4S)'s first daughter</b>: B+ B- as
 * {@code 0.5 B+sig B- VSS; 0.5 B-sig B+ VSS} (either charge with probability 1/2; VSS is symmetric
 * under exchanging the two B's, so the order costs nothing), B0 anti-B0 as EvtGen's four-daughter
 * {@code B0sig anti-B0sig B0 anti-B0 VSS_BMIX dm} with the table's dm (the signal's flavour follows
 * the coherent mixing; with a CP eigenstate its label is the flavour opposite to the tag's). The
 * other B decays by the generic table. {@code BPairTruth.signalB} reads the signal B back. Not
 * thread-safe: one per partition.
 */
public final class Upsilon4SGenerator implements EventGenerator {
    /** Which B pairs a generator makes. */
    public enum Pairs {
        /** B+ B- and B0 anti-B0. */
        ALL(true, true),
        /** B+ B- only. */
        CHARGED(true, false),
        /** B0 anti-B0 only. */
        NEUTRAL(false, true);

        final boolean charged;
        final boolean neutral;

        Pairs(boolean charged, boolean neutral) {
            this.charged = charged;
            this.neutral = neutral;
        }

        String label() {
            return charged && neutral ? "B+ B- and B0 anti-B0" : charged ? "B+ B-" : "B0 anti-B0";
        }
    }

    private static final String UPSILON = "Upsilon(4S)";
    private static final int UPSILON_ID = 300553;
    private static final int B_CHARGED = 521;
    private static final int B_NEUTRAL = 511;
    /** Trials of the w_max pre-scan: ~10 ms; its maximum is within 1% of the supremum (test). */
    static final int PRESCAN_TRIALS = 20_000;
    /** Margin on the pre-scanned maximum (which is within 1e-6 of the maximum of 2e6 trials): no overweight events in the test. */
    static final double SAFETY = 1.005;
    /** The fixed seed of the pre-scan's streams: the bound is a property of the configuration, not of the run. */
    private static final long PRESCAN_SEED = 0x59345357L;

    private final Beam beam;
    private final CollisionFrame frame;
    private final Pairs pairs;
    private final Upsilon4SLineShape lineShape;
    private final IsrEmission isr; // null without radiation
    private final HadronDecayer chargedDecayer; // null for NEUTRAL
    private final HadronDecayer neutralDecayer; // null for CHARGED
    private final double sMin;
    private final String note; // null without a signal
    private final boolean weighted;
    private final double maxWeight; // w_max of the unweighted form, nb
    private double prescanMeanWeight; // mean weighted-form weight of the pre-scan, nb
    // The current trial (kinematics) and the run's counts (not thread-safe, like the generator).
    private double sPrime;
    private double chargedSigma;
    private double totalSigma;
    private long trials;
    private long accepted;
    private long overweight;
    private double largestWeight;

    /**
     * @param beam the beams
     * @param pairs the B pairs to make
     * @param radiation ISR (false: Born at the collision's s)
     * @param table the run's decay table (must have an Upsilon(4S) block with B+ B- and/or B0 anti-B0
     *     channels)
     * @throws InputException if the table has no Upsilon(4S) channel to the pairs asked for
     */
    public Upsilon4SGenerator(Beam beam, Pairs pairs, boolean radiation, DecFile table) {
        this(beam, pairs, radiation, table, null, false);
    }

    /**
     * @param beam the beams
     * @param requested the B pairs asked for (a signal restricts them to the pairs it has a signal B for)
     * @param radiation ISR (false: Born at the collision's s)
     * @param generic the run's decay table (must have an Upsilon(4S) block with B+ B- and/or B0
     *     anti-B0 channels)
     * @param signal the signal overlay read on top of {@code generic}, or {@code null} for generic events
     * @throws InputException if the table has no Upsilon(4S) channel to the pairs asked for, or the
     *     signal needs pairs this process does not make
     */
    public Upsilon4SGenerator(Beam beam, Pairs requested, boolean radiation, DecFile generic, SignalOverlay signal) {
        this(beam, requested, radiation, generic, signal, false);
    }

    /**
     * @param beam the beams
     * @param requested the B pairs asked for (a signal restricts them to the pairs it has a signal B for)
     * @param radiation ISR (false: Born at the collision's s)
     * @param generic the run's decay table (must have an Upsilon(4S) block with B+ B- and/or B0
     *     anti-B0 channels)
     * @param signal the signal overlay read on top of {@code generic}, or {@code null} for generic events
     * @param weighted true: every call is a B pair with its own weight (ISR factor x sigma(s')); false
     *     (the default of the other constructors): unweighted, see the class comment
     * @throws InputException if the table has no Upsilon(4S) channel to the pairs asked for, or the
     *     signal needs pairs this process does not make
     */
    public Upsilon4SGenerator(
            Beam beam, Pairs requested, boolean radiation, DecFile generic, SignalOverlay signal, boolean weighted) {
        if (beam == null || requested == null || generic == null) {
            throw new IllegalArgumentException("need a beam, the pairs and a decay table");
        }
        Pairs pairs = requested;
        DecFile withSignal = generic;
        if (signal != null) {
            boolean charged = requested.charged && signal.chargedAliases().isPresent();
            boolean neutral = requested.neutral && signal.neutralAliases().isPresent();
            if (!charged && !neutral) {
                throw new InputException(
                        "--param",
                        "signal",
                        "the signal " + signal.name() + " has a signal B for "
                                + (signal.chargedAliases().isPresent() ? "B+ B-" : "B0 anti-B0")
                                + " pairs, which this process does not make");
            }
            pairs = charged && neutral ? Pairs.ALL : charged ? Pairs.CHARGED : Pairs.NEUTRAL;
            withSignal = signal.table();
            this.note = "signal " + signal.name() + ": one B per event decays by it, the other generically; "
                    + (pairs == requested
                            ? "pairs made: " + pairs.label()
                            : "only " + pairs.label() + " pairs are made (the signal's), so sigma is theirs");
        } else {
            this.note = null;
        }
        this.beam = beam;
        this.frame = new CollisionFrame(beam);
        this.pairs = pairs;
        DecFile table = withSignal;
        DecDecay upsilon = table.decay(UPSILON)
                .orElseThrow(() -> new InputException(
                        table.source(), "", "the decay table has no " + UPSILON + " block (needed for B pairs)"));
        double fc = fraction(upsilon, B_CHARGED);
        double fn = fraction(upsilon, B_NEUTRAL);
        if ((pairs.charged ? fc : 0) + (pairs.neutral ? fn : 0) <= 0) {
            throw new InputException(
                    table.source(),
                    "",
                    "the " + UPSILON + " block has no channel to " + (pairs.charged ? "B+ B-" : "B0 anti-B0"));
        }
        this.lineShape = new Upsilon4SLineShape(fc, fn);
        this.chargedDecayer = pairs.charged && fc > 0
                ? decayer(restrict(table, upsilon, B_CHARGED, signal == null ? null : signal.chargedAliases()))
                : null;
        this.neutralDecayer = pairs.neutral && fn > 0
                ? decayer(restrict(table, upsilon, B_NEUTRAL, signal == null ? null : signal.neutralAliases()))
                : null;
        // ISR may only go down to the lowest threshold of the pairs made.
        this.sMin = pairs.charged ? lineShape.thresholdS() : lineShape.neutralThresholdS();
        if (sMin >= beam.s()) {
            throw new IllegalArgumentException("sqrt(s) = " + beam.sqrtS() + " GeV is below the B+ B- threshold");
        }
        this.isr = radiation ? new IsrEmission(IsrSampler.withoutResonances()) : null;
        this.weighted = weighted;
        this.maxWeight = weighted ? Double.NaN : prescanMaxWeight();
    }

    private static HadronDecayer decayer(DecFile file) {
        return new HadronDecayer(file, HadronDecayer.DEFAULT_LEFT_TO_DETECTOR, new TauDecayer());
    }

    /** The sum of the normalised fractions of the channels to a B pair of this |PDG id|. */
    private static double fraction(DecDecay upsilon, int bId) {
        double f = 0;
        for (DecChannel ch : upsilon.channels()) {
            if (isPairOf(ch, bId)) {
                f += ch.branchingFraction();
            }
        }
        return f;
    }

    private static boolean isPairOf(DecChannel ch, int bId) {
        if (ch.daughters().size() < 2) {
            return false;
        }
        for (DecParticle d : ch.daughters()) {
            if (Math.abs(d.data().id()) != bId) {
                return false;
            }
        }
        return true;
    }

    /**
     * The table with the Upsilon(4S) block replaced by its channels to B pairs of this |id|, or, with
     * signal aliases ({@code [B alias, anti-B alias]}), by the one-signal-B channels (class comment).
     */
    private static DecFile restrict(DecFile table, DecDecay upsilon, int bId, Optional<String[]> signal) {
        StringBuilder text = new StringBuilder("Decay ").append(UPSILON).append('\n');
        for (DecChannel ch : upsilon.channels()) {
            if (!isPairOf(ch, bId)) {
                continue;
            }
            if (signal != null && signal.isPresent()) {
                appendSignalChannels(text, ch, bId, signal.get(), table.source());
                break;
            }
            text.append(ch.rawBranchingFraction());
            for (DecParticle d : ch.daughters()) {
                text.append(' ').append(d.name());
            }
            appendModel(text, ch);
        }
        text.append("Enddecay\nEnd\n");
        return DecFileParser.parse(
                new StringReader(text.toString()),
                table.source() + " (" + UPSILON + " -> " + (bId == B_CHARGED ? "B+ B-" : "B0 anti-B0") + ")",
                table);
    }

    private static void appendModel(StringBuilder text, DecChannel ch) {
        text.append(' ').append(ch.model());
        for (double a : ch.argArray()) {
            text.append(' ').append(Double.toString(a));
        }
        text.append(";\n");
    }

    /** The signal form of the table's pair channel {@code ch}: one signal B, always the first daughter. */
    private static void appendSignalChannels(
            StringBuilder text, DecChannel ch, int bId, String[] aliases, String source) {
        String b = bId == B_CHARGED ? "B+" : "B0";
        String antiB = bId == B_CHARGED ? "B-" : "anti-B0";
        if (bId == B_CHARGED) {
            text.append("0.5 ").append(aliases[0]).append(' ').append(antiB);
            appendModel(text, ch);
            text.append("0.5 ").append(aliases[1]).append(' ').append(b);
            appendModel(text, ch);
            return;
        }
        if (!"VSS_BMIX".equals(ch.model())) {
            throw new InputException(
                    source,
                    UPSILON,
                    "a B0 signal needs the Upsilon(4S) -> B0 anti-B0 channel as VSS_BMIX (coherent mixing), got "
                            + ch.model());
        }
        text.append("1.0 ").append(aliases[0]).append(' ').append(aliases[1]).append(' ');
        text.append(b).append(' ').append(antiB);
        appendModel(text, ch);
    }

    /**
     * What the signal does to the sample (e.g. "only B+ B- pairs are made"), for the run's output;
     * empty without a signal.
     */
    @Override
    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    /** The line shape (with the table's fractions). */
    public Upsilon4SLineShape lineShape() {
        return lineShape;
    }

    /** The Born cross section of this generator's pairs at the nominal s, nb (no spread, no ISR). */
    public double bornCrossSection(double s) {
        return lineShape.crossSection(s, pairs.charged, pairs.neutral);
    }

    @Override
    public OptionalDouble analyticCrossSection() {
        return isr == null ? OptionalDouble.of(bornCrossSection(beam.s())) : OptionalDouble.empty();
    }

    /**
     * The cheap part of one trial, after {@code frame.sample}: ISR and the Breit-Wigner at s'. Sets
     * {@link #sPrime} and {@link #chargedSigma}; returns the weighted-form event weight in nb (0
     * outside the phase space).
     */
    private double kinematics(RandomStream rng) {
        double s = frame.s();
        double weight = 1;
        sPrime = s;
        if (isr != null) {
            double xMax = 1 - sMin / s;
            if (!(xMax > 0)) {
                return 0;
            }
            weight = isr.sample(rng, s, xMax);
            sPrime = isr.sPrime();
        }
        chargedSigma = pairs.charged ? lineShape.crossSection(sPrime, true, false) : 0;
        double neutral = pairs.neutral ? lineShape.crossSection(sPrime, false, true) : 0;
        double sigma = chargedSigma + neutral;
        if (!(sigma > 0)) {
            return 0;
        }
        totalSigma = sigma;
        return weight * sigma;
    }

    /**
     * w_max for the unweighted form: the largest weighted-form weight of {@link #PRESCAN_TRIALS}
     * trials of the cheap kinematics drawn from a fixed named stream (so every generator of this
     * configuration gets the same bound, whatever the run's seed), times {@link #SAFETY}; exactly
     * that weight when every trial had the same one (no spread, no ISR: nothing to unweight).
     */
    private double prescanMaxWeight() {
        RandomStreams streams = RandomStreams.of(PRESCAN_SEED);
        RandomStream beamRng = streams.stream("upsilon4s/weight-bound/beam");
        RandomStream rng = streams.stream("upsilon4s/weight-bound/process");
        double max = 0;
        double min = Double.POSITIVE_INFINITY;
        double sum = 0;
        for (int i = 0; i < PRESCAN_TRIALS; i++) {
            frame.sample(beamRng);
            double w = kinematics(rng);
            max = Math.max(max, w);
            min = Math.min(min, w);
            sum += w;
        }
        prescanMeanWeight = sum / PRESCAN_TRIALS;
        if (!(max > 0)) {
            throw new IllegalArgumentException("sqrt(s) = " + beam.sqrtS()
                    + " GeV: no trial of the weight pre-scan made a B pair (too far below the Upsilon(4S))");
        }
        return min == max ? max : SAFETY * max;
    }

    /** w_max in nb of the unweighted form (every accepted event's weight but overweight ones); NaN when weighted. */
    public double maxWeight() {
        return weighted ? Double.NaN : maxWeight;
    }

    /**
     * The pre-scan's mean weight over w_max (about 0.54 at the Y4S preset; relative precision ~0.5%
     * from its 20,000 trials): the fraction of calls that make a B pair. 1 for the weighted form.
     */
    @Override
    public double expectedAcceptance() {
        return weighted ? 1.0 : Math.min(1.0, prescanMeanWeight / maxWeight);
    }

    /** True if this generator returns weighted events (the {@code weighted} process parameter). */
    public boolean weighted() {
        return weighted;
    }

    /** Number of {@link #generate} calls (trials) so far. */
    public long trials() {
        return trials;
    }

    /** Number of calls that returned a B pair (all of them but those outside phase space when weighted). */
    public long acceptedEvents() {
        return accepted;
    }

    /** Number of accepted events whose weighted-form weight exceeded w_max (they keep that weight). */
    public long overweightEvents() {
        return overweight;
    }

    /** The largest weighted-form weight seen so far, nb (compare with {@link #maxWeight()}). */
    public double largestWeight() {
        return largestWeight;
    }

    /**
     * One trial. Weighted form: the B pair with weight ISR factor x sigma(s'). Unweighted (default):
     * the cheap kinematics (beams, ISR, s') are accepted with probability w/w_max; an accepted trial
     * is the B pair with weight w_max (or its own w if w &gt; w_max, counted as overweight), a rejected
     * one returns 0 with only the beams in {@code out} and nothing decayed. Either way the mean
     * weight per call is the cross section.
     */
    @Override
    public double generate(RandomStream beamRng, RandomStream rng, EventBuffer out) {
        out.clear();
        frame.sample(beamRng);
        frame.addBeams(out);
        trials++;
        double weight = kinematics(rng);
        if (!(weight > 0)) {
            out.setWeight(0);
            return 0;
        }
        largestWeight = Math.max(largestWeight, weight);
        if (!weighted) {
            if (weight > maxWeight) {
                overweight++;
            } else if (rng.nextDouble() * maxWeight < weight) {
                weight = maxWeight;
            } else {
                out.setWeight(0);
                return 0;
            }
        }
        accepted++;
        HadronDecayer decayer = rng.nextDouble() * totalSigma < chargedSigma ? chargedDecayer : neutralDecayer;
        if (isr != null && isr.hasPhoton()) {
            int iGamma = out.add(22, GenParticle.FINAL, 0, 0, 0, 0);
            isr.photon(out.momenta(), 4 * iGamma);
            frame.toLab(out.momenta(), 4 * iGamma);
            out.setMothers(iGamma, 0, 1);
        }
        int u = out.add(UPSILON_ID, GenParticle.FINAL, 0, 0, 0, Math.sqrt(sPrime));
        double[] mom = out.momenta();
        if (isr != null) {
            isr.toCm(mom, 4 * u);
        }
        frame.toLab(mom, 4 * u);
        out.setMothers(u, 0, 1);
        frame.placeAtVertex(out, 2);
        out.setWeight(weight);
        decayer.decay(out, rng, u);
        return weight;
    }
}
