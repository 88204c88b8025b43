package org.homeward.app.remains;

import org.homeward.kinship.Profile;
import org.homeward.kinship.Sex;

/**
 * The DNA profile of a sample of remains, under its sample code only: what identification screens
 * against the families' references. {@code profile.id()} is the sample code.
 */
public record RemainsProfile(String sampleCode, Sex sex, Profile profile) {
}
