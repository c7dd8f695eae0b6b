// JSON-LD and N-Quads: one mapping of the graph to RDF, written two ways.
//
// Entities and documents are described in the default graph; every fact is stated once in the
// named graph of each document that supports it (the graph's name is the document's IRI), so
// the provenance of a fact is the set of graphs it appears in. The vocabulary comes from the
// registries (EntityTypeInfo::rdf_class, PredicateInfo::rdf_property): schema.org where a term
// fits, kg: (urn:kg:vocab:) for the rest. A fact whose evidence names a role (holds_office
// "Präsident", located_in "capital") is said through a schema:Role node in the manner of
// schema.org: subject —property→ Role {roleName} —property→ object.
#include <algorithm>
#include <cctype>
#include <functional>
#include <unordered_map>

#include "facts.h"
#include "kg/core/json_text.h"

namespace kg::exporting {
namespace {

constexpr std::string_view kSchema = "https://schema.org/";
constexpr std::string_view kVocab = "urn:kg:vocab:";
constexpr std::string_view kRdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

std::string expand(std::string_view compact) {
  if (compact.starts_with("schema:")) return std::string(kSchema) + std::string(compact.substr(7));
  if (compact.starts_with("kg:")) return std::string(kVocab) + std::string(compact.substr(3));
  return std::string(compact);
}

std::string_view local_name(std::string_view compact) { return compact.substr(compact.find(':') + 1); }

// The JSON-LD term of a property: its local name, but "kgMemberOf" for kg:memberOf, whose local
// name schema:memberOf already takes.
std::string term_of(std::string_view property) {
  const std::string_view local = local_name(property);
  if (property.starts_with("kg:")) {
    for (const PredicateInfo& p : predicates()) {
      if (p.rdf_property.starts_with("schema:") && local_name(p.rdf_property) == local) {
        std::string term = "kg" + std::string(local);
        term[2] = static_cast<char>(std::toupper(static_cast<unsigned char>(term[2])));
        return term;
      }
    }
  }
  return std::string(local);
}

// Percent-encodes everything but RFC 3986's unreserved characters.
std::string pct(std::string_view s) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) != 0 || c == '-' || c == '.' || c == '_' || c == '~') {
      out += c;
    } else {
      out += '%';
      out += kHex[u >> 4];
      out += kHex[u & 15];
    }
  }
  return out;
}

Status validate_base(std::string_view base) {
  auto colon = base.find(':');
  bool ok = colon != std::string_view::npos && colon > 0 && std::isalpha(static_cast<unsigned char>(base[0])) != 0;
  for (std::size_t i = 0; ok && i < colon; ++i) {
    char c = base[i];
    ok = std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '+' || c == '-' || c == '.';
  }
  for (char c : base) {
    auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || std::string_view("<>\"{}|\\^`").find(c) != std::string_view::npos) ok = false;
  }
  if (!ok) return Status::InvalidArgument("--base must be an absolute IRI such as urn:kg: or https://example.org/kg/");
  return Status::Ok();
}

// Mints the IRIs of entities, documents and roles under a base, keeping those of entities and
// documents (a whole-graph export names each of them many times).
class Iris {
 public:
  explicit Iris(std::string base) : base_(std::move(base)) {}
  const std::string& entity(EntityId id) {
    if (id >= entities_.size()) entities_.resize(id + 1);
    std::string& iri = entities_[id];
    if (iri.empty()) iri = base_ + "entity/" + std::to_string(id);
    return iri;
  }
  struct Document {
    std::string iri;
    bool cited = false;  // some fact of the export names it
  };
  // By the store's document number when the evidence has one (no lookup by id), else by id.
  Document& document(std::uint64_t number, std::string_view id) {
    if (number == 0 || number > (std::uint64_t{1} << 32)) return by_id(id);
    if (number >= by_number_.size()) by_number_.resize(number + 1);
    Document& d = by_number_[number];
    if (d.iri.empty()) d.iri = base_ + "document/" + pct(id);
    return d;
  }
  Document& by_id(std::string_view id) {
    auto it = documents_.find(id);
    if (it == documents_.end()) it = documents_.emplace(std::string(id), Document{base_ + "document/" + pct(id)}).first;
    return it->second;
  }
  std::string role(const Edge& e, std::string_view role) const {
    return base_ + "role/" + std::to_string(e.subject) + "-" + std::to_string(e.predicate) + "-" +
           std::to_string(e.object) + "/" + pct(role);
  }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::string base_;
  std::vector<std::string> entities_;
  std::vector<Document> by_number_;
  std::unordered_map<std::string, Document, Hash, std::equal_to<>> documents_;
};

// One document's statement of a fact: the document and the role it gives ("" for none).
struct Statement {
  std::string_view document;
  std::uint64_t number = 0;
  std::string role;
};

// The documents behind a fact, each once, in load order, with the first role each gives.
// Evidence comes in document load order, so one document's records are adjacent.
std::vector<Statement> statements(std::span<const StoredEvidence> evidence) {
  std::vector<Statement> out;
  for (const StoredEvidence& ev : evidence) {
    if (out.empty() || out.back().number != ev.document_number || out.back().document != ev.document) {
      out.push_back(Statement{ev.document, ev.document_number, role_of(ev)});
    } else if (out.back().role.empty()) {
      out.back().role = role_of(ev);
    }
  }
  return out;
}

// One document's statement of a fact as both writers say it: the property from `from` to `to`
// (inverse predicates already turned round), in the named graph `graph`.
struct Said {
  const Edge& edge;
  const PredicateInfo& predicate;
  std::string_view property;  // the compact IRI: rdf_property, or rdf_other where its domain does not fit
  const std::string& from;
  const std::string& to;
  const Statement& statement;
  const std::string& graph;
};

// Calls fn for every statement of every fact of the subgraph, and marks each document that
// states one as cited; `after_fact` runs after each fact (the writers flush there).
Status for_each_statement(const KnowledgeReader& graph, const Subgraph& subgraph, Iris& iris,
                          const std::function<void(const Said&)>& fn, const std::function<void()>& after_fact) {
  return for_each_fact(
      graph, subgraph,
      [&](const Edge& e, std::span<const StoredEvidence> evidence) {
        const PredicateInfo& p = predicate_info(e.predicate);
        // schema.org's term where its domain takes the subject's type, else kg's (a state's membership).
        bool schema = true;
        if (p.rdf_subjects != kAnyType) {
          auto type = graph.type_of(e.subject);
          schema = !type.ok() || (p.rdf_subjects & type_bit(*type)) != 0;
        }
        const bool inverse = schema && p.rdf_inverse;
        const std::string from =
            iris.entity(inverse ? e.object : e.subject);  // a copy: the next call may grow the cache
        const std::string& to = iris.entity(inverse ? e.subject : e.object);
        for (const Statement& st : statements(evidence)) {
          Iris::Document& document = iris.document(st.number, st.document);
          document.cited = true;
          fn(Said{e, p, schema ? p.rdf_property : p.rdf_other, from, to, st, document.iri});
        }
        after_fact();
      },
      /*details=*/false);
}

// A document's source as the IRI of the page, when it is a web address an IRI can carry
// (http or https, none of the characters N-Quads forbid in an IRI); else "".
std::string web_address(const std::string& source) {
  if (!source.starts_with("http://") && !source.starts_with("https://")) return {};
  for (char c : source) {
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || std::string_view("<>\"{}|^`\\").find(c) != std::string_view::npos) return {};
  }
  return source;
}

// Calls fn for every document that some written fact cites, in load order; for the whole graph,
// for every document (one without facts is still a document of the graph).
Status for_each_cited_document(const KnowledgeReader& graph, const Subgraph& subgraph, Iris& iris,
                               const std::function<void(const DocumentInfo&, const std::string& iri)>& fn) {
  KG_ASSIGN_OR_RETURN(std::vector<DocumentInfo> docs, graph.documents());
  for (const DocumentInfo& d : docs) {
    const Iris::Document& document = iris.document(d.number, d.id);
    if (document.cited || subgraph.whole) fn(d, document.iri);
  }
  return Status::Ok();
}

// ---------------------------------------------------------------------------------------------
// N-Quads

// An event's date (its "date" attribute: 2024, 2024-07 or 2024-07-09) and the XML Schema type of
// that form; empty when the entity has none.
std::pair<std::string, std::string_view> event_date(const StoredEntity& e) {
  if (e.type != EntityType::kEvent || !e.attributes.is_object()) return {};
  auto it = e.attributes.find("date");
  if (it == e.attributes.end() || !it->is_string()) return {};
  std::string d = it->get<std::string>();
  static constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";
  static const std::string year = std::string(kXsd) + "gYear", month = std::string(kXsd) + "gYearMonth",
                           day = std::string(kXsd) + "date";
  if (d.size() == 4) return {d, year};
  if (d.size() == 7) return {d, month};
  if (d.size() == 10) return {d, day};
  return {};
}

// Literals and JSON strings: one escaper (core/json_text.h).
void put_literal(std::string* out, std::string_view s) { append_quoted(out, s, /*escape_del=*/true); }
void put_json_string(std::string* out, std::string_view s) { append_quoted(out, s, /*escape_del=*/false); }

class QuadWriter {
 public:
  explicit QuadWriter(std::ostream& out) : out_(out) {}
  ~QuadWriter() { flush(); }
  void iri(std::string_view s, std::string_view p, std::string_view o, std::string_view g = {}) {
    begin(s, p);
    ((buf_ += '<') += o) += '>';
    end(g);
  }
  void literal(std::string_view s, std::string_view p, std::string_view value, std::string_view g = {}) {
    begin(s, p);
    put_literal(&buf_, value);
    end(g);
  }
  void typed(std::string_view s, std::string_view p, std::string_view value, std::string_view datatype) {
    begin(s, p);
    put_literal(&buf_, value);
    ((buf_ += "^^<") += datatype) += '>';
    end({});
  }
  void flush() {
    out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    buf_.clear();
  }

 private:
  void begin(std::string_view s, std::string_view p) { ((((buf_ += '<') += s) += "> <") += p) += "> "; }
  void end(std::string_view g) {
    if (!g.empty()) ((buf_ += " <") += g) += '>';
    buf_ += " .\n";
    if (buf_.size() > (1 << 16)) flush();
  }
  std::ostream& out_;
  std::string buf_;
};

// ---------------------------------------------------------------------------------------------
// JSON-LD

std::string context_json() {
  std::string c =
      "{\n    \"@version\": 1.1,\n    \"schema\": \"https://schema.org/\",\n    \"kg\": \"urn:kg:vocab:\",\n";
  c += "    \"name\": \"schema:name\",\n    \"alternateName\": \"schema:alternateName\",\n";
  c += "    \"identifier\": \"schema:identifier\",\n    \"datePublished\": \"schema:datePublished\",\n";
  c += "    \"startDate\": \"schema:startDate\",\n";
  c += "    \"inLanguage\": \"schema:inLanguage\",\n    \"source\": \"kg:source\",\n";
  c += "    \"NewsArticle\": \"schema:NewsArticle\",\n    \"Role\": \"schema:Role\",\n    \"roleName\": "
       "\"schema:roleName\",\n";
  for (const EntityTypeInfo& t : entity_types()) {
    c += "    \"" + std::string(local_name(t.rdf_class)) + "\": \"" + std::string(t.rdf_class) + "\",\n";
  }
  std::vector<std::string_view> properties;
  for (const PredicateInfo& p : predicates()) {
    properties.push_back(p.rdf_property);
    if (!p.rdf_other.empty()) properties.push_back(p.rdf_other);
  }
  properties.push_back("schema:url");
  for (std::size_t i = 0; i < properties.size(); ++i) {
    c +=
        "    \"" + term_of(properties[i]) + "\": {\"@id\": \"" + std::string(properties[i]) + "\", \"@type\": \"@id\"}";
    c += i + 1 < properties.size() ? ",\n" : "\n";
  }
  return c + "  }";
}

class JsonLdWriter {
 public:
  explicit JsonLdWriter(std::ostream& out) : out_(out) {}
  ~JsonLdWriter() { flush(); }
  // Starts the next member of the top-level @graph array.
  std::string& next() {
    buf_ += first_ ? "\n    " : ",\n    ";
    first_ = false;
    return buf_;
  }
  void flush() {
    out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    buf_.clear();
  }
  void maybe_flush() {
    if (buf_.size() > (1 << 16)) flush();
  }

 private:
  std::ostream& out_;
  std::string buf_;
  bool first_ = true;
};

}  // namespace

Status write_nquads(const KnowledgeReader& graph, const Subgraph& subgraph, const Options& options, std::ostream& out) {
  KG_RETURN_IF_ERROR(validate_base(options.base));
  Iris iris(options.base);
  const std::string type = std::string(kRdfType), name = expand("schema:name"), alt = expand("schema:alternateName"),
                    start = expand("schema:startDate");
  QuadWriter w(out);
  KG_RETURN_IF_ERROR(for_each_entity(graph, subgraph, [&](const StoredEntity& e) {
    const std::string& id = iris.entity(e.id);
    w.iri(id, type, expand(info(e.type).rdf_class));
    w.literal(id, name, e.name);
    for (const std::string& a : e.aliases)
      if (a != e.name) w.literal(id, alt, a);
    if (auto [date, datatype] = event_date(e); !date.empty()) w.typed(id, start, date, datatype);
  }));
  const std::string role_class = expand("schema:Role"), role_name = expand("schema:roleName");
  KG_RETURN_IF_ERROR(for_each_statement(
      graph, subgraph, iris,
      [&](const Said& said) {
        const std::string property = expand(said.property);
        const std::string& role = said.statement.role;
        if (role.empty()) {
          w.iri(said.from, property, said.to, said.graph);
        } else {
          const std::string node = iris.role(said.edge, role);
          w.iri(said.from, property, node, said.graph);
          w.iri(node, type, role_class, said.graph);
          w.literal(node, role_name, role, said.graph);
          w.iri(node, property, said.to, said.graph);
        }
      },
      [] {}));
  const std::string article = expand("schema:NewsArticle"), identifier = expand("schema:identifier"),
                    source = expand("kg:source"), date = expand("schema:datePublished"),
                    language = expand("schema:inLanguage"), url = expand("schema:url");
  KG_RETURN_IF_ERROR(for_each_cited_document(graph, subgraph, iris, [&](const DocumentInfo& d, const std::string& id) {
    w.iri(id, type, article);
    w.literal(id, identifier, d.id);
    if (!d.source.empty()) w.literal(id, source, d.source);
    if (std::string page = web_address(d.source); !page.empty()) w.iri(id, url, page);
    if (!d.date.empty()) w.literal(id, date, d.date);
    if (!d.lang.empty()) w.literal(id, language, d.lang);
  }));
  w.flush();
  if (!out) return Status::IOError("cannot write the N-Quads output");
  return Status::Ok();
}

Status write_jsonld(const KnowledgeReader& graph, const Subgraph& subgraph, const Options& options, std::ostream& out) {
  KG_RETURN_IF_ERROR(validate_base(options.base));
  Iris iris(options.base);
  out << "{\n  \"@context\": " << context_json() << ",\n  \"@graph\": [";
  JsonLdWriter w(out);
  KG_RETURN_IF_ERROR(for_each_entity(graph, subgraph, [&](const StoredEntity& e) {
    std::string& b = w.next();
    b += "{\"@id\": ";
    put_json_string(&b, iris.entity(e.id));
    ((b += ", \"@type\": \"") += local_name(info(e.type).rdf_class)) += "\", \"name\": ";
    put_json_string(&b, e.name);
    bool first = true;
    for (const std::string& a : e.aliases) {
      if (a == e.name) continue;
      b += first ? ", \"alternateName\": [" : ", ";
      put_json_string(&b, a);
      first = false;
    }
    if (!first) b += "]";
    if (auto [date, datatype] = event_date(e); !date.empty()) {
      b += ", \"startDate\": {\"@value\": ";
      put_json_string(&b, date);
      b += ", \"@type\": ";
      put_json_string(&b, datatype);
      b += "}";
    }
    b += "}";
    w.maybe_flush();
  }));
  KG_RETURN_IF_ERROR(for_each_statement(
      graph, subgraph, iris,
      [&](const Said& said) {
        const std::string term = term_of(said.property);
        const std::string& role = said.statement.role;
        std::string& b = w.next();
        b += "{\"@id\": ";
        put_json_string(&b, said.graph);
        b += ", \"@graph\": [{\"@id\": ";
        put_json_string(&b, said.from);
        ((b += ", \"") += term) += "\": ";
        if (role.empty()) {
          put_json_string(&b, said.to);
        } else {
          b += "{\"@id\": ";
          put_json_string(&b, iris.role(said.edge, role));
          b += ", \"@type\": \"Role\", \"roleName\": ";
          put_json_string(&b, role);
          ((b += ", \"") += term) += "\": ";
          put_json_string(&b, said.to);
          b += "}";
        }
        b += "}]}";
      },
      [&] { w.maybe_flush(); }));
  KG_RETURN_IF_ERROR(for_each_cited_document(graph, subgraph, iris, [&](const DocumentInfo& d, const std::string& id) {
    std::string& b = w.next();
    b += "{\"@id\": ";
    put_json_string(&b, id);
    b += ", \"@type\": \"NewsArticle\", \"identifier\": ";
    put_json_string(&b, d.id);
    for (const auto& [key, value] : {std::pair<const char*, const std::string*>{"source", &d.source},
                                     {"datePublished", &d.date},
                                     {"inLanguage", &d.lang}}) {
      if (value->empty()) continue;
      ((b += ", \"") += key) += "\": ";
      put_json_string(&b, *value);
    }
    if (std::string page = web_address(d.source); !page.empty()) {
      b += ", \"url\": ";
      put_json_string(&b, page);
    }
    b += "}";
    w.maybe_flush();
  }));
  w.flush();
  out << "\n  ]\n}\n";
  if (!out) return Status::IOError("cannot write the JSON-LD output");
  return Status::Ok();
}

}  // namespace kg::exporting
