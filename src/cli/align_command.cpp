// `driftcheck align A B`: the sentence alignment alone.
#include <memory>

#include "align/align.h"
#include "cli/batch_files.h"
#include "cli/commands.h"
#include "drift/check.h"
#include "report/alignment_formats.h"
#include "report/json_report.h"

namespace driftcheck {
namespace {

struct AlignArgs {
  std::string original;
  std::string rendition;
  std::string format = "tsv";
  std::string output;
  bool verbose = false;
  double time_limit_seconds = 300;
  std::string dictionary_dir = AlignOptions{}.cross.dictionary_dir;
  std::string config;
  InputOptions input;
};

}  // namespace

CommandRun add_align_command(CLI::App& app) {
  auto args = std::make_shared<AlignArgs>();
  CLI::App* cmd = app.add_subcommand("align", "Align the sentences of ORIGINAL and RENDITION");
  cmd->add_option("original", args->original, "The original article (- = standard input)")
      ->required();
  cmd->add_option("rendition", args->rendition, "The translation or rewrite (- = standard input)")
      ->required();
  cmd->add_option("--format", args->format, "tsv, json (a report without findings) or tmx")
      ->check(CLI::IsMember({"tsv", "json", "tmx"}))
      ->capture_default_str();
  cmd->add_option("-o,--output", args->output, kOutputHelp)->type_name("FILE");
  cmd->add_flag("-v,--verbose", args->verbose, "Say which encoding and language were used");
  cmd->add_option("--dictionaries", args->dictionary_dir,
                  "Where FreeDict bilingual dictionaries are (dictd format), used when the two "
                  "files' languages differ; empty for none")
      ->type_name("DIR")
      ->capture_default_str();
  cmd->add_option("--config", args->config,
                  "Configuration file for its [align] thresholds (default: .driftcheck.toml here "
                  "or in a parent folder)")
      ->type_name("FILE");
  add_input_options(*cmd, args->input);
  add_pair_language_options(*cmd, args->input);
  add_time_limit_option(*cmd, args->time_limit_seconds);
  return [args]() {
    // The same pairing as `check` with the same configuration.
    // Alignment needs no baseline: a configured one that does not exist yet is no error here.
    Result<Config> config = load_config(args->config, /*baseline_may_be_missing=*/true);
    if (!config) return report_error(config.error());
    AlignOptions align_options = config->align;
    align_options.cross.dictionary_dir = args->dictionary_dir;
    align_options.deadline = Deadline::after(time_limit(args->time_limit_seconds));
    if (auto err = check_output_path(args->output, {args->original, args->rendition}))
      return report_error(*err);
    Result<Document> original = load_document(args->original, side_options(args->input, true));
    if (!original) return report_error(original.error());
    Result<Document> rendition = load_document(args->rendition, side_options(args->input, false));
    if (!rendition) return report_error(rendition.error());
    if (args->verbose) {
      describe_input(*original);
      describe_input(*rendition);
    }
    CheckResult result;
    try {
      result.alignment = align_documents(*original, *rendition, align_options);
    } catch (const TimeLimitExceeded& e) {
      return report_error(time_limit_error(args->rendition, e));
    }
    apply_zones(*original, result.alignment.original_zones);
    apply_zones(*rendition, result.alignment.rendition_zones);
    result.original = std::move(*original);
    result.rendition = std::move(*rendition);
    std::string out;
    if (args->format == "json") {
      out = render_json_report(result, summarize(result, std::nullopt));
    } else if (args->format == "tmx") {
      out = render_alignment_tmx(result);
    } else {
      out = render_alignment_tsv(result);
    }
    if (auto err = write_output(args->output, out)) return report_error(*err);
    return ExitCode::ok;
  };
}

}  // namespace driftcheck
