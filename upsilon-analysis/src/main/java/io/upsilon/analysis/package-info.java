/** Analysis layer: particle lists, variables, selections, searches, outputs. */
package io.upsilon.analysis;
