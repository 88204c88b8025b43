package org.homeward.app.ledger;

/**
 * A claim without a figure with what shows it honestly: the sentence, who said it (the party it
 * speaks for, or unnamed officials) and the source.
 *
 * @param speaker the party that made the statement; null when the source speaks for itself
 */
public record QualitativeClaimView(QualitativeClaim claim, Statement statement, Party speaker, Source source) {
}
