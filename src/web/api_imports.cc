#include "web/api_imports.h"

#include <nlohmann/json.hpp>
#include <utility>

#include "accounts/accounts.h"
#include "governance/commands.h"
#include "governance/registers.h"
#include "papers/import_json.h"
#include "papers/import_service.h"
#include "papers/parse.h"
#include "papers/reader.h"
#include "web/errors.h"

namespace boardroom::web {
namespace {

using nlohmann::json;

constexpr size_t kMaxUploadName = 200;
constexpr size_t kMaxBoundary = 70;  // RFC 2046

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

Error BadForm(std::string message) {
  return Error::InvalidArgument(std::move(message), "file");
}

// The parameters after the first ";" of a header value (`type; a=b; c="d;e"`), names lower-cased, quoted
// values unquoted.
Result<std::vector<std::pair<std::string, std::string>>> HeaderParams(std::string_view value) {
  std::vector<std::pair<std::string, std::string>> params;
  size_t pos = value.find(';');
  while (pos != std::string_view::npos && pos < value.size()) {
    ++pos;  // past ';'
    size_t eq = value.find('=', pos);
    if (eq == std::string_view::npos) break;
    std::string name(Trim(value.substr(pos, eq - pos)));
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    pos = eq + 1;
    while (pos < value.size() && value[pos] == ' ') ++pos;
    std::string text;
    if (pos < value.size() && value[pos] == '"') {
      ++pos;
      bool closed = false;
      while (pos < value.size()) {
        char c = value[pos++];
        if (c == '\\' && pos < value.size()) {
          text += value[pos++];
        } else if (c == '"') {
          closed = true;
          break;
        } else {
          text += c;
        }
      }
      if (!closed) return BadForm("A quoted header parameter is not closed.");
      pos = value.find(';', pos);
    } else {
      size_t end = value.find(';', pos);
      text = std::string(Trim(value.substr(pos, end == std::string_view::npos ? end : end - pos)));
      pos = end;
    }
    params.emplace_back(std::move(name), std::move(text));
  }
  return params;
}

// Fills `part` from its header block ("Name: value" lines separated by CRLF).
Status ReadPartHeaders(std::string_view block, FormPart& part) {
  bool disposition = false;
  while (!block.empty()) {
    size_t end = block.find("\r\n");
    std::string_view line = block.substr(0, end);
    block = end == std::string_view::npos ? std::string_view() : block.substr(end + 2);
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) return BadForm("A part of the upload has a malformed header.");
    std::string_view name = Trim(line.substr(0, colon));
    std::string_view value = Trim(line.substr(colon + 1));
    if (EqualsIgnoreCase(name, "Content-Type")) {
      part.content_type = std::string(value);
    } else if (EqualsIgnoreCase(name, "Content-Disposition")) {
      if (!EqualsIgnoreCase(Trim(value.substr(0, value.find(';'))), "form-data")) {
        return BadForm("A part of the upload is not form-data.");
      }
      ASSIGN_OR_RETURN(auto params, HeaderParams(value));
      for (auto& [key, text] : params) {
        if (key == "name") part.name = std::move(text);
        if (key == "filename") part.filename = std::move(text);
      }
      disposition = true;
    }
  }
  if (!disposition || part.name.empty()) return BadForm("A part of the upload has no field name.");
  return OkStatus();
}

// The first value of the text field `name`, or nullopt.
std::optional<std::string> TextField(const std::vector<FormPart>& parts, std::string_view name) {
  for (const FormPart& part : parts) {
    if (part.name == name && !part.filename) return part.data;
  }
  return std::nullopt;
}

// One file's answer in the import format (docs/import-format.md): the file as parsed, its "outcome"
// ("imported", "duplicate", "failed"), "created" when something was committed, "import" with the details, or
// "error".
json FileImportToJson(const FileImport& file) {
  json answer = {{"file", file.file}};
  if (file.error) {
    const Error& error = *file.error;
    answer["outcome"] = "failed";
    answer["error"] = {
        {"code", std::string(ErrorCodeName(error.code))},
        {"message", error.code == ErrorCode::kInternal ? "The file could not be imported." : error.message}};
    return answer;
  }
  answer = papers::FileToJson(*file.parsed);
  answer["file"] = file.file;
  json details = papers::OutcomeToJson(*file.outcome);
  answer["outcome"] = file.outcome->outcome;
  if (details.contains("created")) answer["created"] = details["created"];
  details.erase("outcome");
  details.erase("created");
  answer["import"] = std::move(details);
  return answer;
}

Response ImportDoor(const ApiContext& context, const Request& request) {
  if (!request.caller.principal) {
    return JsonErrorResponse(Error::Unauthenticated("Sign in (or send an API token) to import files."));
  }
  Result<std::vector<FormPart>> parts =
      ParseMultipartForm(request.Header("Content-Type").value_or(""), request.body);
  if (!parts.ok()) return JsonErrorResponse(parts.error());
  std::optional<std::string> dry_run = TextField(*parts, "dry_run");
  if (!dry_run) {
    if (std::optional<std::string_view> q = request.Query("dry_run")) dry_run = std::string(*q);
  }
  if (dry_run && *dry_run != "true" && *dry_run != "false") {
    return JsonErrorResponse(Error::InvalidArgument("dry_run must be true or false.", "dry_run"));
  }
  std::optional<std::string> body = TextField(*parts, "body");
  if (!body) {
    if (std::optional<std::string_view> q = request.Query("body")) body = std::string(*q);
  }
  std::vector<const FormPart*> files;
  for (const FormPart& part : *parts) {
    if (part.name == "file" && part.filename) files.push_back(&part);
  }
  if (files.empty()) {
    return JsonErrorResponse(
        Error::InvalidArgument("Choose a file to import (form field \"file\").", "file"));
  }
  const governance::Caller caller = governance::Caller::Of(*request.caller.principal, request.client_address);
  std::vector<UploadedFile> uploads;
  for (const FormPart* file : files) uploads.push_back({file->filename.value_or(""), file->data});
  const bool preview = dry_run == "true";
  Result<std::vector<FileImport>> done = ImportUploads(context, caller, body, uploads, preview);
  if (!done.ok()) return JsonErrorResponse(done.error());
  json results = json::array();
  int imported = 0;
  int failed = 0;
  for (const FileImport& file : *done) {
    if (file.error) {
      ++failed;
    } else if (file.outcome->outcome == "imported") {
      ++imported;
    }
    results.push_back(FileImportToJson(file));
  }
  const int status = failed == static_cast<int>(files.size()) ? 422 : (imported > 0 && !preview ? 201 : 200);
  json answer = {{"format", papers::kImportFormat}, {"dry_run", preview}, {"files", std::move(results)}};
  return Response::Json(status, DumpJson(answer));
}

}  // namespace

Status MayImport(const ApiContext& context, const governance::Caller& caller,
                 const std::optional<std::string>& body) {
  if (caller.HasRole(store::AccountRole::kAdmin, std::nullopt)) return OkStatus();
  if (!body || body->empty()) {
    return Error::InvalidArgument("Name the body the files are for (its name or short name).", "body");
  }
  ASSIGN_OR_RETURN(std::unique_ptr<store::Transaction> tx, context.store->Begin(store::Access::kReadOnly));
  Result<store::Body> found = governance::FindBodyByName(*tx, *body);
  if (!found.ok()) {
    if (found.error().code != ErrorCode::kNotFound) return found.error();
    return Error::InvalidArgument("There is no body called " + *body + ".", "body");
  }
  if (!caller.HasRole(store::AccountRole::kClerk, found->id)) {
    return Error::PermissionDenied("Only the body's clerks and administrators may import its papers.");
  }
  return OkStatus();
}

namespace {

// One file through the importer; see ImportUploads.
FileImport ImportUploadedFile(const ApiContext& context, const UploadedFile& file,
                              const papers::ImportOptions& options) {
  FileImport result;
  result.file = SafeUploadName(file.filename);
  Result<papers::Document> doc = papers::ReadDocumentBytes(result.file, file.bytes);
  if (!doc.ok()) {
    result.error = doc.error();
    return result;
  }
  Result<papers::ParsedFile> parsed = papers::ParseDocument(*doc);
  if (!parsed.ok()) {
    result.error = parsed.error();
    return result;
  }
  Result<papers::ImportOutcome> outcome = papers::ImportParsedFile(
      *context.store, *parsed, papers::SourceOf(*doc, file.bytes), options, *context.clock);
  if (!outcome.ok()) {
    result.error = outcome.error();
    return result;
  }
  if (outcome->duplicate_of && !parsed->duplicate_of) parsed->duplicate_of = outcome->duplicate_of;
  result.parsed = std::move(parsed).value();
  result.outcome = std::move(outcome).value();
  return result;
}

}  // namespace

Result<std::vector<FileImport>> ImportUploads(const ApiContext& context, const governance::Caller& caller,
                                              const std::optional<std::string>& body,
                                              const std::vector<UploadedFile>& files, bool dry_run) {
  RETURN_IF_ERROR(MayImport(context, caller, body));
  papers::ImportOptions options;
  if (body && !body->empty()) options.body = *body;
  options.dry_run = dry_run;
  options.actor = caller.Actor();
  std::vector<FileImport> done;
  for (const UploadedFile& file : files) done.push_back(ImportUploadedFile(context, file, options));
  return done;
}

Result<std::vector<FormPart>> ParseMultipartForm(std::string_view content_type, std::string_view body) {
  if (!EqualsIgnoreCase(Trim(content_type.substr(0, content_type.find(';'))), "multipart/form-data")) {
    return BadForm("Send the files as multipart/form-data.");
  }
  ASSIGN_OR_RETURN(auto params, HeaderParams(content_type));
  std::string boundary;
  for (const auto& [key, value] : params) {
    if (key == "boundary") boundary = value;
  }
  if (boundary.empty() || boundary.size() > kMaxBoundary) {
    return BadForm("The upload's Content-Type has no usable boundary.");
  }
  const std::string delimiter = "--" + boundary;
  const std::string next_delimiter = "\r\n" + delimiter;
  // Anything before the first delimiter is a preamble and is ignored.
  size_t pos = 0;
  if (body.substr(0, delimiter.size()) != delimiter) {
    pos = body.find(next_delimiter);
    if (pos == std::string_view::npos) return BadForm("The upload holds no parts.");
    pos += 2;
  }
  pos += delimiter.size();
  std::vector<FormPart> parts;
  while (true) {
    if (body.substr(pos, 2) == "--") return parts;  // the closing delimiter
    if (body.substr(pos, 2) != "\r\n") return BadForm("The upload's framing is broken.");
    pos += 2;
    size_t headers_end = body.find("\r\n\r\n", pos);
    if (body.substr(pos, 2) == "\r\n" || headers_end == std::string_view::npos) {
      return BadForm("A part of the upload has no headers.");
    }
    FormPart part;
    RETURN_IF_ERROR(ReadPartHeaders(body.substr(pos, headers_end - pos), part));
    pos = headers_end + 4;
    size_t end = body.find(next_delimiter, pos);
    if (end == std::string_view::npos) return BadForm("The upload ends before its closing delimiter.");
    part.data = std::string(body.substr(pos, end - pos));
    parts.push_back(std::move(part));
    pos = end + next_delimiter.size();
  }
}

std::string SafeUploadName(std::string_view filename) {
  size_t slash = filename.find_last_of("/\\");
  if (slash != std::string_view::npos) filename.remove_prefix(slash + 1);
  std::string name;
  for (char c : filename) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7f) continue;
    name += c;
  }
  if (name.size() > kMaxUploadName) {
    size_t cut = kMaxUploadName;
    // Never cut a UTF-8 sequence in half.
    while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80) --cut;
    name.resize(cut);
  }
  if (name.empty() || name == "." || name == "..") return "upload";
  return name;
}

void AddImportApiRoutes(Router& router, const ApiContext& context) {
  router.Post("/api/v1/imports", [context](const Request& r) { return ImportDoor(context, r); });
}

}  // namespace boardroom::web
