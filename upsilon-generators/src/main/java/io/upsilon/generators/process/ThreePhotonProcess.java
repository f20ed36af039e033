package io.upsilon.generators.process;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.error.InputException;
import java.util.List;

/** {@code ee-gammagammagamma}: e+e- -&gt; gamma gamma gamma, exact tree level, see {@link ThreePhotonGenerator}. */
public final class ThreePhotonProcess implements Process {
    /** Registry name. */
    public static final String NAME = "ee-gammagammagamma";

    /**
     * Default generation cuts: 10-170 deg in the CM frame, as {@code ee-gammagamma} (the Belle II
     * Physics Book cross-section table, arXiv:1808.10567), and E* &gt; 0.25 GeV for every photon.
     */
    public static final double DEFAULT_ENERGY_MIN = 0.25;

    /** Default of the {@code thetamin} parameter, degrees (the gamma gamma table row of arXiv:1808.10567). */
    public static final double DEFAULT_THETA_MIN_DEG = 10;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "e+e- -> gamma gamma gamma, exact tree-level QED (6 diagrams, m_e kept), every photon above emin"
                + " and at thetamin-(180 - thetamin) deg in the CM frame; no further radiation (the same with"
                + " --no-radiation)";
    }

    @Override
    public List<ProcessParameter> parameters() {
        return List.of(
                new ProcessParameter("emin", "GeV", "minimum CM energy of each photon", DEFAULT_ENERGY_MIN, 0.01, 5.0),
                new ProcessParameter(
                        "thetamin",
                        "deg",
                        "each photon at thetamin-(180 - thetamin) deg to the beam (CM)",
                        DEFAULT_THETA_MIN_DEG,
                        1.0,
                        60.0));
    }

    @Override
    public EventGenerator newGenerator(Beam beam, ProcessParameters values, GeneratorOptions options) {
        double eMin = values.get("emin");
        if (!(3 * eMin < beam.sqrtS())) {
            throw new InputException("--param", "emin", "3 x emin must be below sqrt(s) = " + beam.sqrtS());
        }
        return new ThreePhotonGenerator(beam, new ThreePhotonRegion(eMin, values.get("thetamin")));
    }
}
