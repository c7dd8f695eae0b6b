// The German extractor: tokens, sentences, lexicons, each family of rules, negation,
// resolution, bad input, and our example articles with their expected facts (tests/extract/).
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "../extract/src/lexicon.h"
#include "../extract/src/pack.h"
#include "../extract/src/rules.h"
#include "../extract/src/text.h"
#include "extract_helpers.h"
#include "kg/extract/extract.h"
#include "test_helpers.h"

using namespace kg;
using namespace kg::extract;
using namespace kg::test;

namespace {

std::vector<Token> tokenize(std::string_view text) { return kg::extract::tokenize(text, german()["abbreviation"]); }

std::vector<Sentence> split_sentences(std::string_view text, const std::vector<Token>& tokens) {
  return kg::extract::split_sentences(text, tokens, german());
}

std::vector<std::string> words(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& t : tokenize(text)) out.emplace_back(t.text);
  return out;
}

// A stand-in for a statistical tagger: proposes every occurrence of the words it is given (or, as
// a tagger that misses some, only the first).
class ProposeWords final : public MentionSource {
 public:
  ProposeWords(std::vector<std::pair<std::string, EntityType>> words, bool first_only)
      : words_(std::move(words)), first_only_(first_only) {}
  std::vector<ProposedMention> propose(const TokenizedText& tokenized) const override {
    const std::string_view text = tokenized.text;
    std::vector<ProposedMention> out;
    for (const auto& [word, type] : words_)
      for (std::size_t at = text.find(word); at != std::string_view::npos;
           at = first_only_ ? std::string_view::npos : text.find(word, at + 1))
        out.push_back({at, at + word.size(), type});
    return out;
  }

 private:
  std::vector<std::pair<std::string, EntityType>> words_;
  bool first_only_;
};

// The built-in extractor with a mention source proposing these words (only their first occurrence
// with `first_only`).
std::unique_ptr<Extractor> extractor_proposing(std::vector<std::pair<std::string, EntityType>> words,
                                               bool first_only = false) {
  auto x = Extractor::create();
  REQUIRE_OK(x);
  (*x)->add_source(std::make_unique<ProposeWords>(std::move(words), first_only));
  return std::move(x).value();
}

// Each entity's type by its name.
std::map<std::string, EntityType> types_by_name(const Document& doc) {
  std::map<std::string, EntityType> out;
  for (const Entity& e : doc.entities) out[e.name] = e.type;
  return out;
}

// "Name TYPE" for every entity of the document: two entities of one name and other types both stand.
std::set<std::string> typed_names(const Document& doc) {
  std::set<std::string> out;
  for (const Entity& e : doc.entities) out.insert(e.name + " " + std::string(info(e.type).code));
  return out;
}

}  // namespace

TEST_CASE("The tokeniser keeps compounds, abbreviations and byte offsets", "[extract][text]") {
  std::string text = "Das SOZ-Gipfeltreffen, z. B. mit Dr. Ölmann und Staats- und Regierungschefs.";
  auto tokens = tokenize(text);
  CHECK(words(text) == std::vector<std::string>{"Das", "SOZ-Gipfeltreffen", ",", "z.", "B.", "mit", "Dr.", "Ölmann",
                                                "und", "Staats-", "und", "Regierungschefs", "."});
  for (const Token& t : tokens) CHECK(text.substr(t.start, t.end - t.start) == t.text);
  // A compound broken by a space after its hyphen is one word; a hyphen that stands for a word is not.
  CHECK(words("Jean- Paul und Nord- und Südstaaten") ==
        std::vector<std::string>{"Jean- Paul", "und", "Nord-", "und", "Südstaaten"});
  CHECK(kg::extract::join_broken_compounds("Jean- Paul al- Test") == "Jean-Paul al-Test");
  CHECK(tokens[7].upper);  // Ölmann: upper case beyond ASCII
  CHECK(!tokens[2].word);
  // An initial between capitalised words keeps its period; a capital letter ending a sentence after a
  // lower-case word does not.
  CHECK(words("Peter W. Muster traf Eva") == std::vector<std::string>{"Peter", "W.", "Muster", "traf", "Eva"});
  CHECK(words("in group C. Then") == std::vector<std::string>{"in", "group", "C", ".", "Then"});
  // A decimal or thousands mark between digits stays in the number; one before a space does not.
  CHECK(words("mit 96,6 Prozent, 1.000 Gäste, 3, 4. Mai") ==
        std::vector<std::string>{"mit", "96,6", "Prozent", ",", "1.000", "Gäste", ",", "3", ",", "4", ".", "Mai"});
}

TEST_CASE("A name with a middle initial is one person", "[extract][entities]") {
  CHECK(facts("US-Präsident Peter W. Muster lobte den Gipfel.").count("Peter W. Muster holds_office USA"));
  CHECK(facts("President Anna K. Probe of Peru met Paul Roe in Lima.", extractor(), "en")
            .count("Anna K. Probe meets_with Paul Roe"));
}

TEST_CASE("Sentences end at marks before capitals and at line breaks, not after ordinals or abbreviations",
          "[extract][text]") {
  std::string text =
      "Der Gipfel dauert vom 5. bis 6. Mai. Dr. Berg kommt u. a. mit Gästen.\nNeue Zeile ohne Punkt\nUnd noch eine.";
  auto tokens = tokenize(text);
  auto sentences = split_sentences(text, tokens);
  REQUIRE(sentences.size() == 4);
  CHECK(text.substr(sentences[0].start, sentences[0].end - sentences[0].start) ==
        "Der Gipfel dauert vom 5. bis 6. Mai.");
  CHECK(text.substr(sentences[1].start, sentences[1].end - sentences[1].start) == "Dr. Berg kommt u. a. mit Gästen.");
  CHECK(text.substr(sentences[2].start, sentences[2].end - sentences[2].start) == "Neue Zeile ohne Punkt");
  // An ordinal after a possessive, an indefinite article or "als" ends no sentence.
  const std::string ordinals = "Peru kam als 32. Mitglied hinzu. Es war ihr 30. Gipfel und ein 2. Treffen folgt.";
  CHECK(split_sentences(ordinals, tokenize(ordinals)).size() == 2);
}

TEST_CASE("A comma after a regnal number's period continues the sentence", "[extract][text]") {
  // "König Karl III., Präsident X": the period ends the numeral, the comma goes on with the list.
  std::string text = "Es kamen König Karl III., Präsidentin Anna Probe und Max Muster. Dann ging es los.";
  auto tokens = tokenize(text);
  auto sentences = split_sentences(text, tokens);
  REQUIRE(sentences.size() == 2);
  CHECK(text.substr(sentences[0].start, sentences[0].end - sentences[0].start) ==
        "Es kamen König Karl III., Präsidentin Anna Probe und Max Muster.");
}

TEST_CASE("A list of bulleted lines after a colon is one sentence with its introduction", "[extract][text]") {
  std::string text =
      "Zum Gipfel kamen:\n- Anna Probe, Ministerin\n- Max Muster, Minister.\nDanach begann er.\n- Kein Punkt";
  auto tokens = tokenize(text);
  auto sentences = split_sentences(text, tokens);
  std::string all;
  for (const Sentence& x : sentences) all += text.substr(x.start, x.end - x.start) + "|";
  INFO(all);
  REQUIRE(sentences.size() == 3);
  CHECK(text.substr(sentences[0].start, sentences[0].end - sentences[0].start) ==
        "Zum Gipfel kamen:\n- Anna Probe, Ministerin\n- Max Muster, Minister.");
  // A bullet without an introduction ending in ":" or ";" starts a sentence of its own.
  CHECK(text.substr(sentences[2].start, sentences[2].end - sentences[2].start) == "- Kein Punkt");
}

TEST_CASE("Lexicons match inflected forms and report syntax errors with file and line", "[extract][lexicon]") {
  const Lexicon& lex = builtin_german_pack().lexicon;
  auto one = [&](const char* text) {
    auto tokens = tokenize(text);
    auto m = lex.match(tokens, 0);
    REQUIRE(m.has_value());
    return lex.entry(m->entry);
  };
  CHECK(one("Kasachstans Hauptstadt").canonical == "Kasachstan");  // genitive generated
  CHECK(one("Vereinigten Staaten").code == "US");
  CHECK(one("russischen Präsidenten").code == "RU");   // adjective endings generated
  CHECK(one("Vereinten Nationen").canonical == "UN");  // an organisation known by its acronym
  CHECK(one("Ägypten").code == "EG");                  // from iso-codes, German name
  Lexicon bad;
  Status st = bad.add("mine.tsv", "# comment\ncountry\tAtlantis\t\tcode=AT\nplanet\tMars\t\t\n", german());
  CHECK(st.code() == StatusCode::kInvalidInput);
  CHECK(st.message() ==
        "mine.tsv:3: unknown class 'planet' (country, city, region, org, adj, title, event, noun, given)");
  CHECK(bad.add("x.tsv", "city\tNirgendwo\t\t\n", german()).message() ==
        "x.tsv:1: city needs a country code (code= or country=)");
}

TEST_CASE("Offices: adjective, genitive, compound and apposition forms", "[extract][rules]") {
  auto f = facts(
      "Der norwegische Premierminister Lars Fjell traf Maltas Präsidentin Rita Borg. "
      "Auch EU-Kommissarin Ada Wren kam. Der Generalsekretär der NATO, Tom Hale, sprach zuerst.");
  CHECK(f.count("Lars Fjell holds_office Norwegen"));
  CHECK(f.count("Rita Borg holds_office Malta"));
  CHECK(f.count("Tom Hale holds_office NATO"));
  CHECK(f.count("Lars Fjell meets_with Rita Borg"));
}

TEST_CASE("Places, venues, participation and membership rules", "[extract][rules]") {
  auto f = facts(
      "Das Gipfeltreffen der OSZE findet in Wien statt, der Hauptstadt Österreichs. "
      "Der polnische Präsident Jan Kowal nimmt am Gipfeltreffen teil. "
      "Die NATO hat sich um Finnland und Schweden erweitert.");
  CHECK(f.count("Wien located_in Österreich"));
  // The event is named by the article's words and its place (no date is known).
  CHECK(f.count("Gipfeltreffen der OSZE @ Wien held_in Wien"));
  CHECK(f.count("Jan Kowal participates_in Gipfeltreffen der OSZE @ Wien"));
  CHECK(f.count("Finnland member_of NATO"));
  CHECK(f.count("Schweden member_of NATO"));
}

TEST_CASE("A meeting with a list gives one relation per conjunct", "[extract][rules]") {
  auto f = facts(
      "Der chilenische Präsident Pablo Ruiz reist nach Lima. "
      "Dort will er mit dem peruanischen Präsidenten Luis Vega, Ana Soto sowie Regierungschefs aus Bolivien und "
      "Ecuador zusammentreffen.");
  CHECK(f.count("Pablo Ruiz meets_with Luis Vega"));
  CHECK(f.count("Pablo Ruiz meets_with Ana Soto") + f.count("Ana Soto meets_with Pablo Ruiz"));
  CHECK(f.count("Pablo Ruiz meets_with Bolivien") + f.count("Bolivien meets_with Pablo Ruiz"));
  CHECK(f.count("Ecuador meets_with Pablo Ruiz") + f.count("Pablo Ruiz meets_with Ecuador"));
}

TEST_CASE("Negation and denial block relations", "[extract][rules]") {
  auto f = facts(
      "Das Gipfeltreffen der ASEAN beginnt in Jakarta. "
      "Der thailändische Premierminister Somchai Dee wird nicht am Gipfeltreffen teilnehmen. "
      "Die Kanzlerin Eva Brandt hat das Treffen mit dem Präsidenten Tom Ray abgesagt.");
  CHECK(!f.count("Somchai Dee participates_in ASEAN-Gipfeltreffen"));
  CHECK(f.count("Somchai Dee holds_office Thailand") == 1);  // the office is not what is denied
  CHECK(!f.count("Eva Brandt meets_with Tom Ray"));
}

TEST_CASE("Resolution joins short names, office references, inflections and adjectives", "[extract][resolution]") {
  auto doc =
      extractor().extract(Input{"Der kenianische Präsident Samuel Otieno besucht Kenias Nachbarn. "
                                "Otieno sprach mit Journalisten. Der kenianische Präsident lächelte.",
                                "t", "", "de"});
  REQUIRE_OK(doc);
  int people = 0, kenya = 0;
  for (const Entity& e : doc->entities) {
    if (e.name == "Samuel Otieno") {
      ++people;
      CHECK(e.mentions.size() == 3);  // full name, surname, "Präsident" after the adjective
      CHECK(std::find(e.aliases.begin(), e.aliases.end(), "Otieno") != e.aliases.end());
    }
    if (e.name == "Kenia") {
      ++kenya;
      // The adjective resolved the office to Kenya, but it is no name of Kenya.
      CHECK(std::find(e.aliases.begin(), e.aliases.end(), "kenianische") == e.aliases.end());
      CHECK(std::find(e.aliases.begin(), e.aliases.end(), "Kenias") != e.aliases.end());
    }
  }
  CHECK(people == 1);
  CHECK(kenya == 1);
}

TEST_CASE("Bad input: invalid UTF-8 names its byte, binary and huge lines do not crash", "[extract][input]") {
  auto bad = extractor().extract(Input{"Gut\xC3(", "t", "", "de"});
  CHECK(bad.status().code() == StatusCode::kInvalidInput);
  CHECK(bad.status().message() == "invalid UTF-8 at byte 3");
  std::string binary(4096, '\0');
  for (std::size_t i = 0; i < binary.size(); ++i) binary[i] = static_cast<char>(i % 128);
  REQUIRE_OK(extractor().extract(Input{binary, "t", "", "de"}));
  std::string long_line;
  for (int i = 0; i < 200000; ++i) long_line += "Wort ";
  REQUIRE_OK(extractor().extract(Input{long_line, "t", "", "de"}));
  auto empty = extractor().extract(Input{"", "t", "", "de"});
  REQUIRE_OK(empty);
  CHECK(empty->entities.empty());
}

TEST_CASE("A first line with a date gives the document's date and id", "[extract][input]") {
  auto doc = extractor().extract(Input{"date 2024-05\nDer Gipfel in Rom.", "t", "", "de"});
  REQUIRE_OK(doc);
  CHECK(doc->date == "2024-05");
  CHECK(doc->id == content_id("date 2024-05\nDer Gipfel in Rom."));
  CHECK(doc->id.size() == 7 + 64);
}

TEST_CASE("Our example articles give their expected facts", "[extract][examples]") {
  namespace fs = std::filesystem;
  int files = 0;
  for (const auto& entry : fs::directory_iterator(test::source_dir() + "/tests/extract")) {
    if (entry.path().extension() != ".facts") continue;
    ++files;
    std::string stem = entry.path().stem().string();
    INFO(stem);
    // The article is examples/articles/STEM.LANG.txt.
    std::string lang;
    for (const char* l : {"de", "en"})
      if (fs::exists(test::source_dir() + "/examples/articles/" + stem + "." + l + ".txt")) lang = l;
    REQUIRE(!lang.empty());
    std::set<std::string> found = facts(
        test::read_file(test::source_dir() + "/examples/articles/" + stem + "." + lang + ".txt"), extractor(), lang);
    std::istringstream lines(test::read_file(entry.path().string()));
    for (std::string line; std::getline(lines, line);) {
      if (line.empty() || line[0] == '#') continue;
      bool denied = line[0] == '!';
      if (denied) line.erase(0, 1);
      std::replace(line.begin(), line.end(), '\t', ' ');
      INFO(line);
      CHECK(found.count(line) == (denied ? 0u : 1u));
    }
  }
  CHECK(files >= 6);
}

TEST_CASE("Rule files compile and report errors with file and line", "[extract][rules-language]") {
  WordClasses classes;
  auto ok =
      parse_rules("r.rules",
                  "# comment\n"
                  "x.one: <PER:p> \",\" der|die? <ADJ:c> @title:t ,|. => holds_office(p, c) role t confidence 0.7\n"
                  "x.two: <EVENT:e> ... in <LOC:l> => held_in(e, l)\n",
                  classes);
  REQUIRE_OK(ok);
  REQUIRE(ok->size() == 2);
  CHECK((*ok)[0].name == "x.one");
  CHECK((*ok)[0].pattern.size() == 6);
  CHECK((*ok)[0].pattern[2].optional);
  CHECK((*ok)[0].role_slot == "t");
  CHECK((*ok)[0].confidence == 0.7);
  CHECK((*ok)[1].pattern[1].kind == PatternElement::kGap);
  // The quotation mark as a literal: "\"".
  auto quoted = parse_rules("q.rules", "q: <BUILDING:b> \"\\\"\"? in <CITY:c> => located_in(b, c)\n", classes);
  REQUIRE_OK(quoted);
  REQUIRE((*quoted)[0].pattern.size() == 4);
  CHECK((*quoted)[0].pattern[1].words == std::vector<std::string>{"\""});
  CHECK((*quoted)[0].pattern[1].optional);
  auto error = [&](const char* text) { return parse_rules("bad.rules", text, classes).status().message(); };
  CHECK(error("\n\nr: <PER:p> trifft <PER:q> => greets(p, q)\n") ==
        "bad.rules:3: unknown predicate 'greets' (" + std::string(predicate_list()) + ")");
  CHECK(error("r: <HUMAN:p> x <PER:q> => meets_with(p, q)") ==
        "bad.rules:1: unknown slot type 'HUMAN' (PER, ORG, LOC, CITY, COUNTRY, REGION, BUILDING, EVENT, ADJ)");
  CHECK(error("r: <PER:p> trifft <PER:q> => meets_with(p, z)") == "bad.rules:1: 'z' is not a slot of the pattern");
  CHECK(error("r: <PER:p> trifft <PER:q>") == "bad.rules:1: expected NAME: PATTERN => PREDICATE(SUBJECT, OBJECT)");
  CHECK(error("r: ... <PER:p> => meets_with(p, p)") == "bad.rules:1: a pattern cannot start or end with ...");
  CHECK(error("r: <PER:p> x <PER:q> => meets_with(p, q) confidence 7") ==
        "bad.rules:1: confidence must be a number in (0, 1]");
  // Slot types the predicate does not take: the rule would make relations no store accepts.
  CHECK(error("r: <PER:p> trat <COUNTRY:c> bei => member_of(p, c)") ==
        "bad.rules:1: slot 'c' holds LOC, which member_of does not take as its object");
  CHECK(error("r: <EVENT:c> empfing <PER:p> => meets_with(c, p)") ==
        "bad.rules:1: slot 'c' holds EVENT, which meets_with does not take as its subject");
  CHECK(parse_rules("ok.rules", "r: <ADJ:c> Regierungschefin <PER:p> => holds_office(p, c)", classes).ok());
  // A class entry of spaces only is no word (found by fuzz_rules: it had read the first of no words).
  REQUIRE_OK(parse_rules("space.rules", "@spaces = \" \" treffen \"  \"\n", classes));
  CHECK(classes["spaces"].entries() == std::vector<std::string>{"treffen"});
}

TEST_CASE("Rules with many gaps match in time linear in the sentence", "[extract][rules-language]") {
  // Twelve gaps over a sentence of filler words: backtracking alone tries about 7^12 paths.
  test::TempDir dir;
  test::write_file(
      dir.str("gaps.rules"),
      "g.many: <PER:p> ... ... ... ... ... ... ... ... ... ... ... ... endlich <COUNTRY:c> => holds_office(p, c)\n");
  auto x = Extractor::create(with_rules(dir.str("gaps.rules")));
  REQUIRE_OK(x);
  std::string filler;
  for (int i = 0; i < 60; ++i) filler += " und";
  auto none = (*x)->extract(Input{"Anna Probe" + filler + " Schweden.", "t", "", "de"});
  REQUIRE_OK(none);
  CHECK(none->relations.empty());
  // And the same rule still finds what it describes.
  auto some = (*x)->extract(Input{"Anna Probe kam und sah und endlich Schweden.", "t", "", "de"});
  REQUIRE_OK(some);
  CHECK(has_rule(*some, "g.many"));
}

TEST_CASE("A rule's gap passes over an apposition after a name, in either pack", "[extract][rules-language]") {
  test::TempDir dir;
  test::write_file(dir.str("greet.rules"), "t.greet: <PER:a> ... lobte|praised <PER:b> => meets_with(a, b)\n");
  // Whether the rule pairs Anna Probe with Paul Roe.
  auto pairs = [&](const std::string& text, const std::string& lang) {
    extract::Options o = with_rules(dir.str("greet.rules"));
    o.lang = lang;
    auto x = Extractor::create(o);
    REQUIRE_OK(x);
    auto d = (*x)->extract(Input{text, "t", "", lang});
    REQUIRE_OK(d);
    auto named = [&](const std::string& id) {
      for (const Entity& e : d->entities)
        if (e.id == id) return e.name;
      return std::string();
    };
    return std::any_of(d->relations.begin(), d->relations.end(), [&](const Relation& r) {
      return r.rule == "t.greet" && named(r.subject) == "Anna Probe" && named(r.object) == "Paul Roe";
    });
  };
  CHECK(pairs("Anna Probe, die Ministerin aus Malta, lobte Paul Roe.", "de"));
  CHECK(pairs("Anna Probe, who chairs the bloc, praised Paul Roe.", "en"));
  // Not a comma that opens no apposition: in "A, B lobte C" B praises.
  CHECK_FALSE(pairs("Anna Probe, Max Muster lobte Paul Roe.", "de"));
}

TEST_CASE("A text without full stops is cut into bounded sentences and keeps its facts", "[extract][text]") {
  std::string text;
  for (int i = 0; i < 400; ++i) text += (i ? ", und " : "") + std::string("Lena Beispiel traf Otto Muster in Oslo");
  text += ".";
  auto tokens = tokenize(text);
  auto sentences = split_sentences(text, tokens);
  REQUIRE(sentences.size() > 1);
  for (const Sentence& s : sentences) {
    CHECK(s.last - s.first <= kMaxSentenceTokens);
    // Cut after a comma, never inside a clause.
    if (s.last < tokens.size()) CHECK(tokens[s.last - 1].text == ",");
  }
  CHECK(facts(text).count("Lena Beispiel meets_with Otto Muster") == 1);
}

TEST_CASE("A user's rule file adds relations beside the built-in rules", "[extract][rules-language]") {
  test::TempDir dir;
  test::write_file(dir.str("mine.rules"),
                   "my.host: <PER:p> bewirtet ... zum <EVENT:e> => participates_in(p, e) confidence 0.7\n");
  auto x = Extractor::create(with_rules(dir.str("mine.rules")));
  REQUIRE_OK(x);
  const std::string text = "Der italienische Premierminister Luca Bianchi bewirtet die Gäste zum Gipfel in Rom.";
  auto with = (*x)->extract(Input{text, "t", "", "de"});
  auto without = extractor().extract(Input{text, "t", "", "de"});
  REQUIRE_OK(with);
  REQUIRE_OK(without);
  CHECK(has_rule(*with, "my.host"));
  CHECK(!has_rule(*without, "my.host"));
  CHECK(has_rule(*with, "de.office.adjective"));  // built-in rules still apply
  test::write_file(dir.str("broken.rules"), "ok: <PER:p> x <PER:q> => meets_with(p, q)\nbroken line\n");
  CHECK(Extractor::create(with_rules(dir.str("broken.rules"))).status().message() ==
        dir.str("broken.rules") + ":2: expected NAME: PATTERN => PREDICATE(SUBJECT, OBJECT)");
  CHECK(Extractor::create(with_rules(dir.str("none.rules"))).status().code() == StatusCode::kNotFound);
}

TEST_CASE("Capitals and appositive offices come from the built-in rule file", "[extract][rules-language]") {
  auto f = facts(
      "Lima, die Hauptstadt Perus, empfängt Gäste. Sofia ist die bulgarische Hauptstadt. "
      "Minister Jan Berg kam spät. Berg, der schwedische Außenminister, reiste ab. "
      "Botschafterin Eva Nord sprach. Eva Nord wird Generalsekretärin der OSZE.");
  CHECK(f.count("Lima located_in Peru"));
  CHECK(f.count("Sofia located_in Bulgarien"));
  CHECK(f.count("Jan Berg holds_office Schweden"));
  CHECK(f.count("Eva Nord holds_office OSZE"));
}

TEST_CASE("A dateline gives the date and a long form with its acronym names an organisation", "[extract][input]") {
  auto doc =
      extractor().extract(Input{"Minsk, 9. Juli 2025. Die Gemeinschaft Unabhängiger Staaten (GUS) tagt in Minsk. "
                                "Die GUS hat sich um Georgien erweitert.",
                                "t", "", "de"});
  REQUIRE_OK(doc);
  CHECK(doc->date == "2025-07-09");
  CHECK(extractor().extract(Input{"Kasan, Oktober 2024. Text.", "t", "", "de"})->date == "2024-10");
  bool found = false;
  for (const Entity& e : doc->entities) {
    if (e.name != "Gemeinschaft Unabhängiger Staaten") continue;
    found = true;
    CHECK(e.type == EntityType::kOrganization);
    CHECK(e.mentions.size() == 3);  // long form, acronym in parentheses, the later acronym
  }
  CHECK(found);
  CHECK(facts("Die Gemeinschaft Unabhängiger Staaten (GUS) tagt. Die GUS hat sich um Georgien erweitert.")
            .count("Georgien member_of Gemeinschaft Unabhängiger Staaten"));
  // An organisation nobody lists: its long form before the acronym names it.
  CHECK(facts("Die Vereinigung Nordischer Fischereiverbände (VNF) tagt. Die VNF hat sich um Island erweitert.")
            .count("Island member_of Vereinigung Nordischer Fischereiverbände"));
  // … also by an acronym of its name in another language, which orders the initials otherwise.
  CHECK(facts("Die Vereinigung Nordischer Fischereiverbände (NVF) tagt. Die NVF hat sich um Island erweitert.")
            .count("Island member_of Vereinigung Nordischer Fischereiverbände"));
  CHECK(facts("Die Internationale Organisation der Frankophonie (OIF) tagt. Die OIF hat sich um Island erweitert.")
            .count("Island member_of Internationale Organisation der Frankophonie"));
}

TEST_CASE("Another mention source adds names the lexicons do not know, without overriding them", "[extract][sources]") {
  auto x = extractor_proposing({{"Zorblax Quintus", EntityType::kPerson}, {"Russland", EntityType::kPerson}});
  auto doc =
      x->extract(Input{"Zorblax Quintus trifft sich mit dem russischen Präsidenten Ivan Petrow. "
                       "Russland begrüßt das.",
                       "t", "", "de"});
  REQUIRE_OK(doc);
  auto types = types_by_name(*doc);
  CHECK(types.count("Zorblax Quintus"));
  CHECK(types["Russland"] == EntityType::kLocation);  // the lexicon keeps precedence
  bool met = false;
  for (const Relation& r : doc->relations) met = met || predicate_info(r.predicate).name == "meets_with";
  CHECK(met);  // proposed mentions take part in the relation rules
}

TEST_CASE("A king's name the tagger ends with its ordinal's period shares its state with the queen after it",
          "[extract][sources]") {
  auto x = extractor_proposing({{"Paul Roe VI.", EntityType::kPerson}});
  const std::string text =
      "Der Staatsbesuch in Deutschland begann. Der spanische König Paul Roe VI. und Königin "
      "Anna Probe trafen in Berlin ein. Deutschland, Deutschland und Deutschland freuen sich.";
  auto f = facts(text, *x);
  CHECK(f.count("Paul Roe VI. holds_office Spanien"));
  CHECK(f.count("Anna Probe holds_office Spanien"));
  CHECK_FALSE(f.count("Anna Probe holds_office Deutschland"));
}

TEST_CASE("A place the tagger proposes under a person's whole name the article gave is that person",
          "[extract][sources]") {
  auto x = extractor_proposing({{"Santiago Roe", EntityType::kLocation}});
  auto doc = x->extract(Input{"Der Präsident Santiago Roe kam an. Santiago Roe sagte, er sei froh.", "t", "", "de"});
  REQUIRE_OK(doc);
  auto types = types_by_name(*doc);
  CHECK(types["Santiago Roe"] == EntityType::kPerson);
  CHECK(doc->entities.size() == 1);
}

TEST_CASE("An abbreviation the tagger proposes alone names nothing", "[extract][sources]") {
  auto x = extractor_proposing({{"Del.", EntityType::kLocation}, {"Gen.", EntityType::kPerson}});
  auto doc = x->extract(Input{"Report\n\nFAIRVIEW, Del. — The leaders met Gen. Roe on Friday.", "t", "", "en"});
  REQUIRE_OK(doc);
  auto types = types_by_name(*doc);
  CHECK(types.count("Fairview"));
  CHECK_FALSE(types.count("Del."));
  CHECK_FALSE(types.count("Gen."));
}

TEST_CASE("A place the tagger proposes by the first word of a city of the document is that city",
          "[extract][sources]") {
  auto x = extractor_proposing({{"Buenos", EntityType::kLocation}});
  auto doc = x->extract(Input{"Gipfel in Buenos\n\nDer Gipfel begann am Montag in Buenos Aires.", "t", "", "de"});
  REQUIRE_OK(doc);
  auto types = types_by_name(*doc);
  CHECK(types.count("Buenos Aires"));
  CHECK_FALSE(types.count("Buenos"));
}

TEST_CASE("A compound of an office the tagger proposes with a person's name is the office, not a name",
          "[extract][sources]") {
  auto x = extractor_proposing({{"Europastaatssekretärin Anna Probe", EntityType::kPerson},
                                {"Kardinalbotschafter Paul Roe", EntityType::kPerson}});
  auto doc = x->extract(
      Input{"Danach sprach Max Muster mit Europastaatssekretärin Anna Probe und Kardinalbotschafter Paul Roe.", "t", "",
            "de"});
  REQUIRE_OK(doc);
  auto types = types_by_name(*doc);
  CHECK(types.count("Anna Probe"));
  CHECK(types.count("Paul Roe"));
  CHECK_FALSE(types.count("Europastaatssekretärin Anna Probe"));
}

TEST_CASE("An organisation the tagger proposes after 'im' that starts with a building's noun is a building",
          "[extract][sources]") {
  auto x = extractor_proposing({{"Museum für Neue Probe", EntityType::kOrganization}});
  auto doc = x->extract(Input{
      "Die Tagung begann im Museum für Neue Probe in Lima. Das Museum für Neue Probe zeigt Bilder.", "t", "", "de"});
  REQUIRE_OK(doc);
  CHECK(typed_names(*doc).count("Museum für Neue Probe LOC"));
  auto f = facts("Der Empfang fand im Nationalmuseum in Lima statt.");
  CHECK(f.count("Nationalmuseum located_in Lima"));
}

TEST_CASE("One word the tagger calls a place that ends in an organisation's head is the organisation",
          "[extract][sources]") {
  auto x = extractor_proposing({{"Außenministeriums", EntityType::kLocation}, {"Gujarat", EntityType::kLocation}});
  auto doc = x->extract(
      Input{"Peru war nur durch einen Beamten des Außenministeriums vertreten. Das Treffen fand in Gujarat statt.", "t",
            "", "de"});
  REQUIRE_OK(doc);
  CHECK(typed_names(*doc).count("Außenministerium ORG"));
  CHECK_FALSE(typed_names(*doc).count("Außenministeriums LOC"));
  // (a head of fewer than six letters makes none: "rat")
  CHECK(typed_names(*doc).count("Gujarat LOC"));
}

TEST_CASE("An office that ends the text names no one and reads no token after it", "[extract][sources]") {
  // (found by fuzz_extract under AddressSanitizer: the tagger's person after an office was looked up at
  // the token after the text's last; whether that read trips the sanitizer depends on the token
  // vector's capacity, so this checks the outcome on such texts, and fuzz_extract the read)
  auto x = extractor_proposing({{"Anna Probe", EntityType::kPerson}});
  for (const char* text :
       {"Gipfel in Lima\n\nDer Gipfel begann in Lima. Der indische Premier",
        "Gipfel\n\nAnna Probe traf den Staatssekretär", "Summit\n\nThe summit opened. Prime Minister"}) {
    auto doc = x->extract(Input{text, "t", "", std::string(text).starts_with("Summit") ? "en" : "de"});
    REQUIRE_OK(doc);
    for (const Entity& e : doc->entities) CHECK(e.name != "Premier");
  }
}

TEST_CASE("A proposed organisation before a known one's acronym in parentheses is that organisation",
          "[extract][sources]") {
  auto x = extractor_proposing({{"Südostasiatischen Staatengemeinschaft", EntityType::kOrganization}});
  auto doc =
      x->extract(Input{"Der Gipfel der Südostasiatischen Staatengemeinschaft (Asean) begann in Lima.", "t", "", "de"});
  REQUIRE_OK(doc);
  std::set<std::string> orgs;
  for (const Entity& e : doc->entities)
    if (e.type == EntityType::kOrganization) orgs.insert(e.name);
  CHECK(orgs == std::set<std::string>{"ASEAN"});
}

TEST_CASE("A proposed name that is an office alone names nothing", "[extract][sources]") {
  auto x =
      extractor_proposing({{"Bundespräsident", EntityType::kOrganization}, {"Prime Minister", EntityType::kPerson}});
  auto de = x->extract(Input{"Lima: Bundespräsident wirbt für Handel\n\nLima - Paul Roe ist in Peru.", "t", "", "de"});
  REQUIRE_OK(de);
  CHECK_FALSE(types_by_name(*de).count("Bundespräsident"));
  auto en = x->extract(Input{"Prime Minister hails trade deal\n\nLIMA - Paul Roe is in Peru.", "t", "", "en"});
  REQUIRE_OK(en);
  CHECK_FALSE(types_by_name(*en).count("Prime Minister"));
}

TEST_CASE("A proposed place whose name starts or ends with a building's noun is a building", "[extract][sources]") {
  auto x =
      extractor_proposing({{"Palazzo Rondello", EntityType::kLocation}, {"Lindenhof Palace", EntityType::kLocation}});
  const auto de = facts("Ein Bericht\n\nDas Treffen fand am Montag im Palazzo Rondello in Lima statt.", *x, "de");
  CHECK(has_fact(de, "Treffen", "held_in", "Palazzo Rondello"));
  CHECK(de.count("Palazzo Rondello located_in Lima"));
  const auto en = facts("A report\n\nThe talks took place at Palazzo Rondello in Lima on Monday.", *x, "en");
  CHECK(has_fact(en, "talks", "held_in", "Palazzo Rondello"));
  CHECK(en.count("Palazzo Rondello located_in Lima"));
  CHECK(facts("A report\n\nThe talks took place at Lindenhof Palace in Lima on Monday.", *x, "en")
            .count("Lindenhof Palace located_in Lima"));
}

TEST_CASE("Proposed places inside a state of several words the lexicons know are that state", "[extract][sources]") {
  auto x = extractor_proposing({{"Antigua", EntityType::kLocation}, {"Barbuda", EntityType::kLocation}});
  const auto en = facts("A report\n\nThe next summit will be held in Antigua and Barbuda in 2026.", *x, "en");
  CHECK(has_fact(en, "summit", "held_in Antigua and Barbuda"));
  CHECK_FALSE(has_fact(en, "summit", "held_in Antigua", "Antigua"));
}

TEST_CASE("A proposed person goes on over a particle and the name after it", "[extract][sources]") {
  auto x = extractor_proposing({{"Paulo Roberto", EntityType::kPerson}, {"Silva", EntityType::kPerson}});
  CHECK(facts("A report\n\nThe summit opened in Lima. Paulo Roberto da Silva attended the summit.", *x, "en")
            .count("Paulo Roberto da Silva participates_in summit @ Lima"));
}

TEST_CASE("A proposed person after an office runs on over a state's name", "[extract][sources]") {
  // "Ministerpräsident Tiago Montenegro": the tagger's person ends with a word the lexicon calls a state.
  auto x = extractor_proposing({{"Tiago Montenegro", EntityType::kPerson}});
  auto doc = x->extract(Input{"Ministerpräsident Tiago Montenegro traf Anna Probe in Lissabon.", "t", "", "de"});
  REQUIRE_OK(doc);
  auto types = types_by_name(*doc);
  CHECK(types.count("Tiago Montenegro"));
  CHECK_FALSE(types.count("Tiago"));
}

TEST_CASE("A proposed name that is a father's name after 'bin' is another person", "[extract][sources]") {
  auto x = extractor_proposing({{"Salman", EntityType::kPerson}});
  auto doc =
      x->extract(Input{"Kronprinz Mohammed bin Salman empfing den Gast in Riad. Danach traf der Gast "
                       "König Salman.",
                       "t", "", "de"});
  REQUIRE_OK(doc);
  for (const Entity& e : doc->entities) {
    INFO(e.name);
    if (e.name == "Mohammed bin Salman") CHECK(e.aliases.empty());  // "Salman" is the father, not him
  }
}

TEST_CASE("A proposed name gets the office after 'as', a proposed word of an office's field is none",
          "[extract][sources]") {
  auto x = extractor_proposing({{"Zorblax Quintus", EntityType::kPerson}, {"Fisheries", EntityType::kPerson}});
  const std::string text =
      "Peru votes. Peru has a new cabinet. Peru is calm. Zorblax Quintus was sworn in as the Minister for Fisheries.";
  CHECK(facts(text, *x, "en").count("Zorblax Quintus holds_office Peru"));
  auto doc = x->extract(Input{text, "t", "", "en"});
  REQUIRE_OK(doc);
  CHECK(
      std::none_of(doc->entities.begin(), doc->entities.end(), [](const Entity& e) { return e.name == "Fisheries"; }));
}

TEST_CASE("The built-in rule file covers meetings, participation and venues in their plain forms",
          "[extract][rules-language]") {
  auto doc =
      extractor().extract(Input{"Präsidentin Ana Silva empfängt Premierminister Tom Holt. "
                                "Der Klima-Gipfel findet am Montag in Lissabon statt. "
                                "Präsident Rui Costa nimmt am Klima-Gipfel teil.",
                                "t", "", "de"});
  REQUIRE_OK(doc);
  std::set<std::string> rules;
  for (const Relation& r : doc->relations) rules.insert(r.rule);
  CHECK(rules.count("de.meet.verb"));
  CHECK(rules.count("de.venue.verb"));
  CHECK(rules.count("de.takes-part.verb"));
}

TEST_CASE("List slots in rules give one relation per conjunct", "[extract][rules-language]") {
  WordClasses classes;
  auto rules =
      parse_rules("l.rules", "l.enlarged: <ORG:o> hat ... um <COUNTRY*:m> erweitert => member_of(m, o)\n", classes);
  REQUIRE_OK(rules);
  CHECK((*rules)[0].pattern[4].list);
  auto f = facts("Die OSZE hat sich um Andorra, Monaco und San Marino erweitert.");
  CHECK(f.count("Andorra member_of OSZE"));
  CHECK(f.count("Monaco member_of OSZE"));
  CHECK(f.count("San Marino member_of OSZE"));
}

TEST_CASE("Normalisation composes characters and unifies quotes and hyphens", "[extract][text]") {
  CHECK(normalize_text("Cafe\xCC\x81") == "Caf\xC3\xA9");
  CHECK(normalize_text("„Gipfel“ und «Treffen» und ‚Rat‘") == "\"Gipfel\" und \"Treffen\" und 'Rat'");
  CHECK(normalize_text("Côte d’Ivoire") == "Côte d'Ivoire");
  CHECK(normalize_text("NATO‑Gipfel, EU‐Land, −3") == "NATO-Gipfel, EU-Land, -3");
  CHECK(normalize_text("Ab\xC2\xADkommen") == "Abkommen");
  CHECK(normalize_text("Oslo – Bergen") == "Oslo – Bergen");  // dashes between words stay
  CHECK(normalize_text("plain ASCII") == "plain ASCII");
  // Each byte of the normalised text knows where it came from: a rewritten code point maps to its
  // start, the text's end to the raw end.
  const NormalizedText n = normalize_text_mapped("„A“ e\xCC\x81 x");
  CHECK(n.text == "\"A\" \xC3\xA9 x");
  REQUIRE(n.raw_at.size() == n.text.size() + 1);
  CHECK(n.raw_offset(1) == 3);   // "A" after the three bytes of „
  CHECK(n.raw_offset(4) == 8);   // the composed é starts where the raw "e" does
  CHECK(n.raw_offset(7) == 12);  // "x", after "e", the two bytes of the combining acute and a space
  CHECK(n.raw_offset(n.text.size()) == 13);
  CHECK(normalize_text_mapped("plain ASCII").raw_at.empty());
}

TEST_CASE("Offsets and texts of mentions and evidence are the raw text's, after typographic quotes too",
          "[extract][text]") {
  const std::string raw = "Der „NATO‑Gipfel“ findet in Oslo statt. Anna Probe traf Paul Roe in „Oslo“.";
  auto doc = extractor().extract(Input{raw, "t", "", "de"});
  REQUIRE_OK(doc);
  REQUIRE_FALSE(doc->relations.empty());
  for (const Relation& r : doc->relations) {
    INFO(r.evidence.text);
    CHECK(raw.substr(r.evidence.span.start, r.evidence.span.end - r.evidence.span.start) == r.evidence.text);
  }
  CHECK(doc->relations[0].evidence.text == "Der „NATO‑Gipfel“ findet in Oslo statt.");
  bool oslo = false;
  for (const Entity& e : doc->entities)
    for (const Mention& m : e.mentions) {
      INFO(e.name << " " << m.text);
      CHECK(raw.substr(m.span.start, m.span.end - m.span.start) == m.text);
      oslo = oslo || (e.name == "Oslo" && m.span.start > raw.find("in „Oslo"));
    }
  CHECK(oslo);
  // The document's name keeps the normalised form: one entity whichever quote a text uses.
  CHECK(
      std::any_of(doc->entities.begin(), doc->entities.end(), [](const Entity& e) { return e.name == "Anna Probe"; }));
}

TEST_CASE("A given name starts a person's name, and organisations are named by their head noun and purpose",
          "[extract][entities]") {
  auto doc = extractor().extract(
      Input{"Gestern sagte Anna Beispiel in Oslo, der Plan sei gut. "
            "Die Organisation für ländliche Entwicklung und Handel in Westmark (OLEH) tagt in Oslo. "
            "Die OLEH hat sich um Island erweitert. Die Organisation für die Feier war gut.",
            "t", "", "de"});
  REQUIRE_OK(doc);
  std::map<std::string, const Entity*> by_name;
  for (const Entity& e : doc->entities) by_name[e.name] = &e;
  REQUIRE(by_name.count("Anna Beispiel"));
  CHECK(by_name["Anna Beispiel"]->type == EntityType::kPerson);
  const std::string org = "Organisation für ländliche Entwicklung und Handel in Westmark";
  REQUIRE(by_name.count(org));
  CHECK(by_name[org]->type == EntityType::kOrganization);
  CHECK(by_name[org]->mentions.size() == 3);  // long form, acronym in parentheses, the later acronym
  CHECK(by_name.count("Organisation für die Feier") == 0);
  CHECK(facts("Die Allianz für saubere Meere tagt in Oslo. Island ist der Allianz für saubere Meere beigetreten.")
            .count("Island member_of Allianz für saubere Meere"));
  // Without a capitalised word after it, "für" names no organisation; a given name needs a surname.
  CHECK(facts("Anna sagte, die Organisation für alle tage in Oslo.").empty());
}

TEST_CASE("A language pack from a folder runs without any engine change", "[extract][packs]") {
  Options options;
  options.lang = "xx";
  options.pack_dir = test::source_dir() + "/tests/data/toy-pack";
  auto x = Extractor::create(options);
  REQUIRE_OK(x);
  auto doc = (*x)->extract(Input{"Mopo ka Blorvia.", "t", "", ""});
  REQUIRE_OK(doc);
  CHECK(doc->lang == "xx");
  REQUIRE(doc->relations.size() == 1);
  CHECK(doc->relations[0].rule == "toy.lies");
  CHECK(predicate_info(doc->relations[0].predicate).name == "located_in");
  // The built-in German pack still reads German documents of the same extractor, and knows no toy word.
  auto de = (*x)->extract(Input{"Mopo ka Blorvia. Anna Probe traf Max Muster in Oslo.", "t", "", "de"});
  REQUIRE_OK(de);
  CHECK(de->lang == "de");
  CHECK(!has_rule(*de, "toy.lies"));
  CHECK(has_rule(*de, "de.meet.verb"));
  // A language without a pack is refused, never read with another language's rules.
  auto other = (*x)->extract(Input{"Mopo ka Blorvia.", "t", "", "qq"});
  CHECK(other.status().code() == StatusCode::kInvalidInput);
  CHECK(other.status().message() == "no language pack for 'qq'");
  options.pack_dir = test::source_dir() + "/tests/data/no-such-pack";
  CHECK(Extractor::create(options).status().code() == StatusCode::kNotFound);
  Options unknown;
  unknown.lang = "qq";
  CHECK(Extractor::create(unknown).status().message() == "no language pack for 'qq'");
}

// String literals of C++ source, comments left out.
std::vector<std::string> string_literals(const std::string& src) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < src.size(); ++i) {
    if (src.compare(i, 2, "//") == 0) {
      i = src.find('\n', i);
      if (i == std::string::npos) break;
    } else if (src.compare(i, 2, "/*") == 0) {
      i = src.find("*/", i);
      if (i == std::string::npos) break;
      ++i;
    } else if (src[i] == '\'') {
      std::size_t j = i + 1;
      while (j < src.size() && src[j] != '\'') j += src[j] == '\\' ? 2 : 1;
      i = j;
    } else if (src[i] == '"') {
      std::size_t j = i + 1;
      std::string lit;
      while (j < src.size() && src[j] != '"') {
        lit += src[j];
        j += src[j] == '\\' ? 2 : 1;
      }
      out.push_back(lit);
      i = j;
    }
  }
  return out;
}

TEST_CASE("The engine's code holds no word of the German pack", "[extract][packs]") {
  // Every word a string literal of extract/src and extract/include spells is checked against the
  // German pack: its word classes, lexicon forms, common nouns and given names. Words of two letters
  // ("in", "de") and words in capitals (tag names such as "UN") are left out: English messages and
  // language codes spell them too.
  namespace fs = std::filesystem;
  const Pack& de = builtin_german_pack();
  auto german_word = [&](const std::string& w) {
    if (de.lexicon.word(w) || de.lexicon.is_noun(w) || de.lexicon.is_given_name(w)) return true;
    for (const std::string& name : de.words.names())
      for (const std::string& entry : de.words[name].entries())
        if (entry == w) return true;
    return false;
  };
  std::vector<std::string> found;
  std::size_t files = 0;
  for (const char* dir : {"/extract/src", "/extract/include/kg/extract"}) {
    for (const auto& entry : fs::directory_iterator(test::source_dir() + dir)) {
      const std::string ext = entry.path().extension().string();
      if (ext != ".cpp" && ext != ".h") continue;
      ++files;
      for (const std::string& lit : string_literals(test::read_file(entry.path().string()))) {
        if (lit.find('/') != std::string::npos) continue;  // a path ("extract/models/de-ner.bin")
        std::string word;
        for (std::size_t i = 0; i <= lit.size(); ++i) {
          const bool letter = i < lit.size() && (std::isalpha(static_cast<unsigned char>(lit[i])) ||
                                                 static_cast<unsigned char>(lit[i]) >= 0x80);
          if (letter) {
            word += lit[i];
            continue;
          }
          const bool capitals = std::none_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
          if (word.size() >= 3 && !capitals && german_word(word))
            found.push_back(entry.path().filename().string() + ": \"" + lit + "\"");
          word.clear();
        }
      }
    }
  }
  CHECK(files >= 15);
  CHECK(found == std::vector<std::string>{});
}

TEST_CASE("Every word class the engine reads is defined by the German pack", "[extract][packs]") {
  // A misspelt class name would be an empty class: what reads it silently off.
  namespace fs = std::filesystem;
  const Pack& de = builtin_german_pack();
  const std::regex use(R"re((?:words_?\[|\bw\[|v\.has\(|words\()"([a-z._]+)")re");
  std::set<std::string> names;
  for (const auto& entry : fs::directory_iterator(test::source_dir() + "/extract/src")) {
    const std::string src = test::read_file(entry.path().string());
    for (auto it = std::sregex_iterator(src.begin(), src.end(), use); it != std::sregex_iterator(); ++it)
      names.insert((*it)[1]);
  }
  CHECK(names.size() >= 40);
  for (const std::string& name : names) {
    INFO(name);
    CHECK(de.words.defines(name));
  }
  const std::string readme = test::read_file(test::source_dir() + "/extract/lang/README.md");
  for (const std::string& name : names) {
    INFO(name);
    CHECK(readme.find("`" + name + "`") != std::string::npos);
  }
}

TEST_CASE("Rules read word classes and say whether a denial blocks them", "[extract][rules-language]") {
  // Every example of extract/rules/README.md compiles, in order.
  WordClasses classes;
  std::istringstream readme(test::read_file(test::source_dir() + "/extract/rules/README.md"));
  std::string line, examples;
  while (std::getline(readme, line))
    if (line.starts_with("    ") && !line.starts_with("    NAME:") && !line.starts_with("    @CLASS") &&
        (line.find("=>") != std::string::npos || line.starts_with("    @")))
      examples += line.substr(4) + "\n";
  auto parsed = parse_rules("README.md", examples, classes);
  REQUIRE_OK(parsed);
  CHECK(parsed->size() >= 3);
  CHECK(classes["port.noun"].has("Fischereihafen"));  // a suffix entry
  CHECK(parse_rules("x.rules", "r: <PER:p> @nope <PER:q> => meets_with(p, q)\n", classes).status().message() ==
        "x.rules:1: unknown word class @nope (define it with @nope = …)");
  // On a sentence of our own: a class in a pattern, a rule that a denial blocks and one it does not.
  test::TempDir dir;
  test::write_file(dir.str("mine.rules"),
                   "@port.noun = Küstenstadt *hafen\n"
                   "my.port: <ADJ:l> @port.noun <CITY:c> => located_in(c, l) negation ignore\n"
                   "my.greets: <PER:a> grüßt <PER:b> => meets_with(a, b)\n");
  auto x = Extractor::create(with_rules(dir.str("mine.rules")));
  REQUIRE_OK(x);
  auto doc = (*x)->extract(Input{
      "Der französische Fischereihafen Marseille ist nicht klein. Anna Probe grüßt Max Muster nicht.", "t", "", "de"});
  REQUIRE_OK(doc);
  CHECK(has_rule(*doc, "my.port"));
  CHECK(!has_rule(*doc, "my.greets"));
  auto plain = (*x)->extract(Input{"Anna Probe grüßt Max Muster.", "t", "", "de"});
  REQUIRE_OK(plain);
  CHECK(has_rule(*plain, "my.greets"));
}

TEST_CASE("Sentence rules bind mentions by where they stand and read the document frame", "[extract][rules-language]") {
  test::TempDir dir;
  test::write_file(
      dir.str("s.rules"),
      "@greet.cue = grüßte\n"
      "@towards = gegenüber\n"
      "@hearsay = angeblich\n"
      "s.greets: sentence @greet.cue !@hearsay <PER*:a:before=towards> <PER*:b:after=towards> => "
      "meets_with(a, b)\n"
      "@attend.x = erschien\n"
      "s.came: sentence @attend.x !<PER> <PER:p:of=pronoun> <EVENT:e:else=frame> => participates_in(p, e)\n");
  auto x = Extractor::create(with_rules(dir.str("s.rules")));
  REQUIRE_OK(x);
  auto rule_of = [&](const std::string& text, const std::string& rule) {
    auto doc = (*x)->extract(Input{text, "t", "", "de"});
    REQUIRE_OK(doc);
    return has_rule(*doc, rule);
  };
  // Those before the word of "towards" meet those after it; a sentence with hearsay gives nothing.
  const std::string greets = "Die Ministerin Anna Probe grüßte gegenüber dem Minister Max Muster freundlich.";
  CHECK(rule_of(greets, "s.greets"));
  CHECK(facts(greets, **x).count("Anna Probe meets_with Max Muster") == 1);
  CHECK(!rule_of("Die Ministerin Anna Probe grüßte angeblich gegenüber dem Minister Max Muster.", "s.greets"));
  // The pronoun's referent, in a sentence naming no person, takes part in the article's event.
  CHECK(rule_of("Der Gipfel der OSZE beginnt in Oslo. Der Minister Max Muster lächelte. Er erschien am Abend.",
                "s.came"));
  // (not one of the other gender by her office's form: "Die Ministerin Anna Probe … Er …")
  CHECK(!rule_of("Der Gipfel der OSZE beginnt in Oslo. Die Ministerin Anna Probe lächelte. Er erschien am Abend.",
                 "s.came"));
}

TEST_CASE("Rule qualifiers and gaps report their mistakes", "[extract][rules-language]") {
  WordClasses classes;
  classes.define("cue").add("x");
  auto error = [&](const char* text) { return parse_rules("q.rules", text, classes).status().message(); };
  CHECK(error("r: <PER:p:after=cue> trifft <PER:q> => meets_with(p, q)") ==
        "q.rules:1: 'after=cue' needs a sentence rule (NAME: sentence …)");
  CHECK(
      error("r: sentence <PER:p:soon> <PER:q> => meets_with(p, q)").starts_with("q.rules:1: unknown qualifier 'soon'"));
  CHECK(error("r: sentence <PER:p:after=nope> <PER:q> => meets_with(p, q)") ==
        "q.rules:1: unknown word class 'nope' in after=nope");
  CHECK(error("r: <PER:p> ist @title:t:nope von <COUNTRY:c> => holds_office(p, c) role t") ==
        "q.rules:1: unknown word class 'nope' in @title:t:nope");
  CHECK(error("r: sentence <PER:p> ... <PER:q> => meets_with(p, q)") ==
        "q.rules:1: ... has no meaning in a sentence rule");
  CHECK(error("r: sentence <PER:p> trifft <PER:q> => meets_with(p, q)") ==
        "q.rules:1: a sentence rule takes word classes and slots, not the word trifft");
  CHECK(error("r: <PER:p> ...25 <PER:q> => meets_with(p, q)") ==
        "q.rules:1: a gap is ... or ...N with N from 1 to 20, not ...25");
  CHECK(error("r: <PER:p> !@cue <PER:q> => meets_with(p, q)") ==
        "q.rules:1: ! (none in the sentence) needs a sentence rule: !@cue");
  auto ok = parse_rules(
      "q.rules", "r: sentence @cue !<ORG> <PER*:p:acting> <EVENT:e:else=frame> => participates_in(p, e) closest\n",
      classes);
  REQUIRE_OK(ok);
  CHECK((*ok)[0].sentence);
  CHECK((*ok)[0].closest);
  CHECK((*ok)[0].pattern[1].absent);
  CHECK((*ok)[0].pattern[2].qualifiers.size() == 1);
}

TEST_CASE("An ordinal before an event noun ends no sentence, and leads the event", "[extract][text]") {
  // "auf dem 12. Gipfel": one sentence, and its persons are at the event; so at a sentence's start.
  auto text = std::string("Auf dem 12. Gipfel der OSZE in Oslo sprach Anna Probe.");
  auto tokens = tokenize(text);
  CHECK(split_sentences(text, tokens).size() == 1);
  CHECK(split_sentences("Sie kam um 12. Danach ging sie.", tokenize("Sie kam um 12. Danach ging sie.")).size() == 2);
  auto f = facts(text);
  CHECK(std::any_of(f.begin(), f.end(),
                    [](const std::string& s) { return s.starts_with("Anna Probe participates_in Gipfel der OSZE"); }));
}

TEST_CASE("A negation reaches as far as its contrast, and 'außer' adds", "[extract][rules]") {
  auto f = facts("Der Gipfel der OSZE findet nicht in Hamburg, sondern in Marseille statt.");
  CHECK(std::any_of(f.begin(), f.end(), [](const std::string& s) { return s.ends_with("held_in Marseille"); }));
  CHECK(std::none_of(f.begin(), f.end(), [](const std::string& s) { return s.ends_with("held_in Hamburg"); }));
  auto g = facts("Außer der Ministerin Anna Probe nahm auch der Minister Max Muster am Gipfel der OSZE teil.");
  CHECK(std::count_if(g.begin(), g.end(), [](const std::string& s) { return s.find("participates_in") != s.npos; }) ==
        2);
  CHECK(facts("Anna Probe nahm nicht am Gipfel der OSZE teil.").empty());
}

TEST_CASE("Sessions and assemblies and ceremonies and visits are events", "[extract][lexicon]") {
  auto f = facts("Die Jahresversammlung der OSZE fand in Marseille statt.");
  CHECK(std::any_of(f.begin(), f.end(), [](const std::string& s) {
    return s.starts_with("Jahresversammlung der OSZE") && s.ends_with("held_in Marseille");
  }));
  auto doc = extractor().extract(
      Input{"Die Gedenkfeier in Hamburg begann am Morgen. Der Staatsbesuch endete.", "t", "", "de"});
  REQUIRE_OK(doc);
  std::set<std::string> kinds;
  for (const Entity& e : doc->entities)
    if (e.type == EntityType::kEvent) kinds.insert(e.attributes.value("kind", ""));
  CHECK(kinds == std::set<std::string>{"Feier", "Staatsbesuch"});
}

TEST_CASE("Hosts, chairs, representatives and listed participants take part, founders are members",
          "[extract][rules]") {
  auto has = [](const std::set<std::string>& f, const std::string& start, const std::string& pred) {
    return std::any_of(f.begin(), f.end(),
                       [&](const std::string& s) { return s.starts_with(start + " " + pred + " "); });
  };
  CHECK(has(facts("Die Ministerin Anna Probe ist Gastgeberin des Gipfels der OSZE."), "Anna Probe", "participates_in"));
  CHECK(
      has(facts("Beim Gipfel der OSZE vertritt der Minister Max Muster sein Land."), "Max Muster", "participates_in"));
  auto listed = facts("Teilnehmer des Gipfels der OSZE waren Malta, Irland und Zypern.");
  CHECK(has(listed, "Irland", "participates_in"));
  CHECK(has(listed, "Zypern", "participates_in"));
  auto founders = facts("Die Gründungsmitglieder der OSZE sind Malta und Irland.");
  CHECK(has(founders, "Malta", "member_of"));
  CHECK(has(founders, "Irland", "member_of"));
}

TEST_CASE("International organisations of the derived lexicon are found in their declined forms",
          "[extract][lexicon]") {
  auto f = facts("Der Präsident der Europäischen Zentralbank, Max Muster, sprach in Marseille.");
  CHECK(std::any_of(f.begin(), f.end(),
                    [](const std::string& s) { return s == "Max Muster holds_office Europäische Zentralbank"; }));
}

TEST_CASE("An office without a name refers to the one person introduced with it", "[extract][mentions]") {
  auto f = facts(
      "Präsidentin Anna Probe eröffnete den Gipfel der OSZE in Marseille. "
      "Die Präsidentin traf dort den Minister Max Muster.");
  CHECK(f.count("Anna Probe meets_with Max Muster") == 1);
  // Two persons introduced with the office: "die Präsidentin" is neither.
  auto g = facts(
      "Präsidentin Anna Probe und Präsidentin Eva Beispiel kamen nach Marseille. "
      "Die Präsidentin traf dort den Minister Max Muster.");
  CHECK(g.count("Anna Probe meets_with Max Muster") == 0);
  CHECK(g.count("Eva Beispiel meets_with Max Muster") == 0);
}

TEST_CASE("An organisation's epithet refers to the organisation the article names most and of those the last",
          "[extract][mentions]") {
  auto doc =
      extractor().extract(Input{"Die NATO tagte in Marseille. Island ist dem Bündnis beigetreten.", "t", "", "de"});
  REQUIRE_OK(doc);
  std::map<std::string, std::string> names;
  for (const Entity& e : doc->entities) {
    names[e.id] = e.name;
    if (e.name == "NATO") CHECK(std::find(e.aliases.begin(), e.aliases.end(), "Bündnis") == e.aliases.end());
  }
  CHECK(std::any_of(doc->relations.begin(), doc->relations.end(),
                    [&](const Relation& r) { return names[r.subject] == "Island" && names[r.object] == "NATO"; }));
  // With no organisation named before, the epithet names none.
  CHECK(facts("Island ist dem Bündnis beigetreten.").empty());
  // Of organisations named as often, the one named last.
  CHECK(facts("Anna Probe traf in Lima Vertreter der EU. Danach sprach sie über die Nato. Finnland ist seit 2023 "
              "Mitglied des Bündnisses.")
            .count("Finnland member_of NATO"));
}

TEST_CASE("An election or appointment to an office states it", "[extract][rules]") {
  CHECK(facts("Die Ministerin Anna Probe wurde am Montag zur Generalsekretärin der OSZE gewählt.")
            .count("Anna Probe holds_office OSZE") == 1);
  CHECK(facts("Der Minister Max Muster ist zum Präsidenten von Malta ernannt worden.")
            .count("Max Muster holds_office Malta") == 1);
}

TEST_CASE("A place the tagger finds names the event before it, and events of one place are one",
          "[extract][entities]") {
  auto x = extractor_proposing({{"Quito", EntityType::kLocation}});
  auto doc =
      x->extract(Input{"The summit opened in Quito on Monday. Twelve presidents attend the two-day Quito "
                       "summit. The date was set at the Lisbon summit last May.",
                       "t", "", "en"});
  REQUIRE_OK(doc);
  std::multiset<std::string> events;
  for (const Entity& e : doc->entities)
    if (e.type == EntityType::kEvent) events.insert(event_at(e));
  CHECK(events == std::multiset<std::string>{"summit @ Lisbon", "summit @ Quito"});
}

TEST_CASE("An organisation of one word the tagger finds in the genitive is named in its base form",
          "[extract][entities]") {
  auto x = extractor_proposing({{"Seeschutzamts", EntityType::kOrganization},
                                {"Hafenrates", EntityType::kOrganization},
                                {"Fischereikomitees", EntityType::kOrganization},
                                {"Seeschutzamt", EntityType::kOrganization}});
  auto doc =
      x->extract(Input{"Max Muster traf in Lima den Leiter des Seeschutzamts, die Chefin des Hafenrates und "
                       "ein Mitglied eines Fischereikomitees. Das Seeschutzamt lud ein.",
                       "t", "", "de"});
  REQUIRE_OK(doc);
  std::multiset<std::string> orgs;
  for (const Entity& e : doc->entities)
    if (e.type == EntityType::kOrganization) orgs.insert(e.name);
  CHECK(orgs == std::multiset<std::string>{"Seeschutzamt", "Hafenrat", "Fischereikomitee"});
}

TEST_CASE("An organisation the tagger finds before a building's noun in lower case is that building",
          "[extract][entities]") {
  auto x = extractor_proposing({{"Lindholm", EntityType::kOrganization}, {"Vestra", EntityType::kOrganization}});
  auto doc =
      x->extract(Input{"Finland hosted the talks at the Lindholm manor outside Lima. Staff gathered at the "
                       "Vestra headquarters.",
                       "t", "", "en"});
  REQUIRE_OK(doc);
  const std::set<std::string> names = typed_names(*doc);
  CHECK(names.count("Lindholm LOC"));
  CHECK(names.count("Vestra ORG"));  // (an organisation's seat is no name of its own)
}

TEST_CASE("A person of one word the tagger finds before the article names that place is the place",
          "[extract][entities]") {
  // (the headline's place, which the tagger took for a person, then the dateline's)
  auto x = extractor_proposing({{"Lindholm", EntityType::kPerson}}, /*first_only=*/true);
  auto doc =
      x->extract(Input{"Ministers meet in Lindholm\n\nLINDHOLM, Denmark (Wire) - The ministers gathered on "
                       "Monday.",
                       "t", "", "en"});
  REQUIRE_OK(doc);
  const std::set<std::string> names = typed_names(*doc);
  CHECK(names.count("Lindholm PER") == 0);
  CHECK(names.count("Lindholm LOC"));
}

TEST_CASE("A name the tagger types otherwise later is the entity the article gave that name", "[extract][entities]") {
  // (the dateline's place, then the same name proposed as a person)
  auto x = extractor_proposing({{"Lindholm", EntityType::kPerson}});
  auto doc = x->extract(
      Input{"LINDHOLM, Denmark (Reuters) - The ministers gathered on the island of Lindholm.", "t", "", "en"});
  REQUIRE_OK(doc);
  const std::set<std::string> names = typed_names(*doc);
  CHECK(names.count("Lindholm PER") == 0);
  CHECK(names.count("Lindholm LOC"));
}

TEST_CASE("A surname alone beside two fuller names is the one named most or first", "[extract][entities]") {
  // (the tagger finds the headline's bare surname, before either full name)
  auto x = extractor_proposing({{"Roe", EntityType::kPerson}}, /*first_only=*/true);
  auto doc = x->extract(
      Input{"Roe visits Lima\n\nPaul Roe arrived in Lima on Monday. Paul Roe met the president. His wife, Anna Roe, "
            "visited a school.",
            "t", "", "en"});
  REQUIRE_OK(doc);
  std::set<std::string> persons;
  for (const Entity& e : doc->entities)
    if (e.type == EntityType::kPerson) persons.insert(e.name);
  CHECK(persons == std::set<std::string>{"Paul Roe", "Anna Roe"});
}

TEST_CASE("A state's name that begins a person's name is a given name", "[extract][entities]") {
  // The English pack lists "Jordan" as a given name: no tagger needed.
  auto f = facts("Jordan Wexley met Paul Lindqvist in Lisbon.", extractor(), "en");
  CHECK(f.count("Jordan Wexley meets_with Paul Lindqvist"));
  // "Tschad" is no given name, but the tagger finds "Tschad Wexley" as one person.
  auto x = extractor_proposing({{"Tschad Wexley", EntityType::kPerson}});
  auto g = facts("Tschad Wexley traf am Montag Anna Berg in Lissabon.", *x);
  CHECK(g.count("Tschad Wexley meets_with Anna Berg"));
  // Without either, the state stays a state.
  auto h = facts("Tschad Wexley traf am Montag Anna Berg in Lissabon.");
  CHECK_FALSE(h.count("Tschad Wexley meets_with Anna Berg"));
}

TEST_CASE("A rule's event slot can ask for a kind and fall back to the document's event of that kind",
          "[extract][rules]") {
  test::TempDir dir;
  test::write_file(dir.str("bad.rules"), "x: sentence <EVENT:e:kind=no.such.class> <PER:p> => participates_in(p, e)\n");
  CHECK_FALSE(Extractor::create(with_rules(dir.str("bad.rules"))).ok());
  test::write_file(dir.str("kind.rules"),
                   "@cue.x = kam\n@kind.x = Konferenz\n"
                   "x.came: sentence @cue.x <PER:p> <EVENT:e:kind=kind.x:else=document> => participates_in(p, e)\n");
  auto x = Extractor::create(with_rules(dir.str("kind.rules")));
  REQUIRE_OK(x);
  auto f = facts("Die Konferenz der OSZE begann in Marseille. Danach folgte die Wahl. Anna Berg kam zur Wahl.", **x);
  CHECK(f.count("Anna Berg participates_in Konferenz der OSZE @ Marseille"));
  CHECK_FALSE(has_fact(f, "Anna Berg", "participates_in", "Wahl"));
}

TEST_CASE("A rule's event slot can refuse a kind (kind!=)", "[extract][rules]") {
  test::TempDir dir;
  test::write_file(dir.str("not.rules"),
                   "@kind.x = Wahl\n"
                   "x.came: <PER:p> kam zur <EVENT:e:kind!=kind.x> => participates_in(p, e)\n");
  auto x = Extractor::create(with_rules(dir.str("not.rules")));
  REQUIRE_OK(x);
  CHECK(has_fact(facts("Anna Berg kam zur Feier in Marseille.", **x), "Anna Berg", "participates_in Feier"));
  // (a compound of the class's word is of its kind too)
  CHECK_FALSE(has_fact(facts("Anna Berg kam zur Landtagswahl.", **x), "Anna Berg", "participates_in"));
}

TEST_CASE("else=frame in an organisation slot is the article's organisation and other slots refuse it",
          "[extract][rules]") {
  test::TempDir dir;
  test::write_file(dir.str("bad.rules"), "x: sentence @negation <PER:p:else=frame> <ORG:o> => member_of(p, o)\n");
  auto bad = Extractor::create(with_rules(dir.str("bad.rules")));
  REQUIRE_FALSE(bad.ok());
  CHECK_THAT(bad.status().message(), Catch::Contains("else=frame fits EVENT, ORG and COUNTRY slots"));
  test::write_file(dir.str("org.rules"),
                   "@bare.x = Mitglied\n"
                   "x.bare: sentence @bare.x !<ORG> <COUNTRY*:m> <ORG:o:else=frame> => member_of(m, o)\n");
  auto x = Extractor::create(with_rules(dir.str("org.rules")));
  REQUIRE_OK(x);
  auto f = facts("Die OSZE tagte in Marseille. Die OSZE berät. Malta und Zypern sind seit langem Mitglied.", **x);
  CHECK(f.count("Malta member_of OSZE"));
  CHECK(f.count("Zypern member_of OSZE"));
}

TEST_CASE("A place the tagger proposes whose name is the surname of one person is that person", "[extract][resolve]") {
  // The tagger types the surname alone in the headline as a place; the text names the person in full.
  auto x = extractor_proposing({{"Klein", EntityType::kLocation}});
  auto doc = x->extract(kg::extract::Input{
      "Muster und Klein beraten in Lissabon\n\nDer Minister Max Muster traf am Montag den Minister Peter Klein.", "t",
      "", "de"});
  REQUIRE_OK(doc);
  std::set<std::string> names;
  for (const kg::Entity& e : doc->entities) names.insert(e.name + " " + std::string(kg::info(e.type).code));
  CHECK(names.count("Peter Klein PER"));
  CHECK_FALSE(names.count("Klein LOC"));
}

TEST_CASE("A word class finds every kind of entry past its quick filter", "[extract][rules-language]") {
  WordClass c;
  for (const char* e : {"Gipfel", "x", "Mitglied*", "A*", "*minister", "sagte ab", "a b"}) c.add(e);
  CHECK(c.has("Gipfel"));
  CHECK(c.has("x"));
  CHECK(c.has("Mitglieder"));
  CHECK(c.has("Ab"));  // a prefix of one letter
  CHECK(c.has("Außenminister"));
  CHECK_FALSE(c.has("Gipfels"));
  CHECK_FALSE(c.has("y"));
  CHECK_FALSE(c.has("Minister"));  // the suffix needs a word before it
  const auto t = tokenize("Er sagte ab und a b .");
  CHECK(c.match(t, 1, t.size()) == 2);  // "sagte ab"
  CHECK(c.match(t, 4, t.size()) == 2);  // "a b": a sequence whose first word has one letter
  CHECK(c.find(t, 0, t.size()) == 1);
}

TEST_CASE("The index of word classes finds what each class's own search finds", "[extract][rules-language]") {
  // Every class of both built-in packs and every word set of their rules, on sentences of our own
  // that hit words, prefixes, suffixes and words in a row, and at a sentence's end.
  const std::vector<std::string> sentences = {
      "Die Außenminister der Mitgliedstaaten sagten das Treffen in Genf am Montag ab .",
      "Der Bundeskanzler traf sich nicht mit dem Präsidenten , sondern mit der Ministerin in Lissabon",
      "On the sidelines of the summit , Prime Minister Paul Roe held talks with the foreign ministers .",
      "The members of the alliance did not attend ; they met instead in Geneva on Tuesday", "x"};
  for (const char* lang : {"de", "en"}) {
    auto pack = kg::extract::builtin_pack(lang);
    REQUIRE_OK(pack);
    const WordClasses& classes = (*pack)->words;
    REQUIRE(classes.indexed() > 0);
    std::vector<const WordClass*> all;
    for (const std::string& name : classes.names()) all.push_back(&classes[name]);
    for (const kg::extract::Rule& r : (*pack)->rules)
      for (const kg::extract::PatternElement& el : r.pattern)
        if (el.word_class) all.push_back(el.word_class);
    std::size_t found = 0;
    for (const std::string& s : sentences) {
      const auto t = tokenize(s);
      for (const auto& [first, last] : {std::pair<std::size_t, std::size_t>{0, t.size()}, {1, t.size() - 1}}) {
        if (first >= last) continue;
        std::vector<std::uint32_t> at;
        classes.first_tokens(t, first, last, &at);
        for (const WordClass* c : all) {
          if (c->number() == WordClass::kUnindexed) {
            CHECK(c->empty());
            continue;
          }
          const std::size_t want = c->find(t, first, last);
          found += want < last;
          INFO(lang << " " << s << " [" << first << "," << last << ") " << (c->empty() ? "" : c->entries().front()));
          CHECK(at[c->number()] == want);
        }
      }
    }
    CHECK(found > 100);
  }
}

TEST_CASE("A place the article named before is that place again after a preposition", "[extract][entities]") {
  auto mentions_of = [](const Extractor& x, const std::string& text, const std::string& name) {
    auto doc = x.extract(Input{text, "t", "", "de"});
    REQUIRE_OK(doc);
    for (const Entity& e : doc->entities)
      if (e.name == name) return e.mentions.size();
    return std::size_t{0};
  };
  // The dateline's city the lexicons lack.
  CHECK(mentions_of(extractor(), "Zwergstadt (dpa) - Die Minister kamen in Zwergstadt zum Gipfel zusammen.",
                    "Zwergstadt") == 2);
  // A place the tagger found once.
  auto x = extractor_proposing({{"Zwergstadt", EntityType::kLocation}}, /*first_only=*/true);
  CHECK(mentions_of(*x, "Der Gipfel in Zwergstadt begann. Die Minister blieben bis Montag in Zwergstadt.",
                    "Zwergstadt") == 2);
  // Not where the name is a longer one's first word, nor without the preposition inside a sentence
  // (starting one before a lower-case word it is the place: "Zwergstadt jubelte").
  CHECK(mentions_of(*x, "Der Gipfel in Zwergstadt begann. In Zwergstadt Nord regnete es. Die Zwergstadt Bank zahlte.",
                    "Zwergstadt") == 1);
  CHECK(mentions_of(*x, "Der Gipfel in Zwergstadt begann. Zwergstadt jubelte.", "Zwergstadt") == 2);
}

TEST_CASE("A building the tagger proposes as a place stays a building, the venue of its event", "[extract][entities]") {
  auto x = extractor_proposing({{"Kensington House", EntityType::kLocation}});
  CHECK(facts("The ceremony was held at Kensington House on Friday.", *x, "en")
            .count("ceremony @ Kensington House held_in Kensington House"));
  // A capitalised common word may begin a building's name without an article: "at Government House".
  CHECK(facts("The prime minister hosted the signing ceremony at Government House on Friday.", extractor(), "en")
            .count("signing ceremony @ Government House held_in Government House"));
}

TEST_CASE("A word that introduces a person's name is no person the tagger may propose", "[extract][sources]") {
  auto x = extractor_proposing({{"Gastgeber", EntityType::kPerson}});
  const auto f =
      facts("Die Regierungschefs trafen sich zur Konferenz. Gastgeber war Ministerpräsident Max Muster.", *x);
  CHECK(f.count("Max Muster participates_in Konferenz"));
  CHECK_FALSE(has_fact(f, "Gastgeber", "participates_in"));
}

TEST_CASE("German: a person in an attribute with 'von' of a noun is no one met", "[extract][german]") {
  auto x = extractor_proposing({{"Max Muster", EntityType::kPerson}, {"Anna Probe", EntityType::kPerson}});
  CHECK_FALSE(
      has_fact(facts("Konferenzleiter Max Muster, ein früherer Berater von Anna Probe, sprach von einer Wende.", *x),
               "Max Muster", "meets_with"));
  // An event noun before it is no such noun: those of "das Treffen von X und Y" meet.
  CHECK(facts("Das Treffen von Max Muster und Anna Probe fand in Lissabon statt.", *x)
            .count("Max Muster meets_with Anna Probe"));
}

TEST_CASE("A word of an office of the lexicons is no place the tagger proposes", "[extract]") {
  auto x = extractor_proposing({{"State", EntityType::kLocation}, {"Lima", EntityType::kLocation}});
  auto doc = x->extract(Input{"U.S. Secretary of State Anna Probe met Paul Roe in Lima.", "t", "", "en"});
  REQUIRE_OK(doc);
  std::set<std::string> names;
  for (const Entity& e : doc->entities) names.insert(e.name);
  CHECK_FALSE(names.count("State"));
  CHECK(names.count("Anna Probe"));
  CHECK(names.count("Lima"));
}

TEST_CASE("A name the tagger types as a place that ends a person's name is that person", "[extract]") {
  // (Max Muster's surname as one word, Anna Probe's two last words: "Neben Lacalle Pou nahmen …")
  auto x = extractor_proposing({{"Anna Maria Probe Roe", EntityType::kPerson},
                                {"Probe Roe", EntityType::kLocation},
                                {"Lima", EntityType::kLocation}});
  auto doc = x->extract(
      Input{"Präsidentin Anna Maria Probe Roe kam nach Lima. Neben Probe Roe sprach Paul Klein.", "t", "", "de"});
  REQUIRE_OK(doc);
  auto types = types_by_name(*doc);
  CHECK_FALSE(types.count("Probe Roe"));
  CHECK(types["Anna Maria Probe Roe"] == EntityType::kPerson);
}

TEST_CASE("A surname written first alone is the person whose full name it starts and one fact stays once",
          "[extract]") {
  const auto doc = extractor().extract(
      Input{"Taiwan's President Lai meets senators\n\nTaiwanese President Lai Ching-te met senators in Taipei.", "t",
            "", "en"});
  REQUIRE_OK(doc);
  std::size_t persons = 0;
  for (const Entity& e : doc->entities) persons += e.type == EntityType::kPerson;
  CHECK(persons == 1);
}

TEST_CASE("A person the tagger finds whose name starts with a city's is that person", "[extract]") {
  auto x = extractor_proposing({{"Santiago Roe", EntityType::kPerson}});
  auto doc = x->extract(Input{"Paraguays Santiago Roe traf in Santiago Anna Probe.", "t", "", "de"});
  REQUIRE_OK(doc);
  auto types = types_by_name(*doc);
  CHECK(types["Santiago Roe"] == EntityType::kPerson);
  CHECK(types["Santiago"] == EntityType::kLocation);  // the city itself, named on its own
  CHECK_FALSE(types.count("Roe"));
}

TEST_CASE("A place the tagger found once is that place where a sentence starts with it", "[extract]") {
  // (a tagger that finds only the first occurrence; the person's surname stays the person's)
  auto x = extractor_proposing(
      {{"Wiesenburg", EntityType::kLocation}, {"Probe", EntityType::kLocation}, {"Hessen", EntityType::kLocation}},
      /*first_only=*/true);
  auto doc =
      x->extract(Input{"Der Parteitag fand in Wiesenburg statt. Präsidentin Anna Probe sprach. Probe ist "
                       "Vorsitzende der SPD. Wiesenburg ist die Landeshauptstadt von Hessen.",
                       "t", "", "de"});
  REQUIRE_OK(doc);
  std::map<std::string, std::string> ids;
  for (const Entity& e : doc->entities) ids[e.name] = e.id;
  bool capital = false, chair = false;
  for (const Relation& r : doc->relations) {
    const std::string_view p = predicate_info(r.predicate).name;
    capital = capital || (p == "located_in" && r.subject == ids["Wiesenburg"] && r.object == ids["Hessen"]);
    chair = chair || (p == "holds_office" && r.subject == ids["Anna Probe"] && r.object == ids["SPD"]);
  }
  CHECK(capital);
  // (the surname starting a sentence stays the person's, and so does what the sentence says of her)
  CHECK(chair);
  CHECK_FALSE(ids.count("Probe"));
}

TEST_CASE("An optional slot matches with or without its mention and is never a rule's subject or object",
          "[extract][rules]") {
  test::TempDir dir;
  test::write_file(dir.str("opt.rules"),
                   "x.travel: to <CITY:l> \",\"? <COUNTRY:x>? \",\"? to attend the <EVENT:e> => held_in(e, l)\n");
  auto x = Extractor::create(with_rules(dir.str("opt.rules")));
  REQUIRE_OK(x);
  CHECK(has_fact(facts("Paul Roe flew to Lima, Peru, to attend the summit.", **x, "en"), "summit", "held_in Lima"));
  CHECK(has_fact(facts("Paul Roe flew to Lima to attend the summit.", **x, "en"), "summit", "held_in Lima"));
  test::write_file(dir.str("bad.rules"), "x.bad: to <CITY:l>? for the <EVENT:e> => held_in(e, l)\n");
  auto bad = Extractor::create(with_rules(dir.str("bad.rules")));
  REQUIRE_FALSE(bad.ok());
  CHECK_THAT(bad.status().message(), Catch::Contains("cannot be optional"));
}

TEST_CASE("A place the tagger finds before a building's noun in lower case is a building", "[extract][sources]") {
  auto x = extractor_proposing({{"Zorblax", EntityType::kLocation}});
  const auto f = facts(
      "Anna Probe visited Lima. Paul Roe received her at the Zorblax presidential palace, where the two held talks.",
      *x, "en");
  CHECK(has_fact(f, "talks", "held_in Zorblax"));
}

TEST_CASE("A dateline's agency after a slash and before a full stop is no part of a tagged place", "[extract][dates]") {
  auto x = extractor_proposing({{"Lissabon/dpa", EntityType::kLocation}});
  auto doc = x->extract(Input{"Lissabon/dpa. Der Rat tagt in Lissabon.", "t", "", "de"});
  REQUIRE_OK(doc);
  REQUIRE(doc->entities.size() == 1);
  CHECK(doc->entities[0].name == "Lissabon");
}

TEST_CASE("A state's possessive the tagger runs into a person's name is the state's", "[extract][english]") {
  auto x = extractor_proposing({{"Russia's Roe", EntityType::kPerson}});
  auto doc = x->extract(Input{"The ministers met in Rome without Russia's Roe on Monday.", "t", "", "en"});
  REQUIRE_OK(doc);
  auto types = types_by_name(*doc);
  CHECK(types.count("Russia's Roe") == 0);
  CHECK(types.count("Roe"));
  CHECK(types.count("Russia"));
}

TEST_CASE("A name after an article and a German place noun is a place, also when tagged a person before",
          "[extract][german]") {
  auto x = extractor_proposing({{"Capri", EntityType::kPerson}}, /*first_only=*/true);
  auto doc =
      x->extract(Input{"Treffen auf Capri\n\nDie Minister trafen sich auf der italienischen Insel Capri. "
                       "Vor Ort Gespräche zu führen, sei wichtig.",
                       "t", "", "de"});
  REQUIRE_OK(doc);
  auto types = types_by_name(*doc);
  CHECK(types["Capri"] == EntityType::kLocation);
  CHECK(types.count("Gespräche") == 0);
  CHECK(std::count_if(doc->entities.begin(), doc->entities.end(), [](const Entity& e) { return e.name == "Capri"; }) ==
        1);
}

TEST_CASE("A word the tagger proposes that starts a sentence before a number is no name", "[extract][sources]") {
  auto x = extractor_proposing({{"Rund", EntityType::kLocation}, {"Knapp", EntityType::kPerson}});
  auto doc = x->extract(
      Input{"Der Gipfel begann. Rund 30 Minister reisten nach Lima. Knapp 200 Delegierte kamen.", "t", "", "de"});
  REQUIRE_OK(doc);
  auto types = types_by_name(*doc);
  CHECK(types.count("Lima"));
  CHECK_FALSE(types.count("Rund"));
  CHECK_FALSE(types.count("Knapp"));
  // … or a number word: "Rund hundert Abgeordnete", "Knapp zwei Drittel"; and in English.
  auto words = x->extract(
      Input{"Der Gipfel begann. Rund hundert Minister reisten nach Lima. Knapp zwei Drittel kamen.", "t", "", "de"});
  REQUIRE_OK(words);
  CHECK_FALSE(types_by_name(*words).count("Rund"));
  CHECK_FALSE(types_by_name(*words).count("Knapp"));
  auto en = extractor_proposing({{"Nearly", EntityType::kPerson}});
  auto english = en->extract(Input{"The summit began. Nearly hundred ministers flew to Lima.", "t", "", "en"});
  REQUIRE_OK(english);
  CHECK_FALSE(types_by_name(*english).count("Nearly"));
  // … also after a dateline's mark, where the sentence's own words start.
  auto dated = x->extract(Input{"Lindenhof\n\nLima - Rund 30 Minister reisten an.", "t", "", "de"});
  REQUIRE_OK(dated);
  CHECK_FALSE(types_by_name(*dated).count("Rund"));
}

TEST_CASE("One word the tagger calls a person after 'the' and before a capitalised word is a modifier of a name",
          "[extract][sources]") {
  auto x = extractor_proposing({{"Lindenhof", EntityType::kPerson}, {"Roe", EntityType::kPerson}});
  auto doc = x->extract(Input{"The leaders discussed the Lindenhof Peace Initiative.", "t", "", "en"});
  REQUIRE_OK(doc);
  CHECK_FALSE(types_by_name(*doc).count("Lindenhof"));
}

TEST_CASE("Every name a German lexicon entry gives the English pack is an English entry of its class",
          "[extract][lexicon][english]") {
  // ref= joins the two languages' entities in the graph ("Ostsee" = "Baltic Sea"): a ref the English
  // pack does not know joins nothing.
  auto de = kg::extract::builtin_pack("de");
  auto en = kg::extract::builtin_pack("en");
  REQUIRE_OK(de);
  REQUIRE_OK(en);
  const kg::extract::Lexicon& g = (*de)->lexicon;
  const kg::extract::Lexicon& e = (*en)->lexicon;
  std::size_t refs = 0;
  for (std::size_t i = 0; i < g.size(); ++i) {
    const kg::extract::LexEntry& entry = g.entry(i);
    if (entry.ref.empty()) continue;
    ++refs;
    const auto there = e.phrase(entry.ref);
    INFO(entry.canonical << " ref=" << entry.ref);
    CHECK(there.has_value());
    if (there) CHECK(e.entry(*there).cls == entry.cls);
  }
  CHECK(refs > 50);
}

TEST_CASE("English: the Americas and the seas are regions of the world", "[extract][english]") {
  auto x = extractor_proposing({{"Americas", EntityType::kOrganization}});
  auto doc = x->extract(Input{
      "Ministers from across the Americas met in Lima to speak about the Red Sea and the Black Sea.", "t", "", "en"});
  REQUIRE_OK(doc);
  const auto types = typed_names(*doc);
  for (const char* region : {"Americas LOC", "Red Sea LOC", "Black Sea LOC"}) {
    INFO(region);
    CHECK(types.count(region));
  }
  CHECK_FALSE(types.count("Americas ORG"));
}

TEST_CASE(
    "English: a body's short form ending in an event noun is another organisation's meeting where the "
    "article never names the body's own",
    "[extract][english]") {
  auto x = Extractor::create();
  REQUIRE_OK(x);
  // (an article of the Andean Community: its "Extraordinary General Assembly" is a meeting held here)
  const std::string andean =
      "LIMA, May 3 - Delegates chose Paul Roe as their new chair on Tuesday, when an Extraordinary General Assembly "
      "met in the Andean Community headquarters here.";
  auto doc = (*x)->extract(Input{andean, "t", "", "en"});
  REQUIRE_OK(doc);
  auto types = typed_names(*doc);
  CHECK(types.count("Extraordinary General Assembly EVENT"));
  CHECK_FALSE(types.count("UN General Assembly ORG"));
  // (held here, in the headquarters here)
  const auto f = facts(andean, **x, "en");
  CHECK(f.count("Extraordinary General Assembly @ Lima held_in Lima"));
  CHECK(f.count("Andean Community headquarters located_in Lima"));
  // (an article that names the UN: its General Assembly)
  doc = (*x)->extract(Input{"Paul Roe spoke at the UN in New York. The General Assembly then voted.", "t", "", "en"});
  REQUIRE_OK(doc);
  types = typed_names(*doc);
  CHECK(types.count("UN General Assembly ORG"));
  // (a body whose short form is no meeting stays the one the lexicons give it)
  doc = (*x)->extract(Input{"NATO met in Lima. The Security Council then voted.", "t", "", "en"});
  REQUIRE_OK(doc);
  CHECK(typed_names(*doc).count("UN Security Council ORG"));
}

TEST_CASE("Ranks of churches are forms of address, no part of the name, and the pontiff is the Pope",
          "[extract][sources][english]") {
  auto x = extractor_proposing(
      {{"Cardinal Zorblax Quintus", EntityType::kPerson}, {"Kardinal Max Muster", EntityType::kPerson}});
  auto en = x->extract(
      Input{"Pope Peter Test arrived in Lima. Cardinal Zorblax Quintus greeted the pontiff on Friday.", "t", "", "en"});
  REQUIRE_OK(en);
  auto types = types_by_name(*en);
  CHECK(types.count("Zorblax Quintus"));
  CHECK_FALSE(types.count("Cardinal Zorblax Quintus"));
  CHECK(has_mention(*en, "Peter Test", "pontiff"));
  auto de = x->extract(Input{"Kardinal Max Muster traf in Lima ein.", "t", "", "de"});
  REQUIRE_OK(de);
  CHECK(types_by_name(*de).count("Max Muster"));
}

TEST_CASE("A compound whose tail is an event noun is no place where the tagger proposes one", "[extract][sources]") {
  auto x = extractor_proposing({{"Europarat-Gipfel", EntityType::kLocation}});
  auto doc = x->extract(Input{"Europarat-Gipfel in Lima: Register beschlossen\n\nDer Europarat tagte.", "t", "", "de"});
  REQUIRE_OK(doc);
  const auto names = typed_names(*doc);
  CHECK(names.count("Europarat-Gipfel EVENT"));
  CHECK_FALSE(names.count("Europarat-Gipfel LOC"));
}

TEST_CASE("A name that ends in a treaty's noun is no entity", "[extract][sources]") {
  auto x = extractor_proposing({{"Lindenhof-Konvention", EntityType::kOrganization}});
  auto doc = x->extract(Input{"Die Lindenhof-Konvention trat am Montag in Kraft.", "t", "", "de"});
  REQUIRE_OK(doc);
  CHECK_FALSE(typed_names(*doc).count("Lindenhof-Konvention ORG"));
  doc = x->extract(
      Input{"The talks opened negotiations on a Trade and Lindenhof Agreement between Peru and Chile.", "t", "", "en"});
  REQUIRE_OK(doc);
  for (const Entity& e : doc->entities) CHECK(e.type != EntityType::kPerson);
}

TEST_CASE("One word after a place's preposition and a state's adjective is a place the tagger calls a person",
          "[extract][sources]") {
  auto x = extractor_proposing({{"Lindenhofen", EntityType::kPerson}});
  auto doc = x->extract(Input{"Der Gipfel fand im süditalienischen Lindenhofen statt.", "t", "", "de"});
  REQUIRE_OK(doc);
  CHECK(typed_names(*doc).count("Lindenhofen LOC"));
  CHECK_FALSE(typed_names(*doc).count("Lindenhofen PER"));
  CHECK(facts("Der Gipfel fand im süditalienischen Lindenhofen statt.", *x).count("Lindenhofen located_in Italien"));
  // (not after another preposition: "mit dem italienischen Lindenhofen" may be a person)
  doc = x->extract(Input{"Er sprach mit dem italienischen Lindenhofen.", "t", "", "de"});
  REQUIRE_OK(doc);
  CHECK(typed_names(*doc).count("Lindenhofen PER"));
}

TEST_CASE("One word whose head is an organisation's the tagger calls a person names none", "[extract][sources]") {
  auto x = extractor_proposing({{"Lindenhofausschuss", EntityType::kPerson}, {"Murat", EntityType::kPerson}});
  auto doc = x->extract(Input{
      "Lindenhofausschuss: Einigung in der Nacht\n\nIn Lima einigte sich Murat mit den Ministern.", "t", "", "de"});
  REQUIRE_OK(doc);
  CHECK_FALSE(typed_names(*doc).count("Lindenhofausschuss PER"));
  // (a name that ends in a short head is a name: "Murat" ends in "Rat")
  CHECK(typed_names(*doc).count("Murat PER"));
}

TEST_CASE("German and English: an island the tagger finds takes its own preposition as a venue", "[extract][sources]") {
  auto x = extractor_proposing({{"Korfu", EntityType::kLocation}, {"Corfu", EntityType::kLocation}});
  CHECK(has_fact(facts("Foreign ministers opened talks on the Greek island of Corfu on Wednesday.", *x, "en"), "talks",
                 "held_in Corfu"));
  CHECK(has_fact(facts("On the island of Corfu the summit opened on Monday.", *x, "en"), "summit", "held_in Corfu"));
  CHECK(has_fact(facts("Die Außenminister haben auf der griechischen Insel Korfu ihre Beratungen begonnen.", *x),
                 "Beratungen", "held_in Korfu"));
  CHECK(has_fact(facts("Auf der Insel Korfu begann am Montag der Gipfel.", *x), "Gipfel", "held_in Korfu"));
  // (a topic after "on" is no venue, nor a place "auf" leads with no island's noun: "Druck auf Korfu")
  CHECK_FALSE(has_fact(facts("The summit held talks on Corfu.", *x, "en"), "summit", "held_in"));
  CHECK_FALSE(has_fact(facts("Der Gipfel erhöhte den Druck auf Korfu.", *x), "Gipfel", "held_in"));
}

TEST_CASE("German and English: given names of the open first-name registers start a person's name, words do not",
          "[extract][german][english]") {
  // (names the packs' own lists lack, which the tagger is not asked for here)
  const auto de =
      entity_names("Die Versammlung wählte Theodoros Lindqvist zum Präsidenten. Er folgt auf Tadeusz Brenner.");
  CHECK(de.count("Theodoros Lindqvist PER"));
  CHECK(de.count("Tadeusz Brenner PER"));
  const auto en =
      entity_names("The assembly elected Anastasios Lindqvist as its president. He succeeds Siobhan Brenner.", "en");
  CHECK(en.count("Anastasios Lindqvist PER"));
  CHECK(en.count("Siobhan Brenner PER"));
  // (a register's name that is a word of the language is none: "hope", "die Sonne")
  CHECK_FALSE(entity_names("Hope Street was closed on Monday.", "en").count("Hope Street PER"));
  CHECK_FALSE(entity_names("Die Sonne Brasiliens lockte viele Gäste.").count("Sonne Brasiliens PER"));
}

TEST_CASE("A person the tagger proposes after 'the' and before a building's noun in lower case is a building",
          "[extract][sources]") {
  auto x = extractor_proposing({{"Huis ten Bosch", EntityType::kPerson}});
  auto doc = x->extract(Input{"Paul Roe attended a dinner at the Huis ten Bosch palace.", "t", "", "en"});
  REQUIRE_OK(doc);
  CHECK(types_by_name(*doc)["Huis ten Bosch"] == EntityType::kLocation);
  CHECK(has_fact(facts("Paul Roe attended a dinner at the Huis ten Bosch palace.", *x, "en"), "dinner",
                 "held_in Huis ten Bosch"));
  // (not before a seat's noun, nor without the article)
  auto seat = x->extract(Input{"Paul Roe spoke at the Huis ten Bosch headquarters.", "t", "", "en"});
  REQUIRE_OK(seat);
  CHECK(types_by_name(*seat)["Huis ten Bosch"] == EntityType::kPerson);
}
