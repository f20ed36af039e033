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
import java.util.List;
import java.util.Optional;

/**
 * Upsilon's bundled hadron decay table (the files {@link #RESOURCES} beside this class, EvtGen DEC
 * format, read in that order, each on top of the ones before) and the table of a run: the bundled
 * one with a user's {@code --decay-file} read on top (the user's tables replace the bundled ones of
 * the same particles, the others extend it).
 */
public final class HadronDecayTables {
    /** Classpath resource name of the bundled light, charm and charmonium table, relative to this class. */
    public static final String RESOURCE = "hadron-decays.dec";

    /** Classpath resource name of the bundled B meson table (issue 13), relative to this class. */
    public static final String B_RESOURCE = "b-decays.dec";

    /**
     * The bundled files in the order they are read (the one place this order is declared): the B
     * table uses the D, charmonium and light-hadron tables of the first file and the particle
     * aliases it defines.
     */
    public static final List<String> RESOURCES = List.of(RESOURCE, B_RESOURCE);

    private HadronDecayTables() {}

    /** Parsed once, on first use (lazy holder). */
    private static final class Bundled {
        static final Optional<DecFile> TABLE = load();

        private static Optional<DecFile> load() {
            DecFile table = null;
            for (String resource : RESOURCES) {
                InputStream in = HadronDecayTables.class.getResourceAsStream(resource);
                if (in == null) {
                    continue;
                }
                DecFile base = table == null ? DecFile.empty(ParticleTable.standard()) : table;
                try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    table = DecFileParser.parse(r, "classpath:" + resource, base);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return Optional.ofNullable(table);
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
