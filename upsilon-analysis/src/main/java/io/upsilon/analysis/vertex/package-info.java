/**
 * Vertices of reconstructed candidates: the least-squares vertex of N straight tracks with the
 * detector card's impact-parameter resolution ({@link io.upsilon.analysis.vertex.VertexFitter}),
 * the tag-side vertex of a B candidate's rest of event with a beam-spot constraint ({@link
 * io.upsilon.analysis.vertex.TagVertex}), and the proper-time difference Delta t between the two B
 * decays ({@link io.upsilon.analysis.vertex.DeltaT}).
 */
package io.upsilon.analysis.vertex;
