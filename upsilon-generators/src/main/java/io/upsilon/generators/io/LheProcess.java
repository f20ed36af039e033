package io.upsilon.generators.io;

/**
 * One process line of an LHE {@code <init>} block (Les Houches accord, units as in the file).
 *
 * @param xsecPb XSECUP, the process's cross section in pb
 * @param xsecErrorPb XERRUP, its statistical error in pb
 * @param maxWeight XMAXUP, the maximum event weight
 * @param id LPRUP, the process id that events refer to through IDPRUP
 */
public record LheProcess(double xsecPb, double xsecErrorPb, double maxWeight, int id) {}
