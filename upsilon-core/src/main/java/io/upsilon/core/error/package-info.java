/** Typed errors shared by all modules; the command line maps {@link io.upsilon.core.error.InputException} to exit status 2. */
package io.upsilon.core.error;
