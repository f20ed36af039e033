package io.upsilon.generators.process;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;
import io.upsilon.generators.radiation.SoftVirtualCorrection;
import io.upsilon.generators.radiation.VacuumPolarization;

/**
 * e+e- -&gt; mu+ mu- (gamma) at O(alpha) by phase-space slicing at the photon energy k0 ({@link
 * SlicedNlo}): below k0 the massive Born (dressed with the vacuum polarisation at s, as {@code
 * ee-mumu}) times 1 + delta_ISR + delta_FSR ({@link SoftVirtualCorrection#fermionPair} for the
 * electrons and for the muons); above k0 one photon from the exact e+e- -&gt; mu+ mu- gamma matrix
 * element ({@link RadiativePairGenerator}: initial- and final-state emission and their
 * interference, masses kept, vacuum polarisation at each s-channel virtuality) at every angle (down
 * to {@link #THETA_BEAM_MIN_DEG} from the beams and 0 from the muons: the masses regulate the
 * collinear peaks). Not included: the soft + virtual part of the initial-final interference
 * (charge-odd: zero in charge-symmetric totals, but the forward-backward asymmetry then depends on
 * k0), Z exchange, and the O(alpha^2) multi-photon terms (the structure function of {@code ee-mumu}
 * has them at leading log; an NLO total is not exponentiated).
 */
public final class MuPairNloGenerator implements EventGenerator {
    /**
     * Photon-beam angle (deg, CM) below which no hard photon is generated: 1e-4 deg = 1.7e-6 rad, far
     * inside the electron-mass cone m_e / E_beam = 1e-4 rad, so the cut removes a negligible part
     * (~(theta m_e/E)^2) of the collinear emission.
     */
    public static final double THETA_BEAM_MIN_DEG = 1e-4;

    private final FermionPairBorn born;
    private final RadiativePairGenerator hard;
    private final VacuumPolarization vp; // null: bare propagators
    private final double k0;
    private final double electronMass;
    private final double muonMass;

    /**
     * @param beam the beams
     * @param k0 the slice: photon CM energy (GeV) above which the photon is explicit
     * @param vacuumPolarization whether the photon propagators are dressed (the process default)
     */
    public MuPairNloGenerator(Beam beam, double k0, boolean vacuumPolarization) {
        ParticleTable table = ParticleTable.standard();
        ParticleData mu = table.byId(13);
        if (!(k0 > 0) || !(2 * k0 < beam.sqrtS())) {
            throw new IllegalArgumentException("need 0 < k0 < sqrt(s)/2, got " + k0);
        }
        this.born = new FermionPairBorn(beam, 13, mu.mass(), 1, mu.charge());
        this.hard = new RadiativePairGenerator(
                beam, 13, new RadiativePairRegion(k0, THETA_BEAM_MIN_DEG, 0), vacuumPolarization);
        this.vp = vacuumPolarization ? VacuumPolarization.standard() : null;
        this.k0 = k0;
        this.electronMass = table.byId(11).mass();
        this.muonMass = mu.mass();
    }

    /** The soft + virtual factor 1 + delta_ISR + delta_FSR (times the vacuum polarisation) at s. */
    public double softVirtualFactor(double s) {
        double delta = SoftVirtualCorrection.fermionPair(s, k0, electronMass)
                + SoftVirtualCorrection.fermionPair(s, k0, muonMass);
        return (vp == null ? 1 : vp.factor(s)) * (1 + delta);
    }

    @Override
    public double generate(RandomStream beamRng, RandomStream rng, EventBuffer out) {
        double w;
        if (SlicedNlo.soft(rng)) {
            w = born.generate(beamRng, rng, out) * softVirtualFactor(SlicedNlo.beamS(out)) / SlicedNlo.SOFT_FRACTION;
        } else {
            w = hard.generate(beamRng, rng, out) / (1 - SlicedNlo.SOFT_FRACTION);
        }
        out.setWeight(w);
        return w;
    }
}
