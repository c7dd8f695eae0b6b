// Internal: assembly — the document object (core/document.h) from the stages' results: every
// entity that has a mention, with its names and, for events, what resolution needs to name and
// tell them apart (kind, organiser, place, the date their sentence gives); every relation with
// its sentence, rule and confidence.
#pragma once

#include "frame.h"
#include "relations.h"

namespace kg::extract {

// The entities and relations of `doc` (its other fields are left as they are).
void assemble(const Pack& pack, const Text& text, const Mentions& mentions, const Frame& frame,
              const std::vector<Rel>& relations, Document& doc);

}  // namespace kg::extract
