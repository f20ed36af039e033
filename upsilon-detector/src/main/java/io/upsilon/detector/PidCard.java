package io.upsilon.detector;

/**
 * The {@code pid} block of the detector card.
 *
 * @param muon muonID
 * @param electron electronID
 * @param kaon kaonID
 */
public record PidCard(PidHypothesisCard muon, PidHypothesisCard electron, PidHypothesisCard kaon) {}
