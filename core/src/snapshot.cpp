#include "kg/core/snapshot.h"

#include "kg/core/files.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <cstdio>
#include <cstring>

// Snapshot file, format version 1. All integers little-endian (the writer's native order, checked
// through the byte-order mark); every section starts 8-byte aligned because the 8-byte sections
// come first and have sizes that are multiples of 8.
//
//   offset  size      field
//   0       8         magic "KGGRAPH\n"
//   8       4         u32 format version (1)
//   12      4         u32 byte-order mark 0x01020304 as written by the writer
//   16      8         u64 stamp (the store's generation when it was written)
//   24      8         u64 n: rows (entities with at least one edge)
//   32      8         u64 m: edges
//   40      8         u64 t: length of the id → row table (0 when ids are sparse)
//   48      8n        ids       u64[n], strictly increasing
//           8(n+1)    offsets   u64[n+1], offsets[0] = 0, offsets[n] = 2m, non-decreasing
//           24m       edges     PackedEdge[m] (subject u64, object u64, support u32, predicate u8,
//                               3 bytes zero), sorted by (subject, predicate, object)
//           8m        incident  u32[2m]: edge numbers of row r at offsets[r] .. offsets[r+1]
//           8m        neighbor  u32[2m]: the row at the other end of incident[i]
//           4t        row_of    u32[t]: row of id, or 0xFFFFFFFF
//
// open() checks every one of these properties, so a damaged file is an error, not a crash.

namespace kg {
namespace {

constexpr char kMagic[8] = {'K', 'G', 'G', 'R', 'A', 'P', 'H', '\n'};
constexpr std::uint32_t kFormatVersion = 1;
constexpr std::uint32_t kByteOrderMark = 0x01020304;

struct Header {
  char magic[8];
  std::uint32_t version;
  std::uint32_t byte_order;
  std::uint64_t stamp;
  std::uint64_t rows;
  std::uint64_t edges;
  std::uint64_t table;
};
static_assert(sizeof(Header) == 48);
static_assert(sizeof(GraphSnapshot::PackedEdge) == 24);
static_assert(offsetof(GraphSnapshot::PackedEdge, predicate) == 20);

std::uint64_t file_size(std::uint64_t n, std::uint64_t m, std::uint64_t t) {
  return sizeof(Header) + 8 * n + 8 * (n + 1) + 24 * m + 8 * m + 8 * m + 4 * t;
}

}  // namespace

struct GraphSnapshot::Storage {
  std::vector<EntityId> ids;
  std::vector<std::uint64_t> offsets;
  std::vector<std::uint32_t> incident, neighbor, row_of;
  std::vector<PackedEdge> edges;
  void* map = nullptr;
  std::size_t map_size = 0;

  ~Storage() {
    if (map != nullptr) munmap(map, map_size);
  }
};

struct GraphSnapshot::Scratch {
  std::vector<std::uint32_t> mark[2];    // number of the search that reached the row from side k
  std::vector<std::uint32_t> parent[2];  // the row it was first reached from (kNoRow at a root)
  std::vector<std::uint32_t> via[2];     // the edge it was reached by
  std::vector<std::uint32_t> frontier[2], next;
  std::uint32_t search = 0;
};

GraphSnapshot::GraphSnapshot(GraphSnapshot&&) noexcept = default;
GraphSnapshot& GraphSnapshot::operator=(GraphSnapshot&&) noexcept = default;
GraphSnapshot::~GraphSnapshot() = default;

void GraphSnapshot::point_at_storage() {
  const Storage& s = *storage_;
  ids_ = s.ids;
  offsets_ = s.offsets;
  incident_ = s.incident;
  neighbor_ = s.neighbor;
  edges_ = s.edges;
  row_of_ = s.row_of;
}

Result<GraphSnapshot> GraphSnapshot::build(const GraphReader& source) {
  GraphSnapshot g;
  g.types_ = &source;
  g.storage_ = std::make_unique<Storage>();
  Storage& s = *g.storage_;
  EntityId max_id = 0;
  KG_RETURN_IF_ERROR(source.scan_edges([&](const Edge& e) {
    PackedEdge p{e.subject,
                 e.object,
                 static_cast<std::uint32_t>(std::min<std::uint64_t>(e.support, UINT32_MAX)),
                 e.predicate,
                 {0, 0, 0}};
    s.edges.push_back(p);
    max_id = std::max({max_id, e.subject, e.object});
  }));
  if (s.edges.size() >= UINT32_MAX / 2) return Status::NotSupported("graph too large for a snapshot");
  auto spo_less = [](const PackedEdge& a, const PackedEdge& b) {
    return std::tie(a.subject, a.predicate, a.object) < std::tie(b.subject, b.predicate, b.object);
  };
  if (!std::is_sorted(s.edges.begin(), s.edges.end(), spo_less)) std::sort(s.edges.begin(), s.edges.end(), spo_less);

  // Rows in id order. Stores number entities 1, 2, 3, …: when ids are that dense a direct table
  // maps them to rows, otherwise a binary search over ids does.
  if (max_id <= 8 * s.edges.size() + 1024) {
    s.row_of.assign(max_id + 1, kNoRow);
    for (const PackedEdge& e : s.edges) s.row_of[e.subject] = s.row_of[e.object] = 0;
    for (EntityId id = 0; id <= max_id; ++id) {
      if (s.row_of[id] == kNoRow) continue;
      s.row_of[id] = static_cast<std::uint32_t>(s.ids.size());
      s.ids.push_back(id);
    }
  } else {
    for (const PackedEdge& e : s.edges) {
      s.ids.push_back(e.subject);
      s.ids.push_back(e.object);
    }
    std::sort(s.ids.begin(), s.ids.end());
    s.ids.erase(std::unique(s.ids.begin(), s.ids.end()), s.ids.end());
  }
  g.point_at_storage();

  s.offsets.assign(s.ids.size() + 1, 0);
  std::vector<std::uint32_t> subject_row(s.edges.size()), object_row(s.edges.size());
  for (std::size_t i = 0; i < s.edges.size(); ++i) {
    subject_row[i] = g.row(s.edges[i].subject);
    object_row[i] = g.row(s.edges[i].object);
    s.offsets[subject_row[i] + 1]++;
    s.offsets[object_row[i] + 1]++;
  }
  for (std::size_t i = 1; i < s.offsets.size(); ++i) s.offsets[i] += s.offsets[i - 1];
  s.incident.resize(s.edges.size() * 2);
  s.neighbor.resize(s.edges.size() * 2);
  std::vector<std::uint64_t> fill(s.offsets.begin(), s.offsets.end() - 1);
  // Subject ends first, then object ends: each row lists its edges in the order a store's
  // edges_of does (spo, then osp).
  for (std::size_t i = 0; i < s.edges.size(); ++i) {
    std::uint64_t at = fill[subject_row[i]]++;
    s.incident[at] = static_cast<std::uint32_t>(i);
    s.neighbor[at] = object_row[i];
  }
  for (std::size_t i = 0; i < s.edges.size(); ++i) {
    std::uint64_t at = fill[object_row[i]]++;
    s.incident[at] = static_cast<std::uint32_t>(i);
    s.neighbor[at] = subject_row[i];
  }
  g.point_at_storage();
  return g;
}

Status GraphSnapshot::save(const std::string& path, std::uint64_t stamp) const {
  KG_ASSIGN_OR_RETURN(PendingFile pending, PendingFile::create(path));
  std::FILE* f = pending.file();
  Header h{};
  std::memcpy(h.magic, kMagic, sizeof kMagic);
  h.version = kFormatVersion;
  h.byte_order = kByteOrderMark;
  h.stamp = stamp;
  h.rows = ids_.size();
  h.edges = edges_.size();
  h.table = row_of_.size();
  bool ok = std::fwrite(&h, sizeof h, 1, f) == 1;
  auto put = [&](const auto& span) {
    if (ok && !span.empty()) ok = std::fwrite(span.data(), sizeof(span[0]), span.size(), f) == span.size();
  };
  put(ids_);
  put(offsets_);
  put(edges_);
  put(incident_);
  put(neighbor_);
  put(row_of_);
  if (!ok) return Status::IOError("cannot write " + path + ": " + std::strerror(errno));
  return pending.commit();
}

Result<GraphSnapshot> GraphSnapshot::open(const std::string& path, const GraphReader& types) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT) return Status::NotFound("no graph snapshot at " + path);
    return Status::IOError("cannot read " + path + ": " + std::strerror(errno));
  }
  struct stat st {};
  if (fstat(fd, &st) != 0) {
    ::close(fd);
    return Status::IOError("cannot read " + path + ": " + std::strerror(errno));
  }
  const auto size = static_cast<std::uint64_t>(st.st_size);
  auto corrupt = [&](const std::string& what) { return Status::Corruption(path + ": " + what); };
  if (size < sizeof(Header)) {
    ::close(fd);
    return corrupt("truncated graph snapshot");
  }
  void* map = mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
  ::close(fd);
  if (map == MAP_FAILED) return Status::IOError("cannot map " + path + ": " + std::strerror(errno));

  GraphSnapshot g;
  g.types_ = &types;
  g.storage_ = std::make_unique<Storage>();
  g.storage_->map = map;
  g.storage_->map_size = size;
  const auto* base = static_cast<const unsigned char*>(map);
  Header h{};
  std::memcpy(&h, base, sizeof h);
  if (std::memcmp(h.magic, kMagic, sizeof kMagic) != 0) return corrupt("not a kg graph snapshot");
  if (h.byte_order != kByteOrderMark) return Status::NotSupported(path + ": graph snapshot of another byte order");
  if (h.version != kFormatVersion) {
    return Status::NotSupported(path + ": graph snapshot format " + std::to_string(h.version) + ", this kg reads " +
                                std::to_string(kFormatVersion));
  }
  const std::uint64_t n = h.rows, m = h.edges, t = h.table;
  if (n >= UINT32_MAX || m >= UINT32_MAX / 2 || t > (std::uint64_t{1} << 40) || file_size(n, m, t) != size) {
    return corrupt("graph snapshot has the wrong size");
  }
  std::size_t at = sizeof(Header);
  auto take = [&](auto* span, std::uint64_t count) {
    using T = typename std::remove_reference_t<decltype(*span)>::element_type;
    *span = std::span<const T>(reinterpret_cast<const T*>(base + at), count);
    at += count * sizeof(T);
  };
  g.stamp_ = h.stamp;
  take(&g.ids_, n);
  take(&g.offsets_, n + 1);
  take(&g.edges_, m);
  take(&g.incident_, 2 * m);
  take(&g.neighbor_, 2 * m);
  take(&g.row_of_, t);

  // Consistency, so that no query can index outside the arrays.
  for (std::uint64_t r = 1; r < n; ++r)
    if (g.ids_[r - 1] >= g.ids_[r]) return corrupt("graph snapshot ids out of order");
  if (g.offsets_[0] != 0 || g.offsets_[n] != 2 * m) return corrupt("graph snapshot rows do not cover its edges");
  for (std::uint64_t r = 0; r < n; ++r)
    if (g.offsets_[r] > g.offsets_[r + 1]) return corrupt("graph snapshot rows out of order");
  for (std::uint64_t i = 0; i < t; ++i) {
    std::uint32_t r = g.row_of_[i];
    if (r != kNoRow && (r >= n || g.ids_[r] != i)) return corrupt("graph snapshot id table is inconsistent");
  }
  for (std::uint64_t r = 0; r < n; ++r) {
    const EntityId id = g.ids_[r];
    for (std::uint64_t i = g.offsets_[r]; i < g.offsets_[r + 1]; ++i) {
      if (g.incident_[i] >= m || g.neighbor_[i] >= n) return corrupt("graph snapshot refers outside itself");
      const PackedEdge& e = g.edges_[g.incident_[i]];
      const EntityId other = g.ids_[g.neighbor_[i]];
      if (!((e.subject == id && e.object == other) || (e.object == id && e.subject == other))) {
        return corrupt("graph snapshot rows disagree with its edges");
      }
    }
  }
  if (t > 0) {
    for (EntityId id : g.ids_)
      if (id >= t) return corrupt("graph snapshot id table is too short");
  }
  return g;
}

std::uint32_t GraphSnapshot::row(EntityId id) const {
  if (!row_of_.empty()) return id < row_of_.size() ? row_of_[id] : kNoRow;
  auto it = std::lower_bound(ids_.begin(), ids_.end(), id);
  return it == ids_.end() || *it != id ? kNoRow : static_cast<std::uint32_t>(it - ids_.begin());
}

Edge GraphSnapshot::edge(std::uint32_t i) const {
  const PackedEdge& p = edges_[i];
  return Edge{p.subject, p.predicate, p.object, p.support};
}

Status GraphSnapshot::edges_of(EntityId id, std::vector<Edge>* out) const {
  std::uint32_t r = row(id);
  if (r == kNoRow) return Status::Ok();
  for (std::uint64_t i = offsets_[r]; i < offsets_[r + 1]; ++i) out->push_back(edge(incident_[i]));
  return Status::Ok();
}

std::uint64_t GraphSnapshot::degree_hint(EntityId id) const {
  std::uint32_t r = row(id);
  return r == kNoRow ? 0 : offsets_[r + 1] - offsets_[r];
}

Status GraphSnapshot::scan_edges(const std::function<void(const Edge&)>& fn) const {
  for (std::uint32_t i = 0; i < edges_.size(); ++i) fn(edge(i));
  return Status::Ok();
}

std::vector<Path> GraphSnapshot::shortest_path(EntityId from, EntityId to, int max_depth,
                                               PredicateMask predicates) const {
  if (from == to) return {Path{{from}, {}}};
  const std::uint32_t roots[2] = {row(from), row(to)};
  if (roots[0] == kNoRow || roots[1] == kNoRow || max_depth < 1) return {};
  if (!scratch_) {
    scratch_ = std::make_unique<Scratch>();
    for (int k = 0; k < 2; ++k) {
      scratch_->mark[k].assign(ids_.size(), 0);
      scratch_->parent[k].resize(ids_.size());
      scratch_->via[k].resize(ids_.size());
    }
  }
  Scratch& s = *scratch_;
  if (++s.search == 0) {  // marks of 2^32 searches ago could look current: start afresh
    for (auto& m : s.mark) std::fill(m.begin(), m.end(), 0);
    s.search = 1;
  }
  const std::uint32_t q = s.search;
  auto degree = [&](std::uint32_t r) { return offsets_[r + 1] - offsets_[r]; };
  std::uint64_t weight[2];
  int depth[2] = {0, 0};
  for (int k = 0; k < 2; ++k) {
    s.mark[k][roots[k]] = q;
    s.parent[k][roots[k]] = kNoRow;
    s.frontier[k].assign(1, roots[k]);
    weight[k] = degree(roots[k]);
  }
  // Grow the side whose frontier has fewer edges to read; stop at the first row the other side
  // has reached: with both sides grown a whole level at a time, that row lies on a shortest path.
  while (depth[0] + depth[1] < max_depth && !s.frontier[0].empty() && !s.frontier[1].empty()) {
    const int k = weight[0] <= weight[1] ? 0 : 1;
    std::vector<std::uint32_t>& mine = s.mark[k];
    const std::vector<std::uint32_t>& theirs = s.mark[1 - k];
    s.next.clear();
    std::uint64_t next_weight = 0;
    std::uint32_t meet = kNoRow;
    for (std::uint32_t node : s.frontier[k]) {
      for (std::uint64_t i = offsets_[node]; i < offsets_[node + 1]; ++i) {
        const std::uint32_t other = neighbor_[i];
        if (mine[other] == q) continue;
        if (predicates != kAnyPredicate && (predicates & predicate_bit(edges_[incident_[i]].predicate)) == 0) continue;
        mine[other] = q;
        s.parent[k][other] = node;
        s.via[k][other] = incident_[i];
        s.next.push_back(other);
        next_weight += degree(other);
        if (theirs[other] == q) {
          meet = other;
          break;
        }
      }
      if (meet != kNoRow) break;
    }
    if (meet != kNoRow) {
      Path p;
      std::vector<std::uint32_t> left;
      for (std::uint32_t r = meet; r != kNoRow; r = s.parent[0][r]) left.push_back(r);
      std::reverse(left.begin(), left.end());
      for (std::size_t i = 0; i < left.size(); ++i) {
        if (i > 0) p.edges.push_back(edge(s.via[0][left[i]]));
        p.nodes.push_back(ids_[left[i]]);
      }
      for (std::uint32_t r = meet; s.parent[1][r] != kNoRow; r = s.parent[1][r]) {
        p.edges.push_back(edge(s.via[1][r]));
        p.nodes.push_back(ids_[s.parent[1][r]]);
      }
      return {std::move(p)};
    }
    std::sort(s.next.begin(), s.next.end());
    std::swap(s.frontier[k], s.next);
    weight[k] = next_weight;
    depth[k]++;
  }
  return {};
}

}  // namespace kg
