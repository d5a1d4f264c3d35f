-- Case search (module search): free text over report titles and summaries, Japanese included, and saved searches.
--
-- Japanese is written without spaces, so neither the default full-text parser nor word-based trigram matching
-- finds a word inside a sentence; pg_trgm also ignores characters that the database's locale does not call
-- alphanumeric (all of Japanese under the C locale) and cannot use its index for one- or two-character words,
-- which are common in Japanese (攻撃, 漏洩). Instead each document is indexed as the set of its characters and
-- pairs of adjacent characters (uni- and bigrams) after NFKC folding (full-width Ａ → a, half-width ｶ → カ) and
-- lower-casing. A search term's bigrams (its one character, if it has only one) must all be in a report's set,
-- which the GIN index answers; strpos on the folded text then keeps only reports that hold the term itself.
-- Everything here depends on the text only, never on the locale, so it behaves the same on every database.

create function search_fold(document text) returns text
    language sql immutable strict parallel safe
as $$ select lower(normalize(document, NFKC)) $$;

-- Every character and every pair of adjacent characters of the folded text, except those with white space (a search
-- term never contains any). The functions repeat the folding rather than call search_fold: an index expression's
-- functions must not depend on the search_path (a restore runs with an empty one).
create function search_grams(document text) returns text[]
    language sql immutable strict parallel safe
as $$
    select coalesce(array_agg(distinct gram), '{}')
      from (select lower(normalize(document, NFKC)) as folded) f,
           generate_series(1, length(f.folded)) i,
           lateral (values (substr(f.folded, i, 1)), (substr(f.folded, i, 2))) g(gram)
     where gram !~ '\s'
$$;

-- The grams a document must have to contain this term: its bigrams, or its only character.
create function search_term_grams(term text) returns text[]
    language sql immutable strict parallel safe
as $$
    select case when length(f.folded) < 2 then array[f.folded]
                else array(select distinct substr(f.folded, i, 2) from generate_series(1, length(f.folded) - 1) i) end
      from (select lower(normalize(term, NFKC)) as folded) f
$$;

-- The expression is the one the search writes (org.tsuho.search.CaseQuery): title and summary, a line apart.
create index reports_search_grams on reports using gin (search_grams(title || chr(10) || summary));

-- The search's order (received time, newest first) for keyset pages without a filter that has its own index.
create index cases_by_created on cases (created_at desc, id desc);

-- A person's saved filters, by name: the screen's query string (dates as days in Japan time).
create table saved_searches (
    id         uuid         primary key,
    owner      varchar(100) not null,
    name       varchar(100) not null,
    query      text         not null,
    created_at timestamptz  not null,
    unique (owner, name)
);
