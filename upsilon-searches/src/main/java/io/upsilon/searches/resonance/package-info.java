/**
 * What the resonance searches in four-track events share (x-mumu: X -&gt; mu mu in e+e- -&gt; mu+ mu- X;
 * x-tautau: X -&gt; tau tau recoiling against mu+ mu-): the configuration, the opposite-sign pairs and
 * their candidate masses, the mass-window counting with resolution-sized windows and CLs limits, the
 * classifier stage per mass region, the published reach and the report.
 */
package io.upsilon.searches.resonance;
