// The store contract: what every backend of store::Store must do, written once against the interface and run
// for each backend in kBackends.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "backend.h"
#include "store/store.h"

namespace boardroom::store::testing {
namespace {

// The value of `result`, or a test failure (thrown, so helpers can return values).
template <typename T>
T Must(Result<T> result, const char* what = "call") {
  if (!result.ok()) throw std::runtime_error(std::string(what) + " failed: " + result.error().message);
  return std::move(result).value();
}

void MustOk(const Status& status, const char* what = "call") {
  if (!status.ok()) throw std::runtime_error(std::string(what) + " failed: " + status.error().message);
}

// "ok" or the error's code name, so a failed expectation shows what came back.
template <typename R>
std::string CodeOf(const R& result) {
  return result.ok() ? "ok" : std::string(ErrorCodeName(result.error().code));
}

Date D(int year, int month, int day) {
  return Date::FromYmd(year, month, day).value();
}

class StoreContractTest : public ::testing::TestWithParam<BackendFactory> {
 protected:
  void SetUp() override {
    backend_ = GetParam().make();
    store_ = Must(backend_->Open(), "open");
  }

  std::unique_ptr<Transaction> Write() { return Must(store_->Begin(Access::kReadWrite), "begin"); }
  std::unique_ptr<Transaction> Read() { return Must(store_->Begin(Access::kReadOnly), "begin read"); }

  Organisation MakeOrganisation(Transaction& tx, std::string name) {
    Organisation o;
    o.name = std::move(name);
    o.short_name = "OPCC";
    o.kind = "opcc";
    return Must(tx.organisations().CreateOrganisation(o), "create organisation");
  }

  Body MakeBody(Transaction& tx, std::string name) {
    Body b;
    b.name = std::move(name);
    b.short_name = "BCB";
    b.kind = "board";
    return Must(tx.bodies().CreateBody(b), "create body");
  }

  Meeting MakeMeeting(Transaction& tx, BodyId body, Date date) {
    Meeting m;
    m.body_id = body;
    m.date = date;
    m.time = "14:00";
    m.venue = "County Hall";
    return Must(tx.meetings().CreateMeeting(m), "create meeting");
  }

  Paper MakePaper(Transaction& tx, BodyId body, std::string title, bool published, bool exempt,
                  Classification classification) {
    Paper p;
    p.body_id = body;
    p.title = std::move(title);
    p.published = published;
    p.exempt = exempt;
    p.classification = classification;
    p.date = D(2019, 9, 18);
    return Must(tx.papers().CreatePaper(p), "create paper");
  }

  Document MakeDocument(Transaction& tx, char fill) {
    Document d;
    d.sha256 = std::string(64, fill);
    d.file_name = "pack.pdf";
    d.kind = "pdf";
    d.size = 1234;
    d.extracted_text = "Agenda";
    d.imported_at = 1568800000;
    return Must(tx.documents().CreateDocument(d), "create document");
  }

  std::unique_ptr<StoreBackend> backend_;
  std::unique_ptr<Store> store_;
};

// --- Migrations
// --------------------------------------------------------------------------------------------------

TEST_P(StoreContractTest, MigratesAFreshDatabaseFromZero) {
  auto fresh = GetParam().make();
  Result<int> applied = fresh->Migrate();
  ASSERT_EQ(CodeOf(applied), "ok");
  EXPECT_EQ(*applied, fresh->MigrationCount());
  EXPECT_GE(*applied, 1);
  auto store = Must(fresh->Open());
  auto tx = Must(store->Begin());
  EXPECT_EQ(CodeOf(tx->organisations().CreateOrganisation({.name = "Council"})), "ok");
}

TEST_P(StoreContractTest, ReopeningAppliesNothing) {
  store_.reset();
  EXPECT_EQ(Must(backend_->Migrate()), 0);
  auto again = backend_->Open();
  EXPECT_EQ(CodeOf(again), "ok");
}

TEST_P(StoreContractTest, RefusesADatabaseWhoseAppliedMigrationChanged) {
  store_.reset();
  MustOk(backend_->TamperWithAppliedMigration());
  auto opened = backend_->Open();
  EXPECT_EQ(CodeOf(opened), "failed_precondition");
  EXPECT_EQ(CodeOf(backend_->Migrate()), "failed_precondition");
}

TEST_P(StoreContractTest, PreparesEveryNamedStatement) {
  EXPECT_EQ(CodeOf(backend_->PrepareEveryStatement()), "ok");
}

// --- Organisations and people
// ------------------------------------------------------------------------------------

TEST_P(StoreContractTest, OrganisationsAndPeople) {
  auto tx = Write();
  Organisation opcc = MakeOrganisation(*tx, "Office of the Police and Crime Commissioner");
  EXPECT_TRUE(opcc.id.valid());
  EXPECT_EQ(opcc.version, 1);
  EXPECT_EQ(opcc.short_name, "OPCC");
  Organisation council = MakeOrganisation(*tx, "Anytown Council");

  Person chief = Must(tx->organisations().CreatePerson(
      {.name = "A. Smith", .post = "Chief Constable", .organisation_id = opcc.id}));
  Must(
      tx->organisations().CreatePerson({.name = "B. Jones", .post = "Clerk", .organisation_id = council.id}));
  Must(tx->organisations().CreatePerson({.name = "C. Brown"}));
  EXPECT_EQ(Must(tx->organisations().GetPerson(chief.id)).post, "Chief Constable");

  chief.post = "Deputy Chief Constable";
  Person updated = Must(tx->organisations().UpdatePerson(chief));
  EXPECT_EQ(updated.version, 2);
  EXPECT_EQ(Must(tx->organisations().GetPerson(chief.id)).post, "Deputy Chief Constable");

  opcc.kind = "police_and_crime_commissioner";
  EXPECT_EQ(Must(tx->organisations().UpdateOrganisation(opcc)).version, 2);

  auto orgs = Must(tx->organisations().ListOrganisations({}));
  ASSERT_EQ(orgs.size(), 2u);
  EXPECT_EQ(orgs[0].name, "Anytown Council");  // by name
  EXPECT_EQ(orgs[1].kind, "police_and_crime_commissioner");

  EXPECT_EQ(Must(tx->organisations().ListPeople(std::nullopt, {})).size(), 3u);
  auto of_opcc = Must(tx->organisations().ListPeople(opcc.id, {}));
  ASSERT_EQ(of_opcc.size(), 1u);
  EXPECT_EQ(of_opcc[0].name, "A. Smith");
  EXPECT_EQ(Must(tx->organisations().ListPeople(std::nullopt, {.limit = 2, .offset = 2})).size(), 1u);
  MustOk(tx->Commit());
}

TEST_P(StoreContractTest, DuplicateOrganisationNameIsAlreadyExists) {
  auto tx = Write();
  MakeOrganisation(*tx, "Anytown Council");
  EXPECT_EQ(CodeOf(tx->organisations().CreateOrganisation({.name = "Anytown Council"})), "already_exists");
}

TEST_P(StoreContractTest, BadPagesAreInvalidArgument) {
  auto tx = Write();
  EXPECT_EQ(CodeOf(tx->organisations().ListOrganisations({.limit = 0})), "invalid_argument");
  EXPECT_EQ(CodeOf(tx->organisations().ListOrganisations({.limit = Page::kMaxLimit + 1})),
            "invalid_argument");
  EXPECT_EQ(CodeOf(tx->organisations().ListOrganisations({.limit = 10, .offset = -1})), "invalid_argument");
  EXPECT_EQ(CodeOf(tx->actions().ListActions({.page = {.limit = -5}})), "invalid_argument");
}

// --- Bodies and memberships
// --------------------------------------------------------------------------------------

// ListBodies reads each listed body's required clearances (in their order), page by page.
TEST_P(StoreContractTest, ListedBodiesCarryTheirRequiredClearances) {
  auto tx = Write();
  Must(tx->bodies().CreateBody(
      {.name = "Alpha Board", .kind = "board", .required_clearances = {"legal", "finance"}}));
  Must(tx->bodies().CreateBody({.name = "Beta Panel", .kind = "panel"}));
  Must(tx->bodies().CreateBody({.name = "Gamma Committee",
                                .kind = "committee",
                                .required_clearances = {"risk", "equality", "finance"}}));
  const std::vector<Body> all = Must(tx->bodies().ListBodies({}));
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].name, "Alpha Board");
  EXPECT_EQ(all[0].required_clearances, (std::vector<std::string>{"legal", "finance"}));
  EXPECT_TRUE(all[1].required_clearances.empty());
  EXPECT_EQ(all[2].required_clearances, (std::vector<std::string>{"risk", "equality", "finance"}));
  const std::vector<Body> second = Must(tx->bodies().ListBodies({.limit = 1, .offset = 2}));
  ASSERT_EQ(second.size(), 1u);
  EXPECT_EQ(second[0].name, "Gamma Committee");
  EXPECT_EQ(second[0].required_clearances, (std::vector<std::string>{"risk", "equality", "finance"}));
  const std::vector<Body> first = Must(tx->bodies().ListBodies({.limit = 1, .offset = 0}));
  ASSERT_EQ(first.size(), 1u);
  EXPECT_EQ(first[0].required_clearances, (std::vector<std::string>{"legal", "finance"}));
}

TEST_P(StoreContractTest, BodiesWithParentsClearancesAndMemberships) {
  auto tx = Write();
  Body board = MakeBody(*tx, "Countywide Board");
  Body group = Must(tx->bodies().CreateBody({.name = "Victims Delivery Group",
                                             .kind = "delivery_group",
                                             .parent_body_id = board.id,
                                             .terms_of_reference = "To deliver.",
                                             .active_from = D(2018, 4, 1),
                                             .required_clearances = {"finance", "legal"}}));
  Body read = Must(tx->bodies().GetBody(group.id));
  EXPECT_EQ(read.parent_body_id, board.id);
  EXPECT_EQ(read.active_from, D(2018, 4, 1));
  EXPECT_FALSE(read.active_until.has_value());
  EXPECT_EQ(read.required_clearances, (std::vector<std::string>{"finance", "legal"}));

  read.required_clearances = {"equality"};
  read.active_until = D(2021, 3, 31);
  Body updated = Must(tx->bodies().UpdateBody(read));
  EXPECT_EQ(updated.version, 2);
  EXPECT_EQ(updated.required_clearances, (std::vector<std::string>{"equality"}));
  EXPECT_EQ(Must(tx->bodies().GetBody(group.id)).active_until, D(2021, 3, 31));
  EXPECT_EQ(Must(tx->bodies().ListBodies({})).size(), 2u);

  Person member = Must(tx->organisations().CreatePerson({.name = "D. Green"}));
  Membership observer = Must(tx->bodies().CreateMembership({.person_id = member.id,
                                                            .body_id = board.id,
                                                            .role = MembershipRole::kObserver,
                                                            .voting = false,
                                                            .speaking = true,
                                                            .from = D(2019, 1, 1)}));
  Membership got = Must(tx->bodies().GetMembership(observer.id));
  EXPECT_EQ(got.role, MembershipRole::kObserver);
  EXPECT_FALSE(got.voting);
  EXPECT_TRUE(got.speaking);
  EXPECT_EQ(got.from, D(2019, 1, 1));
  got.role = MembershipRole::kCoOpted;
  got.until = D(2020, 1, 1);
  EXPECT_EQ(Must(tx->bodies().UpdateMembership(got)).version, 2);
  auto members = Must(tx->bodies().ListMemberships(board.id));
  ASSERT_EQ(members.size(), 1u);
  EXPECT_EQ(members[0].role, MembershipRole::kCoOpted);
  EXPECT_TRUE(Must(tx->bodies().ListMemberships(group.id)).empty());
}

// --- Meetings and agenda items
// -----------------------------------------------------------------------------------

TEST_P(StoreContractTest, MeetingsListedByBodyAndDateRange) {
  auto tx = Write();
  Body a = MakeBody(*tx, "Board A");
  Body b = MakeBody(*tx, "Board B");
  Meeting july = MakeMeeting(*tx, a.id, D(2019, 7, 10));
  MakeMeeting(*tx, a.id, D(2019, 9, 18));
  MakeMeeting(*tx, b.id, D(2019, 9, 20));
  MakeMeeting(*tx, a.id, D(2020, 1, 15));

  Meeting got = Must(tx->meetings().GetMeeting(july.id));
  EXPECT_EQ(got.date, D(2019, 7, 10));
  EXPECT_EQ(got.venue, "County Hall");
  EXPECT_EQ(got.status, MeetingStatus::kPlanned);
  got.status = MeetingStatus::kAgendaPublished;
  EXPECT_EQ(Must(tx->meetings().UpdateMeeting(got)).status, MeetingStatus::kAgendaPublished);

  EXPECT_EQ(Must(tx->meetings().ListMeetings({})).size(), 4u);
  auto of_a = Must(tx->meetings().ListMeetings({.body_id = a.id}));
  ASSERT_EQ(of_a.size(), 3u);
  EXPECT_EQ(of_a[0].date, D(2019, 7, 10));  // by date
  EXPECT_EQ(of_a[2].date, D(2020, 1, 15));
  auto in_2019 = Must(tx->meetings().ListMeetings({.from = D(2019, 9, 18), .until = D(2019, 12, 31)}));
  ASSERT_EQ(in_2019.size(), 2u);  // both ends inclusive
  EXPECT_EQ(in_2019[0].date, D(2019, 9, 18));
  EXPECT_EQ(in_2019[1].body_id, b.id);
  EXPECT_EQ(
      Must(tx->meetings().ListMeetings({.body_id = a.id, .from = D(2019, 8, 1), .until = D(2019, 12, 31)}))
          .size(),
      1u);
}

TEST_P(StoreContractTest, AgendaItemsOrderedNumberedAndDeleted) {
  auto tx = Write();
  Body body = MakeBody(*tx, "Board");
  Meeting meeting = MakeMeeting(*tx, body.id, D(2019, 9, 18));
  AgendaItem five = Must(tx->meetings().CreateAgendaItem(
      {.meeting_id = meeting.id, .number = "5", .position = 50, .title = "Performance"}));
  AgendaItem five_one = Must(tx->meetings().CreateAgendaItem({.meeting_id = meeting.id,
                                                              .number = "5.1",
                                                              .position = 51,
                                                              .parent_item_id = five.id,
                                                              .title = "Quarterly report",
                                                              .presenter = "Report from Chief Constable",
                                                              .kind = AgendaItemKind::kVerbal}));
  Must(tx->meetings().CreateAgendaItem(
      {.meeting_id = meeting.id, .number = "1", .position = 10, .title = "Welcome"}));

  auto items = Must(tx->meetings().ListAgendaItems(meeting.id, Viewer::Everything()));
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].number, "1");
  EXPECT_EQ(items[2].number, "5.1");
  EXPECT_EQ(items[2].parent_item_id, five.id);
  EXPECT_EQ(items[2].presenter, "Report from Chief Constable");
  EXPECT_EQ(items[2].kind, AgendaItemKind::kVerbal);

  EXPECT_EQ(
      CodeOf(tx->meetings().CreateAgendaItem({.meeting_id = meeting.id, .number = "5.1", .title = "Again"})),
      "already_exists");

  five_one.title = "Quarterly performance report";
  AgendaItem renamed = Must(tx->meetings().UpdateAgendaItem(five_one));
  EXPECT_EQ(renamed.version, 2);

  EXPECT_EQ(CodeOf(tx->meetings().DeleteAgendaItem(five.id, five.version)),
            "failed_precondition");  // has 5.1
  EXPECT_EQ(CodeOf(tx->meetings().DeleteAgendaItem(five_one.id, 1)), "conflict");
  EXPECT_EQ(CodeOf(tx->meetings().DeleteAgendaItem(five_one.id, renamed.version)), "ok");
  EXPECT_EQ(CodeOf(tx->meetings().GetAgendaItem(five_one.id, Viewer::Everything())), "not_found");
  EXPECT_EQ(CodeOf(tx->meetings().DeleteAgendaItem(five_one.id, renamed.version)), "not_found");
  EXPECT_EQ(CodeOf(tx->meetings().DeleteAgendaItem(five.id, five.version)), "ok");
  EXPECT_EQ(Must(tx->meetings().ListAgendaItems(meeting.id, Viewer::Everything())).size(), 1u);
}

// --- Papers
// ------------------------------------------------------------------------------------------------------

TEST_P(StoreContractTest, PaperWithSectionsParagraphsRecommendationsAndClearances) {
  auto tx = Write();
  Body body = MakeBody(*tx, "Board");
  Document document = MakeDocument(*tx, 'a');
  Paper paper = Must(tx->papers().CreatePaper({.body_id = body.id,
                                               .title = "Budget monitoring",
                                               .to = "Police and Crime Commissioner",
                                               .from = "Chief Finance Officer",
                                               .date = D(2019, 9, 10),
                                               .meeting_date = D(2019, 9, 18),
                                               .classification = Classification::kPublic,
                                               .published = true,
                                               .key_decision = true,
                                               .electoral_divisions = "All",
                                               .document_id = document.id}));
  Paper got = Must(tx->papers().GetPaper(paper.id, Viewer::Everything()));
  EXPECT_EQ(got.to, "Police and Crime Commissioner");
  EXPECT_EQ(got.from, "Chief Finance Officer");
  EXPECT_EQ(got.meeting_date, D(2019, 9, 18));
  EXPECT_TRUE(got.key_decision);
  EXPECT_EQ(got.version_number, 1);
  EXPECT_EQ(got.document_id, document.id);

  PaperSection s5 = Must(tx->papers().CreateSection(
      {.paper_id = paper.id, .number = "5", .heading = "Financial implications", .position = 5}));
  PaperSection s1 = Must(
      tx->papers().CreateSection({.paper_id = paper.id, .number = "1", .heading = "Purpose", .position = 1}));
  auto sections = Must(tx->papers().ListSections(paper.id, Viewer::Everything()));
  ASSERT_EQ(sections.size(), 2u);
  EXPECT_EQ(sections[0].id, s1.id);
  s5.heading = "Financial and resource implications";
  EXPECT_EQ(Must(tx->papers().UpdateSection(s5)).version, 2);

  Paragraph p522 = Must(tx->papers().CreateParagraph({.paper_id = paper.id,
                                                      .section_id = s5.id,
                                                      .number = "5.22",
                                                      .text = "The forecast outturn is £1.2m.",
                                                      .position = 522}));
  Must(tx->papers().CreateParagraph({.paper_id = paper.id,
                                     .section_id = s1.id,
                                     .number = "1.1",
                                     .text = "This paper reports.",
                                     .position = 11}));
  auto paragraphs = Must(tx->papers().ListParagraphs(paper.id, Viewer::Everything()));
  ASSERT_EQ(paragraphs.size(), 2u);
  EXPECT_EQ(paragraphs[0].number, "1.1");
  EXPECT_EQ(paragraphs[1].section_id, s5.id);
  p522.text = "The forecast outturn is £1.3m.";
  EXPECT_EQ(Must(tx->papers().UpdateParagraph(p522)).version, 2);
  EXPECT_EQ(Must(tx->papers().GetParagraph(p522.id, Viewer::Everything())).text,
            "The forecast outturn is £1.3m.");

  Recommendation rec = Must(
      tx->papers().CreateRecommendation({.paper_id = paper.id, .label = "a", .text = "Note the forecast."}));
  EXPECT_EQ(rec.outcome, RecommendationOutcome::kNone);
  rec.outcome = RecommendationOutcome::kAgreedWithAmendments;
  rec.outcome_note = "Subject to a report in January.";
  Must(tx->papers().UpdateRecommendation(rec));
  auto recs = Must(tx->papers().ListRecommendations(paper.id, Viewer::Everything()));
  ASSERT_EQ(recs.size(), 1u);
  EXPECT_EQ(recs[0].outcome, RecommendationOutcome::kAgreedWithAmendments);
  EXPECT_EQ(recs[0].outcome_note, "Subject to a report in January.");

  Clearance legal = Must(tx->papers().CreateClearance({.paper_id = paper.id, .area = "legal"}));
  Must(tx->papers().CreateClearance(
      {.paper_id = paper.id, .area = "finance", .cleared = true, .officer = "CFO"}));
  EXPECT_EQ(CodeOf(tx->papers().CreateClearance({.paper_id = paper.id, .area = "legal"})), "already_exists");
  legal.cleared = true;
  legal.officer = "Monitoring Officer";
  EXPECT_TRUE(Must(tx->papers().UpdateClearance(legal)).cleared);
  auto clearances = Must(tx->papers().ListClearances(paper.id, Viewer::Everything()));
  ASSERT_EQ(clearances.size(), 2u);
  EXPECT_EQ(clearances[0].area, "finance");  // by area
  EXPECT_EQ(clearances[1].officer, "Monitoring Officer");

  got.published = false;
  got.classification = Classification::kOfficial;
  Paper updated = Must(tx->papers().UpdatePaper(got));
  EXPECT_EQ(updated.version, 2);
  EXPECT_FALSE(updated.published);
  EXPECT_EQ(Must(tx->papers().ListPapers({.body_id = body.id}, Viewer::Everything())).size(), 1u);
}

// Creating a section, paragraph, recommendation or clearance returns the record as stored (the SQLite store
// builds it from what it bound instead of reading it back): every field equals what a read returns, and the
// version the read sees is the one an update must name.
TEST_P(StoreContractTest, CreatedPaperPartsEqualWhatIsReadBack) {
  auto tx = Write();
  Body body = MakeBody(*tx, "Board");
  Paper paper = MakePaper(*tx, body.id, "Estates strategy", true, false, Classification::kPublic);

  PaperSection section = Must(tx->papers().CreateSection({.paper_id = paper.id,
                                                          .number = "4",
                                                          .heading = "Financial \xE2\x80\x93 implications",
                                                          .position = 7}));
  const auto sections = Must(tx->papers().ListSections(paper.id, Viewer::Everything()));
  ASSERT_EQ(sections.size(), 1u);
  const PaperSection& section_read = sections[0];
  EXPECT_EQ(section.id, section_read.id);
  EXPECT_TRUE(section.id.valid());
  EXPECT_EQ(section.version, section_read.version);
  EXPECT_EQ(section.version, 1);
  EXPECT_EQ(section.paper_id, section_read.paper_id);
  EXPECT_EQ(section.number, section_read.number);
  EXPECT_EQ(section.heading, section_read.heading);
  EXPECT_EQ(section.position, section_read.position);

  for (const std::optional<PaperSectionId>& in_section :
       {std::optional<PaperSectionId>(section.id), std::optional<PaperSectionId>()}) {
    Paragraph paragraph = Must(tx->papers().CreateParagraph({.paper_id = paper.id,
                                                             .section_id = in_section,
                                                             .number = "4.2",
                                                             .heading = "Capital",
                                                             .text = "The forecast is \xC2\xA3"
                                                                     "1.2m.",
                                                             .position = 42}));
    Paragraph read = Must(tx->papers().GetParagraph(paragraph.id, Viewer::Everything()));
    EXPECT_TRUE(paragraph.id.valid());
    EXPECT_EQ(paragraph.version, read.version);
    EXPECT_EQ(paragraph.paper_id, read.paper_id);
    EXPECT_EQ(paragraph.section_id, read.section_id);
    EXPECT_EQ(paragraph.number, read.number);
    EXPECT_EQ(paragraph.heading, read.heading);
    EXPECT_EQ(paragraph.text, read.text);
    EXPECT_EQ(paragraph.position, read.position);
    paragraph.text =
        "The forecast is \xC2\xA3"
        "1.3m.";
    EXPECT_EQ(Must(tx->papers().UpdateParagraph(paragraph)).version, 2);
  }

  Recommendation rec = Must(tx->papers().CreateRecommendation(
      {.paper_id = paper.id, .label = "(ii)", .text = "Approve the strategy.", .outcome_note = "Pending."}));
  Recommendation rec_read = Must(tx->papers().GetRecommendation(rec.id, Viewer::Everything()));
  EXPECT_EQ(rec.version, rec_read.version);
  EXPECT_EQ(rec.paper_id, rec_read.paper_id);
  EXPECT_EQ(rec.label, rec_read.label);
  EXPECT_EQ(rec.text, rec_read.text);
  EXPECT_EQ(rec.outcome, rec_read.outcome);
  EXPECT_EQ(rec.outcome_note, rec_read.outcome_note);

  Clearance clearance =
      Must(tx->papers().CreateClearance({.paper_id = paper.id, .area = "legal", .officer = "Solicitor"}));
  const auto clearances = Must(tx->papers().ListClearances(paper.id, Viewer::Everything()));
  ASSERT_EQ(clearances.size(), 1u);
  const Clearance& clearance_read = clearances[0];
  EXPECT_EQ(clearance.id, clearance_read.id);
  EXPECT_EQ(clearance.version, clearance_read.version);
  EXPECT_EQ(clearance.paper_id, clearance_read.paper_id);
  EXPECT_EQ(clearance.area, clearance_read.area);
  EXPECT_EQ(clearance.cleared, clearance_read.cleared);
  EXPECT_EQ(clearance.officer, clearance_read.officer);

  // A paragraph of a paper that does not exist is refused, as before, and leaves nothing behind.
  EXPECT_FALSE(tx->papers().CreateParagraph({.paper_id = PaperId{paper.id.value + 1000}, .text = "x"}).ok());
  EXPECT_EQ(Must(tx->papers().ListParagraphs(paper.id, Viewer::Everything())).size(), 2u);
}

// CreateParagraphs stores many paragraphs at once, as CreateParagraph would one after the other: in order,
// with ascending ids, every byte of their text kept (quotes, backslashes, control characters, non-ASCII and
// even bytes that are not UTF-8), and findable by search.
TEST_P(StoreContractTest, CreateParagraphsStoresThemAllInOrder) {
  auto tx = Write();
  Body body = MakeBody(*tx, "Board");
  Paper paper = MakePaper(*tx, body.id, "Estates strategy", true, false, Classification::kPublic);
  PaperSection section = Must(
      tx->papers().CreateSection({.paper_id = paper.id, .number = "2", .heading = "Detail", .position = 2}));
  const Paragraph single = Must(
      tx->papers().CreateParagraph({.paper_id = paper.id, .number = "1.1", .text = "Alone.", .position = 1}));

  const std::vector<std::string> texts = {
      "Plain zebracrossing text.",
      "Quotes \" and \\ backslashes \\\" and a tab\tand a newline\nand a bell \x07 and \x1F.",
      "Curly \xE2\x80\x9Cquotes\xE2\x80\x9D, \xC2\xA3"
      "1.2m and caf\xC3\xA9.",
      std::string("Not UTF-8: \xFF\xFE and a lone \xC3 byte."),
      "[1, \"looks\", {\"like\": \"json\"}]",
      ""};
  std::vector<Paragraph> given;
  for (size_t i = 0; i < texts.size(); ++i) {
    given.push_back({.paper_id = paper.id,
                     .section_id = i % 2 == 0 ? std::optional<PaperSectionId>(section.id) : std::nullopt,
                     .number = "2." + std::to_string(i + 1),
                     .heading = i == 1 ? "A \"heading\"" : "",
                     .text = texts[i],
                     .position = static_cast<int64_t>(10 + i)});
  }
  const std::vector<Paragraph> stored = Must(tx->papers().CreateParagraphs(given));
  ASSERT_EQ(stored.size(), given.size());
  for (size_t i = 0; i < stored.size(); ++i) {
    EXPECT_EQ(stored[i].id.value, single.id.value + 1 + static_cast<int64_t>(i));
    EXPECT_EQ(stored[i].version, 1);
    const Paragraph read = Must(tx->papers().GetParagraph(stored[i].id, Viewer::Everything()));
    EXPECT_EQ(read.text, texts[i]) << i;
    EXPECT_EQ(read.text, stored[i].text);
    EXPECT_EQ(read.number, given[i].number);
    EXPECT_EQ(read.heading, given[i].heading);
    EXPECT_EQ(read.section_id, given[i].section_id);
    EXPECT_EQ(read.position, given[i].position);
    EXPECT_EQ(read.paper_id, paper.id);
  }
  EXPECT_EQ(Must(tx->papers().ListParagraphs(paper.id, Viewer::Everything())).size(), texts.size() + 1);
  // The next single paragraph follows them.
  const Paragraph after =
      Must(tx->papers().CreateParagraph({.paper_id = paper.id, .text = "After.", .position = 99}));
  EXPECT_EQ(after.id.value, stored.back().id.value + 1);
  // Nothing to store is not an error.
  EXPECT_TRUE(Must(tx->papers().CreateParagraphs({})).empty());
  // A NUL byte, which JSON cannot carry to SQLite, is kept too.
  const std::string with_nul("before\0after", 12);
  const std::vector<Paragraph> nul =
      Must(tx->papers().CreateParagraphs({{.paper_id = paper.id, .text = "first", .position = 100},
                                          {.paper_id = paper.id, .text = with_nul, .position = 101}}));
  ASSERT_EQ(nul.size(), 2u);
  EXPECT_EQ(nul[1].id.value, nul[0].id.value + 1);
  EXPECT_EQ(Must(tx->papers().GetParagraph(nul[1].id, Viewer::Everything())).text, with_nul);
  MustOk(tx->Commit(), "commit");

  // Found by search like any paragraph (the index is kept by the store's own means).
  auto read = Read();
  SearchQuery query;
  query.all_of = {{SearchTerm{.text = "zebracrossing"}}};
  const SearchResults found = Must(read->search().Search(query, Viewer::Everything()));
  ASSERT_EQ(found.hits.size(), 1u);
  EXPECT_EQ(found.hits[0].kind, SearchKind::kParagraph);
  EXPECT_EQ(found.hits[0].id, stored[0].id.value);
}

// A batch with one bad paragraph (its paper does not exist) stores none of them.
TEST_P(StoreContractTest, CreateParagraphsStoresAllOrNone) {
  auto tx = Write();
  Body body = MakeBody(*tx, "Board");
  Paper paper = MakePaper(*tx, body.id, "Estates strategy", true, false, Classification::kPublic);
  Result<std::vector<Paragraph>> bad = tx->papers().CreateParagraphs(
      {{.paper_id = paper.id, .text = "Good.", .position = 1},
       {.paper_id = PaperId{paper.id.value + 1000}, .text = "No such paper.", .position = 2}});
  EXPECT_FALSE(bad.ok());
  EXPECT_TRUE(Must(tx->papers().ListParagraphs(paper.id, Viewer::Everything())).empty());
  Result<std::vector<Recommendation>> bad_recs =
      tx->papers().CreateRecommendations({{.paper_id = paper.id, .text = "Good."},
                                          {.paper_id = PaperId{paper.id.value + 1000}, .text = "Bad."}});
  EXPECT_FALSE(bad_recs.ok());
  EXPECT_TRUE(Must(tx->papers().ListRecommendations(paper.id, Viewer::Everything())).empty());
}

// CreateRecommendations: in order, ids ascending, every field as given.
TEST_P(StoreContractTest, CreateRecommendationsStoresThemAllInOrder) {
  auto tx = Write();
  Body body = MakeBody(*tx, "Board");
  Paper paper = MakePaper(*tx, body.id, "Estates strategy", true, false, Classification::kPublic);
  const std::vector<Recommendation> given = {
      {.paper_id = paper.id, .label = "a)", .text = "Note the \"forecast\" \\ outturn."},
      {.paper_id = paper.id,
       .label = "(ii)",
       .text = "Approve \xC2\xA3"
               "2m.\nThen report.",
       .outcome = RecommendationOutcome::kAgreedWithAmendments,
       .outcome_note = "Subject to a report in January."},
      {.paper_id = paper.id, .text = "Unlabelled."}};
  const std::vector<Recommendation> stored = Must(tx->papers().CreateRecommendations(given));
  ASSERT_EQ(stored.size(), given.size());
  const auto read = Must(tx->papers().ListRecommendations(paper.id, Viewer::Everything()));
  ASSERT_EQ(read.size(), given.size());
  for (size_t i = 0; i < given.size(); ++i) {
    EXPECT_EQ(read[i].id, stored[i].id);
    if (i > 0) {
      EXPECT_EQ(stored[i].id.value, stored[i - 1].id.value + 1);
    }
    EXPECT_EQ(read[i].version, stored[i].version);
    EXPECT_EQ(read[i].label, given[i].label);
    EXPECT_EQ(read[i].text, given[i].text);
    EXPECT_EQ(read[i].outcome, given[i].outcome);
    EXPECT_EQ(read[i].outcome_note, given[i].outcome_note);
  }
  EXPECT_TRUE(Must(tx->papers().CreateRecommendations({})).empty());
}

TEST_P(StoreContractTest, PaperVersionsAreLinkedNotDuplicated) {
  auto tx = Write();
  Body body = MakeBody(*tx, "Board");
  Paper first = MakePaper(*tx, body.id, "Estates strategy", true, false, Classification::kPublic);
  Paper second = Must(tx->papers().CreatePaper({.body_id = body.id,
                                                .title = "Estates strategy (revised)",
                                                .version_number = 2,
                                                .version_of = first.id}));
  EXPECT_EQ(
      CodeOf(tx->papers().CreatePaper(
          {.body_id = body.id, .title = "Another revision", .version_number = 2, .version_of = first.id})),
      "already_exists");
  EXPECT_EQ(CodeOf(tx->papers().CreatePaper({.body_id = body.id, .title = "Bad", .version_number = 0})),
            "invalid_argument");
  auto versions = Must(tx->papers().ListPaperVersions(second.id, Viewer::Everything()));
  ASSERT_EQ(versions.size(), 2u);
  EXPECT_EQ(versions[0].id, first.id);
  EXPECT_EQ(versions[1].id, second.id);
  // The unpublished re-issue is not among the versions the public sees.
  auto public_versions = Must(tx->papers().ListPaperVersions(first.id, Viewer::Public()));
  ASSERT_EQ(public_versions.size(), 1u);
  EXPECT_EQ(public_versions[0].id, first.id);
}

// --- Actions
// -----------------------------------------------------------------------------------------------------

TEST_P(StoreContractTest, ActionsFilteredByBodyStatusOwnerAndOverdue) {
  auto tx = Write();
  Body a = MakeBody(*tx, "Board A");
  Body b = MakeBody(*tx, "Board B");
  Meeting raised = MakeMeeting(*tx, a.id, D(2019, 5, 1));
  Meeting report_back = MakeMeeting(*tx, a.id, D(2019, 7, 10));
  Action late = Must(tx->actions().CreateAction({.body_id = a.id,
                                                 .number = "1",
                                                 .meeting_raised_id = raised.id,
                                                 .agenda_item_number = "5.1",
                                                 .text = "Report on response times.",
                                                 .owner = "Chief Constable",
                                                 .target_date = D(2019, 6, 30),
                                                 .report_back_meeting_id = report_back.id}));
  Must(tx->actions().CreateAction({.body_id = a.id,
                                   .number = "2",
                                   .text = "Done already.",
                                   .owner = "Chief Constable",
                                   .target_date = D(2019, 6, 1),
                                   .status = ActionStatus::kComplete}));
  Must(tx->actions().CreateAction({.body_id = a.id,
                                   .number = "3",
                                   .text = "Not due yet.",
                                   .owner = "Treasurer",
                                   .target_date = D(2019, 12, 1),
                                   .status = ActionStatus::kOngoing}));
  Must(tx->actions().CreateAction({.body_id = b.id, .number = "1", .text = "Same number, other body."}));
  EXPECT_EQ(CodeOf(tx->actions().CreateAction({.body_id = a.id, .number = "1", .text = "Duplicate"})),
            "already_exists");

  Action got = Must(tx->actions().GetAction(late.id));
  EXPECT_EQ(got.report_back_meeting_id, report_back.id);
  EXPECT_EQ(got.meeting_raised_id, raised.id);
  EXPECT_EQ(got.agenda_item_number, "5.1");
  EXPECT_EQ(got.status, ActionStatus::kOpen);

  EXPECT_EQ(Must(tx->actions().ListActions({})).size(), 4u);
  EXPECT_EQ(Must(tx->actions().ListActions({.body_id = a.id})).size(), 3u);
  EXPECT_EQ(Must(tx->actions().ListActions({.status = ActionStatus::kComplete})).size(), 1u);
  EXPECT_EQ(Must(tx->actions().ListActions({.owner = std::string("Chief Constable")})).size(), 2u);
  auto overdue = Must(tx->actions().ListActions({.overdue_as_of = D(2019, 9, 18)}));
  ASSERT_EQ(overdue.size(), 1u);
  EXPECT_EQ(overdue[0].id, late.id);
  EXPECT_EQ(Must(tx->actions().ListActions({.overdue_as_of = D(2019, 12, 2)})).size(), 2u);
  EXPECT_TRUE(Must(tx->actions().ListActions({.overdue_as_of = D(2019, 6, 30)})).empty());  // due that day

  got.status = ActionStatus::kClosed;
  EXPECT_EQ(Must(tx->actions().UpdateAction(got)).version, 2);
  EXPECT_TRUE(Must(tx->actions().ListActions({.overdue_as_of = D(2019, 9, 18)})).empty());

  Must(tx->actions().AppendActionUpdate(
      {.action_id = late.id, .date = D(2019, 8, 1), .text = "Closed at July board.", .author = "Clerk"}));
  ActionUpdate first = Must(tx->actions().AppendActionUpdate(
      {.action_id = late.id, .date = D(2019, 7, 1), .text = "Draft circulated.", .author = "Clerk"}));
  EXPECT_TRUE(first.id.valid());
  auto updates = Must(tx->actions().ListActionUpdates(late.id));
  ASSERT_EQ(updates.size(), 2u);
  EXPECT_EQ(updates[0].text, "Draft circulated.");  // by date
  EXPECT_EQ(updates[1].date, D(2019, 8, 1));
  EXPECT_EQ(CodeOf(tx->actions().AppendActionUpdate(
                {.action_id = ActionId{999999}, .date = D(2019, 8, 1), .text = "x"})),
            "invalid_argument");
}

// --- Documents and audit
// -----------------------------------------------------------------------------------------

TEST_P(StoreContractTest, DocumentsAreStoredOncePerSha256) {
  auto tx = Write();
  Document doc = MakeDocument(*tx, 'b');
  EXPECT_TRUE(doc.id.valid());
  EXPECT_EQ(Must(tx->documents().GetDocument(doc.id)).extracted_text, "Agenda");
  EXPECT_EQ(Must(tx->documents().FindDocumentBySha256(std::string(64, 'b'))).id, doc.id);
  EXPECT_EQ(CodeOf(tx->documents().FindDocumentBySha256(std::string(64, 'c'))), "not_found");

  Result<Document> again = tx->documents().CreateDocument(doc);
  EXPECT_EQ(CodeOf(again), "already_exists");
  EXPECT_EQ(again.error().field, "sha256");

  Document bad = doc;
  bad.sha256 = "ABC";
  EXPECT_EQ(CodeOf(tx->documents().CreateDocument(bad)), "invalid_argument");
  bad.sha256 = std::string(64, 'B');  // upper case is not the canonical form
  EXPECT_EQ(CodeOf(tx->documents().CreateDocument(bad)), "invalid_argument");

  MakeDocument(*tx, 'c');
  auto listed = Must(tx->documents().ListDocuments({}));
  ASSERT_EQ(listed.size(), 2u);
  EXPECT_TRUE(listed[0].extracted_text.empty());
  EXPECT_EQ(listed[0].size, 1234);
}

TEST_P(StoreContractTest, AuditEventsAppendAndList) {
  auto tx = Write();
  EXPECT_FALSE(Must(tx->audit().LatestAuditEvent()).has_value());
  AuditEvent e1 = Must(tx->audit().AppendAuditEvent({.at = 100,
                                                     .actor = "clerk",
                                                     .action = "create",
                                                     .record_kind = "paper",
                                                     .record_id = 7,
                                                     .after_json = "{\"title\":\"x\"}",
                                                     .address = "127.0.0.1",
                                                     .hash = "h1"}));
  Must(tx->audit().AppendAuditEvent({.at = 101,
                                     .actor = "clerk",
                                     .action = "create",
                                     .record_kind = "action",
                                     .record_id = 7,
                                     .previous_hash = "h1",
                                     .hash = "h2"}));
  Must(tx->audit().AppendAuditEvent({.at = 102,
                                     .actor = "clerk",
                                     .action = "update",
                                     .record_kind = "paper",
                                     .record_id = 7,
                                     .before_json = "{}",
                                     .previous_hash = "h2",
                                     .hash = "h3"}));
  auto latest = Must(tx->audit().LatestAuditEvent());
  ASSERT_TRUE(latest.has_value());
  EXPECT_EQ(latest->hash, "h3");
  EXPECT_EQ(latest->previous_hash, "h2");
  auto of_paper = Must(tx->audit().ListAuditEvents("paper", 7, {}));
  ASSERT_EQ(of_paper.size(), 2u);
  EXPECT_EQ(of_paper[0].id, e1.id);
  EXPECT_EQ(of_paper[0].after_json, "{\"title\":\"x\"}");
  EXPECT_EQ(of_paper[0].address, "127.0.0.1");
  EXPECT_EQ(of_paper[1].action, "update");
}

// --- Errors
// ------------------------------------------------------------------------------------------------------

TEST_P(StoreContractTest, MissingRecordsAreNotFound) {
  auto tx = Write();
  EXPECT_EQ(CodeOf(tx->organisations().GetOrganisation(OrganisationId{424242})), "not_found");
  EXPECT_EQ(CodeOf(tx->organisations().GetPerson(PersonId{424242})), "not_found");
  EXPECT_EQ(CodeOf(tx->bodies().GetBody(BodyId{424242})), "not_found");
  EXPECT_EQ(CodeOf(tx->bodies().GetMembership(MembershipId{424242})), "not_found");
  EXPECT_EQ(CodeOf(tx->meetings().GetMeeting(MeetingId{424242})), "not_found");
  EXPECT_EQ(CodeOf(tx->meetings().GetAgendaItem(AgendaItemId{424242}, Viewer::Everything())), "not_found");
  EXPECT_EQ(CodeOf(tx->papers().GetPaper(PaperId{424242}, Viewer::Everything())), "not_found");
  EXPECT_EQ(CodeOf(tx->papers().GetParagraph(ParagraphId{424242}, Viewer::Everything())), "not_found");
  EXPECT_EQ(CodeOf(tx->papers().GetRecommendation(RecommendationId{424242}, Viewer::Everything())),
            "not_found");
  EXPECT_EQ(CodeOf(tx->papers().ListPaperVersions(PaperId{424242}, Viewer::Everything())), "not_found");
  EXPECT_EQ(CodeOf(tx->actions().GetAction(ActionId{424242})), "not_found");
  EXPECT_EQ(CodeOf(tx->documents().GetDocument(DocumentId{424242})), "not_found");
  Organisation ghost;
  ghost.id = OrganisationId{424242};
  ghost.version = 1;
  ghost.name = "Ghost";
  EXPECT_EQ(CodeOf(tx->organisations().UpdateOrganisation(ghost)), "not_found");
}

TEST_P(StoreContractTest, ReferencesToMissingRowsAreRejected) {
  auto tx = Write();
  EXPECT_EQ(CodeOf(tx->organisations().CreatePerson({.name = "X", .organisation_id = OrganisationId{999}})),
            "invalid_argument");
  EXPECT_EQ(CodeOf(tx->meetings().CreateMeeting({.body_id = BodyId{999}, .date = D(2019, 1, 1)})),
            "invalid_argument");
  EXPECT_EQ(CodeOf(tx->papers().CreatePaper({.body_id = BodyId{999}, .title = "Orphan"})),
            "invalid_argument");
  Body body = MakeBody(*tx, "Board");
  EXPECT_EQ(CodeOf(tx->bodies().CreateBody({.name = "Child", .parent_body_id = BodyId{999}})),
            "invalid_argument");
  body.parent_body_id = BodyId{999};
  EXPECT_EQ(CodeOf(tx->bodies().UpdateBody(body)), "invalid_argument");
  // The failed update changed nothing.
  EXPECT_FALSE(Must(tx->bodies().GetBody(body.id)).parent_body_id.has_value());
  EXPECT_EQ(Must(tx->bodies().GetBody(body.id)).version, 1);
}

TEST_P(StoreContractTest, StaleVersionIsAConflictAndWritesNothing) {
  {
    auto tx = Write();
    MakeOrganisation(*tx, "Anytown Council");
    MustOk(tx->Commit());
  }
  Organisation first_read;
  Organisation second_read;
  {
    auto tx = Read();
    first_read = Must(tx->organisations().ListOrganisations({}))[0];
    second_read = first_read;
  }
  {
    auto tx = Write();
    first_read.short_name = "ATC";
    EXPECT_EQ(Must(tx->organisations().UpdateOrganisation(first_read)).version, 2);
    MustOk(tx->Commit());
  }
  auto tx = Write();
  second_read.short_name = "Anytown";
  Result<Organisation> lost = tx->organisations().UpdateOrganisation(second_read);
  EXPECT_EQ(CodeOf(lost), "conflict");
  Organisation now = Must(tx->organisations().GetOrganisation(first_read.id));
  EXPECT_EQ(now.short_name, "ATC");
  EXPECT_EQ(now.version, 2);

  // Every editable aggregate checks the version.
  Body body = MakeBody(*tx, "Board");
  Meeting meeting = MakeMeeting(*tx, body.id, D(2019, 1, 1));
  Paper paper = MakePaper(*tx, body.id, "P", true, false, Classification::kPublic);
  Action action = Must(tx->actions().CreateAction({.body_id = body.id, .number = "1", .text = "t"}));
  body.version = 7;
  meeting.version = 7;
  paper.version = 7;
  action.version = 7;
  EXPECT_EQ(CodeOf(tx->bodies().UpdateBody(body)), "conflict");
  EXPECT_EQ(CodeOf(tx->meetings().UpdateMeeting(meeting)), "conflict");
  EXPECT_EQ(CodeOf(tx->papers().UpdatePaper(paper)), "conflict");
  EXPECT_EQ(CodeOf(tx->actions().UpdateAction(action)), "conflict");
}

// --- Transactions
// ------------------------------------------------------------------------------------------------

TEST_P(StoreContractTest, DroppedTransactionLeavesNothing) {
  {
    auto tx = Write();
    Body body = MakeBody(*tx, "Board");
    MakeMeeting(*tx, body.id, D(2019, 9, 18));
    MakeDocument(*tx, 'd');
    // No Commit: dropped, as an import that failed half way is.
  }
  auto tx = Read();
  EXPECT_TRUE(Must(tx->bodies().ListBodies({})).empty());
  EXPECT_TRUE(Must(tx->meetings().ListMeetings({})).empty());
  EXPECT_TRUE(Must(tx->documents().ListDocuments({})).empty());
}

TEST_P(StoreContractTest, CommitCountGrowsOnlyWithCommittedWrites) {
  const uint64_t start = store_->CommitCount();
  {
    auto tx = Write();
    MakeOrganisation(*tx, "Dropped");
  }
  EXPECT_EQ(store_->CommitCount(), start) << "a rolled-back transaction is not a commit";
  {
    auto tx = Read();
    MustOk(tx->Commit());
  }
  EXPECT_EQ(store_->CommitCount(), start) << "a read-only transaction changes nothing";
  {
    auto tx = Write();
    MakeOrganisation(*tx, "Kept");
    MustOk(tx->Commit());
  }
  EXPECT_EQ(store_->CommitCount(), start + 1);
}

TEST_P(StoreContractTest, AFailedCallUndoesOnlyItselfAndTheTransactionGoesOn) {
  {
    auto tx = Write();
    MakeOrganisation(*tx, "Kept");
    MakeDocument(*tx, 'e');
    EXPECT_EQ(CodeOf(tx->documents().CreateDocument({.sha256 = std::string(64, 'e'), .file_name = "dup"})),
              "already_exists");
    MakeOrganisation(*tx, "Also kept");
    MustOk(tx->Commit());
  }
  auto tx = Read();
  EXPECT_EQ(Must(tx->organisations().ListOrganisations({})).size(), 2u);
  EXPECT_EQ(Must(tx->documents().ListDocuments({})).size(), 1u);
}

TEST_P(StoreContractTest, ReadOnlyTransactionRefusesWrites) {
  auto tx = Read();
  EXPECT_EQ(CodeOf(tx->organisations().CreateOrganisation({.name = "Nope"})), "failed_precondition");
}

TEST_P(StoreContractTest, ReadersSeeTheLastCommittedStateWhileAWriteIsOpen) {
  {
    auto tx = Write();
    MakeOrganisation(*tx, "Before");
    MustOk(tx->Commit());
  }
  auto writer = Write();
  MakeOrganisation(*writer, "During");

  // Another handle on the same database, as another process would have.
  auto other_store = Must(backend_->Open());
  auto reader = Must(other_store->Begin(Access::kReadOnly));
  auto seen = Must(reader->organisations().ListOrganisations({}));
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].name, "Before");
  // A second transaction from the same Store is not blocked by the writer either.
  auto same_store_reader = Read();
  EXPECT_EQ(Must(same_store_reader->organisations().ListOrganisations({})).size(), 1u);

  MustOk(writer->Commit());
  // The open read transaction keeps its snapshot...
  EXPECT_EQ(Must(reader->organisations().ListOrganisations({})).size(), 1u);
  reader.reset();
  same_store_reader.reset();
  // ...and a new one sees the commit.
  auto after = Must(other_store->Begin(Access::kReadOnly));
  EXPECT_EQ(Must(after->organisations().ListOrganisations({})).size(), 2u);
}

// --- Who sees what
// -----------------------------------------------------------------------------------------------

class ViewerTest : public StoreContractTest {
 protected:
  void SetUp() override {
    StoreContractTest::SetUp();
    auto tx = Write();
    body_ = MakeBody(*tx, "Board");
    meeting_ = MakeMeeting(*tx, body_.id, D(2019, 9, 18));
    public_ = MakePaper(*tx, body_.id, "Public", true, false, Classification::kPublic);
    official_ = MakePaper(*tx, body_.id, "Official", true, false, Classification::kOfficial);
    draft_ = MakePaper(*tx, body_.id, "Draft", false, false, Classification::kPublic);
    exempt_ = MakePaper(*tx, body_.id, "Exempt", true, true, Classification::kPublic);
    sensitive_ = MakePaper(*tx, body_.id, "Sensitive", true, false, Classification::kOfficialSensitive);
    for (const Paper* paper : {&public_, &official_, &draft_, &exempt_, &sensitive_}) {
      PaperSection section = Must(tx->papers().CreateSection({.paper_id = paper->id, .number = "1"}));
      Paragraph paragraph = Must(tx->papers().CreateParagraph({.paper_id = paper->id,
                                                               .section_id = section.id,
                                                               .number = "1.1",
                                                               .text = paper->title + " text"}));
      paragraph_of_[paper->id.value] = paragraph.id;
      recommendation_of_[paper->id.value] =
          Must(tx->papers().CreateRecommendation({.paper_id = paper->id, .text = "Note"})).id;
      Must(tx->papers().CreateClearance({.paper_id = paper->id, .area = "legal"}));
    }
    int64_t position = 0;
    for (const Paper* paper : {&public_, &draft_, &sensitive_}) {
      Must(tx->meetings().CreateAgendaItem({.meeting_id = meeting_.id,
                                            .number = std::to_string(++position),
                                            .position = position,
                                            .title = paper->title,
                                            .kind = AgendaItemKind::kPaper,
                                            .paper_id = paper->id}));
    }
    exempt_item_ = Must(tx->meetings().CreateAgendaItem({.meeting_id = meeting_.id,
                                                         .number = "99",
                                                         .position = 99,
                                                         .title = "Exempt business",
                                                         .kind = AgendaItemKind::kExempt,
                                                         .exemption_paragraph = "3",
                                                         .paper_id = exempt_.id}));
    MustOk(tx->Commit());
  }

  std::vector<std::string> TitlesSeenBy(const Viewer& viewer) {
    auto tx = Read();
    std::vector<std::string> titles;
    for (const Paper& paper : Must(tx->papers().ListPapers({.body_id = body_.id}, viewer))) {
      titles.push_back(paper.title);
    }
    return titles;
  }

  Body body_;
  Meeting meeting_;
  Paper public_, official_, draft_, exempt_, sensitive_;
  AgendaItem exempt_item_;
  std::map<int64_t, ParagraphId> paragraph_of_;
  std::map<int64_t, RecommendationId> recommendation_of_;
};

TEST_P(ViewerTest, PublicSeesOnlyPublishedNonExemptNonSensitivePapers) {
  EXPECT_EQ(TitlesSeenBy(Viewer::Public()), (std::vector<std::string>{"Public", "Official"}));
  EXPECT_EQ(TitlesSeenBy(Viewer{.sees_unpublished = true}),
            (std::vector<std::string>{"Public", "Official", "Draft"}));
  EXPECT_EQ(TitlesSeenBy(Viewer{.sees_sensitive = true}),
            (std::vector<std::string>{"Public", "Official", "Exempt", "Sensitive"}));
  EXPECT_EQ(TitlesSeenBy(Viewer::Everything()).size(), 5u);
}

TEST_P(ViewerTest, PublicNeverReachesHiddenPapersOrTheirParts) {
  auto tx = Read();
  const Viewer everyone = Viewer::Public();
  for (const Paper* hidden : {&draft_, &exempt_, &sensitive_}) {
    SCOPED_TRACE(hidden->title);
    EXPECT_EQ(CodeOf(tx->papers().GetPaper(hidden->id, everyone)), "not_found");
    EXPECT_EQ(CodeOf(tx->papers().ListPaperVersions(hidden->id, everyone)), "not_found");
    EXPECT_TRUE(Must(tx->papers().ListSections(hidden->id, everyone)).empty());
    EXPECT_TRUE(Must(tx->papers().ListParagraphs(hidden->id, everyone)).empty());
    EXPECT_TRUE(Must(tx->papers().ListRecommendations(hidden->id, everyone)).empty());
    EXPECT_TRUE(Must(tx->papers().ListClearances(hidden->id, everyone)).empty());
    EXPECT_EQ(CodeOf(tx->papers().GetParagraph(paragraph_of_[hidden->id.value], everyone)), "not_found");
    EXPECT_EQ(CodeOf(tx->papers().GetRecommendation(recommendation_of_[hidden->id.value], everyone)),
              "not_found");
    // The same calls with a viewer who may see everything do find them.
    EXPECT_EQ(CodeOf(tx->papers().GetPaper(hidden->id, Viewer::Everything())), "ok");
    EXPECT_EQ(Must(tx->papers().ListParagraphs(hidden->id, Viewer::Everything())).size(), 1u);
  }
  for (const Paper* shown : {&public_, &official_}) {
    EXPECT_EQ(CodeOf(tx->papers().GetPaper(shown->id, everyone)), "ok");
    EXPECT_EQ(Must(tx->papers().ListParagraphs(shown->id, everyone)).size(), 1u);
    EXPECT_EQ(CodeOf(tx->papers().GetParagraph(paragraph_of_[shown->id.value], everyone)), "ok");
  }
}

TEST_P(ViewerTest, AgendaHidesExemptItemsAndLinksToHiddenPapers) {
  auto tx = Read();
  auto items = Must(tx->meetings().ListAgendaItems(meeting_.id, Viewer::Public()));
  ASSERT_EQ(items.size(), 3u);  // the exempt item is not listed
  EXPECT_EQ(items[0].paper_id, public_.id);
  EXPECT_FALSE(items[1].paper_id.has_value());  // the draft's item is listed without its paper
  EXPECT_FALSE(items[2].paper_id.has_value());  // so is the sensitive paper's
  EXPECT_EQ(CodeOf(tx->meetings().GetAgendaItem(exempt_item_.id, Viewer::Public())), "not_found");

  auto all = Must(tx->meetings().ListAgendaItems(meeting_.id, Viewer::Everything()));
  ASSERT_EQ(all.size(), 4u);
  EXPECT_EQ(all[1].paper_id, draft_.id);
  EXPECT_EQ(all[3].exemption_paragraph, "3");
  EXPECT_EQ(all[3].paper_id, exempt_.id);
}

TEST_P(ViewerTest, BodyListsOpenOnlyTheirOwnBodysMaterial) {
  Body other;
  Meeting other_meeting;
  {
    auto tx = Write();
    other = MakeBody(*tx, "Other board");
    other_meeting = MakeMeeting(*tx, other.id, D(2019, 9, 19));
    MakePaper(*tx, other.id, "Other draft", false, false, Classification::kPublic);
    MakePaper(*tx, other.id, "Other sensitive", true, false, Classification::kOfficialSensitive);
    Must(tx->meetings().CreateAgendaItem({.meeting_id = other_meeting.id,
                                          .number = "1",
                                          .position = 1,
                                          .title = "Other exempt business",
                                          .kind = AgendaItemKind::kExempt,
                                          .exemption_paragraph = "3"}));
    MustOk(tx->Commit());
  }
  auto all_titles = [&](const Viewer& viewer) {
    auto tx = Read();
    std::vector<std::string> titles;
    for (const Paper& paper : Must(tx->papers().ListPapers({}, viewer))) titles.push_back(paper.title);
    std::sort(titles.begin(), titles.end());
    return titles;
  };
  using Titles = std::vector<std::string>;
  // A member of Board: Board's circulated exempt and sensitive papers, nothing of Other's.
  EXPECT_EQ(all_titles(Viewer{.sensitive_bodies = {body_.id}}),
            (Titles{"Exempt", "Official", "Public", "Sensitive"}));
  // An author of Board: its drafts too.
  EXPECT_EQ(all_titles(Viewer{.unpublished_bodies = {body_.id}, .sensitive_bodies = {body_.id}}),
            (Titles{"Draft", "Exempt", "Official", "Public", "Sensitive"}));
  // Drafts of one body and sensitive papers of another do not combine into a sensitive draft of either.
  EXPECT_EQ(all_titles(Viewer{.unpublished_bodies = {other.id}, .sensitive_bodies = {body_.id}}),
            (Titles{"Exempt", "Official", "Other draft", "Public", "Sensitive"}));
  EXPECT_EQ(
      all_titles(Viewer{.unpublished_bodies = {body_.id, other.id}, .sensitive_bodies = {body_.id, other.id}})
          .size(),
      7u);
  auto tx = Read();
  // Exempt agenda items follow the meeting's body.
  EXPECT_EQ(Must(tx->meetings().ListAgendaItems(meeting_.id, Viewer{.sensitive_bodies = {body_.id}})).size(),
            4u);
  EXPECT_EQ(Must(tx->meetings().ListAgendaItems(meeting_.id, Viewer{.sensitive_bodies = {other.id}})).size(),
            3u);
  EXPECT_TRUE(
      Must(tx->meetings().ListAgendaItems(other_meeting.id, Viewer{.sensitive_bodies = {body_.id}})).empty());
  EXPECT_EQ(CodeOf(tx->meetings().GetAgendaItem(exempt_item_.id, Viewer{.sensitive_bodies = {body_.id}})),
            "ok");
  EXPECT_EQ(CodeOf(tx->meetings().GetAgendaItem(exempt_item_.id, Viewer{.sensitive_bodies = {other.id}})),
            "not_found");
}

TEST_P(ViewerTest, ExemptActionsAndTheirUpdatesOnlyForTheBodysExemptReaders) {
  Body other;
  Action open_action, exempt_action;
  {
    auto tx = Write();
    other = MakeBody(*tx, "Other board");
    open_action =
        Must(tx->actions().CreateAction({.body_id = body_.id, .number = "1", .text = "Open action"}));
    exempt_action = Must(tx->actions().CreateAction(
        {.body_id = body_.id, .number = "2", .text = "Exempt action", .exempt = true}));
    Must(tx->actions().AppendActionUpdate(
        {.action_id = exempt_action.id, .date = D(2019, 9, 20), .text = "Note"}));
    MustOk(tx->Commit());
  }
  EXPECT_TRUE(exempt_action.exempt);
  auto tx = Read();
  auto numbers_seen_by = [&](const Viewer& viewer) {
    std::vector<std::string> numbers;
    for (const Action& a : Must(tx->actions().ListActions({.body_id = body_.id, .viewer = viewer}))) {
      numbers.push_back(a.number);
    }
    return numbers;
  };
  EXPECT_EQ(numbers_seen_by(Viewer::Public()), std::vector<std::string>{"1"});
  EXPECT_EQ(numbers_seen_by(Viewer{.sees_unpublished = true}), std::vector<std::string>{"1"});
  EXPECT_EQ(numbers_seen_by(Viewer{.sensitive_bodies = {other.id}}), std::vector<std::string>{"1"});
  EXPECT_EQ(numbers_seen_by(Viewer{.sensitive_bodies = {body_.id}}), (std::vector<std::string>{"1", "2"}));
  EXPECT_EQ(numbers_seen_by(Viewer::Everything()), (std::vector<std::string>{"1", "2"}));

  EXPECT_EQ(CodeOf(tx->actions().GetAction(exempt_action.id)), "not_found");
  EXPECT_EQ(CodeOf(tx->actions().GetAction(exempt_action.id, Viewer{.sensitive_bodies = {other.id}})),
            "not_found");
  EXPECT_TRUE(Must(tx->actions().GetAction(exempt_action.id, Viewer{.sensitive_bodies = {body_.id}})).exempt);
  EXPECT_FALSE(Must(tx->actions().GetAction(open_action.id)).exempt);

  EXPECT_TRUE(Must(tx->actions().ListActionUpdates(exempt_action.id)).empty());
  EXPECT_EQ(Must(tx->actions().ListActionUpdates(exempt_action.id, Viewer{.sees_sensitive = true})).size(),
            1u);
}

const BackendFactory kBackends[] = {
    {"sqlite", MakeSqliteBackend},
};

std::string BackendName(const ::testing::TestParamInfo<BackendFactory>& info) {
  return info.param.name;
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreContractTest, ::testing::ValuesIn(kBackends), BackendName);
INSTANTIATE_TEST_SUITE_P(Backends, ViewerTest, ::testing::ValuesIn(kBackends), BackendName);

}  // namespace
}  // namespace boardroom::store::testing
