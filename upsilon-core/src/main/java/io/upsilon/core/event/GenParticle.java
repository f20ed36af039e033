package io.upsilon.core.event;

import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.kinematics.Vec3;

/**
 * One particle of a generated event.
 *
 * @param pdgId PDG Monte Carlo id
 * @param status HepMC status: {@link #FINAL} (1), {@link #DECAYED} (2), {@link #DOCUMENTATION} (3), {@link #BEAM} (4)
 * @param momentum four-momentum in the lab, GeV
 * @param vertex production vertex in the lab, cm
 * @param time production time, ns
 * @param mother1 index of the first mother in the event, -1 if none
 * @param mother2 index of the last mother (for a range of mothers), -1 if none
 * @param firstDaughter index of the first daughter, -1 if none
 * @param lastDaughter index of the last daughter (daughters are contiguous), -1 if none
 */
public record GenParticle(
        int pdgId,
        int status,
        LorentzVector momentum,
        Vec3 vertex,
        double time,
        int mother1,
        int mother2,
        int firstDaughter,
        int lastDaughter) {
    /** Stable final-state particle. */
    public static final int FINAL = 1;

    /** Decayed particle (its daughters are in the event). */
    public static final int DECAYED = 2;

    /** Documentation line (intermediate state, not decayed by the generator chain). */
    public static final int DOCUMENTATION = 3;

    /** Incoming beam particle. */
    public static final int BEAM = 4;

    /** True for stable final-state particles. */
    public boolean isFinal() {
        return status == FINAL;
    }

    /** Number of daughters. */
    public int daughterCount() {
        return firstDaughter < 0 ? 0 : lastDaughter - firstDaughter + 1;
    }
}
