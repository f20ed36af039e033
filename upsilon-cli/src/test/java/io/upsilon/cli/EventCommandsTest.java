package io.upsilon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.GenEvent;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.generators.io.HepMC3Reader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code upsilon generate} and {@code upsilon convert}. */
class EventCommandsTest {
    @TempDir
    Path dir;

    private static List<GenEvent> read(Path f) {
        try (HepMC3Reader r = HepMC3Reader.open(f)) {
            List<GenEvent> out = new ArrayList<>();
            for (GenEvent e = r.next(); e != null; e = r.next()) {
                out.add(e);
            }
            return out;
        }
    }

    private Path sampleLhe() throws IOException {
        Path f = dir.resolve("signal.lhe");
        try (InputStream in = EventCommandsTest.class.getResourceAsStream("ee_mumu.lhe")) {
            Files.copy(in, f);
        }
        return f;
    }

    @Test
    void generatedFileDoesNotDependOnThreads() throws IOException {
        Path one = dir.resolve("one.hepmc3");
        Path two = dir.resolve("two.hepmc");
        // 1000 events in partitions of 300: 4 partitions, so two threads really interleave.
        String[] base = {"generate", "ee-mumu", "--events", "1000", "--seed", "5", "--partition-size", "300"};
        CliTestSupport.Result r1 = CliTestSupport.run(append(base, "--threads", "1", "--out", one.toString()));
        CliTestSupport.Result r2 = CliTestSupport.run(append(base, "--threads", "2", "--out", two.toString()));
        assertThat(r1.status()).as(r1.err()).isZero();
        assertThat(r2.status()).as(r2.err()).isZero();
        assertThat(Files.readAllBytes(two)).isEqualTo(Files.readAllBytes(one));
        assertThat(r1.err()).contains("generate: 1000 ee-mumu events").contains("sum of weights / N");
        assertThat(r1.out()).isEmpty();
        // No chunk files are left behind.
        try (var s = Files.list(dir)) {
            assertThat(s).containsExactlyInAnyOrder(one, two);
        }

        List<GenEvent> events = read(one);
        assertThat(events).hasSize(1000);
        for (int i = 0; i < events.size(); i++) {
            assertThat(events.get(i).number()).isEqualTo(i);
        }
        GenEvent e = events.get(0);
        // Beams, the muon pair, then any ISR/FSR photons.
        assertThat(e.particles()).extracting(GenParticle::pdgId).startsWith(11, -11, 13, -13);
        // Momentum conservation in every event (the generator's own beams).
        for (GenEvent ev : events) {
            LorentzVector in = ev.particle(0).momentum().plus(ev.particle(1).momentum());
            LorentzVector fin = LorentzVector.ZERO;
            for (GenParticle p : ev.finalState()) {
                fin = fin.plus(p.momentum());
            }
            assertThat(fin.e()).isCloseTo(in.e(), within(1e-9));
            assertThat(fin.pz()).isCloseTo(in.pz(), within(1e-9));
        }
    }

    @Test
    void convertBoostsAnLheFileToTheLab() throws IOException {
        Path out = dir.resolve("signal.hepmc3");
        CliTestSupport.Result r = CliTestSupport.run("convert", sampleLhe().toString(), "--out", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).contains("convert: 3 events").contains("boosted to the Y4S lab");
        List<GenEvent> events = read(out);
        assertThat(events).hasSize(3);
        // The file's sqrt(s) is 10.58 GeV, the Y4S beam's slightly different: total momentum is the
        // beam's CM boost applied to (0, 0, 0, 10.58).
        Beam beam = Beam.preset("Y4S");
        LorentzVector expected = beam.toLab(new LorentzVector(0, 0, 0, 10.58));
        for (GenEvent e : events) {
            LorentzVector fin = LorentzVector.ZERO;
            for (GenParticle p : e.finalState()) {
                fin = fin.plus(p.momentum());
            }
            assertThat(fin.pz()).isCloseTo(expected.pz(), within(1e-9));
            assertThat(fin.px()).isCloseTo(expected.px(), within(1e-9));
            assertThat(fin.e()).isCloseTo(expected.e(), within(1e-9));
            assertThat(e.weight()).isCloseTo(0.776, within(1e-12));
        }
    }

    @Test
    void convertWithoutBoostKeepsTheFileFrame() throws IOException {
        Path out = dir.resolve("cms.hepmc");
        CliTestSupport.Result r =
                CliTestSupport.run("convert", sampleLhe().toString(), "--no-boost", "--out", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).contains("frame unchanged");
        GenEvent e = read(out).get(0);
        assertThat(e.particle(2).momentum().px()).isEqualTo(4.3757855107);
    }

    @Test
    void badInputsGiveOneLineNamingFileAndLineAndStatusTwo() throws IOException {
        Path lhe = sampleLhe();
        Path bad = dir.resolve("bad.lhe");
        Files.writeString(bad, Files.readString(lhe).replace(" 4      1 +7.76", " 5      1 +7.76"));
        Path out = dir.resolve("out.hepmc3");

        CliTestSupport.Result r = CliTestSupport.run("convert", bad.toString(), "--out", out.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err())
                .isEqualTo("upsilon: error: " + bad + ": line 43: event declares NUP = 5 particles, found 4"
                        + System.lineSeparator());
        assertThat(out).doesNotExist();

        for (String[] args : new String[][] {
            {"convert", dir.resolve("missing.lhe").toString(), "--out", out.toString()},
            {"convert", lhe.toString(), "--out", dir.resolve("out.root").toString()},
            {"convert", lhe.toString(), "--beam", "Y9S", "--out", out.toString()},
            {
                "generate",
                "ee-mumu",
                "--events",
                "10",
                "--out",
                dir.resolve("x.txt").toString()
            },
            {"generate", "ee-nothing", "--events", "10", "--out", out.toString()},
            {"generate", "ee-mumu", "--events", "0", "--out", out.toString()},
            {"generate", "ee-mumu", "--events", "10", "--threads", "0", "--out", out.toString()},
            {
                "generate",
                "ee-mumu",
                "--events",
                "10",
                "--out",
                dir.resolve("no/dir/x.hepmc3").toString()
            },
            {"generate", "ee-mumu", "--events", "10"}
        }) {
            CliTestSupport.Result b = CliTestSupport.run(args);
            assertThat(b.status()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(b.err())
                    .as(String.join(" ", args))
                    .startsWith("upsilon: error: ")
                    .doesNotContain("Exception")
                    .doesNotContain("\tat ");
            assertThat(b.out()).isEmpty();
        }
        assertThat(out).doesNotExist();
        try (var s = Files.list(dir)) {
            assertThat(s).containsExactlyInAnyOrder(lhe, bad);
        }
    }

    private static String[] append(String[] a, String... more) {
        String[] out = java.util.Arrays.copyOf(a, a.length + more.length);
        System.arraycopy(more, 0, out, a.length, more.length);
        return out;
    }
}
