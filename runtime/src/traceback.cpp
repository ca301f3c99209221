// Tracebacks: copying the frame stack into an exception when it is raised,
// trimming it when it is caught, and printing it as CPython does.
#include "traceback.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "yieldc/exceptions.hpp"
#include "yieldc/frame.hpp"

namespace py {

void capture_traceback(ExceptionObject& exception, bool include_running) {
  Frame* top = frames::top;
  if (top == nullptr) return;
  if (!include_running) top = top->back;
  if (top == nullptr) return;
  // Frame depths run 1..top->depth without gaps, so each frame has its slot.
  std::vector<TracebackEntry> entries(static_cast<size_t>(top->depth));
  for (Frame* f = top; f != nullptr; f = f->back) entries[static_cast<size_t>(f->depth - 1)] = {f->code, f->line};
  entries.insert(entries.end(), exception.traceback.begin(), exception.traceback.end());
  exception.traceback = std::move(entries);
}

void trim_to_handling_frame(ExceptionObject& pending) {
  auto& entries = pending.traceback;
  // Frames above the handling one are suspended at the calls they were in
  // when pending was raised: those entries equal the running stack. The
  // first that differs is the handling frame (now at its finally's line).
  std::vector<const Frame*> stack;
  for (const Frame* f = frames::top; f != nullptr; f = f->back) stack.push_back(f);
  std::reverse(stack.begin(), stack.end());
  size_t same = 0;
  while (same < entries.size() && same < stack.size() && entries[same].code == stack[same]->code &&
         entries[same].line == stack[same]->line) {
    ++same;
  }
  if (same == 0 || same >= entries.size()) return;  // already starts at its handler
  entries.erase(entries.begin(), entries.begin() + static_cast<std::ptrdiff_t>(same));
}

void exception_caught(const Object& exception) {
  Frame* top = frames::top;
  if (top == nullptr || !exception.is_heap()) return;
  // The entries of the frames above the catching one go: CPython's traceback
  // of a caught exception starts at the frame that caught it.
  auto& entries = cast<ExceptionObject>(exception)->traceback;
  size_t outer = std::min(entries.size(), static_cast<size_t>(top->depth - 1));
  entries.erase(entries.begin(), entries.begin() + static_cast<std::ptrdiff_t>(outer));
}

void exception_caught_natively(const Object& exception) {
  Frame* top = frames::top;
  if (top == nullptr || !exception.is_heap()) return;
  auto& entries = cast<ExceptionObject>(exception)->traceback;
  size_t running = std::min(entries.size(), static_cast<size_t>(top->depth));
  entries.erase(entries.begin(), entries.begin() + static_cast<std::ptrdiff_t>(running));
}

// The source line CPython's traceback shows under each frame, stripped; the
// script is read once, at the first report that needs it.
std::string source_line(const char* filename, int line) {
  static std::map<std::string, std::vector<std::string>> files;
  auto [it, inserted] = files.try_emplace(filename);
  if (inserted) {
    std::ifstream in(filename);
    for (std::string text; std::getline(in, text);) it->second.push_back(text);
  }
  if (line < 1 || static_cast<size_t>(line) > it->second.size()) return {};
  const std::string& text = it->second[static_cast<size_t>(line - 1)];
  size_t begin = text.find_first_not_of(" \t\f\r");
  if (begin == std::string::npos) return {};
  size_t end = text.find_last_not_of(" \t\f\r\n");
  return text.substr(begin, end - begin + 1);
}

namespace {

void format_one(const Object& exception, std::string& out) {
  const auto* e = cast<ExceptionObject>(exception);
  if (!e->traceback.empty()) {
    out += "Traceback (most recent call last):\n";
    // As CPython, a run of identical entries (deep recursion) shows three
    // times, then the count of the rest.
    constexpr int kRecursiveCutoff = 3;
    const TracebackEntry* last = nullptr;
    int repeats = 0;
    auto flush_repeats = [&] {
      if (repeats > kRecursiveCutoff) {
        int more = repeats - kRecursiveCutoff;
        out += fmt::format("  [Previous line repeated {} more time{}]\n", more, more == 1 ? "" : "s");
      }
    };
    for (const TracebackEntry& entry : e->traceback) {
      bool same = last != nullptr && last->line == entry.line && last->code->name == entry.code->name &&
                  std::strcmp(last->code->filename, entry.code->filename) == 0;
      if (!same) {
        flush_repeats();
        repeats = 0;
      }
      last = &entry;
      if (++repeats > kRecursiveCutoff) continue;
      out += fmt::format("  File \"{}\", line {}, in {}\n", entry.code->filename, entry.line, entry.code->name);
      std::string text = source_line(entry.code->filename, entry.line);
      if (!text.empty()) out += fmt::format("    {}\n", text);
    }
    flush_repeats();
  }
  out += format_exception_only(exception);
  out += '\n';
}

void format_chain(const Object& exception, std::vector<const HeapObject*>& seen, std::string& out) {
  seen.push_back(exception.heap());
  const auto* e = cast<ExceptionObject>(exception);
  auto unseen = [&](const Object& o) {
    return o.is_heap() && std::find(seen.begin(), seen.end(), o.heap()) == seen.end();
  };
  if (unseen(e->cause)) {
    format_chain(e->cause, seen, out);
    out += "\nThe above exception was the direct cause of the following exception:\n\n";
  } else if (!e->suppress_context && unseen(e->context)) {
    format_chain(e->context, seen, out);
    out += "\nDuring handling of the above exception, another exception occurred:\n\n";
  }
  format_one(exception, out);
}

}  // namespace

void report_unraisable(const std::string& where, const Object& exception) {
  // Frames still running did not see the exception pass: leave them out.
  // One raised by the runtime in the running frame itself (close() finding
  // GeneratorExit ignored) then has no entries: CPython shows that frame.
  exception_caught_natively(exception);
  auto& entries = cast<ExceptionObject>(exception)->traceback;
  if (entries.empty() && frames::top != nullptr) entries.push_back({frames::top->code, frames::top->line});
  std::string out = fmt::format("Exception ignored in: {}\n", where);
  format_one(exception, out);
  std::fflush(stdout);
  std::fputs(out.c_str(), stderr);
}

void report_exception(const std::string& header, const Object& exception) {
  exception_caught_natively(exception);
  std::string out = header;
  format_one(exception, out);
  std::fflush(stdout);
  std::fputs(out.c_str(), stderr);
}

void warn_caller(const char* category, const std::string& message, const char* trailer) {
  Frame* caller = frames::top;
  if (caller == nullptr) return;
  static std::set<std::tuple<std::string, int, std::string>> shown;
  if (!shown.emplace(caller->code->filename, caller->line, message).second) return;
  std::string out = fmt::format("{}:{}: {}: {}\n", caller->code->filename, caller->line, category, message);
  std::string text = source_line(caller->code->filename, caller->line);
  if (!text.empty()) out += fmt::format("  {}\n", text);
  out += trailer;
  std::fflush(stdout);
  std::fputs(out.c_str(), stderr);
}

std::string format_exception(const Object& exception) {
  std::string out;
  std::vector<const HeapObject*> seen;
  format_chain(exception, seen, out);
  return out;
}

}  // namespace py
