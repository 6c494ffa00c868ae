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

// Registers POST /api/v1/imports.
void AddImportApiRoutes(Router& router, const ApiContext& context);

}  // namespace boardroom::web
