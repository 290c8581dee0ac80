-- CareerKB schema v5: careers.normalized_name is parse::career_key(name), the one key that the
-- importer merges by and that search and `show` look names up by. It splits words where the
-- search index does ("hvac-r" is two words, so "HVAC-R technician" is found as typed) and keeps
-- singular words that only look plural ("specimen"). After this file the program recomputes the
-- key of every career from its name; careers whose new keys are equal are merged into the oldest
-- one (its guides move to it). No table changes shape.
SELECT 1;
