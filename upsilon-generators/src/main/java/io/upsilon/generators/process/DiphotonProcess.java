package io.upsilon.generators.process;

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
        return "e+e- -> gamma gamma (gamma), t- and u-channel electron exchange with leading-log ISR,"
                + " generation cuts 10-170 deg (CMS) and E* > 0.15 GeV on both hard photons";
    }

    @Override
    public EventGenerator newGenerator(Beam beam, ProcessParameters values, GeneratorOptions options) {
        return options.radiation()
                ? new DiphotonRadiative(beam, BhabhaProcess.THETA_MIN_DEG, BhabhaProcess.E_STAR_MIN)
                : new DiphotonBornGenerator(beam, BhabhaProcess.THETA_MIN_DEG, BhabhaProcess.E_STAR_MIN);
    }
}
