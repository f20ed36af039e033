package io.upsilon.searches.bknunu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.upsilon.core.beam.Beam;
import io.upsilon.core.config.ConfigNode;
import io.upsilon.core.error.InputException;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.kinematics.LorentzVector;
import org.junit.jupiter.api.Test;

class MissingEnergyFilterTest {
    private static final Beam BEAM = Beam.preset("Y4S");
    private static final MissingEnergyFilter FILTER =
            new MissingEnergyFilter(1.0, Math.toRadians(17), Math.toRadians(150), true);

    /** Adds a particle given in the CMS (so that the expected CMS energies are exact inputs). */
    private static void addCms(EventBuffer ev, int pdg, int status, double px, double py, double pz, double m) {
        LorentzVector lab = BEAM.toLab(LorentzVector.fromPxPyPzM(px, py, pz, m));
        ev.add(pdg, status, lab.px(), lab.py(), lab.pz(), lab.e());
    }

    @Test
    void sumsTheCmsEnergyOfInvisibleParticlesAndOfParticlesOutsideTheAcceptance() {
        EventBuffer ev = new EventBuffer(8);
        addCms(ev, 14, GenParticle.FINAL, 0.6, 0.0, 0.0, 0.0); // a neutrino: 0.6 GeV
        addCms(ev, 130, GenParticle.FINAL, 0.0, 0.3, 0.0, 0.497611); // a K_L: sqrt(0.09 + m^2)
        addCms(ev, 211, GenParticle.FINAL, 1.0, 0.0, 0.1, 0.13957); // a barrel pion: visible
        addCms(ev, 22, GenParticle.FINAL, 0.0, 0.0, -2.0, 0.0); // a photon down the backward beam pipe
        addCms(ev, 16, 2, 3.0, 0.0, 0.0, 0.0); // not final state: ignored
        double expected = 0.6 + Math.hypot(0.3, 0.497611) + 2.0;
        // Exact up to the two boosts' rounding.
        assertThat(FILTER.missingEnergy(ev, BEAM)).isCloseTo(expected, within(1e-9));
        assertThat(FILTER.accepts(ev, BEAM)).isTrue();
    }

    @Test
    void aFullyVisibleEventFailsUnlessTheFilterIsOnlyRecorded() {
        EventBuffer ev = new EventBuffer(4);
        addCms(ev, 211, GenParticle.FINAL, 1.0, 0.5, 0.2, 0.13957);
        addCms(ev, -211, GenParticle.FINAL, -1.0, -0.5, -0.2, 0.13957);
        addCms(ev, 14, GenParticle.FINAL, 0.0, 0.99, 0.0, 0.0); // 0.99 GeV: just below the threshold
        assertThat(FILTER.accepts(ev, BEAM)).isFalse();
        MissingEnergyFilter recordOnly = new MissingEnergyFilter(1.0, FILTER.thetaMin(), FILTER.thetaMax(), false);
        assertThat(recordOnly.accepts(ev, BEAM)).isTrue();
        assertThat(recordOnly.missingEnergy(ev, BEAM)).isCloseTo(0.99, within(1e-9));
    }

    @Test
    void readsItsBlockAndRejectsAnInvertedAcceptance() throws Exception {
        String ok = "generator_filter: {missing_energy_min: 1.5, theta_min_deg: 17, theta_max_deg: 150, apply: false}";
        MissingEnergyFilter f =
                MissingEnergyFilter.read(ConfigNode.root(new YAMLMapper().readTree(ok), "t.yaml", "test"));
        assertThat(f.eMin()).isEqualTo(1.5);
        assertThat(f.apply()).isFalse();
        assertThat(f.thetaMax()).isCloseTo(Math.toRadians(150), within(1e-12));
        String bad = "generator_filter: {missing_energy_min: 1.5, theta_min_deg: 150, theta_max_deg: 17}";
        assertThatThrownBy(() ->
                        MissingEnergyFilter.read(ConfigNode.root(new YAMLMapper().readTree(bad), "t.yaml", "test")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("theta_max_deg");
    }
}
