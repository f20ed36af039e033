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
 * <p>Spin: by default ({@link #withSpinCorrelations} false) the taus are unpolarised and decay
 * independently. With spin correlations on, the first undecayed tau- and tau+ of the event are
 * decayed together: both pick a mode and generate their daughters as above, each mode gives its
 * polarimetric vector h ({@link DecayModel#polarimeter}), and the pair is accepted with
 * probability w / 2, w = 1 + sum_ij (C_ij / D) h-_i h+_j ({@link TauPairSpinDensity}, the
 * e+e- -&gt; gamma* -&gt; tau+ tau- density matrix at the event's kinematics in the tau-pair rest
 * frame, beam axis the bisector of the e- and the reversed e+ beam directions in that frame), else
 * both are decayed again from the same stream (the method of TAUOLA/KORALB: [R] S. Jadach, J. H.
 * Kuhn, Z. Was, Comput. Phys. Commun. 64 (1991) 275). w &lt;= 2 by construction (checked: an
 * {@link IllegalStateException} otherwise); the mean acceptance is 1/2. Flight lengths are drawn
 * after the accepted pair, the tau- first.
 *
 * <p>Deterministic: the same event and the same stream state give the same decays.
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
    private final ParticleTable particles;
    private final double[] rest = new double[4 * 16];
    private final boolean spinCorrelations;
    // scratch of the correlated pair decay
    private final double[] restPlus = new double[4 * 16];
    private final double[] reversed = new double[4 * 16];
    private final double[] hMinus = new double[3];
    private final double[] hPlus = new double[3];
    private final double[] axesMinus = new double[3];
    private final double[] axesPlus = new double[3];
    private final double[] correlation = new double[9];
    private final double[] frame = new double[16];
    /** Mode bias of the standard table (null: modes by branching fraction). */
    private final ModeBias bias;
    /** Product of BR / q over the taus decayed by the last {@link #decay} call (1 without a bias). */
    private double lastWeight = 1;

    /** Per-table arrays for fast mode selection. */
    private static final class Compiled {
        final double[] cumulative;
        final DecayModel[] models;
        final int[][] idsMinus;
        final int[][] idsPlus;
        final String[] names;

        /** Branching fraction over selection probability per mode (all 1 without a bias). */
        final double[] weightRatio;

        Compiled(TauDecayTable t) {
            this(t, null);
        }

        /**
         * @param bias per-mode factors on the selection probability (renormalised), or null for
         *     selection by branching fraction
         */
        Compiled(TauDecayTable t, ModeBias bias) {
            List<TauDecayChannel> cs = t.channels();
            int n = cs.size();
            cumulative = new double[n];
            weightRatio = new double[n];
            models = new DecayModel[n];
            idsMinus = new int[n][];
            idsPlus = new int[n][];
            names = new String[n];
            double norm = 0;
            for (TauDecayChannel c : cs) {
                norm += c.branchingFraction() * (bias == null ? 1 : bias.factor(c.name()));
            }
            double sum = 0;
            for (int i = 0; i < n; i++) {
                TauDecayChannel c = cs.get(i);
                double f = bias == null ? 1 : bias.factor(c.name());
                // q_i = BR_i f_i / sum_j BR_j f_j; an event carries prod BR_i / q_i over its taus
                double q = bias == null ? c.branchingFraction() : c.branchingFraction() * f / norm;
                weightRatio[i] = bias == null ? 1 : norm / f;
                sum += q;
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
        this(table, null, ParticleTable.standard(), false);
    }

    /**
     * A decayer for this table with tau and pi0 lifetimes from {@code particles}. The tau mass of
     * the decays is the one the table's models were built for ({@link TauDecayTable#tauMass()}):
     * use a table read with the same particle table ({@link TauDecayTable#standard(ParticleTable)}).
     */
    public TauDecayer(TauDecayTable table, ParticleTable particles) {
        this(table, null, particles, false);
    }

    private TauDecayer(
            TauDecayTable table, TauDecayTable signalTable, ParticleTable particles, boolean spinCorrelations) {
        this(table, signalTable, particles, spinCorrelations, null);
    }

    private TauDecayer(
            TauDecayTable table,
            TauDecayTable signalTable,
            ParticleTable particles,
            boolean spinCorrelations,
            ModeBias bias) {
        this.table = Objects.requireNonNull(table, "table");
        this.signalTable = signalTable;
        this.spinCorrelations = spinCorrelations;
        this.particles = particles;
        this.bias = bias;
        if (bias != null) {
            for (String name : bias.factors().keySet()) {
                table.channel(name); // an unknown mode name fails here
            }
        }
        this.standard = new Compiled(table, bias);
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
        return new TauDecayer(table, table.withExtraMode(mode), ParticleTable.standard(), spinCorrelations, bias);
    }

    /**
     * Per-mode factors on the selection probability of the standard table's modes (importance
     * sampling): a tau picks mode i with probability q_i = BR_i f_i / sum_j BR_j f_j (modes not
     * named keep f = 1), and {@link #lastWeight()} carries the product of BR_i / q_i over the taus
     * of the event, so that weighted sums are unbiased estimates of the same expectation values. A
     * search oversamples the modes its selection keeps and generates fewer events. The models and
     * the spin correlations are unchanged (for fixed modes the spin weight integrates to 1, so the
     * accept-reject step keeps the proposed mode probabilities q).
     */
    public TauDecayer withModeBias(ModeBias modeBias) {
        Objects.requireNonNull(modeBias, "modeBias");
        return new TauDecayer(table, signalTable, particles, spinCorrelations, modeBias.isNone() ? null : modeBias);
    }

    /**
     * The importance weight of the last {@link #decay} call: the product of BR / q over its taus
     * ({@link #withModeBias}); exactly 1 without a bias.
     */
    public double lastWeight() {
        return lastWeight;
    }

    /** Sets {@link #lastWeight()} to 1 (before an event that may hold no tau to decay). */
    public void clearLastWeight() {
        lastWeight = 1;
    }

    /**
     * This decayer (same tables and particle table) with the tau+ tau- spin correlations of e+e-
     * -&gt; gamma* -&gt; tau+ tau- switched on or off (see the class documentation).
     */
    public TauDecayer withSpinCorrelations(boolean on) {
        return new TauDecayer(table, signalTable, particles, on, bias);
    }

    /** Whether the pair's spin correlations are applied. */
    public boolean spinCorrelations() {
        return spinCorrelations;
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
        lastWeight = 1;
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
        if (spinCorrelations) {
            int minus = -1;
            int plus = -1;
            for (int i = 0; i < event.size() && (minus < 0 || plus < 0); i++) {
                if (isUndecayedTau(event, i)) {
                    if (event.pdgId(i) == TAU && minus < 0) {
                        minus = i;
                    } else if (event.pdgId(i) == -TAU && plus < 0) {
                        plus = i;
                    }
                }
            }
            if (minus >= 0 && plus >= 0) {
                decayPair(
                        event,
                        minus,
                        plus,
                        minus == chosen ? signal : standard,
                        plus == chosen ? signal : standard,
                        rng);
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
                lastWeight *= c.weightRatio[mode];
                DecayModel model = c.models[mode];
                model.generate(rng, rest);
                append(
                        rest,
                        event,
                        i,
                        id == TAU ? c.idsMinus[mode] : c.idsPlus[mode],
                        model.size(),
                        tauCTau,
                        tauLifetimeNs,
                        rng);
            } else if (id == PI0) {
                pi0Model.generate(rng, rest);
                append(rest, event, i, PI0_PRODUCTS, 2, pi0CTau, pi0LifetimeNs, rng);
            }
        }
    }

    private static final int[] PI0_PRODUCTS = {22, 22};

    private static boolean isUndecayedTau(EventBuffer event, int i) {
        int id = event.pdgId(i);
        return event.status(i) == GenParticle.FINAL && (id == TAU || id == -TAU);
    }

    /**
     * Decays the tau- at {@code minus} and the tau+ at {@code plus} with their spin correlations:
     * generate both, accept with probability w / 2, else generate both again (class documentation).
     */
    private void decayPair(EventBuffer event, int minus, int plus, Compiled cm, Compiled cp, RandomStream rng) {
        pairFrame(event, minus, plus);
        TauPairSpinDensity.normalised(frame[12], frame[13], correlation);
        int modeMinus;
        int modePlus;
        while (true) {
            modeMinus = cm.select(rng.nextDouble());
            DecayModel mm = cm.models[modeMinus];
            mm.generate(rng, rest);
            mm.polarimeter(rest, hMinus);
            modePlus = cp.select(rng.nextDouble());
            DecayModel mp = cp.models[modePlus];
            mp.generate(rng, restPlus);
            // an unpolarised mode (h = 0) makes every term of the sum zero: w is exactly 1
            double w = 1;
            if (!isZero(hMinus)) {
                // CP: the tau+ rate at momenta p is the tau- rate at -p
                int n = 4 * mp.size();
                for (int k = 0; k < n; k += 4) {
                    reversed[k] = -restPlus[k];
                    reversed[k + 1] = -restPlus[k + 1];
                    reversed[k + 2] = -restPlus[k + 2];
                    reversed[k + 3] = restPlus[k + 3];
                }
                mp.polarimeter(reversed, hPlus);
                if (!isZero(hPlus)) {
                    helicityAxes(event, minus, hMinus, 1, axesMinus);
                    helicityAxes(event, plus, hPlus, -1, axesPlus);
                    w = TauPairSpinDensity.weight(correlation, axesMinus, axesPlus);
                }
            }
            if (!(w >= -1e-9 && w <= 2 + 1e-9)) {
                throw new IllegalStateException("tau-pair spin weight " + w + " outside [0, 2]");
            }
            if (2 * rng.nextDouble() < w) {
                break;
            }
        }
        lastWeight *= cm.weightRatio[modeMinus] * cp.weightRatio[modePlus];
        append(rest, event, minus, cm.idsMinus[modeMinus], cm.models[modeMinus].size(), tauCTau, tauLifetimeNs, rng);
        append(restPlus, event, plus, cp.idsPlus[modePlus], cp.models[modePlus].size(), tauCTau, tauLifetimeNs, rng);
    }

    private static boolean isZero(double[] h) {
        return h[0] == 0 && h[1] == 0 && h[2] == 0;
    }

    /**
     * Fills {@link #frame}: [0..2] the boost from the lab into the tau-pair rest frame, [4..6] k
     * (the tau- direction in the pair frame), [7..9] r (the beam axis' part perpendicular to k),
     * [12] cos theta, [13] beta, [14] the tau momentum and [15] its energy in the pair frame; n =
     * k x r is computed on use.
     */
    private void pairFrame(EventBuffer event, int minus, int plus) {
        double qx = event.px(minus) + event.px(plus);
        double qy = event.py(minus) + event.py(plus);
        double qz = event.pz(minus) + event.pz(plus);
        double qe = event.e(minus) + event.e(plus);
        double bx = -qx / qe;
        double by = -qy / qe;
        double bz = -qz / qe;
        frame[0] = bx;
        frame[1] = by;
        frame[2] = bz;
        double[] v = scratch4;
        v[0] = event.px(minus);
        v[1] = event.py(minus);
        v[2] = event.pz(minus);
        v[3] = event.e(minus);
        Boost.apply(bx, by, bz, v, 0);
        double k = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        double kx = v[0] / k;
        double ky = v[1] / k;
        double kz = v[2] / k;
        frame[14] = k;
        frame[15] = v[3];
        // beam axis: e- direction minus e+ direction in the pair frame (+z and -z without beams)
        double ax = 0;
        double ay = 0;
        double az = 0;
        boolean beams = false;
        for (int i = 0; i < event.size(); i++) {
            if (event.status(i) == GenParticle.BEAM && Math.abs(event.pdgId(i)) == 11) {
                v[0] = event.px(i);
                v[1] = event.py(i);
                v[2] = event.pz(i);
                v[3] = event.e(i);
                Boost.apply(bx, by, bz, v, 0);
                double sign = event.pdgId(i) == 11 ? 1 : -1;
                double r = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
                ax += sign * v[0] / r;
                ay += sign * v[1] / r;
                az += sign * v[2] / r;
                beams = true;
            }
        }
        if (!beams) {
            for (int sign = 1; sign >= -1; sign -= 2) {
                v[0] = 0;
                v[1] = 0;
                v[2] = sign;
                v[3] = 1;
                Boost.apply(bx, by, bz, v, 0);
                double r = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
                ax += sign * v[0] / r;
                ay += sign * v[1] / r;
                az += sign * v[2] / r;
            }
        }
        double a = Math.sqrt(ax * ax + ay * ay + az * az);
        ax /= a;
        ay /= a;
        az /= a;
        double cos = Math.max(-1, Math.min(1, ax * kx + ay * ky + az * kz));
        double rx = ax - cos * kx;
        double ry = ay - cos * ky;
        double rz = az - cos * kz;
        double rr = Math.sqrt(rx * rx + ry * ry + rz * rz);
        if (rr < 1e-12) { // along the beam: C_kr = C_rr = C_nn = 0, any r will do
            rx = Math.abs(kx) < 0.9 ? 1 : 0;
            ry = Math.abs(kx) < 0.9 ? 0 : 1;
            rz = 0;
            double d = rx * kx + ry * ky;
            rx -= d * kx;
            ry -= d * ky;
            rz -= d * kz;
            rr = Math.sqrt(rx * rx + ry * ry + rz * rz);
        }
        frame[4] = kx;
        frame[5] = ky;
        frame[6] = kz;
        frame[7] = rx / rr;
        frame[8] = ry / rr;
        frame[9] = rz / rr;
        frame[12] = cos;
        frame[13] = k / frame[15];
    }

    private final double[] scratch4 = new double[4];

    /**
     * The components along (k, r, n) of the polarimetric vector {@code h} given in the rest frame
     * of the tau at {@code i} reached from the lab by a pure boost, in the tau rest frame reached
     * from the pair frame by a boost along its direction (side +1 for the tau-, which moves along
     * k, -1 for the tau+): covariantly, h_i = -S . e_i with S = (0, h) boosted and e_k = (side |k| /
     * m, (E / m) k), e_r = (0, r), e_n = (0, n) in the pair frame (this takes care of the Wigner
     * rotation between the two rest frames).
     */
    private void helicityAxes(EventBuffer event, int i, double[] h, int side, double[] out) {
        double[] v = scratch4;
        double e = event.e(i);
        v[0] = h[0];
        v[1] = h[1];
        v[2] = h[2];
        v[3] = 0;
        Boost.apply(event.px(i) / e, event.py(i) / e, event.pz(i) / e, v, 0);
        Boost.apply(frame[0], frame[1], frame[2], v, 0);
        double kx = frame[4];
        double ky = frame[5];
        double kz = frame[6];
        double rx = frame[7];
        double ry = frame[8];
        double rz = frame[9];
        double nx = ky * rz - kz * ry;
        double ny = kz * rx - kx * rz;
        double nz = kx * ry - ky * rx;
        double k = frame[14];
        double en = frame[15];
        double m = Math.sqrt((en - k) * (en + k));
        out[0] = (en * (v[0] * kx + v[1] * ky + v[2] * kz) - side * k * v[3]) / m;
        out[1] = v[0] * rx + v[1] * ry + v[2] * rz;
        out[2] = v[0] * nx + v[1] * ny + v[2] * nz;
    }

    /** Boosts the rest-frame daughters in {@code rest} to the frame of particle i and appends them. */
    private void append(
            double[] rest,
            EventBuffer event,
            int i,
            int[] ids,
            int n,
            double cTau,
            double lifetimeNs,
            RandomStream rng) {
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
