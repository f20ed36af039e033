package io.upsilon.generators.io;

import io.upsilon.core.error.InputException;
import io.upsilon.core.event.GenEvent;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.kinematics.Vec3;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Streaming reader of the HepMC3 ASCII format ({@code HepMC::Asciiv3}): {@link #next()} returns
 * one {@link GenEvent} per {@code E} record, in GeV, cm and ns whatever the file's {@code U} line
 * says (GEV or MEV, MM or CM; HepMC3's default GEV MM when there is none; vertex times are c*t in
 * the length unit).
 *
 * <p>Topology: a particle's mothers are the incoming particles of its production vertex (an
 * explicit {@code V} line, or the end vertex of the parent particle when the {@code P} line names
 * a particle), stored as the range from the lowest to the highest; its daughters (the outgoing
 * particles of its end vertex) are stored when contiguous. Its position and time are those of its
 * production vertex. Weight: the first of the {@code W} line's weights (1 if none). Run-level
 * attributes ({@code A name value} before the first event) are kept in {@link #runAttributes()};
 * event attributes, tool lines and lines with unknown prefixes are skipped.
 */
public final class HepMC3Reader implements AutoCloseable {
    /** Particles or vertices beyond this in one event are taken as corrupt input. */
    static final int MAX_ENTRIES = 10_000_000;

    private static final double MM_IN_CM = 0.1;
    private static final double MEV_IN_GEV = 1e-3;

    private final BufferedReader in;
    private final String source;
    private final LineTokens tokens;
    private final Map<String, String> runAttributes = new LinkedHashMap<>();
    private long lineNumber;
    private String pending;
    private boolean finished;

    // Per-event scratch.
    private int np;
    private int[] pid = new int[16];
    private int[] status = new int[16];
    private int[] parent = new int[16];
    private double[] p4 = new double[64];
    private int nv;
    private int[] vertexId = new int[8];
    private double[] x4 = new double[32];
    private int[] inStart = new int[9];
    private int nIn;
    private int[] inList = new int[16];
    private final Map<Integer, Integer> vertexIndex = new HashMap<>();

    /** Opens {@code path} ({@code .gz} is decompressed) and reads its header. */
    public static HepMC3Reader open(Path path) {
        return EventFiles.openWith(path, HepMC3Reader::new);
    }

    /**
     * Reads HepMC3 ASCII text from {@code reader} up to its first event.
     *
     * @param source the name used in error messages (a file name)
     */
    public HepMC3Reader(Reader reader, String source) {
        this.in = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
        this.source = source;
        this.tokens = new LineTokens(source);
        readHeader();
    }

    /** Run-level attributes (name to unescaped value), in file order. */
    public Map<String, String> runAttributes() {
        return Collections.unmodifiableMap(runAttributes);
    }

    private void readHeader() {
        while (true) {
            String line = readLine();
            if (line == null) {
                throw error("not a HepMC3 ASCII file: expected " + HepMC3Writer.START + ", found the end of the file");
            }
            String t = line.strip();
            if (t.isEmpty() || t.startsWith(HepMC3Writer.VERSION_PREFIX)) {
                continue;
            }
            if (t.equals(HepMC3Writer.START)) {
                break;
            }
            if (t.startsWith("HepMC::IO_GenEvent")) {
                throw error("HepMC2 format (HepMC::IO_GenEvent) is not supported: expected " + HepMC3Writer.START);
            }
            throw error(
                    "not a HepMC3 ASCII file: expected " + HepMC3Writer.START + ", found '" + LineTokens.clip(t) + "'");
        }
        // Run information: up to the first event.
        while (true) {
            String line = readLine();
            if (line == null) {
                throw error("file ends without " + HepMC3Writer.END + " (truncated file?)");
            }
            if (line.startsWith("E") || line.startsWith("HepMC::")) {
                pending = line;
                return;
            }
            if (line.startsWith("A ")) {
                int sp = line.indexOf(' ', 2);
                if (sp > 2) {
                    runAttributes.put(line.substring(2, sp), unescape(line.substring(sp + 1)));
                }
            }
            // W (weight names), T (tools) and unknown lines are not needed.
        }
    }

    /** The next event, or null after {@code HepMC::Asciiv3-END_EVENT_LISTING}. */
    public GenEvent next() {
        if (finished) {
            return null;
        }
        while (true) {
            String line = pending != null ? pending : readLine();
            pending = null;
            if (line == null) {
                throw error("file ends without " + HepMC3Writer.END + " (truncated file?)");
            }
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("HepMC::")) {
                String t = line.strip();
                if (t.equals(HepMC3Writer.END)) {
                    finished = true;
                    return null;
                }
                if (t.startsWith(HepMC3Writer.VERSION_PREFIX) || t.equals(HepMC3Writer.START)) {
                    continue; // concatenated files
                }
                throw error("unexpected line '" + LineTokens.clip(t) + "'");
            }
            if (line.charAt(0) == 'E') {
                return readEvent(line);
            }
            // Run-level lines between events are skipped.
        }
    }

    private GenEvent readEvent(String eLine) {
        LineTokens tk = tokens.reset(eLine, lineNumber);
        long eventLine = lineNumber;
        if (!tk.token(0).equals("E")) {
            throw tk.error(
                    "expected an event line 'E number vertices particles', found '" + LineTokens.clip(eLine) + "'");
        }
        tk.expectAtLeast(4, "E number vertices particles");
        long number = tk.longField(1, "event number");
        int declaredVertices = tk.intField(2, "number of vertices");
        int declaredParticles = tk.intField(3, "number of particles");
        if (declaredVertices < 0 || declaredParticles < 0) {
            throw tk.error("numbers of vertices and particles must be >= 0");
        }
        double momentumUnit = 1.0;
        double lengthUnit = MM_IN_CM; // HepMC3's default units are GEV and MM
        double weight = 1.0;
        np = 0;
        nv = 0;
        nIn = 0;
        inStart[0] = 0;
        vertexIndex.clear();
        while (true) {
            String line = readLine();
            if (line == null) {
                throw error("file ends inside event " + number + " (missing " + HepMC3Writer.END + ")");
            }
            if (line.isEmpty()) {
                continue;
            }
            char c = line.charAt(0);
            if (c == 'E' || line.startsWith("HepMC::")) {
                pending = line;
                break;
            }
            switch (c) {
                case 'P' -> readParticle(tokens.reset(line, lineNumber));
                case 'V' -> readVertex(line);
                case 'U' -> {
                    LineTokens u = tokens.reset(line, lineNumber);
                    u.expectCount(3, "U momentum-unit length-unit");
                    momentumUnit = switch (u.token(1)) {
                        case "GEV" -> 1.0;
                        case "MEV" -> MEV_IN_GEV;
                        default ->
                            throw u.error(
                                    "momentum unit must be GEV or MEV, found '" + LineTokens.clip(u.token(1)) + "'");
                    };
                    lengthUnit = switch (u.token(2)) {
                        case "CM" -> 1.0;
                        case "MM" -> MM_IN_CM;
                        default ->
                            throw u.error("length unit must be MM or CM, found '" + LineTokens.clip(u.token(2)) + "'");
                    };
                }
                case 'W' -> {
                    LineTokens w = tokens.reset(line, lineNumber);
                    if (w.count() > 1) {
                        weight = w.doubleField(1, "weight");
                    }
                }
                default -> {
                    // A (event attributes), T and unknown prefixes: not needed.
                }
            }
        }
        if (np != declaredParticles) {
            throw new InputException(
                    source,
                    "line " + eventLine,
                    "event " + number + " declares " + declaredParticles + " particles, found " + np);
        }
        return buildEvent(number, weight, momentumUnit, lengthUnit, declaredVertices, eventLine);
    }

    private void readParticle(LineTokens tk) {
        tk.expectCount(10, "P id parent pdg px py pz e m status");
        int id = tk.intField(1, "particle id");
        if (id != np + 1) {
            throw tk.error("particle ids must run 1, 2, ... in order: expected " + (np + 1) + ", found " + id);
        }
        if (np == MAX_ENTRIES) {
            throw tk.error("more than " + MAX_ENTRIES + " particles in one event");
        }
        if (np == pid.length) {
            int c = 2 * np;
            pid = Arrays.copyOf(pid, c);
            status = Arrays.copyOf(status, c);
            parent = Arrays.copyOf(parent, c);
            p4 = Arrays.copyOf(p4, 4 * c);
        }
        parent[np] = tk.intField(2, "parent");
        if (parent[np] == id) {
            throw tk.error("particle " + id + " names itself as its parent");
        }
        pid[np] = tk.intField(3, "PDG id");
        int o = 4 * np;
        p4[o] = tk.doubleField(4, "px");
        p4[o + 1] = tk.doubleField(5, "py");
        p4[o + 2] = tk.doubleField(6, "pz");
        p4[o + 3] = tk.doubleField(7, "e");
        tk.doubleField(8, "generated mass");
        status[np] = tk.intField(9, "status");
        np++;
    }

    /** {@code V id [status] [in1,in2,...] [@ x y z t]}. */
    private void readVertex(String line) {
        int open = line.indexOf('[');
        int close = line.indexOf(']');
        if (open < 0 || close < open) {
            throw error("expected a vertex line 'V id status [incoming,...] @ x y z t', found '" + LineTokens.clip(line)
                    + "'");
        }
        LineTokens head = tokens.reset(line.substring(0, open), lineNumber);
        if (head.count() < 2 || head.count() > 3 || !head.token(0).equals("V")) {
            throw error("expected 'V id status [' before the incoming particles, found '"
                    + LineTokens.clip(line.substring(0, open)) + "'");
        }
        int id = head.intField(1, "vertex id");
        if (id >= 0) {
            throw head.error("vertex ids must be negative, found " + id);
        }
        if (head.count() == 3) {
            head.intField(2, "vertex status");
        }
        if (vertexIndex.containsKey(id)) {
            throw head.error("vertex " + id + " appears twice");
        }
        if (nv == MAX_ENTRIES) {
            throw head.error("more than " + MAX_ENTRIES + " vertices in one event");
        }
        if (nv + 1 == inStart.length) {
            inStart = Arrays.copyOf(inStart, 2 * inStart.length);
        }
        if (nv == vertexId.length) {
            vertexId = Arrays.copyOf(vertexId, 2 * nv);
            x4 = Arrays.copyOf(x4, 8 * nv);
        }
        // Incoming particle ids, comma separated.
        String list = line.substring(open + 1, close);
        int start = nIn;
        if (!list.isBlank()) {
            LineTokens ids = tokens.reset(list.replace(',', ' '), lineNumber);
            for (int i = 0; i < ids.count(); i++) {
                int p = ids.intField(i, "incoming particle id");
                if (p <= 0) {
                    throw ids.error("incoming particle ids must be positive, found " + p);
                }
                if (nIn == inList.length) {
                    inList = Arrays.copyOf(inList, 2 * nIn);
                }
                inList[nIn++] = p;
            }
        }
        int o = 4 * nv;
        String rest = line.substring(close + 1).strip();
        if (rest.isEmpty()) {
            x4[o] = x4[o + 1] = x4[o + 2] = x4[o + 3] = 0;
        } else {
            LineTokens pos = tokens.reset(rest, lineNumber);
            if (pos.count() != 5 || !pos.token(0).equals("@")) {
                throw pos.error(
                        "expected '@ x y z t' after the incoming particles, found '" + LineTokens.clip(rest) + "'");
            }
            x4[o] = pos.doubleField(1, "x");
            x4[o + 1] = pos.doubleField(2, "y");
            x4[o + 2] = pos.doubleField(3, "z");
            x4[o + 3] = pos.doubleField(4, "t");
        }
        vertexId[nv] = id;
        vertexIndex.put(id, nv);
        nv++;
        inStart[nv] = nIn;
        assert start <= nIn;
    }

    private GenEvent buildEvent(
            long number, double weight, double momentumUnit, double lengthUnit, int declaredVertices, long eventLine) {
        // End vertex of each particle (index into the vertices, -1 if none) from the V lines.
        int[] endVertex = new int[np];
        Arrays.fill(endVertex, -1);
        for (int v = 0; v < nv; v++) {
            for (int k = inStart[v]; k < inStart[v + 1]; k++) {
                int p = inList[k];
                if (p > np) {
                    throw eventError(
                            eventLine,
                            number,
                            "vertex " + vertexId[v] + " has incoming particle " + p + ", which is not in the event");
                }
                if (endVertex[p - 1] >= 0) {
                    throw eventError(eventLine, number, "particle " + p + " is incoming to two vertices");
                }
                endVertex[p - 1] = v;
            }
        }
        // Production vertex of each particle: an explicit vertex (index >= 0), the implicit end
        // vertex of a parent particle (encoded as -2 - parentIndex), or none (-1).
        int[] production = new int[np];
        int implicitVertices = 0;
        boolean[] implicitCounted = new boolean[np];
        for (int i = 0; i < np; i++) {
            int par = parent[i];
            if (par == 0) {
                production[i] = -1;
            } else if (par < 0) {
                Integer v = vertexIndex.get(par);
                if (v == null) {
                    throw eventError(
                            eventLine,
                            number,
                            "particle " + (i + 1) + " comes from vertex " + par + ", which is not in the event");
                }
                production[i] = v;
            } else {
                if (par > np) {
                    throw eventError(
                            eventLine,
                            number,
                            "particle " + (i + 1) + " comes from particle " + par + ", which is not in the event");
                }
                if (endVertex[par - 1] >= 0) {
                    production[i] = endVertex[par - 1];
                } else {
                    production[i] = -2 - (par - 1);
                    if (!implicitCounted[par - 1]) {
                        implicitCounted[par - 1] = true;
                        implicitVertices++;
                    }
                }
            }
        }
        if (nv + implicitVertices != declaredVertices) {
            throw eventError(
                    eventLine, number, "declares " + declaredVertices + " vertices, found " + (nv + implicitVertices));
        }
        // Mother ranges and daughter ranges.
        int[] m1 = new int[np];
        int[] m2 = new int[np];
        int[] dMin = new int[np];
        int[] dMax = new int[np];
        int[] dCount = new int[np];
        Arrays.fill(dMin, Integer.MAX_VALUE);
        Arrays.fill(dMax, -1);
        for (int i = 0; i < np; i++) {
            int lo = Integer.MAX_VALUE;
            int hi = -1;
            int v = production[i];
            if (v >= 0) {
                for (int k = inStart[v]; k < inStart[v + 1]; k++) {
                    lo = Math.min(lo, inList[k] - 1);
                    hi = Math.max(hi, inList[k] - 1);
                }
            } else if (v <= -2) {
                lo = -2 - v;
                hi = lo;
            }
            if (hi < 0) {
                m1[i] = -1;
                m2[i] = -1;
                continue;
            }
            if (lo <= i && i <= hi && (v <= -2 || isIncoming(v, i + 1))) {
                throw eventError(
                        eventLine, number, "particle " + (i + 1) + " is incoming to its own production vertex");
            }
            m1[i] = lo;
            m2[i] = hi;
            // i is a daughter of every incoming particle of its production vertex.
            if (v >= 0) {
                for (int k = inStart[v]; k < inStart[v + 1]; k++) {
                    int m = inList[k] - 1;
                    dMin[m] = Math.min(dMin[m], i);
                    dMax[m] = Math.max(dMax[m], i);
                    dCount[m]++;
                }
            } else {
                dMin[lo] = Math.min(dMin[lo], i);
                dMax[lo] = Math.max(dMax[lo], i);
                dCount[lo]++;
            }
        }
        double toNs = lengthUnit / HepMC3Writer.C_CM_PER_NS;
        List<GenParticle> particles = new ArrayList<>(np);
        for (int i = 0; i < np; i++) {
            int o = 4 * i;
            Vec3 position = Vec3.ZERO;
            double time = 0;
            int v = production[i];
            if (v >= 0) {
                int q = 4 * v;
                if (x4[q] != 0 || x4[q + 1] != 0 || x4[q + 2] != 0) {
                    position = new Vec3(x4[q] * lengthUnit, x4[q + 1] * lengthUnit, x4[q + 2] * lengthUnit);
                }
                time = x4[q + 3] * toNs;
            }
            boolean contiguous = dCount[i] > 0 && dMax[i] - dMin[i] + 1 == dCount[i];
            particles.add(new GenParticle(
                    pid[i],
                    status[i],
                    new LorentzVector(
                            p4[o] * momentumUnit,
                            p4[o + 1] * momentumUnit,
                            p4[o + 2] * momentumUnit,
                            p4[o + 3] * momentumUnit),
                    position,
                    time,
                    m1[i],
                    m2[i],
                    contiguous ? dMin[i] : -1,
                    contiguous ? dMax[i] : -1));
        }
        return new GenEvent(number, weight, particles);
    }

    private boolean isIncoming(int v, int particleId) {
        for (int k = inStart[v]; k < inStart[v + 1]; k++) {
            if (inList[k] == particleId) {
                return true;
            }
        }
        return false;
    }

    private InputException eventError(long eventLine, long number, String problem) {
        return new InputException(source, "line " + eventLine, "event " + number + ": " + problem);
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Inverse of {@link HepMC3Writer#escape}. */
    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char d = s.charAt(++i);
                b.append(d == '|' ? '\n' : d);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private String readLine() {
        try {
            String line = in.readLine();
            if (line != null) {
                lineNumber++;
            }
            return line;
        } catch (IOException e) {
            throw new InputException(source, "line " + (lineNumber + 1), "cannot read: " + e.getMessage(), e);
        }
    }

    private InputException error(String problem) {
        return new InputException(source, "line " + lineNumber, problem);
    }
}
