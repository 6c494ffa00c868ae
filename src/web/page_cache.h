// A cache of rendered public pages. Public pages change rarely and are read often; rendering one costs
// several queries and a template expansion, serving cached bytes costs a copy. An entry is kept with the
// store's commit count at the time it was rendered (store::Store::CommitCount) and the time it was made; it
// is served only while the commit count is unchanged (a write through this server invalidates every page at
// once) and it is younger than the maximum age (which bounds how long a write by another process, or the turn
// of the day, goes unseen). Only pages that are the same for every member of the public belong here: never a
// page for a signed-in user.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "web/http.h"

namespace boardroom::web {

class PageCache {
 public:
  // Keeps at most `max_entries` pages, each for at most `max_age`. REQUIRES: max_entries > 0.
  PageCache(size_t max_entries, std::chrono::milliseconds max_age);

  // The response cached under `key` when it was stored with `commit_count` and is younger than the maximum
  // age at `now`; nullopt otherwise. Thread-safe.
  std::optional<Response> Get(const std::string& key, uint64_t commit_count,
                              std::chrono::steady_clock::time_point now) const;

  // Stores `response` under `key`. When the cache is full, every entry made under an older commit count or
  // past its age is dropped first, then (if still full) the whole cache: simple, and a full cache of live
  // pages is rare for a public site. Thread-safe.
  void Put(const std::string& key, uint64_t commit_count, std::chrono::steady_clock::time_point now,
           Response response);

  size_t size() const;

 private:
  struct Entry {
    uint64_t commit_count = 0;
    std::chrono::steady_clock::time_point made;
    Response response;
  };
  bool Fresh(const Entry& entry, uint64_t commit_count, std::chrono::steady_clock::time_point now) const;

  const size_t max_entries_;
  const std::chrono::milliseconds max_age_;
  mutable std::mutex mu_;
  std::unordered_map<std::string, Entry> entries_;  // guarded by mu_
};

}  // namespace boardroom::web
