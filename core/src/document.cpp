#include "kg/core/document.h"

#include <string>
#include <unordered_map>

#include <simdjson.h>

#include "kg/core/text.h"

namespace kg {
namespace {

using nlohmann::json;
using simdjson::dom::element;
using simdjson::dom::element_type;

// Validation of one document object parsed by simdjson (the load path reads gigabytes of JSON
// Lines: simdjson parses them about ten times faster than a DOM of nlohmann::json). Every error
// names the field by its path.
class Reader {
 public:
  static Status error(const std::string& path, const std::string& what) {
    return Status::InvalidInput(path + ": " + what);
  }

  static Status string_field(element obj, const char* key, const std::string& path, bool required, std::string* out) {
    element v;
    if (obj[key].get(v) != simdjson::SUCCESS || v.is_null()) {
      if (required) return error(path + key, "missing");
      return Status::Ok();
    }
    std::string_view sv;
    if (v.get_string().get(sv) != simdjson::SUCCESS) return error(path + key, "must be a string");
    out->assign(sv);
    return Status::Ok();
  }

  static Status span_fields(element obj, const std::string& path, Span* out) {
    for (auto [key, slot] : {std::pair{"start", &out->start}, std::pair{"end", &out->end}}) {
      element v;
      if (obj[key].get(v) != simdjson::SUCCESS) return error(path + key, "missing");
      if (v.get_uint64().get(*slot) != simdjson::SUCCESS) return error(path + key, "must be a non-negative integer");
    }
    if (out->start > out->end) return error(path + "end", "lies before start");
    return Status::Ok();
  }

  // Attributes are small objects of strings; they are kept as nlohmann::json for the model.
  static Status attributes(element obj, const std::string& path, json* out) {
    element v;
    if (obj["attributes"].get(v) != simdjson::SUCCESS || v.is_null()) return Status::Ok();
    simdjson::dom::object o;
    if (v.get_object().get(o) != simdjson::SUCCESS) return error(path + "attributes", "must be an object");
    for (auto field : o) {
      std::string_view sv;
      if (field.value.get_string().get(sv) != simdjson::SUCCESS) {
        return error(path + "attributes." + std::string(field.key), "must be a string");
      }
      (*out)[std::string(field.key)] = std::string(sv);
    }
    return Status::Ok();
  }

  // The array under `key`, or an empty one when absent or null.
  static Status array_field(element obj, const char* key, const std::string& path, simdjson::dom::array* out,
                            bool* present) {
    element v;
    *present = obj[key].get(v) == simdjson::SUCCESS && !v.is_null();
    if (!*present) return Status::Ok();
    if (v.get_array().get(*out) != simdjson::SUCCESS) return error(path + key, "must be an array");
    return Status::Ok();
  }
};

Status parse_entity(element j, const std::string& path, Entity* e) {
  using R = Reader;
  if (!j.is_object()) return R::error(path, "must be an object");
  KG_RETURN_IF_ERROR(R::string_field(j, "id", path + ".", true, &e->id));
  KG_RETURN_IF_ERROR(R::string_field(j, "name", path + ".", true, &e->name));
  if (normalize_name(e->name).empty()) return R::error(path + ".name", "is empty");
  std::string type;
  KG_RETURN_IF_ERROR(R::string_field(j, "type", path + ".", true, &type));
  auto t = parse_entity_type(type);
  if (!t) {
    return R::error(path + ".type",
                    "unknown entity type \"" + type + "\" (known: " + std::string(entity_type_list()) + ")");
  }
  e->type = *t;
  simdjson::dom::array arr;
  bool present = false;
  KG_RETURN_IF_ERROR(R::array_field(j, "aliases", path + ".", &arr, &present));
  if (present) {
    std::size_t i = 0;
    for (element a : arr) {
      std::string_view sv;
      if (a.get_string().get(sv) != simdjson::SUCCESS)
        return R::error(path + ".aliases[" + std::to_string(i) + "]", "must be a string");
      if (!normalize_name(sv).empty()) e->aliases.emplace_back(sv);
      ++i;
    }
  }
  KG_RETURN_IF_ERROR(R::array_field(j, "mentions", path + ".", &arr, &present));
  if (present) {
    std::size_t i = 0;
    for (element m : arr) {
      std::string mpath = path + ".mentions[" + std::to_string(i++) + "].";
      if (!m.is_object()) return R::error(mpath, "must be an object");
      Mention mention;
      KG_RETURN_IF_ERROR(R::span_fields(m, mpath, &mention.span));
      KG_RETURN_IF_ERROR(R::string_field(m, "text", mpath, false, &mention.text));
      e->mentions.push_back(std::move(mention));
    }
  }
  return R::attributes(j, path + ".", &e->attributes);
}

Status parse_relation(element j, const std::string& path, const std::unordered_map<std::string, EntityType>& types,
                      Relation* rel) {
  using R = Reader;
  if (!j.is_object()) return R::error(path, "must be an object");
  KG_RETURN_IF_ERROR(R::string_field(j, "subject", path + ".", true, &rel->subject));
  KG_RETURN_IF_ERROR(R::string_field(j, "object", path + ".", true, &rel->object));
  std::string pred;
  KG_RETURN_IF_ERROR(R::string_field(j, "predicate", path + ".", true, &pred));
  auto p = parse_predicate(pred);
  if (!p) {
    return R::error(path + ".predicate",
                    "unknown predicate \"" + pred + "\" (known: " + std::string(predicate_list()) + ")");
  }
  rel->predicate = *p;
  const PredicateInfo& info_p = predicate_info(*p);
  auto subject = types.find(rel->subject);
  if (subject == types.end())
    return R::error(path + ".subject", "no entity with id \"" + rel->subject + "\" in this document");
  auto object = types.find(rel->object);
  if (object == types.end())
    return R::error(path + ".object", "no entity with id \"" + rel->object + "\" in this document");
  if (rel->subject == rel->object) return R::error(path, "subject and object are the same entity");
  if ((info_p.subject_types & type_bit(subject->second)) == 0) {
    return R::error(path + ".subject", std::string(info_p.name) + " does not take a subject of type " +
                                           std::string(info(subject->second).code));
  }
  if ((info_p.object_types & type_bit(object->second)) == 0) {
    return R::error(path + ".object", std::string(info_p.name) + " does not take an object of type " +
                                          std::string(info(object->second).code));
  }
  KG_RETURN_IF_ERROR(R::attributes(j, path + ".", &rel->attributes));
  for (const auto& [key, value] : rel->attributes.items()) {
    bool known = false;
    for (std::string_view a : info_p.attributes) known = known || a == key;
    if (!known) return R::error(path + ".attributes." + key, "not an attribute of " + std::string(info_p.name));
  }
  element c;
  if (j["confidence"].get(c) == simdjson::SUCCESS && !c.is_null()) {
    if (c.get_double().get(rel->confidence) != simdjson::SUCCESS)
      return R::error(path + ".confidence", "must be a number");
    if (!(rel->confidence >= 0.0 && rel->confidence <= 1.0))
      return R::error(path + ".confidence", "must lie between 0 and 1");
  }
  KG_RETURN_IF_ERROR(R::string_field(j, "rule", path + ".", false, &rel->rule));
  element ev;
  if (j["evidence"].get(ev) != simdjson::SUCCESS || !ev.is_object()) {
    return R::error(path + ".evidence", "missing (every fact keeps its sentence)");
  }
  KG_RETURN_IF_ERROR(R::span_fields(ev, path + ".evidence.", &rel->evidence.span));
  return R::string_field(ev, "text", path + ".evidence.", true, &rel->evidence.text);
}

Result<Document> parse_document(element j) {
  using R = Reader;
  if (!j.is_object()) return R::error("document", "must be a JSON object");
  Document doc;
  KG_RETURN_IF_ERROR(R::string_field(j, "id", "", true, &doc.id));
  if (doc.id.empty()) return R::error("id", "is empty");
  KG_RETURN_IF_ERROR(R::string_field(j, "source", "", false, &doc.source));
  KG_RETURN_IF_ERROR(R::string_field(j, "date", "", false, &doc.date));
  KG_RETURN_IF_ERROR(R::string_field(j, "lang", "", false, &doc.lang));

  std::unordered_map<std::string, EntityType> types;
  simdjson::dom::array arr;
  bool present = false;
  KG_RETURN_IF_ERROR(R::array_field(j, "entities", "", &arr, &present));
  if (present) {
    doc.entities.reserve(arr.size());
    std::size_t i = 0;
    for (element e : arr) {
      Entity entity;
      std::string path = "entities[" + std::to_string(i++) + "]";
      KG_RETURN_IF_ERROR(parse_entity(e, path, &entity));
      if (!types.emplace(entity.id, entity.type).second)
        return R::error(path + ".id", "duplicate entity id \"" + entity.id + "\"");
      doc.entities.push_back(std::move(entity));
    }
  }
  KG_RETURN_IF_ERROR(R::array_field(j, "relations", "", &arr, &present));
  if (present) {
    doc.relations.reserve(arr.size());
    std::size_t i = 0;
    for (element r : arr) {
      Relation rel;
      KG_RETURN_IF_ERROR(parse_relation(r, "relations[" + std::to_string(i++) + "]", types, &rel));
      doc.relations.push_back(std::move(rel));
    }
  }
  return doc;
}

// Why `text` is not a document's JSON, in one line of bounded length.
std::string describe_json_error(std::string_view text, simdjson::error_code error) {
  constexpr std::size_t kMaxMessage = 160;
  std::string what;
  if (error == simdjson::NUMBER_ERROR || error == simdjson::NUMBER_OUT_OF_RANGE) {
    what = "a number that is malformed or out of range (integers must fit in 64 bits, decimals in a double)";
  } else {
    // nlohmann says where and what; it quotes the input it read last, which may be the whole
    // line, so the message is cut.
    try {
      json unused = json::parse(text);
      what = simdjson::error_message(error);
    } catch (const json::exception& e) {
      what = e.what();
      // "[json.exception.parse_error.101] parse error at line 1, column 5: ..." → drop the tag.
      if (auto pos = what.find("] "); pos != std::string::npos) what = what.substr(pos + 2);
    }
  }
  for (char& c : what)
    if (static_cast<unsigned char>(c) < 0x20) c = ' ';
  if (what.size() > kMaxMessage) {
    std::size_t cut = kMaxMessage;
    while (cut > 0 && (static_cast<unsigned char>(what[cut]) & 0xC0) == 0x80) --cut;  // whole UTF-8 characters
    what = what.substr(0, cut) + "…";
  }
  return "malformed JSON: " + what;
}

}  // namespace

Result<Document> document_from_json(const json& j) { return document_from_json_text(j.dump()); }

Result<Document> document_from_json_text(std::string_view text) {
  if (auto bad = find_invalid_utf8(text)) {
    return Status::InvalidInput("invalid UTF-8 at byte " + std::to_string(*bad));
  }
  // A byte order mark, as some editors write it, is not part of the document.
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  thread_local simdjson::dom::parser parser;
  element root;
  if (auto error = parser.parse(text.data(), text.size(), /*realloc_if_needed=*/true).get(root);
      error != simdjson::SUCCESS) {
    return Status::InvalidInput(describe_json_error(text, error));
  }
  return parse_document(root);
}

json document_to_json(const Document& doc) {
  json j = json::object();
  j["id"] = doc.id;
  j["source"] = doc.source;
  if (!doc.date.empty()) j["date"] = doc.date;
  if (!doc.lang.empty()) j["lang"] = doc.lang;
  json entities = json::array();
  for (const Entity& e : doc.entities) {
    json je = {{"id", e.id}, {"name", e.name}, {"type", info(e.type).code}, {"aliases", e.aliases}};
    json mentions = json::array();
    for (const Mention& m : e.mentions) {
      mentions.push_back({{"start", m.span.start}, {"end", m.span.end}, {"text", m.text}});
    }
    je["mentions"] = std::move(mentions);
    if (!e.attributes.empty()) je["attributes"] = e.attributes;
    entities.push_back(std::move(je));
  }
  j["entities"] = std::move(entities);
  json relations = json::array();
  for (const Relation& r : doc.relations) {
    json jr = {{"subject", r.subject}, {"predicate", predicate_info(r.predicate).name}, {"object", r.object}};
    if (!r.attributes.empty()) jr["attributes"] = r.attributes;
    jr["confidence"] = r.confidence;
    jr["evidence"] = {{"start", r.evidence.span.start}, {"end", r.evidence.span.end}, {"text", r.evidence.text}};
    if (!r.rule.empty()) jr["rule"] = r.rule;
    relations.push_back(std::move(jr));
  }
  j["relations"] = std::move(relations);
  return j;
}

}  // namespace kg
