package io.upsilon.analysis.output.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Font;
import java.awt.font.TextAttribute;
import java.text.AttributedCharacterIterator;
import org.junit.jupiter.api.Test;

class PlotTextTest {
    @Test
    void plainDropsTheMarkup() {
        assertThat(PlotText.plain("M^{2}_{recoil} [GeV^{2}]")).isEqualTo("M2recoil [GeV2]");
        assertThat(PlotText.plain("a\\_b \\{c\\}")).isEqualTo("a_b {c}");
    }

    @Test
    void unicodeUsesScriptCharactersWhereTheyExist() {
        assertThat(PlotText.unicode("fb^{-1}")).isEqualTo("fb⁻¹");
        assertThat(PlotText.unicode("x_{2}")).isEqualTo("x₂");
        assertThat(PlotText.unicode("L_{μ}−L_{τ}")).isEqualTo("Lμ−Lτ");
        assertThat(PlotText.unicode("σ × BR")).isEqualTo("σ × BR");
    }

    @Test
    void attributedMarksSuperscriptsAndSubscriptsInTheFont() {
        Font f = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        AttributedCharacterIterator it = PlotText.attributed("M^{2}_{Z}", f).getIterator();
        assertThat(it.first()).isEqualTo('M');
        assertThat(((Font) it.getAttribute(TextAttribute.FONT)).getAttributes().get(TextAttribute.SUPERSCRIPT))
                .isIn(null, 0);
        it.next();
        assertThat(((Font) it.getAttribute(TextAttribute.FONT)).getAttributes().get(TextAttribute.SUPERSCRIPT))
                .isEqualTo(TextAttribute.SUPERSCRIPT_SUPER);
        it.next();
        assertThat(((Font) it.getAttribute(TextAttribute.FONT)).getAttributes().get(TextAttribute.SUPERSCRIPT))
                .isEqualTo(TextAttribute.SUPERSCRIPT_SUB);
    }

    @Test
    void malformedMarkupIsRejected() {
        assertThatThrownBy(() -> PlotText.plain("M_{Z")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PlotText.plain("x^")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PlotText.plain("a}b")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void luminosityLineAndEventsPerBinLabel() {
        assertThat(PlotLabels.simulation(79.7).luminosityText()).isEqualTo("∫L dt = 79.7 fb⁻¹");
        assertThat(PlotLabels.simulation(1000).luminosityText()).isEqualTo("∫L dt = 1000 fb⁻¹");
        assertThat(PlotLabels.simulation(Double.NaN).lines()).isEmpty();
        assertThat(StackedHistogramPlot.eventsPerBin(io.upsilon.core.hist.Axis.regular(40, -2, 62), "GeV^{2}"))
                .isEqualTo("Events / (1.6 GeV^{2})");
        assertThat(StackedHistogramPlot.eventsPerBin(io.upsilon.core.hist.Axis.variable(0, 1, 3), "GeV"))
                .isEqualTo("Events / bin");
        assertThat(DecadeLogAxis.decade(1000)).isEqualTo("10³");
        assertThat(DecadeLogAxis.decade(0.01)).isEqualTo("10⁻²");
    }
}
