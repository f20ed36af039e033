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
