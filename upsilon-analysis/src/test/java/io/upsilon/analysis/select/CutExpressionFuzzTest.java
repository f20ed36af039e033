package io.upsilon.analysis.select;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import io.upsilon.analysis.TestEvents;
import io.upsilon.analysis.particles.CandidateCombiner;
import io.upsilon.analysis.particles.DecayString;
import io.upsilon.analysis.particles.Particle;
import io.upsilon.analysis.particles.ParticleList;
import io.upsilon.analysis.particles.ParticleLists;
import io.upsilon.analysis.variables.EventContext;
import io.upsilon.core.beam.Beam;
import io.upsilon.core.error.InputException;
import io.upsilon.core.event.RecoEvent;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.pdg.ParticleTable;

/**
 * A cut expression either parses (and then evaluates on a candidate without throwing) or fails with
 * an {@link InputException} naming the expression and a column: never another exception. Runs on
 * the seeds in {@code CutExpressionFuzzTestInputs/parse} under surefire; {@code JAZZER_FUZZ=1}
 * fuzzes.
 */
class CutExpressionFuzzTest {
    private static final ParticleTable TABLE = ParticleTable.standard();
    private static final RecoEvent EVENT = TestEvents.builder()
            .track(1, new LorentzVector(0.1, 0.2, 1.5, 1.6), -1)
            .track(-1, new LorentzVector(-0.3, 0.1, -0.8, 0.9), -1)
            .build();
    private static final EventContext CONTEXT = new EventContext(EVENT, Beam.preset("Y4S"), TABLE);
    private static final Particle CANDIDATE = new CandidateCombiner(TABLE)
            .combine(
                    DecayString.parse("vpho -> mu+ mu-", TABLE),
                    new ParticleLists().add(ParticleList.fromTracks("mu+", EVENT, TABLE, p -> true)),
                    p -> true)
            .particles()
            .get(0);

    @FuzzTest(maxDuration = "60s")
    void parse(@NotNull String text) {
        CutExpression cut;
        try {
            cut = CutExpression.parse(text);
        } catch (InputException e) {
            assertThat(e.source()).isEqualTo(text);
            assertThat(e.location()).matches("column [0-9]+");
            int column = Integer.parseInt(e.location().substring("column ".length()));
            assertThat(column).isBetween(1, text.length() + 1);
            return;
        }
        cut.test(CANDIDATE, CONTEXT);
        cut.test(CANDIDATE.daughter(0), CONTEXT);
    }
}
