// GraphML through Boost.Graph's write_graphml: one node per entity (name, type, aliases), one
// edge per fact (predicate, role, support, the first evidence sentence). Boost escapes XML's
// special characters; characters XML 1.0 cannot hold at all become U+FFFD (xml_safe).
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>

#include <unordered_map>

#include "facts.h"

namespace kg::exporting {
namespace {

struct NodeData {
  long entity = 0;  // the kg entity id (GraphML node ids are Boost's vertex numbers)
  std::string name, type, aliases;
};
struct EdgeData {
  std::string predicate, role, sentence;
  long support = 0;
};
using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, NodeData, EdgeData>;

}  // namespace

Status write_graphml(const KnowledgeReader& graph, const Subgraph& subgraph, std::ostream& out) {
  Graph g;
  std::unordered_map<EntityId, Graph::vertex_descriptor> vertex;
  KG_RETURN_IF_ERROR(for_each_entity(graph, subgraph, [&](const StoredEntity& e) {
    std::string aliases;
    for (const std::string& a : e.aliases)
      if (a != e.name) aliases += (aliases.empty() ? "" : "\n") + xml_safe(a);
    vertex.emplace(
        e.id, boost::add_vertex(
                  NodeData{static_cast<long>(e.id), xml_safe(e.name), std::string(info(e.type).code), aliases}, g));
  }));
  KG_RETURN_IF_ERROR(for_each_fact(
      graph, subgraph,
      [&](const Edge& e, std::span<const StoredEvidence> evidence) {
        auto s = vertex.find(e.subject), o = vertex.find(e.object);
        if (s == vertex.end() || o == vertex.end()) return;
        EdgeData d;
        d.predicate = std::string(predicate_info(e.predicate).name);
        for (const StoredEvidence& ev : evidence) {
          if (d.role.empty()) d.role = xml_safe(role_of(ev));
        }
        d.sentence = evidence.empty() ? std::string() : xml_safe(evidence.front().sentence);
        d.support = static_cast<long>(e.support);
        boost::add_edge(s->second, o->second, d, g);
      },
      /*details=*/false));
  boost::dynamic_properties dp(boost::ignore_other_properties);
  dp.property("entity", boost::get(&NodeData::entity, g));
  dp.property("name", boost::get(&NodeData::name, g));
  dp.property("type", boost::get(&NodeData::type, g));
  dp.property("aliases", boost::get(&NodeData::aliases, g));
  dp.property("predicate", boost::get(&EdgeData::predicate, g));
  dp.property("role", boost::get(&EdgeData::role, g));
  dp.property("support", boost::get(&EdgeData::support, g));
  dp.property("evidence", boost::get(&EdgeData::sentence, g));
  try {
    boost::write_graphml(out, g, boost::get(boost::vertex_index, g), dp, /*ordered_vertices=*/true);
  } catch (const std::exception& ex) {
    return Status::IOError(std::string("cannot write GraphML: ") + ex.what());
  }
  if (!out) return Status::IOError("cannot write the GraphML output");
  return Status::Ok();
}

}  // namespace kg::exporting
