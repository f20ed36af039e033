package io.upsilon.generators.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.error.InputException;
import io.upsilon.core.event.GenEvent;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.kinematics.Vec3;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HepMC3ReaderTest {
    /** tau_pair.hepmc3: hand-written in the layout of HepMC3's WriterAscii (MEV MM, then GEV CM). */
    static String sample() throws IOException {
        try (InputStream in = HepMC3ReaderTest.class.getResourceAsStream("tau_pair.hepmc3")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<GenEvent> readAll(String text) {
        try (HepMC3Reader r = new HepMC3Reader(new StringReader(text), "tau_pair.hepmc3")) {
            List<GenEvent> out = new ArrayList<>();
            for (GenEvent e = r.next(); e != null; e = r.next()) {
                out.add(e);
            }
            return out;
        }
    }

    @Test
    void readsEventsConvertingUnitsAndSkippingAttributes() throws IOException {
        List<GenEvent> events = readAll(sample());
        assertThat(events).hasSize(2);
        GenEvent e = events.get(0);
        assertThat(e.number()).isEqualTo(7);
        assertThat(e.weight()).isCloseTo(0.9187, within(1e-15)); // the first of two weights
        assertThat(e.particles()).extracting(GenParticle::pdgId).containsExactly(11, -11, 15, -15, -211, 16, 211, -16);
        assertThat(e.particles()).extracting(GenParticle::status).containsExactly(4, 4, 2, 2, 1, 1, 1, 1);
        // MEV -> GeV.
        assertThat(e.particle(0).momentum().pz()).isCloseTo(6.9, within(1e-15));
        assertThat(e.particle(2).momentum().e()).isCloseTo(5.3, within(1e-15));
        // MM -> cm; c*t in mm -> ns: 0.5 mm / (29.9792458 cm/ns) = 1.6678e-3 ns.
        GenParticle pim = e.particle(4);
        assertThat(pim.vertex().x()).isCloseTo(0.0123, within(1e-15));
        assertThat(pim.vertex().z()).isCloseTo(0.0567, within(1e-15));
        assertThat(pim.time()).isCloseTo(0.05 / 29.9792458, within(1e-18));
        assertThat(e.particle(2).vertex()).isEqualTo(new Vec3(1e-3, -2e-4, 0.03));
        // Topology: taus from the beams, pi- nu from the tau-, pi+ nubar from the tau+ (implicit vertex).
        assertThat(e.particle(2).mother1()).isEqualTo(0);
        assertThat(e.particle(2).mother2()).isEqualTo(1);
        assertThat(e.particle(4).mother1()).isEqualTo(2);
        assertThat(e.particle(4).mother2()).isEqualTo(2);
        assertThat(e.particle(7).mother1()).isEqualTo(3);
        assertThat(e.particle(7).vertex()).isEqualTo(Vec3.ZERO);
        assertThat(e.daughters(2)).extracting(GenParticle::pdgId).containsExactly(-211, 16);
        assertThat(e.daughters(3)).extracting(GenParticle::pdgId).containsExactly(211, -16);
        assertThat(e.daughters(0)).extracting(GenParticle::pdgId).containsExactly(15, -15);

        // Second event: GEV CM, an unknown record type, a vertex line after its first daughter.
        GenEvent g = events.get(1);
        assertThat(g.number()).isEqualTo(8);
        assertThat(g.particle(3).momentum().py()).isEqualTo(-3.0);
        assertThat(g.particle(2).mother1()).isEqualTo(0);
        assertThat(g.particle(3).mother2()).isEqualTo(1);
    }

    @Test
    void keepsRunAttributes() throws IOException {
        try (HepMC3Reader r = new HepMC3Reader(new StringReader(sample()), "x")) {
            assertThat(r.runAttributes()).containsEntry("generator_note", "hand\nwritten");
        }
    }

    private static void assertError(String text, String message) {
        assertThatThrownBy(() -> readAll(text))
                .isInstanceOf(InputException.class)
                .hasMessage(message);
    }

    @Test
    void malformedFilesNameTheLineAndTheProblem() throws IOException {
        String s = sample();
        String[] lines = s.split("\n");
        // Truncated: no end-of-listing line.
        assertError(
                String.join("\n", java.util.Arrays.copyOf(lines, 20)) + "\n",
                "tau_pair.hepmc3: line 20: file ends inside event 7 (missing HepMC::Asciiv3-END_EVENT_LISTING)");
        // Wrong particle count on the E line (line 6).
        assertError(
                s.replace("E 7 3 8 @", "E 7 3 9 @"), "tau_pair.hepmc3: line 6: event 7 declares 9 particles, found 8");
        assertError(
                s.replace("E 7 3 8 @", "E 7 4 8 @"), "tau_pair.hepmc3: line 6: event 7: declares 4 vertices, found 3");
        assertError(
                s.replace("U MEV MM", "U TEV MM"),
                "tau_pair.hepmc3: line 7: momentum unit must be GEV or MEV, found 'TEV'");
        assertError(
                s.replace("P 5 -2 -211 1.0000000000000000e+03", "P 5 -2 -211 1.0x"),
                "tau_pair.hepmc3: line 18: field 5 (px): expected a number, found '1.0x'");
        assertError(
                s.replace("P 5 -2 -211", "P 5 -9 -211"),
                "tau_pair.hepmc3: line 6: event 7: particle 5 comes from vertex -9, which is not in the event");
        assertError(
                s.replace("P 6 -2 16", "P 9 -2 16"),
                "tau_pair.hepmc3: line 19: particle ids must run 1, 2, ... in order: expected 6, found 9");
        assertError(
                "HepMC::Version 2.06.09\nHepMC::IO_GenEvent-START_EVENT_LISTING\n",
                "tau_pair.hepmc3: line 2: HepMC2 format (HepMC::IO_GenEvent) is not supported: expected"
                        + " HepMC::Asciiv3-START_EVENT_LISTING");
        assertError(
                "",
                "tau_pair.hepmc3: line 0: not a HepMC3 ASCII file: expected HepMC::Asciiv3-START_EVENT_LISTING,"
                        + " found the end of the file");
    }
}
