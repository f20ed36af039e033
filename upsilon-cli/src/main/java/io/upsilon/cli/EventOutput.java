package io.upsilon.cli;

import io.upsilon.core.error.InputException;
import java.nio.file.Path;
import java.util.Locale;

/** Output event formats chosen by file extension. */
final class EventOutput {
    private EventOutput() {}

    /** Throws unless {@code out} names a HepMC3 ASCII file ({@code .hepmc} or {@code .hepmc3}). */
    static void requireHepMC3(Path out, String option) {
        String name =
                out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".hepmc") && !name.endsWith(".hepmc3")) {
            throw new InputException(
                    option,
                    "",
                    "unknown output format for '" + out + "': expected a file name ending in .hepmc or .hepmc3"
                            + " (HepMC3 ASCII)");
        }
    }

    /** The version of this build, for provenance. */
    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
