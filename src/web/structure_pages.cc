#include "web/structure_pages.h"

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "web/errors.h"

namespace boardroom::web {
namespace {

constexpr int kGapX = 24;
constexpr int kGapY = 48;
constexpr int kMargin = 16;
constexpr size_t kLineCharacters = 26;

// `text` cut to at most `max` characters (not bytes), with an ellipsis when cut.
std::string Shortened(const std::string& text, size_t max) {
  size_t characters = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (characters == max - 1 && text.size() - i > 1) {
      size_t rest = 0;
      for (size_t k = i; k < text.size(); ++k) rest += (static_cast<unsigned char>(text[k]) & 0xC0) != 0x80;
      if (rest > 1) return text.substr(0, i) + "\u2026";
    }
    ++characters;
  }
  return text;
}

struct Tree {
  std::map<int64_t, const store::Body*> by_id;
  std::map<int64_t, std::vector<const store::Body*>> children;  // by parent id, in name order
  std::vector<const store::Body*> roots;                        // in name order
};

Tree TreeOf(const std::vector<store::Body>& bodies) {
  Tree tree;
  std::vector<const store::Body*> sorted;
  for (const store::Body& b : bodies) sorted.push_back(&b);
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const store::Body* a, const store::Body* b) { return a->name < b->name; });
  for (const store::Body* b : sorted) tree.by_id[b->id.value] = b;
  for (const store::Body* b : sorted) {
    if (b->parent_body_id && tree.by_id.count(b->parent_body_id->value) > 0 && *b->parent_body_id != b->id) {
      tree.children[b->parent_body_id->value].push_back(b);
    } else {
      tree.roots.push_back(b);
    }
  }
  return tree;
}

// Walks the tree depth first: `visit(body, depth, parent)` before a body's children, `leave(body)` after.
template <typename Visit, typename Leave>
void Walk(const Tree& tree, Visit&& visit, Leave&& leave) {
  std::set<int64_t> seen;
  auto walk = [&](auto& self, const store::Body* body, int depth,
                  std::optional<store::BodyId> parent) -> void {
    if (!seen.insert(body->id.value).second) return;
    visit(*body, depth, parent);
    auto it = tree.children.find(body->id.value);
    if (it != tree.children.end()) {
      for (const store::Body* child : it->second) self(self, child, depth + 1, body->id);
    }
    leave(*body);
  };
  for (const store::Body* root : tree.roots) walk(walk, root, 0, std::nullopt);
  // Bodies only reachable through a cycle: drawn from the first of them, by name.
  for (const auto& [id, body] : tree.by_id) walk(walk, body, 0, std::nullopt);
}

}  // namespace

StructureLayout LayOutStructure(const std::vector<store::Body>& bodies) {
  const Tree tree = TreeOf(bodies);
  StructureLayout layout;
  std::map<int64_t, size_t> index;                // body id → its box
  std::map<int64_t, std::vector<size_t>> placed;  // body id → its children's boxes
  double next_slot = 0;
  std::map<int64_t, double> slot;
  int max_depth = 0;
  Walk(
      tree,
      [&](const store::Body& body, int depth, std::optional<store::BodyId> parent) {
        index[body.id.value] = layout.boxes.size();
        layout.boxes.push_back({.id = body.id, .depth = depth, .parent = parent});
        if (parent) placed[parent->value].push_back(layout.boxes.size() - 1);
        max_depth = std::max(max_depth, depth);
      },
      [&](const store::Body& body) {
        const std::vector<size_t>& kids = placed[body.id.value];
        if (kids.empty()) {
          slot[body.id.value] = next_slot;
          next_slot += 1;
        } else {
          slot[body.id.value] =
              (slot[layout.boxes[kids.front()].id.value] + slot[layout.boxes[kids.back()].id.value]) / 2;
        }
      });
  for (StructureBox& box : layout.boxes) {
    box.x = kMargin + static_cast<int>(slot[box.id.value] * (kStructureBoxWidth + kGapX));
    box.y = kMargin + box.depth * (kStructureBoxHeight + kGapY);
  }
  const int slots = static_cast<int>(next_slot);
  layout.width = slots == 0 ? 0 : 2 * kMargin + slots * kStructureBoxWidth + (slots - 1) * kGapX;
  layout.height =
      layout.boxes.empty() ? 0 : 2 * kMargin + (max_depth + 1) * kStructureBoxHeight + max_depth * kGapY;
  return layout;
}

namespace {

std::string ActionsHref(store::BodyId id) {
  return "/bodies/" + std::to_string(id.value) + "/actions";
}

Result<std::vector<store::Body>> AllBodies(const GovernanceContext& context) {
  ASSIGN_OR_RETURN(std::unique_ptr<store::Transaction> tx, context.store->Begin(store::Access::kReadOnly));
  return store::ReadAllPages<store::Body>(
      [&](const store::Page& page) { return tx->bodies().ListBodies(page); });
}

// The structure in words, for the drawing's <desc>.
std::string Described(const std::vector<store::Body>& bodies, const StructureLayout& layout) {
  std::map<int64_t, const store::Body*> by_id;
  for (const store::Body& b : bodies) by_id[b.id.value] = &b;
  std::string out = std::to_string(bodies.size()) + (bodies.size() == 1 ? " body." : " bodies.");
  for (const StructureBox& box : layout.boxes) {
    const store::Body& b = *by_id[box.id.value];
    out += " " + b.name +
           (box.parent ? " reports into " + by_id[box.parent->value]->name + "."
                       : " reports into no other body.");
  }
  return out;
}

void FillDiagram(ctemplate::TemplateDictionary& d, const std::vector<store::Body>& bodies,
                 const StructureLayout& layout) {
  std::map<int64_t, const store::Body*> by_id;
  for (const store::Body& b : bodies) by_id[b.id.value] = &b;
  std::map<int64_t, const StructureBox*> box_of;
  for (const StructureBox& box : layout.boxes) box_of[box.id.value] = &box;
  d.SetValue("WIDTH", std::to_string(layout.width));
  d.SetValue("HEIGHT", std::to_string(layout.height));
  d.SetValue("TITLE", "How the bodies report into each other");
  d.SetValue("DESC", Described(bodies, layout));
  for (const StructureBox& box : layout.boxes) {
    const store::Body& b = *by_id[box.id.value];
    if (box.parent) {
      const StructureBox& up = *box_of[box.parent->value];
      ctemplate::TemplateDictionary* e = d.AddSectionDictionary("EDGE");
      e->SetValue("X1", std::to_string(up.x + kStructureBoxWidth / 2));
      e->SetValue("Y1", std::to_string(up.y + kStructureBoxHeight));
      e->SetValue("YM", std::to_string(up.y + kStructureBoxHeight + kGapY / 2));
      e->SetValue("X2", std::to_string(box.x + kStructureBoxWidth / 2));
      e->SetValue("Y2", std::to_string(box.y));
    }
    ctemplate::TemplateDictionary* n = d.AddSectionDictionary("NODE");
    n->SetValue("HREF", ActionsHref(b.id));
    n->SetValue("FULL_NAME", b.short_name.empty() ? b.name : b.name + " (" + b.short_name + ")");
    n->SetValue("X", std::to_string(box.x));
    n->SetValue("Y", std::to_string(box.y));
    n->SetValue("W", std::to_string(kStructureBoxWidth));
    n->SetValue("H", std::to_string(kStructureBoxHeight));
    n->SetValue("TX", std::to_string(box.x + kStructureBoxWidth / 2));
    n->SetValue("TY1", std::to_string(box.y + 23));
    n->SetValue("TY2", std::to_string(box.y + 43));
    const std::string first = b.short_name.empty() ? b.name : b.short_name;
    n->SetValue("LINE1", Shortened(first, kLineCharacters));
    n->SetValue("LINE2", b.short_name.empty() ? std::string() : Shortened(b.name, kLineCharacters + 4));
  }
}

Response StructurePage(const Site& site, const GovernanceContext& context, const Request& request) {
  Result<std::vector<store::Body>> bodies = AllBodies(context);
  if (!bodies.ok()) return HtmlErrorResponse(site, request, bodies.error());
  const StructureLayout layout = LayOutStructure(*bodies);
  const Tree tree = TreeOf(*bodies);
  Result<std::string> html = site.renderer->RenderPage(
      PageFor(request, "How the bodies report"), "bodies_structure.tpl",
      [&](ctemplate::TemplateDictionary& d) {
        if (bodies->empty()) {
          d.ShowSection("NO_BODIES");
          return;
        }
        ctemplate::TemplateDictionary* diagram = d.AddSectionDictionary("DIAGRAM");
        ctemplate::TemplateDictionary* svg = diagram->AddIncludeDictionary("SVG");
        svg->SetFilename("bodies_structure_svg.tpl");
        FillDiagram(*svg, *bodies, layout);
        // The nested list: <ul> opens for the roots and for each body's children.
        std::vector<int> open_depths;
        auto token = [&](const char* kind) {
          return d.AddSectionDictionary("TOKEN")->AddSectionDictionary(kind);
        };
        token("UL_OPEN");
        Walk(
            tree,
            [&](const store::Body& body, int, std::optional<store::BodyId>) {
              ctemplate::TemplateDictionary* li = token("LI_OPEN");
              li->SetValue("HREF", ActionsHref(body.id));
              li->SetValue("NAME", body.name);
              if (!body.short_name.empty())
                li->AddSectionDictionary("SHORT")->SetValue("SHORT_NAME", body.short_name);
              if (tree.children.count(body.id.value) > 0) token("UL_OPEN");
            },
            [&](const store::Body& body) {
              if (tree.children.count(body.id.value) > 0) token("UL_CLOSE");
              token("LI_CLOSE");
            });
        token("UL_CLOSE");
      });
  return HtmlResponse(site, request, html);
}

Response StructureSvg(const Site& site, const GovernanceContext& context, const Request& request) {
  Result<std::vector<store::Body>> bodies = AllBodies(context);
  if (!bodies.ok()) return HtmlErrorResponse(site, request, bodies.error());
  ctemplate::TemplateDictionary d("svg");
  FillDiagram(d, *bodies, LayOutStructure(*bodies));
  Result<std::string> svg = site.renderer->Render("bodies_structure_svg.tpl", d);
  if (!svg.ok()) return HtmlErrorResponse(site, request, svg.error());
  Response response = Response::Make(200, "image/svg+xml; charset=utf-8", std::move(svg).value());
  response.SetHeader("Content-Disposition", "inline; filename=\"bodies-structure.svg\"");
  return response;
}

Response BodiesPage(const Site& site, const GovernanceContext& context, const Request& request) {
  Result<std::vector<store::Body>> bodies = AllBodies(context);
  if (!bodies.ok()) return HtmlErrorResponse(site, request, bodies.error());
  std::map<int64_t, std::string> names;
  for (const store::Body& b : *bodies) names[b.id.value] = b.name;
  Result<std::string> html = site.renderer->RenderPage(
      PageFor(request, "Bodies"), "bodies.tpl", [&](ctemplate::TemplateDictionary& d) {
        if (bodies->empty()) d.ShowSection("NO_BODIES");
        for (const store::Body& b : *bodies) {
          ctemplate::TemplateDictionary* row = d.AddSectionDictionary("BODY");
          row->SetValue("NAME", b.name);
          if (!b.short_name.empty()) row->AddSectionDictionary("SHORT")->SetValue("SHORT_NAME", b.short_name);
          row->SetValue("KIND", b.kind);
          row->SetValue("PARENT", b.parent_body_id ? names[b.parent_body_id->value] : "");
          row->SetValue("ACTIONS_HREF", ActionsHref(b.id));
          if (request.caller.signed_in()) {
            row->AddSectionDictionary("SIGNED_IN")
                ->SetValue("MEMBERS_HREF", "/bodies/" + std::to_string(b.id.value) + "/members");
          }
        }
      });
  return HtmlResponse(site, request, html);
}

}  // namespace

void AddStructurePages(Router& router, const Site& site, const GovernanceContext& context) {
  router.Get("/bodies",
             [site, context](const Request& request) { return BodiesPage(site, context, request); });
  router.Get("/bodies/structure",
             [site, context](const Request& request) { return StructurePage(site, context, request); });
  router.Get("/bodies/structure.svg",
             [site, context](const Request& request) { return StructureSvg(site, context, request); });
}

}  // namespace boardroom::web
