package io.upsilon.analysis.shape;

import io.upsilon.core.kinematics.Vec3;
import java.util.ArrayList;
import java.util.List;

/**
 * The two hemispheres of an event about an axis (usually the thrust axis): particle i is in the
 * positive hemisphere if p_i . n >= 0, otherwise in the negative one (the thrust-hemisphere split of
 * Belle II's 3x1 tau analyses, e.g. PRD 108, 032006, arXiv:2305.19116).
 *
 * @param positive indices of the momenta with p . n >= 0
 * @param negative indices of the momenta with p . n < 0
 */
public record Hemispheres(List<Integer> positive, List<Integer> negative) {
    public Hemispheres {
        positive = List.copyOf(positive);
        negative = List.copyOf(negative);
    }

    /** Splits {@code momenta} by the sign of their projection on {@code axis}. */
    public static Hemispheres of(List<Vec3> momenta, Vec3 axis) {
        List<Integer> pos = new ArrayList<>();
        List<Integer> neg = new ArrayList<>();
        for (int i = 0; i < momenta.size(); i++) {
            if (momenta.get(i).dot(axis) >= 0) {
                pos.add(i);
            } else {
                neg.add(i);
            }
        }
        return new Hemispheres(pos, neg);
    }
}
