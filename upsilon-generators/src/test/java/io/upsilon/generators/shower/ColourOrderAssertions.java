package io.upsilon.generators.shower;

import static org.assertj.core.api.Assertions.assertThat;

import io.upsilon.core.event.EventBuffer;

/** The parton-level contract, checked on an event: shared by the shower and generator tests. */
public final class ColourOrderAssertions {
    private ColourOrderAssertions() {}

    /**
     * The singlets tile the buffer from {@code firstParton} to its end, in order, each a quark
     * (triplet end) first, gluons between, an antiquark (anti-triplet end) last.
     */
    public static void assertTiledInColourOrder(EventBuffer b, ColourSinglets singlets, int firstParton) {
        int next = firstParton;
        for (int j = 0; j < singlets.count(); j++) {
            int f = singlets.first(j);
            int l = singlets.last(j);
            assertThat(f).isEqualTo(next);
            assertThat(b.pdgId(f)).isBetween(1, 4);
            assertThat(b.pdgId(l)).isBetween(-4, -1);
            for (int k = f + 1; k < l; k++) {
                assertThat(b.pdgId(k)).isEqualTo(21);
            }
            next = l + 1;
        }
        assertThat(singlets.count()).isPositive();
        assertThat(next).isEqualTo(b.size());
    }
}
