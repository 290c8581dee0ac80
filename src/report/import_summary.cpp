// The import summary: counts, warnings grouped by message (text), or the full report (JSON).
#include "report/import_summary.hpp"

#include <algorithm>
#include <map>

namespace careerkb::report {
namespace {

std::string plural(std::int64_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

// "312 guides with no duties found" reads well for the "no X found" warnings, which are most
// of them; any other message follows a colon.
std::string group_heading(const WarningGroup& group) {
  std::string guides = plural(static_cast<std::int64_t>(group.warnings.size()), "guide", "guides");
  if (group.message.rfind("no ", 0) == 0) return guides + " with " + group.message;
  return guides + ": " + group.message;
}

// The file, and the line when the warning has one: what an editor jumps to.
std::string place(const db::ImportWarning& w) {
  return w.line > 0 ? w.file + ":" + std::to_string(w.line) : w.file;
}

}  // namespace

std::vector<WarningGroup> group_warnings(const std::vector<db::ImportWarning>& warnings) {
  std::map<std::string, WarningGroup> by_message;
  for (const db::ImportWarning& w : warnings) {
    WarningGroup& group = by_message[w.message];
    group.message = w.message;
    group.warnings.push_back(&w);
  }
  std::vector<WarningGroup> groups;
  for (auto& entry : by_message) groups.push_back(std::move(entry.second));
  std::stable_sort(groups.begin(), groups.end(), [](const WarningGroup& a, const WarningGroup& b) {
    return a.warnings.size() > b.warnings.size();
  });
  return groups;
}

void print_import_summary(std::ostream& out, const db::ImportReport& r, const std::string& db_path,
                          WarningDetail detail) {
  out << "imported " << plural(r.imported + r.replaced, "file", "files") << " into " << db_path
      << " (" << r.imported << " new, " << r.replaced << " replaced), " << r.unchanged
      << " unchanged, " << r.skipped.size() << " skipped\n";
  out << "written: " << plural(r.written.guides, "guide", "guides") << ", "
      << plural(r.careers, "career", "careers") << ", "
      << plural(r.written.duties, "duty", "duties") << ", "
      << plural(r.written.skills, "skill", "skills") << ", "
      << plural(r.written.salary_facts, "salary fact", "salary facts") << "\n";
  // A count, not a line per item: the items are in `careerkb dump FILE`, one per line.
  if (r.discarded > 0)
    out << "left out " << plural(r.discarded, "item", "items")
        << " that read as no fact (careerkb dump FILE lists each with its line)\n";
  if (r.careers_removed > 0)
    out << "removed " << plural(r.careers_removed, "career", "careers") << " left without guides\n";
  if (r.warnings.empty()) return;

  std::vector<WarningGroup> groups = group_warnings(r.warnings);
  out << plural(static_cast<std::int64_t>(r.warnings.size()), "warning", "warnings") << ":\n";
  bool cut = false;
  for (const WarningGroup& group : groups) {
    out << "  " << group_heading(group) << "\n";
    std::size_t shown = detail == WarningDetail::all
                            ? group.warnings.size()
                            : std::min(group.warnings.size(), warning_files_shown);
    for (std::size_t i = 0; i < shown; ++i) out << "    " << place(*group.warnings[i]) << "\n";
    if (shown < group.warnings.size()) {
      out << "    and " << group.warnings.size() - shown << " more\n";
      cut = true;
    }
  }
  if (cut) out << "(careerkb import --warnings all lists every one)\n";
}

nlohmann::json import_report_json(const db::ImportReport& r, const std::string& db_path) {
  nlohmann::json warnings = nlohmann::json::array();
  for (const db::ImportWarning& w : r.warnings) {
    warnings.push_back({{"file", w.file},
                        {"line", w.line > 0 ? nlohmann::json(w.line) : nlohmann::json(nullptr)},
                        {"message", w.message}});
  }
  nlohmann::json counts = nlohmann::json::array();
  for (const WarningGroup& group : group_warnings(r.warnings))
    counts.push_back({{"message", group.message}, {"guides", group.warnings.size()}});
  return {{"database", db_path},
          {"files_seen", r.files_seen},
          {"imported", r.imported},
          {"replaced", r.replaced},
          {"unchanged", r.unchanged},
          {"skipped", r.skipped},
          {"written",
           {{"guides", r.written.guides},
            {"careers", r.careers},
            {"duties", r.written.duties},
            {"skills", r.written.skills},
            {"salary_facts", r.written.salary_facts}}},
          {"careers_removed", r.careers_removed},
          {"discarded", r.discarded},
          {"unfinished", r.unfinished},
          {"warning_counts", counts},
          {"warnings", warnings}};
}

}  // namespace careerkb::report
