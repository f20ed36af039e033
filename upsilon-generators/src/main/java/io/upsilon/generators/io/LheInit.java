package io.upsilon.generators.io;

import java.util.List;

/**
 * The {@code <init>} block of a Les Houches Event file: the two beams, their PDFs, the weighting
 * strategy and the processes.
 *
 * @param beamId1 IDBMUP(1), PDG id of the beam along +z
 * @param beamId2 IDBMUP(2), PDG id of the beam along -z
 * @param beamEnergy1 EBMUP(1), GeV
 * @param beamEnergy2 EBMUP(2), GeV
 * @param pdfGroup1 PDFGUP(1)
 * @param pdfGroup2 PDFGUP(2)
 * @param pdfSet1 PDFSUP(1)
 * @param pdfSet2 PDFSUP(2)
 * @param weightingStrategy IDWTUP (+-1 .. +-4)
 * @param processes one entry per process line (NPRUP of them)
 */
public record LheInit(
        int beamId1,
        int beamId2,
        double beamEnergy1,
        double beamEnergy2,
        int pdfGroup1,
        int pdfGroup2,
        int pdfSet1,
        int pdfSet2,
        int weightingStrategy,
        List<LheProcess> processes) {
    /** Relative tolerance on the beam energies for calling the beams symmetric. */
    static final double SYMMETRIC_TOLERANCE = 1e-9;

    public LheInit {
        processes = List.copyOf(processes);
    }

    /** Total centre-of-mass energy of the two beams, assuming they collide head-on. */
    public double sqrtS() {
        return beamEnergy1 + beamEnergy2;
    }

    /**
     * True when the beams have equal energies (within a relative 1e-9), i.e. the events are in the
     * centre-of-mass frame, as MadGraph writes them for e+e- collisions unless told otherwise.
     */
    public boolean symmetricBeams() {
        return Math.abs(beamEnergy1 - beamEnergy2) <= SYMMETRIC_TOLERANCE * Math.max(beamEnergy1, beamEnergy2);
    }

    /** Sum of the process cross sections in pb. */
    public double totalXsecPb() {
        double s = 0;
        for (LheProcess p : processes) {
            s += p.xsecPb();
        }
        return s;
    }
}
