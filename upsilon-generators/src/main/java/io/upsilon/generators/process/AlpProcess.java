package io.upsilon.generators.process;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.error.InputException;
import java.util.List;

/** {@code ee-gamma-alp}: e+e- -&gt; gamma a, a -&gt; gamma gamma displaced, see {@link AlpGenerator}. */
public final class AlpProcess implements Process {
    /** Registry name. */
    public static final String NAME = "ee-gamma-alp";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "e+e- -> gamma a (axion-like particle, photon coupling gagg), a -> gamma gamma at a displaced vertex"
                + " from its lifetime; no generation cuts; ISR (Kuraev-Fadin + photon) and vacuum polarisation at s'"
                + " (--no-radiation: tree level)";
    }

    @Override
    public List<ProcessParameter> parameters() {
        return List.of(
                new ProcessParameter("mass", "GeV", "ALP mass", 1.0, 0.001, 10.0),
                new ProcessParameter("gagg", "GeV^-1", "ALP-photon coupling g_agg", 1e-3, 1e-9, 1.0));
    }

    @Override
    public EventGenerator newGenerator(Beam beam, ProcessParameters values, GeneratorOptions options) {
        double mass = values.get("mass");
        if (!(mass < beam.sqrtS())) {
            throw new InputException(
                    "--param", "mass", "ALP mass " + mass + " GeV is not below sqrt(s) = " + beam.sqrtS());
        }
        return new AlpGenerator(beam, mass, values.get("gagg"), options);
    }
}
