package org.homeward.formats;

/** The file formats Homeward recognises by their content. */
public enum FormatKind {
    FAMILIAS,
    GENEMAPPER_WIDE,
    GENEMAPPER_TALL,
    CODIS_CMF,
    NORSTR_FREQUENCIES,
    CSV_FREQUENCIES,
    KINSHIP_CASE_JSON,
    FAMILY_TABLE,
    UNKNOWN
}
