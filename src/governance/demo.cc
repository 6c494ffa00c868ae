#include "governance/demo.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "governance/plans.h"
#include "governance/record_json.h"
#include "governance/rules.h"
#include "store/audit_chain.h"

namespace boardroom::governance {
namespace {

using store::AgendaItemKind;
using store::Classification;
using store::MembershipRole;
using store::RecommendationOutcome;

// The first working day on or after `from` that falls on `weekday` (1 = Monday).
Date WorkingWeekdayOnOrAfter(Date from, int weekday) {
  Date d = from;
  while (d.weekday() != weekday || !IsWorkingDay(d)) d = d.AddDays(1);
  return d;
}

// The last working day on or before `from` that falls on `weekday`.
Date WorkingWeekdayOnOrBefore(Date from, int weekday) {
  Date d = from;
  while (d.weekday() != weekday || !IsWorkingDay(d)) d = d.AddDays(-1);
  return d;
}

Result<bool> HoldsBodyOrMeeting(store::Transaction& tx) {
  store::Page one;
  one.limit = 1;
  ASSIGN_OR_RETURN(auto bodies, tx.bodies().ListBodies(one));
  if (!bodies.empty()) return true;
  store::MeetingFilter filter;
  filter.page = one;
  ASSIGN_OR_RETURN(auto meetings, tx.meetings().ListMeetings(filter));
  return !meetings.empty();
}

struct SectionSpec {
  std::string number;
  std::string heading;
  std::vector<std::pair<std::string, std::string>> paragraphs;  // number, text
};

struct RecommendationSpec {
  std::string label;
  std::string text;
  RecommendationOutcome outcome = RecommendationOutcome::kNone;
  std::string note;
};

struct ClearanceSpec {
  std::string area;
  bool cleared = false;
  std::string officer;
};

struct PaperSpec {
  std::string title;
  std::string to;
  std::string from;
  Classification classification = Classification::kOfficial;
  bool published = true;
  bool exempt = false;
  bool key_decision = false;
  std::vector<SectionSpec> sections;
  std::vector<RecommendationSpec> recommendations;
  std::vector<ClearanceSpec> clearances;
};

struct ItemSpec {
  std::string number;
  std::string title;
  std::string presenter;
  AgendaItemKind kind = AgendaItemKind::kStandard;
  std::string exemption_paragraph;
  std::optional<store::PaperId> paper_id;
};

struct ActionSpec {
  std::string number;
  std::string agenda_item_number;
  std::string text;
  std::string owner;
  std::optional<int> target_in_days;  // relative to today
  store::ActionStatus status = store::ActionStatus::kOpen;
  std::vector<std::pair<int, std::string>> updates;  // days relative to today (<= 0), text
  std::string update_author;
};

// A theme of the demo plan, with its objectives and the records tagged with it.
struct ThemeSpec {
  std::string title;
  std::string slug;
  std::string description;
  std::vector<std::string> objectives;
  std::vector<std::pair<store::TaggedKind, int64_t>> tags;
};

// Writes the demonstration records through one transaction.
class DemoWriter {
 public:
  DemoWriter(store::Transaction& tx, Date today, int64_t now) : tx_(tx), today_(today), now_(now) {}

  Status Write();

 private:
  Result<store::OrganisationId> AddOrganisation(std::string name, std::string short_name, std::string kind);
  Result<store::PersonId> AddPerson(std::string name, std::string post,
                                    std::optional<store::OrganisationId> org);
  Status AddMember(store::BodyId body, store::PersonId person, MembershipRole role, bool voting,
                   bool speaking);
  Result<store::PaperId> AddPaper(store::BodyId body, Date meeting_date, const PaperSpec& spec);
  Status AddAgenda(store::MeetingId meeting, const std::vector<ItemSpec>& items);
  Result<store::ActionId> AddAction(store::BodyId body, std::optional<store::MeetingId> raised,
                                    const ActionSpec& spec);
  Status AddPlan(store::BodyId body, std::string title, const std::vector<ThemeSpec>& themes);

  // Appends the "create" audit event of a demo record (actor "demo"), so that its history page has it.
  Status Created(std::string kind, int64_t id, const nlohmann::json& after);

  store::Transaction& tx_;
  Date today_;
  int64_t now_;
};

Status DemoWriter::Created(std::string kind, int64_t id, const nlohmann::json& after) {
  store::AuditEvent event;
  event.at = now_;
  event.actor = "demo";
  event.action = "create";
  event.record_kind = std::move(kind);
  event.record_id = id;
  event.after_json = after.dump();
  Result<store::AuditEvent> written = store::WriteAuditEvent(tx_, std::move(event));
  if (!written.ok()) return written.error();
  return OkStatus();
}

Result<store::OrganisationId> DemoWriter::AddOrganisation(std::string name, std::string short_name,
                                                          std::string kind) {
  store::Organisation org;
  org.name = std::move(name);
  org.short_name = std::move(short_name);
  org.kind = std::move(kind);
  ASSIGN_OR_RETURN(store::Organisation stored, tx_.organisations().CreateOrganisation(org));
  return stored.id;
}

Result<store::PersonId> DemoWriter::AddPerson(std::string name, std::string post,
                                              std::optional<store::OrganisationId> org) {
  store::Person person;
  person.name = std::move(name);
  person.post = std::move(post);
  person.organisation_id = org;
  ASSIGN_OR_RETURN(store::Person stored, tx_.organisations().CreatePerson(person));
  return stored.id;
}

Status DemoWriter::AddMember(store::BodyId body, store::PersonId person, MembershipRole role, bool voting,
                             bool speaking) {
  store::Membership membership;
  membership.body_id = body;
  membership.person_id = person;
  membership.role = role;
  membership.voting = voting;
  membership.speaking = speaking;
  membership.from = today_.AddMonths(-18);
  ASSIGN_OR_RETURN(store::Membership stored, tx_.bodies().CreateMembership(membership));
  return Created("membership", stored.id.value, ToJson(stored));
}

Result<store::PaperId> DemoWriter::AddPaper(store::BodyId body, Date meeting_date, const PaperSpec& spec) {
  store::Paper paper;
  paper.body_id = body;
  paper.title = spec.title;
  paper.to = spec.to;
  paper.from = spec.from;
  paper.date = meeting_date.AddDays(-12);
  paper.meeting_date = meeting_date;
  paper.classification = spec.classification;
  paper.published = spec.published;
  paper.exempt = spec.exempt;
  paper.key_decision = spec.key_decision;
  paper.electoral_divisions = "All";
  ASSIGN_OR_RETURN(store::Paper stored, tx_.papers().CreatePaper(paper));
  RETURN_IF_ERROR(Created("paper", stored.id.value, ToJson(stored)));

  int64_t section_position = 0;
  int64_t paragraph_position = 0;
  for (const auto& section_spec : spec.sections) {
    store::PaperSection section;
    section.paper_id = stored.id;
    section.number = section_spec.number;
    section.heading = section_spec.heading;
    section.position = section_position += 10;
    ASSIGN_OR_RETURN(store::PaperSection stored_section, tx_.papers().CreateSection(section));
    for (const auto& [number, text] : section_spec.paragraphs) {
      store::Paragraph paragraph;
      paragraph.paper_id = stored.id;
      paragraph.section_id = stored_section.id;
      paragraph.number = number;
      paragraph.text = text;
      paragraph.position = paragraph_position += 10;
      ASSIGN_OR_RETURN(store::Paragraph stored_paragraph, tx_.papers().CreateParagraph(paragraph));
      (void)stored_paragraph;
    }
  }
  for (const auto& rec_spec : spec.recommendations) {
    store::Recommendation rec;
    rec.paper_id = stored.id;
    rec.label = rec_spec.label;
    rec.text = rec_spec.text;
    rec.outcome = rec_spec.outcome;
    rec.outcome_note = rec_spec.note;
    ASSIGN_OR_RETURN(store::Recommendation stored_rec, tx_.papers().CreateRecommendation(rec));
    (void)stored_rec;
  }
  for (const auto& clearance_spec : spec.clearances) {
    store::Clearance clearance;
    clearance.paper_id = stored.id;
    clearance.area = clearance_spec.area;
    clearance.cleared = clearance_spec.cleared;
    clearance.officer = clearance_spec.officer;
    ASSIGN_OR_RETURN(store::Clearance stored_clearance, tx_.papers().CreateClearance(clearance));
    (void)stored_clearance;
  }
  return stored.id;
}

Status DemoWriter::AddAgenda(store::MeetingId meeting, const std::vector<ItemSpec>& items) {
  std::map<std::string, store::AgendaItemId> ids;
  int64_t position = 0;
  for (const auto& spec : items) {
    ASSIGN_OR_RETURN(AgendaNumber number, AgendaNumber::Parse(spec.number));
    store::AgendaItem item;
    item.meeting_id = meeting;
    item.number = number.ToString();
    item.position = position += 10;
    if (auto parent = number.Parent()) {
      auto it = ids.find(parent->ToString());
      if (it == ids.end()) return Error::Internal("demo agenda item " + spec.number + " has no parent item");
      item.parent_item_id = it->second;
    }
    item.title = spec.title;
    item.presenter = spec.presenter;
    item.kind = spec.kind;
    item.exemption_paragraph = spec.exemption_paragraph;
    item.paper_id = spec.paper_id;
    ASSIGN_OR_RETURN(store::AgendaItem stored, tx_.meetings().CreateAgendaItem(item));
    RETURN_IF_ERROR(Created("agenda_item", stored.id.value, ToJson(stored)));
    ids[stored.number] = stored.id;
  }
  return OkStatus();
}

Result<store::ActionId> DemoWriter::AddAction(store::BodyId body, std::optional<store::MeetingId> raised,
                                              const ActionSpec& spec) {
  store::Action action;
  action.body_id = body;
  action.number = spec.number;
  action.meeting_raised_id = raised;
  action.agenda_item_number = spec.agenda_item_number;
  action.text = spec.text;
  action.owner = spec.owner;
  if (spec.target_in_days) action.target_date = today_.AddDays(*spec.target_in_days);
  action.status = spec.status;
  ASSIGN_OR_RETURN(store::Action stored, tx_.actions().CreateAction(action));
  RETURN_IF_ERROR(Created("action", stored.id.value, ToJson(stored)));
  for (const auto& [days, text] : spec.updates) {
    store::ActionUpdate update;
    update.action_id = stored.id;
    update.date = today_.AddDays(days);
    update.text = text;
    update.author = spec.update_author;
    ASSIGN_OR_RETURN(store::ActionUpdate stored_update, tx_.actions().AppendActionUpdate(update));
    (void)stored_update;
  }
  return stored.id;
}

Status DemoWriter::AddPlan(store::BodyId body, std::string title, const std::vector<ThemeSpec>& themes) {
  const Date start = Date::FromYmd(today_.year() - (today_.month() < 4 ? 1 : 0), 4, 1).value();
  ASSIGN_OR_RETURN(store::Plan plan,
                   tx_.plans().CreatePlan({.body_id = body,
                                           .title = std::move(title),
                                           .period_from = start,
                                           .period_until = start.AddMonths(36).AddDays(-1)}));
  RETURN_IF_ERROR(Created("plan", plan.id.value, ToJson(plan)));
  int64_t position = 0;
  for (const ThemeSpec& spec : themes) {
    ASSIGN_OR_RETURN(store::Theme theme, tx_.plans().CreateTheme({.plan_id = plan.id,
                                                                  .title = spec.title,
                                                                  .slug = spec.slug,
                                                                  .description = spec.description,
                                                                  .position = ++position}));
    RETURN_IF_ERROR(Created("theme", theme.id.value, ToJson(theme)));
    int64_t objective_position = 0;
    for (const std::string& text : spec.objectives) {
      ASSIGN_OR_RETURN(store::Objective objective,
                       tx_.plans().CreateObjective(
                           {.theme_id = theme.id, .text = text, .position = ++objective_position}));
      RETURN_IF_ERROR(Created("objective", objective.id.value, ToJson(objective)));
    }
    for (const auto& [kind, id] : spec.tags) RETURN_IF_ERROR(tx_.plans().Tag({theme.id, kind, id}));
  }
  return OkStatus();
}

Status DemoWriter::Write() {
  // Organisations.
  ASSIGN_OR_RETURN(auto opcc, AddOrganisation("Office of the Police and Crime Commissioner for Wessex Vale",
                                              "OPCC", "opcc"));
  ASSIGN_OR_RETURN(auto police, AddOrganisation("Wessex Vale Constabulary", "WVC", "constabulary"));
  ASSIGN_OR_RETURN(auto council, AddOrganisation("Wessex Vale County Council", "WVCC", "council"));
  ASSIGN_OR_RETURN(auto fire,
                   AddOrganisation("Wessex Vale Fire and Rescue Authority", "WVFRA", "fire authority"));
  ASSIGN_OR_RETURN(auto voluntary, AddOrganisation("Vale Voluntary Action", "VVA", "voluntary body"));
  ASSIGN_OR_RETURN(auto health,
                   AddOrganisation("Wessex Vale NHS Integrated Care Board", "ICB", "health body"));

  // People.
  ASSIGN_OR_RETURN(auto commissioner, AddPerson("Helen Marsh", "Police and Crime Commissioner", opcc));
  ASSIGN_OR_RETURN(auto opcc_chief_exec, AddPerson("David Okafor", "Chief Executive", opcc));
  ASSIGN_OR_RETURN(auto finance_officer, AddPerson("Karen Doyle", "Chief Finance Officer", opcc));
  ASSIGN_OR_RETURN(auto clerk, AddPerson("Lucy Fenwick", "Governance Officer", opcc));
  ASSIGN_OR_RETURN(auto chief_constable, AddPerson("Sarah Pemberton", "Chief Constable", police));
  ASSIGN_OR_RETURN(auto deputy_chief, AddPerson("Mark Ellison", "Deputy Chief Constable", police));
  ASSIGN_OR_RETURN(auto board_chair,
                   AddPerson("Cllr Janet Hollis", "Cabinet Member for Communities", council));
  ASSIGN_OR_RETURN(auto head_community_safety,
                   AddPerson("Priya Natarajan", "Head of Community Safety", council));
  ASSIGN_OR_RETURN(auto public_health, AddPerson("Dr Neil Sharma", "Director of Public Health", council));
  ASSIGN_OR_RETURN(auto panel_chair, AddPerson("Cllr Ruth Caldwell", "County Councillor", council));
  ASSIGN_OR_RETURN(auto panel_vice,
                   AddPerson("Cllr Peter Ashdown", "District Councillor, Castlebridge", council));
  ASSIGN_OR_RETURN(auto chief_fire, AddPerson("Tom Briggs", "Chief Fire Officer", fire));
  ASSIGN_OR_RETURN(auto vva_chief, AddPerson("Grace Adeyemi", "Chief Executive", voluntary));
  ASSIGN_OR_RETURN(auto icb_director, AddPerson("Fiona Reid", "Director of Nursing and Quality", health));
  ASSIGN_OR_RETURN(auto independent,
                   AddPerson("Alan Whitcombe", "Independent co-opted member", std::nullopt));
  (void)clerk;
  (void)finance_officer;

  // Bodies.
  store::Body board;
  board.name = std::string(kDemoBoardName);
  board.short_name = "CCSB";
  board.kind = "board";
  board.terms_of_reference =
      "The Board brings together the responsible authorities under the Crime and Disorder Act 1998 to set "
      "the "
      "countywide community safety strategy, oversee the Serious Violence Duty and hold its delivery groups "
      "to "
      "account. It meets quarterly; a meeting is quorate when four voting members, including the Chair or "
      "Vice-Chair, are present.";
  board.active_from = today_.AddMonths(-30);
  board.required_clearances = {"finance", "legal"};
  ASSIGN_OR_RETURN(board, tx_.bodies().CreateBody(board));
  RETURN_IF_ERROR(Created("body", board.id.value, ToJson(board)));

  store::Body panel;
  panel.name = std::string(kDemoPanelName);
  panel.short_name = "PCP";
  panel.kind = "panel";
  panel.terms_of_reference =
      "The Panel reviews and scrutinises the decisions and actions of the Police and Crime Commissioner, "
      "reviews "
      "the proposed precept and the Police and Crime Plan, and holds confirmation hearings for senior "
      "appointments (Police Reform and Social Responsibility Act 2011, sections 28 to 30).";
  panel.active_from = today_.AddMonths(-60);
  ASSIGN_OR_RETURN(panel, tx_.bodies().CreateBody(panel));
  RETURN_IF_ERROR(Created("body", panel.id.value, ToJson(panel)));

  store::Body group;
  group.name = std::string(kDemoGroupName);
  group.short_name = "SVDG";
  group.kind = "delivery group";
  group.parent_body_id = board.id;
  group.terms_of_reference =
      "Delivers the serious violence strategy on behalf of the Countywide Community Safety Board and reports "
      "to "
      "each of its meetings.";
  group.active_from = today_.AddMonths(-14);
  ASSIGN_OR_RETURN(group, tx_.bodies().CreateBody(group));
  RETURN_IF_ERROR(Created("body", group.id.value, ToJson(group)));

  // Memberships: voting and speaking rights are separate facts.
  RETURN_IF_ERROR(AddMember(board.id, board_chair, MembershipRole::kChair, true, true));
  RETURN_IF_ERROR(AddMember(board.id, commissioner, MembershipRole::kViceChair, true, true));
  RETURN_IF_ERROR(AddMember(board.id, chief_constable, MembershipRole::kMember, true, true));
  RETURN_IF_ERROR(AddMember(board.id, chief_fire, MembershipRole::kMember, true, true));
  RETURN_IF_ERROR(AddMember(board.id, public_health, MembershipRole::kMember, true, true));
  RETURN_IF_ERROR(AddMember(board.id, icb_director, MembershipRole::kMember, true, true));
  RETURN_IF_ERROR(AddMember(board.id, vva_chief, MembershipRole::kObserver, false, true));
  RETURN_IF_ERROR(AddMember(board.id, head_community_safety, MembershipRole::kAdviser, false, true));
  RETURN_IF_ERROR(AddMember(panel.id, panel_chair, MembershipRole::kChair, true, true));
  RETURN_IF_ERROR(AddMember(panel.id, panel_vice, MembershipRole::kViceChair, true, true));
  RETURN_IF_ERROR(AddMember(panel.id, independent, MembershipRole::kCoOpted, false, true));
  RETURN_IF_ERROR(AddMember(group.id, head_community_safety, MembershipRole::kChair, true, true));
  RETURN_IF_ERROR(AddMember(group.id, deputy_chief, MembershipRole::kMember, true, true));
  RETURN_IF_ERROR(AddMember(group.id, opcc_chief_exec, MembershipRole::kMember, true, true));

  // Meetings: the Board met about six weeks ago and meets again in about five weeks; the Panel meets in about
  // two weeks.
  const Date past_date = WorkingWeekdayOnOrBefore(today_.AddDays(-42), 4);
  const Date next_date = WorkingWeekdayOnOrAfter(today_.AddDays(35), 4);
  const Date panel_date = WorkingWeekdayOnOrAfter(today_.AddDays(14), 2);

  store::Meeting past;
  past.body_id = board.id;
  past.date = past_date;
  past.time = "10:00";
  past.venue = "Council Chamber, County Hall, Castlebridge";
  past.status = store::MeetingStatus::kHeld;
  ASSIGN_OR_RETURN(past, tx_.meetings().CreateMeeting(past));
  RETURN_IF_ERROR(Created("meeting", past.id.value, ToJson(past)));

  store::Meeting next;
  next.body_id = board.id;
  next.date = next_date;
  next.time = "10:00";
  next.venue = "Committee Room 2, County Hall, Castlebridge";
  next.status = store::MeetingStatus::kPlanned;
  ASSIGN_OR_RETURN(next, tx_.meetings().CreateMeeting(next));
  RETURN_IF_ERROR(Created("meeting", next.id.value, ToJson(next)));

  store::Meeting panel_meeting;
  panel_meeting.body_id = panel.id;
  panel_meeting.date = panel_date;
  panel_meeting.time = "14:00";
  panel_meeting.venue = "Kingsmead Room, Castlebridge Guildhall";
  panel_meeting.status = store::MeetingStatus::kPlanned;
  ASSIGN_OR_RETURN(panel_meeting, tx_.meetings().CreateMeeting(panel_meeting));
  RETURN_IF_ERROR(Created("meeting", panel_meeting.id.value, ToJson(panel_meeting)));

  const std::string fy_next =
      FinancialYear{(today_.month() >= 4 ? today_.year() : today_.year() - 1) + 1}.ToString();
  const std::vector<ClearanceSpec> cleared = {
      {"finance", true, "Karen Doyle, Chief Finance Officer"},
      {"legal", true, "Monitoring Officer, Wessex Vale County Council"}};

  // Papers for the past meeting.
  PaperSpec sv_progress;
  sv_progress.title = "Serious Violence Duty: progress report";
  sv_progress.to = "Countywide Community Safety Board";
  sv_progress.from = "Head of Community Safety, Wessex Vale County Council";
  sv_progress.sections = {
      {"1",
       "Purpose of the report",
       {{"1.1",
         "This report updates the Board on the partnership's progress in meeting the Serious Violence Duty "
         "and asks members to note the draft timetable for the strategic needs assessment."}}},
      {"2",
       "Background",
       {{"2.1",
         "The Serious Violence Duty requires the specified authorities to work together to understand the "
         "causes of serious violence in their area and to prepare and publish a strategy to prevent and "
         "reduce it."},
        {"2.2",
         "The Board agreed at its previous meeting that the Serious Violence Delivery Group would lead this "
         "work and report to each meeting of the Board."}}},
      {"3",
       "Progress",
       {{"3.1",
         "A data-sharing agreement between the police, the county council, the fire and rescue service and "
         "the integrated care board has been drafted and is with partners' information governance leads."},
        {"3.2",
         "Hospital emergency department data on assault attendances is now received monthly; it shows "
         "that most attendances occur on Friday and Saturday nights in Castlebridge and Harnham."},
        {"3.3",
         "Community engagement sessions with young people were held in four secondary schools; their "
         "views will inform the response strategy."}}},
      {"4",
       "Financial implications",
       {{"4.1",
         "The work is funded from the Home Office serious violence grant for the current year. There are no "
         "further financial implications arising from this report."}}},
  };
  sv_progress.recommendations = {
      {"a", "The Board notes the progress made in meeting the Serious Violence Duty.",
       RecommendationOutcome::kNoted, ""},
      {"b", "The Board agrees the timetable for the strategic needs assessment at Appendix A.",
       RecommendationOutcome::kAgreed, ""},
  };
  sv_progress.clearances = cleared;
  ASSIGN_OR_RETURN(auto sv_progress_id, AddPaper(board.id, past_date, sv_progress));

  PaperSpec grants;
  grants.title = "Community safety grants: allocations for " + fy_next;
  grants.to = "Countywide Community Safety Board";
  grants.from = "Chief Executive, Office of the Police and Crime Commissioner";
  grants.key_decision = true;
  grants.sections = {
      {"1",
       "Purpose of the report",
       {{"1.1",
         "This report seeks the Board's agreement to the allocation of the community safety grant for " +
             fy_next + "."}}},
      {"2",
       "Proposed allocations",
       {{"2.1",
         "It is proposed that \u00a3240,000 is allocated to the five district community safety "
         "partnerships in proportion to population and recorded crime, and \u00a360,000 is held for "
         "projects bid for by voluntary and community groups."},
        {"2.2",
         "Vale Voluntary Action will administer the small grants scheme, with awards of up to \u00a35,000 "
         "to each project."}}},
      {"3",
       "Equality implications",
       {{"3.1",
         "An equality impact assessment has been completed; no adverse impact on any protected group was "
         "identified."}}},
  };
  grants.recommendations = {
      {"a", "The Board agrees the allocations set out in paragraph 2.1.",
       RecommendationOutcome::kAgreedWithAmendments,
       "Agreed, with \u00a310,000 of the small grants fund ring-fenced for projects in rural areas."},
  };
  grants.clearances = cleared;
  ASSIGN_OR_RETURN(auto grants_id, AddPaper(board.id, past_date, grants));

  RETURN_IF_ERROR(AddAgenda(
      past.id,
      {
          {"1", "Welcome and apologies", "Chair", AgendaItemKind::kStandard, "", std::nullopt},
          {"2", "Declarations of interest", "Chair", AgendaItemKind::kStandard, "", std::nullopt},
          {"3", "Minutes of the previous meeting", "Chair", AgendaItemKind::kStandard, "", std::nullopt},
          {"4", "Action log", "Governance Officer", AgendaItemKind::kStandard, "", std::nullopt},
          {"5", "Serious violence", "", AgendaItemKind::kStandard, "", std::nullopt},
          {"5.1", "Serious Violence Duty: progress report", "Report from the Head of Community Safety",
           AgendaItemKind::kPaper, "", sv_progress_id},
          {"5.2", "Knife crime: police update", "Verbal update from the Deputy Chief Constable",
           AgendaItemKind::kVerbal, "", std::nullopt},
          {"6", "Community safety grants", "Report from the Chief Executive, OPCC", AgendaItemKind::kPaper,
           "", grants_id},
          {"7", "Any other business", "Chair", AgendaItemKind::kStandard, "", std::nullopt},
      }));

  // Papers for the next meeting.
  PaperSpec minutes;
  minutes.title = "Minutes of the meeting held on " + WeekdayDate(past_date);
  minutes.to = "Countywide Community Safety Board";
  minutes.from = "Governance Officer";
  minutes.classification = Classification::kPublic;
  minutes.sections = {
      {"1",
       "Welcome and apologies",
       {{"1.1",
         "The Chair welcomed members. Apologies were received from the Chief Fire Officer, represented by "
         "the Area Manager for Prevention."}}},
      {"2",
       "Declarations of interest",
       {{"2.1",
         "Grace Adeyemi declared an interest in item 6 as Chief Executive of Vale Voluntary Action, which "
         "would administer the small grants scheme, and took no part in the discussion of that item."}}},
      {"5",
       "Serious violence",
       {{"5.1",
         "The Head of Community Safety presented the progress report. Members asked that the data-sharing "
         "agreement be circulated to all partners before it is signed (action 1)."},
        {"5.2",
         "The Deputy Chief Constable gave a verbal update on knife crime. Offences had fallen by 6% "
         "compared with the same period last year; members asked for a breakdown by district (action "
         "2)."}}},
      {"6",
       "Community safety grants",
       {{"6.1",
         "The Board agreed the allocations with an amendment ring-fencing \u00a310,000 for rural "
         "projects."}}},
  };
  ASSIGN_OR_RETURN(auto minutes_id, AddPaper(board.id, next_date, minutes));

  PaperSpec performance;
  performance.title = "Quarterly performance report";
  performance.to = "Countywide Community Safety Board";
  performance.from = "Chief Executive, Office of the Police and Crime Commissioner";
  performance.sections = {
      {"1",
       "Summary",
       {{"1.1",
         "Total recorded crime in the quarter was 2% lower than in the same quarter last year. Anti-social "
         "behaviour incidents fell by 9%; reports of domestic abuse rose by 4%, which partners attribute in "
         "part to greater confidence in reporting."}}},
      {"2",
       "Serious violence",
       {{"2.1",
         "Violence with injury fell by 3%. Hospital admissions for assault with a sharp object remained "
         "low, at eleven in the quarter."}}},
      {"3",
       "Fire and rescue",
       {{"3.1",
         "The fire and rescue service carried out 1,412 home fire safety visits, 62% of them to households "
         "referred by partners as at higher risk."}}},
  };
  performance.recommendations = {
      {"a", "The Board notes the performance set out in this report.", RecommendationOutcome::kNone, ""}};
  performance.clearances = cleared;
  ASSIGN_OR_RETURN(auto performance_id, AddPaper(board.id, next_date, performance));

  PaperSpec draft;
  draft.title = std::string(kDemoDraftPaperTitle);
  draft.to = "Countywide Community Safety Board";
  draft.from = "Chair, Serious Violence Delivery Group";
  draft.published = false;
  draft.sections = {
      {"1",
       "Introduction",
       {{"1.1",
         "This draft assessment brings together police, health, education and fire data to describe the "
         "nature and drivers of serious violence in Wessex Vale. It is not for publication until the Board "
         "has considered it."}}},
  };
  draft.recommendations = {{"a", "The Board approves the draft assessment for consultation with partners.",
                            RecommendationOutcome::kNone, ""}};
  draft.clearances = {{"finance", true, "Karen Doyle, Chief Finance Officer"}, {"legal", false, ""}};
  ASSIGN_OR_RETURN(auto draft_id, AddPaper(board.id, next_date, draft));

  PaperSpec sensitive;
  sensitive.title = std::string(kDemoSensitivePaperTitle);
  sensitive.to = "Countywide Community Safety Board";
  sensitive.from = "Head of Community Safety, Wessex Vale County Council";
  sensitive.classification = Classification::kOfficialSensitive;
  sensitive.sections = {
      {"1",
       "Learning themes",
       {{"1.1",
         "Two reviews completed this year identified common themes: information held by one agency was not "
         "shared with others, and risk assessments were not revisited when circumstances changed."}}},
  };
  sensitive.recommendations = {{"a", "The Board endorses the action plan responding to the learning themes.",
                                RecommendationOutcome::kNone, ""}};
  sensitive.clearances = cleared;
  ASSIGN_OR_RETURN(auto sensitive_id, AddPaper(board.id, next_date, sensitive));

  PaperSpec exempt;
  exempt.title = std::string(kDemoExemptPaperTitle);
  exempt.to = "Countywide Community Safety Board";
  exempt.from = "Head of Community Safety, Wessex Vale County Council";
  exempt.exempt = true;
  exempt.key_decision = true;
  exempt.sections = {
      {"1",
       "Tender evaluation",
       {{"1.1", "Three compliant tenders were received and evaluated on quality (60%) and price (40%)."}}},
  };
  exempt.recommendations = {{"a", "The Board agrees to award the contract to the highest-scoring bidder.",
                             RecommendationOutcome::kNone, ""}};
  exempt.clearances = cleared;
  ASSIGN_OR_RETURN(auto exempt_id, AddPaper(board.id, next_date, exempt));

  RETURN_IF_ERROR(AddAgenda(
      next.id,
      {
          {"1", "Welcome and apologies", "Chair", AgendaItemKind::kStandard, "", std::nullopt},
          {"2", "Declarations of interest", "Chair", AgendaItemKind::kStandard, "", std::nullopt},
          {"3", "Minutes of the previous meeting", "Chair", AgendaItemKind::kStandard, "", minutes_id},
          {"4", "Action log", "Governance Officer", AgendaItemKind::kStandard, "", std::nullopt},
          {"5", "Performance and serious violence", "", AgendaItemKind::kStandard, "", std::nullopt},
          {"5.1", "Quarterly performance report", "Report from the Chief Executive, OPCC",
           AgendaItemKind::kPaper, "", performance_id},
          {"5.2", "Serious violence needs assessment",
           "Report from the Chair of the Serious Violence Delivery Group", AgendaItemKind::kPaper, "",
           draft_id},
          {"6", "Violence against women and girls", "Verbal update from the Chief Constable",
           AgendaItemKind::kVerbal, "", std::nullopt},
          {"7", "Domestic homicide reviews", "Report from the Head of Community Safety",
           AgendaItemKind::kPaper, "", sensitive_id},
          {"8", "Exclusion of the press and public",
           "To resolve that the press and public be excluded for the following item",
           AgendaItemKind::kStandard, "", std::nullopt},
          {"9", std::string(kDemoExemptItemTitle), "Report from the Head of Community Safety",
           AgendaItemKind::kExempt, "3", exempt_id},
          {"10", "Date of next meeting", "Chair", AgendaItemKind::kStandard, "", std::nullopt},
      }));

  // The Panel's agenda.
  PaperSpec complaints;
  complaints.title = "Complaints about the Police and Crime Commissioner: annual report";
  complaints.to = "Police and Crime Panel";
  complaints.from = "Monitoring Officer";
  complaints.sections = {
      {"1",
       "Complaints received",
       {{"1.1",
         "The Panel received four complaints about the conduct of the Commissioner during the year. Three "
         "were not recorded because they concerned operational policing matters, and one was resolved "
         "informally."}}},
  };
  complaints.recommendations = {{"a", "The Panel notes the report.", RecommendationOutcome::kNone, ""}};
  ASSIGN_OR_RETURN(auto complaints_id, AddPaper(panel.id, panel_date, complaints));
  RETURN_IF_ERROR(AddAgenda(
      panel_meeting.id,
      {
          {"1", "Apologies and substitutions", "Chair", AgendaItemKind::kStandard, "", std::nullopt},
          {"2", "Declarations of interest", "Chair", AgendaItemKind::kStandard, "", std::nullopt},
          {"3", "Minutes of the previous meeting", "Chair", AgendaItemKind::kStandard, "", std::nullopt},
          {"4", "Commissioner's update", "Verbal update from the Police and Crime Commissioner",
           AgendaItemKind::kVerbal, "", std::nullopt},
          {"5", "Complaints about the Commissioner", "Report from the Monitoring Officer",
           AgendaItemKind::kPaper, "", complaints_id},
      }));

  // The Board's action log, raised at the past meeting unless said otherwise.
  const std::string next_month =
      next_date.ToLong().substr(next_date.ToLong().find(' ') + 1);  // "October 2019"
  const std::vector<ActionSpec> board_actions = {
      {"1",
       "5.1",
       "Head of Community Safety to circulate the draft serious violence data-sharing agreement to all "
       "partners "
       "before it is signed.",
       "Head of Community Safety",
       -20,
       store::ActionStatus::kOpen,
       {{-25,
         "Agreement with information governance leads for comment; circulation delayed until their comments "
         "are in."}},
       "Priya Natarajan"},
      {"2",
       "5.2",
       "Constabulary to provide a breakdown of knife crime offences by district.",
       "Deputy Chief Constable",
       -3,
       store::ActionStatus::kOngoing,
       {{-30, "Analyst assigned; figures for three of the five districts are ready."},
        {-6, "Remaining districts delayed by the move to the new crime recording system."}},
       "Mark Ellison"},
      {"3",
       "6",
       "OPCC to report back to the " + next_month +
           " Board on the outcome of the bid to the Home Office Safer Streets fund.",
       "Chief Executive, OPCC",
       7,
       store::ActionStatus::kOpen,
       {},
       ""},
      {"4",
       "5.1",
       "Fire and rescue service to include home fire safety visit figures in the quarterly performance "
       "report.",
       "Chief Fire Officer",
       60,
       store::ActionStatus::kOpen,
       {},
       ""},
      {"5",
       "7",
       "Vale Voluntary Action to share its volunteer training offer with Board members.",
       "Vale Voluntary Action",
       -30,
       store::ActionStatus::kClosed,
       {{-33, "Training offer circulated to members by email. Action closed."}},
       "Grace Adeyemi"},
      {"6",
       "5.1",
       "Members to send comments on the needs assessment timetable to the Head of Community Safety.",
       "All members",
       -10,
       store::ActionStatus::kComplete,
       {{-12, "Comments received from six partners."}},
       "Priya Natarajan"},
      {"7",
       "",
       "Review the Board's terms of reference in the light of the Serious Violence Duty.",
       "Governance Officer",
       -90,
       store::ActionStatus::kSuperseded,
       {{-40, "Superseded by the wider governance review agreed under item 5.1."}},
       "Lucy Fenwick"},
      {"8",
       "5.1",
       "Director of Public Health to present the drugs and alcohol needs assessment to the Serious Violence "
       "Delivery Group.",
       "Director of Public Health",
       12,
       store::ActionStatus::kOngoing,
       {{-8, "Assessment in final draft; on the Delivery Group's next agenda."}},
       "Dr Neil Sharma"},
  };
  const std::vector<store::Meeting> board_meetings = {past, next};
  std::map<std::string, int64_t> board_action_ids;
  for (const auto& spec : board_actions) {
    ASSIGN_OR_RETURN(
        auto action_id,
        AddAction(board.id, spec.number == "7" ? std::nullopt : std::optional<store::MeetingId>(past.id),
                  spec));
    board_action_ids[spec.number] = action_id.value;
    // Link "report back to the <month> Board" to that meeting, by the same rule the importer uses.
    if (auto month = ExtractReportBackMonth(spec.text, past_date)) {
      if (auto meeting = PickReportBackMeeting(*month, board.id, board_meetings)) {
        ASSIGN_OR_RETURN(store::Action action,
                         tx_.actions().GetAction(action_id, store::Viewer::Everything()));
        action.report_back_meeting_id = meeting->id;
        ASSIGN_OR_RETURN(action, tx_.actions().UpdateAction(action));
      }
    }
  }

  const ActionSpec panel_action = {
      "PCP/01",
      "",
      "Commissioner to provide the Panel with the updated estates strategy, including "
      "the proposed sale of the former Harnham police station.",
      "Police and Crime Commissioner",
      40,
      store::ActionStatus::kOpen,
      {},
      ""};
  ASSIGN_OR_RETURN(auto panel_action_id, AddAction(panel.id, std::nullopt, panel_action));
  (void)panel_action_id;

  // The Board's community safety plan, with papers (one a draft, one OFFICIAL-SENSITIVE) and actions tagged.
  using store::TaggedKind;
  return AddPlan(
      board.id, "Wessex Vale Community Safety Plan",
      {{"Reducing serious violence",
        "serious-violence",
        "Preventing knife crime and serious violence, as the Serious Violence Duty asks of the partners.",
        {"Publish a serious violence strategic needs assessment and strategy.",
         "Share data between partners under one signed agreement."},
        {{TaggedKind::kPaper, sv_progress_id.value},
         {TaggedKind::kPaper, draft_id.value},
         {TaggedKind::kAction, board_action_ids["1"]},
         {TaggedKind::kAction, board_action_ids["2"]}}},
       {"Safer streets and neighbourhoods",
        "safer-streets",
        "Visible, well-lit public spaces and less anti-social behaviour.",
        {"Bid for national funding for safer streets schemes in the towns worst affected."},
        {{TaggedKind::kPaper, grants_id.value}, {TaggedKind::kAction, board_action_ids["3"]}}},
       {"Safe at home",
        "safe-at-home",
        "Fewer fires, falls and incidents of domestic abuse in people's homes.",
        {"Offer a home fire safety visit to every household at high risk.",
         "Learn from every domestic homicide review."},
        {{TaggedKind::kPaper, sensitive_id.value}, {TaggedKind::kAction, board_action_ids["4"]}}},
       {"Supporting victims",
        "victims",
        "Victims of crime are heard, kept informed and helped to cope and recover.",
        {"Every victim is offered referral to support services within two days."},
        {{TaggedKind::kPaper, performance_id.value}}}});
}

}  // namespace

Result<bool> DatabaseIsEmpty(store::Store& store) {
  ASSIGN_OR_RETURN(std::unique_ptr<store::Transaction> tx, store.Begin(store::Access::kReadOnly));
  ASSIGN_OR_RETURN(bool holds, HoldsBodyOrMeeting(*tx));
  return !holds;
}

Status LoadDemo(store::Store& store, const Clock& clock) {
  ASSIGN_OR_RETURN(std::unique_ptr<store::Transaction> tx, store.Begin(store::Access::kReadWrite));
  ASSIGN_OR_RETURN(bool holds, HoldsBodyOrMeeting(*tx));
  if (holds) {
    return Error::FailedPrecondition(
        "The database already holds bodies or meetings; the demo data is loaded only into an empty "
        "database.");
  }
  DemoWriter writer(*tx, clock.Today(), clock.NowSeconds());
  RETURN_IF_ERROR(writer.Write());
  return tx->Commit();
}

}  // namespace boardroom::governance
