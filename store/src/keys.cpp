#include "keys.h"

#include <utility>

namespace kg::keys {

void put_u64(std::string* out, std::uint64_t v) {
  for (int shift = 56; shift >= 0; shift -= 8) out->push_back(static_cast<char>((v >> shift) & 0xff));
}

std::uint64_t get_u64(std::string_view bytes) {
  std::uint64_t v = 0;
  for (int i = 0; i < 8; ++i) v = (v << 8) | static_cast<std::uint8_t>(bytes[static_cast<std::size_t>(i)]);
  return v;
}

std::uint32_t get_u32(std::string_view bytes) {
  std::uint32_t v = 0;
  for (std::size_t i = 0; i < 4; ++i) v = (v << 8) | static_cast<std::uint8_t>(bytes[i]);
  return v;
}

void put_u32(std::string* out, std::uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) out->push_back(static_cast<char>((v >> shift) & 0xff));
}

std::string id_key(EntityId id) {
  std::string k;
  put_u64(&k, id);
  return k;
}

std::string weight_key(EntityId id) {
  std::string k = id_key(id);
  k.push_back('w');
  return k;
}

std::string spo_key(EntityId s, PredicateId p, EntityId o) {
  std::string k;
  k.reserve(kEdgeKeySize);
  put_u64(&k, s);
  k.push_back(static_cast<char>(p));
  put_u64(&k, o);
  return k;
}

std::string pos_key(EntityId s, PredicateId p, EntityId o) {
  std::string k;
  k.reserve(kEdgeKeySize);
  k.push_back(static_cast<char>(p));
  put_u64(&k, o);
  put_u64(&k, s);
  return k;
}

std::string osp_key(EntityId s, PredicateId p, EntityId o) {
  std::string k;
  k.reserve(kEdgeKeySize);
  put_u64(&k, o);
  put_u64(&k, s);
  k.push_back(static_cast<char>(p));
  return k;
}

Edge decode_spo(std::string_view key) {
  return Edge{get_u64(key.substr(0, 8)), static_cast<PredicateId>(key[8]), get_u64(key.substr(9, 8)), 0};
}

Edge decode_osp(std::string_view key) {
  return Edge{get_u64(key.substr(8, 8)), static_cast<PredicateId>(key[16]), get_u64(key.substr(0, 8)), 0};
}

std::string name_prefix(std::string_view norm) {
  std::string k(norm);
  k.push_back('\0');
  return k;
}

std::string name_key(std::string_view norm, char kind, EntityId id) {
  std::string k = name_prefix(norm);
  k.push_back(kind);
  put_u64(&k, id);
  return k;
}

std::string alias_key(EntityId id, std::string_view surface) {
  std::string k = id_key(id);
  k.append(surface);
  return k;
}

std::string evidence_prefix(EntityId s, PredicateId p, EntityId o) { return spo_key(s, p, o); }

std::string evidence_key(EntityId s, PredicateId p, EntityId o, std::uint64_t doc, std::uint32_t seq) {
  std::string k = spo_key(s, p, o);
  put_u64(&k, doc);
  put_u32(&k, seq);
  return k;
}

std::string source_key(std::string_view source, std::string_view doc_id) {
  std::string k(source);
  k.push_back('\0');
  k.append(doc_id);
  return k;
}

std::string merged_key(EntityId from) {
  std::string k(1, kMergedPrefix);
  put_u64(&k, from);
  return k;
}

std::string curated_key(EntityId id) {
  std::string k(1, kCuratedPrefix);
  put_u64(&k, id);
  return k;
}

std::string counter(std::int64_t delta) {
  auto u = static_cast<std::uint64_t>(delta);
  std::string v(8, '\0');
  for (std::size_t i = 0; i < 8; ++i) v[i] = static_cast<char>((u >> (8 * i)) & 0xff);
  return v;
}

std::int64_t decode_counter(std::string_view value) {
  if (value.size() != 8) return 0;
  std::uint64_t u = 0;
  for (std::size_t i = 8; i-- > 0;) u = (u << 8) | static_cast<std::uint8_t>(value[i]);
  return static_cast<std::int64_t>(u);
}

Edge canonical(Edge e) {
  if (predicate_info(e.predicate).symmetric && e.object < e.subject) std::swap(e.subject, e.object);
  return e;
}

}  // namespace kg::keys
