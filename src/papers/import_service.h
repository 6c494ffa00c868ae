// Turns what the importer found in one file (a ParsedFile) into stored records, in one read-write transaction
// of the store: the document, the body, the meeting and its agenda, each paper with its sections, paragraphs,
// recommendations and clearances, the action-log rows with their updates, and an audit event per created
// top-level record. A file imports whole or not at all. This module decides what is new, what is a duplicate
// and what is another version of a paper already held; reading and parsing files is for reader.h and parse.h,
// and printing is for the cli.
//
// Rules (docs/import-format.md, "Storing an import"):
// - The same bytes twice (same SHA-256) is a no-op: outcome "duplicate", nothing written.
// - A paper is "the same paper" as one held when it belongs to the same body, its title is token-set similar
//   (TitleSimilarity >= kSameTitleSimilarity) and it has the same date or the same meeting date. If its
//   title, contact officers and paragraphs are the same, it is linked (its agenda item points at the paper
//   held) and not stored again; otherwise it is stored as a new version of the first issue, with what
//   changed.
// - Papers are stored published unless classified OFFICIAL-SENSITIVE or marked exempt: the importer reads
// packs
//   that were published to the public.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "papers/document.h"
#include "papers/parsed.h"
#include "store/store.h"

namespace boardroom::papers {

// Titles at least this similar (TitleSimilarity) may name the same paper.
inline constexpr double kSameTitleSimilarity = 0.8;

// The file an import came from, as the store keeps it (store::Document).
struct ImportSource {
  std::string file_name;       // without directories
  std::string kind;            // "pdf", "docx" or "text"
  int64_t size = 0;            // bytes of the original file
  std::string extracted_text;  // the Document's lines joined by "\n", pages separated by "\f"
};

// The ImportSource of a file read by reader.h: `bytes` are the file's original bytes (for kind and size).
ImportSource SourceOf(const Document& doc, std::string_view bytes);

struct ImportOptions {
  std::optional<std::string> body;  // the body's name or short name; overrides the body the file names
  bool dry_run = false;             // compute everything, then roll back
  // Who imports, as the actor of the audit events written: a signed-in user's email; "import" when unset.
  // Action updates read from the file keep the author "import" (their words are the file's).
  std::optional<std::string> actor;
};

// What was found to differ between a paper and the issue of it already held.
struct PaperChanges {
  bool title = false;
  bool contact_officers = false;
  int paragraphs_added = 0;    // paragraphs of the new issue not in the old (compared after FoldForCompare)
  int paragraphs_removed = 0;  // paragraphs of the old issue not in the new
};

// What became of one paper of the file.
struct PaperOutcome {
  std::optional<std::string> agenda_item;
  std::string title;
  std::string disposition;                   // "created" | "new-version" | "linked"
  store::PaperId paper_id;                   // the paper stored, or for "linked" the paper already held
  std::optional<store::PaperId> version_of;  // "new-version": the first issue
  int64_t version_number = 1;
  std::optional<PaperChanges> changes;     // "new-version" only
  std::optional<ParsedDuplicate> same_as;  // "new-version" and "linked": the paper already held
};

struct ImportOutcome {
  std::string outcome;  // "imported" | "duplicate"
  bool dry_run = false;
  std::string message;  // a sentence for a person: "imported 11 papers ..." or "already imported ..."
  store::DocumentId document_id;  // the document stored, or for "duplicate" the one already held
  store::BodyId body_id;          // unset for "duplicate"
  bool body_created = false;
  std::optional<store::MeetingId> meeting_id;
  bool meeting_created = false;
  std::vector<store::PaperId> paper_ids;    // papers created (new issues included)
  std::vector<store::ActionId> action_ids;  // actions created
  std::vector<store::ActionId>
      updated_action_ids;                       // actions held before that got new updates or a new status
  std::vector<PaperOutcome> papers;             // one per paper of the file, in order
  std::optional<ParsedDuplicate> duplicate_of;  // the first paper of the file that matched one held
};

// Imports `parsed` (read from `source`) into `store` in one read-write transaction, committed unless
// options.dry_run. Errors: kInvalidArgument (field "file") when the file holds no meeting, paper or action
// log; kInvalidArgument when the file names no body and options.body is unset (field "body"), or when
// parsed.sha256 is not a SHA-256; any store error passes through (kUnavailable when the database is busy). On
// error nothing of the file is written. A file already held is not an error: outcome "duplicate".
Result<ImportOutcome> ImportParsedFile(store::Store& store, const ParsedFile& parsed,
                                       const ImportSource& source, const ImportOptions& options,
                                       const Clock& clock);

// Token-set similarity of two titles after FoldForCompare: shared words / words of the longer title, in [0,
// 1]. Words are runs of letters and digits; two empty titles are 0.
double TitleSimilarity(std::string_view a, std::string_view b);

// The outcome as JSON: {"outcome", "dry_run", "message", "document_id", "created": {"body_id"?,
// "meeting_id"?, "paper_ids", "action_ids"}, "updated_action_ids", "papers": [...]}. For a dry run "created"
// is left out (the ids were never committed).
nlohmann::json OutcomeToJson(const ImportOutcome& outcome);

}  // namespace boardroom::papers
