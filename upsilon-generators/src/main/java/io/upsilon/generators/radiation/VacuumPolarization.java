package io.upsilon.generators.radiation;

import io.upsilon.core.error.InputException;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.units.PhysicalConstants;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The running of alpha through vacuum polarisation, and the vector resonances of the photon.
 *
 * <p>Delta alpha = leptonic part (exact one-loop e, mu, tau loops) + hadronic part, a model [E]:
 * quark loops above open-flavour thresholds times (1 + alpha_s/pi) (the "continuum"), plus vector
 * resonances (rho ... Upsilon(4S)) as Breit-Wigner terms Pi_R(s) = (3 Gamma_ee/(alpha M)) s/(s -
 * M^2 + i M Gamma) from their electronic widths. Inputs and their sources: {@code
 * vacuum-polarization.tsv}.
 *
 * <p>An s-channel photon exchange is multiplied by {@link #factor(double)} = |1/(1 - Delta
 * alpha_cont(s)) + sum_R Pi_R(s)|^2: the continuum is resummed, the resonances enter linearly,
 * i.e. as the resonant amplitude e+e- -&gt; R -&gt; f fbar added to the photon (lepton
 * universality, Gamma_ff = Gamma_ee for leptons). Away from resonances this equals 1/(1 - Delta
 * alpha)^2 to second order; at a narrow resonance it gives its peak cross section (e.g. radiative
 * return to J/psi -&gt; mu mu), which resumming a narrow resonance would not.
 */
public final class VacuumPolarization {
    private static final String RESOURCE = "vacuum-polarization.tsv";
    private static final double ALPHA = PhysicalConstants.ALPHA;

    private final double[] loopMass2; // fermion-loop masses squared (leptons, then effective quarks)
    private final double[] loopWeight; // N_c Q^2 (times the QCD factor for quarks)
    private final int leptonLoops;
    private final double[] resMass2;
    private final double[] resMassWidth2; // (M Gamma)^2
    private final double[] resStrength; // 3 Gamma_ee / (alpha M)
    private final double[] continuumTable; // lepton + quark-continuum Delta alpha on a grid in ln(s)

    /** The continuum table spans ln(s) in [ln S_MIN, ln S_MAX] (s in GeV^2); outside it, exact evaluation. */
    private static final double LOG_S_MIN = Math.log(1e-2);

    private static final double LOG_S_MAX = Math.log(400.0);
    private static final int TABLE_POINTS = 1 << 14;
    private static final double TABLE_STEP = (LOG_S_MAX - LOG_S_MIN) / (TABLE_POINTS - 1);

    private VacuumPolarization(
            double[] loopMass2,
            double[] loopWeight,
            int leptonLoops,
            double[] resMass,
            double[] resWidth,
            double[] resGee) {
        this.loopMass2 = loopMass2;
        this.loopWeight = loopWeight;
        this.leptonLoops = leptonLoops;
        int n = resMass.length;
        this.resMass2 = new double[n];
        this.resMassWidth2 = new double[n];
        this.resStrength = new double[n];
        for (int i = 0; i < n; i++) {
            resMass2[i] = resMass[i] * resMass[i];
            resMassWidth2[i] = resMass[i] * resWidth[i] * resMass[i] * resWidth[i];
            resStrength[i] = 3 * resGee[i] / (ALPHA * resMass[i]);
        }
        this.continuumTable = new double[TABLE_POINTS];
        for (int i = 0; i < TABLE_POINTS; i++) {
            continuumTable[i] = continuumExact(Math.exp(LOG_S_MIN + i * TABLE_STEP));
        }
    }

    /** The standard model with the bundled inputs. */
    public static VacuumPolarization standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final VacuumPolarization STANDARD = load();
    }

    private static VacuumPolarization load() {
        ParticleTable pdg = ParticleTable.standard();
        List<double[]> loops = new ArrayList<>();
        for (int id : new int[] {11, 13, 15}) {
            double m = pdg.byId(id).mass();
            loops.add(new double[] {m * m, 1.0});
        }
        List<double[]> quarks = new ArrayList<>();
        List<double[]> res = new ArrayList<>();
        double alphaS = Double.NaN;
        try (InputStream in = VacuumPolarization.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource missing: " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.trim().split("\\s+");
                try {
                    switch (f[0]) {
                        case "alpha_s" -> alphaS = Double.parseDouble(f[1]);
                        case "continuum" -> {
                            double threshold = Double.parseDouble(f[3]);
                            quarks.add(new double[] {threshold * threshold / 4, Double.parseDouble(f[2])});
                        }
                        case "resonance" ->
                            res.add(new double[] {
                                Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4])
                            });
                        default ->
                            throw new InputException(RESOURCE, "line " + lineNo, "unknown row type '" + f[0] + "'");
                    }
                } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                    throw new InputException(RESOURCE, "line " + lineNo, "malformed row: " + line, e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (Double.isNaN(alphaS)) {
            throw new InputException(RESOURCE, "", "missing alpha_s row");
        }
        for (double[] q : quarks) {
            loops.add(new double[] {q[0], q[1] * (1 + alphaS / Math.PI)});
        }
        double[] m2 = new double[loops.size()];
        double[] w = new double[loops.size()];
        for (int i = 0; i < m2.length; i++) {
            m2[i] = loops.get(i)[0];
            w[i] = loops.get(i)[1];
        }
        double[] rm = new double[res.size()];
        double[] rw = new double[res.size()];
        double[] rg = new double[res.size()];
        for (int i = 0; i < rm.length; i++) {
            rm[i] = res.get(i)[0];
            rw[i] = res.get(i)[1];
            rg[i] = res.get(i)[2];
        }
        return new VacuumPolarization(m2, w, 3, rm, rw, rg);
    }

    /**
     * Real part of one fermion loop, (2 alpha/pi) int_0^1 x(1-x) ln|1 - x(1-x) s/m^2| dx, in closed
     * form for time-like s above and below threshold and for space-like s.
     */
    static double fermionLoop(double s, double m2) {
        if (s == 0) {
            return 0;
        }
        double r = 4 * m2 / s;
        double bracket;
        if (r < 1) {
            // Above threshold (s > 4 m^2) or space-like (s < 0, r < 0): beta = sqrt(1 - r).
            double beta = Math.sqrt(1 - r);
            double beta2 = 1 - r;
            bracket = -8.0 / 3 + beta2 + 0.5 * beta * (3 - beta2) * Math.log(Math.abs((1 + beta) / (1 - beta)));
        } else {
            // 0 < s < 4 m^2: analytic continuation with beta = i b, b = sqrt(r - 1).
            double b = Math.sqrt(r - 1);
            bracket = -8.0 / 3 - b * b + b * (3 + b * b) * Math.atan(1 / b);
        }
        return ALPHA / (3 * Math.PI) * bracket;
    }

    /** Leptonic Delta alpha (e, mu, tau loops). */
    public double deltaAlphaLeptonic(double s) {
        double d = 0;
        for (int i = 0; i < leptonLoops; i++) {
            d += loopWeight[i] * fermionLoop(s, loopMass2[i]);
        }
        return d;
    }

    /** Leptonic + quark-continuum Delta alpha, evaluated exactly. */
    double continuumExact(double s) {
        return deltaAlphaLeptonic(s) + continuumHadronic(s);
    }

    /**
     * Leptonic + quark-continuum Delta alpha from the table (linear interpolation in ln s on 2^14
     * points), evaluated exactly outside the table and within 2% of a pair threshold, where the loop
     * functions have cusps that interpolation would round off.
     */
    double continuum(double s) {
        double u = (Math.log(s) - LOG_S_MIN) / TABLE_STEP;
        if (!(u >= 0 && u < TABLE_POINTS - 1)) {
            return continuumExact(s);
        }
        for (double m2 : loopMass2) {
            if (Math.abs(s - 4 * m2) < 0.02 * 4 * m2) {
                return continuumExact(s);
            }
        }
        int i = (int) u;
        double f = u - i;
        return continuumTable[i] + f * (continuumTable[i + 1] - continuumTable[i]);
    }

    /** The quark-continuum part of Delta alpha_had. */
    private double continuumHadronic(double s) {
        double d = 0;
        for (int i = leptonLoops; i < loopMass2.length; i++) {
            d += loopWeight[i] * fermionLoop(s, loopMass2[i]);
        }
        return d;
    }

    /** Real part of the sum of the resonance terms. */
    private double resonancesReal(double s) {
        double d = 0;
        for (int i = 0; i < resMass2.length; i++) {
            double x = s - resMass2[i];
            d += resStrength[i] * s * x / (x * x + resMassWidth2[i]);
        }
        return d;
    }

    /** Hadronic Delta alpha of the model (quark continuum + real part of the resonances). */
    public double deltaAlphaHadronic(double s) {
        return continuumHadronic(s) + resonancesReal(s);
    }

    /** Total Delta alpha(s), real part. */
    public double deltaAlpha(double s) {
        return deltaAlphaLeptonic(s) + deltaAlphaHadronic(s);
    }

    /**
     * The factor |1/(1 - Delta alpha_cont(s)) + sum_R Pi_R(s)|^2 on an s-channel photon-exchange
     * cross section into a lepton pair.
     */
    public double factor(double s) {
        double re = 1 / (1 - continuum(s));
        double im = 0;
        for (int i = 0; i < resMass2.length; i++) {
            double x = s - resMass2[i];
            double d = x * x + resMassWidth2[i];
            re += resStrength[i] * s * x / d;
            im -= resStrength[i] * s * Math.sqrt(resMassWidth2[i]) / d;
        }
        return re * re + im * im;
    }

    /**
     * The dressing of a photon propagator of virtuality {@code q2} (GeV^2), as a complex amplitude
     * factor written to {@code out[0]} (real) and {@code out[1]} (imaginary), so that {@link
     * #factor(double)} = |dressing|^2 for time-like q2 &gt; 0:
     *
     * <ul>
     *   <li>time-like (s-channel), q2 &gt; 0: 1/(1 - Delta alpha_cont(q2)) + sum_R Pi_R(q2), with the
     *       resonances' Breit-Wigner imaginary parts;
     *   <li>space-like (t-channel), q2 &lt; 0: 1/(1 - Delta alpha_cont(q2)) + sum_R Re Pi_R(q2), real. The
     *       same inputs ({@code vacuum-polarization.tsv}): the lepton and effective quark loops
     *       continued to q2 &lt; 0 in closed form ({@link #fermionLoop}, no imaginary part there), and
     *       the resonances in the narrow-width limit, (3 Gamma_ee/(alpha M)) q2/(q2 - M^2), which is
     *       their dispersive contribution below threshold (it has no pole or width at q2 &lt; 0);
     *   <li>q2 = 0: 1.
     * </ul>
     */
    public void dressing(double q2, double[] out) {
        if (q2 == 0) {
            out[0] = 1;
            out[1] = 0;
            return;
        }
        if (q2 > 0) {
            double re = 1 / (1 - continuum(q2));
            double im = 0;
            for (int i = 0; i < resMass2.length; i++) {
                double x = q2 - resMass2[i];
                double d = x * x + resMassWidth2[i];
                re += resStrength[i] * q2 * x / d;
                im -= resStrength[i] * q2 * Math.sqrt(resMassWidth2[i]) / d;
            }
            out[0] = re;
            out[1] = im;
            return;
        }
        double re = 1 / (1 - continuumExact(q2));
        for (int i = 0; i < resMass2.length; i++) {
            re += resStrength[i] * q2 / (q2 - resMass2[i]);
        }
        out[0] = re;
        out[1] = 0;
    }

    /** Number of resonances in the model. */
    public int resonanceCount() {
        return resMass2.length;
    }

    /** Mass squared of resonance {@code i}, GeV^2. */
    public double resonanceMass2(int i) {
        return resMass2[i];
    }

    /** M Gamma of resonance {@code i}, GeV^2. */
    public double resonanceMassWidth(int i) {
        return Math.sqrt(resMassWidth2[i]);
    }
}
