#include "kg/core/parallel.h"

#include <condition_variable>
#include <cstdint>
#include <exception>
#include <mutex>

namespace kg::parallel_internal {
namespace {

// Helper threads waiting for fan-outs. One fan-out at a time: its caller publishes the work and
// a new generation, the first `helpers_` threads run it, the caller runs it too and then waits
// until every helper has returned.
class Pool {
 public:
  Pool() {
    const unsigned n = worker_count() - 1;
    threads_.reserve(n);
    for (unsigned i = 0; i < n; ++i) threads_.emplace_back([this, i] { loop(i); });
  }
  ~Pool() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stop_ = true;
    }
    wake_.notify_all();
    for (auto& t : threads_) t.join();
  }
  Pool(const Pool&) = delete;
  Pool& operator=(const Pool&) = delete;

  bool run(unsigned helpers, const std::function<void()>& work) {
    std::unique_lock<std::mutex> lock(mutex_);
    if (busy_ || threads_.empty()) return false;
    busy_ = true;
    work_ = &work;
    helpers_ = std::min<unsigned>(helpers, static_cast<unsigned>(threads_.size()));
    running_ = helpers_;
    ++generation_;
    lock.unlock();
    wake_.notify_all();
    std::exception_ptr failed;
    try {
      work();
    } catch (...) {
      failed = std::current_exception();  // the helpers still use `work`: wait for them first
    }
    lock.lock();
    done_.wait(lock, [&] { return running_ == 0; });
    busy_ = false;
    work_ = nullptr;
    lock.unlock();
    if (failed) std::rethrow_exception(failed);
    return true;
  }

 private:
  void loop(unsigned index) {
    std::uint64_t seen = 0;
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
      wake_.wait(lock, [&] { return stop_ || generation_ != seen; });
      if (stop_) return;
      seen = generation_;
      if (index >= helpers_) continue;
      const std::function<void()>* work = work_;
      lock.unlock();
      (*work)();
      lock.lock();
      if (--running_ == 0) done_.notify_all();
    }
  }

  std::mutex mutex_;
  std::condition_variable wake_, done_;
  std::vector<std::thread> threads_;
  const std::function<void()>* work_ = nullptr;
  std::uint64_t generation_ = 0;
  unsigned helpers_ = 0, running_ = 0;
  bool busy_ = false, stop_ = false;
};

}  // namespace

bool run_on_pool(unsigned helpers, const std::function<void()>& work) {
  static Pool pool;
  return pool.run(helpers, work);
}

}  // namespace kg::parallel_internal
