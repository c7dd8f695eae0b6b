// kg_extract_bench: extraction throughput of the whole pipeline of one language
// (kg::extract::Extractor), in tokens/s and MB/s, on one thread and on every core, over a corpus of
// at least 50 MB built from our own example articles of that language
// (examples/articles/*.LANG.txt, each used many times), without and with its tagger.
//
//   build/bench/kg_extract_bench [--lang de|en] [--mb N] [--report BENCHMARKS.md]
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>
#include <vector>

#include "kg/extract/extract.h"
#include "kg/extract/ner.h"
#include "report.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using kg::bench::fmt;

int main(int argc, char** argv) {
  std::size_t megabytes = 50;
  std::string report, lang = "de";
  std::string command = "kg_extract_bench";
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    command += " " + a;
    if (a == "--mb" && i + 1 < argc) {
      std::string n = argv[++i];
      if (n.empty() || n.find_first_not_of("0123456789") != std::string::npos || n.size() > 6 || n == "0") {
        std::cerr << "kg_extract_bench: --mb takes a whole number of megabytes from 1, not '" << n << "'\n";
        return 2;
      }
      megabytes = std::stoul(n);
      command += " " + n;
    } else if (a == "--lang" && i + 1 < argc) {
      lang = argv[++i];
      command += std::string(" ") + argv[i];
    } else if (a == "--report" && i + 1 < argc) {
      report = argv[++i];
      command += std::string(" ") + argv[i];
    } else {
      std::cerr << "kg_extract_bench: unknown option " << a << " (options: --lang de|en, --mb N, --report FILE)\n";
      return 2;
    }
  }
  std::vector<std::string> articles;
  std::error_code ec;
  for (fs::directory_iterator it("examples/articles", ec), end; !ec && it != end; it.increment(ec)) {
    const fs::directory_entry& e = *it;
    if (!e.path().filename().string().ends_with("." + lang + ".txt")) continue;
    std::ifstream in(e.path());
    std::stringstream ss;
    ss << in.rdbuf();
    articles.push_back(ss.str());
  }
  if (articles.empty()) {
    std::cerr << "kg_extract_bench: no examples/articles/*." << lang
              << ".txt (run it from the repository root, --lang de or en)\n";
    return 2;
  }
  std::vector<const std::string*> corpus;
  std::size_t bytes = 0, tokens = 0;
  while (bytes < megabytes << 20) {
    for (const std::string& a : articles) {
      corpus.push_back(&a);
      bytes += a.size();
      tokens += kg::extract::tokenize_text(a).tokens.size();
    }
  }
  auto x = kg::extract::Extractor::create();
  auto with_ner = kg::extract::Extractor::create();
  auto tagger = kg::extract::builtin_ner_tagger(lang);
  if (!x.ok() || !with_ner.ok() || !tagger.ok()) {
    std::cerr << "kg_extract_bench: "
              << (!x.ok()        ? x.status()
                  : !tagger.ok() ? tagger.status()
                                 : with_ner.status())
                     .message()
              << "\n";
    return 1;
  }
  (*with_ner)->add_source(kg::extract::ner_mention_source(*tagger), lang);
  auto run = [&](const kg::extract::Extractor& extractor, unsigned threads) {
    std::atomic<std::size_t> next{0}, relations{0};
    auto t0 = Clock::now();
    auto work = [&] {
      std::size_t found = 0;
      for (std::size_t i; (i = next++) < corpus.size();) {
        auto d = extractor.extract(kg::extract::Input{*corpus[i], "bench", "", lang});
        if (d.ok()) found += d->relations.size();
      }
      relations += found;
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
    work();
    for (auto& t : pool) t.join();
    return std::chrono::duration<double>(Clock::now() - t0).count();
  };
  unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  double one = run(**x, 1), all = run(**x, cores);
  double ner_one = run(**with_ner, 1), ner_all = run(**with_ner, cores);
  std::ostringstream md;
  // The German section keeps its first marker; another language has its own.
  const std::string section = lang == "de" ? "kg_extract_bench" : "kg_extract_bench:" + lang;
  md << "<!-- " << section << " -->\n### Extraction throughput, "
     << (lang == "de"   ? "German"
         : lang == "en" ? "English"
                        : lang)
     << " (`bench/extract_bench.cpp`)\n\n";
  md << "Command: `" << command << "` (build type " << KG_BUILD_TYPE << ", allocator " << KG_ALLOCATOR
     << ")  \nMachine: " << kg::bench::machine() << "  \n";
  md << "Corpus: " << corpus.size() << " documents, " << fmt(static_cast<double>(bytes) / (1 << 20), 1) << " MiB, "
     << tokens << " tokens (our example articles of this language, repeated)\n\n";
  md << "| pipeline | threads | tokens/s | MB/s | target |\n|---|---|---|---|---|\n";
  auto line = [&](const char* what, unsigned threads, double s, const char* target) {
    md << "| " << what << " | " << threads << " | " << fmt(static_cast<double>(tokens) / s / 1000, 0) << "k | "
       << fmt(static_cast<double>(bytes) / s / 1e6, 1) << " | " << target << " |\n";
  };
  line("lexicons and rules (`--no-ner`)", 1, one, "≥ 500k tokens/s per core");
  line("lexicons and rules (`--no-ner`)", cores, all, "");
  line("with the statistical tagger (default)", 1, ner_one, "≥ 500k tokens/s per core");
  line("with the statistical tagger (default)", cores, ner_all, "");
  md << "\nThe whole pipeline: normalisation, tokens, sentences, lexicon matching, resolution, relation\n"
        "rules and the document object (MITIE, the fastest published C++ extractor, does 53.6k words/s).\n";
  md << "<!-- end " << section << " -->\n";
  std::cout << md.str();
  if (!report.empty()) kg::bench::write_section(report, section, md.str());
  return 0;
}
