// Which facts a command shows: predicate, ends, entity types, dates, documents, support and
// confidence, declared once as options and applied the same way by every command that takes them
// (facts, timeline, why, neighbors).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "render.h"

namespace kg::cli {

// A date as the documents give it: "2024", "2024-07" or "2024-07-04", standing for the first and
// the last day it covers.
struct DateRange {
  std::string first;  // "2024-07-01"
  std::string last;   // "2024-07-31" (every month counts 31 days: only the order matters)
};
// InvalidArgument naming the option for anything else ("--since 07/2024").
Result<DateRange> parse_date(std::string_view option, std::string_view date);

struct FactFilter {
  PredicateMask predicates = kAnyPredicate;
  TypeMask types = kAnyType;  // facts with at least one end of these types
  std::optional<EntityId> subject, object;
  std::optional<EntityId> involving;  // facts with this entity at either end
  std::optional<DateRange> since, until, as_of;
  std::string document;  // a document id or source; empty: any
  std::uint64_t min_support = 0;
  double min_confidence = 0;

  // Whether a sentence counts: its document's date within --since/--until and not after
  // --as-of (undated documents do not count once a date is asked for), its document the one
  // asked for, its confidence at least --min-confidence.
  bool keeps(const StoredEvidence& e) const;
  // Whether the edge's predicate, support and ends (ids and types) pass; symmetric predicates
  // match --subject and --object either way round.
  bool keeps(const Edge& e, EntityType subject_type, EntityType object_type) const;
  bool dated() const { return since || until || as_of; }
  // Whether it asks anything of the sentences (dates, document, confidence).
  bool filters_sentences() const { return dated() || !document.empty() || min_confidence > 0; }
};

// The options, declared once: --predicate, --type, --since, --until, --as-of, --document,
// --min-support, --min-confidence, and with `ends` also --subject and --object.
std::vector<OptionSpec> fact_filter_options(bool ends);
Result<FactFilter> fact_filter(const Args& args, const Store& store, bool ends);

// The options on the sentences alone (--since, --until, --as-of, --document, --min-confidence),
// for commands that declare their own predicate, type and support options (neighbors, path,
// render, export), and the filter they give (predicates, types and support left open).
std::vector<OptionSpec> evidence_filter_options();
Result<FactFilter> evidence_filter(const Args& args);
// The filter as a test of single sentences (for edges_with_sentence in core/knowledge.h and
// exporting::Selection::keep_sentence); empty when it asks nothing of sentences.
SentenceTest sentence_test(const FactFilter& filter);

// Drops the sentences the filter does not keep; false when none is left (the fact goes).
bool filter_fact(const FactFilter& filter, Fact* fact);

// The date a fact was first reported: the earliest date of its sentences' documents ("" if none).
std::string first_date(const Fact& fact);

// The facts that pass, each with the sentences that pass, ordered by first_date (undated last),
// then subject and object names. Reads only the edges of a bound end (subject, object or
// involving) when one is given, else every fact once.
Result<std::vector<Fact>> select_facts(const Store& store, const FactFilter& filter);

}  // namespace kg::cli
