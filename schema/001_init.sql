-- CareerKB schema v1: career guides normalized into facts, each fact with its source line.
-- Every table that holds searchable text has an external-content FTS5 index named <table>_fts,
-- kept in sync by the triggers below, so sqlite-utils and Datasette find it and any tool that
-- edits rows with plain SQL keeps the index right.

PRAGMA application_id = 1129006146; -- 0x434B4442, "CKDB"

CREATE TABLE education_levels (
  rank  INTEGER PRIMARY KEY,          -- ordinal: a higher rank is more schooling
  name  TEXT NOT NULL UNIQUE,         -- machine name, e.g. 'associate'
  label TEXT NOT NULL                 -- human wording
);
INSERT INTO education_levels (rank, name, label) VALUES
  (0, 'none', 'No formal educational credential'),
  (1, 'high_school', 'High school diploma or equivalent'),
  (2, 'postsecondary_nondegree', 'Postsecondary nondegree award'),
  (3, 'some_college', 'Some college, no degree'),
  (4, 'associate', 'Associate''s degree'),
  (5, 'bachelor', 'Bachelor''s degree'),
  (6, 'master', 'Master''s degree'),
  (7, 'doctoral', 'Doctoral or professional degree');

CREATE TABLE sources (
  id          INTEGER PRIMARY KEY,
  path        TEXT NOT NULL UNIQUE,   -- as given to `careerkb import`, made absolute
  sha256      TEXT NOT NULL,          -- of the raw bytes
  bytes       INTEGER NOT NULL,
  format      TEXT NOT NULL CHECK (format IN ('text', 'markdown', 'html')),
  encoding    TEXT NOT NULL,          -- what the bytes were read as: utf-8, utf-8-bom, windows-1252
  repairs     TEXT NOT NULL DEFAULT '[]', -- JSON array of the text repairs made
  imported_at TEXT NOT NULL           -- ISO 8601 UTC
);

CREATE TABLE careers (
  id              INTEGER PRIMARY KEY,
  name            TEXT NOT NULL,      -- display name, as the first guide wrote it
  normalized_name TEXT NOT NULL UNIQUE -- lowercase, singular, single-spaced: the merge key
);

CREATE TABLE guides (
  id                       INTEGER PRIMARY KEY,
  source_id                INTEGER NOT NULL UNIQUE REFERENCES sources(id) ON DELETE CASCADE,
  career_id                INTEGER NOT NULL REFERENCES careers(id),
  title                    TEXT NOT NULL,
  summary                  TEXT,
  -- headline figures the importer chose among the guide's facts (all in annual USD)
  median_salary_annual_usd REAL,
  average_salary_annual_usd REAL,
  salary_min_annual_usd    REAL,
  salary_max_annual_usd    REAL,
  growth_pct               REAL,
  growth_period            TEXT,
  typical_education_rank   INTEGER REFERENCES education_levels(rank)
);
CREATE INDEX guides_career ON guides(career_id);

CREATE TABLE sections (
  id       INTEGER PRIMARY KEY,
  guide_id INTEGER NOT NULL REFERENCES guides(id) ON DELETE CASCADE,
  ordinal  INTEGER NOT NULL,          -- position in the guide
  heading  TEXT NOT NULL,
  level    INTEGER NOT NULL,          -- 1 = top; guessed for plain text
  kind     TEXT NOT NULL,             -- normalized: duties, technical_skills, salary, faq, other...
  text     TEXT NOT NULL,             -- body text, boilerplate removed
  line     INTEGER NOT NULL           -- line of the heading in the source
);
CREATE INDEX sections_guide ON sections(guide_id);

CREATE TABLE duties (
  id       INTEGER PRIMARY KEY,
  guide_id INTEGER NOT NULL REFERENCES guides(id) ON DELETE CASCADE,
  text     TEXT NOT NULL,
  line     INTEGER NOT NULL
);
CREATE INDEX duties_guide ON duties(guide_id);

CREATE TABLE skills (
  id       INTEGER PRIMARY KEY,
  guide_id INTEGER NOT NULL REFERENCES guides(id) ON DELETE CASCADE,
  kind     TEXT NOT NULL CHECK (kind IN ('technical', 'soft')),
  text     TEXT NOT NULL,
  line     INTEGER NOT NULL
);
CREATE INDEX skills_guide ON skills(guide_id);

CREATE TABLE tools (
  id       INTEGER PRIMARY KEY,
  guide_id INTEGER NOT NULL REFERENCES guides(id) ON DELETE CASCADE,
  name     TEXT NOT NULL,
  line     INTEGER NOT NULL
);
CREATE INDEX tools_guide ON tools(guide_id);

CREATE TABLE certifications (
  id       INTEGER PRIMARY KEY,
  guide_id INTEGER NOT NULL REFERENCES guides(id) ON DELETE CASCADE,
  name     TEXT NOT NULL,             -- credential or acronym as written, e.g. 'ASCP'
  body     TEXT,                      -- issuing body when the guide names it
  line     INTEGER NOT NULL
);
CREATE INDEX certifications_guide ON certifications(guide_id);

CREATE TABLE education (
  id         INTEGER PRIMARY KEY,
  guide_id   INTEGER NOT NULL REFERENCES guides(id) ON DELETE CASCADE,
  level_rank INTEGER NOT NULL REFERENCES education_levels(rank),
  is_typical INTEGER NOT NULL DEFAULT 0 CHECK (is_typical IN (0, 1)),
  text       TEXT NOT NULL,           -- the sentence that states it
  line       INTEGER NOT NULL
);
CREATE INDEX education_guide ON education(guide_id);

CREATE TABLE salary_facts (
  id                INTEGER PRIMARY KEY,
  guide_id          INTEGER NOT NULL REFERENCES guides(id) ON DELETE CASCADE,
  kind              TEXT NOT NULL,    -- median, average, range_low, range_high, entry, mid, senior,
                                      -- level, percentile, specialization, other
  label             TEXT,             -- tier or level name for kind = level, percentile text...
  occupation        TEXT,             -- set when the figure is for another occupation than the guide's
  amount            REAL NOT NULL,    -- as written, in its currency and period
  currency          TEXT NOT NULL,    -- ISO code: USD, CAD, EUR...
  period            TEXT NOT NULL CHECK (period IN ('hourly', 'annual', 'monthly')),
  amount_annual_usd REAL,             -- NULL when the currency is not USD
  original_text     TEXT NOT NULL,
  line              INTEGER NOT NULL
);
CREATE INDEX salary_facts_guide ON salary_facts(guide_id);

CREATE TABLE outlook (
  id              INTEGER PRIMARY KEY,
  guide_id        INTEGER NOT NULL REFERENCES guides(id) ON DELETE CASCADE,
  occupation      TEXT,               -- set when the figure is for another occupation
  growth_pct      REAL,
  period          TEXT,               -- e.g. '2022-2032'
  annual_openings INTEGER,
  original_text   TEXT NOT NULL,
  line            INTEGER NOT NULL
);
CREATE INDEX outlook_guide ON outlook(guide_id);

CREATE TABLE tiers (
  id        INTEGER PRIMARY KEY,
  guide_id  INTEGER NOT NULL REFERENCES guides(id) ON DELETE CASCADE,
  ordinal   INTEGER NOT NULL,
  name      TEXT NOT NULL,
  years_min INTEGER,
  years_max INTEGER,                  -- NULL for an open top such as '8+ years'
  line      INTEGER NOT NULL
);
CREATE INDEX tiers_guide ON tiers(guide_id);

CREATE TABLE specializations (
  id                       INTEGER PRIMARY KEY,
  guide_id                 INTEGER NOT NULL REFERENCES guides(id) ON DELETE CASCADE,
  name                     TEXT NOT NULL,
  median_salary_annual_usd REAL,
  growth_pct               REAL,
  line                     INTEGER NOT NULL
);
CREATE INDEX specializations_guide ON specializations(guide_id);

CREATE TABLE faqs (
  id       INTEGER PRIMARY KEY,
  guide_id INTEGER NOT NULL REFERENCES guides(id) ON DELETE CASCADE,
  question TEXT NOT NULL,
  answer   TEXT NOT NULL,
  line     INTEGER NOT NULL
);
CREATE INDEX faqs_guide ON faqs(guide_id);

CREATE TABLE pros_cons (
  id       INTEGER PRIMARY KEY,
  guide_id INTEGER NOT NULL REFERENCES guides(id) ON DELETE CASCADE,
  kind     TEXT NOT NULL CHECK (kind IN ('pro', 'con')),
  text     TEXT NOT NULL,
  line     INTEGER NOT NULL
);
CREATE INDEX pros_cons_guide ON pros_cons(guide_id);

CREATE TABLE related_careers (
  id       INTEGER PRIMARY KEY,
  guide_id INTEGER NOT NULL REFERENCES guides(id) ON DELETE CASCADE,
  name     TEXT NOT NULL,
  line     INTEGER NOT NULL
);
CREATE INDEX related_careers_guide ON related_careers(guide_id);

CREATE TABLE import_warnings (
  id        INTEGER PRIMARY KEY,
  source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  line      INTEGER,
  message   TEXT NOT NULL
);
CREATE INDEX import_warnings_source ON import_warnings(source_id);

-- Full-text indexes. External content: the text lives once, in the table named by content=.
CREATE VIRTUAL TABLE duties_fts USING fts5(text, content="duties", content_rowid="id",
  tokenize="porter unicode61 remove_diacritics 2");
CREATE TRIGGER duties_ai AFTER INSERT ON duties BEGIN
  INSERT INTO duties_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER duties_ad AFTER DELETE ON duties BEGIN
  INSERT INTO duties_fts (duties_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER duties_au AFTER UPDATE ON duties BEGIN
  INSERT INTO duties_fts (duties_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO duties_fts (rowid, text) VALUES (new.id, new.text);
END;

CREATE VIRTUAL TABLE skills_fts USING fts5(text, content="skills", content_rowid="id",
  tokenize="porter unicode61 remove_diacritics 2");
CREATE TRIGGER skills_ai AFTER INSERT ON skills BEGIN
  INSERT INTO skills_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER skills_ad AFTER DELETE ON skills BEGIN
  INSERT INTO skills_fts (skills_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER skills_au AFTER UPDATE ON skills BEGIN
  INSERT INTO skills_fts (skills_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO skills_fts (rowid, text) VALUES (new.id, new.text);
END;

CREATE VIRTUAL TABLE tools_fts USING fts5(name, content="tools", content_rowid="id",
  tokenize="porter unicode61 remove_diacritics 2");
CREATE TRIGGER tools_ai AFTER INSERT ON tools BEGIN
  INSERT INTO tools_fts (rowid, name) VALUES (new.id, new.name);
END;
CREATE TRIGGER tools_ad AFTER DELETE ON tools BEGIN
  INSERT INTO tools_fts (tools_fts, rowid, name) VALUES ('delete', old.id, old.name);
END;
CREATE TRIGGER tools_au AFTER UPDATE ON tools BEGIN
  INSERT INTO tools_fts (tools_fts, rowid, name) VALUES ('delete', old.id, old.name);
  INSERT INTO tools_fts (rowid, name) VALUES (new.id, new.name);
END;

CREATE VIRTUAL TABLE certifications_fts USING fts5(name, body, content="certifications",
  content_rowid="id", tokenize="porter unicode61 remove_diacritics 2");
CREATE TRIGGER certifications_ai AFTER INSERT ON certifications BEGIN
  INSERT INTO certifications_fts (rowid, name, body) VALUES (new.id, new.name, new.body);
END;
CREATE TRIGGER certifications_ad AFTER DELETE ON certifications BEGIN
  INSERT INTO certifications_fts (certifications_fts, rowid, name, body)
    VALUES ('delete', old.id, old.name, old.body);
END;
CREATE TRIGGER certifications_au AFTER UPDATE ON certifications BEGIN
  INSERT INTO certifications_fts (certifications_fts, rowid, name, body)
    VALUES ('delete', old.id, old.name, old.body);
  INSERT INTO certifications_fts (rowid, name, body) VALUES (new.id, new.name, new.body);
END;

CREATE VIRTUAL TABLE sections_fts USING fts5(heading, text, content="sections", content_rowid="id",
  tokenize="porter unicode61 remove_diacritics 2");
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

CREATE VIRTUAL TABLE faqs_fts USING fts5(question, answer, content="faqs", content_rowid="id",
  tokenize="porter unicode61 remove_diacritics 2");
CREATE TRIGGER faqs_ai AFTER INSERT ON faqs BEGIN
  INSERT INTO faqs_fts (rowid, question, answer) VALUES (new.id, new.question, new.answer);
END;
CREATE TRIGGER faqs_ad AFTER DELETE ON faqs BEGIN
  INSERT INTO faqs_fts (faqs_fts, rowid, question, answer)
    VALUES ('delete', old.id, old.question, old.answer);
END;
CREATE TRIGGER faqs_au AFTER UPDATE ON faqs BEGIN
  INSERT INTO faqs_fts (faqs_fts, rowid, question, answer)
    VALUES ('delete', old.id, old.question, old.answer);
  INSERT INTO faqs_fts (rowid, question, answer) VALUES (new.id, new.question, new.answer);
END;

-- One row per career for consumers who do not want to join: figures are the mean over the
-- career's guides, typical education the lowest typical level any guide names.
CREATE VIEW career_summary AS
SELECT a.career_id, a.career, a.median_salary_annual_usd, a.salary_min_annual_usd,
       a.salary_max_annual_usd, a.growth_pct, a.typical_education_rank,
       el.name AS typical_education, a.source_count
FROM (SELECT c.id AS career_id,
             c.name AS career,
             AVG(g.median_salary_annual_usd) AS median_salary_annual_usd,
             MIN(g.salary_min_annual_usd) AS salary_min_annual_usd,
             MAX(g.salary_max_annual_usd) AS salary_max_annual_usd,
             AVG(g.growth_pct) AS growth_pct,
             MIN(g.typical_education_rank) AS typical_education_rank,
             COUNT(g.id) AS source_count
      FROM careers c JOIN guides g ON g.career_id = c.id
      GROUP BY c.id) a
LEFT JOIN education_levels el ON el.rank = a.typical_education_rank;

-- Flat shapes for BI tools and spreadsheets: one row per duty or skill with its career, source
-- and the career-level figures a filter needs.
CREATE VIEW duty_search AS
SELECT d.id AS duty_id,
       c.name AS career,
       d.text AS duty,
       s.path AS source_path,
       d.line AS line,
       g.median_salary_annual_usd AS median_salary_annual_usd,
       el.name AS typical_education,
       g.typical_education_rank AS typical_education_rank
FROM duties d
JOIN guides g ON g.id = d.guide_id
JOIN careers c ON c.id = g.career_id
JOIN sources s ON s.id = g.source_id
LEFT JOIN education_levels el ON el.rank = g.typical_education_rank;

CREATE VIEW skill_search AS
SELECT k.id AS skill_id,
       c.name AS career,
       k.kind AS kind,
       k.text AS skill,
       s.path AS source_path,
       k.line AS line,
       g.median_salary_annual_usd AS median_salary_annual_usd,
       el.name AS typical_education,
       g.typical_education_rank AS typical_education_rank
FROM skills k
JOIN guides g ON g.id = k.guide_id
JOIN careers c ON c.id = g.career_id
JOIN sources s ON s.id = g.source_id
LEFT JOIN education_levels el ON el.rank = g.typical_education_rank;
