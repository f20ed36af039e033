package io.upsilon.generators.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.error.InputException;
import io.upsilon.core.event.GenEvent;
import io.upsilon.core.event.GenParticle;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LheReaderTest {
    /** ee_mumu.lhe: a hand-written file in MadGraph5_aMC@NLO's layout, 3 events (see the file). */
    static String sample() throws IOException {
        try (InputStream in = LheReaderTest.class.getResourceAsStream("ee_mumu.lhe")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<GenEvent> readAll(String text) {
        try (LheReader r = new LheReader(new StringReader(text), "ee_mumu.lhe")) {
            List<GenEvent> out = new ArrayList<>();
            for (GenEvent e = r.next(); e != null; e = r.next()) {
                out.add(e);
            }
            return out;
        }
    }

    @Test
    void readsTheInitBlock() throws IOException {
        try (LheReader r = new LheReader(new StringReader(sample()), "ee_mumu.lhe")) {
            LheInit init = r.init();
            assertThat(init.beamId1()).isEqualTo(-11);
            assertThat(init.beamId2()).isEqualTo(11);
            assertThat(init.beamEnergy1()).isEqualTo(5.29);
            assertThat(init.beamEnergy2()).isEqualTo(5.29);
            assertThat(init.symmetricBeams()).isTrue();
            assertThat(init.sqrtS()).isEqualTo(10.58);
            assertThat(init.weightingStrategy()).isEqualTo(3);
            assertThat(init.processes()).containsExactly(new LheProcess(776.0, 1.2, 776.0, 1));
        }
    }

    @Test
    void readsEventsWithIdsStatusMothersMomentaAndWeights() throws IOException {
        List<GenEvent> events = readAll(sample());
        assertThat(events).hasSize(3);
        assertThat(events).extracting(GenEvent::number).containsExactly(0L, 1L, 2L);
        // XWGTUP = 776 pb -> 0.776 nb.
        assertThat(events).allSatisfy(e -> assertThat(e.weight()).isCloseTo(0.776, within(1e-15)));

        GenEvent e = events.get(0);
        assertThat(e.particles()).extracting(GenParticle::pdgId).containsExactly(-11, 11, 13, -13);
        assertThat(e.particles())
                .extracting(GenParticle::status)
                .containsExactly(GenParticle.BEAM, GenParticle.BEAM, GenParticle.FINAL, GenParticle.FINAL);
        GenParticle muMinus = e.particle(2);
        assertThat(muMinus.mother1()).isEqualTo(0);
        assertThat(muMinus.mother2()).isEqualTo(1);
        assertThat(muMinus.momentum().px()).isEqualTo(4.3757855107);
        assertThat(muMinus.momentum().py()).isEqualTo(1.3535890790);
        assertThat(muMinus.momentum().pz()).isEqualTo(2.6444723627);
        assertThat(muMinus.momentum().e()).isEqualTo(5.29);
        assertThat(e.particle(0).mother1()).isEqualTo(-1);
        assertThat(e.particle(0).mother2()).isEqualTo(-1);
        // Daughters reconstructed from the mother pointers (contiguous here).
        assertThat(e.particle(0).firstDaughter()).isEqualTo(2);
        assertThat(e.particle(0).lastDaughter()).isEqualTo(3);
        assertThat(e.daughters(1)).extracting(GenParticle::pdgId).containsExactly(13, -13);
        assertThat(e.particle(2).firstDaughter()).isEqualTo(-1);
        assertThat(e.particle(2).vertex().x()).isZero();

        // Event 2 has a '#' comment and an <rwgt> block after its particles: ignored.
        assertThat(events.get(1).size()).isEqualTo(4);
        assertThat(events.get(1).particle(3).momentum().pz()).isEqualTo(4.2311557803);
    }

    @Test
    void readsAnIntermediateResonanceWithItsDecay() throws IOException {
        GenEvent e = readAll(sample()).get(2);
        assertThat(e.particles()).extracting(GenParticle::pdgId).containsExactly(-11, 11, 23, 13, -13);
        GenParticle z = e.particle(2);
        assertThat(z.status()).isEqualTo(GenParticle.DECAYED);
        assertThat(z.mother1()).isEqualTo(0);
        assertThat(z.mother2()).isEqualTo(1);
        assertThat(z.firstDaughter()).isEqualTo(3);
        assertThat(z.lastDaughter()).isEqualTo(4);
        // MOTHUP1 = MOTHUP2 = 3 (1-based): the single mother is the Z, index 2.
        assertThat(e.particle(3).mother1()).isEqualTo(2);
        assertThat(e.particle(3).mother2()).isEqualTo(2);
        assertThat(e.particle(0).firstDaughter()).isEqualTo(2);
        assertThat(e.particle(0).lastDaughter()).isEqualTo(2);
    }

    @Test
    void statusCodesMapToHepMC() throws IOException {
        String text = sample().replace(" 23  2 1 2 0 0", " 23  -2 1 2 0 0");
        assertThat(readAll(text).get(2).particle(2).status()).isEqualTo(GenParticle.DOCUMENTATION);
    }

    @Test
    void readsAGzippedFileFromDisk(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("ee_mumu.lhe.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(f))) {
            out.write(sample().getBytes(StandardCharsets.UTF_8));
        }
        try (LheReader r = LheReader.open(f)) {
            int n = 0;
            while (r.next() != null) {
                n++;
            }
            assertThat(n).isEqualTo(3);
            assertThat(r.eventsRead()).isEqualTo(3);
        }
    }

    @Test
    void missingFileIsBadInput(@TempDir Path dir) {
        Path f = dir.resolve("nope.lhe");
        assertThatThrownBy(() -> LheReader.open(f))
                .isInstanceOf(InputException.class)
                .hasMessage(f + ": no such file");
    }

    /** The sample with its 1-based lines {@code from..to} removed. */
    private static String withoutLines(String text, int from, int to) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        lines.subList(from - 1, to).clear();
        return String.join("\n", lines);
    }

    private static String firstLines(String text, int n) {
        return Arrays.stream(text.split("\n")).limit(n).collect(Collectors.joining("\n", "", "\n"));
    }

    private static void assertError(String text, String message) {
        assertThatThrownBy(() -> readAll(text))
                .isInstanceOf(InputException.class)
                .hasMessage(message);
    }

    @Test
    void malformedFilesNameTheLineAndTheProblem() throws IOException {
        String s = sample();
        // Line 38 declares NUP = 4; claim 5: the </event> on line 43 comes after 4 particles.
        assertError(
                s.replace(" 4      1 +7.76", " 5      1 +7.76"),
                "ee_mumu.lhe: line 43: event declares NUP = 5 particles, found 4");
        // Truncated inside the first event, after its third particle (line 41).
        assertError(
                firstLines(s, 41),
                "ee_mumu.lhe: line 41: file ends inside an event (missing </event>): event declares NUP = 4"
                        + " particles, found 3");
        // Truncated after a complete event.
        assertError(firstLines(s, 43), "ee_mumu.lhe: line 43: file ends without </LesHouchesEvents> (truncated file?)");
        // Non-numeric momentum on line 41.
        assertError(
                s.replace("+4.3757855107e+00 +1.35", "4.37x +1.35"),
                "ee_mumu.lhe: line 41: field 7 (PUP1): expected a number, found '4.37x'");
        // Missing </event> (line 43): the next <event> is now line 43.
        assertError(withoutLines(s, 43, 43), "ee_mumu.lhe: line 43: missing </event>: found '<event>' inside an event");
        // Missing <init> block (lines 32..36).
        assertError(
                withoutLines(s, 32, 36),
                "ee_mumu.lhe: line 32: missing <init> block: expected <init> before the first <event>");
        // Too many particle lines for NUP = 4: the fifth is line 42.
        assertError(
                s.replaceFirst(" 4      1 \\+7.76", " 3      1 +7.76"),
                "ee_mumu.lhe: line 42: event declares NUP = 3 particles, found more particle lines");
        // A mother pointer beyond NUP.
        assertError(
                s.replaceFirst("13  1    1    2", "13  1    1    7"),
                "ee_mumu.lhe: line 41: mother pointers MOTHUP1 MOTHUP2 must be between 0 and NUP = 4, found 1 7");
        // A short particle line.
        assertError(
                s.replaceFirst(" 0.0000e\\+00 -1.0000e\\+00\n     -13", "\n     -13"),
                "ee_mumu.lhe: line 41: expected 13 fields (IDUP ISTUP MOTHUP1 MOTHUP2 ICOLUP1 ICOLUP2 PUP1 PUP2"
                        + " PUP3 PUP4 PUP5 VTIMUP SPINUP), found 11");
        // Not an LHE file at all.
        assertError("hello\n", "ee_mumu.lhe: line 1: not a Les Houches Event file: no <LesHouchesEvents> element");
        // A bad weighting strategy in <init> (line 33).
        assertError(
                s.replace("0 0 0 0 3 1", "0 0 0 0 7 1"),
                "ee_mumu.lhe: line 33: IDWTUP must be one of +-1, +-2, +-3, +-4, found 7");
    }
}
