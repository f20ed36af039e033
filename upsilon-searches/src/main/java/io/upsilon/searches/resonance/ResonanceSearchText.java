package io.upsilon.searches.resonance;

import java.util.List;
import java.util.Map;

/**
 * The words and names that make the outputs of a resonance search its own (everything else of {@link
 * ResonanceReport} is shared).
 *
 * @param title the search's short title (cut flow, report)
 * @param description one line naming the published analysis
 * @param workspacePrefix prefix of the workspace names (xmumu, xtautau)
 * @param pairFeatures the per-pair features the selection stores (classifier inputs), in order
 * @param sigmaText the limited quantity in plain text, e.g. "sigma(e+e- -&gt; mu+mu-X) x BR(X -&gt; mu mu)"
 * @param sigmaAxis the same as a plot axis label with the unit
 * @param hepdataSigma the quantity in HEPData descriptions
 * @param hepdataReaction the HEPData reaction keyword
 * @param hepdataSubmission the HEPData submission's comment
 * @param massPlotName file name (without .png) of the candidate-mass plot
 * @param massPlotCaption its caption in the report
 * @param massAxis its x-axis label (the unit GeV/c^2 is added)
 * @param massPlotLine its extra label line
 * @param generatedText the cut flow's first row for the signal
 * @param notSimulated the backgrounds the cut flow says are not simulated
 * @param published the published reach per model name (models without one are absent)
 */
public record ResonanceSearchText(
        String title,
        String description,
        String workspacePrefix,
        List<String> pairFeatures,
        String sigmaText,
        String sigmaAxis,
        String hepdataSigma,
        String hepdataReaction,
        String hepdataSubmission,
        String massPlotName,
        String massPlotCaption,
        String massAxis,
        String massPlotLine,
        String generatedText,
        String notSimulated,
        Map<String, PublishedReach> published) {
    /** Copies. */
    public ResonanceSearchText {
        pairFeatures = List.copyOf(pairFeatures);
        published = Map.copyOf(published);
    }

    /** Features stored per selected event: one candidate mass per pair, then each pair's features. */
    public int eventFeatures() {
        return OppositeSignPairs.eventFeatures(pairFeatures.size());
    }
}
