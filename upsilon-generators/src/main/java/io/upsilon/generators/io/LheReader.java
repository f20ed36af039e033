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
import java.util.List;

/**
 * Streaming reader of Les Houches Event files (LHEF 1.0 and 3.0, as written by
 * MadGraph5_aMC@NLO): the {@code <init>} block is read when the reader is opened, then {@link
 * #next()} returns one {@link GenEvent} per {@code <event>} block, reading the file line by line.
 *
 * <p>Per event: the first line is NUP IDPRUP XWGTUP SCALUP AQEDUP AQCDUP, then NUP particle lines
 * IDUP ISTUP MOTHUP1 MOTHUP2 ICOLUP1 ICOLUP2 PUP1..PUP5 VTIMUP SPINUP. Everything after the particle
 * lines up to {@code </event>} ({@code <rwgt>}, {@code <mgrwgt>}, {@code <scales>}, {@code #}
 * comments) is skipped, as is the header before {@code <init>}.
 *
 * <p>Mapping to {@link GenEvent}: ISTUP -1 (incoming) becomes {@link GenParticle#BEAM}, 1 {@link
 * GenParticle#FINAL}, 2 {@link GenParticle#DECAYED}, anything else {@link
 * GenParticle#DOCUMENTATION}; the 1-based mother pointers become 0-based mother ranges (a single
 * mother m gives the range m..m); a particle's daughters are set when they are contiguous. The
 * four-momentum is (PUP1, PUP2, PUP3, PUP4) in GeV in the file's own frame (see {@link LheLabFrame}
 * for the SuperKEKB lab); vertices are at the origin. The weight is XWGTUP converted from pb (the
 * accord's unit) to nb, so that for MadGraph's default {@code event_norm = average} the mean weight
 * is the cross section in nb, as for Upsilon's own generators. The event number is the event's
 * position in the file, from 0.
 */
public final class LheReader implements AutoCloseable {
    /** nb per pb: LHE weights and cross sections are in pb. */
    public static final double NB_PER_PB = 1e-3;

    /** More particles than this in one event is taken as a corrupt NUP. */
    static final int MAX_PARTICLES = 100_000;

    private final BufferedReader in;
    private final String source;
    private final LineTokens tokens;
    private final LheInit init;
    private long lineNumber;
    private long eventsRead;
    private boolean finished;

    // Per-event scratch, grown as needed.
    private int[] ids = new int[16];
    private int[] statuses = new int[16];
    private int[] mothers1 = new int[16];
    private int[] mothers2 = new int[16];
    private double[] p4 = new double[64];
    private int[] dauMin = new int[16];
    private int[] dauMax = new int[16];
    private int[] dauCount = new int[16];

    /**
     * Opens {@code path} ({@code .gz} is decompressed) and reads up to the end of its {@code <init>}
     * block. Errors name the file as {@code path.toString()}.
     */
    public static LheReader open(Path path) {
        return EventFiles.openWith(path, LheReader::new);
    }

    /**
     * Reads LHE text from {@code reader} up to the end of its {@code <init>} block.
     *
     * @param source the name used in error messages (a file name)
     */
    public LheReader(Reader reader, String source) {
        this.in = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
        this.source = source;
        this.tokens = new LineTokens(source);
        this.init = readHeaderAndInit();
    }

    /** The {@code <init>} block. */
    public LheInit init() {
        return init;
    }

    /** Number of events returned so far. */
    public long eventsRead() {
        return eventsRead;
    }

    /** The next event, or null after the last one ({@code </LesHouchesEvents>}). */
    public GenEvent next() {
        if (finished) {
            return null;
        }
        while (true) {
            String line = readLine();
            if (line == null) {
                throw error("file ends without </LesHouchesEvents> (truncated file?)");
            }
            String t = line.strip();
            if (isTag(t, "<event")) {
                GenEvent e = readEvent();
                eventsRead++;
                return e;
            }
            if (t.startsWith("</LesHouchesEvents")) {
                finished = true;
                return null;
            }
            // Anything else between events (blank lines, comments, <!-- -->) is skipped.
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private LheInit readHeaderAndInit() {
        boolean sawRoot = false;
        while (true) {
            String line = readLine();
            if (line == null) {
                throw error(
                        sawRoot
                                ? "file ends before its <init> block"
                                : "not a Les Houches Event file: no <LesHouchesEvents> element");
            }
            String t = line.strip();
            if (t.startsWith("<LesHouchesEvents")) {
                sawRoot = true;
            } else if (isTag(t, "<init")) {
                if (!sawRoot) {
                    throw error("not a Les Houches Event file: <init> before <LesHouchesEvents>");
                }
                return readInit();
            } else if (isTag(t, "<event")) {
                throw error("missing <init> block: expected <init> before the first <event>");
            }
        }
    }

    private LheInit readInit() {
        LineTokens tk = nextDataLine(
                "the <init> line IDBMUP1 IDBMUP2 EBMUP1 EBMUP2 PDFGUP1 PDFGUP2 PDFSUP1 PDFSUP2" + " IDWTUP NPRUP",
                "</init>");
        tk.expectCount(10, "IDBMUP1 IDBMUP2 EBMUP1 EBMUP2 PDFGUP1 PDFGUP2 PDFSUP1 PDFSUP2 IDWTUP NPRUP");
        int id1 = tk.intField(0, "IDBMUP1");
        int id2 = tk.intField(1, "IDBMUP2");
        double e1 = tk.doubleField(2, "EBMUP1");
        double e2 = tk.doubleField(3, "EBMUP2");
        if (e1 < 0 || e2 < 0) {
            throw tk.error("beam energies EBMUP must be >= 0, found " + e1 + " and " + e2);
        }
        int g1 = tk.intField(4, "PDFGUP1");
        int g2 = tk.intField(5, "PDFGUP2");
        int s1 = tk.intField(6, "PDFSUP1");
        int s2 = tk.intField(7, "PDFSUP2");
        int idwtup = tk.intField(8, "IDWTUP");
        if (idwtup == 0 || Math.abs(idwtup) > 4) {
            throw tk.error("IDWTUP must be one of +-1, +-2, +-3, +-4, found " + idwtup);
        }
        int nprup = tk.intField(9, "NPRUP");
        if (nprup < 0) {
            throw tk.error("NPRUP must be >= 0, found " + nprup);
        }
        List<LheProcess> processes = new ArrayList<>();
        for (int i = 0; i < nprup; i++) {
            LineTokens p = nextDataLine(
                    "process line " + (i + 1) + " of NPRUP = " + nprup + " (XSECUP XERRUP XMAXUP LPRUP)", "</init>");
            p.expectCount(4, "XSECUP XERRUP XMAXUP LPRUP");
            processes.add(new LheProcess(
                    p.doubleField(0, "XSECUP"),
                    p.doubleField(1, "XERRUP"),
                    p.doubleField(2, "XMAXUP"),
                    p.intField(3, "LPRUP")));
        }
        // LHEF 3.0 may add <generator>, <weightinfo>, ... inside <init>: skip to </init>.
        while (true) {
            String line = readLine();
            if (line == null) {
                throw error("file ends inside the <init> block (missing </init>)");
            }
            String t = line.strip();
            if (t.startsWith("</init")) {
                break;
            }
            if (isTag(t, "<event")) {
                throw error("missing </init> before the first <event>");
            }
        }
        return new LheInit(id1, id2, e1, e2, g1, g2, s1, s2, idwtup, processes);
    }

    /**
     * The next non-blank, non-comment line as tokens; a tag line ({@code <...}) or the end of the
     * file is an error saying that {@code expected} was expected.
     */
    private LineTokens nextDataLine(String expected, String endTag) {
        while (true) {
            String line = readLine();
            if (line == null) {
                throw error("file ends inside a block (missing " + endTag + "): expected " + expected);
            }
            String t = line.strip();
            if (t.isEmpty() || t.charAt(0) == '#') {
                continue;
            }
            if (t.charAt(0) == '<') {
                throw error("expected " + expected + ", found '" + LineTokens.clip(t) + "'");
            }
            return tokens.reset(line, lineNumber);
        }
    }

    private GenEvent readEvent() {
        LineTokens tk = nextDataLine("the event line NUP IDPRUP XWGTUP SCALUP AQEDUP AQCDUP", "</event>");
        tk.expectCount(6, "NUP IDPRUP XWGTUP SCALUP AQEDUP AQCDUP");
        int nup = tk.intField(0, "NUP");
        if (nup < 1 || nup > MAX_PARTICLES) {
            throw tk.error("NUP must be between 1 and " + MAX_PARTICLES + ", found " + nup);
        }
        tk.intField(1, "IDPRUP");
        double weightPb = tk.doubleField(2, "XWGTUP");
        tk.doubleField(3, "SCALUP");
        tk.doubleField(4, "AQEDUP");
        tk.doubleField(5, "AQCDUP");
        ensureCapacity(nup);
        for (int i = 0; i < nup; i++) {
            String line = readParticleLine(nup, i);
            readParticle(tokens.reset(line, lineNumber), i, nup);
        }
        skipToEventEnd(nup);
        return buildEvent(nup, weightPb * NB_PER_PB);
    }

    private String readParticleLine(int nup, int found) {
        while (true) {
            String line = readLine();
            if (line == null) {
                throw error("file ends inside an event (missing </event>): event declares NUP = " + nup
                        + " particles, found " + found);
            }
            String t = line.strip();
            if (t.isEmpty() || t.charAt(0) == '#') {
                continue;
            }
            if (t.charAt(0) == '<') {
                throw error("event declares NUP = " + nup + " particles, found " + found);
            }
            return line;
        }
    }

    private void readParticle(LineTokens tk, int i, int nup) {
        tk.expectCount(13, "IDUP ISTUP MOTHUP1 MOTHUP2 ICOLUP1 ICOLUP2 PUP1 PUP2 PUP3 PUP4 PUP5 VTIMUP SPINUP");
        ids[i] = tk.intField(0, "IDUP");
        int istup = tk.intField(1, "ISTUP");
        statuses[i] = switch (istup) {
            case -1 -> GenParticle.BEAM;
            case 1 -> GenParticle.FINAL;
            case 2 -> GenParticle.DECAYED;
            default -> GenParticle.DOCUMENTATION;
        };
        int m1 = tk.intField(2, "MOTHUP1");
        int m2 = tk.intField(3, "MOTHUP2");
        if (m1 < 0 || m1 > nup || m2 < 0 || m2 > nup) {
            throw tk.error(
                    "mother pointers MOTHUP1 MOTHUP2 must be between 0 and NUP = " + nup + ", found " + m1 + " " + m2);
        }
        if (m1 == 0 && m2 > 0) {
            m1 = m2;
        }
        if (m2 == 0) {
            m2 = m1;
        }
        if (m2 < m1) {
            throw tk.error("mother range MOTHUP1..MOTHUP2 = " + m1 + ".." + m2 + " is reversed");
        }
        if (m1 > 0 && m1 <= i + 1 && i + 1 <= m2) {
            throw tk.error("particle " + (i + 1) + " lists itself among its mothers " + m1 + ".." + m2);
        }
        mothers1[i] = m1 - 1;
        mothers2[i] = m2 - 1;
        tk.intField(4, "ICOLUP1");
        tk.intField(5, "ICOLUP2");
        int o = 4 * i;
        p4[o] = tk.doubleField(6, "PUP1");
        p4[o + 1] = tk.doubleField(7, "PUP2");
        p4[o + 2] = tk.doubleField(8, "PUP3");
        p4[o + 3] = tk.doubleField(9, "PUP4");
        tk.doubleField(10, "PUP5");
        tk.doubleField(11, "VTIMUP");
        tk.doubleField(12, "SPINUP");
    }

    /** Skips optional blocks ({@code <rwgt>}, {@code <mgrwgt>}, comments) up to {@code </event>}. */
    private void skipToEventEnd(int nup) {
        int depth = 0;
        while (true) {
            String line = readLine();
            if (line == null) {
                throw error("file ends inside an event (missing </event>)");
            }
            String t = line.strip();
            if (t.startsWith("</event>") || t.equals("</event")) {
                return;
            }
            if (isTag(t, "<event") || t.startsWith("</LesHouchesEvents")) {
                throw error("missing </event>: found '" + LineTokens.clip(t) + "' inside an event");
            }
            if (t.isEmpty() || t.charAt(0) == '#') {
                continue;
            }
            if (t.charAt(0) == '<') {
                if (t.startsWith("</")) {
                    depth = Math.max(0, depth - 1);
                } else if (!t.endsWith("/>") && !t.startsWith("<!--") && !t.contains("</")) {
                    depth++;
                }
                continue;
            }
            if (depth == 0 && tokens.reset(line, lineNumber).count() == 13) {
                throw error("event declares NUP = " + nup + " particles, found more particle lines");
            }
        }
    }

    private GenEvent buildEvent(int n, double weightNb) {
        Arrays.fill(dauMin, 0, n, Integer.MAX_VALUE);
        Arrays.fill(dauMax, 0, n, -1);
        Arrays.fill(dauCount, 0, n, 0);
        for (int j = 0; j < n; j++) {
            if (mothers1[j] < 0) {
                continue;
            }
            for (int m = mothers1[j]; m <= mothers2[j]; m++) {
                dauMin[m] = Math.min(dauMin[m], j);
                dauMax[m] = Math.max(dauMax[m], j);
                dauCount[m]++;
            }
        }
        List<GenParticle> particles = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            boolean contiguous = dauCount[i] > 0 && dauMax[i] - dauMin[i] + 1 == dauCount[i];
            int o = 4 * i;
            particles.add(new GenParticle(
                    ids[i],
                    statuses[i],
                    new LorentzVector(p4[o], p4[o + 1], p4[o + 2], p4[o + 3]),
                    Vec3.ZERO,
                    0.0,
                    mothers1[i],
                    mothers1[i] < 0 ? -1 : mothers2[i],
                    contiguous ? dauMin[i] : -1,
                    contiguous ? dauMax[i] : -1));
        }
        return new GenEvent(eventsRead, weightNb, particles);
    }

    private void ensureCapacity(int n) {
        if (ids.length >= n) {
            return;
        }
        int c = Math.max(n, 2 * ids.length);
        ids = new int[c];
        statuses = new int[c];
        mothers1 = new int[c];
        mothers2 = new int[c];
        p4 = new double[4 * c];
        dauMin = new int[c];
        dauMax = new int[c];
        dauCount = new int[c];
    }

    /** True when {@code t} opens element {@code tag} ({@code <event>} or {@code <event attr=...>}). */
    private static boolean isTag(String t, String tag) {
        if (!t.startsWith(tag)) {
            return false;
        }
        if (t.length() == tag.length()) {
            return true;
        }
        char c = t.charAt(tag.length());
        return c == '>' || c == ' ' || c == '\t' || c == '/';
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
