-- CareerKB schema v3: the words the guides use, for spelling suggestions ("venipucture" ->
-- venipuncture). The FTS indexes hold porter stems (venipunctur), which are not words to
-- suggest, and counting them with fts5vocab reads every doclist; this small table answers both
-- "is this a word of the guides?" and "which words are near it?" with plain lookups.
-- careerkb keeps it up to date on import; a plain-SQL edit of the facts does not update it.
-- Existing guides are counted in by the migration (a C++ step after this file, database.cpp).

CREATE TABLE search_terms (
  term   TEXT PRIMARY KEY,  -- lowercase a-z only, diacritics folded, 4 to 40 letters
  guides INTEGER NOT NULL   -- how many guides use the word in their searchable text
) WITHOUT ROWID;
