#include "inspections/inspections.h"

#include <memory>
#include <utility>

namespace boardroom::inspections {
namespace {

using nlohmann::json;

std::string Plural(int64_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

json DateJson(const std::optional<Date>& date) {
  return date ? json(date->ToIso()) : json(nullptr);
}

bool IsLive(store::InspectionItemStatus status) {
  return status == store::InspectionItemStatus::kOpen || status == store::InspectionItemStatus::kOngoing;
}

Result<InspectionView> Build(store::Transaction& tx, const store::Inspection& inspection,
                             const store::Viewer& viewer, Date today) {
  InspectionView v;
  v.inspection = inspection;
  ASSIGN_OR_RETURN(v.paper, tx.papers().GetPaper(inspection.paper_id, viewer));
  ASSIGN_OR_RETURN(store::Body body, tx.bodies().GetBody(v.paper.body_id));
  v.body_name = body.name;
  v.answered_on = v.paper.meeting_date ? v.paper.meeting_date : v.paper.date;
  v.response = ResponseStateOn(inspection.response_due, v.answered_on, today);
  ASSIGN_OR_RETURN(std::vector<store::InspectionItem> items,
                   tx.inspections().ListInspectionItems(inspection.id, viewer));
  for (store::InspectionItem& item : items) {
    ItemView iv;
    iv.due_state = ItemDueStateOn(item, today, &iv.due_message);
    if (item.kind == store::InspectionItemKind::kRecommendation) ++v.recommendations;
    if (item.kind == store::InspectionItemKind::kAreaForImprovement) ++v.areas_for_improvement;
    if (item.urgent) ++v.urgent;
    if (iv.due_state == "overdue") ++v.overdue;
    if (iv.due_state == "due_soon") ++v.due_soon;
    iv.item = std::move(item);
    v.items.push_back(std::move(iv));
  }
  return v;
}

}  // namespace

ResponseState ResponseStateOn(std::optional<Date> response_due, std::optional<Date> answered_on, Date today) {
  ResponseState s;
  if (!response_due) {
    s.state = "unknown";
    return s;
  }
  const std::string due = response_due->ToLong();
  if (answered_on) {
    if (*answered_on <= *response_due) {
      s.state = "answered";
      s.message = "Response tabled " + answered_on->ToLong() + ", within the " +
                  std::to_string(kResponseDays) + " days that end on " + due;
    } else {
      s.state = "late";
      s.message = "Response tabled " + answered_on->ToLong() + ", " +
                  Plural(answered_on->days() - response_due->days(), "day", "days") + " after the " +
                  std::to_string(kResponseDays) + "-day period that ended on " + due;
    }
    return s;
  }
  if (today > *response_due) {
    s.state = "overdue";
    s.message = "Response overdue: the " + std::to_string(kResponseDays) + "-day period ended on " + due;
    return s;
  }
  if (today == *response_due) {
    s.state = "due_soon";
    s.message = "Respond today, " + due + " \u2014 the last day";
    return s;
  }
  s.working_days_left = ClearWorkingDaysBetween(today, response_due->AddDays(1));
  s.state = s.working_days_left <= kResponseDueSoonWorkingDays ? "due_soon" : "on_track";
  s.message =
      "Respond by " + due + " \u2014 " + Plural(s.working_days_left, "working day left", "working days left");
  return s;
}

std::string ItemDueStateOn(const store::InspectionItem& item, Date today, std::string* message) {
  message->clear();
  if (!item.due || !IsLive(item.status)) return "";
  const int64_t days = item.due->days() - today.days();
  if (days < 0) {
    *message = "Overdue by " + Plural(-days, "day", "days");
    return "overdue";
  }
  if (days > kItemDueSoonDays) return "";
  *message = days == 0 ? "Due today" : "Due in " + Plural(days, "day", "days");
  return "due_soon";
}

Result<InspectionView> LoadInspection(store::Store& store, store::InspectionId id,
                                      const store::Viewer& viewer, Date today) {
  ASSIGN_OR_RETURN(std::unique_ptr<store::Transaction> tx, store.Begin(store::Access::kReadOnly));
  ASSIGN_OR_RETURN(store::Inspection inspection, tx->inspections().GetInspection(id, viewer));
  return Build(*tx, inspection, viewer, today);
}

Result<std::vector<InspectionView>> LoadInspections(store::Store& store, std::optional<store::BodyId> body_id,
                                                    const store::Viewer& viewer, const store::Page& page,
                                                    Date today) {
  ASSIGN_OR_RETURN(std::unique_ptr<store::Transaction> tx, store.Begin(store::Access::kReadOnly));
  ASSIGN_OR_RETURN(std::vector<store::Inspection> inspections,
                   tx->inspections().ListInspections({.body_id = body_id}, viewer, page));
  std::vector<InspectionView> out;
  for (const store::Inspection& inspection : inspections) {
    ASSIGN_OR_RETURN(InspectionView v, Build(*tx, inspection, viewer, today));
    out.push_back(std::move(v));
  }
  return out;
}

json ToJson(const InspectionView& v, bool with_items) {
  json j = {{"id", v.inspection.id.value},
            {"version", v.inspection.version},
            {"paper_id", v.paper.id.value},
            {"paper_title", v.paper.title},
            {"body_id", v.paper.body_id.value},
            {"body", v.body_name},
            {"title", v.inspection.title},
            {"inspectorate", v.inspection.inspectorate},
            {"published", DateJson(v.inspection.published)},
            {"response_due", DateJson(v.inspection.response_due)},
            {"response_tabled", DateJson(v.answered_on)},
            {"response_state", v.response.state},
            {"response_message", v.response.message},
            {"counts",
             {{"recommendations", v.recommendations},
              {"areas_for_improvement", v.areas_for_improvement},
              {"urgent", v.urgent},
              {"overdue", v.overdue},
              {"due_soon", v.due_soon}}}};
  if (!with_items) return j;
  json items = json::array();
  for (const ItemView& iv : v.items) {
    const store::InspectionItem& i = iv.item;
    items.push_back({{"id", i.id.value},
                     {"version", i.version},
                     {"position", i.position},
                     {"kind", std::string(store::Name(i.kind))},
                     {"text", i.text},
                     {"addressee", i.addressee},
                     {"due", DateJson(i.due)},
                     {"urgent", i.urgent},
                     {"response", i.response},
                     {"status", std::string(store::Name(i.status))},
                     {"due_state", iv.due_state}});
  }
  j["items"] = std::move(items);
  return j;
}

}  // namespace boardroom::inspections
