// Commands that change the database: load, forget, merge, alias.
#include <atomic>
#include <charconv>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <future>
#include <iostream>
#include <thread>

#include "kg/cli/app.h"
#include "kg/core/parallel.h"
#include "kg/core/text.h"
#include "loader.h"
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
    return {
        {"batch", "N", "store documents in atomic groups of about N relations (1: one document at a time)", "100000"}};
  }

  Status run(const Args& args, Context& ctx) override {
    KG_ASSIGN_OR_RETURN(long batch, args.integer("batch", 1, 100'000'000));
    for (const auto& file : args.positional()) {
      std::error_code ec;
      if (file != "-" && !std::filesystem::is_regular_file(file, ec)) return Status::NotFound(file + ": no such file");
    }
    KG_ASSIGN_OR_RETURN(auto store, open_writer(ctx));
    GroupLoader loader(*store, static_cast<std::size_t>(batch));
    ProgressLine progress(ctx.err, ctx.err_is_terminal);
    std::uint64_t skipped = 0;
    for (const auto& file : args.positional()) KG_RETURN_IF_ERROR(load_file(file, ctx, loader, progress, &skipped));
    KG_RETURN_IF_ERROR(loader.finish(&progress));
    progress.clear();
    KG_RETURN_IF_ERROR(loader.print_summary(ctx.out, "loaded", skipped));
    if (skipped) {
      return Status::InvalidInput(std::to_string(skipped) + " of " +
                                  std::to_string(loader.loaded() + loader.present() + skipped) +
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

  static Status load_file(const std::string& file, Context& ctx, GroupLoader& loader, ProgressLine& progress,
                          std::uint64_t* skipped) {
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
      chunk.docs.assign(chunk.lines.size(), Result<Document>(Status::InvalidInput("blank line")));
      parallel_for(chunk.lines.size(), [&](std::size_t i) {
        if (chunk.lines[i].find_first_not_of(" \t\r") != std::string::npos)
          chunk.docs[i] = document_from_json_text(chunk.lines[i]);
      });
      return chunk;
    };
    std::future<Chunk> next = std::async(std::launch::async, read_and_parse);
    for (;;) {
      Chunk chunk = next.get();
      if (chunk.lines.empty()) break;
      next = std::async(std::launch::async, read_and_parse);
      for (std::size_t i = 0; i < chunk.docs.size(); ++i) {
        if (chunk.lines[i].find_first_not_of(" \t\r") == std::string::npos) continue;
        if (!chunk.docs[i].ok()) {
          progress.clear();
          ctx.err << file << ":" << first_line + i << ": " << chunk.docs[i].status().message() << "\n";
          ++*skipped;
          continue;
        }
        Status st = loader.add(std::move(chunk.docs[i]).value()).with_context(file);
        if (!st.ok()) {
          next.wait();
          return st;
        }
      }
      first_line += chunk.lines.size();
      if (progress.on_terminal()) {
        std::string line =
            file + ": " + std::to_string(loader.loaded() + loader.present() + loader.pending()) + " documents";
        if (total > 0) line += " (" + std::to_string(100 * bytes / total) + "%)";
        progress.show(line);
      }
    }
    if (in->bad()) return Status::IOError(file + ": read error");
    return Status::Ok();
  }
};

class ForgetCommand final : public Command {
 public:
  std::string_view name() const override { return "forget"; }
  std::string_view summary() const override { return "remove a document and every fact only it supported"; }
  std::string_view details() const override {
    return "Removes the documents whose id or source is ID-OR-SOURCE. Entities, aliases and edges that\n"
           "other documents also support stay, with lower counts; entities you merged or named stay.";
  }
  std::vector<ArgSpec> arguments() const override {
    return {{"ID-OR-SOURCE", "a document id (sha256:…) or the source it was loaded from"}};
  }
  Status run(const Args& args, Context& ctx) override {
    KG_ASSIGN_OR_RETURN(auto store, open_writer(ctx));
    // A source is stored as it was given at load time: a path given the other way (absolute
    // rather than relative to here, or the reverse) names the same file.
    const std::string& given = args.positional()[0];
    Result<ForgetStats> forgotten = store->forget(given);
    if (!forgotten.ok() && forgotten.status().code() == StatusCode::kNotFound) {
      namespace fs = std::filesystem;
      std::error_code ec;
      const fs::path here = fs::current_path(ec);
      const fs::path p(given);
      const fs::path other =
          p.is_absolute() ? p.lexically_normal().lexically_relative(here) : (here / p).lexically_normal();
      if (!ec && !other.empty() && other.string() != given) {
        Result<ForgetStats> again = store->forget(other.string());
        if (again.ok()) forgotten = std::move(again);
      }
    }
    KG_ASSIGN_OR_RETURN(ForgetStats stats, std::move(forgotten));
    KG_RETURN_IF_ERROR(store->write_graph_image());
    ctx.out << "forgot " << stats.documents.size() << (stats.documents.size() == 1 ? " document" : " documents")
            << ": removed " << stats.entities_removed << " entities and " << stats.edges_removed << " relations; "
            << stats.edges_weakened << (stats.edges_weakened == 1 ? " relation remains" : " relations remain")
            << " with fewer supporting documents\n";
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

class UnmergeCommand final : public Command {
 public:
  std::string_view name() const override { return "unmerge"; }
  std::string_view summary() const override { return "undo a merge: the merged entity comes back"; }
  std::string_view details() const override {
    return "NAME is the merged entity: its name before the merge (now an alias of the entity it was\n"
           "merged into) or its old \"#ID\". It comes back with the names, facts and sentences that\n"
           "documents loaded before the merge gave it; `kg show` lists the merges of an entity.";
  }
  std::vector<ArgSpec> arguments() const override { return {{"NAME", "the merged entity"}}; }
  Status run(const Args& args, Context& ctx) override {
    KG_ASSIGN_OR_RETURN(auto store, open_writer(ctx));
    const std::string& name = args.positional()[0];
    EntityId from = 0;
    if (!name.empty() && name[0] == '#') {
      KG_ASSIGN_OR_RETURN(EntityId into, store->resolve(name));  // checks the number
      if (std::from_chars(name.data() + 1, name.data() + name.size(), from).ec != std::errc()) {
        return Status::InvalidArgument("\"" + name + "\" is not an entity id");
      }
      if (from == into) return Status::NotFound("#" + std::to_string(from) + " was not merged into another entity");
    } else {
      KG_ASSIGN_OR_RETURN(EntityId holder, store->resolve(name));
      KG_ASSIGN_OR_RETURN(std::vector<CurationFact> facts, store->curation(holder));
      for (const CurationFact& f : facts) {
        if (f.kind == CurationFact::Kind::kMerged && normalize_name(f.name) == normalize_name(name)) from = f.id;
      }
      if (from == 0) {
        return Status::NotFound("\"" + name + "\" names no merged entity (kg show lists the merges of an entity)");
      }
    }
    KG_ASSIGN_OR_RETURN(EntityId into, store->unmerge(from));
    KG_RETURN_IF_ERROR(store->write_graph_image());
    KG_ASSIGN_OR_RETURN(StoredEntity a, store->entity(from));
    KG_ASSIGN_OR_RETURN(StoredEntity b, store->entity(into));
    ctx.out << "unmerged \"" << a.name << "\" (#" << from << ") from \"" << b.name << "\" (#" << into << ")\n";
    return Status::Ok();
  }
};

class AliasCommand final : public Command {
 public:
  std::string_view name() const override { return "alias"; }
  std::string_view summary() const override {
    return "give an entity another name or take one away (alias add|remove NAME ALIAS)";
  }
  std::string_view details() const override {
    return "add: the alias is found by every query, later documents that name the entity so join it,\n"
           "and it stays when documents are forgotten. remove: the name no longer finds the entity\n"
           "(curated or extracted; the canonical name cannot be removed).";
  }
  std::vector<ArgSpec> arguments() const override {
    return {{"ACTION", "add or remove"}, {"NAME", "the entity (a name, an alias or #ID)"}, {"ALIAS", "the name"}};
  }
  Status run(const Args& args, Context& ctx) override {
    const auto& pos = args.positional();
    if (pos[0] != "add" && pos[0] != "remove") {
      return Status::InvalidArgument("unknown alias action \"" + pos[0] + "\" (usage: kg alias add|remove NAME ALIAS)");
    }
    KG_ASSIGN_OR_RETURN(auto store, open_writer(ctx));
    KG_ASSIGN_OR_RETURN(EntityId id, store->resolve(pos[1]));
    KG_ASSIGN_OR_RETURN(StoredEntity e, store->entity(id));
    if (pos[0] == "add") {
      KG_RETURN_IF_ERROR(store->add_alias(id, pos[2]));
    } else {
      KG_RETURN_IF_ERROR(store->remove_alias(id, pos[2]));
    }
    KG_RETURN_IF_ERROR(store->write_graph_image());
    ctx.out << "\"" << pos[2] << (pos[0] == "add" ? "\" is now an alias of \"" : "\" is no longer an alias of \"")
            << e.name << "\" (#" << id << ")\n";
    return Status::Ok();
  }
};

class CompactCommand final : public Command {
 public:
  std::string_view name() const override { return "compact"; }
  std::string_view summary() const override {
    return "rewrite the database compactly after large loads (faster queries)";
  }
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
  out->push_back(std::make_unique<UnmergeCommand>());
  out->push_back(std::make_unique<AliasCommand>());
  out->push_back(std::make_unique<CompactCommand>());
}

}  // namespace kg::cli
