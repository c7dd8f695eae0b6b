// Commands of the statistical tagger: train-ner (train and save a model) and ner (tag tokens,
// optionally scoring against gold tags).
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iomanip>

#include "kg/cli/app.h"
#include "kg/core/text.h"
#include "kg/extract/ner.h"

namespace kg::cli {
namespace {

using Clock = std::chrono::steady_clock;

Result<std::shared_ptr<const extract::NerTagger>> tagger_for(const Args& args) {
  if (args.value("model").empty()) return extract::builtin_ner_tagger(args.value("lang"));
  KG_ASSIGN_OR_RETURN(auto t, extract::NerTagger::load(args.value("model")));
  return std::shared_ptr<const extract::NerTagger>(std::move(t));
}

struct Scored {
  extract::NerScore score;
  std::size_t tokens = 0;
  double seconds = 0;
};

Scored score(const extract::NerTagger& t, const std::vector<extract::NerSentence>& gold) {
  Scored s;
  std::vector<std::vector<std::string>> predicted(gold.size());
  auto start = Clock::now();
  for (std::size_t i = 0; i < gold.size(); ++i) {
    std::vector<std::string_view> toks(gold[i].tokens.begin(), gold[i].tokens.end());
    predicted[i] = t.tag(toks);
    s.tokens += toks.size();
  }
  s.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  for (std::size_t i = 0; i < gold.size(); ++i) s.score.add(gold[i].tags, predicted[i]);
  return s;
}

void print_score(std::ostream& out, const Scored& s) {
  out << std::fixed << std::setprecision(2);
  for (int t = 0; t < 4; ++t) {
    const auto& c = s.score.per_type[t];
    out << "  " << extract::kNerTypes[t] << "  P " << 100 * c.precision() << "  R " << 100 * c.recall() << "  F1 "
        << 100 * c.f1() << "  (tp " << c.tp << ", fp " << c.fp << ", fn " << c.fn << ")\n";
  }
  const auto& c = s.score.overall;
  out << "  all  P " << 100 * c.precision() << "  R " << 100 * c.recall() << "  F1 " << 100 * c.f1() << "\n";
  out << std::setprecision(0) << "  " << s.tokens << " tokens in " << std::setprecision(3) << s.seconds << " s ("
      << std::setprecision(0) << (s.seconds > 0 ? double(s.tokens) / s.seconds : 0) << " tokens/s, one thread)\n";
  out.unsetf(std::ios::floatfield);
}

class TrainNerCommand final : public Command {
 public:
  std::string_view name() const override { return "train-ner"; }
  std::string_view summary() const override { return "train the statistical NER tagger and save its model"; }
  std::string_view details() const override {
    return "Reads GermEval 2014 TSV or CoNLL files (token and BIO tag per line, blank lines between\n"
           "sentences) or CoNLL-U files (*.conllu) whose MISC column carries CorefUD entities (GUM: the\n"
           "linked person, place and organisation mentions made of proper nouns are the names), trains an averaged "
           "perceptron (deterministic for a given --seed), prints the\n"
           "share of wrong training tags per epoch and the strict span F1 on --dev, and writes the model\n"
           "atomically. scripts/train-ner.sh rebuilds the shipped model this way.";
  }
  std::vector<ArgSpec> arguments() const override {
    return {{"TRAIN", "training files (also given with --train)", true, true}};
  }
  std::vector<OptionSpec> options() const override {
    const extract::NerTrainOptions d;
    return {
        {"train", "FILE", "a training file (GermEval TSV, CoNLL or CoNLL-U); more may follow as arguments", "", true},
        {"lang", "LANG", "the language of the text (its pack's lexicon gives features; the model records it)", d.lang},
        {"dev", "FILE", "a file to score the model on after training", ""},
        {"output", "FILE", "where to write the model", "", false, "o"},
        {"epochs", "N", "passes over the training data", std::to_string(d.epochs)},
        {"seed", "N", "seed of the sentence order", std::to_string(d.seed)},
        {"ensemble", "N", "perceptrons (seeds seed, seed+1, ...) averaged into one model", std::to_string(d.ensemble)},
        {"bits", "N", "log2 of the number of hashed feature rows (10..24)", std::to_string(d.bucket_bits)},
        {"dictionary", "FILE", "word list for the common-noun feature, e.g. /usr/share/dict/ngerman", ""},
        {"word-list", "FILE", "a gazetteer (one entry per line, text after a tab ignored); up to 8", "", true},
        {"gazetteers-from", "FILE", "tagged text whose PER/ORG/LOC words become three word lists", "", true},
        {"clusters", "N", "word clusters computed from the training text and --unlabeled (0: none)",
         std::to_string(d.clusters)},
        {"unlabeled", "FILE", "a tagged file whose tokens only feed the word clusters", "", true}};
  }
  Status run(const Args& args, Context& ctx) override {
    if (args.value("output").empty()) return Status::InvalidArgument("train-ner needs -o FILE");
    std::vector<std::string> files = args.values("train");
    files.insert(files.end(), args.positional().begin(), args.positional().end());
    if (files.empty()) return Status::InvalidArgument("train-ner needs training files (--train FILE or arguments)");
    std::vector<extract::NerSentence> train;
    for (const std::string& f : files) {
      KG_ASSIGN_OR_RETURN(auto part, extract::read_ner_file(f));
      train.insert(train.end(), std::make_move_iterator(part.begin()), std::make_move_iterator(part.end()));
    }
    std::vector<extract::NerSentence> dev;
    if (!args.value("dev").empty()) {
      KG_ASSIGN_OR_RETURN(dev, extract::read_ner_file(args.value("dev")));
    }
    extract::NerTrainOptions o;
    o.lang = args.value("lang");
    try {
      o.epochs = std::stoi(args.value("epochs"));
      o.seed = std::stoull(args.value("seed"));
      o.bucket_bits = std::stoi(args.value("bits"));
      o.ensemble = std::stoi(args.value("ensemble"));
    } catch (const std::exception&) {
      return Status::InvalidArgument("--epochs, --seed, --bits and --ensemble take whole numbers");
    }
    if (!args.value("dictionary").empty()) {
      KG_ASSIGN_OR_RETURN(o.dictionary, extract::read_word_list(args.value("dictionary")));
    }
    for (const std::string& f : args.values("word-list")) {
      KG_ASSIGN_OR_RETURN(auto list, extract::read_word_list(f));
      o.word_lists.push_back(std::move(list));
    }
    for (const std::string& f : args.values("gazetteers-from")) {
      KG_ASSIGN_OR_RETURN(auto part, extract::read_ner_file(f));
      o.gazetteer_source.insert(o.gazetteer_source.end(), std::make_move_iterator(part.begin()),
                                std::make_move_iterator(part.end()));
    }
    try {
      o.clusters = std::stoi(args.value("clusters"));
    } catch (const std::exception&) {
      return Status::InvalidArgument("--clusters takes a whole number");
    }
    if (o.clusters < 0 || o.clusters > 4096) return Status::InvalidArgument("--clusters must lie in 0..4096");
    for (const std::string& f : args.values("unlabeled")) {
      KG_ASSIGN_OR_RETURN(auto part, extract::read_ner_file(f));
      for (auto& s : part) o.unlabeled.push_back(std::move(s.tokens));
    }
    o.progress = [&](int member, int epoch, double wrong) {
      if (o.ensemble > 1) ctx.err << "model " << member << "/" << o.ensemble << ", ";
      ctx.err << "epoch " << epoch << ": " << std::setprecision(3) << 100 * wrong << "% training tags wrong\n";
    };
    ctx.err << "training on " << train.size() << " sentences\n";
    auto start = Clock::now();
    KG_ASSIGN_OR_RETURN(auto tagger, extract::NerTagger::train(train, o));
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    KG_RETURN_IF_ERROR(tagger->save(args.value("output")));
    std::error_code ec;
    ctx.out << "trained in " << std::setprecision(3) << seconds << " s; model " << args.value("output") << ", "
            << std::filesystem::file_size(args.value("output"), ec) << " bytes\n";
    if (!dev.empty()) {
      ctx.out << "dev " << args.value("dev") << " (" << dev.size() << " sentences), strict span F1:\n";
      print_score(ctx.out, score(*tagger, dev));
    }
    return Status::Ok();
  }
};

class NerCommand final : public Command {
 public:
  std::string_view name() const override { return "ner"; }
  std::string_view summary() const override {
    return "tag tokens with persons, organisations, places and other names (BIO)";
  }
  bool writes_data(const Args& args) const override { return !args.value("tokens").empty(); }  // tokens as given
  std::string_view details() const override {
    return "--tokens FILE: one token per line, a blank line between sentences, '#' lines ignored; prints\n"
           "\"token<TAB>tag\" per token with the same blank lines. --score FILE instead reads a tagged file\n"
           "(GermEval TSV or CoNLL) and prints the strict span-level precision, recall and F1 per type\n"
           "(exact boundaries and type, CoNLL style) and the tagging speed.";
  }
  std::vector<OptionSpec> options() const override {
    return {{"tokens", "FILE", "tokens to tag (- for standard input)", ""},
            {"score", "FILE", "a gold-tagged file to tag and score", ""},
            {"model", "FILE", "a model file (default: the built-in model of --lang)", ""},
            {"lang", "LANG", "the language whose built-in model tags (de, en)", "de"}};
  }
  Status run(const Args& args, Context& ctx) override {
    KG_ASSIGN_OR_RETURN(auto tagger, tagger_for(args));
    if (!args.value("score").empty()) {
      KG_ASSIGN_OR_RETURN(auto gold, extract::read_ner_file(args.value("score")));
      ctx.out << args.value("score") << " (" << gold.size() << " sentences), strict span F1:\n";
      print_score(ctx.out, score(*tagger, gold));
      return Status::Ok();
    }
    if (args.value("tokens").empty()) return Status::InvalidArgument("ner needs --tokens FILE or --score FILE");
    std::ifstream file;
    std::istream* in = &ctx.in;
    if (args.value("tokens") != "-") {
      file.open(args.value("tokens"));
      if (!file) return Status::NotFound(args.value("tokens") + ": cannot open");
      in = &file;
    }
    std::vector<std::string> sentence, normal;  // as given (printed) and as tagged
    auto flush = [&] {
      if (sentence.empty()) return;
      std::vector<std::string> tags = tagger->tag(std::vector<std::string_view>(normal.begin(), normal.end()));
      for (std::size_t i = 0; i < sentence.size(); ++i) ctx.out << sentence[i] << '\t' << tags[i] << '\n';
      ctx.out << '\n';
      sentence.clear();
      normal.clear();
    };
    std::string line;
    const std::string where = args.value("tokens") == "-" ? "-" : args.value("tokens");
    for (std::size_t line_no = 1; std::getline(*in, line); ++line_no) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      // Not text (a binary file, another encoding): said once, before anything is tagged of it.
      if (auto bad = find_invalid_utf8(line)) {
        return Status::InvalidInput(where + ":" + std::to_string(line_no) + ": invalid UTF-8 at byte " +
                                    std::to_string(*bad) + " (--tokens takes UTF-8 text, one token per line)");
      }
      if (!line.empty() && line[0] == '#') continue;
      if (line.empty()) {
        flush();
        continue;
      }
      sentence.push_back(line.substr(0, line.find('\t')));
      normal.push_back(extract::normalize_token(sentence.back()));
    }
    flush();
    return Status::Ok();
  }
};

}  // namespace

void add_ner_commands(std::vector<std::unique_ptr<Command>>* out) {
  out->push_back(std::make_unique<TrainNerCommand>());
  out->push_back(std::make_unique<NerCommand>());
}

}  // namespace kg::cli
