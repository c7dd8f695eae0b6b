// Shared pieces of the commands: opening the store, turning edges into facts with their
// evidence, and printing them as aligned text or as JSON with stable keys (README: "JSON output").
#pragma once

#include <map>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "kg/cli/command.h"
#include "kg/store/store.h"

namespace kg::cli {

Result<std::unique_ptr<Store>> open_reader(const Context& ctx);
Result<std::unique_ptr<Store>> open_writer(const Context& ctx);

// An edge with its two ends and, when asked for, the sentences behind it.
struct Fact {
  Edge edge;
  StoredEntity subject;
  StoredEntity object;
  nlohmann::json attributes = nlohmann::json::object();  // from the evidence, first value per key
  std::vector<StoredEvidence> evidence;
};

Result<Fact> load_fact(const Store& store, const Edge& edge);

// Entities read once for a command that meets the same ones in many facts or rows.
class EntityCache {
 public:
  explicit EntityCache(const Store& store) : store_(store) {}
  // The entity, read from the store on first use; the pointer stays valid.
  Result<const StoredEntity*> get(EntityId id);

 private:
  const Store& store_;
  std::map<EntityId, StoredEntity> entities_;
};

nlohmann::json entity_json(const StoredEntity& e);
nlohmann::json entity_ref_json(const StoredEntity& e);  // id, name, type only
nlohmann::json fact_json(const Fact& f, bool with_evidence = true);

// "Wladimir Putin —holds_office (Präsident)→ Russland"; symmetric predicates draw "↔".
std::string fact_line(const Fact& f);
// The sentences of a fact, one per line, indented by `indent` spaces; at most `limit` of them
// (0: all), then how many more there are.
void print_evidence(std::ostream& out, const Fact& f, int indent, std::size_t limit);

// The --evidence option of the commands that print facts, and its value.
OptionSpec evidence_option();
Result<std::size_t> evidence_limit(const Args& args);

// Columns aligned by display width (code points), no trailing spaces.
class Table {
 public:
  void add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
  void print(std::ostream& out) const;

 private:
  std::vector<std::vector<std::string>> rows_;
};

// Comma-separated predicate / type names of a repeated option as masks.
Result<PredicateMask> predicate_mask(const std::vector<std::string>& names);
Result<TypeMask> type_mask(const std::vector<std::string>& names);

}  // namespace kg::cli
