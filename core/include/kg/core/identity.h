// Entity identity across documents: when an entity of one document is the entity another document
// already put into the graph, and which of two spellings of one name the graph shows.
//
// The store joins a document's entity to a stored one only on equal identity keys, never on an
// alias, a title or a lone surname, so the graph does not depend on the order in which documents
// arrive:
//   - a person: the normalised full name (normalize_name: case, diacritics and dashes folded) of
//     at least two words; a single word ("Scholz") has no key and never joins across documents;
//   - an organisation or place: its normalised canonical name; a state also its ISO 3166 code (the
//     attribute "iso": "RU", "DE-BY"), and a place or organisation the name other languages give
//     it (the attribute "ref": "SCO" for "SOZ", "Beijing" for "Peking"), so that "Russland" and
//     "Russia" are one entity — those keys come first, the name's last (identity_keys), and any
//     joins;
//   - an event: what happened, where and when — the attributes "kind" (what the extractor calls
//     the event noun's kind: "Gipfel", "Wahl"), "organiser" (or topic), "place" and "date" (its
//     year is used). It has a key only when kind, year and organiser or place are known; an event
//     the text leaves vaguer stays its document's own. With "kind_ref", "organiser_ref" or
//     "place_ref" (what other languages call them: "summit", "SCO", "Beijing") it has that key
//     first, so a German and an English report of one summit are one event.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "kg/core/schema.h"

namespace kg {

// The identity key of an entity (see above), or nullopt when it joins nothing across documents.
std::optional<std::string> identity_key(EntityType type, std::string_view name, const nlohmann::json& attributes);

// Every identity key of an entity, the one to prefer first: a state's ISO key, then its name's
// (databases written before states had ISO keys know them by name only). Empty: none.
std::vector<std::string> identity_keys(EntityType type, std::string_view name, const nlohmann::json& attributes);

// Whether `candidate` is the better of two spellings of one name (equal identity keys), by a
// fixed order, so that the graph shows the same name whatever order documents come in: mixed case
// before all capitals ("Putin" before "PUTIN"), then more letters with diacritics ("Pejčinović"
// before "Pejcinovic"), then the longer, then the bytewise smaller. (Between the names languages
// give one entity the store prefers the one more documents use, and this order on a tie.)
bool better_spelling(std::string_view candidate, std::string_view current);

}  // namespace kg
