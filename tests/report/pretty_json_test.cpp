#include "report/pretty_json.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace driftcheck {
namespace {

using nlohmann::ordered_json;

std::string whole(const ordered_json& j) {
  return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

ordered_json element(int k) {
  ordered_json j;
  j["id"] = k;
  j["text"] = "line\nbreak \"quoted\"";
  j["ids"] = std::vector<int>{k, k + 1};
  j["none"] = ordered_json::array();
  j["empty"] = ordered_json::object();
  return j;
}

TEST_CASE("pretty json: written piece by piece equals the whole tree dumped", "[report]") {
  const std::vector<int> items =
      GENERATE(std::vector<int>{}, std::vector<int>{1}, std::vector<int>{1, 2, 3});
  ordered_json tree;
  tree["schema"] = "x/1";
  tree["doc"] = {{"path", "a.txt"}, {"score", 0.125}};
  auto& list = tree["doc"]["items"] = ordered_json::array();
  for (int k : items) list.push_back(element(k));
  tree["doc"]["after"] = true;
  tree["tail"] = items.size();

  PrettyJson out;
  out.open_object();
  out.member("schema", "x/1");
  out.key("doc");
  out.open_object(ordered_json{{"path", "a.txt"}, {"score", 0.125}});
  out.key("items");
  out.array(items, element);
  out.member("after", true);
  out.close_object();
  out.member("tail", items.size());
  out.close_object();
  REQUIRE(std::move(out).finish() == whole(tree));
}

TEST_CASE("pretty json: an object with no member is {}", "[report]") {
  PrettyJson out;
  out.open_object();
  out.key("inner");
  out.open_object(ordered_json::object());
  out.close_object();
  out.close_object();
  REQUIRE(std::move(out).finish() == whole(ordered_json{{"inner", ordered_json::object()}}));
}

TEST_CASE("pretty json: invalid UTF-8 is replaced as in a whole dump", "[report]") {
  const std::string bad = "caf\xc3";
  PrettyJson out;
  out.open_object();
  out.member("text", bad);
  out.close_object();
  REQUIRE(std::move(out).finish() == whole(ordered_json{{"text", bad}}));
}

}  // namespace
}  // namespace driftcheck
