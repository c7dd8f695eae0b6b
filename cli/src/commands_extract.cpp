// Commands that read article text: extract (document objects as JSON Lines) and ingest
// (extract and store in one step).
#include <atomic>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <thread>

#include <nlohmann/json.hpp>

#include "kg/cli/app.h"
#include "kg/core/parallel.h"
#include "kg/extract/extract.h"
#include "kg/extract/ner.h"
#include "loader.h"
#include "render.h"

namespace kg::cli {
namespace {

namespace fs = std::filesystem;

// One input to extract: a file's text, or a line of JSON Lines (a .jsonl file or standard input).
struct Job {
  std::string where;  // file name, or "FILE:LINE" ("-:LINE" for standard input)
  extract::Input input;
  Status problem;        // set when the input could not be read
  bool in_file = false;  // the text is still in the file `where` (read by the worker)
};

bool is_text_file(const fs::path& p) {
  std::string ext = p.extension().string();
  return ext == ".txt" || ext == ".md";
}

bool is_json_lines_file(const fs::path& p) { return p.extension() == ".jsonl"; }

Status read_file(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open");
  std::stringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return Status::Ok();
}

// The string under `key`, or `fallback` when the key is absent; any other type is the input's mistake.
Status optional_string(const nlohmann::json& j, const char* key, const std::string& fallback, std::string* out) {
  auto it = j.find(key);
  if (it == j.end()) {
    *out = fallback;
    return Status::Ok();
  }
  if (!it->is_string()) return Status::InvalidInput(std::string(key) + ": must be a string");
  *out = it->get<std::string>();
  return Status::Ok();
}

// One job per non-blank line of JSON Lines ({"text"} and optional "id", "source", "date", "lang"),
// named NAME:LINE; a line that is no such object is a job with its problem.
void json_lines_jobs(std::istream& in, const std::string& name, std::vector<Job>& jobs) {
  std::string line;
  for (std::size_t n = 1; std::getline(in, line); ++n) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    Job job;
    job.where = name + ":" + std::to_string(n);
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_object() && j.contains("entities") && !j.contains("text")) {
      job.problem = Status::InvalidInput("a document object with facts (kg load reads it), not an article");
    } else if (j.is_discarded() || !j.is_object() || !j.contains("text") || !j["text"].is_string()) {
      job.problem = Status::InvalidInput("not a JSON object with a \"text\" string");
    } else {
      job.input.text = j["text"].get<std::string>();
      std::string id;
      job.problem = optional_string(j, "id", job.where, &id);
      if (job.problem.ok()) job.problem = optional_string(j, "source", id, &job.input.source);
      if (job.problem.ok()) job.problem = optional_string(j, "date", "", &job.input.date);
      if (job.problem.ok()) job.problem = optional_string(j, "lang", "", &job.input.lang);
    }
    jobs.push_back(std::move(job));
  }
}

// A file's jobs: its lines for a .jsonl file, else its text (read later, by a worker).
void file_jobs(const fs::path& f, std::vector<Job>& jobs) {
  if (!is_json_lines_file(f)) {
    Job job{f.string(), {"", f.string(), "", ""}, Status::Ok()};
    job.in_file = true;
    jobs.push_back(std::move(job));
    return;
  }
  std::ifstream in(f, std::ios::binary);
  if (!in) {
    jobs.push_back(Job{f.string(), {}, Status::NotFound(f.string() + ": cannot open")});
    return;
  }
  json_lines_jobs(in, f.string(), jobs);
}

// Files, folders (walked recursively, .txt, .md and .jsonl, sorted) and "-" (JSON Lines on `in`).
// Articles are .txt and .md files; a .jsonl file holds one article per line as "-" does. Other
// files in folders (not hidden ones) are named on `err` as skipped.
Result<std::vector<Job>> collect(const std::vector<std::string>& args, std::istream& in, std::ostream& err) {
  std::vector<Job> jobs;
  for (const std::string& a : args) {
    if (a == "-") {
      json_lines_jobs(in, "-", jobs);
      continue;
    }
    std::error_code ec;
    if (fs::is_directory(a, ec)) {
      std::vector<fs::path> files;
      for (auto it = fs::recursive_directory_iterator(a, ec); !ec && it != fs::recursive_directory_iterator();
           it.increment(ec))
        if (it->is_regular_file()) {
          if (is_text_file(it->path()) || is_json_lines_file(it->path()))
            files.push_back(it->path());
          else if (!it->path().filename().string().starts_with("."))
            err << it->path().string() << ": skipped (kg reads .txt, .md and .jsonl files)\n";
        }
      std::sort(files.begin(), files.end());
      for (const fs::path& f : files) file_jobs(f, jobs);
    } else if (fs::is_regular_file(a, ec)) {
      file_jobs(a, jobs);
    } else {
      return Status::NotFound(a + ": no such file or folder");
    }
  }
  return jobs;
}

// Extracts the jobs on all cores, a window at a time, and hands each result to `use` in job
// order (on the calling thread). Files are read by the workers, and a job's text is dropped once
// extracted, so memory holds one window of texts and documents however many inputs there are.
Status for_each_extracted(const extract::Extractor& x, std::vector<Job>& jobs,
                          const std::function<Status(Job&, Result<Document>)>& use) {
  const std::size_t window = std::max<std::size_t>(64, 8 * worker_count());
  std::vector<Result<Document>> out;
  for (std::size_t first = 0; first < jobs.size(); first += window) {
    const std::size_t n = std::min(window, jobs.size() - first);
    out.assign(n, Result<Document>(Status::InvalidInput("not run")));
    parallel_for(n, [&](std::size_t k) {
      Job& job = jobs[first + k];
      if (job.problem.ok() && job.in_file) job.problem = read_file(job.where, &job.input.text);
      out[k] = job.problem.ok() ? x.extract(job.input) : Result<Document>(job.problem);
    });
    for (std::size_t k = 0; k < n; ++k) {
      Job& job = jobs[first + k];
      KG_RETURN_IF_ERROR(use(job, std::move(out[k])));
      job.input.text = std::string();
    }
  }
  return Status::Ok();
}

std::vector<OptionSpec> extract_options() {
  return {
      {"lang", "LANG",
       "the language of documents that name none: de, en, or auto (told from the text; a JSON line's \"lang\" wins)",
       "auto"},
      {"pack", "DIR", "a language pack folder for --lang instead of the built-in one (extract/lang/README.md)", ""},
      {"lexicon", "FILE", "an extra lexicon (format: extract/lexicons/README.md)", "", true},
      {"rules", "FILE", "extra relation rules beside the built-in ones (format: extract/rules/README.md)", "", true},
      {"no-ner", "", "do not use the statistical tagger (lexicons and rules only)", ""},
      {"ner-model", "FILE", "a NER model file instead of the built-in model of its language", ""},
      {"date", "DATE", "the date of documents that give none in their metadata (2024, 2024-07 or 2024-07-09)", ""}};
}

// The inputs, each with --date where its metadata gives no date (a JSON line's "date" wins).
Result<std::vector<Job>> collect_inputs(const Args& args, std::istream& in, std::ostream& err) {
  const std::string& date = args.value("date");
  if (!date.empty()) {
    static const std::regex iso(R"(^(\d{4})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$)");
    if (!std::regex_match(date, iso)) {
      return Status::InvalidArgument("--date must be an ISO 8601 date (2024, 2024-07 or 2024-07-09), not \"" + date +
                                     "\"");
    }
  }
  KG_ASSIGN_OR_RETURN(std::vector<Job> jobs, collect(args.positional(), in, err));
  // Inputs were named but nothing among them is text kg reads: say so, as a mistake.
  if (jobs.empty() && !args.positional().empty())
    return Status::InvalidInput("no .txt or .md file (and no JSON line) among the inputs");
  if (!date.empty()) {
    for (Job& job : jobs)
      if (job.input.date.empty()) job.input.date = date;
  }
  return jobs;
}

// The pipeline with the user's lexicons and rules and, unless --no-ner, the statistical tagger
// as one more source of mentions (the built-in model when this kg has one).
Result<std::unique_ptr<extract::Extractor>> make_extractor(const Args& args) {
  extract::Options options;
  options.lang = args.value("lang");
  options.pack_dir = args.value("pack");
  options.lexicon_files = args.values("lexicon");
  options.rule_files = args.values("rules");
  KG_ASSIGN_OR_RETURN(auto x, extract::Extractor::create(options));
  if (args.flag("no-ner")) return x;
  // A tagger reads documents of its model's language only; --ner-model replaces the built-in
  // model of its language.
  std::string replaced;
  if (!args.value("ner-model").empty()) {
    KG_ASSIGN_OR_RETURN(auto t, extract::NerTagger::load(args.value("ner-model")));
    replaced = t->language();
    x->add_source(extract::ner_mention_source(std::move(t)), replaced);
  }
  for (const std::string& lang : extract::builtin_ner_languages()) {
    if (lang == replaced) continue;
    KG_ASSIGN_OR_RETURN(auto t, extract::builtin_ner_tagger(lang));
    x->add_source(extract::ner_mention_source(t), lang);
  }
  return x;
}

// Which rule made each relation, with its confidence and sentence (kg extract --explain).
void explain(std::ostream& err, const std::string& where, const Document& d) {
  err << where << ": " << d.entities.size() << " entities, " << d.relations.size() << " relations\n";
  auto name = [&](const std::string& id) {
    for (const Entity& e : d.entities)
      if (e.id == id) return e.name;
    return id;
  };
  for (const Relation& r : d.relations) {
    err << "  " << name(r.subject) << " " << predicate_info(r.predicate).name << " " << name(r.object);
    if (r.attributes.is_object() && r.attributes.contains("role"))
      err << " (" << r.attributes["role"].get<std::string>() << ")";
    err << "  [" << r.rule << ", " << r.confidence << "]\n    " << r.evidence.text << "\n";
  }
}

class ExtractCommand final : public Command {
 public:
  std::string_view name() const override { return "extract"; }
  std::string_view summary() const override {
    return "find entities and relations in German and English articles (JSON Lines out)";
  }
  std::string_view details() const override {
    return "Reads articles from .txt and .md files (folders recursively) and JSON Lines of\n"
           "{\"text\", \"source\", \"date\", \"lang\"} from .jsonl files or, with -, standard input, and\n"
           "prints one document object per\n"
           "input (README: \"The document object\"); `kg load` accepts the output. A first line\n"
           "\"date 2024-07\" gives the date. A file that is not UTF-8 is reported with its byte offset and\n"
           "skipped; kg exits with code 4 at the end. --explain lists on standard error which rule made\n"
           "each relation, with its confidence and sentence.";
  }
  std::vector<ArgSpec> arguments() const override {
    return {{"INPUT", "files (.txt, .md; .jsonl: one article per line), folders, or - for JSON Lines on standard input",
             false, true}};
  }
  std::vector<OptionSpec> options() const override {
    std::vector<OptionSpec> o = {
        {"format", "F", "jsonl (document objects, one per line)", "jsonl"},
        {"explain", "", "list the rule, confidence and sentence of every relation on stderr", ""}};
    for (auto& s : extract_options()) o.push_back(std::move(s));
    return o;
  }
  Status run(const Args& args, Context& ctx) override {
    if (args.value("format") != "jsonl") return Status::InvalidArgument("--format must be jsonl");
    KG_ASSIGN_OR_RETURN(auto extractor, make_extractor(args));
    KG_ASSIGN_OR_RETURN(std::vector<Job> jobs, collect_inputs(args, ctx.in, ctx.err));
    std::size_t failed = 0;
    KG_RETURN_IF_ERROR(for_each_extracted(*extractor, jobs, [&](Job& job, Result<Document> doc) {
      if (!doc.ok()) {
        ctx.err << job.where << ": " << doc.status().message() << "\n";
        ++failed;
        return Status::Ok();
      }
      const Document& d = *doc;
      if (job.input.text.find_first_not_of(" \t\r\n") == std::string::npos)
        ctx.err << job.where << ": warning: empty\n";
      ctx.out << document_to_json(d).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
      if (args.flag("explain")) explain(ctx.err, job.where, d);
      return Status::Ok();
    }));
    if (failed > 0)
      return Status::InvalidInput(std::to_string(failed) + " of " + std::to_string(jobs.size()) +
                                  " inputs skipped (errors above)");
    return Status::Ok();
  }
};

class IngestCommand final : public Command {
 public:
  std::string_view name() const override { return "ingest"; }
  std::string_view summary() const override {
    return "extract from German and English articles and store the facts in one step";
  }
  std::string_view details() const override {
    return "The same as `kg extract INPUT > x.jsonl && kg load x.jsonl`: extraction runs on every core,\n"
           "a progress line shows on a terminal, and a summary ends it. Inputs that cannot be read are\n"
           "reported and skipped (exit code 4).";
  }
  std::vector<ArgSpec> arguments() const override {
    return {{"INPUT", "files (.txt, .md; .jsonl: one article per line), folders, or - for JSON Lines on standard input",
             false, true}};
  }
  std::vector<OptionSpec> options() const override {
    std::vector<OptionSpec> o = extract_options();
    o.push_back({"batch", "N", "store documents in atomic groups of about N relations, as kg load does", "100000"});
    return o;
  }
  Status run(const Args& args, Context& ctx) override {
    KG_ASSIGN_OR_RETURN(long batch, args.integer("batch", 1, 100'000'000));
    KG_ASSIGN_OR_RETURN(auto extractor, make_extractor(args));
    KG_ASSIGN_OR_RETURN(std::vector<Job> jobs, collect_inputs(args, ctx.in, ctx.err));
    KG_ASSIGN_OR_RETURN(auto store, open_writer(ctx));
    // Extracted a window at a time and stored in groups by the loader `kg load` uses.
    GroupLoader loader(*store, static_cast<std::size_t>(batch));
    ProgressLine progress(ctx.err, ctx.err_is_terminal);
    std::size_t skipped = 0, done = 0;
    KG_RETURN_IF_ERROR(for_each_extracted(*extractor, jobs, [&](Job& job, Result<Document> doc) {
      ++done;
      if (progress.on_terminal() && (done % 16 == 0 || done == jobs.size())) {
        progress.show("extracted " + std::to_string(done) + " of " + std::to_string(jobs.size()));
      }
      if (!doc.ok()) {
        progress.clear();
        ctx.err << job.where << ": " << doc.status().message() << "\n";
        ++skipped;
        return Status::Ok();
      }
      return loader.add(std::move(doc).value());
    }));
    KG_RETURN_IF_ERROR(loader.finish(&progress));
    progress.clear();
    KG_RETURN_IF_ERROR(loader.print_summary(ctx.out, "ingested", skipped));
    if (skipped) return Status::InvalidInput(std::to_string(skipped) + " inputs skipped (errors above)");
    return Status::Ok();
  }
};

}  // namespace

void add_extract_commands(std::vector<std::unique_ptr<Command>>* out) {
  out->push_back(std::make_unique<ExtractCommand>());
  out->push_back(std::make_unique<IngestCommand>());
}

}  // namespace kg::cli
