// `driftcheck segment FILE`: how a user checks the splitter on their own files.
#include <fmt/format.h>

#include <memory>

#include "cli/commands.h"
#include "core/version.h"
#include "report/escape.h"
#include "report/json_report.h"

namespace driftcheck {
namespace {

struct SegmentArgs {
  std::string file;
  std::string format = "text";
  std::string output;
  bool verbose = false;
  InputOptions input;
};

// Sentence text can hold tabs and line breaks; raw, they would split a line or shift its
// fields, so the text column is TSV-escaped.
std::string render_text(const Document& doc) {
  std::string out;
  for (const Sentence& s : doc.sentences)
    out += fmt::format("{}\t{}\t{}\t{}\t{}\n", s.id, s.start, s.end, to_string(s.zone),
                       tsv_escape(s.text));
  return out;
}

std::string render_json(const Document& doc) {
  nlohmann::ordered_json j;
  j["schema"] = "driftcheck.segment/1";
  j["tool"] = {{"name", "driftcheck"}, {"version", kVersion}};
  j["document"] = document_json(doc);
  return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace

CommandRun add_segment_command(CLI::App& app) {
  auto args = std::make_shared<SegmentArgs>();
  CLI::App* cmd = app.add_subcommand(
      "segment", "Split FILE into sentences: id, code point offsets, zone, text");
  cmd->add_option("file", args->file, "The article to split (- = standard input)")->required();
  cmd->add_option("--format", args->format,
                  "text (TSV: id, start, end, zone, text; tab, LF, CR and backslash in the text as "
                  "\\t \\n \\r \\\\) or json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  cmd->add_option("-o,--output", args->output, kOutputHelp)->type_name("FILE");
  cmd->add_flag("-v,--verbose", args->verbose, "Say which encoding and language were used");
  add_input_options(*cmd, args->input);
  return [args]() {
    if (auto err = check_output_path(args->output, {args->file})) return report_error(*err);
    Result<Document> doc = load_document(args->file, args->input);
    if (!doc) return report_error(doc.error());
    if (args->verbose) describe_input(*doc);
    const std::string out = args->format == "json" ? render_json(*doc) : render_text(*doc);
    if (auto err = write_output(args->output, out)) return report_error(*err);
    return ExitCode::ok;
  };
}

}  // namespace driftcheck
