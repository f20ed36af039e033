package io.upsilon.generators.io;

import io.upsilon.core.error.InputException;
import io.upsilon.core.event.GenEvent;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.exec.TemporaryFiles;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.units.PhysicalConstants;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes {@link GenEvent}s in the HepMC3 ASCII format ({@code HepMC::Asciiv3}), atomically: the
 * events go to a temporary file beside the target, which {@link #commit()} completes with the
 * end-of-listing line and renames into place; {@link #close()} without {@link #commit()} deletes
 * it, so an error never leaves a half-written file.
 *
 * <p>Layout (as HepMC3's own ASCII writer): {@code HepMC::Version}, {@code
 * HepMC::Asciiv3-START_EVENT_LISTING}, run-level lines ({@code T} tool, {@code A name value}
 * attributes), then per event {@code E number vertices particles}, {@code U GEV CM}, {@code W
 * weight}, then {@code P id parent pdg px py pz e m status} lines in event order, each vertex line
 * {@code V id status [in1,in2,...] @ x y z ct} written just before the first particle it produces,
 * and finally {@code HepMC::Asciiv3-END_EVENT_LISTING}. Units are GeV and cm, Upsilon's own, so
 * numbers are written unconverted as decimals that read back to the same double
 * ({@link DecimalFormatter}); the vertex time is written as c*t in cm.
 *
 * <p>Vertices: one per distinct mother range (the particles produced by the same mothers share
 * it); its position is that of its first outgoing particle. A particle without mothers has no
 * production vertex (parent 0) unless its position is not zero, when it gets a vertex of its own
 * with no incoming particles. As in HepMC3, a vertex with exactly one incoming particle and no
 * position is not written: its outgoing particles name that particle as their parent.
 */
public final class HepMC3Writer implements AutoCloseable {
    /** The format's first line, before the version number. */
    static final String VERSION_PREFIX = "HepMC::Version";

    /** Version of HepMC3 whose ASCII format is written. */
    static final String FORMAT_VERSION = "3.02.06";

    static final String START = "HepMC::Asciiv3-START_EVENT_LISTING";
    static final String END = "HepMC::Asciiv3-END_EVENT_LISTING";

    /** Speed of light in cm/ns: vertex times are written as c*t in the length unit. */
    static final double C_CM_PER_NS = PhysicalConstants.C_CM_PER_S * 1e-9;

    private final Path target;
    private final Path temp;
    private final Writer out;
    private final StringBuilder sb = new StringBuilder(1024);
    private final EventFormatter formatter = new EventFormatter();
    private long eventsWritten;
    private boolean done;

    private HepMC3Writer(Path target, Path temp, Writer out) {
        this.target = target;
        this.temp = temp;
        this.out = out;
    }

    /**
     * Starts writing {@code target} (through a temporary file in the same directory) with the
     * header and the given run attributes ({@code A name value} lines, e.g. provenance).
     *
     * @param tool tool name, version and description for the {@code T} line; null writes none
     */
    public static HepMC3Writer create(Path target, String[] tool, Map<String, String> runAttributes) {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Path temp;
        try {
            removeStaleParts(dir, abs.getFileName().toString());
            temp = createPartFile(dir, abs.getFileName().toString());
        } catch (NoSuchFileException e) {
            throw new InputException(target.toString(), "", "cannot write: no such directory " + dir, e);
        } catch (IOException e) {
            throw new InputException(target.toString(), "", "cannot write: " + e.getMessage(), e);
        }
        HepMC3Writer w;
        try {
            w = new HepMC3Writer(
                    target,
                    temp,
                    new BufferedWriter(
                            new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8), 1 << 16));
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UncheckedIOException(e);
        }
        try {
            w.writeHeader(tool, runAttributes);
        } catch (RuntimeException e) {
            w.close();
            throw e;
        }
        return w;
    }

    private void writeHeader(String[] tool, Map<String, String> runAttributes) {
        sb.setLength(0);
        sb.append(VERSION_PREFIX).append(' ').append(FORMAT_VERSION).append('\n');
        sb.append(START).append('\n');
        if (tool != null) {
            sb.append("T ").append(escape(String.join("\n", tool))).append('\n');
        }
        for (Map.Entry<String, String> a : runAttributes.entrySet()) {
            String name = a.getKey();
            if (name.isEmpty() || name.chars().anyMatch(c -> c <= ' ')) {
                throw new IllegalArgumentException("attribute name must be one word, got '" + name + "'");
            }
            sb.append("A ")
                    .append(name)
                    .append(' ')
                    .append(escape(a.getValue()))
                    .append('\n');
        }
        flushBuilder();
    }

    /** Appends one event. */
    public void write(GenEvent event) {
        checkOpen();
        sb.setLength(0);
        formatter.append(event, sb);
        flushBuilder();
        eventsWritten++;
    }

    /**
     * Appends a chunk of event records written earlier by {@link EventFormatter} (for partitions
     * that format their events in parallel into their own files).
     *
     * @param events how many events the chunk holds (for {@link #eventsWritten()})
     */
    public void appendChunk(Path chunk, long events) {
        checkOpen();
        try (var r = Files.newBufferedReader(chunk, StandardCharsets.UTF_8)) {
            r.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        eventsWritten += events;
    }

    /** Number of events written so far. */
    public long eventsWritten() {
        return eventsWritten;
    }

    /** Writes the end-of-listing line and renames the temporary file onto the target. */
    public void commit() {
        checkOpen();
        try {
            out.write(END);
            out.write("\n\n");
            out.close();
            TemporaryFiles.moveIntoPlace(temp, target);
            done = true;
        } catch (IOException e) {
            close();
            throw new UncheckedIOException(e);
        }
    }

    /** Without {@link #commit()}: discards the temporary file; after it: nothing. */
    @Override
    public void close() {
        if (done) {
            return;
        }
        done = true;
        try {
            out.close();
        } catch (IOException e) {
            // The file is discarded anyway.
        }
        deleteQuietly(temp);
        TemporaryFiles.release(temp);
    }

    private void checkOpen() {
        if (done) {
            throw new IllegalStateException("writer of " + target + " is closed");
        }
    }

    private void flushBuilder() {
        try {
            out.append(sb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A new, empty, hidden file {@code .NAME.p<PID>-<n>.part} in {@code dir}, created with the
     * default permissions (a temporary file from {@link Files#createTempFile} would be private to the
     * user and keep that after the rename), registered with {@link TemporaryFiles} so that Ctrl-C
     * removes it.
     */
    private static Path createPartFile(Path dir, String name) throws IOException {
        long n = System.nanoTime();
        for (int attempt = 0; ; attempt++) {
            Path p = dir.resolve(
                    "." + name + "." + TemporaryFiles.pidTag() + "-" + Long.toHexString(n + attempt) + ".part");
            try {
                TemporaryFiles.register(p);
                return Files.createFile(p);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                TemporaryFiles.release(p);
                if (attempt == 100) {
                    throw e;
                }
            }
        }
    }

    /** Deletes {@code .NAME.p<PID>-*.part} files left in {@code dir} by processes that no longer run. */
    private static void removeStaleParts(Path dir, String name) throws IOException {
        String prefix = "." + name + ".p";
        try (java.util.stream.Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                String f = p.getFileName().toString();
                if (f.startsWith(prefix)
                        && f.endsWith(".part")
                        && TemporaryFiles.startsWithDeadPid(f.substring(prefix.length() - 1))) {
                    deleteQuietly(p);
                }
            }
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // Nothing more can be done; the name marks it as a partial file.
        }
    }

    /** HepMC3's escaping of text values: backslash doubled, newline as {@code \|}. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                b.append("\\\\");
            } else if (c == '\n') {
                b.append("\\|");
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Formats events as HepMC3 ASCII records ({@code E} to the last {@code P} line), reusing its
     * scratch space: one per thread.
     */
    public static final class EventFormatter {
        private final Map<Long, Integer> vertexOfMothers = new HashMap<>();
        private int[] vertexOf = new int[16];
        private boolean[] vertexWritten = new boolean[16];
        private boolean[] vertexImplicit = new boolean[16];

        /** Appends the records of {@code event} to {@code sb}. */
        public void append(GenEvent event, StringBuilder sb) {
            int n = event.size();
            if (vertexOf.length < n) {
                vertexOf = new int[Math.max(n, 2 * vertexOf.length)];
            }
            // Assign vertex ids (-1, -2, ...) in order of first appearance.
            vertexOfMothers.clear();
            int nv = 0;
            for (int i = 0; i < n; i++) {
                GenParticle p = event.particle(i);
                if (p.mother1() >= 0) {
                    long key = ((long) p.mother1() << 32) | (p.mother2() < 0 ? p.mother1() : p.mother2());
                    Integer v = vertexOfMothers.get(key);
                    if (v == null) {
                        v = ++nv;
                        vertexOfMothers.put(key, v);
                    }
                    vertexOf[i] = v;
                } else if (!atOrigin(p)) {
                    vertexOf[i] = ++nv;
                } else {
                    vertexOf[i] = 0;
                }
            }
            if (vertexWritten.length < nv + 1) {
                vertexWritten = new boolean[Math.max(nv + 1, 2 * vertexWritten.length)];
                vertexImplicit = new boolean[vertexWritten.length];
            }
            java.util.Arrays.fill(vertexWritten, 0, nv + 1, false);

            sb.append("E ")
                    .append(event.number())
                    .append(' ')
                    .append(nv)
                    .append(' ')
                    .append(n)
                    .append('\n');
            sb.append("U GEV CM\n");
            sb.append("W ");
            DecimalFormatter.append(sb, event.weight());
            sb.append('\n');
            for (int i = 0; i < n; i++) {
                GenParticle p = event.particle(i);
                int v = vertexOf[i];
                long parent = 0;
                if (v > 0) {
                    int m1 = p.mother1();
                    int m2 = p.mother2() < 0 ? m1 : p.mother2();
                    if (!vertexWritten[v]) {
                        // Decided at the vertex's first outgoing particle; its position is that of
                        // the particle standing for the vertex (see positionSource).
                        vertexWritten[v] = true;
                        GenParticle at = positionSource(event, m1, m2, p);
                        vertexImplicit[v] = m1 >= 0 && m1 == m2 && m1 < i && atOrigin(at);
                        if (!vertexImplicit[v]) {
                            appendVertex(sb, v, m1, m2, at);
                        }
                    }
                    parent = vertexImplicit[v] ? m1 + 1 : -v;
                }
                LorentzVector q = p.momentum();
                double m2 = q.m2();
                double mass = m2 >= 0 ? Math.sqrt(m2) : -Math.sqrt(-m2);
                sb.append("P ")
                        .append(i + 1)
                        .append(' ')
                        .append(parent)
                        .append(' ')
                        .append(p.pdgId());
                number(sb, q.px());
                number(sb, q.py());
                number(sb, q.pz());
                number(sb, q.e());
                number(sb, mass);
                sb.append(' ').append(p.status()).append('\n');
            }
        }

        /**
         * The particle whose production point is the position of the vertex of mothers [m1, m2]
         * first reached at {@code first}: for one mother with a daughter range, its first daughter
         * (the decay point), else {@code first}. A HepMC3 particle has one end vertex, so a particle
         * that names a decaying mother without being in its daughter range (e.g. a final-state
         * photon radiated by a tau at its production, linked to the tau) shares the decay vertex;
         * taking the position from the daughters keeps the decay products at their displaced
         * vertex rather than at the photon's production point.
         */
        private static GenParticle positionSource(GenEvent event, int m1, int m2, GenParticle first) {
            if (m1 < 0 || m1 != m2) {
                return first;
            }
            int d = event.particle(m1).firstDaughter();
            if (d < 0 || d >= event.size()) {
                return first;
            }
            GenParticle daughter = event.particle(d);
            boolean sameMothers = daughter.mother1() == m1 && (daughter.mother2() < 0 || daughter.mother2() == m1);
            return sameMothers ? daughter : first;
        }

        private static void appendVertex(StringBuilder sb, int v, int m1, int m2, GenParticle p) {
            sb.append("V ").append(-v).append(" 0 [");
            if (m1 >= 0) {
                for (int m = m1; m <= m2; m++) {
                    if (m > m1) {
                        sb.append(',');
                    }
                    sb.append(m + 1);
                }
            }
            sb.append(']');
            if (!atOrigin(p)) {
                sb.append(" @");
                number(sb, p.vertex().x());
                number(sb, p.vertex().y());
                number(sb, p.vertex().z());
                number(sb, p.time() * C_CM_PER_NS);
            }
            sb.append('\n');
        }

        /** A space and {@code x} in text that reads back to exactly {@code x}. */
        private static void number(StringBuilder sb, double x) {
            sb.append(' ');
            DecimalFormatter.append(sb, x);
        }

        private static boolean atOrigin(GenParticle p) {
            return p.vertex().x() == 0 && p.vertex().y() == 0 && p.vertex().z() == 0 && p.time() == 0;
        }
    }
}
