// The document object: the one contract between extraction and storage (see DESIGN.md).
//
// A document object holds what one article says: its entities (with document-local ids) and
// the relations between them, each relation with the sentence it came from. Offsets are UTF-8
// byte offsets into the document's text as it was read (`kg extract` normalises quotes and
// hyphens to find names, but maps its spans back). `kg extract` writes these objects as JSON
// Lines; `kg load` reads them. Both directions go through document_from_json/document_to_json
// so that extraction and storage cannot disagree on the format.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "kg/core/schema.h"
#include "kg/core/status.h"

namespace kg {

struct Span {
  std::uint64_t start = 0;  // byte offset of the first byte
  std::uint64_t end = 0;    // byte offset one past the last byte; start <= end
};

struct Mention {
  Span span;
  std::string text;
};

struct Entity {
  std::string id;  // local to the document ("e1")
  std::string name;
  EntityType type = EntityType::kPerson;
  std::vector<std::string> aliases;
  std::vector<Mention> mentions;
  nlohmann::json attributes;  // an object, or null for none
};

struct Evidence {
  Span span;         // the sentence's byte span in the document
  std::string text;  // the sentence
};

struct Relation {
  std::string subject;  // a document-local entity id
  PredicateId predicate = 0;
  std::string object;         // a document-local entity id
  nlohmann::json attributes;  // e.g. {"role": "Präsident"}; null for none
  double confidence = 1.0;    // in [0, 1]
  Evidence evidence;
  std::string rule;  // which extraction rule made it; empty when unknown
};

struct Document {
  std::string id;      // a hash of the normalised text ("sha256:…"); the identity of the document
  std::string source;  // where the text came from (path or URL)
  std::string date;    // ISO 8601, possibly partial ("2024-07"); empty when unknown
  std::string lang;    // BCP 47 language ("de"); empty when unknown
  std::vector<Entity> entities;
  std::vector<Relation> relations;
};

// Parses and validates one document object. Ensures on success: every relation names entities of
// the document, predicates and types are known, the predicate's subject/object types allow the
// ends, names are non-empty, spans are ordered and confidence lies in [0, 1]. The error message
// says which field is wrong ("relations[3].predicate: unknown predicate \"likes\"").
Result<Document> document_from_json(const nlohmann::json& j);
// Parses one line of JSON text into a document (syntax errors included in the Status).
Result<Document> document_from_json_text(std::string_view text);

nlohmann::json document_to_json(const Document& doc);

}  // namespace kg
