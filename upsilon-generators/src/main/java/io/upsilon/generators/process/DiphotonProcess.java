package io.upsilon.generators.process;

import io.upsilon.core.beam.Beam;
import java.util.List;

/**
 * {@code ee-gammagamma}: e+e- -&gt; gamma gamma, see {@link DiphotonBornGenerator}. The polar-angle
 * generation cut is a parameter ({@code thetamin}, default 10 deg as the Belle II Physics Book table):
 * single-photon searches need one photon down the beam pipe (below the ECL's 12.4 deg lab, about 16
 * deg in the CM frame, or beyond its 155.1 deg lab, about 161 deg CM) while the other is seen.
 */
public final class DiphotonProcess implements Process {
    /** Registry name. */
    public static final String NAME = "ee-gammagamma";

    /** Lowest allowed {@code thetamin}, degrees: above the radiative generator's 1 deg rest-frame window. */
    public static final double THETA_MIN_LOWEST_DEG = 2;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "e+e- -> gamma gamma (gamma), t- and u-channel electron exchange with leading-log ISR,"
                + " generation cuts thetamin-(180 - thetamin) deg (CMS, default 10) and E* > 0.15 GeV on both"
                + " hard photons";
    }

    @Override
    public List<ProcessParameter> parameters() {
        return List.of(new ProcessParameter(
                "thetamin",
                "deg",
                "both hard photons at thetamin-(180 - thetamin) deg to the beam (CM)",
                BhabhaProcess.THETA_MIN_DEG,
                THETA_MIN_LOWEST_DEG,
                60.0));
    }

    @Override
    public EventGenerator newGenerator(Beam beam, ProcessParameters values, GeneratorOptions options) {
        // ProcessParameters.none() (programmatic use) carries no values: the default applies.
        double thetaMin = values.asMap().getOrDefault("thetamin", BhabhaProcess.THETA_MIN_DEG);
        return options.radiation()
                ? new DiphotonRadiative(beam, thetaMin, BhabhaProcess.E_STAR_MIN)
                : new DiphotonBornGenerator(beam, thetaMin, BhabhaProcess.E_STAR_MIN);
    }
}
