/**
 * JMH benchmarks of the statistics engine: NLL+gradient evaluation, one MLE fit, one asymptotic
 * hypotest and one upper limit, on a generated ~200-parameter workspace and on the ATLAS sbottom
 * RegionA likelihood with signal patch 1300_205_60 (read from the shared directory when present).
 */
package io.upsilon.benchmarks.stats;
