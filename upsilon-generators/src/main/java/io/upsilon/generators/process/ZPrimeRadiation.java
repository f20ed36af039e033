package io.upsilon.generators.process;

import io.upsilon.generators.amplitude.EeFfVectorAmplitude;
import io.upsilon.generators.amplitude.RadiatedBosonAmplitude;

/**
 * The L_mu - L_tau Z' ({@link LMuLTauZPrime}) as the radiated boson of e+e- -&gt; mu+ mu- Z': vector
 * coupling g' to the muon line ({@link EeFfVectorAmplitude}, FSR diagrams only, since the Z' does not
 * couple to electrons), decays by branching fraction or one channel forced.
 *
 * @param model the Z' (mass, g', invisible scenario)
 * @param mode which decays are generated
 */
public record ZPrimeRadiation(LMuLTauZPrime model, ZPrimeDecayMode mode) implements RadiatedBoson {
    /** Validates: a forced visible channel needs scenario 0 and an open channel. */
    public ZPrimeRadiation {
        if (model == null || mode == null) {
            throw new IllegalArgumentException("model and mode must not be null");
        }
        if (mode != ZPrimeDecayMode.ALL && !(channelFraction(model, mode) > 0)) {
            throw new IllegalArgumentException("Z' -> " + mode.text() + " is closed at M = " + model.mass()
                    + " GeV in scenario " + model.scenario());
        }
    }

    private static double channelFraction(LMuLTauZPrime model, ZPrimeDecayMode mode) {
        LMuLTauZPrime.Channel ch =
                mode == ZPrimeDecayMode.MUMU ? LMuLTauZPrime.Channel.MU_MU : LMuLTauZPrime.Channel.TAU_TAU;
        return model.branchingFractions()[ch.ordinal()];
    }

    @Override
    public double mass() {
        return model.mass();
    }

    @Override
    public int pdgId() {
        return LMuLTauZPrime.PDG_ID;
    }

    @Override
    public double couplingSquared() {
        return model.gprime() * model.gprime();
    }

    @Override
    public RadiatedBosonAmplitude newAmplitude(double muonMass) {
        return new EeFfVectorAmplitude(muonMass, model.mass(), 0, 1);
    }

    @Override
    public double decayWeight() {
        return mode == ZPrimeDecayMode.ALL ? 1 : channelFraction(model, mode);
    }

    @Override
    public int pickDaughter(double u) {
        LMuLTauZPrime.Channel ch = switch (mode) {
            case ALL -> model.pick(u);
            case MUMU -> LMuLTauZPrime.Channel.MU_MU;
            case TAUTAU -> LMuLTauZPrime.Channel.TAU_TAU;
        };
        return switch (ch) {
            case NU_MU -> 14;
            case NU_TAU -> 16;
            case MU_MU -> 13;
            case TAU_TAU -> 15;
            case DARK -> 0; // dark fermions: the Z' stays an invisible final-state particle
        };
    }
}
