// Internal: the mention stage's finder (mentions.h) — one object per document that reads it sentence
// by sentence. Its steps live in mentions.cpp (names, organisations, the lexicon's words, the
// tagger's proposals), mention_events.cpp (what event nouns share: the meeting a later noun
// continues, events kept apart, the organiser of a possessive), mention_event_nouns.cpp (the event noun
// step: what names its event), mention_offices.cpp (offices before and after a name, forms of address),
// mention_places.cpp (buildings, city adjectives, capitals, compound event nouns) and
// mention_references.cpp (offices, epithets and plurals that refer to entities named before).
#pragma once

#include <algorithm>
#include <cctype>
#include <functional>
#include <initializer_list>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "mentions.h"

namespace kg::extract::mention_detail {

// "FPÖ", "UMP", "OSZE": two to five capital letters, an organisation's acronym.
bool looks_like_acronym(std::string_view w);

// Whether a token can be part of a person's or organisation's name: capitalised, no common noun
// or lexicon word, not a compound of one ("UN-Generalsekretär"); "al-Assad" is (`prefixes`: the
// pack's class "name.prefix").
bool is_name_word(const Token& t, const Lexicon& lex, const WordClass& prefixes);

bool starts_upper_ascii(std::string_view w);
// The word with its first (ASCII) letter in upper case: how a class or lexicon writes a noun a
// compound's tail or English prose has in lower case ("…bündnisses" → "Bündnisses", "palace" → "Palace").
std::string capitalised(std::string_view w);
// … and with it in lower case: how prose writes a word that starts a sentence ("Im" → "im").
std::string uncapitalised(std::string_view w);

// How an event's mention names it (Ent::base_name), from the weakest to the strongest.
enum BaseRank { kByNoun = 1, kByTopic = 2, kByPhrase = 3, kByCompound = 4, kByTitle = 5 };

// The classes of the pack this stage reads, looked up once.
struct Classes {
  explicit Classes(const WordClasses& w)
      : name_prefix(w["name.prefix"]),
        name_particle(w["name.particle"]),
        name_postnominal(w["name.postnominal"]),
        person_list_cue(w["person.list_cue"]),
        function_word(w["name.function_word"]),
        office_suffix(w["office.suffix"]),
        office_endings(w["inflect.office"]),
        office_of(w["office.of"]),
        org_epithet(w["org.epithet"]),
        org_epithet_article(w["org.epithet.article"]),
        org_epithet_not_before(w["org.epithet.not_before"]),
        office_reference(w["office.reference"]),
        office_reference_plural(w["office.reference.plural"]),
        office_female(w["office.female"]),
        office_female_article(w["office.female.article"]),
        genitive_article(w["article.genitive"]),
        genitive(w["inflect.genitive"]),
        member_next(w["compound.member_next"]),
        member(w["compound.member"]),
        event_binds(w["event.binds"]),
        event_continues(w["event.continues"]),
        event_modifier(w["event.modifier"]),
        event_modifier_unnamed(w["event.modifier.unnamed"]),
        event_topic(w["event.topic"]),
        event_plural(w["event.plural"]),
        event_variant_words(w["event.variant"]),
        event_not_after(w["event.not_after"]),
        event_participle(w["event.participle"]),
        event_participle_subject(w["event.participle.subject"]),
        event_participle_next(w["event.participle.next"]),
        event_not_before(w["event.not_before"]),
        event_possessive(w["event.possessive"]),
        org_members(w["org.members"]),
        event_other(w["event.other"]),
        event_other_after(w["event.other.after"]),
        event_part(w["event.part"]),
        office_head(w["office.head"]),
        office_modifier(w["office.modifier"]),
        office_plural(w["office.plural"]),
        office_as(w["office.as"]),
        office_as_verb(w["office.as_verb"]),
        office_topic(w["office.topic"]),
        office_compound(w["office.compound"]),
        office_host(w["office.host"]),
        month(w["month"]),
        weekday(w["weekday"]),
        capital_after_name(w["capital.after_name"]),
        capital_noun(w["capital.noun"]),
        org_head(w["org.head"]),
        org_head_link(w["org.head.link"]),
        org_head_genitive(w["org.head.genitive"]),
        org_head_last(w["org.head.last"]),
        org_head_ending(w["org.head.ending"]),
        org_name_adjective(w["org.name_adjective"]),
        org_head_topic(w["org.head.topic"]),
        org_head_named(w["org.head.named"]),
        org_head_named_last(w["org.head.named_last"]),
        org_head_quoted(w["org.head.quoted"]),
        org_head_compound(w["org.head.compound"]),
        not_adjective(w["org.not_adjective"]),
        adjective_endings(w["inflect.adjective"]),
        adjective_base(w["inflect.adjective.base"]),
        adjective_oblique(w["inflect.adjective.oblique"]),
        article_capitalised(w["article.capitalised"]),
        conjunction_and(w["conjunction.and"]),
        prep_in(w["prep.in"]),
        states_plural(w["states.plural"]),
        states_reference(w["states.reference"]),
        states_pair(w["states.pair"]),
        state_relative(w["state.relative"]),
        state_relative_noun(w["state.relative.noun"]),
        state_singular(w["state.singular"]),
        persons_plural(w["persons.plural"]),
        persons_pair_alone(w["persons.pair.alone"]),
        person_guest(w["person.guest"]),
        person_guest_before(w["person.guest.before"]),
        person_guest_visit(w["person.guest.visit"]),
        person_guest_plural(w["person.guest.plural"]),
        person_age(w["person.age"]),
        person_age_male(w["person.age.male"]),
        person_host_verb(w["person.host.verb"]),
        person_host_agent(w["person.host.agent"]),
        event_visit(w["event.visit"]),
        number_word(w["number.word"]),
        number_large(w["number.large"]),
        person_after_cue(w["person.after_cue"]),
        person_after_state(w["person.after_state"]),
        event_phrase_link(w["event.phrase_link"]),
        event_phrase_names(w["event.phrase_names"]),
        building_noun(w["building.noun"]),
        building_article(w["building.article"]),
        building_prep(w["building.prep"]),
        article_definite(w["article.definite"]),
        article_indefinite(w["article.indefinite"]),
        building_seat(w["building.seat"]),
        name_document(w["name.document"]),
        apposition_start(w["apposition.start"]),
        inflect_org(w["inflect.org"]),
        inflect_org_after(w["inflect.org.after"]),
        event_compound_unnamed(w["event.compound.unnamed"]),
        event_compound_none(w["event.compound.none"]),
        event_other_month_before(w["event.other.month_before"]),
        event_previous(w["event.previous"]),
        language_words(w["language.words"]),
        city_prep(w["city.prep"]),
        city_adjective_ending(w["city.adjective.ending"]),
        city_adjective_stem(w["city.adjective.stem"]),
        office_city(w["office.city"]),
        inflect_city(w["inflect.city"]),
        inflect_country(w["inflect.country"]),
        city_noun(w["city.noun"]),
        name_particle_article(w["name.particle.article"]),
        name_particle_article_after(w["name.particle.article_after"]),
        city_prep_adjective(w["city.prep.adjective"]),
        office_prefix(w["office.prefix"]),
        event_margin(w["event.margin"]),
        acronym_lead(w["acronym.lead"]),
        adjective_compass(w["adjective.compass"]),
        region_compass(w["region.compass"]),
        adjective_language(w["adjective.language"]),
        office_counterpart(w["office.counterpart"]),
        office_age(w["office.age"]),
        city_relative(w["city.relative"]),
        event_ministers(w["event.ministers"]),
        event_ministers_not_after(w["event.ministers.not_after"]),
        event_leaders(w["event.leaders"]),
        dateline_mark(w["dateline.mark"]),
        abbreviation(w["abbreviation"]) {}
  const WordClass &name_prefix, &name_particle, &name_postnominal, &person_list_cue, &function_word, &office_suffix,
      &office_endings, &office_of, &org_epithet, &org_epithet_article, &org_epithet_not_before, &office_reference,
      &office_reference_plural, &office_female, &office_female_article, &genitive_article, &genitive, &member_next,
      &member, &event_binds, &event_continues, &event_modifier, &event_modifier_unnamed, &event_topic, &event_plural,
      &event_variant_words, &event_not_after, &event_participle, &event_participle_subject, &event_participle_next,
      &event_not_before, &event_possessive, &org_members, &event_other, &event_other_after, &event_part, &office_head,
      &office_modifier, &office_plural, &office_as, &office_as_verb, &office_topic, &office_compound, &office_host,
      &month, &weekday, &capital_after_name, &capital_noun, &org_head, &org_head_link, &org_head_genitive,
      &org_head_last, &org_head_ending, &org_name_adjective, &org_head_topic, &org_head_named, &org_head_named_last,
      &org_head_quoted, &org_head_compound, &not_adjective, &adjective_endings, &adjective_base, &adjective_oblique,
      &article_capitalised, &conjunction_and, &prep_in, &states_plural, &states_reference, &states_pair,
      &state_relative, &state_relative_noun, &state_singular, &persons_plural, &persons_pair_alone, &person_guest,
      &person_guest_before, &person_guest_visit, &person_guest_plural, &person_age, &person_age_male, &person_host_verb,
      &person_host_agent, &event_visit, &number_word, &number_large, &person_after_cue, &person_after_state,
      &event_phrase_link, &event_phrase_names, &building_noun, &building_article, &building_prep, &article_definite,
      &article_indefinite, &building_seat, &name_document, &apposition_start, &inflect_org, &inflect_org_after,
      &event_compound_unnamed, &event_compound_none, &event_other_month_before, &event_previous, &language_words,
      &city_prep, &city_adjective_ending, &city_adjective_stem, &office_city, &inflect_city, &inflect_country,
      &city_noun, &name_particle_article, &name_particle_article_after, &city_prep_adjective, &office_prefix,
      &event_margin, &acronym_lead, &adjective_compass, &region_compass, &adjective_language, &office_counterpart,
      &office_age, &city_relative, &event_ministers, &event_ministers_not_after, &event_leaders, &dateline_mark,
      &abbreviation;
};

// The stage over one document. It builds `Mentions` sentence by sentence; its one piece of running
// state besides the result is the event a bare meeting noun continues (`last_event_`), and
// what references need: the persons introduced with an office, the organisations with an epithet.
class MentionFinder {
 public:
  // `date`: the document's (ISO, "2024-07-04"), if known.
  MentionFinder(const Pack& pack, const Text& text, std::string_view date = {})
      : pack_(pack),
        lex_(pack.lexicon),
        w_(pack.words),
        text_(text),
        year_(date.substr(0, std::min<std::size_t>(date.size(), 4))),
        month_(date.size() >= 7 ? date.substr(5, 2) : std::string_view()) {
    out_.refs.resize(text.sentences.size());
  }

  Mentions run(std::vector<ProposedMention> proposals);

 private:
  const Token& tok(std::size_t i) const { return text_.tokens[i]; }
  Ent& ent(int e) { return out_.ents[static_cast<std::size_t>(e)]; }
  const Ent& ent(int e) const { return out_.ents[static_cast<std::size_t>(e)]; }
  std::vector<Ref>& refs(std::size_t s) { return out_.refs[s]; }
  const std::vector<Ref>& refs(std::size_t s) const { return out_.refs[s]; }
  // The sentence's last mention (a plain one, of an entity that has mentions) taken back and made
  // again from its first token to `last`, of entity e: one mention of two names.
  void remention_last(std::size_t s, std::size_t last, int e);
  static bool is_acronym_form(const LexEntry& le, std::string_view form);
  // The organisation a body's entry is of, when its canonical name starts with that organisation's
  // ("UN" of "UN General Assembly"), else -1.
  int body_parent(std::size_t entry) const;
  // Whether the text names the body's organisation, or the body by its canonical name (once per
  // entry: names_body_).
  bool names_body(std::size_t entry, int parent);
  // A body's short form at [i, end), its last word an event noun, in an article about another
  // organisation: that organisation's meeting ("an Extraordinary General Assembly"). Returns `end`.
  std::size_t other_body_meeting(std::size_t s, std::size_t i, std::size_t end);
  // Where up to three capitalised words right before token t of sentence s start that no lexicon
  // knows and no mention holds, not the sentence's first ("the Earth Summit"), else t.
  std::size_t unknown_capitals_before(std::size_t s, std::size_t t) const;
  // After a given name alone, a title of the lexicons written in its base form that no name word
  // follows is the surname: "Doris König sagte", "Anna Kaiser" (else `end`).
  std::size_t surname_like_title(const Sentence& sen, std::size_t given, std::size_t end) const;
  bool name_word(const Token& t) const { return is_name_word(t, lex_, cls_.name_prefix); }
  // The index of the sentence that holds token k (the sentences in order, each from its first token).
  std::size_t sentence_at(std::size_t k) const {
    const auto after = std::upper_bound(text_.sentences.begin(), text_.sentences.end(), k,
                                        [](std::size_t t, const Sentence& x) { return t < x.first; });
    return static_cast<std::size_t>(after - text_.sentences.begin()) - 1;
  }
  // Whether token k is an abbreviation of the pack's with its period ("Gen.", "Del.").
  bool abbreviation_at(std::size_t k) const {
    const std::string_view w = tok(k).text;
    return w.size() > 1 && w.back() == '.' && cls_.abbreviation.has(w.substr(0, w.size() - 1));
  }
  // Whether token k is a number ("30", "1.500").
  bool number_at(std::size_t k) const {
    return k < text_.tokens.size() && !tok(k).text.empty() && std::isdigit(static_cast<unsigned char>(tok(k).text[0]));
  }
  // Whether token k is a number or a number word ("30", "zwölf", "hundert", "Dutzende").
  bool quantity_at(std::size_t k) const {
    return number_at(k) ||
           (k < text_.tokens.size() && (cls_.number_word.has(tok(k).text) || cls_.number_large.has(tok(k).text)));
  }
  std::string span_text(std::size_t first, std::size_t last) const;
  // The name of an organisation the tagger found at tokens [first, last): one word after an article
  // of "inflect.org.after" without its genitive ending of "inflect.org" ("des Bundeskriminalamts").
  std::string org_base_form(std::size_t s, std::size_t first, std::size_t last, std::string name) const;

  // --- entities ---------------------------------------------------------------------------

  int entity(Kind kind, const std::string& key, const std::string& name);

  // Records `form` as a name of entity e (the head of a compound such as "EU" in "EU-Land").
  void add_form(int e, const std::string& form);
  // Whether token t is a lower-case word of "event.modifier" ("official", "13th"), and the first
  // of the run of such words that ends right before token t.
  bool is_event_modifier(std::size_t t) const;
  std::size_t modifiers_before(const Sentence& sen, std::size_t t) const;
  // Whether a modifier of "event.part" stands before the event noun at token t: "the opening
  // session" is part of the meeting named before, not an event of its own.
  bool part_of_meeting(const Sentence& sen, std::size_t t) const;
  // The meeting the article is about, for a meeting noun at its margin ("on the sidelines of the
  // meeting", "am Rande des Treffens": words of "event.margin" before it): the one named most so
  // far, none first named in this sentence (the talks held there are not it); -1 when the noun
  // stands at no margin, -2 when no meeting named before is it (the noun starts one).
  int margin_meeting(const Sentence& sen, std::size_t t) const;
  // The meeting the article has named most so far (the first of those): an event of a meeting kind
  // in the lexicons, no other one ("the next summit"), of `variant` when one is given, and none
  // first named at byte `named_before` or after; -1 if none.
  int meeting_named_most(const std::string& variant, std::size_t named_before) const;
  // The latest event named with a compound whose head is `noun` ("Bundesparteitag", "state visit"
  // for "Parteitag", "visit"), of the same variant and not another one ("the next …"); -1 if none.
  int event_headed_by(std::string_view noun, const std::string& variant) const;
  // The event a compound headed by the noun named, else by the noun's kind ("Zeremonie": "Feier"), or -1.
  int event_headed_by(const LexEntry& noun, const std::string& variant) const;
  // The latest meeting of `variant` whose kind is the head of `compound` ("Parteitag" for
  // "Bundesparteitag"), not another one ("the next …"); -1 if none.
  int meeting_of_head(std::string_view compound, const std::string& variant) const;
  // The word of "event.other" in the three lower-case words before token t that makes the event
  // noun there (`noun`) an event of its own ("the next summit"), a year not the document's or a
  // time of "event.other.after" after it ("the summit next month", once an event of another kind
  // was named), else empty.
  std::string_view other_event(const Sentence& sen, std::size_t t, const LexEntry& noun) const;
  // Where a title of capitalised words joined by function words starts before an event noun at
  // t0 ("the Coastal States Heads of Government Meeting"), else t0.
  std::size_t title_start(const Sentence& sen, std::size_t t0) const;
  // The organisation whose members sentence s names before a word of "event.possessive" before the
  // event noun at t0 ("NATO leaders opened their summit"), else -1.
  int possessive_organiser(std::size_t s, std::size_t t0) const;
  // Where the phrase naming an event after its noun (ending at t1) ends — "Treffen der Baltischen
  // Umweltminister", in a title also "Conference of Heads of State" — else t1.
  std::size_t phrase_end(const Sentence& sen, std::size_t t1, bool title) const;

  // A mention of entity e at tokens [first, last); its words become a name of e unless `epithet`
  // ("das Bündnis" names no organisation).
  void mention(std::size_t s, std::size_t first, std::size_t last, int e, Ref extra = {}, bool epithet = false);

  // Whether token `at` starts particles that go on to a name word within the sentence, also two
  // of them ("von der Leyen", "van den Berg"); an article only after a particle.
  bool particles_to_name(const Sentence& sen, std::size_t at) const;

  // The end of a person's name in tokens [first, last) without a title after it (class
  // "name.postnominal": "Anna Probe QC", "Max Muster Jr."), when two words remain.
  std::size_t without_postnominal(std::size_t first, std::size_t last) const;
  // Whether the unknown capitalised words [i, last) (the run ending at j) are a person's name by
  // the state's possessive right before them ("person.after_state": "Latvia's Edgars Rinkevics"):
  // two or three words, no head of an organisation's name among them and none the article also
  // writes in lower case, no capitalised word after.
  bool after_state(std::size_t s, std::size_t i, std::size_t last, std::size_t j) const;
  // A state's or city's name right before an organisation's (no word between, no possessive or
  // genitive) describes it: "the Wisconsin Democratic Party" (Ref::attribute).
  void place_attributes(std::size_t s);
  // Whether offices of the lexicons start at token j and a name follows them ("… Leader Anna Probe").
  bool office_before_name(const Sentence& sen, std::size_t j) const;
  // Whether one of the two words from token `at` on, both lower-case, is a building's noun
  // written in lower case: a place the tagger found before it is a building ("the Akorda
  // presidential palace", "the Ritz hotel").
  bool building_noun_after(std::size_t s, std::size_t at) const;
  // Whether token `at` follows a word of "building.prep", perhaps with an article of
  // "article.definite" between: "im Kaiserpalast", "auf dem Domplatz".
  bool after_building_prep(const Sentence& sen, std::size_t at) const {
    return at > sen.first + 1 &&
           (cls_.building_prep.has(tok(at - 1).text) ||
            (cls_.article_definite.has(tok(at - 1).text) && cls_.building_prep.has(tok(at - 2).text)));
  }

  // The person a single word names: the one known person whose name contains it (-2: several).
  int person_by_part(std::string_view w) const;

  // The event bound to `bound` (an entity key or a topic), named "<bound_name>-<noun>" until
  // resolution names it; `bound_ent` is the organisation or place it is bound to, or -1 for a topic.
  int event_for(const std::string& bound, const std::string& bound_name, const LexEntry& noun, int bound_ent,
                const std::string& variant = {});
  // The event a lexicon entity `bound` (an organisation, a state, a city) names with the event noun at
  // t0, its words starting at `first`: "the G20 summit", "beim Lissabonner Gipfel"; "the next G20
  // summit" is another one than the article's (attribute "relative"), which no later noun continues.
  int event_at(const Sentence& sen, std::size_t first, std::size_t t0, int bound, const LexEntry& noun);
  // event_for, unless a word of "event.other" before token `first` makes the noun at `t0` another
  // event than the article's ("the next summit"): then one of its own, which no later noun continues.
  int event_or_other(const Sentence& sen, std::size_t first, std::size_t t0, const std::string& bound,
                     const std::string& bound_name, const LexEntry& noun, int bound_ent, const std::string& variant);
  // The event of a topic named before its noun ("the East Asia Summit", "der Afrika-Gipfel"): one that
  // a word of "event.other" before `first` makes another than the article's ("the next East Asia
  // Summit") is an event of its own, as event_at makes it.
  int topic_event(const Sentence& sen, std::size_t first, std::size_t t0, const std::string& topic,
                  const LexEntry& noun, const std::string& variant);
  // The stem of the "event.variant" entry among the modifiers right before the event noun at t, if any:
  // "ein außerordentlicher Parteitag" and "der ordentliche Parteitag" are two events.
  std::string event_variant(const Sentence& sen, std::size_t t) const;

  void name_event(int e, const std::string& name, BaseRank rank);

  std::string first_acronym(int e);

  // The entity of a lexicon entry (a state by its code, others by their canonical name).
  int lex_entity(std::size_t entry);

  bool lex_is(std::optional<std::size_t> entry, std::initializer_list<LexClass> classes) const;

  // --- one sentence -------------------------------------------------------------------------

  // Each step tries one construction at token i and returns the token after it, or i.
  void sentence(std::size_t s);

  // The lexicon's city (or state) a city adjective names: a city's name and an ending of the class
  // "city.adjective.ending", the name perhaps without an ending of "city.adjective.stem"
  // ("Berliner", "Wiener"; "Münchner", "Bremer", "Thüringer").
  std::optional<std::size_t> city_of_adjective(std::string_view w) const;

  // A city's adjective before an office or a building: "die Kölner Oberbürgermeisterin", "im
  // Münchner Rathaus" (the building itself is found by `building`).
  std::size_t city_adjective(std::size_t s, std::size_t i);

  // Buildings and squares, by a noun of the class "building.noun": after a city's adjective
  // ("im Münchner Rathaus", named so), before a name ("Flughafen Nordfeld", "Hotel Adlon"), after
  // an unknown name ("Seeblick Hotel"), or as the end of a hyphenated name ("Karl-Muster-Halle",
  // "Nato-Hauptquartiers").
  std::size_t building(std::size_t s, std::size_t i);
  // A place the article has named before (its dateline's city, a place the tagger found) after a
  // word of "city.prep": "Stralsund (dpa) - … kamen in Stralsund zusammen".
  std::size_t place_named_before(std::size_t s, std::size_t i);
  // A name its apposition calls a building: "the World Forum, a conference centre in …".
  std::size_t building_by_apposition(std::size_t s, std::size_t i);

  // The building of that name; in the city `city` (an entity, -1 when not known).
  int building_entity(const std::string& name, int city);
  // "the OAS headquarters", "the headquarters of the OAS", "im Hauptquartier der Nato": a word of
  // "building.seat" after or before an organisation is its building, named with it.
  std::size_t organisation_seat(std::size_t s, std::size_t i);

  // Hyphenated compounds: "OSZE-Gipfeltreffens", "NATO-Gipfel", "US-Präsidentin", "EU-Staaten".
  std::size_t compound(std::size_t s, std::size_t i);

  // Whether token i is a hyphenated name ending in an organisation's head noun of "org.head"
  // ("Nordmeer-Allianz"), its parts no lexicon words.
  bool headed_organisation(std::size_t i) const;

  // Any word of the class "office.suffix" is an office ("Informationsminister").
  std::size_t suffix_office(std::size_t s, std::size_t i);
  // An organisation of the lexicon and an office of "office.compound" in one word
  // ("Bundestagspräsidentin X"): the office is held in the organisation, as in "CDU-Chef X".
  std::size_t organisation_office(std::size_t s, std::size_t i);
  // An office written in one word with where it is held, its first `head_bytes` bytes naming it
  // ("US-Präsidentin X", "CDU-Chef X", "Bundestagspräsidentin X"): the name after it holds the office
  // there; without one, after "der"/"the", the one person introduced with an office there ("sagte
  // der UN-Chef"); else an organisation is mentioned with the office written in it ("wurde zum
  // CDU-Chef gewählt"). `where_of` gives the entity (made only when needed, after the name's).
  // `head` says what the head is: a name of it (kNames: "CDU"), a mention that is no name
  // (kMentions: "Kommissions|präsidentin" of the lexicon's Commission), or neither (kNone: of an
  // organisation named before); unless kNames, without a name after it the word is left to the
  // next steps. Returns the token to go on from, or i.
  enum class Head { kNames, kMentions, kNone };
  // The organisation the article named so far with head noun `head` of a compound, perhaps with a
  // linking "s" ("Rats|präsident" after "des Nordischen Rates"), or -1.
  int organisation_of_head(std::string_view head) const;
  // An office word in its base form ("Handelsministerin" → "Handelsminister").
  std::string office_base_form(std::string_view word) const;
  std::size_t office_in_word(std::size_t s, std::size_t i, std::size_t head_bytes, const std::string& title,
                             const std::function<int()>& where_of, Head head = Head::kNames);

  // Capitalised words (also common ones: "National", "Foreign") up to a head of "org.head.last"
  // name an organisation: "House Foreign Affairs Committee", "National Security Council".
  std::size_t organisation_by_head(std::size_t s, std::size_t i);
  // The end of such a name at i, or i.
  std::size_t head_organisation_end(const Sentence& sen, std::size_t i) const;
  // Mentions the organisation no lexicon names at [i, end), or the known one whose acronym follows
  // in parentheses ("der Südostasiatischen Staatengemeinschaft (Asean)"); `name` when given, else its
  // words. Returns end.
  std::size_t unknown_organisation(std::size_t s, std::size_t i, std::size_t end, std::string name = {});
  // One or two capitalised adjectives of "org.name_adjective" within a sentence, then a noun of
  // "org.head" or a compound ending in "org.head.ending", name an organisation the lexicons do not
  // know: "das Pazifische Inselforum", "der Karibischen Fischereibehörde".
  std::size_t organisation_by_adjective(std::size_t s, std::size_t i);
  // The end of such a name at i, or i.
  std::size_t adjective_organisation_end(const Sentence& sen, std::size_t i) const;
  // "die Initiative „Grüne Brücke“", 'the "Green Bridge" initiative': a quoted name of up to six words
  // after or before a noun of "org.head.quoted" names an organisation (its words without the quotes).
  std::size_t quoted_organisation(std::size_t s, std::size_t i);
  // The closing quote of a quoted name of up to six words whose opening quote is at `open`, its first
  // word capitalised; else `open`.
  std::size_t quoted_name_end(const Sentence& sen, std::size_t open) const;
  // "der Partei Morena", "the Morena party": unknown capitalised words named an organisation by a
  // noun of "org.head.named" before them or "org.head.named_last" after them (a quoted name first:
  // quoted_organisation).
  std::size_t organisation_named(std::size_t s, std::size_t i);
  // The end of an organisation's topic after its head, led by a word of "org.head.topic" at token t
  // ("on Fisheries", "on the Pacific, Oceans, and Trade"); t if none.
  std::size_t organisation_topic_end(const Sentence& sen, std::size_t t) const;

  // The kind of the lexicon title starting at token t ("office", "address"), or empty.
  std::string_view title_kind_of(std::string_view word) const;  // the kind of the title the word is, or ""
  std::string_view title_kind(std::size_t t) const;
  // The tokens of a form of address ("Dr.", "His Excellency") starting at token t, 0 if none.
  std::size_t address_at(std::size_t t) const;

  // An office written in several words before a name: words of "office.modifier" ("Deputy Prime
  // Minister X") and capitalised words no lexicon knows before an office of "office.head" ("Health
  // Minister X", "Economic Development Minister X"); the whole phrase is the office.
  std::size_t office_phrase(std::size_t s, std::size_t i);

  // A dateline's city written in capitals at the start of one of the text's first lines ("BERLIN
  // (dpa) -", "KUALA LUMPUR —"): the lexicon's city of that name.
  std::size_t dateline_city(std::size_t s, std::size_t i);
  // A lexicon word or phrase: places, organisations, adjectives, offices, event nouns.
  std::size_t lexicon_word(std::size_t s, std::size_t i);
  // A state's or city's one-word name at i that begins a person's name ("Jordan Bardella", "Chad
  // Miller"): a name word follows, and the pack lists the word as a given name, the tagger finds the
  // words from i on as one person, the article named that person already, or a city follows another
  // state's possessive ("Paraguay's Santiago Peña"). Returns the end of the name, or i.
  std::size_t person_named_like_state(std::size_t s, std::size_t i);
  // Whether the city at i follows the inflected name of a state it does not lie in ("Paraguays
  // Santiago", "Paraguay's Santiago"; not "Chile's Santiago").
  bool after_other_state(std::size_t s, std::size_t i) const;

  // An office without a name refers to a person introduced with it: "der russische Präsident" to
  // the one introduced with that adjective and office, "die Präsidentin" (after a word of the class
  // "office.reference") to the one person of the article introduced with that office; starting its
  // sentence, with no one introduced with the office, to previous_person(). A counterpart's word
  // ("office.counterpart") after a state's adjective refers to the one person introduced with an
  // office of that state ("X traf seinen russischen Amtskollegen", "met his Russian counterpart").
  void office_reference(std::size_t s, std::size_t t0, std::size_t t1, const std::string& title);
  // The one person of `persons`, counting a name that ends another's as that one ("Test" in a
  // headline, "Peter Test" in the text: the fuller); -1 if none or several.
  int one_person(const std::set<int>& persons) const;
  // The one person the sentence before s names, if the article gave them no office; else -1.
  int previous_person(std::size_t s);
  // The one person introduced with an office that a word for several offices names, written `form`
  // ("die Regierungschefin" after "Ministerpräsidentin X": the title's refers= in the lexicon): of
  // those introduced in a female form when the word is one, else of the others; -1 if none or several.
  int generic_office_holder(std::string_view form, const std::string& title) const;
  // The persons introduced with an office in a female form ("Präsidentin X").
  std::set<int> female_holders() const;
  // The one of `holders` introduced in a female form when the word `form` is one, else the one of the
  // others; -1 if none or several.
  int sole_holder(const std::vector<int>& holders, std::string_view form) const;
  // The one person introduced with an office of the state `code` (its adjective before the office),
  // chosen by the form `form` as sole_holder does; -1 if none or several.
  int state_holder(std::string_view code, std::string_view form) const;
  // A national's noun of the state `code` at i after an article of "office.reference" ("die
  // Italienerin", "der Franzose"): the one person introduced with an adjective's office of that
  // state, of those introduced in a female form when the noun is one, else of the others (not the
  // male form after an article of "office.reference.plural": "die Italiener"). Returns i + 1.
  std::size_t demonym_reference(std::size_t s, std::size_t i, std::string_view code);
  // An office after a name and a word of "office.as", directly ("…, Anna Probe as the Treasurer") or
  // after lower-case words with a verb of "office.as_verb" ("X was sworn in as Deputy Prime
  // Minister"): the name's office. Returns the token after the office, or t0.
  // "Canadian and British Premiers A and B": each adjective's state is the office's place of one
  // name, in turn (the two persons listed after the office at token t0).
  void respective_states(std::size_t s, std::size_t t0, const std::string& title, const std::vector<int>& persons);
  // The office is given once the sentence's names are all known (offices_after_names).
  std::size_t office_after_name(std::size_t s, std::size_t t0, std::size_t t1, const std::string& title);
  void offices_after_names(std::size_t s);
  // The end of the topic an office names after a word of "office.topic" at token t: capitalised
  // words, also joined by "and" ("Minister for Foreign Affairs and Trade"), up to an office or a
  // given name; t when there is none. Its words name no entity (the tagger's proposals there are dropped).
  std::size_t skip_office_topic(const Sentence& sen, std::size_t t);

  // A compound whose head is an event noun of the lexicon: "Sondergipfel", "Nordseetreffen",
  // "Bundesparteitag". The entry it gives is named by the whole compound in the head's base form
  // ("Sondergipfels": "Sondergipfel") and is of the head's kind.
  std::optional<LexEntry> compound_event(std::string_view w) const;
  // Whether an event of kind `kind` is a meeting with a name of its own kind (lexicon "meeting=1",
  // or a compound of such a noun: "Gipfel", "Wiederaufbaukonferenz"; not talks, "Beratungen").
  bool specific_meeting(std::string_view kind) const;
  // Whether the event noun `noun` is its `head` after a first part of "event.compound.unnamed", perhaps
  // with a hyphen: a time that names no event of its own ("Frühjahrskonferenz", "Jahrestagung").
  bool timed_compound(std::string_view noun, std::string_view head) const;
  // A new event named by the noun alone (its entity key "bare", the noun, `key`), the last event
  // from now on, and the last meeting when `meeting`.
  int bare_event(const LexEntry& le, const std::string& variant, const std::string& key, bool meeting);
  // Whether the event noun at token t (after its modifiers) takes the definite article: "the talks".
  // Whether the event noun at t0, which the lexicon writes in lower case, is capitalised inside the
  // sentence: a word of a title ("the Coastal States Heads of Government Meeting").
  bool capitalised_in_title(const Sentence& sen, std::size_t t0, const LexEntry& le) const;
  bool definite(const Sentence& sen, std::size_t t) const;
  // The meeting the organisation `org` (of a possessive: "ihr Parteitag in X") was named to hold
  // before, of the noun's kind or a compound of it, in no other place than `place` (which it is in
  // from now on when a city); -1 if none.
  int organisers_meeting(const Sentence& sen, std::size_t t0, int org, int place, const LexEntry& le);
  // The one meeting of the noun's kind the article named before, in no other place than `place`
  // (which it is in from now on when a city; -1: any), which "their summit" after a region's
  // leaders refers to ("Southeast Asian leaders opened their summit" after the headline's "X summit");
  // -1 if none or several, or where the words name another ("their next summit").
  int regions_meeting(const Sentence& sen, std::size_t t0, int place, const LexEntry& le);
  // Whether the office whose words end before token t1 is written in the plural ("counterparts",
  // "deputy prime ministers"): the office of every name listed after it.
  bool plural_office(std::size_t t1) const;
  // The sentence's first token after a dateline that opens it, its place's agency tag taken out ("Bonn
  // (dpa) - Die Grünen …") or a dash after it ("Manama - Die Arabische Liga …"); else its first.
  std::size_t dateline_end(const Sentence& sen) const;
  // … or a word of "event.possessive": "ihrem Bundesparteitag", "their summit".
  bool possessive(const Sentence& sen, std::size_t t) const;
  // Whether it takes the indefinite article: "a leaders' summit", "ein Sondergipfel".
  bool indefinite(const Sentence& sen, std::size_t t) const;
  // Whether ministers in the plural (class "event.ministers", no name after them) stand before the event
  // noun at token `t` in its sentence: "Die Außenminister der G20 sind zu Beratungen zusammengekommen".
  bool ministers_meet(const Sentence& sen, std::size_t t) const;
  // Whether the word is an event noun of the lexicon or a compound of one.
  bool event_word(std::string_view w) const;

  // "Gipfeltreffen der OSZE", "Gipfel in Oslo", or a later bare "Gipfel". Returns the token to go
  // on from when the noun binds an organisation or place, else t0 (the caller moves past the noun).
  // Its steps (mention_event_nouns.cpp) each take the event noun at [t0, t1) of sentence s and, where
  // they name its event, mention it and give the token to go on from:
  std::size_t event_noun(std::size_t s, std::size_t t0, std::size_t t1, const LexEntry& le);
  // … an organisation, state, city or region right before the noun: "the G20 summit", "the Lisbon
  // summit", "the East Asia Summit";
  std::optional<std::size_t> event_named_before(std::size_t s, std::size_t t0, std::size_t t1, const LexEntry& le);
  // … a phrase after it that binds an organisation or place: "the meeting of the OSCE", "Gipfel der
  // Nordmeer-Allianz", "das Treffen des OSZE-Ministerrats", "Gipfel in Oslo";
  std::optional<std::size_t> event_of_phrase(std::size_t s, std::size_t t0, std::size_t t1, const LexEntry& le);
  // … a city's adjective right before it: "beim Lissabonner Gipfel";
  std::optional<std::size_t> event_of_city_adjective(std::size_t s, std::size_t t0, std::size_t t1, const LexEntry& le);
  // … a title of capitalised words: "the Coastal States Heads of Government Meeting";
  std::optional<std::size_t> event_titled(std::size_t s, std::size_t t0, std::size_t t1, const LexEntry& le);
  // … capitalised words no lexicon knows right before it, a topic or a place the tagger finds: "the
  // Earth Summit", "the Quito summit" (after a cardinal number no event: "nach 20 Jahren Gesprächen");
  std::optional<std::size_t> event_of_topic(std::size_t s, std::size_t t0, std::size_t t1, const LexEntry& le);
  // … a possessive after an organisation or region named before: "NATO leaders opened their summit".
  std::optional<std::size_t> event_of_possessor(std::size_t s, std::size_t t0, std::size_t t1, const LexEntry& le);
  // Where nothing names it, the event the noun continues (the meeting named before, the one on whose
  // margins it is, a compound it heads) or a new one ("the next summit": always new). A part of the
  // meeting ("the opening session") sets `how.part`: a mention, not a name.
  int continued_event(std::size_t s, std::size_t t0, std::size_t t1, const LexEntry& le, Ref& how);
  // The names the words around the noun give event `e`: its modifiers ("the 13th summit") and the
  // phrase after it ("Treffen der Baltischen Umweltminister", taken once the sentence's mentions are known).
  void name_event_by_words_around(std::size_t s, std::size_t t0, std::size_t t1, const LexEntry& le, int e);

  // A capital city's name as a place: "Valletta, der Hauptstadt von Malta", "in der laotischen
  // Hauptstadt Vientiane".
  std::size_t capital_city(std::size_t s, std::size_t i);
  // An unknown name after a word of "city.prep" and before a comma and a state: "in Suva, Fiji",
  // "for Arusha, Tanzania" — a city of that state; or before an apposition that calls it a city
  // (city_apposition): "in Tarnow, einer Stadt im Süden Polens", "in Arusha, a city in Tanzania";
  // or a name after any lower-case word before a comma and a word of "city.relative": "Li visited
  // Lindenhof, where he toured a plant" (a city, even where the tagger reads a given name).
  std::size_t city_before_state(std::size_t s, std::size_t i);
  // Whether a word of "apposition.start" follows the comma at `comma`, then up to two words and a
  // noun of "city.noun", and no word of the name [i, comma) is one the lexicons know.
  bool city_apposition(std::size_t s, std::size_t i, std::size_t comma);

  // "… Gemeinschaft Unabhängiger Staaten (GUS)": a long form with its acronym in parentheses
  // names an organisation, unless the lexicon already knows it.
  std::size_t acronym_with_long_form(std::size_t s, std::size_t i);

  // Whether the acronym's letters stand in `name` in order, its first letter first (ASCII letters
  // compared without case), or are the initials of three or more of its capitalised words in
  // another order (an acronym from another language).
  static bool spells(std::string_view name, std::string_view acronym);
  // The first letters of a name's capitalised words, in order ("European Political Community": "EPC").
  static std::string initials(std::string_view name);

  // An unknown acronym names an organisation (or its long form's, when the text gives one later).
  std::size_t acronym(std::size_t s, std::size_t i);

  // Capitalised unknown words: a name already known ("Muster" after "Max Muster"), or two to four
  // of them in a list, after a preposition of the class "person.list_cue", or after a given name:
  // a person's name ("mit Ana Soto und …", "Anna Beispiel sagte").
  std::size_t capitalised_name(std::size_t s, std::size_t i);

  // Whether a lower-case word is an adjective inside an organisation's name ("für wirtschaftliche").
  bool name_adjective(std::string_view w) const;
  // The words [from, to) with each lower-case adjective before the last in its base form (its ending
  // of "inflect.adjective" replaced by the one of "inflect.adjective.base"): "historischen Gipfel" is
  // the "historische Gipfel"; the words as written where the pack has no base ending.
  std::string with_base_adjectives(std::size_t from, std::size_t to) const;

  // Where an organisation phrase's words end (one past the last capitalised word), from token
  // `from`; `upper_seen` says whether there was one.
  std::size_t organisation_phrase_end(const Sentence& sen, std::size_t from, std::size_t i, bool* upper_seen) const;

  // "Organisation für wirtschaftliche Entwicklung", "Bündnis für Frieden und Arbeit", "Partei der
  // Grünen Mitte": a head noun of the class "org.head", a word of "org.head.link" (a genitive
  // article after the heads of "org.head.genitive"), then adjectives and capitalised words joined by
  // "und", ending on a capitalised word, optionally "in" and a known place. An acronym in
  // parentheses right after is its short name.
  // "das Bündnis", "dem Staatenbund": after an article, a word of the class "org.epithet" that no
  // name follows refers to the organisation introduced with it ("das OSZE Bündnis", "the BRICS
  // bloc", "des Wirtschaftsbündnisses Mercosur" — any form of the epithet), else to the organisation the article has
  // named most often so far. The head of an organisation's name written before, after an article and before no name or
  // word of "org.epithet.not_before", refers to it too: "die Initiative" to the "Drei-Meere-Initiative", "the Union" to
  // the "African Union" (the one named last with that head).
  std::size_t org_epithet(std::size_t s, std::size_t i);
  // The epithet a word is, as one key for its forms: the shortest entry of "org.epithet" the word's
  // entry starts with ("Bündnisses" → "Bündnis"); a compound counts by its tail
  // ("Wirtschaftsbündnisses" → "Bündnis"). Empty when it is none.
  std::string epithet_key(std::string_view word) const;
  // Whether `noun` is the plural of the event noun `le` ("summits", "Konferenzen": "event.plural").
  bool plural_of(std::string_view noun, const LexEntry& le) const;

  // "diese Länder", "die beiden Staaten", "die fünf Länder": a plural noun of the class
  // "states.plural" after a word of "states.reference" (any number), of "states.pair" (two) or a
  // number (digits or "number.word", whose n-th entry is n + 1) refers to the states of the latest
  // list before it — earlier in the sentence or in one of the three sentences before — that has
  // that many states. Not when a state's name follows ("die beiden Länder Malta und Irland").
  std::size_t states_reference(std::size_t s, std::size_t i);
  // How many a word before a plural noun says: 2 for a word of "states.pair", for a word of
  // "number.word" its place in the class plus one (the first, "zwei", "two": 2), digits as written; 0
  // for none.
  std::size_t count_said(std::string_view w) const;

  // "Der laotische Regierungschef X, dessen Land den Vorsitz innehat", "X, whose country chairs the
  // bloc": a word of "state.relative" and a noun of "state.relative.noun" right after a person and a
  // comma refer to the state whose adjective or genitive stands in the person's office before the name.
  std::size_t person_state_reference(std::size_t s, std::size_t i);
  // "Das Land ist seit 2009 Mitglied der Nato", "The country joined in 2004": words of
  // "state.singular" that open a sentence refer to the one state the sentence before names (by
  // name or adjective); none where it names several or none. Else person_state_reference.
  std::size_t state_reference(std::size_t s, std::size_t i);

  // "the two leaders", "beide Politiker": a plural noun of the class "persons.plural" after a word
  // of "states.pair" refers to the two persons named before it in the sentence, else in the latest
  // of the two sentences before that names any (exactly two); after a number ("number.word": "the
  // four leaders") to as many. Not when names or "of" follow ("the two
  // leaders A and B", "both leaders of the bloc"). Else a guest (guest_reference).
  std::size_t persons_reference(std::size_t s, std::size_t i);
  // "den Gast", "the guest": the visitor — the first person named in the first sentence that
  // names a visit (an event of "event.visit").
  std::size_t guest_reference(std::size_t s, std::size_t i);
  // "Der 61-Jährige", "the 61-year-old" (a word of "person.age" after a word of "office.reference", no
  // office after it): the one person the sentence before names — else the one before that — who is
  // no holder of a female office's form where a word of "person.age.male" leads it. Else
  // nothing.
  std::size_t age_reference(std::size_t s, std::size_t i);
  // The state right before the office at t0 — its adjective ("the Peruvian president") or its
  // genitive ("Peru's president", "Perus Präsident") — or nullptr.
  const Ref* state_before_office(std::size_t s, std::size_t t0) const;

  // The states named in sentence s before token `before`, else in the latest of the three sentences
  // before s that names `want` of them (any number from two when 0).
  std::vector<int> listed_states(std::size_t s, std::size_t before, std::size_t want) const;

  std::size_t organisation_phrase(std::size_t s, std::size_t i);
  // The head of "org.head.compound" (of `min_head` letters or more) that the one-word compound `word`
  // ends in, perhaps with an ending of "inflect.org" ("Andengemeinschaft", "des Ostseerats"), or "".
  std::string_view org_compound_head(std::string_view word, std::size_t min_head = 3) const;

  // The organisation named by the words before "(" at token `paren` whose initials spell
  // `acronym` (words of "name.function_word" may stand between), if any.
  std::optional<int> long_form(std::size_t s, std::size_t paren, std::string_view acronym);

  // Mentions another source proposes, where the lexicons and rules found nothing.
  void add_proposals(std::size_t s, const std::vector<ProposedMention>& proposals);
  // Whether token i follows a place's preposition and a state's adjective (class "city.prep.adjective"
  // two tokens before it, the adjective the sentence's last mention): "im süditalienischen Bari".
  bool after_state_adjective(std::size_t s, std::size_t i) const;
  // Whether word w ends a treaty's, law's or declaration's name (class "name.document").
  bool document_noun(std::string_view w) const;
  // Whether the words [first, last) name a place the lexicon does not know: the tagger finds them
  // as one there or anywhere in the document ("in Quito" … "the Quito summit").
  bool proposed_place(std::size_t first, std::size_t last) const;
  std::set<std::string, std::less<>> proposed_places_;       // texts the tagger finds as places, in run()
  std::map<std::string, int, std::less<>> dateline_places_;  // a dateline's city the lexicons lack
  std::map<std::size_t, std::size_t> proposed_persons_;      // start -> end of the tagger's persons, in run()

  // What an office at [t0, t1) belongs to, when it follows: a state in the genitive ("der
  // Präsidentin Maltas Jane Roe"), or "der/des/von ORG|COUNTRY" and a comma. Moves *j to the name.
  std::optional<std::pair<std::size_t, std::size_t>> office_holder_of(const Sentence& sen, std::size_t* j) const;

  // Where the name of up to five words (particles inside it) that starts at token j ends.
  std::size_t name_after_office_end(const Sentence& sen, std::size_t j) const;
  // After an office at [t0, t1): what it belongs to (office_holder_of), then a name of
  // capitalised words. Returns the token after the name, or t0 when there is none.
  std::size_t person_after_title(std::size_t s, std::size_t t0, std::size_t t1, const std::string& title);

  const Pack& pack_;
  const Lexicon& lex_;
  const WordClasses& w_;
  const Classes& cls_{*pack_.mention_classes};
  const Text& text_;
  std::string_view year_;   // the document's year, if known
  std::string_view month_;  // … and its month ("07"), if known
  Mentions out_;
  int last_event_ = -1;
  std::vector<int> meetings_;           // the article's meetings so far, of which "the opening session" names a part
  bool last_meeting_ = true;            // the last event is a meeting (bound events and summits are)
  std::map<std::string, int> holders_;  // country code ‖ office → the person introduced with it
  std::map<std::string, std::set<int>> holders_by_title_;  // office → the persons introduced with it
  std::map<std::string, std::set<int>> holders_by_form_;   // the office's words as written ("Königin") → the same
  std::set<int> female_by_article_;  // persons an office of one form for both named as women ("die Vorsitzende")
  std::map<int, std::set<int>> holders_by_organisation_;  // organisation → the persons introduced with an office in it
  struct OfficeAfterName {
    std::size_t name_end, at;
    std::string title;
  };
  std::vector<OfficeAfterName> offices_after_names_;  // this sentence's, for the names they follow
  struct PhraseName {
    int event;
    std::size_t first, last;  // the phrase's words after its link
    std::string form;         // the noun with the phrase, as written
    std::string name;         // the noun's base form with the phrase, where it may name the event
  };
  std::vector<PhraseName> phrase_names_;  // this sentence's event phrases, taken once its mentions are known
  std::vector<std::pair<std::size_t, std::size_t>> office_topics_;  // tokens [first, last) of offices' topics
  std::map<std::size_t, bool> names_body_;  // a body's lexicon entry → whether the text names it or its organisation
  std::map<std::string, int> epithets_;     // epithet → the organisation introduced with it ("Mercosur bloc")
  std::map<std::string, int, std::less<>> org_heads_;  // head of an organisation's written name → it ("Union")
};

}  // namespace kg::extract::mention_detail
