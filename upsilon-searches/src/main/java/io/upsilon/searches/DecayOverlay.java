package io.upsilon.searches;

import com.fasterxml.jackson.databind.JsonNode;
import io.upsilon.analysis.output.provenance.Sha256;
import io.upsilon.core.config.ConfigNode;
import io.upsilon.core.error.InputException;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.generators.decay.DecFile;
import io.upsilon.generators.decay.DecFileParser;
import io.upsilon.generators.decay.HadronDecayTables;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A sample's decay overlay ({@code decay_file:} of a sample in an analysis YAML): a DEC file read
 * on top of the bundled hadron decay table, as {@code upsilon generate --decay-file} reads it, e.g.
 * to force every D0 of a c cbar sample to K- pi+.
 *
 * <p>Where it is found: a value ending in {@code .dec} is a file, relative to the directory of the
 * YAML that names it (or absolute); any other value is a bundled name, the class-path resource
 * {@value #RESOURCE_DIR}{@code NAME.dec} beside the searches' own resources (e.g. {@code
 * charmlifetimes/charm-signal}). Its SHA-256 goes into the run's checkpoint fingerprint ({@link
 * #fingerprintInputs}) and {@code summary.json}, so a changed overlay is a different run.
 *
 * @param name the value as the YAML gives it
 * @param location the file's path or the resource's name
 * @param sha256 SHA-256 (hex) of the overlay's bytes
 * @param table the bundled table with the overlay read on top
 */
public record DecayOverlay(String name, String location, String sha256, DecFile table) {
    /** The class-path directory of the bundled overlays (a bundled name is relative to it). */
    public static final String RESOURCE_DIR = "io/upsilon/searches/";

    /** The YAML key of a sample's overlay. */
    public static final String KEY = "decay_file";

    /** Validates. */
    public DecayOverlay {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(table, "table");
    }

    /**
     * Reads the overlay named at {@code key} of {@code n}.
     *
     * @throws InputException at the YAML path for a missing file or an unknown bundled name; a DEC
     *     error names the overlay, its line and column
     */
    public static DecayOverlay read(ConfigNode n, String key) {
        String value = n.string(key);
        Located found = locate(value, n.source());
        if (found == null) {
            throw n.error(
                    key,
                    value.endsWith(".dec")
                            ? "no such decay file '" + value + "' (a relative path is relative to the YAML's directory)"
                            : "no bundled decay overlay '" + value + "' (class-path resource " + RESOURCE_DIR + value
                                    + ".dec); give a bundled name or the path of a .dec file");
        }
        DecFile base = HadronDecayTables.bundled().orElseGet(() -> DecFile.empty(ParticleTable.standard()));
        String text = new String(found.bytes(), StandardCharsets.UTF_8);
        DecFile table = DecFileParser.parse(new StringReader(text), found.location(), base);
        return new DecayOverlay(value, found.location(), Sha256.of(found.bytes()), table);
    }

    /**
     * The {@code decay_sha256[NAME]=HASH} lines of every {@code decay_file} anywhere in a YAML
     * document, for a checkpoint's fingerprint (a name that cannot be found gives {@code missing}:
     * the run itself reports it).
     */
    public static List<String> fingerprintInputs(byte[] yaml, String source) {
        JsonNode root = ConfigNode.parseYaml(new String(yaml, StandardCharsets.UTF_8), source);
        List<String> out = new ArrayList<>();
        for (JsonNode v : root.findValues(KEY)) {
            if (v.isTextual()) {
                Located found = locate(v.asText(), source);
                out.add("decay_sha256[" + v.asText() + "]=" + (found == null ? "missing" : Sha256.of(found.bytes())));
            }
        }
        return out;
    }

    private record Located(String location, byte[] bytes) {}

    /** The overlay's bytes and where they came from, or null when there is none. */
    private static Located locate(String value, String yamlSource) {
        if (value.endsWith(".dec")) {
            Path file = Path.of(value);
            Path config = Path.of(yamlSource);
            // A relative path is relative to the analysis file that names it (as a detector card's).
            if (!file.isAbsolute()
                    && Files.isRegularFile(config)
                    && config.toAbsolutePath().getParent() != null) {
                file = config.toAbsolutePath().getParent().resolve(file);
            }
            if (!Files.isRegularFile(file)) {
                return null;
            }
            try {
                return new Located(file.toString(), Files.readAllBytes(file));
            } catch (IOException e) {
                throw new InputException(file.toString(), "", "cannot read the decay file: " + e.getMessage(), e);
            }
        }
        String resource = RESOURCE_DIR + value + ".dec";
        if (value.isBlank() || value.contains("..")) {
            return null;
        }
        try (InputStream in = DecayOverlay.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : new Located(resource, in.readAllBytes());
        } catch (IOException e) {
            throw new InputException(resource, "", "cannot read the bundled decay overlay: " + e.getMessage(), e);
        }
    }
}
