package io.upsilon.analysis.variables;

import io.upsilon.core.kinematics.LorentzVector;

/**
 * Variables of B decays with neutrinos in the final state, where the signal B cannot be
 * reconstructed: {@code q2rec}, the mass squared of the invisible system recoiling against the
 * candidate under the assumption that the signal B is at rest in the CM frame.
 */
final class MissingEnergyVariables {
    private MissingEnergyVariables() {}

    /** Adds the variables to {@code b}. */
    static VariableRegistry.Builder addTo(VariableRegistry.Builder b) {
        return b.add(
                "q2rec",
                "mass squared recoiling against the candidate if its B were at rest in the CM frame, s/4 + M^2 - sqrt(s) E* (nominal beam); the q^2_rec of B -> K nu nubar (Belle II, PRD 109, 112006 (2024), Sec. III)",
                "GeV^2",
                MissingEnergyVariables::q2rec);
    }

    /**
     * s/4 + M² − √s E*: with the B at rest in the CM frame (energy √s/2, momentum 0), (p_B − p)² =
     * s/4 − √s E* + M², where M is the candidate's mass (its mass hypothesis for a track).
     */
    static double q2rec(io.upsilon.analysis.particles.Particle candidate, EventContext context) {
        LorentzVector cms = context.beam().toCms(candidate.p4Lab());
        double sqrtS = context.beam().sqrtS();
        return 0.25 * sqrtS * sqrtS + cms.m2() - sqrtS * cms.e();
    }
}
