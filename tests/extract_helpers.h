// Helpers of the extraction tests: the German pack's word classes, the built-in extractor, and
// the facts a text gives as "Subject predicate Object" lines.
#pragma once

#include <algorithm>
#include <memory>
#include <set>
#include <string>
#include <string_view>

#include "../extract/src/pack.h"
#include "kg/extract/extract.h"
#include "test_helpers.h"

namespace kg::test {

inline const extract::WordClasses& german() { return extract::builtin_german_pack().words; }

// The built-in packs with the user's rule file.
inline extract::Options with_rules(const std::string& file) {
  extract::Options o;
  o.rule_files = {file};
  return o;
}

inline const extract::Extractor& extractor() {
  static std::unique_ptr<extract::Extractor> x = [] {
    auto r = extract::Extractor::create();
    REQUIRE_OK(r);
    return std::move(r).value();
  }();
  return *x;
}

// An event's name and place ("summit @ Lima"): its name holds no place, its "place" attribute does.
inline std::string event_at(const Entity& e) {
  const std::string place = e.attributes.is_object() ? e.attributes.value("place", "") : "";
  return place.empty() ? e.name : e.name + " @ " + place;
}

// "Subject predicate Object" (an event as "name @ place") for every relation of the text in `lang`, read by `x` (the
// built-in packs), the document dated `date` (ISO 8601; empty: none).
inline std::set<std::string> facts(const std::string& text, const extract::Extractor& x = extractor(),
                                   const std::string& lang = "de", const std::string& date = "") {
  auto doc = x.extract(extract::Input{text, "test", date, lang});
  REQUIRE_OK(doc);
  std::set<std::string> out;
  auto name = [&](const std::string& id) {
    for (const Entity& e : doc->entities)
      if (e.id == id) return e.type == EntityType::kEvent ? event_at(e) : e.name;
    return id;
  };
  for (const Relation& r : doc->relations) {
    out.insert(name(r.subject) + " " + std::string(predicate_info(r.predicate).name) + " " + name(r.object));
    CHECK(!r.rule.empty());
    CHECK(text.substr(r.evidence.span.start, r.evidence.span.end - r.evidence.span.start) == r.evidence.text);
  }
  return out;
}

// "Person holds_office Place (Role)" for every office the text in `lang` gives.
inline std::set<std::string> offices(const std::string& text, const std::string& lang = "de") {
  auto doc = extractor().extract(extract::Input{text, "test", "", lang});
  REQUIRE_OK(doc);
  std::set<std::string> out;
  auto name = [&](const std::string& id) {
    for (const Entity& e : doc->entities)
      if (e.id == id) return e.name;
    return id;
  };
  for (const Relation& r : doc->relations)
    if (std::string(predicate_info(r.predicate).name) == "holds_office")
      out.insert(name(r.subject) + " holds_office " + name(r.object) + " (" +
                 (r.attributes.is_object() ? r.attributes.value("role", "") : std::string()) + ")");
  return out;
}

// Whether some fact starts with `start`, holds `part` and ends with `end` ("Jan Test participates_in"
// … "summit"): for facts whose event name the test need not spell out.
inline bool has_fact(const std::set<std::string>& facts, std::string_view start, std::string_view part,
                     std::string_view end = {}) {
  return std::any_of(facts.begin(), facts.end(), [&](const std::string& f) {
    return f.starts_with(start) && f.find(part) != std::string::npos && f.ends_with(end);
  });
}

// Whether the facts say a and b meet, written either way round.
inline bool met(const std::set<std::string>& facts, const std::string& a, const std::string& b) {
  return facts.count(a + " meets_with " + b) + facts.count(b + " meets_with " + a) > 0;
}

// Whether the document's entity named `name` has a mention written `text` ("president" of "Peter Test").
inline bool has_mention(const Document& doc, std::string_view name, std::string_view text) {
  return std::any_of(doc.entities.begin(), doc.entities.end(), [&](const Entity& e) {
    return e.name == name &&
           std::any_of(e.mentions.begin(), e.mentions.end(), [&](const auto& m) { return m.text == text; });
  });
}

// "Name TYPE" for every entity of the text in `lang` and for each of its other names ("Gipfel EVENT").
inline std::set<std::string> entity_names(const std::string& text, const std::string& lang = "de") {
  auto doc = extractor().extract(extract::Input{text, "test", "", lang});
  REQUIRE_OK(doc);
  std::set<std::string> out;
  for (const Entity& e : doc->entities) {
    const std::string type(info(e.type).code);
    out.insert(e.name + " " + type);
    for (const std::string& a : e.aliases) out.insert(a + " " + type);
  }
  return out;
}

// The names of the text's events in `lang`.
inline std::set<std::string> event_names(const std::string& text, const std::string& lang = "de") {
  auto doc = extractor().extract(extract::Input{text, "test", "", lang});
  REQUIRE_OK(doc);
  std::set<std::string> out;
  for (const Entity& e : doc->entities)
    if (e.type == EntityType::kEvent) out.insert(e.name);
  return out;
}

// "Event @ place" for every event of the text in `lang`, each as often as the text has such an event.
inline std::multiset<std::string> events_at(const std::string& text, const std::string& lang = "de") {
  auto doc = extractor().extract(extract::Input{text, "test", "", lang});
  REQUIRE_OK(doc);
  std::multiset<std::string> out;
  for (const Entity& e : doc->entities)
    if (e.type == EntityType::kEvent) out.insert(event_at(e));
  return out;
}

// "Event @ place: organiser" for every event of the text in `lang` (its "organiser" attribute, else "").
inline std::set<std::string> event_organisers(const std::string& text, const std::string& lang = "de") {
  auto doc = extractor().extract(extract::Input{text, "test", "", lang});
  REQUIRE_OK(doc);
  std::set<std::string> out;
  for (const Entity& e : doc->entities)
    if (e.type == EntityType::kEvent) out.insert(event_at(e) + ": " + e.attributes.value("organiser", ""));
  return out;
}

// Whether a rule of that name made one of the document's relations.
inline bool has_rule(const Document& d, std::string_view rule) {
  return std::any_of(d.relations.begin(), d.relations.end(), [&](const Relation& r) { return r.rule == rule; });
}

}  // namespace kg::test
