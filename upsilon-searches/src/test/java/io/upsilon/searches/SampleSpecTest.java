package io.upsilon.searches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.upsilon.core.config.ConfigNode;
import io.upsilon.core.error.InputException;
import io.upsilon.generators.process.ProcessParameters;
import io.upsilon.generators.process.ProcessRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SampleSpecTest {
    private static ConfigNode node(String yaml) throws Exception {
        return ConfigNode.root(new YAMLMapper().readTree(yaml), "test.yaml", "the bundled file");
    }

    @Test
    void aSampleNamesItsProcessParameters() throws Exception {
        ConfigNode n = node("process: y4s-bpbm\nevents: 1000\nparameters:\n  signal: b-knunu\n");
        SampleSpec s = SampleSpec.read(n, "sig", "signal", ProcessRegistry.standard());
        n.finish();
        assertThat(s.parameters()).containsExactly(Map.entry("signal", "b-knunu"));
        // The process accepts them: the same parse RunContext.produce does.
        ProcessParameters p =
                ProcessParameters.parse(s.process().name(), s.process().parameters(), s.parameters(), "test.yaml");
        assertThat(p.text("signal")).isEqualTo("b-knunu");
    }

    @Test
    void withoutParametersTheDefaultsApply() throws Exception {
        ConfigNode n = node("process: ee-mumu\nevents: 1000\n");
        assertThat(SampleSpec.read(n, "mumu", "mumu", ProcessRegistry.standard())
                        .parameters())
                .isEmpty();
    }

    @Test
    void aListIsNotAParameterValue() throws Exception {
        ConfigNode n = node("process: y4s-bpbm\nevents: 1000\nparameters:\n  signal: [a, b]\n");
        assertThatThrownBy(() -> SampleSpec.read(n, "sig", "signal", ProcessRegistry.standard()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("test.yaml")
                .hasMessageContaining("parameters.signal");
    }
}
