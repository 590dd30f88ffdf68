// Questions: a statement turned into a question asserts nothing, a question turned into a
// statement asserts what the original only asked. Either is a major change of modality.
#include "drift/question_detector.h"

#include "drift/detector.h"

namespace driftcheck {

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
