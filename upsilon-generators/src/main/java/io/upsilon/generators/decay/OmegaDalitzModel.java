package io.upsilon.generators.decay;

import io.upsilon.core.pdg.ParticleData;
import java.util.List;

/**
 * EvtGen's {@code OMEGA_DALITZ}: omega -&gt; pi+ pi- pi0 (behaviour of EvtGen's {@code
 * src/EvtGenModels/EvtOmegaDalitz.cpp}) with the P-wave matrix element of a vector decaying to
 * three pseudoscalars, A proportional to epsilon . (p+ x p-) (Gell-Mann, Sharp and Wagner, Phys.
 * Rev. Lett. 8 (1962) 261), so that summed over the omega's polarisations |A|^2 = |p+ x p-|^2 in
 * the omega rest frame. The omega's own polarisation (an alignment passed by {@code SVS}) is not
 * used: the orientation of the decay plane is isotropic. Daughters: pi+ pi- pi0 in any order.
 */
final class OmegaDalitzModel extends ThreeBodyDalitzModel {
    private final ThreePionIndices idx;

    OmegaDalitzModel(ParticleData parent, List<ParticleData> daughters, double[] args) {
        DecModelSupport.requireShape("OMEGA_DALITZ", daughters, 3, args, 0);
        DecModelSupport.requireSpin("OMEGA_DALITZ", "a parent", parent, 2);
        this.idx = ThreePionIndices.of("OMEGA_DALITZ", daughters);
    }

    private OmegaDalitzModel(ThreePionIndices idx) {
        this.idx = idx;
    }

    @Override
    public DecModel newInstance() {
        return new OmegaDalitzModel(idx);
    }

    @Override
    double matrixElementSquared(double mParent, double[] m, double s12, double s13, double s23) {
        int i = idx.plus();
        int j = idx.minus();
        double ei = EtaDalitzModel.kinetic(mParent, m, i, s12, s13, s23) + m[i];
        double ej = EtaDalitzModel.kinetic(mParent, m, j, s12, s13, s23) + m[j];
        double pi2 = ei * ei - m[i] * m[i];
        double pj2 = ej * ej - m[j] * m[j];
        // Three-vector product from the invariant: p_i . p_j (4-vector) = (s_ij - m_i^2 - m_j^2) / 2.
        double dot3 = ei * ej - (ThreePionIndices.pairMass2(i, j, s12, s13, s23) - m[i] * m[i] - m[j] * m[j]) / 2;
        return Math.max(0, pi2 * pj2 - dot3 * dot3);
    }
}
