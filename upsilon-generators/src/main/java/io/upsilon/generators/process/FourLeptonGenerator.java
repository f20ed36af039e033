package io.upsilon.generators.process;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.units.PhysicalConstants;
import io.upsilon.generators.amplitude.EeFourLeptonAmplitude;
import io.upsilon.generators.phasespace.BremsstrahlungChannel;
import io.upsilon.generators.phasespace.FourLeptonChannel;
import io.upsilon.generators.phasespace.FourLeptonPhaseSpace;
import io.upsilon.generators.phasespace.MultiperipheralChannel;
import io.upsilon.generators.phasespace.PairMassesChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * e+e- -&gt; l+ l- l'+ l'- at tree level with the exact QED matrix element ({@link
 * EeFourLeptonAmplitude}: all diagrams, identical-fermion antisymmetry, lepton masses) on
 * multi-channel phase space ({@link FourLeptonPhaseSpace}: multiperipheral and bremsstrahlung
 * channels for every way the final e- and e+ can continue the beams, pair-mass channels (hard
 * and soft) for every pairing into two photons), with adaptive channel weights (updated after 1k, 2k, 4k, ... 64k trials, then frozen;
 * each event's weight is exact for the weights in use, so the mean stays unbiased).
 *
 * <p>Generation cut: the invariant mass W_ll of the produced lepton pair must exceed {@code
 * minPairMass} (0: no cut, the total cross section, finite when no final-state electron is
 * present). The produced pair is l'+ l'- for e e l' l', and for e e e e the e+ e- left after
 * taking as scattered beam particles the e- with the largest p_z and the e+ with the smallest p_z
 * in the CM frame (e- beam along +z): the two-photon reading of the event.
 *
 * <p>The final state is l- l+ l'- l'+ in that order (l = e for e e l' l'); no radiative
 * corrections.
 */
public final class FourLeptonGenerator implements EventGenerator {
    private static final double ALPHA = PhysicalConstants.ALPHA;
    private static final long LAST_ADAPTATION = 64_000;

    private final CollisionFrame frame;
    private final int[] ids;
    private final double[] masses;
    private final double electronMass;
    private final double minPairMass;
    private final double symmetryFactor;
    private final EeFourLeptonAmplitude amplitude;
    private final FourLeptonPhaseSpace phaseSpace;
    private final double[] p = new double[24];
    private final double[] fin = new double[16];
    private long trials;
    private long nextAdaptation = 1000;

    /**
     * @param beam the beams
     * @param flavour1 PDG id of l (11, 13, 15)
     * @param flavour2 PDG id of l'
     * @param minPairMass the W_ll cut in GeV (0: none; required &gt; 0 when the final state has e+e-)
     */
    public FourLeptonGenerator(Beam beam, int flavour1, int flavour2, double minPairMass) {
        ParticleTable pdg = ParticleTable.standard();
        for (int f : new int[] {flavour1, flavour2}) {
            if (f != 11 && f != 13 && f != 15) {
                throw new IllegalArgumentException("leptons must be e, mu or tau (11, 13, 15), got " + f);
            }
        }
        if (flavour2 == 11 && flavour1 != 11) {
            throw new IllegalArgumentException("put the electron pair first: got " + flavour1 + ", " + flavour2);
        }
        if (!(minPairMass >= 0) || (flavour1 == 11 && !(minPairMass > 0) && flavour2 != 15)) {
            throw new IllegalArgumentException(
                    "W_ll cut must be >= 0, and > 0 for e e e e and e e mu mu, got " + minPairMass);
        }
        this.frame = new CollisionFrame(beam);
        this.electronMass = pdg.byId(11).mass();
        double m1 = pdg.byId(flavour1).mass();
        double m2 = pdg.byId(flavour2).mass();
        this.ids = new int[] {flavour1, -flavour1, flavour2, -flavour2};
        this.masses = new double[] {m1, m1, m2, m2};
        this.minPairMass = minPairMass;
        this.symmetryFactor = flavour1 == flavour2 ? 0.25 : 1;
        this.amplitude = new EeFourLeptonAmplitude(flavour1, m1, flavour2, m2, electronMass);
        this.phaseSpace = new FourLeptonPhaseSpace(channels(flavour1, flavour2, beam.s()));
    }

    private List<FourLeptonChannel> channels(int f1, int f2, double s) {
        List<FourLeptonChannel> list = new ArrayList<>();
        // x_min: the pair mass W^2 is about x_1 x_2 s, so x < W_min^2 / s cannot pass; half that for margin.
        double wMin = Math.max(minPairMass, 2 * masses[2]);
        double minX = 0.5 * wMin * wMin / s;
        if (f1 == 11) {
            // (scattered e-, scattered e+, pair l-, pair l+): one reading for e e l l, four for e e e e
            int[][] readings = f2 == 11
                    ? new int[][] {{0, 1, 2, 3}, {2, 3, 0, 1}, {0, 3, 2, 1}, {2, 1, 0, 3}}
                    : new int[][] {{0, 1, 2, 3}};
            for (int[] r : readings) {
                list.add(new MultiperipheralChannel(r[0], r[1], r[2], r[3], electronMass, masses[2], minX));
                list.add(new BremsstrahlungChannel(true, r[1], r[0], r[2], r[3], electronMass, masses[2], wMin, minX));
                list.add(new BremsstrahlungChannel(false, r[0], r[1], r[2], r[3], electronMass, masses[2], wMin, minX));
            }
        }
        int[][] pairings = f1 == f2 ? new int[][] {{0, 1, 2, 3}, {0, 3, 2, 1}} : new int[][] {{0, 1, 2, 3}};
        for (int[] q : pairings) {
            for (boolean soft : new boolean[] {false, true}) {
                list.add(new PairMassesChannel(new int[] {q[0], q[1]}, new int[] {q[2], q[3]}, masses, soft));
                list.add(new PairMassesChannel(new int[] {q[2], q[3]}, new int[] {q[0], q[1]}, masses, soft));
            }
        }
        return list;
    }

    /** The current multi-channel weights (for diagnostics). */
    public double[] channelWeights() {
        return phaseSpace.channelWeights();
    }

    @Override
    public double generate(RandomStream beamRng, RandomStream rng, EventBuffer out) {
        out.clear();
        frame.sample(beamRng);
        frame.addBeams(out);
        double s = frame.s();
        double sqrtS = Math.sqrt(s);
        double w = weight(rng, sqrtS);
        phaseSpace.record(w);
        trials++;
        if (trials == nextAdaptation && trials <= LAST_ADAPTATION) {
            phaseSpace.adapt();
            nextAdaptation *= 2;
        }
        if (w == 0) {
            out.setWeight(0);
            return 0;
        }
        frame.addFinalState(out, ids, fin, 0);
        out.setWeight(w);
        return w;
    }

    /** The event weight in nb at this CM energy, leaving the final state in {@code fin}. */
    private double weight(RandomStream rng, double sqrtS) {
        double wps = phaseSpace.generate(rng, sqrtS, fin);
        if (wps == 0 || !passesCut()) {
            return 0;
        }
        double e = 0.5 * sqrtS;
        double me = electronMass;
        double pBeam = Math.sqrt((e - me) * (e + me));
        p[0] = 0;
        p[1] = 0;
        p[2] = pBeam;
        p[3] = e;
        p[4] = 0;
        p[5] = 0;
        p[6] = -pBeam;
        p[7] = e;
        System.arraycopy(fin, 0, p, 8, 16);
        double e2 = 4 * Math.PI * ALPHA;
        double m2 = amplitude.summedSquared(p) * Math.pow(e2, 4) / 4 * symmetryFactor;
        // flux 1 / (2 lambda^(1/2)(s, m_e^2, m_e^2)) = 1 / (4 sqrt(s) p_beam); measure (2 pi)^(4 - 3 n), n = 4
        double flux = 1 / (4 * sqrtS * pBeam);
        double twoPi = Math.pow(2 * Math.PI, -8);
        return m2 * flux * twoPi * wps * PhysicalConstants.HBARC2_GEV2_NB;
    }

    private boolean passesCut() {
        if (minPairMass <= 0) {
            return true;
        }
        if (ids[2] != 11) {
            return pairMass2(2, 3) > minPairMass * minPairMass;
        }
        // e e e e: every e+e- combination could be the produced pair, so all four must pass.
        double min2 = minPairMass * minPairMass;
        return pairMass2(0, 1) > min2 && pairMass2(0, 3) > min2 && pairMass2(2, 1) > min2 && pairMass2(2, 3) > min2;
    }

    private double pairMass2(int a, int b) {
        double ex = fin[4 * a + 3] + fin[4 * b + 3];
        double x = fin[4 * a] + fin[4 * b];
        double y = fin[4 * a + 1] + fin[4 * b + 1];
        double z = fin[4 * a + 2] + fin[4 * b + 2];
        return ex * ex - x * x - y * y - z * z;
    }
}
