#include "frame.h"

#include "dates.h"

#include <algorithm>

namespace kg::extract {
namespace {

bool contains(const std::vector<int>& v, int x) { return std::find(v.begin(), v.end(), x) != v.end(); }

// The persons up to five tokens after "EVENT des/der" (class "event.owner_link").
std::vector<int> event_owners(const WordClass& link, const Text& text, const Mentions& m, std::size_t s) {
  const Sentence& sen = text.sentences[s];
  std::vector<int> owners;
  for (const Ref& e : m.refs[s]) {
    if (m.kind(e.ent) != Kind::kEvent || e.last >= sen.last || !link.has(text.tokens[e.last].text)) continue;
    for (const Ref& o : m.refs[s])
      if (m.kind(o.ent) == Kind::kPerson && o.first > e.last && o.first - e.last <= 5) owners.push_back(o.ent);
  }
  return owners;
}

// The sentence's subject for a later pronoun: its first person who owns no event and is not the
// object of a preposition (class "prep.object"), or -1.
int subject_of(const WordClass& prep, const Text& text, const Mentions& m, std::size_t s,
               const std::vector<int>& owners) {
  const Sentence& sen = text.sentences[s];
  for (const Ref& o : m.refs[s]) {
    if (m.kind(o.ent) != Kind::kPerson || contains(owners, o.ent)) continue;
    // (the preposition before its office counts: "Die Präsidentin von Peru, Anna Probe, kam" is a subject)
    if (prep.find(text.tokens, sen.first, o.phrase_first()) < o.phrase_first()) continue;
    return o.ent;
  }
  return -1;
}

// The sentence's first pronoun for one person: of "pronoun.person", or of "pronoun.person.ambiguous"
// where the verb beside it is singular — after it ("Sie traf X", not "Sie trafen X") or, inverted,
// before it ("Am Abend traf sie X", not "Dort trafen sie X"; a word opening a clause, "wo sie X
// trafen", is no verb).
std::size_t pronoun_in(const Text& text, const Sentence& sen, const WordClass& pronoun, const WordClass& ambiguous,
                       const WordClass& plural, const WordClass& clause_start) {
  auto singular_verb = [&](const Token& w) {
    return w.word && !w.upper && !plural.has(w.text) && !clause_start.has(w.text);
  };
  for (std::size_t t = sen.first; t < sen.last; ++t) {
    if (pronoun.has(text.tokens[t].text)) return t;
    if (!ambiguous.has(text.tokens[t].text) || t + 1 >= sen.last) continue;
    const Token& next = text.tokens[t + 1];
    if (next.word && !next.upper) {
      if (!plural.has(next.text)) return t;
    } else if (t > sen.first && singular_verb(text.tokens[t - 1])) {
      return t;
    }
  }
  return sen.last;
}

// The dateline's place: a city that opens one of the text's first three lines (a headline may
// stand before it) and ends its line or stands before a dateline's mark or the agency's tag
// (which is no token, dates.h): "Brüssel. Die …", "BERLIN (dpa) - …", "Wien - …", "Canberra: …", or a comma
// before a date ("LONDON, Apr 19", "Honiara, Sunday 7 September"), perhaps with its state between
// ("TIANJIN, China, Sept 1"). -1 if none.
int dateline_place(const Pack& pack, const Text& text, const Mentions& m) {
  const std::string_view all = text.text;
  const WordClass &mark = pack.words["dateline.mark"], &month = pack.words["month"], &weekday = pack.words["weekday"];
  for (std::size_t s = 0; s < text.sentences.size() && s < kDatelineLines; ++s) {
    for (const Ref& r : m.refs[s]) {
      if (r.adjective || r.reference || m.kind(r.ent) != Kind::kCity) continue;
      const std::size_t at = text.tokens[r.first].start;
      if (at > 0 && all[at - 1] != '\n') continue;
      std::size_t lines = 0;  // lines with words before it
      for (std::size_t i = 0; i + 1 < at; ++i) lines += all[i] == '\n' && all[i + 1] != '\n';
      if (lines > 2) return -1;
      const std::size_t end = text.tokens[r.last - 1].end;
      const std::size_t eol = all.find('\n', end);
      if (r.last >= text.tokens.size() || (eol != std::string_view::npos && eol < text.tokens[r.last].start))
        return r.ent;  // alone on its line
      const std::string_view next = text.tokens[r.last].text;
      const std::string_view gap = all.substr(end, text.tokens[r.last].start - end);
      if (mark.has(next) || gap.find_first_not_of(" \t") != std::string_view::npos) return r.ent;  // or a tag read away
      if (next == "," && r.last + 1 < text.tokens.size() && begins_date(text.tokens[r.last + 1].text, month, weekday))
        return r.ent;
      // … or its state's abbreviation, a word of "abbreviation" as the place step reads it (mentions):
      // "WILMINGTON, Del. —", "SPRINGFIELD, Ill. (AP) —".
      if (next == "," && r.last + 2 < text.tokens.size()) {
        const Token &abbreviated = text.tokens[r.last + 1], &after = text.tokens[r.last + 2];
        const std::string_view gap_after = all.substr(abbreviated.end, after.start - abbreviated.end);
        if (abbreviated.upper && abbreviated.text.size() >= 3 && abbreviated.text.back() == '.' &&
            pack.words["abbreviation"].has(abbreviated.text.substr(0, abbreviated.text.size() - 1)) &&
            (mark.has(after.text) || gap_after.find_first_not_of(" \t") != std::string_view::npos))
          return r.ent;
      }
      // Its state between: "TIANJIN, China, Sept 1", "WINDSOR, England —", "GEORGETOWN, Guyana (AP) —"
      // (a tag read away).
      if (next == ",")
        for (const Ref& st : m.refs[s]) {
          if (st.first != r.last + 1 || st.adjective || m.kind(st.ent) != Kind::kCountry ||
              st.last + 1 >= text.tokens.size())
            continue;
          const std::size_t state_end = text.tokens[st.last - 1].end;
          const std::string_view after = all.substr(state_end, text.tokens[st.last].start - state_end);
          if (mark.has(text.tokens[st.last].text) || after.find_first_not_of(" \t") != std::string_view::npos ||
              (text.tokens[st.last].text == "," && begins_date(text.tokens[st.last + 1].text, month, weekday)))
            return r.ent;
        }
    }
  }
  return -1;
}

// The token after the dateline of city `city`: after its mark ("Wien - Die …") or where a tag read
// away stood before it ("BERLIN, June 11 (Reuters) - Germany …"), within a few tokens; -1 if none.
// With `city` -1, an organisation's seat written in capitals opening the text ends a dateline too:
// "UNITED NATIONS, June 6 (AP) — …" (it places no event, as a city would, but is no word of the
// sentence either).
std::size_t dateline_end(const Pack& pack, const Text& text, const Mentions& m, int city) {
  const WordClass& mark = pack.words["dateline.mark"];
  const std::size_t none = static_cast<std::size_t>(-1);
  auto capitals = [&](const Ref& r) {
    const std::string_view span = std::string_view(text.text).substr(
        text.tokens[r.first].start, text.tokens[r.last - 1].end - text.tokens[r.first].start);
    return span.size() > 3 && std::none_of(span.begin(), span.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  };
  for (std::size_t s = 0; s < text.sentences.size() && s < kDatelineLines; ++s)
    for (const Ref& r : m.refs[s]) {
      const std::size_t at = text.tokens[r.first].start;
      const bool place = city >= 0 ? r.ent == city : m.kind(r.ent) == Kind::kOrg && capitals(r);
      if (!place || (at > 0 && text.text[at - 1] != '\n')) continue;  // (the dateline starts its line)
      const Sentence& sen = text.sentences[s];
      for (std::size_t k = r.last; k < sen.last && k < r.last + 8; ++k) {
        if (mark.has(text.tokens[k].text)) return k + 1 < sen.last ? k + 1 : none;
        const std::string_view gap =
            text.text.substr(text.tokens[k - 1].end, text.tokens[k].start - text.tokens[k - 1].end);
        if (gap.find_first_not_of(" \t\r\n") != std::string_view::npos) return k;
      }
      return none;
    }
  return none;
}

}  // namespace

Frame make_frame(const Pack& pack, const Text& text, const Mentions& m, std::string date, std::size_t title_end) {
  Frame f;
  f.date = std::move(date);
  // The article's event: the one it names most, its title counting once more — the title names what
  // the article is about ("Landesparteitag der Grünen" above a report that names the coming election
  // as often). (An event the article calls another — "das nächste Treffen" — is never the article's.)
  std::size_t best = 0;
  for (std::size_t e = 0; e < m.ents.size(); ++e) {
    const Ent& x = m.ents[e];
    if (x.kind != Kind::kEvent || !x.relative.empty()) continue;
    const bool titled = std::any_of(x.mentions.begin(), x.mentions.end(),
                                    [&](const Mention& mention) { return mention.span.end <= title_end; });
    if (x.mentions.size() + (titled ? 1 : 0) > best) {
      best = x.mentions.size() + (titled ? 1 : 0);
      f.event = static_cast<int>(e);
    }
  }
  f.dateline = dateline_place(pack, text, m);
  f.lead = dateline_end(pack, text, m, f.dateline);
  // The organisation: the organiser the event's mentions bind, else the one named most (twice at least).
  // (… or one of the same kind in the same place binds: the headline's "Gipfel in Lima" is the
  // "Gipfel der Andengemeinschaft" the text names in Lima; in one organisation's name only)
  auto organiser_of = [&](int event) {
    const Ent& ev = m.ents[static_cast<std::size_t>(event)];
    if (ev.organiser >= 0 && m.kind(ev.organiser) == Kind::kOrg) return ev.organiser;
    int found = -1;
    for (const Ent& other : m.ents)
      if (other.kind == Kind::kEvent && other.relative.empty() && other.event_kind == ev.event_kind &&
          other.organiser >= 0 && other.organiser != found && m.kind(other.organiser) == Kind::kOrg &&
          (other.place < 0 || ev.place < 0 || other.place == ev.place)) {
        if (found >= 0) return -1;
        found = other.organiser;
      }
    return found;
  };
  if (const int organiser = f.event >= 0 ? organiser_of(f.event) : -1; organiser >= 0) {
    f.organisation = organiser;
  } else {
    // (a party's tag after a name — "X (SPD)" — tells the person's party, not what the article is
    // about: such mentions do not count)
    std::size_t most = 1;
    for (std::size_t e = 0; e < m.ents.size(); ++e) {
      if (m.ents[e].kind != Kind::kOrg) continue;
      std::size_t named = 0;
      for (const Mention& x : m.ents[e].mentions)
        named += m.ents[e].party.empty() || x.span.start == 0 || x.span.end >= text.text.size() ||
                 text.text[x.span.start - 1] != '(' || text.text[x.span.end] != ')';
      if (named > most) {
        most = named;
        f.organisation = static_cast<int>(e);
      }
    }
  }
  // … else, where the article's event is a party's (class "event.party": "der Bundesparteitag in
  // Hannover"), the party the article names first ("X bleibt Vorsitzender der CDU").
  if (f.organisation < 0 && f.event >= 0 && pack.words["event.party"].has(m.ent(f.event).event_kind)) {
    std::size_t first = text.text.size();
    for (std::size_t e = 0; e < m.ents.size(); ++e) {
      const Ent& x = m.ents[e];
      if (x.kind == Kind::kOrg && !x.party.empty() && !x.mentions.empty() && x.mentions.front().span.start < first) {
        first = x.mentions.front().span.start;
        f.organisation = static_cast<int>(e);
      }
    }
  }
  // In the report of a visit (an event kind of class "event.visit") to a state, the host:
  // its offices are the ones named without a state ("President X welcomed the guest"). The visit
  // need not be the article's event: a report of a welcome ceremony is one of the visit too.
  {
    std::size_t most = 0;
    for (const Ent& ev : m.ents) {
      // (a visit the text places nowhere — "the first visit by an Indian leader to Austria" — is
      // where the report comes from: its dateline)
      const int place = ev.place >= 0 ? ev.place : f.dateline;
      if (ev.kind != Kind::kEvent || place < 0 || !pack.words["event.visit"].has(ev.event_kind) ||
          ev.mentions.size() <= most)
        continue;
      // (a visit to a city or building is one to its state, where the article names that: "visits
      // the White House" with "U.S." named)
      int state = place;
      if (m.kind(state) != Kind::kCountry) state = m.state_of(m.ents[static_cast<std::size_t>(state)].code);
      // (a visit to a federal state or a nation of a union is one to the whole state, where the article
      // names it: "WINDSOR, England — … a state visit", with Britain named)
      if (const std::string& code = state < 0 ? std::string() : m.ents[static_cast<std::size_t>(state)].code;
          code.find('-') != std::string::npos)
        state = m.find(Kind::kCountry, code.substr(0, code.find('-')));
      if (state < 0) continue;
      most = ev.mentions.size();
      f.country = state;
      f.host = true;
    }
    // Its visitors: persons in the genitive up to three tokens before a visit's mention ("Muster's
    // three-day visit", "Musters Staatsbesuch") — guests, who hold no office of the host.
    const WordClass &visit = pack.words["event.visit"], &own_visit = pack.words["visit.own"],
                    &and_word = pack.words["conjunction.and"], &pronoun = pack.words["pronoun.person"],
                    &link = pack.words["event.owner_link"], &prep = pack.words["prep.object"];
    for (std::size_t s = 0; s < text.sentences.size(); ++s)
      for (const Ref& e : m.refs[s]) {
        if (m.kind(e.ent) != Kind::kEvent || !visit.has(m.ents[static_cast<std::size_t>(e.ent)].event_kind)) continue;
        for (const Ref& p : m.refs[s])
          if (m.kind(p.ent) == Kind::kPerson && p.genitive && p.last <= e.first && p.last + 3 >= e.first &&
              !f.is_visitor(p.ent))
            f.visitors.push_back(p.ent);
        // … and the person nearest before a visit that words of "visit.own" make theirs ("X began a
        // three-day visit", "Y, who is on a state visit", "X ist zu einem Staatsbesuch"), else the first
        // after it ("During his visit to Peru, X …").
        bool own = false, possessive = false;
        for (std::size_t k = e.first; k > text.sentences[s].first && e.first - k < 4 && !own;) {
          own = own_visit.match(text.tokens, --k, e.first) > 0;
          for (std::size_t t = k; own && t < e.first; ++t) possessive = possessive || pronoun.has(text.tokens[t].text);
        }
        if (!own) continue;
        const Ref* visitor = nullptr;
        for (const Ref& p : m.refs[s])
          if (m.kind(p.ent) == Kind::kPerson && !p.genitive && (p.last <= e.first || visitor == nullptr)) visitor = &p;
        // (a possessive pronoun's visit is the sentence's subject's, named before it: "X met Y on the
        // second day of his visit to China" — X's)
        if (possessive)
          if (const int subject = subject_of(prep, text, m, s, event_owners(link, text, m, s)); subject >= 0)
            for (const Ref& p : m.refs[s])
              if (p.ent == subject && p.last <= e.first) {
                visitor = &p;
                break;
              }
        if (visitor == nullptr) continue;
        if (!f.is_visitor(visitor->ent)) f.visitors.push_back(visitor->ent);
        // (with those a list joins to one before the visit: "King X and Queen Y begin state visit")
        if (visitor->last > e.first) continue;
        for (std::size_t at = visitor->phrase_first();;) {
          const Ref* joined = nullptr;
          for (const Ref& p : m.refs[s])
            if (m.kind(p.ent) == Kind::kPerson && p.last + 1 == at && at > text.sentences[s].first &&
                (text.tokens[at - 1].text == "," || and_word.has(text.tokens[at - 1].text)))
              joined = &p;
          if (joined == nullptr) break;
          if (!f.is_visitor(joined->ent)) f.visitors.push_back(joined->ent);
          at = joined->phrase_first();
        }
      }
  }
  // … and those who accompany someone, after a word of "visit.companion" ("Begleitet wird er von
  // seiner Frau und Außenminister X", "Y was accompanied by Secretary of State X" in a report of a
  // summit abroad) or before one of "visit.companion.before" ("Außenminister X begleitete den König")
  // or of "visit.companion.verb" before a person:
  // their offices are of whom they accompany, not the host's or the document's country's.
  {
    // (before words of "visit.companion.before", in the active: "Foreign Secretary X accompanied the king")
    const WordClass &companion = pack.words["visit.companion"], &before = pack.words["visit.companion.before"],
                    &verb = pack.words["visit.companion.verb"];
    for (std::size_t s = 0; s < text.sentences.size(); ++s) {
      const Sentence& sen = text.sentences[s];
      const std::size_t cue = companion.find(text.tokens, sen.first, sen.last);
      std::size_t active = before.find(text.tokens, sen.first, sen.last);
      // (… or before a word of "visit.companion.verb" whose object is a visitor: "Foreign Secretary X
      // accompanied Starmer", "Außenminister X begleitete Kanzler Y" — not one who accompanies the host,
      // "Foreign Minister X accompanied Albanese at the talks" in copy from Canberra)
      for (const Ref& p : m.refs[s])
        if (m.kind(p.ent) == Kind::kPerson && p.phrase_first() > sen.first && p.phrase_first() < active &&
            verb.has(text.tokens[p.phrase_first() - 1].text) && f.is_visitor(p.ent))
          active = p.phrase_first() - 1;
      if (cue >= sen.last && active >= sen.last) continue;
      for (const Ref& p : m.refs[s])
        if (m.kind(p.ent) == Kind::kPerson && ((cue < sen.last && p.first > cue) || p.last <= active) &&
            !f.is_visitor(p.ent))
          f.visitors.push_back(p.ent);
    }
  }
  // Else the document's country: a state (not a federal state) named at least three times and more
  // than twice as often as any other — what an office without a stated country belongs to. (The
  // visitor's state, named more often in a visit's report, is not.) The state of the dateline's city
  // counts as named once more: "COLOMBO (Reuters) - … Sri Lanka's election … President X".
  int dateline_state = -1;
  if (f.dateline >= 0)
    dateline_state = m.kind(f.dateline) == Kind::kCountry
                         ? f.dateline
                         : m.state_of(m.ents[static_cast<std::size_t>(f.dateline)].code);
  // (A state that only stands in another's office does not count there: "ihren US-Kollegen", "the
  // Indian prime minister" name the office's state, not the article's.)
  std::vector<std::size_t> plain(m.ents.size(), 0);
  for (std::size_t s = 0; s < text.sentences.size(); ++s)
    for (const Ref& r : m.refs[s]) {
      if (m.kind(r.ent) != Kind::kCountry || r.adjective) continue;
      if (r.last == r.first + 1 && text.tokens[r.first].text.find('-') != std::string_view::npos) continue;
      ++plain[static_cast<std::size_t>(r.ent)];
    }
  std::size_t first = 0, second = 0;
  int top = -1;
  for (std::size_t e = 0; e < m.ents.size(); ++e) {
    const Ent& x = m.ents[e];
    if (x.kind != Kind::kCountry || x.code.find('-') != std::string::npos) continue;
    // (the dateline's state is named as a plain state at least once)
    const std::size_t named =
        static_cast<int>(e) == dateline_state && plain[e] > 0 ? x.mentions.size() + 1 : x.mentions.size();
    if (named > first) {
      second = first;
      first = named;
      top = static_cast<int>(e);
    } else {
      second = std::max(second, named);
    }
  }
  // (not where the dateline's city lies in another state, named or not: "WASHINGTON - President X
  // welcomed Kenya's president …" is no Kenyan copy)
  bool dateline_elsewhere = false;
  if (f.dateline >= 0 && top >= 0 && m.kind(f.dateline) == Kind::kCity) {
    const std::string& city = m.ents[static_cast<std::size_t>(f.dateline)].code;
    const std::string& state = m.ents[static_cast<std::size_t>(top)].code;
    dateline_elsewhere = city.size() >= 2 && state.size() >= 2 && city.substr(0, 2) != state.substr(0, 2);
  }
  if (f.country < 0 && first >= 3 && first >= 2 * second && !dateline_elsewhere) f.country = top;
  // A pronoun refers to the subject of the sentences before; a sentence whose own subject is the
  // pronoun (in its first three tokens, or one of "pronoun.person.subject" before any person the
  // sentence names as its subject) keeps that referent.
  const WordClass &pronoun = pack.words["pronoun.person"], &link = pack.words["event.owner_link"],
                  &prep = pack.words["prep.object"], &ambiguous = pack.words["pronoun.person.ambiguous"],
                  &plural = pack.words["verb.plural"], &clause_start = pack.words["pronoun.person.not_after"];
  const WordClass& then = pack.words["frame.then"];
  const WordClass &male = pack.words["pronoun.person.male"], &female = pack.words["pronoun.person.female"];
  const WordClass& nominative = pack.words["pronoun.person.subject"];
  f.sentence_event.assign(text.sentences.size(), f.event);
  for (std::size_t s = 1; s < text.sentences.size(); ++s) {
    const Sentence& sen = text.sentences[s];
    // (its first or second token: "Damals", "At the time"; "Bereits damals")
    const bool led = then.match(text.tokens, sen.first, sen.last) > 0 ||
                     (sen.first + 1 < sen.last && then.match(text.tokens, sen.first + 1, sen.last) > 0);
    if (!led) continue;
    f.sentence_event[s] = -1;
    for (const Ref& r : m.refs[s - 1])
      if (m.kind(r.ent) == Kind::kEvent && !m.ent(r.ent).relative.empty()) f.sentence_event[s] = r.ent;
  }
  int subject = -1;
  f.previous_subject.assign(text.sentences.size(), -1);
  f.pronoun_referent.assign(text.sentences.size(), -1);
  f.subject.assign(text.sentences.size(), -1);
  f.owners.resize(text.sentences.size());
  for (std::size_t s = 0; s < text.sentences.size(); ++s) {
    const Sentence& sen = text.sentences[s];
    f.owners[s] = event_owners(link, text, m, s);
    f.previous_subject[s] = f.pronoun_referent[s] = subject;
    const std::size_t at = pronoun_in(text, sen, pronoun, ambiguous, plural, clause_start);
    f.pronoun_at.push_back(at);
    // (a pronoun of one gender refers to the latest subject not known to be of the other: "Präsidentin
    // X empfing ihn. In seiner Begleitung …" — the one she received, the subject before)
    if (at < sen.last && subject >= 0) {
      const std::string_view word = text.tokens[at].text;
      const char other = male.has(word) ? 'f' : female.has(word) ? 'm' : 0;
      if (other != 0 && m.ent(subject).gender == other) {
        f.pronoun_referent[s] = -1;
        for (std::size_t k = s; k-- > 0 && f.pronoun_referent[s] < 0;)
          if (const int before = f.previous_subject[k]; before >= 0 && m.ent(before).gender != other)
            f.pronoun_referent[s] = before;
      }
    }
    const int own = f.subject[s] = subject_of(prep, text, m, s, f.owners[s]);
    // A pronoun after the sentence's own subject is that subject's: "X traf nach seiner Ankunft Y",
    // "X sagte, er …" (not the subject of the sentences before).
    if (at < sen.last) {
      const auto& refs = m.refs[s];
      if (own >= 0 && std::any_of(refs.begin(), refs.end(), [&](const Ref& r) { return r.ent == own && r.last <= at; }))
        f.pronoun_referent[s] = own;
    }
    // (one in the subject's case before the sentence's first named subject is the subject, wherever
    // the verb puts it: "Am Dienstag traf er Y" — Y is no subject for the next sentence's "er")
    const auto& refs = m.refs[s];
    const bool pronoun_subject =
        at < sen.last && nominative.has(text.tokens[at].text) &&
        std::none_of(refs.begin(), refs.end(), [&](const Ref& r) { return r.ent == own && r.first < at; });
    const bool refers = at < sen.last && subject >= 0;
    if (!refers || (at > sen.first + 2 && !pronoun_subject)) {
      if (own >= 0) subject = own;
    }
  }
  return f;
}

}  // namespace kg::extract
