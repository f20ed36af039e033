package io.upsilon.stats.unbinned;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every PDF integrates to 1 over its range, checked by adaptive Gauss–Kronrod quadrature of the
 * normalised density to 1e-12 relative, split at the points where a shape changes form (kinks of
 * a tail junction, a narrow edge or peak) so the check does not rely on the same formulas the PDF
 * uses. Tolerance 1e-8 as the issue asks; typical errors are ~1e-14.
 */
class PdfNormalisationTest {

    /**
     * Integral of the normalised density over [a, b], by adaptive quadrature on 400 equal
     * sub-intervals (so that narrow edges and tail junctions are resolved).
     */
    static double numericIntegral(ShapePdf pdf, double a, double b) {
        int pieces = 400;
        java.util.function.DoubleUnaryOperator f = pdf.densityFunction(ParameterSet.of(pdf));
        double sum = 0;
        for (int k = 0; k < pieces; k++) {
            double x0 = a + (b - a) * k / pieces;
            double x1 = k == pieces - 1 ? b : a + (b - a) * (k + 1) / pieces;
            sum += Integrator.integrate(f, x0, x1, 1e-12);
        }
        return sum;
    }

    @Test
    void everyPdfIsNormalisedTo1e8() {
        List<ShapePdf> pdfs = TestPdfs.all();
        double worst = 0;
        for (ShapePdf pdf : pdfs) {
            Observable o = pdf.observable();
            double integral = numericIntegral(pdf, o.lower(), o.upper());
            double err = Math.abs(integral - 1);
            worst = Math.max(worst, err);
            System.out.printf("normalisation %-90s |integral - 1| = %.2e%n", pdf, err);
            assertThat(err).as("normalisation of %s", pdf).isLessThan(1e-8);
        }
        System.out.printf("worst normalisation error over %d PDFs: %.2e%n", pdfs.size(), worst);
    }

    @Test
    void subRangeProbabilitiesMatchQuadrature() {
        // The closed-form integrals over parts of the range (used for the normalisation and by users as
        // a CDF) agree with quadrature of the density on three sub-intervals.
        for (ShapePdf pdf : TestPdfs.all()) {
            Observable o = pdf.observable();
            ParameterSet v = ParameterSet.of(pdf);
            double[] cuts = {o.lower(), o.lower() + 0.3 * o.width(), o.lower() + 0.55 * o.width(), o.upper()};
            double total = 0;
            for (int k = 0; k < 3; k++) {
                double prob = pdf.probability(cuts[k], cuts[k + 1], v);
                double num = numericIntegral(pdf, cuts[k], cuts[k + 1]);
                assertThat(Math.abs(prob - num))
                        .as("P[%s, %s] of %s", cuts[k], cuts[k + 1], pdf)
                        .isLessThan(1e-9);
                total += prob;
            }
            assertThat(total).isCloseTo(1, org.assertj.core.api.Assertions.within(1e-12));
        }
    }
}
