// Names of the kinds in kinds.hpp, looked up in its tables.
#include "parse/kinds.hpp"

namespace careerkb::parse {
namespace {

template <class Kind, size_t N>
const char* name_of(const KindName<Kind> (&names)[N], Kind kind) {
  for (const KindName<Kind>& row : names)
    if (row.kind == kind) return row.name;
  return names[0].name;  // unreachable for a declared value: each has its row
}

template <class Kind, size_t N>
std::optional<Kind> kind_of(const KindName<Kind> (&names)[N], std::string_view name) {
  for (const KindName<Kind>& row : names)
    if (name == row.name) return row.kind;
  return std::nullopt;
}

}  // namespace

const char* to_string(SectionKind kind) {
  return name_of(section_kind_names, kind);
}
const char* to_string(SalaryKind kind) {
  return name_of(salary_kind_names, kind);
}

template <>
std::optional<SectionKind> from_string<SectionKind>(std::string_view name) {
  return kind_of(section_kind_names, name);
}
template <>
std::optional<SalaryKind> from_string<SalaryKind>(std::string_view name) {
  return kind_of(salary_kind_names, name);
}

}  // namespace careerkb::parse
