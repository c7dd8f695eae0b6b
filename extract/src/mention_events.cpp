// The mention stage's steps for events: event nouns and what names them (an organisation, a state
// or a city before or after the noun, a topic, modifiers, ordinals), the meeting a later noun
// continues, the parts of a meeting, and events kept apart ("the next summit", "ein
// außerordentlicher Parteitag") (mention_finder.h).
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

std::size_t MentionFinder::event_noun(std::size_t s, std::size_t t0, std::size_t t1, const LexEntry& le) {
  const Sentence& sen = text_.sentences[s];
  // A meeting noun in the plural names several meetings, none of them one the article names: "the
  // treaty was negotiated in meetings held in X and Y" (not where the article's meeting was). (Not
  // other kinds: "the parliamentary elections", "die Feierlichkeiten" are one event.)
  if (cls_.event_continues.has(le.canonical) && plural_of(tok(t1 - 1).text, le)) return t1;
  // After a word of "event.not_after" the noun's spelling is a verb: "will visit", "to meet".
  if (t0 > sen.first && cls_.event_not_after.has(tok(t0 - 1).text)) return t0;
  // … and a noun of "event.participle" after a lower-case word of "event.participle.subject" and
  // before one of "event.participle.next" is a participle: "Leaders meeting in Laos called for …".
  if (t0 > sen.first && t1 < sen.last && t1 == t0 + 1 && cls_.event_participle.has(tok(t0).text) && tok(t0 - 1).word &&
      !tok(t0 - 1).upper && cls_.event_participle_subject.has(tok(t0 - 1).text) &&
      cls_.event_participle_next.has(tok(t1).text))
    return t0;
  // Before a word of "event.not_before" it names a room or building: "the conference centre".
  if (t1 < sen.last && cls_.event_not_before.has(tok(t1).text)) return t0;
  // A capitalised noun before an office names the body the office is of: "the incoming Forum Chair".
  if (t1 < sen.last && t0 > sen.first && tok(t0).upper && tok(t1).upper &&
      lex_is(lex_.word(tok(t1).text), {LexClass::kTitle}))
    return t0;
  // An organisation or state right before the noun, perhaps with up to two words of
  // "event.modifier" between, organises it: "the G20 summit", "the OSCE annual summit"; a city
  // there is its place: "the Lisbon summit".
  // Its acronym in parentheses may follow the name: "the Group of Seven (G7) summit".
  for (auto r = refs(s).rbegin(); r != refs(s).rend() && r->last + 2 >= t0 && r->last <= t0; ++r) {
    const bool bracketed =
        r->last < t0 && r->first > sen.first && tok(r->first - 1).text == "(" && tok(r->last).text == ")";
    bool plain = true;
    for (std::size_t k = r->last + (bracketed ? 1 : 0); k < t0; ++k) plain = plain && is_event_modifier(k);
    const Kind k = ent(r->ent).kind;
    if (!plain || r->adjective || !(k == Kind::kOrg || k == Kind::kCountry || k == Kind::kCity || k == Kind::kRegion))
      continue;
    if (lex_.match(text_.tokens, r->first) == std::nullopt) continue;  // a lexicon entity only
    if (k == Kind::kRegion) {
      // A region names the event's topic: "the East Asia Summit", "an Africa summit" (held anywhere).
      const std::string name = span_text(r->first, r->last);
      const int e = topic_event(sen, r->first, t0, name, le, event_variant(sen, r->first));
      name_event(e, name + " " + le.canonical, kByTopic);
      mention(s, t0, t1, e);
      return t1;
    }
    const int bound = r->ent;
    const int e = event_at(sen, r->first, t0, bound, le);
    // (the topic stays in the name: "the UN climate conference" is the "UN climate conference")
    std::string topic;
    for (std::size_t k2 = r->last; k2 < t0; ++k2)
      if (cls_.event_topic.has(tok(k2).text)) topic += std::string(tok(k2).text) + " ";
    if (k == Kind::kCity)
      name_event(e, topic + le.canonical, kByNoun);
    else
      name_event(e, first_acronym(bound) + " " + topic + le.canonical, kByCompound);
    // "Lisbon summit", "28th AU ordinary summit": the words from an ordinal or modifier before on.
    if (!bracketed) add_form(e, span_text(modifiers_before(sen, r->first), t1));

    mention(s, t0, t1, e);
    return t1;
  }
  if (t1 + 1 < sen.last && cls_.event_binds.has(tok(t1).text)) {
    // "the meeting of the OSCE": an article may stand between.
    std::size_t at = t1 + 1;
    if (at + 1 < sen.last && !lex_.match(text_.tokens, at) && cls_.genitive_article.has(tok(at).text)) ++at;
    auto o = lex_.match(text_.tokens, at);
    if (!o || !lex_is(o->entry, {LexClass::kOrg, LexClass::kCity, LexClass::kCountry})) {
      o.reset();
      // "das Treffen des OSZE-Ministerrats": a body of an organisation of the lexicons (its tail
      // ends in an organisation's head), named in a compound with it, is the organisation's.
      if (const std::string_view w = tok(at).text; tok(at).word && w.find('-') != std::string_view::npos) {
        const auto head = lex_.word(w.substr(0, w.find('-')));
        const std::string_view tail = w.substr(w.find('-') + 1);
        const bool body = cls_.org_head.has(tail) || !cls_.org_head_ending.ending_of(tail, 3).empty();
        // (a body whose name is also its meeting's, "Ministerrat", names the same meeting here)
        const auto tail_word = lex_.word(tail);
        if (lex_is(head, {LexClass::kOrg}) && body && (!tail_word || lex_is(tail_word, {LexClass::kEvent}))) {
          const int bound = lex_entity(*head);
          const int e = event_for(std::to_string(bound), first_acronym(bound), le, bound, event_variant(sen, t0));
          name_event(e, le.canonical + " " + span_text(t1, at + 1), kByPhrase);
          mention(s, t0, t1, e);
          if (!tail_word) return t1 + 1;  // the compound is mentioned by the next step
          mention(s, at, at + 1, bound);
          return at + 1;
        }
      }
      // "Konferenz der Initiative „Grüne Brücke“": an organisation named in quotes after its noun.
      if (tok(at).word && cls_.org_head_quoted.has(tok(at).text) && at + 1 < sen.last)
        if (const std::size_t close = quoted_name_end(sen, at + 1); close > at + 1) {
          const std::string name = span_text(at + 2, close);
          const int bound = entity(Kind::kOrg, name, name);
          const int e = event_for(std::to_string(bound), name, le, bound);
          name_event(e, le.canonical + " " + span_text(t1, at + 1) + " " + name, kByPhrase);
          mention(s, t0, t1, e);
          return t1 + 1;  // the organisation is mentioned by the next step
        }
      // "Gipfel der Nordmeer-Allianz", "Gipfel des Pazifischen Inselforums", "a summit of the European
      // Political Community": an organisation named by its head noun.
      std::size_t end = headed_organisation(t1 + 1) ? t1 + 2 : adjective_organisation_end(sen, at);
      if (end == at) end = head_organisation_end(sen, at);
      if (end > at) {
        const std::string name = span_text(at, end);
        const int bound = entity(Kind::kOrg, name, name);
        int e = event_for(std::to_string(bound), name, le, bound);
        name_event(e, le.canonical + " " + span_text(t1, end), kByPhrase);
        mention(s, t0, t1, e);
        return t1 + 1;  // the organisation is mentioned by the next step
      }
    }
    // (a place after a title is the venue of the title's event: "the Coastal States Heads of
    // Government Meeting in Lima" is named by its title below)
    if (o && !lex_is(o->entry, {LexClass::kOrg}) && capitalised_in_title(sen, t0, le) && title_start(sen, t0) < t0)
      o.reset();
    if (o) {
      int bound = lex_entity(o->entry);
      const int org = possessive_organiser(s, t0);
      // ("the previous summit in Kigali" is another than the article's; "ihr Parteitag in
      // Hannover" after "CDU-Parteitag" is the party's meeting named before, now placed)
      int e = organisers_meeting(sen, t0, org, bound, le);
      if (e < 0) e = event_at(sen, t0, t0, bound, le);
      // "their summit in Lima" after "NATO leaders": NATO's, in Lima.
      if (org >= 0 && ent(e).organiser < 0 && ent(e).place == bound) {
        if (ent(org).kind != Kind::kRegion) {
          ent(e).organiser = org;
        } else if (ent(e).topic.empty()) {  // ("Southeast Asian leaders opened their summit in Lima")
          ent(e).topic = ent(org).name;
          name_event(e, ent(e).topic + " " + le.canonical, kByTopic);
        }
      }
      if (ent(e).organiser == bound && at > t1 + 1) {
        // "the meeting of the OSCE": named as English names it, "OSCE meeting" (the words stay a form).
        name_event(e, first_acronym(bound) + " " + le.canonical, kByCompound);
        add_form(e, span_text(t0, at + o->tokens));
      } else if (ent(e).organiser == bound) {
        // "Gipfeltreffen der SOZ": the noun in its base form and the article's words.
        name_event(e, le.canonical + " " + span_text(t1, at + o->tokens), kByPhrase);
      } else {
        name_event(e, le.canonical, kByNoun);
      }
      // "der 40. außerordentliche Parteitag der SPD": the modifiers with the noun are a name too.
      if (const std::size_t m0 = modifiers_before(sen, t0); m0 < t0) add_form(e, span_text(m0, t1));
      mention(s, t0, t1, e);
      return t1 + 1;  // the organisation is mentioned by the next step
    }
  }
  // A city's adjective right before the noun is its place: "beim Lissabonner Gipfel" (where English
  // puts the city's name: "the Lisbon summit"). The adjective is a mention of the city.
  if (t0 > sen.first && !std::any_of(refs(s).begin(), refs(s).end(), [&](const Ref& r) { return r.last >= t0; })) {
    if (auto city = city_of_adjective(tok(t0 - 1).text)) {
      const int c = lex_entity(*city);
      mention(s, t0 - 1, t0, c, Ref{}, /*epithet=*/true);
      const int e = event_at(sen, t0 - 1, t0, c, le);
      name_event(e, le.canonical, kByNoun);
      add_form(e, span_text(modifiers_before(sen, t0 - 1), t1));
      mention(s, t0, t1, e);
      return t1;
    }
  }
  // A title: "the Coastal States Heads of Government Meeting", "the Conference of Coastal Ministers"
  // (a noun the lexicon writes in lower case, capitalised inside a sentence) is an event of its
  // own, named so; an organisation whose mention starts the title organises it. Its mention starts
  // after the last mention inside the title, and takes the phrase after the noun when no name of
  // the lexicons stands in it.
  const bool proper = capitalised_in_title(sen, t0, le);
  std::size_t from = title_start(sen, t0);
  const std::size_t end = proper ? phrase_end(sen, t1, true) : t1;
  if (from < t0 || end > t1) {
    const std::size_t words = from;
    // "the 9th Regular Meeting of …": its modifiers, capitalised in the title, and an ordinal.
    while (proper && from > sen.first + 1) {
      if (!tok(from - 1).word || !cls_.event_modifier.has(uncapitalised(tok(from - 1).text))) break;
      --from;
    }
    const std::string name = span_text(from, end);
    int org = -1;
    std::size_t free = from;
    for (const Ref& r : refs(s)) {
      if (r.first < from || r.last > t0) continue;
      free = std::max(free, r.last);
      if (r.first == words && ent(r.ent).kind == Kind::kOrg) org = r.ent;
    }
    // … or one of the lexicons' whose name ends the phrase: "… of the Caribbean Community".
    bool named = false;  // a name of the lexicons in the phrase: mentioned by the next steps
    for (std::size_t k = t1; k < end; ++k) {
      const auto m = lex_.match(text_.tokens, k);
      if (!m || !lex_is(m->entry, {LexClass::kOrg, LexClass::kCountry, LexClass::kCity, LexClass::kRegion})) continue;
      named = true;
      if (k + m->tokens == end && lex_is(m->entry, {LexClass::kOrg})) org = lex_entity(m->entry);
      k += m->tokens - 1;
    }
    const int e = org >= 0 ? event_at(sen, from, t0, org, le)
                           : event_for("title:" + name, name, le, -1, event_variant(sen, from));
    name_event(e, name, kByTitle);
    mention(s, free, named ? t1 : end, e);
    return named ? t1 : end;
  }
  // Capitalised words no lexicon knows and no mention holds, right before the noun (not the
  // sentence's first word, whose capital says nothing), name its topic: "the Earth Summit", "a
  // Nuclear Security Summit" (German writes such events as one compound: "Klima-Gipfel").
  const std::size_t topic = unknown_capitals_before(s, t0);
  // After a cardinal number the words are a measure and the noun a process, no event: "nach zwei
  // Jahrzehnten Verhandlungen", "nach 20 Jahren Gesprächen" (an ordinal names the event: "the 13th
  // Arab summit").
  if (topic < t0) {
    const std::string_view w = tok(topic - 1).text;
    const bool cardinal = number_at(topic - 1) && std::isdigit(static_cast<unsigned char>(w.back())) &&
                          w.find_first_not_of("0123456789.,") == std::string_view::npos;
    if (cardinal || cls_.number_word.has(w)) return t1;
  }
  if (topic < t0) {
    const std::string name = span_text(topic, t0);
    if (proposed_place(topic, t0)) {
      // A place the lexicon does not know but the tagger finds: "the Quito summit" is held there,
      // and is another summit than "the Lima summit".
      const int city = entity(Kind::kCity, name, name);
      mention(s, topic, t0, city);
      int e = event_for(std::to_string(city), name, le, city);
      name_event(e, le.canonical, kByNoun);
      add_form(e, span_text(topic, t1));
      mention(s, t0, t1, e);
      return t1;
    }
    // A noun capitalised in the title names the event as written, with a place of the lexicons
    // right before its words: "the Ukraine Recovery Conference", "the Munich Security Conference"
    // (the place stays a mention of its own).
    std::string title = name + " " + le.canonical;
    if (capitalised_in_title(sen, t0, le)) {
      std::size_t named_from = topic;
      if (!refs(s).empty() && refs(s).back().last == topic && !refs(s).back().adjective &&
          refs(s).back().first > sen.first) {
        const Kind k = ent(refs(s).back().ent).kind;
        if (k == Kind::kCountry || k == Kind::kCity || k == Kind::kRegion) named_from = refs(s).back().first;
      }
      title = span_text(named_from, t1);
    }
    int e = topic_event(sen, topic, t0, name, le, "");
    name_event(e, title, kByTopic);
    mention(s, topic, t1, e);
    return t1;
  }
  if (const int org = possessive_organiser(s, t0); org >= 0) {
    if (ent(org).kind == Kind::kRegion) {
      // "Southeast Asian leaders opened their annual summit": the region's summit, as "the Southeast
      // Asia summit" names it.
      const std::string region = ent(org).name;  // (a copy: event_for adds an entity)
      const int e = event_for("topic:" + region, region, le, -1, event_variant(sen, t0));
      name_event(e, region + " " + le.canonical, kByTopic);
      mention(s, t0, t1, e);
      return t1;
    }
    const int e = event_at(sen, modifiers_before(sen, t0), t0, org, le);
    name_event(e, le.canonical, kByNoun);  // (its organiser is no word of the name here)
    mention(s, t0, t1, e);
    return t1;
  }
  // A later meeting noun is the meeting the article is about (the first one starts it); other
  // event nouns ("Amtseinführung", "Wahl") are events of their own.
  const bool meeting = cls_.event_continues.has(le.canonical);
  // (its own meeting: a compound the lexicons lack, or one whose first part gives the time of a meeting
  // noun's kind — "Jahrestagung", "Frühjahrskonferenz" — which "die Tagung", "die Konferenz" continue)
  const bool timed = cls_.event_continues.has(le.kind) && timed_compound(le.canonical, le.kind);
  const bool compound = !meeting && ((le.kind == le.canonical && !le.meeting.empty()) || timed);
  int e = -1;
  // "the next summit", "die nächste Sitzung": an event of its own, which no later noun continues.
  if (const std::string_view other = other_event(sen, t0, le); !other.empty()) {
    e = entity(Kind::kEvent, "bare\t" + le.canonical + "\tother@" + std::to_string(t0), le.canonical);
    ent(e).event_kind = le.kind.empty() ? le.canonical : le.kind;
    ent(e).relative = other;
    name_event(e, le.canonical, kByNoun);
  } else if (const int main = meeting || compound ? margin_meeting(sen, t0) : -1; main >= 0) {
    e = main;
  } else if (const int talks = main == -2 ? event_headed_by(le, event_variant(sen, t0)) : -1; talks >= 0) {
    // (on the margin of talks where the article names no meeting: the compound the noun heads, "am Rande
    // der Konsultationen" after "zu Regierungskonsultationen")
    e = talks;
  } else if (part_of_meeting(sen, t0) && !meetings_.empty()) {
    // "the opening session" of the summit the article is about, the one it has named most so far
    // (the last of those): a mention of it, not a name. A past summit named since is not it, nor a
    // dinner or ceremony (no meeting of `meetings_`) named since.
    int whole = last_event_ >= 0 && last_meeting_ ? last_event_ : meetings_.back();
    for (int m : meetings_)
      if (ent(m).mentions.size() > ent(whole).mentions.size()) whole = m;
    Ref r;
    r.part = true;
    mention(s, t0, t1, whole, r);
    return t1;
  } else if (const std::string variant = event_variant(sen, t0);
             meeting && main != -2 &&
             ((last_event_ >= 0 && last_meeting_) || (!meetings_.empty() && definite(sen, t0))) &&
             (variant.empty() || variant == ent(last_meeting_ ? last_event_ : meetings_.back()).variant)) {
    // (the last meeting of the noun's own kind where there is one, a compound of it too: "the
    // summit" after "X held talks with Y" is the summit named before, not the talks; "die Konferenz"
    // after "Jahreskonferenz … wegen einer Kabinettssitzung" the Jahreskonferenz)
    // (the last meeting, also across an event of another sort named since where the noun takes the
    // definite article: "a summit marking the 75th anniversary … where the talks are held", not "X
    // and Y held talks")
    e = last_meeting_ ? last_event_ : meetings_.back();
    const std::string_view kind = le.kind.empty() ? le.canonical : le.kind;
    bool of_kind = headed_by(ent(e).event_kind, kind);
    if (!of_kind)
      for (auto m = meetings_.rbegin(); m != meetings_.rend(); ++m)
        if (headed_by(ent(*m).event_kind, kind) && ent(*m).relative.empty() &&
            (variant.empty() || variant == ent(*m).variant)) {
          e = *m;
          of_kind = true;
          break;
        }
    // A specific meeting of another kind than any named, with the indefinite article, is another:
    // "the ministers' talks … Italy will host a leaders' summit in June".
    // So is one after a visit only, which no meeting noun of another kind continues: "Y richtet im
    // November den Gipfel der Gruppe aus" in the report of a state visit to Y.
    // So is a word for any meeting with the indefinite article and a phrase of who meets: "reiste nach Quito
    // zu einem Treffen der Außenminister" after "der Gipfel" (not "ein Treffen" alone, which may be it).
    const bool named_other = le.meeting == "generic" && indefinite(sen, t0) && phrase_end(sen, t1, false) > t1;
    if (!of_kind && (le.meeting != "generic" || named_other) &&
        (indefinite(sen, t0) || cls_.event_visit.has(ent(e).event_kind)))
      e = bare_event(le, variant, "\tindefinite@" + std::to_string(t0), true);
    // A summit after a meeting ministers hold is another meeting, of heads of state and government:
    // "Die Außenminister der G20 sind zu Beratungen zusammengekommen … Der Gipfel findet im November statt".
    if (!of_kind && ent(e).ministerial && cls_.event_leaders.has(kind))
      e = bare_event(le, variant, "\tleaders@" + std::to_string(t0), true);
    // A word for any meeting ("the gathering") that no meeting of its kind takes is the one the
    // article has named most (the first of those), not a side meeting named last.
    if (le.meeting == "generic" && !headed_by(ent(e).event_kind, kind))
      if (const int best = meeting_named_most(variant, text_.text.size());
          best >= 0 && ent(best).mentions.size() >= ent(e).mentions.size())
        e = best;
  } else if (const int headed = meeting ? -1 : event_headed_by(le, variant); headed >= 0) {
    // "der Bundesparteitag … auf dem Parteitag", "the state visit … during the visit": the event
    // the compound named; or a compound of the noun's kind ("die Trauerfeier … bei der Zeremonie").
    e = headed;
  } else if (const int head =
                 compound && (definite(sen, t0) || possessive(sen, t0)) ? meeting_of_head(le.canonical, variant) : -1;
             head >= 0) {
    // … and the other way round: a compound after the definite article or a possessive is the
    // meeting named before by its head ("ihr Parteitag … auf dem Bundesparteitag", "der
    // CDU-Parteitag … auf ihrem Bundesparteitag", "the EU summit … at the special summit"); after
    // the indefinite one it is another ("einen Sondergipfel").
    e = head;
  } else {
    e = bare_event(le, variant, variant.empty() ? "" : "\t" + variant, meeting || compound);
    if (ministers_meet(sen, t0) && !cls_.event_leaders.has(le.kind.empty() ? le.canonical : le.kind))
      ent(e).ministerial = true;
  }
  mention(s, t0, t1, e);
  // A generic noun that continues an event of another kind names it not by its modifiers, nor by its
  // phrase where that event is a meeting of its own kind: "a bilateral meeting" on the summit's day
  // is no name of the summit, nor is "ein Treffen der Gruppe X" on the conference's margins (talks,
  // which have no name of their own, are: "nach stundenlangen Beratungen … an dem Treffen des
  // Ausschusses").
  const bool own_kind = ent(e).event_kind == (le.kind.empty() ? le.canonical : le.kind);
  const bool names_it = own_kind || !specific_meeting(ent(e).event_kind);
  // "the flag-raising ceremony", "a four-day official visit", "the 13th summit": lower-case words
  // of "event.modifier" right before the noun name it with the noun — from the first that is not
  // one of "event.modifier.unnamed", which only describe it ("official visit", not "four-day …").
  const std::size_t m0 = modifiers_before(sen, t0);
  if (m0 < t0) {
    add_form(e, span_text(m0, t1));
    std::size_t named = m0;
    // (nor a day after its month: "the May 21 federal election" is the "federal election")
    auto day = [&](std::size_t k) {
      const std::string_view w = tok(k).text;
      return k > sen.first && cls_.month.has(tok(k - 1).text) && !w.empty() &&
             std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    while (named < t0 && (cls_.event_modifier_unnamed.has(tok(named).text) || day(named))) ++named;
    // (a plural names no one event: "agreed to hold annual trilateral summits")
    const bool plural = plural_of(tok(t1 - 1).text, le);
    // (in the base form: "beim historischen Gipfel" is the "historische Gipfel")
    if (named < t0 && !plural && own_kind) name_event(e, with_base_adjectives(named, t1), kByTopic);
  }
  // "Treffen der Baltischen Umweltminister", "Feier der Vertragsunterzeichnung", "Treffen
  // im Grenzland": the noun with the phrase after it is another name of the event.
  if (std::size_t phrase = phrase_end(sen, t1, false); phrase > t1) {
    // The phrase is a noun phrase: lower-case adjectives before a noun, nouns joined by "und" or
    // an article ("der Staats- und Regierungschefs der europäischen Länder"); it ends at a number or
    // another lower-case word ("des Treffens der Nordischen Innenminister sprach X", "beim Treffen
    // im Dreiländereck die Erweiterung als …").
    std::size_t noun_end = t1;
    bool after_noun = false;
    for (std::size_t k = t1 + 1; k < phrase; ++k) {
      const Token& w = tok(k);
      if (w.word && w.upper) {
        noun_end = k + 1;
        after_noun = true;
      } else if (cls_.conjunction_and.has(w.text) || cls_.genitive_article.has(w.text)) {
        after_noun = false;
      } else if (!(w.word && !after_noun && !cls_.function_word.has(w.text) && name_adjective(w.text))) {
        break;
      }
    }
    phrase = noun_end;
    // Once the sentence's mentions are known (sentence()), the noun with the phrase is another name
    // of the event unless it holds a person's name ("die Amtseinführung des Präsidenten X" is
    // none); after a word of "event.phrase_names" it is the event's name when it holds no name of
    // another entity: "das Treffen der Baltischen Umweltminister", not "das Treffen der
    // Außenminister Chiles".
    if (phrase > t1)
      phrase_names_.push_back({e, t1 + 1, phrase, span_text(t0, phrase),
                               names_it && cls_.event_phrase_names.has(tok(t1).text)
                                   ? le.canonical + " " + span_text(t1, phrase)
                                   : std::string()});
  }
  return t0;
}

}  // namespace kg::extract::mention_detail
