// The plan of a generator frame: what its state machine is made of, as
// `yieldc check --dump-plan` shows it. Codegen fills one per generator
// while emitting it; the renderers turn the plans into stable text or a
// Graphviz graph. Nothing here depends on how the C++ is printed.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace yieldc::codegen {

struct GeneratorPlan {
  struct State {
    int number;        // the `case` label; 0 is the first resumption
    std::string what;  // "after a yield", "except handlers of region 1", ...
    uint32_t line;     // its Python line
    int region;        // innermost try region around it, -1 for none
    bool resume_point; // a yield, yield from or await: where the frame suspends
  };
  struct Region {
    int id;
    std::string kind;  // "except", "finally" or "with"
    int dispatch_state;
    int parent;  // enclosing region, -1 for none
  };

  std::string kind = "generator";  // or "coroutine"
  std::string qualname;
  std::vector<std::string> params;
  std::string file;
  uint32_t line = 0;
  std::vector<std::string> fields;  // frame fields, "(cell)" marking cells
  std::vector<State> states;        // by number, state 0 first
  std::vector<Region> regions;
};

// One block per generator: fields, states with their Python lines, regions.
std::string render_plans_text(const std::vector<GeneratorPlan>& plans);
// The same as a Graphviz digraph: a cluster per generator, a node per
// state; solid edges follow the resume points in source order, dashed
// edges go from a resume point to the handler of the region around it.
std::string render_plans_dot(const std::vector<GeneratorPlan>& plans);

}  // namespace yieldc::codegen
