// Reads a guide's rows back into a GuideProfile, and a career's summary and guides into a
// CareerProfile. One ProfileReader prepares its statements once, so an export of thousands of
// guides does not re-prepare per guide.
#include "db/profile.hpp"

#include <SQLiteCpp/Statement.h>

#include <filesystem>
#include <stdexcept>

namespace careerkb::db {
namespace {

std::optional<double> optional_number(const SQLite::Column& c) {
  if (c.isNull()) return std::nullopt;
  return c.getDouble();
}

std::optional<std::string> optional_text(const SQLite::Column& c) {
  if (c.isNull()) return std::nullopt;
  return c.getString();
}

// The CHECK on salary_facts.kind (schema/006_kind_checks.sql) admits only SalaryKind's names.
parse::SalaryKind salary_kind(const SQLite::Column& c) {
  return parse::from_string<parse::SalaryKind>(c.getText()).value_or(parse::SalaryKind::other);
}

// The headline figures, in the order the SELECTs below list them.
template <class Profile>
using Figure = std::optional<double> Profile::*;
constexpr Figure<GuideProfile> guide_figures[] = {
    &GuideProfile::median_salary_annual_usd, &GuideProfile::average_salary_annual_usd,
    &GuideProfile::salary_min_annual_usd, &GuideProfile::salary_max_annual_usd,
    &GuideProfile::growth_pct};
constexpr Figure<CareerProfile> career_figures[] = {
    &CareerProfile::median_salary_annual_usd, &CareerProfile::salary_min_annual_usd,
    &CareerProfile::salary_max_annual_usd, &CareerProfile::growth_pct};

// Columns first, first + 1... of the current row into the figures, in order.
template <class Profile, std::size_t N>
void read_numbers(SQLite::Statement& row, int first, Profile& profile,
                  const Figure<Profile> (&figures)[N]) {
  for (std::size_t i = 0; i < N; ++i)
    profile.*figures[i] = optional_number(row.getColumn(first + static_cast<int>(i)));
}

class ProfileReader {
 public:
  explicit ProfileReader(SQLite::Database& db)
      : guide_(db,
               "SELECT s.path, c.name, g.title, g.summary, g.median_salary_annual_usd, "
               "g.average_salary_annual_usd, g.salary_min_annual_usd, g.salary_max_annual_usd, "
               "g.growth_pct, g.growth_period, e.name, g.source_id "
               "FROM guides g JOIN sources s ON s.id = g.source_id "
               "JOIN careers c ON c.id = g.career_id "
               "LEFT JOIN education_levels e ON e.rank = g.typical_education_rank "
               "WHERE g.id = ?"),
        duties_(db, "SELECT text FROM duties WHERE guide_id = ? ORDER BY id"),
        skills_(db, "SELECT text FROM skills WHERE guide_id = ? AND kind = ? ORDER BY id"),
        tools_(db, "SELECT name FROM tools WHERE guide_id = ? ORDER BY id"),
        certifications_(db, "SELECT name FROM certifications WHERE guide_id = ? ORDER BY id"),
        tiers_(db,
               "SELECT name, years_min, years_max, line FROM tiers WHERE guide_id = ? "
               "ORDER BY ordinal"),
        salary_(db,
                "SELECT kind, label, occupation, amount, currency, period, amount_annual_usd, "
                "original_text, line FROM salary_facts WHERE guide_id = ? ORDER BY id"),
        education_(db,
                   "SELECT l.name, e.is_typical, e.text, e.line FROM education e "
                   "JOIN education_levels l ON l.rank = e.level_rank WHERE e.guide_id = ? "
                   "ORDER BY e.id"),
        outlook_(db,
                 "SELECT occupation, growth_pct, period, annual_openings, original_text, line "
                 "FROM outlook WHERE guide_id = ? ORDER BY id"),
        specializations_(db,
                         "SELECT name, median_salary_annual_usd, growth_pct, line "
                         "FROM specializations WHERE guide_id = ? ORDER BY id"),
        faqs_(db, "SELECT question, answer, line FROM faqs WHERE guide_id = ? ORDER BY id"),
        pros_cons_(db, "SELECT text FROM pros_cons WHERE guide_id = ? AND kind = ? ORDER BY id"),
        related_(db, "SELECT name FROM related_careers WHERE guide_id = ? ORDER BY id"),
        warnings_(db, "SELECT line, message FROM import_warnings WHERE source_id = ? ORDER BY id") {
  }

  GuideProfile read(std::int64_t id) {
    SQLite::Statement& g = guide_;
    g.reset();
    g.bind(1, id);
    if (!g.executeStep()) throw std::out_of_range("no guide with id " + std::to_string(id));
    GuideProfile p;
    p.path = g.getColumn(0).getString();
    p.source = std::filesystem::path(p.path).filename().string();
    p.career = g.getColumn(1).getString();
    p.title = g.getColumn(2).getString();
    p.summary = optional_text(g.getColumn(3));
    read_numbers(g, 4, p, guide_figures);
    p.growth_period = optional_text(g.getColumn(9));
    p.typical_education = optional_text(g.getColumn(10));
    std::int64_t source_id = g.getColumn(11).getInt64();
    g.reset();

    p.duties = strings(duties_, id);
    p.technical_skills = strings(skills_, id, "technical");
    p.soft_skills = strings(skills_, id, "soft");
    p.tools = strings(tools_, id);
    p.certifications = strings(certifications_, id);
    p.tiers = rows<ProfileTier>(tiers_, id, [](SQLite::Statement& q) {
      return ProfileTier{q.getColumn(0).getString(), optional_number(q.getColumn(1)),
                         optional_number(q.getColumn(2)), q.getColumn(3).getInt()};
    });
    p.salary_facts = rows<ProfileSalaryFact>(salary_, id, [](SQLite::Statement& q) {
      return ProfileSalaryFact{salary_kind(q.getColumn(0)),     optional_text(q.getColumn(1)),
                               optional_text(q.getColumn(2)),   q.getColumn(3).getDouble(),
                               q.getColumn(4).getString(),      q.getColumn(5).getString(),
                               optional_number(q.getColumn(6)), q.getColumn(7).getString(),
                               q.getColumn(8).getInt()};
    });
    p.education = rows<ProfileEducation>(education_, id, [](SQLite::Statement& q) {
      return ProfileEducation{q.getColumn(0).getString(), q.getColumn(1).getInt() != 0,
                              q.getColumn(2).getString(), q.getColumn(3).getInt()};
    });
    p.outlook = rows<ProfileOutlook>(outlook_, id, [](SQLite::Statement& q) {
      return ProfileOutlook{optional_text(q.getColumn(0)), optional_number(q.getColumn(1)),
                            optional_text(q.getColumn(2)), optional_number(q.getColumn(3)),
                            q.getColumn(4).getString(),    q.getColumn(5).getInt()};
    });
    p.specializations = rows<ProfileSpecialization>(specializations_, id, [](SQLite::Statement& q) {
      return ProfileSpecialization{q.getColumn(0).getString(), optional_number(q.getColumn(1)),
                                   optional_number(q.getColumn(2)), q.getColumn(3).getInt()};
    });
    p.faqs = rows<ProfileFaq>(faqs_, id, [](SQLite::Statement& q) {
      return ProfileFaq{q.getColumn(0).getString(), q.getColumn(1).getString(),
                        q.getColumn(2).getInt()};
    });
    p.pros = strings(pros_cons_, id, "pro");
    p.cons = strings(pros_cons_, id, "con");
    p.related_careers = strings(related_, id);
    p.warnings = rows<ProfileWarning>(warnings_, source_id, [](SQLite::Statement& q) {
      std::optional<int> line;
      if (!q.getColumn(0).isNull()) line = q.getColumn(0).getInt();
      return ProfileWarning{line, q.getColumn(1).getString()};
    });
    return p;
  }

 private:
  SQLite::Statement guide_, duties_, skills_, tools_, certifications_, tiers_, salary_, education_,
      outlook_, specializations_, faqs_, pros_cons_, related_, warnings_;

  template <class Row, class RowFn>
  static std::vector<Row> rows(SQLite::Statement& q, std::int64_t id, RowFn row) {
    q.reset();
    q.bind(1, id);
    std::vector<Row> out;
    while (q.executeStep()) out.push_back(row(q));
    q.reset();
    return out;
  }

  static std::vector<std::string> strings(SQLite::Statement& q, std::int64_t id,
                                          const char* kind = nullptr) {
    q.reset();
    q.bind(1, id);
    if (kind) q.bind(2, kind);
    std::vector<std::string> out;
    while (q.executeStep()) out.push_back(q.getColumn(0).getString());
    q.reset();
    return out;
  }
};

}  // namespace

GuideProfile read_guide_profile(SQLite::Database& db, std::int64_t guide_id) {
  return ProfileReader(db).read(guide_id);
}

std::vector<GuideProfile> read_guide_profiles(SQLite::Database& db) {
  ProfileReader reader(db);
  std::vector<GuideProfile> all;
  SQLite::Statement ids(db,
                        "SELECT g.id FROM guides g JOIN sources s ON s.id = g.source_id "
                        "ORDER BY s.path");
  while (ids.executeStep()) all.push_back(reader.read(ids.getColumn(0).getInt64()));
  return all;
}

CareerProfile read_career_profile(SQLite::Database& db, std::int64_t career_id) {
  SQLite::Statement st(db,
                       "SELECT c.name, cs.median_salary_annual_usd, cs.salary_min_annual_usd,"
                       " cs.salary_max_annual_usd, cs.growth_pct, cs.typical_education,"
                       " cs.source_count FROM careers c LEFT JOIN career_summary cs"
                       " ON cs.career_id = c.id WHERE c.id = ?");
  st.bind(1, career_id);
  if (!st.executeStep()) throw std::out_of_range("no career with id " + std::to_string(career_id));
  CareerProfile profile;
  profile.career = st.getColumn(0).getString();
  read_numbers(st, 1, profile, career_figures);
  profile.typical_education = optional_text(st.getColumn(5));
  profile.source_count = st.getColumn(6).isNull() ? 0 : st.getColumn(6).getInt();

  SQLite::Statement guides(db, "SELECT id FROM guides WHERE career_id = ? ORDER BY id");
  guides.bind(1, career_id);
  std::vector<std::int64_t> ids;
  while (guides.executeStep()) ids.push_back(guides.getColumn(0).getInt64());
  ProfileReader reader(db);
  for (std::int64_t id : ids) profile.guides.push_back(reader.read(id));
  return profile;
}

}  // namespace careerkb::db
