/**
 * A small numerical tree-level helicity-amplitude engine: Dirac spinors of definite helicity,
 * gamma matrices in the chiral (Weyl) representation, slashed vectors, vector-boson polarisation
 * vectors and propagators, all on primitive {@code double[]} arrays so that amplitudes can be
 * evaluated allocation-free inside generator loops.
 *
 * <p>Layouts (one for each kind of object, used everywhere in this package):
 *
 * <ul>
 *   <li>real four-momentum: {@code (px, py, pz, E)} at an offset, the project-wide layout of
 *       {@code EventBuffer};
 *   <li>complex four-vector (currents, polarisation vectors): {@code double[8]}, contravariant
 *       components mu = 0 (time), 1, 2, 3 (x, y, z), real part at {@code 2 mu}, imaginary at
 *       {@code 2 mu + 1}; metric (+, -, -, -);
 *   <li>Dirac spinor, column or barred row: {@code double[8]}, components a = 0..3 with real part
 *       at {@code 2a}, imaginary at {@code 2a + 1}; chiral representation, components 0, 1 the
 *       left-handed and 2, 3 the right-handed Weyl spinor;
 *   <li>4x4 complex matrix (tests only): {@code double[32]}, row-major, (re, im) pairs.
 * </ul>
 *
 * Amplitudes built with it are correct up to a global phase per process (factors of i from
 * vertices and propagators are dropped consistently), which is all that summed |M|^2 needs. The
 * amplitudes: e+e- -&gt; f fbar V ({@code EeFfVectorAmplitude}), e+e- -&gt; f fbar S with a Yukawa scalar
 * ({@code EeFfScalarAmplitude}; both are {@code RadiatedBosonAmplitude}s), e+e- -&gt; V V' ({@code
 * EeVectorPairAmplitude}), e+e- -&gt; gamma gamma gamma with the six photon orderings ({@code
 * EeThreePhotonAmplitude}), e+e- -&gt; l+ l- l'+ l'- with every QED diagram ({@code
 * EeFourLeptonAmplitude}), e+e- -&gt; f fbar gamma with initial- and final-state emission and their
 * interference, masses kept ({@code EeFfGammaAmplitude}), and radiative Bhabha scattering e+e- -&gt;
 * e+e- gamma with its eight s- and t-channel diagrams ({@code EeEeGammaAmplitude}).
 */
package io.upsilon.generators.amplitude;
