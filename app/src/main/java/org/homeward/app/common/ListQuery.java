package org.homeward.app.common;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

/**
 * What a list is asked for: which page (from 1) of how many rows, sorted by which of the list's
 * columns (a key the list's store knows, or null for its default order), and the filters. Built at
 * the door from a validated request; the store maps the sort key through its own allow-list.
 */
public record ListQuery(int page, int size, String sort, boolean descending, Filter filter) {

    /** The filters every list understands a subset of; null means "not filtered by this". */
    public record Filter(String text, String status, LocalDate from, LocalDate to, String transfer, String family,
                         String actor, String action) {

        public static final Filter NONE = new Filter(null, null, null, null, null, null, null, null);

        /** The status filter as a value of {@code type}; null when not given, refused when not one of its values. */
        public <E extends Enum<E>> E status(Class<E> type) {
            try {
                return status == null ? null : Enum.valueOf(type, status);
            } catch (IllegalArgumentException e) {
                throw new InputRefusedException("status", "is not one of " + Arrays.toString(type.getEnumConstants()));
            }
        }

        /** The transfer filter as the ledger's transfer id; null when not given. */
        public UUID transferUuid() {
            try {
                return transfer == null ? null : UUID.fromString(transfer.strip());
            } catch (IllegalArgumentException e) {
                throw new InputRefusedException("transfer", "is not a transfer id");
            }
        }

        /** The family filter as a registry family number, for the lists whose families are numbered; null when not given. */
        public Long familyNumber() {
            try {
                return family == null ? null : Long.valueOf(family.strip());
            } catch (NumberFormatException e) {
                throw new InputRefusedException("family", "is not a family number");
            }
        }
    }

    public ListQuery {
        if (page < 1 || size < 1) {
            throw new IllegalArgumentException("page and size start at 1");
        }
        filter = filter == null ? Filter.NONE : filter;
    }

    /** The first page of {@code size} rows in the list's default order, unfiltered. */
    public static ListQuery first(int size) {
        return new ListQuery(1, size, null, false, Filter.NONE);
    }

    /** The same order and filters, from the first row, up to {@code rows} rows: what an export takes. */
    public ListQuery everything(int rows) {
        return new ListQuery(1, rows, sort, descending, filter);
    }

    public long offset() {
        return (long) (page - 1) * size;
    }
}
