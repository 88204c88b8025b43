package org.homeward.app.remains;

/** The kind of a personal effect found with remains. */
public enum EffectCategory {
    DOCUMENT,
    IDENTITY_TAG,
    INSIGNIA,
    CLOTHING,
    JEWELLERY,
    PHONE,
    PHOTOGRAPH,
    RELIGIOUS_ITEM,
    OTHER
}
