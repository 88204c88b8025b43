package org.homeward.app.remains;

/** What a DNA sample was taken from. */
public enum SampleMaterial {
    BONE,
    TOOTH,
    TISSUE,
    OTHER
}
