package io.upsilon.searches.bkll;

import io.upsilon.analysis.continuum.ContinuumSuppression;
import io.upsilon.analysis.continuum.KsfwMoments;
import io.upsilon.analysis.particles.Particle;
import io.upsilon.analysis.shape.RestOfEvent;
import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenEvent;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.event.RecoEvent;
import io.upsilon.core.event.RecoTrack;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.searches.CutFlowSelection;
import io.upsilon.searches.SelectionResult;
import io.upsilon.searches.SimulatedEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * The reconstruction of B+ -&gt; K+ l+ l- and B0 -&gt; K*0(-&gt; K+ pi-) l+ l- (l = e, mu) in every event,
 * all four modes at once (each background event is simulated once):
 *
 * <ol>
 *   <li>leptons: tracks with electronID (muonID) and lab momentum above the cuts; kaons: kaonID
 *       above the cut; the K*0 pion is any other track (pion hypothesis) with K pi mass in the K*0
 *       window;
 *   <li>B candidate: K(*) with an opposite-charge lepton pair of one flavour, Mbc and Delta E in
 *       the fit window, q^2 = M(l l)^2 above the conversion cut;
 *   <li>best candidate per mode: the largest product of the lepton and kaon identification
 *       likelihoods (it does not use Mbc or Delta E, which are fitted);
 *   <li>its q^2 region: 0 outside the charmonium windows (the rare-decay sample), 1 in the J/psi
 *       window (the control sample), 2 in the psi(2S) window (vetoed);
 *   <li>the continuum-suppression variables of the candidate and its rest of event ({@link
 *       ContinuumSuppression}: R2, thrust axes, CLEO cones, KSFW moments).
 * </ol>
 *
 * <p>The fast simulation makes no bremsstrahlung photons (the electron momentum is smeared like any
 * track), so there is no bremsstrahlung recovery and the e+e- and mu+mu- windows differ only as
 * the paper's do. Each selected event gives one row per mode with a candidate; the observable is
 * Mbc. The last cut-flow step is "a candidate in the fit window in any mode"; the per-mode steps
 * follow from the rows ({@link BKllSearch}).
 */
final class BKllSelection extends CutFlowSelection {
    /** Feature: the mode (ordinal of {@link BKllMode}). */
    static final int F_MODE = 0;

    /** Feature: Delta E, GeV. */
    static final int F_DELTA_E = 1;

    /** Feature: q^2 = M(l l)^2, GeV^2. */
    static final int F_Q2 = 2;

    /** Feature: q^2 region: 0 rare (outside the vetoes), 1 J/psi window, 2 psi(2S) window. */
    static final int F_REGION = 3;

    /** Feature: 1 if every track of the candidate comes from one generated B, else 0. */
    static final int F_ONE_B = 4;

    /** The first continuum-suppression feature; the rest follow in {@link #CS_NAMES} order. */
    static final int F_CS = 5;

    /** Region code: the rare-decay sample. */
    static final int RARE = 0;

    /** Region code: the J/psi window. */
    static final int JPSI = 1;

    /** The continuum-suppression inputs of the BDT. */
    static final List<String> CS_NAMES;

    /** All feature names. */
    static final List<String> FEATURES;

    static {
        List<String> cs = new ArrayList<>(List.of("R2", "cosTBTO", "cosTBz", "thrustBm", "thrustOm"));
        for (int n = 1; n <= 9; n++) {
            cs.add("CleoConeCS(" + n + ")");
        }
        cs.addAll(KsfwMoments.NAMES);
        CS_NAMES = List.copyOf(cs);
        List<String> all = new ArrayList<>(List.of("mode", "deltaE", "q2", "region", "fromOneB"));
        all.addAll(CS_NAMES);
        FEATURES = List.copyOf(all);
    }

    /** The steps of the event-level cut flow. */
    static final List<String> STEPS = List.of(
            "generated",
            "preselection (generator level: >= 3 charged, a lepton above p_min)",
            "K(*) l l candidate in the fit window (any mode)");

    private static final double M_JPSI = 3.0969;
    private static final double M_PSI2S = 3.6861;

    private final BKllConfig.Selection sel;
    private final double leptonPMin;
    private final Beam beam;
    private final ParticleTable table = ParticleTable.standard();
    private final ParticleData electron;
    private final ParticleData muon;
    private final ParticleData kaon;
    private final ParticleData pion;
    private final double kstarMass;

    BKllSelection(BKllConfig cfg, Beam beam) {
        super(cfg.preselection(), STEPS, FEATURES.size());
        this.sel = cfg.selection();
        this.leptonPMin = cfg.leptonPMin();
        this.beam = beam;
        this.electron = table.byName("e-");
        this.muon = table.byName("mu-");
        this.kaon = table.byName("K+");
        this.pion = table.byName("pi+");
        this.kstarMass = table.byId(313).mass();
    }

    /**
     * The preselection and a generated electron or muon above the lepton filter's momentum in the
     * tracker acceptance: every candidate has two identified leptons above that momentum; events
     * without any true lepton (both leptons misidentified hadrons, a rate of order 1e-3 per pair of
     * the card's misidentification) are not simulated.
     */
    @Override
    protected boolean preselect(EventBuffer ev) {
        if (!super.preselect(ev)) {
            return false;
        }
        double p2 = leptonPMin * leptonPMin;
        for (int i = 0; i < ev.size(); i++) {
            int a = Math.abs(ev.pdgId(i));
            if (ev.status(i) != GenParticle.FINAL || (a != 11 && a != 13)) {
                continue;
            }
            double px = ev.px(i);
            double py = ev.py(i);
            double pz = ev.pz(i);
            double pp = px * px + py * py + pz * pz;
            double cos = pp > 0 ? pz / Math.sqrt(pp) : 1;
            // CDC acceptance 17-150 degrees, as the preselection block.
            if (pp >= p2 && cos < Math.cos(Math.toRadians(17)) && cos > Math.cos(Math.toRadians(150))) {
                return true;
            }
        }
        return false;
    }

    /** One candidate under construction. */
    private record Candidate(Particle b, double mbc, double deltaE, double q2, double score) {}

    @Override
    protected int select(SimulatedEvent event, SelectionResult result) {
        RecoEvent reco = event.reco();
        List<RecoTrack> tracks = reco.tracks();
        Candidate[] best = new Candidate[BKllMode.ALL.size()];
        for (RecoTrack k : tracks) {
            if (k.pid().kaonId() < sel.kaonId()) {
                continue;
            }
            Particle kp = Particle.fromTrack(k, kaon);
            for (BKllMode mode : BKllMode.ALL) {
                if (!mode.kstar()) {
                    leptonPairs(event, tracks, mode, List.of(kp), k.pid().kaonId(), best);
                    continue;
                }
                for (RecoTrack p : tracks) {
                    if (p == k || p.charge() != -k.charge()) {
                        continue;
                    }
                    Particle pi = Particle.fromTrack(p, pion);
                    double m = kp.p4Lab().plus(pi.p4Lab()).m();
                    if (Math.abs(m - kstarMass) < sel.kstarMassWindow()) {
                        Particle ks = Particle.composite(k.charge() > 0 ? 313 : -313, List.of(kp, pi));
                        leptonPairs(event, tracks, mode, List.of(ks), k.pid().kaonId(), best);
                    }
                }
            }
        }
        boolean any = false;
        GenEvent truth = null;
        for (BKllMode mode : BKllMode.ALL) {
            Candidate c = best[mode.ordinal()];
            if (c == null) {
                continue;
            }
            any = true;
            if (truth == null) {
                truth = event.generated().toEvent(event.number());
            }
            RestOfEvent roe = RestOfEvent.of(c.b(), reco, table);
            ContinuumSuppression cs = ContinuumSuppression.of(c.b(), roe, beam);
            float[] f = new float[FEATURES.size()];
            f[F_MODE] = mode.ordinal();
            f[F_DELTA_E] = (float) c.deltaE();
            f[F_Q2] = (float) c.q2();
            f[F_REGION] = region(mode, Math.sqrt(c.q2()));
            f[F_ONE_B] = fromOneB(c.b(), truth) ? 1f : 0f;
            int i = F_CS;
            f[i++] = (float) cs.r2();
            f[i++] = (float) cs.cosTBTO();
            f[i++] = (float) cs.cosTBz();
            f[i++] = (float) cs.thrustBm();
            f[i++] = (float) cs.thrustOm();
            for (int n = 1; n <= 9; n++) {
                f[i++] = (float) cs.cleoCone(n, false);
            }
            KsfwMoments ksfw = cs.ksfw(false);
            for (String name : KsfwMoments.NAMES) {
                f[i++] = (float) ksfw.value(name);
            }
            result.events().add(event.number(), c.mbc(), event.weight(), f);
        }
        return any ? 2 : 1;
    }

    /** Adds the candidates of {@code hadron} with every lepton pair of the mode's flavour, keeping the best. */
    private void leptonPairs(
            SimulatedEvent event,
            List<RecoTrack> tracks,
            BKllMode mode,
            List<Particle> hadron,
            double kaonId,
            Candidate[] best) {
        Particle h = hadron.get(0);
        boolean ee = mode.lepton() == 11;
        ParticleData lepton = ee ? electron : muon;
        double idMin = ee ? sel.electronId() : sel.muonId();
        double pMin = ee ? sel.electronPMin() : sel.muonPMin();
        for (RecoTrack a : tracks) {
            if (a.charge() != 1 || h.usesTrack(a.index()) || !isLepton(a, ee, idMin, pMin)) {
                continue;
            }
            for (RecoTrack b : tracks) {
                if (b.charge() != -1 || h.usesTrack(b.index()) || !isLepton(b, ee, idMin, pMin)) {
                    continue;
                }
                Particle la = Particle.fromTrack(a, lepton);
                Particle lb = Particle.fromTrack(b, lepton);
                double q2 = la.p4Lab().plus(lb.p4Lab()).m2();
                if (q2 < sel.q2Min()) {
                    continue;
                }
                int pdg = mode.kstar() ? (h.pdgCode() > 0 ? 511 : -511) : (h.charge() > 0 ? 521 : -521);
                Particle bc = Particle.composite(pdg, List.of(h, la, lb));
                LorentzVector cms = beam.toCms(bc.p4Lab());
                double de = cms.e() - beam.eStarBeam();
                double m2 = beam.eStarBeam() * beam.eStarBeam() - cms.p2();
                double mbc = m2 > 0 ? Math.sqrt(m2) : 0;
                if (mbc < sel.mbcMin() || mbc > beam.eStarBeam() || de < sel.deltaEMin() || de > sel.deltaEMax()) {
                    continue;
                }
                double id = ee
                        ? a.pid().electronId() * b.pid().electronId()
                        : a.pid().muonId() * b.pid().muonId();
                double score = id * kaonId;
                Candidate old = best[mode.ordinal()];
                if (old == null || score > old.score()) {
                    best[mode.ordinal()] = new Candidate(bc, mbc, de, q2, score);
                }
            }
        }
    }

    private static boolean isLepton(RecoTrack t, boolean ee, double idMin, double pMin) {
        double id = ee ? t.pid().electronId() : t.pid().muonId();
        return id >= idMin && t.momentum().mag() >= pMin;
    }

    /** The q^2 region of a candidate with dilepton mass {@code mll}. */
    int region(BKllMode mode, double mll) {
        boolean ee = mode.lepton() == 11;
        double dj = mll - M_JPSI;
        if (dj > (ee ? sel.jpsiEeLow() : sel.jpsiMuMuLow()) && dj < sel.jpsiHigh()) {
            return JPSI;
        }
        double dp = mll - M_PSI2S;
        if (dp > (ee ? sel.psi2sEeLow() : sel.psi2sMuMuLow()) && dp < sel.psi2sHigh()) {
            return 2;
        }
        return RARE;
    }

    /** Whether every final-state track of {@code candidate} descends from one generated B meson. */
    static boolean fromOneB(Particle candidate, GenEvent truth) {
        int common = -2;
        for (Particle p : candidate.finalStateDescendants()) {
            int g = p.truthIndex();
            int guard = 0;
            while (g >= 0 && g < truth.size() && guard++ < 64) {
                int id = Math.abs(truth.particle(g).pdgId());
                if (id == 511 || id == 521) {
                    break;
                }
                g = truth.particle(g).mother1();
            }
            if (g < 0 || g >= truth.size() || (common != -2 && g != common)) {
                return false;
            }
            common = g;
        }
        return true;
    }
}
