// kg_ner_bench: the statistical tagger against Apache OpenNLP's name finder, both scored on the
// same dev file with the same strict span F1 (NerScore), plus tagging speed and model loading
// time. kg's model comes from scripts/train-ner.sh (one recipe for the shipped model and the
// benchmark); OpenNLP is trained here on the same tagged training files. Writes its figures into
// BENCHMARKS.md, one section per language.
//
// usage: kg_ner_bench LANG MODEL DEV REPORT TRAIN...   (bench/ner-bench.sh LANG runs it; REPORT
//        "-" prints only)
//   (OpenNLP is skipped when `opennlp` is not on PATH)
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "kg/extract/ner.h"
#include "report.h"

using namespace kg;
using namespace kg::extract;
using Clock = std::chrono::steady_clock;

namespace {

double since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

std::string lower_type(const std::string& t) {
  std::string out;
  for (char c : t) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// OpenNLP's name finder format: a sentence per line, "<START:per> A B <END>".
void write_opennlp(const std::vector<NerSentence>& data, const std::string& path, bool with_tags) {
  std::ofstream out(path);
  for (const NerSentence& s : data) {
    std::string open;
    for (std::size_t i = 0; i < s.tokens.size(); ++i) {
      const std::string& t = s.tags[i];
      const bool inside = t.size() > 2 && t[0] == 'I' && !open.empty() && open == t.substr(2);
      if (with_tags && !open.empty() && !inside) {
        out << " <END>";
        open.clear();
      }
      if (i > 0) out << ' ';
      if (with_tags && t.size() > 2 && !inside) {
        open = t.substr(2);
        out << "<START:" << lower_type(open) << "> ";
      }
      out << s.tokens[i];
    }
    if (with_tags && !open.empty()) out << " <END>";
    out << '\n';
  }
}

// BIO tags from OpenNLP's output lines.
std::vector<std::vector<std::string>> read_opennlp(const std::string& path) {
  std::vector<std::vector<std::string>> out;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    std::vector<std::string> tags;
    std::istringstream words(line);
    std::string w, type;
    bool first = false;
    while (words >> w) {
      if (w.rfind("<START:", 0) == 0) {
        type = w.substr(7, w.size() - 8);
        for (char& c : type) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        first = true;
      } else if (w == "<END>") {
        type.clear();
      } else {
        tags.push_back(type.empty() ? "O" : (first ? "B-" : "I-") + type);
        first = false;
      }
    }
    out.push_back(std::move(tags));
  }
  return out;
}

std::string row(const std::string& who, const NerScore& s, double tokens_per_s) {
  std::string r = "| " + who;
  for (const auto& c : s.per_type) r += " | " + bench::fmt(100 * c.f1(), 1);
  r += " | **" + bench::fmt(100 * s.overall.f1(), 1) + "** (P " + bench::fmt(100 * s.overall.precision(), 1) + ", R " +
       bench::fmt(100 * s.overall.recall(), 1) + ") | " + bench::fmt(tokens_per_s / 1000, 0) + "k |\n";
  return r;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 6) {
    std::cerr << "usage: kg_ner_bench LANG MODEL DEV REPORT TRAIN...\n";
    return 2;
  }
  const std::string lang = argv[1], model_path = argv[2], dev_path = argv[3];
  const std::string report = std::string(argv[4]) == "-" ? "" : argv[4];
  std::vector<NerSentence> train;
  std::string train_names;
  for (int i = 5; i < argc; ++i) {
    auto part = read_ner_file(argv[i]);
    if (!part.ok()) {
      std::cerr << "kg_ner_bench: " << part.status().message() << "\n";
      return 1;
    }
    train.insert(train.end(), part->begin(), part->end());
    train_names += (train_names.empty() ? "" : ", ") + std::filesystem::path(argv[i]).filename().string();
  }
  auto dev = read_ner_file(dev_path);
  if (!dev.ok()) {
    std::cerr << "kg_ner_bench: " << dev.status().message() << "\n";
    return 1;
  }
  std::size_t dev_tokens = 0;
  for (const NerSentence& s : *dev) dev_tokens += s.tokens.size();

  // kg: the model scripts/train-ner.sh built, loaded from its bytes (timed), then tagging.
  std::string bytes;
  {
    std::ifstream in(model_path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    bytes = ss.str();
  }
  auto t0 = Clock::now();
  auto loaded = NerTagger::from_bytes(bytes, model_path);
  const double load_s = since(t0);
  if (!loaded.ok()) {
    std::cerr << "kg_ner_bench: " << loaded.status().message() << "\n";
    return 1;
  }
  const NerTagger& kg_tagger = **loaded;
  NerScore kg_score;
  for (const NerSentence& s : *dev)
    kg_score.add(s.tags, kg_tagger.tag(std::vector<std::string_view>(s.tokens.begin(), s.tokens.end())));
  // Speed: whole passes over the dev file until at least 2M tokens, after one warm-up pass.
  for (const NerSentence& s : *dev)
    (void)kg_tagger.tag(std::vector<std::string_view>(s.tokens.begin(), s.tokens.end()));
  std::size_t tagged = 0;
  t0 = Clock::now();
  while (tagged < 4'000'000)
    for (const NerSentence& s : *dev) {
      std::vector<std::string_view> toks(s.tokens.begin(), s.tokens.end());
      tagged += kg_tagger.tag(toks).size();
    }
  const double kg_tps = double(tagged) / since(t0);
  std::cout << "kg: F1 " << 100 * kg_score.overall.f1() << ", " << kg_tps << " tokens/s, loaded in " << 1000 * load_s
            << " ms, " << bytes.size() << " bytes\n";

  // OpenNLP on the same files.
  std::string opennlp_row, opennlp_note;
  double opennlp_tps = 0;
  NerScore on_score;
  if (std::system("command -v opennlp >/dev/null 2>&1") == 0) {
    const std::string dir = (std::filesystem::temp_directory_path() / "kg-ner-bench").string();
    std::filesystem::create_directories(dir);
    write_opennlp(train, dir + "/train.txt", true);
    write_opennlp(*dev, dir + "/dev.txt", false);
    // Ten copies of the dev file so the JVM's start-up weighs little in the speed figure.
    {
      std::ifstream one(dir + "/dev.txt");
      std::stringstream ss;
      ss << one.rdbuf();
      std::ofstream ten(dir + "/dev10.txt");
      for (int i = 0; i < 10; ++i) ten << ss.str();
    }
    t0 = Clock::now();
    const std::string train_cmd = "opennlp TokenNameFinderTrainer -model " + dir + "/model.bin -lang " + lang +
                                  " -encoding UTF-8 -data " + dir + "/train.txt > " + dir + "/train.log 2>&1";
    const int rc = std::system(train_cmd.c_str());
    const double on_train_s = since(t0);
    if (rc == 0) {
      std::system(
          ("opennlp TokenNameFinder " + dir + "/model.bin < " + dir + "/dev.txt > " + dir + "/dev.out 2>/dev/null")
              .c_str());
      t0 = Clock::now();
      std::system(
          ("opennlp TokenNameFinder " + dir + "/model.bin < " + dir + "/dev10.txt > " + dir + "/dev10.out 2>/dev/null")
              .c_str());
      opennlp_tps = double(10 * dev_tokens) / since(t0);
      auto tags = read_opennlp(dir + "/dev.out");
      for (std::size_t i = 0; i < dev->size() && i < tags.size(); ++i) {
        if (tags[i].size() != (*dev)[i].tokens.size()) tags[i].assign((*dev)[i].tokens.size(), "O");
        on_score.add((*dev)[i].tags, tags[i]);
      }
      opennlp_row = row("OpenNLP 2.1 name finder (maxent, defaults)", on_score, opennlp_tps);
      opennlp_note = "OpenNLP trained in " + bench::fmt(on_train_s, 1) + " s; its speed includes one JVM start over " +
                     std::to_string(10 * dev_tokens) + " tokens.";
      std::cout << "opennlp: F1 " << 100 * on_score.overall.f1() << ", " << opennlp_tps << " tokens/s\n";
    } else {
      opennlp_note = "OpenNLP training failed (see " + dir + "/train.log).";
    }
  } else {
    opennlp_note = "OpenNLP was not installed (scripts/setup.sh installs the opennlp package), so it was not compared.";
  }

  if (!report.empty()) {
    // The German section keeps its old marker and title (issue 5); other languages get their own.
    const std::string section = lang == "de" ? "ner" : "ner-" + lang;
    std::string text = "<!-- " + section + " -->\n## NER tagger" +
                       (lang == "de" ? std::string(" (issue 5)") : " (" + lang + ")") + "\n\n";
    text += "Command: `bench/ner-bench.sh " + lang + "` (builds kg's model with `scripts/train-ner.sh " + lang +
            "`, then runs `kg_ner_bench " + lang +
            " MODEL DEV BENCHMARKS.md TRAIN...`)  \nMachine: " + bench::machine() + "\n\n";
    text += "Both learn their tags from the same files (" + train_names + "; " + std::to_string(train.size()) +
            " sentences) and are scored on the same dev file (" + std::filesystem::path(dev_path).filename().string() +
            ", " + std::to_string(dev->size()) + " sentences, " + std::to_string(dev_tokens) +
            " tokens, normalised as kg's pipeline normalises text) with one strict span-level scorer (exact boundaries "
            "and type, CoNLL style). kg's model is the shipped recipe: besides the tags it uses untagged text for word "
            "clusters and word lists (scripts/train-ner.sh); OpenNLP's name finder runs with its defaults.\n\n";
    text +=
        "| tagger | PER F1 | ORG F1 | LOC F1 | OTH F1 | all F1 | tokens/s (one thread) "
        "|\n|---|---|---|---|---|---|---|\n";
    text += row("kg (averaged perceptron)", kg_score, kg_tps);
    text += opennlp_row;
    text += "\nkg's model " + bench::fmt(double(bytes.size()) / 1e6, 2) + " MB, loaded in " +
            bench::fmt(1000 * load_s, 1) + " ms; speed over " + std::to_string(tagged) +
            " tokens (features, scores and Viterbi). " + opennlp_note +
            (opennlp_tps > 0 ? " kg is " + bench::fmt(kg_tps / opennlp_tps, 0) + "x faster." : "") + "\n<!-- end " +
            section + " -->\n";
    bench::write_section(report, section, text);
  }
  return 0;
}
