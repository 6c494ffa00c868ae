// The bodies and how they report into each other, for everyone:
//   GET /bodies                  every body, what it reports into, links to its pages
//   GET /bodies/structure        the reporting structure drawn as a tree in SVG (inline, no script), with the
//                                same tree as a nested list for those who cannot see the drawing
//   GET /bodies/structure.svg    the drawing alone (image/svg+xml)
// The drawing is made on the server from the bodies' parent links: a layered tree, each body under the body
// it reports into, every text escaped by the template, role="group" (its boxes are links, which an image may
// not hold) with a <title> and a <desc> that says the structure in words. What does not belong here: the rule
// that a body never reports into itself (governance).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "store/store.h"
#include "web/governance_pages.h"
#include "web/pages.h"
#include "web/router.h"

namespace boardroom::web {

// Where one body's box sits in the drawing, in pixels from the top left.
struct StructureBox {
  store::BodyId id;
  int depth = 0;  // 0 for a body that reports into none
  int x = 0, y = 0;
  std::optional<store::BodyId> parent;  // the box it hangs from; empty for a root
};

struct StructureLayout {
  int width = 0, height = 0;
  std::vector<StructureBox> boxes;  // in the order of the nested list: each body, then its own, by name
};

inline constexpr int kStructureBoxWidth = 220;
inline constexpr int kStructureBoxHeight = 56;

// Lays `bodies` out as a tree: roots are bodies without a parent (or whose parent is not among `bodies`),
// children by name under their parent, a parent centred over its children. A cycle (which governance never
// stores) is broken by drawing its bodies once, under the first of them met.
StructureLayout LayOutStructure(const std::vector<store::Body>& bodies);

// Registers the routes above on `router`.
void AddStructurePages(Router& router, const Site& site, const GovernanceContext& context);

}  // namespace boardroom::web
