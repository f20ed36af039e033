package io.upsilon.searches.bknunu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.upsilon.searches.BinGrouping;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReinterpretMappingTest {
    @TempDir
    Path tmp;

    @Test
    void rowsAreTruthBinsColumnsAreTheGroupedFitBins() throws Exception {
        ReinterpretMapping m = new ReinterpretMapping(ReinterpretMapping.uniformEdges(4, 20.0), 3);
        m.add(1.0, 0, 2.0); // truth bin 0
        m.add(6.0, 1, 1.0); // truth bin 1
        m.add(19.9, 2, 0.5); // truth bin 3
        m.add(20.0, 2, 0.25); // at the endpoint (rounding): the last bin
        // Fit bins 1 and 2 merged by the channel (e.g. an empty background bin).
        BinGrouping g = BinGrouping.of(0, 1, 3);
        double[][] x = m.matrix(g);
        assertThat(x).hasDimensions(4, 2);
        assertThat(x[0]).containsExactly(2.0, 0.0);
        assertThat(x[1]).containsExactly(0.0, 1.0);
        assertThat(x[2]).containsExactly(0.0, 0.0);
        assertThat(x[3]).containsExactly(0.0, 0.75);
        Path f = tmp.resolve("reinterpret-mapping.json");
        m.write(f, "test", "ita_onres", g);
        JsonNode j = new ObjectMapper().readTree(f.toFile());
        assertThat(j.get("format").asText()).isEqualTo("upsilon-reinterpret-mapping/1");
        assertThat(j.get("variable").asText()).isEqualTo("q2");
        assertThat(j.get("unit").asText()).isEqualTo("GeV^2");
        assertThat(j.get("reference_model").asText()).isEqualTo("SM");
        assertThat(j.get("truth_bin_edges")).hasSize(5);
        assertThat(j.get("channels").get("ita_onres").get(3).get(1).asDouble()).isEqualTo(0.75);
    }

    @Test
    void anEventWithoutASignalTruthIsRejected() {
        ReinterpretMapping m = new ReinterpretMapping(ReinterpretMapping.uniformEdges(4, 20.0), 3);
        assertThatThrownBy(() -> m.add(Double.NaN, 0, 1.0)).isInstanceOf(IllegalArgumentException.class);
    }
}
