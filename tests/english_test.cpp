// The English pack (extract/lang/en/) and telling a document's language (--lang auto): each
// construction with sentences of our own.
#include <map>
#include <set>
#include <string>

#include "extract_helpers.h"
#include "test_helpers.h"

using namespace kg::test;

namespace {

// "Subject predicate Object" lines of an English text.
std::set<std::string> english(const std::string& text) {
  auto doc = extractor().extract(kg::extract::Input{text, "test", "", "en"});
  REQUIRE_OK(doc);
  std::set<std::string> out;
  std::map<std::string, std::string> names;
  for (const kg::Entity& e : doc->entities) names[e.id] = e.name;
  for (const kg::Relation& r : doc->relations)
    out.insert(names[r.subject] + " " + std::string(kg::predicate_info(r.predicate).name) + " " + names[r.object]);
  return out;
}

std::string language_of(const std::string& text) {
  kg::extract::Options o;
  o.lang = std::string(kg::extract::kAutoLanguage);
  auto x = kg::extract::Extractor::create(o);
  REQUIRE_OK(x);
  auto doc = (*x)->extract(kg::extract::Input{text, "test", "", ""});
  return doc.ok() ? doc->lang : "refused: " + doc.status().message();
}

}  // namespace

TEST_CASE("A document's language is told from its common words", "[extract][english]") {
  CHECK(language_of("The ministers of the two countries met in Lima on Monday and agreed to work together on "
                    "trade, which was the main topic of the talks.") == "en");
  CHECK(language_of("Die Minister der beiden Länder trafen sich am Montag in Lima und wollen bei dem Handel "
                    "enger zusammenarbeiten, der auch das Hauptthema der Gespräche war.") == "de");
  // A short text without clear clues is read as German; a long one in no pack's language is refused.
  CHECK(language_of("Anna Probe sprach in Lima.") == "de");
  const std::string other = language_of(
      "Lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore "
      "magna aliqua ut enim ad minim veniam quis nostrud exercitation ullamco laboris nisi");
  CHECK(other.starts_with("refused: no language pack recognises the text"));
}

TEST_CASE("English offices: adjectives, possessives, organisations and abbreviations before the title",
          "[extract][english]") {
  auto f = english(
      "South Korean President Anna Probe met Russian President Max Muster. Japan's Prime Minister Hana Sato "
      "spoke. NATO Secretary-General Peter Test and U.S. President John Smith arrived. Guinean President, Paul "
      "Roe, was elected.");
  CHECK(f.count("Anna Probe holds_office South Korea"));
  CHECK(f.count("Max Muster holds_office Russia"));
  CHECK(f.count("Hana Sato holds_office Japan"));
  CHECK(f.count("Peter Test holds_office NATO"));
  CHECK(f.count("John Smith holds_office United States"));
  CHECK(f.count("Paul Roe holds_office Guinea"));
  CHECK(f.count("Anna Probe meets_with Max Muster"));
}

TEST_CASE("English events: organisers, venues, participants, members and capitals", "[extract][english]") {
  auto f = english(
      "Leaders of the member states will attend the ASEAN summit in Lima. Japan's Prime Minister Hana Sato met "
      "with US President John Smith on the sidelines of the summit. Peru and Chile joined ASEAN in May. Lima, "
      "the capital of Peru, is ready.");
  CHECK(f.count("ASEAN summit in Lima held_in Lima"));
  CHECK(f.count("Hana Sato participates_in ASEAN summit in Lima"));
  CHECK(f.count("Hana Sato meets_with John Smith"));
  CHECK(f.count("Peru member_of ASEAN"));
  CHECK(f.count("Chile member_of ASEAN"));
  CHECK(f.count("Lima located_in Peru"));
}
