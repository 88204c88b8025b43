-- Text search for the paged lists (issue 17): trigram indexes over one search text per list.
-- pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The text a list searches: lower case (by Unicode rules, pg_c_utf8, whatever the database's locale)
-- with Cyrillic letters in Latin (Ukrainian KMU 2010 letters, Russian ы э ё ъ too; soft sign and
-- apostrophes dropped). The database runs in the C locale, where pg_trgm sees only ASCII letters and
-- digits as word characters: keyed like this, its indexes cover names in both scripts, and a search
-- typed in either script finds the other ("ivan" finds "Іван"). Java builds the indexed expressions
-- with org.homeward.app.common.PagedSql.searchable; an index here must spell its expression the same.
CREATE FUNCTION search_text(value text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN translate(
        replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
            lower(value COLLATE pg_c_utf8),
            'щ', 'shch'), 'ш', 'sh'), 'ч', 'ch'), 'ц', 'ts'), 'х', 'kh'), 'ж', 'zh'),
            'є', 'ie'), 'ю', 'iu'), 'я', 'ia'), 'ё', 'io'), 'ї', 'i'),
        'абвгґдезиійклмнопрстуфыэьъ''’ʼ',
        'abvhgdezyiiklmnoprstufye');

CREATE INDEX audit_event_search ON audit_event
    USING gin (search_text(coalesce(actor, '') || ' ' || coalesce(action, '') || ' ' || coalesce(subject, '')) gin_trgm_ops);

CREATE INDEX identification_candidate_search ON identification_candidate
    USING gin (search_text(coalesce(body_number, '') || ' ' || coalesce(sample_code, '') || ' ' || coalesce(family_id, '')
        || ' ' || coalesce(missing_person_id, '')) gin_trgm_ops);

CREATE INDEX remains_bag_search ON remains_bag
    USING gin (search_text(coalesce(bag_number, '') || ' ' || coalesce(other_label, '') || ' ' || coalesce(claimed_place, '')
        || ' ' || coalesce(notes, '')) gin_trgm_ops);

-- The registry's own name key (Java's Transliteration.searchKey, stored per person) searched by word.
CREATE INDEX registry_missing_person_search_trgm ON registry_missing_person USING gin ((' ' || search_key) gin_trgm_ops);
