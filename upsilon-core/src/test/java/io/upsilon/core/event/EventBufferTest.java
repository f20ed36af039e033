package io.upsilon.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.kinematics.Vec3;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventBufferTest {
    @Test
    void buildsAnImmutableEventWithLinks() {
        EventBuffer b = new EventBuffer(1);
        int e = b.add(11, GenParticle.BEAM, 0, 0, 7, 7);
        int p = b.add(-11, GenParticle.BEAM, 0, 0, -4, 4);
        int tau = b.add(15, GenParticle.DECAYED, 1, 0, 0, 2);
        int nu = b.add(16, GenParticle.FINAL, 0.5, 0, 0, 0.5);
        int pi = b.add(-211, GenParticle.FINAL, 0.5, 0, 0, 1.5);
        b.setMothers(tau, e, p);
        b.setDaughters(tau, nu, pi);
        b.setMothers(nu, tau, tau);
        b.setVertex(pi, 0.01, 0, 0.02, 0.001);
        b.setWeight(0.5);
        GenEvent ev = b.toEvent(12);
        assertThat(ev.size()).isEqualTo(5);
        assertThat(ev.weight()).isEqualTo(0.5);
        assertThat(ev.daughters(tau)).extracting(GenParticle::pdgId).containsExactly(16, -211);
        assertThat(ev.finalState()).hasSize(2);
        assertThat(ev.particle(pi).vertex()).isEqualTo(new Vec3(0.01, 0, 0.02));
        assertThat(ev.particle(tau).momentum()).isEqualTo(new LorentzVector(1, 0, 0, 2));
        assertThat(ev.particle(tau).daughterCount()).isEqualTo(2);
        b.clear();
        assertThat(b.size()).isZero();
        assertThat(b.weight()).isEqualTo(1.0);
    }

    @Test
    void rejectsLinksOutsideTheEvent() {
        GenParticle bad = new GenParticle(13, 1, LorentzVector.ZERO, Vec3.ZERO, 0, 5, 5, -1, -1);
        assertThatThrownBy(() -> new GenEvent(0, 1, List.of(bad)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mother1 index 5");
    }
}
