package io.upsilon.generators.process;

import io.upsilon.core.beam.Beam;

/**
 * {@code ee-ee}: Bhabha scattering; with radiation (default) {@link BhabhaRadiative} (ISR, FSR, running
 * alpha in the s and t channels), with {@code --no-radiation} the Born {@link BhabhaBornGenerator}.
 */
public final class BhabhaProcess implements Process {
    /** Registry name. */
    public static final String NAME = "ee-ee";

    /**
     * Reference generation cuts of the Belle II Physics Book cross-section table, arXiv:1808.10567:
     * 10-170 degrees (CMS, also the basf2 BabaYaga@NLO default) and E* &gt; 0.15 GeV ([R] recalled
     * from the table).
     */
    static final double THETA_MIN_DEG = 10;

    static final double THETA_MAX_DEG = 170;
    static final double E_STAR_MIN = 0.15;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "e+e- -> e+e- (Bhabha), s- and t-channel photon exchange, generation cuts 10-170 deg (CMS) and"
                + " E* > 0.15 GeV on both primary electrons after radiation; ISR on both legs and FSR (leading-log"
                + " structure functions, explicit photons), running alpha in both propagators (--no-radiation: Born)";
    }

    @Override
    public EventGenerator newGenerator(Beam beam, ProcessParameters values, GeneratorOptions options) {
        return options.radiation()
                ? new BhabhaRadiative(beam, THETA_MIN_DEG, E_STAR_MIN)
                : new BhabhaBornGenerator(beam, THETA_MIN_DEG, THETA_MAX_DEG, E_STAR_MIN);
    }
}
