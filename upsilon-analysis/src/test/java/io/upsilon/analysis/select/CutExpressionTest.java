package io.upsilon.analysis.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.upsilon.analysis.TestEvents;
import io.upsilon.analysis.particles.Particle;
import io.upsilon.analysis.particles.ParticleList;
import io.upsilon.analysis.variables.EventContext;
import io.upsilon.core.beam.Beam;
import io.upsilon.core.error.InputException;
import io.upsilon.core.event.PidLikelihoods;
import io.upsilon.core.event.RecoEvent;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.pdg.ParticleTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The cut language: semantics on a hand-built track, and errors with their columns. */
class CutExpressionTest {
    private static final ParticleTable TABLE = ParticleTable.standard();
    private static final Beam BEAM = Beam.preset("Y4S");
    // mu+ with p = (0.3, 0.4, 1.2) GeV (|p| = 1.3 GeV in the lab), muonID 0.95, d0 = 0, z0 = -0.02.
    private static final RecoEvent EVENT = TestEvents.builder()
            .track(
                    1,
                    LorentzVector.fromPxPyPzM(0.3, 0.4, 1.2, 0.1056583755),
                    new PidLikelihoods(0.01, 0.95, 0.02, 0.01, 0.01),
                    -1)
            .build();
    private static final EventContext CTX = new EventContext(EVENT, BEAM, TABLE);
    private static final Particle MU = ParticleList.fromTracks("mu+:all", EVENT, TABLE, p -> true)
            .particles()
            .get(0);

    private static boolean eval(String cut) {
        return CutExpression.parse(cut).test(MU, CTX);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "muonID > 0.9 and abs(d0) < 0.5; true",
                "muonID > 0.96; false",
                "1.29 < p < 1.31; true",
                "1.31 < p < 2; false",
                "1 + 2 * 3 == 7; true",
                "(1 + 2) * 3 == 9; true",
                "2 - 1 - 1 == 0; true",
                "8 / 4 / 2 == 1; true",
                "-p < -1.2; true",
                "abs(z0 + 0.02) < 1e-12; true",
                "not p > 1 or charge == 1; true",
                "not (p > 1 or charge == 1); false",
                "p > 1 and charge < 0 or muonID > 0.5; true",
                "p > 1 and (charge < 0 or muonID > 0.99); false",
                "[p > 1] and [charge == 1]; true",
                "useCMSFrame(p) != p; true",
                "abs(useCMSFrame(p) - p) > 0.1; true",
                "clusterE > 0 or clusterE <= 0; false",
                "clusterE != clusterE; true",
                "'   '; true",
                "''; true"
            })
    void evaluates(String cut, boolean expected) {
        assertThat(eval(cut)).as(cut).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "p >; 4; expected a number",
                "p > 1 and; 10; expected a number",
                "muonID >> 1; 9; expected a number",
                "foo > 1; 1; unknown variable 'foo'",
                "p > 1 and 2; 11; expected a condition",
                "p + (charge > 0) > 1; 5; expected a number, found a condition",
                "p; 1; expected a condition",
                "p = 1; 3; use '=='",
                "p > 1 && charge > 0; 7; use 'and'",
                "(p > 1; 7; expected ')'",
                "p > 1); 6; expected the end",
                "useCMSFrame(p > 1; 12; unclosed '('",
                "useCMSFrame(foo) > 1; 13; unknown variable 'foo'",
                "daughter(p, E) > 1; 1; expected a daughter index and a variable",
                "daughter(1.5, E) > 1; 1; whole number",
                "p(1) > 0; 1; 'p' is a variable",
                "useCMSFrame > 1; 1; is a metavariable",
                "1.2.3 > 1; 4; malformed number",
                "1e > 1; 2; expected digits after the exponent",
                "p > 1 $; 7; unexpected character '$'",
                "abs p > 1; 5; expected '(' after abs",
                "p > 1e999; 5; out of range"
            })
    void reportsErrorsWithTheirColumn(String cut, int column, String message) {
        assertThatThrownBy(() -> CutExpression.parse(cut))
                .isInstanceOf(InputException.class)
                .satisfies(e -> {
                    InputException ie = (InputException) e;
                    assertThat(ie.source()).isEqualTo(cut);
                    assertThat(ie.location()).isEqualTo("column " + column);
                    assertThat(ie.problem()).contains(message);
                });
    }

    @Test
    void errorsInAFileNameTheFileAndShiftTheColumn() {
        assertThatThrownBy(() -> CutExpression.parse(
                        "p > w", io.upsilon.analysis.variables.StandardVariables.registry(), "cuts.yaml", 11))
                .isInstanceOf(InputException.class)
                .hasMessage("cuts.yaml: column 15: unknown variable 'w' (the variable index is docs/variables.md)");
    }

    @Test
    void deepNestingIsAnInputErrorNotAStackOverflow() {
        String deep = "(".repeat(5000) + "p > 1" + ")".repeat(5000);
        assertThatThrownBy(() -> CutExpression.parse(deep))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("nested deeper");
        String deepMeta = "useCMSFrame(".repeat(100) + "p" + ")".repeat(100) + " > 1";
        assertThatThrownBy(() -> CutExpression.parse(deepMeta))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("nested deeper");
        assertThat(eval("(".repeat(100) + "p > 1" + ")".repeat(100))).isTrue();
    }

    @Test
    void cutsFillParticleLists() {
        CutExpression cut = CutExpression.parse("muonID > 0.9 and p > 1");
        assertThat(ParticleList.fromTracks("mu+:good", EVENT, TABLE, cut.in(CTX))
                        .size())
                .isEqualTo(1);
        CutExpression tight = CutExpression.parse("muonID > 0.99");
        assertThat(ParticleList.fromTracks("mu+:tight", EVENT, TABLE, tight.in(CTX))
                        .isEmpty())
                .isTrue();
        assertThat(cut.text()).isEqualTo("muonID > 0.9 and p > 1");
        assertThat(cut.root()).isInstanceOf(Node.And.class);
    }
}
