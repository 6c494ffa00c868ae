// What the importer found in one file: the ParsedFile value, which mirrors the `boardroom-import/1` JSON
// format (docs/import-format.md) field for field. Plain data, no behaviour: recognisers fill it, import_json
// serialises it, governance persists it. An absent optional field means "not found in the file", never
// "empty".
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace boardroom::papers {

// The meeting a pack was prepared for, from its cover page.
struct ParsedMeeting {
  std::optional<std::string> body;   // "Business Coordination Board"
  std::optional<std::string> date;   // ISO 8601
  std::optional<std::string> time;   // "15:00" (24-hour)
  std::optional<std::string> venue;  // "HQ, Conference Room 3"
};

// One agenda item. `number` as printed without a trailing full stop: "5", "5.0", "11.1".
struct ParsedAgendaItem {
  std::string number;
  std::string title;
  std::optional<std::string> presenter;  // "Chief Constable" from "Report from Chief Constable"
  bool verbal = false;                   // "(Verbal update)" or "Verbal"
};

struct ParsedParagraph {
  std::string number;  // "4.1", "4.8.1"; empty for unnumbered text under a section
  std::string text;    // the paragraph's text with its lines and bullets joined, furniture removed
};

struct ParsedSection {
  std::string number;  // "4"
  std::string heading;
  std::vector<ParsedParagraph> paragraphs;
};

struct ParsedRecommendation {
  std::string label;  // "2.1", "a)", or "1" when the paper gives none
  std::string text;
};

// A line of a paper's implications ("4.8.1 Implication 1: ... Status: Neutral").
struct ParsedImplication {
  std::string number;
  std::string title;
  std::optional<std::string> status;  // "Neutral", "Positive", "Negative", ...
};

// A row of a sign-off (clearance) table: "Have the resource implications been cleared by Finance? Yes ...".
struct ParsedClearance {
  std::string area;  // lower case: "finance", "procurement", "legal", "public health", ...
  bool cleared = false;
  std::optional<std::string> officer;
};

struct ParsedContactOfficer {
  std::string name;
  std::optional<std::string> post;
  std::optional<std::string> email;
  std::optional<std::string> phone;
};

// A recommendation or area for improvement of an inspection report, with our response.
struct ParsedInspectionItem {
  std::string kind;  // "recommendation" | "area-for-improvement"
  std::string text;
  std::optional<std::string> addressee;  // "chief constables", "the CPS", "College of Policing", ...
  std::optional<std::string> due;        // ISO 8601, when the item gives a period or a date
  bool urgent = false;                   // "as a matter of urgency": no date
  std::optional<std::string> response;
};

struct ParsedInspection {
  std::string title;
  std::optional<std::string> published;     // ISO 8601
  std::optional<std::string> response_due;  // last day of the 56 days beginning with `published`
  std::vector<ParsedInspectionItem> items;
};

struct ParsedPaper {
  std::optional<std::string> agenda_item;
  std::string title;
  std::optional<std::string> to;
  std::optional<std::string> from;
  std::optional<std::string> date;          // ISO 8601
  std::optional<std::string> meeting_date;  // ISO 8601
  std::optional<bool> key_decision;
  std::optional<std::string> electoral_divisions;
  std::optional<std::string> classification;  // "OFFICIAL", as marked on the paper
  std::vector<ParsedSection> sections;
  std::vector<ParsedRecommendation> recommendations;
  std::vector<ParsedImplication> implications;
  std::vector<ParsedClearance> clearances;
  std::optional<std::vector<std::string>> source_documents;  // present and empty when the paper says "None"
  std::vector<ParsedContactOfficer> contact_officers;
  std::optional<ParsedInspection> inspection;
};

// One row of an action log.
struct ParsedAction {
  std::string number;                      // "1.0"
  std::optional<std::string> raised;       // ISO 8601
  std::optional<std::string> agenda_item;  // "5.3"
  std::string text;
  std::optional<std::string> owner;
  std::optional<std::string> target_date;  // ISO 8601
  std::vector<std::string> updates;
  std::optional<std::string> status;
};

struct ParsedAcronym {
  std::string short_form;  // "OPCC"
  std::string long_form;   // "Office of the Police and Crime Commissioner"
};

struct ParsedAmount {
  std::string text;  // as written: "£1.6m"
  int64_t pence = 0;
};

struct ParsedCrossReference {
  std::string text;    // as written: "see Agenda item 5.1"
  std::string target;  // "agenda item 5.1" or "paragraph 5.7"
  std::string where;   // where it was found: "paper 5.0, paragraph 3.3"
};

// A fault of the paper itself (not of the import). `code` is stable; see docs/import-format.md.
struct ParsedWarning {
  std::string code;     // "duplicate-paragraph-number", "paragraph-outside-section", "date-mismatch", ...
  std::string where;    // "paper 6, paragraph 5.11", "paragraph 4.3", "paper 5.1"
  std::string message;  // a sentence for a person
};

// A link to a paper imported before that this file repeats, perhaps in another version.
struct ParsedDuplicate {
  std::string file;
  std::optional<std::string> agenda_item;
  std::string relation;
};

struct ParsedFile {
  std::string file;    // the file name as given
  std::string sha256;  // lower-case hex of the file's bytes
  std::string kind;    // "meeting-pack" | "report" | "action-log" | "unknown"
  std::optional<ParsedMeeting> meeting;
  std::vector<ParsedAgendaItem> agenda;
  std::vector<ParsedPaper> papers;
  std::vector<ParsedAction> actions;
  std::vector<ParsedAcronym> acronyms;
  std::vector<ParsedAmount> amounts;
  std::vector<std::string> dates;  // ISO 8601, in order of first appearance, each once
  std::vector<ParsedCrossReference> cross_references;
  std::vector<ParsedWarning> warnings;
  std::optional<ParsedDuplicate> duplicate_of;
};

}  // namespace boardroom::papers
