package io.upsilon.core.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JobTest {
    @Test
    void partitionsCoverTheEventsExactly() {
        Job j = new Job("j", 1, 250_001, 100_000);
        assertThat(j.partitionCount()).isEqualTo(3);
        assertThat(new Job("j", 1, 200_000, 100_000).partitionCount()).isEqualTo(2);
        assertThat(new Job("j", 1, 0, 100_000).partitionCount()).isZero();
    }

    @Test
    void eventCountsNearLongMaxDoNotWrapIntoFewPartitions() {
        // (events + size - 1) overflowed to a negative number here and the job was accepted.
        assertThatThrownBy(() -> new Job("j", 1, Long.MAX_VALUE, 100_000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too many partitions");
        Job big = new Job("j", 1, Long.MAX_VALUE, Long.MAX_VALUE / 2);
        assertThat(big.partitionCount()).isEqualTo(3);
    }
}
