// Commands that change the database: load, forget, merge, alias.
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "kg/cli/app.h"
#include "render.h"

namespace kg::cli {
namespace {

class LoadCommand final : public Command {
 public:
  std::string_view name() const override { return "load"; }
  std::string_view summary() const override { return "load document objects (JSON Lines) into the database"; }
  std::string_view details() const override {
    return "Each line of a FILE is one document object as `kg extract` writes it (README: \"The document\n"
           "object\"). Every document is stored atomically; a document already in the database is skipped\n"
           "unchanged. A bad line (malformed JSON, unknown predicate or type, a relation to a missing\n"
           "entity, invalid UTF-8) is reported as FILE:LINE, that document is skipped, the others load,\n"
           "and kg exits with code 4. Use - to read standard input.";
  }
  std::vector<ArgSpec> arguments() const override {
    return {{"FILE", "JSON Lines files of document objects, or - for standard input", false, true}};
  }

  Status run(const Args& args, Context& ctx) override {
    for (const auto& file : args.positional()) {
      std::error_code ec;
      if (file != "-" && !std::filesystem::is_regular_file(file, ec)) {
        return Status::NotFound(file + ": no such file");
      }
    }
    KG_ASSIGN_OR_RETURN(auto store, open_writer(ctx));
    std::uint64_t loaded = 0, present = 0, skipped = 0, created = 0, joined = 0, relations = 0;
    auto last_progress = std::chrono::steady_clock::now();
    for (const auto& file : args.positional()) {
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
      std::string line;
      std::uint64_t line_no = 0, bytes = 0;
      while (std::getline(*in, line)) {
        ++line_no;
        bytes += line.size() + 1;
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        auto doc = document_from_json_text(line);
        if (!doc.ok()) {
          ctx.err << (ctx.err_is_terminal ? "\r\033[K" : "") << file << ":" << line_no << ": " << doc.status().message()
                  << "\n";
          ++skipped;
          continue;
        }
        auto stats = store->load(*doc);
        if (!stats.ok()) return stats.status().with_context(file + ":" + std::to_string(line_no));
        if (stats->already_loaded) {
          ++present;
        } else {
          ++loaded;
          created += stats->entities_created;
          joined += stats->entities_joined;
          relations += stats->relations;
        }
        if (ctx.err_is_terminal) {
          auto now = std::chrono::steady_clock::now();
          if (now - last_progress > std::chrono::milliseconds(200)) {
            last_progress = now;
            ctx.err << "\r\033[K" << file << ": " << (loaded + present) << " documents";
            if (total > 0) ctx.err << " (" << (100 * bytes / total) << "%)";
            ctx.err.flush();
          }
        }
      }
      if (in->bad()) return Status::IOError(file + ": read error");
    }
    if (ctx.err_is_terminal) ctx.err << "\r\033[K";
    ctx.out << "loaded " << loaded << (loaded == 1 ? " document" : " documents") << ": " << created
            << " new entities, " << joined << " joined known entities, " << relations << (relations == 1 ? " relation" : " relations");
    if (present) ctx.out << "; " << present << " already in the database";
    if (skipped) ctx.out << "; " << skipped << " skipped";
    ctx.out << "\n";
    if (skipped) {
      return Status::InvalidInput(std::to_string(skipped) + " of " + std::to_string(loaded + present + skipped) +
                                  " documents skipped (errors above)");
    }
    return Status::Ok();
  }
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
    ctx.out << "\"" << pos[2] << "\" is now an alias of \"" << e.name << "\" (#" << id << ")\n";
    return Status::Ok();
  }
};

}  // namespace

void add_write_commands(std::vector<std::unique_ptr<Command>>* out) {
  out->push_back(std::make_unique<LoadCommand>());
  out->push_back(std::make_unique<ForgetCommand>());
  out->push_back(std::make_unique<MergeCommand>());
  out->push_back(std::make_unique<AliasCommand>());
}

}  // namespace kg::cli
