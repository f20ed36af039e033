/** Jobs split into partitions, executors that run them and merge the results in order. */
package io.upsilon.core.exec;
