package io.upsilon.generators.process;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.kinematics.Boost;
import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.units.PhysicalConstants;
import io.upsilon.generators.amplitude.EeFfGammaAmplitude;
import io.upsilon.generators.radiation.VacuumPolarization;

/**
 * e+e- -&gt; f fbar gamma (f = mu, tau) at tree level with the exact O(alpha) real-emission matrix
 * element ({@link EeFfGammaAmplitude}: initial- and final-state emission and their interference,
 * electron and fermion masses kept), for a hard photon ({@link RadiativePairRegion}: E*_gamma &gt;
 * k0 and away from the beams and, optionally, from f and fbar, CM frame):
 *
 * <pre>
 *   sigma = (1 / (2 s beta_e)) integral dPhi_3 (1/4) sum |M|^2 e^6.
 * </pre>
 *
 * <p>Phase space (weighted events, mean weight = sigma in nb) is a four-channel mixture following
 * the poles of |M|^2: an ISR channel (photon energy from dE/E above k0 or, for the radiative return
 * to low f fbar masses, from ds'/s' above threshold; polar angle 1/(1 - cos^2) inside
 * the beam cut, uniform azimuth; f fbar isotropic in their rest frame, boosted against the photon)
 * and three Dalitz channels in x = (p_f + k)^2, y = (p_fbar + k)^2 (x ~ 1/(x - m^2) with y flat;
 * the mirror; both logarithmic) with a uniform orientation, which cover the FSR soft and
 * quasi-collinear peaks (the fermion mass cuts them off at angles ~ m/E). The weight divides by
 * the sum of the channel densities, each of which covers the whole hard region, so the estimate is
 * unbiased for any channel mixture.
 *
 * <p>No further radiation is added (no structure function: the hard photon is the O(alpha)
 * correction itself; see {@link RadiativePairRegion} for the matching to {@code ee-mumu}). With
 * radiation on (the process default) each s-channel photon is dressed with the vacuum polarisation
 * at its own virtuality, as in {@code ee-mumu}; with {@code --no-radiation} the propagators are bare.
 * Each event keeps the ISR, FSR and interference parts of its |M|^2 ({@link #lastParts}), for
 * reports of their sizes.
 */
public final class RadiativePairGenerator implements EventGenerator {
    private static final double CHANNEL_ISR = 0.4;
    private static final double CHANNEL_X = 0.2;
    private static final double CHANNEL_Y = 0.2;

    private final RadiativePairRegion region;
    private final CollisionFrame frame;
    private final EeFfGammaAmplitude amplitude;
    private final int pdgId;
    private final int[] finalState; // f, fbar, gamma
    private final double mass;
    private final double electronMass;
    private final double beamRapidity;
    private final double[] p = new double[20];
    private final double[] parts = new double[3];
    private final VacuumPolarization vp; // null: bare propagators
    private final double[] isrDressing = {1, 0};
    private final double[] fsrDressing = {1, 0};

    /**
     * @param beam the beams
     * @param pdgId the fermion f (13 or 15; any charged lepton of the particle table)
     * @param region the hard-photon region (generation cuts)
     */
    public RadiativePairGenerator(Beam beam, int pdgId, RadiativePairRegion region) {
        this(beam, pdgId, region, false);
    }

    /**
     * @param beam the beams
     * @param pdgId the fermion f (13 or 15; any charged lepton of the particle table)
     * @param region the hard-photon region (generation cuts)
     * @param vacuumPolarization whether each s-channel photon propagator is dressed with the vacuum
     *     polarisation at its virtuality ({@link VacuumPolarization#dressing}: (p_f + p_fbar)^2 for
     *     the ISR diagrams, s for the FSR diagrams), as {@code ee-mumu} dresses its Born
     */
    public RadiativePairGenerator(Beam beam, int pdgId, RadiativePairRegion region, boolean vacuumPolarization) {
        if (beam == null || region == null) {
            throw new IllegalArgumentException("beam and region must not be null");
        }
        ParticleTable table = ParticleTable.standard();
        ParticleData f = table.byId(pdgId);
        this.region = region;
        this.frame = new CollisionFrame(beam);
        this.pdgId = pdgId;
        this.finalState = new int[] {pdgId, -pdgId, 22};
        this.mass = f.mass();
        this.electronMass = table.byId(11).mass();
        this.amplitude = new EeFfGammaAmplitude(electronMass, mass, f.charge());
        double c = region.beamCosMax();
        this.beamRapidity = 0.5 * Math.log((1 + c) / (1 - c));
        this.vp = vacuumPolarization ? VacuumPolarization.standard() : null;
    }

    /** The hard-photon region. */
    public RadiativePairRegion region() {
        return region;
    }

    @Override
    public double generate(RandomStream beamRng, RandomStream rng, EventBuffer out) {
        out.clear();
        frame.sample(beamRng);
        frame.addBeams(out);
        double w = generateInCm(frame.s(), rng);
        frame.addFinalState(out, finalState, p, 8);
        out.setWeight(w);
        return w;
    }

    /**
     * The ISR, FSR and interference parts of sum|M|^2 of the last event (indices of {@link
     * EeFfGammaAmplitude}; all zero when its weight is 0), a live view: the event weight times
     * part / (sum of the three) is that part's contribution to the cross section.
     */
    public double[] lastParts() {
        return parts;
    }

    /**
     * Draws one point at this s into the canonical CM frame (e- along +z; layout of {@link
     * EeFfGammaAmplitude}) and returns its weight in nb (0 outside the hard region).
     */
    double generateInCm(double s, RandomStream rng) {
        java.util.Arrays.fill(parts, 0);
        double rs = Math.sqrt(s);
        double m = mass;
        double m2 = m * m;
        double k0 = region.energyMin();
        double eMax = (s - 4 * m2) / (2 * rs);
        double xLo = m2 + xMinusM2Min(rs);
        double xHi = (rs - m) * (rs - m);
        if (!(eMax > k0) || !(xHi > xLo)) {
            drawUnused(rng);
            return 0;
        }
        double logE = Math.log(eMax / k0);
        double logX = Math.log((xHi - m2) / (xLo - m2));
        double u = rng.nextDouble();
        double r1 = rng.nextDouble();
        double r2 = rng.nextDouble();
        double r3 = rng.nextDouble();
        double r4 = rng.nextDouble();
        double r5 = rng.nextDouble();
        double r6 = rng.nextDouble();
        double logSp = Math.log((s - 2 * rs * k0) / (4 * m2));
        setBeams(rs);
        boolean built;
        if (u < CHANNEL_ISR) {
            // photon energy: soft peak dE/E, or the radiative-return peak ds'/s' towards threshold
            double e = r6 < 0.5 ? k0 * Math.exp(logE * r1) : (s - 4 * m2 * Math.exp(logSp * r1)) / (2 * rs);
            built = isrPoint(s, rs, e, Math.tanh(beamRapidity * (2 * r2 - 1)), r3, r4, r5);
        } else {
            double x;
            double y;
            if (u < CHANNEL_ISR + CHANNEL_X) {
                x = m2 + (xLo - m2) * Math.exp(logX * r1);
                y = dalitzMin(s, x) + (dalitzMax(s, x) - dalitzMin(s, x)) * r2;
            } else if (u < CHANNEL_ISR + CHANNEL_X + CHANNEL_Y) {
                y = m2 + (xLo - m2) * Math.exp(logX * r1);
                x = dalitzMin(s, y) + (dalitzMax(s, y) - dalitzMin(s, y)) * r2;
            } else {
                x = m2 + (xLo - m2) * Math.exp(logX * r1);
                y = m2 + (xLo - m2) * Math.exp(logX * r2);
            }
            built = dalitzPoint(s, rs, x, y, r3, r4, r5);
        }
        if (!built || !region.acceptsCm(p, 16, p, 8, 12)) {
            return 0;
        }
        double density = CHANNEL_ISR * isrDensity(s, rs, logE, logSp) + dalitzDensity(s, logX);
        if (vp != null) {
            vp.dressing(invariant(8, 12), isrDressing);
            vp.dressing(s, fsrDressing);
        }
        double[] me = amplitude.summedParts(p, isrDressing[0], isrDressing[1], fsrDressing[0], fsrDressing[1]);
        double sum = me[0] + me[1] + me[2];
        System.arraycopy(me, 0, parts, 0, 3);
        double e2 = 4 * Math.PI * PhysicalConstants.ALPHA;
        double betaE = Math.sqrt(1 - 4 * electronMass * electronMass / s);
        double flux = 1 / (2 * s * betaE);
        return flux * e2 * e2 * e2 * 0.25 * sum / density * PhysicalConstants.HBARC2_GEV2_NB;
    }

    /** Keeps the stream position independent of early exits (same seed, same later events). */
    private static void drawUnused(RandomStream rng) {
        for (int i = 0; i < 7; i++) {
            rng.nextDouble();
        }
    }

    /**
     * A lower bound of x - m^2 = 2 p_f.k over the hard region: 2 k0 (E - |p| cos delta_f) with E -
     * |p| cos delta_f &gt;= m sin delta_f (its minimum over E) and &gt;= E - |p| = m^2/(E + |p|) &gt;
     * m^2/sqrt(s).
     */
    private double xMinusM2Min(double rs) {
        double m = mass;
        double sinF = Math.sin(Math.toRadians(region.thetaFermionDeg()));
        return 2 * region.energyMin() * Math.max(m * sinF, m * m / rs);
    }

    private void setBeams(double rs) {
        double eb = 0.5 * rs;
        double pz = Math.sqrt(Math.max(0, (eb - electronMass) * (eb + electronMass)));
        java.util.Arrays.fill(p, 0, 8, 0);
        p[2] = pz;
        p[3] = eb;
        p[6] = -pz;
        p[7] = eb;
    }

    /** Photon (energy e, cos c, azimuth 2 pi r3), f fbar isotropic in their rest frame (r4, r5). */
    private boolean isrPoint(double s, double rs, double e, double c, double r3, double r4, double r5) {
        double m = mass;
        double mq2 = s - 2 * rs * e;
        if (!(mq2 > 4 * m * m)) {
            return false;
        }
        double sn = Math.sqrt(Math.max(0, (1 - c) * (1 + c)));
        double phi = 2 * Math.PI * r3;
        p[16] = e * sn * Math.cos(phi);
        p[17] = e * sn * Math.sin(phi);
        p[18] = e * c;
        p[19] = e;
        double half = 0.5 * Math.sqrt(mq2);
        double a = Math.sqrt(Math.max(0, (half - m) * (half + m)));
        double cs = 2 * r4 - 1;
        double ss = Math.sqrt(Math.max(0, (1 - cs) * (1 + cs)));
        double ps = 2 * Math.PI * r5;
        p[8] = a * ss * Math.cos(ps);
        p[9] = a * ss * Math.sin(ps);
        p[10] = a * cs;
        p[11] = half;
        p[12] = -p[8];
        p[13] = -p[9];
        p[14] = -p[10];
        p[15] = half;
        double eq = rs - e;
        Boost.apply(-p[16] / eq, -p[17] / eq, -p[18] / eq, p, 8);
        Boost.apply(-p[16] / eq, -p[17] / eq, -p[18] / eq, p, 12);
        return true;
    }

    /** The point with Dalitz variables (x, y) in a uniform orientation R = Rz(phi) Ry(theta) Rz(chi). */
    private boolean dalitzPoint(double s, double rs, double x, double y, double rc, double rphi, double rchi) {
        double m = mass;
        double m2 = m * m;
        if (!(y >= dalitzMin(s, x) && y <= dalitzMax(s, x))) {
            return false;
        }
        double e3 = (s + m2 - y) / (2 * rs);
        double e4 = (s + m2 - x) / (2 * rs);
        double ek = rs - e3 - e4;
        if (!(ek > 0)) {
            return false;
        }
        double a3 = Math.sqrt(Math.max(0, (e3 - m) * (e3 + m)));
        double a4 = Math.sqrt(Math.max(0, (e4 - m) * (e4 + m)));
        double cosK = a3 > 0 ? (a4 * a4 - a3 * a3 - ek * ek) / (2 * a3 * ek) : 1;
        cosK = Math.max(-1, Math.min(1, cosK));
        double sinK = Math.sqrt((1 - cosK) * (1 + cosK));
        double ct = 2 * rc - 1;
        double st = Math.sqrt(Math.max(0, (1 - ct) * (1 + ct)));
        double phi = 2 * Math.PI * rphi;
        double chi = 2 * Math.PI * rchi;
        double cp = Math.cos(phi);
        double sp = Math.sin(phi);
        double cc = Math.cos(chi);
        double sc = Math.sin(chi);
        // images of the reference x' and z' axes (f along z', photon in the x'-z' plane)
        double r00 = cp * ct * cc - sp * sc;
        double r10 = sp * ct * cc + cp * sc;
        double r20 = -st * cc;
        double r02 = cp * st;
        double r12 = sp * st;
        double r22 = ct;
        p[8] = a3 * r02;
        p[9] = a3 * r12;
        p[10] = a3 * r22;
        p[11] = e3;
        double kx = ek * sinK;
        double kz = ek * cosK;
        p[16] = kx * r00 + kz * r02;
        p[17] = kx * r10 + kz * r12;
        p[18] = kx * r20 + kz * r22;
        p[19] = ek;
        p[12] = -p[8] - p[16];
        p[13] = -p[9] - p[17];
        p[14] = -p[10] - p[18];
        p[15] = e4;
        return true;
    }

    /**
     * Density of the ISR channel per unit dPhi_3 = E_k beta* / (512 pi^5) dE_k dOmega_k dOmega*
     * at the current point (beta* the fermion velocity in the f fbar rest frame).
     */
    private double isrDensity(double s, double rs, double logE, double logSp) {
        double e = p[19];
        double c = p[18] / e;
        double mq2 = s - 2 * rs * e;
        double betaStar = Math.sqrt(Math.max(0, 1 - 4 * mass * mass / mq2));
        double gE = 0.5 / (e * logE) + 0.5 * 2 * rs / (mq2 * logSp);
        double gC = 1 / (2 * beamRapidity * (1 - c) * (1 + c));
        return gE * gC * 64 * Math.PI * Math.PI * Math.PI / (e * betaStar);
    }

    /**
     * Weighted density of the three Dalitz channels per unit dPhi_3 = dx dy / (128 pi^3 s) x (a
     * normalised orientation) at the current point.
     */
    private double dalitzDensity(double s, double logX) {
        double m2 = mass * mass;
        double x = invariant(8, 16);
        double y = invariant(12, 16);
        double gx = 1 / ((x - m2) * logX);
        double gy = 1 / ((y - m2) * logX);
        double a = CHANNEL_X * gx / (dalitzMax(s, x) - dalitzMin(s, x));
        double b = CHANNEL_Y * gy / (dalitzMax(s, y) - dalitzMin(s, y));
        double c = (1 - CHANNEL_ISR - CHANNEL_X - CHANNEL_Y) * gx * gy;
        return (a + b + c) * 128 * Math.PI * Math.PI * Math.PI * s;
    }

    private double invariant(int a, int b) {
        double e = p[a + 3] + p[b + 3];
        double x = p[a] + p[b];
        double y = p[a + 1] + p[b + 1];
        double z = p[a + 2] + p[b + 2];
        return e * e - x * x - y * y - z * z;
    }

    private double dalitzMin(double s, double x) {
        return dalitzBound(s, x, -1);
    }

    private double dalitzMax(double s, double x) {
        return dalitzBound(s, x, 1);
    }

    /** Range of y = (p_fbar + k)^2 at fixed x = (p_f + k)^2 for a massless photon (and, by symmetry, of x at fixed y). */
    private double dalitzBound(double s, double x, int sign) {
        double m2 = mass * mass;
        double rx = Math.sqrt(x);
        double eK = (x - m2) / (2 * rx); // photon energy in the (f k) rest frame
        double e4 = (s - x - m2) / (2 * rx); // fbar energy in that frame
        double p4 = Math.sqrt(Math.max(0, e4 * e4 - m2));
        double sum = eK + e4;
        double d = sign < 0 ? eK + p4 : eK - p4;
        return sum * sum - d * d;
    }

    /**
     * Tree-level cross section in the hard region at the beam's nominal sqrt(s) (no beam-energy
     * spread), by Monte Carlo with {@code points} points of the generator's own sampling; returns
     * {sigma, error, sigma_ISR, sigma_FSR, sigma_interference} in nb.
     */
    public double[] integrate(double s, RandomStream rng, long points) {
        double sw = 0;
        double sw2 = 0;
        double[] byPart = new double[3];
        for (long i = 0; i < points; i++) {
            double w = generateInCm(s, rng);
            sw += w;
            sw2 += w * w;
            if (w != 0) {
                double sum = parts[0] + parts[1] + parts[2];
                for (int k = 0; k < 3; k++) {
                    byPart[k] += w * parts[k] / sum;
                }
            }
        }
        double mean = sw / points;
        return new double[] {
            mean,
            Math.sqrt(Math.max(0, sw2 / points - mean * mean) / (points - 1)),
            byPart[0] / points,
            byPart[1] / points,
            byPart[2] / points
        };
    }

    /** The canonical-CM momenta of the last {@link #generateInCm} (layout of {@link EeFfGammaAmplitude}; a live view, for tests). */
    double[] lastMomenta() {
        return p;
    }
}
