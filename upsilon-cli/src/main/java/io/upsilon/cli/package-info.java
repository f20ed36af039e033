/** The upsilon command line. */
package io.upsilon.cli;
