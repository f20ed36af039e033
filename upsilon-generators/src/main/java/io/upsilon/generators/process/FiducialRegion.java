package io.upsilon.generators.process;

import io.upsilon.core.event.EventBuffer;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A named generator-level selection in the lab frame, e.g. the Belle II reference selections of the
 * Physics Book cross-section table, arXiv:1808.10567 ("p_mu &gt; 0.5 GeV in CDC"), for quoting
 * fiducial cross sections next to total ones.
 *
 * @param name short name used in outputs
 * @param description what it selects, with the source of its numbers
 * @param accepts the selection applied to a generated event
 */
public record FiducialRegion(String name, String description, Predicate<EventBuffer> accepts) {
    public FiducialRegion {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(accepts, "accepts");
    }
}
