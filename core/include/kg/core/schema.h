// The registries of entity types and predicates: the single place that says which kinds of
// things and relations kg knows. Adding an entity type or a predicate is one entry in
// core/src/schema.cpp; storage codes (`code`) are written to disk and must never be reused.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace kg {

enum class EntityType : std::uint8_t { kPerson = 1, kOrganization = 2, kLocation = 3, kEvent = 4 };

// A set of entity types, one bit per type code.
using TypeMask = std::uint32_t;
constexpr TypeMask type_bit(EntityType t) { return TypeMask{1} << static_cast<unsigned>(t); }
constexpr TypeMask kAnyType = ~TypeMask{0};

struct EntityTypeInfo {
  EntityType type;
  std::string_view code;       // as written in document objects: "PER"
  std::string_view label;      // for people: "person"
  std::string_view rdf_class;  // the class exports give it, as a compact IRI: "schema:Person"
  // How pictures draw it (Graphviz node shape and fill; the README's legend shows them).
  std::string_view dot_shape;
  std::string_view dot_fill;
};

// Every known entity type, in code order.
std::span<const EntityTypeInfo> entity_types();
// Looks up "PER", "ORG", "LOC", "EVENT" (exact, upper case).
std::optional<EntityType> parse_entity_type(std::string_view code);
const EntityTypeInfo& info(EntityType type);
// Comma-separated codes of every type, for error messages and help.
std::string_view entity_type_list();

// Stable on-disk number of a predicate (one byte in edge keys).
using PredicateId = std::uint8_t;
using PredicateMask = std::uint64_t;
constexpr PredicateMask kAnyPredicate = ~PredicateMask{0};

struct PredicateInfo {
  PredicateId id;
  std::string_view name;                         // as written in document objects: "member_of"
  bool symmetric;                                // A p B implies B p A; stored once, with the smaller id first
  TypeMask subject_types;                        // allowed subject types
  TypeMask object_types;                         // allowed object types
  std::span<const std::string_view> attributes;  // attribute names a relation may carry
  std::string_view description;                  // one line, for help and exports
  // How RDF exports say it, as a compact IRI ("schema:memberOf"; "kg:" is kg's vocabulary,
  // README). rdf_inverse: the property points from object to subject (schema:attendee runs
  // from the event to the participant).
  std::string_view rdf_property;
  bool rdf_inverse;
  // The subject types rdf_property's domain (range, when inverse) admits: schema:memberOf takes
  // persons and organisations, not a state; for the others, rdf_other (kg's vocabulary, from
  // subject to object) says it.
  TypeMask rdf_subjects;
  std::string_view rdf_other;
  // How pictures label its edges, in English and in German (`kg render --labels en|de`).
  std::string_view label_en;
  std::string_view label_de;
};

// Every known predicate, in id order.
std::span<const PredicateInfo> predicates();
std::optional<PredicateId> parse_predicate(std::string_view name);
// The id of a predicate named in kg's own code ("holds_office"); an unknown name is a
// programmer's error (KG_ASSERT). Input goes through parse_predicate.
PredicateId predicate_id(std::string_view name);
// Requires a valid id (one returned by parse_predicate or stored by kg).
const PredicateInfo& predicate_info(PredicateId id);
// Nullptr when `id` is not a known predicate (e.g. read from a damaged database).
const PredicateInfo* find_predicate(PredicateId id);
constexpr PredicateMask predicate_bit(PredicateId id) { return PredicateMask{1} << id; }
// Comma-separated names of every predicate.
std::string_view predicate_list();

}  // namespace kg
