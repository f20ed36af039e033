package io.upsilon.generators.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenEvent;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.generators.process.EventGenerator;
import io.upsilon.generators.process.GeneratorOptions;
import io.upsilon.generators.process.ProcessParameters;
import io.upsilon.generators.process.ProcessRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HepMC3RoundTripTest {
    @TempDir
    Path dir;

    static List<GenEvent> eeMumu(int n) {
        Beam beam = Beam.preset("Y4S");
        EventGenerator gen = ProcessRegistry.standard()
                .get("ee-mumu")
                .newGenerator(beam, ProcessParameters.none(), GeneratorOptions.DEFAULT);
        RandomStreams streams = RandomStreams.of(7).child("roundtrip");
        RandomStream beamRng = streams.stream("beam");
        RandomStream rng = streams.stream("process");
        EventBuffer buf = new EventBuffer(8);
        List<GenEvent> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            gen.generate(beamRng, rng, buf);
            out.add(buf.toEvent(i));
        }
        return out;
    }

    /**
     * e+ e- -> tau+ tau-, tau- -> pi- nu at a displaced vertex, tau+ -> pi+ nubar at the origin
     * (a one-mother vertex at the origin is written as a parent particle, without a V line).
     */
    static GenEvent decayChain() {
        EventBuffer b = new EventBuffer(8);
        int em = b.add(11, GenParticle.BEAM, 0.2, 0, 6.9, 6.903);
        int ep = b.add(-11, GenParticle.BEAM, 0.1, 0, -4.0, 4.001);
        int tm = b.add(15, GenParticle.DECAYED, 1.5, 0.3, 3.2, 5.3);
        int tp = b.add(-15, GenParticle.DECAYED, -1.2, -0.3, -0.3, 5.3);
        b.setMothers(tm, em, ep);
        b.setMothers(tp, em, ep);
        b.setVertex(tm, 0.001, -0.0002, 0.03, 0.0);
        b.setVertex(tp, 0.001, -0.0002, 0.03, 0.0);
        int pim = b.add(-211, GenParticle.FINAL, 1.0, 0.1, 2.0, 2.3);
        int nu = b.add(16, GenParticle.FINAL, 0.5, 0.2, 1.2, 3.0);
        b.setMothers(pim, tm, tm);
        b.setMothers(nu, tm, tm);
        b.setVertex(pim, 0.0123, 0.0045, 0.0567, 1.7e-3);
        b.setVertex(nu, 0.0123, 0.0045, 0.0567, 1.7e-3);
        int pip = b.add(211, GenParticle.FINAL, -0.6, -0.1, -0.1, 2.0);
        int nub = b.add(-16, GenParticle.FINAL, -0.6, -0.2, -0.2, 3.3);
        b.setMothers(pip, tp, tp);
        b.setMothers(nub, tp, tp);
        b.setDaughters(em, tm, tp);
        b.setDaughters(ep, tm, tp);
        b.setDaughters(tm, pim, nu);
        b.setDaughters(tp, pip, nub);
        b.setWeight(0.9187);
        return b.toEvent(42);
    }

    private Path write(List<GenEvent> events) {
        Path f = dir.resolve("events.hepmc3");
        try (HepMC3Writer w =
                HepMC3Writer.create(f, new String[] {"upsilon", "test", "unit test"}, Map.of("seed", "7"))) {
            events.forEach(w::write);
            w.commit();
        }
        return f;
    }

    private static List<GenEvent> read(Path f) {
        try (HepMC3Reader r = HepMC3Reader.open(f)) {
            List<GenEvent> out = new ArrayList<>();
            for (GenEvent e = r.next(); e != null; e = r.next()) {
                out.add(e);
            }
            return out;
        }
    }

    private static void assertSameParticles(GenEvent read, GenEvent written, double timeTolerance) {
        assertThat(read.number()).isEqualTo(written.number());
        assertThat(read.weight()).isEqualTo(written.weight());
        assertThat(read.size()).isEqualTo(written.size());
        for (int i = 0; i < written.size(); i++) {
            GenParticle a = read.particle(i);
            GenParticle b = written.particle(i);
            assertThat(a.pdgId()).isEqualTo(b.pdgId());
            assertThat(a.status()).isEqualTo(b.status());
            // Numbers are written so that they read back exactly: momenta and positions (cm, unconverted)
            // come back bit for bit.
            assertThat(a.momentum()).isEqualTo(b.momentum());
            assertThat(a.vertex()).isEqualTo(b.vertex());
            // Times go through c*t in cm and back: rounding only.
            assertThat(a.time()).isCloseTo(b.time(), within(timeTolerance));
            assertThat(a.mother1()).isEqualTo(b.mother1());
            assertThat(a.mother2()).isEqualTo(b.mother2());
        }
    }

    @Test
    void generatedEventsComeBackUnchanged() {
        List<GenEvent> written = eeMumu(200);
        List<GenEvent> read = read(write(written));
        assertThat(read).hasSize(200);
        for (int k = 0; k < written.size(); k++) {
            assertSameParticles(read.get(k), written.get(k), 0.0);
            // The beams' daughters (not set by the generator) are rebuilt from the vertex: the muons and an
            // ISR photon if there is one (an FSR photon is the child of its muon).
            int lastBeamChild = 3;
            for (int i = 4; i < written.get(k).size(); i++) {
                if (written.get(k).particle(i).mother1() == 0) {
                    lastBeamChild = i;
                }
            }
            assertThat(read.get(k).particle(0).firstDaughter()).isEqualTo(2);
            assertThat(read.get(k).particle(0).lastDaughter()).isEqualTo(lastBeamChild);
        }
    }

    @Test
    void decayChainComesBackWithItsVerticesAndDaughters() {
        GenEvent e = decayChain();
        GenEvent r = read(write(List.of(e))).get(0);
        assertSameParticles(r, e, 1e-18);
        for (int i = 0; i < e.size(); i++) {
            assertThat(r.particle(i).firstDaughter())
                    .as("first daughter of " + i)
                    .isEqualTo(e.particle(i).firstDaughter());
            assertThat(r.particle(i).lastDaughter())
                    .as("last daughter of " + i)
                    .isEqualTo(e.particle(i).lastDaughter());
        }
    }

    @Test
    void writesTheAsciiv3Layout() throws IOException {
        List<String> lines = Files.readAllLines(write(List.of(decayChain())));
        assertThat(lines.get(0)).startsWith("HepMC::Version 3.");
        assertThat(lines.get(1)).isEqualTo("HepMC::Asciiv3-START_EVENT_LISTING");
        assertThat(lines.get(2)).isEqualTo("T upsilon\\|test\\|unit test");
        assertThat(lines.get(3)).isEqualTo("A seed 7");
        // 3 vertices: beams -> taus, tau- -> pi- nu (displaced), tau+ -> pi+ nubar (implicit).
        assertThat(lines.get(4)).isEqualTo("E 42 3 8");
        assertThat(lines.get(5)).isEqualTo("U GEV CM");
        assertThat(lines.get(6)).isEqualTo("W 0.9187");
        assertThat(lines.get(7)).startsWith("P 1 0 11 0.2 0.0 6.9 6.903 ").endsWith(" 4");
        assertThat(Double.parseDouble(lines.get(7).split(" ")[8])).isEqualTo(mass(0.2, 0, 6.9, 6.903));
        assertThat(lines.get(9)).isEqualTo("V -1 0 [1,2] @ 0.001 -2.0E-4 0.03 0.0");
        assertThat(lines.get(10)).startsWith("P 3 -1 15 1.5 0.3 3.2 5.3 ");
        assertThat(lines.get(12)).startsWith("V -2 0 [3] @ 0.0123 0.0045 0.0567 ");
        assertThat(lines.get(13)).startsWith("P 5 -2 -211 ");
        assertThat(lines.get(15)).startsWith("P 7 4 211 ");
        assertThat(lines.get(16)).startsWith("P 8 4 -16 ");
        assertThat(lines.get(17)).isEqualTo("HepMC::Asciiv3-END_EVENT_LISTING");
        assertThat(lines).hasSize(19);
        assertThat(lines.get(18)).isEmpty();
    }

    private static double mass(double px, double py, double pz, double e) {
        return Math.sqrt(new io.upsilon.core.kinematics.LorentzVector(px, py, pz, e).m2());
    }

    @Test
    void committedFileHasTheUsualPermissions() throws IOException {
        Path f = write(eeMumu(1));
        Path plain = Files.createFile(dir.resolve("plain"));
        if (f.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(Files.getPosixFilePermissions(f)).isEqualTo(Files.getPosixFilePermissions(plain));
        }
    }

    @Test
    void runAttributesAreReadBack() {
        try (HepMC3Reader r = HepMC3Reader.open(write(eeMumu(1)))) {
            assertThat(r.runAttributes()).containsEntry("seed", "7");
        }
    }

    @Test
    void nothingIsLeftWhenTheWriterIsNotCommitted() throws IOException {
        Path f = dir.resolve("partial.hepmc3");
        Files.writeString(f, "old content\n");
        assertThatThrownBy(() -> {
                    try (HepMC3Writer w = HepMC3Writer.create(f, null, Map.of())) {
                        w.write(decayChain());
                        throw new IllegalStateException("generator failed");
                    }
                })
                .hasMessage("generator failed");
        assertThat(Files.readString(f)).isEqualTo("old content\n");
        try (var s = Files.list(dir)) {
            assertThat(s).containsExactly(f);
        }
    }

    @Test
    void aMissingDirectoryIsBadInput() {
        Path f = dir.resolve("no/such/dir/x.hepmc3");
        assertThatThrownBy(() -> HepMC3Writer.create(f, null, Map.of()))
                .isInstanceOf(io.upsilon.core.error.InputException.class)
                .hasMessageStartingWith(f + ": cannot write: no such directory");
    }
}
