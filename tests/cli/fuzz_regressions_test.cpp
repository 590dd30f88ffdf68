// Replays every input the fuzzers ever crashed, hung or tripped a sanitizer on
// (tests/fuzz/regressions/<target>/), and every seed (tests/fuzz/corpus/<target>/), through
// the same target functions libFuzzer runs — here in the ordinary build, without libFuzzer.
// An invariant a target checks throws fuzz::InvariantBroken here instead of aborting.
#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "fuzz/align_target.h"
#include "fuzz/check_target.h"
#include "fuzz/decode_target.h"
#include "fuzz/segment_target.h"
#if __has_include("values/quantity.h")
#include "fuzz/quantity_target.h"
#endif
#if __has_include("values/date_value.h")
#include "fuzz/date_target.h"
#endif
#if __has_include("config/config.h")
#include "fuzz/config_target.h"
#endif
#if __has_include("batch/manifest.h")
#include "fuzz/manifest_target.h"
#endif

namespace fs = std::filesystem;

namespace {

struct Target {
  const char* name;
  int (*run)(const uint8_t*, size_t);
};

const std::vector<Target>& targets() {
  static const std::vector<Target> kTargets = {
    {"decode", &driftcheck::fuzz::decode},
    {"segment", &driftcheck::fuzz::segment},
    {"align", &driftcheck::fuzz::align},
    {"check", &driftcheck::fuzz::check},
#if __has_include("values/quantity.h")
    {"quantity", &driftcheck::fuzz::quantity},
#endif
#if __has_include("values/date_value.h")
    {"date", &driftcheck::fuzz::date},
#endif
#if __has_include("config/config.h")
    {"config", &driftcheck::fuzz::config},
#endif
#if __has_include("batch/manifest.h")
    {"manifest", &driftcheck::fuzz::manifest},
#endif
  };
  return kTargets;
}

std::vector<fs::path> inputs(const std::string& folder, const std::string& target) {
  std::vector<fs::path> out;
  const fs::path dir = fs::path(DRIFTCHECK_SOURCE_DIR) / "tests" / "fuzz" / folder / target;
  if (!fs::is_directory(dir)) return out;
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.is_regular_file() && entry.path().filename().string()[0] != '.')
      out.push_back(entry.path());
  std::sort(out.begin(), out.end());
  return out;
}

void replay(const std::string& folder) {
  for (const Target& target : targets()) {
    for (const fs::path& path : inputs(folder, target.name)) {
      CAPTURE(target.name, path.string());
      std::ifstream in(path, std::ios::binary);
      std::stringstream bytes;
      bytes << in.rdbuf();
      const std::string data = bytes.str();
      const auto started = std::chrono::steady_clock::now();
      CHECK_NOTHROW(target.run(reinterpret_cast<const uint8_t*>(data.data()), data.size()));
      // libFuzzer's -timeout=10, in a build without sanitizers: far inside it.
      CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(10));
    }
  }
}

}  // namespace

TEST_CASE("fuzz: every kept regression input runs clean", "[cli][fuzz]") { replay("regressions"); }

TEST_CASE("fuzz: every seed input runs clean", "[cli][fuzz]") { replay("corpus"); }
