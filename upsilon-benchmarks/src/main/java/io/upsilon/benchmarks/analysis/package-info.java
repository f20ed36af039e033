/** JMH benchmarks of the analysis layer: BDT training and scoring. */
package io.upsilon.benchmarks.analysis;
