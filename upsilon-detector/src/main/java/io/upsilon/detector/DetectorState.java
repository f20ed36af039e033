package io.upsilon.detector;

import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.kinematics.Norms;
import java.util.Arrays;

/**
 * The working record of one event inside the fast-simulation chain: the generated event (an
 * {@link EventBuffer}, read-only) and growable primitive arrays for the tracks, ECL clusters, KLM
 * clusters and trigger bits the modules produce. Reused from event to event: {@link
 * #reset(EventBuffer)} clears it without allocating. Not thread-safe.
 */
public final class DetectorState {
    EventBuffer gen;

    // tracks
    int nTracks;
    int[] trackTruth = new int[8];
    int[] trackCharge = new int[8];
    /** Species used for the PID response (fakes respond as pions). */
    Species[] trackSpecies = new Species[8];

    double[] trackP = new double[3 * 8];
    double[] trackD0 = new double[8];
    double[] trackZ0 = new double[8];
    /** Measured point of each track near its production point (x, y, z), cm. */
    double[] trackPos = new double[3 * 8];

    int[] trackCluster = new int[8];
    int[] trackKlmLayers = new int[8];
    double[] trackPid = new double[Species.COUNT * 8];

    // ECL clusters
    int nClusters;
    double[] clusterE = new double[8];
    double[] clusterTheta = new double[8];
    double[] clusterPhi = new double[8];
    int[] clusterRegion = new int[8];
    double[] clusterHits = new double[8];
    double[] clusterTime = new double[8];
    int[] clusterTrack = new int[8];
    int[] clusterTruth = new int[8];

    // KLM clusters
    int nKlm;
    double[] klmTheta = new double[4];
    double[] klmPhi = new double[4];
    int[] klmLayers = new int[4];
    int[] klmTruth = new int[4];

    /** Generated particle index → reconstructed track index (-1 if none). */
    int[] truthToTrack = new int[16];

    /**
     * Polar and azimuthal angles of the generated particles, computed on first use (NaN: not yet):
     * tracking, ECL and KLM all need them for the same particle, and atan2 was a fifth of the
     * simulation's time (JFR profile of the zprime-invisible job). Same expressions, same values.
     */
    private double[] genTheta = new double[16];

    private double[] genPhi = new double[16];

    int triggerBits;

    /** Final-state particles of this event no module could simulate (see {@link ParticleFate}). */
    int nUnhandled;

    /** Starts a new event. */
    public void reset(EventBuffer event) {
        this.gen = event;
        nTracks = 0;
        nClusters = 0;
        nKlm = 0;
        triggerBits = 0;
        nUnhandled = 0;
        int n = event.size();
        if (truthToTrack.length < n) {
            int c = Math.max(n, 2 * truthToTrack.length);
            truthToTrack = new int[c];
            genTheta = new double[c];
            genPhi = new double[c];
        }
        Arrays.fill(truthToTrack, 0, n, -1);
        Arrays.fill(genTheta, 0, n, Double.NaN);
        Arrays.fill(genPhi, 0, n, Double.NaN);
    }

    /** Polar angle of generated particle {@code i} in the lab, atan2(p_T, p_z). */
    double genTheta(int i) {
        double t = genTheta[i];
        if (t != t) {
            t = Math.atan2(Norms.hypot(gen.px(i), gen.py(i)), gen.pz(i));
            genTheta[i] = t;
        }
        return t;
    }

    /** Azimuth of generated particle {@code i} in the lab, atan2(p_y, p_x). */
    double genPhi(int i) {
        double f = genPhi[i];
        if (f != f) {
            f = Math.atan2(gen.py(i), gen.px(i));
            genPhi[i] = f;
        }
        return f;
    }

    /** The generated event being simulated. */
    public EventBuffer generated() {
        return gen;
    }

    /** Number of reconstructed tracks so far. */
    public int trackCount() {
        return nTracks;
    }

    /** Number of ECL clusters so far. */
    public int clusterCount() {
        return nClusters;
    }

    /** Number of neutral KLM clusters so far. */
    public int klmClusterCount() {
        return nKlm;
    }

    /**
     * Number of final-state particles of this event that the simulation cannot handle (e.g. an
     * undecayed K_S0 or Sigma+ left by a generator without a decay engine): counted, not silently
     * dropped; {@link SimulationRun#unhandledParticles()} keeps the totals per PDG id.
     */
    public int unhandledCount() {
        return nUnhandled;
    }

    /** The trigger bits set so far. */
    public int triggerBits() {
        return triggerBits;
    }

    /** Appends a track and returns its index; momentum components in GeV. */
    int addTrack(int truth, int charge, Species species, double px, double py, double pz, double d0, double z0) {
        int i = nTracks;
        if (i == trackTruth.length) {
            int c = 2 * i;
            trackTruth = Arrays.copyOf(trackTruth, c);
            trackCharge = Arrays.copyOf(trackCharge, c);
            trackSpecies = Arrays.copyOf(trackSpecies, c);
            trackP = Arrays.copyOf(trackP, 3 * c);
            trackD0 = Arrays.copyOf(trackD0, c);
            trackZ0 = Arrays.copyOf(trackZ0, c);
            trackPos = Arrays.copyOf(trackPos, 3 * c);
            trackCluster = Arrays.copyOf(trackCluster, c);
            trackKlmLayers = Arrays.copyOf(trackKlmLayers, c);
            trackPid = Arrays.copyOf(trackPid, Species.COUNT * c);
        }
        trackTruth[i] = truth;
        trackCharge[i] = charge;
        trackSpecies[i] = species;
        trackP[3 * i] = px;
        trackP[3 * i + 1] = py;
        trackP[3 * i + 2] = pz;
        trackD0[i] = d0;
        trackZ0[i] = z0;
        // Default position: the point of closest approach of the straight track to the z axis.
        double pt = Math.hypot(px, py);
        trackPos[3 * i] = pt > 0 ? d0 * py / pt : 0;
        trackPos[3 * i + 1] = pt > 0 ? -d0 * px / pt : 0;
        trackPos[3 * i + 2] = z0;
        trackCluster[i] = -1;
        trackKlmLayers[i] = 0;
        for (int k = 0; k < Species.COUNT; k++) {
            trackPid[Species.COUNT * i + k] = 1.0 / Species.COUNT;
        }
        if (truth >= 0) {
            truthToTrack[truth] = i;
        }
        nTracks++;
        return i;
    }

    /** Sets the measured point of track {@code t} near its production point, cm. */
    void setTrackPosition(int t, double x, double y, double z) {
        trackPos[3 * t] = x;
        trackPos[3 * t + 1] = y;
        trackPos[3 * t + 2] = z;
    }

    /** Appends an ECL cluster and returns its index. */
    int addCluster(double e, double theta, double phi, int region, double hits, double time, int track, int truth) {
        int i = nClusters;
        if (i == clusterE.length) {
            int c = 2 * i;
            clusterE = Arrays.copyOf(clusterE, c);
            clusterTheta = Arrays.copyOf(clusterTheta, c);
            clusterPhi = Arrays.copyOf(clusterPhi, c);
            clusterRegion = Arrays.copyOf(clusterRegion, c);
            clusterHits = Arrays.copyOf(clusterHits, c);
            clusterTime = Arrays.copyOf(clusterTime, c);
            clusterTrack = Arrays.copyOf(clusterTrack, c);
            clusterTruth = Arrays.copyOf(clusterTruth, c);
        }
        clusterE[i] = e;
        clusterTheta[i] = theta;
        clusterPhi[i] = phi;
        clusterRegion[i] = region;
        clusterHits[i] = hits;
        clusterTime[i] = time;
        clusterTrack[i] = track;
        clusterTruth[i] = truth;
        if (track >= 0) {
            trackCluster[track] = i;
        }
        nClusters++;
        return i;
    }

    /** Appends a neutral KLM cluster and returns its index. */
    int addKlmCluster(double theta, double phi, int layers, int truth) {
        int i = nKlm;
        if (i == klmTheta.length) {
            int c = 2 * i;
            klmTheta = Arrays.copyOf(klmTheta, c);
            klmPhi = Arrays.copyOf(klmPhi, c);
            klmLayers = Arrays.copyOf(klmLayers, c);
            klmTruth = Arrays.copyOf(klmTruth, c);
        }
        klmTheta[i] = theta;
        klmPhi[i] = phi;
        klmLayers[i] = layers;
        klmTruth[i] = truth;
        nKlm++;
        return i;
    }
}
