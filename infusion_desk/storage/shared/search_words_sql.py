"""How a shared folder's search indexes make words of a text (part of revision 0007, with
``search_sql``).

Words are made as FTS5's ``unicode61 remove_diacritics 2`` tokenizer makes them, not as
PostgreSQL's parser does (which keeps ``7QW2-HJ4-XK19``, ``a@b.org`` or ``3.5`` whole, beside
their parts): ``infusion_desk_words`` puts the text in NFC, lower-cases it, turns every run of
characters that are not letters or digits into one space, and takes accents off (``unaccent``);
the ``simple`` configuration (no stemming, no stop words) then only splits at the spaces. Letters
and digits are told by ICU (collation ``und-x-icu``) when the server has it, so that a server set
up with the C locale still reads "José" or "Привет" as one word each.

Known differences from FTS5, all about text few letters hold: a word of more than 2,047
characters is not indexed; past 16,383 words of one record's text (and 256 times one word) a
``tsvector`` keeps no more places, so a typed chunk that is a phrase ("REF-88231") cannot be
told there from its words found apart: in such a long record (``infusion_desk_places_run_out``)
the words of a phrase are found anywhere (a hit more, never one less); a record whose words
would not fit a ``tsvector`` (1 MB) is indexed from the start of its text only.

This module is part of revision 0007: like a revision file it is frozen.
"""

from __future__ import annotations

UNACCENT = """
CREATE OR REPLACE FUNCTION infusion_desk_unaccent(value text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, value) $$
"""

# Made by a DO block: the collation letters and digits are told by depends on the server. (No
# colon before a word and no per cent sign anywhere in these statements: they are run through
# SQLAlchemy's ``text()``, which would read them as parameters.) ``\w`` is a letter, a digit
# or "_", which FTS5 does not take as part of a word.
WORDS = r"""
DO $do$
DECLARE
  told_by text := '';
BEGIN
  IF EXISTS (SELECT 1 FROM pg_collation WHERE collname = 'und-x-icu') THEN
    told_by := ' COLLATE "und-x-icu"';
  END IF;
  EXECUTE replace($f$
    CREATE OR REPLACE FUNCTION infusion_desk_words(value text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $body$ SELECT infusion_desk_unaccent(regexp_replace(
        lower(normalize(value, NFC) TOLD_BY), '([^\w\u0300-\u036f]|_)+', ' ', 'g')) $body$
  $f$, 'TOLD_BY', told_by);
END
$do$
"""

SEARCH_VECTOR = """
CREATE OR REPLACE FUNCTION infusion_desk_search_vector(title text, body text) RETURNS tsvector
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
AS $$
DECLARE
  kept integer := length(coalesce(body, ''));
BEGIN
  LOOP
    BEGIN
      -- '|' (never a word) keeps a phrase from running on from the title into the text
      RETURN setweight(to_tsvector('simple'::regconfig,
                                   infusion_desk_words(coalesce(title, ''))), 'A')
          || (quote_literal('|') || chr(58) || '1')::tsvector
          || setweight(to_tsvector('simple'::regconfig,
                                   infusion_desk_words(left(coalesce(body, ''), kept))), 'D');
    EXCEPTION WHEN program_limit_exceeded THEN
      IF kept < 1000 THEN
        RAISE;
      END IF;
      kept := kept / 2;  -- too many words for one tsvector: the start of the text
    END;
  END LOOP;
END
$$
"""

PAGE_VECTOR = """
CREATE OR REPLACE FUNCTION infusion_desk_page_vector(body text) RETURNS tsvector
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
AS $$
DECLARE
  kept integer := length(coalesce(body, ''));
BEGIN
  LOOP
    BEGIN
      RETURN to_tsvector('simple'::regconfig, infusion_desk_words(left(coalesce(body, ''), kept)));
    EXCEPTION WHEN program_limit_exceeded THEN
      IF kept < 1000 THEN
        RAISE;
      END IF;
      kept := kept / 2;
    END;
  END LOOP;
END
$$
"""

# Whether a tsvector ran out of places (16,383 is the last a word can have): its phrases are
# then looked for as words found anywhere. (A word's places are kept in order: its last is
# its greatest.)
PLACES_RUN_OUT = """
CREATE OR REPLACE FUNCTION infusion_desk_places_run_out(words tsvector) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT coalesce(max(u.positions[cardinality(u.positions)]), 0) >= 16383
      FROM unnest(words) AS u $$
"""
