package io.upsilon.generators.io;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.GenEvent;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.kinematics.Boost;
import io.upsilon.core.kinematics.Frames;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.kinematics.Vec3;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Takes LHE events from the frame they were generated in to the SuperKEKB lab of a {@link Beam}.
 *
 * <p>MadGraph generates e+e- events with symmetric beams, i.e. in the centre-of-mass frame, beam 1
 * along +z. Convention used here: the LHE frame is the nominal CM frame of {@code beam} with its z
 * axis along the e- (HER) direction in that frame, its y axis along {@code Frames.basisAlong}'s e2
 * and its x axis along e1 (the same axes Upsilon's own generators use: e1 = y x e3 normalised, so
 * the LHE x axis stays in the crossing plane). When beam 1 of the file is the e+ (IDBMUP1 = -11,
 * IDBMUP2 = 11) the file's z axis points along the e+, and the event is first turned by pi about y
 * (x -> -x, z -> -z). The CM vectors are then boosted with {@link Beam#cmsToLab()}.
 *
 * <p>Events with asymmetric beams in {@code <init>} are taken to be in the lab already and are left
 * unchanged ({@link #boosts()} is false). The total momentum of a boosted event is {@code
 * beam.total()} when the file's sqrt(s) equals {@code beam.sqrtS()}; otherwise it is the boost of
 * (0, 0, 0, sqrt(s) of the file) (see {@link #sqrtSMismatch()}).
 */
public final class LheLabFrame {
    private final boolean boosts;
    private final boolean flip;
    private final double[] basis;
    private final Boost toLab;
    private final double sqrtSMismatch;

    private LheLabFrame(boolean boosts, boolean flip, double[] basis, Boost toLab, double sqrtSMismatch) {
        this.boosts = boosts;
        this.flip = flip;
        this.basis = basis;
        this.toLab = toLab;
        this.sqrtSMismatch = sqrtSMismatch;
    }

    /**
     * The transformation for a file with this {@code init} in the lab of {@code beam}: a boost when
     * the file's beams are symmetric, the identity otherwise.
     */
    public static LheLabFrame of(LheInit init, Beam beam) {
        Objects.requireNonNull(init, "init");
        Objects.requireNonNull(beam, "beam");
        if (!init.symmetricBeams()) {
            return identity();
        }
        boolean flip = init.beamId1() != 11 && init.beamId2() == 11;
        LorentzVector herCms = beam.toCms(beam.her());
        double[] basis = Frames.basisAlong(herCms.px(), herCms.py(), herCms.pz());
        double mismatch = (init.sqrtS() - beam.sqrtS()) / beam.sqrtS();
        return new LheLabFrame(true, flip, basis, beam.cmsToLab(), mismatch);
    }

    /** The identity: events are left as they are (for {@code --no-boost}). */
    public static LheLabFrame identity() {
        return new LheLabFrame(false, false, null, null, 0.0);
    }

    /** True when events are rotated and boosted; false when they are left unchanged. */
    public boolean boosts() {
        return boosts;
    }

    /** (sqrt(s) of the file - sqrt(s) of the beam) / sqrt(s) of the beam; 0 when not boosting. */
    public double sqrtSMismatch() {
        return sqrtSMismatch;
    }

    /** The event in the lab; vertices (at the origin for LHE events) are left unchanged. */
    public GenEvent apply(GenEvent event) {
        if (!boosts) {
            return event;
        }
        List<GenParticle> out = new ArrayList<>(event.size());
        for (GenParticle p : event.particles()) {
            LorentzVector q = p.momentum();
            double x = flip ? -q.px() : q.px();
            double y = q.py();
            double z = flip ? -q.pz() : q.pz();
            Vec3 cms = Frames.fromBasis(basis, x, y, z);
            LorentzVector lab = toLab.apply(LorentzVector.of(cms, q.e()));
            out.add(new GenParticle(
                    p.pdgId(),
                    p.status(),
                    lab,
                    p.vertex(),
                    p.time(),
                    p.mother1(),
                    p.mother2(),
                    p.firstDaughter(),
                    p.lastDaughter()));
        }
        return new GenEvent(event.number(), event.weight(), out);
    }
}
