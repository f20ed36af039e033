package io.upsilon.sim.process;

import io.upsilon.core.beam.Beam;

/** {@code ee-gammagamma}: e+e- -&gt; gamma gamma, see {@link DiphotonBornGenerator}. */
public final class DiphotonProcess implements Process {
    /** Registry name. */
    public static final String NAME = "ee-gammagamma";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "e+e- -> gamma gamma, t- and u-channel electron exchange, generation cuts 10-170 deg (CMS) and"
                + " E* > 0.15 GeV; Born level: radiation not yet modelled";
    }

    @Override
    public EventGenerator newGenerator(Beam beam, ProcessParameters values, GeneratorOptions options) {
        return new DiphotonBornGenerator(beam, BhabhaProcess.THETA_MIN_DEG, BhabhaProcess.E_STAR_MIN);
    }
}
