#include "web/page_cache.h"

#include <cassert>
#include <utility>

namespace boardroom::web {

PageCache::PageCache(size_t max_entries, std::chrono::milliseconds max_age)
    : max_entries_(max_entries), max_age_(max_age) {
  assert(max_entries > 0);
}

bool PageCache::Fresh(const Entry& entry, uint64_t commit_count,
                      std::chrono::steady_clock::time_point now) const {
  return entry.commit_count == commit_count && now >= entry.made && now - entry.made < max_age_;
}

std::optional<Response> PageCache::Get(const std::string& key, uint64_t commit_count,
                                       std::chrono::steady_clock::time_point now) const {
  std::lock_guard lock(mu_);
  auto it = entries_.find(key);
  if (it == entries_.end() || !Fresh(it->second, commit_count, now)) return std::nullopt;
  return it->second.response;
}

void PageCache::Put(const std::string& key, uint64_t commit_count, std::chrono::steady_clock::time_point now,
                    Response response) {
  std::lock_guard lock(mu_);
  if (entries_.size() >= max_entries_ && !entries_.count(key)) {
    std::erase_if(entries_, [&](const auto& item) { return !Fresh(item.second, commit_count, now); });
    if (entries_.size() >= max_entries_) entries_.clear();
  }
  entries_[key] = Entry{commit_count, now, std::move(response)};
}

size_t PageCache::size() const {
  std::lock_guard lock(mu_);
  return entries_.size();
}

}  // namespace boardroom::web
