package io.upsilon.generators.decay;

import io.upsilon.core.error.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A signal decay overlay: a DEC file read on top of the run's decay table that gives one B of each
 * event its own decay, EvtGen's way. The overlay declares aliases of the B's ({@code Alias B+sig
 * B+}, {@code Alias B-sig B-}, {@code ChargeConj B+sig B-sig}, or the same for {@code B0} / {@code
 * anti-B0}) with their decay blocks ({@code Decay B+sig ... Enddecay}, {@code CDecay B-sig}); the
 * B pair generator ({@code io.upsilon.generators.process.Upsilon4SGenerator}) then decays the
 * Upsilon(4S) to one signal B and one generic B.
 *
 * <p>Where an overlay is found: a bundled name {@code NAME} is the class-path resource {@value
 * #RESOURCE_DIR}{@code NAME.dec}; anything else that names an existing file (a path) is read from
 * disk. Signal-specific numbers are the overlay's {@code Define}s: {@link #load} replaces the value
 * of each {@code Define NAME value} line of the overlay by the override given for NAME (the
 * command line's {@code --param NAME=value}) before the file is parsed, so every model argument
 * written as NAME takes the new value. An override of a name the overlay does not {@code Define}
 * is an error listing the names it does.
 */
public final class SignalOverlay {
    /** The class-path directory of the bundled overlays. */
    public static final String RESOURCE_DIR = "io/upsilon/generators/decay/signal/";

    private static final Pattern DEFINE = Pattern.compile("^(\\s*Define\\s+)(\\S+)(\\s+)(\\S+)(.*)$");
    private static final int B_CHARGED = 521;
    private static final int B_NEUTRAL = 511;

    private final String name;
    private final DecFile table;
    private final Map<String, Double> defines;
    private final String chargedAlias;
    private final String chargedConjugate;
    private final String neutralAlias;
    private final String neutralConjugate;

    private SignalOverlay(String name, DecFile table, Map<String, Double> defines, String[] aliases) {
        this.name = name;
        this.table = table;
        this.defines = Collections.unmodifiableMap(new LinkedHashMap<>(defines));
        this.chargedAlias = aliases[0];
        this.chargedConjugate = aliases[1];
        this.neutralAlias = aliases[2];
        this.neutralConjugate = aliases[3];
    }

    private static volatile List<String> bundled;

    /**
     * The names of the bundled overlays (the {@code *.dec} resources in {@value #RESOURCE_DIR}),
     * sorted; listed once from the class path (a directory or a jar) and cached. Used for listings
     * and messages: {@link #load} finds a bundled overlay by its resource name directly.
     */
    public static List<String> bundledNames() {
        List<String> names = bundled;
        if (names == null) {
            names = listBundled();
            bundled = names;
        }
        return names;
    }

    private static List<String> listBundled() {
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> dirs = SignalOverlay.class.getClassLoader().getResources(RESOURCE_DIR);
            while (dirs.hasMoreElements()) {
                URL dir = dirs.nextElement();
                if ("jar".equals(dir.getProtocol())) {
                    JarURLConnection connection = (JarURLConnection) dir.openConnection();
                    connection.setUseCaches(false);
                    try (JarFile jar = connection.getJarFile()) {
                        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                            String entry = e.nextElement().getName();
                            if (entry.startsWith(RESOURCE_DIR) && entry.endsWith(".dec")) {
                                addName(names, entry.substring(RESOURCE_DIR.length()));
                            }
                        }
                    }
                } else if ("file".equals(dir.getProtocol())) {
                    try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
                        files.forEach(f -> addName(names, f.getFileName().toString()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the bundled signal overlays", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot list the bundled signal overlays", e);
        }
        return List.copyOf(names);
    }

    private static void addName(TreeSet<String> names, String file) {
        if (file.endsWith(".dec") && !file.contains("/")) {
            names.add(file.substring(0, file.length() - ".dec".length()));
        }
    }

    /**
     * Reads an overlay on top of the run's table.
     *
     * @param nameOrPath a bundled name ({@link #bundledNames()}) or the path of a DEC file
     * @param overrides new values of the overlay's {@code Define}s, by name
     * @param base the run's decay table
     * @throws InputException for an unknown name (listing the bundled ones), an override of a name
     *     the overlay does not define, a DEC error, or an overlay without a signal B alias
     */
    public static SignalOverlay load(String nameOrPath, Map<String, Double> overrides, DecFile base) {
        String text;
        String source;
        String resource = RESOURCE_DIR + nameOrPath + ".dec";
        InputStream bundledStream = looksLikePath(nameOrPath) || nameOrPath.isBlank()
                ? null
                : SignalOverlay.class.getClassLoader().getResourceAsStream(resource);
        if (bundledStream != null) {
            source = resource;
            try (InputStream in = bundledStream) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + source, e);
            }
        } else if (looksLikePath(nameOrPath) && Files.isRegularFile(Path.of(nameOrPath))) {
            source = nameOrPath;
            try {
                text = Files.readString(Path.of(nameOrPath), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InputException(nameOrPath, "", "cannot read the signal overlay: " + e.getMessage());
            }
        } else {
            throw new InputException(
                    "--param",
                    "signal",
                    "unknown signal '" + nameOrPath + "'; expected one of " + String.join(", ", bundledNames())
                            + " or the path of a DEC file");
        }
        Map<String, Double> defines = new LinkedHashMap<>();
        String rewritten = applyOverrides(text, overrides, defines, source);
        DecFile table = DecFileParser.parse(new StringReader(rewritten), source, base);
        String[] aliases = signalAliases(table, base, source);
        return new SignalOverlay(nameOrPath, table, defines, aliases);
    }

    private static boolean looksLikePath(String s) {
        return s.endsWith(".dec") || s.indexOf('/') >= 0 || s.indexOf('\\') >= 0;
    }

    /** The text with each overridden {@code Define} line's value replaced; fills {@code defines} (final values). */
    private static String applyOverrides(
            String text, Map<String, Double> overrides, Map<String, Double> defines, String source) {
        StringBuilder out = new StringBuilder(text.length());
        List<String> known = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            Matcher m = DEFINE.matcher(line);
            if (m.matches() && !line.strip().startsWith("#")) {
                String key = m.group(2);
                known.add(key);
                Double v = overrides.get(key);
                if (v != null) {
                    line = m.group(1) + key + m.group(3) + Double.toString(v) + m.group(5);
                    defines.put(key, v);
                } else {
                    try {
                        defines.put(key, Double.parseDouble(m.group(4)));
                    } catch (NumberFormatException e) {
                        // the parser reports it with its line number
                    }
                }
            }
            out.append(line).append('\n');
        }
        for (String key : overrides.keySet()) {
            if (!known.contains(key)) {
                throw new InputException(
                        "--param",
                        key,
                        "the signal overlay " + source + " has no Define " + key + "; it defines: "
                                + (known.isEmpty() ? "(nothing)" : String.join(", ", known)));
            }
        }
        return out.toString();
    }

    /**
     * The overlay's signal aliases: {charged, its conjugate, neutral, its conjugate}, null where
     * absent. A signal alias is an alias the base did not have, of a B+- or B0 with a decay block.
     */
    private static String[] signalAliases(DecFile table, DecFile base, String source) {
        String[] out = new String[4];
        for (Map.Entry<String, DecParticle> e : table.aliases().entrySet()) {
            if (base.aliases().containsKey(e.getKey())
                    || table.decay(e.getKey()).isEmpty()) {
                continue;
            }
            int id = e.getValue().data().id();
            int slot = Math.abs(id) == B_CHARGED ? 0 : Math.abs(id) == B_NEUTRAL ? 2 : -1;
            if (slot < 0) {
                continue;
            }
            int k = slot + (id > 0 ? 0 : 1);
            if (out[k] != null) {
                throw new InputException(
                        source,
                        e.getKey(),
                        "two signal aliases of " + e.getValue().data().name() + " (" + out[k] + " and " + e.getKey()
                                + "); a signal overlay has one per B");
            }
            out[k] = e.getKey();
        }
        for (int slot = 0; slot < 4; slot += 2) {
            if ((out[slot] == null) != (out[slot + 1] == null)) {
                throw new InputException(
                        source,
                        out[slot] != null ? out[slot] : out[slot + 1],
                        "a signal B needs an alias with a decay block for both flavours (Alias, ChargeConj and"
                                + " CDecay, e.g. Alias B+sig B+, Alias B-sig B-, CDecay B-sig)");
            }
        }
        if (out[0] == null && out[2] == null) {
            throw new InputException(
                    source,
                    "",
                    "no signal B: expected an alias of B+ / B- or B0 / anti-B0 with a decay block (e.g. Alias"
                            + " B+sig B+, Decay B+sig ... Enddecay)");
        }
        return out;
    }

    /** The bundled name or the path it was read from. */
    public String name() {
        return name;
    }

    /** The run's table with the overlay on top. */
    public DecFile table() {
        return table;
    }

    /** The overlay's {@code Define}s with their values (after overrides). */
    public Map<String, Double> defines() {
        return defines;
    }

    /** The signal aliases of B+ and B- ({@code [B+ alias, B- alias]}), if the overlay has a charged signal. */
    public Optional<String[]> chargedAliases() {
        return chargedAlias == null ? Optional.empty() : Optional.of(new String[] {chargedAlias, chargedConjugate});
    }

    /** The signal aliases of B0 and anti-B0, if the overlay has a neutral signal. */
    public Optional<String[]> neutralAliases() {
        return neutralAlias == null ? Optional.empty() : Optional.of(new String[] {neutralAlias, neutralConjugate});
    }
}
