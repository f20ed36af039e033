package io.upsilon.core.hist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.upsilon.core.error.InputException;
import org.junit.jupiter.api.Test;

class Hist2DTest {
    private static Hist2D sample() {
        Hist2D h = new Hist2D(Axis.regular(2, 0, 2), Axis.variable(0, 1, 3, 4));
        h.fill(0.5, 0.5);
        h.fill(0.5, 0.5, 2.0);
        h.fill(1.5, 3.5, -1.0);
        h.fill(-1, 2, 0.5); // x underflow, y bin 1
        h.fill(5, 10, 4.0); // x overflow, y overflow
        h.fill(Double.NaN, 1, 3.0);
        h.fill(1, Double.NaN);
        return h;
    }

    @Test
    void fillsCellsFlowAndNan() {
        Hist2D h = sample();
        assertThat(h.content(0, 0)).isEqualTo(3.0);
        assertThat(h.variance(0, 0)).isEqualTo(5.0);
        assertThat(h.error(0, 0)).isEqualTo(Math.sqrt(5.0));
        assertThat(h.content(1, 2)).isEqualTo(-1.0);
        assertThat(h.contentWithFlow(-1, 1)).isEqualTo(0.5);
        assertThat(h.varianceWithFlow(-1, 1)).isEqualTo(0.25);
        assertThat(h.contentWithFlow(2, 3)).isEqualTo(4.0);
        assertThat(h.nanContent()).isEqualTo(4.0);
        assertThat(h.nanVariance()).isEqualTo(10.0);
        assertThat(h.entries()).isEqualTo(7);
        assertThat(h.integral()).isEqualTo(2.0);
        assertThat(h.integral(true)).isEqualTo(6.5);
        assertThat(h.contents()).hasDimensions(2, 3);
        assertThat(h.contents()[0]).containsExactly(3.0, 0.0, 0.0);
        assertThat(h.contentsWithFlow()).hasDimensions(4, 5);
        assertThat(h.variances()[1]).containsExactly(0.0, 0.0, 1.0);
        assertThatThrownBy(() -> h.content(2, 0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> h.contentWithFlow(3, 0)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void projections() {
        Hist2D h = sample();
        Hist1D px = h.projectionX();
        assertThat(px.axis()).isEqualTo(h.xAxis());
        assertThat(px.contents()).containsExactly(3.0, -1.0);
        assertThat(px.content(Flow.UNDERFLOW)).isEqualTo(0.5);
        assertThat(px.content(Flow.OVERFLOW)).isEqualTo(4.0);
        assertThat(px.content(Flow.NAN)).isEqualTo(4.0);
        Hist1D py = h.projectionY();
        assertThat(py.contents()).containsExactly(3.0, 0.5, -1.0);
        assertThat(py.content(Flow.OVERFLOW)).isEqualTo(4.0);
        assertThat(py.entries()).isEqualTo(7);
    }

    @Test
    void scaleMergeAndAxesCheck() {
        Hist2D h = sample();
        Hist2D s = h.scaled(3);
        assertThat(s.content(0, 0)).isEqualTo(9.0);
        assertThat(s.variance(0, 0)).isEqualTo(45.0);
        assertThat(s.nanVariance()).isEqualTo(90.0);
        Hist2D m = h.merge(h);
        assertThat(m.content(0, 0)).isEqualTo(6.0);
        assertThat(m.entries()).isEqualTo(14);
        assertThat(h).isEqualTo(sample());
        Hist2D other = new Hist2D(Axis.regular(2, 0, 2), Axis.regular(3, 0, 4));
        assertThatThrownBy(() -> h.merge(other))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("different axes");
        assertThatThrownBy(() -> h.fill(0, 0, Double.NaN)).hasMessageContaining("weight must be finite");
        assertThatThrownBy(() -> new Hist2D(Axis.regular(10_000, 0, 1), Axis.regular(10_000, 0, 1)))
                .hasMessageContaining("too large");
    }

    @Test
    void csvHasLabelledFlowCells() {
        String[] lines = sample().toCsv().split("\n");
        assertThat(lines[0]).isEqualTo("x_bin,y_bin,x_lo,x_hi,y_lo,y_hi,content,error,sumw2");
        assertThat(lines).hasSize(1 + 4 * 5 + 1);
        assertThat(lines[1]).startsWith("underflow,underflow,-inf,0.0,-inf,0.0,");
        assertThat(lines[1 + 5 + 1]).isEqualTo("0,0,0.0,1.0,0.0,1.0,3.0," + Math.sqrt(5.0) + ",5.0");
        assertThat(lines[20]).startsWith("overflow,overflow,2.0,inf,4.0,inf,4.0,4.0,16.0");
        assertThat(lines[21]).isEqualTo("nan,nan,nan,nan,nan,nan,4.0," + Math.sqrt(10.0) + ",10.0");
    }

    @Test
    void jsonRoundTripIsExact() {
        Hist2D h = sample().scaled(0.1);
        assertThat(Hist2D.fromJson(h.toJson(), "h2.json")).isEqualTo(h);
        assertThatThrownBy(() -> Hist2D.fromJson(sample().toJson().replace("\"xaxis\"", "\"x\""), "h2.json"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("h2.json: /xaxis: required field is missing");
        assertThatThrownBy(() -> Hist2D.fromJson(new Hist1D(Axis.regular(1, 0, 1)).toJson(), "h1.json"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("expected \"upsilon.Hist2D\"");
    }
}
