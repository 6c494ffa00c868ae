// The web's upload of meeting packs, with a preview before anything is stored:
//   GET  /imports/new       the upload form: the body the file is for, and the file (clerks and
//   administrators) POST /imports/preview   multipart/form-data: runs the upload through the importer as a
//   dry run (the same
//                           code as POST /api/v1/imports?dry_run=true, web/api_imports.h) and shows what
//                           would be created: the meeting, its agenda, papers with their recommendations,
//                           actions and the importer's warnings, with a button to import it
//   POST /imports           the confirmation: imports the very bytes previewed and answers 303 to the meeting
// Between preview and confirmation the uploaded bytes wait in this process's memory (PendingUploads), under
// an unguessable token that only the session which uploaded them may redeem, once, within 30 minutes; the
// browser never sends them twice and nothing is written to disk (docs/security.md, "Uploads"). Who may
// import is web::MayImport's rule, checked again at the confirmation. What does not belong here: parsing and
// storing papers (papers room), the JSON door (api_imports.h).
#pragma once

#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "web/governance_pages.h"
#include "web/pages.h"
#include "web/router.h"

namespace boardroom::web {

// One upload waiting for its confirmation.
struct PendingUpload {
  std::string token;       // unguessable (accounts::NewToken), the only handle the browser holds
  int64_t session_id = 0;  // the session that uploaded it; no other may redeem it
  std::string body;        // the body's name as chosen, "" for "the body the file names"
  std::string filename;    // the client's file name, a label only
  std::string bytes;       // the file as uploaded
  int64_t expires_at = 0;  // seconds since the epoch
};

// Uploads between preview and confirmation, held in memory with hard limits: at most kMaxUploads and
// kMaxBytes in all (the oldest go first), one per session (a new preview replaces the session's older one),
// each for kLifetimeSeconds. Thread-safe.
class PendingUploads {
 public:
  static constexpr size_t kMaxUploads = 32;
  static constexpr size_t kMaxBytes = 64 * 1024 * 1024;
  static constexpr int64_t kLifetimeSeconds = 30 * 60;

  // Keeps `upload` (its token and expires_at are set here) and returns its token.
  std::string Keep(PendingUpload upload, int64_t now);

  // Removes and returns the upload `token` names if `session_id` uploaded it and it has not expired;
  // nullopt otherwise (and a wrong session leaves it in place for its owner).
  std::optional<PendingUpload> Take(const std::string& token, int64_t session_id, int64_t now);

  // How many uploads are held (for tests).
  size_t size() const;

 private:
  void DropExpired(int64_t now);

  mutable std::mutex mutex_;
  std::list<PendingUpload> uploads_;  // oldest first
  size_t bytes_ = 0;
};

// Registers the routes above on `router`, with one PendingUploads for them. The context's cache is not used
// (an import commits, which makes every cached page stale).
void AddImportPages(Router& router, const Site& site, const GovernanceContext& context);

}  // namespace boardroom::web
