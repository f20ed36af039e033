/** The generated-event model: particles, mother/daughter links, vertices, weights. */
package io.upsilon.core.event;
