// `driftcheck batch MANIFEST | --pairs DIR`: many pairs in parallel, one record per pair
// in manifest order, or one combined report.
#include <fmt/format.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>

#include "align/synonym_memo.h"
#include "batch/merge.h"
#include "batch/pair.h"
#include "batch/runner.h"
#include "cli/batch_files.h"
#include "cli/commands.h"
#include "drift/judgement_memo.h"
#include "lexicon/wordnet.h"

namespace driftcheck {
namespace {

struct BatchArgs {
  std::string manifest;
  std::string pairs_dir;
  unsigned jobs = 0;
  std::string shard;
  std::string format = "jsonl";
  std::string output;
  std::string fail_on = "major";
  CLI::Option* fail_on_option = nullptr;
  std::string min_severity;
  std::string config;
  bool no_progress = false;
  bool allow_outside = false;
  double time_limit_seconds = 300;
  InputOptions input;
};

// "done/total, rate, time left" on one self-overwriting stderr line, at most 10 times a second.
class Progress {
 public:
  Progress(size_t total, bool enabled) : total_(total), enabled_(enabled && total > 0) {}

  void update(size_t done) {
    if (!enabled_) return;
    const auto now = Clock::now();
    if (done < total_ && now - last_ < std::chrono::milliseconds(100)) return;
    last_ = now;
    const double seconds = std::chrono::duration<double>(now - start_).count();
    const double rate = seconds > 0 ? static_cast<double>(done) / seconds : 0.0;
    const double left = rate > 0 ? static_cast<double>(total_ - done) / rate : 0.0;
    std::fprintf(stderr, "\rdriftcheck: %zu/%zu pairs, %.0f pairs/s, %.0f s left   ", done, total_,
                 rate, left);
    if (done == total_) std::fputc('\n', stderr);
    std::fflush(stderr);
  }

 private:
  using Clock = std::chrono::steady_clock;
  size_t total_;
  bool enabled_;
  Clock::time_point start_ = Clock::now();
  Clock::time_point last_{};
};

Error usage_error(std::string cause, std::string hint = {}) {
  Error e;
  e.cause = std::move(cause);
  e.hint = std::move(hint);
  return e;
}

// Streams JSONL to stdout as records arrive, or collects it for one atomic file. The first
// failed write to stdout (a full disk, a closed descriptor) is kept and ends the streaming.
class RecordWriter {
 public:
  explicit RecordWriter(std::string path) : path_(std::move(path)) {}
  bool streaming() const { return path_.empty() || path_ == "-"; }
  void add(const std::string& record) {
    if (!streaming()) {
      buffer_ += record;
      buffer_ += '\n';
      return;
    }
    if (!error_) error_ = write_output("-", record + "\n");
  }
  std::optional<Error> finish() { return streaming() ? error_ : write_output(path_, buffer_); }

 private:
  std::string path_;
  std::string buffer_;
  std::optional<Error> error_;
};

// Written first into a folder of reports and replaced by the real index at the end, so an
// interrupted or failed run leaves a page that says so, not an index of an older run or none.
constexpr const char* kIncompleteIndex =
    "<!doctype html>\n<html lang=\"en\"><meta charset=\"utf-8\">"
    "<title>driftcheck: batch did not finish</title>\n"
    "<h1>This batch did not finish</h1>\n<p>The run was interrupted or failed before it "
    "wrote this index. The reports in <code>pairs/</code> may be from this run or an older "
    "one; run the batch again.</p>\n";

ExitCode run_batch(const BatchArgs& args) {
  if (args.manifest.empty() == args.pairs_dir.empty())
    return report_error(
        usage_error("give either a MANIFEST or --pairs DIR", "run 'driftcheck help batch'"));
  const BatchLayout layout = batch_layout(args.format);
  if (layout == BatchLayout::folder && (args.output.empty() || args.output == "-"))
    return report_error(
        usage_error(fmt::format("--format {} writes a folder of reports", args.format),
                    "name the folder with -o DIR"));

  Result<Config> config = load_config(args.config);
  if (!config) return report_error(config.error());
  Result<std::vector<BatchPair>> all =
      args.manifest.empty() ? find_pairs(args.pairs_dir) : read_manifest(args.manifest);
  if (!all) return report_error(all.error());
  if (!args.pairs_dir.empty() && all->empty())
    return report_error(usage_error(fmt::format("{}: no pairs found", args.pairs_dir),
                                    "name them NAME/original.txt + NAME/rendition.txt or "
                                    "NAME.orig.txt + NAME.trans.txt"));
  std::vector<BatchPair> pairs = std::move(*all);
  if (!args.shard.empty()) {
    Result<Shard> shard = parse_shard(args.shard);
    if (!shard) return report_error(shard.error());
    pairs = select_shard(pairs, *shard);
  }
  const std::vector<std::string> inputs = batch_inputs(args.manifest, pairs);
  if (layout != BatchLayout::folder)
    if (auto err = check_output_path(args.output, inputs)) return report_error(*err);

  // One set of memos (stems below too) for every pair and worker: the articles of a batch
  // share most of their words.
  SynonymMemo synonym_memo;
  JudgementMemo judgement_memo;
  SharedWordNetSenses wordnet_senses;
  PairSettings settings;
  settings.config = &*config;
  settings.memos = CheckMemos{
      .synonyms = &synonym_memo, .judgements = &judgement_memo, .senses = &wordnet_senses};
  settings.fail_on = choose_fail_on(args.fail_on, args.fail_on_option->count() > 0, *config);
  settings.time_limit = time_limit(args.time_limit_seconds);
  settings.min_severity = min_severity(args.min_severity);
  if (layout == BatchLayout::sarif || layout == BatchLayout::junit || layout == BatchLayout::folder)
    settings.report_format = args.format;
  StemMemo stem_memo;
  InputOptions input = args.input;
  input.stems = &stem_memo;
  const DocumentLoader load =
      pair_loader(input, args.allow_outside ? std::vector<std::string>{}
                                            : pair_roots(args.manifest, args.pairs_dir));

  const std::filesystem::path folder(layout == BatchLayout::folder ? args.output : "");
  if (layout == BatchLayout::folder) {
    std::error_code ec;
    std::filesystem::create_directories(folder / "pairs", ec);
    if (ec) return report_error(usage_error(fmt::format("{}: {}", args.output, ec.message())));
    const std::string index = (folder / "index.html").string();
    if (auto err = check_output_path(index, inputs)) return report_error(*err);
    if (auto err = write_output(index, kIncompleteIndex)) return report_error(*err);
  }
  // Only JSONL and a folder of reports keep the records; the combined formats must not
  // leave an empty batch.jsonl in the working directory.
  const bool keeps_records = layout == BatchLayout::jsonl || layout == BatchLayout::folder;
  RecordWriter records(layout == BatchLayout::jsonl ? args.output
                                                    : (folder / "batch.jsonl").string());
  Progress progress(pairs.size(), !args.no_progress && ::isatty(STDERR_FILENO) != 0);
  std::vector<PairOutcome> kept;  // for the combined formats: summaries and pair parts
  bool any_error = false;
  bool any_failed = false;
  RunOptions run;
  run.jobs = args.jobs;
  run_in_order(
      pairs.size(), run, [&](size_t i) { return check_pair(pairs[i], load, settings); },
      [&](size_t i, PairOutcome&& out) {
        any_error = any_error || !out.error.empty();
        any_failed = any_failed || out.summary.failed;
        if (keeps_records) records.add(out.record);
        if (layout == BatchLayout::folder && out.error.empty()) {
          const std::string file = (folder / pair_report_file(out.pair, args.format)).string();
          std::optional<Error> err =
              check_output_path(file, {args.manifest, out.pair.original, out.pair.rendition});
          if (!err) err = write_output(file, out.report);
          if (err) {
            report_error(*err);
            any_error = true;
          }
          out.report.clear();
        }
        out.record.clear();
        if (layout != BatchLayout::jsonl) kept.push_back(std::move(out));
        progress.update(i + 1);
      });

  std::optional<Error> err = keeps_records ? records.finish() : std::nullopt;
  if (!err && layout != BatchLayout::jsonl)
    err =
        write_output(layout == BatchLayout::folder ? (folder / "index.html").string() : args.output,
                     render_batch_report(args.format, kept));
  if (err) return report_error(*err);
  if (any_error) return ExitCode::input_error;
  return any_failed ? ExitCode::findings : ExitCode::ok;
}

}  // namespace

CommandRun add_batch_command(CLI::App& app) {
  auto args = std::make_shared<BatchArgs>();
  CLI::App* cmd = app.add_subcommand(
      "batch", "Check many pairs in parallel: one JSONL record per pair, in manifest order");
  cmd->add_option("manifest", args->manifest,
                  "TSV: ORIGINAL<tab>RENDITION[<tab>ID] per line, '#' comments, paths relative "
                  "to the manifest's folder; - = standard input, paths relative to the working "
                  "directory");
  cmd->add_option("--pairs", args->pairs_dir,
                  "Instead of a manifest: a folder of NAME/original.txt + NAME/rendition.txt or "
                  "NAME.orig.txt + NAME.trans.txt, taken in order of NAME")
      ->type_name("DIR");
  cmd->add_option("-j,--jobs", args->jobs, "Pairs checked at once (default: one per core)");
  cmd->add_option("--shard", args->shard,
                  "K/N: only the pairs whose 0-based manifest index i has i % N == K-1 "
                  "(K is 1-based); the N shards together are the whole run");
  cmd->add_option("--format", args->format,
                  "jsonl (default), md (one table), sarif (one run), junit (a suite per pair), "
                  "or any report format as a folder of reports with an index.html (-o DIR)")
      ->check(CLI::IsMember(batch_format_names()))
      ->capture_default_str();
  const std::string output_help =
      std::string(
          "A folder for html and the other per-pair formats (its index.html says when a "
          "run did not finish). Otherwise: ") +
      kOutputHelp;
  cmd->add_option("-o,--output", args->output, output_help)->type_name("PATH");
  args->fail_on_option = add_fail_on_and_config(*cmd, args->fail_on, args->config);
  add_min_severity_option(*cmd, args->min_severity);
  cmd->add_flag("--no-progress", args->no_progress, "No progress line on stderr");
  cmd->add_flag("--allow-outside", args->allow_outside,
                "Read pair files outside the manifest's folder (or --pairs DIR) and the "
                "working directory; by default such a pair is an error record");
  add_input_options(*cmd, args->input);
  add_pair_language_options(*cmd, args->input);
  add_time_limit_option(*cmd, args->time_limit_seconds);
  return [args]() { return run_batch(*args); };
}

}  // namespace driftcheck
