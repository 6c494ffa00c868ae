// The import door of the JSON API: POST /api/v1/imports takes meeting packs and reports as a
// multipart/form-data upload and runs each through the papers room's importer exactly as `boardroom import`
// does (papers/import_service.h), or only previews it with dry_run=true. Also the reading of a
// multipart/form-data body, which the door needs and which belongs to HTTP. An uploaded file's name is only
// ever a label (kept as the document's source name, shown in answers): it is never used as a path, and
// nothing here touches the file system. What does not belong here: parsing or storing papers (papers room).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "governance/commands.h"
#include "papers/import_service.h"
#include "papers/parsed.h"
#include "web/api_governance.h"
#include "web/http.h"
#include "web/router.h"

namespace boardroom::web {

// One part of a multipart/form-data body.
struct FormPart {
  std::string name;                     // the form field's name
  std::optional<std::string> filename;  // as the client sent it, for a file part; never a path to open
  std::string content_type;             // the part's Content-Type, "" when absent
  std::string data;
};

// The parts of `body`, sent with the Content-Type `content_type` ("multipart/form-data; boundary=..."), in
// order. kInvalidArgument (field "file") for another content type, a missing boundary, or a body that does
// not follow RFC 7578 framing (no closing delimiter, a part without its headers or without a name).
Result<std::vector<FormPart>> ParseMultipartForm(std::string_view content_type, std::string_view body);

// The last path segment of a client's file name, without control characters, at most 200 bytes; "upload"
// when nothing is left. For labels only.
std::string SafeUploadName(std::string_view filename);

// One uploaded file: the client's file name (a label only, see SafeUploadName) and its bytes.
struct UploadedFile {
  std::string filename;
  std::string_view bytes;  // not owned; must outlive the call that takes it
};

// What became of one uploaded file: `error` when it could not be read, parsed or stored (nothing of it was
// written), otherwise `parsed` (what the importer found) and `outcome` (what was, or for a dry run would be,
// created).
struct FileImport {
  std::string file;  // SafeUploadName of the client's name
  std::optional<Error> error;
  std::optional<papers::ParsedFile> parsed;
  std::optional<papers::ImportOutcome> outcome;
};

// Who may import: an administrator anything (with or without `body`); a clerk only files for a body they
// clerk, named (name or short name) in `body`. Errors: kInvalidArgument (field "body") when a clerk names no
// body or one that does not exist; kPermissionDenied for anyone else; store errors pass through.
Status MayImport(const ApiContext& context, const governance::Caller& caller,
                 const std::optional<std::string>& body);

// The one way an upload is imported, for the API door and the web's upload pages alike: checks MayImport,
// then reads, parses and imports each file as `boardroom import` does (papers/import_service.h), in its own
// transaction, rolled back when `dry_run`, with the caller as the audit events' actor. Errors: MayImport's
// (nothing is read then); a file's own failure is in its FileImport, not an error of the call.
Result<std::vector<FileImport>> ImportUploads(const ApiContext& context, const governance::Caller& caller,
                                              const std::optional<std::string>& body,
                                              const std::vector<UploadedFile>& files, bool dry_run);

// Registers POST /api/v1/imports.
void AddImportApiRoutes(Router& router, const ApiContext& context);

}  // namespace boardroom::web
