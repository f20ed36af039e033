package io.upsilon.searches.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenEvent;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.kinematics.Vec3;
import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.generators.decay.DecChannel;
import io.upsilon.generators.decay.DecFile;
import io.upsilon.generators.decay.DecFileParser;
import io.upsilon.generators.decay.HadronDecayTables;
import io.upsilon.generators.decay.HadronDecayer;
import io.upsilon.generators.decay.TauDecayer;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The bundled table's anti-B0 -&gt; D*+ e- anti-nu_e line (HQET2: CLN form factors with the HFLAV
 * 2019 parameters, full D* angular distribution) against Belle's unfolded distributions of the
 * recoil w, cos theta_v, cos theta_l and chi (arXiv:1702.01521, reference file
 * belle-2017-dstar-lnu.tsv): shapes by chi2 (each distribution normalised to its area), and the
 * table's branching fraction against the measured partial width.
 */
class DStarLNuKinematicsTest {
    private static final ParticleTable TABLE = ParticleTable.standard();
    private static final int DECAYS = 100_000;
    private static final List<String> OBSERVABLES = List.of("w", "cos-theta-v", "cos-theta-l", "chi");

    /** The anti-B0 table reduced to the bundled D*+ e- anti-nu_e line, same model and arguments. */
    private static DecFile onlyDStarENu(DecFile bundled) {
        DecChannel line = bundled.decay("anti-B0").orElseThrow().channels().stream()
                .filter(c -> c.daughters().stream()
                        .map(d -> d.name())
                        .collect(Collectors.toList())
                        .equals(List.of("D*+", "e-", "anti-nu_e")))
                .findFirst()
                .orElseThrow();
        String args = line.args().stream().map(String::valueOf).collect(Collectors.joining(" "));
        String text = "Decay anti-B0\n1.0 D*+ e- anti-nu_e " + line.model() + " " + args + ";\nEnddecay\nEnd\n";
        return DecFileParser.parse(new StringReader(text), "anti-B0 -> D*+ e- anti-nu_e", bundled);
    }

    /** The four observables of one decay (B at rest), in the order of {@link #OBSERVABLES}. */
    static double[] observables(LorentzVector b, LorentzVector dStar, LorentzVector d, LorentzVector lepton) {
        LorentzVector w = b.minus(dStar);
        double recoil = b.dot(dStar) / (b.m() * dStar.m());
        Vec3 dStarAxis = dStar.p3().unit();
        Vec3 wAxis = w.p3().unit();
        Vec3 dInDStar = d.inRestFrameOf(dStar).p3().unit();
        Vec3 lInW = lepton.inRestFrameOf(w).p3().unit();
        double cosV = dInDStar.dot(dStarAxis);
        double cosL = lInW.dot(wAxis);
        // Decay planes: the components transverse to the common axis (the W direction; the D* one is
        // its opposite, and a boost along the axis leaves transverse components unchanged).
        Vec3 lT = lInW.minus(wAxis.times(lInW.dot(wAxis)));
        Vec3 vT = dInDStar.minus(wAxis.times(dInDStar.dot(wAxis)));
        double chi = Math.atan2(lT.cross(vT).dot(wAxis), lT.dot(vT));
        if (chi < 0) {
            chi += 2 * Math.PI;
        }
        return new double[] {recoil, cosV, cosL, chi};
    }

    @Test
    void hqet2DStarENuMatchesBelleUnfoldedDistributions() {
        DecFile bundled = HadronDecayTables.bundled().orElseThrow();
        HadronDecayer decayer =
                new HadronDecayer(onlyDStarENu(bundled), HadronDecayer.DEFAULT_LEFT_TO_DETECTOR, new TauDecayer());
        ReferenceData belle = ReferenceData.resource("belle-2017-dstar-lnu.tsv");
        double[][] counts = new double[OBSERVABLES.size()][];
        for (int k = 0; k < counts.length; k++) {
            counts[k] = new double[belle.table(OBSERVABLES.get(k)).bins()];
        }
        RandomStream rng = RandomStreams.of(1702).stream("dstar-lnu");
        ParticleData b = TABLE.byName("anti-B0");
        EventBuffer ev = new EventBuffer(64);
        int used = 0;
        for (int n = 0; n < DECAYS; n++) {
            ev.clear();
            ev.add(b.id(), GenParticle.FINAL, 0, 0, 0, b.mass());
            decayer.decay(ev, rng);
            GenEvent e = ev.toEvent(n);
            GenParticle dStar = null;
            GenParticle lepton = null;
            int dStarIndex = -1;
            for (int i = 1; i < e.size(); i++) {
                GenParticle p = e.particle(i);
                if (p.mother1() == 0 && p.pdgId() == 413) {
                    dStar = p;
                    dStarIndex = i;
                } else if (p.mother1() == 0 && p.pdgId() == 11) {
                    lepton = p;
                }
            }
            GenParticle d = e.daughters(dStarIndex).stream()
                    .filter(p -> Math.abs(p.pdgId()) == 421 || Math.abs(p.pdgId()) == 411)
                    .findFirst()
                    .orElseThrow();
            double[] x = observables(e.particle(0).momentum(), dStar.momentum(), d.momentum(), lepton.momentum());
            for (int k = 0; k < x.length; k++) {
                ReferenceHistogram h = belle.table(OBSERVABLES.get(k));
                for (int i = 0; i < h.bins(); i++) {
                    if (x[k] >= h.lo()[i] && x[k] < h.hi()[i]) {
                        counts[k][i]++;
                    }
                }
            }
            used++;
        }
        assertThat(used).isEqualTo(DECAYS);
        for (int k = 0; k < counts.length; k++) {
            ReferenceHistogram h = belle.table(OBSERVABLES.get(k));
            double chi2 = shapeChi2(h, counts[k]);
            int ndf = h.bins() - 1;
            System.out.printf("anti-B0 -> D*+ e- nu vs Belle 2017, %s: chi2 = %.1f / %d%n", h.id(), chi2, ndf);
            // Shapes: the data errors are diagonal only (the unfolding correlations are not public
            // in this form) and the model's own parameters have errors, so the bound is the 99.9 %
            // quantile of chi2 with 9 degrees of freedom (27.9), not a goodness-of-fit probability.
            assertThat(chi2).as(h.id() + " shape chi2 / " + ndf).isLessThan(27.9);
        }
        // The test can tell: the cos theta_l counts mirrored (the lepton spectrum of the wrong
        // helicity structure, V+A) are far outside the bound.
        double[] mirrored = new double[counts[2].length];
        for (int i = 0; i < mirrored.length; i++) {
            mirrored[i] = counts[2][mirrored.length - 1 - i];
        }
        assertThat(shapeChi2(belle.table("cos-theta-l"), mirrored)).isGreaterThan(100);
        if (System.getProperty("upsilon.plots.dir") != null) {
            DStarLNuPlot.write(
                    java.nio.file.Path.of(System.getProperty("upsilon.plots.dir"), "b-dstar-lnu-belle.png"),
                    OBSERVABLES.stream().map(belle::table).toList(),
                    counts);
        }
        // Rate: the measured partial width over the width of the anti-B0 gives the branching fraction
        // of the paper (4.95 %, total error about 6 %: the data file's w integral has the per-bin
        // errors, whose quadrature sum is a lower bound); the table has 4.90 % (HFLAV 2023).
        ReferenceHistogram wTable = belle.table("w");
        double gammaB = ParticleData.HBAR_GEV_S / b.lifetime();
        double measured = wTable.integral() * 1e-15 / gammaB;
        double table = bundled.decay("anti-B0").orElseThrow().channels().stream()
                .filter(c -> c.daughters().stream()
                        .map(d -> d.name())
                        .collect(Collectors.toList())
                        .equals(List.of("D*+", "e-", "anti-nu_e")))
                .mapToDouble(DecChannel::branchingFraction)
                .sum();
        System.out.printf("B(anti-B0 -> D*+ e- nu): Belle 2017 integral %.4f, table %.4f%n", measured, table);
        assertThat(Math.abs(measured - table)).isLessThan(2 * 0.06 * measured);
    }

    /**
     * chi2 between the data shape and the generated counts, both normalised to unit area over the
     * measured range; errors: the data's relative error per bin and the counts' Poisson error.
     */
    static double shapeChi2(ReferenceHistogram h, double[] counts) {
        double area = h.integral();
        double total = 0;
        for (double c : counts) {
            total += c;
        }
        double chi2 = 0;
        for (int i = 0; i < h.bins(); i++) {
            double data = h.value()[i] * h.width(i) / area;
            double dataErr = h.error()[i] * h.width(i) / area;
            double model = counts[i] / total;
            double modelErr = Math.sqrt(counts[i]) / total;
            chi2 += Math.pow(data - model, 2) / (dataErr * dataErr + modelErr * modelErr);
        }
        return chi2;
    }
}
