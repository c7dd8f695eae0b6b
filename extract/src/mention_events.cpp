// The mention stage's helpers for events (mention_finder.h), which the event noun step
// (mention_event_nouns.cpp) and the compound step use: titles and phrases around an event noun, the
// meeting a later noun continues, the parts and margins of a meeting, events kept apart ("the next
// summit", "ein außerordentlicher Parteitag") and events named by an organiser, topic or place.
#include <algorithm>
#include <cctype>

#include "mention_finder.h"

namespace kg::extract::mention_detail {

bool MentionFinder::is_event_modifier(std::size_t t) const {
  // (a plural's possessive apostrophe goes with its word: "the BRICS leaders' summit")
  if (tok(t).text == "'" && t > 0 && tok(t - 1).end == tok(t).start) --t;
  return tok(t).word && !tok(t).upper && (cls_.event_modifier.has(tok(t).text) || cls_.event_topic.has(tok(t).text));
}

std::size_t MentionFinder::modifiers_before(const Sentence& sen, std::size_t t) const {
  for (;;) {
    if (t > sen.first && is_event_modifier(t - 1)) {
      --t;
    } else if (t > sen.first + 1 && tok(t - 1).text == "." && !tok(t - 2).text.empty() &&
               std::isdigit(static_cast<unsigned char>(tok(t - 2).text[0])) &&
               (is_event_modifier(t) || tok(t).upper)) {  // (t is the noun or a modifier: inside the sentence)
      t -= 2;                                             // an ordinal written with a period: "der 40. Parteitag"
    } else {
      return t;
    }
  }
}

std::size_t MentionFinder::title_start(const Sentence& sen, std::size_t t0) const {
  // Capitalised words joined by words of "name.function_word" right before the noun: "the
  // Coastal States Heads of Government Meeting".
  std::size_t from = t0, capitals = 0;
  bool joined = false;
  for (std::size_t k = t0; k > sen.first && t0 - k < 8;) {
    const Token& w = tok(k - 1);
    if (w.word && w.upper && !cls_.article_capitalised.has(w.text)) {
      ++capitals;
      from = --k;
    } else if (w.word && cls_.function_word.has(w.text) && k - 1 > sen.first && tok(k - 2).upper && capitals > 0) {
      joined = true;
      --k;
    } else {
      break;
    }
  }
  return joined && capitals >= 2 ? from : t0;
}

std::size_t MentionFinder::phrase_end(const Sentence& sen, std::size_t t1, bool title) const {
  // A word of "event.phrase_link", then capitalised words (and lower-case words or "and" between
  // them); in a title the link again between them: "Conference of Heads of State".
  if (t1 + 1 >= sen.last || !cls_.event_phrase_link.has(tok(t1).text)) return t1;
  std::size_t end = t1;
  for (std::size_t k = t1 + 1; k < sen.last && k < t1 + (title ? 14 : 8); ++k) {
    const Token& w = tok(k);
    const bool before_capital = k + 1 < sen.last && tok(k + 1).upper;
    // "… of the Caribbean Community"
    const bool before_article = k + 2 < sen.last && cls_.genitive_article.has(tok(k + 1).text) && tok(k + 2).upper;
    if (w.word && w.upper)
      end = k + 1;
    else if (!(cls_.conjunction_and.has(w.text) ||
               (title && cls_.event_phrase_link.has(w.text) && (before_capital || before_article) && end > t1) ||
               (w.word && !w.upper && !cls_.event_binds.has(w.text) && before_capital)))
      break;
  }
  return end;
}

bool MentionFinder::part_of_meeting(const Sentence& sen, std::size_t t) const {
  for (std::size_t k = modifiers_before(sen, t); k < t; ++k)
    if (cls_.event_part.has(tok(k).text)) return true;
  return false;
}

int MentionFinder::margin_meeting(const Sentence& sen, std::size_t t) const {
  const std::size_t k = modifiers_before(sen, t);
  bool margin = false;
  for (std::size_t from = k; from > sen.first && k - from < 4 && !margin;) {
    --from;
    margin = cls_.event_margin.match(text_.tokens, from, k) == k - from;
  }
  if (!margin) return -1;
  const int main = meeting_named_most("", sen.start);
  return main >= 0 ? main : -2;
}

int MentionFinder::meeting_named_most(const std::string& variant, std::size_t named_before) const {
  int best = -1;
  for (std::size_t m = 0; m < out_.ents.size(); ++m) {
    const Ent& x = out_.ents[m];
    if (x.kind != Kind::kEvent || !x.relative.empty() || (!variant.empty() && variant != x.variant) ||
        x.mentions.empty() || x.mentions.front().span.start >= named_before)
      continue;
    // (a compound the lexicons do not list by its head: "Sondergipfel")
    std::optional<std::size_t> noun = lex_.word(x.event_kind);
    if (!noun)
      if (const auto head = lex_.event_head(x.event_kind)) noun = head->first;
    if (noun && !lex_.entry(*noun).meeting.empty() &&
        (best < 0 || x.mentions.size() > out_.ents[static_cast<std::size_t>(best)].mentions.size()))
      best = static_cast<int>(m);
  }
  return best;
}

std::string_view MentionFinder::other_event(const Sentence& sen, std::size_t t, const LexEntry& noun) const {
  // (across a possessive: "the next finance ministers' meeting")
  for (std::size_t k = t; k > sen.first && t - k < 5;) {
    const Token& w = tok(--k);
    if (cls_.event_other.has(w.text)) return w.text;
    // (an entry of two words: "last year's summit")
    if (cls_.event_other.match(text_.tokens, k, t) > 1) return w.text;
    if (w.text == "'" || w.text == "'s") continue;
    if (!w.word) break;
    if (w.upper) {
      // (across the name of an organisation or place that holds it: "the next EPC summit"; not
      // another capitalised word: "im nächsten Sommer zum Gipfel" — the summer is the next one)
      const auto& in_sentence = refs(sentence_at(k));
      const auto holder = std::find_if(in_sentence.begin(), in_sentence.end(), [&](const Ref& r) {
        const Kind kind = ent(r.ent).kind;
        return r.first <= k && k < r.last && r.first > sen.first &&
               (kind == Kind::kOrg || kind == Kind::kCountry || kind == Kind::kCity || kind == Kind::kRegion);
      });
      if (holder == in_sentence.end()) break;
      k = holder->first;
    }
  }
  // A time soon after the noun, in its clause, that is not the article's: "their summit in Apulia
  // next month" after the meeting of another kind the article reports (the article's own event
  // may be one to come: "GCC summit to be held next week … will meet for a summit next week").
  const std::string_view kind = noun.kind.empty() ? noun.canonical : noun.kind;
  const bool named_one = std::any_of(out_.ents.begin(), out_.ents.end(), [&](const Ent& x) {
    return x.kind == Kind::kEvent && !x.mentions.empty() && x.relative.empty() && x.event_kind != kind;
  });
  for (std::size_t k = t + 1; named_one && k < sen.last && k <= t + 5 && tok(k).word; ++k)
    if (cls_.event_other_after.match(text_.tokens, k, sen.last) > 0) return tok(k).text;
  // A year other than the document's soon after the noun, in its clause: "das Treffen werde 2025
  // in X stattfinden", "the summit in 2019", "das letzte Treffen dieser Art hatte 2018 in X
  // stattgefunden" (a year of the document's: "der Gipfel 2024").
  if (year_.size() == 4)
    for (std::size_t k = t + 1; k < sen.last && k <= t + 5 && tok(k).word; ++k) {
      const std::string_view w = tok(k).text;
      if (w.size() == 4 && (w[0] == '1' || w[0] == '2') &&
          std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return w == year_ ? std::string_view() : w;
    }
  // Without the document's date, a word of "event.previous" among the words right before the noun and
  // a year soon after it: "das letzte Treffen hatte im Oktober 2023 in X stattgefunden", "the last
  // summit, in 2019, …" (alone the word may name the article's: "sein letzter Gipfel als Kanzler").
  if (year_.empty()) {
    bool previous = false;
    for (std::size_t k = t; k > sen.first && t - k < 3 && !previous;) previous = cls_.event_previous.has(tok(--k).text);
    for (std::size_t k = t + 1; previous && k < sen.last && k <= t + 6 && tok(k).text != ";"; ++k) {
      const std::string_view w = tok(k).text;
      if (w.size() == 4 && (w[0] == '1' || w[0] == '2') &&
          std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return w;
    }
  }
  // A month later than the document's after a word of "event.other.month_before", in the noun's clause:
  // "Der Gipfel der Staats- und Regierungschefs findet im November in Rio statt" in July's report of the
  // ministers' meeting. (An earlier month may be the article's event just past: "der Gipfel Ende
  // November" in a report of December 1.)
  if (month_.size() == 2)
    for (std::size_t k = t + 2; k < sen.last && k <= t + 10 && tok(k).word; ++k) {
      // (the class "month" lists the months in order, January first)
      const int at = cls_.month.position(tok(k).text);
      if (at < 1 || at > 12 || !cls_.event_other_month_before.has(tok(k - 1).text)) continue;
      const int month = (month_[0] - '0') * 10 + (month_[1] - '0');
      return at > month ? tok(k).text : std::string_view();
    }
  return {};
}

std::size_t MentionFinder::unknown_capitals_before(std::size_t s, std::size_t t) const {
  const Sentence& sen = text_.sentences[s];
  std::size_t from = t;
  while (from > sen.first + 1 && t - from < 3) {
    const Token& w = tok(from - 1);
    const bool held =
        std::any_of(out_.refs[s].begin(), out_.refs[s].end(), [&](const Ref& r) { return r.last >= from; });
    if (!w.word || !w.upper || held || lex_.word(w.text) || lex_.is_noun(w.text) ||
        cls_.article_capitalised.has(w.text) || cls_.function_word.has(w.text))
      break;
    --from;
  }
  return from;
}

std::string MentionFinder::event_variant(const Sentence& sen, std::size_t t) const {
  for (std::size_t k = modifiers_before(sen, t); k < t; ++k)
    if (std::string_view entry = cls_.event_variant_words.entry_of(tok(k).text); !entry.empty())
      return std::string(entry);
  return {};
}

int MentionFinder::event_headed_by(std::string_view noun, const std::string& variant) const {
  if (noun.empty()) return -1;
  for (std::size_t k = out_.ents.size(); k-- > 0;) {
    const Ent& ev = out_.ents[k];
    // (a noun of no variant is the latest compound of any: "der außerordentliche Bundesparteitag … der
    // Parteitag")
    if (ev.kind != Kind::kEvent || !ev.relative.empty() || (!variant.empty() && ev.variant != variant)) continue;
    const std::string_view kind = ev.event_kind;
    if (kind.size() <= noun.size()) continue;
    const std::string_view rest = kind.substr(0, kind.size() - noun.size()), tail = kind.substr(rest.size());
    // The head written in the compound: "Bundes|parteitag" (lower case there), "state |visit".
    const bool joined = std::isupper(static_cast<unsigned char>(noun[0])) &&
                        static_cast<char>(std::tolower(static_cast<unsigned char>(noun[0]))) == tail[0] &&
                        tail.substr(1) == noun.substr(1);
    const bool spaced = tail == noun && (rest.back() == ' ' || rest.back() == '-');
    if (joined || spaced) return static_cast<int>(k);
  }
  return -1;
}

int MentionFinder::event_headed_by(const LexEntry& noun, const std::string& variant) const {
  const int by_noun = event_headed_by(noun.canonical, variant);
  return by_noun >= 0 || noun.kind.empty() ? by_noun : event_headed_by(noun.kind, variant);
}

int MentionFinder::meeting_of_head(std::string_view compound, const std::string& variant) const {
  for (auto m = meetings_.rbegin(); m != meetings_.rend(); ++m) {
    const Ent& ev = out_.ents[*m];
    if (ev.relative.empty() && ev.variant == variant && ev.event_kind != compound && headed_by(compound, ev.event_kind))
      return *m;
  }
  return -1;
}

int MentionFinder::regions_meeting(const Sentence& sen, std::size_t t0, int place, const LexEntry& le) {
  if (!other_event(sen, t0, le).empty()) return -1;
  const std::string_view kind = le.kind.empty() ? le.canonical : le.kind;
  int found = -1;
  for (const int m : meetings_) {
    const Ent& ev = ent(m);
    if (ev.event_kind != kind || !ev.relative.empty() || (place >= 0 && ev.place >= 0 && ev.place != place)) continue;
    if (found >= 0 && found != m) return -1;
    found = m;
  }
  if (found >= 0 && place >= 0 && ent(found).place < 0 && ent(place).kind == Kind::kCity) ent(found).place = place;
  if (found >= 0) last_event_ = found;
  return found;
}

int MentionFinder::organisers_meeting(const Sentence& sen, std::size_t t0, int org, int place, const LexEntry& le) {
  if (org < 0 || ent(org).kind != Kind::kOrg || !other_event(sen, t0, le).empty()) return -1;
  const std::string variant = event_variant(sen, t0);
  const auto it = out_.by_key.find(
      Mentions::key_of(Kind::kEvent, "bound\t" + std::to_string(org) + (variant.empty() ? "" : "\t" + variant)));
  if (it == out_.by_key.end()) return -1;
  const int e = it->second;
  Ent& ev = ent(e);
  const std::string_view kind = le.kind.empty() ? le.canonical : le.kind;
  if (ev.organiser != org || (ev.place >= 0 && ev.place != place) ||
      !(headed_by(kind, ev.event_kind) || headed_by(ev.event_kind, kind)))
    return -1;
  if (ent(place).kind == Kind::kCity) ev.place = place;
  last_event_ = e;
  return e;
}

int MentionFinder::event_or_other(const Sentence& sen, std::size_t first, std::size_t t0, const std::string& bound,
                                  const std::string& bound_name, const LexEntry& noun, int bound_ent,
                                  const std::string& variant) {
  const std::string_view other = other_event(sen, first, noun);
  const int last = last_event_;
  const int e =
      event_for(bound + (other.empty() ? "" : "\tother@" + std::to_string(t0)), bound_name, noun, bound_ent, variant);
  if (!other.empty()) {
    last_event_ = last;
    std::erase(meetings_, e);
    ent(e).relative = other;
  }
  return e;
}

int MentionFinder::topic_event(const Sentence& sen, std::size_t first, std::size_t t0, const std::string& topic,
                               const LexEntry& noun, const std::string& variant) {
  return event_or_other(sen, first, t0, "topic:" + topic, topic, noun, -1, variant);
}

int MentionFinder::event_at(const Sentence& sen, std::size_t first, std::size_t t0, int bound, const LexEntry& noun) {
  return event_or_other(sen, first, t0, std::to_string(bound), first_acronym(bound), noun, bound,
                        event_variant(sen, first));
}

int MentionFinder::event_for(const std::string& bound, const std::string& bound_name, const LexEntry& noun,
                             int bound_ent, const std::string& variant) {
  int e = entity(Kind::kEvent, "bound\t" + bound + (variant.empty() ? "" : "\t" + variant),
                 bound_name + "-" + noun.canonical);
  Ent& ev = ent(e);
  ev.variant = variant;
  if (ev.event_kind.empty()) ev.event_kind = noun.kind.empty() ? noun.canonical : noun.kind;
  if (bound_ent < 0) {
    ev.topic = bound_name;
  } else if (Kind k = ent(bound_ent).kind; k == Kind::kCity || k == Kind::kCountry) {
    ev.place = bound_ent;
  } else {
    ev.organiser = bound_ent;
  }
  last_event_ = e;
  if (std::find(meetings_.begin(), meetings_.end(), e) == meetings_.end()) meetings_.push_back(e);
  return e;
}

void MentionFinder::name_event(int e, const std::string& name, BaseRank rank) {
  Ent& ev = ent(e);
  if (rank > ev.base_rank) {
    ev.base_name = name;
    ev.base_rank = rank;
  }
}

int MentionFinder::possessive_organiser(std::size_t s, std::size_t t0) const {
  // "NATO leaders opened their summit", "Die Außenminister der EU kamen zu ihrem Treffen": after a
  // word of "event.possessive", the organisation whose members (a word of "org.members" next to
  // it) the sentence names before organises it.
  const Sentence& sen = text_.sentences[s];
  if (!possessive(sen, t0)) return -1;
  const std::size_t m0 = modifiers_before(sen, t0);
  int org = -1;
  for (const Ref& r : out_.refs[s]) {
    // (or a region's adjective before its members, which makes the region the meeting's topic:
    // "Southeast Asian leaders opened their summit")
    const Kind k = out_.ents[static_cast<std::size_t>(r.ent)].kind;
    if (r.last > m0 - 1) continue;
    if (k == Kind::kRegion && r.adjective && r.last < sen.last && cls_.org_members.has(tok(r.last).text)) {
      org = r.ent;
      continue;
    }
    if (r.adjective || k != Kind::kOrg) continue;
    const bool members = (r.last < sen.last && cls_.org_members.has(tok(r.last).text)) ||
                         (r.first > sen.first + 1 && cls_.org_members.has(tok(r.first - 2).text) &&
                          cls_.genitive_article.has(tok(r.first - 1).text)) ||
                         (r.first > sen.first && cls_.org_members.has(tok(r.first - 1).text));
    if (members) org = r.ent;
  }
  if (org >= 0) return org;
  // The organisation itself opening the sentence (after its dateline: "Bonn (dpa) - Die Grünen"),
  // no person between: "Die Grünen haben auf ihrem Parteitag …", "NATO opened its summit".
  const std::size_t first = dateline_end(sen);
  for (const Ref& r : out_.refs[s]) {
    if (r.last > m0 - 1) break;
    if (r.last <= first) continue;
    const Kind k = out_.ents[static_cast<std::size_t>(r.ent)].kind;
    if (k == Kind::kPerson) return -1;
    if (k == Kind::kOrg && !r.adjective &&
        (r.first == first || (r.first == first + 1 && cls_.article_capitalised.has(tok(first).text))))
      org = r.ent;
  }
  return org;
}

std::size_t MentionFinder::dateline_end(const Sentence& sen) const {
  // (the agency's tag is no token: words between the first two tokens were one)
  if (sen.first + 1 >= sen.last) return sen.first;
  const std::string_view gap = text_.text.substr(tok(sen.first).end, tok(sen.first + 1).start - tok(sen.first).end);
  if (gap.find_first_not_of(" \t\r\n") != std::string_view::npos) return sen.first + 1;
  // … or a dash after the place's words: "Manama - Die Arabische Liga", "Rio de Janeiro – Die G20"
  if (!tok(sen.first).upper) return sen.first;
  for (std::size_t k = sen.first + 1; k < sen.last && k <= sen.first + 3; ++k) {
    const std::string_view w = tok(k).text;
    if (w == "-" || w == "\u2013" || w == "\u2014") return k + 1 < sen.last ? k + 1 : sen.first;
    if (!tok(k).word) break;
  }
  return sen.first;
}

int MentionFinder::bare_event(const LexEntry& le, const std::string& variant, const std::string& key, bool meeting) {
  const int e = entity(Kind::kEvent, "bare\t" + le.canonical + key, le.canonical);
  Ent& ev = ent(e);
  ev.variant = variant;
  if (ev.event_kind.empty()) ev.event_kind = le.kind.empty() ? le.canonical : le.kind;
  name_event(e, le.canonical, kByNoun);
  last_event_ = e;
  last_meeting_ = meeting;
  if (meeting) meetings_.push_back(e);
  return e;
}

bool MentionFinder::indefinite(const Sentence& sen, std::size_t t) const {
  std::size_t m0 = modifiers_before(sen, t);
  // (across a possessive: "a leaders' summit")
  if (m0 > sen.first + 1 && (tok(m0 - 1).text == "'" || tok(m0 - 1).text == "'s")) m0 -= 2;
  return m0 > sen.first && cls_.article_indefinite.has(tok(m0 - 1).text);
}

bool MentionFinder::ministers_meet(const Sentence& sen, std::size_t t) const {
  for (std::size_t k = sen.first; k < t; ++k) {
    if (!cls_.event_ministers.has(tok(k).text)) continue;
    if (k > sen.first && cls_.event_ministers_not_after.has(tok(k - 1).text)) continue;
    if (k + 1 < sen.last && tok(k + 1).upper && name_word(tok(k + 1))) continue;  // "Außenminister X"
    return true;
  }
  return false;
}

bool MentionFinder::capitalised_in_title(const Sentence& sen, std::size_t t0, const LexEntry& le) const {
  return t0 > sen.first && tok(t0).upper && !le.canonical.empty() &&
         std::islower(static_cast<unsigned char>(le.canonical[0]));
}

bool MentionFinder::definite(const Sentence& sen, std::size_t t) const {
  const std::size_t m0 = modifiers_before(sen, t);
  return m0 > sen.first && cls_.article_definite.has(tok(m0 - 1).text);
}

bool MentionFinder::possessive(const Sentence& sen, std::size_t t) const {
  const std::size_t m0 = modifiers_before(sen, t);
  return m0 > sen.first && cls_.event_possessive.has(tok(m0 - 1).text);
}

bool MentionFinder::specific_meeting(std::string_view kind) const {
  if (const auto w = lex_.word(kind)) return lex_.entry(*w).meeting == "1";
  const auto head = lex_.event_head(kind);
  return head && lex_.entry(head->first).meeting == "1";
}

bool MentionFinder::plural_of(std::string_view noun, const LexEntry& le) const {
  const std::string_view ending = cls_.event_plural.ending_of(noun, 1);
  return !ending.empty() && noun.substr(0, noun.size() - ending.size()) == le.canonical;
}

}  // namespace kg::extract::mention_detail
