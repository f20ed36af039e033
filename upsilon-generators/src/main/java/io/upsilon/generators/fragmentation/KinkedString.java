package io.upsilon.generators.fragmentation;

import io.upsilon.core.random.RandomStream;

/**
 * The Lund fragmentation of a kinked string q g1 ... gk qbar (T. Sjöstrand, Nucl. Phys. B248 (1984)
 * 469; PYTHIA 6.4 manual, hep-ph/0603175, sec. 12.1.5; the behaviour, not the code, of PYTHIA 8's
 * StringFragmentation and StringRegion was the reference for the technical choices named below).
 *
 * <p><b>Geometry</b>: the string regions spanned by the end and half-gluon momenta ({@link
 * StringRegions}). <b>Breaks</b> step alternately (a random end each time) from the two ends, with
 * the flavour (with popcorn, {@link BreakFlavour}), hadron species, mass, transverse kick, stop
 * rule and z of the straight string ({@link StringBreaker}: the same rules, shared). A break is a point of the world sheet, given per
 * end by its region and its coordinates there: x_dir, the fraction of the region's vector along
 * which the end steps that is still ahead of it, and x_inv, the fraction of the other vector that
 * its hadrons have already taken. A new hadron of mass m takes light-cone fractions from the
 * region of the previous break; if it needs more than the region has, it sweeps the rest and
 * continues in the next region (past the kink: x_inv above 1 moves on to the next vector on the
 * other side, x_dir below 0 to the next vector on its own side), so hadrons straddle kinks. Its two
 * fractions in the final region follow from two conditions: its mass, and the area law in the form
 * Gamma_new = (1 - z)(Gamma_old + m_T^2 / z), Gamma the invariant area between the break and the end
 * (the sum over the regions behind the break of x_dir x_inv W^2), which reduces to the straight
 * string's p+ = z W+_own in a single region (W+_own: what is still ahead of the end, as in {@link
 * StringBreaker}). The kick is drawn in the transverse frame of the region where the step starts;
 * if the hadron ends in another region, the kick and the end's old transverse momentum keep their
 * components there if they are still transverse (length changed by less than {@value #PT2_SAME}
 * GeV^2), else their components are taken in the new region's frame, so that the hadron's
 * transverse momentum is transverse to the region it is made in. A step that runs off the string
 * or leaves the rest space-like closes the string from the state before it, as in {@link
 * StringBreaker}; applied to one region this code reproduces {@link StringBreaker} (6.48 primary
 * hadrons per 10.58 GeV u ubar string; PYTHIA 8.302 with the same parameters: 6.49).
 *
 * <p><b>Join</b>: when the remaining mass falls below the stop mass, or a step runs off the string,
 * the two ends are closed with two hadrons in the region between them: their own region if they
 * meet in one, else a region built from the plus and minus vectors still between them. The
 * remaining four-momentum is decomposed in it; the ends' old transverse momenta are projected into
 * it and the rest of the remaining transverse momentum is shared equally; the two hadrons then take
 * all of the light-cone momenta (the larger p+ to the hadron at the triplet side, as in {@link
 * StringBreaker}), the second as the exact remainder, so the hadrons sum to the partons to
 * rounding. Ends that have crossed or an impossible join mean a new try of the whole string, up to
 * {@value #MAX_ATTEMPTS} times.
 *
 * <p><b>Nearby partons</b> (before the regions are built): a gluon that makes a very light string
 * piece with a colour neighbour is joined to it (summed four-momentum, the neighbour's flavour), the
 * lightest pair first, while its mass (a gluon counting with half its momentum, minus a quark's
 * mass) is below {@value #M_JOIN} GeV (PYTHIA 8's FragmentationSystems:mJoin default, documented in
 * its Fragmentation.xml). This is the treatment of very soft and collinear gluons: they are absorbed
 * into a neighbour, and a system left with two partons is a straight string.
 *
 * <p>Not thread-safe (scratch arrays); allocates nothing per string once warmed up.
 */
final class KinkedString {
    static final int MAX_ATTEMPTS = 100;

    /** GeV; see the class comment. */
    static final double M_JOIN = 0.3;

    /** GeV^2: a kick that keeps its length to within this is still transverse in a new region. */
    static final double PT2_SAME = 0.01;

    private static final int GLUON = 21;

    private final FlavourSelector flavours;
    private final HadronSpecies species;
    private final HadronCatalog catalog;
    private final StringBreaker rules;
    private final BreakFlavour breakFlavour;
    private final StringRegions regions = new StringRegions();
    private final End pos = new End(true);
    private final End neg = new End(false);
    private final HadronList sidePos = new HadronList();
    private final HadronList sideNeg = new HadronList();

    private double[] partons = new double[16];
    private int[] ids = new int[4];
    private int n;

    private final double[] total = new double[4];
    private final double[] rem = new double[4];
    private final double[] had = new double[4];
    private final double[] swept = new double[4];
    private final double[] kick = new double[4];
    private final double[] endPt = new double[4];
    private final double[] trial = new double[4];
    private final double[] joinPlus = new double[4];
    private final double[] joinMinus = new double[4];
    private final double[] finalPlus = new double[4];
    private final double[] finalMinus = new double[4];
    private final double[] finalX = new double[4];
    private final double[] finalY = new double[4];

    // The result of a successful step (see step()).
    private int stepDir;
    private int stepInv;
    private double stepXDir;
    private double stepXInv;
    private double stepPx;
    private double stepPy;
    private double stepGamma;

    /** One end of the string being broken, in coordinates neutral to the side it steps from. */
    private static final class End {
        final boolean fromPos;
        int flavour;
        int popcornVertex; // of a popcorn meson still to be made at this end, or 0
        double px;
        double py;
        double gamma;
        int dir;
        int inv;
        double xDir;
        double xInv;

        End(boolean fromPos) {
            this.fromPos = fromPos;
        }

        void reset(int flavour, int last) {
            this.flavour = flavour;
            popcornVertex = 0;
            px = 0;
            py = 0;
            gamma = 0;
            dir = 0;
            inv = last;
            xDir = 1;
            xInv = 0;
        }

        int plusIndex() {
            return fromPos ? dir : inv;
        }

        int minusIndex() {
            return fromPos ? inv : dir;
        }
    }

    KinkedString(FlavourSelector flavours, HadronSpecies species, HadronCatalog catalog, StringBreaker rules) {
        this.flavours = flavours;
        this.species = species;
        this.catalog = catalog;
        this.rules = rules;
        this.breakFlavour = new BreakFlavour(flavours, species);
    }

    /**
     * Fragments the partons {@code p[0..4 count)} (ids {@code id[0..count)}: triplet end, gluons,
     * anti-triplet end) and appends the hadrons' lab four-momenta in string order to {@code out}.
     *
     * @return false if the string could not be fragmented (nothing appended then)
     */
    boolean fragment(int[] id, double[] p, int count, RandomStream rng, HadronList out) {
        load(id, p, count);
        joinNearbyPartons();
        if (n == 2) {
            return rules.fragment(
                    ids[0],
                    partons[0],
                    partons[1],
                    partons[2],
                    partons[3],
                    ids[1],
                    partons[4],
                    partons[5],
                    partons[6],
                    partons[7],
                    rng,
                    out);
        }
        if (!regions.setUp(partons, n)) {
            return false;
        }
        for (int c = 0; c < 4; c++) {
            total[c] = 0;
            for (int i = 0; i < n; i++) {
                total[c] += partons[4 * i + c];
            }
        }
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            if (breakString(rng)) {
                for (int i = 0; i < sidePos.size(); i++) {
                    copy(sidePos, i, out);
                }
                for (int i = sideNeg.size() - 1; i >= 0; i--) {
                    copy(sideNeg, i, out);
                }
                return true;
            }
        }
        return false;
    }

    private static void copy(HadronList from, int i, HadronList to) {
        to.add(from.id(i), from.value(i, 0), from.value(i, 1), from.value(i, 2), from.value(i, 3));
    }

    private void load(int[] id, double[] p, int count) {
        if (partons.length < 4 * count) {
            partons = new double[4 * count];
            ids = new int[count];
        }
        System.arraycopy(p, 0, partons, 0, 4 * count);
        System.arraycopy(id, 0, ids, 0, count);
        n = count;
    }

    /** Joins the lightest neighbouring pair with a gluon while it is below {@link #M_JOIN}. */
    private void joinNearbyPartons() {
        while (n > 2) {
            int best = -1;
            double bestMass = M_JOIN;
            for (int i = 0; i + 1 < n; i++) {
                double m = pieceMass(i);
                if (m < bestMass) {
                    bestMass = m;
                    best = i;
                }
            }
            if (best < 0) {
                return;
            }
            // The joined parton keeps the flavour of the non-gluon (or is a gluon).
            int keep = ids[best] == GLUON ? ids[best + 1] : ids[best];
            for (int c = 0; c < 4; c++) {
                partons[4 * best + c] += partons[4 * (best + 1) + c];
            }
            ids[best] = keep;
            for (int i = best + 1; i + 1 < n; i++) {
                ids[i] = ids[i + 1];
                System.arraycopy(partons, 4 * (i + 1), partons, 4 * i, 4);
            }
            n--;
        }
    }

    /** Mass of the string piece between partons i and i + 1 (gluons at half), minus the quarks' masses. */
    private double pieceMass(int i) {
        double f1 = ids[i] == GLUON ? 0.5 : 1;
        double f2 = ids[i + 1] == GLUON ? 0.5 : 1;
        for (int c = 0; c < 4; c++) {
            trial[c] = f1 * partons[4 * i + c] + f2 * partons[4 * (i + 1) + c];
        }
        double m = Math.sqrt(Math.max(StringRegions.dot(trial, 0, trial, 0), 0));
        if (ids[i] != GLUON) {
            m -= mass(4 * i);
        }
        if (ids[i + 1] != GLUON) {
            m -= mass(4 * (i + 1));
        }
        return m;
    }

    private double mass(int o) {
        return Math.sqrt(Math.max(StringRegions.dot(partons, o, partons, o), 0));
    }

    /** One try at the whole string; false if it must be tried again. */
    private boolean breakString(RandomStream rng) {
        int last = regions.last();
        pos.reset(ids[0], last);
        neg.reset(ids[n - 1], last);
        sidePos.clear();
        sideNeg.clear();
        System.arraycopy(total, 0, rem, 0, 4);
        while (true) {
            boolean fromPos = rng.nextDouble() < 0.5;
            End end = fromPos ? pos : neg;
            if (!breakFlavour.draw(end.flavour, end.popcornVertex, fromPos, rng)) {
                continue; // eta, eta' or SU(6) rejection: draw the break again
            }
            int newFlavour = breakFlavour.newFlavour;
            int id = breakFlavour.hadron;
            double wMin = rules.stopMass(pos.flavour, neg.flavour, newFlavour, rng);
            if (StringRegions.dot(rem, 0, rem, 0) < wMin * wMin) {
                return join(rng);
            }
            double m = catalog.sampleMass(id, rng);
            double width = rules.kickWidth(rng);
            double kx = width * rng.nextGaussian();
            double ky = width * rng.nextGaussian();
            double hx = end.px - kx;
            double hy = end.py - ky;
            double mt2 = m * m + hx * hx + hy * hy;
            double z = rules.sampleZ(end.flavour, newFlavour, mt2, rng);
            if (!step(end, m, kx, ky, mt2, z)) {
                return join(rng); // ran off the string: close it from the state before this step
            }
            double e = rem[3] - had[3];
            double x = rem[0] - had[0];
            double y = rem[1] - had[1];
            double zz = rem[2] - had[2];
            if (!(had[3] > 0 && e > 0 && e * e - x * x - y * y - zz * zz > 0)) {
                return join(rng);
            }
            rem[0] = x;
            rem[1] = y;
            rem[2] = zz;
            rem[3] = e;
            (fromPos ? sidePos : sideNeg).add(id, had[0], had[1], had[2], had[3]);
            end.flavour = breakFlavour.nextEnd;
            end.popcornVertex = breakFlavour.nextPopcorn;
            end.dir = stepDir;
            end.inv = stepInv;
            end.xDir = stepXDir;
            end.xInv = stepXInv;
            end.px = -stepPx;
            end.py = -stepPy;
            end.gamma = stepGamma;
        }
    }

    private int region(End end, int dir, int inv) {
        return end.fromPos ? regions.index(dir, inv) : regions.index(inv, dir);
    }

    /** Offset of the vector along which {@code end} steps in region (dir, inv) of its own coordinates. */
    private double[] dirVectors(End end) {
        return end.fromPos ? regions.plusVectors() : regions.minusVectors();
    }

    private double[] invVectors(End end) {
        return end.fromPos ? regions.minusVectors() : regions.plusVectors();
    }

    /**
     * One hadron from {@code end}: its four-momentum into {@link #had}, the new break into the
     * step* fields. The hadron's transverse momentum in the start region is the end's minus the
     * kick (kx, ky).
     *
     * @return false if the hadron runs off the string or the equations have no solution
     */
    private boolean step(End end, double m, double kx, double ky, double mt2, double z) {
        int last = regions.last();
        double gammaNew = (1 - z) * (end.gamma + mt2 / z);
        double[] dirV = dirVectors(end);
        double[] invV = invVectors(end);
        double[] xAxes = regions.xAxes();
        double[] yAxes = regions.yAxes();
        int dir = end.dir;
        int inv = end.inv;
        int start = region(end, dir, inv);
        if (regions.isEmpty(start)) {
            return false;
        }
        double qx = -kx;
        double qy = -ky;
        double ox = end.px;
        double oy = end.py;
        for (int c = 0; c < 4; c++) {
            swept[c] = 0;
            kick[c] = qx * xAxes[4 * start + c] + qy * yAxes[4 * start + c];
            endPt[c] = ox * xAxes[4 * start + c] + oy * yAxes[4 * start + c];
        }
        while (true) {
            int r = region(end, dir, inv);
            double baseDir = dir == end.dir ? end.xDir : 1;
            double baseInv = inv == end.inv ? end.xInv : 0;
            int d4 = 4 * dir;
            int i4 = 4 * inv;
            if (regions.isEmpty(r)) {
                // Nothing to break in: sweep the rest of this vector and go on along it.
                for (int c = 0; c < 4; c++) {
                    swept[c] += baseDir * dirV[d4 + c];
                }
                if (++dir + inv > last) {
                    return false;
                }
                continue;
            }
            int r4 = 4 * r;
            if (r != start) {
                double tx = -StringRegions.dot(kick, 0, xAxes, r4);
                double ty = -StringRegions.dot(kick, 0, yAxes, r4);
                if (Math.abs(tx * tx + ty * ty - qx * qx - qy * qy) < PT2_SAME) {
                    qx = tx;
                    qy = ty;
                }
                tx = -StringRegions.dot(endPt, 0, xAxes, r4);
                ty = -StringRegions.dot(endPt, 0, yAxes, r4);
                if (Math.abs(tx * tx + ty * ty - ox * ox - oy * oy) < PT2_SAME) {
                    ox = tx;
                    oy = ty;
                }
            }
            for (int c = 0; c < 4; c++) {
                trial[c] = swept[c] + (ox + qx) * xAxes[r4 + c] + (oy + qy) * yAxes[r4 + c];
            }
            // m^2 = T^2 + cDir a + cInv b + w2 a b for the hadron T + a D + b I.
            double w2 = regions.w2(r);
            double cConst = StringRegions.dot(trial, 0, trial, 0);
            double cDir = 2 * StringRegions.dot(trial, 0, dirV, d4);
            double cInv = 2 * StringRegions.dot(trial, 0, invV, i4);
            // Gamma_new = g1 + gDir a + gInv b + gBoth a b: the regions behind the new break.
            double g1 = 0;
            double gDir = 0;
            double gInv = 0;
            double gBoth = 0;
            for (int j = inv; j <= last - dir; j++) {
                double xi = j == inv ? baseInv : 1;
                for (int i = dir; i <= last - j; i++) {
                    double xd = i == dir ? baseDir : 1;
                    double w = regions.w2(region(end, i, j));
                    g1 += xd * xi * w;
                    if (i == dir) {
                        gDir -= xi * w;
                    }
                    if (j == inv) {
                        gInv += xd * w;
                    }
                    if (i == dir && j == inv) {
                        gBoth -= w;
                    }
                }
            }
            // Eliminate a = (m0 - cInv b) / (cDir + w2 b): r2 b^2 + r1 b + r0 = 0.
            double m0 = m * m - cConst;
            double g0 = gammaNew - g1;
            double r2 = gInv * w2 - gBoth * cInv;
            double r1 = gBoth * m0 - gDir * cInv + gInv * cDir - g0 * w2;
            double r0 = gDir * m0 - g0 * cDir;
            double disc = r1 * r1 - 4 * r2 * r0;
            if (!(Math.abs(r2) > 1e-12 * w2 * w2) || !(disc > 0)) {
                return false;
            }
            // The larger root: in one region the other is the unphysical b <= 0.
            double b = (-r1 + Math.copySign(Math.sqrt(disc), r2)) / (2 * r2);
            double denominator = cDir + w2 * b;
            if (!(Math.abs(denominator) > 1e-12 * w2)) {
                return false;
            }
            double a = (m0 - cInv * b) / denominator;
            if (!Double.isFinite(a) || !Double.isFinite(b)) {
                return false;
            }
            double xDirNew = baseDir - a;
            double xInvNew = baseInv + b;
            if (xInvNew > 1) {
                // Takes all of the other vector here: sweep it and continue past the kink.
                for (int c = 0; c < 4; c++) {
                    swept[c] += (1 - baseInv) * invV[i4 + c];
                }
                if (--inv < 0) {
                    return false;
                }
                continue;
            }
            if (xDirNew < 0) {
                for (int c = 0; c < 4; c++) {
                    swept[c] += baseDir * dirV[d4 + c];
                }
                if (++dir + inv > last) {
                    return false;
                }
                continue;
            }
            for (int c = 0; c < 4; c++) {
                had[c] = trial[c] + a * dirV[d4 + c] + b * invV[i4 + c];
            }
            stepDir = dir;
            stepInv = inv;
            stepXDir = xDirNew;
            stepXInv = xInvNew;
            stepPx = qx;
            stepPy = qy;
            stepGamma = gammaNew;
            return true;
        }
    }

    /** The last two hadrons, in the region between the ends; false if this try must be redone. */
    private boolean join(RandomStream rng) {
        int posPlus = pos.plusIndex();
        int posMinus = pos.minusIndex();
        int negPlus = neg.plusIndex();
        int negMinus = neg.minusIndex();
        // Plus content between the ends: the pos end's x_dir of its plus vector ... the neg end's taken x_inv.
        if (posPlus > negPlus || negMinus > posMinus) {
            return false;
        }
        if (posPlus == negPlus && pos.xDir < neg.xInv) {
            return false;
        }
        if (negMinus == posMinus && neg.xDir < pos.xInv) {
            return false;
        }
        double[] xAxes = regions.xAxes();
        double[] yAxes = regions.yAxes();
        double[] plus = regions.plusVectors();
        double[] minus = regions.minusVectors();
        int posRegion = regions.index(posPlus, posMinus);
        int negRegion = regions.index(negPlus, negMinus);
        double fw2;
        if (posRegion == negRegion) {
            if (regions.isEmpty(posRegion)) {
                return false;
            }
            int o = 4 * posRegion;
            System.arraycopy(plus, 4 * posPlus, finalPlus, 0, 4);
            System.arraycopy(minus, 4 * posMinus, finalMinus, 0, 4);
            System.arraycopy(xAxes, o, finalX, 0, 4);
            System.arraycopy(yAxes, o, finalY, 0, 4);
            fw2 = regions.w2(posRegion);
        } else {
            for (int c = 0; c < 4; c++) {
                joinPlus[c] = 0;
                joinMinus[c] = 0;
            }
            for (int i = posPlus; i <= negPlus; i++) {
                double f = (i == posPlus ? pos.xDir : 1) - (i == negPlus ? neg.xInv : 0);
                for (int c = 0; c < 4; c++) {
                    joinPlus[c] += f * plus[4 * i + c];
                }
            }
            for (int j = negMinus; j <= posMinus; j++) {
                double f = (j == negMinus ? neg.xDir : 1) - (j == posMinus ? pos.xInv : 0);
                for (int c = 0; c < 4; c++) {
                    joinMinus[c] += f * minus[4 * j + c];
                }
            }
            if (!StringRegions.lightCone(joinPlus, 0, joinMinus, 0, finalPlus, 0, finalMinus, 0)) {
                return false;
            }
            fw2 = 2 * StringRegions.dot(finalPlus, 0, finalMinus, 0);
            if (!(fw2 >= StringRegions.EMPTY_W * StringRegions.EMPTY_W)
                    || !StringRegions.basis(finalPlus, 0, finalMinus, 0, finalX, finalY, 0)) {
                return false;
            }
        }
        // The ends' transverse momenta, projected into the final region.
        double pxA = projectTransverse(pos, posRegion, xAxes, yAxes, finalX);
        double pyA = projectTransverse(pos, posRegion, xAxes, yAxes, finalY);
        double pxB = projectTransverse(neg, negRegion, xAxes, yAxes, finalX);
        double pyB = projectTransverse(neg, negRegion, xAxes, yAxes, finalY);
        double xPlusRem = 2 * StringRegions.dot(rem, 0, finalMinus, 0) / fw2;
        double xMinusRem = 2 * StringRegions.dot(rem, 0, finalPlus, 0) / fw2;
        double remX = -StringRegions.dot(rem, 0, finalX, 0);
        double remY = -StringRegions.dot(rem, 0, finalY, 0);
        double shareX = 0.5 * (remX - pxA - pxB);
        double shareY = 0.5 * (remY - pyA - pyB);
        pxA += shareX;
        pyA += shareY;
        pxB += shareX;
        pyB += shareY;
        double wt2 = xPlusRem * xMinusRem * fw2;
        if (!(xPlusRem > 0 && xMinusRem > 0)) {
            return false;
        }
        boolean quarkOnly = FlavourCodes.isDiquark(pos.flavour) || FlavourCodes.isDiquark(neg.flavour);
        for (int tries = 0; tries < StringBreaker.MAX_JOIN_TRIES; tries++) {
            int newFlavour = flavours.pick(rng, quarkOnly);
            int triplet = FlavourCodes.isQuark(newFlavour) ? newFlavour : -newFlavour;
            int id1 = species.hadron(pos.flavour, -triplet, rng);
            int id2 = species.hadron(neg.flavour, triplet, rng);
            if (id1 == 0 || id2 == 0) {
                continue;
            }
            double m1 = catalog.sampleMass(id1, rng);
            double m2 = catalog.sampleMass(id2, rng);
            double width = rules.kickWidth(rng);
            double kx = width * rng.nextGaussian();
            double ky = width * rng.nextGaussian();
            double p1x = pxA - kx;
            double p1y = pyA - ky;
            double p2x = pxB + kx;
            double p2y = pyB + ky;
            double mt1sq = m1 * m1 + p1x * p1x + p1y * p1y;
            double mt2sq = m2 * m2 + p2x * p2x + p2y * p2y;
            double sumMt = Math.sqrt(mt1sq) + Math.sqrt(mt2sq);
            if (!(wt2 > sumMt * sumMt)) {
                continue;
            }
            double lambda = Math.sqrt(Math.max((wt2 - mt1sq - mt2sq) * (wt2 - mt1sq - mt2sq) - 4 * mt1sq * mt2sq, 0));
            double fPlus = (wt2 + mt1sq - mt2sq + lambda) / (2 * wt2);
            double fMinus = mt1sq / (fPlus * wt2);
            for (int c = 0; c < 4; c++) {
                had[c] = fPlus * xPlusRem * finalPlus[c]
                        + fMinus * xMinusRem * finalMinus[c]
                        + p1x * finalX[c]
                        + p1y * finalY[c];
            }
            double e2 = rem[3] - had[3];
            if (!(had[3] > 0 && e2 > 0)) {
                continue;
            }
            sidePos.add(id1, had[0], had[1], had[2], had[3]);
            // The second hadron is the exact remainder, so the sum is exact to rounding.
            sideNeg.add(id2, rem[0] - had[0], rem[1] - had[1], rem[2] - had[2], e2);
            return true;
        }
        return false;
    }

    /** Component of the end's transverse momentum (in its own region's frame) along {@code axis}. */
    private static double projectTransverse(End end, int region, double[] xAxes, double[] yAxes, double[] axis) {
        int o = 4 * region;
        double v = 0;
        for (int c = 0; c < 4; c++) {
            double t = end.px * xAxes[o + c] + end.py * yAxes[o + c];
            v += (c == 3 ? 1 : -1) * t * axis[c];
        }
        return -v;
    }
}
