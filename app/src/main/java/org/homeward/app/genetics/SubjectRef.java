package org.homeward.app.genetics;

/** What a sample code belongs to: a kind ({@code "remains"}, {@code "relative"}) and that feature's id. */
public record SubjectRef(String kind, String id) {
}
