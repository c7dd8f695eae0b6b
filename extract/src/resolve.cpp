#include "resolve.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "kg/core/text.h"
#include "relations.h"

namespace kg::extract {
namespace {

using nlohmann::json;

std::vector<std::string> words_of(std::string_view name) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < name.size()) {
    while (i < name.size() && name[i] == ' ') ++i;
    std::size_t j = name.find(' ', i);
    if (j == std::string_view::npos) j = name.size();
    if (j > i) out.emplace_back(name.substr(i, j - i));
    i = j;
  }
  return out;
}

bool starts_upper(std::string_view w) {
  if (w.empty()) return false;
  UChar32 c = 0;
  std::int32_t i = 0;
  U8_NEXT(reinterpret_cast<const std::uint8_t*>(w.data()), i, static_cast<std::int32_t>(w.size()), c);
  return c > 0 && (u_isupper(c) || u_istitle(c));
}

std::string attribute(const Entity& e, const char* key) {
  if (!e.attributes.is_object()) return {};
  auto it = e.attributes.find(key);
  return it != e.attributes.end() && it->is_string() ? it->get<std::string>() : std::string();
}

class Resolver {
 public:
  Resolver(Document& doc, const Pack& pack, std::size_t title_end)
      : doc_(doc),
        lex_(pack.lexicon),
        words_(pack.words),
        rule_city_in_state_(pack.lang + ".located.event-places"),
        title_end_(title_end) {}

  void run() {
    place_events();
    located_in_ = located_in_names();  // place names stay as they are until merge_inflected
    merge_events();
    merge_generic_meetings();
    merge_ceremonies();
    drop_junk_persons();
    merge_persons();
    persons_mistyped();
    merge_inflected();
    merge_short_places();
    drop_guessed_offices();
    join_event_places();
    for (Entity& e : doc_.entities) clean_aliases(e);
    name_events();
    ref_events();
    finish();
  }

 private:
  Entity* by_id(const std::string& id) {
    for (Entity& e : doc_.entities)
      if (e.id == id) return &e;
    return nullptr;
  }

  // One person's office stated in one sentence ("Polens Präsident Duda") and guessed in another
  // from its context ("Präsident Andrzej Duda" after a sentence about a Ukrainian's office), now
  // that the two names are one person: the guess of another place for the same office goes.
  void drop_guessed_offices() {
    static const PredicateId kHolds = predicate_id("holds_office");
    auto role = [](const Relation& r) {
      return r.attributes.is_object() && r.attributes.contains("role") && r.attributes["role"].is_string()
                 ? r.attributes["role"].get<std::string>()
                 : std::string();
    };
    std::erase_if(doc_.relations, [&](const Relation& r) {
      if (r.predicate != kHolds || r.confidence > kGuessedOfficeConfidence) return false;
      return std::any_of(doc_.relations.begin(), doc_.relations.end(), [&](const Relation& q) {
        return q.predicate == kHolds && q.subject == r.subject && q.object != r.object &&
               q.confidence > kGuessedOfficeConfidence && role(q) == role(r);
      });
    });
  }
  // Folds entity `from` into `into`: its relations, mentions and names.
  void fold(Entity& from, Entity& into) {
    for (Relation& r : doc_.relations) {
      if (r.subject == from.id) r.subject = into.id;
      if (r.object == from.id) r.object = into.id;
    }
    into.mentions.insert(into.mentions.end(), from.mentions.begin(), from.mentions.end());
    into.aliases.push_back(from.name);
    into.aliases.insert(into.aliases.end(), from.aliases.begin(), from.aliases.end());
    gone_.insert(from.id);
  }

  void drop(const Entity& e) {
    std::erase_if(doc_.relations, [&](const Relation& r) { return r.subject == e.id || r.object == e.id; });
    gone_.insert(e.id);
  }

  // An event without a place takes the one place the document says it is held in: a city or
  // state before a building ("im Rathaus" and "in München": München), else the city a building
  // lies in, else the building.
  void place_events() {
    static const PredicateId kHeldIn = predicate_id("held_in"), kLocatedIn = predicate_id("located_in");
    auto building = [&](const std::string& id) {
      const Entity* p = by_id(id);
      return p && attribute(*p, "kind") == "building";
    };
    for (Entity& e : doc_.entities) {
      if (e.type != EntityType::kEvent || !attribute(e, "place").empty()) continue;
      std::set<std::string> places;
      for (const Relation& r : doc_.relations)
        if (r.subject == e.id && r.predicate == kHeldIn) places.insert(r.object);
      if (std::any_of(places.begin(), places.end(), [&](const std::string& id) { return !building(id); }))
        std::erase_if(places, building);
      if (places.size() != 1) continue;
      std::string place = *places.begin();
      if (building(place)) {
        for (const Relation& r : doc_.relations)
          if (r.subject == place && r.predicate == kLocatedIn) place = r.object;
      }
      if (const Entity* p = by_id(place)) e.attributes["place"] = p->name;
    }
  }

  // An event held in one state and in a city (two sentences: "the meeting in Peru", "held a meeting in
  // Lima"): the city lies in the state, as the two sentences together say — unless the lexicons place
  // the city in another state, or the document places it already. Its evidence is the city's sentence.
  void join_event_places() {
    static const PredicateId kHeldIn = predicate_id("held_in"), kLocatedIn = predicate_id("located_in");
    std::vector<Relation> joined;
    for (const Entity& e : doc_.entities) {
      if (e.type != EntityType::kEvent || gone_.count(e.id)) continue;
      std::set<std::string> states;
      std::vector<const Relation*> cities;
      for (const Relation& r : doc_.relations) {
        if (r.subject != e.id || r.predicate != kHeldIn || gone_.count(r.object)) continue;
        const Entity* p = by_id(r.object);
        if (p == nullptr) continue;
        if (!attribute(*p, "iso").empty())
          states.insert(r.object);
        else if (attribute(*p, "kind").empty() && lex_is_city_or_unknown(p->name))
          cities.push_back(&r);
      }
      if (states.size() != 1) continue;
      const Entity* state = by_id(*states.begin());
      for (const Relation* c : cities) {
        const Entity* city = by_id(c->object);
        if (city == nullptr || city->name == state->name) continue;
        if (const auto known = lex_.word(city->name); known && !city_in(city->name, state->name)) continue;
        const bool placed = std::any_of(doc_.relations.begin(), doc_.relations.end(), [&](const Relation& r) {
          return r.subject == city->id && r.predicate == kLocatedIn;
        });
        const bool added =
            std::any_of(joined.begin(), joined.end(), [&](const Relation& r) { return r.subject == city->id; });
        if (placed || added) continue;
        Relation r;
        r.subject = city->id;
        r.predicate = kLocatedIn;
        r.object = state->id;
        r.confidence = 0.6;
        r.evidence = c->evidence;
        r.rule = rule_city_in_state_;
        joined.push_back(std::move(r));
      }
    }
    for (Relation& r : joined) doc_.relations.push_back(std::move(r));
  }

  // Whether the lexicons know the name as a city, or not at all (a city the text alone names).
  bool lex_is_city_or_unknown(const std::string& name) const {
    const auto w = lex_.word(name);
    return !w || lex_.entry(*w).cls == LexClass::kCity;
  }

  // (inner, outer) names of the document's located_in relations.
  std::vector<std::pair<std::string, std::string>> located_in_names() {
    static const PredicateId kLocatedIn = predicate_id("located_in");
    std::vector<std::pair<std::string, std::string>> out;
    for (const Relation& r : doc_.relations) {
      if (r.predicate != kLocatedIn) continue;
      const Entity* inner = by_id(r.subject);
      const Entity* outer = by_id(r.object);
      if (inner && outer) out.emplace_back(inner->name, outer->name);
    }
    return out;
  }

  // Events of one kind are one event when at most one organiser and one place are named among
  // them: an article reports "the summit", whatever words it uses for it. Two organisers or two
  // places of one kind are two events, and stay apart.
  void merge_events() {
    std::map<std::string, std::vector<Entity*>> by_kind;
    for (Entity& e : doc_.entities) {
      // ("the next summit" is none of the article's summits: attribute "relative")
      if (e.type == EntityType::kEvent && !attribute(e, "kind").empty() && attribute(e, "relative").empty())
        by_kind[attribute(e, "kind")].push_back(&e);
    }
    for (auto& [kind, events] : by_kind) {
      if (events.size() < 2 || merge_one(events)) continue;
      // Two places: the events named with the same one are still one ("the summit in Quito" and
      // "the Quito summit" beside "the Lima summit").
      std::map<std::string, std::vector<Entity*>> by_place;
      for (Entity* e : events)
        if (!attribute(*e, "place").empty()) by_place[attribute(*e, "place")].push_back(e);
      for (auto& [place, group] : by_place)
        if (group.size() > 1) merge_one(group);
      // Two organisers or topics: an event the article names without one ("the summit in X") is
      // the one of them it names most ("the ASEAN summit" beside "the East Asia summit").
      Entity* main = nullptr;
      std::vector<Entity*> group;
      for (Entity* e : events) {
        if (gone_.count(e->id)) continue;
        if (attribute(*e, "organiser").empty())
          group.push_back(e);
        else if (!main || e->mentions.size() > main->mentions.size())
          main = e;
      }
      if (main && !group.empty()) {
        group.insert(group.begin(), main);
        merge_one(group);
      }
    }
    // A meeting noun the article names only in its title line ("Gipfel in Lima" heading "der
    // Sondergipfel der Andengemeinschaft begann …") is the event of a compound of it, where the text
    // has one such. (A later bare noun the mention stage gives the compound already; one with a
    // variant, organiser or topic of its own stays apart: "der Sonderparteitag … der ordentliche
    // Parteitag"; so does one the text names before "einen Sondergipfel", another meeting.)
    for (auto& [kind, events] : by_kind) {
      std::vector<Entity*> bare;
      for (Entity* e : events)
        if (!gone_.count(e->id)) bare.push_back(e);
      const bool plain = std::all_of(bare.begin(), bare.end(), [&](const Entity* e) {
        return attribute(*e, "organiser").empty() && attribute(*e, "variant").empty();
      });
      if (bare.empty() || !plain) continue;
      Entity* compound = nullptr;
      bool one = true;
      for (auto& [other, group] : by_kind) {
        if (other == kind || !headed_by(other, kind)) continue;
        for (Entity* c : group)
          if (!gone_.count(c->id)) {
            one = one && (compound == nullptr || compound == c);
            compound = c;
          }
      }
      if (compound == nullptr || !one || !attribute(*compound, "variant").empty()) continue;
      if (std::any_of(bare.begin(), bare.end(), [&](const Entity* e) {
            return std::any_of(e->mentions.begin(), e->mentions.end(),
                               [&](const Mention& m) { return m.span.end > title_end_; });
          }))
        continue;
      bare.insert(bare.begin(), compound);
      merge_one(bare);
    }
  }

  // Folds events of one kind into one when at most one organiser and one place are named among
  // them; false when they stay apart.
  bool merge_one(const std::vector<Entity*>& events) {
    std::set<std::string> organisers, places, variants;
    for (const Entity* e : events) {
      if (!attribute(*e, "organiser").empty()) organisers.insert(attribute(*e, "organiser"));
      if (!attribute(*e, "place").empty()) places.insert(attribute(*e, "place"));
      if (!attribute(*e, "variant").empty()) variants.insert(attribute(*e, "variant"));
    }
    if (variants.size() > 1) return false;  // "ein außerordentlicher Parteitag", "der ordentliche Parteitag"
    // An organiser a compound names by the last word of another's name is that one: the headline's
    // "Frankophonie-Gipfel" and the text's "Gipfel der Internationalen Organisation der Frankophonie".
    std::erase_if(organisers, [&](const std::string& word) {
      return word.find(' ') == std::string::npos &&
             std::any_of(organisers.begin(), organisers.end(), [&](const std::string& name) {
               return name.size() > word.size() + 1 && name.ends_with(word) &&
                      name[name.size() - word.size() - 1] == ' ';
             });
    });
    // A country that holds one of the other places is no other place ("in Island" and "in
    // Reykjavik"): the city is the more precise.
    for (const auto& [inner, outer] : located_in_) {
      if (places.count(inner) && places.count(outer)) places.erase(outer);
    }
    for (auto it = places.begin(); it != places.end();) {
      const std::string& outer = *it;
      const bool holds_other =
          std::any_of(places.begin(), places.end(), [&](const std::string& inner) { return city_in(inner, outer); });
      it = holds_other ? places.erase(it) : std::next(it);
    }
    // Nor is a building beside a city or state ("im Konzerthaus X" and "in Reykjavik"): a venue
    // lies in some place, and the text need not say which.
    auto building = [&](const std::string& name) {
      return std::any_of(doc_.entities.begin(), doc_.entities.end(), [&](const Entity& p) {
        return p.type == EntityType::kLocation && p.name == name && attribute(p, "kind") == "building";
      });
    };
    if (std::any_of(places.begin(), places.end(), [&](const std::string& p) { return !building(p); }))
      std::erase_if(places, building);
    // A place named as an organiser ("the Munich conference" in the headline) is no other organiser
    // than the one the text names with it ("the Munich Security Conference"), nor than one held there.
    // (Two regions stay two: "the Southeast Asia summit", "the East Asia summit".)
    const std::set<std::string> named = organisers;
    if (organisers.size() > 1)
      std::erase_if(organisers, [&](const std::string& o) {
        const bool place = std::any_of(doc_.entities.begin(), doc_.entities.end(),
                                       [&](const Entity& p) { return p.type == EntityType::kLocation && p.name == o; });
        return places.count(o) > 0 || (place && std::any_of(named.begin(), named.end(), [&](const std::string& n) {
                                         return n.size() > o.size() + 1 && n.starts_with(o) && n[o.size()] == ' ';
                                       }));
      });
    if (organisers.size() > 1 || places.size() > 1) return false;
    // The survivor is the first event named by its organiser, else the first.
    Entity* into = events.front();
    for (Entity* e : events) {
      if (organisers.count(attribute(*e, "organiser"))) {
        into = e;
        break;
      }
    }
    for (Entity* e : events) {
      if (e == into) continue;
      fold(*e, *into);
    }
    for (Entity* e : events) {
      if (!attribute(*into, "date").empty()) break;
      if (!attribute(*e, "date").empty()) into->attributes["date"] = attribute(*e, "date");
    }
    if (!organisers.empty()) into->attributes["organiser"] = *organisers.begin();
    if (!places.empty()) into->attributes["place"] = *places.begin();
    return true;
  }

  // What the lexicon says of an event kind's meeting: "1", "generic" or "".
  std::string meeting_of(const std::string& kind) const {
    auto entry = lex_.word(kind);
    return entry ? lex_.entry(*entry).meeting : std::string();
  }

  // Whether the lexicons know the place named `city` as a city of the state named `state`
  // ("Manama" of "Bahrain"), which the article need not say.
  bool city_in(const std::string& city, const std::string& state) const {
    const auto c = lex_.word(city), st = lex_.word(state);
    if (!c || !st) return false;
    const LexEntry &ce = lex_.entry(*c), &se = lex_.entry(*st);
    // (a federal state's capital lies in the country too: "DE-BY" in "DE")
    return ce.cls == LexClass::kCity && se.cls == LexClass::kCountry && !ce.code.empty() && !se.code.empty() &&
           (ce.code == se.code || ce.code.starts_with(se.code + "-"));
  }

  // Whether two places of one event agree: the same, one unknown, or one lying in the other.
  bool places_agree(const std::string& a, const std::string& b) {
    if (a.empty() || b.empty() || a == b || city_in(a, b) || city_in(b, a)) return true;
    for (const auto& [inner, outer] : located_in_) {
      if ((inner == a && outer == b) || (inner == b && outer == a)) return true;
    }
    return false;
  }

  // A bare ceremony ("die Zeremonie", "the ceremony": an event named by a word of "event.ceremony"
  // alone) is the article's one event of a kind of "event.ceremony.of" (an inauguration, a
  // swearing-in) when places agree: "X was sworn in … during the ceremony … the inauguration".
  void merge_ceremonies() {
    const WordClass &bare = words_["event.ceremony"], &of = words_["event.ceremony.of"];
    Entity* whole = nullptr;
    int wholes = 0;
    std::vector<Entity*> ceremonies;
    for (Entity& e : doc_.entities) {
      if (e.type != EntityType::kEvent || gone_.count(e.id) || !attribute(e, "relative").empty()) continue;
      if (of.has(attribute(e, "kind"))) {
        whole = &e;
        ++wholes;
      } else if (bare.has(e.name)) {
        ceremonies.push_back(&e);
      }
    }
    if (wholes != 1) return;
    for (Entity* c : ceremonies) {
      const std::string place = attribute(*c, "place");
      if (!places_agree(place, attribute(*whole, "place"))) continue;
      fold(*c, *whole);
      if (attribute(*whole, "place").empty() && !place.empty()) whole->attributes["place"] = place;
    }
  }

  // A generic meeting ("das Treffen") is the article's one specific meeting (a summit, a
  // conference, a party congress) when it has exactly one and organiser and place agree. A meal,
  // reception or ceremony (kinds of "event.side") is none: "das Treffen" beside "ein Abendessen"
  // is the meeting the dinner came after.
  void merge_generic_meetings() {
    Entity* specific = nullptr;
    int specifics = 0;
    std::vector<Entity*> generic;
    const WordClass& side = words_["event.side"];
    for (Entity& e : doc_.entities) {
      if (e.type != EntityType::kEvent || gone_.count(e.id) || !attribute(e, "relative").empty()) continue;
      const std::string meeting = meeting_of(attribute(e, "kind"));
      if (meeting == "1" && !side.has(attribute(e, "kind"))) {
        specific = &e;
        ++specifics;
      } else if (meeting == "generic") {
        generic.push_back(&e);
      }
    }
    if (specifics != 1) return;
    for (Entity* g : generic) {
      const std::string organiser = attribute(*g, "organiser"), place = attribute(*g, "place");
      if (!organiser.empty() && organiser != attribute(*specific, "organiser")) continue;
      // (nor one its variant keeps apart: "a joint meeting of Congress" beside "the trilateral summit")
      if (const std::string variant = attribute(*g, "variant");
          !variant.empty() && variant != attribute(*specific, "variant"))
        continue;
      if (!places_agree(place, attribute(*specific, "place"))) continue;
      fold(*g, *specific);
      if (attribute(*specific, "place").empty() && !place.empty()) specific->attributes["place"] = place;
      if (attribute(*specific, "date").empty() && !attribute(*g, "date").empty()) {
        specific->attributes["date"] = attribute(*g, "date");
      }
    }
  }

  // A person named by the last words of a fuller name of the document ("Obama", "Van Rompuy", a
  // genitive "Xi Jinpings") is that person — of several, the one named most, the first on a tie; so
  // is a lone word that starts a fuller name: a given name ("Ursula"), or a surname written first
  // ("Lai" of "Lai Ching-te").
  // Whether the words `part` end `whole` right after a word of "name.patronymic" ("bin").
  bool after_patronymic(const std::string& part, const std::string& whole) const {
    if (whole.size() <= part.size() + 1 || !whole.ends_with(part)) return false;
    const std::string rest = whole.substr(0, whole.size() - part.size() - 1);
    const std::size_t space = rest.rfind(' ');
    return words_["name.patronymic"].has(space == std::string::npos ? rest : rest.substr(space + 1));
  }

  // Whether the words `part` end `whole` after a particle joined by a hyphen: "Sisi" of "Abdel
  // Fattah al-Sisi", "Assad" of "Baschar al-Assad".
  bool after_joined_particle(const std::string& part, const std::string& whole) const {
    if (whole.size() <= part.size() + 2 || !whole.ends_with(part) || whole[whole.size() - part.size() - 1] != '-')
      return false;
    const std::string rest = whole.substr(0, whole.size() - part.size() - 1);
    const std::size_t space = rest.rfind(' ');
    return is_particle(space == std::string::npos ? rest : rest.substr(space + 1));
  }

  // Whether the one word `part` stands inside `whole` right before a name particle: "Lula" of
  // "Luiz Inacio Lula da Silva" (the name the family name's particle follows).
  bool before_particle(const std::string& part, const std::string& whole) const {
    const std::size_t at = whole.find(" " + part + " ");
    if (at == std::string::npos) return false;
    const std::size_t next = at + part.size() + 2, end = whole.find(' ', next);
    return end != std::string::npos && is_particle(whole.substr(next, end - next));
  }

  void merge_persons() {
    std::vector<Entity*> people;
    std::vector<std::string> full;  // their normalised names
    for (Entity& e : doc_.entities) {
      if (e.type != EntityType::kPerson) continue;
      people.push_back(&e);
      full.push_back(norm(e.name));
    }
    for (std::size_t i = 0; i < people.size(); ++i) {
      Entity* p = people[i];
      if (gone_.count(p->id)) continue;
      const std::string& part = full[i];
      const std::string bare = without_genitive(part);
      const bool one_word = part.find(' ') == std::string::npos;
      const std::string first_word = part + " ";  // what a fuller name it starts begins with
      // (of several fuller names, the one named most, the first named on a tie: "Kishida" beside
      // "Prime Minister Fumio Kishida" and "his wife, Yuko Kishida" is the prime minister)
      Entity* target = nullptr;
      int found = 0;
      for (std::size_t j = 0; j < people.size(); ++j) {
        if (j == i || full[j].size() < bare.size() || gone_.count(people[j]->id)) continue;
        const std::string& whole = full[j];
        // The same name in other case ("Abdullah bin Hussein", "Abdullah Bin Hussein") joins the first.
        bool names_q = (j < i && part == whole) || is_word_suffix(part, whole) ||
                       (bare != part && (bare == whole || is_word_suffix(bare, whole))) ||
                       after_joined_particle(part, whole) || after_joined_particle(bare, whole);
        // ("Salman" is not "Mohammed bin Salman": the father's name after "bin")
        if (names_q && part != whole && after_patronymic(part, whole)) names_q = false;
        if (one_word) names_q = names_q || whole.starts_with(first_word) || before_particle(part, whole);
        if (names_q) {
          if (!target || people[j]->mentions.size() > target->mentions.size()) target = people[j];
          ++found;
        }
      }
      if (found >= 1) fold(*p, *target);
    }
  }

  // A place or organisation no lexicon knows whose name is the surname of exactly one person of the
  // document (its last words) is that person, typed wrongly where the tagger saw it without a first
  // name ("Scholz und Macron beraten in Paris" above "… mit Emmanuel Macron …", "Neben Lacalle Pou
  // nahmen …" after "Luis Lacalle Pou"). Not one a relation already binds.
  void persons_mistyped() {
    std::vector<std::pair<Entity*, std::string>> people;  // with their normalised names
    for (Entity& p : doc_.entities)
      if (p.type == EntityType::kPerson) people.emplace_back(&p, norm(p.name));
    for (Entity& e : doc_.entities) {
      if ((e.type != EntityType::kLocation && e.type != EntityType::kOrganization) || gone_.count(e.id) ||
          !e.attributes.empty() || lex_.word(e.name))
        continue;
      if (std::any_of(doc_.relations.begin(), doc_.relations.end(),
                      [&](const Relation& r) { return r.subject == e.id || r.object == e.id; }))
        continue;
      Entity* person = nullptr;
      int found = 0;
      const std::string name = norm(e.name);
      for (const auto& [p, full] : people) {
        if (gone_.count(p->id) || !is_word_suffix(name, full)) continue;
        person = p;
        ++found;
      }
      if (found == 1) fold(e, *person);
    }
    // … and a person of one word, named as a place of the document is, that no fuller person name of
    // the document holds and no relation binds, is that place: the headline's "summit in Jeddah" the
    // tagger took for a person, beside the dateline's "JEDDAH, Saudi Arabia".
    for (const auto& entry : people) {
      Entity* p = entry.first;  // (no structured binding: lambdas below capture them)
      const std::string& name = entry.second;
      if (gone_.count(p->id) || name.find(' ') != std::string::npos) continue;
      if (std::any_of(doc_.relations.begin(), doc_.relations.end(),
                      [&](const Relation& r) { return r.subject == p->id || r.object == p->id; }))
        continue;
      const bool part = std::any_of(people.begin(), people.end(), [&](const auto& q) {
        return q.first != p && !gone_.count(q.first->id) && is_word_suffix(name, q.second);
      });
      if (part) continue;
      for (Entity& e : doc_.entities)
        if (e.type == EntityType::kLocation && !gone_.count(e.id) && norm(e.name) == name) {
          fold(*p, e);
          break;
        }
    }
  }

  // Organisations and places whose names differ only in German inflection endings are one
  // ("Europäischen Union" and "Europäische Union"); the shortest name, usually the nominative,
  // stays.
  void merge_inflected() {
    std::map<std::pair<EntityType, std::string>, Entity*> by_stem;
    std::vector<Entity*> order;
    for (Entity& e : doc_.entities) {
      if ((e.type == EntityType::kOrganization || e.type == EntityType::kLocation) && !gone_.count(e.id)) {
        order.push_back(&e);
      }
    }
    std::stable_sort(order.begin(), order.end(),
                     [](const Entity* a, const Entity* b) { return a->name.size() < b->name.size(); });
    for (Entity* e : order) {
      auto [it, fresh] = by_stem.try_emplace({e->type, inflection_stem(e->name)}, e);
      if (!fresh) fold(*e, *it->second);
    }
  }

  // A place no lexicon knows named by one word that starts the name of one place of the document the
  // lexicons know as a city, of several words, is that city: "Rio" in a headline above "in Rio de
  // Janeiro" (the tagger's short form; the lexicons give no city such an alias, which other names
  // start too: "the Rio Group").
  void merge_short_places() {
    for (Entity& e : doc_.entities) {
      if (e.type != EntityType::kLocation || gone_.count(e.id) || e.name.find(' ') != std::string::npos ||
          lex_.word(e.name))
        continue;
      Entity* city = nullptr;
      int found = 0;
      for (Entity& c : doc_.entities) {
        if (&c == &e || c.type != EntityType::kLocation || gone_.count(c.id) || !c.name.starts_with(e.name + " "))
          continue;
        const auto w = lex_.phrase(c.name);
        if (!w || lex_.entry(*w).cls != LexClass::kCity) continue;
        city = &c;
        ++found;
      }
      if (found == 1) fold(e, *city);
    }
  }

  // The name's words without an inflection ending (class "inflect.stem") where three letters stay.
  std::string inflection_stem(const std::string& name) {
    const WordClass& endings = words_["inflect.stem"];
    std::string out;
    for (std::string w : words_of(norm(name))) {
      w.resize(w.size() - endings.ending_of(w, 3).size());
      if (!out.empty()) out.push_back(' ');
      out += w;
    }
    return out;
  }

  // The normalised name without a genitive ending (class "inflect.genitive") on its last word
  // ("xi jinpings" → "xi jinping"), or the name itself when it has none.
  std::string without_genitive(const std::string& norm) const {
    return norm.substr(0, norm.size() - words_["inflect.genitive"].ending_of(norm, 3).size());
  }

  bool is_particle(std::string_view w) const { return words_["name.particle.any"].has(w); }

  // Whether a person's name has the shape of a name: capitalised words, particles only where
  // names have them ("von der", "van", "al-"), no common noun, title or event noun, no word
  // that is a single letter at the end ("Karl W") but a regnal number, and not "<surname> von <name>".
  bool looks_like_person(const Entity& e, const std::set<std::string>& surnames) {
    std::vector<std::string> w = words_of(e.name);
    if (w.empty()) return false;
    for (std::size_t i = 0; i < w.size(); ++i) {
      const std::string& word = w[i];
      if (!starts_upper(word)) {
        const bool after_particle = i > 0 && words_["name.particle.article_after"].has(w[i - 1]);
        const bool article = words_["name.particle.article"].has(word) && after_particle;
        const bool joined = word.find('-') != std::string::npos && starts_upper(word.substr(word.find('-') + 1));
        if (!(is_particle(word) && i + 1 < w.size()) && !article && !joined) return false;
        continue;
      }
      // (an initial before the name's other words is none of the lexicons' words: "A P J Test")
      if (word.size() == 1 && i + 1 < w.size()) continue;
      std::string_view bare = word;
      // (a title as the surname of a given name alone stays too: "Doris König")
      const bool surname = i == 1 && w.size() == 2 && lex_.is_given_name(w[0]);
      if (auto entry = lex_.word(bare)) {
        LexClass c = lex_.entry(*entry).cls;
        if ((c == LexClass::kTitle && !surname) || c == LexClass::kEvent) return false;
      }
      // (a common word as the surname after a given name stays: "Anna May")
      if (lex_.is_noun(word) && !(i > 0 && i + 1 == w.size() && lex_.is_given_name(w[0]))) return false;
    }
    // (a regnal number of one letter is none: "König Harald V.", "King Juan Carlos I")
    const std::string& last = w.back();
    const bool regnal = !last.empty() && (last[0] == 'I' || last[0] == 'V' || last[0] == 'X');
    if (w.size() > 1 && !regnal && (last.size() == 1 || (last.size() == 2 && last[1] == '.'))) return false;
    if (w.size() >= 3 && is_particle(w[1]) && surnames.count(norm(w[0]))) return false;
    return true;
  }

  void drop_junk_persons() {
    std::set<std::string> surnames;  // last words of the document's multi-word person names
    for (const Entity& e : doc_.entities) {
      if (e.type != EntityType::kPerson || gone_.count(e.id)) continue;
      std::vector<std::string> w = words_of(e.name);
      if (w.size() > 1) surnames.insert(norm(w.back()));
    }
    for (Entity& e : doc_.entities) {
      if (gone_.count(e.id)) continue;
      // A fragment of a coordinated compound ("Nord-" of "Nord- und Ostsee") names nothing.
      const bool fragment = e.name.ends_with("-") || e.name.starts_with("-");
      if (fragment || (e.type == EntityType::kPerson && !looks_like_person(e, surnames))) drop(e);
    }
  }

  // Keeps the aliases that are names of the entity: for a person, the name's last words (with
  // or without a genitive "s"); for others, no lower-case adjective ("russische"), no compound
  // of one of its names ("NATO-Beitritt"), and for events no bare event noun ("Gipfel").
  void clean_aliases(Entity& e) {
    if (e.aliases.empty()) return;
    const std::string name_norm = norm(e.name);
    // An entity has a handful of aliases: vectors, searched linearly.
    std::vector<std::string> forms{name_norm};
    for (const std::string& a : e.aliases) forms.push_back(norm(a));
    std::vector<std::string> kept, seen{name_norm};
    auto keep = [&](const std::string& a, const std::string& n) {
      if (std::find(seen.begin(), seen.end(), n) != seen.end()) return;
      seen.push_back(n);
      kept.push_back(a);
    };
    auto is_form = [&](std::string_view f) { return std::find(forms.begin(), forms.end(), f) != forms.end(); };
    for (std::size_t i = 0; i < e.aliases.size(); ++i) {
      const std::string& a = e.aliases[i];
      const std::string& n = forms[i + 1];
      if (n.empty()) continue;
      if (e.type == EntityType::kPerson) {
        const std::string bare = without_genitive(n);
        if (n == name_norm || bare == name_norm || is_word_suffix(n, name_norm) || is_word_suffix(bare, name_norm) ||
            after_joined_particle(n, name_norm) || after_joined_particle(bare, name_norm)) {
          keep(a, n);
        }
        continue;
      }
      const bool ordinal = !a.empty() && std::isdigit(static_cast<unsigned char>(a[0]));  // "28th AU summit"
      if (!starts_upper(a) && !ordinal && starts_upper(e.name)) continue;
      if (auto dash = n.rfind('-'); dash != std::string::npos && name_norm.find('-') == std::string::npos &&
                                    is_form(std::string_view(n).substr(0, dash)) && e.type != EntityType::kEvent) {
        continue;
      }
      if (e.type == EntityType::kEvent) {
        if (auto entry = lex_.word(a); entry && lex_.entry(*entry).cls == LexClass::kEvent) continue;
      }
      keep(a, n);
    }
    e.aliases = std::move(kept);
  }

  // "in Prag", "in der Türkei", "in den USA", "im Irak", "at Blenheim Palace": the place as the
  // language writes it after an event. A place of the class "place.in.feminine" (".plural", ".masculine") takes that
  // class's
  // ".form" before it, others the form of "place.in".
  std::string in_place(const std::string& place) {
    // A building: "at Blenheim Palace" where the language says so (class "place.at.building").
    const WordClass& at = words_["place.at.building"];
    if (!at.empty())
      for (const Entity& p : doc_.entities)
        if (p.type == EntityType::kLocation && p.name == place && attribute(p, "kind") == "building")
          return at.entries().front() + " " + place;
    for (const char* group : {"place.in.plural", "place.in.masculine", "place.in.feminine"}) {
      const WordClass& form = words_[std::string(group) + ".form"];
      if (words_[group].has(place) && !form.empty()) return form.entries().front() + " " + place;
    }
    const WordClass& plain = words_["place.in"];
    return plain.empty() ? place : plain.entries().front() + " " + place;
  }

  // "NATO-Gipfel (2002)": the name the article gives and the year. The place is the event's
  // held_in fact, not part of its name: a name holds no other entity of the graph, so an event
  // is never found by its place's name and exports give schema:name and schema:location apart.
  // "NATO-Gipfel in Prag (2002)", the place as the article would say it, stays an alias: the
  // event is found by it and listings show it. The date becomes the event's own
  // (core/identity.h reads its year).
  void name_events() {
    for (Entity& e : doc_.entities) {
      if (e.type != EntityType::kEvent || gone_.count(e.id) || attribute(e, "kind").empty()) continue;
      // The event's own date from the text, else the document's.
      if (attribute(e, "date").empty() && !doc_.date.empty()) e.attributes["date"] = doc_.date;
      const std::string date = attribute(e, "date");
      const std::string year = date.size() >= 4 ? " (" + date.substr(0, 4) + ")" : "";
      const std::string place = attribute(e, "place");
      std::vector<std::string> names;
      if (!place.empty() && norm(e.name).find(norm(place)) == std::string::npos) {
        names.push_back(e.name + " " + in_place(place) + year);
      }
      if (!year.empty()) names.push_back(e.name);
      if (names.empty()) continue;
      e.aliases.insert(e.aliases.begin(), names.begin(), names.end());
      e.name += year;
      clean_aliases(e);
    }
  }

  // What other languages call an event's kind, organiser and place ("Gipfel", "SOZ", "Peking":
  // "summit", "SCO", "Beijing"), so that the graph joins their documents' event (core/identity.h).
  void ref_events() {
    for (Entity& e : doc_.entities) {
      if (e.type != EntityType::kEvent || gone_.count(e.id)) continue;
      for (const char* part : {"kind", "organiser", "place"}) {
        const std::string ref = lex_.ref_of(attribute(e, part));
        if (!ref.empty()) e.attributes[std::string(part) + "_ref"] = ref;
      }
    }
  }

  void finish() {
    std::erase_if(doc_.entities, [&](const Entity& e) { return gone_.count(e.id) > 0; });
    std::erase_if(doc_.relations, [](const Relation& r) { return r.subject == r.object; });
  }

  // normalize_name; for names beyond ASCII (ICU's normalisation is the cost) once per distinct
  // name and thread: the same names come back in document after document.
  static std::string norm(const std::string& name) {
    if (std::all_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
      return normalize_name(name);
    }
    thread_local std::unordered_map<std::string, std::string> norms;
    auto it = norms.find(name);
    if (it == norms.end()) {
      if (norms.size() >= kNormCacheSize) norms.clear();
      it = norms.emplace(name, normalize_name(name)).first;
    }
    return it->second;
  }
  static constexpr std::size_t kNormCacheSize = 1 << 16;

  Document& doc_;
  const Lexicon& lex_;
  const WordClasses& words_;
  const std::string rule_city_in_state_;
  const std::size_t title_end_;                                  // where the text's title line ends, 0 for none
  std::set<std::string> gone_;                                   // ids of entities folded into others or dropped
  std::vector<std::pair<std::string, std::string>> located_in_;  // (inner, outer) place names
};

}  // namespace

void resolve_document(Document& doc, const Pack& pack, std::size_t title_end) { Resolver(doc, pack, title_end).run(); }

}  // namespace kg::extract
