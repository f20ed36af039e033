/**
 * Reading configuration files (detector cards, analysis configurations): {@link
 * io.upsilon.core.config.ConfigNode} gives typed, range-checked access by YAML path and rejects
 * unknown keys, so every error names the file, the path and what was expected.
 */
package io.upsilon.core.config;
