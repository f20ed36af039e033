/**
 * Hadronic form factors of rare B decays, b -&gt; s transitions: B -&gt; K ({@link
 * io.upsilon.generators.decay.formfactor.BToKFormFactors}: f+, f0, fT) and B -&gt; K* ({@link
 * io.upsilon.generators.decay.formfactor.BToKstarFormFactors}: V, A0, A1, A12, T1, T2, T23), each
 * with the published fit it takes its numbers from. Used by the signal decay models of the decay
 * engine and by reinterpretations that reweight them.
 */
package io.upsilon.generators.decay.formfactor;
