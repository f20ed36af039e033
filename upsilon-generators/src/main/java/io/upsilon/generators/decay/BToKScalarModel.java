package io.upsilon.generators.decay;

import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.random.RandomStream;
import java.util.List;

/**
 * {@code BTOKSCALAR} (Upsilon's own name): B -&gt; K S or B -&gt; K* S, S a long-lived dark scalar
 * mixing with the Higgs boson ({@link DarkScalar}; Batell, Pospelov, Ritz, arXiv:0911.4938).
 *
 * <p><b>Decay line</b>: {@code K S BTOKSCALAR mS ctauS [channelS [thetaS]];} with a spin-0 parent,
 * a spin-0 or spin-1 kaon first and the scalar (spin 0, e.g. the particle {@code S}) second.
 *
 * <ul>
 *   <li>{@code mS}: the scalar's mass in GeV, used in every decay instead of the particle table's
 *       ({@link #daughterMass}); it must leave room for the kaon's nominal mass.
 *   <li>{@code ctauS}: the scalar's c tau in cm ({@link #daughterCTau}), so that it decays at a
 *       displaced vertex by the engine's own flight code (proper time exponential, lab flight (p /
 *       m) c tau t); {@code 0} takes it from the mixing angle {@code thetaS} instead, c tau =
 *       {@link DarkScalar#cTauCm}(mS, thetaS).
 *   <li>{@code channelS} (default 0): the channel (1-based, in the order of the scalar's decay
 *       table) by which the scalar decays, e.g. 1 = e+e-, 2 = mu+mu-, 3 = pi+pi-, 4 = K+K- in the
 *       bundled overlays; 0 draws it from that table's branching fractions. It must be open at mS.
 *   <li>{@code thetaS} (default 0): the mixing angle, needed only when ctauS is 0.
 * </ul>
 *
 * <p><b>Angular distribution</b>: spin 0 -&gt; 0 0 is isotropic; for spin 0 -&gt; 1 0 the vector can
 * only be in helicity 0, so the decay is isotropic too and the model marks the K* ({@link
 * #alignsDaughter}) for its own decay ({@code VSS}: cos^2 of the helicity angle), exactly as EvtGen's
 * {@code SVS}. The scalar's own decay to two spin-0 or spin-1/2 particles by {@code PHSP} is
 * isotropic in its rest frame, as a scalar's must be. Stateless.
 */
final class BToKScalarModel implements DecModel {
    private final double scalarMass;
    private final double scalarCTau;
    private final int scalarChannel;
    private final boolean vectorKaon;

    BToKScalarModel(ParticleData parent, List<ParticleData> daughters, double[] args) {
        String name = "BTOKSCALAR";
        DecModelSupport.requireShape(name, daughters, 2, args, 4);
        DecModelSupport.requireSpin(name, "a parent", parent, 0);
        DecModelSupport.requireSpin(name, "daughter 2 (the scalar)", daughters.get(1), 0);
        int kaonTwoJ = daughters.get(0).twoJ();
        if (kaonTwoJ != 0 && kaonTwoJ != 2) {
            throw new IllegalArgumentException(name + " expects daughter 1 of spin 0 or 1 (K or K*), got "
                    + daughters.get(0).name() + " (spin " + daughters.get(0).spin() + ")");
        }
        if (args.length < 2) {
            throw new IllegalArgumentException(name + " expects the arguments mS [GeV] ctauS [cm] [channelS [thetaS]], "
                    + "got " + args.length + " arguments");
        }
        double mS = args[0];
        double room = parent.mass() - daughters.get(0).mass();
        if (!(mS > 0 && mS < room)) {
            throw new IllegalArgumentException(name + ": the scalar mass mS must be in (0, " + room + ") GeV for "
                    + parent.name() + " -> " + daughters.get(0).name() + " S, got " + mS);
        }
        double channel = args.length > 2 ? args[2] : 0;
        if (!(channel >= 0 && channel == Math.rint(channel))) {
            throw new IllegalArgumentException(
                    name + ": channelS must be 0 (by branching fraction) or a channel number >= 1, got " + channel);
        }
        double theta = args.length > 3 ? args[3] : 0;
        double cTau = args[1];
        if (cTau == 0) {
            if (!(theta > 0)) {
                throw new IllegalArgumentException(
                        name + ": ctauS = 0 takes the lifetime from the mixing angle thetaS, which must then be > 0,"
                                + " got " + theta);
            }
            cTau = DarkScalar.cTauCm(mS, theta);
        } else if (!(cTau > 0) || Double.isInfinite(cTau)) {
            throw new IllegalArgumentException(
                    name + ": ctauS must be a c tau > 0 in cm (or 0 with thetaS), got " + args[1]);
        }
        this.scalarMass = mS;
        this.scalarCTau = cTau;
        this.scalarChannel = (int) channel - 1;
        this.vectorKaon = kaonTwoJ == 2;
    }

    /** The scalar's mass (GeV). */
    double scalarMass() {
        return scalarMass;
    }

    /** The scalar's c tau (cm). */
    double scalarCTau() {
        return scalarCTau;
    }

    @Override
    public void generate(double parentMass, double[] masses, double[] helicityAxis, RandomStream rng, double[] out) {
        // A broad K* may be drawn heavier than the room the scalar leaves (rare tail): cap it there.
        double kaonMass = Math.min(masses[0], Math.nextDown(parentMass - scalarMass));
        DecModelSupport.twoBody(
                parentMass, kaonMass, scalarMass, 2 * rng.nextDouble() - 1, 2 * Math.PI * rng.nextDouble(), null, out);
    }

    @Override
    public boolean alignsDaughter(int i) {
        return vectorKaon && i == 0;
    }

    @Override
    public double daughterMass(int i) {
        return i == 1 ? scalarMass : Double.NaN;
    }

    @Override
    public double daughterCTau(int i) {
        return i == 1 ? scalarCTau : Double.NaN;
    }

    @Override
    public int daughterChannel(int i) {
        return i == 1 ? scalarChannel : -1;
    }
}
