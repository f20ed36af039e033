/** SuperKEKB beam presets with crossing angle and energy spread; CM and lab frames. */
package io.upsilon.core.beam;
