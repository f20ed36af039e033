package io.upsilon.generators.process;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.error.InputException;
import java.util.List;

/** {@code ee-gamma-darkphoton}: e+e- -&gt; gamma A', A' invisible, see {@link DarkPhotonGenerator}. */
public final class DarkPhotonProcess implements Process {
    /** Registry name. */
    public static final String NAME = "ee-gamma-darkphoton";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "e+e- -> gamma A' (dark photon, kinetic mixing epsilon), A' invisible; generation cut |cos theta*_gamma|"
                + " < cosmax (default 0.95, CMS) and E*_gamma > emin (default 0.5 GeV); ISR (Kuraev-Fadin + photon)"
                + " (--no-radiation: tree level)";
    }

    @Override
    public List<ProcessParameter> parameters() {
        return List.of(
                new ProcessParameter("mass", "GeV", "A' mass", 1.0, 0.0, 10.0),
                new ProcessParameter("epsilon", "", "kinetic mixing epsilon", 1e-3, 1e-8, 1.0),
                new ProcessParameter(
                        "cosmax",
                        "",
                        "generation cut: |cos theta*| of the photon in the CM frame below this (collinear region diverges)",
                        0.95,
                        0.01,
                        0.9999),
                new ProcessParameter(
                        "emin",
                        "GeV",
                        "generation cut: CM energy of the photon above this (regulates the soft end once ISR is on)",
                        DarkPhotonGenerator.DEFAULT_E_MIN,
                        0.01,
                        5.0));
    }

    @Override
    public EventGenerator newGenerator(Beam beam, ProcessParameters values, GeneratorOptions options) {
        double mass = values.get("mass");
        if (!(mass < beam.sqrtS())) {
            throw new InputException(
                    "--param", "mass", "A' mass " + mass + " GeV is not below sqrt(s) = " + beam.sqrtS());
        }
        return new DarkPhotonGenerator(
                beam, mass, values.get("epsilon"), values.get("cosmax"), values.get("emin"), options);
    }
}
