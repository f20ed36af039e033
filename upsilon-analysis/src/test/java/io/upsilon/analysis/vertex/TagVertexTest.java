package io.upsilon.analysis.vertex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.analysis.particles.Particle;
import io.upsilon.core.beam.Beam;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.kinematics.Vec3;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagVertexTest {
    private static final ParticleTable TABLE = ParticleTable.standard();

    @Test
    void kShortDaughtersAreLeftOutOfTheTagVertex() {
        RandomStream rng = RandomStreams.of(11).stream("tag");
        Vec3 tagVertex = new Vec3(0.001, 0.0005, 0.012);
        List<Particle> roe = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            roe.add(ToyTracks.pion(i, tagVertex, 1.0, ToyTracks.BELLE2, rng));
        }
        // K_S0 (1 GeV along (1, 1, 0.3)) decaying 5 cm from the axis into pi+ pi- (exact mass).
        double mKs = TABLE.byName("K_S0").mass();
        double mPi = TABLE.byName("pi+").mass();
        LorentzVector ks = LorentzVector.fromMomentumAndMass(new Vec3(1, 1, 0.3).unit(), mKs);
        Vec3 ksVertex = tagVertex.plus(ks.p3().unit().times(5.0 / ks.p3().unit().perp()));
        double q = Math.sqrt(mKs * mKs / 4 - mPi * mPi);
        Vec3 d = new Vec3(0.3, -0.5, 0.8).unit().times(q);
        roe.add(ToyTracks.pion(
                3,
                ksVertex,
                LorentzVector.fromMomentumAndMass(d, mPi)
                        .boost(ks.boostVector())
                        .p3(),
                ToyTracks.BELLE2,
                rng));
        roe.add(ToyTracks.pion(
                4,
                ksVertex,
                LorentzVector.fromMomentumAndMass(d.negate(), mPi)
                        .boost(ks.boostVector())
                        .p3(),
                ToyTracks.BELLE2,
                rng));
        List<Particle> usable = TagVertex.usableTracks(roe);
        assertThat(usable).containsExactlyElementsOf(roe.subList(0, 3));
        VertexFit fit = TagVertex.fit(
                roe, new VertexFitter(ToyTracks.BELLE2), BeamSpotConstraint.of(Beam.preset("Y4S"), 0.0025));
        assertThat(fit.nTracks()).isEqualTo(3);
        // Within 5 sigma of the true tag vertex in z (the K_S tracks would pull it by centimetres).
        assertThat(fit.position().z()).isCloseTo(tagVertex.z(), within(5 * fit.error(2)));
    }

    @Test
    void theBFlightAllowanceIsAbout25Micrometres() {
        // c tau (B0) = 455.7 um (PDG 2024 lifetime 1.517 ps), p* = 0.34 GeV, m = 5.2797 GeV.
        double f = BeamSpotConstraint.transverseFlight(0.04557, 5.2797, 0.34);
        assertThat(f).isCloseTo(0.04557 * 0.34 * Math.sqrt(2.0 / 3.0) / 5.2797, within(1e-15));
        assertThat(f * 1e4).isBetween(23.0, 25.0);
    }
}
