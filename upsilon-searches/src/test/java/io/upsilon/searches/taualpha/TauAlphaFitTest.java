package io.upsilon.searches.taualpha;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.hist.Axis;
import io.upsilon.core.hist.Hist1D;
import io.upsilon.stats.workspace.Workspace;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The template fit on small synthetic templates (fast, exact inputs). */
class TauAlphaFitTest {
    private static final Axis AXIS = Axis.regular(10, 0, 1);

    /** A histogram with the given contents and a relative MC error of {@code mcError}. */
    private static Hist1D hist(double[] c, double mcError) {
        double[] w = new double[c.length + 3];
        double[] w2 = new double[c.length + 3];
        for (int i = 0; i < c.length; i++) {
            w[i + 1] = c[i];
            w2[i + 1] = mcError * mcError * c[i] * c[i];
        }
        return Hist1D.of(AXIS, w, w2, 1000);
    }

    private static double[] sm(double scale) {
        double[] c = new double[10];
        for (int i = 0; i < 10; i++) {
            double x = 0.05 + 0.1 * i;
            c[i] = scale * 2e4 * x * x * (3 - 2 * x); // Michel spectrum shape (rho = 3/4, unpolarised)
        }
        return c;
    }

    private static double[] signal(double scale) {
        double[] c = new double[10];
        c[5] = 0.6 * scale * 1e5;
        c[4] = 0.2 * scale * 1e5;
        c[6] = 0.2 * scale * 1e5;
        return c;
    }

    /**
     * A template whose MC statistics scale with the luminosity like the data's (relative error
     * 0.5%/sqrt(lumiScale)) and a 0.2% lepton-ID tilt.
     */
    private static TauAlphaFit.Template template(String name, double[] c, boolean sm, double lumiScale) {
        double mc = 0.005 / Math.sqrt(lumiScale);
        double[] up = c.clone();
        double[] down = c.clone();
        for (int i = 0; i < c.length; i++) {
            double tilt = (i - 4.5) / 4.5;
            up[i] *= 1 + 0.002 * tilt;
            down[i] *= 1 - 0.002 * tilt;
        }
        return new TauAlphaFit.Template(name, hist(c, mc), hist(up, mc), hist(down, mc), null, null, 0, sm);
    }

    private static Workspace workspace(double lumiScale, double injected) {
        double[] data = sm(lumiScale);
        double[] s = signal(lumiScale);
        for (int i = 0; i < 10; i++) {
            data[i] += injected * s[i];
        }
        return TauAlphaFit.workspace(
                "e_M1p00",
                template("signal", s, true, lumiScale),
                List.of(template("lnunu", sm(lumiScale), true, lumiScale)),
                hist(data, 0));
    }

    @Test
    void emptyBackgroundBinsAreMergedIntoTheirNeighbours() {
        // Background {0, 0, 1, 2, 0, 3, 0, 0, 0, 0}: the fit bins close once the background is positive,
        // the empty tail joins the last one: fine bins [0,3), [3,4), [4,10).
        double[] bkg = {0, 0, 1, 2, 0, 3, 0, 0, 0, 0};
        double[] sig = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
        Workspace ws = TauAlphaFit.workspace(
                "e_M1p00",
                new TauAlphaFit.Template("signal", hist(sig, 0.1), null, null, null, null, 0, true),
                List.of(new TauAlphaFit.Template("lnunu", hist(bkg, 0.1), null, null, null, null, 0, true)),
                hist(bkg, 0));
        assertThat(ws.channels().get(0).samples().get(0).data()).containsExactly(3, 1, 6);
        assertThat(ws.channels().get(0).samples().get(1).data()).containsExactly(1, 2, 3);
        assertThat(ws.observations().get(0).data()).containsExactly(1, 2, 3);
    }

    @Test
    void theFitRecoversAnInjectedRatioOnAsimovData() {
        TauAlphaFit.PoiFit f = TauAlphaFit.fitPoi(workspace(1, 5e-3));
        assertThat(f.converged()).isTrue();
        // Asimov data: the best fit is the injected value up to the minimiser's tolerance (well below sigma).
        assertThat(f.muHat()).isCloseTo(5e-3, within(0.05 * f.error()));
        assertThat(f.error()).isBetween(1e-4, 5e-3);
    }

    @Test
    void theSignalCarriesTheSmNormalisationSoThePoiIsTheRatio() {
        Workspace ws = workspace(1, 0);
        var signal = ws.channels().get(0).samples().get(0);
        assertThat(signal.modifiers()).extracting(m -> m.name()).contains("mu", "n_lnunu", "lepton_id_eff_e");
    }

    @Test
    void expectedLimitsShrinkAsOneOverRootLuminosity() {
        double l1 =
                TauAlphaFit.limits(workspace(1, 0), new double[] {0.95}).get(0).expected()[2];
        double l4 =
                TauAlphaFit.limits(workspace(4, 0), new double[] {0.95}).get(0).expected()[2];
        // Statistics-dominated (data and MC both scale): 1/sqrt(4) = 0.5; the 0.2% shape nuisance
        // does not scale with luminosity and pushes the ratio slightly above 0.5.
        assertThat(l4 / l1).isBetween(0.45, 0.6);
    }
}
