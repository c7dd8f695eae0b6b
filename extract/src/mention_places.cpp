// The mention stage's steps for buildings and squares, city adjectives, capitals named as such, compound event nouns
// (mention_finder.h).
#include <algorithm>

#include "dates.h"
#include "mention_finder.h"

namespace kg::extract::mention_detail {

std::optional<std::size_t> MentionFinder::city_of_adjective(std::string_view w) const {
  for (const std::string& ending : cls_.city_adjective_ending.entries()) {
    if (w.size() <= ending.size() + 2 || !w.ends_with(ending)) continue;
    std::string base(w.substr(0, w.size() - ending.size()));
    for (std::size_t k = 0; k <= cls_.city_adjective_stem.entries().size(); ++k) {
      std::string name = k == 0 ? base : base + cls_.city_adjective_stem.entries()[k - 1];
      // (a state's too, a federal state's most: "Thüringer", "Bremer", "Luxemburger")
      if (auto e = lex_.word(name); lex_is(e, {LexClass::kCity, LexClass::kCountry})) return e;
    }
  }
  return std::nullopt;
}

std::size_t MentionFinder::city_adjective(std::size_t s, std::size_t i) {
  const Sentence& sen = text_.sentences[s];
  if (i + 1 >= sen.last || !tok(i).upper || lex_.word(tok(i).text)) return i;
  auto title = lex_.word(tok(i + 1).text);
  if (!(title && lex_.entry(*title).cls == LexClass::kTitle)) return i;
  auto city = city_of_adjective(tok(i).text);
  if (!city) {
    // A city the lexicons do not know, in the genitive before a city's office: "Aachens
    // Oberbürgermeisterin X", "Leeds's mayor X".
    if (!cls_.office_city.has(lex_.entry(*title).canonical)) return i;
    const std::string_view w = tok(i).text, end = cls_.inflect_city.ending_of(w, 3);
    if (end.empty()) return i;
    const std::string stem(w.substr(0, w.size() - end.size()));
    if (lex_.word(stem)) return i;
    mention(s, i, i + 1, entity(Kind::kCity, stem, stem));
    return i + 1;
  }
  Ref r;
  r.adjective = true;
  mention(s, i, i + 1, lex_entity(*city), r, /*epithet=*/true);
  return i + 1;
}

std::size_t MentionFinder::organisation_seat(std::size_t s, std::size_t i) {
  const Sentence& sen = text_.sentences[s];
  if (!tok(i).word || !cls_.building_seat.has(tok(i).text)) return i;
  // After it: "the OAS headquarters", "NATO's headquarters".
  if (!refs(s).empty() && refs(s).back().last == i && !refs(s).back().adjective &&
      ent(refs(s).back().ent).kind == Kind::kOrg) {
    const std::string noun = uncapitalised(tok(i).text);
    // (its mention takes the organisation's words too: "at the OAS headquarters" is at the building)
    const std::size_t first = refs(s).back().first;
    mention(s, first, i + 1, building_entity(first_acronym(refs(s).back().ent) + " " + noun, -1));
    return i + 1;
  }
  // Before it: "the headquarters of the OAS", "im Hauptquartier der Nato" (its mention takes the
  // organisation's words, which the next steps mention as the organisation).
  std::size_t at = i + 1;
  if (at + 1 >= sen.last || !cls_.event_phrase_link.has(tok(at).text)) return i;
  ++at;
  if (at + 1 < sen.last && cls_.genitive_article.has(tok(at).text) && !lex_.match(text_.tokens, at)) ++at;
  const auto org = lex_.match(text_.tokens, at);
  if (!org || !lex_is(org->entry, {LexClass::kOrg})) return i;
  mention(s, i, at + org->tokens, building_entity(span_text(i, at + org->tokens), -1));
  return i + 1;
}

std::size_t MentionFinder::building(std::size_t s, std::size_t i) {
  const Sentence& sen = text_.sentences[s];
  const Token& t = tok(i);
  if (!t.word || !t.upper) return i;
  auto noun = [&](std::size_t k) { return k < sen.last && tok(k).upper && cls_.building_noun.has(tok(k).text); };
  if (const std::size_t dash = t.text.rfind('-');
      dash != std::string_view::npos && dash + 1 < t.text.size() && cls_.building_noun.has(t.text.substr(dash + 1))) {
    mention(s, i, i + 1, building_entity(std::string(t.text), -1));
    return i + 1;
  }
  if (std::size_t end = building_by_apposition(s, i); end > i) return end;
  // Capitalised words the lexicons do not know after an article of "building.article" (perhaps with
  // lower-case words between: "the newly built X convention centre"), before a building's noun in lower
  // case, name a building: "at the Lindenhof hotel", "the Bayerischer Hof hotel" (its name without the noun).
  // (the noun after the run first: most capitalised words have none)
  if (!cls_.building_article.empty()) {
    std::size_t j = i;
    while (j < sen.last && j < i + 3 && name_word(tok(j))) ++j;
    if (j > i && j < sen.last && !tok(j).upper && building_noun_after(s, j)) {
      std::size_t lead = i;
      while (lead > sen.first && i - lead < 2 && tok(lead - 1).word && !tok(lead - 1).upper &&
             !cls_.function_word.has(tok(lead - 1).text) && !cls_.building_article.has(tok(lead - 1).text))
        --lead;
      bool known = false;
      for (std::size_t k = i; k < j && !known; ++k)
        known = lex_.match(text_.tokens, k).has_value() || lex_.is_given_name(tok(k).text);
      std::size_t end = j;
      while (!cls_.building_noun.has(capitalised(tok(end).text))) ++end;
      // (not an organisation's seat: "the Vestra headquarters"; the mention holds the noun: "at the
      // Lindenhof hotel, the venue of …")
      if (lead > sen.first && cls_.building_article.has(tok(lead - 1).text) && !known &&
          !cls_.building_seat.has(tok(end).text)) {
        mention(s, i, end + 1, building_entity(span_text(i, j), -1));
        return end + 1;
      }
    }
  }
  // A compound of a building noun alone after a word of "building.prep" (an article may stand
  // between) names its building: "im Kaiserpalast", "auf dem Domplatz" (its first part of three
  // letters at least; the noun alone, "im Rathaus", names none: every city has one).
  // (the lead first: the class's suffixes cost more to try than its two words before)
  if (after_building_prep(sen, i) && !lex_.word(t.text)) {
    const std::string_view noun_part = cls_.building_noun.entry_of(t.text);
    if (!noun_part.empty() && noun_part.size() + 3 <= t.text.size() && !(i + 1 < sen.last && name_word(tok(i + 1)))) {
      mention(s, i, i + 1, building_entity(std::string(t.text), -1));
      return i + 1;
    }
  }
  // The noun may follow more words of the name, capitalised names or nouns: "the Grand Lindenhof
  // Palace", "Lindenhof Convention Centre"; the name ends with the last noun of the class.
  std::size_t end = 0;
  // (most capitalised words have no building noun after them: look for one before the lexicon)
  std::size_t last_noun = 0;
  // (a conjunction may join two of its words: "the Lindenhof Convention and Exhibition Centre"; not
  // after a place of the lexicons it would start with: "X of New York and House Speaker Y")
  auto joins = [&](std::size_t k) {
    if (k <= i + 1 || k + 1 >= sen.last || !cls_.conjunction_and.has(tok(k).text) || !tok(k + 1).upper) return false;
    const auto place = lex_.match(text_.tokens, i);  // (looked up only here: most words join nothing)
    return !(place && k == i + place->tokens &&
             lex_is(place->entry, {LexClass::kCity, LexClass::kCountry, LexClass::kRegion}));
  };
  for (std::size_t k = i + 1; k < sen.last && k <= i + 5 && tok(k).word && (tok(k).upper || joins(k)); ++k)
    if (noun(k)) last_noun = k;
  for (std::size_t k = i + 1; last_noun > 0 && k <= last_noun; ++k) {
    if (noun(k)) {
      end = k + 1;
      continue;
    }
    const Token& x = tok(k);
    if (!(name_word(x) || joins(k) || lex_.is_noun(x.text) || lex_is(lex_.word(x.text), {LexClass::kEvent}))) break;
  }
  // (a given name starts one after an article: "the Arthur Chung Convention Centre")
  const bool after_article = i > sen.first && cls_.building_article.has(tok(i - 1).text);
  // A name word the lexicons and the tagger's persons do not know may follow the noun before
  // punctuation: "im Grand Hotel Quisisana." (not "At the Grand Kremlin Palace Peskov said").
  if (end > 0 && end < sen.last && name_word(tok(end)) && !lex_.word(tok(end).text) &&
      !lex_.is_given_name(tok(end).text) && !proposed_persons_.count(tok(end).start) &&
      (end + 1 == sen.last || !tok(end + 1).word))
    ++end;
  // (not a preposition or article that starts the sentence: "Im Neuen Rathaus unterzeichneten …")
  auto function_word = [&] {
    const std::string lower = uncapitalised(t.text);
    return cls_.building_prep.has(lower) || cls_.article_definite.has(lower);
  };
  if (end > i + 2 && !lex_.word(t.text) && (name_word(t) || lex_.is_noun(t.text)) &&
      (!lex_.is_given_name(t.text) || after_article) && !function_word()) {
    mention(s, i, end, building_entity(span_text(i, end), -1));
    return end;
  }
  // A city's or state's name may begin it: "the Lima Convention Centre" is a building of Lima, not a
  // convention ("the Samoa Conference Centre" one of Samoa), "Wellington Arch" one of Wellington.
  if (end >= i + 2) {
    if (auto city = lex_.match(text_.tokens, i);
        city && city->tokens < end - i && lex_is(city->entry, {LexClass::kCity, LexClass::kCountry})) {
      mention(s, i, end, building_entity(span_text(i, end), lex_entity(city->entry)));
      return end;
    }
  }
  if (noun(i + 1) && !lex_.word(t.text)) {
    if (auto city = city_of_adjective(t.text)) {
      const int c = lex_entity(*city);
      Ref r;
      r.adjective = true;
      mention(s, i, i + 1, c, r, /*epithet=*/true);
      mention(s, i + 1, i + 2, building_entity(span_text(i, i + 2), c));
      return i + 2;
    }
    // A given name before the noun names a person's hall only after an article: "the Alexander Hall".
    // (also a common capitalised word not at a sentence's start: "the State House", "at Government
    // House")
    if ((name_word(t) || (i > sen.first && lex_.is_noun(t.text))) && (!lex_.is_given_name(t.text) || after_article)) {
      mention(s, i, i + 2, building_entity(span_text(i, i + 2), -1));
      return i + 2;
    }
  }
  // "Palace of Nations", "Hall of Mirrors": the noun, a word of "event.phrase_link" and a name.
  if (noun(i) && i + 2 < sen.last && cls_.event_phrase_link.has(tok(i + 1).text) && name_word(tok(i + 2)) &&
      !lex_.word(tok(i + 2).text)) {
    mention(s, i, i + 3, building_entity(span_text(i, i + 3), -1));
    return i + 3;
  }
  // (not the first word of an office: "House Minority Leader X")
  const auto unknown_name = [&](std::size_t k) {
    if (k >= sen.last || !name_word(tok(k)) || lex_.word(tok(k).text)) return false;
    const auto m = lex_.match(text_.tokens, k);
    return !(m && lex_is(m->entry, {LexClass::kTitle}));
  };
  if (noun(i) && unknown_name(i + 1)) {
    std::size_t j = i + 1;
    for (std::size_t words = 0; j < sen.last && words < 3;) {
      if (unknown_name(j)) {
        ++j, ++words;
      } else if (j > i + 1 && cls_.name_particle.has(tok(j).text) && !cls_.name_particle_article.has(tok(j).text) &&
                 unknown_name(j + 1)) {
        j += 2, ++words;  // (a particle between two of its words, no article: "Palast Huis ten Bosch")
      } else {
        break;
      }
    }
    mention(s, i, j, building_entity(span_text(i, j), -1));
    return j;
  }
  return i;
}

std::size_t MentionFinder::building_by_apposition(std::size_t s, std::size_t i) {
  // A name its apposition calls a building: "the World Forum, a conference centre in the city",
  // "im Lindenhof, einem Hotel am See" — up to four capitalised words the lexicons do not know (or
  // know as event nouns), a comma, a word of "apposition.start", up to two more words and a noun
  // of "building.noun" (capitalised as the class writes it) that ends the phrase ("a hotel owner"
  // is a person).
  const Sentence& sen = text_.sentences[s];
  // (the comma first: most capitalised words have none after them, and the lexicons cost more)
  std::size_t j = i;
  while (j < sen.last && j < i + 4 && tok(j).word && tok(j).upper) ++j;
  if (j == i || j + 2 >= sen.last || tok(j).text != "," || !cls_.apposition_start.has(tok(j + 1).text)) return i;
  for (std::size_t k = i; k < j; ++k)  // (an event noun may be one of them: "World Forum")
    if (const auto w = lex_.word(tok(k).text); w && !lex_is(w, {LexClass::kEvent})) return i;
  if (cls_.article_capitalised.has(tok(i).text) || lex_.match(text_.tokens, i) || lex_.is_given_name(tok(i).text))
    return i;
  for (std::size_t k = j + 2; k < sen.last && k <= j + 4 && tok(k).word; ++k) {
    if (!cls_.building_noun.has(capitalised(tok(k).text))) continue;
    const bool ends = k + 1 >= sen.last || !tok(k + 1).word || cls_.language_words.has(tok(k + 1).text) ||
                      cls_.city_prep.has(tok(k + 1).text);
    if (!ends) return i;
    mention(s, i, j, building_entity(span_text(i, j), -1));
    return j;
  }
  return i;
}

bool MentionFinder::building_noun_after(std::size_t s, std::size_t at) const {
  const Sentence& sen = text_.sentences[s];
  for (std::size_t k = at; k < sen.last && k < at + 2 && tok(k).word && !tok(k).upper; ++k)
    if (cls_.building_noun.has(capitalised(tok(k).text))) return true;
  return false;
}

int MentionFinder::building_entity(const std::string& name, int city) {
  int e = entity(Kind::kBuilding, name, name);
  if (city >= 0) ent(e).code = ent(city).code;
  return e;
}

std::size_t MentionFinder::city_before_state(std::size_t s, std::size_t i) {
  const Sentence& sen = text_.sentences[s];
  if (i == sen.first) return i;
  const bool prep = cls_.city_prep.has(tok(i - 1).text);
  if (!prep) {
    // (else only a capitalised word or two after a lower-case one, a comma and a relative adverb)
    if (cls_.city_relative.empty() || !tok(i - 1).word || tok(i - 1).upper || !tok(i).upper) return i;
    const std::size_t comma = i + 1 < sen.last && tok(i + 1).text == ","   ? i + 1
                              : i + 2 < sen.last && tok(i + 2).text == "," ? i + 2
                                                                           : sen.last;
    if (comma + 1 >= sen.last || !cls_.city_relative.has(tok(comma + 1).text)) return i;
  }
  std::size_t j = i;
  while (j < sen.last && j < i + 2 && name_word(tok(j))) ++j;
  if (j == i || j + 1 >= sen.last || tok(j).text != ",") return i;
  if (cls_.city_relative.has(tok(j + 1).text)) {
    // (no word the lexicons know, nor a given name before another word: "met Paul Roe, where" is a person)
    for (std::size_t k = i; k < j; ++k)
      if (lex_.word(tok(k).text) || (k + 1 < j && lex_.is_given_name(tok(k).text))) return i;
    const std::string name = span_text(i, j);
    mention(s, i, j, entity(Kind::kCity, name, name));
    return j;
  }
  if (!prep) return i;
  auto state = lex_.match(text_.tokens, j + 1);
  if (!state || lex_.entry(state->entry).cls != LexClass::kCountry) {
    if (!city_apposition(s, i, j)) return i;
  } else if (!cls_.genitive.ending_of(tok(j + state->tokens).text, 1).empty()) {
    return i;  // ("in Kenya, Uganda's neighbour" names no city)
  }
  const std::string name = span_text(i, j);
  mention(s, i, j, entity(Kind::kCity, name, name));
  return j;
}

bool MentionFinder::city_apposition(std::size_t s, std::size_t i, std::size_t comma) {
  const Sentence& sen = text_.sentences[s];
  if (comma + 2 >= sen.last || !cls_.apposition_start.has(tok(comma + 1).text)) return false;
  for (std::size_t k = i; k < comma; ++k)
    if (lex_.word(tok(k).text) || lex_.is_given_name(tok(k).text)) return false;
  // (an adjective or two may stand before the noun: "einer kleinen Hafenstadt")
  for (std::size_t k = comma + 2; k < sen.last && k <= comma + 4 && tok(k).word; ++k)
    if (cls_.city_noun.has(tok(k).text)) return true;
  return false;
}

std::size_t MentionFinder::capital_city(std::size_t s, std::size_t i) {
  const Sentence& sen = text_.sentences[s];
  const Token& t = tok(i);
  // "in the Uruguayan capital", "in der ukrainischen Hauptstadt" (no name after it): the capital
  // the lexicons give that state, referred to.
  // (no name after it, nor after a comma: "in the Peruvian capital, Lima")
  const auto named_after = [&] {
    const std::size_t at = i + 1 < sen.last && tok(i + 1).text == "," ? i + 2 : i + 1;
    return at < sen.last && tok(at).word && tok(at).upper;
  };
  if (cls_.capital_noun.has(t.text) && i >= sen.first + 3 && !refs(s).empty() && refs(s).back().last == i &&
      refs(s).back().adjective && cls_.org_epithet_article.has(tok(i - 2).text) &&
      cls_.city_prep.has(tok(i - 3).text) && !named_after()) {
    const Ent& state = ent(refs(s).back().ent);
    if (state.kind == Kind::kCountry)
      if (auto capital = lex_.capital_of(state.code)) {
        Ref r;
        r.reference = true;
        mention(s, i, i + 1, lex_entity(*capital), r);
        return i + 1;
      }
  }
  // … the state's genitive before the noun: "in Peru's capital", "in Perus Hauptstadt" — or the state
  // itself after an article, where it has no adjective: "in the Solomon Islands capital".
  if (cls_.capital_noun.has(t.text) && !refs(s).empty() && !refs(s).back().adjective && !named_after()) {
    const Ref& q = refs(s).back();
    const bool genitive = q.last == i || (q.last + 1 == i && tok(q.last).text == "'s");
    const bool led = q.first > sen.first &&
                     (cls_.city_prep.has(tok(q.first - 1).text) ||
                      (q.last == i && q.first > sen.first + 1 && cls_.org_epithet_article.has(tok(q.first - 1).text) &&
                       cls_.city_prep.has(tok(q.first - 2).text)));
    if (genitive && led && ent(q.ent).kind == Kind::kCountry)
      if (auto capital = lex_.capital_of(ent(q.ent).code)) {
        Ref r;
        r.reference = true;
        mention(s, i, i + 1, lex_entity(*capital), r);
        return i + 1;
      }
  }
  if (name_word(t) && cls_.capital_after_name.match(text_.tokens, i + 1, sen.last) > 0) {
    std::string name(t.text);
    mention(s, i, i + 1, entity(Kind::kCity, name, name));
    return i + 1;
  }
  if (cls_.capital_noun.has(t.text) && i + 1 < sen.last && name_word(tok(i + 1)) &&
      !(i + 2 < sen.last && name_word(tok(i + 2)))) {
    std::string name(tok(i + 1).text);
    mention(s, i + 1, i + 2, entity(Kind::kCity, name, name));
    return i + 2;
  }
  // "auf der italienischen Insel Capri", "in der Hafenstadt X": a capitalised noun of "city.noun"
  // after an article (and adjectives) and one capitalised word no lexicon knows before a word in
  // lower case or punctuation name a city (German writes no "of"; not "vor Ort Gespräche").
  if (t.upper && cls_.city_noun.has(t.text) && i > sen.first + 1 && i + 1 < sen.last && name_word(tok(i + 1)) &&
      !lex_.word(tok(i + 1).text) && !lex_.is_given_name(tok(i + 1).text) &&
      (i + 2 == sen.last || !tok(i + 2).word || !tok(i + 2).upper)) {
    std::size_t a = i - 1;
    while (a > sen.first && a + 3 > i && tok(a).word && !tok(a).upper && !cls_.article_definite.has(tok(a).text) &&
           !cls_.org_epithet_article.has(tok(a).text))
      --a;
    if (cls_.article_definite.has(tok(a).text) || cls_.org_epithet_article.has(tok(a).text)) {
      const std::string name(tok(i + 1).text);
      // (the tagger may have taken the name for a person's before, in the title: "Treffen auf Capri")
      out_.change_kind(name, Kind::kPerson, Kind::kCity);
      mention(s, i + 1, i + 2, entity(Kind::kCity, name, name));
      return i + 2;
    }
  }
  // "the Polish city of Krakow", "the coastal town of X": up to three capitalised words no lexicon
  // knows after a lower-case noun of "city.noun" and "of" name a city (English; German compounds
  // the noun and writes no "of").
  if (!t.upper && cls_.city_noun.has(t.text) && i + 2 < sen.last && tok(i + 1).text == "of" &&
      !lex_.match(text_.tokens, i + 2)) {
    std::size_t j = i + 2;
    while (j < sen.last && j < i + 5 && name_word(tok(j)) && !lex_.word(tok(j).text) &&
           !lex_.is_given_name(tok(j).text))
      ++j;
    if (j > i + 2 && !(j < sen.last && tok(j).word && tok(j).upper)) {
      const std::string name = span_text(i + 2, j);
      mention(s, i + 2, j, entity(Kind::kCity, name, name));
      return j;
    }
  }
  return i;
}

std::size_t MentionFinder::dateline_city(std::size_t s, std::size_t i) {
  if (s >= kDatelineLines) return i;
  const Token& t = tok(i);
  if (!t.word || !t.upper || (t.start > 0 && text_.text[t.start - 1] != '\n')) return i;
  const Sentence& sen = text_.sentences[s];
  if (!all_capitals(t.text)) {
    // "Bari (AFP) - …": capitalised words before an agency's tag (read away before, dates.h) are
    // the city reported from, also one the lexicon does not know.
    // The first of up to three capitalised words after which the tag stood ends the name.
    std::size_t j = i;
    for (;; ++j) {
      if (j + 1 >= sen.last || j >= i + 3 || !tok(j).word || !tok(j).upper) return i;
      if (text_.text.substr(tok(j).end, tok(j + 1).start - tok(j).end).find('(') != std::string_view::npos) break;
    }
    ++j;
    const std::string name = span_text(i, j);
    const auto known = lex_.phrase(name);
    if (known && !lex_is(known, {LexClass::kCity})) return i;
    const int e = known ? lex_entity(*known) : entity(Kind::kCity, name, name);
    if (!known) dateline_places_.emplace(name, e);
    mention(s, i, j, e);
    return j;
  }
  // (a particle of the name in capitals too: "RIO DE JANEIRO"; an abbreviation after it: "WASHINGTON D.C.")
  auto abbreviation = [&](std::size_t k) {
    const std::string_view w = tok(k).text;
    return w.size() >= 2 && w.back() == '.' &&
           std::all_of(w.begin(), w.end(), [](char c) { return c == '.' || (c >= 'A' && c <= 'Z'); });
  };
  std::size_t j = i;
  while (
      j < sen.last && j < i + 4 && tok(j).word &&
      (all_capitals(tok(j).text) || (j > i && abbreviation(j)) ||
       (j > i && j + 1 < sen.last && all_capitals(tok(j + 1).text) && cls_.name_particle.has(lower_case(tok(j).text)))))
    ++j;
  const std::size_t end = j;
  for (; j > i; --j) {
    // (an organisation's seat too: "UNITED NATIONS, Nov 18 -" is the UN, no city; a name's
    // particles in lower case: "RIO DE JANEIRO" is Rio de Janeiro)
    std::string name = title_case(span_text(i, j)), particles_lowered;
    for (std::size_t k = i; k < j; ++k) {
      std::string word = title_case(tok(k).text);
      if (std::string lower = lower_case(word); cls_.name_particle.has(lower)) word = lower;
      particles_lowered += (k > i ? " " : "") + word;
    }
    for (const std::string& form : {name, particles_lowered})
      if (auto e = lex_.phrase(form); lex_is(e, {LexClass::kCity, LexClass::kOrg})) {
        mention(s, i, j, lex_entity(*e));
        return j;
      }
  }
  // "CAPRI, Italy, April 18 -", "KIGALI, June 24 -", "SAO PAULO, Feb 28": a place the lexicons do
  // not know, before its state or the date (not an acronym).
  if (end > i && end + 1 < sen.last && tok(end).text == ",") {
    const auto next = lex_.match(text_.tokens, end + 1);
    if ((next && lex_is(next->entry, {LexClass::kCountry})) ||
        begins_date(tok(end + 1).text, cls_.month, cls_.weekday)) {
      const std::string name = title_case(span_text(i, end));
      const int e = entity(Kind::kCity, name, name);
      // (a city of the state named after it)
      if (next && lex_is(next->entry, {LexClass::kCountry}) && ent(e).code.empty())
        ent(e).code = lex_.entry(next->entry).code;
      dateline_places_.emplace(name, e);
      mention(s, i, end, e);
      return end;
    }
    // "WILMINGTON, Del. (AP) —": one before an abbreviation with its period (a US state's, as agencies
    // write it) and the dateline's mark or the agency's tag.
    const bool tag_read_away =
        end + 2 < sen.last &&
        text_.text.substr(tok(end + 1).end, tok(end + 2).start - tok(end + 1).end).find_first_not_of(" \t") !=
            std::string_view::npos;
    if (end + 2 < sen.last && tok(end + 1).upper && abbreviation_at(end + 1) &&
        (cls_.dateline_mark.has(tok(end + 2).text) || tag_read_away)) {
      const std::string name = title_case(span_text(i, end));
      const int e = entity(Kind::kCity, name, name);
      dateline_places_.emplace(name, e);
      mention(s, i, end, e);
      return end;
    }
  }
  return i;
}

std::size_t MentionFinder::place_named_before(std::size_t s, std::size_t i) {
  const Sentence& sen = text_.sentences[s];
  // (after a preposition of places, or starting the sentence before a lower-case word: "Wiesbaden
  // ist die Landeshauptstadt", where the tagger, which found the place elsewhere, may miss it)
  const bool at_start = i == sen.first;
  // (or after a state's adjective after such a word: "im kanadischen Charlevoix")
  const bool after_adjective = after_state_adjective(s, i);
  if (!tok(i).word || !tok(i).upper || (!at_start && !after_adjective && !cls_.city_prep.has(tok(i - 1).text)) ||
      (dateline_places_.empty() && proposed_places_.empty()))
    return i;
  // The whole run of capitalised words (up to three) is the name.
  std::size_t j = i + 1;
  while (j < sen.last && j < i + 3 && tok(j).word && tok(j).upper) ++j;
  if (j < sen.last && tok(j).word && tok(j).upper) return i;
  // (an event noun ends it: "hielten in Lima Konsultationen ab", which the tagger may read as one place;
  // nor is a compound whose tail is one a place: "Europarat-Gipfel in Lima: …" heading a text)
  for (std::size_t k = i; k < j; ++k) {
    const std::string_view w = tok(k).text;
    if ((k > i && event_word(w)) || (w.find('-') != std::string_view::npos && event_word(w.substr(w.rfind('-') + 1))))
      return i;
  }
  // (… a word, not a number: "Rund 30 Staaten", "Rund hundert Gäste" start with an adverb of quantity)
  if (at_start && !(j < sen.last && tok(j).word && !tok(j).upper && !quantity_at(j))) return i;
  // A building's name is the building step's: "at Marlborough House", "at Palazzo Chigi" (the
  // tagger's LOC too).
  if (cls_.building_noun.has(tok(j - 1).text) || cls_.building_noun.has(tok(i).text)) return i;
  const std::string name = span_text(i, j);
  if (lex_.phrase(name)) return i;  // the lexicons' own, also one that goes on: "in Antigua and Barbuda"
  if (const auto m = lex_.match(text_.tokens, i); m && m->tokens >= j - i) return i;
  const auto d = dateline_places_.find(name);
  if (d == dateline_places_.end() && !proposed_places_.count(name)) return i;
  // (at the start, not a word of a person's name the article gave: "Stoltenberg gibt das Amt ab";
  // anywhere, not a person's whole name: "Santiago Peña" after "Präsident Santiago Peña")
  if ((at_start && person_by_part(name) != -1) || out_.find(Kind::kPerson, name) != -1) return i;
  // (the tagger's proposals make the same entity: add_proposals)
  const int e = d != dateline_places_.end() ? d->second : entity(Kind::kCity, name, name);
  mention(s, i, j, e);
  return j;
}

bool MentionFinder::after_state_adjective(std::size_t s, std::size_t i) const {
  return i >= text_.sentences[s].first + 2 && cls_.city_prep_adjective.has(tok(i - 2).text) && !refs(s).empty() &&
         refs(s).back().adjective && refs(s).back().last == i && ent(refs(s).back().ent).kind == Kind::kCountry;
}

bool MentionFinder::event_word(std::string_view w) const {
  return lex_is(lex_.word(w), {LexClass::kEvent}) || lex_.event_head(w).has_value();
}

bool MentionFinder::timed_compound(std::string_view noun, std::string_view head) const {
  if (head.empty() || noun.size() <= head.size() ||
      capitalised(noun.substr(noun.size() - head.size())) != capitalised(head))
    return false;
  std::string_view part = noun.substr(0, noun.size() - head.size());
  if (part.ends_with('-')) part.remove_suffix(1);
  return cls_.event_compound_unnamed.has(part);
}

std::optional<LexEntry> MentionFinder::compound_event(std::string_view w) const {
  auto head = lex_.event_head(w);
  if (!head) return std::nullopt;
  const auto [entry, k] = *head;
  // (a first part of "event.compound.none" makes no meeting of people: "Pressekonferenz")
  std::string_view part = w.substr(0, k);
  if (part.ends_with('-')) part.remove_suffix(1);
  if (cls_.event_compound_none.has(part)) return std::nullopt;
  LexEntry le = lex_.entry(entry);
  std::string canonical(w.substr(0, k));
  canonical += le.canonical;
  canonical[k] = static_cast<char>(std::tolower(static_cast<unsigned char>(canonical[k])));
  // (a compound of a word for talks or a meeting is a meeting: "Regierungskonsultationen",
  // "Koalitionsberatungen", which "die Beratungen" then continues)
  if (le.meeting.empty() && cls_.event_continues.has(le.canonical)) le.meeting.assign(1, '1');
  // A time that the compound's first part gives makes no other kind of event: "die
  // Frühjahrskonferenz" is a Konferenz as "die jährliche Konferenz" is, which "die
  // Innenministerkonferenz" continues (event_noun reads such a kind for lexicon entries too:
  // "Jahrestagung" of the kind Tagung).
  const bool timed = timed_compound(canonical, le.canonical);
  if (timed && le.kind.empty()) le.kind = le.canonical;
  le.canonical = std::move(canonical);
  if (!timed) le.kind = le.canonical;
  return le;
}

}  // namespace kg::extract::mention_detail
