package io.upsilon.stats.reinterpret;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.upsilon.core.error.InputException;
import org.junit.jupiter.api.Test;

class MappingReaderTest {

    @Test
    void readsEveryKey() {
        ReinterpretMapping m = MappingReader.parse("map.json", ReinterpretFixtures.mapping());
        assertEquals("signal", m.sample());
        assertEquals("mu", m.poi());
        assertEquals("q2", m.variable());
        assertEquals("GeV^2", m.unit());
        assertEquals("SM", m.referenceModel());
        assertEquals(4, m.truthBins());
        assertArrayEquals(new double[] {0, 1, 2, 3, 4}, m.truthBinEdges());
        assertArrayEquals(new double[] {2.0, 0.5}, m.matrix("sr")[1]);
        // Summed over reco bins: 1.5, 2.5, 3, 3 expected events per truth bin.
        assertArrayEquals(new double[] {1.5, 2.5, 3.0, 3.0}, m.referenceEventsPerTruthBin(), 0);
        assertEquals("signal", m.sampleOf("sr"));
    }

    @Test
    void perChannelSampleOverride() {
        String json =
                ReinterpretFixtures.mapping().replace("\"channels\"", "\"samples\": {\"sr\": \"sig2\"}, \"channels\"");
        ReinterpretMapping m = MappingReader.parse("map.json", json);
        assertEquals("sig2", m.sampleOf("sr"));
    }

    private static void assertBad(String json, String path, String words) {
        InputException e = assertThrows(InputException.class, () -> MappingReader.parse("map.json", json));
        assertEquals("map.json", e.source());
        assertEquals(path, e.location());
        assertTrue(e.problem().contains(words), e.problem());
    }

    @Test
    void badInputsNameFileAndJsonPath() {
        String ok = ReinterpretFixtures.mapping();
        assertBad(ok.replace("mapping/1", "mapping/2"), "$.format", "upsilon-reinterpret-mapping/1");
        assertBad(ok.replace("\"sample\": \"signal\",", ""), "$.sample", "string");
        assertBad(ok.replace("\"poi\": \"mu\"", "\"poi\": 3"), "$.poi", "string");
        assertBad(ok.replace("[0, 1, 2, 3, 4]", "[0, 1, 1, 3, 4]"), "$.truth_bin_edges[2]", "increase");
        assertBad(ok.replace("[0, 1, 2, 3, 4]", "[0, 1, 2, 3]"), "$.channels.sr", "3 rows");
        assertBad(
                ReinterpretFixtures.mapping("{\"sr\": [[1.0, 0.5], [2.0], [2.0, 1.0], [1.0, 2.0]]}"),
                "$.channels.sr[1]",
                "2 reco bins");
        assertBad(
                ReinterpretFixtures.mapping("{\"sr\": [[1.0, 0.5], [2.0, -0.5], [2.0, 1.0], [1.0, 2.0]]}"),
                "$.channels.sr[1][1]",
                ">= 0");
        assertBad(
                ReinterpretFixtures.mapping("{\"sr\": [[1.0, 0.5], [2.0, \"x\"], [2.0, 1.0], [1.0, 2.0]]}"),
                "$.channels.sr[1][1]",
                "finite number");
        assertBad(ReinterpretFixtures.mapping("{}"), "$.channels", "object");
        assertBad(
                ok.replace("\"channels\"", "\"samples\": {\"zz\": \"sig2\"}, \"channels\""), "$.samples.zz", "channel");
        assertBad("[1, 2]", "$", "object");
    }

    @Test
    void syntaxErrorsAreInputErrors() {
        InputException e = assertThrows(InputException.class, () -> MappingReader.parse("map.json", "{\"format\": "));
        assertEquals("map.json", e.source());
    }
}
