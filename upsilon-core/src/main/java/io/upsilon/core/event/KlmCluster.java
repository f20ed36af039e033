package io.upsilon.core.event;

/**
 * A neutral KLM cluster (a K_L0 candidate), lab frame.
 *
 * @param index position in {@link RecoEvent#klmClusters()}
 * @param theta polar angle, rad
 * @param phi azimuth, rad
 * @param layers number of layers hit
 * @param truthIndex index of the generated particle that made it, -1 for background
 */
public record KlmCluster(int index, double theta, double phi, int layers, int truthIndex) {}
