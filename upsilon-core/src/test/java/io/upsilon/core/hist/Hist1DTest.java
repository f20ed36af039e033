package io.upsilon.core.hist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.upsilon.core.error.InputException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Hist1DTest {
    private static Hist1D sample() {
        Hist1D h = new Hist1D(Axis.regular(4, 0, 4));
        h.fill(0.5);
        h.fill(0.5, 2.0);
        h.fill(1.5, -0.5);
        h.fill(3.999, 0.25);
        h.fill(-1, 3.0);
        h.fill(4.0, 1.5);
        h.fill(Double.POSITIVE_INFINITY);
        h.fill(Double.NaN, 0.75);
        return h;
    }

    @Test
    void weightedFillsAccumulateSumwAndSumw2() {
        Hist1D h = sample();
        assertThat(h.content(0)).isEqualTo(3.0);
        assertThat(h.variance(0)).isEqualTo(1.0 + 4.0);
        assertThat(h.error(0)).isEqualTo(Math.sqrt(5.0));
        assertThat(h.content(1)).isEqualTo(-0.5);
        assertThat(h.variance(1)).isEqualTo(0.25);
        assertThat(h.content(2)).isZero();
        assertThat(h.content(3)).isEqualTo(0.25);
        assertThat(h.variance(3)).isEqualTo(0.0625);
        assertThat(h.contents()).containsExactly(3.0, -0.5, 0.0, 0.25);
        assertThat(h.variances()).containsExactly(5.0, 0.25, 0.0, 0.0625);
        assertThat(h.errors()[0]).isEqualTo(Math.sqrt(5.0));
        assertThat(h.entries()).isEqualTo(8);
    }

    @Test
    void flowAndNanBins() {
        Hist1D h = sample();
        assertThat(h.content(Flow.UNDERFLOW)).isEqualTo(3.0);
        assertThat(h.variance(Flow.UNDERFLOW)).isEqualTo(9.0);
        assertThat(h.content(Flow.OVERFLOW)).isEqualTo(2.5); // 4.0 (upper edge) and +inf
        assertThat(h.variance(Flow.OVERFLOW)).isEqualTo(3.25);
        assertThat(h.content(Flow.NAN)).isEqualTo(0.75);
        assertThat(h.error(Flow.NAN)).isEqualTo(0.75);
        assertThat(h.integral()).isEqualTo(2.75);
        assertThat(h.integral(false)).isEqualTo(2.75);
        // Flow integral: in range + under + over, never the NaN bin.
        assertThat(h.integral(true)).isEqualTo(2.75 + 3.0 + 2.5);
        assertThat(h.integralVariance(false)).isEqualTo(5.3125);
        assertThat(h.contentsWithFlow()).containsExactly(3.0, 3.0, -0.5, 0.0, 0.25, 2.5, 0.75);
        assertThatThrownBy(() -> h.content(4))
                .isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining("content(Flow)");
        assertThatThrownBy(() -> h.content(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void edgesAndCentresComeFromTheAxis() {
        Hist1D h = new Hist1D(Axis.variable(0, 1, 3));
        assertThat(h.edges()).containsExactly(0, 1, 3);
        assertThat(h.centres()).containsExactly(0.5, 2.0);
        assertThat(h.bins()).isEqualTo(2);
    }

    @Test
    void nonFiniteWeightsAreRejected() {
        Hist1D h = new Hist1D(Axis.regular(2, 0, 1));
        assertThatThrownBy(() -> h.fill(0.5, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("weight must be finite");
        assertThatThrownBy(() -> h.fill(0.5, Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
        assertThat(h.entries()).isZero();
    }

    @Test
    void batchFill() {
        Hist1D a = new Hist1D(Axis.regular(3, 0, 3));
        a.fill(new double[] {0.1, 1.1, 2.1}, new double[] {1, 2, 3});
        Hist1D b = new Hist1D(Axis.regular(3, 0, 3));
        b.fill(0.1, 1);
        b.fill(1.1, 2);
        b.fill(2.1, 3);
        assertThat(a).isEqualTo(b);
        assertThatThrownBy(() -> a.fill(new double[2], new double[3])).hasMessageContaining("differ in length");
        Hist1D c = new Hist1D(Axis.regular(3, 0, 3));
        c.fill(new double[] {0.5, 0.5});
        assertThat(c.content(0)).isEqualTo(2.0);
    }

    @Test
    void scalingMultipliesWeightsAndSquaresFactorForVariances() {
        Hist1D h = sample();
        Hist1D s = h.scaled(-2.0);
        assertThat(s.content(0)).isEqualTo(-6.0);
        assertThat(s.variance(0)).isEqualTo(20.0);
        assertThat(s.content(Flow.UNDERFLOW)).isEqualTo(-6.0);
        assertThat(s.variance(Flow.NAN)).isEqualTo(4 * 0.5625);
        assertThat(s.entries()).isEqualTo(h.entries());
        assertThat(h).isEqualTo(sample()); // unchanged
        assertThat(h.scaled(1.0)).isEqualTo(h);
        assertThatThrownBy(() -> h.scaled(Double.NaN)).hasMessageContaining("finite");
    }

    @Test
    void mergeReturnsNewHistogramAndAddIsInPlace() {
        Hist1D a = sample();
        Hist1D b = sample();
        Hist1D m = a.merge(b);
        assertThat(a).isEqualTo(sample());
        assertThat(m.content(0)).isEqualTo(6.0);
        assertThat(m.variance(0)).isEqualTo(10.0);
        assertThat(m.entries()).isEqualTo(16);
        assertThat(m.contentsWithFlow()).containsExactly(a.scaled(2.0).contentsWithFlow());
        // Merging a histogram with itself doubles the variances, whereas scaling by 2 quadruples them.
        assertThat(m.variancesWithFlow())
                .containsExactly(java.util.Arrays.stream(a.variancesWithFlow())
                        .map(v -> 2 * v)
                        .toArray());
        a.add(b);
        assertThat(a).isEqualTo(m);
    }

    @Test
    void mergeRequiresSameAxis() {
        Hist1D a = new Hist1D(Axis.regular(4, 0, 4));
        Hist1D b = new Hist1D(Axis.regular(4, 0, 5));
        assertThatThrownBy(() -> a.merge(b))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("different axes")
                .hasMessageContaining("Axis.regular(4, 0.0, 4.0)")
                .hasMessageContaining("Axis.regular(4, 0.0, 5.0)");
        assertThatThrownBy(() -> a.add(b)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void copyIsIndependent() {
        Hist1D a = sample();
        Hist1D c = a.copy();
        c.fill(0.5);
        assertThat(a.content(0)).isEqualTo(3.0);
        assertThat(c.content(0)).isEqualTo(4.0);
    }

    @Test
    void ofValidatesLayout() {
        Axis axis = Axis.regular(2, 0, 1);
        Hist1D h = Hist1D.of(axis, new double[] {1, 2, 3, 4, 5}, new double[] {1, 4, 9, 16, 25}, 7);
        assertThat(h.content(Flow.UNDERFLOW)).isEqualTo(1);
        assertThat(h.content(1)).isEqualTo(3);
        assertThat(h.content(Flow.NAN)).isEqualTo(5);
        assertThatThrownBy(() -> Hist1D.of(axis, new double[4], new double[4], 0))
                .hasMessageContaining("expected 5 sums");
        assertThatThrownBy(() -> Hist1D.of(axis, new double[5], new double[] {0, -1, 0, 0, 0}, 0))
                .hasMessageContaining("sumw2[1] must be >= 0");
        assertThatThrownBy(() -> Hist1D.of(axis, new double[5], new double[5], -1))
                .hasMessageContaining("entries");
    }

    // ---- CSV ----

    @Test
    void csvHasLabelledFlowRowsAndExactNumbers() {
        Hist1D h = sample();
        String[] lines = h.toCsv().split("\n");
        assertThat(lines[0]).isEqualTo("bin,bin_lo,bin_hi,content,error,sumw2");
        assertThat(lines).hasSize(1 + 4 + 3);
        assertThat(lines[1]).isEqualTo("underflow,-inf,0.0,3.0,3.0,9.0");
        assertThat(lines[2]).isEqualTo("0,0.0,1.0,3.0," + Math.sqrt(5.0) + ",5.0");
        assertThat(lines[6]).isEqualTo("overflow,4.0,inf,2.5," + Math.sqrt(3.25) + ",3.25");
        assertThat(lines[7]).isEqualTo("nan,nan,nan,0.75,0.75,0.5625");
    }

    @Test
    void csvRoundTripsEveryNumber() {
        Hist1D h = new Hist1D(Axis.variable(-1.0 / 3, 0.1, 2.0 / 7));
        h.fill(0.0, 1.0 / 3);
        h.fill(0.2, Math.PI);
        h.fill(-5, Math.E);
        List<double[]> rows = new ArrayList<>();
        String[] lines = h.toCsv().split("\n");
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split(",");
            double[] r = new double[5];
            for (int k = 0; k < 5; k++) {
                r[k] = parse(f[k + 1]);
            }
            rows.add(r);
        }
        double[] sumw = new double[rows.size()];
        double[] sumw2 = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            sumw[i] = rows.get(i)[2];
            sumw2[i] = rows.get(i)[4];
            assertThat(rows.get(i)[3]).isEqualTo(Math.sqrt(sumw2[i]));
        }
        assertThat(Hist1D.of(h.axis(), sumw, sumw2, h.entries())).isEqualTo(h);
        assertThat(rows.get(1)[0]).isEqualTo(-1.0 / 3);
        assertThat(rows.get(2)[1]).isEqualTo(2.0 / 7);
    }

    private static double parse(String s) {
        return switch (s) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(s);
        };
    }

    // ---- JSON ----

    @Test
    void jsonRoundTripIsExact() {
        Hist1D h = sample().scaled(1.0 / 3);
        Hist1D back = Hist1D.fromJson(h.toJson(), "h.json");
        assertThat(back).isEqualTo(h);
        Hist1D v = new Hist1D(Axis.variable(0, 0.1, 0.7, 10));
        v.fill(0.3, 0.1);
        v.fill(Double.NaN);
        Hist1D vBack = Hist1D.fromJson(v.toJson(), "v.json");
        assertThat(vBack).isEqualTo(v);
        assertThat(vBack.axis().isRegular()).isFalse();
    }

    @Test
    void jsonLayoutIsReadable() {
        String json = sample().toJson();
        assertThat(json)
                .contains("\"type\" : \"upsilon.Hist1D\"")
                .contains("\"axis\"")
                .contains("\"type\" : \"regular\"")
                .contains("\"underflow\"")
                .contains("\"overflow\"")
                .contains("\"nan\"")
                .contains("\"sumw2\"");
    }

    @Test
    void badJsonIsInputExceptionWithLocation() {
        assertThatThrownBy(() -> Hist1D.fromJson("{ not json", "bad.json"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("bad.json: line 1");
        assertThatThrownBy(() -> Hist1D.fromJson("[]", "bad.json")).hasMessageContaining("JSON object");
        String good = sample().toJson();
        assertThatThrownBy(() -> Hist1D.fromJson(good.replace("upsilon.Hist1D", "x"), "f.json"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("f.json: /type:");
        assertThatThrownBy(() -> Hist1D.fromJson(good.replace("\"bins\" : 4", "\"bins\" : 0"), "f.json"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("f.json: /axis:")
                .hasMessageContaining("number of bins");
        assertThatThrownBy(() -> Hist1D.fromJson(good.replace("\"bins\" : 4", "\"bins\" : 3"), "f.json"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("f.json: /sumw:")
                .hasMessageContaining("expected an array of 3 numbers");
        assertThatThrownBy(() -> Hist1D.fromJson(good.replace("\"entries\" : 8", "\"entries\" : -8"), "f.json"))
                .hasMessageStartingWith("f.json: /entries:");
        assertThatThrownBy(() -> Hist1D.fromJson(good.replace("\"flow\"", "\"flux\""), "f.json"))
                .hasMessageStartingWith("f.json: /flow/underflow/sumw: required field is missing");
        assertThatThrownBy(() -> Hist1D.fromJson(good.replace("\"sumw\" : [ 3.0", "\"sumw\" : [ \"x\""), "f.json"))
                .hasMessageStartingWith("f.json: /sumw/0: expected a number");
        assertThatThrownBy(() -> Hist1D.fromJson(good.replace("\"sumw2\" : [ 5.0", "\"sumw2\" : [ -5.0"), "f.json"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("sumw2[1] must be >= 0");
    }
}
