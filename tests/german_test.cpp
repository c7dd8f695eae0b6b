// Constructions of German news the German pack reads (issue "German extraction that holds on
// articles it has never seen"): each class or rule with sentences of our own, and where it matters
// a sentence it must not read.
#include <set>
#include <string>

#include "extract_helpers.h"
#include "test_helpers.h"

using namespace kg::test;

TEST_CASE("A capital named after its country's genitive lies in it and places the event", "[extract][german]") {
  auto f = facts("In Finnlands Hauptstadt Helsinki wollen die Außenminister am Treffen der Ostseestaaten teilnehmen.");
  CHECK(f.count("Helsinki located_in Finnland"));
  CHECK(f.count("Treffen in Helsinki held_in Helsinki"));
  CHECK(facts("Danach reist die Ministerin in Dänemarks Hauptstadt Kopenhagen weiter.")
            .count("Kopenhagen located_in Dänemark"));
}
