#include "relations.h"

#include <algorithm>
#include <set>

namespace kg::extract {
namespace {

const PredicateId kHolds = predicate_id("holds_office"), kMember = predicate_id("member_of"),
                  kMeets = predicate_id("meets_with"), kHeld = predicate_id("held_in"),
                  kTakes = predicate_id("participates_in");

bool contains(const std::vector<int>& v, int x) { return std::find(v.begin(), v.end(), x) != v.end(); }

// A structural rule's name: the pack's language and what it reads ("de.office.adjective").
std::string rule_name(const SentenceView& v, const char* what) { return v.pack.lang + "." + what; }

bool is_place_state(const SentenceView& v, const Ref& r) { return v.kind(r.ent) == Kind::kCountry && !r.adjective; }

// --- holds_office ------------------------------------------------------------------------------

// Where the office of person mention r is held when the words around the office say it: the
// compound ("US-Präsident"), a state in the genitive before it ("Maltas Staatschefin"), a
// nationality adjective before it, or an organisation or state between office and name ("Präsident
// der Ukraine, X"). Marks the states it takes in `used`.
int stated_office_place(const SentenceView& v, const Ref& r, std::set<std::size_t>& used, const char** rule) {
  const std::vector<Ref>& refs = v.refs();
  if (r.office_in >= 0) {
    *rule = "office.compound";
    return r.office_in;
  }
  const WordClass& genitive = v.words("inflect.genitive");
  for (std::size_t q = 0; q < refs.size(); ++q) {
    const Ref& o = refs[q];
    if (!o.adjective && o.last == r.title_at && v.kind(o.ent) == Kind::kCountry &&
        !genitive.ending_of(v.tok(o.last - 1).text, 1).empty()) {
      *rule = "office.genitive";
      used.insert(q);
      return o.ent;
    }
  }
  for (std::size_t q = 0; q < refs.size(); ++q) {
    const Ref& o = refs[q];
    if (o.adjective && o.last == r.title_at) {
      *rule = "office.adjective";
      used.insert(q);
      return o.ent;
    }
    if (!o.adjective && o.first > r.title_at && o.last <= r.first &&
        (v.kind(o.ent) == Kind::kOrg || v.kind(o.ent) == Kind::kCountry)) {
      *rule = "office.of";
      return o.ent;
    }
  }
  return -1;
}

// Where an office is held when the words do not say: the nearest state earlier in the sentence
// not taken by another office, a title that exists in one state only ("Bundeskanzler"), or the
// state of an office in the sentence before (`context`).
int guessed_office_place(const SentenceView& v, const Ref& r, const std::set<std::size_t>& used, int context,
                         const char** rule) {
  const std::vector<Ref>& refs = v.refs();
  const Lexicon& lex = v.pack.lexicon;
  const Sentence& sen = v.sentence();
  int where = -1;
  for (std::size_t q = 0; q < refs.size(); ++q) {
    if (refs[q].last > r.title_at || !is_place_state(v, refs[q]) || used.count(q)) continue;
    // "Maltas Staatsoberhaupt" is taken by its own office.
    auto next = refs[q].last < sen.last ? lex.word(v.tok(refs[q].last).text) : std::nullopt;
    if (next && lex.entry(*next).cls == LexClass::kTitle) continue;
    where = refs[q].ent;
    *rule = "office.sentence-country";
  }
  if (where >= 0) return where;
  if (auto title = lex.word(r.title); title && !lex.entry(*title).code.empty()) {
    if (const LexEntry* c = lex.country(lex.entry(*title).code)) {
      // Only a state the article names: a title alone makes no entity.
      if (int e = v.mentions.find(Kind::kCountry, c->code); e >= 0 && !v.mentions.ent(e).mentions.empty()) {
        *rule = "office.national-title";
        return e;
      }
    }
  }
  if (context >= 0) {
    *rule = "office.context-country";
    return context;
  }
  return -1;
}

// "[adjective] [office] [name]", "[office] der/des [org|country], [name]", "[country] … [office]
// [name]". Returns the state of the last office found, the context of the next sentence.
int offices(const SentenceView& v, Relations& out, int context) {
  std::set<std::size_t> used;  // states already given as the place of another office
  int last_state = -1;
  for (const Ref& r : v.refs()) {
    if (r.title.empty() || r.reference) continue;
    const char* rule = "";
    int where = stated_office_place(v, r, used, &rule);
    const bool stated = where >= 0;
    if (!stated) {
      // A person whose office is already known from a clear statement gets no guessed one.
      bool known = false;
      for (const Rel& rel : out.all()) known = known || (rel.s == r.ent && rel.p == kHolds);
      if (known) continue;
      where = guessed_office_place(v, r, used, context, &rule);
    }
    if (where < 0) continue;
    out.add(r.ent, kHolds, where, v.index, rule_name(v, rule), stated ? 0.9 : 0.6, r.title);
    if (v.kind(where) == Kind::kCountry) last_state = where;
  }
  return last_state;
}

// --- held_in -----------------------------------------------------------------------------------

// Cities introduced by "in" ("in Oslo", "in der norwegischen Hauptstadt Oslo", "in Bergen und
// Oslo"); a state as a venue only right after the event ("der EU-Gipfel in Malta").
std::vector<std::size_t> places_in(const SentenceView& v, Relations& out) {
  const std::vector<Ref>& refs = v.refs();
  const Sentence& sen = v.sentence();
  const WordClass &in = v.words("prep.in"), &capital = v.words("capital.noun"), &article = v.words("capital.article"),
                  &conj = v.words("conjunction.and");
  std::vector<std::size_t> in_places;
  for (std::size_t q = 0; q < refs.size(); ++q) {
    const Ref& o = refs[q];
    if (o.first == sen.first || o.adjective) continue;
    if (v.kind(o.ent) == Kind::kCountry) {
      for (const Ref& e : refs)
        if (v.kind(e.ent) == Kind::kEvent && e.last + 1 == o.first && in.has(v.tok(e.last).text))
          out.add(e.ent, kHeld, o.ent, v.index, rule_name(v, "venue.event-in-state"), 0.75);
      continue;
    }
    if (v.kind(o.ent) != Kind::kCity) continue;
    std::size_t p = o.first - 1;
    if (capital.has(v.tok(p).text) && p >= sen.first + 2) {
      p = p - 1;
      auto adjective_at = [&](std::size_t t) {
        for (const Ref& r : refs)
          if (r.adjective && r.first == t) return true;
        return false;
      };
      while (p > sen.first && (adjective_at(p) || article.has(v.tok(p).text))) --p;
    }
    if (in.has(v.tok(p).text)) {
      in_places.push_back(q);
    } else if (conj.has(v.tok(p).text) && !in_places.empty() && refs[in_places.back()].last == p) {
      in_places.push_back(q);
    }
  }
  return in_places;
}

// The nearest event to place mention o in the same clause (no comma between): before it, at most
// ten tokens to its preposition, or right after it, at most four ("in Oslo zum Gipfel"); or -1.
int event_near(const SentenceView& v, const Ref& o) {
  const WordClass& in = v.words("prep.in");
  int near = -1;
  for (const Ref& e : v.refs()) {
    if (v.kind(e.ent) != Kind::kEvent) continue;
    if (e.last > o.first && e.first < o.last) continue;
    const bool before = e.last <= o.first;
    std::size_t from = before ? e.last : o.last, to = before ? o.first : e.first;
    std::size_t prep = o.first;
    while (prep > from && !in.has(v.tok(prep).text)) --prep;
    if ((before ? prep - from : to - from) > (before ? 10u : 4u)) continue;
    bool comma = false;
    for (std::size_t t = from; t < to; ++t) comma = comma || v.tok(t).text == ",";
    if (!comma && (near < 0 || before)) near = e.ent;
  }
  return near;
}

// held_in: an event and "in [place]" near it, or with a venue verb ("findet … statt", "tagt").
void venues(const SentenceView& v, int event, Relations& out) {
  if (event < 0 || v.negated) return;
  const bool venue_verb = v.has("venue.cue");
  const std::vector<Ref>& refs = v.refs();
  for (std::size_t q : places_in(v, out)) {
    const Ref& o = refs[q];
    if (int near = event_near(v, o); near >= 0) {
      out.add(near, kHeld, o.ent, v.index, rule_name(v, "venue.event-in"), 0.8);
    } else if (venue_verb) {
      out.add(event, kHeld, o.ent, v.index, rule_name(v, "venue.cue"), 0.7);
    }
  }
}

// --- participates_in ---------------------------------------------------------------------------

std::vector<int> persons_of(const SentenceView& v) {
  std::vector<int> persons;
  for (const Ref& o : v.refs())
    if (v.kind(o.ent) == Kind::kPerson && !contains(persons, o.ent)) persons.push_back(o.ent);
  return persons;
}

// An event someone is at: "beim Gipfel", "auf dem Gipfel", "am Rande des Gipfels", with up to
// three lower-case words between ("zum ersten innerkoreanischen Gipfel"); the last such, or -1.
int event_at(const SentenceView& v) {
  const Sentence& sen = v.sentence();
  const WordClass &stop = v.words("event.at.stop"), &at_words = v.words("event.at"),
                  &article = v.words("event.at.article"), &before = v.words("event.at.before_article");
  int event = -1;
  for (const Ref& o : v.refs()) {
    if (v.kind(o.ent) != Kind::kEvent || o.first < 1) continue;
    std::size_t at = o.first;
    while (at > sen.first + 1 && o.first - at < 3 && v.tok(at - 1).word && !v.tok(at - 1).upper &&
           !stop.has(v.tok(at - 1).text))
      --at;
    std::string_view p1 = v.tok(at - 1).text, p2 = at >= 2 ? v.tok(at - 2).text : "";
    if (at_words.has(p1) || (article.has(p1) && before.has(p2))) event = o.ent;
  }
  return event;
}

// participates_in. (a) Someone is at the event (event_at). (b) A cue of taking part ("nimmt …
// teil", "wird … erwartet", "reist") or of sending someone, with the event of the sentence or,
// failing that, the article's; those taking part are the persons of the sentence (not an event's
// owners), a state as the subject, the pronoun's referent, and the states after "darunter".
void participation(const SentenceView& v, int event, Relations& out) {
  if (v.negated) return;
  const std::vector<Ref>& refs = v.refs();
  const Sentence& sen = v.sentence();
  const std::vector<int> persons = persons_of(v);
  if (int at = event_at(v); at >= 0) {
    event = at;
    for (int p : persons) out.add(p, kTakes, event, v.index, rule_name(v, "takes-part.at-event"), 0.7);
  }
  const bool attend = v.has("attend.cue");
  const bool send = v.has("send.cue");
  const int target = event >= 0 ? event : v.frame.event;
  if (!(attend || send) || target < 0) return;
  const std::vector<int>& owners = v.frame.owners[v.index];
  for (int p : persons)
    if (!contains(owners, p))
      out.add(p, kTakes, target, v.index, rule_name(v, attend ? "takes-part.cue" : "takes-part.sent"), 0.65);
  if (!attend) return;
  // "Malta nahm … teil", "Für Irland nehmen … teil": a state as the subject.
  if (!refs.empty() && is_place_state(v, refs.front()) &&
      (refs.front().first == sen.first ||
       (refs.front().first == sen.first + 1 && v.words("attend.for").has(v.tok(sen.first).text)))) {
    out.add(refs.front().ent, kTakes, target, v.index, rule_name(v, "takes-part.state"), 0.6);
  }
  const int pronoun = v.frame.pronoun[v.index];
  if (pronoun >= 0 && persons.empty())
    out.add(pronoun, kTakes, target, v.index, rule_name(v, "takes-part.pronoun"), 0.6);
  std::size_t including = 0;
  if (v.has("attend.including", &including)) {
    for (const Ref& o : refs)
      if (o.first > including && is_place_state(v, o))
        out.add(o.ent, kTakes, target, v.index, rule_name(v, "takes-part.including"), 0.65);
  }
}

// --- meets_with --------------------------------------------------------------------------------

// meets_with: "X trifft (sich mit) Y", "X und Y treffen sich", "mit X, Y und Z zusammentreffen":
// with "mit", those before it meet those after it (states only as "Staats- und Regierungschefs
// von A, B und C"); without, the persons of the sentence meet each other.
void meetings(const SentenceView& v, Relations& out) {
  if (v.negated || !v.has("meet.cue")) return;
  const Sentence& sen = v.sentence();
  std::size_t mit = 0;
  const bool has_mit = v.has("prep.with", &mit);
  const std::size_t pronoun_at = v.words("pronoun.person").find(v.text.tokens, sen.first, sen.last);
  const int pronoun = v.frame.pronoun[v.index];
  const std::vector<int>& owners = v.frame.owners[v.index];
  std::vector<int> left, right;
  if (pronoun >= 0 && (!has_mit || pronoun_at < mit)) left.push_back(pronoun);
  const std::size_t leaders = v.words("meet.state_leaders").find(v.text.tokens, sen.first, sen.last);
  for (const Ref& o : v.refs()) {
    Kind k = v.kind(o.ent);
    if (has_mit && o.first > mit) {
      if ((k == Kind::kPerson || (is_place_state(v, o) && o.first > leaders)) && !contains(right, o.ent))
        right.push_back(o.ent);
    } else if (k == Kind::kPerson && !contains(left, o.ent) && !contains(owners, o.ent)) {
      left.push_back(o.ent);
    }
  }
  // "Mit der Präsidentin Maltas sprach Max Muster": the subject follows.
  if (has_mit && left.empty() && right.size() >= 2 && v.kind(right.back()) == Kind::kPerson) {
    left.push_back(right.back());
    right.pop_back();
  }
  // "Später gab es ein Treffen mit X": the one who meets is the subject of the text before.
  bool context = false;
  const int subject = v.frame.previous_subject[v.index];
  if (has_mit && left.empty() && !right.empty() && subject >= 0 && !contains(right, subject)) {
    left.push_back(subject);
    context = true;
  }
  if (has_mit) {
    const std::string rule = rule_name(v, context ? "meet.with-context" : "meet.with");
    for (int a : left)
      for (int b : right) out.add(a, kMeets, b, v.index, rule, context ? 0.55 : 0.75);
  } else if (left.size() >= 2) {
    for (std::size_t a = 0; a < left.size(); ++a)
      for (std::size_t b = a + 1; b < left.size(); ++b)
        out.add(left[a], kMeets, left[b], v.index, rule_name(v, "meet.together"), 0.7);
  }
}

// --- member_of ---------------------------------------------------------------------------------

// member_of: "das EU-Land Malta", "die EU-Staaten Irland, Zypern und Malta" (the states listed
// right after); "NATO-Mitglieder" (the states of the sentence); a membership cue and the states
// of the sentence with the organisation nearest before the cue, else after it.
void membership(const SentenceView& v, Relations& out) {
  if (v.negated) return;
  const std::vector<Ref>& refs = v.refs();
  const WordClass& join = v.words("list.join.members");
  for (std::size_t q = 0; q < refs.size(); ++q) {
    if (!refs[q].member_next) continue;
    std::size_t expect = refs[q].last;
    for (std::size_t k = q + 1; k < refs.size(); ++k) {
      const Ref& o = refs[k];
      while (expect < o.first && join.has(v.tok(expect).text)) ++expect;
      if (o.first != expect || !is_place_state(v, o)) break;
      out.add(o.ent, kMember, refs[q].ent, v.index, rule_name(v, "member.org-state"), 0.8);
      expect = o.last;
    }
  }
  int compound_org = -1;
  for (const Ref& o : refs)
    if (o.member_compound) compound_org = o.ent;
  if (compound_org >= 0) {
    for (const Ref& o : refs)
      if (is_place_state(v, o)) out.add(o.ent, kMember, compound_org, v.index, rule_name(v, "member.compound"), 0.75);
    return;
  }
  std::size_t cue = 0;
  if (!v.has("member.cue", &cue)) return;
  int org = -1;
  std::size_t best = SIZE_MAX;
  for (const Ref& o : refs) {
    if (v.kind(o.ent) != Kind::kOrg) continue;
    std::size_t d = o.first <= cue ? cue - o.first : 1000 + o.first - cue;
    if (d < best) {
      best = d;
      org = o.ent;
    }
  }
  if (org < 0) return;
  for (const Ref& o : refs)
    if (is_place_state(v, o)) out.add(o.ent, kMember, org, v.index, rule_name(v, "member.cue"), 0.7);
}

// The last event mentioned in the sentence, or -1.
int sentence_event(const SentenceView& v) {
  int event = -1;
  for (const Ref& o : v.refs())
    if (v.kind(o.ent) == Kind::kEvent) event = o.ent;
  return event;
}

}  // namespace

void Relations::add(int s, PredicateId p, int o, std::size_t sentence, std::string rule, double confidence,
                    std::string role) {
  if (s < 0 || o < 0 || s == o) return;
  if (predicate_info(p).symmetric && s > o) std::swap(s, o);
  for (const Rel& r : rels_)
    if (r.s == s && r.o == o && r.p == p) return;
  rels_.push_back(Rel{s, o, p, std::move(role), std::move(rule), confidence, sentence});
}

bool SentenceView::has(std::string_view cls, std::size_t* at) const {
  const Sentence& sen = sentence();
  std::size_t i = pack.words[cls].find(text.tokens, sen.first, sen.last);
  if (i >= sen.last) return false;
  if (at) *at = i;
  return true;
}

std::vector<Rel> find_relations(const Pack& pack, const Text& text, const Mentions& mentions, const Frame& frame) {
  Relations out;
  const WordClass& negation = pack.words["negation"];
  int office_state = -1;  // the state of the last office found in the sentence before
  for (std::size_t s = 0; s < text.sentences.size(); ++s) {
    const bool negated =
        negation.find(text.tokens, text.sentences[s].first, text.sentences[s].last) < text.sentences[s].last;
    const SentenceView v{pack, text, mentions, frame, s, negated};
    office_state = offices(v, out, office_state);
    apply_rules(v, out);
    const int event = sentence_event(v);
    venues(v, event, out);
    participation(v, event, out);
    meetings(v, out);
    membership(v, out);
  }
  return out.all();
}

}  // namespace kg::extract
