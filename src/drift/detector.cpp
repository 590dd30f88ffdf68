#include "drift/detector.h"

namespace driftcheck {

Finding make_finding(const BeadView& view, Category category, Severity severity, size_t ob,
                     size_t oe, size_t rb, size_t re, std::string message) {
  Finding f;
  f.category = category;
  f.severity = severity;
  f.original = span_of(view.original, ob, oe);
  f.rendition = span_of(view.rendition, rb, re);
  f.message = std::move(message);
  f.bead = view.bead;
  return f;
}

const Hunk* hunk_of_original(const BeadView& view, size_t o) {
  for (const Hunk& h : view.hunks)
    if (o >= h.o_begin && o < h.o_end) return &h;
  return nullptr;
}

const Hunk* hunk_of_rendition(const BeadView& view, size_t r) {
  for (const Hunk& h : view.hunks)
    if (r >= h.r_begin && r < h.r_end) return &h;
  return nullptr;
}

std::string quoted(const std::string& text) { return "'" + text + "'"; }

void detect_question(BeadView& view, std::vector<Finding>& out) {
  if (view.original.question == view.rendition.question) return;
  if (view.original.words.empty() || view.rendition.words.empty()) return;
  const size_t on = view.original.words.size();
  const size_t rn = view.rendition.words.size();
  const bool asked = view.rendition.question;
  Finding f = make_finding(view, Category::modality, Severity::major, 0, on, 0, rn,
                           asked ? "a statement became a question: the rendition no longer "
                                   "asserts what the original states"
                                 : "a question became a statement: the rendition asserts what "
                                   "the original only asks");
  f.evidence.emplace_back("mood", asked ? "statement -> question" : "question -> statement");
  out.push_back(std::move(f));
}

}  // namespace driftcheck
