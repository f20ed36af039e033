package io.upsilon.stats.reinterpret;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.upsilon.core.error.InputException;
import io.upsilon.stats.fit.FitResult;
import io.upsilon.stats.fit.Fitter;
import io.upsilon.stats.model.Model;
import io.upsilon.stats.model.ModelCompiler;
import io.upsilon.stats.workspace.Modifier;
import io.upsilon.stats.workspace.Sample;
import io.upsilon.stats.workspace.Workspace;
import io.upsilon.stats.workspace.WorkspaceReader;
import org.junit.jupiter.api.Test;

class TemplateReweighterTest {

    private static TemplateReweighter reweighter() {
        return new TemplateReweighter(
                ReinterpretFixtures.workspace(), MappingReader.parse("map.json", ReinterpretFixtures.mapping()));
    }

    private static Sample signal(Workspace ws) {
        return ws.channels().get(0).samples().get(0);
    }

    @Test
    void unitWeightsReproduceTheWorkspaceExactly() {
        Workspace ws = ReinterpretFixtures.workspace();
        Workspace same = reweighter().reweight(new double[] {1, 1, 1, 1});
        assertEquals(ws, same);
        Model a = ModelCompiler.compile(ws, "a");
        Model b = ModelCompiler.compile(same, "b");
        double[] p = a.suggestedInit();
        assertArrayEquals(a.expectedData(p), b.expectedData(p), 0);
    }

    @Test
    void doublingHalfTheTruthBinsAddsTheirEvents() {
        // Truth bins 0 and 1 doubled: reco bin 0 gains 1 + 2 = 3 events (6 -> 9), bin 1 gains 0.5 + 0.5 (4 -> 5).
        Workspace ws = reweighter().reweight(new double[] {2, 2, 1, 1});
        Sample s = signal(ws);
        assertArrayEquals(new double[] {9.0, 5.0}, s.data(), 1e-12);
        // Systematics keep their relative size: factors 9/6 and 5/4.
        Modifier.HistoSys h = (Modifier.HistoSys) s.modifiers().get(2);
        assertArrayEquals(new double[] {6.6 * 1.5, 4.2 * 1.25}, h.hiData(), 1e-12);
        assertArrayEquals(new double[] {5.4 * 1.5, 3.8 * 1.25}, h.loData(), 1e-12);
        Modifier.StatError st = (Modifier.StatError) s.modifiers().get(1);
        assertArrayEquals(new double[] {0.6 * 1.5, 0.8 * 1.25}, st.data(), 1e-12);
        // The background and the other channel are the very same objects.
        Workspace orig = ReinterpretFixtures.workspace();
        assertEquals(orig.channels().get(1), ws.channels().get(1));
        assertEquals(
                orig.channels().get(0).samples().get(1),
                ws.channels().get(0).samples().get(1));
    }

    @Test
    void closedFormMuHatOfOneBinCountingExperiment() {
        // One bin, no nuisance parameters: mu_hat = (n - b) / s exactly (Poisson maximum likelihood).
        String ws = """
                {"channels": [{"name": "c", "samples": [
                   {"name": "signal", "data": [6.0], "modifiers": [{"name": "mu", "type": "normfactor", "data": null}]},
                   {"name": "bkg", "data": [40.0], "modifiers": []}]}],
                 "observations": [{"name": "c", "data": [55]}],
                 "measurements": [{"name": "m", "config": {"poi": "mu", "parameters": []}}],
                 "version": "1.0.0"}
                """;
        String map = ReinterpretFixtures.mapping("{\"c\": [[1.0], [2.0], [2.0], [1.0]]}");
        TemplateReweighter rw =
                new TemplateReweighter(WorkspaceReader.parse("ws.json", ws), MappingReader.parse("m", map));
        double smHat = muHat(rw.reweight(new double[] {1, 1, 1, 1}));
        double doubledHat = muHat(rw.reweight(new double[] {2, 2, 1, 1}));
        assertEquals((55.0 - 40.0) / 6.0, smHat, 1e-5);
        assertEquals((55.0 - 40.0) / 9.0, doubledHat, 1e-5);
    }

    private static double muHat(Workspace ws) {
        Model m = ModelCompiler.compile(ws, "ws");
        FitResult f = new Fitter(m).fit(m.observedData());
        return f.value(m.poiIndex());
    }

    @Test
    void anEmptiedBinKeepsATraceOfItsTemplateAndItsConstraint() {
        // All weights 0: both reco bins keep MIN_FACTOR of the template (and of its errors), so that the
        // signal's staterror constraint terms survive unchanged.
        Workspace ws = reweighter().reweight(new double[] {0, 0, 0, 0});
        Sample s = signal(ws);
        assertArrayEquals(
                new double[] {6.0 * TemplateReweighter.MIN_FACTOR, 4.0 * TemplateReweighter.MIN_FACTOR}, s.data(), 0);
        Modifier.StatError st = (Modifier.StatError) s.modifiers().get(1);
        assertArrayEquals(
                new double[] {0.6 * TemplateReweighter.MIN_FACTOR, 0.8 * TemplateReweighter.MIN_FACTOR}, st.data(), 0);
        Model a = ModelCompiler.compile(ReinterpretFixtures.workspace(), "a");
        Model b = ModelCompiler.compile(ws, "b");
        assertArrayEquals(a.auxData(), b.auxData(), 0);
        assertArrayEquals(a.auxWidths(), b.auxWidths(), 1e-9);
    }

    @Test
    void weightsAreModelOverReference() {
        assertArrayEquals(
                new double[] {2, 0.5, 0},
                TemplateReweighter.weights(new double[] {2, 1, 0}, new double[] {1, 2, 0}),
                0);
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> TemplateReweighter.weights(new double[] {1, 1}, new double[] {1, 0}));
        assertTrue(e.getMessage().contains("truth bin 1"), e.getMessage());
    }

    private static void assertBad(String ws, String mapping, String path, String words) {
        Workspace w = WorkspaceReader.parse("ws.json", ws);
        ReinterpretMapping m = MappingReader.parse("map.json", mapping);
        InputException e = assertThrows(InputException.class, () -> new TemplateReweighter(w, m));
        assertEquals("map.json", e.source());
        assertEquals(path, e.location());
        assertTrue(e.problem().contains(words), e.problem());
    }

    @Test
    void mismatchesWithTheWorkspaceNameFileAndPath() {
        String ws = ReinterpretFixtures.WORKSPACE;
        String m = ReinterpretFixtures.MATRIX;
        assertBad(ws, ReinterpretFixtures.mapping("{\"zz\": " + m + "}"), "$.channels.zz", "no channel zz");
        assertBad(ws, ReinterpretFixtures.mapping("{\"cr\": [[1.0], [1.0], [1.0], [1.0]]}"), "$.sample", "no sample");
        assertBad(
                ws,
                ReinterpretFixtures.mapping("{\"sr\": [[1.0, 0.5, 0], [2.0, 0.5, 0], [2.0, 1.0, 0], [1.0, 2.0, 0]]}"),
                "$.channels.sr[0]",
                "2 reco bins");
        assertBad(
                ws,
                ReinterpretFixtures.mapping("{\"sr\": [[1.0, 0.5], [2.0, 0.5], [2.0, 1.0], [1.0, 2.5]]}"),
                "$.channels.sr",
                "reco bin 1");
        assertBad(
                ws,
                ReinterpretFixtures.mapping().replace("\"poi\": \"mu\"", "\"poi\": \"nu\""),
                "$.poi",
                "normfactor nu");
        assertBad(
                ws,
                ReinterpretFixtures.mapping().replace("\"channels\"", "\"samples\": {\"sr\": \"sig2\"}, \"channels\""),
                "$.samples.sr",
                "no sample sig2");
    }

    @Test
    void reweighterKeepsItsMapping() {
        TemplateReweighter rw = reweighter();
        assertSame(rw.mapping(), rw.mapping());
        assertThrows(IllegalArgumentException.class, () -> rw.reweight(new double[] {1, 1, 1}));
        assertThrows(IllegalArgumentException.class, () -> rw.reweight(new double[] {1, -1, 1, 1}));
    }
}
