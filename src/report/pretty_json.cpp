#include "report/pretty_json.h"

#include "report/json_text.h"

namespace driftcheck {

void PrettyJson::open_object() {
  out_ += '{';
  open_.push_back(false);
}

void PrettyJson::open_object(const nlohmann::ordered_json& head) {
  open_object();
  for (const auto& [name, member_value] : head.items()) member(name, member_value);
}

void PrettyJson::close_object() {
  const bool has_member = open_.back();
  open_.pop_back();
  if (has_member) {
    out_ += '\n';
    out_.append(indent(), ' ');
  }
  out_ += '}';
}

void PrettyJson::key(std::string_view name) {
  out_ += open_.back() ? ",\n" : "\n";
  open_.back() = true;
  out_.append(indent(), ' ');
  append_json_string(out_, name);
  out_ += ": ";
}

void PrettyJson::value(const nlohmann::ordered_json& value) { append_dumped(value, indent()); }

void PrettyJson::append_dumped(const nlohmann::ordered_json& value, size_t indent) {
  append_json(out_, value, 2, indent);
}

}  // namespace driftcheck
