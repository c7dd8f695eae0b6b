// The mention stage's steps for organisations: names by their head ("House Committee on Trade",
// "das Pazifische Inselforum"), by a noun that introduces one ("der Partei Morena"), by a phrase
// ("Organisation für …"), and acronyms with their long forms (mention_finder.h).
#include <algorithm>
#include <cctype>

#include "mention_finder.h"

namespace kg::extract::mention_detail {

bool MentionFinder::headed_organisation(std::size_t i) const {
  const Token& t = tok(i);
  const std::size_t dash = t.text.rfind('-');
  if (!t.word || dash == std::string_view::npos || dash == 0 || dash + 1 >= t.text.size()) return false;
  const std::string_view head = t.text.substr(0, dash), tail = t.text.substr(dash + 1);
  return starts_upper_ascii(head) && cls_.org_head.has(tail) && !lex_.word(head) && !lex_.word(tail);
}

std::size_t MentionFinder::quoted_name_end(const Sentence& sen, std::size_t open) const {
  if (open + 2 >= sen.last || tok(open).text != "\"" || !tok(open + 1).word || !tok(open + 1).upper) return open;
  for (std::size_t k = open + 2; k < sen.last && k <= open + 7; ++k) {
    if (tok(k).text == "\"") return k;
    if (!tok(k).word) return open;
  }
  return open;
}

std::size_t MentionFinder::quoted_organisation(std::size_t s, std::size_t i) {
  const Sentence& sen = text_.sentences[s];
  auto closing = [&](std::size_t open) { return quoted_name_end(sen, open); };
  // A noun of "org.head.quoted" before the quoted name: "die Initiative „Grüne Brücke“"; …
  // (the quote first: most words have none after them)
  if (i + 1 < sen.last && tok(i + 1).text == "\"" && tok(i).word && cls_.org_head_quoted.has(tok(i).text)) {
    const std::size_t close = closing(i + 1);
    if (close == i + 1) return i;
    const std::string name = span_text(i + 2, close);
    mention(s, i + 2, close, entity(Kind::kOrg, name, name));
    return close + 1;
  }
  // … or after it: 'the "Green Bridge" initiative'.
  if (tok(i).text != "\"") return i;
  const std::size_t close = closing(i);
  if (close == i || close + 1 >= sen.last || !cls_.org_head_quoted.has(tok(close + 1).text)) return i;
  const std::string name = span_text(i + 1, close);
  mention(s, i + 1, close, entity(Kind::kOrg, name, name));
  return close + 2;
}

std::size_t MentionFinder::organisation_named(std::size_t s, std::size_t i) {
  const Sentence& sen = text_.sentences[s];
  if (const std::size_t quoted = cls_.org_head_quoted.empty() ? i : quoted_organisation(s, i); quoted > i)
    return quoted;
  if (!tok(i).word) return i;
  // Up to three capitalised words from `from` that no lexicon knows, not led by a given name.
  auto unknown_run = [&](std::size_t from) {
    std::size_t j = from;
    while (j < sen.last && j < from + 3 && name_word(tok(j)) && !lex_.match(text_.tokens, j)) ++j;
    return j > from && !lex_.is_given_name(tok(from).text) ? j : from;
  };
  if (cls_.org_head_named.has(tok(i).text) && i + 1 < sen.last) {
    const std::size_t j = unknown_run(i + 1);
    if (j == i + 1 || (j < sen.last && tok(j).word && tok(j).upper)) return i;
    const std::string name = span_text(i + 1, j);
    mention(s, i + 1, j, entity(Kind::kOrg, name, name));
    return j;
  }
  if (cls_.org_head_named_last.empty()) return i;
  // … or a noun of "org.head.named_last" before the name between commas: "Her party, Morena, holds …".
  if (!tok(i).upper && cls_.org_head_named_last.has(tok(i).text) && i + 3 < sen.last && tok(i + 1).text == ",") {
    const std::size_t j = unknown_run(i + 2);
    if (j == i + 2 || j >= sen.last || tok(j).text != ",") return i;
    const std::string name = span_text(i + 2, j);
    mention(s, i + 2, j, entity(Kind::kOrg, name, name));
    return j;
  }
  if (!tok(i).upper) return i;
  const std::size_t j = unknown_run(i);
  if (j == i || j >= sen.last || !cls_.org_head_named_last.has(tok(j).text)) return i;
  // (a possessive is the party's leader, no name of it: "Roe's party")
  if (const std::string_view last = tok(j - 1).text; last.ends_with("'s") || last.ends_with("’s")) return i;
  const std::string name = span_text(i, j);
  mention(s, i, j, entity(Kind::kOrg, name, name));
  return j + 1;
}

std::size_t MentionFinder::organisation_by_head(std::size_t s, std::size_t i) {
  const std::size_t end = head_organisation_end(text_.sentences[s], i);
  return end > i ? unknown_organisation(s, i, end) : i;
}

std::size_t MentionFinder::head_organisation_end(const Sentence& sen, std::size_t i) const {
  // Cheap first: a head here or among the capitalised words that follow.
  if (i >= sen.last || !tok(i).word || !tok(i).upper) return i;
  bool head_ahead = false;
  for (std::size_t k = i; !head_ahead && k < sen.last && k < i + 6 && tok(k).word && tok(k).upper; ++k)
    head_ahead = cls_.org_head_last.has(tok(k).text);
  if (!head_ahead) return i;
  auto plain = [&](std::size_t k) {
    const Token& t = tok(k);
    if (!t.word || !t.upper || cls_.article_capitalised.has(t.text) || cls_.month.has(t.text) ||
        cls_.weekday.has(t.text))
      return false;
    // (a compound of an adjective is a word of the name: "the Ibero-American General Secretariat")
    const std::size_t dash = t.text.rfind('-');
    return name_word(t) || lex_.is_noun(t.text) ||
           (dash != std::string_view::npos && dash > 0 &&
            lex_is(lex_.word(t.text.substr(dash + 1)), {LexClass::kAdjective}));
  };
  // The sentence's first word is capitalised anyway: a common one there ("Today") starts no name;
  // nor does a possessive ("Albanese's Labor Party" is the Labor Party).
  if (!plain(i) || lex_.match(text_.tokens, i) || (i == sen.first && lex_.is_noun(tok(i).text)) ||
      tok(i).text.ends_with("'s"))
    return i;
  // (a title inside the name is a word of it: "the Andean General Secretariat")
  auto word = [&](std::size_t k) {
    const auto m = lex_.match(text_.tokens, k);
    if (!m) return plain(k);
    return tok(k).word && tok(k).upper && lex_is(m->entry, {LexClass::kTitle}) && m->tokens == 1 && k + 1 < sen.last &&
           plain(k + 1);
  };
  std::size_t head = i;
  for (std::size_t k = i + 1; k < sen.last && k < i + 6; ++k) {
    if (!word(k)) {
      // (an organisation of the lexicons that ends in a head ends the name it stands in: "the Liberal
      // Democratic Party" is no "Democratic Party")
      const auto m = lex_.match(text_.tokens, k);
      if (m && lex_is(m->entry, {LexClass::kOrg}) && m->tokens > 1 &&
          cls_.org_head_last.has(tok(k + m->tokens - 1).text))
        head = k + m->tokens - 1;
      break;
    }
    if (cls_.org_head_last.has(tok(k).text)) head = k;
  }
  // Its topic after it: "House Committee on Fisheries", "Subcommittee on Tariffs".
  const std::size_t end = cls_.org_head_last.has(tok(head).text) ? organisation_topic_end(sen, head + 1) : head + 1;
  // (a possessive before the head is no word of the name: "Paul Roe's Labor Party" is the Labor Party)
  for (std::size_t k = i; k < head; ++k)
    if (tok(k).text.ends_with("'s")) return i;
  // (the steps at the words after it find the name)
  return head == i && end == head + 1 ? i : end;
}

std::size_t MentionFinder::unknown_organisation(std::size_t s, std::size_t i, std::size_t end, std::string name) {
  const Sentence& sen = text_.sentences[s];
  // (a known organisation's acronym in parentheses after it tells which it is: "der Südostasiatischen
  // Staatengemeinschaft (Asean)")
  const auto known = end + 2 < sen.last && tok(end).text == "(" && tok(end + 2).text == ")"
                         ? lex_.match(text_.tokens, end + 1)
                         : std::nullopt;
  if (name.empty()) name = span_text(i, end);
  mention(s, i, end,
          lex_is(known ? std::optional(known->entry) : std::nullopt, {LexClass::kOrg})
              ? lex_entity(known->entry)
              : entity(Kind::kOrg, name, name));
  return end;
}

std::size_t MentionFinder::organisation_by_adjective(std::size_t s, std::size_t i) {
  const std::size_t end = adjective_organisation_end(text_.sentences[s], i);
  if (end <= i) return i;
  // After an article of the oblique cases ("inflect.adjective.oblique": "der Kommunistischen Partei",
  // "des Nationalen Rates") the name is the nominative's, which the article "der", "die", "das" takes:
  // each adjective's ending becomes the base ending ("Kommunistische Partei", "Nationale Rat"), a
  // genitive's ending after "des" goes off the head.
  if (i > text_.sentences[s].first && cls_.adjective_oblique.has(tok(i - 1).text) && !cls_.adjective_base.empty()) {
    const std::string& base = cls_.adjective_base.entries().front();
    std::string name;
    for (std::size_t k = i; k < end; ++k) {
      std::string_view w = tok(k).text;
      if (k + 1 < end && cls_.org_name_adjective.has(w)) {
        w = w.substr(0, w.size() - cls_.adjective_endings.ending_of(w, 0).size());
        (name += w) += base;
      } else if (k + 1 == end && cls_.inflect_org_after.has(tok(i - 1).text)) {
        name += w.substr(0, w.size() - cls_.inflect_org.ending_of(w, 3).size());
      } else {
        name += w;
      }
      if (k + 1 < end) name += ' ';
    }
    return unknown_organisation(s, i, end, name);
  }
  return unknown_organisation(s, i, end);
}

std::size_t MentionFinder::adjective_organisation_end(const Sentence& sen, std::size_t i) const {
  // (the sentence's first word is capitalised anyway)
  if (i == sen.first || i >= sen.last || !tok(i).word || !tok(i).upper || !cls_.org_name_adjective.has(tok(i).text))
    return i;
  // (a name the lexicons know is theirs: "die Karibische Gemeinschaft")
  if (const auto m = lex_.match(text_.tokens, i); m && m->tokens > 1) return i;
  std::size_t head = i + 1;
  if (head < sen.last && tok(head).upper && cls_.org_name_adjective.has(tok(head).text)) ++head;
  if (head >= sen.last || !tok(head).word || !tok(head).upper) return i;
  const std::string_view w = tok(head).text;
  const std::string_view bare = w.substr(0, w.size() - cls_.inflect_org.ending_of(w, 3).size());
  if (!cls_.org_head.has(w) && !cls_.org_head.has(bare) && cls_.org_head_ending.ending_of(w, 3).empty()) return i;
  // (nor a body, title or event the lexicons know by that head: "Europäische Kommission")
  if (const auto m = lex_.match(text_.tokens, head);
      m && lex_is(m->entry, {LexClass::kOrg, LexClass::kTitle, LexClass::kEvent, LexClass::kCountry}))
    return i;
  return head + 1;
}

std::size_t MentionFinder::organisation_topic_end(const Sentence& sen, std::size_t t) const {
  if (t + 1 >= sen.last || !cls_.org_head_topic.has(tok(t).text)) return t;
  auto topic_word = [&](std::size_t k) {
    const Token& w = tok(k);
    return w.word && w.upper && !cls_.weekday.has(w.text) && !cls_.month.has(w.text) && title_kind(k).empty() &&
           !lex_.is_given_name(w.text);
  };
  std::size_t k = t + 1;
  if (cls_.genitive_article.has(tok(k).text)) ++k;  // "on the Pacific"
  if (k >= sen.last || !topic_word(k)) return t;
  // Items of capitalised words; after the first, a list goes on only as far as its item after "and"
  // ("…, Civilian Security, and Trade"): a comma alone may end the name ("…on Trade, Anna Probe said").
  std::size_t end = t;
  while (k < sen.last && topic_word(k)) {
    while (k < sen.last && topic_word(k)) ++k;
    if (end == t) end = k;
    std::size_t n = k;
    bool joined = false;
    if (n < sen.last && tok(n).text == ",") ++n;
    if (n < sen.last && cls_.conjunction_and.has(tok(n).text)) {
      ++n;
      joined = true;
    }
    if (n == k || n >= sen.last || !topic_word(n)) break;
    k = n;
    if (joined) {
      while (k < sen.last && topic_word(k)) ++k;
      end = k;
      break;
    }
  }
  return end;
}

std::size_t MentionFinder::acronym_with_long_form(std::size_t s, std::size_t i) {
  const Sentence& sen = text_.sentences[s];
  if (i <= sen.first) return i;
  // In parentheses, "(CHOGM)", or after words of "acronym.lead": ", known as CHOGM,".
  std::size_t a = i + 1, end = i + 3;
  if (tok(i).text != "(" || i + 2 >= sen.last || tok(i + 2).text != ")") {
    // (leads start with punctuation: most tokens are words, and need no lookup)
    const std::size_t lead = tok(i).word ? 0 : cls_.acronym_lead.match(text_.tokens, i, sen.last);
    if (lead == 0 || i + lead >= sen.last) return i;
    a = i + lead;
    end = a + 1;
  }
  if (!looks_like_acronym(tok(a).text) || lex_.word(tok(a).text)) return i;
  const std::string_view acronym = tok(a).text;
  // "Europäische Zentralbank (EZB)": a known organisation right before takes the acronym when its
  // letters stand in the name in order, the first first.
  if (!refs(s).empty() && refs(s).back().last == i && ent(refs(s).back().ent).kind == Kind::kOrg &&
      spells(ent(refs(s).back().ent).name, acronym)) {
    const int org = refs(s).back().ent;
    mention(s, a, a + 1, org);
    out_.by_key[Mentions::key_of(Kind::kOrg, std::string(acronym))] = org;  // a later bare acronym
    return end;
  }
  // "the Coastal States Heads of Government Meeting (CHOGM)": an event's title takes it alike.
  if (!refs(s).empty() && refs(s).back().last == i && ent(refs(s).back().ent).kind == Kind::kEvent &&
      ent(refs(s).back().ent).base_rank == kByTitle && spells(ent(refs(s).back().ent).base_name, acronym)) {
    const int event = refs(s).back().ent;
    mention(s, a, a + 1, event);
    out_.by_key[Mentions::key_of(Kind::kOrg, std::string(acronym))] = event;
    return end;
  }
  return a == i + 1 && long_form(s, i, acronym) ? end : i;
}

std::string MentionFinder::initials(std::string_view name) {
  std::string out;
  for (std::size_t k = 0; k < name.size(); ++k)
    if ((k == 0 || name[k - 1] == ' ' || name[k - 1] == '-') && std::isupper(static_cast<unsigned char>(name[k])))
      out += name[k];
  return out;
}

bool MentionFinder::spells(std::string_view name, std::string_view acronym) {
  auto lower = [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); };
  if (name.empty() || acronym.empty()) return false;
  // An acronym of the name in another language orders the same initials otherwise: "Internationale
  // Organisation der Frankophonie (OIF)".
  std::string initials = MentionFinder::initials(name), letters;
  for (const char c : acronym) letters += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  std::sort(initials.begin(), initials.end());
  std::sort(letters.begin(), letters.end());
  if (initials.size() >= 3 && initials == letters) return true;
  if (lower(name[0]) != lower(acronym[0])) return false;
  std::size_t at = 1;
  for (std::size_t k = 1; k < acronym.size(); ++k) {
    while (at < name.size() && lower(name[at]) != lower(acronym[k])) ++at;
    if (at++ >= name.size()) return false;
  }
  return true;
}

std::size_t MentionFinder::acronym(std::size_t s, std::size_t i) {
  const Sentence& sen = text_.sentences[s];
  const Token& t = tok(i);
  const bool dateline = i == sen.first && i + 1 < sen.last && tok(i + 1).text == "(";  // "RIAD (dpa)"
  if (!t.word || dateline || !looks_like_acronym(t.text) || lex_.word(t.text) || lex_.is_noun(t.text)) return i;
  const std::string key = Mentions::key_of(Kind::kOrg, std::string(t.text));
  if (!out_.by_key.count(key))
    // An organisation named before whose capitalised words' initials are the acronym, three or more:
    // "the European Political Community … the next EPC summit", "die Europäische Politische
    // Gemeinschaft … das EPG-Treffen" (news gives the acronym in parentheses once, or not at all).
    for (std::size_t e = 0; t.text.size() >= 3 && e < out_.ents.size(); ++e)
      if (out_.ents[e].kind == Kind::kOrg && initials(out_.ents[e].name) == t.text) {
        out_.by_key[key] = static_cast<int>(e);
        break;
      }
  mention(s, i, i + 1, entity(Kind::kOrg, std::string(t.text), std::string(t.text)));
  return i + 1;
}

bool MentionFinder::name_adjective(std::string_view w) const {
  if (w.size() < 5 || cls_.not_adjective.has(w)) return false;
  return !cls_.adjective_endings.ending_of(w, 0).empty();
}

std::size_t MentionFinder::organisation_phrase_end(const Sentence& sen, std::size_t from, std::size_t i,
                                                   bool* upper_seen) const {
  std::size_t end = i;
  for (std::size_t k = from; k < sen.last; ++k) {
    const Token& w = tok(k);
    if (!w.word) break;
    if (w.upper && !lex_.is_noun(w.text)) {
      *upper_seen = true;
      end = k + 1;
    } else if (w.upper && lex_.is_noun(w.text) && !cls_.article_capitalised.has(w.text)) {
      end = k + 1;  // a common noun such as "Sicherheit" is part of the name
      *upper_seen = true;
    } else if (!w.upper && name_adjective(w.text)) {
      continue;
    } else if (cls_.conjunction_and.has(w.text) && *upper_seen && k + 1 < sen.last && tok(k + 1).word) {
      continue;
    } else if (cls_.prep_in.has(w.text) && end == k && k + 1 < sen.last) {
      auto m = lex_.match(text_.tokens, k + 1);
      if (m && lex_is(m->entry, {LexClass::kCountry, LexClass::kCity})) {
        end = k + 1 + m->tokens;  // "… in Mali"
      } else if (k + 4 < sen.last && tok(k + 1).upper && tok(k + 2).text == "(" && tok(k + 4).text == ")") {
        end = k + 2;  // "… in Europa (OSZE)": the acronym after it shows the place is part of the name
      }
      break;
    } else {
      break;
    }
  }
  return end;
}

std::size_t MentionFinder::organisation_phrase(std::size_t s, std::size_t i) {
  const Sentence& sen = text_.sentences[s];
  const Token& t = tok(i);
  if (!t.word || !t.upper || i + 2 >= sen.last || !cls_.org_head.has(t.text)) return i;
  const std::string_view link = tok(i + 1).text;
  if (!(cls_.org_head_link.has(link) || (cls_.genitive_article.has(link) && cls_.org_head_genitive.has(t.text))))
    return i;
  bool upper_seen = false;
  const std::size_t end = organisation_phrase_end(sen, i + 2, i, &upper_seen);
  if (!upper_seen || end <= i + 2) return i;
  std::string name = span_text(i, end);
  std::optional<int> known;
  std::string acronym;
  if (end + 2 < sen.last && tok(end).text == "(" && tok(end + 2).text == ")" && looks_like_acronym(tok(end + 1).text)) {
    acronym = tok(end + 1).text;
    if (auto w = lex_.word(acronym); lex_is(w, {LexClass::kOrg})) known = lex_entity(*w);
  }
  int e = known ? *known : entity(Kind::kOrg, name, name);
  mention(s, i, end, e);
  if (acronym.empty()) return end;
  if (!known) {
    ent(e).acronyms = {acronym};
    out_.by_key[Mentions::key_of(Kind::kOrg, acronym)] = e;  // a later bare acronym
  }
  mention(s, end + 1, end + 2, e);
  return end + 3;
}

std::optional<int> MentionFinder::long_form(std::size_t s, std::size_t paren, std::string_view acronym) {
  const Sentence& sen = text_.sentences[s];
  std::string initials;
  std::size_t start = paren;
  while (start > sen.first && paren - start < 8) {
    const Token& w = tok(start - 1);
    if (!w.word) break;
    if (w.upper) {
      initials.insert(initials.begin(), w.text[0]);
    } else if (!cls_.function_word.has(w.text)) {
      break;
    }
    --start;
    if (initials.size() == acronym.size() && (std::equal(initials.begin(), initials.end(), acronym.begin()) ||
                                              (initials.size() >= 3 && spells(span_text(start, paren), acronym)))) {
      if (!tok(start).upper) return std::nullopt;
      for (const Ref& r : refs(s))
        if (r.first >= start && r.last <= paren) return std::nullopt;  // already something we know
      std::string name = span_text(start, paren);
      int e = entity(Kind::kOrg, name, name);
      ent(e).acronyms = {std::string(acronym)};
      out_.by_key[Mentions::key_of(Kind::kOrg, std::string(acronym))] = e;  // later "GUS"
      mention(s, start, paren, e);
      mention(s, paren + 1, paren + 2, e);
      return e;
    }
  }
  return std::nullopt;
}

}  // namespace kg::extract::mention_detail
