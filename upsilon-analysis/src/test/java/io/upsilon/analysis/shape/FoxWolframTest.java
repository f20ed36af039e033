package io.upsilon.analysis.shape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.analysis.TestEvents;
import io.upsilon.analysis.particles.Particle;
import io.upsilon.analysis.particles.ParticleList;
import io.upsilon.core.event.RecoEvent;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.kinematics.Vec3;
import io.upsilon.core.pdg.ParticleTable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fox–Wolfram moments, hemispheres and the rest of event on analytic configurations. */
class FoxWolframTest {
    @Test
    void backToBackPairHasAllEvenRatiosOne() {
        // H_l = 2 p^2 (1 + P_l(-1)) / E^2: even l give 4p^2/E^2 = H_0, odd l give 0.
        Vec3 d = new Vec3(1, 2, 3).unit().times(5);
        FoxWolfram fw = FoxWolfram.of(List.of(d, d.negate()), 10.0, 4);
        assertThat(fw.h(0)).isCloseTo(1.0, within(1e-15));
        assertThat(fw.r(1)).isCloseTo(0.0, within(1e-15));
        assertThat(fw.r(2)).isCloseTo(1.0, within(1e-15));
        assertThat(fw.r(3)).isCloseTo(0.0, within(1e-15));
        assertThat(fw.r(4)).isCloseTo(1.0, within(1e-15));
    }

    @Test
    void mercedesHasRTwoOneQuarter() {
        // Three equal momenta at 120 deg: H_2 / H_0 = (3 + 6 P_2(-1/2)) / 9 = (3 - 0.75) / 9 = 1/4.
        List<Vec3> p = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            p.add(Vec3.fromPolar(2, Math.PI / 2, 2 * Math.PI * k / 3));
        }
        FoxWolfram fw = FoxWolfram.of(p, 3);
        assertThat(fw.h(0)).isCloseTo(1.0, within(1e-15));
        assertThat(fw.r(2)).isCloseTo(0.25, within(1e-15));
    }

    @Test
    void cubeCornersHaveNoQuadrupoleMoment() {
        // The eight cube corners are invariant under the cube group: l = 1, 2, 3 vanish (the first
        // non-zero moment is l = 4, since the cube is not a sphere).
        List<Vec3> p = new ArrayList<>();
        for (int sx = -1; sx <= 1; sx += 2) {
            for (int sy = -1; sy <= 1; sy += 2) {
                for (int sz = -1; sz <= 1; sz += 2) {
                    p.add(new Vec3(sx, sy, sz));
                }
            }
        }
        FoxWolfram fw = FoxWolfram.of(p, 4);
        assertThat(fw.r(1)).isCloseTo(0.0, within(1e-14));
        assertThat(fw.r(2)).isCloseTo(0.0, within(1e-14));
        assertThat(fw.r(3)).isCloseTo(0.0, within(1e-14));
        assertThat(fw.r(4)).isGreaterThan(0.1);
    }

    @Test
    void legendreMatchesClosedForms() {
        double[] pl = new double[5];
        double x = 0.37;
        FoxWolfram.legendre(x, pl);
        assertThat(pl[2]).isCloseTo((3 * x * x - 1) / 2, within(1e-15));
        assertThat(pl[3]).isCloseTo((5 * x * x * x - 3 * x) / 2, within(1e-15));
        assertThat(pl[4]).isCloseTo((35 * Math.pow(x, 4) - 30 * x * x + 3) / 8, within(1e-15));
    }

    @Test
    void hemispheresSplitBySignOfProjection() {
        List<Vec3> p = List.of(new Vec3(0, 0, 1), new Vec3(0.1, 0, -1), new Vec3(1, 0, 0.01));
        Hemispheres h = Hemispheres.of(p, Vec3.Z);
        assertThat(h.positive()).containsExactly(0, 2);
        assertThat(h.negative()).containsExactly(1);
    }

    @Test
    void restOfEventExcludesTheCandidatesTracks() {
        ParticleTable table = ParticleTable.standard();
        LorentzVector a = new LorentzVector(0, 0, 1, 1.1);
        LorentzVector b = new LorentzVector(0, 1, 0, 1.2);
        LorentzVector g = new LorentzVector(1, 0, 0, 1);
        RecoEvent e = TestEvents.builder()
                .track(1, a, -1)
                .track(-1, b, -1)
                .photon(g, -1)
                .build();
        Particle mu = ParticleList.fromTracks("mu+", e, table, p -> p.charge() > 0)
                .particles()
                .get(0);
        RestOfEvent roe = RestOfEvent.of(mu, e, table);
        assertThat(roe.tracks()).hasSize(1);
        assertThat(roe.tracks().get(0).track().index()).isEqualTo(1);
        assertThat(roe.photons()).hasSize(1);
        double mPi = table.byName("pi+").mass();
        assertThat(roe.p4Lab().e()).isCloseTo(Math.sqrt(1 + mPi * mPi) + 1.0, within(1e-12));
        assertThat(RestOfEvent.wholeEvent(e, table).particles()).hasSize(3);
    }
}
