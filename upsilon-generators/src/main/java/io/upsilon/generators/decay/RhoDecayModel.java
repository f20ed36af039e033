package io.upsilon.generators.decay;

import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;
import io.upsilon.generators.phasespace.TwoBody;
import java.util.List;

/**
 * tau- -&gt; pi- pi0 nu_tau through the vector current J^mu = (p_pi- - p_pi0)_T^mu F_pi(s), s =
 * m(pi pi0)^2, with the Kuhn-Santamaria form factor ([R] J. H. Kuhn and A. Santamaria,
 * Z. Phys. C48 (1990) 445):
 *
 * <pre>
 *   F_pi(s) = [BW_rho(s) + beta' BW_rho'(s)] / (1 + beta'),   p-wave running widths ({@link BreitWigner}),
 *   dGamma/ds proportional to (1 - s/M^2)^2 (1 + 2 s/M^2) (pStar(s) / sqrt(s))^3 |F_pi(s)|^2
 * </pre>
 *
 * (pStar the pion momentum in the pi pi0 frame; for equal masses (2 pStar / sqrt(s))^3 = beta_pi^3). The
 * mass spectrum is sampled exactly with a {@link TabulatedSampler}. At fixed s, contracting the
 * symmetric (P = 0) lepton tensor with the current gives the angular weight s sin^2(theta) + M^2
 * cos^2(theta), theta the pi- direction in the pi pi0 frame relative to the pi pi0 flight
 * direction (the longitudinal rho fraction M^2/(M^2 + 2s)); it is applied by accept-reject.
 *
 * <p>Products: the charged pion, the other pion, the tau neutrino (massless). rho(770) mass and
 * width from the particle table (rho+ for a charged pair, rho0 for a neutral one); rho(1450)
 * from the table parameters {@code rho1450.mass}, {@code rho1450.width}, {@code rho1450.beta}.
 */
final class RhoDecayModel implements DecayModel {
    private static final int BINS = 1000;

    private final double mTau;
    private final double m1;
    private final double m2;
    private final BreitWigner rho;
    private final BreitWigner rhoPrime;
    private final double betaPrime;
    private final TabulatedSampler sampler;
    private final double[] bw = new double[4];

    RhoDecayModel(double parentMass, List<ParticleData> products, DecayParameters params, ParticleTable table) {
        if (products.size() != 3 || products.get(2).mass() != 0) {
            throw new IllegalArgumentException(
                    "model 'rho' expects 3 products (pion, pion, massless neutrino), got " + products);
        }
        mTau = parentMass;
        m1 = products.get(0).mass();
        m2 = products.get(1).mass();
        if (!(parentMass > m1 + m2)) {
            throw new IllegalArgumentException("pions too heavy for the parent mass " + parentMass);
        }
        double pairCharge = products.get(0).charge() + products.get(1).charge();
        ParticleData rhoData = table.byId(pairCharge == 0 ? 113 : 213);
        rho = new BreitWigner(rhoData.mass(), rhoData.width(), m1, m2);
        rhoPrime = new BreitWigner(params.require("rho1450.mass"), params.require("rho1450.width"), m1, m2);
        betaPrime = params.require("rho1450.beta");
        if (betaPrime == -1) {
            throw new IllegalArgumentException("rho1450.beta must not be -1 (F_pi(0) = 1 needs 1 + beta' != 0)");
        }
        double sMin = (m1 + m2) * (m1 + m2);
        sampler = new TabulatedSampler(this::density, sMin, parentMass * parentMass, BINS);
    }

    private RhoDecayModel(RhoDecayModel o) {
        mTau = o.mTau;
        m1 = o.m1;
        m2 = o.m2;
        rho = o.rho;
        rhoPrime = o.rhoPrime;
        betaPrime = o.betaPrime;
        sampler = o.sampler.copy(this::density);
    }

    @Override
    public DecayModel newInstance() {
        return new RhoDecayModel(this);
    }

    /** |F_pi(s)|^2 with the rho(1450) admixture. */
    double formFactor2(double s) {
        double[] b = bw;
        rho.value(s, b, 0);
        rhoPrime.value(s, b, 2);
        double re = (b[0] + betaPrime * b[2]) / (1 + betaPrime);
        double im = (b[1] + betaPrime * b[3]) / (1 + betaPrime);
        return re * re + im * im;
    }

    /** dGamma/ds up to a constant (s = m(pi pi0)^2 in GeV^2). */
    double density(double s) {
        double big = mTau * mTau;
        if (s <= (m1 + m2) * (m1 + m2) || s >= big) {
            return 0;
        }
        double r = 1 - s / big;
        double k = TwoBody.momentum(Math.sqrt(s), m1, m2) / Math.sqrt(s);
        return r * r * (1 + 2 * s / big) * k * k * k * formFactor2(s);
    }

    @Override
    public int size() {
        return 3;
    }

    @Override
    public void generate(RandomStream rng, double[] out) {
        double s = sampler.sample(rng);
        double big = mTau * mTau;
        double mSys = Math.sqrt(s);
        double p = TwoBody.momentum(mSys, m1, m2);
        double c;
        do {
            DecayKinematics.randomDirection(rng, out, 0);
            DecayKinematics.randomDirection(rng, out, 4);
            c = out[0] * out[4] + out[1] * out[5] + out[2] * out[6];
        } while (rng.nextDouble() * big >= s + (big - s) * c * c);
        double nx = out[0];
        double ny = out[1];
        double nz = out[2];
        double dx = out[4];
        double dy = out[5];
        double dz = out[6];
        DecayKinematics.set(out, 0, p, nx, ny, nz, m1);
        DecayKinematics.set(out, 4, p, -nx, -ny, -nz, m2);
        DecayKinematics.systemAndNeutrino(mTau, mSys, 2, dx, dy, dz, out);
    }

    /**
     * h from the same two-pion current J = (p_pi- - p_pi0)_T F_pi(s) (the form factor is a common
     * complex factor and cancels): {@link Polarimeter#fromCurrent}. Averaged over the two-pion
     * decay angle it is alpha_rho = (m_tau^2 - 2 s)/(m_tau^2 + 2 s) along the pi pi0 direction.
     */
    @Override
    public void polarimeter(double[] momenta, double[] h) {
        double[] j = current;
        double qx = momenta[0] + momenta[4];
        double qy = momenta[1] + momenta[5];
        double qz = momenta[2] + momenta[6];
        double qt = momenta[3] + momenta[7];
        double dx = momenta[0] - momenta[4];
        double dy = momenta[1] - momenta[5];
        double dz = momenta[2] - momenta[6];
        double dt = momenta[3] - momenta[7];
        double f = (qt * dt - qx * dx - qy * dy - qz * dz) / (qt * qt - qx * qx - qy * qy - qz * qz);
        j[0] = dx - f * qx;
        j[1] = dy - f * qy;
        j[2] = dz - f * qz;
        j[3] = dt - f * qt;
        Polarimeter.fromCurrent(j, ZERO, momenta, 8, h);
    }

    private static final double[] ZERO = new double[4];
    private final double[] current = new double[4];

    /** Sampled points where the density exceeded the sampler's envelope (0 expected). */
    long envelopeViolations() {
        return sampler.envelopeViolations();
    }
}
