package io.upsilon.generators.decay;

import static org.assertj.core.api.Assertions.assertThat;

import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

/**
 * The tau decay models' outputs are frozen bit for bit: speed-ups of the samplers (guide table,
 * early rejection in the a1 model) must consume the same random numbers and give the same
 * momenta. Checksums of 20000 decays per mode (seed 20261207, stream named after the mode)
 * recorded with the code of commit 534f700, before those speed-ups.
 */
class TauDecayModelChecksumTest {
    private static final long A1_3PI = 8564379184001369113L;
    private static final long A1_PI2PI0 = 339640177873633070L;
    private static final long RHO = -1304520781233504457L;
    private static final long MU = -5753592590055242500L;

    /** A hash of every momentum component of {@code n} decays of {@code mode}. */
    static long checksum(String mode, int n) {
        TauDecayChannel channel = TauDecayTable.standard().channels().stream()
                .filter(c -> c.name().equals(mode))
                .findFirst()
                .orElseThrow();
        DecayModel model = channel.model().newInstance();
        RandomStream rng = RandomStreams.of(20261207L).stream(mode);
        double[] out = new double[4 * model.size()];
        long hash = 17;
        for (int i = 0; i < n; i++) {
            model.generate(rng, out);
            for (double v : out) {
                hash = 31 * hash + Double.doubleToLongBits(v);
            }
        }
        return hash;
    }

    @Test
    void a1ModesAreUnchanged() {
        assertThat(checksum("3pi-nu", 20_000)).isEqualTo(A1_3PI);
        assertThat(checksum("pi-2pi0-nu", 20_000)).isEqualTo(A1_PI2PI0);
    }

    @Test
    void rhoAndLeptonicModesAreUnchanged() {
        assertThat(checksum("pi-pi0-nu", 20_000)).isEqualTo(RHO);
        assertThat(checksum("mu-nu-nu", 20_000)).isEqualTo(MU);
    }
}
