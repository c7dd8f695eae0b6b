// The mention stage's steps for offices, epithets and plural nouns that refer to entities the article named before
// (mention_finder.h).
#include <algorithm>
#include <cctype>

#include "mention_finder.h"

namespace kg::extract::mention_detail {

const Ref* MentionFinder::state_before_office(std::size_t s, std::size_t t0) const {
  if (refs(s).empty()) return nullptr;
  const Ref& r = refs(s).back();
  if (r.last != t0 || r.reference) return nullptr;
  if (r.adjective) return &r;
  // (a state's genitive: "Peru's president", "Perus Präsident")
  const bool possessive =
      ent(r.ent).kind == Kind::kCountry && !cls_.genitive.ending_of(tok(r.last - 1).text, 1).empty();
  return possessive ? &r : nullptr;
}

void MentionFinder::office_reference(std::size_t s, std::size_t t0, std::size_t t1, const std::string& title) {
  int person = -1;
  const Ref* state = state_before_office(s, t0);
  if (state != nullptr) {
    const auto h = holders_.find(ent(state->ent).code + "\t" + title);
    if (h != holders_.end()) person = h->second;
    // (a counterpart: whoever holds an office of that state, the one of the form it is written in)
    if (person < 0 && cls_.office_counterpart.has(title)) person = state_holder(ent(state->ent).code, tok(t1 - 1).text);
    // (… and the one introduced as that state's counterpart holds the office referred to: "his
    // Peruvian counterpart X … The Peruvian president", not the president he met)
    const std::string prefix = ent(state->ent).code + "\t";
    for (auto c = holders_.lower_bound(prefix); person < 0 && c != holders_.end() && c->first.starts_with(prefix); ++c)
      if (cls_.office_counterpart.has(std::string_view(c->first).substr(prefix.size()))) person = c->second;
  }
  // "Peru's president" with no article: the one person introduced with the office in a sentence
  // that names that state or a city of it ("President Paul Roe of Peru", "King X, who hosted the
  // summit in Manama").
  if (person < 0 && state != nullptr && !state->adjective) {
    const auto h = holders_by_title_.find(title);
    const int one = h == holders_by_title_.end() ? -1 : one_person(h->second);
    for (std::size_t k = 0; one >= 0 && k < s && person < 0; ++k) {
      bool titled = false, named = false;
      for (const Ref& r : refs(k)) {
        titled = titled || (r.ent == one && !r.title.empty());
        named =
            named || r.ent == state->ent || (ent(r.ent).kind == Kind::kCity && ent(r.ent).code == ent(state->ent).code);
      }
      if (titled && named) person = one;
    }
  }
  // "die Präsidentin", "die deutsche Kanzlerin" (introduced without the adjective): the one
  // person introduced with the office.
  // (an age between the article and the office is the person's: "der 70-jährige Präsident", "the
  // 70-year-old president")
  std::size_t before = state != nullptr ? state->first : t0;
  if (before > text_.sentences[s].first + 1 && cls_.office_age.has(tok(before - 1).text)) --before;
  // (an article of the plural before an office of no female form names several: "die Präsidenten
  // von Senegal und Ghana" is none of the article's presidents; "die Präsidentin" is one)
  if (before > text_.sentences[s].first && cls_.office_reference_plural.has(tok(before - 1).text) &&
      cls_.office_female.ending_of(tok(t1 - 1).text, 2).empty())
    return;
  if (person < 0 && before > text_.sentences[s].first && cls_.office_reference.has(tok(before - 1).text)) {
    const auto h = holders_by_title_.find(title);
    if (h != holders_by_title_.end()) person = one_person(h->second);
    // Two persons with one office in two forms ("König X und Königin Y"): the one written as here.
    const auto f = holders_by_form_.find(span_text(t0, t1));
    if (person < 0 && f != holders_by_form_.end()) person = one_person(f->second);
    if (person < 0 && h == holders_by_title_.end()) person = generic_office_holder(tok(t1 - 1).text, title);
  }
  // Starting its sentence, with no one introduced with that office: the one person the sentence
  // before names, when the article gave them no office ("Die SPD bestätigte Anna Probe. Die
  // bayerische Ministerpräsidentin erhielt …"). The office is news of that person: the office rules
  // read it.
  bool states_office = false;
  if (person < 0 && before == text_.sentences[s].first + 1 && cls_.office_reference.has(tok(before - 1).text) &&
      holders_by_title_.find(title) == holders_by_title_.end()) {
    person = previous_person(s);
    states_office = person >= 0;
    if (states_office) holders_by_title_[title].insert(person);
  }
  if (person < 0) return;
  Ref r;
  r.title = title;
  r.title_at = t0;
  r.reference = true;
  r.states_office = states_office;
  mention(s, t0, t1, person, r);
}

int MentionFinder::one_person(const std::set<int>& persons) const {
  int found = -1;
  for (const int p : persons) {
    if (found < 0) {
      found = p;
      continue;
    }
    // (the surname alone, in a headline before the full name, is the same person, and so is a lone
    // word that starts the fuller name, "Pope Benedict" and "Pope Benedict XVI": resolve joins them)
    const std::string &a = out_.ents[static_cast<std::size_t>(found)].name,
                      &b = out_.ents[static_cast<std::size_t>(p)].name;
    auto part_of = [](const std::string& part, const std::string& whole) {
      return is_word_suffix(part, whole) || (part.find(' ') == std::string::npos && whole.starts_with(part + " "));
    };
    if (part_of(a, b))
      found = p;
    else if (!part_of(b, a))
      return -1;
  }
  return found;
}

std::set<int> MentionFinder::female_holders() const {
  std::set<int> out;
  for (const auto& [form, persons] : holders_by_form_)
    if (!cls_.office_female.ending_of(form, 2).empty()) out.insert(persons.begin(), persons.end());
  out.insert(female_by_article_.begin(), female_by_article_.end());
  return out;
}

int MentionFinder::generic_office_holder(std::string_view form, const std::string& title) const {
  const auto entry = lex_.phrase(title);
  if (!entry || lex_.entry(*entry).refers.empty()) return -1;
  std::vector<int> holders;
  for (const std::string& office : lex_.entry(*entry).refers)
    if (const auto h = holders_by_title_.find(office); h != holders_by_title_.end())
      holders.insert(holders.end(), h->second.begin(), h->second.end());
  return sole_holder(holders, form);
}

int MentionFinder::sole_holder(const std::vector<int>& holders, std::string_view form) const {
  const bool as_female = !cls_.office_female.ending_of(form, 2).empty();
  const std::set<int> female = female_holders();
  int found = -1;
  for (const int p : holders) {
    if (female.count(p) != (as_female ? 1u : 0u) || p == found) continue;
    if (found >= 0) return -1;  // two it may name: none
    found = p;
  }
  return found;
}

std::size_t MentionFinder::demonym_reference(std::size_t s, std::size_t i, std::string_view code) {
  const Sentence& sen = text_.sentences[s];
  // (before a name it says what the named is: "der Franzose X")
  if (i + 1 < sen.last && name_word(tok(i + 1))) return i + 1;
  // (the male form after an article of the plural is the plural: "die Italiener")
  if (cls_.office_female.ending_of(tok(i).text, 2).empty() && cls_.office_reference_plural.has(tok(i - 1).text))
    return i + 1;
  const int found = state_holder(code, tok(i).text);
  if (found < 0) return i + 1;
  Ref r;
  r.reference = true;
  mention(s, i, i + 1, found, r);
  return i + 1;
}

int MentionFinder::state_holder(std::string_view code, std::string_view form) const {
  std::vector<int> holders;
  const std::string prefix = std::string(code) + "\t";
  for (auto h = holders_.lower_bound(prefix); h != holders_.end() && h->first.starts_with(prefix); ++h)
    holders.push_back(h->second);
  return sole_holder(holders, form);
}

int MentionFinder::previous_person(std::size_t s) {
  if (s == 0) return -1;
  int found = -1;
  for (const Ref& r : refs(s - 1)) {
    if (ent(r.ent).kind != Kind::kPerson || r.ent == found) continue;
    if (found >= 0) return -1;  // two who may hold it: none
    found = r.ent;
  }
  if (found < 0) return -1;
  // (one the article introduced with an office is not called by another: "Bundeskanzler X traf in
  // Lima ein. Der peruanische Präsident empfing ihn")
  for (std::size_t k = 0; k <= s; ++k)
    for (const Ref& r : refs(k))
      if (r.ent == found && !r.title.empty()) return -1;
  return found;
}

std::string MentionFinder::epithet_key(std::string_view word) const {
  std::string_view entry;
  if (cls_.org_epithet.has(word)) {
    entry = word;
  } else {
    // A compound: its longest tail that is an entry once capitalised ("…bündnisses" → "Bündnisses").
    for (std::size_t cut = 1; cut + 3 <= word.size() && entry.empty(); ++cut) {
      if (!std::islower(static_cast<unsigned char>(word[cut]))) continue;
      entry = cls_.org_epithet.entry_of(capitalised(word.substr(cut)));
    }
  }
  if (entry.empty()) return {};
  std::string_view key = entry;
  for (const std::string& e : cls_.org_epithet.entries())
    if (e.size() < key.size() && entry.starts_with(e)) key = e;
  return std::string(key);
}

std::size_t MentionFinder::org_epithet(std::size_t s, std::size_t i) {
  const Sentence& sen = text_.sentences[s];
  if (i == sen.first) return i;
  // The epithet, perhaps with an ending of "inflect.org" ("the alliance's 31st member").
  std::string_view word = tok(i).text;
  if (!cls_.org_epithet.has(word))
    for (const std::string& end : cls_.inflect_org.entries())
      if (!end.empty() && word.size() > end.size() && word.ends_with(end) &&
          cls_.org_epithet.has(word.substr(0, word.size() - end.size()))) {
        word = word.substr(0, word.size() - end.size());
        break;
      }
  if (!cls_.org_epithet.has(word)) {
    // The head of an organisation's name the article wrote before: "die Union" after "Afrikanische
    // Union"; in English also in lower case ("the council" after "the Nordic Council").
    const Token& t = tok(i);
    if (!t.word || !cls_.org_epithet_article.has(tok(i - 1).text)) return i;
    if (i + 1 < sen.last && (tok(i + 1).upper || cls_.org_epithet_not_before.has(tok(i + 1).text))) return i;
    auto it = org_heads_.end();
    if (t.upper) {
      it = org_heads_.find(t.text);
    } else if (std::isalpha(static_cast<unsigned char>(t.text[0]))) {
      const std::string head = capitalised(t.text);
      it = org_heads_.find(head);
      // (in the possessive too: "the council's presidency")
      for (const std::string& end : cls_.inflect_org.entries())
        if (it == org_heads_.end() && !end.empty() && head.size() > end.size() + 2 && head.ends_with(end))
          it = org_heads_.find(std::string_view(head).substr(0, head.size() - end.size()));
    }
    if (it == org_heads_.end()) return i;
    Ref r;
    r.reference = true;
    mention(s, i, i + 1, it->second, r, /*epithet=*/true);
    return i + 1;
  }
  // "the Mercosur bloc": the organisation right before it is the one the epithet names from now on.
  if (!refs(s).empty() && refs(s).back().last == i && ent(refs(s).back().ent).kind == Kind::kOrg) {
    epithets_[epithet_key(word)] = refs(s).back().ent;
    return i;
  }
  // … and so is one of the lexicons right after it: "der Staatenbund Mercosur", "the bloc ECOWAS".
  if (i + 1 < sen.last && tok(i + 1).upper)
    if (const auto m = lex_.match(text_.tokens, i + 1); m && lex_.entry(m->entry).cls == LexClass::kOrg) {
      epithets_[epithet_key(word)] = lex_entity(m->entry);
      return i;
    }
  // The article may stand before up to two lower-case words or numbers: "the 10-member bloc",
  // "the Western military alliance" is not ("Western" is capitalised), "das transatlantische Bündnis".
  std::size_t article = i - 1;
  while (article > sen.first && article + 3 > i && tok(article).word && !tok(article).upper &&
         !cls_.org_epithet_article.has(tok(article).text))
    --article;
  if (!cls_.org_epithet_article.has(tok(article).text)) return i;
  if (i + 1 < sen.last && tok(i + 1).upper) return i;
  // (the mention holds the words after the article, "the 15-nation grouping", where none of them
  // names something itself)
  const std::size_t from = refs(s).empty() || refs(s).back().last <= article + 1 ? article + 1 : i;
  if (auto it = epithets_.find(epithet_key(word)); it != epithets_.end()) {
    Ref r;
    r.reference = true;
    mention(s, from, i + 1, it->second, r, /*epithet=*/true);
    return i + 1;
  }
  // Another epithet introduced one organisation only: that one ("der Wirtschaftsverbund X … das
  // Bündnis"; an article that called one organisation an alliance calls no other so unannounced) —
  // unless the article named another more often by its name, not as a compound's head ("der
  // Staatenbund Asean … die Nato … die Nato … dem Bündnis"; not "die EU … EU-Kommissionspräsidentin").
  int best = -1;
  for (const auto& [key, e] : epithets_) {
    if (best >= 0 && e != best) {
      best = -2;
      break;
    }
    best = e;
  }
  auto named = [&](const Ent& x) {
    return std::count_if(x.mentions.begin(), x.mentions.end(), [&](const Mention& m) {
      return m.span.end >= text_.text.size() || text_.text[m.span.end] != '-';
    });
  };
  if (best >= 0) {
    const auto introduced = named(ent(best));
    for (const Ent& x : out_.ents)
      if (x.kind == Kind::kOrg && named(x) > introduced) best = -2;
  }
  if (best >= 0) {
    Ref r;
    r.reference = true;
    mention(s, from, i + 1, best, r, /*epithet=*/true);
    return i + 1;
  }
  // The organisation named most so far, by its name or as the organiser of an event the article
  // names ("der Gipfel der Brics-Staaten … der Gipfel … UN-Generalsekretär X … der Staatenbund" is
  // BRICS); of those named as often, the one named last ("die Nato" in the sentence before, not the
  // EU of an earlier office compound).
  std::vector<std::size_t> said(out_.ents.size(), 0);
  for (std::size_t e = 0; e < out_.ents.size(); ++e) {
    const Ent& x = out_.ents[e];
    said[e] += x.kind == Kind::kOrg ? x.mentions.size() : 0;
    if (x.kind == Kind::kEvent && x.relative.empty() && x.organiser >= 0)
      said[static_cast<std::size_t>(x.organiser)] += x.mentions.size();
  }
  best = -1;
  for (std::size_t e = 0; e < out_.ents.size(); ++e) {
    const Ent& x = out_.ents[e];
    if (x.kind != Kind::kOrg || x.mentions.empty()) continue;
    const auto b = static_cast<std::size_t>(best);
    if (best < 0 || said[e] > said[b] ||
        (said[e] == said[b] && x.mentions.back().span.start > out_.ents[b].mentions.back().span.start))
      best = static_cast<int>(e);
  }
  // None named by itself: the organiser of the event named most, where the article named it only in
  // the event's compound ("Der Nato-Gipfel begann … dem Bündnis beigetreten").
  if (best < 0) {
    std::size_t most = 0;
    for (const Ent& x : out_.ents)
      if (x.kind == Kind::kEvent && x.organiser >= 0 && ent(x.organiser).kind == Kind::kOrg &&
          x.mentions.size() > most) {
        most = x.mentions.size();
        best = x.organiser;
      }
  }
  if (best < 0) return i;
  Ref r;
  r.reference = true;
  mention(s, from, i + 1, best, r, /*epithet=*/true);
  return i + 1;
}

std::size_t MentionFinder::count_said(std::string_view w) const {
  if (cls_.states_pair.has(w)) return 2;
  if (const int p = cls_.number_word.position(w); p > 0) return static_cast<std::size_t>(p) + 1;
  if (!w.empty() && w.size() < 4 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return static_cast<std::size_t>(std::stoi(std::string(w)));
  return 0;
}

std::size_t MentionFinder::states_reference(std::size_t s, std::size_t i) {
  const Sentence& sen = text_.sentences[s];
  if (!cls_.states_plural.has(tok(i).text) || i == sen.first) return i;
  if (i + 1 < sen.last)
    if (auto m = lex_.match(text_.tokens, i + 1); m && lex_.entry(m->entry).cls == LexClass::kCountry) return i;
  std::size_t from = i;
  std::size_t want = 0;  // 0: any number from two
  bool said = false;
  for (std::size_t d = i; d > sen.first && d + 3 > i; --d) {
    const std::string_view w = tok(d - 1).text;
    const std::size_t n = count_said(w);
    if (n > 0 || cls_.states_reference.has(w)) {
      want = n > 0 ? n : want;
      said = true;
      from = d - 1;
    }
  }
  if (!said) return i;
  std::vector<int> states = listed_states(s, from, want);
  if (states.empty()) return i;
  Ref r;
  r.reference = true;
  r.plural = true;
  for (int e : states) mention(s, from, i + 1, e, r, /*epithet=*/true);
  return i + 1;
}

std::size_t MentionFinder::state_reference(std::size_t s, std::size_t i) {
  const Sentence& sen = text_.sentences[s];
  const std::size_t n = i == sen.first && s > 0 ? cls_.state_singular.match(text_.tokens, i, sen.last) : 0;
  if (n == 0) return person_state_reference(s, i);
  // (not before the state's name: "Das Land Brandenburg")
  if (i + n < sen.last && tok(i + n).word && tok(i + n).upper) return i;
  int state = -1;
  for (const Ref& r : refs(s - 1)) {
    if (ent(r.ent).kind != Kind::kCountry || r.plural || r.ent == state) continue;
    if (state >= 0) return i + n;  // (several: none of them)
    state = r.ent;
  }
  if (state < 0) return i + n;
  Ref r;
  r.reference = true;
  mention(s, i, i + n, state, r, /*epithet=*/true);
  return i + n;
}

std::size_t MentionFinder::person_state_reference(std::size_t s, std::size_t i) {
  const Sentence& sen = text_.sentences[s];
  if (!cls_.state_relative.has(tok(i).text) || i < sen.first + 2 || i + 1 >= sen.last ||
      !cls_.state_relative_noun.has(tok(i + 1).text) || tok(i - 1).text != ",")
    return i;
  const std::vector<Ref>& rs = refs(s);
  auto person = std::find_if(rs.rbegin(), rs.rend(), [&](const Ref& r) { return r.last == i - 1; });
  if (person == rs.rend() || ent(person->ent).kind != Kind::kPerson) return i;
  // (the office's words stand between the state and the name: "Der laotische Regierungschef X")
  int state = -1;
  for (auto r = person + 1; r != rs.rend() && r->last + 4 >= person->first && state < 0; ++r)
    if (ent(r->ent).kind == Kind::kCountry && !r->reference) state = r->ent;
  if (state < 0) return i;
  Ref r;
  r.reference = true;
  mention(s, i, i + 2, state, r, /*epithet=*/true);
  return i + 2;
}

std::size_t MentionFinder::persons_reference(std::size_t s, std::size_t i) {
  const Sentence& sen = text_.sentences[s];
  // A word of "persons.pair.alone" standing for a noun phrase, no noun after it (nor an adjective
  // before one): "Anschließend nahmen beide an einer Videokonferenz teil", "Beide sprachen".
  const bool alone = cls_.persons_pair_alone.has(tok(i).text) && i + 1 < sen.last && tok(i + 1).word &&
                     !tok(i + 1).upper &&
                     !(i + 2 < sen.last && tok(i + 2).upper && tok(i + 2).word &&
                       !cls_.adjective_endings.ending_of(tok(i + 1).text, 3).empty());
  std::size_t from = i;
  std::size_t want = 2;
  if (!alone) {
    // … else a plural noun for persons after a word of "states.pair" or a number: "die beiden
    // Politiker", "the four leaders" (as many persons as it says)
    if (i == sen.first) return i;
    if (!cls_.persons_plural.has(tok(i).text)) return guest_reference(s, i);  // (one step: most tokens are neither)
    if (i + 1 < sen.last && (tok(i + 1).upper || cls_.office_of.has(tok(i + 1).text))) return i;
    for (std::size_t d = i; d > sen.first && d + 2 > i; --d)
      if (const std::size_t n = count_said(tok(d - 1).text); n > 0) from = d - 1, want = n;
    if (from == i) return i;
  }
  std::vector<int> persons;
  for (std::size_t back = 0; back <= 2 && back <= s; ++back) {
    persons.clear();
    for (const Ref& r : out_.refs[s - back]) {
      if (back == 0 && r.first >= from) break;
      if (r.reference || r.plural || ent(r.ent).kind != Kind::kPerson) continue;
      if (std::find(persons.begin(), persons.end(), r.ent) == persons.end()) persons.push_back(r.ent);
    }
    if (!persons.empty()) break;
  }
  if (persons.size() != want) return i;
  Ref r;
  r.reference = true;
  r.plural = true;
  for (int e : persons) mention(s, from, i + 1, e, r, /*epithet=*/true);
  return i + 1;
}

std::size_t MentionFinder::guest_reference(std::size_t s, std::size_t i) {
  const Sentence& sen = text_.sentences[s];
  if (i == sen.first) return i;
  if (!cls_.person_guest.has(tok(i).text)) return age_reference(s, i);
  // (an adjective may stand between: "den deutschen Gast", "ihren hohen Gast")
  const bool led = cls_.person_guest_before.has(tok(i - 1).text) ||
                   (i > sen.first + 1 && tok(i - 1).word && !tok(i - 1).upper &&
                    !cls_.function_word.has(tok(i - 1).text) && cls_.person_guest_before.has(tok(i - 2).text));
  if (!led) return i;
  if (i + 1 < sen.last && tok(i + 1).upper && name_word(tok(i + 1))) return i;  // "Gast Max Muster"
  for (std::size_t k = 0; k <= s; ++k) {
    bool visit = false;
    std::vector<const Ref*> persons;
    for (const Ref& r : refs(k)) {
      if (k == s && r.first >= i) break;
      const Ent& x = ent(r.ent);
      visit = visit || (x.kind == Kind::kEvent && cls_.event_visit.has(x.event_kind));
      if (x.kind == Kind::kPerson && !r.reference && !r.plural &&
          std::none_of(persons.begin(), persons.end(), [&](const Ref* p) { return p->ent == r.ent; }))
        persons.push_back(&r);
    }
    // (or a word of "person.guest.visit" that names no event: "zu einem Besuch in Lima eingetroffen")
    const Sentence& at_k = text_.sentences[k];
    visit = visit ||
            cls_.person_guest_visit.find(text_.tokens, at_k.first, k == s ? i : at_k.last) < (k == s ? i : at_k.last);
    if (!visit || persons.empty()) continue;
    // (the first is the host where a verb of receiving has the second for its object: "X hat den
    // Präsidenten Y zu einem Staatsbesuch empfangen", "X welcomed Y for a state visit" — not "Y
    // wurde von X empfangen", "Y was welcomed by X")
    int person = persons.front()->ent;
    if (persons.size() >= 2) {
      const Sentence& at = text_.sentences[k];
      const Ref& second = *persons[1];
      bool receives = false;
      for (std::size_t t = persons.front()->last; t < at.last && !receives; ++t)
        receives = cls_.person_host_verb.has(tok(t).text);
      const bool agent = second.first > at.first && cls_.person_host_agent.has(tok(second.first - 1).text);
      const bool titled_agent = second.title_at > at.first && second.title_at < second.first &&
                                cls_.person_host_agent.has(tok(second.title_at - 1).text);
      if (receives && !agent && !titled_agent) person = second.ent;
    }
    Ref r;
    r.reference = true;
    if (!cls_.person_guest_plural.has(tok(i).text)) {
      mention(s, i, i + 1, person, r, /*epithet=*/true);
      return i + 1;
    }
    // "die Gäste", "the guests": the visitor and those joined to the visitor by a list.
    std::vector<int> guests{person};
    std::size_t end = 0;
    for (const Ref* p : persons)
      if (p->ent == person) end = p->last;
    for (const Ref* p : persons) {
      if (p->first <= end) continue;
      bool joined = true;
      for (std::size_t t = end; t < p->phrase_first() && joined; ++t)
        joined = tok(t).text == "," || cls_.conjunction_and.has(tok(t).text);
      if (!joined) break;
      guests.push_back(p->ent);
      end = p->last;
    }
    r.plural = guests.size() > 1;
    for (int g : guests) mention(s, i, i + 1, g, r, /*epithet=*/true);
    return i + 1;
  }
  return i;
}

std::size_t MentionFinder::age_reference(std::size_t s, std::size_t i) {
  const Sentence& sen = text_.sentences[s];
  if (s == 0 || !cls_.office_reference.has(tok(i - 1).text) || !cls_.person_age.has(tok(i).text)) return i;
  // (an office after it is the person's: "der 61-jährige Präsident", office_reference)
  if (i + 1 < sen.last && !title_kind(i + 1).empty()) return i;
  const bool male = cls_.person_age_male.has(tok(i - 1).text);
  const std::set<int> female = male ? female_holders() : std::set<int>();
  for (std::size_t back = 1; back <= 2 && back <= s; ++back) {
    int found = -1;
    bool several = false;
    for (const Ref& r : refs(s - back)) {
      if (ent(r.ent).kind != Kind::kPerson || r.plural || r.ent == found || female.count(r.ent)) continue;
      several = found >= 0;
      found = r.ent;
    }
    if (several) return i;
    if (found < 0) continue;
    Ref r;
    r.reference = true;
    mention(s, i - 1, i + 1, found, r, /*epithet=*/true);
    return i + 1;
  }
  return i;
}

std::vector<int> MentionFinder::listed_states(std::size_t s, std::size_t before, std::size_t want) const {
  for (std::size_t back = 0; back <= 3 && back <= s; ++back) {
    std::vector<int> states, referred;
    for (const Ref& r : out_.refs[s - back]) {
      if (back == 0 && r.first >= before) break;
      if (r.adjective || out_.ents[static_cast<std::size_t>(r.ent)].kind != Kind::kCountry) continue;
      std::vector<int>& to = r.plural ? referred : states;
      if (std::find(to.begin(), to.end(), r.ent) == to.end()) to.push_back(r.ent);
    }
    if (states.size() >= 2 && (want == 0 || states.size() == want)) return states;
    // (a reference to the list goes on with it: "die Zusammenarbeit der beiden Nachbarländer … Beide
    // Länder sind Mitglieder")
    if (states.empty() && referred.size() >= 2 && (want == 0 || referred.size() == want)) return referred;
  }
  // "beide Länder", "both countries" after one sentence naming two states by their adjectives too
  // ("Die österreichische Ministerin traf ihren slowakischen Amtskollegen. Beide Länder …").
  if (want != 2) return {};
  for (std::size_t back = 0; back <= 1 && back <= s; ++back) {
    std::vector<int> states;
    for (const Ref& r : out_.refs[s - back]) {
      if (back == 0 && r.first >= before) break;
      if (r.plural || out_.ents[static_cast<std::size_t>(r.ent)].kind != Kind::kCountry) continue;
      if (std::find(states.begin(), states.end(), r.ent) == states.end()) states.push_back(r.ent);
    }
    if (states.size() == 2) return states;
    if (!states.empty()) break;  // the nearest sentence naming a state decides
  }
  // … else the two states the article's first sentence to name states names: a report of two
  // states' talks ("Die Regierungen Deutschlands und Polens kamen … zusammen. … Beide Länder sind …").
  for (std::size_t k = 0; k < s; ++k) {
    std::vector<int> states;
    for (const Ref& r : out_.refs[k])
      if (!r.adjective && !r.plural && out_.ents[static_cast<std::size_t>(r.ent)].kind == Kind::kCountry &&
          std::find(states.begin(), states.end(), r.ent) == states.end())
        states.push_back(r.ent);
    if (states.size() == 2) return states;
    if (!states.empty()) break;
  }
  return {};
}

}  // namespace kg::extract::mention_detail
