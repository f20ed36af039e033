package io.upsilon.generators.process;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.error.InputException;
import java.util.List;

/**
 * {@code ee-eegamma}: radiative Bhabha scattering e+e- -&gt; e+e- gamma from the exact tree-level
 * matrix element ({@link RadiativeBhabhaGenerator}), in the {@link RadiativeBhabhaRegion} its
 * parameters give: {@code emin} (photon CM energy), {@code thetamin} (photon to the beams), {@code
 * thetaemin} and {@code thetaemax} (each e+- to the nearer beam).
 */
public final class RadiativeBhabhaProcess implements Process {
    /** Registry name. */
    public static final String NAME = "ee-eegamma";

    /** Default k0 (GeV, CM), as {@code ee-mumugamma}. */
    public static final double DEFAULT_ENERGY_MIN = 0.25;

    /**
     * Default minimum angle of each e+- to the beams (degrees, CM): 10-170 degrees, the reference
     * Bhabha acceptance of {@code ee-ee} (Belle II Physics Book, arXiv:1808.10567).
     */
    public static final double DEFAULT_ELECTRON_THETA_MIN = 10;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "e+e- -> e+e- gamma (radiative Bhabha), exact tree-level QED: all 8 s- and t-channel diagrams, electron"
                + " mass kept; photon E* > emin and >= thetamin from the beams, each e+- between thetaemin and thetaemax"
                + " from the nearer beam (CM); vacuum polarisation on every photon propagator (bare with"
                + " --no-radiation), no further radiation";
    }

    @Override
    public List<ProcessParameter> parameters() {
        return List.of(
                new ProcessParameter("emin", "GeV", "minimum CM energy k0 of the photon", DEFAULT_ENERGY_MIN, 0.01, 4),
                new ProcessParameter("thetamin", "deg", "minimum CM angle of the photon to each beam", 0, 0, 89),
                new ProcessParameter(
                        "thetaemin",
                        "deg",
                        "minimum CM angle of each e+- to the nearer beam",
                        DEFAULT_ELECTRON_THETA_MIN,
                        0,
                        89),
                new ProcessParameter(
                        "thetaemax", "deg", "maximum CM angle of each e+- to the nearer beam (90: no cut)", 90, 1, 90));
    }

    /** The region the parameters give; bad input is an {@link InputException}. */
    static RadiativeBhabhaRegion region(Beam beam, ProcessParameters values) {
        var given = values.asMap();
        double eMin = given.getOrDefault("emin", DEFAULT_ENERGY_MIN);
        if (!(2 * eMin < beam.sqrtS())) {
            throw new InputException("--param", "emin", "2 x emin must be below sqrt(s) = " + beam.sqrtS());
        }
        double thetaEMin = given.getOrDefault("thetaemin", DEFAULT_ELECTRON_THETA_MIN);
        double thetaEMax = given.getOrDefault("thetaemax", 90.0);
        if (!(thetaEMin < thetaEMax)) {
            throw new InputException("--param", "thetaemin", "thetaemin must be below thetaemax = " + thetaEMax);
        }
        return new RadiativeBhabhaRegion(eMin, given.getOrDefault("thetamin", 0.0), thetaEMin, thetaEMax);
    }

    @Override
    public EventGenerator newGenerator(Beam beam, ProcessParameters values, GeneratorOptions options) {
        return new RadiativeBhabhaGenerator(beam, region(beam, values), options.radiation());
    }
}
