package io.upsilon.generators.decay;

import io.upsilon.core.error.InputException;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.kinematics.Boost;
import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.random.RandomStream;
import io.upsilon.generators.fragmentation.StringFragmentation;
import io.upsilon.generators.phasespace.TwoBody;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The decay engine for every unstable hadron of an event, driven by a {@link DecFile}.
 *
 * <p>Each status-1 particle that has a decay table (by its PDG id's particle-table name, or by its
 * alias when a decay line made it) and is not in the "left to the detector" set ({@link
 * #DEFAULT_LEFT_TO_DETECTOR} unless configured) decays, and so do its daughters, recursively:
 *
 * <ul>
 *   <li>A channel is drawn with probability equal to its branching fraction; as in EvtGen's {@code
 *       EvtDecayTable} a channel is used only if the sum of its daughters' minimum masses is below
 *       the parent's mass (its invariant mass in the event), otherwise it is drawn again (at most
 *       10,000 times, then the first open channel is taken). A particle below every channel's
 *       threshold stays undecayed (counted by {@link #belowThresholdCount()}). A one-body
 *       channel is always open: its daughter takes the parent's four-momentum.
 *   <li>Daughters with a decay table and a width above {@link #BROAD_WIDTH_GEV} get a mass from a
 *       relativistic Breit-Wigner with constant width, |BW(s)|^2 = 1 / ((s - m^2)^2 + m^2 Gamma^2)
 *       (sampled exactly by inverting its integral in s), truncated below at their minimum mass
 *       (the lowest threshold of their own channels) and above at the mass left by the other
 *       daughters' minimum masses; draws whose sum exceeds the parent mass are repeated. The
 *       minimum mass of other particles is their nominal mass. (The running-width {@link
 *       BreitWigner} of the tau models needs one specific channel, so it is not used here.)
 *   <li>The channel's {@link DecModel} generates the daughters in the parent rest frame (with the
 *       helicity axis of a vector made by {@code SVS}), and they are boosted with the parent's
 *       velocity p / E: four-momentum is conserved to rounding.
 *   <li>The daughters' production vertex is the parent's displaced by (p / m) c tau t and their
 *       time the parent's plus (E / m) tau t, t exponential with mean 1 and c tau from the decay
 *       file's effective particle data (K_S0, Lambda, D, ... fly visibly; resonances by fm).
 *       Particles without a known finite lifetime decay at their production point (no random
 *       number is drawn then).
 *   <li>A model may make a daughter's mass, c tau or decay channel a parameter of its own ({@link
 *       DecModel#daughterMass}, {@link DecModel#daughterCTau}, {@link DecModel#daughterChannel}:
 *       the dark scalar of {@code BTOKSCALAR}, whose mass, lifetime and final state are signal
 *       parameters); the engine then uses them instead of the particle's.
 * </ul>
 *
 * <p>Quark-level channels ({@link QuarkStringModel}, the inclusive remainder of the B tables) put
 * their partons (and any pair collapsed into one hadron) into the event as the parent's daughters
 * and fragment each colour-singlet pair with the Lund string ({@link StringFragmentation}, the
 * Belle II tune, created on first use); the hadrons are then decayed like any others.
 *
 * <p>A model may fix the decay of one of its daughters ({@link DecModel#fixesDecayOf}: the D* of
 * B -&gt; D* l nu, whose decay angles are correlated with the lepton's): when that daughter decays to
 * two bodies through {@code VSS}, its first product is put along the direction the model chose
 * (found by carrying the model's four-vector to the daughter's rest frame, so no Wigner rotation is
 * lost); any other channel of that daughter keeps its own angular distribution.
 *
 * <p>Coherent B0 pairs and CP: a channel with {@link VssBMixModel} ({@code VSS_BMIX}, Upsilon(4S)
 * -&gt; B0 anti-B0) is decayed as a pair: the model draws the two B's proper decay times and their
 * flavours at decay (the species written), and the engine then chooses both B's channels at once;
 * if exactly one of them is a CP eigenstate ({@link SsdCpModel}, {@code SSD_CP}), Delta t and the
 * other B's flavour are redrawn from the CP time-dependent rate (the other B's channel then from
 * the table of that flavour, CP channels excluded), and the B that decays to the CP eigenstate is
 * labelled with the flavour opposite to the tag's. Each B then decays at exactly its drawn proper
 * time (the decay-time hook: a B's flight uses the fixed time instead of an exponential draw), so
 * the vertices carry Delta t. {@link BPairTruth} reads this truth back from an event. If both B's
 * decay to CP eigenstates the flavour-specific times are kept (rare; no CP asymmetry then).
 *
 * <p>Polarisation from e+e- annihilation: the particle given to {@link #decay(EventBuffer,
 * RandomStream, int)} (the Upsilon(4S) of an e+e- -&gt; Upsilon(4S) event) is a vector in a
 * helicity +-1 state along the beam; its model gets the e- beam direction (index 0 of the event)
 * in its rest frame ({@link DecModel#generateTransverse}; {@code VSS}: sin^2 theta).
 *
 * <p>Taus are delegated to the {@link TauDecayer} given (if any): after the hadrons are decayed it
 * decays the status-1 taus (and, per its own documentation, the pi0s it makes, to two photons),
 * and the hadrons it makes (e.g. K_S0) are then decayed here. As in EvtGen, an antiparticle has a
 * decay table only if the file gives one (usually through {@code CDecay}). The global and
 * per-line PHOTOS keywords are ignored (Upsilon has no PHOTOS).
 *
 * <p>The tables are compiled once in the constructor (per-table arrays of cumulative fractions,
 * model instances, daughter ids and masses); {@link #decay} does not allocate, apart from growing
 * its per-particle scratch arrays for unusually large events. Not thread-safe: one decayer per
 * generator thread.
 */
public final class HadronDecayer implements ParticleDecayer {
    /**
     * PDG ids (both charges) of the particles left to the detector simulation by default: gamma,
     * e, mu, pi+-, K+-, K_L0, p, n and the neutrinos.
     */
    public static final Set<Integer> DEFAULT_LEFT_TO_DETECTOR =
            Set.of(22, 11, 13, 211, 321, 130, 2212, 2112, 12, 14, 16);

    /** Widths above this (GeV) give a daughter a Breit-Wigner mass; narrower ones keep their mass. */
    public static final double BROAD_WIDTH_GEV = 1e-3;

    private static final int TAU = 15;
    private static final int MAX_REDRAWS = 10_000;
    private static final int MAX_MASS_REDRAWS = 1_000;
    private static final double NS_PER_S = 1e9;

    private final DecFile file;
    private final Set<Integer> leftToDetector;
    private final int[] leftToDetectorSorted;
    private final TauDecayer tauDecayer;
    private final Compiled[] tables;
    private final int[] sortedIds;
    private final int[] tableOfSortedId;
    private final double[] rest = new double[4 * PhspModel.MAX_DAUGHTERS];
    private final double[] masses = new double[PhspModel.MAX_DAUGHTERS];
    private final double[] axis = new double[4];
    private int[] tableOf = new int[256];
    private int[] alignedTo = new int[256];
    private int[] forcedChannel = new int[256];
    private double[] fixedTimeNs = new double[256];
    /** Per particle: the c tau (cm) its mother's model gave it, NaN for its own. */
    private double[] cTauOf = new double[256];

    private final double[] pairTimes = new double[4];
    private final double[] cpDraw = new double[2];
    private final double[] pairMasses = new double[2];
    private final int[] pairSlots = new int[2];
    private final double[] pairProperTimes = new double[2];
    private final int[] pairTables = new int[2];
    private final int[] pairChannels = new int[2];
    private final boolean[] pairCp = new boolean[2];
    private final double[] flight = new double[4];
    private int annihilationVector = -1;
    /** Per particle: whether a model fixed its two-body decay, and the lab four-vector it gave. */
    private boolean[] decayFixed = new boolean[256];

    private double[] fixedDecay = new double[4 * 256];
    private final double[] fixedScratch = new double[4];
    private final int[] systemIds = new int[PhspModel.MAX_DAUGHTERS];
    private final boolean[] systemPairStart = new boolean[PhspModel.MAX_DAUGHTERS];
    private StringFragmentation strings;
    private long belowThreshold;

    /** One decay table compiled to arrays. */
    private static final class Compiled {
        final String name;
        final double mass;
        final double width;
        final double cTau;
        final double lifetimeNs;
        final int twoJ;
        double minMass;
        double[] cumulative;
        DecModel[] models;
        int[][] ids;
        int[][] daughterTables;
        boolean[][] aligns;
        double[][] nominal;
        double[][] widths;
        double[][] minMasses;
        double[] thresholds;
        /** Per channel and daughter: the model's c tau (cm) for the daughter, NaN for its own. */
        double[][] daughterCTaus;
        /** Per channel and daughter: the model's channel of the daughter's table, -1 for none. */
        int[][] daughterChannels;

        Compiled(String name, ParticleData data) {
            this.name = name;
            this.mass = data.mass();
            this.width = data.width();
            this.cTau = data.cTau();
            this.lifetimeNs = data.lifetime() * NS_PER_S;
            this.twoJ = data.twoJ();
        }

        boolean broad() {
            return width > BROAD_WIDTH_GEV && cumulative.length > 0;
        }
    }

    /** An engine for this decay file with the default detector set and no tau decayer. */
    public HadronDecayer(DecFile file) {
        this(file, DEFAULT_LEFT_TO_DETECTOR, null);
    }

    /**
     * @param file the decay tables
     * @param leftToDetector PDG ids (of either sign: the absolute value is used) never decayed here
     * @param tauDecayer the decayer of the taus, or {@code null} to decay taus like any particle
     *     (through the file's table, if it has one)
     * @throws InputException if a model fixes a daughter's decay channel that its table lacks or
     *     that is closed at the mass the model gives it
     */
    public HadronDecayer(DecFile file, Set<Integer> leftToDetector, TauDecayer tauDecayer) {
        this.file = Objects.requireNonNull(file, "file");
        this.leftToDetector = Set.copyOf(leftToDetector);
        this.leftToDetectorSorted = this.leftToDetector.stream()
                .mapToInt(id -> Math.abs(id))
                .sorted()
                .toArray();
        this.tauDecayer = tauDecayer;
        List<String> names = new ArrayList<>(file.decays().keySet());
        Map<String, Integer> index = new HashMap<>();
        tables = new Compiled[names.size()];
        for (int t = 0; t < names.size(); t++) {
            DecDecay d = file.decays().get(names.get(t));
            tables[t] = new Compiled(names.get(t), file.effective(d.parent()));
            index.put(names.get(t), t);
        }
        // Tables by PDG id: the table of the particle-table name (not of an alias).
        TreeMap<Integer, Integer> byId = new TreeMap<>();
        for (int t = 0; t < names.size(); t++) {
            DecParticle p = file.decays().get(names.get(t)).parent();
            if (!p.isAlias() && !isLeftToDetector(p.data().id())) {
                byId.put(p.data().id(), t);
            }
        }
        sortedIds = byId.keySet().stream().mapToInt(Integer::intValue).toArray();
        tableOfSortedId = byId.values().stream().mapToInt(Integer::intValue).toArray();
        for (int t = 0; t < names.size(); t++) {
            compile(tables[t], file.decays().get(names.get(t)), index);
        }
        boolean[] visiting = new boolean[tables.length];
        double[] done = new double[tables.length];
        Arrays.fill(done, Double.NaN);
        for (int t = 0; t < tables.length; t++) {
            tables[t].minMass = minMass(t, visiting, done);
        }
        for (Compiled c : tables) {
            c.thresholds = new double[c.ids.length];
            c.minMasses = new double[c.ids.length][];
            for (int ch = 0; ch < c.ids.length; ch++) {
                c.minMasses[ch] = new double[c.ids[ch].length];
                double sum = 0;
                for (int k = 0; k < c.ids[ch].length; k++) {
                    int dt = c.daughterTables[ch][k];
                    double m = dt >= 0 && tables[dt].broad() ? tables[dt].minMass : c.nominal[ch][k];
                    c.minMasses[ch][k] = m;
                    sum += m;
                }
                // A one-body channel (K0 -> K_S0) takes the parent's four-momentum whatever its mass;
                // VSS_BMIX's four-daughter alias form makes only two of its daughters.
                c.thresholds[ch] = c.ids[ch].length == 1
                        ? 0
                        : c.models[ch] instanceof VssBMixModel ? VssBMixModel.threshold(c.minMasses[ch]) : sum;
            }
        }
        for (Compiled c : tables) {
            checkDaughterChannels(c);
        }
    }

    /**
     * Throws an {@link InputException} (naming the decay file) unless every channel a model fixes
     * for a daughter exists and is open at the mass the model gives it.
     */
    private void checkDaughterChannels(Compiled c) {
        for (int ch = 0; ch < c.ids.length; ch++) {
            for (int k = 0; k < c.ids[ch].length; k++) {
                int forced = c.daughterChannels[ch][k];
                if (forced < 0) {
                    continue;
                }
                int dt = c.daughterTables[ch][k];
                String where = "decay of " + c.name + ", channel " + (ch + 1);
                if (dt < 0 || forced >= tables[dt].ids.length) {
                    throw new InputException(
                            file.source(),
                            where,
                            "its model decays daughter " + (k + 1) + " by channel " + (forced + 1)
                                    + " of that daughter's table, which has "
                                    + (dt < 0 ? 0 : tables[dt].ids.length) + " channels");
                }
                if (!(tables[dt].thresholds[forced] < c.nominal[ch][k])) {
                    throw new InputException(
                            file.source(),
                            where,
                            "channel " + (forced + 1) + " of " + tables[dt].name + " needs a mass above "
                                    + tables[dt].thresholds[forced] + " GeV, but the model gives it "
                                    + c.nominal[ch][k] + " GeV");
                }
            }
        }
    }

    private boolean isLeftToDetector(int id) {
        return Arrays.binarySearch(leftToDetectorSorted, Math.abs(id)) >= 0; // no boxing in the event loop
    }

    private void compile(Compiled c, DecDecay d, Map<String, Integer> index) {
        List<DecChannel> cs = d.channels();
        int n = cs.size();
        c.cumulative = new double[n];
        c.models = new DecModel[n];
        c.ids = new int[n][];
        c.daughterTables = new int[n][];
        c.aligns = new boolean[n][];
        c.nominal = new double[n][];
        c.widths = new double[n][];
        c.daughterCTaus = new double[n][];
        c.daughterChannels = new int[n][];
        double sum = 0;
        for (int ch = 0; ch < n; ch++) {
            DecChannel channel = cs.get(ch);
            sum += channel.branchingFraction();
            c.cumulative[ch] = sum;
            int k = channel.daughters().size();
            c.ids[ch] = new int[k];
            c.daughterTables[ch] = new int[k];
            c.aligns[ch] = new boolean[k];
            c.nominal[ch] = new double[k];
            c.widths[ch] = new double[k];
            List<ParticleData> data = new ArrayList<>(k);
            for (int j = 0; j < k; j++) {
                DecParticle p = channel.daughters().get(j);
                ParticleData eff = file.effective(p);
                data.add(eff);
                c.ids[ch][j] = p.data().id();
                c.nominal[ch][j] = eff.mass();
                c.widths[ch][j] = eff.width();
                Integer own = index.get(p.name());
                c.daughterTables[ch][j] = isLeftToDetector(p.data().id())
                        ? -1
                        : own != null ? own : tableById(p.data().id());
            }
            c.models[ch] = DecModels.create(
                            channel.model(), file.effective(d.parent()), data, channel.argArray(), file.particleTable())
                    .newInstance();
            c.daughterCTaus[ch] = new double[k];
            c.daughterChannels[ch] = new int[k];
            for (int j = 0; j < k; j++) {
                c.aligns[ch][j] = c.models[ch].alignsDaughter(j);
                // A mass, lifetime or channel that is a parameter of the model (a signal's new particle).
                double m = c.models[ch].daughterMass(j);
                if (!Double.isNaN(m)) {
                    c.nominal[ch][j] = m;
                }
                c.daughterCTaus[ch][j] = c.models[ch].daughterCTau(j);
                c.daughterChannels[ch][j] = c.models[ch].daughterChannel(j);
            }
        }
        if (n > 0) {
            c.cumulative[n - 1] = Double.POSITIVE_INFINITY; // rounding never leaves u unassigned
        }
    }

    /** The minimum mass of table t: its nominal mass, or for a broad particle its lowest threshold. */
    private double minMass(int t, boolean[] visiting, double[] done) {
        if (!Double.isNaN(done[t])) {
            return done[t];
        }
        Compiled c = tables[t];
        if (!c.broad() || visiting[t]) {
            return c.mass;
        }
        visiting[t] = true;
        double best = Double.POSITIVE_INFINITY;
        for (int ch = 0; ch < c.ids.length; ch++) {
            double sum = 0;
            for (int k = 0; k < c.ids[ch].length; k++) {
                int dt = c.daughterTables[ch][k];
                sum += dt >= 0 ? minMass(dt, visiting, done) : c.nominal[ch][k];
            }
            best = Math.min(best, sum);
        }
        visiting[t] = false;
        double m = Math.min(best, c.mass);
        done[t] = m;
        return m;
    }

    private int tableById(int id) {
        int k = Arrays.binarySearch(sortedIds, id);
        return k >= 0 ? tableOfSortedId[k] : -1;
    }

    /** The decay file. */
    public DecFile file() {
        return file;
    }

    /** The PDG ids (absolute values) left to the detector. */
    public Set<Integer> leftToDetector() {
        return leftToDetector;
    }

    /** How many particles stayed undecayed because every channel was closed at their mass. */
    public long belowThresholdCount() {
        return belowThreshold;
    }

    @Override
    public void decay(EventBuffer event, RandomStream rng) {
        decay(event, rng, -1);
    }

    /**
     * Decays the event like {@link #decay(EventBuffer, RandomStream)}, the particle at {@code
     * annihilationVector} (or none, -1) being a vector made by e+e- annihilation, transversely
     * polarised about the e- beam at index 0 (see the class comment).
     */
    public void decay(EventBuffer event, RandomStream rng, int annihilationVector) {
        int start = event.size();
        ensureScratch(start);
        this.annihilationVector = annihilationVector;
        for (int i = 0; i < start; i++) {
            resetScratch(i);
        }
        boolean taus = decayFrom(0, event, rng);
        if (taus) {
            int before = event.size();
            tauDecayer.decay(event, rng);
            ensureScratch(event.size());
            for (int i = before; i < event.size(); i++) {
                resetScratch(i);
            }
            decayFrom(before, event, rng);
        }
    }

    /** Decays from index {@code from} on; returns whether an undecayed tau was left for the tau decayer. */
    private boolean decayFrom(int from, EventBuffer event, RandomStream rng) {
        boolean taus = false;
        for (int i = from; i < event.size(); i++) {
            if (event.status(i) != GenParticle.FINAL) {
                continue;
            }
            int id = event.pdgId(i);
            if (tauDecayer != null && (id == TAU || id == -TAU)) {
                taus = true;
                continue;
            }
            int t = tableOf[i] == -2 ? (isLeftToDetector(id) ? -1 : tableById(id)) : tableOf[i];
            if (t >= 0 && tables[t].ids.length > 0) {
                decayOne(event, i, tables[t], rng);
            }
        }
        return taus;
    }

    private void ensureScratch(int n) {
        if (n + 4 * PhspModel.MAX_DAUGHTERS > tableOf.length) {
            int c = Math.max(2 * tableOf.length, n + 4 * PhspModel.MAX_DAUGHTERS);
            tableOf = Arrays.copyOf(tableOf, c);
            alignedTo = Arrays.copyOf(alignedTo, c);
            forcedChannel = Arrays.copyOf(forcedChannel, c);
            fixedTimeNs = Arrays.copyOf(fixedTimeNs, c);
            cTauOf = Arrays.copyOf(cTauOf, c);
            decayFixed = Arrays.copyOf(decayFixed, c);
            fixedDecay = Arrays.copyOf(fixedDecay, 4 * c);
        }
    }

    private void resetScratch(int i) {
        tableOf[i] = -2; // by PDG id
        alignedTo[i] = -1;
        forcedChannel[i] = -1;
        fixedTimeNs[i] = Double.NaN;
        cTauOf[i] = Double.NaN;
        decayFixed[i] = false;
    }

    private void decayOne(EventBuffer event, int i, Compiled c, RandomStream rng) {
        double px = event.px(i);
        double py = event.py(i);
        double pz = event.pz(i);
        double e = event.e(i);
        double p2 = px * px + py * py + pz * pz;
        double mass = Math.sqrt(Math.max(0, e * e - p2));
        int ch = forcedChannel[i] >= 0 ? forcedChannel[i] : chooseChannel(c, mass, rng);
        if (ch < 0) {
            belowThreshold++;
            return;
        }
        if (c.models[ch] instanceof VssBMixModel pair) {
            decayCoherentPair(event, i, c, ch, pair, mass, rng);
            return;
        }
        if (c.models[ch] instanceof QuarkStringModel quarks) {
            decayToStrings(event, i, c, quarks, mass, rng);
            return;
        }
        int n = c.ids[ch].length;
        drawMasses(c, ch, mass, rng);
        double[] helicity = parentAxis(event, i, c, px, py, pz, e);
        if (helicity != null && i == annihilationVector) {
            c.models[ch].generateTransverse(mass, masses, helicity, rng, rest);
        } else {
            c.models[ch].generate(mass, masses, helicity, rng, rest);
        }
        if (decayFixed[i] && n == 2 && c.models[ch] instanceof VssModel) {
            applyFixedDecay(i, px, py, pz, e, mass);
        }
        flight(event, i, c, mass, rng);
        double x = flight[0];
        double y = flight[1];
        double z = flight[2];
        double time = flight[3];
        double bx = px / e;
        double by = py / e;
        double bz = pz / e;
        int first = event.size();
        ensureScratch(first + n);
        for (int k = 0; k < n; k++) {
            int o = 4 * k;
            Boost.apply(bx, by, bz, rest, o);
            int j = event.add(c.ids[ch][k], GenParticle.FINAL, rest[o], rest[o + 1], rest[o + 2], rest[o + 3]);
            event.setMothers(j, i, i);
            event.setVertex(j, x, y, z, time);
            tableOf[j] = c.daughterTables[ch][k];
            alignedTo[j] = c.aligns[ch][k] ? i : -1;
            forcedChannel[j] = c.daughterChannels[ch][k];
            fixedTimeNs[j] = Double.NaN;
            cTauOf[j] = c.daughterCTaus[ch][k];
            decayFixed[j] = c.models[ch].fixesDecayOf(k, fixedScratch);
            if (decayFixed[j]) {
                Boost.apply(bx, by, bz, fixedScratch, 0);
                System.arraycopy(fixedScratch, 0, fixedDecay, 4 * j, 4);
            }
        }
        event.setDaughters(i, first, first + n - 1);
        event.setStatus(i, GenParticle.DECAYED);
    }

    /**
     * Re-aims the two-body decay just generated in {@link #rest} for particle i (four-momentum px,
     * py, pz, e, mass): its first product along the direction, in i's rest frame, of the lab
     * four-vector a model stored for it ({@link DecModel#fixesDecayOf}); the magnitude stays the
     * two-body momentum of the masses drawn.
     */
    private void applyFixedDecay(int i, double px, double py, double pz, double e, double mass) {
        System.arraycopy(fixedDecay, 4 * i, fixedScratch, 0, 4);
        Boost.apply(-px / e, -py / e, -pz / e, fixedScratch, 0);
        double norm = Math.sqrt(fixedScratch[0] * fixedScratch[0]
                + fixedScratch[1] * fixedScratch[1]
                + fixedScratch[2] * fixedScratch[2]);
        if (!(norm > 0)) {
            return;
        }
        double p = TwoBody.momentum(mass, masses[0], masses[1]);
        double nx = fixedScratch[0] / norm;
        double ny = fixedScratch[1] / norm;
        double nz = fixedScratch[2] / norm;
        DecayKinematics.set(rest, 0, p, nx, ny, nz, masses[0]);
        DecayKinematics.set(rest, 4, p, -nx, -ny, -nz, masses[1]);
    }

    /**
     * A quark-level channel: the model's partons and collapsed hadrons become the daughters of
     * particle i (boosted to the lab, at i's decay vertex, with i's flight as for other channels),
     * and each parton pair is fragmented; all products are then decayed by their PDG ids.
     */
    private void decayToStrings(
            EventBuffer event, int i, Compiled c, QuarkStringModel model, double mass, RandomStream rng) {
        if (strings == null) {
            strings = StringFragmentation.belle2();
        }
        int n = model.generateSystems(mass, rng, systemIds, systemPairStart, rest);
        double px = event.px(i);
        double py = event.py(i);
        double pz = event.pz(i);
        double e = event.e(i);
        flight(event, i, c, mass, rng);
        int first = event.size();
        for (int k = 0; k < n; k++) {
            int o = 4 * k;
            Boost.apply(px / e, py / e, pz / e, rest, o);
            int j = event.add(systemIds[k], GenParticle.FINAL, rest[o], rest[o + 1], rest[o + 2], rest[o + 3]);
            event.setMothers(j, i, i);
            event.setVertex(j, flight[0], flight[1], flight[2], flight[3]);
        }
        event.setDaughters(i, first, first + n - 1);
        event.setStatus(i, GenParticle.DECAYED);
        for (int k = 0; k < n; k++) {
            if (systemPairStart[k]) {
                strings.fragment(event, first + k, first + k + 1, rng);
            }
        }
        ensureScratch(event.size());
        for (int j = first; j < event.size(); j++) {
            resetScratch(j);
        }
    }

    /**
     * The axis passed to the model of particle i: the helicity axis of an aligned vector, the e-
     * beam direction in its rest frame for the annihilation vector, else null.
     */
    private double[] parentAxis(EventBuffer event, int i, Compiled c, double px, double py, double pz, double e) {
        if (alignedTo[i] >= 0) {
            return helicityAxis(event, i, alignedTo[i], px, py, pz, e);
        }
        if (i == annihilationVector && c.twoJ == 2 && event.status(0) == GenParticle.BEAM) {
            return helicityAxis(event, i, 0, px, py, pz, e); // minus the beam direction: sign irrelevant
        }
        return null;
    }

    /**
     * The decay point of particle i into {@link #flight}: its production vertex displaced by (p/m) c
     * tau t (c tau of its table, or the one its mother's model gave it, {@link DecModel#daughterCTau}), time (E/m) tau t, with t its fixed proper time (in units of tau) if the decay-time hook
     * set one, else exponential.
     */
    private void flight(EventBuffer event, int i, Compiled c, double mass, RandomStream rng) {
        double px = event.px(i);
        double py = event.py(i);
        double pz = event.pz(i);
        double e = event.e(i);
        flight[0] = event.vertexX(i);
        flight[1] = event.vertexY(i);
        flight[2] = event.vertexZ(i);
        flight[3] = event.time(i);
        boolean own = Double.isNaN(cTauOf[i]);
        double cTau = own ? c.cTau : cTauOf[i];
        if (cTau > 0 && Double.isFinite(cTau) && mass > 0) {
            double lifetimeNs = own ? c.lifetimeNs : cTau / ParticleData.C_CM_PER_S * NS_PER_S;
            double t = Double.isNaN(fixedTimeNs[i]) ? rng.nextExponential() : fixedTimeNs[i] / lifetimeNs;
            double f = cTau * t / mass;
            flight[0] += px * f;
            flight[1] += py * f;
            flight[2] += pz * f;
            flight[3] += e / mass * lifetimeNs * t;
        }
    }

    /**
     * Upsilon(4S) -&gt; B B with coherent mixing (see the class comment): draws the pair, chooses
     * both B's channels (and, with one CP eigenstate, redraws Delta t and the tag flavour), writes the
     * two B's with their tables, channels and proper decay times fixed for when the loop reaches
     * them.
     */
    private void decayCoherentPair(
            EventBuffer event, int i, Compiled c, int ch, VssBMixModel pair, double mass, RandomStream rng) {
        pair.sampleFlavourSpecific(rng, pairTimes);
        double tau = pair.tau();
        int[] slots = pairSlots;
        double[] times = pairProperTimes;
        int[] bTable = pairTables;
        int[] bChannel = pairChannels;
        boolean[] cp = pairCp;
        slots[0] = pair.slot(0, (int) pairTimes[2]);
        slots[1] = pair.slot(1, (int) pairTimes[3]);
        times[0] = pairTimes[0];
        times[1] = pairTimes[1];
        for (int k = 0; k < 2; k++) {
            pairMasses[k] = c.nominal[ch][slots[k]];
            bTable[k] = c.daughterTables[ch][slots[k]];
            bChannel[k] = bTable[k] >= 0 && tables[bTable[k]].ids.length > 0
                    ? chooseChannel(tables[bTable[k]], pairMasses[k], rng)
                    : -1;
            cp[k] = bChannel[k] >= 0 && tables[bTable[k]].models[bChannel[k]] instanceof SsdCpModel;
        }
        if (cp[0] != cp[1]) {
            int sig = cp[0] ? 0 : 1;
            int tag = 1 - sig;
            SsdCpModel model = (SsdCpModel) tables[bTable[sig]].models[bChannel[sig]];
            model.sampleDeltaT(tau, rng, cpDraw);
            // q = +1 is a B0 tag; the line's flavour +1 is the species of its first daughter.
            int q = (int) cpDraw[1] * (c.ids[ch][0] > 0 ? 1 : -1);
            slots[tag] = pair.slot(tag, q);
            slots[sig] = pair.slot(sig, -q); // label only: the CP side keeps its table and channel
            bTable[tag] = c.daughterTables[ch][slots[tag]];
            bChannel[tag] = bTable[tag] >= 0 && tables[bTable[tag]].ids.length > 0
                    ? chooseFlavourSpecific(tables[bTable[tag]], c.nominal[ch][slots[tag]], rng)
                    : -1;
            double common = 0.5 * tau * rng.nextExponential(); // min(t_sig, t_tag): rate 2 Gamma
            times[sig] = common + Math.max(cpDraw[0], 0);
            times[tag] = common + Math.max(-cpDraw[0], 0);
        }
        for (int k = 0; k < 2; k++) {
            pairMasses[k] = c.nominal[ch][slots[k]];
        }
        double px = event.px(i);
        double py = event.py(i);
        double pz = event.pz(i);
        double e = event.e(i);
        double[] axis = parentAxis(event, i, c, px, py, pz, e);
        if (axis != null && i == annihilationVector) {
            pair.generateTransverse(mass, pairMasses, axis, rng, rest);
        } else {
            pair.generate(mass, pairMasses, axis, rng, rest);
        }
        flight(event, i, c, mass, rng);
        int first = event.size();
        ensureScratch(first + 2);
        for (int k = 0; k < 2; k++) {
            int o = 4 * k;
            Boost.apply(px / e, py / e, pz / e, rest, o);
            int j = event.add(c.ids[ch][slots[k]], GenParticle.FINAL, rest[o], rest[o + 1], rest[o + 2], rest[o + 3]);
            event.setMothers(j, i, i);
            event.setVertex(j, flight[0], flight[1], flight[2], flight[3]);
            tableOf[j] = bTable[k] >= 0 ? bTable[k] : -1;
            alignedTo[j] = -1;
            forcedChannel[j] = bChannel[k];
            fixedTimeNs[j] = times[k] * NS_PER_S;
            cTauOf[j] = Double.NaN;
        }
        event.setDaughters(i, first, first + 1);
        event.setStatus(i, GenParticle.DECAYED);
    }

    /** A channel of c that is not a CP eigenstate ({@link SsdCpModel}), by branching fraction. */
    private int chooseFlavourSpecific(Compiled c, double mass, RandomStream rng) {
        int ch = -1;
        for (int attempt = 0; attempt < MAX_REDRAWS; attempt++) {
            ch = chooseChannel(c, mass, rng);
            if (ch < 0 || !(c.models[ch] instanceof SsdCpModel)) {
                return ch;
            }
        }
        return ch; // a table of CP eigenstates only
    }

    private int chooseChannel(Compiled c, double mass, RandomStream rng) {
        for (int attempt = 0; attempt < MAX_REDRAWS; attempt++) {
            double u = rng.nextDouble();
            int ch = 0;
            while (c.cumulative[ch] <= u) {
                ch++;
            }
            if (c.thresholds[ch] < mass) {
                return ch;
            }
        }
        for (int ch = 0; ch < c.thresholds.length; ch++) {
            if (c.thresholds[ch] < mass) {
                return ch;
            }
        }
        return -1;
    }

    /** Writes the daughters' masses of channel ch for a parent of this mass into {@link #masses}. */
    private void drawMasses(Compiled c, int ch, double mass, RandomStream rng) {
        int n = c.ids[ch].length;
        double[] mins = c.minMasses[ch];
        double slack = mass - c.thresholds[ch];
        boolean anyBroad = false;
        for (int k = 0; k < n; k++) {
            int dt = c.daughterTables[ch][k];
            anyBroad |= dt >= 0 && tables[dt].broad();
            masses[k] = c.nominal[ch][k];
        }
        if (!anyBroad) {
            return;
        }
        for (int attempt = 0; attempt < MAX_MASS_REDRAWS; attempt++) {
            double sum = 0;
            for (int k = 0; k < n; k++) {
                int dt = c.daughterTables[ch][k];
                if (dt >= 0 && tables[dt].broad()) {
                    masses[k] = breitWigner(tables[dt], mins[k], mins[k] + slack, rng);
                }
                sum += masses[k];
            }
            if (sum < mass) {
                return;
            }
        }
        // Rarely reached (several broad daughters at the edge of phase space): minimum masses plus
        // an equal share of the slack keep the decay possible.
        for (int k = 0; k < n; k++) {
            masses[k] = mins[k] + 0.5 * slack / n;
        }
    }

    /** A mass from |BW(s)|^2 = 1 / ((s - m^2)^2 + m^2 Gamma^2) truncated to [lo, hi]. */
    private static double breitWigner(Compiled r, double lo, double hi, RandomStream rng) {
        double m2 = r.mass * r.mass;
        double mg = r.mass * r.width;
        double a = Math.atan((lo * lo - m2) / mg);
        double b = Math.atan((hi * hi - m2) / mg);
        double s = m2 + mg * Math.tan(a + (b - a) * rng.nextDouble());
        return Math.min(hi, Math.max(lo, Math.sqrt(Math.max(0, s))));
    }

    /**
     * The helicity axis of particle i in its rest frame: opposite to the direction of its mother
     * (index m) seen from there.
     */
    private double[] helicityAxis(EventBuffer event, int i, int m, double px, double py, double pz, double e) {
        axis[0] = event.px(m);
        axis[1] = event.py(m);
        axis[2] = event.pz(m);
        axis[3] = event.e(m);
        Boost.apply(-px / e, -py / e, -pz / e, axis, 0);
        double norm = Math.sqrt(axis[0] * axis[0] + axis[1] * axis[1] + axis[2] * axis[2]);
        if (!(norm > 0)) {
            return null;
        }
        axis[0] = -axis[0] / norm;
        axis[1] = -axis[1] / norm;
        axis[2] = -axis[2] / norm;
        return axis;
    }
}
