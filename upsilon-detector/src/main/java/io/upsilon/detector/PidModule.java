package io.upsilon.detector;

import io.upsilon.core.kinematics.Norms;
import io.upsilon.core.random.RandomStream;

/**
 * Particle identification: likelihood-like scores (electronID, muonID, pionID, kaonID, protonID,
 * summing to 1) per track, drawn from the response of the track's true species so that each
 * identified hypothesis h (muon, electron, kaon) reproduces the card at its working point:
 * P(hID > wp_h | true s) = plateau(h, s) × turnOn_h(p) inside h's polar-angle acceptance, where
 * plateau is the efficiency for s = h and the flat mis-ID rate otherwise.
 *
 * <p>Per track one categorical draw decides which hypothesis (if any) passes its working point;
 * the card guarantees the three probabilities add up to at most 1 for every species. The passing
 * hypothesis gets a score uniform in [wp, 1), the others share the rest (the true species
 * favoured); with no passing hypothesis every tested score stays below its working point and
 * pionID/protonID take the rest. Only the working point is calibrated: the score shape elsewhere is
 * an engineering choice, so cuts other than the card's working points are not meaningful.
 * Momentum and angle are the reconstructed ones; fake tracks respond as pions.
 */
public final class PidModule implements DetectorModule {
    private static final int E = Species.ELECTRON.ordinal();
    private static final int MU = Species.MUON.ordinal();
    private static final int PI = Species.PION.ordinal();
    private static final int K = Species.KAON.ordinal();
    private static final int P = Species.PROTON.ordinal();

    private final PidCard card;
    private final double[] scratch = new double[Species.COUNT];

    /** A PID module configured from the card's {@code pid} block. */
    public PidModule(PidCard card) {
        this.card = card;
    }

    @Override
    public String name() {
        return "pid";
    }

    @Override
    public void process(DetectorState state, RandomStream rng) {
        for (int t = 0; t < state.nTracks; t++) {
            double px = state.trackP[3 * t];
            double py = state.trackP[3 * t + 1];
            double pz = state.trackP[3 * t + 2];
            double pt = Norms.hypot(px, py);
            double p = Norms.hypot(pt, pz);
            double theta = Math.atan2(pt, pz);
            Species s = state.trackSpecies[t];
            double pMu = card.muon().passProbability(Species.MUON, s, p, theta);
            double pE = card.electron().passProbability(Species.ELECTRON, s, p, theta);
            double pK = card.kaon().passProbability(Species.KAON, s, p, theta);
            double u = rng.nextDouble();
            int passing;
            double wp;
            if (u < pMu) {
                passing = MU;
                wp = card.muon().workingPoint();
            } else if (u < pMu + pE) {
                passing = E;
                wp = card.electron().workingPoint();
            } else if (u < pMu + pE + pK) {
                passing = K;
                wp = card.kaon().workingPoint();
            } else {
                passing = -1;
                wp = 0;
            }
            double[] v = scratch;
            int trueIndex = s.ordinal();
            if (passing >= 0) {
                double top = wp + (1 - wp) * rng.nextDouble();
                double sum = 0;
                for (int k = 0; k < Species.COUNT; k++) {
                    v[k] = k == passing ? 0 : rng.nextDouble() + (k == trueIndex ? 1 : 0);
                    sum += v[k];
                }
                double scale = (1 - top) / sum;
                for (int k = 0; k < Species.COUNT; k++) {
                    v[k] = k == passing ? top : v[k] * scale;
                }
            } else {
                v[MU] = below(card.muon().workingPoint(), trueIndex == MU, rng);
                v[E] = below(card.electron().workingPoint(), trueIndex == E, rng);
                v[K] = below(card.kaon().workingPoint(), trueIndex == K, rng);
                double tested = v[MU] + v[E] + v[K];
                if (tested > 1) {
                    v[MU] /= tested;
                    v[E] /= tested;
                    v[K] /= tested;
                    tested = 1;
                }
                double rest = Math.max(0, 1 - tested);
                double share = 0.5 + 0.5 * rng.nextDouble(); // the favoured of pion/proton
                boolean protonFavoured = trueIndex == P;
                v[PI] = rest * (protonFavoured ? 1 - share : share);
                v[P] = rest - v[PI];
            }
            System.arraycopy(v, 0, state.trackPid, Species.COUNT * t, Species.COUNT);
        }
    }

    /** A score below the working point: the true species' spread over [0, wp), others smaller. */
    private static double below(double wp, boolean isTrue, RandomStream rng) {
        return wp * rng.nextDouble() * (isTrue ? 1 : 0.2);
    }
}
