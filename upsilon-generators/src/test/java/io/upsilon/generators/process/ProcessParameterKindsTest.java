package io.upsilon.generators.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.upsilon.core.error.InputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Text and open parameters next to numeric ones in {@link ProcessParameters#parse}. */
class ProcessParameterKindsTest {
    private static final List<ProcessParameter> DECLARED = List.of(
            new ProcessParameter("mass", "GeV", "a mass", 1.0, 0.0, 10.0),
            ProcessParameter.text("signal", "a signal name", ""),
            ProcessParameter.open("DEFINE", "anything else"));

    @Test
    void textsOpenNumbersAndDefaults() {
        ProcessParameters p = ProcessParameters.parse(
                "x", DECLARED, Map.of("signal", " b-knunu ", "minusTwoPhi1", "-0.5", "mass", "2"), "test");
        assertThat(p.text("signal")).isEqualTo("b-knunu");
        assertThat(p.get("mass")).isEqualTo(2.0);
        assertThat(p.open()).containsExactly(Map.entry("minusTwoPhi1", -0.5));
        assertThat(p.asMap()).containsEntry("minusTwoPhi1", -0.5).containsEntry("mass", 2.0);
        ProcessParameters defaults = ProcessParameters.parse("x", DECLARED, Map.of(), "test");
        assertThat(defaults.text("signal")).isEmpty();
        assertThat(defaults.open()).isEmpty();
        assertThat(defaults.get("mass")).isEqualTo(1.0);
    }

    @Test
    void badValuesAreInputErrors() {
        assertThatThrownBy(() -> ProcessParameters.parse("x", DECLARED, Map.of("signal", " "), "test"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("expected a text");
        assertThatThrownBy(() -> ProcessParameters.parse("x", DECLARED, Map.of("dm", "fast"), "test"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("expected a number");
        // without an open parameter an unknown name is still an error
        assertThatThrownBy(() -> ProcessParameters.parse("x", DECLARED.subList(0, 2), Map.of("dm", "1"), "test"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("has no parameter 'dm'");
        // a default text belongs to a text parameter only
        assertThatThrownBy(() -> new ProcessParameter("t", "", "d", 1, 0, 2, ProcessParameter.Kind.NUMBER, "oops"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
