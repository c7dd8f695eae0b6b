// The German pipeline: mentions → resolution → relations. Relation patterns are sentence-level
// rules written in C++ here (rule names in RuleId); each relation records the rule that made it.
#include <openssl/evp.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>

#include "dates.h"
#include "kg/core/text.h"
#include "kg/extract/extract.h"
#include "lexicon.h"
#include "resolve.h"
#include "rules.h"
#include "text.h"

namespace kg::extract {

std::string content_id(std::string_view text) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_Digest(text.data(), text.size(), digest, &len, EVP_sha256(), nullptr);
  std::string out = "sha256:";
  char hex[3];
  for (unsigned int i = 0; i < len; ++i) {
    std::snprintf(hex, sizeof hex, "%02x", digest[i]);
    out += hex;
  }
  return out;
}

struct Extractor::Impl {
  Lexicon lexicon;
  std::vector<Rule> rules;
  std::vector<std::unique_ptr<MentionSource>> sources;
};

void Extractor::add_source(std::unique_ptr<MentionSource> source) { impl_->sources.push_back(std::move(source)); }

Extractor::Extractor() : impl_(std::make_unique<Impl>()) {}
Extractor::~Extractor() = default;

Result<std::unique_ptr<Extractor>> Extractor::create(const std::vector<std::string>& lexicon_files,
                                                     const std::vector<std::string>& rule_files) {
  std::unique_ptr<Extractor> x(new Extractor());
  auto read = [](const std::string& file, const char* what) -> Result<std::string> {
    std::ifstream in(file, std::ios::binary);
    if (!in) return Status::NotFound(file + ": cannot open " + what);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  };
  for (const LexiconSource& src : builtin_lexicons()) KG_RETURN_IF_ERROR(x->impl_->lexicon.add(src.name, src.text));
  for (const std::string& file : lexicon_files) {
    KG_ASSIGN_OR_RETURN(std::string text, read(file, "lexicon"));
    KG_RETURN_IF_ERROR(x->impl_->lexicon.add(file, text));
  }
  auto add_rules = [&](std::string_view name, std::string_view text) -> Status {
    KG_ASSIGN_OR_RETURN(std::vector<Rule> rules, parse_rules(name, text));
    for (Rule& r : rules) x->impl_->rules.push_back(std::move(r));
    return Status::Ok();
  };
  for (const RuleSource& src : builtin_rules()) KG_RETURN_IF_ERROR(add_rules(src.name, src.text));
  for (const std::string& file : rule_files) {
    KG_ASSIGN_OR_RETURN(std::string text, read(file, "rules"));
    KG_RETURN_IF_ERROR(add_rules(file, text));
  }
  return x;
}

namespace {

enum class Kind { kCountry, kCity, kOrg, kPerson, kEvent };

struct Ent {
  Kind kind = Kind::kOrg;
  std::string name;
  std::vector<std::string> forms;  // surface forms seen
  std::vector<Mention> mentions;
  std::string code;  // countries: ISO code; cities: their country's code
  bool capital = false;
  std::vector<std::string> acronyms;
  std::string bound;  // events: the entity key they are bound to
  // Events: what kind of event the noun names (lexicon "kind", else the noun), its organiser
  // (or topic) and place as far as the mention binds them, and the best name the mentions give:
  // the organiser's compound ("NATO-Gipfel") over the article's phrase ("Gipfeltreffen des
  // Europarats") over a topic compound ("Amerika-Gipfel") over the noun ("Gipfel").
  std::string event_kind;
  int organiser = -1, place = -1;
  std::string topic;
  std::string base_name;
  int base_rank = 0;
  std::vector<std::string> parts;  // persons: the words of the name ("Muster" finds "Max Muster")
};

// A mention of an entity in a sentence.
struct Ref {
  std::size_t first, last;  // tokens [first, last)
  int ent;
  bool adjective = false;        // a nationality adjective ("russische")
  std::string title;             // persons: the office written before the name
  std::size_t title_at = 0;      // token of that office
  bool reference = false;        // the office alone refers to its holder ("der russische Präsident")
  int office_in = -1;            // "US-Präsident": where the office is held
  bool member_compound = false;  // "NATO-Mitglieder": the organisation has members here
  bool member_next = false;      // "EU-Land Malta": the states that follow are members
};

bool is_name_word(const Token& t, const Lexicon& lex) {
  // "al-Assad", "el-Sisi", "bin-Salman": a lower-case particle joined to a capitalised name.
  for (std::string_view p : {"al-", "el-", "ad-", "as-", "bin-", "ibn-"}) {
    if (t.text.starts_with(p) && t.text.size() > p.size() && std::isupper(static_cast<unsigned char>(t.text[p.size()])))
      return true;
  }
  if (!t.word || !t.upper || lex.is_noun(t.text)) return false;
  if (t.text.size() >= 2 && t.text.back() == '-') return false;
  // "UN-Generalsekretär", "OSZE-Gipfel": a compound of a known word is no name ("Test-Mann" is).
  if (auto dash = t.text.rfind('-'); dash != std::string_view::npos && lex.word(t.text.substr(dash + 1))) return false;
  return !lex.word(t.text).has_value();
}

bool is_particle(std::string_view w) {
  return w == "da" || w == "de" || w == "von" || w == "van" || w == "al" || w == "bin" || w == "dos" || w == "del" ||
         w == "der" || w == "den" || w == "la";
}

// "FPÖ", "UMP", "ÖVP": two to five capitals, an organisation's acronym.
bool looks_like_acronym(std::string_view w) {
  if (w.size() < 2 || w.size() > 10) return false;
  int letters = 0;
  for (std::size_t i = 0; i < w.size();) {
    unsigned char c = static_cast<unsigned char>(w[i]);
    if (c >= 'A' && c <= 'Z') {
      ++letters;
      ++i;
    } else if (c == 0xC3 && i + 1 < w.size() && (w[i + 1] == '\x84' || w[i + 1] == '\x96' || w[i + 1] == '\x9C')) {
      ++letters;  // Ä Ö Ü
      i += 2;
    } else {
      return false;
    }
  }
  return letters >= 2 && letters <= 5;
}

bool lower_eq(std::string_view a, std::initializer_list<std::string_view> any) {
  for (std::string_view b : any)
    if (a == b) return true;
  return false;
}

class DocumentBuilder {
 public:
  DocumentBuilder(const Lexicon& lex, const std::vector<Rule>& rules, std::string_view text, std::string_view date)
      : lex_(lex), rules_(rules), text_(text), date_(date) {}

  // `tokens` and `sentences` of the text, as tokenize() and split_sentences() give them.
  Document run(std::vector<Token> tokens, std::vector<Sentence> sentences, std::vector<ProposedMention> proposals) {
    // By start, so each sentence finds its own proposals by binary search (linear in all).
    std::stable_sort(proposals.begin(), proposals.end(),
                     [](const ProposedMention& a, const ProposedMention& b) { return a.start < b.start; });
    tokens_ = std::move(tokens);
    sentences_ = std::move(sentences);
    refs_.resize(sentences_.size());
    for (std::size_t s = 0; s < sentences_.size(); ++s) {
      find_mentions(s);
      add_proposals(s, proposals);
    }
    for (std::size_t s = 0; s < sentences_.size(); ++s) find_relations(s);
    return build();
  }

 private:
  // --- entities ---------------------------------------------------------------------------

  int entity(Kind kind, const std::string& key, const std::string& name) {
    std::string k = std::to_string(static_cast<int>(kind)) + "\t" + key;
    if (auto it = by_key_.find(k); it != by_key_.end()) return it->second;
    Ent fresh;
    fresh.kind = kind;
    fresh.name = name;
    ents_.push_back(std::move(fresh));
    if (kind == Kind::kPerson)
      for (const Token& t : tokenize(name)) ents_.back().parts.emplace_back(t.text);
    by_key_[k] = static_cast<int>(ents_.size()) - 1;
    return static_cast<int>(ents_.size()) - 1;
  }

  // Records `form` as a name of entity e (the head of a compound such as "EU" in "EU-Land").
  void add_form(int e, const std::string& form) {
    Ent& ent = ents_[static_cast<std::size_t>(e)];
    if (std::find(ent.forms.begin(), ent.forms.end(), form) == ent.forms.end()) ent.forms.push_back(form);
  }

  void mention(std::size_t s, std::size_t first, std::size_t last, int e, Ref extra = {}) {
    Mention m;
    m.span = Span{tokens_[first].start, tokens_[last - 1].end};
    m.text = std::string(text_.substr(m.span.start, m.span.end - m.span.start));
    Ent& ent = ents_[static_cast<std::size_t>(e)];
    if (std::find(ent.forms.begin(), ent.forms.end(), m.text) == ent.forms.end()) ent.forms.push_back(m.text);
    ent.mentions.push_back(m);
    extra.first = first;
    extra.last = last;
    extra.ent = e;
    refs_[s].push_back(extra);
  }

  // Whether token `at` starts particles that go on to a name word within the sentence, also two
  // of them ("von der Leyen", "van den Berg").
  bool particles_to_name(const Sentence& sen, std::size_t at) const {
    return is_particle(tokens_[at].text) && at + 1 < sen.last &&
           (is_name_word(tokens_[at + 1], lex_) ||
            (is_particle(tokens_[at + 1].text) && at + 2 < sen.last && is_name_word(tokens_[at + 2], lex_)));
  }

  // The person a single word names: the one known person whose name contains it.
  int person_by_part(std::string_view w) const {
    int found = -1;
    for (std::size_t i = 0; i < ents_.size(); ++i) {
      if (ents_[i].kind != Kind::kPerson) continue;
      for (const std::string& part : ents_[i].parts) {
        if (part == w) {
          if (found >= 0 && found != static_cast<int>(i)) return -2;
          found = static_cast<int>(i);
        }
      }
    }
    return found;
  }

  // How an event's mention names it (Ent::base_name), from the weakest to the strongest.
  enum BaseRank { kByNoun = 1, kByTopic = 2, kByPhrase = 3, kByCompound = 4 };

  // The event bound to `bound` (an entity key or a topic), named "<bound_name>-<noun>" until
  // resolution names it; `bound_ent` is the organisation or place it is bound to, or -1 for a topic.
  int event_for(const std::string& bound, const std::string& bound_name, const LexEntry& noun, int bound_ent) {
    int e = entity(Kind::kEvent, "bound\t" + bound, bound_name + "-" + noun.canonical);
    Ent& ev = ents_[static_cast<std::size_t>(e)];
    ev.bound = bound;
    if (ev.event_kind.empty()) ev.event_kind = noun.kind.empty() ? noun.canonical : noun.kind;
    if (bound_ent < 0) {
      ev.topic = bound_name;
    } else if (Kind k = ents_[static_cast<std::size_t>(bound_ent)].kind; k == Kind::kCity || k == Kind::kCountry) {
      ev.place = bound_ent;
    } else {
      ev.organiser = bound_ent;
    }
    last_event_ = e;
    return e;
  }

  void name_event(int e, const std::string& name, BaseRank rank) {
    Ent& ev = ents_[static_cast<std::size_t>(e)];
    if (rank > ev.base_rank) {
      ev.base_name = name;
      ev.base_rank = rank;
    }
  }

  void find_mentions(std::size_t s) {
    const Sentence& sen = sentences_[s];
    for (std::size_t i = sen.first; i < sen.last;) {
      const Token& t = tokens_[i];
      // Hyphenated compounds: "OSZE-Gipfeltreffens", "NATO-Gipfel".
      if (t.word && t.text.find('-') != std::string_view::npos && t.text.back() != '-') {
        std::size_t dash = t.text.rfind('-');
        std::string head(t.text.substr(0, dash)), tail(t.text.substr(dash + 1));
        auto h = lex_.word(head);
        auto tl = lex_.word(tail);
        const bool head_org =
            (h && (lex_.entry(*h).cls == LexClass::kOrg || lex_.entry(*h).cls == LexClass::kCountry)) ||
            (!h && looks_like_acronym(head));
        auto head_entity = [&] { return h ? lex_entity(*h) : entity(Kind::kOrg, head, head); };
        if (head_org && tl && lex_.entry(*tl).cls == LexClass::kTitle) {
          // "US-Präsidentin Jane Roe", "CDU-Chef Max Muster": the office is held in the head.
          std::size_t next = person_after_title(s, i, i + 1, lex_.entry(*tl).canonical);
          if (next > i) {
            int where = head_entity();
            refs_[s].back().office_in = where;
            Mention m;
            m.span = Span{t.start, t.start + dash};
            m.text = head;
            ents_[static_cast<std::size_t>(where)].mentions.push_back(m);
            add_form(where, head);
            i = next;
            continue;
          }
        }
        // Membership in the head: "das EU-Land Malta", "die EU-Staaten Irland und Zypern" (the
        // states named next), "NATO-Mitglieder", "AU-Mitgliedsstaaten" (the states of the sentence).
        const bool member_next =
            tail == "Land" || tail == "Staat" || tail == "Länder" || tail == "Staaten" || tail == "Mitgliedsland";
        const bool member_compound = tail.starts_with("Mitglied");
        if (head_org && (member_next || member_compound)) {
          int org = head_entity();
          if (kind(org) == Kind::kOrg) {
            Ref r;
            r.member_next = member_next;
            r.member_compound = member_compound && !member_next;
            mention(s, i, i + 1, org, r);
            add_form(org, head);
            ++i;
            continue;
          }
        }
        if (h && !tl && lex_.entry(*h).cls == LexClass::kOrg) {
          // "Mercosur-Blocks", "NATO-Hauptquartier": the organisation is named.
          mention(s, i, i + 1, lex_entity(*h));
          add_form(refs_[s].back().ent, head);
          ++i;
          continue;
        }
        if (h && tl && lex_.entry(*tl).cls == LexClass::kEvent &&
            (lex_.entry(*h).cls == LexClass::kOrg || lex_.entry(*h).cls == LexClass::kCountry ||
             lex_.entry(*h).cls == LexClass::kCity)) {
          int bound = lex_entity(*h);
          const LexEntry& noun = lex_.entry(*tl);
          int e = event_for(std::to_string(bound), head, noun, bound);
          name_event(e,
                     ents_[static_cast<std::size_t>(e)].place == bound ? noun.canonical : head + "-" + noun.canonical,
                     ents_[static_cast<std::size_t>(e)].place == bound ? kByNoun : kByCompound);
          mention(s, i, i + 1, e);
          ++i;
          continue;
        }
        if (!h && tl && lex_.entry(*tl).cls == LexClass::kEvent && std::isupper(static_cast<unsigned char>(head[0]))) {
          // "Amerika-Gipfel", "Klima-Konferenz": an event named by its topic or region.
          int e = event_for("topic:" + head, head, lex_.entry(*tl), -1);
          name_event(e, head + "-" + lex_.entry(*tl).canonical, kByTopic);
          mention(s, i, i + 1, e);
          ++i;
          continue;
        }
      }
      // Any "…minister" is an office ("Informationsminister", "Gesundheitsministerin").
      if (t.word && t.upper && !lex_.word(t.text) &&
          (t.text.ends_with("minister") || t.text.ends_with("ministerin") || t.text.ends_with("ministers"))) {
        std::string title(t.text);
        if (title.ends_with("in")) title.resize(title.size() - 2);
        if (title.ends_with("s")) title.pop_back();
        if (std::size_t next = person_after_title(s, i, i + 1, title); next > i) {
          i = next;
          continue;
        }
      }
      if (auto m = lex_.match(tokens_, i); m && t.word) {
        const LexEntry& le = lex_.entry(m->entry);
        switch (le.cls) {
          case LexClass::kCountry:
          case LexClass::kCity:
          case LexClass::kOrg:
            mention(s, i, i + m->tokens, lex_entity(m->entry));
            break;
          case LexClass::kAdjective: {
            const LexEntry* c = lex_.country(le.code);
            if (c != nullptr && t.text.size() > 0 && !t.upper) {
              Ref r;
              r.adjective = true;
              mention(s, i, i + 1, entity(Kind::kCountry, c->code, c->canonical));
              ents_[static_cast<std::size_t>(refs_[s].back().ent)].code = c->code;
              refs_[s].back().adjective = true;
            }
            break;
          }
          case LexClass::kTitle: {
            if (std::size_t next = person_after_title(s, i, i + m->tokens, le.canonical); next > i) {
              i = next;
              continue;
            }
            // "der russische Präsident" without a name: the person introduced with that office.
            if (!refs_[s].empty() && refs_[s].back().adjective && refs_[s].back().last == i) {
              const std::string key = ents_[static_cast<std::size_t>(refs_[s].back().ent)].code + "\t" + le.canonical;
              if (auto h = holders_.find(key); h != holders_.end()) {
                Ref r;
                r.title = le.canonical;
                r.title_at = i;
                r.reference = true;
                mention(s, i, i + m->tokens, h->second, r);
              }
            }
            break;
          }
          case LexClass::kEvent: {
            // "Gipfeltreffen der OSZE", "Gipfel in Oslo", or a later bare "Gipfel".
            std::size_t j = i + m->tokens;
            if (j + 1 < sen.last && lower_eq(tokens_[j].text, {"der", "des", "in"})) {
              if (auto o = lex_.match(tokens_, j + 1)) {
                LexClass oc = lex_.entry(o->entry).cls;
                if (oc == LexClass::kOrg || oc == LexClass::kCity || oc == LexClass::kCountry) {
                  int bound = lex_entity(o->entry);
                  int e = event_for(std::to_string(bound), first_acronym(bound), le, bound);
                  if (ents_[static_cast<std::size_t>(e)].organiser == bound) {
                    // "Gipfeltreffen der SOZ": the noun in its base form and the article's words.
                    const std::size_t end = tokens_[j + o->tokens].end;
                    name_event(e,
                               le.canonical + " " + std::string(text_.substr(tokens_[j].start, end - tokens_[j].start)),
                               kByPhrase);
                  } else {
                    name_event(e, le.canonical, kByNoun);
                  }
                  mention(s, i, i + m->tokens, e);
                  i = j + 1;
                  continue;  // the organisation is mentioned by the next step
                }
              }
            }
            if (t.upper) {
              // A later "Gipfel" is the meeting the article is about (the first one starts it);
              // other event nouns ("Amtseinführung", "Wahl") are events of their own.
              static const std::set<std::string> kMeetings = {"Gipfel",         "Gipfeltreffen", "Treffen",
                                                              "Konferenz",      "Tagung",        "Beratungen",
                                                              "Konsultationen", "Verhandlungen"};
              const bool meeting = kMeetings.count(le.canonical) > 0;
              int e = -1;
              if (meeting && last_event_ >= 0 && last_meeting_) {
                e = last_event_;
              } else {
                e = entity(Kind::kEvent, "bare\t" + le.canonical, le.canonical);
                Ent& ev = ents_[static_cast<std::size_t>(e)];
                if (ev.event_kind.empty()) ev.event_kind = le.kind.empty() ? le.canonical : le.kind;
                name_event(e, le.canonical, kByNoun);
                last_event_ = e;
                last_meeting_ = meeting;
              }
              mention(s, i, i + m->tokens, e);
            }
            break;
          }
          case LexClass::kNoun:
          case LexClass::kGiven:
            break;
        }
        i += m->tokens;
        continue;
      }
      if (std::size_t next = organisation_phrase(s, i); next > i) {
        i = next;
        continue;
      }
      // A capital city's name as a place: "Valletta, der Hauptstadt von Malta", "in der
      // laotischen Hauptstadt Vientiane".
      if (is_name_word(t, lex_) && i + 3 < sen.last && tokens_[i + 1].text == "," && tokens_[i + 2].text == "der" &&
          tokens_[i + 3].text == "Hauptstadt") {
        std::string name(t.text);
        int e = entity(Kind::kCity, name, name);
        mention(s, i, i + 1, e);
        ++i;
        continue;
      }
      if (t.text == "Hauptstadt" && i + 1 < sen.last && is_name_word(tokens_[i + 1], lex_) &&
          !(i + 2 < sen.last && is_name_word(tokens_[i + 2], lex_))) {
        mention(s, i + 1, i + 2,
                entity(Kind::kCity, std::string(tokens_[i + 1].text), std::string(tokens_[i + 1].text)));
        i += 2;
        continue;
      }
      // "… Gemeinschaft Unabhängiger Staaten (GUS)": a long form with its acronym in parentheses
      // names an organisation, unless the lexicon already knows it.
      if (t.text == "(" && i + 2 < sen.last && tokens_[i + 2].text == ")" && looks_like_acronym(tokens_[i + 1].text) &&
          !lex_.word(tokens_[i + 1].text) && i > sen.first) {
        if (auto org = long_form(s, i, tokens_[i + 1].text)) {
          i += 3;
          continue;
        }
      }
      const bool dateline = i == sen.first && i + 1 < sen.last && tokens_[i + 1].text == "(";  // "RIAD (dpa)"
      if (t.word && !dateline && looks_like_acronym(t.text) && !lex_.word(t.text) && !lex_.is_noun(t.text)) {
        mention(s, i, i + 1, entity(Kind::kOrg, std::string(t.text), std::string(t.text)));  // or its long form's
        ++i;
        continue;
      }
      // A name already known: "Muster" after "Max Muster".
      if (is_name_word(t, lex_)) {
        std::size_t j = i;
        while (j < sen.last && (is_name_word(tokens_[j], lex_) || (j > i && particles_to_name(sen, j)))) ++j;
        std::string full(text_.substr(tokens_[i].start, tokens_[j - 1].end - tokens_[i].start));
        if (auto it = by_key_.find(std::to_string(static_cast<int>(Kind::kPerson)) + "\t" + full);
            it != by_key_.end()) {
          mention(s, i, j, it->second);
          i = j;
          continue;
        }
        if (j == i + 1) {
          int p = person_by_part(t.text);
          if (p >= 0) mention(s, i, i + 1, p);
        } else if (j - i <= 4 &&
                   ((i > sen.first && lower_eq(tokens_[i - 1].text, {",", "und", "mit", "sowie", "von"})) ||
                    lex_.is_given_name(t.text))) {
          // Two to four unknown capitalised words in a list or after "mit", or after a given
          // name: a person's name ("mit Ana Soto und …", "Anna Beispiel sagte").
          mention(s, i, j, entity(Kind::kPerson, full, full));
        }
        i = j;
        continue;
      }
      ++i;
    }
  }

  // "Organisation für wirtschaftliche Entwicklung", "Bündnis für Frieden und Arbeit", "Partei der
  // Grünen Mitte": a head noun of organisations, "für"/"zur"/"zum" ("der"/"des" after
  // Organisation and Partei), then adjectives and capitalised words joined by "und", ending on a
  // capitalised word, optionally "in" and a known place. An acronym in parentheses right after
  // is its short name. Returns the token after the phrase, or i when there is none.
  std::size_t organisation_phrase(std::size_t s, std::size_t i) {
    static const std::set<std::string, std::less<>> kHeads = {
        "Organisation", "Vereinigung", "Allianz", "Bündnis", "Bewegung", "Partei",  "Verband", "Bund", "Stiftung",
        "Institut",     "Kommission",  "Komitee", "Rat",     "Zentrum",  "Agentur", "Forum",   "Liga", "Front"};
    const Sentence& sen = sentences_[s];
    const Token& t = tokens_[i];
    if (!t.word || !t.upper || i + 2 >= sen.last || kHeads.find(t.text) == kHeads.end()) return i;
    const std::string_view prep = tokens_[i + 1].text;
    const bool genitive = prep == "der" || prep == "des";
    if (!(prep == "für" || prep == "zur" || prep == "zum" ||
          (genitive && (t.text == "Organisation" || t.text == "Partei"))))
      return i;
    auto adjective = [](std::string_view w) {
      if (w.size() < 5 || w == "einen" || w == "einem" || w == "einer" || w == "keine" || w == "keinen" ||
          w == "diese" || w == "dieser" || w == "diesen" || w == "jede" || w == "jeden" || w == "seine" ||
          w == "seiner" || w == "ihrer" || w == "ihren" || w == "unsere")
        return false;
      for (std::string_view e : {"e", "en", "er", "es", "em"})
        if (w.ends_with(e)) return true;
      return false;
    };
    std::size_t end = i;  // one past the last capitalised word
    bool upper_seen = false;
    for (std::size_t k = i + 2; k < sen.last; ++k) {
      const Token& w = tokens_[k];
      if (!w.word) break;
      if (w.upper && !lex_.is_noun(w.text)) {
        upper_seen = true;
        end = k + 1;
      } else if (w.upper && lex_.is_noun(w.text) && w.text != "Der" && w.text != "Die" && w.text != "Das") {
        end = k + 1;  // a common noun such as "Sicherheit" is part of the name
        upper_seen = true;
      } else if (!w.upper && adjective(w.text)) {
        continue;
      } else if (w.text == "und" && upper_seen && k + 1 < sen.last && tokens_[k + 1].word) {
        continue;
      } else if (w.text == "in" && end == k && k + 1 < sen.last) {
        auto m = lex_.match(tokens_, k + 1);
        if (m && (lex_.entry(m->entry).cls == LexClass::kCountry || lex_.entry(m->entry).cls == LexClass::kCity)) {
          end = k + 1 + m->tokens;  // "… in Mali"
        } else if (k + 4 < sen.last && tokens_[k + 1].upper && tokens_[k + 2].text == "(" &&
                   tokens_[k + 4].text == ")") {
          end = k + 2;  // "… in Europa (OSZE)": the acronym after it shows the place is part of the name
        }
        break;
      } else {
        break;
      }
    }
    if (!upper_seen || end <= i + 2) return i;
    std::string name(text_.substr(t.start, tokens_[end - 1].end - t.start));
    std::optional<int> known;
    std::string acronym;
    if (end + 2 < sen.last && tokens_[end].text == "(" && tokens_[end + 2].text == ")" &&
        looks_like_acronym(tokens_[end + 1].text)) {
      acronym = tokens_[end + 1].text;
      if (auto w = lex_.word(acronym); w && lex_.entry(*w).cls == LexClass::kOrg) known = lex_entity(*w);
    }
    int e = known ? *known : entity(Kind::kOrg, name, name);
    mention(s, i, end, e);
    if (!acronym.empty()) {
      if (!known) {
        ents_[static_cast<std::size_t>(e)].acronyms = {acronym};
        by_key_[std::to_string(static_cast<int>(Kind::kOrg)) + "\t" + acronym] = e;  // a later bare acronym
      }
      mention(s, end + 1, end + 2, e);
      return end + 3;
    }
    return end;
  }

  // The organisation named by the words before "(" at token `paren` whose initials spell
  // `acronym` (function words such as "für" and "der" may stand between), if any.
  std::optional<int> long_form(std::size_t s, std::size_t paren, std::string_view acronym) {
    const Sentence& sen = sentences_[s];
    std::string initials;
    std::size_t start = paren;
    while (start > sen.first && paren - start < 8) {
      const Token& w = tokens_[start - 1];
      if (!w.word) break;
      if (w.upper) {
        initials.insert(initials.begin(), w.text[0]);
      } else if (!lower_eq(w.text, {"für", "der", "des", "die", "und", "von", "zur", "zum"})) {
        break;
      }
      --start;
      if (initials.size() == acronym.size() && std::equal(initials.begin(), initials.end(), acronym.begin())) {
        if (!tokens_[start].upper) return std::nullopt;
        for (const Ref& r : refs_[s])
          if (r.first >= start && r.last <= paren) return std::nullopt;  // already something we know
        std::string name(text_.substr(tokens_[start].start, tokens_[paren - 1].end - tokens_[start].start));
        int e = entity(Kind::kOrg, name, name);
        ents_[static_cast<std::size_t>(e)].acronyms = {std::string(acronym)};
        by_key_[std::to_string(static_cast<int>(Kind::kOrg)) + "\t" + std::string(acronym)] = e;  // later "GUS"
        mention(s, start, paren, e);
        mention(s, paren + 1, paren + 2, e);
        return e;
      }
    }
    return std::nullopt;
  }

  // Mentions another source proposes, where the lexicons and rules found nothing.
  void add_proposals(std::size_t s, const std::vector<ProposedMention>& proposals) {
    const Sentence& sen = sentences_[s];
    auto from = std::lower_bound(proposals.begin(), proposals.end(), sen.start,
                                 [](const ProposedMention& p, std::size_t at) { return p.start < at; });
    for (auto it = from; it != proposals.end() && it->start < sen.end; ++it) {
      const ProposedMention& p = *it;
      if (p.end > sen.end || p.start >= p.end) continue;
      std::size_t first = sen.last, last = sen.last;
      for (std::size_t i = sen.first; i < sen.last; ++i) {
        if (tokens_[i].start == p.start) first = i;
        if (tokens_[i].end == p.end) last = i + 1;
      }
      if (first >= last || last > sen.last) continue;  // not on token boundaries
      bool overlaps = false;
      for (const Ref& r : refs_[s]) overlaps = overlaps || (r.first < last && first < r.last);
      if (overlaps) continue;
      std::string name(text_.substr(p.start, p.end - p.start));
      Kind k = p.type == EntityType::kPerson         ? Kind::kPerson
               : p.type == EntityType::kOrganization ? Kind::kOrg
               : p.type == EntityType::kEvent        ? Kind::kEvent
                                                     : Kind::kCity;
      int e = -1;
      if (k == Kind::kPerson && last == first + 1) e = person_by_part(name);
      if (e < 0) e = entity(k, name, name);
      mention(s, first, last, e);
    }
    std::sort(refs_[s].begin(), refs_[s].end(), [](const Ref& a, const Ref& b) { return a.first < b.first; });
  }

  std::string first_acronym(int e) const {
    const Ent& ent = ents_[static_cast<std::size_t>(e)];
    return ent.acronyms.empty() ? ent.name : ent.acronyms[0];
  }

  // The entity of a lexicon entry (a state by its code, others by their canonical name).
  int lex_entity(std::size_t entry) {
    const LexEntry& le = lex_.entry(entry);
    Kind kind = le.cls == LexClass::kCountry ? Kind::kCountry : le.cls == LexClass::kCity ? Kind::kCity : Kind::kOrg;
    int e = entity(kind, kind == Kind::kCountry ? le.code : le.canonical, le.canonical);
    Ent& ent = ents_[static_cast<std::size_t>(e)];
    ent.code = le.code;
    ent.capital = le.capital;
    ent.acronyms = le.acronyms;
    return e;
  }

  // After an office at [t0, t1): an optional "der/des ORG|COUNTRY" and comma, then a name of
  // capitalised words. Returns the token after the name, or t0 when there is none.
  std::size_t person_after_title(std::size_t s, std::size_t t0, std::size_t t1, const std::string& title) {
    const Sentence& sen = sentences_[s];
    std::size_t j = t1;
    std::optional<std::pair<std::size_t, std::size_t>> of;  // "der Vereinten Nationen", "Maltas"
    if (j < sen.last && !of) {
      // "der Präsidentin Maltas Jane Roe": a state in the genitive right after the office.
      if (auto o = lex_.match(tokens_, j); o && lex_.entry(o->entry).cls == LexClass::kCountry && o->tokens == 1 &&
                                           tokens_[j].text.back() == 's' && j + 1 < sen.last) {
        // "… Maltas Jane Roe", "dem Präsidenten Irlands, Sean Doe"
        std::size_t name_at = tokens_[j + 1].text == "," ? j + 2 : j + 1;
        if (name_at < sen.last && is_name_word(tokens_[name_at], lex_)) {
          of = std::make_pair(j, j + 1);
          j = name_at;
        }
      }
    }
    if (!of && j + 1 < sen.last && lower_eq(tokens_[j].text, {"der", "des", "von"})) {
      if (auto o = lex_.match(tokens_, j + 1)) {
        LexClass oc = lex_.entry(o->entry).cls;
        if (oc == LexClass::kOrg || oc == LexClass::kCountry) {
          of = std::make_pair(j + 1, j + 1 + o->tokens);
          j = j + 1 + o->tokens;
          if (j < sen.last && tokens_[j].text == ",") ++j;
        }
      }
    }
    // "dem Vorsitzenden des Ausschusses, Karl Beispiel": an office of something we do not know.
    if (!of && j + 3 < sen.last && lower_eq(tokens_[j].text, {"der", "des"}) && tokens_[j + 1].upper &&
        tokens_[j + 2].text == "," && is_name_word(tokens_[j + 3], lex_)) {
      j += 3;
    }
    std::size_t k = j;
    while (k < sen.last && k - j < 5 && (is_name_word(tokens_[k], lex_) || (k > j && particles_to_name(sen, k)))) ++k;
    if (k == j) return t0;
    if (k == j + 1 && person_by_part(tokens_[j].text) < 0) {
      // A single word after an office names a person only when we know them (or it is a surname
      // of someone later named in full; rare in news).
      if (tokens_[j].text.size() < 3) return t0;
    }
    std::string name(text_.substr(tokens_[j].start, tokens_[k - 1].end - tokens_[j].start));
    int p = -1;
    if (k == j + 1) p = person_by_part(name);
    if (p < 0) p = entity(Kind::kPerson, name, name);
    if (of) {
      auto om = lex_.match(tokens_, of->first);
      mention(s, of->first, of->second, lex_entity(om->entry));
    }
    Ref r;
    r.title = title;
    r.title_at = t0;
    if (!refs_[s].empty() && refs_[s].back().adjective && refs_[s].back().last == t0) {
      holders_.emplace(ents_[static_cast<std::size_t>(refs_[s].back().ent)].code + "\t" + title, p);
    }
    mention(s, j, k, p, r);
    // "… Anna Probe und Jan Test-Mann": a second name of two or more words shares the office.
    if (k + 2 < sen.last && tokens_[k].text == "und" && is_name_word(tokens_[k + 1], lex_) &&
        is_name_word(tokens_[k + 2], lex_)) {
      std::size_t a = k + 1, b = a;
      while (b < sen.last && b - a < 5 && is_name_word(tokens_[b], lex_)) ++b;
      std::string second(text_.substr(tokens_[a].start, tokens_[b - 1].end - tokens_[a].start));
      Ref r2 = r;
      mention(s, a, b, entity(Kind::kPerson, second, second), r2);
      return b;
    }
    return k;
  }

  // --- relations ---------------------------------------------------------------------------

  struct Rel {
    int s, o;
    PredicateId p;
    std::string role, rule;
    double confidence;
    std::size_t sentence;
  };

  bool negated(std::size_t s) const {
    const Sentence& sen = sentences_[s];
    for (std::size_t i = sen.first; i < sen.last; ++i) {
      std::string_view w = tokens_[i].text;
      if (lower_eq(w, {"nicht", "kein", "keine", "keinen", "keiner", "weder", "abgesagt", "absagen", "sagte",
                       "verzichtet", "fernbleiben", "Ausnahme", "ausgenommen", "außer"})) {
        if (w == "sagte" && !(i + 1 < sen.last && tokens_[i + 1].text == "ab")) continue;
        return true;
      }
    }
    return false;
  }

  // Whether the sentence has one of `words` (longer ones also as a prefix: "Mitglied" finds
  // "Mitglieder"; with `exact` only whole words).
  bool has_word(std::size_t s, std::initializer_list<std::string_view> words, std::size_t* at = nullptr,
                bool exact = false) const {
    const Sentence& sen = sentences_[s];
    for (std::size_t i = sen.first; i < sen.last; ++i) {
      std::string_view t = tokens_[i].text;
      if (t.size() < 2) continue;
      for (std::string_view w : words)
        if (t[0] == w[0] && t.size() >= w.size() && (t == w || (!exact && w.size() > 4 && t.starts_with(w)))) {
          if (at) *at = i;
          return true;
        }
    }
    return false;
  }

  void add(int s, PredicateId p, int o, std::size_t sentence, std::string rule, double confidence,
           std::string role = "") {
    if (s < 0 || o < 0 || s == o) return;
    if (predicate_info(p).symmetric && s > o) std::swap(s, o);
    for (const Rel& r : rels_)
      if (r.s == s && r.o == o && r.p == p) return;
    rels_.push_back(Rel{s, o, p, std::move(role), std::move(rule), confidence, sentence});
  }

  Kind kind(int e) const { return ents_[static_cast<std::size_t>(e)].kind; }

  bool refs_index_is_adjective(std::size_t s, std::size_t token) const {
    for (const Ref& r : refs_[s])
      if (r.adjective && r.first == token) return true;
    return false;
  }

  // --- rules kept as data (rules.h) ----------------------------------------------------------

  struct Bindings {
    std::map<std::string, std::vector<int>> entities;  // a list slot binds several
    std::map<std::string, std::string> texts;          // titles bound for roles
  };

  bool slot_fits(const Ref& r, SlotType t) const {
    Kind k = kind(r.ent);
    switch (t) {
      case SlotType::kPerson:
        return k == Kind::kPerson;
      case SlotType::kOrg:
        return k == Kind::kOrg;
      case SlotType::kPlace:
        return (k == Kind::kCity || k == Kind::kCountry) && !r.adjective;
      case SlotType::kCity:
        return k == Kind::kCity;
      case SlotType::kCountry:
        return k == Kind::kCountry && !r.adjective;
      case SlotType::kEvent:
        return k == Kind::kEvent;
      case SlotType::kAdjective:
        return k == Kind::kCountry && r.adjective;
    }
    return false;
  }

  // The matcher's view of one sentence: its mentions by first token, and which (pattern element,
  // token) pairs are known not to lead to a match. What follows a position never depends on the
  // bindings made before it, so a failure found once holds for every start and every path there:
  // with it, matching costs at most pattern length × sentence length steps per rule, however many
  // gaps and slots a pattern has.
  struct MatchState {
    std::size_t first = 0, width = 0;
    std::vector<std::vector<const Ref*>> at;  // at[token - first]: mentions starting there
    std::vector<std::uint8_t> failed;         // [k * width + token - first]

    const std::vector<const Ref*>& refs_at(std::size_t token) const { return at[token - first]; }
    void reset(std::size_t pattern_size) { failed.assign((pattern_size + 1) * width, 0); }
  };

  // Whether rule.pattern[k…] matches from token `pos`; the bindings of the first match are in b.
  bool match(const Rule& rule, std::size_t k, std::size_t pos, std::size_t s, Bindings* b, MatchState& m) const {
    if (k == rule.pattern.size()) return true;
    std::uint8_t& failed = m.failed[k * m.width + (pos - m.first)];
    if (failed) return false;
    bool ok = match_element(rule, k, pos, s, b, m);
    if (!ok) failed = 1;
    return ok;
  }

  bool match_element(const Rule& rule, std::size_t k, std::size_t pos, std::size_t s, Bindings* b,
                     MatchState& m) const {
    const Sentence& sen = sentences_[s];
    const PatternElement& el = rule.pattern[k];
    switch (el.kind) {
      case PatternElement::kWords: {
        if (pos < sen.last && std::find(el.words.begin(), el.words.end(), tokens_[pos].text) != el.words.end() &&
            match(rule, k + 1, pos + 1, s, b, m))
          return true;
        return el.optional && match(rule, k + 1, pos, s, b, m);
      }
      case PatternElement::kTitle: {
        auto w = pos < sen.last ? lex_.word(tokens_[pos].text) : std::nullopt;
        if (w && lex_.entry(*w).cls == LexClass::kTitle) {
          if (!el.name.empty()) b->texts[el.name] = lex_.entry(*w).canonical;
          if (match(rule, k + 1, pos + 1, s, b, m)) return true;
        }
        return el.optional && match(rule, k + 1, pos, s, b, m);
      }
      case PatternElement::kSlot: {
        if (pos >= sen.last) return false;
        for (const Ref* r : m.refs_at(pos)) {
          if (!slot_fits(*r, el.slot_type)) continue;
          std::vector<int> bound{r->ent};
          std::size_t end = r->last;
          if (el.list) {
            // Further conjuncts: ", B", "und C", "sowie der D" (longest list first).
            for (;;) {
              std::size_t next = end;
              while (next < sen.last &&
                     lower_eq(tokens_[next].text, {",", "und", "sowie", "oder", "der", "die", "den", "dem"}))
                ++next;
              if (next == end || next >= sen.last) break;
              const Ref* more = nullptr;
              for (const Ref* q : m.refs_at(next))
                if (slot_fits(*q, el.slot_type)) more = q;
              if (more == nullptr) break;
              bound.push_back(more->ent);
              end = more->last;
            }
          }
          b->entities[el.name] = bound;
          if (match(rule, k + 1, end, s, b, m)) return true;
        }
        return false;
      }
      case PatternElement::kGap: {
        for (std::size_t g = 0; g <= 6 && pos + g <= sen.last; ++g) {
          if (g > 0 && tokens_[pos + g - 1].text == ",") break;
          if (match(rule, k + 1, pos + g, s, b, m)) return true;
        }
        return false;
      }
    }
    return false;
  }

  void apply_rules(std::size_t s, bool denied) {
    static const PredicateId kHolds = predicate_id("holds_office"), kLies = predicate_id("located_in");
    const Sentence& sen = sentences_[s];
    MatchState m;
    m.first = sen.first;
    m.width = sen.last - sen.first + 1;  // positions first … last
    m.at.resize(m.width);
    for (const Ref& r : refs_[s])
      if (r.first >= sen.first && r.first < sen.last) m.at[r.first - sen.first].push_back(&r);
    for (const Rule& rule : rules_) {
      if (denied && rule.predicate != kHolds && rule.predicate != kLies) continue;
      m.reset(rule.pattern.size());
      const PatternElement* head = rule.pattern.empty() || rule.pattern[0].optional ? nullptr : &rule.pattern[0];
      for (std::size_t start = sen.first; start < sen.last; ++start) {
        // A rule that begins with a required slot or word can only match where one starts.
        if (head && head->kind == PatternElement::kSlot && m.refs_at(start).empty()) continue;
        if (head && head->kind == PatternElement::kWords &&
            std::find(head->words.begin(), head->words.end(), tokens_[start].text) == head->words.end())
          continue;
        Bindings b;
        if (!match(rule, 0, start, s, &b, m)) continue;
        std::string role = rule.role_text;
        if (!rule.role_slot.empty()) role = b.texts[rule.role_slot];
        for (int subject : b.entities[rule.subject])  // one relation per conjunct of a list slot
          for (int object : b.entities[rule.object])
            add(subject, rule.predicate, object, s, rule.name, rule.confidence, role);
      }
    }
  }

  void find_relations(std::size_t s) {
    static const PredicateId kHolds = predicate_id("holds_office"), kMember = predicate_id("member_of"),
                             kMeets = predicate_id("meets_with"), kHeld = predicate_id("held_in"),
                             kTakes = predicate_id("participates_in");
    const Sentence& sen = sentences_[s];
    const std::vector<Ref>& refs = refs_[s];
    const bool denied = negated(s);

    // holds_office: "[adjective] [office] [name]", "[office] der/des [org|country], [name]",
    // "[country] … [office] [name]".
    std::set<std::size_t> used;  // states already given as the place of another office
    for (std::size_t r = 0; r < refs.size(); ++r) {
      if (refs[r].title.empty() || refs[r].reference) continue;
      int person = refs[r].ent;
      int where = -1;
      std::string rule;
      if (refs[r].office_in >= 0) {
        where = refs[r].office_in;
        rule = "de.office.compound";
      }
      for (std::size_t q = 0; q < refs.size() && where < 0; ++q) {
        const Ref& o = refs[q];
        if (!o.adjective && o.last == refs[r].title_at && kind(o.ent) == Kind::kCountry &&
            tokens_[o.last - 1].text.back() == 's') {
          where = o.ent;  // "Maltas Staatschefin Jane Roe"
          rule = "de.office.genitive";
          used.insert(q);
        }
      }
      for (std::size_t q = 0; q < refs.size() && where < 0; ++q) {
        const Ref& o = refs[q];
        if (o.adjective && o.last == refs[r].title_at) {
          where = o.ent;
          rule = "de.office.adjective";
          used.insert(q);
        } else if (!o.adjective && o.first > refs[r].title_at && o.last <= refs[r].first &&
                   (kind(o.ent) == Kind::kOrg || kind(o.ent) == Kind::kCountry)) {
          where = o.ent;
          rule = "de.office.of";
        }
      }
      // A person whose office is already known from a clear statement gets no guessed one.
      bool known = false;
      for (const Rel& rel : rels_) known = known || (rel.s == person && rel.p == kHolds);
      if (where < 0 && known) continue;
      if (where < 0) {
        // The nearest country earlier in the sentence, else the office's country from the
        // sentence before ("Malta teilte mit, dass Premierministerin Roe …").
        for (std::size_t q = 0; q < refs.size(); ++q)
          if (refs[q].last <= refs[r].title_at && kind(refs[q].ent) == Kind::kCountry && !refs[q].adjective &&
              !used.count(q) &&
              !(refs[q].last < sen.last && lex_.word(tokens_[refs[q].last].text) &&
                lex_.entry(*lex_.word(tokens_[refs[q].last].text)).cls ==
                    LexClass::kTitle)) {  // "Maltas Staatsoberhaupt" is taken
            where = refs[q].ent;
            rule = "de.office.sentence-country";
          }
        if (where < 0) {
          // Offices that exist in one state only ("Bundeskanzler" here means Germany's).
          auto title_entry = lex_.word(refs[r].title);
          if (title_entry && !lex_.entry(*title_entry).code.empty()) {
            if (const LexEntry* c = lex_.country(lex_.entry(*title_entry).code)) {
              where = entity(Kind::kCountry, c->code, c->canonical);
              ents_[static_cast<std::size_t>(where)].code = c->code;
              if (ents_[static_cast<std::size_t>(where)].mentions.empty()) where = -1;  // never named: no entity
              rule = "de.office.national-title";
            }
          }
        }
        if (where < 0 && last_office_country_ >= 0 && last_office_sentence_ + 1 == s) {
          where = last_office_country_;
          rule = "de.office.context-country";
        }
      }
      if (where >= 0) {
        add(person, kHolds, where, s, rule,
            rule == "de.office.adjective" || rule == "de.office.of" || rule == "de.office.compound" ||
                    rule == "de.office.genitive"
                ? 0.9
                : 0.6,
            refs[r].title);
        if (kind(where) == Kind::kCountry) {
          last_office_country_ = where;
          last_office_sentence_ = s;
        }
      }
    }

    // The rules kept as data (extract/rules/de.rules and the user's --rules files).
    apply_rules(s, denied);

    // held_in: an event and "in [place]" with "stattfinden"/"findet … statt" or directly after it.
    int event = -1;
    for (const Ref& o : refs)
      if (kind(o.ent) == Kind::kEvent) event = o.ent;
    if (event >= 0 && !denied) {
      const bool venue_verb = has_word(s, {"stattfindet", "stattfinden", "stattfand", "statt", "tagt", "tagen", "tagte",
                                           "eröffnet", "ausgerichtet"});
      // Places introduced by "in" ("in Oslo", "in der norwegischen Hauptstadt Oslo",
      // "in Bergen und Oslo").
      std::vector<std::size_t> in_places;
      for (std::size_t q = 0; q < refs.size(); ++q) {
        const Ref& o = refs[q];
        if (o.first == sen.first || o.adjective) continue;
        if (kind(o.ent) == Kind::kCountry) {
          // A state as a venue only right after the event: "der EU-Gipfel in Malta".
          for (const Ref& e : refs)
            if (kind(e.ent) == Kind::kEvent && e.last + 1 == o.first && lower_eq(tokens_[e.last].text, {"in"}))
              add(e.ent, kHeld, o.ent, s, "de.venue.event-in-state", 0.75);
          continue;
        }
        if (kind(o.ent) != Kind::kCity) continue;
        std::size_t p = o.first - 1;
        if (tokens_[p].text == "Hauptstadt" && p >= sen.first + 2) {
          p = p - 1;
          while (p > sen.first && (refs_index_is_adjective(s, p) || lower_eq(tokens_[p].text, {"der", "die"}))) --p;
        }
        if (lower_eq(tokens_[p].text, {"in", "In"})) {
          in_places.push_back(q);
        } else if (tokens_[p].text == "und" && !in_places.empty() && refs[in_places.back()].last == p) {
          in_places.push_back(q);
        }
      }
      for (std::size_t q : in_places) {
        const Ref& o = refs[q];
        // The nearest event before the place in the same clause (no comma between), at most
        // ten tokens away: "Der Gipfel der OSZE beriet am Dienstag in Oslo …", but not
        // "das Treffen der OSZE, die in Wien ihren Sitz hat".
        int near = -1;
        for (const Ref& e : refs) {
          if (kind(e.ent) != Kind::kEvent) continue;
          // Before the place (up to ten tokens) or right after it ("in Oslo zum Gipfel").
          std::size_t from = e.last <= o.first ? e.last : o.last, to = e.last <= o.first ? o.first : e.first;
          if (e.last > o.first && e.first < o.last) continue;
          // The distance counts to the preposition ("in der norwegischen Hauptstadt X" is one step).
          std::size_t prep = o.first;
          while (prep > from && !lower_eq(tokens_[prep].text, {"in", "In"})) --prep;
          if ((e.last <= o.first ? prep - from : to - from) > (e.last <= o.first ? 10u : 4u)) continue;
          bool comma = false;
          for (std::size_t t = from; t < to; ++t) comma = comma || tokens_[t].text == ",";
          if (!comma && (near < 0 || e.last <= o.first)) near = e.ent;
        }
        if (near >= 0) {
          add(near, kHeld, o.ent, s, "de.venue.event-in", 0.8);
        } else if (venue_verb) {
          add(event, kHeld, o.ent, s, "de.venue.stattfinden", 0.7);
        }
      }
    }

    // Persons (and "er") that act in the sentence.
    std::vector<int> persons;
    for (const Ref& o : refs)
      if (kind(o.ent) == Kind::kPerson && std::find(persons.begin(), persons.end(), o.ent) == persons.end())
        persons.push_back(o.ent);
    std::size_t er_at = 0;
    bool has_er = false;
    for (std::size_t i = sen.first; i < sen.last; ++i)
      if (tokens_[i].text == "Er" || tokens_[i].text == "er") {
        has_er = true;
        er_at = i;
        break;
      }
    int er = has_er && subject_person_ >= 0 ? subject_person_ : -1;
    // Not the person an event belongs to ("bei der Vereidigung der Präsidentin X"): owners
    // neither take part nor meet.
    std::vector<int> owners;
    for (const Ref& e : refs) {
      if (kind(e.ent) != Kind::kEvent || e.last >= sen.last || !lower_eq(tokens_[e.last].text, {"des", "der"}))
        continue;
      for (const Ref& o : refs)
        if (kind(o.ent) == Kind::kPerson && o.first > e.last && o.first - e.last <= 5) owners.push_back(o.ent);
    }

    // participates_in. (a) Someone is "auf dem / beim / am Rande des / zum" event. (b) A cue of
    // taking part ("nimmt … teil", "wird … erwartet", "reist", "entsendet") with the event of the
    // sentence or, failing that, the one the article is about; those taking part are the persons
    // of the sentence and the states listed after "darunter".
    if (!denied) {
      bool at_event = false;
      for (const Ref& o : refs) {
        if (kind(o.ent) != Kind::kEvent || o.first < 1) continue;
        // Up to three lower-case words between ("zum ersten innerkoreanischen Gipfel").
        std::size_t at = o.first;
        while (at > sen.first + 1 && o.first - at < 3 && tokens_[at - 1].word && !tokens_[at - 1].upper &&
               !lower_eq(tokens_[at - 1].text, {"zum", "beim", "vom", "dem", "des", "am", "im"}))
          --at;
        std::string_view p1 = tokens_[at - 1].text, p2 = at >= 2 ? tokens_[at - 2].text : "";
        if (lower_eq(p1, {"beim", "zum", "vom", "am"}) ||
            (lower_eq(p1, {"dem", "des"}) && lower_eq(p2, {"auf", "an", "Rande", "bei", "während", "nach"}))) {
          at_event = true;
          event = o.ent;
        }
      }
      if (at_event) {
        for (int p : persons) add(p, kTakes, event, s, "de.takes-part.at-event", 0.7);
      }
      std::size_t cue_at = 0;
      const bool attend = has_word(
          s,
          {"teilnehmen", "teilnimmt", "teilnahm", "teilnahmen", "teilzunehmen", "teil", "Teilnahme", "erwartet",
           "reist", "reiste", "reisen", "angereist", "eröffnet", "eröffnete", "eröffneten", "leitete", "leitet"},
          &cue_at, /*exact=*/true);
      const bool send = has_word(s, {"entsenden", "entsendet", "entsandt", "schickt", "schicken"}, nullptr, true);
      int target = event >= 0 ? event : last_event_;
      if ((attend || send) && target >= 0) {
        for (int p : persons)
          if (!contains(owners, p))
            add(p, kTakes, target, s, attend ? "de.takes-part.cue" : "de.takes-part.sent", 0.65);
        // "Malta nahm … teil", "Für Irland nehmen … teil": a state as the subject.
        if (attend && !refs.empty() && kind(refs.front().ent) == Kind::kCountry && !refs.front().adjective &&
            (refs.front().first == sen.first ||
             (refs.front().first == sen.first + 1 && tokens_[sen.first].text == "Für"))) {
          add(refs.front().ent, kTakes, target, s, "de.takes-part.state", 0.6);
        }
        if (er >= 0 && attend && persons.empty()) add(er, kTakes, target, s, "de.takes-part.pronoun", 0.6);
        std::size_t darunter = 0;
        if (attend && has_word(s, {"darunter"}, &darunter)) {
          for (const Ref& o : refs)
            if (o.first > darunter && kind(o.ent) == Kind::kCountry && !o.adjective)
              add(o.ent, kTakes, target, s, "de.takes-part.darunter", 0.65);
        }
      }
    }

    // meets_with: "X trifft (sich mit) Y", "X und Y treffen sich", "mit X, Y und Z zusammentreffen".
    std::size_t cue = 0;
    if (!denied && has_word(s, {"Treffen",  "Begegnung",   "Unterredung",     "treffen",        "trifft",
                                "traf",     "getroffen",   "zusammentreffen", "zusammentrifft", "zusammen",
                                "empfängt", "empfing",     "empfangen",       "Gespräche",      "Gespräch",
                                "sprach",   "telefoniert", "telefonierte",    "beriet",         "berieten"},
                            &cue)) {
      std::size_t mit = 0;
      bool has_mit = false;
      for (std::size_t i = sen.first; i < sen.last; ++i)
        if (tokens_[i].text == "mit") {
          has_mit = true;
          mit = i;
          break;
        }
      std::vector<int> left, right;
      if (er >= 0 && (!has_mit || er_at < mit)) left.push_back(er);
      // States count as partners only as "(Staats- und) Regierungschefs von/aus A, B und C".
      std::size_t heads = SIZE_MAX;
      for (std::size_t i = sen.first; i < sen.last; ++i)
        if (tokens_[i].text == "Regierungschefs" || tokens_[i].text == "Staatschefs" ||
            tokens_[i].text == "Staatsoberhäuptern" || tokens_[i].text == "Regierungschefinnen") {
          heads = i;
          break;
        }
      for (const Ref& o : refs) {
        Kind k = kind(o.ent);
        if (has_mit && o.first > mit) {
          if ((k == Kind::kPerson || (k == Kind::kCountry && !o.adjective && o.first > heads)) &&
              !contains(right, o.ent))
            right.push_back(o.ent);
        } else if (k == Kind::kPerson && !contains(left, o.ent) && !contains(owners, o.ent)) {
          left.push_back(o.ent);
        }
      }
      // "Mit der Präsidentin Maltas sprach Max Muster": the subject follows.
      if (has_mit && left.empty() && right.size() >= 2 && kind(right.back()) == Kind::kPerson) {
        left.push_back(right.back());
        right.pop_back();
      }
      // "Später gab es ein Treffen mit X": the one who meets is the subject of the text before.
      std::string rule = "de.meet.mit";
      if (has_mit && left.empty() && !right.empty() && subject_person_ >= 0 && !contains(right, subject_person_)) {
        left.push_back(subject_person_);
        rule = "de.meet.mit-context";
      }
      if (has_mit) {
        for (int a : left)
          for (int b : right) add(a, kMeets, b, s, rule, rule == "de.meet.mit" ? 0.75 : 0.55);
      } else if (left.size() >= 2) {
        for (std::size_t a = 0; a < left.size(); ++a)
          for (std::size_t b = a + 1; b < left.size(); ++b) add(left[a], kMeets, left[b], s, "de.meet.together", 0.7);
      }
    }

    // member_of: an organisation with membership cues and the states listed with it.
    // "das EU-Land Malta", "die EU-Staaten Irland, Zypern und Malta".
    for (std::size_t q = 0; q < refs.size(); ++q) {
      if (!refs[q].member_next || denied) continue;
      std::size_t expect = refs[q].last;
      for (std::size_t k = q + 1; k < refs.size(); ++k) {
        const Ref& o = refs[k];
        while (expect < o.first && lower_eq(tokens_[expect].text, {",", "und", "sowie", "die", "der"})) ++expect;
        if (o.first != expect || kind(o.ent) != Kind::kCountry || o.adjective) break;
        add(o.ent, kMember, refs[q].ent, s, "de.member.org-state", 0.8);
        expect = o.last;
      }
    }
    int compound_org = -1;
    for (const Ref& o : refs)
      if (o.member_compound) compound_org = o.ent;
    if (!denied && compound_org >= 0) {
      for (const Ref& o : refs)
        if (kind(o.ent) == Kind::kCountry && !o.adjective)
          add(o.ent, kMember, compound_org, s, "de.member.compound", 0.75);
    } else if (!denied && has_word(s, {"Mitglied", "Mitglieder", "Mitgliedern", "Mitgliedstaat", "Mitgliedsstaat",
                                       "erweitert", "beigetreten", "beitreten", "Beitritt", "gehören", "gehört",
                                       "angehören", "gegründeter", "gegründete", "aufgenommen", "Aufnahme"})) {
      std::size_t member_cue = 0;
      has_word(s,
               {"Mitglied", "Mitglieder", "Mitgliedern", "Mitgliedstaat", "Mitgliedsstaat", "erweitert", "beigetreten",
                "beitreten", "Beitritt", "gehören", "gehört", "angehören", "gegründeter", "gegründete", "aufgenommen",
                "Aufnahme"},
               &member_cue);
      // The organisation nearest before the cue ("dem Bündnis X … angehören"), else after it.
      int org = -1;
      std::size_t best = SIZE_MAX;
      for (const Ref& o : refs) {
        if (kind(o.ent) != Kind::kOrg) continue;
        std::size_t d = o.first <= member_cue ? member_cue - o.first : 1000 + o.first - member_cue;
        if (d < best) {
          best = d;
          org = o.ent;
        }
      }
      if (org >= 0)
        for (const Ref& o : refs)
          if (kind(o.ent) == Kind::kCountry && !o.adjective) add(o.ent, kMember, org, s, "de.member.cue", 0.7);
    }

    // The subject for a later "er": the first person of the sentence that is not after "mit"
    // or a preposition's object; a sentence whose subject is "er" keeps the one it refers to.
    if (er < 0 || er_at > sen.first + 2) {
      for (const Ref& o : refs) {
        if (kind(o.ent) != Kind::kPerson || contains(owners, o.ent)) continue;
        bool object = false;
        for (std::size_t t = sen.first; t < o.first; ++t)
          object = object || lower_eq(tokens_[t].text, {"mit", "von", "für", "gegen"});
        if (object) continue;
        subject_person_ = o.ent;
        break;
      }
    }
  }

  static bool contains(const std::vector<int>& v, int x) { return std::find(v.begin(), v.end(), x) != v.end(); }

  // --- output -------------------------------------------------------------------------------

  Document build() {
    Document doc;
    std::vector<int> used(ents_.size(), 0);
    for (const Rel& r : rels_) used[static_cast<std::size_t>(r.s)] = used[static_cast<std::size_t>(r.o)] = 1;
    std::vector<std::string> local(ents_.size());
    for (std::size_t i = 0; i < ents_.size(); ++i) {
      const Ent& e = ents_[i];
      if (e.mentions.empty()) continue;
      Entity out;
      out.id = "e" + std::to_string(doc.entities.size() + 1);
      out.name = e.name;
      out.type = e.kind == Kind::kPerson  ? EntityType::kPerson
                 : e.kind == Kind::kOrg   ? EntityType::kOrganization
                 : e.kind == Kind::kEvent ? EntityType::kEvent
                                          : EntityType::kLocation;
      for (const std::string& f : e.forms)
        if (f != e.name) out.aliases.push_back(f);
      out.mentions = e.mentions;
      out.attributes = nlohmann::json::object();
      if (e.kind == Kind::kEvent) {
        // What resolution needs to name the event and to tell it from others (core/identity.h).
        if (!e.base_name.empty()) out.name = e.base_name;
        if (!e.event_kind.empty()) out.attributes["kind"] = e.event_kind;
        if (e.organiser >= 0) out.attributes["organiser"] = ents_[static_cast<std::size_t>(e.organiser)].name;
        if (e.organiser < 0 && !e.topic.empty()) out.attributes["organiser"] = e.topic;
        if (e.place >= 0) out.attributes["place"] = ents_[static_cast<std::size_t>(e.place)].name;
        // The first date a sentence that mentions the event gives ("vom 3. bis 5. Juli 2024").
        for (const Mention& m : e.mentions) {
          auto sen = std::upper_bound(sentences_.begin(), sentences_.end(), m.span.start,
                                      [](std::uint64_t at, const Sentence& x) { return at < x.start; });
          if (sen == sentences_.begin()) continue;
          --sen;
          if (auto when = sentence_date(tokens_, sen->first, sen->last, date_)) {
            out.attributes["date"] = *when;
            break;
          }
        }
      }
      local[i] = out.id;
      doc.entities.push_back(std::move(out));
    }
    for (const Rel& r : rels_) {
      Relation out;
      out.subject = local[static_cast<std::size_t>(r.s)];
      out.object = local[static_cast<std::size_t>(r.o)];
      if (out.subject.empty() || out.object.empty()) continue;
      out.predicate = r.p;
      out.attributes = r.role.empty() ? nlohmann::json::object() : nlohmann::json{{"role", r.role}};
      out.confidence = r.confidence;
      const Sentence& sen = sentences_[r.sentence];
      out.evidence.span = Span{sen.start, sen.end};
      out.evidence.text = std::string(text_.substr(sen.start, sen.end - sen.start));
      out.rule = r.rule;
      doc.relations.push_back(std::move(out));
    }
    return doc;
  }

  const Lexicon& lex_;
  const std::vector<Rule>& rules_;
  std::string_view text_;
  std::string_view date_;  // the document's, possibly empty
  std::vector<Token> tokens_;
  std::vector<Sentence> sentences_;
  std::vector<std::vector<Ref>> refs_;
  std::vector<Ent> ents_;
  std::map<std::string, int> by_key_;
  std::vector<Rel> rels_;
  int last_event_ = -1;
  bool last_meeting_ = true;            // the last event is a meeting (bound events and summits are)
  std::map<std::string, int> holders_;  // country code ‖ office → the person introduced with it
  int subject_person_ = -1;
  int last_office_country_ = -1;
  std::size_t last_office_sentence_ = 0;
};

}  // namespace

namespace {

TokenizedText tokenized_view(std::string_view text, const std::vector<Token>& tokens,
                             const std::vector<Sentence>& sentences) {
  TokenizedText view;
  view.text = text;
  view.tokens.reserve(tokens.size());
  for (const Token& t : tokens) view.tokens.push_back(t.text);
  view.sentences.reserve(sentences.size());
  for (const Sentence& s : sentences) view.sentences.emplace_back(s.first, s.last);
  return view;
}

}  // namespace

TokenizedText tokenize_text(std::string_view normalized_text) {
  const std::vector<Token> tokens = tokenize(normalized_text);
  return tokenized_view(normalized_text, tokens, split_sentences(normalized_text, tokens));
}

Result<Document> Extractor::extract(const Input& input) const {
  if (auto bad = find_invalid_utf8(input.text)) {
    return Status::InvalidInput("invalid UTF-8 at byte " + std::to_string(*bad));
  }
  std::string text = normalize_text(input.text);
  Document doc;
  doc.source = input.source;
  doc.lang = input.lang;
  doc.date = input.date;
  // The date: the input's, else a first line "date 2024-07" (whose words are no part of the
  // article) or a dateline; never a date inside a sentence (dates.h).
  std::size_t skip = 0;
  std::optional<std::string> written = document_date(text, &skip);
  if (doc.date.empty() && written) doc.date = *written;
  std::vector<Token> tokens = tokenize(text);
  std::erase_if(tokens, [&](const Token& t) { return t.start < skip; });
  for (const std::pair<std::size_t, std::size_t>& tag : dateline_tags(text)) {
    std::erase_if(tokens, [&](const Token& t) { return t.start >= tag.first && t.end <= tag.second; });
  }
  std::vector<Sentence> sentences = split_sentences(text, tokens);
  std::vector<ProposedMention> proposals;
  if (!impl_->sources.empty()) {
    const TokenizedText view = tokenized_view(text, tokens, sentences);
    for (const auto& source : impl_->sources) {
      std::vector<ProposedMention> more = source->propose(view);
      proposals.insert(proposals.end(), more.begin(), more.end());
    }
  }
  DocumentBuilder builder(impl_->lexicon, impl_->rules, text, doc.date);
  Document found = builder.run(std::move(tokens), std::move(sentences), std::move(proposals));
  doc.entities = std::move(found.entities);
  doc.relations = std::move(found.relations);
  resolve_document(doc, impl_->lexicon);
  doc.id = content_id(text);
  return doc;
}

}  // namespace kg::extract
