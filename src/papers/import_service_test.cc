// Unit tests of import_service.h against an in-memory SQLite store, with ParsedFile values written here (so
// the rules are tested apart from the recognisers) and one end-to-end check on the shared sample pack.
#include "papers/import_service.h"

#include <gtest/gtest.h>

#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "papers/parse.h"
#include "papers/reader.h"
#include "papers/text_reader.h"
#include "store/sqlite/sqlite_store.h"

namespace boardroom::papers {
namespace {

using store::Viewer;

constexpr int64_t kNow = 1700000000;  // 2023-11-14

ParsedPaper MakePaper(std::string agenda_item, std::string title, std::string date,
                      std::vector<std::string> paragraphs) {
  ParsedPaper p;
  p.agenda_item = std::move(agenda_item);
  p.title = std::move(title);
  p.to = "Business Coordination Board";
  p.from = "Chief Executive";
  p.date = std::move(date);
  p.classification = "OFFICIAL";
  ParsedSection s{"1", "Purpose", {}};
  int n = 0;
  for (std::string& text : paragraphs) s.paragraphs.push_back({"1." + std::to_string(++n), std::move(text)});
  p.sections.push_back(std::move(s));
  p.recommendations.push_back({"2.1", "The Board is recommended to note the report."});
  p.clearances.push_back({"finance", true, "Jane Doe"});
  p.clearances.push_back({"legal", false, std::nullopt});
  p.contact_officers.push_back({"Dorothy Gregson", "Chief Executive", std::nullopt, std::nullopt});
  return p;
}

ParsedFile MakePack(std::string sha_char = "a") {
  ParsedFile f;
  f.file = "pack.txt";
  f.sha256 = std::string(64, sha_char[0]);
  f.kind = "meeting-pack";
  f.meeting = ParsedMeeting{"Business Coordination Board", "2019-09-18", "15:00", "HQ, Conference Room 3"};
  f.agenda = {{"1", "Welcome and apologies", std::nullopt, false},
              {"5", "Police and Crime Plan", std::string("Chief Constable"), false},
              {"5.0", "OPCC work to deliver actions", std::nullopt, false},
              {"6", "JPS Training (Verbal update)", std::string("Chief Constable"), true}};
  f.papers.push_back(MakePaper("5.0",
                               "Police & Crime Plan - Transformation Theme - OPCC work to deliver support",
                               "2019-09-18", {"The purpose of this report.", "Background to the plan."}));
  ParsedAction done{"1.0",
                    std::string("2019-07-31"),
                    std::string("5.3"),
                    "Report back on the plan.",
                    std::string("Chief Constable"),
                    std::string("2019-09-18"),
                    {"Reported in July."},
                    std::string("Complete")};
  ParsedAction odd{
      "2.0", std::string("2019-07-31"), std::nullopt, "Look again at the estate.", std::nullopt, std::nullopt,
      {},    std::string("Bananas")};
  f.actions = {done, odd};
  return f;
}

ImportSource SourceFor(const ParsedFile& f) {
  return ImportSource{f.file, "text", 1234, "extracted text"};
}

class ImportServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Result<std::unique_ptr<store::Store>> opened = store::OpenSqliteStore(":memory:");
    ASSERT_TRUE(opened.ok()) << opened.error().message;
    store_ = std::move(opened).value();
  }

  Result<ImportOutcome> Import(const ParsedFile& f, ImportOptions options = {}) {
    return ImportParsedFile(*store_, f, SourceFor(f), options, clock_);
  }

  std::unique_ptr<store::Transaction> Read() {
    auto tx = store_->Begin(store::Access::kReadOnly);
    EXPECT_TRUE(tx.ok());
    return std::move(tx).value();
  }

  size_t CountDocuments() { return Read()->documents().ListDocuments({}).value().size(); }
  size_t CountBodies() { return Read()->bodies().ListBodies({}).value().size(); }
  size_t CountPapers() { return Read()->papers().ListPapers({}, Viewer::Everything()).value().size(); }
  bool AuditEmpty() { return !Read()->audit().LatestAuditEvent().value().has_value(); }

  FixedClock clock_{kNow};
  std::unique_ptr<store::Store> store_;
};

TEST_F(ImportServiceTest, StoresPackAsDocumentBodyMeetingAgendaPapersAndActions) {
  ParsedFile f = MakePack();
  Result<ImportOutcome> out = Import(f);
  ASSERT_TRUE(out.ok()) << out.error().message;
  EXPECT_EQ(out->outcome, "imported");
  EXPECT_TRUE(out->body_created);
  EXPECT_TRUE(out->meeting_created);
  ASSERT_EQ(out->paper_ids.size(), 1u);
  EXPECT_EQ(out->action_ids.size(), 2u);

  auto tx = Read();
  store::Document doc = tx->documents().GetDocument(out->document_id).value();
  EXPECT_EQ(doc.sha256, f.sha256);
  EXPECT_EQ(doc.file_name, "pack.txt");
  EXPECT_EQ(doc.size, 1234);
  EXPECT_EQ(doc.imported_at, kNow);
  EXPECT_EQ(tx->bodies().GetBody(out->body_id).value().name, "Business Coordination Board");

  store::Meeting meeting = tx->meetings().GetMeeting(*out->meeting_id).value();
  EXPECT_EQ(meeting.date.ToIso(), "2019-09-18");
  EXPECT_EQ(meeting.time, "15:00");
  EXPECT_EQ(meeting.venue, "HQ, Conference Room 3");
  EXPECT_EQ(meeting.status, store::MeetingStatus::kHeld);

  std::vector<store::AgendaItem> items =
      tx->meetings().ListAgendaItems(meeting.id, Viewer::Everything()).value();
  ASSERT_EQ(items.size(), 4u);
  EXPECT_EQ(items[0].number, "1");
  EXPECT_EQ(items[0].kind, store::AgendaItemKind::kStandard);
  EXPECT_EQ(items[1].presenter, "Chief Constable");
  EXPECT_EQ(items[2].number, "5.0");
  EXPECT_EQ(items[2].kind, store::AgendaItemKind::kPaper);
  EXPECT_EQ(items[2].parent_item_id, items[1].id);
  EXPECT_EQ(items[2].paper_id, out->paper_ids[0]);
  EXPECT_EQ(items[3].kind, store::AgendaItemKind::kVerbal);

  store::Paper paper = tx->papers().GetPaper(out->paper_ids[0], Viewer::Everything()).value();
  EXPECT_TRUE(paper.published);
  EXPECT_EQ(paper.classification, store::Classification::kOfficial);
  EXPECT_EQ(paper.document_id, out->document_id);
  EXPECT_EQ(paper.meeting_date->ToIso(), "2019-09-18");
  EXPECT_EQ(tx->papers().ListSections(paper.id, Viewer::Everything()).value().size(), 1u);
  std::vector<store::Paragraph> paras = tx->papers().ListParagraphs(paper.id, Viewer::Everything()).value();
  ASSERT_EQ(paras.size(), 2u);
  EXPECT_EQ(paras[1].number, "1.2");
  EXPECT_TRUE(paras[1].section_id.has_value());
  EXPECT_EQ(tx->papers().ListRecommendations(paper.id, Viewer::Everything()).value().size(), 1u);
  std::vector<store::Clearance> clearances =
      tx->papers().ListClearances(paper.id, Viewer::Everything()).value();
  ASSERT_EQ(clearances.size(), 2u);
  EXPECT_TRUE(clearances[0].cleared);
  EXPECT_EQ(clearances[0].officer, "Jane Doe");

  store::Action done = tx->actions().GetAction(out->action_ids[0]).value();
  EXPECT_EQ(done.status, store::ActionStatus::kComplete);
  EXPECT_EQ(done.agenda_item_number, "5.3");
  EXPECT_EQ(done.target_date->ToIso(), "2019-09-18");
  std::vector<store::ActionUpdate> done_updates = tx->actions().ListActionUpdates(done.id).value();
  ASSERT_EQ(done_updates.size(), 1u);
  EXPECT_EQ(done_updates[0].text, "Reported in July.");
  EXPECT_EQ(done_updates[0].author, "import");

  // An unknown status is stored as open, with the status as written kept in an update.
  store::Action odd = tx->actions().GetAction(out->action_ids[1]).value();
  EXPECT_EQ(odd.status, store::ActionStatus::kOpen);
  std::vector<store::ActionUpdate> odd_updates = tx->actions().ListActionUpdates(odd.id).value();
  ASSERT_EQ(odd_updates.size(), 1u);
  EXPECT_EQ(odd_updates[0].text, "Status on import: Bananas");

  // Audit events for the created records, chained.
  std::vector<store::AuditEvent> paper_events =
      tx->audit().ListAuditEvents("paper", paper.id.value, {}).value();
  ASSERT_EQ(paper_events.size(), 1u);
  EXPECT_EQ(paper_events[0].actor, "import");
  EXPECT_EQ(paper_events[0].action, "create");
  EXPECT_FALSE(paper_events[0].previous_hash.empty());
  EXPECT_EQ(paper_events[0].hash.size(), 64u);
}

TEST_F(ImportServiceTest, SameFileTwiceIsDuplicateAndWritesNothing) {
  ParsedFile f = MakePack();
  ASSERT_TRUE(Import(f).ok());
  const int64_t last_audit = Read()->audit().LatestAuditEvent().value()->id.value;
  Result<ImportOutcome> again = Import(f);
  ASSERT_TRUE(again.ok()) << again.error().message;
  EXPECT_EQ(again->outcome, "duplicate");
  EXPECT_NE(again->message.find("already imported"), std::string::npos);
  EXPECT_TRUE(again->paper_ids.empty());
  EXPECT_EQ(CountDocuments(), 1u);
  EXPECT_EQ(CountPapers(), 1u);
  EXPECT_EQ(Read()->audit().LatestAuditEvent().value()->id.value, last_audit);
}

TEST_F(ImportServiceTest, ChangedPaperIsStoredAsNewVersionOfTheFirst) {
  ParsedFile pack = MakePack();
  Result<ImportOutcome> first = Import(pack);
  ASSERT_TRUE(first.ok());

  ParsedFile report;
  report.file = "report.txt";
  report.sha256 = std::string(64, 'b');
  report.kind = "report";
  ParsedPaper p = MakePaper("", "POLICE & CRIME PLAN – TRANSFORMATION THEME – OPCC WORK TO DELIVER SUPPORT",
                            "2019-09-18", {"The purpose of this report.", "A new background.", "And more."});
  p.agenda_item.reset();
  p.contact_officers = {{"Someone Else", std::nullopt, std::nullopt, std::nullopt}};
  report.papers.push_back(p);
  Result<ImportOutcome> second = Import(report);
  ASSERT_TRUE(second.ok()) << second.error().message;
  EXPECT_FALSE(second->body_created);  // "To: Business Coordination Board" names the body held
  EXPECT_EQ(second->body_id, first->body_id);
  ASSERT_EQ(second->papers.size(), 1u);
  const PaperOutcome& po = second->papers[0];
  EXPECT_EQ(po.disposition, "new-version");
  EXPECT_EQ(po.version_of, first->paper_ids[0]);
  EXPECT_EQ(po.version_number, 2);
  ASSERT_TRUE(po.changes.has_value());
  EXPECT_FALSE(po.changes->title);  // case and dashes fold away
  EXPECT_EQ(po.changes->paragraphs_added, 2);
  EXPECT_EQ(po.changes->paragraphs_removed, 1);
  ASSERT_TRUE(second->duplicate_of.has_value());
  EXPECT_EQ(second->duplicate_of->file, "pack.txt");
  EXPECT_NE(second->duplicate_of->relation.find("another version"), std::string::npos);

  auto tx = Read();
  std::vector<store::Paper> versions =
      tx->papers().ListPaperVersions(po.paper_id, Viewer::Everything()).value();
  ASSERT_EQ(versions.size(), 2u);
  EXPECT_EQ(versions[1].version_of, first->paper_ids[0]);
}

TEST_F(ImportServiceTest, PaperOfAPackAlreadyHeldIsLinkedNotDuplicated) {
  ParsedFile report;
  report.file = "report.txt";
  report.sha256 = std::string(64, 'c');
  report.kind = "report";
  ParsedPaper p = MakePaper("", "Police & Crime Plan - Transformation Theme - OPCC work to deliver support",
                            "2019-09-18", {"The purpose of this report.", "Background to the plan."});
  p.agenda_item.reset();
  report.papers.push_back(p);
  Result<ImportOutcome> first = Import(report);
  ASSERT_TRUE(first.ok()) << first.error().message;
  ASSERT_EQ(first->paper_ids.size(), 1u);

  Result<ImportOutcome> pack = Import(MakePack());
  ASSERT_TRUE(pack.ok()) << pack.error().message;
  ASSERT_EQ(pack->papers.size(), 1u);
  EXPECT_EQ(pack->papers[0].disposition, "linked");
  EXPECT_EQ(pack->papers[0].paper_id, first->paper_ids[0]);
  EXPECT_TRUE(pack->paper_ids.empty());
  ASSERT_TRUE(pack->duplicate_of.has_value());
  EXPECT_EQ(pack->duplicate_of->file, "report.txt");
  EXPECT_EQ(pack->duplicate_of->relation, "the same paper");
  EXPECT_EQ(CountPapers(), 1u);
  std::vector<store::AgendaItem> items =
      Read()->meetings().ListAgendaItems(*pack->meeting_id, Viewer::Everything()).value();
  ASSERT_EQ(items.size(), 4u);
  EXPECT_EQ(items[2].paper_id, first->paper_ids[0]);
}

TEST_F(ImportServiceTest, OtherDatesOrTitlesAreOtherPapers) {
  ASSERT_TRUE(Import(MakePack()).ok());
  ParsedFile other = MakePack("d");
  other.meeting->date = "2019-11-20";
  other.papers[0].date = "2019-11-20";
  Result<ImportOutcome> out = Import(other);
  ASSERT_TRUE(out.ok()) << out.error().message;
  EXPECT_TRUE(out->meeting_created);
  EXPECT_EQ(out->papers[0].disposition, "created");
  EXPECT_FALSE(out->duplicate_of.has_value());
  // The same action numbers in the same body's log: updated, not created again.
  EXPECT_TRUE(out->action_ids.empty());
}

TEST_F(ImportServiceTest, ReimportedActionGetsNewUpdatesAndStatus) {
  Result<ImportOutcome> first = Import(MakePack());
  ASSERT_TRUE(first.ok());
  ParsedFile later = MakePack("e");
  later.meeting->date = "2019-11-20";
  later.papers.clear();
  later.actions[1].status = "Ongoing";
  later.actions[1].updates = {"Estates review under way."};
  Result<ImportOutcome> out = Import(later);
  ASSERT_TRUE(out.ok()) << out.error().message;
  ASSERT_EQ(out->updated_action_ids.size(), 1u);
  EXPECT_EQ(out->updated_action_ids[0], first->action_ids[1]);
  auto tx = Read();
  EXPECT_EQ(tx->actions().GetAction(first->action_ids[1]).value().status, store::ActionStatus::kOngoing);
  EXPECT_EQ(tx->actions().ListActionUpdates(first->action_ids[1]).value().size(), 2u);
  EXPECT_EQ(tx->actions().ListActionUpdates(first->action_ids[0]).value().size(), 1u);  // nothing new
}

TEST_F(ImportServiceTest, AnUpdateStartingWithItsDateIsStoredOnThatDateAndNotRepeated) {
  ParsedFile f = MakePack();
  f.actions[0].updates = {"2019-04-19: Request noted."};
  Result<ImportOutcome> first = Import(f);
  ASSERT_TRUE(first.ok()) << first.error().message;
  {
    auto tx = Read();
    std::vector<store::ActionUpdate> updates = tx->actions().ListActionUpdates(first->action_ids[0]).value();
    ASSERT_EQ(updates.size(), 1u);
    EXPECT_EQ(updates[0].date.ToIso(), "2019-04-19");
    EXPECT_EQ(updates[0].text, "Request noted.");
  }
  // The next meeting's log repeats the same dated update: nothing new to append.
  ParsedFile later = MakePack("e");
  later.meeting->date = "2019-11-20";
  later.papers.clear();
  later.actions[0].updates = {"2019-04-19: Request noted."};
  Result<ImportOutcome> out = Import(later);
  ASSERT_TRUE(out.ok()) << out.error().message;
  auto tx = Read();
  EXPECT_EQ(tx->actions().ListActionUpdates(first->action_ids[0]).value().size(), 1u);
}

TEST_F(ImportServiceTest, DryRunComputesTheOutcomeAndWritesNothing) {
  ImportOptions options;
  options.dry_run = true;
  Result<ImportOutcome> out = Import(MakePack(), options);
  ASSERT_TRUE(out.ok()) << out.error().message;
  EXPECT_EQ(out->outcome, "imported");
  EXPECT_TRUE(out->dry_run);
  EXPECT_EQ(out->paper_ids.size(), 1u);
  EXPECT_EQ(CountDocuments(), 0u);
  EXPECT_EQ(CountBodies(), 0u);
  EXPECT_EQ(CountPapers(), 0u);
  EXPECT_TRUE(AuditEmpty());
  EXPECT_FALSE(OutcomeToJson(*out).contains("created"));
}

TEST_F(ImportServiceTest, BodyOptionOverridesTheFileAndMatchesShortNames) {
  {
    auto tx = store_->Begin().value();
    store::Body b;
    b.name = "Joint Audit Committee";
    b.short_name = "JAC";
    ASSERT_TRUE(tx->bodies().CreateBody(b).ok());
    ASSERT_TRUE(tx->Commit().ok());
  }
  ImportOptions options;
  options.body = "jac";
  Result<ImportOutcome> out = Import(MakePack(), options);
  ASSERT_TRUE(out.ok()) << out.error().message;
  EXPECT_FALSE(out->body_created);
  EXPECT_EQ(Read()->bodies().GetBody(out->body_id).value().name, "Joint Audit Committee");
  EXPECT_EQ(CountBodies(), 1u);
}

TEST_F(ImportServiceTest, LookAlikeLettersAndHyphensStillNameTheBodyHeld) {
  ASSERT_TRUE(Import(MakePack()).ok());
  ParsedFile report;
  report.file = "other.txt";
  report.sha256 = std::string(64, 'f');
  // "Co-ordinatiоn": a hyphen and a Cyrillic small o.
  ParsedPaper p = MakePaper("", "Estates Update", "2019-09-18", {"Text."});
  p.to = "Business Co-ordinati\xD0\xBEn Board";
  report.papers.push_back(p);
  Result<ImportOutcome> out = Import(report);
  ASSERT_TRUE(out.ok()) << out.error().message;
  EXPECT_FALSE(out->body_created);
  EXPECT_EQ(CountBodies(), 1u);
}

TEST_F(ImportServiceTest, FileWithoutBodyIsAnErrorAndWritesNothing) {
  ParsedFile report;
  report.file = "anon.txt";
  report.sha256 = std::string(64, '2');
  ParsedPaper p = MakePaper("", "A paper to no one", "2019-09-18", {"Text."});
  p.to.reset();
  report.papers.push_back(p);
  Result<ImportOutcome> out = Import(report);
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(out.error().field, "body");
  EXPECT_EQ(CountDocuments(), 0u);
}

TEST_F(ImportServiceTest, FailureHalfWayLeavesNothingOfTheFile) {
  ParsedFile f = MakePack();
  ParsedPaper second = MakePaper("6", "Second paper", "2019-09-18", {"Text."});
  second.date = "2019-02-30";  // found only when the second paper is stored, after the first
  f.papers.push_back(second);
  Result<ImportOutcome> out = Import(f);
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.error().code, ErrorCode::kInvalidArgument);
  EXPECT_NE(out.error().message.find("2019-02-30"), std::string::npos);
  EXPECT_EQ(CountDocuments(), 0u);
  EXPECT_EQ(CountBodies(), 0u);
  EXPECT_EQ(CountPapers(), 0u);
  EXPECT_TRUE(AuditEmpty());
}

TEST_F(ImportServiceTest, FileWithNothingRecognisedIsAnError) {
  ParsedFile f;
  f.file = "noise.txt";
  f.sha256 = std::string(64, '3');
  f.kind = "unknown";
  Result<ImportOutcome> out = Import(f);
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.error().field, "file");
  EXPECT_EQ(CountDocuments(), 0u);
}

TEST_F(ImportServiceTest, MalformedShaIsAnError) {
  ParsedFile f = MakePack();
  f.sha256 = "abc";
  Result<ImportOutcome> out = Import(f);
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.error().field, "sha256");
}

TEST_F(ImportServiceTest, SensitiveOrExemptPapersAreNotPublished) {
  ParsedFile f = MakePack();
  f.papers[0].classification = "OFFICIAL-SENSITIVE";
  ParsedPaper exempt = MakePaper("7", "Estates disposal", "2019-09-18", {"Text."});
  exempt.classification = "Exempt – not for publication";
  f.papers.push_back(exempt);
  Result<ImportOutcome> out = Import(f);
  ASSERT_TRUE(out.ok()) << out.error().message;
  auto tx = Read();
  store::Paper sensitive = tx->papers().GetPaper(out->paper_ids[0], Viewer::Everything()).value();
  EXPECT_EQ(sensitive.classification, store::Classification::kOfficialSensitive);
  EXPECT_FALSE(sensitive.published);
  store::Paper ex = tx->papers().GetPaper(out->paper_ids[1], Viewer::Everything()).value();
  EXPECT_TRUE(ex.exempt);
  EXPECT_FALSE(ex.published);
  EXPECT_FALSE(tx->papers().GetPaper(ex.id, Viewer::Public()).ok());
}

TEST_F(ImportServiceTest, DuplicateClearanceAreaKeepsTheFirstRow) {
  ParsedFile f = MakePack();
  f.papers[0].clearances.push_back({"finance", false, std::nullopt});
  Result<ImportOutcome> out = Import(f);
  ASSERT_TRUE(out.ok()) << out.error().message;
  EXPECT_EQ(Read()->papers().ListClearances(out->paper_ids[0], Viewer::Everything()).value().size(), 2u);
}

TEST(TitleSimilarityTest, FoldsCaseDashesAndToleratesOneTypo) {
  EXPECT_DOUBLE_EQ(TitleSimilarity("Fire Governance Update", "FIRE GOVERNANCE – UPDATE"), 1.0);
  EXPECT_GE(
      TitleSimilarity("Police & Crime Plan – Tranformation Theme – OPCC work to deliver broader support",
                      "POLICE & CRIME PLAN - TRANSFORMATION THEME - OPCC WORK TO DELIVER BROADER SUPPORT"),
      kSameTitleSimilarity);
  EXPECT_LT(TitleSimilarity("Fire Governance Update", "Southern Police Station Update"),
            kSameTitleSimilarity);
  EXPECT_EQ(TitleSimilarity("", "x"), 0.0);
}

TEST(SourceOfTest, JoinsLinesAndMarksPages) {
  Document doc;
  doc.source_name = "a.txt";
  doc.lines = {
      {"one", 1, std::nullopt, false}, {"two", 1, std::nullopt, false}, {"three", 2, std::nullopt, false}};
  ImportSource s = SourceOf(doc, "%PDF-1.4 ...");
  EXPECT_EQ(s.kind, "pdf");
  EXPECT_EQ(s.size, 12);
  EXPECT_EQ(s.extracted_text, "one\ntwo\n\fthree");
  EXPECT_EQ(SourceOf(doc, "plain").kind, "text");
}

// End to end on the shared samples: the pack, then the stand-alone version of its paper 5.0.
TEST_F(ImportServiceTest, SamplePackThenStandaloneReportIsAnotherVersionOfPaper50) {
  const std::string dir = std::string(BOARDROOM_SHARED_DIR) + "/papers/";
  std::vector<ImportOutcome> outs;
  for (const char* name : {"bcb-pack-2019-09-18.txt", "transformation-theme-2019.txt"}) {
    std::ifstream in(dir + name, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string bytes = ss.str();
    Result<Document> doc = ReadDocumentBytes(name, bytes);
    ASSERT_TRUE(doc.ok()) << doc.error().message;
    Result<ParsedFile> parsed = ParseDocument(*doc);
    ASSERT_TRUE(parsed.ok()) << parsed.error().message;
    Result<ImportOutcome> out = ImportParsedFile(*store_, *parsed, SourceOf(*doc, bytes), {}, clock_);
    ASSERT_TRUE(out.ok()) << out.error().message;
    outs.push_back(*out);
  }
  ASSERT_GE(outs[0].paper_ids.size(), 2u);
  ASSERT_EQ(outs[1].papers.size(), 1u);
  EXPECT_EQ(outs[1].papers[0].disposition, "new-version");
  ASSERT_TRUE(outs[1].duplicate_of.has_value());
  EXPECT_EQ(outs[1].duplicate_of->file, "bcb-pack-2019-09-18.txt");
  EXPECT_EQ(outs[1].duplicate_of->agenda_item, "5.0");
  EXPECT_TRUE(outs[1].papers[0].changes->title);
}

// A pack whose second paper responds to an inspection, and whose text spells out two acronyms.
ParsedFile MakeInspectionPack(std::string sha_char = "c") {
  ParsedFile f = MakePack(sha_char);
  ParsedPaper response =
      MakePaper("11", "Response to the HMICFRS report on older people", "2019-09-18",
                {"The Office of the Police and Crime Commissioner (OPCC) notes the report."});
  ParsedInspection n;
  n.title = "The poor relation";
  n.published = "2019-07-17";
  n.response_due = "2019-09-10";
  n.items.push_back({"recommendation", "Within three months, chief constables should review the guidance.",
                     std::string("chief constables"), std::string("2019-10-17"), false,
                     std::string("Agreed: the guidance is under review.")});
  n.items.push_back({"area-for-improvement", "Forces should improve safeguarding referrals.", std::nullopt,
                     std::nullopt, true, std::nullopt});
  response.inspection = n;
  f.papers.push_back(response);
  f.acronyms = {{"OPCC", "Office of the Police and Crime Commissioner"},
                {"MASH", "Multi Agency Safeguarding Hub"}};
  return f;
}

TEST_F(ImportServiceTest, InspectionItemsAndAcronymsAreStoredWithTheirPaper) {
  Result<ImportOutcome> out = Import(MakeInspectionPack());
  ASSERT_TRUE(out.ok()) << out.error().message;
  ASSERT_EQ(out->paper_ids.size(), 2u);
  auto tx = Read();
  auto found = tx->inspections().FindInspectionByPaper(out->paper_ids[1], Viewer::Public()).value();
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->title, "The poor relation");
  EXPECT_EQ(found->inspectorate, "HMICFRS");  // named by the paper's title
  EXPECT_EQ(found->published->ToIso(), "2019-07-17");
  EXPECT_EQ(found->response_due->ToIso(), "2019-09-10");
  EXPECT_FALSE(tx->inspections().FindInspectionByPaper(out->paper_ids[0], Viewer::Public()).value());
  auto items = tx->inspections().ListInspectionItems(found->id, Viewer::Public()).value();
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].position, 1);
  EXPECT_EQ(items[0].kind, store::InspectionItemKind::kRecommendation);
  EXPECT_EQ(items[0].addressee, "chief constables");
  EXPECT_EQ(items[0].due->ToIso(), "2019-10-17");
  EXPECT_EQ(items[0].response, "Agreed: the guidance is under review.");
  EXPECT_EQ(items[1].kind, store::InspectionItemKind::kAreaForImprovement);
  EXPECT_TRUE(items[1].urgent);
  EXPECT_FALSE(items[1].due.has_value());
  auto acronyms = tx->inspections().ListAcronyms({}, Viewer::Public(), {}).value();
  ASSERT_EQ(acronyms.size(), 2u);
  EXPECT_EQ(acronyms[0].short_form, "MASH");
  EXPECT_EQ(acronyms[0].paper_id, out->paper_ids[0]);  // spelled out nowhere: the file's first paper
  EXPECT_EQ(acronyms[1].short_form, "OPCC");
  EXPECT_EQ(acronyms[1].paper_id, out->paper_ids[1]);  // the paper that spells it out
  // The inspection has its audit event.
  auto events = tx->audit().ListAuditEvents("inspection", found->id.value, {}).value();
  EXPECT_EQ(events.size(), 1u);
}

TEST_F(ImportServiceTest, ReimportAddsNoInspectionOrAcronymAndAnotherFileSharesTheGlossary) {
  ASSERT_TRUE(Import(MakeInspectionPack("c")).ok());
  Result<ImportOutcome> again = Import(MakeInspectionPack("c"));
  ASSERT_TRUE(again.ok()) << again.error().message;
  EXPECT_EQ(again->outcome, "duplicate");
  auto tx = Read();
  EXPECT_EQ(tx->inspections().ListInspections({}, Viewer::Everything(), {}).value().size(), 1u);
  EXPECT_EQ(tx->inspections().ListAcronyms({}, Viewer::Everything(), {}).value().size(), 2u);
  tx.reset();
  // Other bytes with the same papers: linked, and the glossary keeps one entry per acronym.
  Result<ImportOutcome> other = Import(MakeInspectionPack("d"));
  ASSERT_TRUE(other.ok()) << other.error().message;
  EXPECT_EQ(other->outcome, "imported");
  tx = Read();
  EXPECT_EQ(tx->inspections().ListInspections({}, Viewer::Everything(), {}).value().size(), 1u);
  EXPECT_EQ(tx->inspections().ListAcronyms({}, Viewer::Everything(), {}).value().size(), 2u);
}

TEST_F(ImportServiceTest, SensitivePapersKeepTheirInspectionAndAcronymsFromThePublic) {
  ParsedFile f = MakeInspectionPack();
  for (ParsedPaper& p : f.papers) p.classification = "OFFICIAL-SENSITIVE";
  Result<ImportOutcome> out = Import(f);
  ASSERT_TRUE(out.ok()) << out.error().message;
  auto tx = Read();
  EXPECT_FALSE(tx->inspections().FindInspectionByPaper(out->paper_ids[1], Viewer::Public()).value());
  EXPECT_TRUE(tx->inspections().FindInspectionByPaper(out->paper_ids[1], Viewer::Everything()).value());
  EXPECT_TRUE(tx->inspections().ListInspections({}, Viewer::Public(), {}).value().empty());
  EXPECT_TRUE(tx->inspections().ListAcronyms({}, Viewer::Public(), {}).value().empty());
  EXPECT_EQ(tx->inspections().ListAcronyms({}, Viewer::Everything(), {}).value().size(), 2u);
}

// The sample pack's three inspection responses, checked against EXPECTED.json beside it.
TEST_F(ImportServiceTest, SamplePackStoresTheInspectionsAndAcronymsExpected) {
  const std::string dir = std::string(BOARDROOM_SHARED_DIR) + "/papers/";
  std::ifstream expected_in(dir + "EXPECTED.json");
  nlohmann::json expected = nlohmann::json::parse(expected_in, nullptr, false);
  ASSERT_FALSE(expected.is_discarded());
  const nlohmann::json& pack = expected["files"]["bcb-pack-2019-09-18.txt"];
  std::ifstream in(dir + "bcb-pack-2019-09-18.txt", std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string bytes = ss.str();
  Result<Document> doc = ReadDocumentBytes("bcb-pack-2019-09-18.txt", bytes);
  ASSERT_TRUE(doc.ok()) << doc.error().message;
  Result<ParsedFile> parsed = ParseDocument(*doc);
  ASSERT_TRUE(parsed.ok()) << parsed.error().message;
  ASSERT_TRUE(ImportParsedFile(*store_, *parsed, SourceOf(*doc, bytes), {}, clock_).ok());

  auto tx = Read();
  auto inspections = tx->inspections().ListInspections({}, Viewer::Public(), {}).value();
  ASSERT_EQ(inspections.size(), pack["inspections"].size());
  for (const nlohmann::json& want : pack["inspections"]) {
    const std::string title = want["title_contains"];
    SCOPED_TRACE(title);
    const store::Inspection* got = nullptr;
    for (const store::Inspection& n : inspections) {
      if (n.title.find(title) != std::string::npos) got = &n;
    }
    ASSERT_NE(got, nullptr);
    EXPECT_EQ(got->inspectorate, "HMICFRS");
    EXPECT_EQ(got->published->ToIso(), want["published"]);
    EXPECT_EQ(got->response_due->ToIso(), want["response_due"]);
    auto items = tx->inspections().ListInspectionItems(got->id, Viewer::Public()).value();
    int recommendations = 0, areas = 0, cc_recommendations = 0, cc_areas = 0;
    for (const store::InspectionItem& i : items) {
      const bool rec = i.kind == store::InspectionItemKind::kRecommendation;
      (rec ? recommendations : areas)++;
      if (i.addressee == "chief constables") (rec ? cc_recommendations : cc_areas)++;
    }
    if (want.contains("recommendations")) {
      EXPECT_EQ(recommendations, want["recommendations"]);
      EXPECT_EQ(areas, want["areas_for_improvement"]);
      EXPECT_EQ(cc_recommendations, want["addressed_to_chief_constables"]["recommendations"]);
      EXPECT_EQ(cc_areas, want["addressed_to_chief_constables"]["areas_for_improvement"]);
      bool urgent = false;
      for (const store::InspectionItem& i : items) urgent = urgent || (i.urgent && !i.due);
      EXPECT_TRUE(urgent);
    }
    if (want.contains("recommendations_with_dates")) {
      for (const nlohmann::json& dated : want["recommendations_with_dates"]) {
        const std::string starts = dated["text_starts"];
        bool seen = false;
        for (const store::InspectionItem& i : items) {
          if (i.text.rfind(starts, 0) == 0) {
            seen = true;
            ASSERT_TRUE(i.due.has_value());
            EXPECT_EQ(i.due->ToIso(), dated["due"]);
          }
        }
        EXPECT_TRUE(seen) << starts;
      }
    }
  }
  auto acronyms = tx->inspections().ListAcronyms({}, Viewer::Public(), {}).value();
  for (const nlohmann::json& want : pack["acronyms"]) {
    bool seen = false;
    for (const store::Acronym& a : acronyms)
      seen = seen || (a.short_form == want["short"] && a.long_form == want["long"]);
    EXPECT_TRUE(seen) << want["short"];
  }
  // The glossary explains a search for the short form, and for the long form.
  auto opcc = tx->inspections().ListAcronyms({.for_query = "opcc budget"}, Viewer::Public(), {}).value();
  ASSERT_FALSE(opcc.empty());
  bool explained = false;
  for (const store::Acronym& a : opcc) {
    EXPECT_EQ(a.short_form, "OPCC");
    explained = explained || a.long_form == "Office of the Police and Crime Commissioner";
  }
  EXPECT_TRUE(explained);
  auto longer = tx->inspections()
                    .ListAcronyms({.for_query = "Multi Agency Safeguarding Hub"}, Viewer::Public(), {})
                    .value();
  ASSERT_FALSE(longer.empty());
  EXPECT_EQ(longer[0].short_form, "MASH");
}

}  // namespace
}  // namespace boardroom::papers
