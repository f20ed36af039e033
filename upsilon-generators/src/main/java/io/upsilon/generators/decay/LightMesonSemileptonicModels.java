package io.upsilon.generators.decay;

import io.upsilon.core.pdg.ParticleData;
import java.util.Arrays;
import java.util.List;

/**
 * The exclusive b -&gt; u l nu models of the DEC table: {@code BCL} for B -&gt; pi l nu (arguments
 * {@code b+_0 b+_1 b+_2 b+_3 b0_0 b0_1 b0_2 b0_3}, as basf2's EvtGen model {@code BCL}; {@link
 * BclFormFactors}, amplitude {@link SemileptonicScalarModel}) and {@code BTOVLNU_BSZ} for B -&gt;
 * rho l nu and B -&gt; omega l nu (arguments: the three BSZ coefficients of V, then of A0, A1, A12;
 * {@link BszVectorFormFactors}, amplitude {@link SemileptonicVectorModel} with the full angular
 * distribution of the vector's decay when it goes through {@code VSS}). The lepton mass is kept.
 */
final class LightMesonSemileptonicModels {
    private LightMesonSemileptonicModels() {}

    /** {@code BCL}: a pseudoscalar meson, 8 arguments. */
    static DecModel bcl(ParticleData parent, List<ParticleData> daughters, double[] args) {
        DecModelSupport.requireSemileptonic("BCL", parent, daughters, args, 8);
        DecModelSupport.requireSpin("BCL", "daughter 1 (the pseudoscalar meson)", daughters.get(0), 0);
        if (args.length != 8) {
            throw new IllegalArgumentException(
                    "BCL expects 8 arguments (b+_0 b+_1 b+_2 b+_3 b0_0 b0_1 b0_2 b0_3), got " + args.length);
        }
        return new SemileptonicScalarModel(
                new BclFormFactors(Arrays.copyOfRange(args, 0, 4), Arrays.copyOfRange(args, 4, 8)));
    }

    /** {@code BTOVLNU_BSZ}: a vector meson, 12 arguments. */
    static DecModel bsz(ParticleData parent, List<ParticleData> daughters, double[] args) {
        DecModelSupport.requireSemileptonic("BTOVLNU_BSZ", parent, daughters, args, 12);
        DecModelSupport.requireSpin("BTOVLNU_BSZ", "daughter 1 (the vector meson)", daughters.get(0), 2);
        if (args.length != 12) {
            throw new IllegalArgumentException(
                    "BTOVLNU_BSZ expects 12 arguments (a_0 a_1 a_2 of V, A0, A1, A12), got " + args.length);
        }
        return new SemileptonicVectorModel(
                "BTOVLNU_BSZ",
                new BszVectorFormFactors(
                        Arrays.copyOfRange(args, 0, 3),
                        Arrays.copyOfRange(args, 3, 6),
                        Arrays.copyOfRange(args, 6, 9),
                        Arrays.copyOfRange(args, 9, 12)));
    }
}
