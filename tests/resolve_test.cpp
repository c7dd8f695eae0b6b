// Resolution within one document (extract/src/resolve.h): events, persons, junk names, aliases
// and inflection, on document objects of our own, and end to end on sentences of our own.
#include <algorithm>
#include <set>

#include "../extract/src/lexicon.h"
#include "../extract/src/pack.h"
#include "../extract/src/resolve.h"
#include "extract_helpers.h"
#include "kg/extract/extract.h"
#include "test_helpers.h"

using namespace kg;
using namespace kg::extract;
using nlohmann::json;

namespace {

const Pack& german() { return builtin_german_pack(); }

Entity ent(std::string id, std::string name, EntityType type, std::vector<std::string> aliases = {},
           json attributes = json::object()) {
  Entity e;
  e.id = std::move(id);
  e.name = std::move(name);
  e.type = type;
  e.aliases = std::move(aliases);
  e.attributes = std::move(attributes);
  return e;
}

Relation rel(std::string s, const char* p, std::string o) {
  Relation r;
  r.subject = std::move(s);
  r.predicate = predicate_id(p);
  r.object = std::move(o);
  return r;
}

const Entity* named(const Document& d, std::string_view name) {
  for (const Entity& e : d.entities)
    if (e.name == name) return &e;
  return nullptr;
}

bool has_alias(const Entity& e, std::string_view a) {
  return std::find(e.aliases.begin(), e.aliases.end(), a) != e.aliases.end();
}

// "s predicate o" by names (an event as "name @ place").
std::set<std::string> facts_of(const Document& d) {
  std::set<std::string> out;
  auto name = [&](const std::string& id) {
    for (const Entity& e : d.entities)
      if (e.id == id) return e.type == EntityType::kEvent ? kg::test::event_at(e) : e.name;
    return "?" + id;
  };
  for (const Relation& r : d.relations)
    out.insert(name(r.subject) + " " + std::string(predicate_info(r.predicate).name) + " " + name(r.object));
  return out;
}

}  // namespace

TEST_CASE("One article's mentions of one summit become one event named by organiser and year, held in its place",
          "[extract][resolution]") {
  Document d;
  d.date = "2031-03-04";
  d.entities = {ent("e1", "Gipfel", EntityType::kEvent, {}, {{"kind", "Gipfel"}}),
                ent("e2", "Nordbund-Gipfel", EntityType::kEvent, {"Gipfel", "Nordbund-Gipfels"},
                    {{"kind", "Gipfel"}, {"organiser", "Nordbund"}}),
                ent("e3", "Gipfel", EntityType::kEvent, {}, {{"kind", "Gipfel"}, {"place", "Musterstadt"}}),
                ent("e4", "Wahl", EntityType::kEvent, {}, {{"kind", "Wahl"}}),
                ent("p", "Anna Muster", EntityType::kPerson),
                ent("m", "Musterstadt", EntityType::kLocation)};
  d.relations = {rel("p", "participates_in", "e1"), rel("e3", "held_in", "m")};
  resolve_document(d, german());
  // The place is its held_in fact, not part of its name; the name with the place is an alias.
  const Entity* summit = named(d, "Nordbund-Gipfel (2031)");
  REQUIRE(summit);
  CHECK(has_alias(*summit, "Nordbund-Gipfel in Musterstadt (2031)"));
  CHECK(summit->attributes.value("organiser", "") == "Nordbund");
  CHECK(summit->attributes.value("place", "") == "Musterstadt");
  CHECK(summit->attributes.value("date", "") == "2031-03-04");
  CHECK(has_alias(*summit, "Nordbund-Gipfels"));
  CHECK_FALSE(has_alias(*summit, "Gipfel"));  // a generic noun is no name of one event
  CHECK(named(d, "Wahl (2031)"));             // another kind stays apart
  CHECK(facts_of(d) == std::set<std::string>{"Anna Muster participates_in Nordbund-Gipfel (2031) @ Musterstadt",
                                             "Nordbund-Gipfel (2031) @ Musterstadt held_in Musterstadt"});
}

TEST_CASE("Summits of two organisers in one article stay two events", "[extract][resolution]") {
  Document d;
  d.entities = {ent("a", "Nordbund-Gipfel", EntityType::kEvent, {}, {{"kind", "Gipfel"}, {"organiser", "Nordbund"}}),
                ent("b", "Südbund-Gipfel", EntityType::kEvent, {}, {{"kind", "Gipfel"}, {"organiser", "Südbund"}})};
  resolve_document(d, german());
  CHECK(d.entities.size() == 2);
  CHECK(named(d, "Nordbund-Gipfel"));  // no date, no place: the name stays as the article gives it
}

TEST_CASE("A surname, a genitive or a given name alone is the one fuller name of the article",
          "[extract][resolution]") {
  Document d;
  d.entities = {ent("h", "Muster", EntityType::kPerson),         ent("f", "Anna Muster", EntityType::kPerson),
                ent("g", "Anna Musters", EntityType::kPerson),   ent("b", "Maria", EntityType::kPerson),
                ent("k", "Maria Beispiel", EntityType::kPerson), ent("x", "Rolf Beispiel", EntityType::kPerson),
                ent("y", "Beispiel", EntityType::kPerson),       ent("n", "Nordland", EntityType::kLocation)};
  d.relations = {rel("h", "holds_office", "n"), rel("g", "meets_with", "b"), rel("y", "holds_office", "n")};
  resolve_document(d, german());
  const Entity* anna = named(d, "Anna Muster");
  REQUIRE(anna);
  CHECK(has_alias(*anna, "Muster"));
  CHECK_FALSE(named(d, "Muster"));
  CHECK_FALSE(named(d, "Maria"));
  // "Beispiel" ends two names named as often: it is the first of them ("Kishida" beside "Prime
  // Minister Fumio Kishida" and "his wife, Yuko Kishida").
  CHECK_FALSE(named(d, "Beispiel"));
  CHECK(facts_of(d) == std::set<std::string>{"Anna Muster holds_office Nordland",
                                             "Anna Muster meets_with Maria Beispiel",
                                             "Maria Beispiel holds_office Nordland"});
}

TEST_CASE("A word of a fuller name right before its family name's particle is that person", "[extract][resolution]") {
  Document d;
  d.entities = {ent("t", "Rolo", EntityType::kPerson), ent("f", "Paulo Jorge Rolo da Costa", EntityType::kPerson),
                ent("j", "Jorge", EntityType::kPerson), ent("m", "Maria Jorge", EntityType::kPerson),
                ent("n", "Nordland", EntityType::kLocation)};
  d.relations = {rel("t", "holds_office", "n"), rel("j", "holds_office", "n")};
  resolve_document(d, german());
  CHECK_FALSE(named(d, "Rolo"));
  // A word inside a name before no particle names no one by that: "Jorge" is "Maria Jorge"'s surname.
  CHECK(facts_of(d) ==
        std::set<std::string>{"Paulo Jorge Rolo da Costa holds_office Nordland", "Maria Jorge holds_office Nordland"});
}

TEST_CASE("What does not look like a name is no entity", "[extract][resolution]") {
  Document d;
  d.entities = {ent("a", "Anna Muster", EntityType::kPerson),
                ent("j1", "Abwehr der Angriffe", EntityType::kPerson),
                ent("j2", "Muster von Beispiel", EntityType::kPerson),
                ent("j3", "Karl W", EntityType::kPerson),
                ent("j4", "Schwarzem Meer", EntityType::kPerson),
                ent("ok1", "Ursula von der Probe", EntityType::kPerson),
                ent("ok2", "Hassan al-Beispiel", EntityType::kPerson),
                ent("n", "Nordland", EntityType::kLocation),
                ent("j5", "Süd-", EntityType::kLocation)};
  for (const char* id : {"j1", "j2", "j3", "j4", "ok1", "ok2"}) d.relations.push_back(rel(id, "holds_office", "n"));
  d.relations.push_back(rel("j5", "located_in", "n"));
  resolve_document(d, german());
  CHECK(facts_of(d) == std::set<std::string>{"Ursula von der Probe holds_office Nordland",
                                             "Hassan al-Beispiel holds_office Nordland"});
  CHECK(d.entities.size() == 4);
}

TEST_CASE("Aliases are names: no titles, adjectives, compounds or generic nouns", "[extract][resolution]") {
  Document d;
  d.entities = {
      ent("p", "Anna Muster", EntityType::kPerson, {"Präsidentin", "Muster", "Anna", "Musters"}),
      ent("o", "Nordbund", EntityType::kOrganization, {"nordbündische", "Nordbund-Beitritt", "NB", "Nordbunds"}),
      ent("v", "Van der Probe", EntityType::kPerson, {"Van"})};
  resolve_document(d, german());
  const Entity* p = named(d, "Anna Muster");
  REQUIRE(p);
  CHECK(p->aliases == std::vector<std::string>{"Muster", "Musters"});
  const Entity* o = named(d, "Nordbund");
  REQUIRE(o);
  CHECK(o->aliases == std::vector<std::string>{"NB", "Nordbunds"});
  CHECK(named(d, "Van der Probe")->aliases.empty());
}

TEST_CASE("Organisations differing only in inflection are one, under the shorter name", "[extract][resolution]") {
  Document d;
  d.entities = {ent("a", "Nordischen Handelsunion", EntityType::kOrganization),
                ent("b", "Nordische Handelsunion", EntityType::kOrganization),
                ent("c", "Südland", EntityType::kLocation)};
  d.relations = {rel("c", "member_of", "a")};
  resolve_document(d, german());
  CHECK(facts_of(d) == std::set<std::string>{"Südland member_of Nordische Handelsunion"});
  CHECK(has_alias(*named(d, "Nordische Handelsunion"), "Nordischen Handelsunion"));
}

TEST_CASE("A headline surname and the full name in the text are one person", "[extract][resolution]") {
  auto r = Extractor::create();
  REQUIRE_OK(r);
  auto doc =
      (*r)->extract(Input{"Muster empfängt Gäste aus Polen\n\n"
                          "Die Bundeskanzlerin Anna Muster hat am Montag den polnischen Präsidenten "
                          "Jan Kowal in Berlin getroffen.",
                          "t", "", "de"});
  REQUIRE_OK(doc);
  int people = 0;
  for (const Entity& e : doc->entities) {
    if (e.type != EntityType::kPerson) continue;
    ++people;
    CHECK(e.name != "Muster");
  }
  CHECK(people == 2);
}

TEST_CASE("A document's date comes from its metadata, a date line or a dateline, never from its sentences",
          "[extract][dates]") {
  auto date_of = [](const std::string& text, const std::string& given = "") {
    auto r = Extractor::create();
    REQUIRE_OK(r);
    auto doc = (*r)->extract(Input{text, "t", given, "de"});
    REQUIRE_OK(doc);
    return doc->date;
  };
  CHECK(date_of("date 2025-03\nDer Rat tagt in Musterstadt.") == "2025-03");
  CHECK(date_of("Musterstadt, 4. Mai 2025. Der Rat tagt.") == "2025-05-04");
  CHECK(date_of("Rat tagt\n\nMärz 2025\n\nDer Rat tagt.") == "2025-03");
  CHECK(date_of("Der Rat tagt.", "2024-01-02") == "2024-01-02");
  // A date in the text is the date of what it reports, not of the article.
  CHECK(date_of("Vom 3. bis 5. Juli 1990 tagte der Rat in Musterstadt.") == "");
  CHECK(date_of("Rückblick\n\nAm 9. November 1989 fiel die Mauer.") == "");
}

TEST_CASE("An event takes the date its sentence gives, else the document's", "[extract][dates]") {
  auto event_of = [](const std::string& text, const std::string& date) {
    auto r = Extractor::create();
    REQUIRE_OK(r);
    auto doc = (*r)->extract(Input{text, "t", date, "de"});
    REQUIRE_OK(doc);
    for (const Entity& e : doc->entities)
      if (e.type == EntityType::kEvent) return e;
    FAIL("no event in: " + text);
    return Entity{};
  };
  Entity a = event_of("Vom 3. bis 5. Juli 1990 fand der NATO-Gipfel in London statt.", "2025-01-10");
  CHECK(a.attributes.value("date", "") == "1990-07-03");
  CHECK(a.name == "NATO-Gipfel (1990)");
  CHECK(a.attributes.value("place", "") == "London");
  // "am Mittwoch": the last Wednesday on or before the article's date (2025-01-10 is a Friday).
  Entity b = event_of("Der NATO-Gipfel in Rom begann am Mittwoch.", "2025-01-10");
  CHECK(b.attributes.value("date", "") == "2025-01-08");
  Entity c = event_of("Der NATO-Gipfel in Rom begann.", "2025-01");
  CHECK(c.attributes.value("date", "") == "2025-01");
  CHECK(c.name == "NATO-Gipfel (2025)");
}

TEST_CASE("A dateline's agency tag and a place in capitals are no entities", "[extract][dates]") {
  auto r = Extractor::create();
  REQUIRE_OK(r);
  for (const char* text : {"Rat tagt\n\nMUSTERHAFEN (dpa-AFX) - Der Rat der Stadt tagt am Montag.",
                           "Rat tagt\n\nMUSTERHAFEN (Agentur) -Der Rat der Stadt tagt am Montag.",
                           "Rat tagt\n\nMUSTERHAFEN (Agentur) — Der Rat der Stadt tagt am Montag."}) {
    auto doc = (*r)->extract(Input{text, "t", "", "de"});
    REQUIRE_OK(doc);
    INFO(text);
    CHECK(doc->entities.empty());
  }
  // (before an em dash too; the English lexicons know "AP")
  auto em = (*r)->extract(Input{"Council meets\n\nLIMA (AP) — The council met on Monday.", "t", "", "en"});
  REQUIRE_OK(em);
  REQUIRE(em->entities.size() == 1);
  CHECK(em->entities[0].name == "Lima");
  // A place written as a name stays: it is where the article reports from.
  auto named = (*r)->extract(Input{"Paris (dpa) - Der Rat tagt.", "t", "", "de"});
  REQUIRE_OK(named);
  REQUIRE(named->entities.size() == 1);
  CHECK(named->entities[0].name == "Paris");
  // "Stadt/agency -": the place stays, the agency goes.
  auto slash = (*r)->extract(Input{"Lissabon/dpa - Der Rat tagt.", "t", "", "de"});
  REQUIRE_OK(slash);
  REQUIRE(slash->entities.size() == 1);
  CHECK(slash->entities[0].name == "Lissabon");
}

TEST_CASE("A generic meeting is the article's one specific meeting, never one of two", "[extract][resolution]") {
  auto resolved = [](std::vector<Entity> events) {
    Document d;
    d.date = "2031-05";
    d.entities = std::move(events);
    d.entities.push_back(ent("p", "Anna Muster", EntityType::kPerson));
    d.entities.push_back(ent("c", "Musterstadt", EntityType::kLocation));
    d.entities.push_back(ent("l", "Musterland", EntityType::kLocation));
    d.relations = {rel("p", "participates_in", "t"), rel("c", "located_in", "l")};
    resolve_document(d, german());
    return d;
  };
  // "das Treffen in Musterland" and "der Nordbund-Gipfel in Musterstadt": one summit.
  Document one =
      resolved({ent("g", "Nordbund-Gipfel", EntityType::kEvent, {},
                    {{"kind", "Gipfel"}, {"organiser", "Nordbund"}, {"place", "Musterstadt"}}),
                ent("t", "Treffen", EntityType::kEvent, {}, {{"kind", "Treffen"}, {"place", "Musterland"}})});
  CHECK(facts_of(one).count("Anna Muster participates_in Nordbund-Gipfel (2031) @ Musterstadt"));
  // Two summits: the meeting stays its own.
  Document two =
      resolved({ent("g", "Nordbund-Gipfel", EntityType::kEvent, {}, {{"kind", "Gipfel"}, {"organiser", "Nordbund"}}),
                ent("s", "Südbund-Gipfel", EntityType::kEvent, {}, {{"kind", "Gipfel"}, {"organiser", "Südbund"}}),
                ent("t", "Treffen", EntityType::kEvent, {}, {{"kind", "Treffen"}})});
  CHECK(facts_of(two).count("Anna Muster participates_in Treffen (2031)"));
  // An election is no meeting.
  Document vote = resolved({ent("w", "Wahl", EntityType::kEvent, {}, {{"kind", "Wahl"}}),
                            ent("t", "Treffen", EntityType::kEvent, {}, {{"kind", "Treffen"}})});
  CHECK(facts_of(vote).count("Anna Muster participates_in Treffen (2031)"));
  // A meeting somewhere else is another meeting.
  Document elsewhere =
      resolved({ent("g", "Nordbund-Gipfel", EntityType::kEvent, {},
                    {{"kind", "Gipfel"}, {"organiser", "Nordbund"}, {"place", "Musterstadt"}}),
                ent("t", "Treffen", EntityType::kEvent, {}, {{"kind", "Treffen"}, {"place", "Südland"}})});
  CHECK(facts_of(elsewhere).count("Anna Muster participates_in Treffen (2031) @ Südland"));
}
