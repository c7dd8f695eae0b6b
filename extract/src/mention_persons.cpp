// The mention stage's steps for persons (mention_finder.h): a run of capitalised words as a name, with
// its particles ("von der Leyen") and without titles after it; a person named like a state ("Jordan
// Muster"); and a name's part that stands for a person named before ("Probe", "Sharaa" of "al-Sharaa").
#include <algorithm>
#include <cctype>
#include <string>

#include "mention_finder.h"

namespace kg::extract::mention_detail {

bool MentionFinder::particles_to_name(const Sentence& sen, std::size_t at) const {
  const WordClass& p = cls_.name_particle;
  // An article is a particle only after one of "name.particle.article_after" ("von der Leyen"):
  // "übergab Max Muster den Vorsitz" ends the name before "den".
  if (cls_.name_particle_article.has(tok(at).text) &&
      (at == sen.first || !cls_.name_particle_article_after.has(tok(at - 1).text)))
    return false;
  return p.has(tok(at).text) && at + 1 < sen.last &&
         (name_word(tok(at + 1)) || (p.has(tok(at + 1).text) && at + 2 < sen.last && name_word(tok(at + 2))));
}

int MentionFinder::person_by_part(std::string_view w) const {
  // (a part a particle leads, capitalised at a sentence's start: "Al-Sisi" of "Abdel Fattah al-Sisi")
  const auto lower_first = [&](const std::string& part) {
    return !part.empty() && part.size() == w.size() && std::islower(static_cast<unsigned char>(part[0])) &&
           std::toupper(static_cast<unsigned char>(part[0])) == static_cast<unsigned char>(w[0]) &&
           std::string_view(part).substr(1) == w.substr(1);
  };
  // (and the part without its particle, as news write it after the first mention: "Sharaa" of "Ahmed
  // al-Sharaa")
  const auto without_prefix = [&](std::string_view part) {
    const std::string_view p = cls_.name_prefix.entry_of(part);
    if (p.empty() || part.size() <= p.size() + 1) return false;
    const std::string_view rest = part.substr(p.size() + (part[p.size()] == ' '));
    return rest == w;
  };
  int found = -1;
  for (std::size_t i = 0; i < out_.ents.size(); ++i) {
    if (out_.ents[i].kind != Kind::kPerson) continue;
    for (const std::string& part : out_.ents[i].parts) {
      if (part == w || lower_first(part) || without_prefix(part)) {
        if (found >= 0 && found != static_cast<int>(i)) return -2;
        found = static_cast<int>(i);
      }
    }
  }
  return found;
}

std::size_t MentionFinder::person_named_like_state(std::size_t s, std::size_t i) {
  const Sentence& sen = text_.sentences[s];
  if (i + 1 >= sen.last || !name_word(tok(i + 1))) return i;
  // A place's possessive starts no name: "Russia's Lavrov" is Lavrov (the tagger's person starts
  // after it; add_proposals).
  if (tok(i).text.ends_with("'s")) return i;
  std::size_t j = i + 1;
  while (j < sen.last && name_word(tok(j))) ++j;
  const std::string full = span_text(i, j);
  const int known = out_.find(Kind::kPerson, full);
  auto tagged = proposed_persons_.find(tok(i).start);
  if (!lex_.is_given_name(tok(i).text) && (tagged == proposed_persons_.end() || tagged->second <= tok(i).end) &&
      known < 0 && !after_other_state(s, i))
    return i;
  mention(s, i, j, known >= 0 ? known : entity(Kind::kPerson, full, full));
  return j;
}

bool MentionFinder::after_other_state(std::size_t s, std::size_t i) const {
  if (i == text_.sentences[s].first) return false;
  const auto place = lex_.match(text_.tokens, i);
  const auto state = lex_.match(text_.tokens, i - 1);
  if (!place || !state || state->tokens != 1 || lex_.entry(state->entry).cls != LexClass::kCountry) return false;
  const LexEntry& c = lex_.entry(state->entry);
  const LexEntry& p = lex_.entry(place->entry);
  return p.cls == LexClass::kCity && !p.code.empty() && p.code != c.code && state->form != c.canonical;
}

std::size_t MentionFinder::capitalised_name(std::size_t s, std::size_t i) {
  const Sentence& sen = text_.sentences[s];
  const Token& t = tok(i);
  if (!name_word(t)) return i;
  // A cue that begins the run is no part of the name: "Gastgeberin Anna Probe empfing …".
  if (cls_.person_list_cue.has(t.text) && i + 1 < sen.last && name_word(tok(i + 1))) return i + 1;
  std::size_t j = i;
  while (j < sen.last && (name_word(tok(j)) || (j > i && particles_to_name(sen, j)))) {
    // (a possessive ends it: "Paul Roe's Labor Party")
    if (j > i && tok(j - 1).text.ends_with("'s")) break;
    ++j;
  }
  if (j > i) j = surname_like_title(sen, j - 1, j);
  // A known place or organisation ends the run, after its particle too: "Vorsitz der Afrikanischen
  // Union" is no name of four words; so does a region's adjective ("Most Latin American leaders").
  for (std::size_t k = i + 1; k < j; ++k) {
    // (… or the head of one the article named: "seit den Putschen von der Union" after "Afrikanische Union")
    const bool named_head = cls_.name_particle.has(tok(k - 1).text) && org_heads_.count(tok(k).text) > 0;
    if (auto m = named_head ? std::nullopt : lex_.match(text_.tokens, k);
        named_head ||
        (m && (lex_is(m->entry, {LexClass::kOrg, LexClass::kCountry, LexClass::kCity, LexClass::kRegion}) ||
               (lex_is(m->entry, {LexClass::kAdjective}) && !lex_.entry(m->entry).region.empty())))) {
      j = cls_.name_particle.has(tok(k - 1).text) && k - 1 > i ? k - 1 : k;
      break;
    }
  }
  // A place's name of one word, uninflected, right after a given name (not the sentence's first word:
  // "Will Peru join?") and before a comma, a word in lower case or the sentence's end is a surname:
  // "She succeeds Anna Lima, who …", "Sie folgt auf Eva Scotland." (another language's name of the
  // place too, no genitive of it: not "Anna Perus Rede").
  if (j == i + 1 && i > sen.first && j < sen.last && lex_.is_given_name(t.text) &&
      (j + 1 == sen.last || tok(j + 1).text == "," || tok(j + 1).text == "." || (tok(j + 1).word && !tok(j + 1).upper)))
    if (const auto m = lex_.match(text_.tokens, j);
        m && m->tokens == 1 && lex_is(m->entry, {LexClass::kCountry, LexClass::kCity}) &&
        (tok(j).text == lex_.entry(m->entry).canonical || cls_.genitive.ending_of(tok(j).text, 3).empty()))
      ++j;
  const std::size_t last = without_postnominal(i, j);
  // A word no given name before one that starts a name of two words or more is no word of it:
  // "die Delegierten Anna Probe", "Teilnehmer Max Muster" (the name starts at the given name).
  std::string full = span_text(i, last);
  if (!lex_.is_given_name(t.text) && !(i > sen.first && cls_.person_list_cue.has(tok(i - 1).text)))
    for (std::size_t k = i + 1; k + 1 < last; ++k)
      if (lex_.is_given_name(tok(k).text)) {
        if (out_.find(Kind::kPerson, full) < 0) return k;
        break;
      }
  if (int known = out_.find(Kind::kPerson, full); known >= 0) {
    mention(s, i, last, known);
    return j;
  }
  // (no person's name ends in a treaty's noun: "a Stabilisation and Association Agreement")
  if (last > i + 1 && document_noun(tok(last - 1).text)) return j;
  if (last == i + 1) {
    // (also in the genitive: "Roe's plane", "Musters Rede" — an attribute, which rules bind only when
    // they ask for one: "in Roe's honour")
    Ref r;
    int p = person_by_part(t.text);
    if (const std::string_view end = cls_.genitive.ending_of(t.text, 3); p == -1 && !end.empty()) {
      p = person_by_part(t.text.substr(0, t.text.size() - end.size()));
      r.genitive = true;
    }
    if (p >= 0) mention(s, i, i + 1, p, r);
  } else if (last - i <= 4 &&
             // (a noun before a particle after a cue is none: "mit Angehörigen von Geiseln"; nor are
             // words before an office and its holder's name, the office's field: "and House Minority
             // Leader X")
             ((i > sen.first && cls_.person_list_cue.has(tok(i - 1).text) && !cls_.name_particle.has(tok(i + 1).text) &&
               !office_before_name(sen, j)) ||
              lex_.is_given_name(t.text) || lex_.is_register_given_name(t.text) ||
              (j < sen.last && cls_.person_after_cue.has(tok(j).text)) || after_state(s, i, last, j))) {
    // (a name in the possessive is the person's, an attribute of what follows: "Paul Roe's party")
    Ref r;
    if (full.ends_with("'s")) {
      full.resize(full.size() - 2);
      r.genitive = true;
    }
    mention(s, i, last, entity(Kind::kPerson, full, full), r);
  }
  return j;
}

bool MentionFinder::office_before_name(const Sentence& sen, std::size_t j) const {
  // (offices in a row too: "Majority Leader Congressman X")
  bool office = false;
  while (j < sen.last) {
    const auto m = lex_.match(text_.tokens, j);
    if (!m || !lex_is(m->entry, {LexClass::kTitle})) break;
    office = true;
    j += m->tokens;
  }
  return office && j < sen.last && name_word(tok(j));
}

bool MentionFinder::after_state(std::size_t s, std::size_t i, std::size_t last, std::size_t j) const {
  const Sentence& sen = text_.sentences[s];
  if (i == sen.first || last - i < 2 || last - i > 3 || (j < sen.last && tok(j).upper)) return false;
  const std::vector<Ref>& before = out_.refs[s];
  if (before.empty() || before.back().last != i ||
      out_.ents[static_cast<std::size_t>(before.back().ent)].kind != Kind::kCountry)
    return false;
  if (cls_.person_after_state.ending_of(tok(i - 1).text, 2).empty()) return false;
  // (a compass word starts a region's name: "Russia's Far East")
  if (cls_.region_compass.has(tok(i).text)) return false;
  for (std::size_t k = i; k < last; ++k) {
    if (cls_.org_head_last.has(tok(k).text)) return false;
    // (nor a word the article also writes in lower case: "Sweden's Accession Protocol … its accession")
    const std::string lower = uncapitalised(tok(k).text);
    for (const Token& other : text_.tokens)
      if (other.text == lower) return false;
  }
  return true;
}

std::size_t MentionFinder::without_postnominal(std::size_t first, std::size_t last) const {
  return last >= first + 3 && cls_.name_postnominal.has(tok(last - 1).text) ? last - 1 : last;
}

}  // namespace kg::extract::mention_detail
