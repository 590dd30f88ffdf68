// `driftcheck baseline ORIGINAL RENDITION | --manifest M | --pairs DIR`: accept the
// current findings, so that reviewed pairs stop failing until their text changes.
#include <fmt/format.h>

#include <cstdio>
#include <filesystem>
#include <memory>

#include "cli/batch_files.h"
#include "cli/commands.h"
#include "batch/pair.h"
#include "batch/runner.h"

namespace driftcheck {
namespace {

struct BaselineArgs {
  std::string original;
  std::string rendition;
  std::string manifest;
  std::string pairs_dir;
  std::string output;
  std::string reason = "accepted";
  std::string fail_on = "major";
  CLI::Option* fail_on_option = nullptr;
  std::string config;
  unsigned jobs = 0;
  bool allow_outside = false;
  double time_limit_seconds = 300;
  InputOptions input;
};

Error usage_error(std::string cause, std::string hint) {
  Error e;
  e.cause = std::move(cause);
  e.hint = std::move(hint);
  return e;
}

Result<std::vector<BatchPair>> chosen_pairs(const BaselineArgs& args) {
  const int ways = (args.original.empty() ? 0 : 1) + (args.manifest.empty() ? 0 : 1) +
                   (args.pairs_dir.empty() ? 0 : 1);
  if (ways != 1 || args.original.empty() != args.rendition.empty())
    return usage_error("give ORIGINAL RENDITION, or --manifest M, or --pairs DIR",
                       "run 'driftcheck help baseline'");
  if (!args.manifest.empty()) return read_manifest(args.manifest);
  if (!args.pairs_dir.empty()) return find_pairs(args.pairs_dir);
  BatchPair pair;
  pair.id = args.rendition;
  pair.original = args.original;
  pair.rendition = args.rendition;
  return std::vector<BatchPair>{pair};
}

ExitCode run_baseline(const BaselineArgs& args) {
  Result<std::vector<BatchPair>> pairs = chosen_pairs(args);
  if (!pairs) return report_error(pairs.error());
  Result<Config> config = load_config(args.config, /*baseline_may_be_missing=*/true);
  if (!config) return report_error(config.error());
  const std::string target = !args.output.empty() ? args.output : config->baseline_path;
  if (auto err = check_output_path(target, batch_inputs(args.manifest, *pairs)))
    return report_error(*err);

  // Reasons already written for a finding are kept: from the file being replaced if it is
  // a baseline, else from the configured one.
  Baseline previous = config->baseline;
  std::error_code ec;
  if (!target.empty() && target != "-" && std::filesystem::is_regular_file(target, ec)) {
    Result<std::string> text = read_text_file(target);
    if (!text) return report_error(text.error());
    Result<Baseline> old = parse_baseline(*text, target);
    if (!old) return report_error(old.error());
    previous = std::move(*old);
  }
  Config fresh = *config;
  fresh.baseline = Baseline{};  // every current finding, including those accepted before

  PairSettings settings;
  settings.config = &fresh;
  settings.fail_on = choose_fail_on(args.fail_on, args.fail_on_option->count() > 0, *config);
  settings.keep_review = true;
  settings.time_limit = time_limit(args.time_limit_seconds);
  const Severity at_least = settings.fail_on.value_or(Severity::info);
  // A single pair names its files on the command line; a manifest's or folder's pairs are
  // confined as in batch.
  const DocumentLoader load =
      pair_loader(args.input, args.allow_outside || !args.original.empty()
                                  ? std::vector<std::string>{}
                                  : pair_roots(args.manifest, args.pairs_dir));

  Baseline baseline;
  bool any_error = false;
  RunOptions run;
  run.jobs = args.jobs;
  run_in_order(
      pairs->size(), run, [&](size_t i) { return check_pair((*pairs)[i], load, settings); },
      [&](size_t, PairOutcome&& out) {
        if (!out.error.empty()) {
          std::fprintf(stderr, "driftcheck: error: %s\n", out.error.c_str());
          any_error = true;
          return;
        }
        add_to_baseline(baseline, out.review->result, out.pair.id, at_least, args.reason, previous);
      });
  if (any_error) {
    std::fputs("driftcheck: error: baseline not written: some pairs could not be checked\n",
               stderr);
    return ExitCode::input_error;
  }
  if (auto err = write_output(target, render_baseline(baseline))) return report_error(*err);
  if (!target.empty() && target != "-")
    std::fprintf(stderr, "driftcheck: %s: %zu accepted findings\n", target.c_str(),
                 baseline.entries.size());
  return ExitCode::ok;
}

}  // namespace

CommandRun add_baseline_command(CLI::App& app) {
  auto args = std::make_shared<BaselineArgs>();
  CLI::App* cmd = app.add_subcommand(
      "baseline",
      "Write a baseline that accepts the current findings (those at or above --fail-on), so "
      "reviewed pairs pass until their text changes");
  cmd->add_option("original", args->original, "The original article");
  cmd->add_option("rendition", args->rendition, "The translation or rewrite");
  cmd->add_option("--manifest", args->manifest, "Every pair of a batch manifest instead")
      ->type_name("FILE");
  cmd->add_option("--pairs", args->pairs_dir, "Every pair found in a folder instead")
      ->type_name("DIR");
  cmd->add_option("-o,--output", args->output,
                  "Write here (default: the configuration's 'baseline' file, else stdout)")
      ->type_name("FILE");
  cmd->add_option("--reason", args->reason, "Why these findings are accepted")
      ->capture_default_str();
  args->fail_on_option = add_fail_on_and_config(
      *cmd, args->fail_on, args->config,
      "Accept findings at or above this severity (default: the configuration's fail_on, else "
      "major; never = all)");
  cmd->add_option("-j,--jobs", args->jobs, "Pairs checked at once (default: one per core)");
  cmd->add_flag("--allow-outside", args->allow_outside,
                "Read pair files outside the manifest's folder (or --pairs DIR) and the "
                "working directory");
  add_input_options(*cmd, args->input);
  add_pair_language_options(*cmd, args->input);
  add_time_limit_option(*cmd, args->time_limit_seconds);
  return [args]() { return run_baseline(*args); };
}

}  // namespace driftcheck
