package io.upsilon.generators.decay;

import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.kinematics.Boost;
import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decays the taus of an event in place, and the pi0s they make.
 *
 * <p>Every tau+ or tau- with status 1 in the {@link EventBuffer} picks a mode of the decay table
 * (the tau+ the charge conjugate) with probability equal to its branching fraction, becomes
 * status 2, and its daughters are appended with status 1, mother range (tau, tau) (a range of one
 * mother) and the tau's
 * daughter range pointing at them. The decay happens after a proper time drawn from an
 * exponential with the particle-table lifetime: the daughters' production vertex is the tau's
 * vertex plus (p/m) c t and their time the tau's time plus (E/m) t. Each pi0 with status 1 (from
 * the taus or already in the event) decays the same way to two photons, isotropic in its rest
 * frame (the whole pi0 width; the 1.2% Dalitz mode is folded in). The rest-frame daughters of the
 * models are boosted with the parent's velocity p/E.
 *
 * <p>Unpolarised taus, no spin correlation between the two taus of a pair (see the package
 * documentation). Deterministic: the same event and the same stream state give the same decays.
 * Not thread-safe (scratch buffers): one decayer per generator; allocation-free per event.
 *
 * <p>{@link #withExtraMode} adds a signal mode (e.g. {@link LeptonAlpha tau -&gt; l alpha}) to the
 * table of one tau per event, chosen at random among the undecayed taus: that tau decays to the
 * extra mode with its branching fraction br and otherwise per the table (scaled by 1 - br); the
 * other tau(s) decay per the unmodified table.
 */
public final class TauDecayer implements ParticleDecayer {
    private static final int TAU = 15;
    private static final int PI0 = 111;
    private static final double NS_PER_S = 1e9;

    private final TauDecayTable table;
    private final TauDecayTable signalTable;
    private final Compiled standard;
    private final Compiled signal;
    private final double tauCTau;
    private final double tauLifetimeNs;
    private final double pi0Mass;
    private final double pi0CTau;
    private final double pi0LifetimeNs;
    private final DecayModel pi0Model;
    private final double[] rest = new double[4 * 16];

    /** Per-table arrays for fast mode selection. */
    private static final class Compiled {
        final double[] cumulative;
        final DecayModel[] models;
        final int[][] idsMinus;
        final int[][] idsPlus;
        final String[] names;

        Compiled(TauDecayTable t) {
            List<TauDecayChannel> cs = t.channels();
            int n = cs.size();
            cumulative = new double[n];
            models = new DecayModel[n];
            idsMinus = new int[n][];
            idsPlus = new int[n][];
            names = new String[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                TauDecayChannel c = cs.get(i);
                sum += c.branchingFraction();
                cumulative[i] = sum;
                models[i] = c.model().newInstance();
                names[i] = c.name();
                List<ParticleData> ps = c.products();
                idsMinus[i] = new int[ps.size()];
                idsPlus[i] = new int[ps.size()];
                for (int k = 0; k < ps.size(); k++) {
                    idsMinus[i][k] = ps.get(k).id();
                    idsPlus[i][k] = ps.get(k).antiparticleId();
                }
            }
            cumulative[n - 1] = Double.POSITIVE_INFINITY; // rounding never leaves u unassigned
        }

        int select(double u) {
            int i = 0;
            while (cumulative[i] <= u) {
                i++;
            }
            return i;
        }
    }

    /** A decayer with the bundled table ({@link TauDecayTable#standard()}) and particle table. */
    public TauDecayer() {
        this(TauDecayTable.standard());
    }

    /** A decayer for this table (tau and pi0 lifetimes from the standard particle table). */
    public TauDecayer(TauDecayTable table) {
        this(table, null, ParticleTable.standard());
    }

    /**
     * A decayer for this table with tau and pi0 lifetimes from {@code particles}. The tau mass of
     * the decays is the one the table's models were built for ({@link TauDecayTable#tauMass()}):
     * use a table read with the same particle table ({@link TauDecayTable#standard(ParticleTable)}).
     */
    public TauDecayer(TauDecayTable table, ParticleTable particles) {
        this(table, null, particles);
    }

    private TauDecayer(TauDecayTable table, TauDecayTable signalTable, ParticleTable particles) {
        this.table = Objects.requireNonNull(table, "table");
        this.signalTable = signalTable;
        this.standard = new Compiled(table);
        this.signal = signalTable == null ? null : new Compiled(signalTable);
        ParticleData tau = particles.byId(TAU);
        this.tauCTau = tau.cTau();
        this.tauLifetimeNs = tau.lifetime() * NS_PER_S;
        ParticleData pi0 = particles.byId(PI0);
        this.pi0Mass = pi0.mass();
        this.pi0CTau = pi0.cTau();
        this.pi0LifetimeNs = pi0.lifetime() * NS_PER_S;
        ParticleData gamma = particles.byId(22);
        this.pi0Model = new TwoBodyDecayModel(pi0Mass, List.of(gamma, gamma));
        int most = 0;
        for (TauDecayChannel c : (signalTable == null ? table : signalTable).channels()) {
            most = Math.max(most, c.products().size());
        }
        if (4 * most > rest.length) {
            throw new IllegalArgumentException(
                    "modes with more than " + rest.length / 4 + " products are not supported");
        }
    }

    /**
     * A decayer that gives one tau per event (chosen at random, either charge) the table with
     * {@code mode} added at its branching fraction br (the other modes scaled by 1 - br); the other
     * tau decays per this decayer's table. The event weight is not changed.
     */
    public TauDecayer withExtraMode(TauDecayChannel mode) {
        return new TauDecayer(table, table.withExtraMode(mode), ParticleTable.standard());
    }

    /** The table of the taus that get no extra mode. */
    public TauDecayTable table() {
        return table;
    }

    /** The table of the one tau per event with the extra mode, if any. */
    public Optional<TauDecayTable> signalTable() {
        return Optional.ofNullable(signalTable);
    }

    /**
     * Decays every status-1 tau and pi0 in {@code event} (and the pi0s the taus make), appending
     * the daughters; particles already decayed are left alone.
     */
    @Override
    public void decay(EventBuffer event, RandomStream rng) {
        int chosen = -1;
        if (signal != null) {
            int taus = 0;
            for (int i = 0; i < event.size(); i++) {
                if (isUndecayedTau(event, i)) {
                    taus++;
                }
            }
            if (taus > 0) {
                int k = (int) (rng.nextDouble() * taus);
                for (int i = 0; i < event.size(); i++) {
                    if (isUndecayedTau(event, i) && k-- == 0) {
                        chosen = i;
                        break;
                    }
                }
            }
        }
        // Daughters are appended, so this loop also reaches the pi0s of the tau decays.
        for (int i = 0; i < event.size(); i++) {
            if (event.status(i) != GenParticle.FINAL) {
                continue;
            }
            int id = event.pdgId(i);
            if (id == TAU || id == -TAU) {
                Compiled c = i == chosen ? signal : standard;
                int mode = c.select(rng.nextDouble());
                DecayModel model = c.models[mode];
                model.generate(rng, rest);
                append(
                        event,
                        i,
                        id == TAU ? c.idsMinus[mode] : c.idsPlus[mode],
                        model.size(),
                        tauCTau,
                        tauLifetimeNs,
                        rng);
            } else if (id == PI0) {
                pi0Model.generate(rng, rest);
                append(event, i, PI0_PRODUCTS, 2, pi0CTau, pi0LifetimeNs, rng);
            }
        }
    }

    private static final int[] PI0_PRODUCTS = {22, 22};

    private static boolean isUndecayedTau(EventBuffer event, int i) {
        int id = event.pdgId(i);
        return event.status(i) == GenParticle.FINAL && (id == TAU || id == -TAU);
    }

    /** Boosts the rest-frame daughters in {@code rest} to the frame of particle i and appends them. */
    private void append(EventBuffer event, int i, int[] ids, int n, double cTau, double lifetimeNs, RandomStream rng) {
        double px = event.px(i);
        double py = event.py(i);
        double pz = event.pz(i);
        double e = event.e(i);
        double m = Math.sqrt(Math.max(
                0, (e - Math.sqrt(px * px + py * py + pz * pz)) * (e + Math.sqrt(px * px + py * py + pz * pz))));
        double t = rng.nextExponential();
        // Flight: (p/m) c tau t along p; lab time (E/m) tau t.
        double f = cTau * t / m;
        double x = event.vertexX(i) + px * f;
        double y = event.vertexY(i) + py * f;
        double z = event.vertexZ(i) + pz * f;
        double time = event.time(i) + e / m * lifetimeNs * t;
        double bx = px / e;
        double by = py / e;
        double bz = pz / e;
        int first = event.size();
        for (int k = 0; k < n; k++) {
            int o = 4 * k;
            Boost.apply(bx, by, bz, rest, o);
            int j = event.add(ids[k], GenParticle.FINAL, rest[o], rest[o + 1], rest[o + 2], rest[o + 3]);
            event.setMothers(j, i, i);
            event.setVertex(j, x, y, z, time);
        }
        event.setDaughters(i, first, first + n - 1);
        event.setStatus(i, GenParticle.DECAYED);
    }
}
