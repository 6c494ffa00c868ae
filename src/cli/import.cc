// `boardroom import`: reads each file (PDF, DOCX or text), parses it and stores it in one transaction through
// the papers room's import service. A batch goes on past a bad file; the summary and the exit code say how it
// went.
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <system_error>
#include <vector>

#include "cli/commands.h"
#include "core/clock.h"
#include "core/text.h"
#include "papers/import_json.h"
#include "papers/import_service.h"
#include "papers/parse.h"
#include "papers/reader.h"
#include "store/sqlite/sqlite_store.h"

namespace boardroom::cli {
namespace {

// Batches longer than this show "[i/n] importing NAME" on a terminal.
constexpr size_t kProgressFrom = 2;

// What happened to one file of the batch.
struct FileResult {
  std::string path;
  std::optional<papers::ParsedFile> parsed;
  std::optional<papers::ImportOutcome> outcome;
  std::optional<Error> error;
};

Status EnsureParentFolder(const std::string& db) {
  if (db == ":memory:") return OkStatus();
  std::filesystem::path parent = std::filesystem::path(db).parent_path();
  if (parent.empty()) return OkStatus();
  std::error_code ec;
  std::filesystem::create_directories(parent, ec);
  if (ec)
    return Error::InvalidArgument("cannot create the folder " + parent.string() + ": " + ec.message(), "db");
  return OkStatus();
}

// The file's bytes, refusing a missing path, a folder and a file over the size limit before reading it.
Result<std::string> ReadBytes(const std::string& path, size_t max_bytes) {
  std::error_code ec;
  const std::filesystem::file_status status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) return Error::NotFound("no such file");
  if (std::filesystem::is_directory(status)) return Error::InvalidArgument("is a folder, not a file", "file");
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) return Error::NotFound("cannot read it: " + ec.message());
  if (size > max_bytes) {
    return Error::InvalidArgument("it is " + std::to_string(size) + " bytes, more than the limit of " +
                                      std::to_string(max_bytes) + " bytes",
                                  "file");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error::NotFound("cannot open it");
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return Error::Unavailable("cannot read it");
  return bytes;
}

// A file whose name promises a format its bytes do not have is refused rather than read as text.
Status CheckFormatMatchesName(const std::string& path, std::string_view bytes) {
  const std::string ext = CaseFold(std::filesystem::path(path).extension().string());
  const papers::DocumentFormat format = papers::SniffFormat(bytes);
  if (ext == ".pdf" && format != papers::DocumentFormat::kPdf) {
    return Error::InvalidArgument("not a PDF: no \"%PDF-\" header in its first 1024 bytes", "file");
  }
  if (ext == ".docx" && format != papers::DocumentFormat::kDocx &&
      format != papers::DocumentFormat::kUnsupported) {
    return Error::InvalidArgument("not a DOCX: it is not a zip archive", "file");
  }
  return OkStatus();
}

FileResult ImportOne(store::Store& store, const std::string& path, const ImportOptions& options,
                     const Clock& clock) {
  FileResult r;
  r.path = path;
  const papers::ReaderLimits limits;
  Result<std::string> bytes = ReadBytes(path, limits.max_bytes);
  if (!bytes.ok()) {
    r.error = bytes.error();
    return r;
  }
  if (Status s = CheckFormatMatchesName(path, *bytes); !s.ok()) {
    r.error = s.error();
    return r;
  }
  const std::string name = std::filesystem::path(path).filename().string();
  Result<papers::Document> doc = papers::ReadDocumentBytes(name, *bytes, limits);
  if (!doc.ok()) {
    r.error = doc.error();
    return r;
  }
  Result<papers::ParsedFile> parsed = papers::ParseDocument(*doc);
  if (!parsed.ok()) {
    r.error = parsed.error();
    return r;
  }
  r.parsed = std::move(parsed).value();
  papers::ImportOptions import_options;
  if (!options.body.empty()) import_options.body = options.body;
  import_options.dry_run = options.dry_run;
  Result<papers::ImportOutcome> outcome =
      papers::ImportParsedFile(store, *r.parsed, papers::SourceOf(*doc, *bytes), import_options, clock);
  if (!outcome.ok()) {
    r.error = outcome.error();
    return r;
  }
  if (outcome->duplicate_of && !r.parsed->duplicate_of) r.parsed->duplicate_of = outcome->duplicate_of;
  r.outcome = std::move(outcome).value();
  return r;
}

// The boardroom-import/1 document of the batch, each file with its "outcome" and, when stored, "created".
nlohmann::json BatchJson(const std::vector<FileResult>& results) {
  nlohmann::json files = nlohmann::json::array();
  for (const FileResult& r : results) {
    nlohmann::json f;
    if (r.parsed) {
      f = papers::FileToJson(*r.parsed);
    } else {
      f["file"] = std::filesystem::path(r.path).filename().string();
    }
    if (r.error) {
      f["outcome"] = "failed";
      f["error"] = {{"code", ErrorCodeName(r.error->code)}, {"message", r.error->message}};
    } else {
      nlohmann::json o = papers::OutcomeToJson(*r.outcome);
      f["outcome"] = r.outcome->outcome;
      if (o.contains("created")) f["created"] = o["created"];
      o.erase("outcome");
      o.erase("created");
      f["import"] = std::move(o);
    }
    files.push_back(std::move(f));
  }
  return {{"format", papers::kImportFormat}, {"files", std::move(files)}};
}

}  // namespace

int RunImport(const ImportOptions& options) {
  if (options.files.empty()) {
    std::fputs("boardroom: import: name at least one FILE\n", stderr);
    return kExitUsage;
  }
  if (Status folder = EnsureParentFolder(options.db); !folder.ok()) {
    std::fprintf(stderr, "boardroom: import: %s\n", folder.error().message.c_str());
    return kExitFailed;
  }
  Result<std::unique_ptr<store::Store>> store = store::OpenSqliteStore(options.db);
  if (!store.ok()) {
    std::fprintf(stderr, "boardroom: import: cannot open the database %s: %s\n", options.db.c_str(),
                 store.error().message.c_str());
    return kExitFailed;
  }
  SystemClock clock;
  const bool progress = options.files.size() >= kProgressFrom && isatty(STDERR_FILENO);
  std::vector<FileResult> results;
  int imported = 0, duplicates = 0, failed = 0;
  for (size_t i = 0; i < options.files.size(); ++i) {
    const std::string& path = options.files[i];
    if (progress) std::fprintf(stderr, "[%zu/%zu] importing %s\n", i + 1, options.files.size(), path.c_str());
    FileResult r = ImportOne(**store, path, options, clock);
    if (r.error) {
      ++failed;
      std::fprintf(stderr, "boardroom: import: %s: %s\n", path.c_str(), r.error->message.c_str());
    } else if (r.outcome->outcome == "duplicate") {
      ++duplicates;
      if (!options.json) std::printf("%s: %s\n", path.c_str(), r.outcome->message.c_str());
    } else {
      ++imported;
      if (!options.json) std::printf("%s: %s\n", path.c_str(), r.outcome->message.c_str());
    }
    // The JSON keeps every file's findings; without --json nothing more is needed once the line is printed.
    if (options.json) results.push_back(std::move(r));
  }
  if (options.json) std::printf("%s\n", BatchJson(results).dump(2).c_str());
  std::string summary = std::to_string(imported) + " imported, " + std::to_string(duplicates) + " duplicate" +
                        (duplicates == 1 ? "" : "s") + ", " + std::to_string(failed) + " failed";
  if (options.dry_run) summary += " (dry run: nothing was written)";
  std::fprintf(options.json ? stderr : stdout, "%s\n", summary.c_str());
  std::fflush(stdout);
  return failed > 0 ? kExitFailed : kExitOk;
}

}  // namespace boardroom::cli
