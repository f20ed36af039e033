package io.upsilon.generators.decay;

import io.upsilon.core.error.InputException;
import io.upsilon.core.pdg.ParticleTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Upsilon's bundled hadron decay table ({@value #RESOURCE} beside this class, EvtGen DEC format)
 * and the table of a run: the bundled one with a user's {@code --decay-file} read on top (the
 * user's tables replace the bundled ones of the same particles, the others extend it).
 */
public final class HadronDecayTables {
    /** Classpath resource name of the bundled table, relative to this class. */
    public static final String RESOURCE = "hadron-decays.dec";

    private HadronDecayTables() {}

    /** Parsed once, on first use (lazy holder). */
    private static final class Bundled {
        static final Optional<DecFile> TABLE = load();

        private static Optional<DecFile> load() {
            InputStream in = HadronDecayTables.class.getResourceAsStream(RESOURCE);
            if (in == null) {
                return Optional.empty();
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return Optional.of(DecFileParser.parse(r, "classpath:" + RESOURCE, ParticleTable.standard()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The bundled table, or empty when this build has none. */
    public static Optional<DecFile> bundled() {
        return Bundled.TABLE;
    }

    /**
     * The table of a run: the bundled table (an empty one if there is none) with {@code userFile}
     * read on top.
     *
     * @throws InputException for an unreadable or malformed file, naming it, the line and column
     */
    public static DecFile forRun(Path userFile) {
        DecFile base = bundled().orElseGet(() -> DecFile.empty(ParticleTable.standard()));
        return DecFileParser.parse(userFile, base);
    }
}
