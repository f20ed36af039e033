package io.upsilon.searches.zprime;

import static org.assertj.core.api.Assertions.assertThat;

import io.upsilon.core.random.RandomStreams;
import io.upsilon.searches.CrossTrainedBdt;
import org.junit.jupiter.api.Test;

/** The BDT stage's random numbers come from named streams, not from arithmetic on the seed. */
class ZPrimeBdtStreamsTest {
    private static final RandomStreams BDT =
            RandomStreams.of(1).child("zprime-invisible").child("bdt");

    @Test
    void splitSaltsAreTheNamedStreamsOfEachSample() {
        long mumu = CrossTrainedBdt.splitSalt(BDT, "mumu");
        assertThat(mumu).isEqualTo(BDT.stream("split/mumu").nextLong());
        // Same name, same split (training and selection must agree); another sample, another split.
        assertThat(CrossTrainedBdt.splitSalt(BDT, "mumu")).isEqualTo(mumu);
        assertThat(CrossTrainedBdt.splitSalt(BDT, "signal-M3p00")).isNotEqualTo(mumu);
        assertThat(CrossTrainedBdt.splitSalt(
                        RandomStreams.of(2).child("zprime-invisible").child("bdt"), "mumu"))
                .isNotEqualTo(mumu);
    }

    @Test
    void xgboostSeedsAreNonNegativeAndDifferPerRegion() {
        for (int region = 0; region < 20; region++) {
            assertThat(ZPrimeBdt.xgboostSeed(BDT, region)).isNotNegative();
        }
        assertThat(ZPrimeBdt.xgboostSeed(BDT, 0)).isEqualTo(ZPrimeBdt.xgboostSeed(BDT, 0));
        assertThat(ZPrimeBdt.xgboostSeed(BDT, 0)).isNotEqualTo(ZPrimeBdt.xgboostSeed(BDT, 1));
        // The stream keeps its name from before the training moved to CrossTrainedBdt (same seeds, same outputs).
        assertThat(ZPrimeBdt.xgboostSeed(BDT, 2))
                .isEqualTo(BDT.stream("xgboost/region-2").nextInt(Integer.MAX_VALUE));
    }
}
