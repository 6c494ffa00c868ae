#include "governance/commands.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "store/audit_chain.h"
#include "store/sqlite/sqlite_store.h"

namespace boardroom::governance {
namespace {

using store::AccountRole;

Date D(int y, int m, int d) {
  return Date::FromYmd(y, m, d).value();
}

Caller MakeCaller(int64_t id, std::string email,
                  std::vector<std::pair<AccountRole, std::optional<store::BodyId>>> roles,
                  bool disabled = false) {
  Caller c;
  c.user.id = store::UserId{id};
  c.user.email = email;
  c.user.name = "User " + std::to_string(id);
  c.user.disabled = disabled;
  c.address = "192.0.2.1";
  for (const auto& [role, body] : roles) c.grants.push_back({{}, c.user.id, body, role, 0});
  return c;
}

// A store in a temporary file with two bodies (the Board and a Committee), as of noon on 18 September 2019,
// and callers of every kind. Every command runs in its own transaction, committed whether or not the command
// succeeded, so that a failed command that wrote anything would be caught.
class CommandsTest : public ::testing::Test {
 protected:
  CommandsTest() : clock_(D(2019, 9, 18).days() * 86400 + 12 * 3600) {}

  void SetUp() override {
    std::string pattern = (std::filesystem::temp_directory_path() / "governance-commands-XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
    store_ =
        std::move(store::OpenSqliteStore((std::filesystem::path(dir_) / "boardroom.db").string())).value();
    admin_ = MakeCaller(1, "admin@example.org", {{AccountRole::kAdmin, std::nullopt}});
    BodyInput board;
    board.name = "Business and Crime Board";
    board.short_name = "BCB";
    board_ = Ok(Run(admin_, [&](auto& ctx) { return CreateBody(ctx, board); }));
    BodyInput committee;
    committee.name = "Audit Committee";
    committee.parent_id = board_.id;
    committee_ = Ok(Run(admin_, [&](auto& ctx) { return CreateBody(ctx, committee); }));
    clerk_ = MakeCaller(2, "clerk@example.org", {{AccountRole::kClerk, board_.id}});
    author_ = MakeCaller(3, "author@example.org", {{AccountRole::kAuthor, board_.id}});
    member_ = MakeCaller(4, "member@example.org", {{AccountRole::kMember, board_.id}});
    other_clerk_ = MakeCaller(5, "other@example.org", {{AccountRole::kClerk, committee_.id}});
    disabled_clerk_ = MakeCaller(6, "gone@example.org", {{AccountRole::kClerk, board_.id}}, true);
    MeetingInput m{board_.id, D(2019, 9, 18), "14:00", "County Hall"};
    meeting_ = Ok(Run(clerk_, [&](auto& ctx) { return CreateMeeting(ctx, m); }));
    MeetingInput later{board_.id, D(2019, 11, 20), "14:00", "County Hall"};
    november_ = Ok(Run(clerk_, [&](auto& ctx) { return CreateMeeting(ctx, later); }));
  }

  void TearDown() override {
    store_.reset();
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
  }

  template <typename F>
  auto Run(const Caller& caller, F f) -> decltype(f(std::declval<CommandContext&>())) {
    auto tx = std::move(store_->Begin()).value();
    CommandContext ctx{*tx, caller, clock_};
    auto result = f(ctx);
    EXPECT_TRUE(tx->Commit().ok());
    return result;
  }

  template <typename T>
  T Ok(Result<T> result) {
    if (!result.ok()) {
      ADD_FAILURE() << "expected success, got " << ErrorCodeName(result.error().code) << ": "
                    << result.error().message << " (" << result.error().field << ")";
      throw std::runtime_error("failed");
    }
    return std::move(result).value();
  }

  std::vector<store::AuditEvent> Trail() {
    auto tx = std::move(store_->Begin(store::Access::kReadOnly)).value();
    return std::move(tx->audit().ListAuditTrail({.limit = 1000})).value();
  }
  size_t AuditCount() { return Trail().size(); }

  void ExpectChainHolds() {
    auto tx = std::move(store_->Begin(store::Access::kReadOnly)).value();
    auto verified = store::VerifyAuditChain(*tx);
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->ok) << verified->problem;
  }

  // Every editable record's kind, id and version, and every append-only row: two equal fingerprints mean
  // nothing was written in between.
  std::string Fingerprint() {
    auto tx = std::move(store_->Begin(store::Access::kReadOnly)).value();
    std::string out;
    auto add = [&](const std::string& kind, int64_t id, int64_t version) {
      out += kind + ":" + std::to_string(id) + ":" + std::to_string(version) + " ";
    };
    const store::Page all{.limit = 1000};
    const auto bodies = tx->bodies().ListBodies(all).value();
    for (const auto& b : bodies) {
      add("body", b.id.value, b.version);
      const auto memberships = tx->bodies().ListMemberships(b.id).value();
      for (const auto& m : memberships) add("membership", m.id.value, m.version);
    }
    const auto meetings = tx->meetings().ListMeetings({.page = all}).value();
    for (const auto& m : meetings) {
      add("meeting", m.id.value, m.version);
      const auto items = tx->meetings().ListAgendaItems(m.id, store::Viewer::Everything()).value();
      for (const auto& i : items) add("item " + i.number, i.id.value, i.version);
      const auto attendance = tx->meeting_records().ListAttendance(m.id).value();
      for (const auto& a : attendance) add("attendance", a.id.value, a.version);
      const auto declarations = tx->meeting_records().ListDeclarations(m.id).value();
      for (const auto& d : declarations) add("declaration", d.id.value, d.version);
    }
    const auto papers = tx->papers().ListPapers({.page = all}, store::Viewer::Everything()).value();
    for (const auto& p : papers) {
      add("paper", p.id.value, p.version);
      const auto clearances = tx->papers().ListClearances(p.id, store::Viewer::Everything()).value();
      for (const auto& c : clearances) add("clearance", c.id.value, c.version);
      const auto recommendations =
          tx->papers().ListRecommendations(p.id, store::Viewer::Everything()).value();
      for (const auto& r : recommendations) {
        add("recommendation", r.id.value, r.version);
        auto decided = tx->meeting_records().GetDecisionMeeting(r.id).value();
        if (decided) add("decided", decided->meeting_id.value, decided->decided_on.days());
      }
    }
    const auto actions = tx->actions().ListActions({.page = all}).value();
    for (const auto& a : actions) {
      add("action", a.id.value, a.version);
      const auto updates = tx->actions().ListActionUpdates(a.id).value();
      for (const auto& u : updates) add("update", u.id.value, 0);
    }
    return out;
  }

  // Runs a command that must fail with `code` (and `field`, when given), and checks it wrote nothing: no
  // record changed and no audit event was added.
  template <typename F>
  Error ExpectFails(const Caller& caller, ErrorCode code, std::string field, F f) {
    const std::string fingerprint = Fingerprint();
    const size_t before = AuditCount();
    auto result = Run(caller, f);
    EXPECT_FALSE(result.ok());
    if (result.ok()) return {};
    EXPECT_EQ(ErrorCodeName(result.error().code), ErrorCodeName(code)) << result.error().message;
    if (!field.empty()) {
      EXPECT_EQ(result.error().field, field) << result.error().message;
    }
    EXPECT_EQ(AuditCount(), before);
    EXPECT_EQ(Fingerprint(), fingerprint);
    return result.error();
  }

  // Runs a command that must succeed and write exactly one audit event of `kind`.
  template <typename F>
  auto ExpectAudited(const Caller& caller, std::string kind, F f) {
    const size_t before = AuditCount();
    auto value = Ok(Run(caller, f));
    auto trail = Trail();
    EXPECT_EQ(trail.size(), before + 1);
    EXPECT_EQ(trail.back().record_kind, kind);
    EXPECT_EQ(trail.back().actor, caller.user.email);
    EXPECT_EQ(trail.back().address, "192.0.2.1");
    ExpectChainHolds();
    return value;
  }

  store::AgendaItem AddItem(std::string title, std::string number = "",
                            std::optional<store::AgendaItemId> parent = std::nullopt) {
    AgendaItemInput input;
    input.meeting_id = meeting_.id;
    input.title = std::move(title);
    input.number = std::move(number);
    input.parent_item_id = parent;
    return Ok(Run(clerk_, [&](auto& ctx) { return AddAgendaItem(ctx, input); }));
  }

  std::vector<std::string> Numbers() {
    auto tx = std::move(store_->Begin(store::Access::kReadOnly)).value();
    std::vector<std::string> out;
    const auto items = tx->meetings().ListAgendaItems(meeting_.id, store::Viewer::Everything()).value();
    for (const auto& item : items) out.push_back(item.number + " " + item.title);
    return out;
  }

  store::Paper MakePaper(std::string title) {
    PaperInput input;
    input.body_id = board_.id;
    input.title = std::move(title);
    return Ok(Run(author_, [&](auto& ctx) { return CreatePaper(ctx, input); }));
  }

  FixedClock clock_;
  std::string dir_;
  std::unique_ptr<store::Store> store_;
  Caller admin_, clerk_, author_, member_, other_clerk_, disabled_clerk_;
  store::Body board_, committee_;
  store::Meeting meeting_, november_;
};

TEST(CallerTest, RolesCoverTheirBodyOrEveryBodyAndWeakerRoles) {
  Caller clerk = MakeCaller(1, "c@x", {{AccountRole::kClerk, store::BodyId{7}}});
  EXPECT_TRUE(clerk.HasRole(AccountRole::kClerk, store::BodyId{7}));
  EXPECT_TRUE(clerk.HasRole(AccountRole::kAuthor, store::BodyId{7}));
  EXPECT_FALSE(clerk.HasRole(AccountRole::kAdmin, store::BodyId{7}));
  EXPECT_FALSE(clerk.HasRole(AccountRole::kClerk, store::BodyId{8}));
  EXPECT_FALSE(clerk.HasRole(AccountRole::kClerk, std::nullopt));
  Caller admin = MakeCaller(2, "a@x", {{AccountRole::kAdmin, std::nullopt}});
  EXPECT_TRUE(admin.HasRole(AccountRole::kClerk, store::BodyId{8}));
  EXPECT_TRUE(admin.HasRole(AccountRole::kAdmin, std::nullopt));
  Caller disabled = MakeCaller(3, "d@x", {{AccountRole::kAdmin, std::nullopt}}, true);
  EXPECT_FALSE(disabled.HasRole(AccountRole::kMember, store::BodyId{8}));
  struct Principal {
    store::User user;
    std::vector<store::RoleGrant> grants;
  } principal{clerk.user, clerk.grants};
  Caller copied = Caller::Of(principal, "10.0.0.1");
  EXPECT_EQ(copied.address, "10.0.0.1");
  EXPECT_TRUE(copied.HasRole(AccountRole::kClerk, store::BodyId{7}));
}

TEST_F(CommandsTest, BodiesAreTheAdministratorsAndAreValidated) {
  BodyInput input;
  input.name = "Delivery Group";
  input.parent_id = committee_.id;
  input.required_clearances = {" Finance ", "LEGAL"};
  store::Body group = ExpectAudited(admin_, "body", [&](auto& ctx) { return CreateBody(ctx, input); });
  EXPECT_EQ(group.parent_body_id, committee_.id);
  EXPECT_EQ(group.required_clearances, (std::vector<std::string>{"finance", "legal"}));
  EXPECT_EQ(nlohmann::json::parse(Trail().back().after_json)["name"], "Delivery Group");
  EXPECT_EQ(Trail().back().before_json, "");

  BodyInput other = input;
  other.name = "Another";
  ExpectFails(clerk_, ErrorCode::kPermissionDenied, "", [&](auto& ctx) { return CreateBody(ctx, other); });
  ExpectFails(admin_, ErrorCode::kAlreadyExists, "name", [&](auto& ctx) { return CreateBody(ctx, input); });
  other.name = "  ";
  ExpectFails(admin_, ErrorCode::kInvalidArgument, "name", [&](auto& ctx) { return CreateBody(ctx, other); });
  other.name = "Another";
  other.parent_id = store::BodyId{999};
  ExpectFails(admin_, ErrorCode::kInvalidArgument, "parent_id",
              [&](auto& ctx) { return CreateBody(ctx, other); });
  other.parent_id.reset();
  other.active_from = D(2020, 1, 1);
  other.active_until = D(2019, 1, 1);
  ExpectFails(admin_, ErrorCode::kInvalidArgument, "active_until",
              [&](auto& ctx) { return CreateBody(ctx, other); });
  other.active_until.reset();
  other.required_clearances = {"finance", "Finance"};
  ExpectFails(admin_, ErrorCode::kInvalidArgument, "required_clearances",
              [&](auto& ctx) { return CreateBody(ctx, other); });

  // The Board cannot report into the group that reports (through the Committee) into it.
  BodyInput board;
  board.name = board_.name;
  board.parent_id = group.id;
  ExpectFails(admin_, ErrorCode::kInvalidArgument, "parent_id",
              [&](auto& ctx) { return UpdateBody(ctx, board_.id, board_.version, board); });
  board.parent_id.reset();
  board.short_name = "Board";
  store::Body renamed = ExpectAudited(
      admin_, "body", [&](auto& ctx) { return UpdateBody(ctx, board_.id, board_.version, board); });
  EXPECT_EQ(renamed.version, board_.version + 1);
  EXPECT_EQ(nlohmann::json::parse(Trail().back().before_json)["short_name"], "BCB");
  board.short_name = "Stale";
  Error stale = ExpectFails(admin_, ErrorCode::kConflict, "version",
                            [&](auto& ctx) { return UpdateBody(ctx, board_.id, board_.version, board); });
  EXPECT_NE(stale.message.find("version 1"), std::string::npos) << stale.message;
  EXPECT_NE(stale.message.find("version 2"), std::string::npos) << stale.message;
  auto tx = std::move(store_->Begin(store::Access::kReadOnly)).value();
  EXPECT_EQ(tx->bodies().GetBody(board_.id)->short_name, "Board");
}

TEST_F(CommandsTest, MembershipsAreAddedAndEndedByTheClerk) {
  store::Person person;
  {
    auto tx = std::move(store_->Begin()).value();
    person = tx->organisations().CreatePerson({.name = "Cllr Smith"}).value();
    ASSERT_TRUE(tx->Commit().ok());
  }
  MembershipInput input{person.id, board_.id, store::MembershipRole::kObserver, false, true, D(2019, 5, 1)};
  ExpectFails(author_, ErrorCode::kPermissionDenied, "",
              [&](auto& ctx) { return AddMembership(ctx, input); });
  ExpectFails(other_clerk_, ErrorCode::kPermissionDenied, "",
              [&](auto& ctx) { return AddMembership(ctx, input); });
  MembershipInput nobody = input;
  nobody.person_id = store::PersonId{999};
  ExpectFails(clerk_, ErrorCode::kInvalidArgument, "person_id",
              [&](auto& ctx) { return AddMembership(ctx, nobody); });
  store::Membership m =
      ExpectAudited(clerk_, "membership", [&](auto& ctx) { return AddMembership(ctx, input); });
  EXPECT_FALSE(m.voting);
  EXPECT_TRUE(m.speaking);
  ExpectFails(clerk_, ErrorCode::kInvalidArgument, "until",
              [&](auto& ctx) { return EndMembership(ctx, m.id, m.version, D(2019, 4, 30)); });
  store::Membership ended = ExpectAudited(
      clerk_, "membership", [&](auto& ctx) { return EndMembership(ctx, m.id, m.version, D(2019, 12, 31)); });
  EXPECT_EQ(ended.until, D(2019, 12, 31));
  ExpectFails(clerk_, ErrorCode::kFailedPrecondition, "",
              [&](auto& ctx) { return EndMembership(ctx, m.id, ended.version, D(2020, 1, 1)); });
}

TEST_F(CommandsTest, MembershipDatesAreInOrder) {
  store::Person person;
  {
    auto tx = std::move(store_->Begin()).value();
    person = tx->organisations().CreatePerson({.name = "Cllr Jones"}).value();
    ASSERT_TRUE(tx->Commit().ok());
  }
  MembershipInput input{person.id, board_.id, store::MembershipRole::kChair, true, true, D(2019, 5, 1)};
  input.until = D(2019, 4, 1);
  ExpectFails(clerk_, ErrorCode::kInvalidArgument, "until",
              [&](auto& ctx) { return AddMembership(ctx, input); });
  input.until = D(2020, 5, 1);
  store::Membership m =
      ExpectAudited(clerk_, "membership", [&](auto& ctx) { return AddMembership(ctx, input); });
  EXPECT_EQ(m.until, D(2020, 5, 1));
}

TEST_F(CommandsTest, OrganisationsAndPeopleAreKeptByClerks) {
  OrganisationInput council{"Shire County Council", "SCC", "council"};
  ExpectFails(author_, ErrorCode::kPermissionDenied, "",
              [&](auto& ctx) { return CreateOrganisation(ctx, council); });
  ExpectFails(disabled_clerk_, ErrorCode::kPermissionDenied, "",
              [&](auto& ctx) { return CreateOrganisation(ctx, council); });
  ExpectFails(clerk_, ErrorCode::kInvalidArgument, "name", [&](auto& ctx) {
    return CreateOrganisation(ctx, OrganisationInput{"  ", "", ""});
  });
  store::Organisation made = ExpectAudited(other_clerk_, "organisation",
                                           [&](auto& ctx) { return CreateOrganisation(ctx, council); });
  EXPECT_EQ(made.name, "Shire County Council");
  ExpectFails(clerk_, ErrorCode::kAlreadyExists, "name",
              [&](auto& ctx) { return CreateOrganisation(ctx, council); });
  OrganisationInput renamed{"Shire Council", "SC", "council"};
  store::Organisation updated = ExpectAudited(clerk_, "organisation", [&](auto& ctx) {
    return UpdateOrganisation(ctx, made.id, made.version, renamed);
  });
  EXPECT_EQ(updated.short_name, "SC");
  ExpectFails(clerk_, ErrorCode::kConflict, "version",
              [&](auto& ctx) { return UpdateOrganisation(ctx, made.id, made.version, council); });

  PersonInput person{"Jane Doe", "Chief Executive", made.id};
  ExpectFails(member_, ErrorCode::kPermissionDenied, "",
              [&](auto& ctx) { return CreatePerson(ctx, person); });
  PersonInput nowhere = person;
  nowhere.organisation_id = store::OrganisationId{999};
  ExpectFails(clerk_, ErrorCode::kInvalidArgument, "organisation_id",
              [&](auto& ctx) { return CreatePerson(ctx, nowhere); });
  store::Person jane = ExpectAudited(clerk_, "person", [&](auto& ctx) { return CreatePerson(ctx, person); });
  EXPECT_EQ(jane.organisation_id, made.id);
  PersonInput moved{"Jane Doe", "Director", std::nullopt};
  store::Person after = ExpectAudited(
      clerk_, "person", [&](auto& ctx) { return UpdatePerson(ctx, jane.id, jane.version, moved); });
  EXPECT_EQ(after.post, "Director");
  EXPECT_FALSE(after.organisation_id.has_value());
  ExpectFails(clerk_, ErrorCode::kConflict, "version",
              [&](auto& ctx) { return UpdatePerson(ctx, jane.id, jane.version, moved); });
}

TEST_F(CommandsTest, MeetingsAreTheClerksAndMoveOneStepAtATime) {
  MeetingInput input{board_.id, D(2019, 12, 4), "09:30", "Room 1"};
  ExpectFails(other_clerk_, ErrorCode::kPermissionDenied, "",
              [&](auto& ctx) { return CreateMeeting(ctx, input); });
  ExpectFails(disabled_clerk_, ErrorCode::kPermissionDenied, "",
              [&](auto& ctx) { return CreateMeeting(ctx, input); });
  ExpectFails(member_, ErrorCode::kPermissionDenied, "",
              [&](auto& ctx) { return CreateMeeting(ctx, input); });
  for (std::string bad : {"25:00", "2pm", "9:30", "12:60"}) {
    MeetingInput timed = input;
    timed.time = bad;
    ExpectFails(clerk_, ErrorCode::kInvalidArgument, "time",
                [&](auto& ctx) { return CreateMeeting(ctx, timed); });
  }
  MeetingInput nowhere = input;
  nowhere.body_id = store::BodyId{999};
  ExpectFails(clerk_, ErrorCode::kInvalidArgument, "body_id",
              [&](auto& ctx) { return CreateMeeting(ctx, nowhere); });
  store::Meeting m = ExpectAudited(clerk_, "meeting", [&](auto& ctx) { return CreateMeeting(ctx, input); });
  EXPECT_EQ(m.status, store::MeetingStatus::kPlanned);

  MeetingInput moved = input;
  moved.body_id = committee_.id;
  ExpectFails(clerk_, ErrorCode::kInvalidArgument, "body_id",
              [&](auto& ctx) { return UpdateMeeting(ctx, m.id, m.version, moved); });
  moved.body_id = board_.id;
  moved.venue = "Room 2";
  store::Meeting updated =
      ExpectAudited(clerk_, "meeting", [&](auto& ctx) { return UpdateMeeting(ctx, m.id, m.version, moved); });
  ExpectFails(clerk_, ErrorCode::kConflict, "version",
              [&](auto& ctx) { return UpdateMeeting(ctx, m.id, m.version, moved); });

  ExpectFails(clerk_, ErrorCode::kInvalidArgument, "status", [&](auto& ctx) {
    return ChangeMeetingStatus(ctx, m.id, updated.version, store::MeetingStatus::kHeld);
  });
  store::Meeting published = ExpectAudited(clerk_, "meeting", [&](auto& ctx) {
    return ChangeMeetingStatus(ctx, m.id, updated.version, store::MeetingStatus::kAgendaPublished);
  });
  // 4 December has not come yet.
  ExpectFails(clerk_, ErrorCode::kInvalidArgument, "status", [&](auto& ctx) {
    return ChangeMeetingStatus(ctx, m.id, published.version, store::MeetingStatus::kHeld);
  });
  clock_.Set(D(2019, 12, 4).days() * 86400 + 18 * 3600);
  store::Meeting held = ExpectAudited(clerk_, "meeting", [&](auto& ctx) {
    return ChangeMeetingStatus(ctx, m.id, published.version, store::MeetingStatus::kHeld);
  });
  EXPECT_EQ(held.status, store::MeetingStatus::kHeld);
}

TEST_F(CommandsTest, AgendaItemsAreNumberedAndValidated) {
  store::AgendaItem one = AddItem("Welcome");
  store::AgendaItem two = AddItem("Performance");
  store::AgendaItem two_one = AddItem("Response times", "", two.id);
  AddItem("Introduction", "2.0");
  EXPECT_EQ(one.number, "1");
  EXPECT_EQ(two.number, "2");
  EXPECT_EQ(two_one.number, "2.1");
  EXPECT_EQ(two_one.parent_item_id, two.id);
  EXPECT_EQ(Numbers(), (std::vector<std::string>{"1 Welcome", "2 Performance", "2.0 Introduction",
                                                 "2.1 Response times"}));

  AgendaItemInput input;
  input.meeting_id = meeting_.id;
  input.title = "Finance";
  ExpectFails(other_clerk_, ErrorCode::kPermissionDenied, "",
              [&](auto& ctx) { return AddAgendaItem(ctx, input); });
  ExpectFails(author_, ErrorCode::kPermissionDenied, "",
              [&](auto& ctx) { return AddAgendaItem(ctx, input); });
  input.number = "2";
  ExpectFails(clerk_, ErrorCode::kAlreadyExists, "number",
              [&](auto& ctx) { return AddAgendaItem(ctx, input); });
  input.number = "7.1";
  ExpectFails(clerk_, ErrorCode::kInvalidArgument, "number",
              [&](auto& ctx) { return AddAgendaItem(ctx, input); });
  input.number = "5..1";
  ExpectFails(clerk_, ErrorCode::kInvalidArgument, "number",
              [&](auto& ctx) { return AddAgendaItem(ctx, input); });
  input.number = "3";
  input.parent_item_id = two.id;
  ExpectFails(clerk_, ErrorCode::kInvalidArgument, "parent_item_id",
              [&](auto& ctx) { return AddAgendaItem(ctx, input); });
  input.parent_item_id.reset();
  input.title = "";
  ExpectFails(clerk_, ErrorCode::kInvalidArgument, "title",
              [&](auto& ctx) { return AddAgendaItem(ctx, input); });
  input.title = "Estates";
  input.kind = store::AgendaItemKind::kExempt;
  for (std::string bad : {"", "8", "0", "3a", "12"}) {
    input.exemption_paragraph = bad;
    ExpectFails(clerk_, ErrorCode::kInvalidArgument, "exemption_paragraph",
                [&](auto& ctx) { return AddAgendaItem(ctx, input); });
  }
  input.exemption_paragraph = "3";
  store::AgendaItem exempt =
      ExpectAudited(clerk_, "agenda_item", [&](auto& ctx) { return AddAgendaItem(ctx, input); });
  EXPECT_EQ(exempt.exemption_paragraph, "3");
  input.number = "";
  input.kind = store::AgendaItemKind::kVerbal;
  ExpectFails(clerk_, ErrorCode::kInvalidArgument, "exemption_paragraph",
              [&](auto& ctx) { return AddAgendaItem(ctx, input); });
  input.exemption_paragraph = "";
  store::Paper paper = MakePaper("Budget");
  input.paper_id = paper.id;
  ExpectFails(clerk_, ErrorCode::kInvalidArgument, "paper_id",
              [&](auto& ctx) { return AddAgendaItem(ctx, input); });
  input.kind = store::AgendaItemKind::kPaper;
  input.paper_id.reset();
  ExpectFails(clerk_, ErrorCode::kInvalidArgument, "paper_id",
              [&](auto& ctx) { return AddAgendaItem(ctx, input); });
  input.paper_id = store::PaperId{999};
  ExpectFails(clerk_, ErrorCode::kInvalidArgument, "paper_id",
              [&](auto& ctx) { return AddAgendaItem(ctx, input); });
  input.kind = store::AgendaItemKind::kVerbal;
  input.paper_id.reset();
  input.presenter = "Chief Constable";
  store::AgendaItem verbal =
      ExpectAudited(clerk_, "agenda_item", [&](auto& ctx) { return AddAgendaItem(ctx, input); });
  EXPECT_EQ(verbal.number, "4");

  // Attaching a paper turns a standard item into a paper item; a verbal update takes none.
  store::AgendaItem attached = ExpectAudited(
      clerk_, "agenda_item", [&](auto& ctx) { return AttachPaper(ctx, one.id, one.version, paper.id); });
  EXPECT_EQ(attached.kind, store::AgendaItemKind::kPaper);
  EXPECT_EQ(attached.paper_id, paper.id);
  ExpectFails(clerk_, ErrorCode::kInvalidArgument, "paper_id",
              [&](auto& ctx) { return AttachPaper(ctx, verbal.id, verbal.version, paper.id); });
  ExpectFails(clerk_, ErrorCode::kConflict, "version",
              [&](auto& ctx) { return AttachPaper(ctx, one.id, one.version, paper.id); });
}

TEST_F(CommandsTest, StandardItemsGoFirstAndTheRestAreRenumbered) {
  store::AgendaItem performance = AddItem("Performance");
  AddItem("Response times", "", performance.id);
  AddItem("Any other business");
  AddItem("Welcome and apologies");  // already there: not added twice
  const size_t before = AuditCount();
  auto agenda =
      Ok(Run(clerk_, [&](auto& ctx) { return AddStandardItems(ctx, meeting_.id, StandardItemsOffered()); }));
  EXPECT_EQ(AuditCount(), before + 1);
  EXPECT_EQ(Trail().back().record_kind, "agenda");
  EXPECT_EQ(Numbers(),
            (std::vector<std::string>{"1 Declarations of interest", "2 Minutes of the last meeting",
                                      "3 Action log", "4 Performance", "4.1 Response times",
                                      "5 Any other business", "6 Welcome and apologies"}));
  for (const auto& item : agenda) {
    if (item.number == "4.1") {
      EXPECT_EQ(item.parent_item_id, performance.id);
    }
  }
  ExpectChainHolds();
  ExpectFails(clerk_, ErrorCode::kInvalidArgument, "items",
              [&](auto& ctx) { return AddStandardItems(ctx, meeting_.id, {}); });
  ExpectFails(clerk_, ErrorCode::kInvalidArgument, "items", [&](auto& ctx) {
    return AddStandardItems(ctx, meeting_.id, {StandardItem::kActionLog, StandardItem::kActionLog});
  });
  ExpectFails(author_, ErrorCode::kPermissionDenied, "",
              [&](auto& ctx) { return AddStandardItems(ctx, meeting_.id, StandardItemsOffered()); });
  EXPECT_EQ(StandardItemTitle(StandardItem::kMinutesOfLastMeeting), "Minutes of the last meeting");
}

TEST_F(CommandsTest, AnImportedAgendaIsGivenNumberOrderWhenFirstChanged) {
  // As the importer stores them: positions 1, 2, 3 in reading order.
  {
    auto tx = std::move(store_->Begin()).value();
    int64_t position = 1;
    for (std::string number : {"1", "2", "3"}) {
      store::AgendaItem item;
      item.meeting_id = meeting_.id;
      item.number = number;
      item.position = position++;
      item.title = "Item " + number;
      ASSERT_TRUE(tx->meetings().CreateAgendaItem(item).ok());
    }
    ASSERT_TRUE(tx->Commit().ok());
  }
  const size_t before = AuditCount();
  store::AgendaItem sub = AddItem("Sub-item", "1.1");
  EXPECT_EQ(AuditCount(), before + 1);
  EXPECT_EQ(Numbers(), (std::vector<std::string>{"1 Item 1", "1.1 Sub-item", "2 Item 2", "3 Item 3"}));
  nlohmann::json after = nlohmann::json::parse(Trail().back().after_json);
  EXPECT_EQ(after["id"], sub.id.value);
  EXPECT_EQ(after["positions_normalised"].size(), 3u);
  ExpectChainHolds();
  // The next change has nothing to normalise.
  AddItem("Another", "2.1");
  EXPECT_FALSE(nlohmann::json::parse(Trail().back().after_json).contains("positions_normalised"));

  // Standard items that are all there already: nothing is written.
  for (StandardItem s : StandardItemsOffered()) AddItem(StandardItemTitle(s));
  const size_t all_there = AuditCount();
  auto unchanged =
      Run(clerk_, [&](auto& ctx) { return AddStandardItems(ctx, meeting_.id, StandardItemsOffered()); });
  ASSERT_TRUE(unchanged.ok());
  EXPECT_EQ(AuditCount(), all_there);
}

TEST_F(CommandsTest, MovingAnItemCarriesItsSubItemsAndRenumbers) {
  AddItem("Welcome");
  store::AgendaItem performance = AddItem("Performance");
  store::AgendaItem response = AddItem("Response times", "", performance.id);
  store::AgendaItem finance = AddItem("Finance");
  // Finance first.
  auto moved = ExpectAudited(clerk_, "agenda", [&](auto& ctx) {
    return MoveAgendaItem(ctx, finance.id, finance.version, std::nullopt, 0);
  });
  EXPECT_EQ(Numbers(),
            (std::vector<std::string>{"1 Finance", "2 Welcome", "3 Performance", "3.1 Response times"}));
  nlohmann::json before = nlohmann::json::parse(Trail().back().before_json);
  EXPECT_EQ(before[0]["title"], "Welcome");
  // Nest Finance under Performance, after Response times.
  store::AgendaItem finance_now;
  for (const auto& item : moved) {
    if (item.id == finance.id) finance_now = item;
  }
  ExpectFails(clerk_, ErrorCode::kConflict, "version",
              [&](auto& ctx) { return MoveAgendaItem(ctx, finance.id, finance.version, performance.id, 1); });
  ExpectFails(clerk_, ErrorCode::kInvalidArgument, "index", [&](auto& ctx) {
    return MoveAgendaItem(ctx, finance.id, finance_now.version, performance.id, 5);
  });
  store::AgendaItem perf_now;
  for (const auto& item : moved) {
    if (item.id == performance.id) perf_now = item;
  }
  ExpectFails(clerk_, ErrorCode::kInvalidArgument, "new_parent", [&](auto& ctx) {
    return MoveAgendaItem(ctx, performance.id, perf_now.version, response.id, 0);
  });
  ExpectFails(member_, ErrorCode::kPermissionDenied, "", [&](auto& ctx) {
    return MoveAgendaItem(ctx, finance.id, finance_now.version, performance.id, 1);
  });
  auto nested = ExpectAudited(clerk_, "agenda", [&](auto& ctx) {
    return MoveAgendaItem(ctx, finance.id, finance_now.version, performance.id, 1);
  });
  EXPECT_EQ(Numbers(),
            (std::vector<std::string>{"1 Welcome", "2 Performance", "2.1 Response times", "2.2 Finance"}));
  for (const auto& item : nested) {
    if (item.id == finance.id) {
      EXPECT_EQ(item.parent_item_id, performance.id);
    }
  }
}

TEST_F(CommandsTest, RenumberingClosesGapsAndKeepsZeroGroups) {
  AddItem("Welcome", "1");
  store::AgendaItem five = AddItem("Performance", "5");
  AddItem("Introduction", "5.0");
  AddItem("Detail", "5.1");
  AddItem("Close", "9");
  ExpectAudited(clerk_, "agenda", [&](auto& ctx) { return RenumberAgenda(ctx, meeting_.id); });
  EXPECT_EQ(Numbers(), (std::vector<std::string>{"1 Welcome", "2 Performance", "2.0 Introduction",
                                                 "2.1 Detail", "3 Close"}));
  auto tx = std::move(store_->Begin(store::Access::kReadOnly)).value();
  const auto items = tx->meetings().ListAgendaItems(meeting_.id, store::Viewer::Everything()).value();
  for (const auto& item : items) {
    if (item.number.starts_with("2.")) {
      EXPECT_EQ(item.parent_item_id, five.id);
    }
  }
}

TEST_F(CommandsTest, AttendanceAndDeclarationsAreRecordedAtTheMeeting) {
  AttendanceInput present{meeting_.id, std::nullopt, "Cllr Brown", "Chair", store::AttendanceKind::kPresent,
                          ""};
  ExpectFails(member_, ErrorCode::kPermissionDenied, "",
              [&](auto& ctx) { return RecordAttendance(ctx, present); });
  store::Attendance brown =
      ExpectAudited(clerk_, "attendance", [&](auto& ctx) { return RecordAttendance(ctx, present); });
  ExpectFails(clerk_, ErrorCode::kAlreadyExists, "name",
              [&](auto& ctx) { return RecordAttendance(ctx, present); });
  AttendanceInput apologies{meeting_.id, std::nullopt, "Cllr Green", "", store::AttendanceKind::kApologies,
                            "Cllr Black"};
  ExpectAudited(clerk_, "attendance", [&](auto& ctx) { return RecordAttendance(ctx, apologies); });
  AttendanceInput wrong = present;
  wrong.name = "Cllr White";
  wrong.substitute = "Cllr Grey";
  ExpectFails(clerk_, ErrorCode::kInvalidArgument, "substitute",
              [&](auto& ctx) { return RecordAttendance(ctx, wrong); });
  wrong.substitute = "";
  wrong.name = "";
  ExpectFails(clerk_, ErrorCode::kInvalidArgument, "name",
              [&](auto& ctx) { return RecordAttendance(ctx, wrong); });
  wrong.name = "Cllr White";
  wrong.person_id = store::PersonId{999};
  ExpectFails(clerk_, ErrorCode::kInvalidArgument, "person_id",
              [&](auto& ctx) { return RecordAttendance(ctx, wrong); });
  present.kind = store::AttendanceKind::kAbsent;
  ExpectAudited(clerk_, "attendance",
                [&](auto& ctx) { return UpdateAttendance(ctx, brown.id, brown.version, present); });
  ExpectFails(clerk_, ErrorCode::kConflict, "version",
              [&](auto& ctx) { return UpdateAttendance(ctx, brown.id, brown.version, present); });

  store::AgendaItem item = AddItem("Grants");
  AgendaItemInput elsewhere;
  elsewhere.meeting_id = november_.id;
  elsewhere.title = "Other";
  store::AgendaItem other = Ok(Run(clerk_, [&](auto& ctx) { return AddAgendaItem(ctx, elsewhere); }));
  DeclarationInput declaration{meeting_.id,
                               item.id,
                               std::nullopt,
                               "Cllr Brown",
                               store::InterestKind::kDisclosablePecuniary,
                               "Trustee of an applicant",
                               true};
  store::Declaration d =
      ExpectAudited(clerk_, "declaration", [&](auto& ctx) { return RecordDeclaration(ctx, declaration); });
  EXPECT_TRUE(d.left_room);
  DeclarationInput bad = declaration;
  bad.agenda_item_id = other.id;
  ExpectFails(clerk_, ErrorCode::kInvalidArgument, "agenda_item_id",
              [&](auto& ctx) { return RecordDeclaration(ctx, bad); });
  bad.agenda_item_id.reset();
  bad.interest = " ";
  ExpectFails(clerk_, ErrorCode::kInvalidArgument, "interest",
              [&](auto& ctx) { return RecordDeclaration(ctx, bad); });
  ExpectFails(author_, ErrorCode::kPermissionDenied, "",
              [&](auto& ctx) { return RecordDeclaration(ctx, declaration); });
}

TEST_F(CommandsTest, PublicationWaitsForTheBodysClearances) {
  BodyInput board;
  board.name = board_.name;
  board.short_name = board_.short_name;
  board.required_clearances = {"finance", "legal"};
  board_ = Ok(Run(admin_, [&](auto& ctx) { return UpdateBody(ctx, board_.id, board_.version, board); }));

  PaperInput input;
  input.body_id = board_.id;
  input.title = "Budget";
  ExpectFails(member_, ErrorCode::kPermissionDenied, "", [&](auto& ctx) { return CreatePaper(ctx, input); });
  input.title = "";
  ExpectFails(author_, ErrorCode::kInvalidArgument, "title",
              [&](auto& ctx) { return CreatePaper(ctx, input); });
  input.title = "Budget";
  store::Paper paper = ExpectAudited(author_, "paper", [&](auto& ctx) { return CreatePaper(ctx, input); });
  EXPECT_FALSE(paper.published);

  ExpectFails(author_, ErrorCode::kPermissionDenied, "",
              [&](auto& ctx) { return PublishPaper(ctx, paper.id, paper.version); });
  Error blocked = ExpectFails(clerk_, ErrorCode::kFailedPrecondition, "",
                              [&](auto& ctx) { return PublishPaper(ctx, paper.id, paper.version); });
  EXPECT_NE(blocked.message.find("finance, legal"), std::string::npos) << blocked.message;

  ExpectFails(clerk_, ErrorCode::kInvalidArgument, "officer", [&](auto& ctx) {
    return RecordClearance(ctx, paper.id, 0, {"Finance", true, ""});
  });
  ExpectFails(clerk_, ErrorCode::kInvalidArgument, "area", [&](auto& ctx) {
    return RecordClearance(ctx, paper.id, 0, {" ", true, "CFO"});
  });
  ExpectFails(author_, ErrorCode::kPermissionDenied, "", [&](auto& ctx) {
    return RecordClearance(ctx, paper.id, 0, {"finance", true, "CFO"});
  });
  ExpectAudited(clerk_, "clearance", [&](auto& ctx) {
    return RecordClearance(ctx, paper.id, 0, {"Finance", true, "CFO"});
  });
  store::Clearance legal = ExpectAudited(clerk_, "clearance", [&](auto& ctx) {
    return RecordClearance(ctx, paper.id, 0, {"legal", false, ""});
  });
  {
    auto tx = std::move(store_->Begin(store::Access::kReadOnly)).value();
    EXPECT_EQ(MissingClearances(*tx, paper).value(), std::vector<std::string>{"legal"});
  }
  ExpectFails(clerk_, ErrorCode::kFailedPrecondition, "",
              [&](auto& ctx) { return PublishPaper(ctx, paper.id, paper.version); });
  ExpectFails(clerk_, ErrorCode::kConflict, "version", [&](auto& ctx) {
    return RecordClearance(ctx, paper.id, 0, {"legal", true, "Monitoring Officer"});
  });
  ExpectAudited(clerk_, "clearance", [&](auto& ctx) {
    return RecordClearance(ctx, paper.id, legal.version, {"legal", true, "Monitoring Officer"});
  });
  store::Paper published =
      ExpectAudited(clerk_, "paper", [&](auto& ctx) { return PublishPaper(ctx, paper.id, paper.version); });
  EXPECT_TRUE(published.published);
  EXPECT_EQ(Trail().back().action, "publish");
  ExpectFails(clerk_, ErrorCode::kFailedPrecondition, "",
              [&](auto& ctx) { return PublishPaper(ctx, paper.id, published.version); });

  // Once published, only the clerk may change it.
  input.title = "Budget 2020";
  ExpectFails(author_, ErrorCode::kPermissionDenied, "",
              [&](auto& ctx) { return UpdatePaper(ctx, paper.id, published.version, input); });
  store::Paper retitled = ExpectAudited(
      clerk_, "paper", [&](auto& ctx) { return UpdatePaper(ctx, paper.id, published.version, input); });
  EXPECT_TRUE(retitled.published);
  input.body_id = committee_.id;
  ExpectFails(clerk_, ErrorCode::kInvalidArgument, "body_id",
              [&](auto& ctx) { return UpdatePaper(ctx, paper.id, retitled.version, input); });
}

TEST_F(CommandsTest, OutcomesAreRecordedWithTheirMeeting) {
  store::Paper paper = MakePaper("Budget");
  store::Recommendation r;
  {
    auto tx = std::move(store_->Begin()).value();
    r = tx->papers().CreateRecommendation({.paper_id = paper.id, .text = "Approve the budget"}).value();
    ASSERT_TRUE(tx->Commit().ok());
  }
  using store::RecommendationOutcome;
  ExpectFails(author_, ErrorCode::kPermissionDenied, "", [&](auto& ctx) {
    return RecordOutcome(ctx, r.id, r.version, RecommendationOutcome::kAgreed, "", meeting_.id);
  });
  ExpectFails(clerk_, ErrorCode::kInvalidArgument, "outcome", [&](auto& ctx) {
    return RecordOutcome(ctx, r.id, r.version, RecommendationOutcome::kNone, "", meeting_.id);
  });
  ExpectFails(clerk_, ErrorCode::kInvalidArgument, "outcome_note", [&](auto& ctx) {
    return RecordOutcome(ctx, r.id, r.version, RecommendationOutcome::kAgreedWithAmendments, " ",
                         meeting_.id);
  });
  ExpectFails(clerk_, ErrorCode::kInvalidArgument, "meeting_id", [&](auto& ctx) {
    return RecordOutcome(ctx, r.id, r.version, RecommendationOutcome::kAgreed, "", november_.id);
  });
  ExpectFails(clerk_, ErrorCode::kInvalidArgument, "meeting_id", [&](auto& ctx) {
    return RecordOutcome(ctx, r.id, r.version, RecommendationOutcome::kAgreed, "", store::MeetingId{999});
  });
  store::Recommendation decided = ExpectAudited(clerk_, "recommendation", [&](auto& ctx) {
    return RecordOutcome(ctx, r.id, r.version, RecommendationOutcome::kAgreedWithAmendments,
                         "Reserves kept at 5%", meeting_.id);
  });
  EXPECT_EQ(decided.outcome_note, "Reserves kept at 5%");
  EXPECT_EQ(nlohmann::json::parse(Trail().back().after_json)["meeting_id"], meeting_.id.value);
  ExpectFails(clerk_, ErrorCode::kConflict, "version", [&](auto& ctx) {
    return RecordOutcome(ctx, r.id, r.version, RecommendationOutcome::kRejected, "", meeting_.id);
  });
  auto tx = std::move(store_->Begin(store::Access::kReadOnly)).value();
  auto decision = tx->meeting_records().GetDecisionMeeting(r.id).value();
  ASSERT_TRUE(decision.has_value());
  EXPECT_EQ(decision->meeting_id, meeting_.id);
  EXPECT_EQ(decision->decided_on, meeting_.date);
}

TEST_F(CommandsTest, AReportBackIsOfferedToItsMeetingsAgenda) {
  store::AgendaItem item = AddItem("Performance");
  RaiseActionInput input;
  input.agenda_item_id = item.id;
  input.text = "Chief Constable to report back to the November 2019 Board on sickness levels";
  input.owner = "Chief Constable";
  store::Action action = Ok(Run(clerk_, [&](auto& ctx) { return RaiseAction(ctx, input); }));
  input.text = "No report back asked";
  store::Action plain = Ok(Run(clerk_, [&](auto& ctx) { return RaiseAction(ctx, input); }));

  ExpectFails(author_, ErrorCode::kPermissionDenied, "",
              [&](auto& ctx) { return AddReportBackItem(ctx, action.id); });
  ExpectFails(clerk_, ErrorCode::kInvalidArgument, "action_id",
              [&](auto& ctx) { return AddReportBackItem(ctx, plain.id); });
  ExpectFails(clerk_, ErrorCode::kInvalidArgument, "action_id",
              [&](auto& ctx) { return AddReportBackItem(ctx, store::ActionId{999}); });
  store::AgendaItem offered =
      ExpectAudited(clerk_, "agenda_item", [&](auto& ctx) { return AddReportBackItem(ctx, action.id); });
  EXPECT_EQ(offered.meeting_id, november_.id);
  EXPECT_EQ(offered.number, "1");
  EXPECT_EQ(offered.title, "Action 1: " + action.text);
  EXPECT_EQ(offered.presenter, "Chief Constable");
  ExpectFails(clerk_, ErrorCode::kAlreadyExists, "action_id",
              [&](auto& ctx) { return AddReportBackItem(ctx, action.id); });
}

TEST_F(CommandsTest, AnActionRaisedAtExemptBusinessIsExemptAndNumberedAfterHiddenOnes) {
  AgendaItemInput exempt_input;
  exempt_input.meeting_id = meeting_.id;
  exempt_input.title = "Estates disposal";
  exempt_input.kind = store::AgendaItemKind::kExempt;
  exempt_input.exemption_paragraph = "3";
  store::AgendaItem exempt_item =
      Ok(Run(clerk_, [&](auto& ctx) { return AddAgendaItem(ctx, exempt_input); }));
  store::AgendaItem open_item = AddItem("Performance");
  RaiseActionInput input;
  input.agenda_item_id = exempt_item.id;
  input.text = "Obtain a second valuation";
  input.owner = "Treasurer";
  store::Action exempt = Ok(Run(clerk_, [&](auto& ctx) { return RaiseAction(ctx, input); }));
  EXPECT_TRUE(exempt.exempt);
  input.agenda_item_id = open_item.id;
  store::Action open = Ok(Run(clerk_, [&](auto& ctx) { return RaiseAction(ctx, input); }));
  EXPECT_FALSE(open.exempt);
  EXPECT_EQ(open.number, "2");  // the exempt action holds number 1 although the public never sees it
  // Commands reach the exempt action whatever the viewer: the clerk can update it.
  Ok(Run(clerk_,
         [&](auto& ctx) { return AddActionUpdate(ctx, exempt.id, std::nullopt, "Valuer appointed"); }));
}

TEST_F(CommandsTest, ActionsAreRaisedUpdatedAndClosed) {
  store::AgendaItem item = AddItem("Performance");
  RaiseActionInput input;
  input.agenda_item_id = item.id;
  input.text = "Report back to the November 2019 Board on response times";
  input.owner = "Chief Constable";
  input.target_date = D(2019, 11, 1);
  ExpectFails(author_, ErrorCode::kPermissionDenied, "", [&](auto& ctx) { return RaiseAction(ctx, input); });
  store::Action action = ExpectAudited(clerk_, "action", [&](auto& ctx) { return RaiseAction(ctx, input); });
  EXPECT_EQ(action.number, "1");
  EXPECT_EQ(action.body_id, board_.id);
  EXPECT_EQ(action.meeting_raised_id, meeting_.id);
  EXPECT_EQ(action.agenda_item_number, "1");
  EXPECT_EQ(action.status, store::ActionStatus::kOpen);
  EXPECT_EQ(action.report_back_meeting_id, november_.id);  // read from the text

  RaiseActionInput bad = input;
  bad.owner = "";
  ExpectFails(clerk_, ErrorCode::kInvalidArgument, "owner", [&](auto& ctx) { return RaiseAction(ctx, bad); });
  bad = input;
  bad.text = "";
  ExpectFails(clerk_, ErrorCode::kInvalidArgument, "text", [&](auto& ctx) { return RaiseAction(ctx, bad); });
  bad = input;
  bad.target_date = D(2019, 9, 1);
  ExpectFails(clerk_, ErrorCode::kInvalidArgument, "target_date",
              [&](auto& ctx) { return RaiseAction(ctx, bad); });
  bad = input;
  bad.number = "1";
  ExpectFails(clerk_, ErrorCode::kAlreadyExists, "number", [&](auto& ctx) { return RaiseAction(ctx, bad); });
  bad = input;
  bad.report_back_meeting_id = meeting_.id;  // not after the meeting that raised it
  ExpectFails(clerk_, ErrorCode::kInvalidArgument, "report_back_meeting_id",
              [&](auto& ctx) { return RaiseAction(ctx, bad); });
  MeetingInput committee_meeting{committee_.id, D(2019, 12, 1), "", ""};
  store::Meeting other = Ok(Run(admin_, [&](auto& ctx) { return CreateMeeting(ctx, committee_meeting); }));
  bad.report_back_meeting_id = other.id;
  ExpectFails(clerk_, ErrorCode::kInvalidArgument, "report_back_meeting_id",
              [&](auto& ctx) { return RaiseAction(ctx, bad); });
  bad = input;
  bad.agenda_item_id = store::AgendaItemId{999};
  ExpectFails(clerk_, ErrorCode::kInvalidArgument, "agenda_item_id",
              [&](auto& ctx) { return RaiseAction(ctx, bad); });
  RaiseActionInput second = input;
  second.text = "Circulate the figures";
  second.report_back_meeting_id = november_.id;
  EXPECT_EQ(Ok(Run(clerk_, [&](auto& ctx) { return RaiseAction(ctx, second); })).number, "2");

  ActionEdit early{"Report back on response times", "Deputy Chief Constable", D(2019, 9, 1), november_.id};
  ExpectFails(clerk_, ErrorCode::kInvalidArgument, "target_date",
              [&](auto& ctx) { return UpdateAction(ctx, action.id, action.version, early); });
  ActionEdit edit{"Report back on response times", "Deputy Chief Constable", D(2019, 11, 15), november_.id};
  store::Action edited = ExpectAudited(
      clerk_, "action", [&](auto& ctx) { return UpdateAction(ctx, action.id, action.version, edit); });
  EXPECT_EQ(edited.owner, "Deputy Chief Constable");
  ExpectFails(clerk_, ErrorCode::kConflict, "version",
              [&](auto& ctx) { return UpdateAction(ctx, action.id, action.version, edit); });

  // Updates: the author may add them; dated today by default; never in the future or before the meeting.
  store::ActionUpdate update = ExpectAudited(author_, "action_update", [&](auto& ctx) {
    return AddActionUpdate(ctx, action.id, std::nullopt, "Figures requested");
  });
  EXPECT_EQ(update.date, D(2019, 9, 18));
  EXPECT_EQ(update.author, author_.user.name);
  ExpectFails(member_, ErrorCode::kPermissionDenied, "",
              [&](auto& ctx) { return AddActionUpdate(ctx, action.id, std::nullopt, "x"); });
  ExpectFails(author_, ErrorCode::kInvalidArgument, "date",
              [&](auto& ctx) { return AddActionUpdate(ctx, action.id, D(2019, 9, 19), "x"); });
  ExpectFails(author_, ErrorCode::kInvalidArgument, "date",
              [&](auto& ctx) { return AddActionUpdate(ctx, action.id, D(2019, 9, 17), "x"); });
  ExpectFails(author_, ErrorCode::kInvalidArgument, "text",
              [&](auto& ctx) { return AddActionUpdate(ctx, action.id, std::nullopt, ""); });

  ExpectFails(clerk_, ErrorCode::kInvalidArgument, "status", [&](auto& ctx) {
    return ChangeActionStatus(ctx, action.id, edited.version, store::ActionStatus::kOpen, "");
  });
  ExpectFails(author_, ErrorCode::kPermissionDenied, "", [&](auto& ctx) {
    return ChangeActionStatus(ctx, action.id, edited.version, store::ActionStatus::kClosed, "");
  });
  store::Action closed = ExpectAudited(clerk_, "action", [&](auto& ctx) {
    return ChangeActionStatus(ctx, action.id, edited.version, store::ActionStatus::kClosed,
                              "Reported in November");
  });
  EXPECT_EQ(closed.status, store::ActionStatus::kClosed);
  {
    auto tx = std::move(store_->Begin(store::Access::kReadOnly)).value();
    auto updates = tx->actions().ListActionUpdates(action.id).value();
    ASSERT_EQ(updates.size(), 2u);
    EXPECT_EQ(updates[1].text, "Reported in November");
  }
  ExpectFails(clerk_, ErrorCode::kFailedPrecondition, "",
              [&](auto& ctx) { return AddActionUpdate(ctx, action.id, std::nullopt, "More"); });
  ExpectFails(clerk_, ErrorCode::kConflict, "version", [&](auto& ctx) {
    return ChangeActionStatus(ctx, action.id, edited.version, store::ActionStatus::kOpen, "");
  });
  ExpectChainHolds();
}

TEST_F(CommandsTest, AddPaperContentWritesSectionsParagraphsAndRecommendationsOnce) {
  store::Paper paper = MakePaper("Budget");
  PaperText text = SplitPaperText("1. Purpose\n\n1.1 To set the budget.\n\n2 Finance\n\n2.1 It balances.");
  text.recommendations = SplitRecommendations("a) Agree the budget\nb) Note the risks");
  auto paragraphs = [&] {
    auto tx = std::move(store_->Begin(store::Access::kReadOnly)).value();
    return std::move(tx->papers().ListParagraphs(paper.id, store::Viewer::Everything())).value();
  };

  ExpectFails(member_, ErrorCode::kPermissionDenied, "",
              [&](auto& ctx) { return AddPaperContent(ctx, paper.id, paper.version, text); });
  ExpectFails(other_clerk_, ErrorCode::kPermissionDenied, "",
              [&](auto& ctx) { return AddPaperContent(ctx, paper.id, paper.version, text); });
  ExpectFails(author_, ErrorCode::kInvalidArgument, "text",
              [&](auto& ctx) { return AddPaperContent(ctx, paper.id, paper.version, PaperText{}); });
  PaperText twice = SplitPaperText("1.1 One.\n\n1.1 Again.");
  ExpectFails(author_, ErrorCode::kInvalidArgument, "text",
              [&](auto& ctx) { return AddPaperContent(ctx, paper.id, paper.version, twice); });
  PaperText long_recommendation = text;
  long_recommendation.recommendations.push_back({"c", std::string(20001, 'x')});
  ExpectFails(author_, ErrorCode::kInvalidArgument, "recommendations",
              [&](auto& ctx) { return AddPaperContent(ctx, paper.id, paper.version, long_recommendation); });
  ExpectFails(author_, ErrorCode::kConflict, "version",
              [&](auto& ctx) { return AddPaperContent(ctx, paper.id, paper.version + 1, text); });
  EXPECT_TRUE(paragraphs().empty());

  PaperContent added = ExpectAudited(
      author_, "paper", [&](auto& ctx) { return AddPaperContent(ctx, paper.id, paper.version, text); });
  ASSERT_EQ(added.sections.size(), 2u);
  EXPECT_EQ(added.sections[1].number, "2");
  EXPECT_EQ(added.sections[1].heading, "Finance");
  ASSERT_EQ(paragraphs().size(), 2u);
  EXPECT_EQ(paragraphs()[1].number, "2.1");
  EXPECT_EQ(paragraphs()[1].section_id, added.sections[1].id);
  ASSERT_EQ(added.recommendations.size(), 2u);
  EXPECT_EQ(added.recommendations[0].label, "a");
  EXPECT_EQ(Trail().back().action, "add_content");

  // The numbers already used count: adding 2.1 again is refused.
  PaperText again = SplitPaperText("2.1 Once more.");
  ExpectFails(author_, ErrorCode::kInvalidArgument, "text",
              [&](auto& ctx) { return AddPaperContent(ctx, paper.id, paper.version, again); });
}

}  // namespace
}  // namespace boardroom::governance
