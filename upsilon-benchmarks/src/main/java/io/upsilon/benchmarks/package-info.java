/** JMH benchmarks of Upsilon's hot paths. */
package io.upsilon.benchmarks;
