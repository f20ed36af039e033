package io.upsilon.generators.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.exec.Job;
import io.upsilon.core.exec.LocalExecutor;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.kinematics.Vec3;
import java.util.List;
import org.junit.jupiter.api.Test;

class FiducialRegionsTest {
    private static final double M_MU = 0.1056583755;

    /**
     * The Born mu-pair cross section inside "both muons p > 0.5 GeV in 17-150 deg (lab)", by a
     * deterministic integral over (cos theta*, phi*) with the exact boost of the nominal beams,
     * against the generator's fiducial estimate (beam spread off, so both see the same kinematics).
     */
    @Test
    void bornFiducialCrossSectionMatchesADirectIntegral() {
        Beam beam = Beam.preset("Y4S").withoutEnergySpread();
        FermionPairBorn born = new FermionPairBorn(beam, 13, M_MU, 1, -1);
        double s = beam.s();
        double pStar = Math.sqrt(s / 4 - M_MU * M_MU);
        Vec3 axis = beam.toCms(beam.her()).p3().unit();
        double[] basis = io.upsilon.core.kinematics.Frames.basisAlong(axis.x(), axis.y(), axis.z());
        int nc = 4000;
        int nphi = 400;
        double inside = 0;
        for (int i = 0; i < nc; i++) {
            double c = -1 + (i + 0.5) * 2.0 / nc;
            double sn = Math.sqrt(1 - c * c);
            // d sigma/d cos for this slice; pdf factor cancels: weight = dsigma/dc * dc.
            double dSigma = born.differentialOverSamplingDensity(s, c) * 0.375 * (1 + c * c) * 2.0 / nc;
            int pass = 0;
            for (int j = 0; j < nphi; j++) {
                double phi = 2 * Math.PI * (j + 0.5) / nphi;
                Vec3 n = io.upsilon.core.kinematics.Frames.fromBasis(basis, sn * Math.cos(phi), sn * Math.sin(phi), c);
                LorentzVector mu1 = beam.toLab(LorentzVector.fromMomentumAndMass(n.times(pStar), M_MU));
                LorentzVector mu2 = beam.toLab(LorentzVector.fromMomentumAndMass(n.times(-pStar), M_MU));
                if (ok(mu1) && ok(mu2)) {
                    pass++;
                }
            }
            inside += dSigma * pass / nphi;
        }
        List<FiducialRegion> regions = FiducialRegions.forProcess("ee-mumu");
        CrossSectionEstimate[] est = CrossSectionRun.runWithRegions(
                ProcessRegistry.standard().get("ee-mumu"),
                ProcessParameters.none(),
                GeneratorOptions.BORN,
                beam,
                regions,
                Job.of("fid", 3, 1_000_000),
                LocalExecutor.ofThreads(2));
        // Grid: 4000 x 400 cells, the acceptance edges are resolved to ~1e-4 of the cross section.
        assertThat(est[1].sigma()).isCloseTo(inside, within(5 * est[1].error() + 2e-4 * inside));
        assertThat(est[2].sigma()).isZero(); // no photons at Born level
        assertThat(inside / born.crossSection(s)).isBetween(0.8, 0.95);
    }

    private static boolean ok(LorentzVector p) {
        double t = Math.toDegrees(p.theta());
        return p.p() > 0.5 && t >= 17 && t <= 150;
    }
}
