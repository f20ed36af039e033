package io.upsilon.analysis.variables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.analysis.TestEvents;
import io.upsilon.analysis.particles.Particle;
import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.RecoEvent;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.kinematics.Vec3;
import io.upsilon.core.pdg.ParticleTable;
import org.junit.jupiter.api.Test;

/**
 * q2rec on a kaon from a B at rest in the CM frame (energy sqrt(s)/2) decaying to K + X with X of
 * mass squared q^2: two-body kinematics fixes E*_K = (s/4 + M_K^2 - q^2)/sqrt(s), so q2rec must
 * return q^2 for any direction (exact up to the boost's rounding, tolerance 1e-9 GeV^2).
 */
class MissingEnergyVariablesTest {
    private static final ParticleTable TABLE = ParticleTable.standard();
    private static final Beam BEAM = Beam.preset("Y4S");
    private static final Variable Q2REC = StandardVariables.registry().resolve("q2rec");

    private static double q2rec(double q2, Vec3 direction) {
        double mK = TABLE.byName("K+").mass();
        double sqrtS = BEAM.sqrtS();
        double eK = (0.25 * sqrtS * sqrtS + mK * mK - q2) / sqrtS;
        double pK = Math.sqrt(eK * eK - mK * mK);
        LorentzVector lab =
                BEAM.toLab(LorentzVector.fromMomentumAndMass(direction.unit().times(pK), mK));
        RecoEvent e = TestEvents.builder().track(1, lab, -1).build();
        Particle k = Particle.fromTrack(e.tracks().get(0), TABLE.byName("K+"));
        return Q2REC.evaluate(k, new EventContext(e, BEAM, TABLE));
    }

    @Test
    void recoversTheInvisibleMassSquaredOfATwoBodyDecayAtRest() {
        for (double q2 : new double[] {0.0, 4.0, 12.5, 22.0}) {
            assertThat(q2rec(q2, new Vec3(0.3, -0.2, 0.9))).as("q2 = " + q2).isCloseTo(q2, within(1e-9));
            assertThat(q2rec(q2, new Vec3(-1, 0.1, -0.4))).as("q2 = " + q2).isCloseTo(q2, within(1e-9));
        }
    }

    @Test
    void aHarderKaonHasASmallerRecoilMass() {
        // E*_K above the two-body endpoint (q2 < 0) is what a kaon from a q qbar jet can give.
        assertThat(q2rec(-3.0, Vec3.Z)).isCloseTo(-3.0, within(1e-9));
    }
}
