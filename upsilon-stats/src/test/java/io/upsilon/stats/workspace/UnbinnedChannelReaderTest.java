package io.upsilon.stats.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.upsilon.core.error.InputException;
import io.upsilon.stats.TestWorkspaces;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The {@code unbinned_channels} extension in the workspace layer: written and read back unchanged,
 * absent from a pyhf workspace's JSON, carried by {@code combine}, refused by prune and rename.
 */
class UnbinnedChannelReaderTest {

    private static final String BINNED = """
            {"channels": [{"name": "sr", "samples": [{"name": "s", "data": [2.0, 3.0],
               "modifiers": [{"name": "mu", "type": "normfactor", "data": null}]}]}],
             "observations": [{"name": "sr", "data": [3, 4]}],
             "measurements": [{"name": "m", "config": {"poi": "mu", "parameters": []}}],
             "version": "1.0.0"}""";

    private static final String UNBINNED = """
            {"channels": [], "observations": [],
             "measurements": [{"name": "m", "config": {"poi": "mu", "parameters": []}}],
             "version": "1.0.0",
             "unbinned_channels": [{"name": "peak", "observable": {"name": "x", "min": 0, "max": 2},
               "data": {"values": [0.5, 1.0, 1.2], "weights": [1.0, 0.5, 2.0]},
               "components": [
                 {"name": "sig", "pdf": "gaussian", "parameters": ["m", "s"], "yield": 3,
                  "modifiers": [{"name": "mu", "type": "normfactor", "data": null},
                                {"name": "eff", "type": "normsys", "data": {"hi": 1.1, "lo": 0.9}}]},
                 {"name": "bkg", "pdf": "chebychev", "parameters": ["c1"], "yield": 1}],
               "shape_parameters": [
                 {"name": "m", "init": 1, "bounds": [0.5, 1.5], "constraint": {"mean": 1, "sigma": 0.1}},
                 {"name": "s", "init": 0.2, "bounds": [0.05, 1], "fixed": true},
                 {"name": "c1", "init": 0.1, "bounds": [-1, 1]}]}]}""";

    @Test
    void writtenAndReadBackUnchanged() {
        Workspace ws = WorkspaceReader.parse("u.json", UNBINNED);
        Workspace again = WorkspaceReader.parse("w.json", WorkspaceWriter.toJson(ws));
        assertThat(again).isEqualTo(ws);
        assertThat(again.unbinnedChannels().get(0).weights()).containsExactly(1.0, 0.5, 2.0);
        assertThat(again.unbinnedChannels().get(0).shapeParameter("m").constrained())
                .isTrue();
    }

    @Test
    void aPyhfWorkspaceIsWrittenWithoutTheExtension() {
        Workspace ws = WorkspaceReader.parse("b.json", BINNED);
        assertThat(ws.unbinnedChannels()).isEmpty();
        assertThat(WorkspaceWriter.toJson(ws)).doesNotContain("unbinned");
    }

    @Test
    void combineCarriesUnbinnedChannelsPruneAndRenameRefuseThem() {
        Workspace b = WorkspaceReader.parse("b.json", BINNED);
        Workspace u = WorkspaceReader.parse("u.json", UNBINNED);
        Workspace both = WorkspaceOps.combine(b, u);
        assertThat(both.channels()).hasSize(1);
        assertThat(both.unbinnedChannels()).hasSize(1);
        // mu is one parameter of both kinds of channel.
        assertThat(TestWorkspaces.compile(WorkspaceWriter.toJson(both)).parameterNames())
                .containsExactly("c1", "eff", "m", "mu", "s");
        assertThatThrownBy(() -> WorkspaceOps.prune(u, Set.of(), Set.of(), Set.of("eff"), Set.of()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("unbinned");
        assertThatThrownBy(() -> WorkspaceOps.rename(u, Map.of(), Map.of(), Map.of("eff", "e2"), Map.of()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("unbinned");
        assertThatThrownBy(() -> WorkspaceOps.combine(u, u))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("peak");
    }

    @Test
    void sharedShapeParametersMustBeDeclaredAlike() {
        String two = UNBINNED.replace(
                "\"unbinned_channels\": [{\"name\": \"peak\"",
                "\"unbinned_channels\": [{\"name\": \"other\", \"observable\": {\"name\": \"x\", \"min\": 0, \"max\": 2},"
                        + " \"data\": {\"values\": [1.0]}, \"components\": [{\"name\": \"a\", \"pdf\": \"gaussian\","
                        + " \"parameters\": [\"m\", \"s\"], \"yield\": 1}], \"shape_parameters\": ["
                        + " {\"name\": \"m\", \"init\": 1, \"bounds\": [0.5, 1.5]},"
                        + " {\"name\": \"s\", \"init\": 0.2, \"bounds\": [0.05, 1], \"fixed\": true}]},"
                        + " {\"name\": \"peak\"");
        assertThatThrownBy(() -> WorkspaceReader.parse("two.json", two))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("/unbinned_channels/1/shape_parameters/0")
                .hasMessageContaining("free")
                .hasMessageContaining("constrained");
    }
}
