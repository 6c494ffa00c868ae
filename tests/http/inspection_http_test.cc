// The inspection and glossary doors over real sockets, as the public sees them: GET /inspections,
// /inspections/{id}, /glossary and their /api/v1 twins, and what search adds for inspections
// (kind:inspection, citations, the glossary beside the results), against a SQLite store in a temporary
// directory. A draft paper's inspection, items and acronyms never show.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <thread>

#include "client.h"
#include "core/clock.h"
#include "store/sqlite/sqlite_store.h"
#include "web/api_governance.h"
#include "web/governance_pages.h"
#include "web/inspection_pages.h"
#include "web/search_pages.h"
#include "web/server.h"

namespace boardroom::web {
namespace {

using ::boardroom::testing::Reply;
using ::boardroom::testing::Send;
using nlohmann::json;
using ::testing::HasSubstr;
using ::testing::Not;

Date D(int year, int month, int day) {
  return Date::FromYmd(year, month, day).value();
}

class InspectionHttpTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = ::boardroom::testing::MakeTempDir("br-inspection-http");
    auto opened = store::OpenSqliteStore((dir_ / "test.db").string());
    ASSERT_TRUE(opened.ok()) << opened.error().message;
    store_ = std::shared_ptr<store::Store>(std::move(opened).value());
    Seed();
    Result<Site> site = MakeSite("test");
    ASSERT_TRUE(site.ok()) << site.error().message;
    Router router;
    AddInspectionRoutes(router, *site, InspectionContext{store_, clock_});
    AddSearchRoutes(router, *site, SearchContext{store_});
    AddGovernancePages(router, *site, GovernanceContext{store_, clock_, nullptr});
    AddGovernanceApiRoutes(router, ApiContext{store_, clock_});
    ServerOptions options;
    options.listen = "127.0.0.1:0";
    options.io_threads = 1;
    options.workers = 1;
    options.log_requests = false;
    options.handle_signals = false;
    server_ = std::make_unique<Server>(options, std::move(router));
    Result<int> port = server_->Start();
    ASSERT_TRUE(port.ok()) << port.error().message;
    port_ = *port;
    thread_ = std::thread([this] { server_->Run(); });
  }

  void TearDown() override {
    if (server_) server_->Stop();
    if (thread_.joinable()) thread_.join();
    server_.reset();
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  void Seed() {
    auto tx = store_->Begin().value();
    store::Body body =
        tx->bodies().CreateBody({.name = "Business Coordination Board", .short_name = "BCB"}).value();
    store::Paper paper;
    paper.body_id = body.id;
    paper.title = "Response to the poor relation";
    paper.published = true;
    paper.meeting_date = D(2019, 9, 18);
    paper = tx->papers().CreatePaper(paper).value();
    store::Paper draft = paper;
    draft.title = "Draft response";
    draft.published = false;
    draft = tx->papers().CreatePaper(draft).value();

    meeting_ = tx->meetings().CreateMeeting({.body_id = body.id, .date = D(2019, 9, 18)}).value();
    ASSERT_TRUE(tx->meetings()
                    .CreateAgendaItem({.meeting_id = meeting_.id,
                                       .number = "11",
                                       .position = 1,
                                       .title = "Older people",
                                       .kind = store::AgendaItemKind::kPaper,
                                       .paper_id = paper.id})
                    .ok());
    ASSERT_TRUE(tx->meetings()
                    .CreateAgendaItem({.meeting_id = meeting_.id,
                                       .number = "12",
                                       .position = 2,
                                       .title = "Fraud",
                                       .kind = store::AgendaItemKind::kPaper,
                                       .paper_id = draft.id})
                    .ok());
    paper_ = paper;
    inspection_ = tx->inspections()
                      .CreateInspection({.paper_id = paper.id,
                                         .title = "The poor relation",
                                         .inspectorate = "HMICFRS",
                                         .published = D(2019, 7, 17),
                                         .response_due = D(2019, 9, 10)})
                      .value();
    item_ = tx->inspections()
                .CreateInspectionItem(
                    {.inspection_id = inspection_.id,
                     .position = 1,
                     .text = "Within three months, chief constables should review <b>elder</b> abuse",
                     .addressee = "chief constables",
                     .due = D(2019, 10, 17),
                     .response = "Agreed: a review has begun."})
                .value();
    ASSERT_TRUE(tx->inspections()
                    .CreateInspectionItem({.inspection_id = inspection_.id,
                                           .position = 2,
                                           .kind = store::InspectionItemKind::kAreaForImprovement,
                                           .text = "Forces should improve safeguarding referrals",
                                           .urgent = true})
                    .ok());
    draft_inspection_ =
        tx->inspections().CreateInspection({.paper_id = draft.id, .title = "Hushhush review"}).value();
    ASSERT_TRUE(
        tx->inspections()
            .CreateInspectionItem(
                {.inspection_id = draft_inspection_.id, .position = 1, .text = "Fix the hushhush plan"})
            .ok());
    ASSERT_TRUE(tx->inspections()
                    .CreateAcronym({.body_id = body.id,
                                    .short_form = "OPCC",
                                    .long_form = "Office of the Police and Crime Commissioner",
                                    .paper_id = paper.id})
                    .ok());
    ASSERT_TRUE(tx->inspections()
                    .CreateAcronym({.body_id = body.id,
                                    .short_form = "HCU",
                                    .long_form = "Hushhush Crime Unit",
                                    .paper_id = draft.id})
                    .ok());
    ASSERT_TRUE(tx->Commit().ok());
  }

  Reply Get(const std::string& target) { return Send(port_, "GET", target); }

  json GetJson(const std::string& target, int status = 200) {
    Reply reply = Get(target);
    EXPECT_EQ(reply.status, status) << target << ": " << reply.body;
    json body = json::parse(reply.body, nullptr, false);
    EXPECT_FALSE(body.is_discarded()) << reply.body;
    return body;
  }

  std::filesystem::path dir_;
  std::shared_ptr<store::Store> store_;
  std::shared_ptr<FixedClock> clock_ = std::make_shared<FixedClock>(1'572'600'000);  // 2019-11-01
  store::Inspection inspection_, draft_inspection_;
  store::Meeting meeting_;
  store::Paper paper_;
  store::InspectionItem item_;
  std::unique_ptr<Server> server_;
  std::thread thread_;
  int port_ = 0;
};

TEST_F(InspectionHttpTest, InspectionPageShowsDeadlineLateWarningItemsAndEscapes) {
  Reply page = Get("/inspections/" + std::to_string(inspection_.id.value));
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_THAT(page.body, HasSubstr("The poor relation"));
  EXPECT_THAT(page.body, HasSubstr("<time datetime=\"2019-07-17\">17 July 2019</time>"));
  EXPECT_THAT(page.body, HasSubstr("<time datetime=\"2019-09-10\">10 September 2019</time>"));
  EXPECT_THAT(page.body, HasSubstr("Answered late"));
  EXPECT_THAT(page.body, HasSubstr("govuk-warning-text"));
  EXPECT_THAT(page.body, HasSubstr("8 days after the 56-day period that ended on 10 September 2019"));
  EXPECT_THAT(page.body, HasSubstr("id=\"item-" + std::to_string(item_.id.value) + "\""));
  EXPECT_THAT(page.body, HasSubstr("chief constables"));
  EXPECT_THAT(page.body, HasSubstr("Agreed: a review has begun."));
  EXPECT_THAT(page.body, HasSubstr("Overdue by 15 days"));  // due 17 October, today 1 November
  EXPECT_THAT(page.body, HasSubstr("Urgent"));
  EXPECT_THAT(page.body, HasSubstr("Area for improvement"));
  EXPECT_THAT(page.body, HasSubstr("&lt;b&gt;elder&lt;/b&gt;"));
  EXPECT_THAT(page.body, Not(HasSubstr("<b>elder")));
}

TEST_F(InspectionHttpTest, ListShowsDueAndOverdueButNeverADraftsInspection) {
  Reply list = Get("/inspections");
  ASSERT_EQ(list.status, 200);
  EXPECT_THAT(list.body, HasSubstr("href=\"/inspections/" + std::to_string(inspection_.id.value) + "\""));
  EXPECT_THAT(list.body, HasSubstr("1 overdue"));
  EXPECT_THAT(list.body, Not(HasSubstr("Hushhush")));
  EXPECT_EQ(Get("/inspections?body=BCB").status, 200);
  EXPECT_EQ(Get("/inspections?body=nobody").status, 400);
}

TEST_F(InspectionHttpTest, BadAndHiddenIdsAreNotFound) {
  for (const std::string& id :
       {std::to_string(draft_inspection_.id.value), std::string("999999"), std::string("0"),
        std::string("-1"), std::string("abc"), std::string("1%20OR%201")}) {
    SCOPED_TRACE(id);
    Reply page = Get("/inspections/" + id);
    EXPECT_EQ(page.status, 404);
    EXPECT_THAT(page.body, Not(HasSubstr("Hushhush")));
    json error = GetJson("/api/v1/inspections/" + id, 404);
    EXPECT_EQ(error["error"]["code"], "not_found");
  }
}

TEST_F(InspectionHttpTest, ApiListsAndShowsInspectionsWithItems) {
  json list = GetJson("/api/v1/inspections");
  ASSERT_EQ(list["items"].size(), 1u);
  EXPECT_EQ(list["items"][0]["title"], "The poor relation");
  EXPECT_EQ(list["items"][0]["response_due"], "2019-09-10");
  EXPECT_EQ(list["items"][0]["response_state"], "late");
  EXPECT_EQ(list["items"][0]["counts"]["overdue"], 1);
  EXPECT_FALSE(list["items"][0].contains("items"));
  EXPECT_EQ(list["has_more"], false);

  json one = GetJson("/api/v1/inspections/" + std::to_string(inspection_.id.value));
  EXPECT_EQ(one["published"], "2019-07-17");
  EXPECT_EQ(one["inspectorate"], "HMICFRS");
  EXPECT_EQ(one["response_tabled"], "2019-09-18");
  ASSERT_EQ(one["items"].size(), 2u);
  EXPECT_EQ(one["items"][0]["addressee"], "chief constables");
  EXPECT_EQ(one["items"][0]["due"], "2019-10-17");
  EXPECT_EQ(one["items"][0]["due_state"], "overdue");
  EXPECT_EQ(one["items"][1]["kind"], "area_for_improvement");
  EXPECT_EQ(one["items"][1]["urgent"], true);
  EXPECT_TRUE(one["items"][1]["due"].is_null());

  EXPECT_EQ(GetJson("/api/v1/inspections?limit=0", 400)["error"]["field"], "limit");
  EXPECT_EQ(GetJson("/api/v1/inspections?offset=x", 400)["error"]["field"], "offset");
  EXPECT_EQ(GetJson("/api/v1/inspections?body=nobody", 400)["error"]["field"], "body");
}

TEST_F(InspectionHttpTest, GlossaryListsWhatThePublicMaySeeFilteredByText) {
  json all = GetJson("/api/v1/glossary");
  ASSERT_EQ(all["items"].size(), 1u);
  EXPECT_EQ(all["items"][0]["short"], "OPCC");
  EXPECT_EQ(all["items"][0]["long"], "Office of the Police and Crime Commissioner");
  EXPECT_EQ(GetJson("/api/v1/glossary?q=commissioner")["items"].size(), 1u);
  EXPECT_EQ(GetJson("/api/v1/glossary?q=hushhush")["items"].size(), 0u);
  EXPECT_EQ(GetJson("/api/v1/glossary?body=BCB")["items"].size(), 1u);
  EXPECT_EQ(GetJson("/api/v1/glossary?body=nobody", 400)["error"]["field"], "body");
  Reply page = Get("/glossary");
  ASSERT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr("Office of the Police and Crime Commissioner"));
  EXPECT_THAT(page.body, Not(HasSubstr("Hushhush")));
  Reply none = Get("/glossary?q=%3Cscript%3E");
  EXPECT_EQ(none.status, 200);
  EXPECT_THAT(none.body, HasSubstr("No acronyms to show"));
  EXPECT_THAT(none.body, Not(HasSubstr("<script>")));
}

TEST_F(InspectionHttpTest, SearchFindsItemsCitesTheirPaperAndExplainsAcronyms) {
  json found = GetJson("/api/v1/search?q=elder%20kind:inspection");
  ASSERT_EQ(found["total"], 1);
  EXPECT_EQ(found["hits"][0]["kind"], "inspection");
  EXPECT_EQ(found["hits"][0]["citation"],
            std::string("BCB 18 Sep 2019 \u203a item 11 \u203a inspection item 1"));
  EXPECT_EQ(found["hits"][0]["link"], "/inspections/" + std::to_string(inspection_.id.value) + "#item-" +
                                          std::to_string(item_.id.value));
  EXPECT_EQ(found["hits"][0]["paper_title"], "Response to the poor relation");
  bool counted = false;
  for (const json& f : found["facets"]["kind"]) counted = counted || f["value"] == "inspection";
  EXPECT_TRUE(counted);
  EXPECT_EQ(GetJson("/api/v1/search?q=hushhush")["total"], 0);
  EXPECT_EQ(GetJson("/api/v1/search?q=hushhush")["glossary"].size(), 0u);

  json by_short = GetJson("/api/v1/search?q=OPCC");
  ASSERT_EQ(by_short["glossary"].size(), 1u);
  EXPECT_EQ(by_short["glossary"][0]["long"], "Office of the Police and Crime Commissioner");
  json by_long = GetJson("/api/v1/search?q=%22Office%20of%20the%20Police%20and%20Crime%20Commissioner%22");
  ASSERT_EQ(by_long["glossary"].size(), 1u);
  EXPECT_EQ(by_long["glossary"][0]["short"], "OPCC");
  Reply page = Get("/search?q=opcc");
  ASSERT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr("Office of the Police and Crime Commissioner"));
  Reply items = Get("/search?q=safeguarding%20kind:inspection");
  EXPECT_THAT(items.body, HasSubstr("inspection item 2"));
}

TEST_F(InspectionHttpTest, ThePapersMeetingPageAndJsonLinkToItsInspection) {
  Reply meeting = Get("/meetings/" + std::to_string(meeting_.id.value));
  ASSERT_EQ(meeting.status, 200) << meeting.body;
  EXPECT_THAT(meeting.body, HasSubstr("href=\"/inspections/" + std::to_string(inspection_.id.value) + "\""));
  EXPECT_THAT(meeting.body, HasSubstr("Responds to: The poor relation"));
  EXPECT_THAT(meeting.body, Not(HasSubstr("Hushhush")));
  EXPECT_THAT(meeting.body,
              Not(HasSubstr("href=\"/inspections/" + std::to_string(draft_inspection_.id.value) + "\"")));
  json paper = GetJson("/api/v1/papers/" + std::to_string(paper_.id.value));
  EXPECT_EQ(paper["inspection_id"], inspection_.id.value);
}

}  // namespace
}  // namespace boardroom::web
