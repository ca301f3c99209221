// The yieldc command: parses the command line into one Options struct and
// dispatches to run / build / emit / check / test.
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <unistd.h>

#include <cstring>
#include <fstream>
#include <iostream>

#include "driver/pipeline.hpp"
#include "driver/test_runner.hpp"
#include "frontend/dump_ast.hpp"
#include "frontend/frontend.hpp"

namespace yieldc::driver {

namespace {

std::optional<Toolchain> require_toolchain() {
  auto toolchain = locate_toolchain();
  if (!toolchain) {
    print_error("cannot find the yieldc runtime (libyieldc_rt.a and include/yieldc/) next to this yieldc executable");
  }
  return toolchain;
}

int command_run(const std::string& file, const std::vector<std::string>& args, bool compile_only,
                const Options& options) {
  auto toolchain = require_toolchain();
  if (!toolchain) return kExitUsage;
  int status = kExitOk;
  auto binary = build_cached(file, options, *toolchain, &status);
  if (!binary) return status;
  if (compile_only) {
    std::cout << *binary << '\n';
    return kExitOk;
  }
  std::cout.flush();
  // The program replaces yieldc: it inherits stdin/stdout/stderr, and its
  // exit status is the command's.
  std::vector<char*> argv;
  argv.push_back(const_cast<char*>(file.c_str()));
  for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  execv(binary->c_str(), argv.data());
  print_error(fmt::format("cannot run '{}': {}", *binary, std::strerror(errno)));
  return kExitUsage;
}

int command_build(const std::string& file, const std::string& output, const Options& options) {
  auto toolchain = require_toolchain();
  if (!toolchain) return kExitUsage;
  Translation translation = translate(file, options);
  if (!translation.cpp) return translation.status;
  if (auto failure = compile_cpp(*translation.cpp, output, options, *toolchain)) {
    print_error(failure->message);
    return failure->status;
  }
  return kExitOk;
}

int command_emit(const std::string& file, const std::string& output, const Options& options) {
  Translation translation = translate(file, options);
  if (!translation.cpp) return translation.status;
  if (output.empty() || output == "-") {
    std::cout << *translation.cpp;
    return kExitOk;
  }
  std::ofstream out(output, std::ios::binary);
  if (!out || !(out << *translation.cpp) || !out.flush()) {
    print_error(fmt::format("cannot write '{}': {}", output, std::strerror(errno)));
    return kExitUsage;
  }
  return kExitOk;
}

int command_check(const std::string& file, bool dump_ast, const Options& options) {
  if (!dump_ast) {
    Translation translation = translate(file, options);
    if (!options.dump_plan.empty() && translation.cpp) {
      std::cout << (options.dump_plan == "dot" ? codegen::render_plans_dot(translation.plans)
                                               : codegen::render_plans_text(translation.plans));
    }
    return translation.status;
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    print_error(fmt::format("cannot read '{}': {}", file, std::strerror(errno)));
    return kExitUsage;
  }
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  frontend::SourceFile source(file, std::move(text));
  frontend::DiagnosticSink sink;
  auto module = frontend::parse_module(source, sink);
  if (!module || sink.has_errors()) {
    std::cerr << sink.render(source);
    return kExitDiagnostics;
  }
  std::cout << frontend::dump_ast(*module) << '\n';
  return kExitOk;
}

void add_compile_options(CLI::App& app, Options& options) {
  app.add_option("-O", options.opt_level, "C++ optimisation level, 0-3 (default 2)")
      ->check(CLI::Range(0, 3))
      ->option_text("LEVEL");
  app.add_option("--cxx", options.cxx, "C++ compiler (default: $YIELDC_CXX, else clang++)");
  app.add_option("--emit-dir", options.emit_dir, "keep the emitted C++ in this directory");
  app.add_flag("-v,--verbose", options.verbose, "print the C++ compiler command");
  app.add_flag("!--no-line-directives", options.line_directives, "emit no #line directives");
  app.add_flag("--sanitize", options.sanitize,
               "build with -fsanitize=address,undefined -fno-sanitize-recover=undefined against libyieldc_rt_asan.a");
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"yieldc: compiles generator-heavy Python into native programs"};
  app.set_version_flag("--version", "yieldc " + yieldc_version());
  app.require_subcommand(1);

  Options options;
  std::string file, output;
  std::vector<std::string> program_args;
  bool dump_ast = false;
  bool compile_only = false;
  TestOptions test_options;

  CLI::App* run = app.add_subcommand("run", "compile (cached) and run a script; its exit status is returned");
  run->add_option("file", file, "the Python script")->required();
  run->add_flag("--compile-only", compile_only, "build into the cache and print the binary's path instead of running it");
  run->prefix_command();  // everything after FILE belongs to the program
  add_compile_options(*run, options);

  CLI::App* build = app.add_subcommand("build", "compile a script into a standalone executable");
  build->add_option("file", file, "the Python script")->required();
  build->add_option("-o,--output", output, "the executable to write")->required();
  add_compile_options(*build, options);

  CLI::App* emit = app.add_subcommand("emit", "print (or write) the C++ a script becomes");
  emit->add_option("file", file, "the Python script")->required();
  emit->add_option("-o,--output", output, "write the C++ here instead of stdout");
  emit->add_flag("!--no-line-directives", options.line_directives, "emit no #line directives");

  CLI::App* check = app.add_subcommand("check", "report every error in a script without compiling it");
  check->add_option("file", file, "the Python script")->required();
  check->add_flag("--dump-ast", dump_ast, "print the AST (as CPython's ast.dump does)");
  check
      ->add_option("--dump-plan", options.dump_plan,
                   "print each generator's state machine plan, as text (the default) or as a Graphviz graph (=dot)")
      ->expected(0, 1)
      ->default_str("text")
      ->check(CLI::IsMember({"text", "dot"}));

  CLI::App* test = app.add_subcommand("test", "run golden-output programs and compare with CPython's output");
  test->add_option("paths", test_options.paths, "directories or .py files (default: corpus)");
  test->add_flag("--update", test_options.update, "re-record the goldens by running the reference interpreter");
  test->add_flag("--check-goldens", test_options.check_goldens,
                 "compile nothing: run the reference interpreter and fail where its output differs from the goldens");
  test->add_option("--reference", test_options.reference,
                   "the interpreter --update and --check-goldens run (default: python3)")
      ->option_text("PATH");
  test->add_option("--filter", test_options.filter,
                   "only programs whose path matches: a glob when PATTERN has * ? or [ (matched against the whole path "
                   "or any tail after a /; * also matches /), else a substring")
      ->option_text("PATTERN");
  test->add_option("-j,--jobs", test_options.jobs, "programs run in parallel (default: number of cores)");
  test->add_option("--timeout", test_options.timeout_seconds, "seconds each program may run (default 30)");
  add_compile_options(*test, options);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int status = app.exit(e);
    return status == 0 ? kExitOk : kExitUsage;
  }

  if (*run) return command_run(file, run->remaining(), compile_only, options);
  if (*build) return command_build(file, output, options);
  if (*emit) return command_emit(file, output, options);
  if (*check) return command_check(file, dump_ast, options);
  if (*test) return command_test(test_options, options);
  return kExitUsage;
}

}  // namespace yieldc::driver

int main(int argc, char** argv) {
  try {
    return yieldc::driver::main(argc, argv);
  } catch (const std::exception& e) {
    yieldc::driver::print_error(fmt::format("internal error: {}", e.what()));
    return 70;
  }
}
