package io.upsilon.generators.decay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenEvent;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.generators.process.Upsilon4SGenerator;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/**
 * The signal overlays in full e+e- -&gt; Upsilon(4S) -&gt; B+ B- events (both B's sent to the signal
 * alias by one-body lines, as a stand-in for the signal mechanism, which picks one): the scalar
 * flies from the B decay vertex along its momentum in the boosted lab frame, and the X_s gamma
 * events conserve four-momentum with the string's hadrons decayed by the generic tables.
 */
class BSignalFromUpsilon4STest {
    private static DecFile bothBsSignal(String overlay) {
        String text = BToKScalarModelTest.overlay(overlay)
                .replace(
                        "\nEnd\n", "\nDecay B+\n1.0 B+sig PHSP;\nEnddecay\nDecay B-\n1.0 B-sig PHSP;\nEnddecay\nEnd\n");
        return DecFileParser.parse(
                new StringReader(text),
                overlay + ".dec",
                HadronDecayTables.bundled().orElseThrow());
    }

    @Test
    void scalarFliesFromTheBVertexInLabEvents() {
        Upsilon4SGenerator gen = new Upsilon4SGenerator(
                Beam.preset("Y4S"),
                Upsilon4SGenerator.Pairs.CHARGED,
                false,
                bothBsSignal("b-kscalar"),
                null,
                true); // weighted: every call a B pair
        RandomStreams rs = RandomStreams.of(61);
        RandomStream beamRng = rs.stream("beam");
        RandomStream rng = rs.stream("gen");
        EventBuffer ev = new EventBuffer(128);
        int scalars = 0;
        double sumFlightOverExpected = 0;
        for (int k = 0; k < 2_000; k++) {
            gen.generate(beamRng, rng, ev);
            GenEvent record = ev.toEvent(k);
            for (int s = 0; s < ev.size(); s++) {
                if (ev.pdgId(s) != 54) {
                    continue;
                }
                scalars++;
                assertThat(ev.status(s)).isEqualTo(GenParticle.DECAYED);
                int mu = record.particle(s).firstDaughter();
                assertThat(Math.abs(ev.pdgId(mu))).isEqualTo(13);
                double dx = ev.vertexX(mu) - ev.vertexX(s);
                double dy = ev.vertexY(mu) - ev.vertexY(s);
                double dz = ev.vertexZ(mu) - ev.vertexZ(s);
                double flight = Math.sqrt(dx * dx + dy * dy + dz * dz);
                var p = ev.momentum(s);
                assertThat(p.m()).isCloseTo(1.5, within(1e-9));
                assertThat(dx * p.px() + dy * p.py() + dz * p.pz())
                        .isCloseTo(flight * p.p(), within(1e-6 * flight * p.p()));
                // Flight over its mean (p / m) c tau is exponential with mean 1.
                sumFlightOverExpected += flight / (p.p() / p.m() * 10.0);
            }
        }
        assertThat(scalars).isEqualTo(4_000); // both B's of every event
        assertThat(sumFlightOverExpected / scalars).isCloseTo(1.0, within(4 / Math.sqrt(scalars)));
    }

    @Test
    void xsGammaEventsConserveFourMomentum() {
        Upsilon4SGenerator gen = new Upsilon4SGenerator(
                Beam.preset("Y4S"),
                Upsilon4SGenerator.Pairs.CHARGED,
                false,
                bothBsSignal("b-xsgamma"),
                null,
                true); // weighted: every call a B pair
        RandomStreams rs = RandomStreams.of(62);
        RandomStream beamRng = rs.stream("beam");
        RandomStream rng = rs.stream("gen");
        EventBuffer ev = new EventBuffer(256);
        for (int k = 0; k < 1_000; k++) {
            gen.generate(beamRng, rng, ev);
            double e = 0;
            double pz = 0;
            int upsilon = -1;
            for (int i = 0; i < ev.size(); i++) {
                if (ev.pdgId(i) == 300553) {
                    upsilon = i;
                }
                if (ev.status(i) == GenParticle.FINAL) {
                    e += ev.e(i);
                    pz += ev.pz(i);
                }
            }
            assertThat(upsilon).isNotNegative();
            assertThat(e).isCloseTo(ev.e(upsilon), within(1e-6));
            assertThat(pz).isCloseTo(ev.pz(upsilon), within(1e-6));
        }
    }
}
