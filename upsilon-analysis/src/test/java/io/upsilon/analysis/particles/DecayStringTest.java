package io.upsilon.analysis.particles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.upsilon.core.error.InputException;
import io.upsilon.core.pdg.ParticleTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecayStringTest {
    private static final ParticleTable TABLE = ParticleTable.standard();

    @Test
    void parsesMotherDaughtersAndLabels() {
        DecayString d = DecayString.parse("vpho:mumu -> mu+:good mu-:good", TABLE);
        assertThat(d.mother().particle().name()).isEqualTo("vpho");
        assertThat(d.mother().label()).isEqualTo("mumu");
        assertThat(d.daughters()).extracting(ParticleListName::toString).containsExactly("mu+:good", "mu-:good");
        assertThat(d.daughterPdgCodes()).containsExactly(-13, 13);
        DecayString b = DecayString.parse("  B+->K+ pi0 ", TABLE);
        assertThat(b.daughters()).extracting(ParticleListName::toString).containsExactly("K+", "pi0");
        assertThat(b.mother().label()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "vpho mu+ mu-; 13; expected '->'",
                "-> mu+ mu-; 1; expected the mother particle",
                "vpho ->; 8; expected at least one daughter",
                "vpho -> mu+ muu-; 13; unknown particle 'muu-'",
                "B+ -> K+ pi+; 1; charge is not conserved: B+ has charge 1, the daughters 2",
                "vpho -> mu+: mu-; 13; expected a label",
                "vpho -> mu+ -> mu-; 13; only one '->'",
                "vpho mu+ -> mu-; 6; expected one mother particle",
                "vpho -> :good mu-; 9; expected a particle name"
            })
    void errorsNameTheColumn(String text, int column, String message) {
        assertThatThrownBy(() -> DecayString.parse(text, TABLE))
                .isInstanceOf(InputException.class)
                .satisfies(e -> {
                    InputException ie = (InputException) e;
                    assertThat(ie.source()).isEqualTo(text);
                    assertThat(ie.location()).isEqualTo("column " + column);
                    assertThat(ie.problem()).contains(message);
                });
    }
}
