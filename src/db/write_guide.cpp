// GuideWriter: one Guide into the normalized tables, with statements prepared once per run.
// Empty optional strings (label, occupation, body, summary) are stored as NULL so that "the
// guide does not say" reads back as null, never as "".
#include "db/write_guide.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <sstream>
#include <vector>

#include "parse/career_key.hpp"

namespace careerkb::db {
namespace {

using Stmt = SQLite::Statement;

void bind_text_or_null(Stmt& s, int index, const std::string& value) {
  if (value.empty())
    s.bind(index);
  else
    s.bind(index, value);
}

template <class T>
void bind_optional(Stmt& s, int index, const std::optional<T>& value) {
  if (!value)
    s.bind(index);
  else if constexpr (std::is_floating_point_v<T>)
    s.bind(index, static_cast<double>(*value));
  else
    s.bind(index, static_cast<std::int64_t>(*value));
}

// Runs a bound INSERT/DELETE and readies the statement for the next use, also after a failed
// step (a statement that is not reset refuses new bindings).
void run(Stmt& s) {
  try {
    s.exec();
  } catch (...) {
    s.tryReset();
    throw;
  }
  s.reset();
}

}  // namespace

void rekey_careers(SQLite::Database& db) {
  struct Career {
    std::int64_t id;
    std::string key;
  };
  std::vector<Career> careers;
  SQLite::Statement all(db, "SELECT id, name FROM careers ORDER BY id");
  while (all.executeStep())
    careers.push_back({all.getColumn(0).getInt64(), parse::career_key(all.getColumn(1).getText())});
  // Old keys are cleared first, so that a new key never collides with an old one.
  db.exec("UPDATE careers SET normalized_name = '#' || id");
  SQLite::Statement find(db, "SELECT id FROM careers WHERE normalized_name = ?");
  SQLite::Statement set_key(db, "UPDATE careers SET normalized_name = ? WHERE id = ?");
  SQLite::Statement move_guides(db, "UPDATE guides SET career_id = ? WHERE career_id = ?");
  SQLite::Statement drop(db, "DELETE FROM careers WHERE id = ?");
  for (const Career& c : careers) {
    find.bind(1, c.key);
    if (find.executeStep()) {
      move_guides.bind(1, find.getColumn(0).getInt64());
      move_guides.bind(2, c.id);
      run(move_guides);
      drop.bind(1, c.id);
      run(drop);
    } else {
      set_key.bind(1, c.key);
      set_key.bind(2, c.id);
      run(set_key);
    }
    find.reset();
  }
}

WriteCounts& WriteCounts::operator+=(const WriteCounts& other) {
  guides += other.guides;
  duties += other.duties;
  skills += other.skills;
  salary_facts += other.salary_facts;
  return *this;
}

GuideWriter::GuideWriter(SQLite::Database& db)
    : db_(db),
      find_source_(db, "SELECT id, sha256 FROM sources WHERE path = ?"),
      delete_source_(db, "DELETE FROM sources WHERE id = ?"),
      insert_source_(db,
                     "INSERT INTO sources (path, sha256, bytes, format, encoding, repairs, "
                     "imported_at) VALUES (?, ?, ?, ?, ?, ?, "
                     "strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))"),
      find_career_(db, "SELECT id FROM careers WHERE normalized_name = ?"),
      insert_career_(db, "INSERT INTO careers (name, normalized_name) VALUES (?, ?)"),
      insert_guide_(db,
                    "INSERT INTO guides (source_id, career_id, title, summary, "
                    "median_salary_annual_usd, average_salary_annual_usd, salary_min_annual_usd, "
                    "salary_max_annual_usd, growth_pct, growth_period, typical_education_rank) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
      insert_section_(db,
                      "INSERT INTO sections (guide_id, ordinal, heading, level, kind, text, line) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?)"),
      insert_duty_(db, "INSERT INTO duties (guide_id, text, line) VALUES (?, ?, ?)"),
      insert_skill_(db, "INSERT INTO skills (guide_id, kind, text, line) VALUES (?, ?, ?, ?)"),
      insert_tool_(db, "INSERT INTO tools (guide_id, name, line) VALUES (?, ?, ?)"),
      insert_certification_(
          db, "INSERT INTO certifications (guide_id, name, body, line) VALUES (?, ?, ?, ?)"),
      insert_education_(db,
                        "INSERT INTO education (guide_id, level_rank, is_typical, text, line) "
                        "VALUES (?, ?, ?, ?, ?)"),
      insert_salary_(db,
                     "INSERT INTO salary_facts (guide_id, kind, label, occupation, amount, "
                     "currency, period, amount_annual_usd, original_text, line) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
      insert_outlook_(db,
                      "INSERT INTO outlook (guide_id, occupation, growth_pct, period, "
                      "annual_openings, original_text, line) VALUES (?, ?, ?, ?, ?, ?, ?)"),
      insert_tier_(db,
                   "INSERT INTO tiers (guide_id, ordinal, name, years_min, years_max, line) "
                   "VALUES (?, ?, ?, ?, ?, ?)"),
      insert_specialization_(db,
                             "INSERT INTO specializations (guide_id, name, "
                             "median_salary_annual_usd, growth_pct, line) VALUES (?, ?, ?, ?, ?)"),
      insert_faq_(db, "INSERT INTO faqs (guide_id, question, answer, line) VALUES (?, ?, ?, ?)"),
      insert_pro_con_(db, "INSERT INTO pros_cons (guide_id, kind, text, line) VALUES (?, ?, ?, ?)"),
      insert_related_(db, "INSERT INTO related_careers (guide_id, name, line) VALUES (?, ?, ?)"),
      insert_warning_(db,
                      "INSERT INTO import_warnings (source_id, line, message) VALUES (?, ?, ?)") {}

std::optional<KnownSource> GuideWriter::find_source(const std::string& canonical_path) {
  find_source_.tryReset();
  find_source_.bind(1, canonical_path);
  if (!find_source_.executeStep()) return std::nullopt;
  KnownSource known{find_source_.getColumn(0).getInt64(), find_source_.getColumn(1).getString()};
  find_source_.reset();
  return known;
}

void GuideWriter::delete_source(std::int64_t source_id) {
  delete_source_.bind(1, source_id);
  run(delete_source_);
}

std::int64_t GuideWriter::career_for(const LoadedGuide& loaded, bool& created) {
  // The career named by the guide, else its title, else the file name: never an empty key.
  std::string name = loaded.guide.career;
  if (parse::career_key(name).empty()) name = loaded.guide.title;
  if (parse::career_key(name).empty())
    name = std::filesystem::path(loaded.file.display_path).stem().string();
  std::string key = parse::career_key(name);

  find_career_.tryReset();
  find_career_.bind(1, key);
  if (find_career_.executeStep()) {
    std::int64_t id = find_career_.getColumn(0).getInt64();
    find_career_.reset();
    created = false;
    return id;
  }
  find_career_.reset();
  insert_career_.bind(1, name);
  insert_career_.bind(2, key);
  run(insert_career_);
  created = true;
  return db_.getLastInsertRowid();
}

WrittenGuide GuideWriter::write(const LoadedGuide& loaded) {
  const parse::Guide& g = loaded.guide;
  WrittenGuide out;

  insert_source_.bind(1, loaded.file.canonical_path);
  insert_source_.bind(2, loaded.sha256);
  insert_source_.bind(3, static_cast<std::int64_t>(loaded.bytes));
  insert_source_.bind(4, loaded.format);
  insert_source_.bind(5, loaded.encoding);
  insert_source_.bind(6, nlohmann::json(loaded.repairs).dump());
  run(insert_source_);
  out.source_id = db_.getLastInsertRowid();
  out.career_id = career_for(loaded, out.new_career);

  const parse::OutlookFact* growth = g.growth();
  std::optional<parse::EducationLevel> typical = g.typical_education();
  Stmt& gs = insert_guide_;
  gs.bind(1, out.source_id);
  gs.bind(2, out.career_id);
  gs.bind(3, g.title.empty() ? g.career : g.title);
  bind_text_or_null(gs, 4, g.summary);
  bind_optional(gs, 5, g.median_salary());
  bind_optional(gs, 6, g.average_salary());
  bind_optional(gs, 7, g.salary_min());
  bind_optional(gs, 8, g.salary_max());
  bind_optional(gs, 9, growth ? growth->growth_pct : std::nullopt);
  bind_text_or_null(gs, 10, growth ? growth->period : std::string());
  bind_optional(gs, 11, typical ? std::optional<int>(static_cast<int>(*typical)) : std::nullopt);
  run(gs);
  const std::int64_t id = out.guide_id = db_.getLastInsertRowid();
  out.counts.guides = 1;

  int ordinal = 0;
  for (const parse::Section& s : g.sections) {
    Stmt& st = insert_section_;
    st.bind(1, id);
    st.bind(2, ordinal++);
    st.bind(3, s.heading);
    st.bind(4, s.level);
    st.bind(5, parse::to_string(s.kind));
    st.bind(6, s.text);
    st.bind(7, s.line);
    run(st);
  }
  for (const parse::TextItem& d : g.duties) {
    insert_duty_.bind(1, id);
    insert_duty_.bind(2, d.text);
    insert_duty_.bind(3, d.line);
    run(insert_duty_);
    ++out.counts.duties;
  }
  for (const char* kind : {"technical", "soft"}) {
    const auto& items = kind[0] == 't' ? g.technical_skills : g.soft_skills;
    for (const parse::TextItem& s : items) {
      insert_skill_.bind(1, id);
      insert_skill_.bind(2, kind);
      insert_skill_.bind(3, s.text);
      insert_skill_.bind(4, s.line);
      run(insert_skill_);
      ++out.counts.skills;
    }
  }
  for (const parse::TextItem& t : g.tools) {
    insert_tool_.bind(1, id);
    insert_tool_.bind(2, t.text);
    insert_tool_.bind(3, t.line);
    run(insert_tool_);
  }
  for (const parse::Certification& c : g.certifications) {
    insert_certification_.bind(1, id);
    insert_certification_.bind(2, c.name);
    bind_text_or_null(insert_certification_, 3, c.body);
    insert_certification_.bind(4, c.line);
    run(insert_certification_);
  }
  for (const parse::EducationFact& e : g.education) {
    insert_education_.bind(1, id);
    insert_education_.bind(2, static_cast<int>(e.level));
    insert_education_.bind(3, e.typical ? 1 : 0);
    insert_education_.bind(4, e.text);
    insert_education_.bind(5, e.line);
    run(insert_education_);
  }
  for (const parse::SalaryFact& f : g.salary_facts) {
    Stmt& st = insert_salary_;
    st.bind(1, id);
    st.bind(2, parse::to_string(f.kind));
    bind_text_or_null(st, 3, f.label);
    bind_text_or_null(st, 4, f.occupation);
    st.bind(5, f.amount);
    st.bind(6, f.currency);
    st.bind(7, f.period);
    bind_optional(st, 8, f.amount_annual_usd);
    st.bind(9, f.original_text);
    st.bind(10, f.line);
    run(st);
    ++out.counts.salary_facts;
  }
  for (const parse::OutlookFact& o : g.outlook) {
    Stmt& st = insert_outlook_;
    st.bind(1, id);
    bind_text_or_null(st, 2, o.occupation);
    bind_optional(st, 3, o.growth_pct);
    bind_text_or_null(st, 4, o.period);
    bind_optional(st, 5, o.annual_openings);
    st.bind(6, o.original_text);
    st.bind(7, o.line);
    run(st);
  }
  ordinal = 0;
  for (const parse::Tier& t : g.tiers) {
    Stmt& st = insert_tier_;
    st.bind(1, id);
    st.bind(2, ordinal++);
    st.bind(3, t.name);
    bind_optional(st, 4, t.years_min);
    bind_optional(st, 5, t.years_max);
    st.bind(6, t.line);
    run(st);
  }
  for (const parse::Specialization& s : g.specializations) {
    Stmt& st = insert_specialization_;
    st.bind(1, id);
    st.bind(2, s.name);
    bind_optional(st, 3, s.median_salary_annual_usd);
    bind_optional(st, 4, s.growth_pct);
    st.bind(5, s.line);
    run(st);
  }
  for (const parse::Faq& f : g.faqs) {
    insert_faq_.bind(1, id);
    insert_faq_.bind(2, f.question);
    insert_faq_.bind(3, f.answer);
    insert_faq_.bind(4, f.line);
    run(insert_faq_);
  }
  for (const parse::ProCon& p : g.pros_cons) {
    insert_pro_con_.bind(1, id);
    insert_pro_con_.bind(2, p.pro ? "pro" : "con");
    insert_pro_con_.bind(3, p.text);
    insert_pro_con_.bind(4, p.line);
    run(insert_pro_con_);
  }
  for (const parse::TextItem& r : g.related_careers) {
    insert_related_.bind(1, id);
    insert_related_.bind(2, r.text);
    insert_related_.bind(3, r.line);
    run(insert_related_);
  }
  for (const parse::Diagnostic& w : g.warnings) {
    insert_warning_.bind(1, out.source_id);
    bind_optional(insert_warning_, 2, w.line > 0 ? std::optional<int>(w.line) : std::nullopt);
    insert_warning_.bind(3, w.message);
    run(insert_warning_);
  }
  return out;
}

int GuideWriter::delete_orphan_careers() {
  return db_.exec("DELETE FROM careers WHERE id NOT IN (SELECT career_id FROM guides)");
}

}  // namespace careerkb::db
