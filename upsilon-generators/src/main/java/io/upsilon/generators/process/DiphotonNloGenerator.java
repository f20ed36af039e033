package io.upsilon.generators.process;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;
import io.upsilon.generators.radiation.SoftVirtualCorrection;

/**
 * e+e- -&gt; gamma gamma (gamma) at O(alpha) by phase-space slicing at the photon energy k0 ({@link
 * SlicedNlo}): below k0 the Born ({@link DiphotonBornGenerator}, both photons inside the cuts) times
 * 1 + delta ({@link SoftVirtualCorrection#diphotonLogarithmic}: the logarithmic soft + virtual terms;
 * the non-logarithmic virtual term of Berends and Kleiss, Nucl. Phys. B 186 (1981) 22, is not
 * included, 0.2-0.7% [E]); above k0 three photons from the exact tree-level e+e- -&gt; gamma gamma
 * gamma ({@link ThreePhotonGenerator}, electron mass kept), every photon above k0 at any angle (down
 * to {@link #THETA_BEAM_MIN_DEG} from the beams), kept when at least two photons pass the cuts
 * (E* above {@code eStarMin}, thetaMin-(180 - thetaMin) deg in the CM frame). The selection is
 * infrared and collinear safe: a third photon that becomes soft or collinear with a beam leaves a
 * Born event that passes the same cuts. Not included: the O(alpha^2) multi-photon terms (no
 * exponentiation).
 */
public final class DiphotonNloGenerator implements EventGenerator {
    /** Photon-beam angle (deg, CM) below which no photon is generated, as {@link MuPairNloGenerator#THETA_BEAM_MIN_DEG}. */
    public static final double THETA_BEAM_MIN_DEG = MuPairNloGenerator.THETA_BEAM_MIN_DEG;

    private final DiphotonBornGenerator born;
    private final ThreePhotonGenerator hard;
    private final ThreePhotonRegion cuts;
    private final double k0;
    private final double electronMass;

    /**
     * @param beam the beams
     * @param k0 the slice: photon CM energy (GeV) above which the third photon is explicit
     * @param thetaMinDeg at least two photons at [thetaMin, 180 - thetaMin] deg (CM)
     * @param eStarMin ... with CM energies above this (GeV)
     */
    public DiphotonNloGenerator(Beam beam, double k0, double thetaMinDeg, double eStarMin) {
        if (!(k0 > 0) || !(3 * k0 < beam.sqrtS())) {
            throw new IllegalArgumentException("need 0 < k0 < sqrt(s)/3, got " + k0);
        }
        this.born = new DiphotonBornGenerator(beam, thetaMinDeg, eStarMin);
        this.hard = new ThreePhotonGenerator(beam, new ThreePhotonRegion(k0, THETA_BEAM_MIN_DEG));
        this.cuts = new ThreePhotonRegion(eStarMin, thetaMinDeg);
        this.k0 = k0;
        this.electronMass = ParticleTable.standard().byId(11).mass();
    }

    /** The soft + virtual factor 1 + delta at s. */
    public double softVirtualFactor(double s) {
        return 1 + SoftVirtualCorrection.diphotonLogarithmic(s, k0, electronMass);
    }

    @Override
    public double generate(RandomStream beamRng, RandomStream rng, EventBuffer out) {
        double w;
        if (SlicedNlo.soft(rng)) {
            w = born.generate(beamRng, rng, out) * softVirtualFactor(SlicedNlo.beamS(out)) / SlicedNlo.SOFT_FRACTION;
        } else {
            w = hard.generate(beamRng, rng, out) / (1 - SlicedNlo.SOFT_FRACTION);
            if (w != 0 && cuts.insideCount(out) < 2) {
                w = 0;
            }
        }
        out.setWeight(w);
        return w;
    }
}
