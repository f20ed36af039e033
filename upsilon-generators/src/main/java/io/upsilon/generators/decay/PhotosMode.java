package io.upsilon.generators.decay;

/**
 * The global PHOTOS keyword of a DEC file ({@code yesPhotos}, {@code noPhotos}, {@code
 * normalPhotos}; EvtGen's default is normal: PHOTOS only on lines that say {@code PHOTOS}).
 * Upsilon has no PHOTOS: the keyword is read and kept so that a table reads unchanged, but no
 * final-state radiation is added to hadron decays.
 */
public enum PhotosMode {
    /** {@code yesPhotos}: PHOTOS on every channel. */
    YES,
    /** {@code noPhotos}: PHOTOS on no channel. */
    NO,
    /** {@code normalPhotos} (the default): PHOTOS on the channels marked {@code PHOTOS}. */
    NORMAL
}
