package io.upsilon.generators.decay;

import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.pdg.ParticleTable;
import java.util.List;

/**
 * EvtGen's {@code HQET2}: B -&gt; D l nu and B -&gt; D* l nu with the Caprini-Lellouch-Neubert form
 * factors ({@link ClnFormFactors}), argument orders as in EvtGen's {@code
 * src/EvtGenModels/EvtHQET2.cpp}: for a vector meson {@code rho^2 h_A1(1) R1(1) R2(1) [R0(1)]}
 * ({@link SemileptonicVectorModel}), for a pseudoscalar {@code rho^2 V1(1) [Delta]} ({@link
 * SemileptonicScalarModel}).
 * Daughters in EvtGen's order: the meson, the charged lepton, the neutrino. The lepton mass is kept
 * (tau nu modes): the timelike form factors f0 (through Delta, default 1 as in Tanaka and Watanabe,
 * Phys. Rev. D 82 (2010) 034027) and A0 (through R0(1), default 1.14 from Fajfer, Kamenik and
 * Nisandzic, Phys. Rev. D 85 (2012) 094025) enter |A|^2; for e and mu they are negligible. (EvtGen
 * sets them to f0 = f+ and A0 = 0 when the optional argument is missing: a different default, which
 * only matters for tau nu.) This class reads the arguments; the amplitudes are {@link
 * SemileptonicVectorModel} and {@link SemileptonicScalarModel}, shared with {@code BGL}.
 */
final class Hqet2Model {
    private Hqet2Model() {}

    /** Builds the model for the decay line: the vector or the scalar form by the meson's spin. */
    static DecModel create(ParticleData parent, List<ParticleData> daughters, double[] args, ParticleTable table) {
        DecModelSupport.requireSemileptonic("HQET2", parent, daughters, args, 5);
        ParticleData meson = daughters.get(0);
        if (meson.twoJ() == 2) {
            if (args.length < 4) {
                throw new IllegalArgumentException("HQET2 for a vector meson expects 4 or 5 arguments "
                        + "(rho^2 h_A1(1) R1(1) R2(1) [R0(1)]), got " + args.length);
            }
            double r0 = args.length == 5 ? args[4] : ClnFormFactors.DEFAULT_R0;
            return new SemileptonicVectorModel("HQET2", ClnFormFactors.vector(args[0], args[1], args[2], args[3], r0));
        }
        DecModelSupport.requireSpin("HQET2", "daughter 1 (the D or D*)", meson, 0);
        if (args.length < 2 || args.length > 3) {
            throw new IllegalArgumentException(
                    "HQET2 for a pseudoscalar meson expects 2 or 3 arguments (rho^2 V1(1) [Delta]), got "
                            + args.length);
        }
        double delta = args.length == 3 ? args[2] : ClnFormFactors.DEFAULT_DELTA;
        return new SemileptonicScalarModel(ClnFormFactors.scalar(args[0], args[1], delta));
    }
}
