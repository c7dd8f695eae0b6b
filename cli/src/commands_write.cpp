// Commands that change the database: load, forget, merge, alias.
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <atomic>
#include <future>
#include <thread>

#include "kg/cli/app.h"
#include "render.h"

namespace kg::cli {
namespace {

// Reads JSON Lines in chunks, parses each chunk on every core, and stores the documents in atomic
// groups of about --batch relations (Store::load_group).
class LoadCommand final : public Command {
 public:
  std::string_view name() const override { return "load"; }
  std::string_view summary() const override { return "load document objects (JSON Lines) into the database"; }
  std::string_view details() const override {
    return "Each line of a FILE is one document object as `kg extract` writes it (README: \"The document\n"
           "object\"). Documents are stored in atomic groups: after a crash each group is fully present or\n"
           "absent. A document already in the database is skipped unchanged. A bad line (malformed JSON,\n"
           "unknown predicate or type, a relation to a missing entity, invalid UTF-8) is reported as\n"
           "FILE:LINE, that document is skipped, the others load, and kg exits with code 4. Use - to read\n"
           "standard input.";
  }
  std::vector<ArgSpec> arguments() const override {
    return {{"FILE", "JSON Lines files of document objects, or - for standard input", false, true}};
  }
  std::vector<OptionSpec> options() const override {
    return {{"batch", "N", "store documents in atomic groups of about N relations (1: one document at a time)", "100000"}};
  }

  Status run(const Args& args, Context& ctx) override {
    KG_ASSIGN_OR_RETURN(long batch, args.integer("batch", 1, 100'000'000));
    for (const auto& file : args.positional()) {
      std::error_code ec;
      if (file != "-" && !std::filesystem::is_regular_file(file, ec)) return Status::NotFound(file + ": no such file");
    }
    *this = LoadCommand();  // no state from an earlier run of this object
    KG_ASSIGN_OR_RETURN(store_, open_writer(ctx));
    batch_ = static_cast<std::size_t>(batch);
    for (const auto& file : args.positional()) KG_RETURN_IF_ERROR(load_file(file, ctx));
    KG_RETURN_IF_ERROR(flush());
    if (loaded_ > 0) {
      if (ctx.err_is_terminal) (ctx.err << "\r\033[Kwriting the graph image").flush();
      KG_RETURN_IF_ERROR(store_->write_graph_image());
    }
    if (ctx.err_is_terminal) ctx.err << "\r\033[K";
    ctx.out << "loaded " << loaded_ << (loaded_ == 1 ? " document" : " documents") << ": " << created_
            << " new entities, " << joined_ << " joined known entities, " << relations_
            << (relations_ == 1 ? " relation" : " relations");
    if (present_) ctx.out << "; " << present_ << " already in the database";
    if (skipped_) ctx.out << "; " << skipped_ << " skipped";
    ctx.out << "\n";
    if (skipped_) {
      return Status::InvalidInput(std::to_string(skipped_) + " of " + std::to_string(loaded_ + present_ + skipped_) +
                                  " documents skipped (errors above)");
    }
    return Status::Ok();
  }

 private:
  static constexpr std::size_t kChunkLines = 2048;
  struct Chunk {
    std::vector<std::string> lines;
    std::vector<Result<Document>> docs;
  };

  Status load_file(const std::string& file, Context& ctx) {
    std::ifstream stream;
    std::istream* in = &ctx.in;
    std::uintmax_t total = 0;
    if (file != "-") {
      stream.open(file, std::ios::binary);
      if (!stream) return Status::IOError(file + ": cannot open");
      in = &stream;
      std::error_code ec;
      total = std::filesystem::file_size(file, ec);
    }
    // Reading and parsing the next chunk runs beside the storing of this one.
    std::uint64_t first_line = 1;
    std::atomic<std::uint64_t> bytes{0};
    auto read_and_parse = [in, &bytes] {
      Chunk chunk;
      std::string line;
      while (chunk.lines.size() < kChunkLines && std::getline(*in, line)) {
        bytes += line.size() + 1;
        chunk.lines.push_back(std::move(line));
      }
      chunk.docs = parse_parallel(chunk.lines);
      return chunk;
    };
    std::future<Chunk> next = std::async(std::launch::async, read_and_parse);
    for (;;) {
      Chunk chunk = next.get();
      if (chunk.lines.empty()) break;
      next = std::async(std::launch::async, read_and_parse);
      std::vector<std::string>& lines = chunk.lines;
      std::vector<Result<Document>>& docs = chunk.docs;
      for (std::size_t i = 0; i < docs.size(); ++i) {
        if (lines[i].find_first_not_of(" \t\r") == std::string::npos) continue;
        if (!docs[i].ok()) {
          ctx.err << (ctx.err_is_terminal ? "\r\033[K" : "") << file << ":" << first_line + i << ": "
                  << docs[i].status().message() << "\n";
          ++skipped_;
          continue;
        }
        group_relations_ += docs[i]->relations.size();
        group_.push_back(std::move(docs[i]).value());
        if (group_relations_ >= batch_) {
          Status st = flush().with_context(file);
          if (!st.ok()) {
            next.wait();
            return st;
          }
        }
      }
      first_line += lines.size();
      if (ctx.err_is_terminal) {
        ctx.err << "\r\033[K" << file << ": " << (loaded_ + present_ + group_.size()) << " documents";
        if (total > 0) ctx.err << " (" << (100 * bytes / total) << "%)";
        ctx.err.flush();
      }
    }
    if (in->bad()) return Status::IOError(file + ": read error");
    return Status::Ok();
  }

  // Parses lines on every core; results keep the order of the lines.
  static std::vector<Result<Document>> parse_parallel(const std::vector<std::string>& lines) {
    std::vector<Result<Document>> out(lines.size(), Result<Document>(Status::InvalidInput("blank line")));
    unsigned workers = std::max(1u, std::min<unsigned>(std::thread::hardware_concurrency(), 16));
    auto work = [&](unsigned w) {
      for (std::size_t i = w; i < lines.size(); i += workers) {
        if (lines[i].find_first_not_of(" \t\r") != std::string::npos) out[i] = document_from_json_text(lines[i]);
      }
    };
    std::vector<std::thread> threads;
    for (unsigned w = 1; w < workers && lines.size() > 64; ++w) threads.emplace_back(work, w);
    if (threads.empty()) {
      workers = 1;
      work(0);
    } else {
      work(0);
      for (auto& t : threads) t.join();
    }
    return out;
  }

  Status flush() {
    if (group_.empty()) return Status::Ok();
    KG_ASSIGN_OR_RETURN(std::vector<LoadStats> stats, store_->load_group(group_));
    for (const LoadStats& s : stats) {
      if (s.already_loaded) {
        ++present_;
      } else {
        ++loaded_;
        created_ += s.entities_created;
        joined_ += s.entities_joined;
        relations_ += s.relations;
      }
    }
    group_.clear();
    group_relations_ = 0;
    return Status::Ok();
  }

  std::unique_ptr<Store> store_;
  std::size_t batch_ = 100000;
  std::vector<Document> group_;
  std::size_t group_relations_ = 0;
  std::uint64_t loaded_ = 0, present_ = 0, skipped_ = 0, created_ = 0, joined_ = 0, relations_ = 0;
};

class ForgetCommand final : public Command {
 public:
  std::string_view name() const override { return "forget"; }
  std::string_view summary() const override { return "remove a document and every fact only it supported"; }
  std::string_view details() const override {
    return "Removes the documents whose id or source is ID-OR-SOURCE. Entities, aliases and edges that\n"
           "other documents (or your merges and aliases) also support stay, with lower counts.";
  }
  std::vector<ArgSpec> arguments() const override {
    return {{"ID-OR-SOURCE", "a document id (sha256:…) or the source it was loaded from"}};
  }
  Status run(const Args& args, Context& ctx) override {
    KG_ASSIGN_OR_RETURN(auto store, open_writer(ctx));
    KG_ASSIGN_OR_RETURN(ForgetStats stats, store->forget(args.positional()[0]));
    KG_RETURN_IF_ERROR(store->write_graph_image());
    ctx.out << "forgot " << stats.documents.size() << (stats.documents.size() == 1 ? " document" : " documents")
            << ": removed " << stats.entities_removed << " entities and " << stats.edges_removed << " relations; "
            << stats.edges_weakened << " relations remain with fewer supporting documents\n";
    return Status::Ok();
  }
};

class MergeCommand final : public Command {
 public:
  std::string_view name() const override { return "merge"; }
  std::string_view summary() const override { return "merge two entities that are the same thing"; }
  std::string_view details() const override {
    return "FROM becomes part of INTO: its names become aliases of INTO and its facts move over. The\n"
           "merge is kept as a curation fact: documents loaded later that name FROM join INTO, and the\n"
           "merged entity stays when documents are forgotten. Names may be \"#ID\".";
  }
  std::vector<ArgSpec> arguments() const override {
    return {{"FROM", "the entity that disappears"}, {"INTO", "the entity that remains"}};
  }
  Status run(const Args& args, Context& ctx) override {
    KG_ASSIGN_OR_RETURN(auto store, open_writer(ctx));
    KG_ASSIGN_OR_RETURN(EntityId from, store->resolve(args.positional()[0]));
    KG_ASSIGN_OR_RETURN(EntityId into, store->resolve(args.positional()[1]));
    KG_ASSIGN_OR_RETURN(StoredEntity a, store->entity(from));
    KG_ASSIGN_OR_RETURN(StoredEntity b, store->entity(into));
    KG_RETURN_IF_ERROR(store->merge(from, into));
    KG_RETURN_IF_ERROR(store->write_graph_image());
    ctx.out << "merged \"" << a.name << "\" (#" << from << ") into \"" << b.name << "\" (#" << into << ")\n";
    return Status::Ok();
  }
};

class AliasCommand final : public Command {
 public:
  std::string_view name() const override { return "alias"; }
  std::string_view summary() const override { return "give an entity another name (alias add NAME ALIAS)"; }
  std::string_view details() const override {
    return "The alias is found by every query and by later loads, and it stays when documents are\n"
           "forgotten.";
  }
  std::vector<ArgSpec> arguments() const override {
    return {{"ACTION", "add"}, {"NAME", "the entity (a name, an alias or #ID)"}, {"ALIAS", "the new name"}};
  }
  Status run(const Args& args, Context& ctx) override {
    const auto& pos = args.positional();
    if (pos[0] != "add") {
      return Status::InvalidArgument("unknown alias action \"" + pos[0] + "\" (usage: kg alias add NAME ALIAS)");
    }
    KG_ASSIGN_OR_RETURN(auto store, open_writer(ctx));
    KG_ASSIGN_OR_RETURN(EntityId id, store->resolve(pos[1]));
    KG_ASSIGN_OR_RETURN(StoredEntity e, store->entity(id));
    KG_RETURN_IF_ERROR(store->add_alias(id, pos[2]));
    KG_RETURN_IF_ERROR(store->write_graph_image());
    ctx.out << "\"" << pos[2] << "\" is now an alias of \"" << e.name << "\" (#" << id << ")\n";
    return Status::Ok();
  }
};

class CompactCommand final : public Command {
 public:
  std::string_view name() const override { return "compact"; }
  std::string_view summary() const override { return "rewrite the database compactly after large loads (faster queries)"; }
  Status run(const Args&, Context& ctx) override {
    KG_ASSIGN_OR_RETURN(auto store, open_writer(ctx));
    KG_RETURN_IF_ERROR(store->compact());
    KG_RETURN_IF_ERROR(store->write_graph_image());
    ctx.out << "compacted " << ctx.db_path << "\n";
    return Status::Ok();
  }
};

}  // namespace

void add_write_commands(std::vector<std::unique_ptr<Command>>* out) {
  out->push_back(std::make_unique<LoadCommand>());
  out->push_back(std::make_unique<ForgetCommand>());
  out->push_back(std::make_unique<MergeCommand>());
  out->push_back(std::make_unique<AliasCommand>());
  out->push_back(std::make_unique<CompactCommand>());
}

}  // namespace kg::cli
