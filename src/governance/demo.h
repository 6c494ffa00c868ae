// The project's own demonstration data: the fictional county of Wessex Vale, with a Police and Crime Panel, a
// Countywide Community Safety Board and its Serious Violence Delivery Group, the organisations and people who
// sit on them, meetings with agendas and papers, and an action log. Every name and text is invented; nothing
// is copied from real board papers. Dates are placed relative to the Clock's today, so the data always has a
// meeting to come, a meeting held, overdue and due-soon actions, whatever day it is loaded.
//
// What the data holds, for the views and tests that rely on it:
// - the Board's past meeting (held) and next meeting (planned, about five weeks ahead), and the Panel's next
//   meeting (planned, about two weeks ahead);
// - on the Board's next agenda: standard items, numbered papers with sub-items (5, 5.1, 5.2), a verbal
// update,
//   an unpublished draft paper (kDemoDraftPaperTitle), an OFFICIAL-SENSITIVE paper (kDemoSensitivePaperTitle)
//   and an exempt item (kDemoExemptItemTitle, Schedule 12A paragraph 3);
// - live actions: 6 in all (5 on the Board's log), of which kDemoOverdueActions are overdue and
//   kDemoDueSoonActions due within 14 days, plus closed, complete and superseded ones;
// - the Board's community safety plan with four themes (slugs serious-violence, safer-streets, safe-at-home,
//   victims), objectives, and papers and actions tagged: the draft and the sensitive paper among them.
// What does not belong here: the rules themselves (governance/rules.h) and page models (governance/views.h).
#pragma once

#include <string_view>

#include "core/clock.h"
#include "core/result.h"
#include "store/store.h"

namespace boardroom::governance {

inline constexpr std::string_view kDemoBoardName = "Wessex Vale Countywide Community Safety Board";
inline constexpr std::string_view kDemoPanelName = "Wessex Vale Police and Crime Panel";
inline constexpr std::string_view kDemoGroupName = "Wessex Vale Serious Violence Delivery Group";
inline constexpr std::string_view kDemoDraftPaperTitle =
    "Serious Violence Strategic Needs Assessment (draft for consultation)";
inline constexpr std::string_view kDemoSensitivePaperTitle = "Domestic Homicide Review: learning themes";
inline constexpr std::string_view kDemoExemptItemTitle = "CCTV monitoring service: contract award";
inline constexpr std::string_view kDemoExemptPaperTitle = "Award of contract for the CCTV monitoring service";

// Live (open or ongoing) actions across all bodies, and how many of them are overdue or due soon on the day
// of loading. The Board's log holds kDemoBoardLiveActions of the live ones, and all overdue and due-soon
// ones.
inline constexpr int kDemoLiveActions = 6;
inline constexpr int kDemoBoardLiveActions = 5;
inline constexpr int kDemoOverdueActions = 2;
inline constexpr int kDemoDueSoonActions = 2;

// True when the database holds no body and no meeting (other records, such as organisations, do not count).
// Errors: those of Store::Begin and the list methods (kUnavailable when busy).
Result<bool> DatabaseIsEmpty(store::Store& store);

// Loads the demonstration data in one read-write transaction: either all of it is stored or none.
// kFailedPrecondition when the database already holds a body or a meeting (it never loads into a database
// that holds data), with nothing written; otherwise the errors of the store, again with nothing written.
Status LoadDemo(store::Store& store, const Clock& clock);

}  // namespace boardroom::governance
