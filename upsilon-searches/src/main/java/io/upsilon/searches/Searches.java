package io.upsilon.searches;

import com.fasterxml.jackson.databind.JsonNode;
import io.upsilon.core.config.ConfigNode;
import io.upsilon.core.error.InputException;
import io.upsilon.searches.alp3gamma.Alp3GammaSearch;
import io.upsilon.searches.sin2phi1.Sin2Phi1Search;
import io.upsilon.searches.taualpha.TauAlphaSearch;
import io.upsilon.searches.taulphi.TauLPhiSearch;
import io.upsilon.searches.taumass.TauMassSearch;
import io.upsilon.searches.xmumu.XMuMuSearch;
import io.upsilon.searches.zprime.ZPrimeInvisibleSearch;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The reproduced analyses, by name: the one place a search is registered, and its config loader. */
public final class Searches {
    private static final String RESOURCE_DIR = "/analyses/";

    private final Map<String, Search> byName;

    private Searches(Map<String, Search> byName) {
        this.byName = Collections.unmodifiableMap(byName);
    }

    /** Every built-in search. */
    public static Searches standard() {
        Map<String, Search> m = new LinkedHashMap<>();
        register(m, new ZPrimeInvisibleSearch());
        register(m, new TauAlphaSearch());
        register(m, new TauLPhiSearch());
        register(m, new TauMassSearch());
        register(m, new Sin2Phi1Search());
        register(m, new Alp3GammaSearch());
        register(m, new XMuMuSearch());
        register(m, new io.upsilon.searches.bknunu.BKnunuSearch());
        register(m, new io.upsilon.searches.llpscalar.LlpScalarSearch());
        register(m, new io.upsilon.searches.xtautau.XTauTauSearch());
        register(m, new io.upsilon.searches.darkphotoninv.DarkPhotonInvisibleSearch());
        register(m, new io.upsilon.searches.bkll.BKllSearch());
        register(m, new io.upsilon.searches.charmlifetimes.CharmLifetimesSearch());
        return new Searches(m);
    }

    private static void register(Map<String, Search> m, Search s) {
        if (m.put(s.name(), s) != null) {
            throw new IllegalStateException("search registered twice: " + s.name());
        }
    }

    /** All searches in registration order. */
    public Collection<Search> all() {
        return byName.values();
    }

    /**
     * A configuration ready to run.
     *
     * @param search the driver named by the file's {@code analysis:} key
     * @param config the root of the file
     * @param bytes the file's bytes (for provenance)
     * @param source the file name or bundled resource, for messages
     */
    public record Loaded(Search search, ConfigNode config, byte[] bytes, String source) {}

    /**
     * Finds a bundled analysis by name ({@code zprime-invisible}) or reads a user's YAML file (any
     * argument ending in {@code .yaml}/{@code .yml} or naming an existing file).
     *
     * @throws InputException for an unknown name, a missing or unreadable file, bad YAML, or an
     *     {@code analysis:} key naming no registered search
     */
    public Loaded load(String nameOrPath) {
        byte[] bytes;
        String source;
        Path file = Path.of(nameOrPath);
        boolean looksLikeFile =
                nameOrPath.endsWith(".yaml") || nameOrPath.endsWith(".yml") || Files.isRegularFile(file);
        if (looksLikeFile) {
            source = nameOrPath;
            try {
                bytes = Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                throw new InputException(source, "", "no such file");
            } catch (IOException e) {
                throw new InputException(source, "", "cannot read the file: " + e.getMessage());
            }
        } else {
            source = "analyses/" + nameOrPath + ".yaml (bundled)";
            bytes = bundled(nameOrPath);
            if (bytes == null) {
                throw new InputException(
                        "upsilon run",
                        nameOrPath,
                        "unknown analysis; bundled analyses: " + String.join(", ", byName.keySet())
                                + " (or give the path of a .yaml file)");
            }
        }
        return parse(bytes, source);
    }

    /**
     * Reads a configuration from its bytes ({@code source} names it in messages and anchors a
     * relative detector-card path), as {@link #load} does after reading the file.
     *
     * @throws InputException for bad YAML or an {@code analysis:} key naming no registered search
     */
    public Loaded parse(byte[] bytes, String source) {
        JsonNode tree = ConfigNode.parseYaml(new String(bytes, StandardCharsets.UTF_8), source);
        ConfigNode root = ConfigNode.root(tree, source, "the bundled analyses/*.yaml files");
        String name = root.string("analysis");
        Search search = byName.get(name);
        if (search == null) {
            throw root.error(
                    "analysis", "unknown analysis '" + name + "'; known: " + String.join(", ", byName.keySet()));
        }
        return new Loaded(search, root, bytes, source);
    }

    /** The bundled configuration of a search, or null. */
    public static byte[] bundled(String name) {
        if (!name.matches("[a-z0-9-]+")) {
            return null;
        }
        try (InputStream in = Searches.class.getResourceAsStream(RESOURCE_DIR + name + ".yaml")) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bundled analysis " + name, e);
        }
    }
}
