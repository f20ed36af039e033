package io.upsilon.generators.fragmentation;

import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;
import java.util.Objects;

/**
 * Lund string fragmentation of colour-singlet parton systems into primary hadrons (Andersson,
 * Gustafson, Ingelman, Sjöstrand, Phys. Rept. 97 (1983) 31; PYTHIA 6.4 manual, JHEP 05 (2006)
 * 026, hep-ph/0603175, sec. 12.1-12.4), with the parameters of a {@link FragmentationTune}.
 *
 * <p><b>Input</b>: the partons of one system, contiguous in the event in colour order: the
 * colour-triplet end (a u, d, s or c quark, or a light antidiquark), any number of gluons, the
 * anti-triplet end (an antiquark or a diquark); momenta in any frame. <b>Output</b>: the primary
 * hadrons are appended (status 1, mothers = the parton range, production vertex and time of the
 * first parton), each parton gets the hadrons as daughters and status 2; the hadrons' four-momenta
 * sum to the partons' exactly up to rounding. Unstable hadrons are left to the decayer.
 *
 * <p><b>q qbar strings</b> break iteratively from both ends ({@link StringBreaker}).
 *
 * <p><b>Gluons</b>: the full kinked-string algorithm (Sjöstrand, Nucl. Phys. B248 (1984) 469),
 * which follows the breaks across the string regions spanned by neighbouring partons, is not
 * implemented. What is kept of it is how a kink shares the gluon: a gluon feeds both string pieces
 * it joins equally, so the lowest-lying string regions are spanned by (p_q, p_g1/2), (p_g1/2,
 * p_g2/2), ..., (p_gn/2, p_qbar). Every gluon is split at the kink into a collinear
 * quark-antiquark pair (flavour u : d : s as in a string break), each member with half the gluon's
 * four-momentum, and each neighbouring pair of the resulting ends forms its own straight string: q -
 * qbar_1, q_1 - qbar_2, ..., q_n - qbar. This keeps flavour, energy and momentum exact and keeps
 * the hadrons between the colour-connected partons, as the kinked string does, but no hadron
 * straddles a kink (the string pieces end in their own two-hadron joins instead of continuing
 * into the higher regions), so a gluon adds fewer hadrons than in the kinked string: with the
 * Belle II tune at 10.52 GeV the charged multiplicity of e+e- -&gt; q qbar is about 0.5 below that of
 * PYTHIA 8 with the same string parameters, and baryon pairs, which need long strings, are
 * suppressed most (docs/continuum.md). (Until this version the quark took a fraction x of the
 * gluon from the perturbative g -&gt; q qbar splitting function x^2 + (1-x)^2, which made the pieces
 * shorter still.) A split whose strings cannot be fragmented
 * is redrawn; after {@value #MAX_GLUON_SPLITS} tries (a very soft or collinear gluon) each gluon is
 * absorbed into the string end nearer to it in invariant mass and the system is fragmented as one
 * q qbar string.
 *
 * <p>One instance per thread: it keeps scratch arrays so that the inner loop allocates nothing.
 */
public final class StringFragmentation {
    private static final int GLUON = 21;
    private static final int MAX_GLUON_SPLITS = 50;

    private final FlavourSelector flavours;
    private final StringBreaker breaker;
    private final HadronList hadrons = new HadronList();

    /**
     * A fragmentation with the given tune and particle table.
     *
     * @throws IllegalArgumentException if the table lacks a hadron the string can make
     */
    public StringFragmentation(FragmentationTune tune, ParticleTable table) {
        Objects.requireNonNull(tune, "tune");
        Objects.requireNonNull(table, "table");
        this.flavours = new FlavourSelector(tune);
        HadronCatalog catalog = new HadronCatalog(table);
        this.breaker = new StringBreaker(tune, flavours, new HadronSpecies(tune), catalog);
    }

    /** The Belle II tune with the standard particle table. */
    public static StringFragmentation belle2() {
        return new StringFragmentation(FragmentationTuneReader.belle2(), ParticleTable.standard());
    }

    /**
     * Fragments the partons at {@code [first, last]} of {@code event} (see the class comment).
     *
     * @throws IllegalArgumentException if the range is not a colour-singlet string (triplet end,
     *     gluons, anti-triplet end; u, d, s, c quarks and light diquarks only)
     * @throws StringFragmentationException if the system could not be fragmented after the retries
     *     (it is then left unchanged)
     */
    public void fragment(EventBuffer event, int first, int last, RandomStream rng) {
        if (first < 0 || last <= first || last >= event.size()) {
            throw new IllegalArgumentException(
                    "bad parton range [" + first + ", " + last + "] in an event of " + event.size());
        }
        int fa = event.pdgId(first);
        int fb = event.pdgId(last);
        if (!FlavourCodes.isTriplet(fa) || !FlavourCodes.isAntiTriplet(fb)) {
            throw new IllegalArgumentException("a string runs from a colour triplet (quark or antidiquark) to an "
                    + "anti-triplet (antiquark or diquark), got " + fa + " ... " + fb);
        }
        checkFlavour(fa);
        checkFlavour(fb);
        for (int i = first + 1; i < last; i++) {
            if (event.pdgId(i) != GLUON) {
                throw new IllegalArgumentException(
                        "only gluons between the string ends, got " + event.pdgId(i) + " at " + i);
            }
        }
        hadrons.clear();
        boolean ok = last == first + 1
                ? breaker.fragment(
                        fa,
                        event.px(first),
                        event.py(first),
                        event.pz(first),
                        event.e(first),
                        fb,
                        event.px(last),
                        event.py(last),
                        event.pz(last),
                        event.e(last),
                        rng,
                        hadrons)
                : fragmentWithGluons(event, first, last, rng);
        if (!ok) {
            throw new StringFragmentationException("could not fragment the system " + fa + " ... " + fb + " at ["
                    + first + ", " + last + "] after " + StringBreaker.MAX_ATTEMPTS + " tries");
        }
        write(event, first, last);
    }

    private static void checkFlavour(int f) {
        if (FlavourCodes.heaviestQuark(f) > 4) {
            throw new IllegalArgumentException("b and t string ends are not supported: " + f);
        }
    }

    private boolean fragmentWithGluons(EventBuffer event, int first, int last, RandomStream rng) {
        for (int split = 0; split < MAX_GLUON_SPLITS; split++) {
            if (split == MAX_GLUON_SPLITS - 1) {
                return absorbGluons(event, first, last, rng);
            }
            hadrons.clear();
            int end = event.pdgId(first);
            double ex = event.px(first);
            double ey = event.py(first);
            double ez = event.pz(first);
            double ee = event.e(first);
            boolean ok = true;
            for (int g = first + 1; g < last && ok; g++) {
                int q = flavours.pickQuark(rng);
                // The kink feeds both string pieces equally: each end gets half the gluon.
                double y = 0.5;
                ok = breaker.fragment(
                        end,
                        ex,
                        ey,
                        ez,
                        ee,
                        -q,
                        y * event.px(g),
                        y * event.py(g),
                        y * event.pz(g),
                        y * event.e(g),
                        rng,
                        hadrons);
                end = q;
                // The quark keeps exactly the rest of the gluon, so the two halves sum to it.
                ex = event.px(g) - y * event.px(g);
                ey = event.py(g) - y * event.py(g);
                ez = event.pz(g) - y * event.pz(g);
                ee = event.e(g) - y * event.e(g);
            }
            if (ok
                    && breaker.fragment(
                            end,
                            ex,
                            ey,
                            ez,
                            ee,
                            event.pdgId(last),
                            event.px(last),
                            event.py(last),
                            event.pz(last),
                            event.e(last),
                            rng,
                            hadrons)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Last resort for a gluon too soft or too collinear for its split strings to make hadrons: each
     * gluon's momentum is added to the string end with which it has the smaller invariant mass, and
     * the system is fragmented as one q qbar string (flavour and four-momentum unchanged).
     */
    private boolean absorbGluons(EventBuffer event, int first, int last, RandomStream rng) {
        hadrons.clear();
        double[] a = {event.px(first), event.py(first), event.pz(first), event.e(first)};
        double[] b = {event.px(last), event.py(last), event.pz(last), event.e(last)};
        for (int g = first + 1; g < last; g++) {
            double[] gluon = {event.px(g), event.py(g), event.pz(g), event.e(g)};
            double[] target = dot(gluon, a) + mass2(a) <= dot(gluon, b) + mass2(b) ? a : b;
            for (int k = 0; k < 4; k++) {
                target[k] += gluon[k];
            }
        }
        return breaker.fragment(
                event.pdgId(first), a[0], a[1], a[2], a[3], event.pdgId(last), b[0], b[1], b[2], b[3], rng, hadrons);
    }

    private static double dot(double[] p, double[] q) {
        return p[3] * q[3] - p[0] * q[0] - p[1] * q[1] - p[2] * q[2];
    }

    private static double mass2(double[] p) {
        return dot(p, p);
    }

    private void write(EventBuffer event, int first, int last) {
        double vx = event.vertexX(first);
        double vy = event.vertexY(first);
        double vz = event.vertexZ(first);
        double vt = event.time(first);
        int firstHadron = event.size();
        for (int i = 0; i < hadrons.size(); i++) {
            int h = event.add(
                    hadrons.id(i),
                    GenParticle.FINAL,
                    hadrons.value(i, 0),
                    hadrons.value(i, 1),
                    hadrons.value(i, 2),
                    hadrons.value(i, 3));
            event.setMothers(h, first, last);
            event.setVertex(h, vx, vy, vz, vt);
        }
        int lastHadron = event.size() - 1;
        for (int p = first; p <= last; p++) {
            event.setDaughters(p, firstHadron, lastHadron);
            event.setStatus(p, GenParticle.DECAYED);
        }
    }
}
