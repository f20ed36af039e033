/** Physical constants and unit conversions (GeV, cm, ns, nb, fb^-1; c = 1). */
package io.upsilon.core.units;
