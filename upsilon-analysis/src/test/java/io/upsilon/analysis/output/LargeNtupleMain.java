package io.upsilon.analysis.output;

import io.upsilon.core.event.GenEvent;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Writes {@code N} toy events to a Parquet ntuple and prints the writer-side sums ({@link ToySums})
 * on stdout; run in a child JVM with a small heap by {@link GenParticleNtupleDuckDbTest}.
 * Arguments: target, layout, number of events, seed.
 */
public final class LargeNtupleMain {
    private LargeNtupleMain() {}

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        NtupleLayout layout = NtupleLayout.parse(args[1]);
        long n = Long.parseLong(args[2]);
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(Long.parseLong(args[3]));
        ToySums sums = new ToySums();
        try (GenParticleNtuple ntuple = GenParticleNtuple.openParquet(target, layout, Map.of())) {
            for (long i = 0; i < n; i++) {
                GenEvent e = ToyGenEvents.event(i, rng);
                sums.add(e);
                ntuple.fill(e);
            }
            ntuple.commit();
        }
        System.out.println(sums.line());
    }
}
