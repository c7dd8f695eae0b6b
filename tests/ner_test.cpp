// The statistical tagger: data files, training on a tiny fixture of our own, the model file
// (round trip and damaged files), span scores and the mention source.
#include <cstring>
#include <filesystem>
#include <fstream>

#include "kg/extract/ner.h"
#include "test_helpers.h"

using namespace kg;
using namespace kg::extract;

namespace {

std::string fixture() { return std::string(KG_SOURCE_DIR) + "/tests/ner/tiny.tsv"; }

std::unique_ptr<NerTagger> trained() {
  auto data = read_ner_file(fixture());
  REQUIRE_OK(data);
  NerTrainOptions o;
  o.epochs = 10;
  o.bucket_bits = 14;
  auto t = NerTagger::train(*data, o);
  REQUIRE_OK(t);
  return std::move(t).value();
}

std::vector<std::string> tag(const NerTagger& t, const std::vector<std::string>& words) {
  return t.tag(std::vector<std::string_view>(words.begin(), words.end()));
}

}  // namespace

TEST_CASE("Tagged files are read with GermEval's derived tags as O and errors with file and line", "[ner][data]") {
  auto data = read_ner_file(fixture());
  REQUIRE_OK(data);
  REQUIRE(data->size() == 4);
  CHECK((*data)[0].tokens[2] == "Lara");
  CHECK((*data)[0].tags[2] == "B-PER");
  CHECK((*data)[3].tags[1] == "O");  // B-LOCderiv
  const std::string bad = "ner_bad.conll";
  std::ofstream(bad) << "Haus O\nBaum X-Y\n";
  auto r = read_ner_file(bad);
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().message() == "ner_bad.conll:2: unknown tag 'X-Y'");
  std::filesystem::remove(bad);
  CHECK(read_ner_file("no-such-file.tsv").status().code() == StatusCode::kNotFound);
  // Tokens arrive normalised as the pipeline's text is: typographic quotes become ".
  const std::string quoted = "ner_quoted.conll";
  std::ofstream(quoted) << "\u201EWolkenzug\u201C O\nlas O\n\u00BB O\n";
  auto q = read_ner_file(quoted);
  REQUIRE_OK(q);
  CHECK((*q)[0].tokens == std::vector<std::string>{"\"Wolkenzug\"", "las", "\""});
  CHECK(normalize_token("\u00AD") == "\u00AD");  // would vanish: stays
  std::filesystem::remove(quoted);
}

TEST_CASE("CoNLL-U entities give names: proper-noun mentions of persons, places and organisations", "[ner][data]") {
  // Our own sentence in GUM's format: every mention is bracketed, names and nouns alike.
  const std::string file = "ner_entities.conllu";
  auto row = [](int id, const char* form, const char* upos, const char* misc) {
    return std::to_string(id) + "\t" + form + "\t_\t" + upos + "\t_\t_\t0\t_\t_\t" + misc + "\n";
  };
  std::ofstream(file) << "# global.Entity = GRP-etype-infstat-salience-centering-minspan-link-identity\n"
                      << row(1, "Mayor", "PROPN", "Entity=(1-person-new-sssss-cf1-1,2,3-coref")
                      << row(2, "Anna", "PROPN", "_") << row(3, "Probe", "PROPN", "Entity=1)")
                      << row(4, "visited", "VERB", "_")
                      << row(5, "the", "DET", "Entity=(2-place-new-sssss-cf2-1-coref-Harbour_Museum")
                      << row(6, "Harbour", "PROPN", "_") << row(7, "Museum", "PROPN", "_") << row(8, "in", "ADP", "_")
                      << row(9, "Grenzstadt", "PROPN", "Entity=(3-place-new-sssss-cf3-1-sgl)")
                      << row(10, ",", "PUNCT", "_")
                      << row(11, "Nordland", "PROPN", "Entity=(4-place-new-sssss-cf4-1-sgl)2)")
                      << row(12, "with", "ADP", "_")
                      << row(13, "a", "DET", "Entity=(5-organization-new-sssss-cf5-1-sgl")
                      << row(14, "local", "ADJ", "_") << row(15, "club", "NOUN", "Entity=5)")
                      << row(16, ".", "PUNCT", "_") << "\n";
  auto data = read_ner_file(file);
  REQUIRE_OK(data);
  REQUIRE(data->size() == 1);
  // The place mention with a comma inside is an apposition: its inner names are the names.
  CHECK((*data)[0].tags == std::vector<std::string>{"B-PER", "I-PER", "I-PER", "O", "O", "O", "O", "O", "B-LOC", "O",
                                                    "B-LOC", "O", "O", "O", "O", "O"});
  std::ofstream(file) << "1\tAnna\tPROPN\n";
  CHECK(read_ner_file(file).status().message() == file + ":1: expected 10 CoNLL-U columns");
  std::filesystem::remove(file);
  // WNUT-17's lower-case types; a line holding only a tab ends a sentence there.
  const std::string wnut = "ner_wnut.conll";
  std::ofstream(wnut) << "Anna\tB-person\nvisits\tO\nNordland\tB-location\n\t\nAcme\tB-corporation\n";
  auto w = read_ner_file(wnut);
  REQUIRE_OK(w);
  REQUIRE(w->size() == 2);
  CHECK((*w)[0].tags == std::vector<std::string>{"B-PER", "O", "B-LOC"});
  CHECK((*w)[1].tags == std::vector<std::string>{"B-ORG"});
  std::filesystem::remove(wnut);
}

TEST_CASE("Training on a tiny fixture learns it, and training is deterministic", "[ner][train]") {
  auto t = trained();
  auto data = read_ner_file(fixture());
  for (const NerSentence& s : *data) CHECK(tag(*t, s.tokens) == s.tags);
  // A known name in a new sentence.
  CHECK(tag(*t, {"Heute", "kam", "Lara", "Sommerfeld", "."}) ==
        std::vector<std::string>{"O", "O", "B-PER", "I-PER", "O"});
  CHECK(trained()->to_bytes() == t->to_bytes());
  // An ensemble of three learns it too, deterministically, and differs from one perceptron.
  NerTrainOptions o;
  o.bucket_bits = 14;
  o.ensemble = 3;
  auto e = NerTagger::train(*data, o);
  REQUIRE_OK(e);
  for (const NerSentence& s : *data) CHECK(tag(**e, s.tokens) == s.tags);
  CHECK(NerTagger::train(*data, o).value()->to_bytes() == (*e)->to_bytes());
  CHECK((*e)->to_bytes() != t->to_bytes());
  o.ensemble = 0;
  CHECK(NerTagger::train(*data, o).status().code() == StatusCode::kInvalidInput);
}

TEST_CASE("A saved model loads back with identical predictions", "[ner][model]") {
  auto t = trained();
  const std::string path = "ner_roundtrip.bin";
  REQUIRE_OK(t->save(path));
  auto back = NerTagger::load(path);
  REQUIRE_OK(back);
  for (const auto& words : std::vector<std::vector<std::string>>{{"Tom", "Brenner", "tagte", "in", "Kleinhausen", "."},
                                                                 {"Die", "Gartenfreunde", "Nordheide", "lasen", "."},
                                                                 {"Ein", "Satz", "ohne", "Namen", "."}})
    CHECK(tag(**back, words) == tag(*t, words));
  CHECK((*back)->to_bytes() == t->to_bytes());
  std::filesystem::remove(path);
}

TEST_CASE("A truncated, damaged or wrong-version model file is refused with a clear error", "[ner][model]") {
  const std::string bytes = trained()->to_bytes();
  auto refused = [](const std::string& b) {
    auto r = NerTagger::from_bytes(b, "m.bin");
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().code() == StatusCode::kInvalidInput);
    return r.status().message();
  };
  CHECK(refused(bytes.substr(0, bytes.size() / 2)).find("m.bin: not a kg NER model") == 0);
  CHECK(refused(bytes.substr(0, 20)).find("truncated") != std::string::npos);
  std::string damaged = bytes;
  damaged[damaged.size() / 2] = static_cast<char>(damaged[damaged.size() / 2] ^ 0x5A);
  CHECK(refused(damaged).find("checksum") != std::string::npos);
  std::string version = bytes;
  version[8] = 7;
  CHECK(refused(version) == "m.bin: NER model format version 7, this kg reads versions 4 and 5");
  CHECK(refused("hello world, not a model at all, not at all, really not").find("wrong magic") != std::string::npos);
  CHECK(NerTagger::load("no-such-model.bin").status().code() == StatusCode::kNotFound);
}

TEST_CASE("Span scores count exact boundaries and types only", "[ner][score]") {
  NerScore s;
  s.add({"B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG"}, {"B-PER", "O", "O", "B-LOC", "O", "B-LOC"});
  CHECK(s.overall.tp == 1);  // the place
  CHECK(s.overall.fp == 2);  // "B-PER" alone, ORG tagged as LOC
  CHECK(s.overall.fn == 2);
  CHECK(s.per_type[2].tp == 1);
  CHECK(s.per_type[2].fp == 1);
  NerScore i_start;
  i_start.add({"I-PER", "I-PER"}, {"B-PER", "I-PER"});  // an I- without B- starts a span
  CHECK(i_start.overall.tp == 1);
}

TEST_CASE("The tagger proposes byte spans of persons, organisations and places, not other names", "[ner][source]") {
  std::shared_ptr<const NerTagger> t = trained();
  auto source = ner_mention_source(t);
  const std::string text = "Gestern sprach Lara Sommerfeld in Kleinhausen. Sie las den Roman Wolkenzug vor.";
  auto found = source->propose(tokenize_text(text));
  std::vector<std::string> spans;
  for (const ProposedMention& m : found) spans.push_back(text.substr(m.start, m.end - m.start));
  CHECK(spans == std::vector<std::string>{"Lara Sommerfeld", "Kleinhausen"});
  CHECK(found[0].type == EntityType::kPerson);
  CHECK(found[1].type == EntityType::kLocation);
}

TEST_CASE("The built-in German model tags a plain sentence", "[ner][model]") {
  auto t = builtin_ner_tagger();
  REQUIRE_OK(t);
  CHECK(tag(**t, {"Gestern", "sprach", "Angela", "Merkel", "in", "Berlin", "."}) ==
        std::vector<std::string>{"O", "O", "B-PER", "I-PER", "O", "B-LOC", "O"});
}

TEST_CASE("A model records its language, and the built-in English model tags English", "[ner][model]") {
  auto data = read_ner_file(fixture());
  REQUIRE_OK(data);
  NerTrainOptions o;
  o.epochs = 2;
  o.bucket_bits = 12;
  o.lang = "en";
  auto t = NerTagger::train(*data, o);
  REQUIRE_OK(t);
  auto back = NerTagger::from_bytes((*t)->to_bytes(), "m.bin");
  REQUIRE_OK(back);
  CHECK((*back)->language() == "en");
  o.lang = "toolong";
  CHECK_FALSE(NerTagger::train(*data, o).ok());
  REQUIRE(builtin_ner_tagger("de").value()->language() == "de");
  auto en = builtin_ner_tagger("en");
  REQUIRE_OK(en);
  CHECK((*en)->language() == "en");
  CHECK(tag(**en, {"Yesterday", "Anna", "Probe", "spoke", "in", "London", "."}) ==
        std::vector<std::string>{"O", "B-PER", "I-PER", "O", "O", "B-LOC", "O"});
  CHECK(builtin_ner_tagger("xx").status().code() == StatusCode::kNotFound);
  auto cli = test::run_kg({"ner", "--lang", "en", "--tokens", "-"}, "Canada\nand\nJapan\n");
  CHECK(cli.out == "Canada\tB-LOC\nand\tO\nJapan\tB-LOC\n\n");
  auto unknown = test::run_kg({"ner", "--lang", "xx", "--tokens", "-"}, "Haus\n");
  CHECK(unknown.code != 0);
  CHECK(unknown.err == "kg: no built-in NER model for 'xx' (this kg has: de, en)\n");
}

TEST_CASE("kg ner tags a token file, kg train-ner writes a model kg ner and kg extract use, bad models are one line",
          "[ner][cli]") {
  test::TempDir dir;
  auto tagged = test::run_kg({"ner", "--tokens", "-"}, "# a comment\nGestern\nsprach\nAngela\nMerkel\n.\n\nJa\n.\n");
  INFO(tagged.err);
  REQUIRE(tagged.code == 0);
  CHECK(tagged.out == "Gestern\tO\nsprach\tO\nAngela\tB-PER\nMerkel\tI-PER\n.\tO\n\nJa\tO\n.\tO\n\n");
  // Tokens are tagged normalised and printed as given.
  auto quotes = test::run_kg({"ner", "--tokens", "-"}, "\u201E\nJa\n\u201C\n");
  CHECK(quotes.out == "\u201E\tO\nJa\tO\n\u201C\tO\n\n");

  const std::string model = dir.str("tiny.bin");
  auto train = test::run_kg(
      {"train-ner", "--train", fixture(), "--dev", fixture(), "--epochs", "10", "--bits", "14", "-o", model});
  INFO(train.err);
  REQUIRE(train.code == 0);
  CHECK_THAT(train.out, Catch::Contains("all  P 100.00  R 100.00  F1 100.00"));
  auto scored = test::run_kg({"ner", "--model", model, "--score", fixture()});
  CHECK(scored.code == 0);
  CHECK_THAT(scored.out, Catch::Contains("PER  P 100.00  R 100.00  F1 100.00  (tp 3, fp 0, fn 0)"));

  const std::string article = dir.str("a.txt");
  std::ofstream(article) << "Gestern sprach Lara Sommerfeld in Kleinhausen.\n";
  auto with = test::run_kg({"extract", "--ner-model", model, article});
  CHECK(with.code == 0);
  CHECK_THAT(with.out, Catch::Contains("\"name\":\"Lara Sommerfeld\""));
  auto without = test::run_kg({"extract", "--no-ner", article});
  CHECK(without.code == 0);
  CHECK_THAT(without.out, !Catch::Contains("Lara Sommerfeld"));

  const std::string broken = dir.str("broken.bin");
  std::ofstream(broken) << "KGNER but nothing more";
  auto bad = test::run_kg({"ner", "--model", broken, "--tokens", "-"}, "Haus\n");
  CHECK(bad.code != 0);
  CHECK(bad.err == "kg: " + broken + ": not a kg NER model (truncated)\n");
  auto no_list =
      test::run_kg({"train-ner", "--train", fixture(), "--word-list", dir.str("missing.txt"), "-o", dir.str("m2.bin")});
  CHECK(no_list.code != 0);
  CHECK(no_list.err == "kg: cannot read word list " + dir.str("missing.txt") + "\n");
  CHECK_FALSE(std::filesystem::exists(dir.str("m2.bin")));
  auto listed = test::run_kg({"train-ner", "--train", fixture(), "--word-list", fixture(), "--gazetteers-from",
                              fixture(), "--ensemble", "2", "--bits", "14", "-o", dir.str("m3.bin")});
  INFO(listed.err);
  CHECK(listed.code == 0);
  CHECK_THAT(listed.err, Catch::Contains("model 2/2, epoch 10:"));
  CHECK(test::run_kg({"train-ner", fixture()}).code == 2);    // no -o
  CHECK(test::run_kg({"train-ner", "-o", model}).code == 2);  // no training files
}

TEST_CASE("Features carry kg's lexicon classes and word shapes to words never seen in training", "[ner][features]") {
  // Countries and given names from kg's lexicons; the tagger sees only a few of them.
  std::vector<NerSentence> data;
  auto add = [&](std::vector<std::string> tokens, std::vector<std::string> tags) {
    data.push_back({std::move(tokens), std::move(tags)});
  };
  for (const char* country : {"Norwegen", "Island", "Portugal", "Kenia", "Chile", "Peru", "Kanada", "Mexiko"}) {
    add({"Die", "Delegation", "reiste", "nach", country, "."}, {"O", "O", "O", "O", "B-LOC", "O"});
    add({"Das", "Wetter", "in", "der", "Stadt", "war", "gut", "."}, {"O", "O", "O", "O", "O", "O", "O", "O"});
  }
  // The same places in the sentence hold capitalised words that are no names: only the lexicon
  // classes tell the two apart.
  for (const char* noun : {"Feierabend", "Mitternacht", "Ostern", "Plan", "Abschluss", "Vorschrift", "Termin", "Ende"})
    add({"Die", "Delegation", "reiste", "nach", noun, "."}, {"O", "O", "O", "O", "O", "O"});
  for (const char* given : {"Anna", "Peter", "Maria", "Thomas", "Klaus", "Monika", "Stefan", "Sabine"})
    add({given, "Beispielmann", "sprach", "."}, {"B-PER", "I-PER", "O", "O"});
  for (const char* word : {"Damals", "Heute", "Dort", "Danach", "Gestern", "Zuletzt", "Anfangs", "Sofort"})
    add({word, "Beispielmann", "sprach", "."}, {"O", "O", "O", "O"});
  NerTrainOptions o;
  o.bucket_bits = 14;
  o.clusters = 0;
  auto t = NerTagger::train(data, o);
  REQUIRE_OK(t);
  // "Finnland", "Schweden" and "Ursula" never occur in the training data: their lexicon classes decide.
  CHECK(tag(**t, {"Die", "Delegation", "reiste", "nach", "Finnland", "."})[4] == "B-LOC");
  CHECK(tag(**t, {"Die", "Delegation", "reiste", "nach", "Schweden", "."})[4] == "B-LOC");
  CHECK(tag(**t, {"Ursula", "Beispielmann", "sprach", "."}) == std::vector<std::string>{"B-PER", "I-PER", "O", "O"});
  CHECK(tag(**t, {"Die", "Delegation", "reiste", "nach", "Vereinbarung", "."})[4] == "O");
  CHECK(tag(**t, {"Morgens", "Beispielmann", "sprach", "."})[0] == "O");
}

TEST_CASE("Word lists and gazetteers read off tagged text carry to names never seen in training", "[ner][features]") {
  test::TempDir dir;
  // Invented words from the same stems and endings, so spelling tells nothing: those with an even
  // (stem + ending) are places and listed, the others are not. Training sees all but the last
  // two of each kind.
  const std::vector<std::string> stems = {"Linden", "Eschen", "Birken", "Ulmen", "Tannen", "Moos"};
  const std::vector<std::string> endings = {"feld", "grund", "hain", "au", "brunn", "rode"};
  std::vector<std::string> places, others;
  for (std::size_t i = 0; i < stems.size(); ++i)
    for (std::size_t j = 0; j < endings.size(); ++j)
      ((i + j) % 2 == 0 ? places : others).push_back(stems[i] + endings[j]);
  const std::string list = dir.str("places.txt");
  {
    std::ofstream out(list);
    out << "# invented places\n";
    for (const std::string& p : places) out << p << " am See\t12\n";  // "am" is not listed, "See" is
  }
  // (the invented word is the sentence's only capitalised one after its first: a capitalised noun
  // in the context, "Der Zug fuhr nach X", would be a word no list marks that is no place, and
  // whatever else kg's lexicon says of it would decide unseen words)
  std::vector<NerSentence> data;
  for (std::size_t k = 0; k + 2 < places.size(); ++k) {
    data.push_back({{"Wir", "fuhren", "gestern", "nach", places[k], "."}, {"O", "O", "O", "O", "B-LOC", "O"}});
    data.push_back({{"Wir", "fuhren", "gestern", "nach", others[k], "."}, {"O", "O", "O", "O", "O", "O"}});
  }
  NerTrainOptions o;
  o.bucket_bits = 14;
  o.clusters = 0;
  auto entries = read_word_list(list);
  REQUIRE_OK(entries);
  CHECK(entries->front() == "Lindenfeld am See");  // comment skipped, count after the tab dropped
  o.word_lists = {*entries};
  const std::vector<std::string> unseen_places = {places[places.size() - 2], places.back()};
  const std::vector<std::string> unseen_others = {others[others.size() - 2], others.back()};
  auto t = NerTagger::train(data, o);
  REQUIRE_OK(t);
  auto at_place = [](const NerTagger& tagger, const std::string& word) {
    return tag(tagger, {"Wir", "fuhren", "gestern", "nach", word, "."})[4];
  };
  for (const std::string& w : unseen_places) CHECK(at_place(**t, w) == "B-LOC");
  for (const std::string& w : unseen_others) CHECK(at_place(**t, w) == "O");
  // The same from tagged text of another kind instead of a list: places stand inside spans there.
  NerTrainOptions from_text = o;
  from_text.word_lists.clear();
  for (const std::string& p : places)
    from_text.gazetteer_source.push_back({{"Im", p, "regnete", "es", "."}, {"O", "B-LOC", "O", "O", "O"}});
  for (const std::string& w : others)
    from_text.gazetteer_source.push_back({{"Im", w, "regnete", "es", "."}, {"O", "O", "O", "O", "O"}});
  auto g = NerTagger::train(data, from_text);
  REQUIRE_OK(g);
  for (const std::string& w : unseen_places) CHECK(at_place(**g, w) == "B-LOC");
  for (const std::string& w : unseen_others) CHECK(at_place(**g, w) == "O");
  // Without them the tagger cannot tell the two kinds apart: the same training data, no lists.
  NerTrainOptions plain = o;
  plain.word_lists.clear();
  plain.gazetteer_source.clear();
  auto u = NerTagger::train(data, plain);
  REQUIRE_OK(u);
  std::size_t told_apart = 0;
  for (std::size_t k = 0; k < 2; ++k)
    told_apart += at_place(**u, unseen_places[k]) == "B-LOC" && at_place(**u, unseen_others[k]) == "O";
  CHECK(told_apart < 2);
  // A dictionary of common nouns marks the other kind instead: what it lists is no place.
  const std::string nouns = dir.str("nouns.txt");
  {
    std::ofstream out(nouns);
    for (const std::string& w : others) out << w << "\n";
  }
  NerTrainOptions with_dictionary = plain;
  with_dictionary.dictionary = read_word_list(nouns).value();
  auto d = NerTagger::train(data, with_dictionary);
  REQUIRE_OK(d);
  for (const std::string& w : unseen_places) CHECK(at_place(**d, w) == "B-LOC");
  for (const std::string& w : unseen_others) CHECK(at_place(**d, w) == "O");
  CHECK(NerTagger::from_bytes((*d)->to_bytes(), "d.bin").value()->to_bytes() == (*d)->to_bytes());
  // The lists travel in the model file.
  auto back = NerTagger::from_bytes((*t)->to_bytes(), "m.bin");
  REQUIRE_OK(back);
  for (const std::string& w : unseen_places) CHECK(at_place(**back, w) == "B-LOC");
  CHECK((*back)->to_bytes() == (*t)->to_bytes());
  from_text.word_lists.assign(6, *entries);  // 3 + 6 > 8
  CHECK(NerTagger::train(data, from_text).status().code() == StatusCode::kInvalidInput);
  CHECK(read_word_list(dir.str("missing.txt")).status().code() == StatusCode::kNotFound);
}

TEST_CASE("A model file with out-of-range transition scores is refused, long sentences tag without overflow",
          "[ner][hostile]") {
  std::string bytes = test::read_file(test::source_dir() + "/extract/models/de-ner.bin");
  // Format version 5: magic, four u32 and the 4-byte language come before the transitions.
  constexpr std::size_t kTransitions = 28;
  REQUIRE(bytes.size() > kTransitions + 360 + 8);
  auto with_checksum = [](std::string b) {  // FNV-1a 64 of everything before the last 8 bytes
    std::uint64_t h = 1469598103934665603ULL;
    for (std::size_t i = 0; i + 8 < b.size(); ++i) {
      h ^= static_cast<unsigned char>(b[i]);
      h *= 1099511628211ULL;
    }
    std::memcpy(b.data() + b.size() - 8, &h, 8);
    return b;
  };
  REQUIRE_OK(NerTagger::from_bytes(with_checksum(bytes), "same.bin"));
  std::string crafted = bytes;
  const std::int32_t huge = 0x3fffffff;
  for (std::size_t i = 0; i < 90; ++i) std::memcpy(crafted.data() + kTransitions + 4 * i, &huge, 4);
  auto r = NerTagger::from_bytes(with_checksum(crafted), "crafted.bin");
  CHECK(r.status().code() == StatusCode::kInvalidInput);
  CHECK_THAT(r.status().message(), Catch::Contains("transition score out of range"));
  // A sentence far longer than any in news: the shipped model's scores stay in range (UBSan
  // would stop on an overflow) and every token gets a tag.
  auto tagger = NerTagger::from_bytes(bytes, "de-ner.bin");
  REQUIRE_OK(tagger);
  std::vector<std::string> tokens;
  for (int i = 0; i < 200000; ++i) tokens.push_back(i % 3 ? "Berlin" : "und");
  std::vector<std::string_view> views(tokens.begin(), tokens.end());
  CHECK((*tagger)->tag(views).size() == tokens.size());
}
