// Internal: walking the entities and facts of a Subgraph the same way for every format.
#pragma once

#include <functional>
#include <span>
#include <string>
#include <string_view>

#include "kg/export/export.h"

namespace kg::exporting {

// Calls fn for every entity of the subgraph, in id order (streamed for the whole graph).
Status for_each_entity(const KnowledgeReader& graph, const Subgraph& subgraph,
                       const std::function<void(const StoredEntity&)>& fn);

// Calls fn for every edge of the subgraph with its evidence, in (subject, predicate, object)
// order (streamed for the whole graph). `details`: as KnowledgeReader::scan_facts (false: only
// documents and attributes are needed).
Status for_each_fact(const KnowledgeReader& graph, const Subgraph& subgraph,
                     const std::function<void(const Edge&, std::span<const StoredEvidence>)>& fn, bool details = true);

// The role an evidence record gives (its "role" attribute), or "".
std::string role_of(const StoredEvidence& evidence);

// `text` with every character that is not valid in XML 1.0 (C0 controls other than tab, line
// feed and carriage return) replaced by U+FFFD.
std::string xml_safe(std::string_view text);

}  // namespace kg::exporting
