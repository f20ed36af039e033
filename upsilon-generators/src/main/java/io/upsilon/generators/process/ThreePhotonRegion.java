package io.upsilon.generators.process;

import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.kinematics.Boost;

/**
 * The generation cuts of {@code ee-gammagammagamma}, and the matching rule that keeps its sample and
 * {@code ee-gammagamma}'s from counting the same events twice.
 *
 * <p>A photon is inside when, in the CM frame of the collision, its energy is above {@code
 * energyMin} and its polar angle to the e- beam is within [thetaMin, 180 - thetaMin]. The exact
 * e+e- -&gt; 3 gamma matrix element describes the events with all three photons inside; {@code
 * ee-gammagamma} describes the radiation of a third photon with the leading-log structure function
 * (soft and collinear physics, the bulk of its radiative correction) but also puts some of its
 * photons at wide angle with enough energy. Matching scheme (phase-space slicing at the cut): an
 * analysis that uses both samples drops the {@code ee-gammagamma} events that {@link #contains}
 * (three photons inside), so the hard wide-angle region comes only from the exact matrix element and
 * the soft/collinear region only from the structure function. What the slice leaves out is of higher
 * order: the virtual and soft corrections to e+e- -&gt; gamma gamma inside the three-photon region
 * (O(alpha^4)).
 *
 * @param energyMin minimum CM energy of each photon, GeV (&gt; 0)
 * @param thetaMinDeg each photon at [thetaMin, 180 - thetaMin] deg to the beam in the CM frame
 */
public record ThreePhotonRegion(double energyMin, double thetaMinDeg) {
    /** Validates: 0 &lt; energyMin, 0 &lt; thetaMin &lt; 90 deg. */
    public ThreePhotonRegion {
        if (!(energyMin > 0) || !Double.isFinite(energyMin)) {
            throw new IllegalArgumentException("need energyMin > 0 GeV, got " + energyMin);
        }
        if (!(thetaMinDeg > 0 && thetaMinDeg < 90)) {
            throw new IllegalArgumentException("need 0 < thetaMin < 90 degrees, got " + thetaMinDeg);
        }
    }

    /** |cos theta*| below which a photon is inside. */
    public double cosMax() {
        return Math.cos(Math.toRadians(thetaMinDeg));
    }

    /** Whether a photon (px, py, pz, E) in the canonical CM frame (e- along +z) is inside. */
    public boolean acceptsCm(double px, double py, double pz, double e) {
        double a = Math.sqrt(px * px + py * py + pz * pz);
        return e > energyMin && a > 0 && Math.abs(pz / a) < cosMax();
    }

    /**
     * Whether a generated event (lab frame, the e- and e+ beams as its first two particles, as every
     * generator writes them) has at least three final-state photons inside, evaluated in the CM frame
     * of its beams with the axis along the e- beam there.
     */
    public boolean contains(EventBuffer event) {
        return insideCount(event) >= 3;
    }

    /**
     * The number of final-state photons of a generated event (lab frame, the e- and e+ beams as its
     * first two particles) that are inside, evaluated as in {@link #contains}.
     */
    public int insideCount(EventBuffer event) {
        if (event.size() < 2 || event.pdgId(0) != 11 || event.pdgId(1) != -11) {
            throw new IllegalArgumentException("the event does not start with the e- and e+ beams");
        }
        double tx = event.px(0) + event.px(1);
        double ty = event.py(0) + event.py(1);
        double tz = event.pz(0) + event.pz(1);
        double te = event.e(0) + event.e(1);
        double bx = -tx / te;
        double by = -ty / te;
        double bz = -tz / te;
        double[] v = {event.px(0), event.py(0), event.pz(0), event.e(0)};
        Boost.apply(bx, by, bz, v, 0);
        double an = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        double ax = v[0] / an;
        double ay = v[1] / an;
        double az = v[2] / an;
        double cosMax = cosMax();
        int inside = 0;
        for (int i = 2; i < event.size(); i++) {
            if (event.pdgId(i) != 22 || event.status(i) != GenParticle.FINAL) {
                continue;
            }
            v[0] = event.px(i);
            v[1] = event.py(i);
            v[2] = event.pz(i);
            v[3] = event.e(i);
            Boost.apply(bx, by, bz, v, 0);
            double a = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
            double cos = (v[0] * ax + v[1] * ay + v[2] * az) / a;
            if (v[3] > energyMin && Math.abs(cos) < cosMax) {
                inside++;
            }
        }
        return inside;
    }
}
