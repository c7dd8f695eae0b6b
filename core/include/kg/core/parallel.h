// The one thread fan-out of kg: runs fn(0) … fn(n-1) on up to `max_workers` threads (the calling
// thread is one of them), each taking the next index when it is free, and returns when all are
// done. fn must be safe to call from several threads at once for different indexes.
//
// The helper threads are a process-wide pool, started on first use and kept: extraction fans out
// once per window of articles, and fresh threads would start every window with cold per-thread
// caches (the tagger's word cache, name normalisation). A fan-out that starts while another one
// runs (from another thread, or nested) gets threads of its own, as before the pool.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <functional>
#include <thread>
#include <vector>

namespace kg {

// Worker threads a fan-out uses here: the machine's cores, at most `cap`.
inline unsigned worker_count(unsigned cap = 16) {
  return std::max(1u, std::min(cap, std::thread::hardware_concurrency()));
}

namespace parallel_internal {
// Runs `work` on the calling thread and on up to `helpers` pool threads, and returns when every
// one of them has returned from it; false (and nothing run) when the pool is in use.
bool run_on_pool(unsigned helpers, const std::function<void()>& work);
}  // namespace parallel_internal

template <typename Fn>
void parallel_for(std::size_t n, Fn&& fn, unsigned max_workers = worker_count()) {
  if (n == 0) return;
  const auto workers = static_cast<unsigned>(std::min<std::size_t>(std::max(1u, max_workers), n));
  if (workers == 1) {
    for (std::size_t i = 0; i < n; ++i) fn(i);
    return;
  }
  std::atomic<std::size_t> next{0};
  const std::function<void()> work = [&] {
    for (std::size_t i; (i = next.fetch_add(1, std::memory_order_relaxed)) < n;) fn(i);
  };
  if (parallel_internal::run_on_pool(workers - 1, work)) return;
  std::vector<std::thread> threads;
  threads.reserve(workers - 1);
  for (unsigned w = 1; w < workers; ++w) threads.emplace_back(work);
  work();
  for (auto& t : threads) t.join();
}

}  // namespace kg
