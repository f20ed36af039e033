package io.upsilon.stats.reinterpret;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.upsilon.stats.fit.FitResult;
import io.upsilon.stats.fit.Fitter;
import io.upsilon.stats.model.Model;
import io.upsilon.stats.model.ModelCompiler;
import io.upsilon.stats.workspace.Workspace;
import io.upsilon.stats.workspace.WorkspaceReader;
import org.junit.jupiter.api.Test;

class WarmStartTest {

    private static Model compile(Workspace ws) {
        return ModelCompiler.compile(ws, "ws.json");
    }

    @Test
    void startsEveryNuisanceParameterAtTheFitButNotThePoi() {
        Workspace ws = ReinterpretFixtures.workspace();
        Model m = compile(ws);
        FitResult bkgOnly = new Fitter(m).fixedPoiFit(0.0, m.observedData());
        assertTrue(bkgOnly.status().ok());
        WarmStart start = WarmStart.of(m, bkgOnly.values(), "mu");
        // bkg_norm, shape (histosys) and stat_sr (staterror, 2 bins); not mu.
        assertEquals(3, start.parameterSets());
        Model warm = compile(start.applyTo(ws));
        double[] init = warm.suggestedInit();
        for (int i = 0; i < init.length; i++) {
            double expect = i == m.poiIndex() ? m.suggestedInit()[i] : bkgOnly.values()[i];
            assertEquals(expect, init[i], 0, m.parameterNames()[i]);
        }
        assertArrayEquals(m.lowerBounds(), warm.lowerBounds(), 0);
        assertArrayEquals(m.upperBounds(), warm.upperBounds(), 0);
        assertArrayEquals(m.auxData(), warm.auxData(), 0);
        assertArrayEquals(m.auxWidths(), warm.auxWidths(), 0);
        // Same minimum from either start: 1e-5 is well inside the fit's own tolerance on mu (~1e-3 of
        // its error, which is ~0.3 here).
        double muCold = new Fitter(m).fit(m.observedData()).value(m.poiIndex());
        double muWarm = new Fitter(warm).fit(warm.observedData()).value(warm.poiIndex());
        assertEquals(muCold, muWarm, 1e-5);
    }

    @Test
    void keepsAParametersOtherSettingsAndSkipsFixedOnes() {
        String text = ReinterpretFixtures.WORKSPACE.replace(
                "\"parameters\": []",
                "\"parameters\": [{\"name\": \"shape\", \"bounds\": [[-4, 4]]},"
                        + " {\"name\": \"bkg_norm\", \"fixed\": true, \"inits\": [0.5]}]");
        Workspace ws = WorkspaceReader.parse("ws.json", text);
        Model m = compile(ws);
        double[] values = m.suggestedInit();
        int shape = m.parameterSet("shape").offset();
        int norm = m.parameterSet("bkg_norm").offset();
        values[shape] = 0.25;
        values[norm] = -1; // ignored: fixed parameters keep their init, their fixed value
        Model warm = compile(WarmStart.of(m, values, "mu").applyTo(ws));
        assertEquals(0.25, warm.suggestedInit()[shape], 0);
        assertEquals(-4, warm.lowerBounds()[shape], 0);
        assertEquals(4, warm.upperBounds()[shape], 0);
        assertEquals(0.5, warm.suggestedInit()[norm], 0);
        assertTrue(warm.suggestedFixed()[norm]);
    }

    @Test
    void matchesOnlyAModelWithTheSameParametersAndFixedElements() {
        Workspace ws = ReinterpretFixtures.workspace();
        Model m = compile(ws);
        WarmStart start = WarmStart.of(m, m.suggestedInit(), "mu");
        assertTrue(start.matches(compile(start.applyTo(ws))));
        Model fixedNorm = compile(WorkspaceReader.parse(
                "ws.json",
                ReinterpretFixtures.WORKSPACE.replace(
                        "\"parameters\": []", "\"parameters\": [{\"name\": \"bkg_norm\", \"fixed\": true}]")));
        assertFalse(start.matches(fixedNorm));
    }

    @Test
    void rejectsValuesOfAnotherModel() {
        Model m = compile(ReinterpretFixtures.workspace());
        assertThrows(IllegalArgumentException.class, () -> WarmStart.of(m, new double[m.size() + 1], "mu"));
    }
}
