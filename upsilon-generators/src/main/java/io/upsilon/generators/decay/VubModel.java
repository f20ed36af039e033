package io.upsilon.generators.decay;

import io.upsilon.core.kinematics.Boost;
import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.random.RandomStream;
import io.upsilon.generators.phasespace.TwoBody;
import java.util.List;

/**
 * {@code VUB}: inclusive B -&gt; X_u l nu after De Fazio and Neubert ({@link DeFazioNeubertSpectrum}:
 * tree level, exponential shape function), with EvtGen's argument convention ({@code
 * src/EvtGenModels/EvtVub.cpp}).
 *
 * <p><b>Decay line</b>: {@code Xu0 e+ nu_e VUB [mb a [alpha_s [n m_1 w_1 .. m_n w_n]]];} with the
 * hadronic system first (EvtGen's {@code Xu0} = u anti-u for a B+, {@code Xu-} = d anti-u for a B0),
 * then the charged lepton and its neutrino. {@code mb} (GeV) and {@code a} are the shape-function
 * parameters (defaults {@link DeFazioNeubertSpectrum#DEFAULT_MB}, {@link
 * DeFazioNeubertSpectrum#DEFAULT_A}); {@code alpha_s} must be 0 (the O(alpha_s) terms of the paper
 * are not implemented: an EvtGen line with 0.22 is refused rather than silently run at tree level);
 * the n bins of m_X with lower edges m_i and weights w_i are EvtGen's hybrid weights (default: one
 * bin from {@link #DEFAULT_MIN_MASS} with weight 1). The first edge must be at least {@link
 * #STRING_MIN_MASS}: below it the u-quark pair cannot be fragmented (constituent masses 2 x 0.33
 * GeV); a table gives that region as exclusive lines (pi, rho, omega, eta l nu).
 *
 * <p><b>Kinematics</b> (B rest frame): t (hence m_b* = m_b + k+) from the shape function, then t'
 * = x - y from the Beta(2, 3) law 12 t'(1 - t')^2 and y uniform in [0, 1 - t'] (together exactly
 * the parton density 12 (x - y)(1 - x + y)); q^2 = y m_b*^2, q0 = (m_b*^2 + q^2) / (2 m_b*), the
 * system has E_X = m_B - q0 and |p_X| = |q| (so m_X^2 = (m_B - m_b*)(m_B - q^2 / m_b*)) and is
 * kept with its bin weight; it is isotropic, the virtual W opposite, and the lepton's angle to
 * the W flight direction in the W frame is the one that gives E_l = x m_b* / 2 for a massless
 * lepton, cos = (2 E_l - q0) / |q|; the lepton and neutrino are then put on their mass shells in
 * the W frame (a muon's mass thus shifts E_l slightly; q^2 below (m_l + m_nu)^2 is redrawn). The
 * system is written with its own mass m_X (the particle table's mass of Xu0/Xu+ is a placeholder),
 * and its decay table (a {@code QUARK_STRING} line, e.g. {@code u anti-u}) fragments it with the
 * Lund string. Not thread-safe (its sampler counts envelope checks): the engine takes its own copy
 * ({@link #newInstance}).
 */
final class VubModel implements DecModel {
    /** Lowest first m_X edge accepted (GeV): the u-quark pair's constituent masses plus 0.04 GeV. */
    static final double STRING_MIN_MASS = 0.7;
    /** Default lower m_X edge (GeV) when the line gives no bins. */
    static final double DEFAULT_MIN_MASS = 0.7;

    private static final String NAME = "VUB";
    private static final int SAMPLER_BINS = 400;

    private final DeFazioNeubertSpectrum spectrum;
    private final TabulatedSampler sampler;
    private final double[] axis = new double[3];
    private final double[] direction = new double[3];

    VubModel(ParticleData parent, List<ParticleData> daughters, double[] args) {
        DecModelSupport.requireShape(NAME, daughters, 3, args, Integer.MAX_VALUE);
        DecModelSupport.requireSpin(NAME, "a parent", parent, 0);
        DecModelSupport.requireSpin(NAME, "daughter 2 (the charged lepton)", daughters.get(1), 1);
        DecModelSupport.requireSpin(NAME, "daughter 3 (the neutrino)", daughters.get(2), 1);
        if (daughters.get(1).charge() == 0 || daughters.get(2).charge() != 0) {
            throw new IllegalArgumentException(
                    NAME + " expects the hadronic system, a charged lepton, then a neutrino, got "
                            + daughters.get(0).name() + " " + daughters.get(1).name() + " "
                            + daughters.get(2).name());
        }
        double mb = args.length > 0 ? args[0] : DeFazioNeubertSpectrum.DEFAULT_MB;
        double a = args.length > 1 ? args[1] : DeFazioNeubertSpectrum.DEFAULT_A;
        if (args.length == 1) {
            throw new IllegalArgumentException(NAME + " expects the b-quark mass and the shape-function exponent a "
                    + "together, got one argument");
        }
        if (args.length > 2 && args[2] != 0) {
            throw new IllegalArgumentException(NAME + ": alpha_s (argument 3) must be 0: only the tree-level rate is "
                    + "implemented, the O(alpha_s) corrections are not; got " + args[2]);
        }
        double[] edges = {DEFAULT_MIN_MASS};
        double[] weights = {1};
        if (args.length > 3) {
            int n = (int) args[3];
            if (n != args[3] || n < 1 || args.length != 4 + 2 * n) {
                throw new IllegalArgumentException(NAME
                        + " expects after alpha_s the number n >= 1 of m_X bins, then n "
                        + "pairs of a lower edge and a weight (" + (4 + 2 * Math.max(1, n)) + " arguments), got "
                        + args.length + " arguments with n = " + args[3]);
            }
            // EvtGen's order: pairs (m_i, w_i).
            edges = new double[n];
            weights = new double[n];
            for (int i = 0; i < n; i++) {
                edges[i] = args[4 + 2 * i];
                weights[i] = args[5 + 2 * i];
            }
        }
        if (!(edges[0] >= STRING_MIN_MASS)) {
            throw new IllegalArgumentException(NAME + ": the lowest m_X edge mXMin must be >= " + STRING_MIN_MASS
                    + " GeV (the string fragments u-quark pairs above 0.66 GeV; give the lighter states as "
                    + "exclusive lines), got " + edges[0]);
        }
        if (!(mb > 0 && mb < parent.mass())) {
            throw new IllegalArgumentException(
                    NAME + ": the b-quark mass must be in (0, " + parent.mass() + ") GeV, got " + mb);
        }
        if (!(a > -1)) {
            throw new IllegalArgumentException(NAME + ": the shape-function exponent a must be > -1, got " + a);
        }
        this.spectrum = new DeFazioNeubertSpectrum(parent.mass(), mb, a, edges, weights);
        this.sampler = new TabulatedSampler(spectrum::densityOfT, 0, spectrum.maxT(), SAMPLER_BINS);
    }

    private VubModel(VubModel o) {
        this.spectrum = o.spectrum;
        this.sampler = o.sampler.copy(o.spectrum::densityOfT);
    }

    /** The rate this model draws from. */
    DeFazioNeubertSpectrum spectrum() {
        return spectrum;
    }

    /** Sampled points where the shape function exceeded its envelope (0 when the sampling is exact). */
    long envelopeViolations() {
        return sampler.envelopeViolations();
    }

    @Override
    public void generate(double parentMass, double[] masses, double[] helicityAxis, RandomStream rng, double[] out) {
        while (true) {
            double mbStar = spectrum.effectiveMass(sampler.sample(rng));
            if (!(mbStar > 0)) {
                continue;
            }
            double tp = betaTwoThree(rng);
            double y = (1 - tp) * rng.nextDouble();
            double x = tp + y;
            double q2 = y * mbStar * mbStar;
            double q0 = (mbStar * mbStar + q2) / (2 * mbStar);
            double q = Math.sqrt(Math.max(0, q0 * q0 - q2));
            double eX = parentMass - q0;
            double mX2 = eX * eX - q * q;
            double mW = Math.sqrt(q2);
            if (!(mX2 > 0) || !(q > 0) || !(mW > masses[1] + masses[2])) {
                continue;
            }
            double mX = Math.sqrt(mX2);
            if (!(rng.nextDouble() < spectrum.massWeight(mX))) {
                continue;
            }
            // The system isotropic, the virtual W opposite.
            DecModelSupport.direction(2 * rng.nextDouble() - 1, 2 * Math.PI * rng.nextDouble(), null, axis, 0);
            DecayKinematics.set(out, 0, q, axis[0], axis[1], axis[2], mX);
            axis[0] = -axis[0];
            axis[1] = -axis[1];
            axis[2] = -axis[2];
            double c = Math.max(-1, Math.min(1, (x * mbStar - q0) / q));
            DecModelSupport.direction(c, 2 * Math.PI * rng.nextDouble(), axis, direction, 0);
            double p = TwoBody.momentum(mW, masses[1], masses[2]);
            DecayKinematics.set(out, 4, p, direction[0], direction[1], direction[2], masses[1]);
            DecayKinematics.set(out, 8, p, -direction[0], -direction[1], -direction[2], masses[2]);
            double beta = q / q0;
            Boost.apply(beta * axis[0], beta * axis[1], beta * axis[2], out, 4);
            Boost.apply(beta * axis[0], beta * axis[1], beta * axis[2], out, 8);
            return;
        }
    }

    /** A Beta(2, 3) variate, density 12 t (1 - t)^2: the second smallest of four uniforms. */
    private static double betaTwoThree(RandomStream rng) {
        double lo = Double.MAX_VALUE;
        double second = Double.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            double u = rng.nextDouble();
            if (u < lo) {
                second = lo;
                lo = u;
            } else if (u < second) {
                second = u;
            }
        }
        return second;
    }

    @Override
    public DecModel newInstance() {
        return new VubModel(this);
    }
}
