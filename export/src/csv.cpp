// Node and relationship CSV files in the header format `neo4j-admin database import` documents
// (Neo4j Operations Manual, "Import": `:ID`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`, typed
// properties as name:type, arrays split by ';'), which Gephi's spreadsheet import and most graph
// databases read too:
//
//   nodes.csv          id:ID,name,:LABEL,type,aliases:string[],support:long
//   relationships.csv  :START_ID,:END_ID,:TYPE,role,support:long,date,evidence
//
// Labels are the local names of the types' RDF classes (Person, Organization, Place, Event),
// relationship types the predicates in capitals (MEETS_WITH); `date` is the earliest date of a
// document stating the fact, `evidence` its first sentence. Fields are quoted where they must be
// (RFC 4180: a quote doubled); line breaks inside a field become spaces, so the import needs no
// multi-line option.
#include <algorithm>
#include <filesystem>
#include <unordered_set>

#include "facts.h"
#include "kg/core/files.h"

namespace kg::exporting {
namespace {

std::string field(std::string_view text) {
  std::string clean;
  bool quote = false;
  for (char c : text) {
    if (c == '\n' || c == '\r') c = ' ';
    if (c == '"' || c == ',' || c == ';') quote = true;
    if (c == '"') clean += '"';
    clean += c;
  }
  return quote ? "\"" + clean + "\"" : clean;  // an empty field sets no property
}

std::string label_of(EntityType t) {
  const std::string_view rdf = info(t).rdf_class;  // "schema:Person"
  return std::string(rdf.substr(rdf.find(':') + 1));
}

std::string type_of(PredicateId p) {
  std::string t(predicate_info(p).name);
  for (char& c : t) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return t;
}

}  // namespace

Status write_csv(const KnowledgeReader& graph, const Subgraph& subgraph, const Options&, const std::string& folder) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::exists(folder, ec) && !fs::is_directory(folder, ec))
    return Status::InvalidArgument(folder +
                                   " is a file: the CSV export writes a folder (nodes.csv, relationships.csv)");
  for (const char* name : {"nodes.csv", "relationships.csv"})
    if (fs::exists(fs::path(folder) / name, ec))
      return Status::InvalidArgument(folder + " already holds " + name + ": choose an empty or new folder");
  const bool created = !fs::exists(folder, ec);
  fs::create_directories(folder, ec);
  if (ec) return Status::IOError("cannot create " + folder + ": " + ec.message());
  const std::string nodes = (fs::path(folder) / "nodes.csv").string();
  const std::string edges = (fs::path(folder) / "relationships.csv").string();
  std::unordered_set<EntityId> written;  // a relationship needs both its nodes
  Status st = write_file_atomically(nodes, [&](std::ostream& out) {
    out << "id:ID,name,:LABEL,type,aliases:string[],support:long\n";
    return for_each_entity(graph, subgraph, [&](const StoredEntity& e) {
      written.insert(e.id);
      std::string aliases;
      for (const std::string& a : e.aliases) {
        if (a == e.name) continue;
        std::string part = a;
        std::replace(part.begin(), part.end(), ';', ',');  // ';' separates the array's items
        aliases += (aliases.empty() ? "" : ";") + part;
      }
      out << e.id << ',' << field(e.name) << ',' << label_of(e.type) << ',' << info(e.type).code << ','
          << field(aliases) << ',' << e.support << '\n';
    });
  });
  if (st.ok()) {
    st = write_file_atomically(edges, [&](std::ostream& out) {
      out << ":START_ID,:END_ID,:TYPE,role,support:long,date,evidence\n";
      return for_each_fact(
          graph, subgraph,
          [&](const Edge& e, std::span<const StoredEvidence> evidence) {
            if (!written.count(e.subject) || !written.count(e.object)) return;
            std::string role, date;
            for (const StoredEvidence& ev : evidence) {
              if (role.empty()) role = role_of(ev);
              if (!ev.date.empty() && (date.empty() || ev.date < date)) date = ev.date;
            }
            out << e.subject << ',' << e.object << ',' << type_of(e.predicate) << ',' << field(role) << ',' << e.support
                << ',' << field(date) << ',' << field(evidence.empty() ? "" : evidence.front().sentence) << '\n';
          },
          /*details=*/false);
    });
  }
  if (!st.ok()) {  // nothing half-written stays behind
    fs::remove(nodes, ec);
    fs::remove(edges, ec);
    if (created) fs::remove(folder, ec);
  }
  return st;
}

}  // namespace kg::exporting
