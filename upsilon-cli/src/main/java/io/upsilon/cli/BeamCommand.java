package io.upsilon.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.upsilon.core.beam.Beam;
import io.upsilon.core.beam.BeamPresets;
import io.upsilon.core.kinematics.Vec3;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code upsilon beam}: the beam parameters of a SuperKEKB preset. */
@Command(
        name = "beam",
        mixinStandardHelpOptions = true,
        description = "Show a SuperKEKB beam preset: energies, sqrt(s), CM boost, energy spread, luminous region.")
public final class BeamCommand implements Callable<Integer> {
    @Option(
            names = "--preset",
            defaultValue = "Y4S",
            description = "Beam preset (${COMPLETION-CANDIDATES}); default ${DEFAULT-VALUE}.",
            completionCandidates = PresetNames.class)
    String preset;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Beam b = BeamPresets.standard().get(preset);
        PrintWriter out = spec.commandLine().getOut();
        Vec3 beta = b.cmBoostBeta();
        double betaMag = beta.mag();
        double gamma = 1.0 / Math.sqrt(1.0 - betaMag * betaMag);
        Vec3 lum = b.luminousRegion().sigma();
        if (json) {
            ObjectNode o = Json.object();
            o.put("preset", b.name());
            o.put("e_her_gev", b.energyHer());
            o.put("e_ler_gev", b.energyLer());
            o.put("half_angle_her_rad", b.halfAngleHer());
            o.put("half_angle_ler_rad", b.halfAngleLer());
            o.put("sqrt_s_gev", b.sqrtS());
            o.put("e_star_beam_gev", b.eStarBeam());
            o.putArray("boost_beta").add(beta.x()).add(beta.y()).add(beta.z());
            o.put("beta_gamma", betaMag * gamma);
            o.put("gamma", gamma);
            o.putArray("cm_momentum_lab_gev")
                    .add(b.total().px())
                    .add(b.total().py())
                    .add(b.total().pz());
            o.put("sigma_e_her_gev", b.sigmaEnergyHer());
            o.put("sigma_e_ler_gev", b.sigmaEnergyLer());
            o.put("sigma_sqrt_s_gev", b.sigmaSqrtS());
            o.putArray("luminous_region_sigma_cm").add(lum.x()).add(lum.y()).add(lum.z());
            out.println(Json.write(o));
        } else {
            out.printf("preset            %s%n", b.name());
            out.printf("E(HER e-), E(LER e+)  %.4f, %.4f GeV%n", b.energyHer(), b.energyLer());
            out.printf("sqrt(s)           %.5f GeV (spread %.2f MeV)%n", b.sqrtS(), 1e3 * b.sigmaSqrtS());
            out.printf(
                    "CM boost beta     (%.5f, %.5f, %.5f), beta*gamma = %.4f%n",
                    beta.x(), beta.y(), beta.z(), betaMag * gamma);
            out.printf(
                    "luminous region   sigma (x, y, z) = (%.2f um, %.1f nm, %.1f um)%n",
                    lum.x() * 1e4, lum.y() * 1e7, lum.z() * 1e4);
        }
        out.flush();
        return 0;
    }

    /** Completion candidates for --preset. */
    static final class PresetNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return BeamPresets.standard().names().iterator();
        }
    }
}
