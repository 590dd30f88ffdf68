#include <catch2/catch.hpp>

#include "drift_test_util.h"

using namespace driftcheck;
using namespace driftcheck::testing;

TEST_CASE("attribution: a neutral verb for another is not flagged", "[drift][attribution]") {
  auto [a, b] = GENERATE(table<const char*, const char*>({
      {"The police said the road was closed.", "The police stated the road was closed."},
      {"The police said the road was closed.", "The police reported the road was closed."},
  }));
  CAPTURE(a, b);
  REQUIRE(check_pair(a, b).max_severity(Category::attribution) < kMinor);
}

TEST_CASE("attribution: a dropped source turns a claim into fact", "[drift][attribution]") {
  REQUIRE(check_pair("The union said the plant will close in May.", "The plant will close in May.")
              .max_severity() >= kMajor);
}

TEST_CASE("attribution: argued -> claimed changes the stance", "[drift][attribution]") {
  REQUIRE(check_pair("The lawyer argued the contract was void.",
                     "The lawyer claimed the contract was void.")
              .max_severity(Category::attribution) >= kMinor);
}

TEST_CASE("attribution: the source before a reporting verb changed", "[drift][attribution]") {
  auto [a, b] = GENERATE(table<const char*, const char*>({
      {"A senior diplomat says the talks will resume.",
       "Senior diplomats are saying the talks will resume."},
      {"The spokesman said the mill will reopen.", "Witnesses said the mill will reopen."},
      {"They said the bridge was unsafe.", "The engineers said the bridge was unsafe."},
      {"Economists and bankers believe rates will rise.", "Economists believe rates will rise."},
  }));
  CAPTURE(a, b);
  REQUIRE(check_pair(a, b).max_severity(Category::attribution) == kMinor);
}

TEST_CASE("attribution: the same source reworded is not flagged", "[drift][attribution]") {
  auto [a, b] = GENERATE(table<const char*, const char*>({
      {"The engineers said the bridge was unsafe.", "The engineers stated the bridge was unsafe."},
      {"Economists believe rates will rise.", "Economists believe rates will go up."},
      {"The man behind the plant believes output will rise.",
       "The man behind the factory believes output will rise."},
  }));
  CAPTURE(a, b);
  REQUIRE(check_pair(a, b).max_severity(Category::attribution) < kMinor);
}

TEST_CASE("attribution: a second tag for a speaker still named is minor", "[drift][attribution]") {
  REQUIRE(check_pair("The mayor said the road would open soon. \"It is nearly done,\" she added.",
                     "The mayor said the road would open soon. \"It is nearly done.\"")
              .max_severity(Category::attribution) == kMinor);
  REQUIRE(check_pair("The union said the plant will close in May.", "The plant will close in May.")
              .max_severity(Category::attribution) >= kMajor);
}

TEST_CASE("attribution: a tag after a quotation kept in quotes is minor", "[drift][attribution]") {
  REQUIRE(check_pair("\"The harbour will be busy all summer,\" she added.",
                     "\"The harbour will be busy all summer.\"")
              .max_severity(Category::attribution) == kMinor);
  REQUIRE(check_pair("The harbour will be busy all summer, she added.",
                     "The harbour will be busy all summer.")
              .max_severity(Category::attribution) >= kMajor);
}

TEST_CASE("attribution: a report turned into 'reported' keeps the source", "[drift][attribution]") {
  REQUIRE(check_pair("According to a Reuters report today, two more miners were rescued.",
                     "Two more miners were rescued, Reuters reported today.")
              .max_severity(Category::attribution) < kMajor);
  REQUIRE(check_pair("According to a Reuters report today, two more miners were rescued.",
                     "Today two more miners were rescued.")
              .max_severity(Category::attribution) >= kMajor);
}
