// Unit tests of the papers room's recognisers on small made-up inputs, good and bad.
#include <gtest/gtest.h>

#include "papers/extract.h"
#include "papers/furniture.h"
#include "papers/import_json.h"
#include "papers/inspection.h"
#include "papers/normalize.h"
#include "papers/pack.h"
#include "papers/parse.h"
#include "papers/structure.h"
#include "papers/text_reader.h"

namespace boardroom::papers {
namespace {

Document Doc(std::string_view text) {
  auto d = ReadText(text, "test.txt");
  EXPECT_TRUE(d.ok());
  return d.ok() ? *d : Document{};
}

ParsedFile Parse(std::string_view text) {
  auto r = ParseDocument(Doc(text));
  EXPECT_TRUE(r.ok());
  return r.ok() ? *r : ParsedFile{};
}

TEST(TextReader, EmptyInputIsAnError) {
  auto r = ReadText("", "a.txt");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  EXPECT_NE(r.error().message.find("a.txt"), std::string::npos);
  EXPECT_FALSE(ReadText(" \n\t\f\n", "b.txt").ok());
}

TEST(TextReader, SizeLimitIsAnError) {
  TextReaderOptions small;
  small.max_bytes = 4;
  auto r = ReadText("hello", "c.txt", small);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  EXPECT_NE(r.error().message.find("limit"), std::string::npos);
}

TEST(TextReader, Utf16IsAnError) {
  EXPECT_FALSE(ReadText("\xFF\xFEh\0i", "d.txt").ok());
}

TEST(TextReader, MissingFileIsNotFound) {
  auto r = ReadTextFile("/nonexistent/boardroom/paper.txt");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kNotFound);
}

TEST(TextReader, StripsBomSplitsPagesAndCrLf) {
  Document d = Doc("\xEF\xBB\xBFone\r\ntwo\fthree\n");
  ASSERT_EQ(d.lines.size(), 3u);
  EXPECT_EQ(d.lines[0].text, "one");
  EXPECT_EQ(d.lines[1].text, "two");
  EXPECT_EQ(d.lines[1].page, 1);
  EXPECT_EQ(d.lines[2].text, "three");
  EXPECT_EQ(d.lines[2].page, 2);
  EXPECT_EQ(d.page_count, 2);
  EXPECT_TRUE(d.warnings.empty());
  EXPECT_EQ(d.sha256.size(), 64u);
}

TEST(TextReader, ConvertsWindows1252WithAWarning) {
  Document d = Doc("\x93quoted\x94 caf\xE9");
  ASSERT_EQ(d.lines.size(), 1u);
  EXPECT_EQ(d.lines[0].text, "\xE2\x80\x9Cquoted\xE2\x80\x9D caf\xC3\xA9");
  ASSERT_EQ(d.warnings.size(), 1u);
  EXPECT_NE(d.warnings[0].find("Windows-1252"), std::string::npos);
}

TEST(TextReader, ConvertsLatin1WithAWarning) {
  Document d = Doc("caf\xE9");
  EXPECT_EQ(d.lines[0].text, "caf\xC3\xA9");
  ASSERT_EQ(d.warnings.size(), 1u);
  EXPECT_NE(d.warnings[0].find("Latin-1"), std::string::npos);
}

TEST(TextReader, Sha256OfKnownInput) {
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Normalize, FoldsLookalikesOnlyInLatinWords) {
  EXPECT_EQ(FoldLookalikes("\xD0\xA2\xD0\xBE:"), "To:");                         // Cyrillic То:
  EXPECT_EQ(FoldLookalikes("\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0"),  // Москва stays
            "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0");
}

TEST(Normalize, ReadsNumberTokens) {
  NumberToken t;
  ASSERT_TRUE(ReadNumberToken("4.1 The text", &t));
  EXPECT_EQ(t.text, "4.1");
  EXPECT_EQ(t.rest, "The text");
  ASSERT_TRUE(ReadNumberToken("- 1.2. Bulleted", &t));
  EXPECT_EQ(t.text, "1.2");
  EXPECT_TRUE(t.trailing_dot);
  ASSERT_TRUE(ReadNumberToken("5.", &t));
  EXPECT_EQ(t.parts, std::vector<int>{5});
  EXPECT_FALSE(ReadNumberToken("2019 was a year", &t));
  EXPECT_FALSE(ReadNumberToken("4th May", &t));
  EXPECT_FALSE(ReadNumberToken("1,234", &t));
  EXPECT_FALSE(ReadNumberToken("Text 4.1", &t));
}

TEST(Furniture, RemovesPageNumbersMarkingsAndRepeatedLines) {
  std::string text = "Annual Report\n";
  for (int p = 1; p <= 3; ++p) {
    text += "OFFICIAL\nSome Board Name\n" + std::to_string(p) + " May 2020\nBody text " + std::to_string(p) +
            " goes here.\nPage " + std::to_string(p) + " of 3\n";
  }
  CleanDocument c = RemoveFurniture(Doc(text));
  std::vector<std::string> kept;
  for (const auto& l : c.lines)
    if (!l.text.empty()) kept.push_back(l.text);
  ASSERT_EQ(kept.size(), 4u);
  EXPECT_EQ(kept[0], "Annual Report");  // the first line is the document's own, never furniture
  EXPECT_EQ(kept[1], "Body text 1 goes here.");
  ASSERT_FALSE(c.classifications.empty());
  EXPECT_EQ(c.classifications[0], "OFFICIAL");
}

TEST(Furniture, KeepsRepeatedHeaderValuesAndHeadings) {
  std::string text;
  for (int p = 1; p <= 3; ++p) text += "To:\nSome Board Name\n1.\nPurpose\nRecommendation\n";
  CleanDocument c = RemoveFurniture(Doc(text));
  size_t board = 0, purpose = 0, rec = 0;
  for (const auto& l : c.lines) {
    board += l.text == "Some Board Name";
    purpose += l.text == "Purpose";
    rec += l.text == "Recommendation";
  }
  EXPECT_EQ(board, 3u);
  EXPECT_EQ(purpose, 3u);
  EXPECT_EQ(rec, 3u);
}

TEST(Header, ReadsKeysIncludingCyrillicTo) {
  std::string key;
  std::string_view value;
  const std::string folded = FoldLookalikes("\xD0\xA2\xD0\xBE:\t\tA Committee");
  ASSERT_TRUE(ReadHeaderKey(folded, &key, &value));
  EXPECT_EQ(key, "to");
  EXPECT_EQ(value, "A Committee");
  ASSERT_TRUE(ReadHeaderKey("Agenda Item 5.1", &key, &value));
  EXPECT_EQ(key, "agenda item");
  EXPECT_EQ(value, "5.1");
  EXPECT_FALSE(ReadHeaderKey("Director: Someone", &key, &value));
  EXPECT_FALSE(ReadHeaderKey("Agenda for change", &key, &value));
}

const char kReport[] =
    "To: The Audit Board\n\nFrom: Treasurer\n\nDate: 3 March 2021\n\nAnnual Accounts\n\n"
    "1. Purpose\n\n1.1 To present the accounts of the Office of the Fire Commissioner "
    "(\xE2\x80\x9COFC\xE2\x80\x9D).\n\n"
    "2.\n\nRecommendation\n\n2.1\n\nThe Board is recommended to approve the accounts.\n\n"
    "3. Detail\n\n3.1 Spending was \xC2\xA3"
    "1.5m, see paragraph 3.2.\n\n3.1 Again numbered.\n\n"
    "4. Recommendation\n\n3.2\n\nThe Board is recommended to approve the accounts.\n\n"
    "BIBLIOGRAPHY\n\nSource Document(s)\tThe Accounts 2020\nContact Officer(s)\tJo Bloggs, Treasurer, OFC\n";

TEST(Parse, SingleReportStructure) {
  ParsedFile f = Parse(kReport);
  EXPECT_EQ(f.kind, "report");
  ASSERT_EQ(f.papers.size(), 1u);
  const ParsedPaper& p = f.papers[0];
  EXPECT_EQ(p.to, "The Audit Board");
  EXPECT_EQ(p.from, "Treasurer");
  EXPECT_EQ(p.date, "2021-03-03");
  EXPECT_EQ(p.title, "Annual Accounts");
  ASSERT_EQ(p.sections.size(), 4u);
  EXPECT_EQ(p.sections[1].heading, "Recommendation");
  ASSERT_EQ(p.sections[1].paragraphs.size(), 1u);
  EXPECT_EQ(p.sections[1].paragraphs[0].number, "2.1");
  EXPECT_EQ(p.sections[1].paragraphs[0].text, "The Board is recommended to approve the accounts.");
  // The same recommendation restated at the end counts once.
  EXPECT_EQ(p.recommendations.size(), 1u);
  ASSERT_TRUE(p.source_documents);
  EXPECT_EQ(*p.source_documents, std::vector<std::string>{"The Accounts 2020"});
  ASSERT_EQ(p.contact_officers.size(), 1u);
  EXPECT_EQ(p.contact_officers[0].name, "Jo Bloggs");
  EXPECT_EQ(p.contact_officers[0].post, "Treasurer, OFC");
}

TEST(Parse, NumberingWarnings) {
  ParsedFile f = Parse(kReport);
  bool dup = false, outside = false;
  for (const auto& w : f.warnings) {
    dup = dup || (w.code == "duplicate-paragraph-number" && w.where == "paragraph 3.1");
    outside =
        outside || (w.code == "paragraph-outside-section" && w.where == "paragraph 3.2 under section 4");
  }
  EXPECT_TRUE(dup);
  EXPECT_TRUE(outside);
}

TEST(Parse, Extractors) {
  ParsedFile f = Parse(kReport);
  ASSERT_EQ(f.amounts.size(), 1u);
  EXPECT_EQ(f.amounts[0].text,
            "\xC2\xA3"
            "1.5m");
  EXPECT_EQ(f.amounts[0].pence, 150000000);
  ASSERT_FALSE(f.acronyms.empty());
  EXPECT_EQ(f.acronyms[0].short_form, "OFC");
  EXPECT_EQ(f.acronyms[0].long_form, "Office of the Fire Commissioner");
  EXPECT_EQ(f.dates, std::vector<std::string>{"2021-03-03"});
  ASSERT_FALSE(f.cross_references.empty());
  EXPECT_EQ(f.cross_references[0].target, "paragraph 3.2");
}

TEST(Extract, AcronymAfterItsShortForm) {
  auto a = ExtractAcronyms("we use WIT (Widget Inspection Tool) daily and XYZ (not a match) too");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].short_form, "WIT");
  EXPECT_EQ(a[0].long_form, "Widget Inspection Tool");
}

TEST(Extract, DatesInSeveralForms) {
  auto d = ExtractDates("on 7th May 2017, on April 4, 2019 and 18/09/2019; not 32 May 2019 nor May 2019");
  EXPECT_EQ(d, (std::vector<std::string>{"2017-05-07", "2019-04-04", "2019-09-18"}));
}

TEST(Extract, AmountsRejectBadGrouping) {
  auto a = ExtractAmounts(
      "costs \xC2\xA3"
      "1,234k and \xC2\xA3"
      "2400 but \xC2\xA3 alone is nothing");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].pence, 123400000);
  EXPECT_EQ(a[1].pence, 240000);
}

TEST(Pack, CoverWithColumnsOfLabelsAndValues) {
  Document d = Doc("Audit Board\nDate\n\nTime\n\nVenue\n\n1st June 2020\n\n2.30pm\n\nTown Hall\n\nAGENDA\n");
  CleanDocument c = RemoveFurniture(d);
  auto m = ParseCover(c.lines, 0, c.lines.size());
  ASSERT_TRUE(m);
  EXPECT_EQ(m->body, "Audit Board");
  EXPECT_EQ(m->date, "2020-06-01");
  EXPECT_EQ(m->time, "14:30");
  EXPECT_EQ(m->venue, "Town Hall");
}

TEST(Pack, TimeOfDay) {
  EXPECT_EQ(ParseTimeOfDay("15:00"), "15:00");
  EXPECT_EQ(ParseTimeOfDay("10.30 am"), "10:30");
  EXPECT_EQ(ParseTimeOfDay("3pm"), "15:00");
  EXPECT_EQ(ParseTimeOfDay("25:00"), std::nullopt);
  EXPECT_EQ(ParseTimeOfDay("Town Hall"), std::nullopt);
}

TEST(Pack, AgendaItemsSubItemsPresentersAndVerbal) {
  Document d =
      Doc("AGENDA\n1.\n\nApologies\n\n2.\n\nBudget report for the\nsecond quarter\n2.1 Capital\nReport from "
          "Treasurer\n"
          "3.\n\nTraining (Verbal update)\n\nReport from Chair\n");
  CleanDocument c = RemoveFurniture(d);
  auto items = ParseAgenda(c.lines, 1, c.lines.size());
  ASSERT_EQ(items.size(), 4u);
  EXPECT_EQ(items[0].title, "Apologies");
  EXPECT_EQ(items[1].title, "Budget report for the second quarter");
  EXPECT_EQ(items[1].presenter, "Treasurer");
  EXPECT_EQ(items[2].number, "2.1");
  EXPECT_EQ(items[2].title, "Capital");
  EXPECT_TRUE(items[3].verbal);
  EXPECT_FALSE(items[0].verbal);
}

TEST(Pack, FlattenedActionLog) {
  Document d =
      Doc("1.0\n\n01/02/2020\n\n4.2\n\nTreasurer to report back.\n\n2.0\n\n03/04/2020\n\n5\n\n"
          "3.0 05/06/2020 6.1 Chair to write to the minister\nnot a row 4.0\n");
  CleanDocument c = RemoveFurniture(d);
  auto rows = ParseActionLog(c.lines, 0, c.lines.size());
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].number, "1.0");
  EXPECT_EQ(rows[0].raised, "2020-02-01");
  EXPECT_EQ(rows[0].agenda_item, "4.2");
  EXPECT_EQ(rows[0].text, "Treasurer to report back.");
  EXPECT_EQ(rows[1].text, "");
  EXPECT_EQ(rows[2].text, "Chair to write to the minister");
}

TEST(Structure, ClearancesFromRunningText) {
  auto c = ExtractClearances(
      "Have the resource implications been cleared by Finance? Yes Name of Financial Officer: A Person "
      "Have any Public Health implications been cleared by Public Health? No Name of Officer:");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].area, "finance");
  EXPECT_TRUE(c[0].cleared);
  EXPECT_EQ(c[0].officer, "A Person");
  EXPECT_EQ(c[1].area, "public health");
  EXPECT_FALSE(c[1].cleared);
  EXPECT_FALSE(c[1].officer);
}

TEST(Inspection, DueDatesFromWording) {
  const Date published = *Date::FromYmd(2020, 1, 31);
  bool urgent = false;
  EXPECT_EQ(DueFromWording("Within three months, chief constables should", published, &urgent),
            *Date::FromYmd(2020, 4, 30));
  EXPECT_FALSE(urgent);
  EXPECT_EQ(DueFromWording("By 30 September 2020, forces should", published, &urgent),
            *Date::FromYmd(2020, 9, 30));
  EXPECT_EQ(DueFromWording("As a matter of urgency, the college should", published, &urgent), std::nullopt);
  EXPECT_TRUE(urgent);
  EXPECT_EQ(DueFromWording("Forces should think", published, &urgent), std::nullopt);
  EXPECT_EQ(AddresseeOf("Within six months, the CPS should review"), "CPS");
  EXPECT_EQ(AddresseeOf("Within six months chief constables should ensure"), "chief constables");
}

TEST(Parse, InspectionResponseLateWarning) {
  ParsedFile f = Parse(
      "To: Police Board\nFrom: Chief Constable\nDate: 1 December 2020\n\nResponse to the HMICFRS report "
      "\xE2\x80\x9CWidgets\xE2\x80\x9D\n\n1. Purpose\n1.1 The report was published by the Inspectorate on 1 "
      "September 2020.\n\nRecommendation: Within three months, chief constables should act.\nResponse: "
      "Done.\n");
  ASSERT_EQ(f.papers.size(), 1u);
  ASSERT_TRUE(f.papers[0].inspection);
  const auto& in = *f.papers[0].inspection;
  EXPECT_EQ(in.title, "Widgets");
  EXPECT_EQ(in.published, "2020-09-01");
  EXPECT_EQ(in.response_due, "2020-10-26");
  ASSERT_EQ(in.items.size(), 1u);
  EXPECT_EQ(in.items[0].due, "2020-12-01");
  EXPECT_EQ(in.items[0].response, "Done.");
  bool late = false;
  for (const auto& w : f.warnings) late = late || w.code == "late-inspection-response";
  EXPECT_TRUE(late);
}

TEST(Json, FormatAndAbsentFields) {
  ParsedFile f = Parse(kReport);
  auto j = ImportToJson({f});
  EXPECT_EQ(j["format"], "boardroom-import/1");
  ASSERT_EQ(j["files"].size(), 1u);
  const auto& jf = j["files"][0];
  EXPECT_EQ(jf["kind"], "report");
  EXPECT_FALSE(jf.contains("meeting"));
  EXPECT_FALSE(jf["papers"][0].contains("agenda_item"));
  EXPECT_EQ(jf["papers"][0]["to"], "The Audit Board");
  EXPECT_TRUE(jf["duplicate_of"].is_null());
}

TEST(Parse, AudienceFromTheDefinitionWhenThereIsNoToLine) {
  ParsedFile f = Parse(
      "WIDGETS\n1. Purpose\n1.1 To update the Audit and Risk Committee (\xE2\x80\x9Cthe "
      "Committee\xE2\x80\x9D) on widgets.\n");
  ASSERT_EQ(f.papers.size(), 1u);
  EXPECT_EQ(f.papers[0].to, "Audit and Risk Committee");
  EXPECT_EQ(f.papers[0].title, "WIDGETS");
}

TEST(Parse, ListItemsWithoutGlyphsRestatementsAndAppendices) {
  ParsedFile f = Parse(
      "To: A Board\nFrom: Clerk\nDate: 1 May 2020\n\nThings\n\n1. Recommendation\n\n1.1 The Board is asked "
      "to:\n\n"
      "\nnote the report;\n\n\napprove the plan.\n\n2. Detail\n\n2.1 Text.\n\n3. Recommendation\n\n3.1 The "
      "Board "
      "is asked to approve the plan\n\nAppendix 1 - Figures\n\n4.1 not a paragraph\n");
  ASSERT_EQ(f.papers.size(), 1u);
  const auto& recs = f.papers[0].recommendations;
  ASSERT_EQ(recs.size(), 2u);
  EXPECT_EQ(recs[0].text, "note the report");
  EXPECT_EQ(recs[1].text, "approve the plan.");
  EXPECT_EQ(f.papers[0].sections.size(), 3u);
  EXPECT_TRUE(f.warnings.empty());
}

TEST(Pack, AgendaItemsAssignedToPapersByTitle) {
  ParsedFile f = Parse(
      "Audit Board\nDate: 1 June 2020\nAGENDA\n1. Apologies\n2. Budget Report\n3. Widget Strategy\n\n"
      "To: Audit Board\nFrom: Treasurer\nDate: 1 June 2020\n\nWidget Strategy 2020\n\n1. Purpose\n1.1 "
      "Text.\n\n"
      "To: Audit Board\nFrom: Treasurer\nDate: 1 June 2019\n\nLate paper\n\n1. Purpose\n1.1 Text.\n");
  EXPECT_EQ(f.kind, "meeting-pack");
  ASSERT_EQ(f.agenda.size(), 3u);
  ASSERT_EQ(f.papers.size(), 2u);
  EXPECT_EQ(f.papers[0].agenda_item, "3");
  bool mismatch = false;
  for (const auto& w : f.warnings) mismatch = mismatch || (w.code == "date-mismatch");
  EXPECT_TRUE(mismatch);
}

TEST(Parse, FurnitureOnlyIsAnError) {
  auto r = ParseDocument(Doc("OFFICIAL\nPage 1 of 1\n"));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
}

TEST(Normalize, CompareKeyAsciiAndUnicodePathsAgree) {
  // The ASCII fast path: lower-cased, white space collapsed and trimmed, other characters kept.
  EXPECT_EQ(CompareKey("  Page\t 4  OF\r\n4 "), "page 4 of 4");
  EXPECT_EQ(CompareKey("\tA\vB "), "a\vb");
  EXPECT_EQ(CompareKey(""), "");
  EXPECT_EQ(CompareKey(" \t "), "");
  // The same text with a non-ASCII character gives the same key as its plain form.
  EXPECT_EQ(CompareKey("\xD0\xA2o:  Board\xC2\xA0Members"), CompareKey("To: board members"));
  EXPECT_EQ(CompareKey("\xE2\x80\x9CQuoted\xE2\x80\x9D \xE2\x80\x93 Text"), "\"quoted\" - text");
  EXPECT_EQ(FoldLookalikes("Plain ASCII stays"), "Plain ASCII stays");
}

TEST(Furniture, CleanLinesCarryTheirCompareKey) {
  const CleanDocument clean = RemoveFurniture(Doc("Report Title\n\n\xD0\xA2o:   The  Board\nSome text.\n"));
  ASSERT_GE(clean.lines.size(), 3u);
  for (const CleanLine& l : clean.lines) EXPECT_EQ(l.key, CompareKey(l.text)) << l.text;
  EXPECT_TRUE(IsPageNumberKey("page 4 of 4"));
  EXPECT_FALSE(IsPageNumberKey("page 4 of 4 and more"));
  EXPECT_TRUE(IsClassificationMarkingKey("official-sensitive"));
  EXPECT_TRUE(IsStructuralKey("contact officer: jane"));
}

TEST(Extract, AcronymLongFormFoundFarIntoALongText) {
  // The long form is looked for just before each parenthesis, however much text comes before it.
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "Some words of Filler Text here. ";
  text +=
      "The work of the Police and Crime Panel (PCP) continues, and EBIT (Evidenced Based Investigation "
      "Tool).";
  const auto a = ExtractAcronyms(text);
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].short_form, "PCP");
  EXPECT_EQ(a[0].long_form, "Police and Crime Panel");
  EXPECT_EQ(a[1].short_form, "EBIT");
  EXPECT_EQ(a[1].long_form, "Evidenced Based Investigation Tool");
}

TEST(Extract, AcronymLongFormStopsAtFourteenWords) {
  // Sixteen capitalised words before the parenthesis: only the last fourteen can be the long form.
  const auto a = ExtractAcronyms(
      "Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliet Kilo Lima Mike November Oscar Papa "
      "(CDX)");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].long_form,
            "Charlie Delta Echo Foxtrot Golf Hotel India Juliet Kilo Lima Mike November Oscar Papa");
}

}  // namespace
}  // namespace boardroom::papers
