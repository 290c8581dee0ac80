-- CareerKB schema v6: sections.kind and salary_facts.kind admit only the names careerkb knows,
-- parse::SectionKind and parse::SalaryKind (src/parse/kinds.hpp; tests/test_kind_checks.cpp holds
-- the two lists below to it), so a tool writing plain SQL cannot store a kind no reader knows.
--
-- SQLite cannot add a CHECK to an existing table, so both tables are rebuilt the documented way
-- (https://sqlite.org/lang_altertable.html#otheralter): create the new table, copy every row
-- with its id, drop the old table, rename the new one, create its index and triggers again.
-- A rebuild rather than BEFORE INSERT/UPDATE triggers that RAISE(ABORT): the rule then stands in
-- the table's own definition, where `.schema`, schema/README.md and every tool see it, and no
-- trigger on the FTS content table is added to the three that keep sections_fts in sync.
-- What the rebuild keeps, and how:
-- - sections_fts is an external-content index whose rowids are sections.id. The copy keeps every
--   id, heading and text, so the index stays true as it is and is not rebuilt (the migration
--   tests run its integrity-check).
-- - DROP TABLE drops sections_ai/ad/au without firing them; they are created again below, word
--   for word as in 001_init.sql. salary_facts has no triggers. No view reads either table and
--   no foreign key points at them, so dropping them removes no other row.
-- - A row a plain-SQL edit left without its guide (the sqlite3 shell does not enforce foreign
--   keys) is copied as it is: foreign keys are checked at commit, by when the old table's copy
--   of the row has gone with it and the count of violations is back where it started.
-- - A kind no careerkb ever wrote (only a plain-SQL edit can have stored one) becomes 'other'.
--   The CHECK itself sorts the rows: INSERT OR IGNORE copies those it admits, the next INSERT
--   the rest, so each list of names is written once.
-- - DROP TABLE also drops the tables' planner statistics: ANALYZE counts them again.
PRAGMA defer_foreign_keys = ON;

CREATE TABLE sections_v6 (
  id       INTEGER PRIMARY KEY,
  guide_id INTEGER NOT NULL REFERENCES guides(id) ON DELETE CASCADE,
  ordinal  INTEGER NOT NULL,          -- position in the guide
  heading  TEXT NOT NULL,
  level    INTEGER NOT NULL,          -- 1 = top; guessed for plain text
  kind     TEXT NOT NULL CHECK (kind IN ('other', 'overview', 'key_facts', 'duties',
             'day_in_life', 'skills', 'technical_skills', 'soft_skills', 'tools',
             'certifications', 'education', 'salary', 'outlook', 'career_path', 'faq',
             'pros_cons', 'pros', 'cons', 'related', 'global', 'specializations')),
  text     TEXT NOT NULL,             -- body text, boilerplate removed
  line     INTEGER NOT NULL           -- line of the heading in the source
);
INSERT OR IGNORE INTO sections_v6 (id, guide_id, ordinal, heading, level, kind, text, line)
  SELECT id, guide_id, ordinal, heading, level, kind, text, line FROM sections;
INSERT INTO sections_v6 (id, guide_id, ordinal, heading, level, kind, text, line)
  SELECT id, guide_id, ordinal, heading, level, 'other', text, line FROM sections s
  WHERE NOT EXISTS (SELECT 1 FROM sections_v6 n WHERE n.id = s.id);
DROP TABLE sections;
ALTER TABLE sections_v6 RENAME TO sections;
CREATE INDEX sections_guide ON sections(guide_id);
CREATE TRIGGER sections_ai AFTER INSERT ON sections BEGIN
  INSERT INTO sections_fts (rowid, heading, text) VALUES (new.id, new.heading, new.text);
END;
CREATE TRIGGER sections_ad AFTER DELETE ON sections BEGIN
  INSERT INTO sections_fts (sections_fts, rowid, heading, text)
    VALUES ('delete', old.id, old.heading, old.text);
END;
CREATE TRIGGER sections_au AFTER UPDATE ON sections BEGIN
  INSERT INTO sections_fts (sections_fts, rowid, heading, text)
    VALUES ('delete', old.id, old.heading, old.text);
  INSERT INTO sections_fts (rowid, heading, text) VALUES (new.id, new.heading, new.text);
END;

CREATE TABLE salary_facts_v6 (
  id                INTEGER PRIMARY KEY,
  guide_id          INTEGER NOT NULL REFERENCES guides(id) ON DELETE CASCADE,
  kind              TEXT NOT NULL CHECK (kind IN ('median', 'average', 'range_low',
                      'range_high', 'entry', 'mid', 'senior', 'level', 'percentile', 'other')),
  label             TEXT,             -- tier or level name for kind = level, percentile text...
  occupation        TEXT,             -- set when the figure is for another occupation than the guide's
  amount            REAL NOT NULL,    -- as written, in its currency and period
  currency          TEXT NOT NULL,    -- ISO code: USD, CAD, EUR...
  period            TEXT NOT NULL CHECK (period IN ('hourly', 'annual', 'monthly')),
  amount_annual_usd REAL,             -- NULL when the currency is not USD
  original_text     TEXT NOT NULL,
  line              INTEGER NOT NULL
);
INSERT OR IGNORE INTO salary_facts_v6 (id, guide_id, kind, label, occupation, amount, currency,
    period, amount_annual_usd, original_text, line)
  SELECT id, guide_id, kind, label, occupation, amount, currency, period, amount_annual_usd,
         original_text, line FROM salary_facts;
INSERT INTO salary_facts_v6 (id, guide_id, kind, label, occupation, amount, currency, period,
    amount_annual_usd, original_text, line)
  SELECT id, guide_id, 'other', label, occupation, amount, currency, period, amount_annual_usd,
         original_text, line FROM salary_facts f
  WHERE NOT EXISTS (SELECT 1 FROM salary_facts_v6 n WHERE n.id = f.id);
DROP TABLE salary_facts;
ALTER TABLE salary_facts_v6 RENAME TO salary_facts;
CREATE INDEX salary_facts_guide ON salary_facts(guide_id);

ANALYZE sections;
ANALYZE salary_facts;
