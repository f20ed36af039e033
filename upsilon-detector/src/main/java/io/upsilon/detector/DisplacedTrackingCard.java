package io.upsilon.detector;

/**
 * The {@code tracking.displaced} block of the detector card: how the track-finding efficiency
 * falls with the transverse radius of the particle's production point (lengths in cm).
 *
 * <p>The model: a particle produced inside the first PXD layer has every silicon hit and the
 * prompt efficiency; between the first PXD layer and the outer SVD layer it loses silicon hits and
 * its efficiency falls linearly to {@code vxdEdgeEfficiency}; beyond that it is found by the CDC
 * alone, with an efficiency proportional to the number of CDC layers it still crosses above the
 * minimum a track needs, {@code (layersLeft - minCdcLayers) / (cdcLayers - minCdcLayers)} times the
 * value at the SVD edge, with {@code layersLeft = cdcLayers (cdcOuterRadius - r) / (cdcOuterRadius -
 * cdcInnerRadius)} (layers evenly spread in radius). No track is found beyond the CDC's outer
 * radius, nor where fewer than {@code minCdcLayers} layers remain.
 *
 * @param promptRadius radius below which the efficiency is the prompt one (the first PXD layer)
 * @param vxdOuterRadius outer radius of the vertex detector (the last SVD layer)
 * @param vxdEdgeEfficiency relative efficiency of a track produced at {@code vxdOuterRadius}
 * @param cdcInnerRadius inner radius of the CDC
 * @param cdcOuterRadius outer radius of the CDC
 * @param cdcLayers number of CDC sense-wire layers
 * @param minCdcLayers fewest CDC layers a track must cross to be found
 */
public record DisplacedTrackingCard(
        double promptRadius,
        double vxdOuterRadius,
        double vxdEdgeEfficiency,
        double cdcInnerRadius,
        double cdcOuterRadius,
        int cdcLayers,
        int minCdcLayers) {

    /** Validates the ordering of the radii and the layer counts. */
    public DisplacedTrackingCard {
        if (!(promptRadius >= 0
                && vxdOuterRadius >= promptRadius
                && cdcInnerRadius >= vxdOuterRadius
                && cdcOuterRadius > cdcInnerRadius)) {
            throw new IllegalArgumentException("expected 0 <= promptRadius <= vxdOuterRadius <= cdcInnerRadius"
                    + " < cdcOuterRadius, got " + promptRadius + ", " + vxdOuterRadius + ", " + cdcInnerRadius
                    + ", " + cdcOuterRadius);
        }
        if (!(vxdEdgeEfficiency >= 0 && vxdEdgeEfficiency <= 1)) {
            throw new IllegalArgumentException("vxdEdgeEfficiency must be in [0, 1], got " + vxdEdgeEfficiency);
        }
        if (cdcLayers < 1 || minCdcLayers < 0 || minCdcLayers >= cdcLayers) {
            throw new IllegalArgumentException(
                    "expected 0 <= minCdcLayers < cdcLayers, got " + minCdcLayers + ", " + cdcLayers);
        }
    }

    /**
     * Relative track-finding efficiency (multiplying the prompt efficiency) of a particle produced
     * at transverse radius {@code r}: exactly 1 inside {@code promptRadius}, 0 beyond the CDC.
     */
    public double relativeEfficiency(double r) {
        if (r <= promptRadius) {
            return 1.0;
        }
        if (r >= cdcOuterRadius) {
            return 0.0;
        }
        if (r <= vxdOuterRadius) {
            double f = (r - promptRadius) / (vxdOuterRadius - promptRadius);
            return 1.0 - (1.0 - vxdEdgeEfficiency) * f;
        }
        double inCdc = Math.max(r, cdcInnerRadius);
        double layersLeft = cdcLayers * (cdcOuterRadius - inCdc) / (cdcOuterRadius - cdcInnerRadius);
        double f = (layersLeft - minCdcLayers) / (cdcLayers - minCdcLayers);
        return vxdEdgeEfficiency * Math.max(0.0, Math.min(1.0, f));
    }
}
