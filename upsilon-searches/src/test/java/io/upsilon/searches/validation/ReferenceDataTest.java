package io.upsilon.searches.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.upsilon.core.error.InputException;
import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The reference-data reader: the bundled files as published, and bad files named by file and line. */
class ReferenceDataTest {
    private static final String HEADER = "# Someone et al., Journal 1, 2 (2000)\n#\n# more\n";

    @Test
    void bundledBabarFileHasThePublishedTablesAndItsRatesAreTheSpectraIntegrals() {
        ReferenceData babar = ReferenceData.resource(ContinuumDatasets.BABAR_PIKP);
        assertTrue(babar.publication().startsWith("BaBar, J. P. Lees et al."), babar.publication());
        assertTrue(babar.publication().contains("Phys. Rev. D 88, 032011 (2013)"), babar.publication());
        ReferenceHistogram pi = babar.table("pi-prompt");
        assertEquals(45, pi.bins());
        // first bin of HEPData ins1238276 table 1: 0.20-0.25 GeV, 8.01 per GeV
        assertEquals(0.2, pi.lo(0), 1e-12);
        assertEquals(8.01, pi.value(0), 1e-12);
        // BaBar's integrated rates (tables 3, 4) are the integrals of the spectra over 0.2-5.27 GeV:
        // a transcription error in either would break this to much more than the rounding of the
        // published values (3 significant digits, 0.1 %)
        for (String t : new String[] {"pi-prompt", "K-prompt", "p-prompt", "pi-all", "K-all", "p-all"}) {
            double integral = babar.table(t).integral();
            double rate = babar.table(t + "-rate").value(0);
            assertEquals(rate, integral, 2e-3 * rate, t);
        }
    }

    @Test
    void bundledCharmFilesIntegrateToTheirPublishedRates() {
        // CLEO's D0 cross section (HEPData ins645209 table 1) against its x_p spectrum (table 3):
        // the spectrum does not cover x_p < 0.1, where D0 are kinematically rare, so within 2 %
        ReferenceData cleo = ReferenceData.resource(ContinuumDatasets.CLEO_CHARM);
        assertEquals(1521, cleo.table("D0-sigma").value(0), 1e-9);
        assertEquals(1521, cleo.table("D0-xp").integral(), 0.02 * 1521);
        // BaBar Lambda_c: N(Lambda_c)/N(q qbar) = 0.0568 (table 2) against the x_p spectrum (table 1)
        ReferenceData lc = ReferenceData.resource(ContinuumDatasets.BABAR_LAMBDA_C);
        assertEquals(0.0568, lc.table("Lc-xp").integral(), 0.02 * 0.0568);
        ReferenceData pdg = ReferenceData.resource(ContinuumDatasets.PDG_RATES);
        assertEquals(6.6, pdg.table("pi+-").value(0), 1e-12);
        assertEquals(0.08, pdg.table("Lambda").value(0), 1e-12);
    }

    @Test
    void everyStandardDatasetFindsItsTable() {
        assertEquals(37, ContinuumDatasets.standard().size());
    }

    @Test
    void readsTablesInOrderAndSkipsCommentsAndBlankLines() throws Exception {
        ReferenceData d = read(HEADER
                + "\ntable\ta\tfirst table\n0\t1\t2\t0.5\n1\t2\t3\t0.5\n# note\n\ntable\tb\tsecond\n5\t6\t1\t0\n");
        assertEquals("Someone et al., Journal 1, 2 (2000)", d.publication());
        assertEquals(2, d.table("a").bins());
        assertEquals(3.0, d.table("a").value(1), 0);
        assertEquals(1, d.table("b").bins());
        assertEquals(
                java.util.List.of("a", "b"), java.util.List.copyOf(d.tables().keySet()));
    }

    @Test
    void badFilesAreInputExceptionsWithFileAndLine() {
        assertBad(HEADER + "0\t1\t2\t0.5\n", "line 4", "'table' line");
        assertBad(HEADER + "table\ta\tx\n0\t1\tx2\t0.5\n", "line 5", "number in column 3");
        assertBad(HEADER + "table\ta\tx\n0\t1\t2\n", "line 5", "4 tab-separated");
        assertBad(HEADER + "table\ta\tx\n0\t1\t2\t0.5\n0.5\t2\t2\t0.5\n", "line 6", "increasing order");
        assertBad(HEADER + "table\ta\tx\n1\t1\t2\t0.5\n", "line 5", "upper bin edge");
        assertBad(HEADER + "table\ta\tx\n0\t1\t2\t-0.5\n", "line 5", "non-negative");
        assertBad(HEADER + "table\ta\tx\ntable\tb\ty\n0\t1\t2\t0.5\n", "line 4", "no data rows");
        assertBad(HEADER + "table\ta\tx\n0\t1\t2\t0.5\ntable\ta\ty\n", "line 6", "defined twice");
        assertBad("table\ta\tx\n0\t1\t2\t0.5\n", "line 1", "header naming the publication");
        assertBad(HEADER, "end of file", "at least one table");
    }

    @Test
    void aMissingTableIsAnInputExceptionNamingIt() throws Exception {
        ReferenceData d = read(HEADER + "table\ta\tx\n0\t1\t2\t0.5\n");
        InputException e = assertThrows(InputException.class, () -> d.table("b"));
        assertTrue(e.getMessage().contains("test.tsv") && e.getMessage().contains("'b'"), e.getMessage());
    }

    private static void assertBad(String text, String where, String what) {
        InputException e = assertThrows(InputException.class, () -> read(text));
        assertEquals("test.tsv", e.source());
        assertEquals(where, e.location(), e.getMessage());
        assertTrue(e.problem().contains(what), e.getMessage());
    }

    private static ReferenceData read(String text) throws Exception {
        return ReferenceData.read("test.tsv", new BufferedReader(new StringReader(text)));
    }
}
