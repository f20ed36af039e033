package io.upsilon.generators.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenEvent;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.generators.decay.BPairTruth;
import io.upsilon.generators.io.HepMC3Reader;
import io.upsilon.generators.io.HepMC3Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * y4s-b0b0bar events through the HepMC3 writer and reader: the file is read back event for event,
 * and the B pair truth (flavours at decay, proper decay times, so Delta t) survives the round trip.
 */
class Upsilon4SHepMC3Test {
    @TempDir
    Path dir;

    @Test
    void pairTruthSurvivesTheHepMC3RoundTrip() {
        EventGenerator gen = ProcessRegistry.standard()
                .get("y4s-b0b0bar")
                .newGenerator(
                        Beam.preset("Y4S"),
                        ProcessParameters.none(),
                        GeneratorOptions.DEFAULT.withDecays(Upsilon4SGeneratorTest.testTable()));
        RandomStreams rs = RandomStreams.of(31);
        RandomStream beamRng = rs.stream("beam");
        RandomStream rng = rs.stream("gen");
        EventBuffer b = new EventBuffer(64);
        List<GenEvent> written = new ArrayList<>();
        // 400 B pairs; the rejected trials of the unweighted form (weight 0, beams only) go in too.
        for (int i = 0, pairs = 0; pairs < 400; i++) {
            pairs += gen.generate(beamRng, rng, b) > 0 ? 1 : 0;
            written.add(b.toEvent(i));
        }
        Path f = dir.resolve("y4s.hepmc3");
        try (HepMC3Writer w = HepMC3Writer.create(f, new String[] {"upsilon", "test", "unit test"}, Map.of())) {
            written.forEach(w::write);
            w.commit();
        }
        List<GenEvent> read = new ArrayList<>();
        try (HepMC3Reader r = HepMC3Reader.open(f)) {
            for (GenEvent e = r.next(); e != null; e = r.next()) {
                read.add(e);
            }
        }
        assertThat(read).hasSize(written.size());
        int mixed = 0;
        for (int i = 0; i < written.size(); i++) {
            if (written.get(i).weight() == 0) {
                continue; // a rejected trial or a collision below the B0 anti-B0 threshold: no pair
            }
            BPairTruth before = BPairTruth.find(written.get(i)).orElseThrow();
            BPairTruth after = BPairTruth.find(read.get(i)).orElseThrow();
            assertThat(after.first()).isEqualTo(before.first());
            assertThat(after.mixed(read.get(i))).isEqualTo(before.mixed(written.get(i)));
            mixed += before.mixed(written.get(i)) ? 1 : 0;
            // Proper times of ~1.5 ps; times are written in the file's length unit (c t), so allow 1e-9 ps.
            assertThat(after.firstTimePs()).isCloseTo(before.firstTimePs(), within(1e-9));
            assertThat(after.deltaTPs(after.first())).isCloseTo(before.deltaTPs(before.first()), within(1e-9));
            assertThat(before.firstTimePs()).isPositive();
        }
        // Some pairs are mixed (chi_d ~ 0.19 for flavour-specific pairs), some not.
        assertThat(mixed).isBetween(20, 150);
    }
}
