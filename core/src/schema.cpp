#include "kg/core/schema.h"

#include <array>
#include <string>

#include "kg/core/assert.h"

namespace kg {
namespace {

constexpr TypeMask kPer = type_bit(EntityType::kPerson);
constexpr TypeMask kOrg = type_bit(EntityType::kOrganization);
constexpr TypeMask kLoc = type_bit(EntityType::kLocation);
constexpr TypeMask kEvent = type_bit(EntityType::kEvent);

constexpr std::array<EntityTypeInfo, 4> kTypes{{
    {EntityType::kPerson, "PER", "person", "schema:Person", "ellipse", "#cfe2ff"},
    {EntityType::kOrganization, "ORG", "organisation", "schema:Organization", "box", "#ffe0b3"},
    {EntityType::kLocation, "LOC", "place", "schema:Place", "house", "#d3f0cf"},
    {EntityType::kEvent, "EVENT", "event", "schema:Event", "octagon", "#f6d0e4"},
}};

constexpr std::array<std::string_view, 0> kNoAttributes{};
constexpr std::array<std::string_view, 1> kRole{"role"};

// Ids are on-disk codes: append new predicates with a new id, never renumber.
constexpr std::array<PredicateInfo, 6> kPredicates{{
    {1, "member_of", false, kLoc | kPer | kOrg, kOrg, kNoAttributes, "belongs to", "schema:memberOf", false,
     kPer | kOrg, "kg:memberOf", "member of", "Mitglied von"},
    {2, "meets_with", true, kPer | kOrg | kLoc, kPer | kOrg | kLoc, kNoAttributes, "meets or holds talks with",
     "kg:meetsWith", false, kAnyType, "", "meets", "trifft"},
    {3, "held_in", false, kEvent, kLoc, kNoAttributes, "takes place in", "schema:location", false, kAnyType, "",
     "held in", "findet statt in"},
    {4, "holds_office", false, kPer, kLoc | kOrg, kRole, "holds an office in (role names it)", "kg:holdsOffice", false,
     kAnyType, "", "office in", "Amt in"},
    {5, "participates_in", false, kPer | kLoc | kOrg, kEvent, kNoAttributes, "attends, takes part in",
     "schema:attendee", true, kPer | kOrg, "kg:participatesIn", "takes part in", "nimmt teil an"},
    {6, "located_in", false, kLoc, kLoc, kRole, "lies in (role capital for capitals)", "schema:containedInPlace", false,
     kAnyType, "", "lies in", "liegt in"},
}};

template <typename Array, typename Field>
std::string join_names(const Array& items, Field field) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += ", ";
    out += item.*field;
  }
  return out;
}

}  // namespace

std::span<const EntityTypeInfo> entity_types() { return kTypes; }

std::optional<EntityType> parse_entity_type(std::string_view code) {
  for (const auto& t : kTypes)
    if (t.code == code) return t.type;
  return std::nullopt;
}

const EntityTypeInfo& info(EntityType type) {
  for (const auto& t : kTypes)
    if (t.type == type) return t;
  KG_ASSERT(false, "an EntityType value without a row in kTypes");
  return kTypes[0];
}

std::string_view entity_type_list() {
  static const std::string list = join_names(kTypes, &EntityTypeInfo::code);
  return list;
}

std::span<const PredicateInfo> predicates() { return kPredicates; }

std::optional<PredicateId> parse_predicate(std::string_view name) {
  for (const auto& p : kPredicates)
    if (p.name == name) return p.id;
  return std::nullopt;
}

PredicateId predicate_id(std::string_view name) {
  auto id = parse_predicate(name);
  KG_ASSERT(id.has_value(), "a predicate name in code that the registry does not know");
  return *id;
}

const PredicateInfo* find_predicate(PredicateId id) {
  for (const auto& p : kPredicates)
    if (p.id == id) return &p;
  return nullptr;
}

const PredicateInfo& predicate_info(PredicateId id) {
  const PredicateInfo* p = find_predicate(id);
  KG_ASSERT(p != nullptr, "predicate_info of an unknown id (use find_predicate for stored ids)");
  return *p;
}

std::string_view predicate_list() {
  static const std::string list = join_names(kPredicates, &PredicateInfo::name);
  return list;
}

}  // namespace kg
