package io.upsilon.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.upsilon.core.error.InputException;
import org.junit.jupiter.api.Test;

class ConfigNodeTest {
    private static ConfigNode root(String json) throws Exception {
        return ConfigNode.root(new ObjectMapper().readTree(json), "test.yaml", "the bundled file");
    }

    @Test
    void optionalKeysTakeTheirFallbackAndCountAsKnown() throws Exception {
        ConfigNode n = root("{\"events\": 2.0e5, \"name\": \"x\"}");
        assertThat(n.longInteger("events", 1, 1_000_000, 7)).isEqualTo(200_000);
        assertThat(n.longInteger("max_events", 1, 1_000_000, 7)).isEqualTo(7);
        assertThat(n.integer("bins", 1, 10, 3)).isEqualTo(3);
        assertThat(n.isText("name")).isTrue();
        assertThat(n.isText("events")).isFalse();
        assertThat(n.string("name")).isEqualTo("x");
        n.finish(); // every key was read or asked for
    }

    @Test
    void aPresentOptionalKeyIsStillRangeChecked() throws Exception {
        ConfigNode n = root("{\"b\": {\"bins\": 50}}").block("b");
        assertThatThrownBy(() -> n.integer("bins", 1, 10, 3))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("test.yaml")
                .hasMessageContaining("b.bins")
                .hasMessageContaining("[1, 10]");
    }

    @Test
    void rangesAreTwoIncreasingNumbers() throws Exception {
        ConfigNode n = root("{\"ok\": [0.1, 0.9], \"reversed\": [0.9, 0.1], \"three\": [1, 2, 3], \"out\": [0, 20]}");
        assertThat(n.range("ok", 0, 1)).containsExactly(0.1, 0.9);
        for (String key : new String[] {"reversed", "three"}) {
            assertThatThrownBy(() -> n.range(key, 0, 10))
                    .isInstanceOf(InputException.class)
                    .hasMessageContaining(key)
                    .hasMessageContaining("expected a range [low, high] with low < high");
        }
        assertThatThrownBy(() -> n.range("out", 0, 10))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("out[1]");
    }

    @Test
    void aKeyGivenTwiceIsAnErrorNotASilentOverride() {
        assertThatThrownBy(() -> ConfigNode.parseYaml("analysis: x\nseed: 1\nseed: 2\n", "mine.yaml"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("mine.yaml")
                .hasMessageContaining("line 3")
                .hasMessageContaining("seed");
    }

    @Test
    void aSyntaxErrorIsOneLineWithLineAndColumn() {
        assertThatThrownBy(() -> ConfigNode.parseYaml("a: 1\nb: [1, 2\nc: 3\n", "mine.yaml"))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"))
                .hasMessageContaining("mine.yaml")
                .hasMessageContaining("column");
    }

    @Test
    void keysInFileOrderAndScalarsAsText() throws Exception {
        ConfigNode n = root("{\"p\": {\"signal\": \"b-knunu\", \"mS\": 1.5, \"n\": 3, \"on\": true, \"bad\": [1]}}")
                .block("p");
        assertThat(n.keys()).containsExactly("signal", "mS", "n", "on", "bad");
        assertThat(n.scalarText("signal")).isEqualTo("b-knunu");
        assertThat(n.scalarText("mS")).isEqualTo("1.5");
        assertThat(n.scalarText("n")).isEqualTo("3");
        assertThat(n.scalarText("on")).isEqualTo("true");
        assertThatThrownBy(() -> n.scalarText("bad"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("p.bad")
                .hasMessageContaining("expected a number or a string");
        n.finish(); // every key was read
    }
}
