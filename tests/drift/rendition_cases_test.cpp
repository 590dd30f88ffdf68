// Two faithful renditions of one news sentence, as two translators or two machine translation
// systems word it, each with a control that changes the meaning. Written for the test in the
// manner of wire copy; none is taken from an evaluation set.
#include <catch2/catch.hpp>

#include "drift_test_util.h"

using namespace driftcheck;
using namespace driftcheck::testing;

TEST_CASE("rendition: a qualifier cut beside a kept word counts however the diff groups it",
          "[drift][judgement]") {
  // "agrees to our unfair" / "accepts our": the diff puts the verb and the adjective in one
  // hunk; the verb has its partner, so nothing stands in the adjective's place.
  check_case(GENERATE(values<Case>({
      {"But if the opposition agrees to our budget we will restore the funding soon.",
       "But if the opposition accepts our budget, we will restore the funding soon.",
       "But if the opposition agrees to our unfair budget we will restore the funding soon."},
      {"Mix the two dry powders together and then shape them into a ball.",
       "Combine the two dry powders, then shape them into a ball.",
       "Mix the two powders together and then shape them into a wet ball."},
  })));
}

TEST_CASE("rendition: a name word traded beside a kept one is another name", "[drift][judgement]") {
  check_case(GENERATE(values<Case>({
      {"According to a report in the Liberty Times, the city is hiring more teachers.",
       "The city is hiring more teachers, according to a report in the Liberty Times.",
       "The city is hiring more teachers, according to an article in the Free Times."},
  })));
}

TEST_CASE("rendition: a clause moved and reworded is not an added clause", "[drift][judgement]") {
  check_case(GENERATE(values<Case>({
      {"The country's economy grew faster than expected in the third quarter.",
       "In the third quarter, the nation's economy expanded more quickly than forecast.",
       "In the third quarter, the nation's economy grew faster than expected, the ministry said "
       "in a statement that also blamed the weather."},
  })));
}

TEST_CASE("rendition: opposites stay opposites when a phrase moved between them",
          "[drift][judgement]") {
  check_case(GENERATE(values<Case>({
      {"Exports rose sharply in the third quarter, the ministry said.",
       "In the third quarter, exports increased sharply, the ministry said.",
       "In the third quarter, exports fell sharply, the ministry said."},
      {"She thanked all previous and current members of the band.",
       "She thanked all members of the band, past and present.",
       "She thanked all members of the band, past and present, except the drummer, who she "
       "said had betrayed them."},
  })));
}

TEST_CASE("rendition: a negating verb said by a verb of the same sense keeps the polarity",
          "[drift][judgement]") {
  check_case(GENERATE(values<Case>({
      {"The company denied the allegations in a statement.",
       "In a statement, the company rejected the accusations.",
       "In a statement, the company admitted the accusations."},
  })));
}

TEST_CASE("rendition: hearsay said by a verb or by its adverb is the same hearsay",
          "[drift][judgement]") {
  check_case(GENERATE(values<Case>({
      {"It is reported that the factory employs about 3,000 workers.",
       "The factory reportedly has around 3,000 employees.",
       "The factory has around 3,000 employees."},
  })));
}

TEST_CASE("rendition: '100m' is metres where the other side gives metres", "[drift][judgement]") {
  check_case(GENERATE(values<Case>({
      {"She won the women's 100-meter race on Sunday.", "On Sunday she won the women's 100m race.",
       "On Sunday she won the women's 200m race."},
      {"About 5 million people live in the region.", "About 5m people live in the region.",
       "About 50m people live in the region."},
  })));
}

TEST_CASE("rendition: the present perfect and the simple past tell the same past event",
          "[drift][judgement]") {
  check_case(GENERATE(values<Case>({
      {"The ministry has not yet responded to a request for comment.",
       "The ministry did not immediately respond to a request for comment.",
       "The ministry responded immediately to a request for comment."},
  })));
}

TEST_CASE("rendition: a short sentence reworded is judged word by word", "[drift][judgement]") {
  check_case(GENERATE(values<Case>({
      {"More than 10,000 people took part in the marathon.",
       "Over 10,000 runners participated in the marathon.",
       "Over 1,000 runners participated in the marathon."},
  })));
}

TEST_CASE("rendition: active for passive is not scrambled", "[drift][judgement]") {
  check_case(GENERATE(values<Case>({
      {"The ceremony was attended by about 500 guests and several ministers.",
       "About 500 guests and several ministers attended the ceremony.",
       "About 50 guests and several ministers attended the ceremony."},
  })));
}

TEST_CASE("rendition: wording that keeps a direction, an obligation or a sequence",
          "[drift][judgement]") {
  check_case(GENERATE(values<Case>({
      {"Analysts say the move could push up prices.",
       "According to analysts, the move may drive prices higher.",
       "According to analysts, the move may drive prices lower."},
      {"Students will have to wear masks in class.",
       "Students will be required to wear masks in class.",
       "Students will be allowed to wear masks in class."},
      {"The price of pork has risen for three consecutive months.",
       "Pork prices have gone up for three months in a row.",
       "Pork prices have gone down for three months in a row."},
      {"The victims have been sent to a nearby hospital for treatment.",
       "The injured were taken to a nearby hospital for treatment.",
       "The were taken to a nearby hospital for treatment."},
  })));
}

TEST_CASE("rendition: light words and focus words reworded", "[drift][judgement]") {
  check_case(GENERATE(values<Case>({
      // "without major interruptions" negates what "uninterrupted" negates.
      {"Traffic goes on mostly uninterrupted all year round.",
       "Traffic continues without major interruptions throughout the year.",
       "Traffic continues with major interruptions throughout the year."},
      {"The balloon carried sensors for intelligence gathering.",
       "The balloon carried sensors used for intelligence gathering.",
       "The balloon carried no sensors for intelligence gathering."},
      {"The artificial fabric has been used in greenhouses for years.",
       "The plastic fabric has been used in greenhouses for years.",
       "The artificial fabric has been in greenhouses for years."},
      {"The club will play on Friday, but further details will be confirmed later.",
       "The club will play on Friday, but more details will be confirmed later.",
       "The club will play on Friday, but no details will be confirmed later."},
  })));
}

TEST_CASE("rendition: a qualifier added where a preposition changed, or a repetition added",
          "[drift][judgement]") {
  check_case(GENERATE(values<Case>({
      {"The commission has been studying alternatives for electronic voting.",
       "The commission has been studying alternatives to electronic voting.",
       "The commission has been studying cheap alternatives to electronic voting."},
      {"Xinhua reported that a plane had been hijacked.", "Xinhua said a plane had been hijacked.",
       "Xinhua reported that a plane had been hijacked again."},
  })));
}

TEST_CASE("rendition: a possessive or a modal left without its noun or subject is a cut",
          "[drift][judgement]") {
  check_case(GENERATE(values<Case>({
      {"Any eyewitness evidence may be tainted because her image has been widely published.",
       "Witness evidence could be compromised because her picture has been widely published.",
       "Witness evidence could be compromised because her has been widely published."},
      {"And you can say it as often as you want, but that won't make it true.",
       "You can say it as much as you like, but it won't make it true.",
       "And can say it all you want, but it doesn't make it true."},
  })));
}

TEST_CASE("rendition: a headline that drops its one verb no longer says anything is done",
          "[drift][judgement]") {
  // A headline is worded freely, but "Strengthen restrictions" is an action and "Restrictions"
  // a topic.
  check_case(GENERATE(values<Case>({
      {"Strengthen restrictions on technology exports",
       "Tighten restrictions on technology exports", "Restrictions on technology exports"},
  })));
}

TEST_CASE("rendition: a verb a translator would render by the same word is a paraphrase",
          "[drift][judgement]") {
  // Neither WordNet nor the Moby thesaurus links these; both translate one German verb.
  check_case(GENERATE(values<Case>({
      {"The deputy mayor chaired Tuesday's meeting of the housing committee.",
       "The deputy mayor presided over Tuesday's meeting of the housing committee.",
       "The deputy mayor cancelled Tuesday's meeting of the housing committee."},
      {"Customs officers conducted a search of the warehouse on Friday morning.",
       "Customs officers carried out a search of the warehouse on Friday morning.",
       "Customs officers called off a search of the warehouse on Friday morning."},
  })));
}

TEST_CASE("rendition: an attribution or a clause moved to the other end keeps the claim in order",
          "[drift][judgement]") {
  check_case(GENERATE(values<Case>({
      {"Two passengers were slightly hurt when the bus hit a wall on the coast road.",
       "When the bus hit a wall on the coast road, two passengers were slightly hurt.",
       "When the bus hit a wall on the coast road, no passengers were hurt."},
      {"The ministry said the new rail line would open in two stages.",
       "The new rail line will open in two stages, the ministry said.",
       "The new rail line will open in three stages, the ministry said."},
      {"The zoo said the injured elephant was in a stable condition.",
       "The injured elephant's condition is stable, the zoo said.",
       "The injured elephant's condition is unstable, the zoo said."},
      {"Organisers said the march through the old town had passed off peacefully.",
       "The march through the old town passed off peacefully, organisers said.",
       "The march through the old town passed off violently, organisers said."},
  })));
}

TEST_CASE("rendition: a nominalisation turned into a passive keeps its content words' order",
          "[drift][judgement]") {
  check_case(GENERATE(values<Case>({
      {"Officials have ordered the evacuation of coastal villages.",
       "Officials ordered coastal villages to be evacuated.",
       "Officials ordered coastal villages not to be evacuated."},
  })));
}

TEST_CASE("rendition: a word said again in another hunk, or by a prefix, is kept",
          "[drift][judgement]") {
  check_case(GENERATE(values<Case>({
      // The voice changed and the verb moved with it: "bans" / "is prohibited".
      {"The new rule bans mobile phones in all exam halls.",
       "Under the new rule, mobile phones are prohibited in all exam halls.",
       "Under the new rule, mobile phones are allowed in all exam halls."},
      // "again" for the prefix "re-"; the opposite of the bare verb is the opposite.
      {"The stadium will reopen to fans in August after repairs to the roof.",
       "After repairs to the roof, the stadium will open to fans again in August.",
       "After repairs to the roof, the stadium will close to fans in August."},
  })));
}

TEST_CASE("rendition: a season and a share of the year are times like dates",
          "[drift][judgement]") {
  check_case(GENERATE(values<Case>({
      {"The bridge is due to be finished next spring, the council said.",
       "The council said the bridge should be completed next spring.",
       "The council said the bridge should be completed next winter."},
      {"Car sales fell by 8 percent in the first half of the year.",
       "In the first six months of the year, car sales dropped by 8 percent.",
       "In the first nine months of the year, car sales dropped by 8 percent."},
  })));
}

TEST_CASE("rendition: a negating verb, a hedge or a phrasal verb said by a word of its sense",
          "[drift][judgement]") {
  check_case(GENERATE(values<Case>({
      // The negating verb said by its noun.
      {"The insurer was fined for failing to protect its customers' data.",
       "The insurer was fined for its failure to protect its customers' data.",
       "The insurer was fined for its decision to sell its customers' data."},
      // The hedge said by its noun.
      {"Two teenagers suspected of setting the fire were questioned by police.",
       "Two teenagers on suspicion of setting the fire were questioned by police.",
       "Two teenagers who set the fire were questioned by police."},
      // A phrasal verb for one verb in a short sentence.
      {"The coach resigned after the defeat became public.",
       "The coach stepped down after the defeat became public.",
       "The coach was promoted after the defeat became public."},
  })));
}

TEST_CASE("rendition: a compound that names what its first word names alone",
          "[drift][judgement]") {
  check_case(GENERATE(values<Case>({
      {"Thieves stole copper cables from the railway near the station.",
       "Thieves stole copper cables from the railway line near the station.",
       "Thieves stole copper cables from the railway museum near the station."},
  })));
}

TEST_CASE(
    "rendition: an order of magnitude, a colour, a degree and a day counted from now are facts",
    "[drift][judgement]") {
  // Each control is worded as freely as its paraphrase; only the fact differs.
  check_case(GENERATE(values<Case>({
      {"The carmaker has recalled thousands of vans over a steering fault.",
       "Thousands of vans have been recalled by the carmaker because of a steering defect.",
       "Hundreds of vans have been recalled by the carmaker because of a steering defect."},
      {"The winger was shown a red card in the second half for a reckless tackle.",
       "The winger received a red card after the break for a reckless challenge.",
       "The winger received a yellow card after the break for a reckless challenge."},
      {"Three firefighters were slightly injured when the roof of the warehouse collapsed.",
       "When the warehouse roof collapsed, three firefighters were lightly injured.",
       "When the warehouse roof collapsed, three firefighters were seriously injured."},
      {"The health minister is due to visit the flooded hospital tomorrow.",
       "Tomorrow the health minister will visit the hospital hit by the flood.",
       "Yesterday the health minister visited the hospital hit by the flood."},
  })));
}

TEST_CASE("rendition: rejecting or refusing a thing negates as 'refuse to' does",
          "[drift][judgement]") {
  check_case(GENERATE(values<Case>({
      {"The union rejected the latest pay offer from the rail operator.",
       "The latest pay offer from the rail operator was turned down by the union.",
       "The latest pay offer from the rail operator was welcomed by the union."},
      {"The minister refused an invitation to appear before the committee.",
       "The minister declined an invitation to appear before the committee.",
       "The minister received an invitation to appear before the committee."},
  })));
}
