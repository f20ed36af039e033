package io.upsilon.searches.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.upsilon.core.event.GenEvent;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.kinematics.Vec3;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStreams;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The continuum validation on a small sample: what must hold whatever the tune (conservation laws,
 * only long-lived particles in the final state, same seed gives the same numbers), not agreement
 * with data.
 */
class ContinuumValidationTest {
    private static final ParticleTable TABLE = ParticleTable.standard();

    @Test
    void everyEventConservesFourMomentumAndChargeAndHasOnlyLongLivedFinalParticles() {
        EventInvariants invariants = new EventInvariants(TABLE);
        List<String> problems = new ArrayList<>();
        long[] checked = {0};
        ContinuumValidation.sample("ee-qqbar", 1500, RandomStreams.of(11).child("test"), e -> {
            checked[0]++;
            problems.addAll(invariants.violations(e));
        });
        ContinuumValidation.sample("ee-ccbar", 500, RandomStreams.of(12).child("test"), e -> {
            checked[0]++;
            problems.addAll(invariants.violations(e));
        });
        assertTrue(checked[0] > 1900, "almost every event has a non-zero weight, got " + checked[0]);
        assertEquals(List.of(), problems);
    }

    @Test
    void sameSeedGivesTheSameNumbersAndAnotherSeedDifferentOnes() {
        ContinuumValidation.Config config = new ContinuumValidation.Config(600, 200, 5);
        ContinuumValidation.Result a = ContinuumValidation.run(config);
        ContinuumValidation.Result b = ContinuumValidation.run(config);
        ContinuumValidation.Result c = ContinuumValidation.run(new ContinuumValidation.Config(600, 200, 6));
        assertEquals(a.qqbar().nCharged().mean(), b.qqbar().nCharged().mean(), 0.0);
        assertEquals(a.qqbar().thrust().mean(), b.qqbar().thrust().mean(), 0.0);
        assertEquals(a.charm().meanXp(421).mean(), b.charm().meanXp(421).mean(), 0.0);
        assertTrue(a.qqbar().nCharged().mean() != c.qqbar().nCharged().mean());
        assertEquals(0, a.violations());
    }

    @Test
    void writesTheDocumentAndThePlots(@TempDir Path dir) throws Exception {
        ContinuumValidation.Config config = new ContinuumValidation.Config(300, 100, 3);
        ContinuumValidation.write(ContinuumValidation.run(config), config, dir);
        String md = Files.readString(dir.resolve("continuum.md"));
        assertTrue(md.contains("ARGUS, Z. Phys. C54 (1992) 13"), md);
        assertTrue(md.contains("--events 300 --charm-events 100 --seed 3"), md);
        assertTrue(md.contains("| π± (prompt) | BaBar, Phys. Rev. D 88, 032011 (2013) (HEPData Table 1)"), md);
        assertTrue(md.contains("## Where Upsilon disagrees"), md);
        for (String name : List.of(
                "nch",
                "thrust",
                "babar-pi-prompt",
                "babar-k-all",
                "babar-p-prompt",
                "cleo-d0-xp",
                "cleo-dstar-xp",
                "babar-lambdac-xp")) {
            Path png = dir.resolve("images/continuum-" + name + ".png");
            assertTrue(Files.size(png) > 10_000, name + " plot written");
        }
    }

    @Test
    void invariantsCatchALostParticleAChargeImbalanceAndAnUndecayedPion() {
        EventInvariants invariants = new EventInvariants(TABLE);
        GenParticle beamMinus = particle(11, GenParticle.BEAM, 0, 0, 5.0, 5.0);
        GenParticle beamPlus = particle(-11, GenParticle.BEAM, 0, 0, -5.0, 5.0);
        GenParticle piPlus = particle(211, GenParticle.FINAL, 0, 0, 4.99805, 5.0);
        GenParticle piMinus = particle(-211, GenParticle.FINAL, 0, 0, -4.99805, 5.0);
        assertEquals(List.of(), invariants.violations(event(beamMinus, beamPlus, piPlus, piMinus)));
        // pi+ pi+: charge 2 instead of 0
        assertFalse(invariants
                .violations(event(beamMinus, beamPlus, piPlus, piPlus))
                .isEmpty());
        // a lost pi-: momentum and charge both off
        assertEquals(
                2 + 1, invariants.violations(event(beamMinus, beamPlus, piPlus)).size());
        // a pi0 in the final state
        GenParticle pi0 = particle(111, GenParticle.FINAL, 0, 0, -4.99818, 5.0);
        List<String> v = invariants.violations(event(beamMinus, beamPlus, particle(111, 1, 0, 0, 4.99818, 5.0), pi0));
        assertTrue(v.stream().anyMatch(s -> s.contains("should have decayed")), v.toString());
    }

    private static GenParticle particle(int id, int status, double px, double py, double pz, double e) {
        return new GenParticle(id, status, new LorentzVector(px, py, pz, e), Vec3.ZERO, 0, -1, -1, -1, -1);
    }

    private static GenEvent event(GenParticle... particles) {
        return new GenEvent(1, 1, List.of(particles));
    }
}
