// `boardroom actions`: the action list across bodies (or one body's log), with the filters of the JSON API,
// printed as lines, as JSON, or as the conventional CSV (governance/action_csv.h). Action logs are public
// records, so no sign-in is needed.
#include <cstdio>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "core/clock.h"
#include "governance/action_csv.h"
#include "governance/record_json.h"
#include "governance/registers.h"
#include "store/sqlite/sqlite_store.h"

namespace boardroom::cli {
namespace {

// Every page of the list.
Result<governance::ActionListView> LoadAll(store::Store& store, governance::ActionListQuery query,
                                           const Clock& clock) {
  query.page.limit = store::Page::kMaxLimit;
  query.page.offset = 0;
  governance::ActionListView all;
  for (;;) {
    ASSIGN_OR_RETURN(governance::ActionListView page, governance::LoadActionList(store, query, clock));
    all.today = page.today;
    const size_t n = page.actions.size();
    for (auto& item : page.actions) all.actions.push_back(std::move(item));
    if (n < static_cast<size_t>(query.page.limit)) return all;
    query.page.offset += query.page.limit;
  }
}

void PrintLines(const governance::ActionListView& list) {
  for (const governance::ActionListItem& item : list.actions) {
    const governance::ActionView& a = item.action;
    std::cout << (item.body_short_name.empty() ? item.body_name : item.body_short_name) << " " << a.number
              << "  " << a.status;
    if (!a.due_message.empty()) std::cout << " (" << a.due_message << ")";
    if (!a.target_date.iso.empty()) std::cout << "  target " << a.target_date.iso;
    if (!a.owner.empty()) std::cout << "  " << a.owner;
    std::cout << "\n    " << a.text << "\n";
    if (!a.updates.empty()) {
      std::cout << "    latest update " << a.updates.back().date.iso << ": " << a.updates.back().text << "\n";
    }
  }
  std::cout << list.actions.size() << (list.actions.size() == 1 ? " action\n" : " actions\n");
}

}  // namespace

int RunActions(const ActionsOptions& options) {
  Result<std::unique_ptr<store::Store>> store = store::OpenSqliteStore(options.db);
  if (!store.ok()) {
    std::fprintf(stderr, "boardroom: cannot open %s: %s\n", options.db.c_str(),
                 store.error().message.c_str());
    return kExitFailed;
  }
  governance::ActionListQuery query;
  query.overdue = options.overdue;
  if (!options.owner.empty()) query.owner = options.owner;
  if (!options.status.empty()) {
    Result<store::ActionStatus> status = store::ParseActionStatus(options.status);
    if (!status.ok()) {
      std::fprintf(stderr, "boardroom: %s\n", status.error().message.c_str());
      return kExitUsage;
    }
    query.status = *status;
  }
  if (!options.body.empty()) {
    Result<std::unique_ptr<store::Transaction>> tx = (*store)->Begin(store::Access::kReadOnly);
    if (!tx.ok()) {
      std::fprintf(stderr, "boardroom: %s\n", tx.error().message.c_str());
      return kExitFailed;
    }
    Result<store::Body> body = governance::FindBodyByName(**tx, options.body);
    if (!body.ok()) {
      std::fprintf(stderr, "boardroom: %s\n", body.error().message.c_str());
      return body.error().code == ErrorCode::kNotFound ? kExitUsage : kExitFailed;
    }
    query.body_id = body->id;
  }
  SystemClock clock;
  Result<governance::ActionListView> list = LoadAll(**store, query, clock);
  if (!list.ok()) {
    std::fprintf(stderr, "boardroom: %s\n", list.error().message.c_str());
    return kExitFailed;
  }
  if (options.csv) {
    std::cout << governance::ActionLogCsv(list->actions);
  } else if (options.json) {
    nlohmann::json actions = nlohmann::json::array();
    for (const auto& item : list->actions) actions.push_back(governance::ToJson(item));
    nlohmann::json out = {{"today", list->today.iso}, {"total", list->actions.size()}, {"actions", actions}};
    std::cout << out.dump(2) << "\n";
  } else {
    PrintLines(*list);
  }
  return kExitOk;
}

}  // namespace boardroom::cli
