package io.upsilon.generators.decay;

import static org.assertj.core.api.Assertions.assertThat;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.generators.process.EventGenerator;
import io.upsilon.generators.process.GeneratorOptions;
import io.upsilon.generators.process.Process;
import io.upsilon.generators.process.ProcessParameters;
import io.upsilon.generators.process.ProcessRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The spin-correlated tau-pair chain (the default, spin = 1) is frozen bit for bit, so that
 * speed-ups of the tau decays cannot change an event: checksums of 400 events (seed 20261207) of
 * ee-tautau and tau-lalpha (whose signal mode is unpolarised, h = 0), recorded with the code of
 * commit 534f700, before those speed-ups.
 */
class TauSpinChainChecksumTest {
    /** A hash of every weight, id, status, momentum, vertex and time of 400 events of {@code process}. */
    static long checksum(String process) {
        Process p = ProcessRegistry.standard().get(process);
        ProcessParameters values = ProcessParameters.parse(p.name(), p.parameters(), Map.of("spin", "1"), "test");
        EventGenerator gen = p.newGenerator(Beam.preset("Y4S"), values, GeneratorOptions.DEFAULT);
        RandomStreams rs = RandomStreams.of(20261207L);
        RandomStream beamRng = rs.stream("beam");
        RandomStream rng = rs.stream("process");
        EventBuffer b = new EventBuffer(8);
        long h = 17;
        for (int i = 0; i < 400; i++) {
            h = 31 * h + Double.doubleToLongBits(gen.generate(beamRng, rng, b));
            for (int k = 0; k < b.size(); k++) {
                h = 31 * h + b.pdgId(k);
                h = 31 * h + b.status(k);
                h = 31 * h + Double.doubleToLongBits(b.px(k));
                h = 31 * h + Double.doubleToLongBits(b.py(k));
                h = 31 * h + Double.doubleToLongBits(b.pz(k));
                h = 31 * h + Double.doubleToLongBits(b.e(k));
                h = 31 * h + Double.doubleToLongBits(b.vertexX(k));
                h = 31 * h + Double.doubleToLongBits(b.vertexZ(k));
                h = 31 * h + Double.doubleToLongBits(b.time(k));
            }
        }
        return h;
    }

    @Test
    void spinCorrelatedChainsAreUnchanged() {
        assertThat(checksum("ee-tautau")).isEqualTo(-4011009495487544940L);
        assertThat(checksum("tau-lalpha")).isEqualTo(4600588813632371820L);
    }
}
