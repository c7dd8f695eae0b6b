#include "kg/core/document.h"

#include <string>
#include <unordered_map>

#include "kg/core/text.h"

namespace kg {
namespace {

using nlohmann::json;

// Field access with the path of the field in error messages.
class Reader {
 public:
  Status error(const std::string& path, const std::string& what) const {
    return Status::InvalidInput(path + ": " + what);
  }

  Status string_field(const json& obj, const char* key, const std::string& path, bool required,
                      std::string* out) const {
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) {
      if (required) return error(path + key, "missing");
      return Status::Ok();
    }
    if (!it->is_string()) return error(path + key, "must be a string");
    *out = it->get<std::string>();
    return Status::Ok();
  }

  Status span_fields(const json& obj, const std::string& path, Span* out) const {
    for (const char* key : {"start", "end"}) {
      auto it = obj.find(key);
      if (it == obj.end()) return error(path + key, "missing");
      if (!it->is_number_unsigned()) return error(path + key, "must be a non-negative integer");
    }
    out->start = obj["start"].get<std::uint64_t>();
    out->end = obj["end"].get<std::uint64_t>();
    if (out->start > out->end) return error(path + "end", "lies before start");
    return Status::Ok();
  }

  Status attributes(const json& obj, const std::string& path, json* out) const {
    auto it = obj.find("attributes");
    if (it == obj.end() || it->is_null()) return Status::Ok();
    if (!it->is_object()) return error(path + "attributes", "must be an object");
    *out = *it;
    return Status::Ok();
  }
};

Status parse_entity(const Reader& r, const json& j, const std::string& path, Entity* e) {
  if (!j.is_object()) return r.error(path, "must be an object");
  KG_RETURN_IF_ERROR(r.string_field(j, "id", path + ".", true, &e->id));
  KG_RETURN_IF_ERROR(r.string_field(j, "name", path + ".", true, &e->name));
  if (normalize_name(e->name).empty()) return r.error(path + ".name", "is empty");
  std::string type;
  KG_RETURN_IF_ERROR(r.string_field(j, "type", path + ".", true, &type));
  auto t = parse_entity_type(type);
  if (!t) {
    return r.error(path + ".type", "unknown entity type \"" + type + "\" (known: " +
                                       std::string(entity_type_list()) + ")");
  }
  e->type = *t;
  if (auto it = j.find("aliases"); it != j.end() && !it->is_null()) {
    if (!it->is_array()) return r.error(path + ".aliases", "must be an array of strings");
    for (std::size_t i = 0; i < it->size(); ++i) {
      const json& a = (*it)[i];
      if (!a.is_string()) return r.error(path + ".aliases[" + std::to_string(i) + "]", "must be a string");
      if (!normalize_name(a.get<std::string>()).empty()) e->aliases.push_back(a.get<std::string>());
    }
  }
  if (auto it = j.find("mentions"); it != j.end() && !it->is_null()) {
    if (!it->is_array()) return r.error(path + ".mentions", "must be an array");
    for (std::size_t i = 0; i < it->size(); ++i) {
      const json& m = (*it)[i];
      std::string mpath = path + ".mentions[" + std::to_string(i) + "].";
      if (!m.is_object()) return r.error(mpath, "must be an object");
      Mention mention;
      KG_RETURN_IF_ERROR(r.span_fields(m, mpath, &mention.span));
      KG_RETURN_IF_ERROR(r.string_field(m, "text", mpath, false, &mention.text));
      e->mentions.push_back(std::move(mention));
    }
  }
  return r.attributes(j, path + ".", &e->attributes);
}

Status parse_relation(const Reader& r, const json& j, const std::string& path,
                      const std::unordered_map<std::string, EntityType>& types, Relation* rel) {
  if (!j.is_object()) return r.error(path, "must be an object");
  KG_RETURN_IF_ERROR(r.string_field(j, "subject", path + ".", true, &rel->subject));
  KG_RETURN_IF_ERROR(r.string_field(j, "object", path + ".", true, &rel->object));
  std::string pred;
  KG_RETURN_IF_ERROR(r.string_field(j, "predicate", path + ".", true, &pred));
  auto p = parse_predicate(pred);
  if (!p) {
    return r.error(path + ".predicate",
                   "unknown predicate \"" + pred + "\" (known: " + std::string(predicate_list()) + ")");
  }
  rel->predicate = *p;
  const PredicateInfo& info_p = predicate_info(*p);
  auto subject = types.find(rel->subject);
  if (subject == types.end()) {
    return r.error(path + ".subject", "no entity with id \"" + rel->subject + "\" in this document");
  }
  auto object = types.find(rel->object);
  if (object == types.end()) {
    return r.error(path + ".object", "no entity with id \"" + rel->object + "\" in this document");
  }
  if (rel->subject == rel->object) return r.error(path, "subject and object are the same entity");
  if ((info_p.subject_types & type_bit(subject->second)) == 0) {
    return r.error(path + ".subject", std::string(info_p.name) + " does not take a subject of type " +
                                          std::string(info(subject->second).code));
  }
  if ((info_p.object_types & type_bit(object->second)) == 0) {
    return r.error(path + ".object", std::string(info_p.name) + " does not take an object of type " +
                                         std::string(info(object->second).code));
  }
  KG_RETURN_IF_ERROR(r.attributes(j, path + ".", &rel->attributes));
  for (const auto& [key, value] : rel->attributes.items()) {
    bool known = false;
    for (std::string_view a : info_p.attributes) known = known || a == key;
    if (!known) {
      return r.error(path + ".attributes." + key,
                     "not an attribute of " + std::string(info_p.name));
    }
    if (!value.is_string()) return r.error(path + ".attributes." + key, "must be a string");
  }
  if (auto it = j.find("confidence"); it != j.end() && !it->is_null()) {
    if (!it->is_number()) return r.error(path + ".confidence", "must be a number");
    rel->confidence = it->get<double>();
    if (!(rel->confidence >= 0.0 && rel->confidence <= 1.0)) {
      return r.error(path + ".confidence", "must lie between 0 and 1");
    }
  }
  KG_RETURN_IF_ERROR(r.string_field(j, "rule", path + ".", false, &rel->rule));
  auto ev = j.find("evidence");
  if (ev == j.end() || !ev->is_object()) return r.error(path + ".evidence", "missing (every fact keeps its sentence)");
  KG_RETURN_IF_ERROR(r.span_fields(*ev, path + ".evidence.", &rel->evidence.span));
  KG_RETURN_IF_ERROR(r.string_field(*ev, "text", path + ".evidence.", true, &rel->evidence.text));
  return Status::Ok();
}

}  // namespace

Result<Document> document_from_json(const json& j) {
  Reader r;
  if (!j.is_object()) return r.error("document", "must be a JSON object");
  Document doc;
  KG_RETURN_IF_ERROR(r.string_field(j, "id", "", true, &doc.id));
  if (doc.id.empty()) return r.error("id", "is empty");
  KG_RETURN_IF_ERROR(r.string_field(j, "source", "", false, &doc.source));
  KG_RETURN_IF_ERROR(r.string_field(j, "date", "", false, &doc.date));
  KG_RETURN_IF_ERROR(r.string_field(j, "lang", "", false, &doc.lang));

  std::unordered_map<std::string, EntityType> types;
  if (auto it = j.find("entities"); it != j.end() && !it->is_null()) {
    if (!it->is_array()) return r.error("entities", "must be an array");
    for (std::size_t i = 0; i < it->size(); ++i) {
      Entity e;
      std::string path = "entities[" + std::to_string(i) + "]";
      KG_RETURN_IF_ERROR(parse_entity(r, (*it)[i], path, &e));
      if (!types.emplace(e.id, e.type).second) {
        return r.error(path + ".id", "duplicate entity id \"" + e.id + "\"");
      }
      doc.entities.push_back(std::move(e));
    }
  }
  if (auto it = j.find("relations"); it != j.end() && !it->is_null()) {
    if (!it->is_array()) return r.error("relations", "must be an array");
    for (std::size_t i = 0; i < it->size(); ++i) {
      Relation rel;
      KG_RETURN_IF_ERROR(parse_relation(r, (*it)[i], "relations[" + std::to_string(i) + "]", types, &rel));
      doc.relations.push_back(std::move(rel));
    }
  }
  return doc;
}

Result<Document> document_from_json_text(std::string_view text) {
  if (auto bad = find_invalid_utf8(text)) {
    return Status::InvalidInput("invalid UTF-8 at byte " + std::to_string(*bad));
  }
  json j;
  try {
    j = json::parse(text);
  } catch (const json::parse_error& e) {
    std::string what = e.what();
    // "[json.exception.parse_error.101] parse error at line 1, column 5: ..." → drop the tag.
    if (auto pos = what.find("] "); pos != std::string::npos) what = what.substr(pos + 2);
    return Status::InvalidInput("malformed JSON: " + what);
  }
  return document_from_json(j);
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
    json jr = {{"subject", r.subject},
               {"predicate", predicate_info(r.predicate).name},
               {"object", r.object}};
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
