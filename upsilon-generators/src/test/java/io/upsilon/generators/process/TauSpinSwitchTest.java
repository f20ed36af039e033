package io.upsilon.generators.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.error.InputException;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The spin switch of the tau-pair processes: with {@code spin=0} the events are bit-identical to
 * the generator before spin correlations existed (checksums recorded from main at commit 6d81384,
 * the unpolarised decayer, with the same seeds; they encode the whole chain, production and hadron
 * decays included, so a change there on main changes them: the runtime comparison with the
 * unpolarised decayer below does not depend on that); with the default (on) they differ.
 */
class TauSpinSwitchTest {
    private final Beam y4s = Beam.preset("Y4S");
    private final ProcessRegistry registry = ProcessRegistry.standard();

    /** A hash of every weight, id, status, momentum and vertex of {@code events} events. */
    static long checksum(EventGenerator gen, long seed, int events) {
        RandomStreams rs = RandomStreams.of(seed);
        RandomStream beamRng = rs.stream("beam");
        RandomStream rng = rs.stream("process");
        EventBuffer b = new EventBuffer(8);
        long h = 1125899906842597L;
        for (int i = 0; i < events; i++) {
            h = 31 * h + Double.doubleToLongBits(gen.generate(beamRng, rng, b));
            for (int k = 0; k < b.size(); k++) {
                h = 31 * h + b.pdgId(k);
                h = 31 * h + b.status(k);
                h = 31 * h + Double.doubleToLongBits(b.px(k));
                h = 31 * h + Double.doubleToLongBits(b.py(k));
                h = 31 * h + Double.doubleToLongBits(b.pz(k));
                h = 31 * h + Double.doubleToLongBits(b.e(k));
                h = 31 * h + Double.doubleToLongBits(b.vertexX(k));
                h = 31 * h + Double.doubleToLongBits(b.time(k));
            }
        }
        return h;
    }

    private long checksum(String process, Map<String, String> params) {
        Process p = registry.get(process);
        ProcessParameters values = ProcessParameters.parse(p.name(), p.parameters(), params, "test");
        return checksum(p.newGenerator(y4s, values, GeneratorOptions.DEFAULT), 20261207L, 400);
    }

    @Test
    void spinOffIsBitIdenticalToTheUnpolarisedGenerator() {
        // checksums of 400 events (seed 20261207) printed by the unpolarised code on main (6d81384)
        assertThat(checksum("ee-tautau", Map.of("spin", "0"))).isEqualTo(2265042901199712505L);
        assertThat(checksum("tau-lalpha", Map.of("spin", "0"))).isEqualTo(-6019582145593578495L);
        assertThat(checksum("tau-lphi", Map.of("spin", "0"))).isEqualTo(3134070764692051445L);
    }

    @Test
    void spinOffIsTheUnpolarisedDecayerOnTheSameProduction() {
        Process p = registry.get("ee-tautau");
        ProcessParameters off = ProcessParameters.parse(p.name(), p.parameters(), Map.of("spin", "0"), "test");
        EventGenerator unpolarised = new TauDecayingGenerator(
                new FermionPairRadiative(y4s, 15),
                new io.upsilon.generators.decay.TauDecayer(),
                GeneratorOptions.DEFAULT);
        assertThat(checksum(p.newGenerator(y4s, off, GeneratorOptions.DEFAULT), 7L, 300))
                .isEqualTo(checksum(unpolarised, 7L, 300));
    }

    @Test
    void spinOnIsTheDefaultAndChangesTheEvents() {
        assertThat(checksum("ee-tautau", Map.of())).isEqualTo(checksum("ee-tautau", Map.of("spin", "1")));
        assertThat(checksum("ee-tautau", Map.of())).isNotEqualTo(2265042901199712505L);
        assertThat(checksum("tau-lalpha", Map.of())).isNotEqualTo(-6019582145593578495L);
    }

    @Test
    void spinOnIsDeterministic() {
        assertThat(checksum("tau-lphi", Map.of())).isEqualTo(checksum("tau-lphi", Map.of()));
    }

    @Test
    void spinAcceptsOnlyZeroOrOne() {
        Process p = registry.get("ee-tautau");
        ProcessParameters half = ProcessParameters.parse(p.name(), p.parameters(), Map.of("spin", "0.5"), "test");
        assertThatThrownBy(() -> p.newGenerator(y4s, half, GeneratorOptions.DEFAULT))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("spin");
        assertThatThrownBy(() -> ProcessParameters.parse(p.name(), p.parameters(), Map.of("spin", "2"), "test"))
                .isInstanceOf(InputException.class);
    }
}
