// The RocksDB layout of a kg database, format version 2 (version 1 lacked the identity rows; a
// writer adds them when it opens a version-1 database, readers read both).
//
// Integers in keys are fixed-width big-endian, so byte order is numeric order and a prefix seek
// on an id finds everything of that entity. Counters are signed 64-bit little-endian values
// updated only through the Int64Add merge operator (merge_operator.h), never read-modify-write;
// `forget` reads them to decide whether a key disappears. "‖" is concatenation.
//
// column family  key                                    value
// -------------  -------------------------------------  -----------------------------------------
// default        (unused)
// meta           "format_version"                       decimal text, "1"; checked on open
//                "next_entity_id"                       u64 BE: the next entity id to assign
//                "next_document"                        u64 BE: the next document number
//                "generation"                           u64 BE: bumped by every write (load group,
//                                                       forget, merge, alias); stamps the graph image
// entities       id:u64                                 JSON {"name","type","attributes"}
// names          norm ‖ 0x00 ‖ kind:u8 ‖ id:u64          type:u8. kind 'n': a normalised name or
//                                                       alias of the entity; kind 's': the surname
//                                                       (last word) of a person's canonical name.
//                                                       Prefix seek on norm ‖ 0x00 finds all.
//                key ‖ 0x00 ‖ 'k' ‖ id:u64               type:u8 ‖ the name shown (UTF-8): the
//                                                       identity key (core/identity.h) documents
//                                                       join on; one entity per key, an entity
//                                                       may have several (a state: its ISO code
//                                                       and each language's name; databases of
//                                                       before have the name's only, and gain
//                                                       the ISO key when a document joins it)
// aliases        id:u64 ‖ surface (UTF-8)               counter: documents and curation facts
//                                                       that name the entity so (canonical name
//                                                       included)
// support        id:u64                                 counter: documents that mention the
//                                                       entity; at 0 it goes unless curated
//                id:u64 ‖ 'w'                           counter: the entity's weight, the sum of
//                                                       the supports of its edges (what reading
//                                                       its edges costs; a hint for searches)
// spo            s:u64 ‖ p:u8 ‖ o:u64                   counter: supporting documents
// pos            p:u8 ‖ o:u64 ‖ s:u64                   counter (the same)
// osp            o:u64 ‖ s:u64 ‖ p:u8                   counter (the same)
// evidence       s ‖ p ‖ o ‖ doc:u64 ‖ seq:u32           JSON {"doc","start","end","text",
//                                                       "confidence","attributes","rule"}, and
//                                                       "merged_from":[s,p,o] when a merge moved
//                                                       it (unmerge moves it back). A merge that
//                                                       makes an edge a loop leaves its evidence
//                                                       under the old key, outside the indexes
// documents      document id (UTF-8)                    JSON {"num","source","date","lang",
//                                                       "entities":[id…],"aliases":[[id,surface]…],
//                                                       "edges":[[s,p,o]…]}: what it contributed,
//                                                       so that forget can take it back
// sources        source ‖ 0x00 ‖ document id            empty
// curation       'm' ‖ from:u64                         into:u64 — from was merged into `into`
//                'c' ‖ id:u64                           JSON {"merged":[{"id","name","type",
//                                                       "attributes","curated"}…],"aliases":[…]}:
//                                                       the curation facts of a surviving entity
//                                                       (what unmerge and alias remove undo); an
//                                                       entity with one outlives its documents
//                'l' ‖ seq:u64                          JSON of a curation command, for the record;
//                                                       seq comes from the document counter, so
//                                                       the log orders curation among loads
//
// Symmetric predicates (meets_with) are stored once, with the smaller id as subject.
// Besides RocksDB's files the folder holds kg.writer.lock (the writer's pid); graph.snapshot, the
// graph image (every edge as compressed rows, format in core/src/snapshot.cpp), used only while
// its stamp equals "generation"; and, only while a large group is being ingested, ingest/ with
// the table files being written. kg.creating marks a database whose creation has not finished
// (families are created one by one, and the format version is written last): a writer completes
// such a database, a reader sees it as empty.
// Entity id 0 and document number 0 are never assigned.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "kg/core/graph.h"

namespace kg::keys {

inline constexpr std::string_view kMeta = "meta";
inline constexpr std::string_view kEntities = "entities";
inline constexpr std::string_view kNames = "names";
inline constexpr std::string_view kAliases = "aliases";
inline constexpr std::string_view kSupport = "support";
inline constexpr std::string_view kSpo = "spo";
inline constexpr std::string_view kPos = "pos";
inline constexpr std::string_view kOsp = "osp";
inline constexpr std::string_view kEvidence = "evidence";
inline constexpr std::string_view kDocuments = "documents";
inline constexpr std::string_view kSources = "sources";
inline constexpr std::string_view kCuration = "curation";

inline constexpr std::string_view kFormatVersionKey = "format_version";
inline constexpr std::string_view kNextEntityKey = "next_entity_id";
inline constexpr std::string_view kNextDocumentKey = "next_document";
inline constexpr std::string_view kGenerationKey = "generation";
inline constexpr const char* kGraphImageFile = "graph.snapshot";
inline constexpr const char* kCreatingFile = "kg.creating";

inline constexpr char kNameKind = 'n';
inline constexpr char kSurnameKind = 's';
inline constexpr char kIdentityKind = 'k';
inline constexpr char kMergedPrefix = 'm';
inline constexpr char kLogPrefix = 'l';
inline constexpr char kCuratedPrefix = 'c';

inline constexpr std::size_t kIdSize = 8;
inline constexpr std::size_t kEdgeKeySize = 17;

void put_u64(std::string* out, std::uint64_t v);
std::uint64_t get_u64(std::string_view bytes);  // requires bytes.size() >= 8
void put_u32(std::string* out, std::uint32_t v);
std::uint32_t get_u32(std::string_view bytes);  // requires bytes.size() >= 4

std::string id_key(EntityId id);
std::string weight_key(EntityId id);  // id ‖ 'w' in the support family
// Symmetric predicates are put in canonical order (smaller id first) by the caller.
std::string spo_key(EntityId s, PredicateId p, EntityId o);
std::string pos_key(EntityId s, PredicateId p, EntityId o);
std::string osp_key(EntityId s, PredicateId p, EntityId o);
// Decoders; require a key of kEdgeKeySize bytes from the matching column family.
Edge decode_spo(std::string_view key);
Edge decode_osp(std::string_view key);

std::string name_prefix(std::string_view norm);  // norm ‖ 0x00
std::string name_key(std::string_view norm, char kind, EntityId id);
std::string alias_key(EntityId id, std::string_view surface);
std::string evidence_prefix(EntityId s, PredicateId p, EntityId o);
std::string evidence_key(EntityId s, PredicateId p, EntityId o, std::uint64_t doc, std::uint32_t seq);
std::string source_key(std::string_view source, std::string_view doc_id);
std::string merged_key(EntityId from);
std::string curated_key(EntityId id);  // 'c' ‖ id in the curation family

// A counter value (the encoding the Int64Add merge operator reads and writes).
std::string counter(std::int64_t delta);
std::int64_t decode_counter(std::string_view value);  // 0 when value is not 8 bytes

// The edge in the order it is stored: symmetric predicates with the smaller id first.
Edge canonical(Edge e);

}  // namespace kg::keys
