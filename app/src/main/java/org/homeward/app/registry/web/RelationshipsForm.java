package org.homeward.app.registry.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.homeward.app.registry.Family;
import org.homeward.app.registry.RelationStatement;
import org.homeward.kinship.Sex;

/**
 * The correction of a family's relationships: one row per member, as the family's page lists them,
 * with the family's version it was based on. Empty words make the member the one the pedigree
 * starts from.
 */
record RelationshipsForm(@NotNull Integer version, @NotNull List<@Valid @NotNull Row> statements) {

    /** One member's stated relationship: "{@code member} is the {@code words} of {@code of}". */
    record Row(@NotNull @Size(max = 20) String member, @Size(max = 100) String words, @Size(max = 20) String of, Sex sex) {
    }

    /** The fields a browser may post (the rows by index); anything else is ignored by the binder. */
    static final String[] FIELDS = {"version", "statements[*].member", "statements[*].words", "statements[*].of", "statements[*].sex"};

    /** The form holding the family's relationships as they stand: missing persons first, then relatives. */
    static RelationshipsForm of(Family family) {
        List<Row> rows = new java.util.ArrayList<>();
        family.missingPersons().forEach(p -> rows.add(new Row(p.id(), p.relationWords(), p.relationOf(), p.sex())));
        family.relatives().forEach(r -> rows.add(new Row(r.id(), r.relationWords(), r.relationOf(), r.sex())));
        return new RelationshipsForm(family.version(), rows);
    }

    /** The statements to save: empty words state the member the pedigree starts from ("-"). */
    List<RelationStatement> corrections() {
        return statements.stream().map(r -> blank(r.words()) ? new RelationStatement(r.member(), "-", "-", r.sex())
                : new RelationStatement(r.member(), r.words(), r.of(), r.sex())).toList();
    }

    /** The statements as typed, to preview the pedigree they would give (empty words: the starting person). */
    List<RelationStatement> preview() {
        return statements.stream().map(r -> blank(r.words()) ? new RelationStatement(r.member(), null, null, r.sex())
                : new RelationStatement(r.member(), r.words(), r.of(), r.sex())).toList();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
