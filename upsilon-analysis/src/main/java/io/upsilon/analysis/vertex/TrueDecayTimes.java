package io.upsilon.analysis.vertex;

import io.upsilon.core.event.GenEvent;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.kinematics.Vec3;

/**
 * Generated decay times and vertices of B mesons, for the truth counterparts of {@link DeltaT}
 * (basf2 {@code mcDeltaTau}, {@code mcDeltaT}, {@code mcDeltaBoost}): a generated particle's decay
 * vertex is its first daughter's production vertex, its proper decay time the flight distance
 * times m / (|p| c).
 */
public final class TrueDecayTimes {
    private TrueDecayTimes() {}

    /**
     * The other B of an Upsilon(4S) -> B Bbar decay: the first sibling of generated particle {@code
     * index} (same mother) that is a B0, B+ or their antiparticle; -1 if none.
     */
    public static int otherB(GenEvent truth, int index) {
        if (index < 0 || index >= truth.size()) {
            return -1;
        }
        int mother = truth.particle(index).mother1();
        if (mother < 0) {
            return -1;
        }
        GenParticle m = truth.particle(mother);
        for (int g = m.firstDaughter(); g >= 0 && g <= m.lastDaughter(); g++) {
            int id = Math.abs(truth.particle(g).pdgId());
            if (g != index && (id == 511 || id == 521)) {
                return g;
            }
        }
        return -1;
    }

    /** The decay vertex (lab, cm) of generated particle {@code index}; null if it has no daughters. */
    public static Vec3 decayVertex(GenEvent truth, int index) {
        int d = truth.particle(index).firstDaughter();
        return d < 0 ? null : truth.particle(d).vertex();
    }

    /** The proper decay time of generated particle {@code index}, ps; NaN if it did not decay. */
    public static double properTime(GenEvent truth, int index) {
        GenParticle p = truth.particle(index);
        Vec3 end = decayVertex(truth, index);
        LorentzVector p4 = p.momentum();
        if (end == null || !(p4.p() > 0)) {
            return Double.NaN;
        }
        return end.minus(p.vertex()).mag() * p4.m() / p4.p() / DeltaT.C_CM_PER_PS;
    }
}
