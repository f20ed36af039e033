package io.upsilon.generators.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.exec.Job;
import io.upsilon.core.exec.LocalExecutor;
import io.upsilon.core.units.PhysicalConstants;
import org.junit.jupiter.api.Test;

class NeutrinoPairGammaTest {
    @Test
    void contactLimitOfTheZLineShape() {
        // sigma(ee -> Z -> nu_mu nubar_mu) = 12 pi Gamma_ee Gamma_nunu s / (M^2 ((s - M^2)^2 + M^2 Gamma^2))
        // with Gamma_ff = G_F M^3 (g_V^2 + g_A^2)/(6 sqrt2 pi): for s << M^2 it must become G_F^2 s (g_L^2 + g_R^2)/(6
        // pi).
        double gf = PhysicalConstants.G_FERMI;
        double sw2 = PhysicalConstants.SIN2_THETA_W;
        double mz = 91.1880; // PDG 2024 [S] (mass_width_2024.mcd)
        double gz = 2.4955;
        double gve = -0.5 + 2 * sw2;
        double gae = -0.5;
        double gee = gf * Math.pow(mz, 3) * (gve * gve + gae * gae) / (6 * Math.sqrt(2) * Math.PI);
        double gnn = gf * Math.pow(mz, 3) * 0.5 / (6 * Math.sqrt(2) * Math.PI);
        double s = 1.0; // deep in the contact regime: (s/M^2) corrections ~1e-4
        double bw = 12 * Math.PI * gee * gnn * s / (mz * mz * ((s - mz * mz) * (s - mz * mz) + mz * mz * gz * gz));
        double gl = -0.5 + sw2;
        double gr = sw2;
        double contact = gf * gf * s * (gl * gl + gr * gr) / (6 * Math.PI);
        assertThat(bw).isCloseTo(contact, within(1e-3 * contact));
        // At 10.58 GeV: 3 flavours sum to ~0.26 pb (no photon).
        assertThat(NeutrinoPairGamma.bornCrossSection(10.58 * 10.58)).isCloseTo(2.64e-4, within(0.03e-4));
    }

    @Test
    void meanWeightEqualsTheRadiatorIntegral() {
        Beam beam = Beam.preset("Y4S").withoutEnergySpread();
        double s = beam.s();
        double cmax = Math.cos(Math.toRadians(10));
        double xMin = 2 * 0.1 / Math.sqrt(s);
        int nx = 4000;
        int nc = 4000;
        double integral = 0;
        double lx = Math.log(1 / xMin);
        double atanh = 0.5 * Math.log((1 + cmax) / (1 - cmax));
        for (int i = 0; i < nx; i++) {
            double x = xMin * Math.exp((i + 0.5) * lx / nx);
            for (int j = 0; j < nc; j++) {
                double c = Math.tanh(-atanh + (j + 0.5) * 2 * atanh / nc);
                integral += NeutrinoPairGamma.bornCrossSection(s * (1 - x))
                        * NeutrinoPairGamma.radiator(x, c)
                        * (x * lx / nx)
                        * ((1 - c * c) * 2 * atanh / nc);
            }
        }
        CrossSectionEstimate est = CrossSectionRun.run(
                ProcessRegistry.standard().get("ee-nunugamma"),
                ProcessParameters.none(),
                GeneratorOptions.DEFAULT,
                beam,
                Job.of("nng", 1, 400_000),
                LocalExecutor.ofThreads(2));
        // 4000 x 4000 midpoints in the sampling variables: ~1e-5 relative; 5 MC errors.
        assertThat(est.sigma()).isCloseTo(integral, within(5 * est.error() + 1e-4 * integral));
        // A few per cent of sigma(nu nubar): O(alpha/pi ln ln) for a photon above 0.1 GeV inside 10-170 deg.
        assertThat(est.sigma() / NeutrinoPairGamma.bornCrossSection(s)).isBetween(0.01, 0.2);
    }
}
