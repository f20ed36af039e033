package io.upsilon.searches;

import io.upsilon.core.config.ConfigNode;
import io.upsilon.generators.process.ThreePhotonProcess;
import io.upsilon.generators.process.ThreePhotonRegion;
import java.util.List;

/**
 * How a photon search counts e+e- → γγ(γ) once: the sample of the exact three-photon matrix element
 * ({@code ee-gammagammagamma}) owns the region of its generation cuts, and the leading-log {@code
 * ee-gammagamma} sample's events with three photons inside that region are dropped. Read from a
 * search's {@code matching:} block ({@code exact_sample}, {@code leading_log_sample}), whose names must
 * be background samples of the search.
 *
 * @param exactSample the background sample of ee-gammagammagamma
 * @param region its generation cuts (the region vetoed in {@code leadingLogSample})
 * @param leadingLogSample the ee-gammagamma sample whose events inside the region are dropped
 */
public record ThreePhotonMatching(String exactSample, ThreePhotonRegion region, String leadingLogSample) {

    /** Reads the {@code matching:} block of {@code root}, checked against the search's backgrounds. */
    public static ThreePhotonMatching read(ConfigNode root, List<SampleSpec> backgrounds) {
        ConfigNode m = root.block("matching");
        String exact = m.string("exact_sample");
        String leadingLog = m.string("leading_log_sample");
        SampleSpec exactSpec = find(backgrounds, exact, m, "exact_sample");
        find(backgrounds, leadingLog, m, "leading_log_sample");
        if (!exactSpec.process().name().equals(ThreePhotonProcess.NAME)) {
            throw m.error("exact_sample", "expected a sample of process " + ThreePhotonProcess.NAME);
        }
        m.finish();
        ThreePhotonRegion region = new ThreePhotonRegion(
                parameter(exactSpec, "emin", ThreePhotonProcess.DEFAULT_ENERGY_MIN),
                parameter(exactSpec, "thetamin", ThreePhotonProcess.DEFAULT_THETA_MIN_DEG));
        return new ThreePhotonMatching(exact, region, leadingLog);
    }

    /** Whether the events of {@code sample} inside {@link #region()} are to be dropped. */
    public boolean vetoes(SampleSpec sample) {
        return sample.name().equals(leadingLogSample);
    }

    private static SampleSpec find(List<SampleSpec> samples, String name, ConfigNode n, String key) {
        return samples.stream()
                .filter(x -> x.name().equals(name))
                .findFirst()
                .orElseThrow(() -> n.error(key, "no background sample named '" + name + "'"));
    }

    private static double parameter(SampleSpec spec, String name, double fallback) {
        String v = spec.parameters().get(name);
        return v == null ? fallback : Double.parseDouble(v);
    }
}
