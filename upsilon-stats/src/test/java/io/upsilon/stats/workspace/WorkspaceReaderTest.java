package io.upsilon.stats.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.upsilon.core.error.InputException;
import io.upsilon.stats.TestWorkspaces;
import org.junit.jupiter.api.Test;

/** Reading, validation messages, patches and writing back. */
class WorkspaceReaderTest {

    @Test
    void readsAllModifierTypes() {
        Workspace ws = WorkspaceReader.parse("t.json", TestWorkspaces.ALL_MODIFIERS);
        assertThat(ws.channels()).hasSize(2);
        assertThat(ws.channels().get(0).samples().get(1).modifiers())
                .extracting(Modifier::type)
                .containsExactly("histosys", "normsys", "staterror", "shapesys");
        assertThat(ws.measurement("meas").orElseThrow().poi()).isEqualTo("mu");
    }

    @Test
    void wrongBinCountNamesPointerAndRule() {
        String bad = TestWorkspaces.ALL_MODIFIERS.replace("\"data\": [10.0, 6.0, 4.0]", "\"data\": [10.0, 6.0]");
        assertThatThrownBy(() -> WorkspaceReader.parse("bad.json", bad))
                .isInstanceOf(InputException.class)
                .hasMessage("bad.json: /channels/0/samples/2/data: expected an array of 3 numbers (the channel has 3"
                        + " bins), got an array of 2");
    }

    @Test
    void unknownModifierTypeAndMissingFields() {
        String bad = TestWorkspaces.ALL_MODIFIERS.replace("\"type\": \"shapefactor\"", "\"type\": \"shapefactr\"");
        assertThatThrownBy(() -> WorkspaceReader.parse("bad.json", bad))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("/channels/1/samples/0/modifiers/1/type")
                .hasMessageContaining("shapefactr");
        assertThatThrownBy(() -> WorkspaceReader.parse("x.json", "{\"channels\": []}"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("x.json: /channels: expected at least one channel");
        assertThatThrownBy(() -> WorkspaceReader.parse("x.json", "{\"channels\": [1,"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("x.json: line 1");
    }

    @Test
    void aKeyGivenTwiceIsAnErrorWithItsLine() {
        // Python's json (pyhf) keeps the last "version" silently; the file is ambiguous.
        String twice = TestWorkspaces.ALL_MODIFIERS.replaceFirst("\\{", "{\"version\": \"1.0.0\",");
        assertThatThrownBy(() -> WorkspaceReader.parse("dup.json", twice))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("dup.json: line ")
                .hasMessageContaining("Duplicate field 'version'");
    }

    @Test
    void writesBackAndReadsTheSame() {
        Workspace ws = WorkspaceReader.parse("t.json", TestWorkspaces.ALL_MODIFIERS);
        Workspace again = WorkspaceReader.parse("w.json", WorkspaceWriter.toJson(ws));
        assertThat(again).isEqualTo(ws);
    }

    @Test
    void patchesAddReplaceRemoveAndTest() {
        JsonNode doc = WorkspaceReader.parseTree("t.json", TestWorkspaces.ALL_MODIFIERS);
        JsonNode ops = WorkspaceReader.parseTree("p.json", """
                [{"op": "test", "path": "/channels/0/name", "value": "sr"},
                 {"op": "replace", "path": "/observations/0/data/0", "value": 60},
                 {"op": "copy", "from": "/channels/0/samples/0/data", "path": "/channels/0/samples/2/data"},
                 {"op": "remove", "path": "/channels/1/samples/0/modifiers/1"},
                 {"op": "add", "path": "/channels/0/samples/-", "value":
                    {"name": "extra", "data": [1, 1, 1], "modifiers": []}}]
                """);
        Workspace ws = WorkspaceReader.fromTree("patched", JsonPatch.apply(doc, "p.json", ops));
        assertThat(ws.observation("sr").data()[0]).isEqualTo(60.0);
        assertThat(ws.channels().get(0).samples()).hasSize(4);
        assertThat(ws.channels().get(0).samples().get(2).data()).containsExactly(5.0, 8.0, 3.0);
        assertThat(ws.channels().get(1).samples().get(0).modifiers()).hasSize(2);
        // The input tree is unchanged.
        assertThat(doc.at("/observations/0/data/0").asDouble()).isEqualTo(52.0);
    }

    @Test
    void failingPatchNamesOperation() {
        JsonNode doc = WorkspaceReader.parseTree("t.json", TestWorkspaces.ALL_MODIFIERS);
        JsonNode ops = WorkspaceReader.parseTree("p.json", "[{\"op\": \"remove\", \"path\": \"/channels/7\"}]");
        assertThatThrownBy(() -> JsonPatch.apply(doc, "p.json", ops))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("p.json: /0/path: array index 7 out of range");
    }
}
