// `driftcheck check ORIGINAL RENDITION`: the whole pipeline and a report.
#include <cstdio>
#include <memory>

#include "cli/batch_files.h"
#include "cli/commands.h"
#include "config/review.h"
#include "drift/check.h"
#include "report/render.h"

namespace driftcheck {
namespace {

struct CheckArgs {
  std::string original;
  std::string rendition;
  std::string format;
  std::string output;
  std::string fail_on = "major";
  CLI::Option* fail_on_option = nullptr;
  std::string min_severity;
  std::string config;
  std::string color = "auto";
  bool verbose = false;
  double time_limit_seconds = 300;
  InputOptions input;
};

}  // namespace

CommandRun add_check_command(CLI::App& app) {
  auto args = std::make_shared<CheckArgs>();
  CLI::App* cmd = app.add_subcommand(
      "check", "Find where RENDITION changed the meaning of ORIGINAL, and write a report");
  cmd->add_option("original", args->original, "The original article (- = standard input)")
      ->required();
  cmd->add_option("rendition", args->rendition, "The translation or rewrite (- = standard input)")
      ->required();
  cmd->add_option("--format", args->format,
                  "text (default on a terminal), json, html, md, sarif or junit")
      ->check(CLI::IsMember(report_format_names()));
  cmd->add_option("-o,--output", args->output, kOutputHelp)->type_name("FILE");
  args->fail_on_option = add_fail_on_and_config(*cmd, args->fail_on, args->config);
  add_min_severity_option(*cmd, args->min_severity);
  add_color_options(*cmd, args->color);
  cmd->add_flag("-v,--verbose", args->verbose, "Say which encoding and language were used");
  add_input_options(*cmd, args->input);
  add_pair_language_options(*cmd, args->input);
  add_time_limit_option(*cmd, args->time_limit_seconds);
  return [args]() {
    const Deadline deadline = Deadline::after(time_limit(args->time_limit_seconds));
    if (auto err = check_output_path(args->output, {args->original, args->rendition}))
      return report_error(*err);
    Result<Config> config = load_config(args->config);
    if (!config) return report_error(config.error());
    Result<Document> original = load_document(args->original, side_options(args->input, true));
    if (!original) return report_error(original.error());
    Result<Document> rendition = load_document(args->rendition, side_options(args->input, false));
    if (!rendition) return report_error(rendition.error());
    if (args->verbose) {
      describe_input(*original);
      describe_input(*rendition);
    }
    Review review;
    try {
      review = review_documents(
          std::move(*original), std::move(*rendition), *config,
          choose_fail_on(args->fail_on, args->fail_on_option->count() > 0, *config), deadline);
    } catch (const TimeLimitExceeded& e) {
      return report_error(time_limit_error(args->rendition, e));
    }
    RenderOptions render;
    render.format = args->format.empty() ? "text" : args->format;
    hide_below(min_severity(args->min_severity).value_or(default_min_severity(render.format)),
               review.result, review.summary);
    const CheckResult& result = review.result;
    const Summary& summary = review.summary;
    render.color = use_color(args->color, args->output.empty() || args->output == "-");
    if (auto err = write_output(args->output, render_report(result, summary, render)))
      return report_error(*err);
    return summary.failed ? ExitCode::findings : ExitCode::ok;
  };
}

}  // namespace driftcheck
