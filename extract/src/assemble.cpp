#include "assemble.h"

#include <algorithm>
#include <cctype>

#include "dates.h"

namespace kg::extract {
namespace {

EntityType type_of(Kind k) {
  switch (k) {
    case Kind::kPerson:
      return EntityType::kPerson;
    case Kind::kOrg:
      return EntityType::kOrganization;
    case Kind::kEvent:
      return EntityType::kEvent;
    case Kind::kCountry:
    case Kind::kCity:
    case Kind::kRegion:
    case Kind::kBuilding:
      return EntityType::kLocation;
  }
  return EntityType::kLocation;
}

// The first date a sentence that mentions the event gives ("vom 3. bis 5. Juli 2024").
std::optional<std::string> event_date(const Pack& pack, const Text& text, const Ent& e, const std::string& date) {
  for (const Mention& m : e.mentions) {
    auto sen = std::upper_bound(text.sentences.begin(), text.sentences.end(), m.span.start,
                                [](std::uint64_t at, const Sentence& x) { return at < x.start; });
    if (sen == text.sentences.begin()) continue;
    --sen;
    if (auto when = sentence_date(text.tokens, sen->first, sen->last, date, pack.words)) return when;
  }
  return std::nullopt;
}

Entity entity_of(const Pack& pack, const Text& text, const Mentions& mentions, const Frame& frame, const Ent& e) {
  Entity out;
  out.name = e.name;
  out.type = type_of(e.kind);
  for (const std::string& f : e.forms)
    if (f != e.name) out.aliases.push_back(f);
  out.mentions = e.mentions;
  out.attributes = nlohmann::json::object();
  if (e.kind == Kind::kBuilding) out.attributes["kind"] = "building";
  // A state's ISO 3166 code: one entity of the graph whatever the language names it (core/identity.h).
  if (e.kind == Kind::kCountry && !e.code.empty()) out.attributes["iso"] = e.code;
  if (!e.ref.empty()) out.attributes["ref"] = e.ref;  // its name in other languages, which joins it too
  if (e.kind == Kind::kRegion) out.attributes["kind"] = "region";
  if (e.kind != Kind::kEvent) return out;
  // What resolution needs to name the event and to tell it from others (core/identity.h).
  if (!e.base_name.empty()) out.name = e.base_name;
  if (!e.event_kind.empty()) out.attributes["kind"] = e.event_kind;
  if (e.organiser >= 0) out.attributes["organiser"] = mentions.ent(e.organiser).name;
  if (e.organiser < 0 && !e.topic.empty()) out.attributes["organiser"] = e.topic;
  if (e.place >= 0) out.attributes["place"] = mentions.ent(e.place).name;
  // "the next summit": resolution keeps it apart from the article's summit.
  if (!e.relative.empty()) out.attributes["relative"] = e.relative;
  if (!e.variant.empty()) out.attributes["variant"] = e.variant;
  // ("das Treffen 2025 in X": the year that made it another event is its date)
  if (e.relative.size() == 4 && std::isdigit(static_cast<unsigned char>(e.relative[0])))
    out.attributes["date"] = e.relative;
  else if (auto when = event_date(pack, text, e, frame.date))
    out.attributes["date"] = *when;
  return out;
}

}  // namespace

void assemble(const Pack& pack, const Text& text, const Mentions& mentions, const Frame& frame,
              const std::vector<Rel>& relations, Document& doc) {
  std::vector<std::string> local(mentions.ents.size());
  for (std::size_t i = 0; i < mentions.ents.size(); ++i) {
    const Ent& e = mentions.ents[i];
    if (e.mentions.empty()) continue;
    Entity out = entity_of(pack, text, mentions, frame, e);
    out.id = std::to_string(doc.entities.size() + 1);
    out.id.insert(out.id.begin(), 'e');  // (not "e" + …: GCC 12 warns falsely of an overlap there)
    local[i] = out.id;
    doc.entities.push_back(std::move(out));
  }
  for (const Rel& r : relations) {
    Relation out;
    out.subject = local[static_cast<std::size_t>(r.s)];
    out.object = local[static_cast<std::size_t>(r.o)];
    if (out.subject.empty() || out.object.empty()) continue;
    out.predicate = r.p;
    out.attributes = r.role.empty() ? nlohmann::json::object() : nlohmann::json{{"role", r.role}};
    out.confidence = r.confidence;
    const Sentence& sen = text.sentences[r.sentence];
    out.evidence.span = Span{sen.start, sen.end};
    out.evidence.text = std::string(text.text.substr(sen.start, sen.end - sen.start));
    out.rule = r.rule;
    doc.relations.push_back(std::move(out));
  }
}

}  // namespace kg::extract
