package io.upsilon.core.beam;

import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.kinematics.Vec3;

/**
 * One event's initial state: the smeared beam four-momenta and the interaction vertex (cm).
 *
 * @param electron HER (e-) four-momentum in the lab
 * @param positron LER (e+) four-momentum in the lab
 * @param vertex interaction point in cm
 */
public record Collision(LorentzVector electron, LorentzVector positron, Vec3 vertex) {
    /** Total four-momentum. */
    public LorentzVector total() {
        return electron.plus(positron);
    }

    /** sqrt(s) of this collision. */
    public double sqrtS() {
        return total().m();
    }
}
