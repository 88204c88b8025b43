package org.homeward.formats;

import org.homeward.kinship.Profile;
import org.homeward.kinship.Sex;

/** A profile of remains (a victim, a body part) and its sex as the file gives it (UNKNOWN when it does not). */
public record RemainsSample(Profile profile, Sex sex) { }
