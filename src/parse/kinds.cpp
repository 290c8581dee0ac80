// The names of the kinds in kinds.hpp, looked up in its tables (whose shape is checked here,
// when compiling).
#include "parse/kinds.hpp"

namespace careerkb::parse {
namespace {

// Row i names value i, and the last value has the last row: then every value has its row.
template <class Kind, size_t N>
constexpr bool one_row_per_value(const KindName<Kind> (&names)[N], Kind last) {
  for (size_t i = 0; i < N; ++i)
    if (static_cast<size_t>(names[i].kind) != i) return false;
  return N == static_cast<size_t>(last) + 1;
}
static_assert(one_row_per_value(section_kind_names, SectionKind::boilerplate));
static_assert(one_row_per_value(salary_kind_names, SalaryKind::other));

template <class Kind, size_t N>
const char* name_of(const KindName<Kind> (&names)[N], Kind kind) {
  auto i = static_cast<size_t>(kind);
  return i < N ? names[i].name : names[0].name;
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
