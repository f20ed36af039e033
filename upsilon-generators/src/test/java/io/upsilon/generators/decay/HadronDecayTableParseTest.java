package io.upsilon.generators.decay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.pdg.ParticleTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled hadron decay table read by the engine's {@link DecFileParser} (which also builds
 * every channel's model and so checks each model's daughters): it parses, and it agrees with the
 * independent test reader {@link HadronDecayTableText} on parents, raw sums and the
 * charge-conjugate tables.
 */
class HadronDecayTableParseTest {
    private static final ParticleTable PDG = ParticleTable.standard();
    private static DecFile parsed;
    private static HadronDecayTableText text;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = HadronDecayTableParseTest.class.getResourceAsStream(HadronDecayTableText.RESOURCE);
                Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            parsed = DecFileParser.parse(r, "hadron-decays.dec", PDG);
        }
        text = HadronDecayTableText.bundled();
    }

    @Test
    void theParserSeesEveryBlockWithTheSameRawSum() {
        for (HadronDecayTableText.Block b : text.blocks().values()) {
            DecDecay d = parsed.decay(b.parent()).orElseThrow(() -> new AssertionError("parser lost " + b.parent()));
            assertThat(d.channels()).as(b.parent()).hasSameSizeAs(b.channels());
            assertThat(d.rawSum()).as(b.parent()).isCloseTo(b.rawSum(), within(1e-12));
            double normalised = d.channels().stream()
                    .mapToDouble(DecChannel::branchingFraction)
                    .sum();
            assertThat(normalised).as(b.parent() + " after renormalisation").isCloseTo(1.0, within(1e-12));
            for (int i = 0; i < d.channels().size(); i++) {
                DecChannel c = d.channels().get(i);
                assertThat(c.model()).isEqualTo(b.channels().get(i).model());
                assertThat(c.rawBranchingFraction())
                        .isEqualTo(b.channels().get(i).branchingFraction());
                assertThat(c.daughters().stream().map(DecParticle::name).toList())
                        .isEqualTo(b.channels().get(i).daughters());
            }
        }
        assertThat(parsed.decays())
                .hasSize(text.blocks().size() + text.chargeConjugates().size());
    }

    @Test
    void chargeConjugateTablesHoldTheConjugatedDaughters() {
        for (String conjugate : text.chargeConjugates().keySet()) {
            ParticleData anti = PDG.byName(conjugate);
            String original = PDG.antiparticle(anti).name();
            DecDecay cc = parsed.decay(conjugate).orElseThrow(() -> new AssertionError("no CDecay " + conjugate));
            DecDecay orig = parsed.decay(original).orElseThrow();
            assertThat(cc.channels()).hasSameSizeAs(orig.channels());
            for (int i = 0; i < cc.channels().size(); i++) {
                List<Integer> expected = orig.channels().get(i).daughters().stream()
                        .map(p -> PDG.antiparticle(p.data()).id())
                        .toList();
                List<Integer> actual = cc.channels().get(i).daughters().stream()
                        .map(p -> p.data().id())
                        .toList();
                assertThat(actual).as(conjugate + " channel " + i).isEqualTo(expected);
                assertThat(cc.channels().get(i).branchingFraction())
                        .isEqualTo(orig.channels().get(i).branchingFraction());
            }
        }
    }
}
