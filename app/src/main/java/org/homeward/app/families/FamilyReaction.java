package org.homeward.app.families;

/** How the family received the news, as the liaison officer records it. */
public enum FamilyReaction {
    /** The family accepts the identification. */
    ACCEPTED,
    /** The family accepts it and asked questions to be answered (see the note). */
    ACCEPTED_WITH_QUESTIONS,
    /** The family disputes the identification and asks for a further examination (see the note). */
    DISPUTED
}
