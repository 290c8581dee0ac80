// See kinds.hpp.
#include "search/kinds.hpp"

#include "parse/text_util.hpp"

namespace careerkb::search {
namespace {

// Each enum value has its row, in declaration order: a value added without its name fails here.
template <class Table>
constexpr bool one_row_per_value(const Table& table) {
  for (size_t i = 0; i < table.size(); ++i) {
    if (static_cast<size_t>(table[i].first) != i) return false;
  }
  return true;
}
static_assert(one_row_per_value(fact_kind_names));
static_assert(one_row_per_value(filter_field_options));
static_assert([] {
  for (size_t i = 0; i < searchable_kinds.size(); ++i) {
    if (static_cast<size_t>(searchable_kinds[i].scope) != i + 1) return false;
  }
  return static_cast<size_t>(Scope::faqs) == searchable_kinds.size();
}());

}  // namespace

std::string_view scope_name(Scope scope) {
  return scope == Scope::any ? "any" : searchable_kind(scope).plural;
}

std::optional<Scope> scope_from_name(std::string_view name) {
  for (const SearchableKind& k : searchable_kinds) {
    if (parse::equals_ci(name, k.plural) || parse::equals_ci(name, k.singular)) return k.scope;
  }
  return std::nullopt;
}

std::string scope_names_list() {
  std::string out;
  for (const SearchableKind& k : searchable_kinds)
    out += (out.empty() ? "" : ", ") + std::string(k.plural);
  return out;
}

const char* to_string(FactKind kind) {
  return fact_kind_names[static_cast<size_t>(kind)].second;
}

std::optional<FactKind> fact_kind_from_name(std::string_view name) {
  for (const auto& [kind, spelled] : fact_kind_names) {
    if (name == spelled) return kind;
  }
  return std::nullopt;
}

const char* option_name(FilterField field) {
  return filter_field_options[static_cast<size_t>(field)].second;
}

}  // namespace careerkb::search
