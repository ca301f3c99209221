#include "codegen/plan.hpp"

#include <fmt/format.h>

namespace yieldc::codegen {

namespace {

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : ", ") + s;
  return out;
}

// A double-quoted DOT string.
std::string dot_string(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

}  // namespace

std::string render_plans_text(const std::vector<GeneratorPlan>& plans) {
  std::string out;
  for (const GeneratorPlan& plan : plans) {
    std::string head = fmt::format("{} {}({})", plan.kind, plan.qualname, joined(plan.params));
    out += fmt::format("{:<44}{}:{}\n", head, plan.file, plan.line);
    out += fmt::format("  fields   {}\n", plan.fields.empty() ? "none" : joined(plan.fields));
    for (const GeneratorPlan::State& s : plan.states) {
      if (s.number == 0) {
        out += "  state 0  entry\n";
        continue;
      }
      out += fmt::format("{:<44}{}:{}\n", fmt::format("  state {}  {}", s.number, s.what), plan.file, s.line);
    }
    if (plan.regions.empty()) out += "  regions  none\n";
    for (const GeneratorPlan::Region& r : plan.regions) {
      out += fmt::format("  region {}  {} -> state {}  parent {}\n", r.id, r.kind,
                         r.dispatch_state, r.parent);
    }
  }
  return out;
}

std::string render_plans_dot(const std::vector<GeneratorPlan>& plans) {
  std::string out = "digraph yieldc_plan {\n";
  out += "  // solid: the next resume point in source order; dashed: an exception\n";
  out += "  // raised (or thrown in) at a resume point, caught by its region.\n";
  out += "  node [shape=box, fontname=\"monospace\"];\n";
  for (size_t g = 0; g < plans.size(); ++g) {
    const GeneratorPlan& plan = plans[g];
    auto node = [&](int state) { return fmt::format("g{}_s{}", g, state); };
    out += fmt::format("  subgraph cluster_{} {{\n", g);
    out += fmt::format("    label={};\n",
                       dot_string(fmt::format("{} {}({})  {}:{}", plan.kind, plan.qualname, joined(plan.params),
                                              plan.file, plan.line)));
    std::string done = fmt::format("g{}_done", g);
    out += fmt::format("    {} [label=\"finished\", shape=doublecircle];\n", done);
    for (const GeneratorPlan::State& s : plan.states) {
      std::string label = s.number == 0 ? "state 0\\nentry"
                                        : fmt::format("state {}\\n{}\\nline {}", s.number, s.what, s.line);
      out += fmt::format("    {} [label=\"{}\"{}];\n", node(s.number), label,
                         s.resume_point || s.number == 0 ? "" : ", style=rounded");
    }
    // The resume points (and the entry) in the order the body reaches them.
    int previous = 0;
    for (const GeneratorPlan::State& s : plan.states) {
      if (!s.resume_point) continue;
      out += fmt::format("    {} -> {};\n", node(previous), node(s.number));
      previous = s.number;
    }
    out += fmt::format("    {} -> {};\n", node(previous), done);
    for (const GeneratorPlan::State& s : plan.states) {
      if (!s.resume_point || s.region < 0) continue;
      for (const GeneratorPlan::Region& r : plan.regions) {
        if (r.id == s.region) {
          out += fmt::format("    {} -> {} [style=dashed, label=\"{}\"];\n", node(s.number), node(r.dispatch_state),
                             r.kind);
        }
      }
    }
    out += "  }\n";
  }
  out += "}\n";
  return out;
}

}  // namespace yieldc::codegen
