package io.upsilon.generators.decay;

import io.upsilon.core.pdg.ParticleData;
import java.util.Arrays;
import java.util.List;

/**
 * {@code BGL}: B -&gt; D* l nu and B -&gt; D l nu with the Boyd-Grinstein-Lebed form factors, argument
 * orders as in basf2's EvtGen model {@code BGL} ({@code generators/evtgen/models/src/EvtBGL.cc}):
 * for a vector meson {@code a_0 a_1 b_0 b_1 c_1 c_2 [R0(1)]} (the coefficients of g, f and F1,
 * {@link BglVectorFormFactors}; the optional R0(1) sets the CLN-ratio A0 used for tau nu, default
 * {@link ClnFormFactors#DEFAULT_R0}), for a pseudoscalar {@code a+_0 a+_1 a+_2 a+_3 a0_0 a0_1
 * a0_2 a0_3} ({@link BglScalarFormFactors}). The coefficients may carry any common factor (e.g.
 * eta_EW |V_cb|, as published): only the shape matters for generation. The amplitudes are those of
 * {@code HQET2}: {@link SemileptonicVectorModel} (full D* angular distribution) and {@link
 * SemileptonicScalarModel}.
 */
final class BglModel {
    private BglModel() {}

    /** Builds the model for the decay line. */
    static DecModel create(ParticleData parent, List<ParticleData> daughters, double[] args) {
        DecModelSupport.requireSemileptonic("BGL", parent, daughters, args, 8);
        return daughters.get(0).twoJ() == 2
                ? new SemileptonicVectorModel("BGL", vector(args))
                : scalar(daughters, args);
    }

    /** The D* form factors of the arguments {@code a_0 a_1 b_0 b_1 c_1 c_2 [R0(1)]}. */
    static BglVectorFormFactors vector(double[] args) {
        if (args.length < 6 || args.length > 7) {
            throw new IllegalArgumentException("BGL for a vector meson expects 6 or 7 arguments "
                    + "(a_0 a_1 b_0 b_1 c_1 c_2 [R0(1)]), got " + args.length);
        }
        double r0 = args.length == 7 ? args[6] : ClnFormFactors.DEFAULT_R0;
        return new BglVectorFormFactors(
                Arrays.copyOfRange(args, 0, 2), Arrays.copyOfRange(args, 2, 4), Arrays.copyOfRange(args, 4, 6), r0);
    }

    private static DecModel scalar(List<ParticleData> daughters, double[] args) {
        DecModelSupport.requireSpin("BGL", "daughter 1 (the D or D*)", daughters.get(0), 0);
        if (args.length != 8) {
            throw new IllegalArgumentException("BGL for a pseudoscalar meson expects 8 arguments "
                    + "(a+_0 a+_1 a+_2 a+_3 a0_0 a0_1 a0_2 a0_3), got " + args.length);
        }
        return new SemileptonicScalarModel(
                new BglScalarFormFactors(Arrays.copyOfRange(args, 0, 4), Arrays.copyOfRange(args, 4, 8)));
    }
}
