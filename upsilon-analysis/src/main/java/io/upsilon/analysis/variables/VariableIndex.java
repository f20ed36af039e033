package io.upsilon.analysis.variables;

import io.upsilon.analysis.particles.StandardHadronLists;
import io.upsilon.core.pdg.ParticleTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes the variable index page ({@code docs/variables.md}) from a registry, so the page never
 * drifts from the code. {@code VariableIndexTest} fails when the committed page is out of date; run
 * {@link #main(String[])} (argument: the output file) to regenerate it.
 */
public final class VariableIndex {
    private VariableIndex() {}

    /** The Markdown page for {@code registry}. */
    public static String render(VariableRegistry registry) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Analysis variables\n\n");
        sb.append(
                "Generated from `io.upsilon.analysis.variables.StandardVariables` by `VariableIndex`: do not edit by\n");
        sb.append("hand. Names and definitions follow basf2 (analysis/variables/src). Starred quantities are in the\n");
        sb.append("nominal CM frame of the beam, E*_beam = sqrt(s)/2. Kinematic variables are in the lab unless\n");
        sb.append("wrapped in `useCMSFrame(...)`. Event-level variables use every track (as a pion) and every\n");
        sb.append("neutral ECL cluster (as a photon); the event-shape variables (thrust, thrust hemispheres,\n");
        sb.append(
                "Fox-Wolfram moments, `...OfEventShape...`) use the particles an analysis chose as its event shape\n");
        sb.append("(`EventContext.withEventShape`), by default the same whole event. Use the names in cut\n");
        sb.append("expressions and ntuple columns.\n\n");
        sb.append("## Variables\n\n");
        sb.append("| name | unit | description |\n| --- | --- | --- |\n");
        for (Variable v : registry.variables()) {
            sb.append("| `")
                    .append(v.name())
                    .append("` | ")
                    .append(v.unit())
                    .append(" | ")
                    .append(escape(v.description()))
                    .append(" |\n");
        }
        sb.append("\n## Metavariables\n\n");
        sb.append("| call | description |\n| --- | --- |\n");
        for (MetaVariable m : registry.metaVariables()) {
            sb.append("| `")
                    .append(m.name())
                    .append(m.signature())
                    .append("` | ")
                    .append(escape(m.description()))
                    .append(" |\n");
        }
        sb.append("\nMetavariables nest: `daughter(0, useCMSFrame(p))`. In cut expressions `abs(x)` is a function\n");
        sb.append("of any expression; see `io.upsilon.analysis.select.CutExpression` for the grammar.\n");
        sb.append("\n## B candidates: rest of event, continuum suppression, vertices, truth\n\n");
        sb.append("The rest of event (ROE) of a candidate is every track (as a pion) and neutral ECL cluster (as a\n");
        sb.append(
                "photon) it does not use, passed through the context's ROE mask (`EventContext.withRoeMask`, basf2's\n");
        sb.append("`appendROEMasks`), plus the neutral KLM clusters, which are counted but carry no four-momentum.\n");
        sb.append("Continuum suppression follows The Physics of the B Factories, EPJC 74 (2014) 3026\n");
        sb.append("(arXiv:1406.6311), chapter 9: thrust of the B and of the ROE (`thrustBm`, `thrustOm`, `cosTBTO`,\n");
        sb.append("`cosTBz`), Fox-Wolfram `R2` (PRL 41 (1978) 1581), CLEO cones (PRD 53 (1996) 1039) and Belle's\n");
        sb.append("KSFW moments (PRL 91 (2003) 261801), normalised to 2 (E*_beam - deltaE). The B direction against\n");
        sb.append(
                "the beam is `useCMSFrame(cosTheta)`. Vertex variables (`x`, `y`, `z`, `TagV...`, `Delta...`) need\n");
        sb.append("the detector card's impact-parameter resolution (`EventContext.withTrackResolution`): a\n");
        sb.append(
                "composite's vertex is the least-squares vertex of its charged tracks (V0 daughters excluded), the\n");
        sb.append("tag vertex the fit of the ROE tracks without K_S0 pairs with the beam spot (widened by the B's\n");
        sb.append("transverse flight) as a constraint in x and y, and `DeltaT` = `DeltaBoost` / (beta gamma c) with\n");
        sb.append(
                "beta gamma of the beam. `isSignal` checks the whole decay chain; `mcErrors` gives basf2's bit word.\n");
        sb.append("\n## Standard particle lists\n\n");
        sb.append("Filled by `io.upsilon.analysis.particles.StandardHadronLists` (basf2 list names); V0 candidates\n");
        sb.append(
                "carry their vertex, so `dr`, `flightDistance` and `cosAngleBetweenMomentumAndVertexVector` apply.\n\n");
        sb.append("| list | made from |\n| --- | --- |\n");
        for (String[] row : new StandardHadronLists(ParticleTable.standard()).describe()) {
            sb.append("| `")
                    .append(row[0])
                    .append("` | ")
                    .append(escape(row[1]))
                    .append(" |\n");
        }
        return sb.toString();
    }

    private static String escape(String s) {
        return s.replace("|", "\\|");
    }

    /** Writes the standard registry's page to {@code args[0]} (default {@code docs/variables.md}). */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/variables.md");
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        Files.writeString(tmp, render(StandardVariables.registry()), StandardCharsets.UTF_8);
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
