// The mention stage's step for an event noun (mention_finder.h: event_noun): what names the event
// it mentions — an organisation, a state, a city or a region right before it, a phrase after it, a
// city's adjective, a title, a topic, a possessive — and, where nothing names it, the meeting named
// before that it continues or a new event; then the forms its modifiers and phrase add. The helpers
// it shares with the other event steps live in mention_events.cpp.
#include <algorithm>
#include <cctype>
#include <optional>

#include "mention_finder.h"

namespace kg::extract::mention_detail {

std::optional<std::size_t> MentionFinder::event_named_before(std::size_t s, std::size_t t0, std::size_t t1,
                                                             const LexEntry& le) {
  const Sentence& sen = text_.sentences[s];
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
  return std::nullopt;
}

std::optional<std::size_t> MentionFinder::event_of_phrase(std::size_t s, std::size_t t0, std::size_t t1,
                                                          const LexEntry& le) {
  const Sentence& sen = text_.sentences[s];
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
      if (e < 0 && org >= 0 && ent(org).kind == Kind::kRegion) e = regions_meeting(sen, t0, bound, le);
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
  return std::nullopt;
}

std::optional<std::size_t> MentionFinder::event_of_city_adjective(std::size_t s, std::size_t t0, std::size_t t1,
                                                                  const LexEntry& le) {
  const Sentence& sen = text_.sentences[s];
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
  return std::nullopt;
}

std::optional<std::size_t> MentionFinder::event_titled(std::size_t s, std::size_t t0, std::size_t t1,
                                                       const LexEntry& le) {
  const Sentence& sen = text_.sentences[s];
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
    // "the 9th Regular Meeting of …": its modifiers, capitalised in the title, and an ordinal in
    // digits (one in lower-case words is the writer's, outside the title: "his first Coastal States
    // Heads of Government Meeting as king").
    while (proper && from > sen.first + 1) {
      const Token& w = tok(from - 1);
      if (!w.word || !cls_.event_modifier.has(uncapitalised(w.text)) || !(w.upper || number_at(from - 1))) break;
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
  return std::nullopt;
}

std::optional<std::size_t> MentionFinder::event_of_topic(std::size_t s, std::size_t t0, std::size_t t1,
                                                         const LexEntry& le) {
  const Sentence& sen = text_.sentences[s];
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
  return std::nullopt;
}

std::optional<std::size_t> MentionFinder::event_of_possessor(std::size_t s, std::size_t t0, std::size_t t1,
                                                             const LexEntry& le) {
  const Sentence& sen = text_.sentences[s];
  if (const int org = possessive_organiser(s, t0); org >= 0) {
    if (ent(org).kind == Kind::kRegion) {
      // "Southeast Asian leaders opened their annual summit": the region's summit, as "the Southeast
      // Asia summit" names it — unless the article named a meeting of its kind before, which "their"
      // refers to (the headline's "Coastal States summit in Lima").
      if (const int named = regions_meeting(sen, t0, -1, le); named >= 0) {
        mention(s, t0, t1, named);
        return t1;
      }
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
  return std::nullopt;
}

int MentionFinder::continued_event(std::size_t s, std::size_t t0, std::size_t t1, const LexEntry& le, Ref& how) {
  const Sentence& sen = text_.sentences[s];
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
    how.part = true;
    e = whole;
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
    // "Die Außenminister der G20 sind zu Beratungen zusammengekommen … Der Gipfel findet im November statt";
    // also where a meeting of another kind was named in between ("… took part in a session by video
    // link. Italy will host the leaders' summit").
    const auto ministerial = [&](int m) { return ent(m).ministerial; };
    if (!of_kind && (ent(e).ministerial || std::any_of(meetings_.begin(), meetings_.end(), ministerial)) &&
        cls_.event_leaders.has(kind))
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
  return e;
}

void MentionFinder::name_event_by_words_around(std::size_t s, std::size_t t0, std::size_t t1, const LexEntry& le,
                                               int e) {
  const Sentence& sen = text_.sentences[s];
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
  // What names the event, in this order; the first step that names one says where to go on from.
  for (auto named_by :
       {&MentionFinder::event_named_before, &MentionFinder::event_of_phrase, &MentionFinder::event_of_city_adjective,
        &MentionFinder::event_titled, &MentionFinder::event_of_topic, &MentionFinder::event_of_possessor})
    if (const std::optional<std::size_t> next = (this->*named_by)(s, t0, t1, le)) {
      // (a meeting so named that ministers hold is theirs too: "Foreign ministers opened talks in Lima")
      for (const Ref& r : refs(s))
        if (r.first <= t0 && t0 < r.last && ent(r.ent).kind == Kind::kEvent && ent(r.ent).mentions.size() == 1 &&
            ministers_meet(sen, t0) && !cls_.event_leaders.has(le.kind.empty() ? le.canonical : le.kind))
          ent(r.ent).ministerial = true;
      return *next;
    }
  Ref how;
  const int e = continued_event(s, t0, t1, le, how);
  mention(s, t0, t1, e, how);
  if (how.part) return t1;  // (a part of the meeting is no name of it)
  name_event_by_words_around(s, t0, t1, le, e);
  return t0;
}

}  // namespace kg::extract::mention_detail
