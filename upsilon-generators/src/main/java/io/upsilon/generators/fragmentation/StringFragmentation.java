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
 * <p><b>Gluons</b> are kinks on the string: a system with gluons is fragmented by the kinked-string
 * algorithm of Sjöstrand, Nucl. Phys. B248 (1984) 469 ({@link KinkedString}, on the string regions
 * of {@link StringRegions}): the breaks step from the two ends through the regions spanned by the
 * end and half-gluon momenta, so hadrons straddle kinks, and the last two hadrons are made in the
 * region where the ends meet. A gluon that makes a string piece lighter than 0.3 GeV with a
 * neighbour is first joined to it (very soft or collinear gluons). A system too light for a string
 * (mass below the ends' constituent masses plus mStringMin), or one that the region stepping
 * cannot fragment in {@value KinkedString#MAX_ATTEMPTS} tries, has each gluon absorbed into the
 * string end nearer to it in invariant mass and is fragmented as one q qbar string. A system too
 * light for two hadrons becomes, alone ({@link #fragment}), one hadron plus a pi0 or a photon; in
 * an event with other singlets ({@link #fragmentOrDefer}) it is left to the caller, which {@link
 * #collapse}s it to one hadron that exchanges momentum with another singlet (PYTHIA's treatment).
 *
 * <p>One instance per thread: it keeps scratch arrays so that the inner loop allocates nothing.
 */
public final class StringFragmentation {
    private static final int GLUON = 21;

    private final FlavourSelector flavours;
    private final StringBreaker breaker;
    private final KinkedString kinked;
    private final SingletCollapse collapse;
    private final ConstituentMasses masses;
    private final double mStringMin;
    private final HadronList hadrons = new HadronList();
    private final HadronList partnerHadrons = new HadronList();
    private int[] systemIds = new int[8];
    private double[] systemMomenta = new double[32];

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
        HadronSpecies species = new HadronSpecies(tune);
        this.breaker = new StringBreaker(tune, flavours, species, catalog);
        this.kinked = new KinkedString(flavours, species, catalog, breaker);
        this.collapse = new SingletCollapse(species, catalog);
        this.masses = tune.masses();
        this.mStringMin = tune.mStringMin();
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
        checkSystem(event, first, last);
        if (!attempt(event, first, last, rng)) {
            throw new StringFragmentationException("could not fragment the system " + event.pdgId(first) + " ... "
                    + event.pdgId(last) + " at [" + first + ", " + last + "] after " + StringBreaker.MAX_ATTEMPTS
                    + " tries");
        }
        write(event, first, last, hadrons);
    }

    /**
     * Fragments like {@link #fragment}, but a system too light for two hadrons is not made into one
     * hadron plus a pi0 or a photon: it is left unchanged and false is returned, for the caller to
     * {@link #collapse} it against another singlet of the event (PYTHIA's treatment of small
     * systems; the pi0 or photon would be a particle that no physical process makes).
     *
     * @return true if fragmented; false for a small system left to the caller
     * @throws IllegalArgumentException if the range is not a colour-singlet string
     * @throws StringFragmentationException if a system that is not small could not be fragmented
     */
    public boolean fragmentOrDefer(EventBuffer event, int first, int last, RandomStream rng) {
        checkSystem(event, first, last);
        boolean ok;
        breaker.balanceAlone(false);
        try {
            ok = attempt(event, first, last, rng);
        } finally {
            breaker.balanceAlone(true);
        }
        if (ok) {
            write(event, first, last, hadrons);
            return true;
        }
        double px = 0;
        double py = 0;
        double pz = 0;
        double e = 0;
        for (int i = first; i <= last; i++) {
            px += event.px(i);
            py += event.py(i);
            pz += event.pz(i);
            e += event.e(i);
        }
        double small = masses.of(event.pdgId(first)) + masses.of(event.pdgId(last)) + mStringMin;
        if (e * e - px * px - py * py - pz * pz < small * small) {
            return false;
        }
        throw new StringFragmentationException("could not fragment the system " + event.pdgId(first) + " ... "
                + event.pdgId(last) + " at [" + first + ", " + last + "] after " + StringBreaker.MAX_ATTEMPTS
                + " tries");
    }

    /** One fragmentation of the system into {@link #hadrons}; false if it failed (nothing written). */
    private boolean attempt(EventBuffer event, int first, int last, RandomStream rng) {
        int fa = event.pdgId(first);
        int fb = event.pdgId(last);
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
        return ok;
    }

    /**
     * Collapses the partons at {@code [first, last]} of {@code event}, a colour singlet that {@link
     * #fragment} could not fragment (too light for the hadrons of its ends), to one hadron, and
     * balances four-momentum with the hadrons of another, already fragmented, singlet of the event:
     * one of the ranges {@code [hadronFirst[k], hadronLast[k]]}, k &lt; {@code ranges} (the one with
     * the largest invariant mass with the system among those that leave room; its hadrons are moved
     * by one Lorentz transformation, see {@link SingletCollapse}). The hadron is appended and the
     * partons get it as daughter, as in {@link #fragment}.
     *
     * @throws IllegalArgumentException if the range is not a colour-singlet string
     * @throws StringFragmentationException if no hadron and recoiler fit (nothing is changed then)
     */
    public void collapse(
            EventBuffer event, int first, int last, int[] hadronFirst, int[] hadronLast, int ranges, RandomStream rng) {
        checkSystem(event, first, last);
        if (ranges < 0 || ranges > hadronFirst.length || ranges > hadronLast.length) {
            throw new IllegalArgumentException("bad number of recoiler ranges: " + ranges);
        }
        int fa = event.pdgId(first);
        int fb = event.pdgId(last);
        hadrons.clear();
        if (!collapse.collapse(event, first, last, fa, fb, hadronFirst, hadronLast, ranges, rng, hadrons)) {
            throw new StringFragmentationException("could not collapse the system " + fa + " ... " + fb + " at ["
                    + first + ", " + last + "] to one hadron: no other colour singlet leaves room");
        }
        write(event, first, last, hadrons);
    }

    /**
     * Collapses two colour singlets that are both too light to fragment (e.g. the c sbar' and s' cbar
     * of a c cbar pair just above the open-charm threshold whose gluons both split) to one hadron
     * each, made back to back in their common rest frame along the systems' directions there, so
     * their summed four-momentum is kept exactly. For events in which no fragmented singlet can
     * take the recoil of {@link #collapse}.
     *
     * @throws IllegalArgumentException if a range is not a colour-singlet string
     * @throws StringFragmentationException if no two hadrons fit (nothing is changed then)
     */
    public void collapsePair(EventBuffer event, int firstA, int lastA, int firstB, int lastB, RandomStream rng) {
        checkSystem(event, firstA, lastA);
        checkSystem(event, firstB, lastB);
        hadrons.clear();
        partnerHadrons.clear();
        if (!collapse.collapsePair(event, firstA, lastA, firstB, lastB, rng, hadrons, partnerHadrons)) {
            throw new StringFragmentationException("could not collapse the systems at [" + firstA + ", " + lastA
                    + "] and [" + firstB + ", " + lastB + "] to one hadron each: too light");
        }
        write(event, firstA, lastA, hadrons);
        write(event, firstB, lastB, partnerHadrons);
    }

    private static void checkSystem(EventBuffer event, int first, int last) {
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
    }

    private static void checkFlavour(int f) {
        if (FlavourCodes.heaviestQuark(f) > 4) {
            throw new IllegalArgumentException("b and t string ends are not supported: " + f);
        }
    }

    private boolean fragmentWithGluons(EventBuffer event, int first, int last, RandomStream rng) {
        int count = last - first + 1;
        if (systemIds.length < count) {
            systemIds = new int[count];
            systemMomenta = new double[4 * count];
        }
        double px = 0;
        double py = 0;
        double pz = 0;
        double e = 0;
        for (int i = 0; i < count; i++) {
            int p = first + i;
            systemIds[i] = event.pdgId(p);
            systemMomenta[4 * i] = event.px(p);
            systemMomenta[4 * i + 1] = event.py(p);
            systemMomenta[4 * i + 2] = event.pz(p);
            systemMomenta[4 * i + 3] = event.e(p);
            px += event.px(p);
            py += event.py(p);
            pz += event.pz(p);
            e += event.e(p);
        }
        double w2 = e * e - px * px - py * py - pz * pz;
        double small = masses.of(event.pdgId(first)) + masses.of(event.pdgId(last)) + mStringMin;
        if (!(w2 > small * small)) {
            // Too light for a string with kinks: one or two hadrons, as a small q qbar string.
            return absorbGluons(event, first, last, rng);
        }
        hadrons.clear();
        if (kinked.fragment(systemIds, systemMomenta, count, rng, hadrons)) {
            return true;
        }
        return absorbGluons(event, first, last, rng);
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

    private static void write(EventBuffer event, int first, int last, HadronList hadrons) {
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
