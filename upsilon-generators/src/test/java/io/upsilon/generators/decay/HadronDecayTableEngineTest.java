package io.upsilon.generators.decay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled hadron decay table run through the decay engine ({@link HadronDecayer}): every
 * particle with a table (and its antiparticle) decays at rest many times; each decay conserves
 * charge and four-momentum, nothing that the table decays is left undecayed, and no particle falls
 * below every threshold. Also: D0 -> K- pi+ comes out at its PDG 2024 rate.
 */
class HadronDecayTableEngineTest {
    private static final ParticleTable PDG = ParticleTable.standard();
    private static final Set<Integer> STABLE_OR_TAU = Set.of(22, 11, 13, 211, 321, 130, 2212, 2112, 12, 14, 16, 15);
    private static DecFile table;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = HadronDecayTableEngineTest.class.getResourceAsStream(HadronDecayTableText.RESOURCE);
                Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            table = DecFileParser.parse(r, "hadron-decays.dec", PDG);
        }
    }

    @Test
    void everyParentDecaysConservingChargeAndFourMomentumDownToStableParticles() {
        HadronDecayer decayer = new HadronDecayer(table); // taus stay undecayed: no tau decayer here
        RandomStream rng = RandomStreams.of(20261207L).stream("hadron-table");
        EventBuffer ev = new EventBuffer(64);
        List<String> bad = new ArrayList<>();
        int decays = 0;
        int perParent = 300;
        for (String name : table.decays().keySet()) {
            ParticleData parent = PDG.byName(name);
            for (int k = 0; k < perParent; k++) {
                ev.clear();
                ev.add(parent.id(), GenParticle.FINAL, 0, 0, 0, parent.mass());
                decayer.decay(ev, rng);
                for (int i = 0; i < ev.size(); i++) {
                    if (ev.status(i) == GenParticle.FINAL) {
                        // The B mesons of the Upsilon(4S) block have their own table file (b-decays.dec);
                        // where this table has no B block they stay undecayed here.
                        boolean bWithoutTable = (Math.abs(ev.pdgId(i)) == 511 || Math.abs(ev.pdgId(i)) == 521)
                                && table.decay(PDG.byId(ev.pdgId(i)).name()).isEmpty();
                        if (!STABLE_OR_TAU.contains(Math.abs(ev.pdgId(i))) && !bWithoutTable) {
                            bad.add(name + ": undecayed "
                                    + PDG.byId(ev.pdgId(i)).name());
                        }
                        continue;
                    }
                    decays++;
                    check(ev, i, bad);
                }
            }
        }
        // Speed, for information only (a shared machine): the same decays without the checks.
        long start = System.nanoTime();
        for (String name : table.decays().keySet()) {
            ParticleData parent = PDG.byName(name);
            for (int k = 0; k < perParent; k++) {
                ev.clear();
                ev.add(parent.id(), GenParticle.FINAL, 0, 0, 0, parent.mass());
                decayer.decay(ev, rng);
            }
        }
        double micros =
                (System.nanoTime() - start) / 1e3 / (perParent * table.decays().size());
        System.out.printf(
                "%d decays below %d parents; %.2f us per parent decay chain (unchecked loop)%n",
                decays, table.decays().size(), micros);
        assertThat(bad).isEmpty();
        assertThat(decayer.belowThresholdCount()).isZero();
        assertThat(decays).isGreaterThan(perParent * table.decays().size());
    }

    private static void check(EventBuffer ev, int i, List<String> bad) {
        GenParticle p = ev.toEvent(0).particles().get(i);
        double[] sum = new double[4];
        double charge = 0;
        for (int j = p.firstDaughter(); j >= 0 && j <= p.lastDaughter(); j++) {
            sum[0] += ev.px(j);
            sum[1] += ev.py(j);
            sum[2] += ev.pz(j);
            sum[3] += ev.e(j);
            charge += PDG.byId(ev.pdgId(j)).charge();
        }
        double dev = Math.max(
                Math.max(Math.abs(sum[0] - ev.px(i)), Math.abs(sum[1] - ev.py(i))),
                Math.max(Math.abs(sum[2] - ev.pz(i)), Math.abs(sum[3] - ev.e(i))));
        String parent = PDG.byId(ev.pdgId(i)).name();
        if (p.firstDaughter() < 0) {
            bad.add(parent + ": decayed without daughters");
        }
        if (dev > 1e-9 * ev.e(i)) {
            bad.add(parent + ": four-momentum off by " + dev);
        }
        if (Math.abs(charge - PDG.byId(ev.pdgId(i)).charge()) > 1e-9) {
            bad.add(parent + ": charge " + charge);
        }
    }

    @Test
    void d0ToKMinusPiPlusComesOutAtItsPdgRate() {
        HadronDecayer decayer = new HadronDecayer(table);
        RandomStream rng = RandomStreams.of(20261207L).stream("d0-kpi");
        EventBuffer ev = new EventBuffer(64);
        ParticleData d0 = PDG.byName("D0");
        int n = 100_000;
        int kPi = 0;
        for (int k = 0; k < n; k++) {
            ev.clear();
            ev.add(d0.id(), GenParticle.FINAL, 0, 0, 0, d0.mass());
            decayer.decay(ev, rng);
            // The D0's daughters follow it directly (appended contiguously).
            if (ev.size() == 3 && ev.pdgId(1) == -321 && ev.pdgId(2) == 211) {
                kPi++;
            }
        }
        // PDG 2024: 3.947%; the raw D0 block sums to 1, so the engine's rate is the table's.
        // Binomial sigma = sqrt(n p (1-p)) ~ 62 events: 4 sigma.
        double p = 0.03947;
        assertThat((double) kPi).isCloseTo(n * p, within(4 * Math.sqrt(n * p * (1 - p))));
    }
}
