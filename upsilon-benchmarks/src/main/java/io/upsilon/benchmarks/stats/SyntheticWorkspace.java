package io.upsilon.benchmarks.stats;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;

/**
 * A generated pyhf workspace of realistic shape: 5 channels x 20 bins, a signal and three
 * backgrounds per channel, per-channel staterror (100 gammas), 30 histosys and 60 normsys
 * systematics shared across channels, a lumi and free background normalisations: 195 parameters,
 * 100 bins. Deterministic for a seed.
 */
public final class SyntheticWorkspace {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private SyntheticWorkspace() {}

    /** The workspace as JSON text. */
    public static String json(long seed) {
        RandomStream rng = RandomStreams.of(seed).child("synthetic-workspace").stream("yields");
        int channels = 5;
        int bins = 20;
        ObjectNode root = F.objectNode();
        ArrayNode chans = root.putArray("channels");
        ArrayNode obs = root.putArray("observations");
        for (int c = 0; c < channels; c++) {
            ObjectNode ch = chans.addObject();
            ch.put("name", "channel" + c);
            ArrayNode samples = ch.putArray("samples");
            double[] total = new double[bins];
            for (int s = 0; s < 4; s++) {
                ObjectNode sample = samples.addObject();
                sample.put("name", s == 0 ? "signal" : "bkg" + s);
                ArrayNode data = sample.putArray("data");
                double[] nom = new double[bins];
                for (int b = 0; b < bins; b++) {
                    double x = (b + 0.5) / bins;
                    nom[b] = s == 0
                            ? 8 * Math.exp(-Math.pow((x - 0.6) / 0.1, 2)) + 0.1
                            : (30.0 / s) * Math.exp(-2 * x * s) * (1 + 0.1 * rng.nextDouble()) + 0.5;
                    data.add(nom[b]);
                    total[b] += s == 0 ? 0 : nom[b];
                }
                ArrayNode mods = sample.putArray("modifiers");
                if (s == 0) {
                    mod(mods, "mu", "normfactor");
                } else {
                    mod(mods, "k_bkg" + s, "normfactor");
                    ObjectNode stat = mods.addObject();
                    stat.put("name", "staterror_channel" + c);
                    stat.put("type", "staterror");
                    ArrayNode err = stat.putArray("data");
                    for (int b = 0; b < bins; b++) {
                        err.add(Math.sqrt(nom[b]) * 0.15);
                    }
                }
                mod(mods, "lumi", "lumi");
                // Each sample carries 6 normsys and 2 histosys systematics out of the shared pools.
                for (int k = 0; k < 6; k++) {
                    ObjectNode m = mods.addObject();
                    m.put("name", "norm_" + ((c * 12 + s * 3 + k * 5) % 60));
                    m.put("type", "normsys");
                    ObjectNode d = m.putObject("data");
                    d.put("hi", 1 + 0.02 + 0.05 * rng.nextDouble());
                    d.put("lo", 1 - 0.02 - 0.04 * rng.nextDouble());
                }
                for (int k = 0; k < 2; k++) {
                    ObjectNode m = mods.addObject();
                    m.put("name", "shape_" + ((c * 6 + s * 2 + k * 11) % 30));
                    m.put("type", "histosys");
                    ObjectNode d = m.putObject("data");
                    ArrayNode hi = d.putArray("hi_data");
                    ArrayNode lo = d.putArray("lo_data");
                    double tilt = 0.05 + 0.05 * rng.nextDouble();
                    for (int b = 0; b < bins; b++) {
                        double t = tilt * ((b + 0.5) / bins - 0.5);
                        hi.add(nom[b] * (1 + t));
                        lo.add(nom[b] * (1 - t * 0.8));
                    }
                }
            }
            ObjectNode o = obs.addObject();
            o.put("name", "channel" + c);
            ArrayNode od = o.putArray("data");
            for (int b = 0; b < bins; b++) {
                od.add(rng.nextPoisson(total[b]));
            }
        }
        ObjectNode meas = root.putArray("measurements").addObject();
        meas.put("name", "meas");
        ObjectNode cfg = meas.putObject("config");
        cfg.put("poi", "mu");
        ObjectNode lumi = cfg.putArray("parameters").addObject();
        lumi.put("name", "lumi");
        lumi.putArray("auxdata").add(1.0);
        lumi.putArray("sigmas").add(0.02);
        lumi.putArray("inits").add(1.0);
        ArrayNode b = lumi.putArray("bounds").addArray();
        b.add(0.5);
        b.add(1.5);
        root.put("version", "1.0.0");
        return root.toString();
    }

    private static void mod(ArrayNode mods, String name, String type) {
        ObjectNode m = mods.addObject();
        m.put("name", name);
        m.put("type", type);
        m.putNull("data");
    }
}
