package io.upsilon.generators.decay;

import static org.assertj.core.api.Assertions.assertThat;

import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

/** The bundled B table (b-decays.dec): normalisation, conservation through the whole decay chain. */
class BDecayTableTest {
    private static final ParticleTable TABLE = ParticleTable.standard();
    static final String[] B_NAMES = {"B0", "anti-B0", "B+", "B-"};

    @Test
    void everyBBlockSumsToOneBeforeNormalisation() {
        DecFile file = HadronDecayTables.bundled().orElseThrow();
        for (String name : B_NAMES) {
            DecDecay d = file.decay(name).orElseThrow();
            double sum = d.channels().stream()
                    .mapToDouble(DecChannel::branchingFraction)
                    .sum();
            assertThat(sum).as(name).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3));
            assertThat(d.channels())
                    .as(name + " has a quark-level remainder")
                    .anyMatch(c -> c.model().equals("QUARK_STRING"));
        }
    }

    @Test
    void chargeAndFourMomentumAreExactOverWholeBDecayChains() {
        HadronDecayer decayer = new HadronDecayer(
                HadronDecayTables.bundled().orElseThrow(), HadronDecayer.DEFAULT_LEFT_TO_DETECTOR, new TauDecayer());
        RandomStream rng = RandomStreams.of(41).stream("b-conservation");
        EventBuffer ev = new EventBuffer(128);
        for (int event = 0; event < 20_000; event++) {
            ParticleData b = TABLE.byName(B_NAMES[event % 4]);
            ev.clear();
            double p = 0.34;
            ev.add(b.id(), GenParticle.FINAL, 0, 0.6 * p, 0.8 * p, Math.sqrt(p * p + b.mass() * b.mass()));
            decayer.decay(ev, rng);
            double[] sum = new double[4];
            double charge = 0;
            for (int i = 1; i < ev.size(); i++) {
                if (ev.status(i) == GenParticle.FINAL) {
                    sum[0] += ev.px(i);
                    sum[1] += ev.py(i);
                    sum[2] += ev.pz(i);
                    sum[3] += ev.e(i);
                    charge += TABLE.byId(ev.pdgId(i)).charge();
                    assertThat(HadronDecayer.DEFAULT_LEFT_TO_DETECTOR).contains(Math.abs(ev.pdgId(i)));
                }
            }
            assertThat(ev.status(0)).isEqualTo(GenParticle.DECAYED);
            assertThat(Math.abs(sum[0] - ev.px(0))).isLessThan(1e-8);
            assertThat(Math.abs(sum[1] - ev.py(0))).isLessThan(1e-8);
            assertThat(Math.abs(sum[2] - ev.pz(0))).isLessThan(1e-8);
            assertThat(Math.abs(sum[3] - ev.e(0))).isLessThan(1e-8);
            assertThat(charge).isEqualTo(b.charge());
        }
        assertThat(decayer.belowThresholdCount()).isZero();
    }
}
