// The relation stage's other steps the rule language cannot say (relations.h): a capital named
// without its state, an office one is elected to with no organisation named, and a predecessor's
// office a successor is given. Each relation names its rule.
#include <algorithm>
#include <string>

#include "relations.h"
#include "text.h"

namespace kg::extract {

// "in der Hauptstadt Riad", "the capital, Apia": a capital named so without its state (no state's
// adjective or genitive before the noun: the rules read those) is in the state whose capital the
// lexicons say it is, when the article names that state.
void capitals(const SentenceView& v, Relations& out) {
  const WordClass& noun = v.words("capital.noun");
  const std::size_t first = v.sentence().first;
  for (const Ref& r : v.refs()) {
    if (r.adjective || r.reference || v.kind(r.ent) != Kind::kCity || r.first < first + 1) continue;
    const Ent& city = v.mentions.ent(r.ent);
    if (!city.capital || city.code.empty()) continue;
    std::size_t at = r.first - 1;
    if (v.tok(at).text == "," && at > first) --at;
    if (!noun.has(v.tok(at).text)) continue;
    const bool stated = std::any_of(v.refs().begin(), v.refs().end(), [&](const Ref& q) {
      return q.last == at && v.kind(q.ent) == Kind::kCountry;  // "der peruanischen Hauptstadt", "Perus Hauptstadt"
    });
    if (stated) continue;
    if (const int state = v.mentions.find(Kind::kCountry, city.code); state >= 0)
      out.add(r.ent, kLocated, state, v.index, rule_name(v, "capital.lexicon"), 0.8, "capital", {},
              /*negatable=*/false);
  }
  // "in der äthiopischen Hauptstadt", "Perus Hauptstadt", "the Ethiopian capital" with no name after:
  // the state's capital of the lexicons, when the article names that city.
  for (const Ref& r : v.refs()) {
    if (r.reference || v.kind(r.ent) != Kind::kCountry || r.last >= v.sentence().last) continue;
    if (!noun.has(v.tok(r.last).text)) continue;
    const bool named_after = std::any_of(v.refs().begin(), v.refs().end(), [&](const Ref& q) {
      return (q.first == r.last + 1 || (q.first == r.last + 2 && v.tok(r.last + 1).text == ",")) &&
             v.kind(q.ent) == Kind::kCity;
    });
    if (named_after) continue;  // "die peruanische Hauptstadt Lima": the rules read it
    const std::string& code = v.mentions.ent(r.ent).code;
    for (std::size_t e = 0; e < v.mentions.ents.size() && !code.empty(); ++e) {
      const Ent& city = v.mentions.ents[e];
      if (city.kind != Kind::kCity || !city.capital || city.code != code) continue;
      // Named by its name somewhere, and not in this sentence ("Neu-Delhi ist die indische Hauptstadt"
      // is the rules').
      const bool named =
          std::any_of(city.mentions.begin(), city.mentions.end(), [&](const Mention& m) { return !noun.has(m.text); });
      const bool in_sentence = std::any_of(v.refs().begin(), v.refs().end(), [&](const Ref& q) {
        return q.ent == static_cast<int>(e) && q.first != r.last;
      });
      if (named && !in_sentence)
        out.add(static_cast<int>(e), kLocated, r.ent, v.index, rule_name(v, "capital.reference"), 0.75, "capital", {},
                /*negatable=*/false);
    }
  }
}

// "X wurde zur Vorsitzenden gewählt", "Zur neuen Generalsekretärin wurde X bestimmt", "Die
// Delegierten wählten X zum Vorsitzenden", "Co-Vorsitzender bleibt X": an organisation's office (of
// "office.organisation") someone is elected to (a word of "office.elected.prep" before it, one of
// "office.elected.verb" in the sentence) or, first in the sentence, said to hold (a word of
// "office.copula" between it and the name), with no organisation named: the article's
// organisation's. The person is the nearest before the office, else the first after it.
void elected_offices(const SentenceView& v, Relations& out) {
  const int org = v.frame.organisation;
  const WordClass& prep = v.words("office.elected.prep");
  if (org < 0 || prep.empty()) return;
  const Sentence& sen = v.sentence();
  const Lexicon& lex = v.pack.lexicon;
  // The canonical office of the organisation's written at token t, or "".
  auto office_at = [&](std::size_t t) {
    const auto m = t < sen.last ? lex.match(v.text.tokens, t) : std::nullopt;
    if (!m || lex.entry(m->entry).cls != LexClass::kTitle || lex.entry(m->entry).kind != "office") return std::string();
    const std::string& title = lex.entry(m->entry).canonical;
    return v.office_organisation.has(title) ? title : std::string();
  };
  std::size_t at = sen.last;  // the office's token
  std::string title;
  const bool elected = v.first_of(v.words("office.elected.verb")) < sen.last;
  // (a preposition of "office.elected.prep.plural" makes several holders: "X und Y zu den Vorsitzenden")
  const WordClass& plural_prep = v.words("office.elected.prep.plural");
  bool plural = false;
  for (std::size_t t = sen.first; elected && t + 1 < sen.last && title.empty(); ++t) {
    plural = plural_prep.has(v.tok(t).text);
    if (!prep.has(v.tok(t).text) && !plural) continue;
    std::size_t k = t + 1;
    while (k < sen.last && k < t + 3 && v.tok(k).word && !v.tok(k).upper) ++k;  // "zur neuen"
    if (title = office_at(k); !title.empty()) at = k;
  }
  if (title.empty()) {
    std::size_t k = sen.first;
    if (k < sen.last && v.words("office.elected.lead").has(v.tok(k).text)) ++k;  // "Neuer Generalsekretär ist X"
    if (title = office_at(k); !title.empty() && k + 2 < sen.last && v.words("office.copula").has(v.tok(k + 1).text))
      at = k;
    else
      return;
  }
  const std::vector<Ref>& refs = v.refs();
  int person = -1;
  const Ref* after = nullptr;  // the first person after the office, when none stands before it
  for (const Ref& r : refs)
    if (!r.reference && r.last <= at && v.kind(r.ent) == Kind::kPerson) person = r.ent;
  for (const Ref& r : refs)
    if (person < 0 && !r.reference && r.first > at && v.kind(r.ent) == Kind::kPerson) {
      person = r.ent;
      after = &r;
    }
  if (person < 0) return;
  // (no other organisation of the sentence, which the rules read: "zum Vorsitzenden der SPD")
  for (const Ref& r : refs)
    if (v.kind(r.ent) == Kind::kOrg && r.ent != org) return;
  std::vector<int> holders{person};
  // The persons of the list the first one after the office starts: "Zu Vorsitzenden wurden A, B und
  // C gewählt".
  if (plural && after != nullptr) holders = list_from(v, *after, SlotType::kPerson);
  // The persons of the list the last one ends: "A, B und C zu den Vorsitzenden", "die Abgeordnete A
  // und den Europapolitiker B zu den Vorsitzenden" (the longest, from its first conjunct).
  for (const Ref& r : refs) {
    if (!plural || after != nullptr || r.reference || r.last > at || v.kind(r.ent) != Kind::kPerson) continue;
    if (std::vector<int> list = list_from(v, r, SlotType::kPerson);
        std::find(list.begin(), list.end(), person) != list.end()) {
      holders = std::move(list);
      break;
    }
  }
  for (int h : holders) out.add(h, kHolds, org, v.index, rule_name(v, "office.elected"), 0.7, title, {at, at + 1});
}

// "X tritt die Nachfolge von Y an", "X succeeds Y": Y held the organisation's office X is given in
// this sentence or the one before ("X wurde zur Präsidentin des Europarats gewählt. Sie tritt die
// Nachfolge von Y an"). X is the sentence's person before the word of "office.predecessor", else the
// one its pronoun refers to; only offices of organisations pass (a state's office X holds besides is
// none of Y's), and none that X has as a predecessor (the class holds present tenses only: "took
// over from" names one who held the office before, not now).
void predecessor_offices(const SentenceView& v, Relations& out) {
  const WordClass& cue = v.words("office.predecessor");
  const Sentence& sen = v.sentence();
  const std::size_t at = cue.empty() ? sen.last : v.first_of(cue);
  if (at >= sen.last) return;
  const std::size_t after = at + cue.match(v.text.tokens, at, sen.last);
  int successor = -1, predecessor = -1;
  for (const Ref& r : v.refs()) {
    if (v.kind(r.ent) != Kind::kPerson) continue;
    if (r.last <= at) successor = r.ent;
    if (predecessor < 0 && r.first >= after && r.first <= after + 3) predecessor = r.ent;
  }
  if (successor < 0) successor = v.frame.pronoun_referent[v.index];
  if (successor < 0 || predecessor < 0 || successor == predecessor) return;
  for (std::size_t i = 0, n = out.size(); i < n; ++i) {
    const Rel rel = out.at(i);
    if (rel.s == successor && rel.p == kHolds && v.kind(rel.o) == Kind::kOrg &&
        rel.rule != rule_name(v, "office.predecessor"))
      out.add(predecessor, kHolds, rel.o, v.index, rule_name(v, "office.predecessor"), 0.55, rel.role, {at, after});
  }
}

}  // namespace kg::extract
