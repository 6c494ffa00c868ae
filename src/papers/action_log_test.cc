// Tests of the action-log recognisers: from real tables (a DOCX w:tbl, a PDF grid drawn with cairo, a
// Document built by hand), from a log flattened column by column into text, and the unreadable-table warning
// for tables the readers cannot rebuild.
#include "papers/action_log.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "papers/parse.h"
#include "papers/reader.h"
#include "papers/sample_writers.h"

namespace boardroom::papers {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

ParsedFile Parse(const Document& doc) {
  Result<ParsedFile> parsed = ParseDocument(doc);
  EXPECT_TRUE(parsed.ok()) << parsed.error().message;
  return parsed.ok() ? *parsed : ParsedFile{};
}

ParsedFile ParseBytes(const std::string& name, const std::string& bytes) {
  Result<Document> doc = ReadDocumentBytes(name, bytes);
  EXPECT_TRUE(doc.ok()) << doc.error().message;
  return doc.ok() ? Parse(*doc) : ParsedFile{};
}

Document TextDocument(const std::vector<std::string>& lines) {
  Document doc;
  doc.source_name = "log.txt";
  doc.page_count = 1;
  for (const std::string& l : lines) doc.lines.push_back(Line{l, 1, std::nullopt, false});
  return doc;
}

std::vector<std::string> Warnings(const ParsedFile& f, const std::string& code) {
  std::vector<std::string> out;
  for (const ParsedWarning& w : f.warnings)
    if (w.code == code) out.push_back(w.where + ": " + w.message);
  return out;
}

TEST(ActionLogTest, ClassifiesColumnHeadingsAndTellsUpdateFromUpdateDate) {
  EXPECT_EQ(ClassifyActionHeading("ACTION NO."), ActionColumn::kNumber);
  EXPECT_EQ(ClassifyActionHeading("MEETING DATE\nRAISED"), ActionColumn::kRaised);
  EXPECT_EQ(ClassifyActionHeading("Meeting Agenda Item"), ActionColumn::kItem);
  EXPECT_EQ(ClassifyActionHeading("Action"), ActionColumn::kText);
  EXPECT_EQ(ClassifyActionHeading("Owner"), ActionColumn::kOwner);
  EXPECT_EQ(ClassifyActionHeading("Lead"), ActionColumn::kOwner);
  EXPECT_EQ(ClassifyActionHeading("TARGET DATE"), ActionColumn::kTarget);
  EXPECT_EQ(ClassifyActionHeading("Due"), ActionColumn::kTarget);
  EXPECT_EQ(ClassifyActionHeading("UPDATE"), ActionColumn::kUpdate);
  EXPECT_EQ(ClassifyActionHeading("Progress"), ActionColumn::kUpdate);
  EXPECT_EQ(ClassifyActionHeading("UPDATE DATE"), ActionColumn::kUpdateDate);
  EXPECT_EQ(ClassifyActionHeading("Status"), ActionColumn::kStatus);
  EXPECT_EQ(ClassifyActionHeading("RAG"), ActionColumn::kStatus);
  EXPECT_EQ(ClassifyActionHeading("Constabulary"), ActionColumn::kNone);
  EXPECT_FALSE(ReadActionHeader({"Area", "Cleared", "Officer"}));
  EXPECT_FALSE(ReadActionHeader({"Owner", "Status"}));  // too few columns to be sure
  EXPECT_TRUE(ReadActionHeader({"No.", "Action", "Owner"}));
}

TEST(ActionLogTest, ReadsEveryFieldOfARowFromATable) {
  const std::vector<ActionColumn> roles = {
      ActionColumn::kNumber, ActionColumn::kRaised,     ActionColumn::kItem,
      ActionColumn::kText,   ActionColumn::kOwner,      ActionColumn::kTarget,
      ActionColumn::kUpdate, ActionColumn::kUpdateDate, ActionColumn::kStatus};
  const std::vector<std::vector<std::string>> rows = {
      {"4.0", "16/05/2019", "Item 8.1", "Report back on\nsickness levels", "Chief\nConstable",
       "14/11/2019 and on-going", "Increase noted.", "19/04/2019", "Ongoing."},
      // No number: the action's text continues over a page or a gap.
      {"", "", "", "in the winter months", "", "", "", "", ""},
      {"5", "31 July 2019", "9.2", "Review confidence", "", "TBC",
       "18/09/2019 Paper deferred\n12/12/2019 Reported to the Board", "", "Closed"},
  };
  const std::vector<ParsedAction> actions = ActionsFromRows(roles, rows);
  ASSERT_EQ(actions.size(), 2u);
  const ParsedAction& a = actions[0];
  EXPECT_EQ(a.number, "4.0");
  EXPECT_EQ(a.raised, "2019-05-16");
  EXPECT_EQ(a.agenda_item, "8.1");
  EXPECT_EQ(a.text, "Report back on sickness levels in the winter months");
  EXPECT_EQ(a.owner, "Chief Constable");
  EXPECT_EQ(a.target_date, "2019-11-14");
  EXPECT_THAT(a.updates, ElementsAre("2019-04-19: Increase noted."));
  EXPECT_EQ(a.status, "Ongoing");
  const ParsedAction& b = actions[1];
  EXPECT_EQ(b.raised, "2019-07-31");
  EXPECT_EQ(b.owner, std::nullopt);
  EXPECT_EQ(b.target_date, std::nullopt);  // "TBC" is no date
  EXPECT_THAT(b.updates, ElementsAre("18/09/2019 Paper deferred", "12/12/2019 Reported to the Board"));
  EXPECT_EQ(b.status, "Closed");
}

TEST(ActionLogTest, ALogOverTwoTablesKeepsItsHeaderAndAnotherTableEndsIt) {
  Document doc = TextDocument({"Action log", "x", "y", "z", "Finance", "w"});
  Table first;
  first.rows = {{"Ref", "Action", "Owner", "Status"}, {"A1", "Publish the plan", "Chief Executive", "Open"}};
  first.first_line = 1;
  first.before_line = 2;
  Table second;  // the next page: no header, the same columns
  second.page = 2;
  second.rows = {{"", "before the summer", "", ""}, {"A2", "Hire an auditor", "Treasurer", "Complete"}};
  second.first_line = 2;
  second.before_line = 4;
  Table other;  // a table of another kind with as many columns, on the same page
  other.page = 2;
  other.rows = {{"Budget", "2019/20", "2020/21", "Change"}, {"B7", "100", "120", "20"}};
  other.first_line = 4;
  other.before_line = 6;
  doc.tables = {first, second, other};
  const std::vector<ParsedAction> actions = ActionsFromTables(doc.tables);
  ASSERT_EQ(actions.size(), 2u);
  EXPECT_EQ(actions[0].text, "Publish the plan before the summer");
  EXPECT_EQ(actions[1].number, "A2");
  EXPECT_EQ(actions[1].owner, "Treasurer");
  EXPECT_EQ(actions[1].status, "Complete");
}

TEST(ActionLogTest, ReadsALogFromADocxTableWithAMergedDateCell) {
  auto cell = [](const std::string& text, const std::string& props = "") {
    return "<w:tc>" + (props.empty() ? "" : "<w:tcPr>" + props + "</w:tcPr>") + "<w:p><w:r><w:t>" +
           testing::EscapeXml(text) + "</w:t></w:r></w:p></w:tc>";
  };
  const std::string grid =
      "<w:tblGrid>" + std::string(6 * 1, ' ') +
      "<w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>";
  const std::string table =
      "<w:tbl>" + grid + "<w:tr>" + cell("Action No.") + cell("Date raised") + cell("Action") +
      cell("Owner") + cell("Target date") + cell("Status") + "</w:tr><w:tr>" + cell("1") +
      cell("31/07/2019", "<w:vMerge w:val=\"restart\"/>") + cell("Report on the station") +
      cell("Chief Constable") + cell("18/09/2019") + cell("Ongoing") + "</w:tr><w:tr>" + cell("2") +
      cell("", "<w:vMerge/>") + cell("Review the estate") + cell("Director of Estates") + cell("12/12/2019") +
      cell("Open") + "</w:tr></w:tbl>";
  const ParsedFile f =
      ParseBytes("log.docx", testing::MakeDocx("<w:p><w:r><w:t>BOARD ACTION LOG</w:t></w:r></w:p>" + table));
  ASSERT_EQ(f.actions.size(), 2u);
  EXPECT_EQ(f.kind, "action-log");
  EXPECT_EQ(f.actions[1].number, "2");
  EXPECT_EQ(f.actions[1].raised, "2019-07-31");  // from the merged cell above
  EXPECT_EQ(f.actions[1].owner, "Director of Estates");
  EXPECT_EQ(f.actions[1].target_date, "2019-12-12");
  EXPECT_EQ(f.actions[1].status, "Open");
  EXPECT_TRUE(Warnings(f, "unreadable-table").empty());
}

TEST(ActionLogTest, ADocxTableWhoseMergesMapToNoColumnIsUnreadable) {
  auto cell = [](const std::string& text, const std::string& props = "") {
    return "<w:tc>" + (props.empty() ? "" : "<w:tcPr>" + props + "</w:tcPr>") + "<w:p><w:r><w:t>" + text +
           "</w:t></w:r></w:p></w:tc>";
  };
  const std::string grid = "<w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>";
  // A merge continued with nothing started above it.
  const std::string orphan_merge = "<w:tbl>" + grid + "<w:tr>" + cell("No.") + cell("Action") +
                                   cell("Owner") + "</w:tr><w:tr>" + cell("1") + cell("", "<w:vMerge/>") +
                                   cell("Clerk") + "</w:tr></w:tbl>";
  const ParsedFile a = ParseBytes("a.docx", testing::MakeDocx(orphan_merge));
  EXPECT_THAT(Warnings(a, "unreadable-table"), ElementsAre(HasSubstr("page 1: A table on page 1")));
  EXPECT_TRUE(a.actions.empty());
  // A cell spanning past the table's grid.
  const std::string too_wide = "<w:tbl>" + grid + "<w:tr>" + cell("No.") + cell("Action") + cell("Owner") +
                               "</w:tr><w:tr>" + cell("1") + cell("Agree", "<w:gridSpan w:val=\"3\"/>") +
                               "</w:tr></w:tbl>";
  const ParsedFile b = ParseBytes("b.docx", testing::MakeDocx(too_wide));
  EXPECT_THAT(Warnings(b, "unreadable-table"), ElementsAre(HasSubstr("columns but the table's grid has 3")));
  // A cell spanning more columns than any real table has: refused before the row grows.
  const std::string huge = "<w:tbl><w:tr>" + cell("No.") + cell("Agree", "<w:gridSpan w:val=\"64\"/>") +
                           cell("x", "<w:gridSpan w:val=\"64\"/>") + cell("y", "<w:gridSpan w:val=\"64\"/>") +
                           cell("z", "<w:gridSpan w:val=\"64\"/>") + cell("Owner") + "</w:tr></w:tbl>";
  const ParsedFile d = ParseBytes("d.docx", testing::MakeDocx(huge));
  EXPECT_THAT(Warnings(d, "unreadable-table"), ElementsAre(HasSubstr("row 1 is wider than 256 columns")));
  // A span that stays inside the grid is mapped, not a fault.
  const std::string spanned = "<w:tbl>" + grid + "<w:tr>" + cell("No.") + cell("Action") + cell("Owner") +
                              "</w:tr><w:tr>" + cell("1") + cell("Agree", "<w:gridSpan w:val=\"2\"/>") +
                              "</w:tr></w:tbl>";
  const ParsedFile c = ParseBytes("c.docx", testing::MakeDocx(spanned));
  EXPECT_TRUE(Warnings(c, "unreadable-table").empty());
  ASSERT_EQ(c.actions.size(), 1u);
  EXPECT_EQ(c.actions[0].text, "Agree");
  EXPECT_EQ(c.actions[0].owner, std::nullopt);
}

TEST(ActionLogTest, ReadsALogFromAPdfGrid) {
  testing::PdfSketch pdf;
  pdf.Text(58, 40, "BOARD ACTION LOG", 14, true);
  const double cols[] = {58, 92, 300, 400, 480};
  const std::vector<std::vector<std::string>> rows = {
      {"No.", "Action", "Owner", "Target date", "Status"},
      {"1.0", "Circulate the estates strategy", "Chief Executive", "30/09/2019", "Open"},
      {"2.0", "Agree the terms of reference", "Chief Constable", "16/10/2019", "Complete"},
  };
  double y = 80;
  for (const auto& row : rows) {
    for (size_t c = 0; c < row.size(); ++c) pdf.Text(cols[c], y, row[c], 9, &row == &rows[0]);
    y += 22;
  }
  const ParsedFile f = ParseBytes("log.pdf", pdf.Finish());
  ASSERT_EQ(f.actions.size(), 2u);
  EXPECT_EQ(f.actions[0].number, "1.0");
  EXPECT_EQ(f.actions[0].text, "Circulate the estates strategy");
  EXPECT_EQ(f.actions[0].owner, "Chief Executive");
  EXPECT_EQ(f.actions[0].target_date, "2019-09-30");
  EXPECT_EQ(f.actions[1].status, "Complete");
  EXPECT_TRUE(Warnings(f, "unreadable-table").empty());
}

TEST(ActionLogTest, APdfTableWhoseRowsDoNotLineUpIsUnreadable) {
  testing::PdfSketch pdf;
  pdf.Text(58, 80, "No.", 9);
  pdf.Text(120, 80, "Action", 9);
  pdf.Text(300, 80, "Owner", 9);
  pdf.Text(58, 96, "1", 9);
  pdf.Text(120, 96, "Agree the plan", 9);
  pdf.Text(300, 96, "Clerk", 9);
  // A row whose text runs from the first column over the second.
  pdf.Text(58, 112, "2 Review the estates strategy in full", 9);
  pdf.Text(300, 112, "Treasurer", 9);
  const ParsedFile f = ParseBytes("bad.pdf", pdf.Finish());
  EXPECT_THAT(Warnings(f, "unreadable-table"), ElementsAre(HasSubstr("runs across the columns")));
}

TEST(ActionLogTest, ReadsOwnersTargetsAndUpdatesOfALogFlattenedColumnByColumn) {
  // The columns of the right half come after the first row, as text extracted from a PDF often has them.
  const ParsedFile f = Parse(TextDocument({
      "BOARD ACTION LOG",
      "",
      "ACTION NO.",
      "",
      "DATE RAISED",
      "",
      "AGENDA ITEM",
      "",
      "1.0",
      "",
      "12/01/2021",
      "",
      "4.1",
      "",
      "Publish the forward plan",
      "",
      "ACTION",
      "",
      "OWNER",
      "",
      "TARGET DATE",
      "",
      "UPDATE",
      "",
      "Head of Democratic Services",
      "",
      "01/03/2021",
      "",
      "Published in February.",
      "",
      "Treasurer",
      "",
      "30/04/2021",
      "",
      "2.0",
      "",
      "12/01/2021",
      "",
      "6",
      "",
      "Report the audit findings",
      "",
      "3.0",
      "",
      "09/02/2021",
      "",
      "7.2",
      "",
      "Refresh the risk register",
      "",
      "Clerk",
      "",
      "31/05/2021",
      "",
  }));
  ASSERT_EQ(f.actions.size(), 3u);
  EXPECT_EQ(f.actions[0].owner, "Head of Democratic Services");
  EXPECT_EQ(f.actions[0].target_date, "2021-03-01");
  EXPECT_THAT(f.actions[0].updates, ElementsAre("Published in February."));
  EXPECT_EQ(f.actions[1].owner, "Treasurer");  // the second owner block goes to the second row
  EXPECT_EQ(f.actions[1].target_date, "2021-04-30");
  EXPECT_EQ(f.actions[1].text, "Report the audit findings");
  EXPECT_EQ(f.actions[2].owner, "Clerk");
  EXPECT_TRUE(f.actions[2].updates.empty());
}

TEST(ActionLogTest, OwnersThatDoNotMatchTheRowsGoOnlyToTheRowTheyFollow) {
  const ParsedFile f = Parse(TextDocument({
      "BOARD ACTION LOG",
      "",
      "1.0",
      "",
      "12/01/2021",
      "",
      "4.1",
      "",
      "Publish the plan",
      "",
      "Clerk",
      "",
      "01/03/2021",
      "",
      "2.0",
      "",
      "12/01/2021",
      "",
      "6",
      "",
      "Report the audit",
      "",
      "3.0",
      "",
      "09/02/2021",
      "",
      "7.2",
      "",
      "Refresh the register",
      "",
      "Treasurer",
      "",
      "31/05/2021",
      "",
      "STATUS",
      "",
      "Open",
      "",
      "Closed",
  }));
  ASSERT_EQ(f.actions.size(), 3u);
  EXPECT_EQ(f.actions[0].owner, "Clerk");
  EXPECT_EQ(f.actions[1].owner, std::nullopt);
  EXPECT_EQ(f.actions[2].owner, "Treasurer");  // the row it follows
  // Two statuses for three rows: which row each belongs to is unknown, so none is given.
  for (const ParsedAction& a : f.actions) EXPECT_EQ(a.status, std::nullopt);
}

TEST(ActionLogTest, ReadsATabSeparatedLogInText) {
  const ParsedFile f = Parse(TextDocument({
      "COMMITTEE ACTION LOG",
      "No.\tAction\tOwner\tDue\tStatus",
      "1\tWrite to the minister\tChair\t1 June 2020\tComplete",
      "2\tReview the fees\tTreasurer\t\tOpen",
  }));
  ASSERT_EQ(f.actions.size(), 2u);
  EXPECT_EQ(f.actions[0].target_date, "2020-06-01");
  EXPECT_EQ(f.actions[0].status, "Complete");
  EXPECT_EQ(f.actions[1].owner, "Treasurer");
  EXPECT_EQ(f.actions[1].target_date, std::nullopt);
}

TEST(ActionLogTest, KeepsAnOwnerThatRepeatsDownTheColumnButDropsARunningHeader) {
  std::vector<std::string> lines = {"Governance Board", "", "BOARD ACTION LOG", ""};
  for (int i = 1; i <= 3; ++i) {
    for (const std::string& l :
         {std::to_string(i) + ".0", std::string("02/02/2022"), std::string("5"),
          "Action number " + std::to_string(i), std::string("Constabulary"),
          std::string("01/0") + std::to_string(i + 3) + "/2022", std::string("Governance Board")}) {
      lines.push_back(l);
      lines.push_back("");
    }
  }
  const ParsedFile f = Parse(TextDocument(lines));
  ASSERT_EQ(f.actions.size(), 3u);
  for (const ParsedAction& a : f.actions) {
    EXPECT_EQ(a.owner, "Constabulary");
    EXPECT_TRUE(a.updates.empty()) << a.updates.front();  // the running header is not an update
  }
  EXPECT_EQ(f.actions[2].target_date, "2022-06-01");
}

}  // namespace
}  // namespace boardroom::papers
