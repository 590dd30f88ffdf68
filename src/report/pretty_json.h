#pragma once
// The text nlohmann's dump(2, ' ', false, replace) gives for a whole object, written one
// member or array element at a time, so that a long report never exists as one tree.
//
//   PrettyJson out;
//   out.open_object();
//   out.member("schema", "driftcheck.report/1");
//   out.key("sentences");
//   out.array(doc.sentences, sentence_json);   // each element a small tree, dumped in place
//   out.close_object();
//   std::string text = std::move(out).finish();
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace driftcheck {

class PrettyJson {
 public:
  // Starts an object where a value goes; `head`'s members (an object) are its first ones.
  void open_object();
  void open_object(const nlohmann::ordered_json& head);
  void close_object();  // "{}" when it got no member, as nlohmann writes an empty object
  // The next member's name, in the innermost open object; a value must follow.
  void key(std::string_view name);
  void value(const nlohmann::ordered_json& value);
  void member(std::string_view name, const nlohmann::ordered_json& member_value) {
    key(name);
    value(member_value);
  }
  // An array of to_json(item) for each of `items`, where a value goes.
  template <class Items, class ToJson>
  void array(const Items& items, ToJson to_json) {
    if (items.empty()) {
      out_ += "[]";
      return;
    }
    out_ += '[';
    bool first = true;
    for (const auto& item : items) {
      out_ += first ? "\n" : ",\n";
      first = false;
      out_.append(indent() + 2, ' ');
      append_dumped(to_json(item), indent() + 2);
    }
    out_ += '\n';
    out_.append(indent(), ' ');
    out_ += ']';
  }
  // The text written so far.
  std::string finish() && { return std::move(out_); }

 private:
  size_t indent() const { return 2 * open_.size(); }
  // `value` as nlohmann pretty-prints it, every line after the first indented by `indent`.
  void append_dumped(const nlohmann::ordered_json& value, size_t indent);

  std::string out_;
  std::vector<bool> open_;  // per open object, innermost last: has it a member yet
};

}  // namespace driftcheck
