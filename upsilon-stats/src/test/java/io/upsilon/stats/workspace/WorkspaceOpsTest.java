package io.upsilon.stats.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.upsilon.core.error.InputException;
import io.upsilon.stats.TestWorkspaces;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Pruning, renaming and combining. */
class WorkspaceOpsTest {

    private final Workspace ws = WorkspaceReader.parse("t.json", TestWorkspaces.ALL_MODIFIERS);

    @Test
    void pruneChannelsAndModifiers() {
        Workspace p = WorkspaceOps.prune(ws, Set.of("cr"), Set.of(), Set.of("jes"), Set.of());
        assertThat(p.channels()).extracting(Channel::name).containsExactly("sr");
        assertThat(p.observations()).hasSize(1);
        assertThat(p.channels().get(0).samples().get(1).modifiers())
                .extracting(Modifier::name)
                .doesNotContain("jes");
        assertThatThrownBy(() -> WorkspaceOps.prune(ws, Set.of("sr", "cr"), Set.of(), Set.of(), Set.of()))
                .isInstanceOf(InputException.class);
    }

    @Test
    void renameAndCombine() {
        Workspace r = WorkspaceOps.rename(
                ws,
                Map.of("sr", "sr2", "cr", "cr2"),
                Map.of("bkg", "background"),
                Map.of("mu", "poi"),
                Map.of("meas", "meas2"));
        assertThat(r.measurements().get(0).poi()).isEqualTo("poi");
        assertThat(r.channels().get(0).samples().get(1).name()).isEqualTo("background");
        Workspace c = WorkspaceOps.combine(ws, r);
        assertThat(c.channels()).hasSize(4);
        assertThatThrownBy(() -> WorkspaceOps.combine(ws, ws))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("both workspaces have a channel named \"sr\"");
    }
}
