// Constructions of German news the German pack reads (issue "German extraction that holds on
// articles it has never seen"): each class or rule with sentences of our own, and where it matters
// a sentence it must not read.
#include <map>
#include <set>
#include <string>

#include "extract_helpers.h"
#include "test_helpers.h"

using namespace kg::test;

TEST_CASE("A capital named after its country's genitive lies in it and places the event", "[extract][german]") {
  auto f = facts("In Finnlands Hauptstadt Helsinki wollen die Außenminister am Treffen der Ostseestaaten teilnehmen.");
  CHECK(f.count("Helsinki located_in Finnland"));
  CHECK(f.count("Treffen der Ostseestaaten @ Helsinki held_in Helsinki"));
  CHECK(facts("Danach reist die Ministerin in Dänemarks Hauptstadt Kopenhagen weiter.")
            .count("Kopenhagen located_in Dänemark"));
}

TEST_CASE("Arriving, attending and being represented are taking part", "[extract][german]") {
  auto f = facts(
      "Der Gipfel der OSZE beginnt am Montag in Marseille. Am Abend trafen dort unter anderen die Ministerin "
      "Anna Probe und der Minister Max Muster ein.");
  CHECK(f.count("Anna Probe participates_in Gipfel der OSZE @ Marseille"));
  CHECK(f.count("Max Muster participates_in Gipfel der OSZE @ Marseille"));
  CHECK(f.count("Anna Probe meets_with Max Muster") == 0);  // arriving together is no meeting
  auto g = facts(
      "Der Gipfel der OSZE beginnt am Montag in Marseille. Neben den Staats- und Regierungschefs Maltas nahmen "
      "auch die Vertreter Zyperns und Estlands teil. Dem Festakt wohnte auch die Präsidentin Eva Beispiel bei. "
      "Der Kanzler Paul Roe ist am Sonntag in Marseille eingetroffen.");
  CHECK(g.count("Malta participates_in Gipfel der OSZE @ Marseille"));
  CHECK(g.count("Zypern participates_in Gipfel der OSZE @ Marseille"));
  CHECK(g.count("Estland participates_in Gipfel der OSZE @ Marseille"));
  CHECK(g.count("Eva Beispiel participates_in Festakt"));
  CHECK(g.count("Paul Roe participates_in Gipfel der OSZE @ Marseille"));
  // "ein" ending a sentence after another verb is no arrival ("räumte … ein", "setzte sich … ein").
  auto h = facts(
      "Der Gipfel der OSZE beginnt am Montag in Marseille. Die Ministerin Anna Probe räumte am Abend einen "
      "Fehler ein. Der Minister Max Muster setzte sich für Malta ein.");
  CHECK(h.count("Anna Probe participates_in Gipfel der OSZE @ Marseille") == 0);
  CHECK(h.count("Max Muster participates_in Gipfel der OSZE @ Marseille") == 0);
}

TEST_CASE("An organisation electing someone to its office states the office", "[extract][german]") {
  CHECK(facts("Die OSZE hat die bisherige Außenministerin Anna Probe am Montag zu ihrer neuen Generalsekretärin "
              "gewählt.")
            .count("Anna Probe holds_office OSZE"));
  CHECK(facts("Am Freitag hat die CDU den 50 Jahre alten Max Muster zu ihrem Vorsitzenden gewählt.")
            .count("Max Muster holds_office CDU"));
  CHECK(facts("Die OSZE hat Anna Probe zu ihrem Treffen eingeladen.").count("Anna Probe holds_office OSZE") == 0);
  // The party a compound before the name makes her a member of does not elect her.
  auto f = facts("Der Landtag von Bayern hat die CSU-Politikerin Anna Probe zu seiner neuen Präsidentin gewählt.");
  CHECK(f.count("Anna Probe member_of CSU"));
  CHECK(f.count("Anna Probe holds_office CSU") == 0);
}

TEST_CASE("Federal states hold offices, and a party office's adjective names no state", "[extract][german]") {
  auto f = facts(
      "Der bayerische Ministerpräsident Max Muster sprach in Nürnberg. Tirols Landeshauptmann Paul Roe und "
      "die burgenländische Landesrätin Eva Beispiel kamen nach Linz. Der Ministerpräsident von Brandenburg, Peter "
      "Test, lobte den Beschluss.");
  CHECK(f.count("Max Muster holds_office Bayern"));
  CHECK(f.count("Paul Roe holds_office Tirol"));
  CHECK(f.count("Eva Beispiel holds_office Burgenland"));
  CHECK(f.count("Peter Test holds_office Brandenburg"));
  // The branch of a party, not an office of the state; and a federal state is no context for the
  // offices of the next sentence.
  auto g = facts(
      "Die hessische Parteichefin Anna Probe wurde wiedergewählt. Neu im Vorstand ist die Oberbürgermeisterin "
      "Eva Beispiel.");
  CHECK(g.empty());
}

TEST_CASE("Commissioners and foreign policy chiefs of an organisation hold its office", "[extract][german]") {
  CHECK(facts("Die EU-Außenbeauftragte Anna Probe reiste nach Kiew.").count("Anna Probe holds_office EU"));
  CHECK(facts("Die EU-Kommissarin Eva Beispiel sprach in Brüssel.").count("Eva Beispiel holds_office EU"));
}

TEST_CASE("States counted among an organisation or chairing it are its members", "[extract][german]") {
  auto f = facts(
      "Zur OSZE zählen Länder wie Malta und Irland, aber auch kleine Staaten wie Andorra. Neben den "
      "NATO-Mitgliedern zählen zu den Vereinten Nationen auch Norwegen und die Schweiz.");
  CHECK(f.count("Malta member_of OSZE"));
  CHECK(f.count("Andorra member_of OSZE"));
  CHECK(f.count("Norwegen member_of UN"));
  CHECK(f.count("Norwegen member_of NATO") == 0);  // counted among the UN, not NATO
  CHECK(facts("Im nächsten Jahr hat Estland den Vorsitz der OSZE inne.").count("Estland member_of OSZE"));
  CHECK(facts("Zypern, das derzeit der OSZE vorsitzt, lud zum Treffen.").count("Zypern member_of OSZE"));
  // Counting is no membership without "zu": "Die Polizei zählte … Teilnehmer aus Malta".
  CHECK(facts("Die OSZE zählte am Sonntag in Oslo 500 Gäste aus Malta.").count("Malta member_of OSZE") == 0);
}

TEST_CASE("German: the members of an organisation a dative pronoun stands for", "[extract][german]") {
  // "Ihm gehören … an": the organisation of the sentences before, the article's (named most); one in the
  // list is a member too.
  const auto f = facts(
      "Die Andengemeinschaft tagte in Lima. Gegründet wurde die Andengemeinschaft 1969. Ihr gehören neben Peru und "
      "Chile "
      "auch Bolivien sowie die OAS an.");
  CHECK(f.count("Peru member_of Andengemeinschaft"));
  CHECK(f.count("Bolivien member_of Andengemeinschaft"));
  CHECK(f.count("Organisation Amerikanischer Staaten member_of Andengemeinschaft"));
  CHECK_FALSE(f.count("Peru member_of OAS"));
  // (after the verb; a wish is none)
  CHECK(facts("Die Andengemeinschaft tagte in Lima. Die Andengemeinschaft wächst: Heute gehören ihr vier Staaten an, "
              "darunter Peru.")
            .count("Peru member_of Andengemeinschaft"));
  CHECK_FALSE(has_fact(
      facts("Die Andengemeinschaft tagte in Lima. Die Andengemeinschaft wächst. Ihr will auch Peru angehören."), "Peru",
      "member_of"));
}

TEST_CASE("A plural reference stands for the states of the list before it", "[extract][german]") {
  auto doc = extractor().extract(kg::extract::Input{
      "Malta und Irland streiten seit Jahren über Fischerei. Nun sind die beiden Länder der OSZE beigetreten.", "t", "",
      "de"});
  REQUIRE_OK(doc);
  std::map<std::string, std::string> names;
  for (const kg::Entity& e : doc->entities) names[e.id] = e.name;
  int members = 0;
  for (const kg::Relation& r : doc->relations) {
    if (names[r.object] != "OSZE") continue;
    ++members;
    CHECK(r.confidence < 0.7);  // less sure than a relation between names: the reference is a guess
  }
  CHECK(members == 2);
  auto f = facts(
      "Estland, Lettland und Litauen liegen an der Ostsee. Die Außenminister dieser Länder nahmen am Gipfel der "
      "OSZE in Oslo teil.");
  CHECK(f.count("Estland participates_in Gipfel der OSZE @ Oslo"));
  CHECK(f.count("Litauen participates_in Gipfel der OSZE @ Oslo"));
  // A number must match the list: two states named, "die drei Staaten" are not they.
  CHECK(facts("Zypern und Malta haben Anträge gestellt. Die drei Staaten sind nun Mitglieder der NATO.").empty());
  // A reference to the list goes on with it, past the sentences the list itself reaches.
  auto chain = facts(
      "Zypern und Malta verhandeln über Fischerei. Anna Probe lobte die Zusammenarbeit der beiden Nachbarländer. "
      "Max Muster sprach in Lima. Paul Roe sprach in Quito. Beide Länder sind Mitglieder der "
      "NATO.");
  CHECK(chain.count("Zypern member_of NATO"));
  CHECK(chain.count("Malta member_of NATO"));
  // A list right after the noun is the list itself.
  auto g = facts("Zypern und Malta warten. Die beiden Länder Norwegen und Island sind Mitglieder der NATO.");
  CHECK(g.count("Norwegen member_of NATO"));
  CHECK(g.count("Zypern member_of NATO") == 0);
}

TEST_CASE("A party's office without its party is the office of the article's organisation", "[extract][german]") {
  CHECK(facts("Der Parteitag der CDU beginnt am Freitag in Hannover. Generalsekretär Max Muster eröffnete die "
              "Beratungen.")
            .count("Max Muster holds_office CDU"));
  // A state's office is not the organisation's.
  CHECK(facts("Der Parteitag der CDU beginnt am Freitag in Hannover. Ministerpräsident Max Muster eröffnete die "
              "Beratungen.")
            .count("Max Muster holds_office CDU") == 0);
  // Without an organisation in the article, no guess.
  for (const std::string& f : facts("Generalsekretär Max Muster eröffnete die Beratungen in Hannover."))
    CHECK(f.find("holds_office") == std::string::npos);
}

TEST_CASE("Names of several words take the genitive on their last word, and Kosovo is a state", "[extract][german]") {
  auto f = facts(
      "Der Gipfel der OSZE beginnt. Neben den Regierungschefs Sri Lankas und des Kosovos nahmen auch die "
      "Vertreter Bosnien und Herzegowinas und Costa Ricas teil.");
  CHECK(f.count("Kosovo participates_in Gipfel der OSZE"));
  CHECK(f.count("Sri Lanka participates_in Gipfel der OSZE"));
  CHECK(f.count("Bosnien und Herzegowina participates_in Gipfel der OSZE"));
  CHECK(f.count("Costa Rica participates_in Gipfel der OSZE"));
}

TEST_CASE("A compound whose head is an event noun is an event of its own kind", "[extract][german]") {
  auto f = facts(
      "Der OSZE-Sondergipfel in Wien begann am Montag. Das Nordseetreffen in Berlin leitete die Kanzlerin "
      "Anna Probe. Der Bundesparteitag der CDU findet in Hamburg statt.");
  CHECK(f.count("OSZE-Sondergipfel @ Wien held_in Wien"));
  CHECK(f.count("Nordseetreffen @ Berlin held_in Berlin"));
  CHECK(f.count("Anna Probe participates_in Nordseetreffen @ Berlin"));
  CHECK(f.count("Bundesparteitag der CDU @ Hamburg held_in Hamburg"));
  // Heads that are no event nouns ("Bundestag", "Wahlkampf") make no event; a special meeting is
  // not the article's summit.
  auto doc = extractor().extract(kg::extract::Input{
      "Der Bundestag tagte. Der Wahlkampf beginnt. Der Gipfel der OSZE in Wien endete. Ein Sondertreffen in "
      "Genf ist geplant.",
      "t", "", "de"});
  REQUIRE_OK(doc);
  std::set<std::string> events;
  for (const kg::Entity& e : doc->entities)
    if (e.type == kg::EntityType::kEvent) events.insert(event_at(e));
  CHECK(events == std::set<std::string>{"Gipfel der OSZE @ Wien", "Sondertreffen @ Genf"});
}

TEST_CASE("A negation blocks what its own clause says", "[extract][german]") {
  const std::string summit = "Der Gipfel der OSZE beginnt am Montag in Marseille. ";
  auto f =
      facts(summit + "Die Ministerin Anna Probe, die nicht am Gipfel teilnahm, traf am Abend den Minister Max Muster.");
  CHECK(f.count("Anna Probe meets_with Max Muster"));
  CHECK(f.count("Anna Probe participates_in Gipfel der OSZE @ Marseille") == 0);
  CHECK(facts(summit + "Der Minister Paul Roe nahm nicht am Gipfel teil.")
            .count("Paul Roe participates_in Gipfel der OSZE @ Marseille") == 0);
  CHECK(facts("Die Ministerin Eva Beispiel traf den Minister Peter Test nicht.").empty());
  // A list with an article after its comma is no relative clause: the whole list is denied.
  auto g = facts(summit + "Malta, die Schweiz und Irland nahmen nicht am Gipfel teil.");
  for (const std::string& x : g) CHECK(x.find("participates_in") == std::string::npos);
  // A relative clause whose cue is denied: "Länder, die nicht aufgenommen wurden" are no members.
  CHECK(facts("Länder wie Malta und Zypern, die bisher nicht aufgenommen wurden, hoffen auf den Beitritt zur NATO.")
            .empty());
  // The clause after a subordinating word is its own: the meeting stands.
  CHECK(facts("Die Ministerin Anna Probe traf den Minister Max Muster, weil der Gipfel nicht stattfand.")
            .count("Anna Probe meets_with Max Muster"));
}

TEST_CASE("A past office is no office", "[extract][german]") {
  CHECK(facts("Die Ministerin Anna Probe kritisierte den früheren russischen Präsidenten Max Muster.")
            .count("Max Muster holds_office Russland") == 0);
  CHECK(facts("Der ehemalige Außenminister Maltas, Paul Roe, sprach in Rom.").count("Paul Roe holds_office Malta") ==
        0);
  CHECK(facts("Der russische Präsident Max Muster sprach in Rom.").count("Max Muster holds_office Russland"));
}

TEST_CASE("A title of some states only is held in the one the article names most", "[extract][german]") {
  CHECK(facts("Österreich wählt im Herbst. Bundeskanzler Max Muster warb in Graz für seine Partei. Österreich "
              "habe viel erreicht, sagte er.")
            .count("Max Muster holds_office Österreich"));
  CHECK(facts("Bundeskanzler Max Muster reiste nach Berlin. Deutschland und Österreich wollen enger "
              "zusammenarbeiten, Deutschland sei bereit.")
            .count("Max Muster holds_office Deutschland"));
  // No state named: no office (the title alone names none).
  for (const std::string& f : facts("Bundeskanzler Max Muster sprach in Graz."))
    CHECK(f.find("holds_office") == std::string::npos);
  // Any federal office ("Bundes…minister"), also where the article names another state more often:
  // it is held in no other state.
  auto f = facts(
      "Bundesinnenministerin Anna Probe reiste am Montag nach Frankreich. Frankreich und Deutschland wollen die "
      "Grenzen gemeinsam schützen. In Frankreich traf sie Kollegen.");
  CHECK(f.count("Anna Probe holds_office Deutschland"));
  CHECK(f.count("Anna Probe holds_office Frankreich") == 0);
  for (const std::string& g : facts("Frankreich wählt. Frankreich streitet. Der Bundesminister Max Muster sprach in "
                                    "Frankreich."))
    CHECK(g.find("holds_office") == std::string::npos);
  // A minister's federal title only Germany writes is no other federal state's, also where the article
  // names only that one: none where it names no Germany.
  f = facts(
      "Minister in Lima\n\nLima - Die Minister kamen zu ihrem Treffen in Lima zusammen. Bundesfinanzministerin Anna "
      "Probe traf ihren peruanischen Kollegen Paul Roe. Die Schweiz übernimmt im nächsten Jahr den Vorsitz.");
  CHECK(f.count("Anna Probe holds_office Schweiz") == 0);
  CHECK(f.count("Paul Roe holds_office Peru"));
  // (Switzerland's own federal titles stay its: "Bundespräsidentin")
  CHECK(
      facts("Die Schweiz lädt ein. Bundespräsidentin Eva Lang sprach in Lima.").count("Eva Lang holds_office Schweiz"));
}

TEST_CASE("Buildings and squares are places in their city and venues of events", "[extract][german]") {
  auto f = facts(
      "Die Beratungen finden am Montag im Münchner Rathaus statt. Der Minister übernachtete im Hotel Adlon in "
      "Berlin. Er verließ das Seeblick Hotel in Warschau am Morgen. Der Parteitag wird in der Karl-Muster-Halle in "
      "Graz stattfinden. Die Präsidentin landete auf dem Flughafen Tegel in Berlin.");
  CHECK(f.count("Münchner Rathaus located_in München"));
  CHECK(f.count("Beratungen @ München held_in Münchner Rathaus"));  // the event is named by the city
  CHECK(f.count("Hotel Adlon located_in Berlin"));
  CHECK(f.count("Seeblick Hotel located_in Warschau"));
  CHECK(f.count("Karl-Muster-Halle located_in Graz"));
  CHECK(f.count("Flughafen Tegel located_in Berlin"));
  // A name particle between two words of its name, not an article: "Palast Lindenhof ter Velde".
  auto g =
      facts("Die Gäste aßen im Palast Lindenhof ter Velde in Quito. Er hat im Schloss Lindenhof den Gast empfangen.");
  CHECK(g.count("Palast Lindenhof ter Velde located_in Quito"));
  CHECK(entity_names("Er hat im Schloss Lindenhof den Gast Anna Probe empfangen.").count("Schloss Lindenhof LOC"));
  // A city's adjective before an office: the office is the city's.
  CHECK(facts("Die Kölner Oberbürgermeisterin Anna Probe sprach.").count("Anna Probe holds_office Köln"));
  CHECK(facts("Der Münchner Oberbürgermeister Max Muster sprach.").count("Max Muster holds_office München"));
  // … and a federal state's or a state's: the office is the state's.
  CHECK(facts("Die Thüringer Ministerpräsidentin Eva Lang sprach in Quito.").count("Eva Lang holds_office Thüringen"));
  CHECK(facts("Der Luxemburger Premier Max Muster sprach in Quito.").count("Max Muster holds_office Luxemburg"));
  // A city's adjective before other nouns names no building.
  CHECK(facts("Die Berliner Zeitung berichtete über die Wiener Philharmoniker.").empty());
}

TEST_CASE("States lie in the regions their adjectives and phrases name", "[extract][german]") {
  auto f = facts(
      "Die Dürre im ostafrikanischen Kenia dauert an. Die skandinavischen Staaten Schweden, Norwegen und "
      "Dänemark, Polen und Ungarn sind Mitglieder der OSZE. Estland und Lettland verhandeln seit Jahren. Die "
      "beiden Länder im Baltikum einigten sich.");
  CHECK(f.count("Kenia located_in Ostafrika"));
  CHECK(facts("Ghana, das westafrikanische Land, nahm teil.").count("Ghana located_in Westafrika"));
  CHECK(f.count("Norwegen located_in Skandinavien"));
  CHECK(f.count("Dänemark located_in Skandinavien"));
  CHECK(f.count("Polen located_in Skandinavien") == 0);  // the list the adjective governs ends after "und Dänemark"
  CHECK(f.count("Polen member_of OSZE"));                // the sentence's subject is every state
  CHECK(f.count("Estland located_in Baltikum"));
  CHECK(f.count("Lettland located_in Baltikum"));
  // A region holds no office.
  for (const std::string& x : facts("Der westafrikanische Präsident Max Muster sprach in Dakar."))
    CHECK(x.find("Westafrika") == std::string::npos);
}

TEST_CASE("Talks with someone, possessives and offices with an adjective find who meets whom", "[extract][german]") {
  auto f = facts(
      "Die Kanzlerin Anna Probe reiste nach Paris. Am Abend will die deutsche Kanzlerin noch mit dem "
      "französischen Premierminister Max Muster sprechen. Der Präsident Paul Roe kam nach Rom. Nach seinem "
      "Treffen mit Eva Beispiel stand ein Gipfel auf dem Programm.");
  CHECK(f.count("Anna Probe meets_with Max Muster"));
  CHECK(f.count("Paul Roe meets_with Eva Beispiel"));
  // Talking is a meeting only with "mit": two persons speaking in one sentence do not meet.
  CHECK(facts("Die Ministerin Anna Probe will sprechen, sagte der Minister Max Muster.")
            .count("Anna Probe meets_with Max Muster") == 0);
  // … in the perfect too ("hatte mit X gesprochen"), and having exchanged views or conferred.
  CHECK(facts("Die Ministerin Anna Probe, die zuvor in Lima mit Max Muster gesprochen hatte, forderte mehr Geld.")
            .count("Anna Probe meets_with Max Muster"));
  CHECK(facts("Die Ministerin Anna Probe hat sich mit Max Muster über den Handel ausgetauscht.")
            .count("Anna Probe meets_with Max Muster"));
  // "mit Blick auf X" is "with regard to X".
  CHECK(facts("Die Experten hatten über Handel gesprochen, sagte Anna Probe mit Blick auf Max Muster.")
            .count("Anna Probe meets_with Max Muster") == 0);
  // A state right before an office is not its genitive: "in Malta Präsidentin X" is Malta's.
  CHECK(facts("Der Minister Max Muster hat in Malta Präsidentin Eva Beispiel getroffen.")
            .count("Eva Beispiel holds_office Malta"));
}

TEST_CASE("Seas are places, not persons", "[extract][german]") {
  auto doc = extractor().extract(kg::extract::Input{
      "Der Präsident Max Muster traf Staatschefs aus Ländern zwischen Nordsee, Ostsee und Mittelmeer.", "t", "", "de"});
  REQUIRE_OK(doc);
  for (const kg::Entity& e : doc->entities)
    if (e.name == "Nordsee" || e.name == "Ostsee") CHECK(e.type == kg::EntityType::kLocation);
  for (const kg::Relation& r : doc->relations) CHECK(r.predicate != kg::predicate_id("meets_with"));
}

TEST_CASE("Unknown capitalised words before 'sagte' are a person", "[extract][german]") {
  CHECK(entity_names("Die Gespräche seien gut gewesen, Tarek Obonu sagte.").count("Tarek Obonu PER"));
}

TEST_CASE("An event noun with its genitive phrase is another name of the event", "[extract][german]") {
  auto doc = extractor().extract(kg::extract::Input{
      "Das Treffen der Baltischen Umweltminister begann in Oslo. Die Feier der Vertragsunterzeichnung folgte.", "t", "",
      "de"});
  REQUIRE_OK(doc);
  std::set<std::string> names;
  for (const kg::Entity& e : doc->entities) {
    if (e.type != kg::EntityType::kEvent) continue;
    names.insert(e.name);
    names.insert(e.aliases.begin(), e.aliases.end());
  }
  CHECK(names.count("Treffen der Baltischen Umweltminister"));
  CHECK(names.count("Feier der Vertragsunterzeichnung"));
  CHECK(entity_names("Das Treffen im Grenzland begann am Montag.").count("Treffen im Grenzland EVENT"));
  // "zu Beginn des Gipfels": whoever speaks there takes part.
  CHECK(facts("Der Gipfel der OSZE begann. Die Ministerin Anna Probe sprach zu Beginn des Gipfels.")
            .count("Anna Probe participates_in Gipfel der OSZE"));
}

TEST_CASE("A genitive phrase of plain words after an event noun is the name of the event", "[extract][german]") {
  CHECK(event_names("Das Treffen der Baltischen Umweltminister begann in Oslo.")
            .count("Treffen der Baltischen Umweltminister"));
  // (the noun in its base form: "des Treffens der …")
  CHECK(event_names("Zum Abschluss des Treffens der Nordischen Innenminister sprach Max Muster.")
            .count("Treffen der Nordischen Innenminister"));
  // A phrase that holds another entity's name stays an alias: "Chile" is no word of the event's name.
  CHECK(event_names("Das Treffen der Außenminister Chiles und Perus begann in Lima.").count("Treffen"));
  // A phrase after "im" places the event and names none.
  CHECK(event_names("Das Treffen im Grenzland begann am Montag.").count("Treffen"));
}

TEST_CASE("A word for any meeting is no dinner or reception beside it", "[extract][german]") {
  CHECK(event_names("Bei dem Treffen in Lima ging es um den Handel. Am Abend folgte ein Abendessen im Rathaus.",
                    "de") == std::set<std::string>{"Abendessen", "Treffen"});
  CHECK(event_names("The meeting in Lima dealt with trade. A dinner at the palace followed in the evening.", "en") ==
        std::set<std::string>{"dinner", "meeting"});
  // (a summit is: the meeting is the summit)
  CHECK(event_names("Der Gipfel der OSZE begann in Lima. Bei dem Treffen ging es um den Handel.", "de").size() == 1);
  // The phrase after the noun ends where its noun phrase does: no verb, no object of the sentence.
  auto doc = extractor().extract(
      kg::extract::Input{"Eva Lang würdigte beim Treffen im Grenzland die Einigung als Erfolg.", "t", "", "de"});
  REQUIRE_OK(doc);
  std::set<std::string> aliases;
  for (const kg::Entity& e : doc->entities)
    if (e.type == kg::EntityType::kEvent) aliases.insert(e.aliases.begin(), e.aliases.end());
  CHECK(aliases.count("Treffen im Grenzland"));
  CHECK(aliases.size() == 1);
}

TEST_CASE("German: an epithet in any form names the organisation it was written before", "[extract][german]") {
  // "des … Staatenbundes Asean" introduces the epithet: its later genitive is ASEAN, not the
  // organisation named last.
  const auto f = facts(
      "Die Außenminister des südostasiatischen Staatenbundes Asean trafen sich in Jakarta. Auch der Präsident "
      "der Weltbank kam. Laos übernimmt den Vorsitz des Staatenbundes.");
  CHECK(f.count("Laos member_of ASEAN"));
  CHECK_FALSE(f.count("Laos member_of Weltbank"));
}

TEST_CASE("An epithet refers to the one organisation another epithet introduced", "[extract][german]") {
  // "das Bündnis" after "der Wirtschaftsverbund Mercosur": the organisation called an alliance,
  // not the one named as often before it.
  const auto f = facts(
      "Der Wirtschaftsverbund Mercosur und die Afrikanische Union unterzeichneten in Lima ein Abkommen. "
      "Peru führt derzeit den Vorsitz des Bündnisses.");
  CHECK(f.count("Peru member_of Mercosur"));
  CHECK_FALSE(f.count("Peru member_of AU"));
}

TEST_CASE("German: a noun after a cardinal number is a measure, not an event's topic", "[extract][german]") {
  // "nach zwei Jahrzehnten Verhandlungen" are the talks, and the summit's deliberations are the summit.
  const auto f = facts(
      "Nach zwei Jahrzehnten Verhandlungen trafen sich die Staatschefs zum Gipfel in Lima. An den Beratungen "
      "nahm Paul Roe teil.");
  CHECK(f.count("Paul Roe participates_in Gipfel @ Lima"));
  for (const std::string& x : f) CHECK(x.find("Verhandlungen") == std::string::npos);
}

TEST_CASE("An epithet of an organisation named only in an event compound is the organiser", "[extract][german]") {
  CHECK(facts("Der Nato-Gipfel begann in Lima. Zum Jahresbeginn waren Peru und Chile dem Bündnis beigetreten.")
            .count("Chile member_of NATO"));
  CHECK(facts("The NATO summit opened in Lima on Monday. Finland joined the alliance in 2023.", extractor(), "en")
            .count("Finland member_of NATO"));
}

TEST_CASE("A state that a relative clause after its leader makes a member of an organisation is its member",
          "[extract][german]") {
  auto f =
      facts("Die peruanische Präsidentin Eva Lang, deren Land Mitglied der OSZE ist, sprach mit Max Muster aus Chile.");
  CHECK(f.count("Peru member_of OSZE"));
  CHECK(f.count("Chile member_of OSZE") == 0);
  CHECK(facts("Der chilenische Präsident Max Muster, dessen Land kein Mitglied der OSZE ist, sprach.")
            .count("Chile member_of OSZE") == 0);
  auto e = facts("Peruvian President Paul Roe, whose country is a member of the OSCE, met Anna Probe of Chile.",
                 extractor(), "en");
  CHECK(e.count("Peru member_of OSCE"));
  CHECK(e.count("Chile member_of OSCE") == 0);
}

TEST_CASE("A meeting noun with a year other than the document's is another meeting", "[extract][german]") {
  auto held = [](const char* text, const char* lang) {
    auto doc = extractor().extract(kg::extract::Input{text, "t", "2024-12-05", lang});
    REQUIRE_OK(doc);
    std::set<std::string> out;
    for (const kg::Relation& r : doc->relations) {
      if (kg::predicate_info(r.predicate).name != std::string_view("held_in")) continue;
      std::string s, o;
      for (const kg::Entity& e : doc->entities) {
        if (e.id == r.subject) s = e.name;
        if (e.id == r.object) o = e.name;
      }
      out.insert(s + " held_in " + o);
    }
    return out;
  };
  auto f = held(
      "Der Gipfel der OSZE begann am Donnerstag in Lima. Die Ministerin Eva Lang kündigte an, das Treffen "
      "werde 2025 in Quito stattfinden.",
      "de");
  CHECK(f.count("Gipfel der OSZE (2024) held_in Lima"));
  CHECK(f.count("Gipfel der OSZE (2024) held_in Quito") == 0);
  CHECK(f.count("Treffen (2025) held_in Quito"));
  // The document's own year keeps the meeting the article's.
  CHECK(held("Der Gipfel der OSZE begann in Lima. Das Treffen 2024 war das größte.", "de").size() == 1);
  auto e = held("The OSCE summit opened in Lima on Thursday. The meeting in 2025 will be held in Quito.", "en");
  CHECK(e.count("OSCE summit (2024) held_in Quito") == 0);
}

TEST_CASE("A year a few words after the meeting noun and a sentence of back then tell of another meeting",
          "[extract][german]") {
  auto facts_dated = [](const char* text, const char* lang) { return facts(text, extractor(), lang, "2024-12-05"); };
  auto f = facts_dated(
      "Der Gipfel der OSZE begann am Montag in Lima. Das letzte Treffen dieser Art hatte 2019 in Quito "
      "stattgefunden. Damals hatte Max Muster die Delegation Perus geleitet.",
      "de");
  CHECK(has_fact(f, "Gipfel der OSZE (2024)", "held_in Lima"));
  CHECK(has_fact(f, "Treffen (2019)", "held_in Quito"));
  CHECK(has_fact(f, "Max Muster participates_in Treffen (2019)", ""));
  CHECK_FALSE(has_fact(f, "Max Muster participates_in Gipfel der OSZE (2024)", ""));
  // (without another meeting before it, a sentence of back then is about none)
  CHECK_FALSE(
      has_fact(facts_dated("Der Gipfel der OSZE begann in Lima. Damals nahm Max Muster als Delegierter teil.", "de"),
               "Max Muster participates_in", ""));
  auto e = facts_dated(
      "The OSCE summit opened in Lima on Monday. The last such meeting took place in 2019 in Quito. At the time, "
      "Anna Probe attended as a delegate.",
      "en");
  CHECK(has_fact(e, "Anna Probe participates_in meeting (2019)", ""));
  CHECK_FALSE(has_fact(e, "Anna Probe participates_in OSCE summit (2024)", ""));
}

TEST_CASE("A compound of a building noun alone after a preposition names its building", "[extract][german]") {
  CHECK(facts("Der Gipfel der OSZE begann am Montag im Kaiserpalast.")
            .count("Gipfel der OSZE @ Kaiserpalast held_in Kaiserpalast"));
  CHECK(facts("Der Gipfel der OSZE begann auf dem Domplatz in Lima.").count("Gipfel der OSZE @ Lima held_in Domplatz"));
  // The bare noun names no one building: every city has a Rathaus.
  CHECK(entity_names("Der Gipfel der OSZE begann am Montag im Rathaus.").count("Rathaus LOC") == 0);
}

TEST_CASE("German: states taking part besides others and states sending someone", "[extract][german]") {
  const std::string summit = "Der Gipfel der OSZE begann in Lima. ";
  auto f = facts(summit + "Neben Peru nahm auch Chile teil.");
  CHECK(f.count("Peru participates_in Gipfel der OSZE @ Lima"));
  CHECK(f.count("Chile participates_in Gipfel der OSZE @ Lima"));
  CHECK(facts(summit + "Auch Bolivien nahm teil.").count("Bolivien participates_in Gipfel der OSZE @ Lima"));
  auto g = facts(summit + "Außer Peru schickte auch Chile einen Minister.");
  CHECK(g.count("Peru participates_in Gipfel der OSZE @ Lima"));
  CHECK(g.count("Chile participates_in Gipfel der OSZE @ Lima"));
  CHECK(facts(summit + "Bolivien schickte nur einen Staatssekretär.")
            .count("Bolivien participates_in Gipfel der OSZE @ Lima"));
  // Sending aid is no taking part.
  CHECK(facts(summit + "Peru schickte Hilfe nach Chile.").count("Peru participates_in Gipfel der OSZE @ Lima") == 0);
}

TEST_CASE("German: both states of a chair handed over are members of the article's organisation", "[extract][german]") {
  const std::string summit = "Der Gipfel der OSZE begann in Lima. ";
  auto f = facts(summit + "Peru übernimmt den Vorsitz von Chile.");
  CHECK(f.count("Peru member_of OSZE"));
  CHECK(f.count("Chile member_of OSZE"));
  auto g = facts(summit + "Chile gibt den Vorsitz an den peruanischen Präsidenten Max Muster weiter.");
  CHECK(g.count("Chile member_of OSZE"));
  CHECK(g.count("Peru member_of OSZE"));
  // A headline's meeting in the same place is that organisation's too.
  auto headline =
      facts("Gipfel in Lima\n\nDer Gipfel der OSZE findet in Lima statt. Peru übernimmt den Vorsitz von Chile.");
  CHECK(headline.count("Chile member_of OSZE"));
  // (not where meetings of two organisations might be meant)
  auto two = facts(
      "Gipfel in Lima\n\nDer Gipfel der OSZE findet in Lima statt, danach der Gipfel der Nato. Peru übernimmt den "
      "Vorsitz von Chile.");
  CHECK_FALSE(two.count("Chile member_of OSZE"));
}

TEST_CASE("German: who gives a meal or reception and whom it honours take part in it", "[extract][german]") {
  auto f = facts("Anna Probe gab ein Abendessen für Max Muster im Nationalpalast.");
  CHECK(f.count("Anna Probe participates_in Abendessen @ Nationalpalast"));
  CHECK(f.count("Max Muster participates_in Abendessen @ Nationalpalast"));
  CHECK(f.count("Abendessen @ Nationalpalast held_in Nationalpalast"));
  auto g = facts("Anna Probe gab zu Ehren von Max Muster einen Empfang.");
  CHECK(g.count("Anna Probe participates_in Empfang"));
  CHECK(g.count("Max Muster participates_in Empfang"));
  // "gab bekannt" gives no event, nor does "es gab".
  CHECK(facts("Nach Angaben von Anna Probe gab es ein Treffen in Lima.")
            .count("Anna Probe participates_in Treffen @ Lima") == 0);
  CHECK(facts("Anna Probe gab bekannt, dass ein Gipfel in Lima stattfindet.")
            .count("Anna Probe participates_in Gipfel @ Lima") == 0);
}

TEST_CASE("An organisation joining another is its member", "[extract][german]") {
  CHECK(facts("Die Arabische Liga ist nach langen Beratungen offiziell der OSZE beigetreten.")
            .count("Arabische Liga member_of OSZE"));
  CHECK(facts("Die Arabische Liga hat die OSZE kritisiert.").count("Arabische Liga member_of OSZE") == 0);
}

TEST_CASE("Offices in the genitive after a name, travel to an event's city, passive hosts and party compounds",
          "[extract][german]") {
  auto f = facts(
      "Anna Muster, die Außenministerin Kanadas, reiste zum Gipfel nach Oslo. Der Gipfel wurde von "
      "Ratspräsident Max Muster geleitet. Die Grünen-Politikerin Maria Test stimmte zu. Das Abendessen des "
      "Gipfels wurde vom Außenminister Paul Roe geleitet.");
  for (const char* x :
       {"Anna Muster holds_office Kanada", "Gipfel @ Oslo held_in Oslo", "Max Muster participates_in Gipfel @ Oslo",
        "Maria Test member_of Bündnis 90/Die Grünen", "Paul Roe participates_in Gipfel @ Oslo"}) {
    INFO(x);
    CHECK(f.count(x));
  }
  // Leading an organisation is no taking part in the article's event.
  auto g = facts("Der Gipfel begann in Oslo. Max Muster hatte die Kommission seit 2012 geleitet.");
  CHECK(g.count("Max Muster participates_in Gipfel @ Oslo") == 0);
}

TEST_CASE("In the report of a state visit an office without a state is the host's", "[extract][german]") {
  auto f = facts(
      "Der chinesische Präsident Hu Test hat einen Staatsbesuch in Indien begonnen. Präsidentin Anna Roe "
      "empfing ihn.");
  CHECK(f.count("Hu Test holds_office China"));
  CHECK(f.count("Anna Roe holds_office Indien"));
  CHECK(f.count("Anna Roe holds_office China") == 0);
}

TEST_CASE("Elected to an office written as one compound with its organisation", "[extract][german]") {
  auto f = facts(
      "Karl Test wurde zum ÖVP-Obmann gewählt. Max Muster wurde am Samstag zum neuen CDU-Chef gewählt. Die Wahl "
      "von Anna Probe zur SPD-Vorsitzenden gilt als sicher. Der Parteitag wählte Lena Roe zur Vorsitzenden der "
      "Grünen.");
  for (const char* x : {"Karl Test holds_office ÖVP", "Max Muster holds_office CDU", "Anna Probe holds_office SPD",
                        "Lena Roe holds_office Bündnis 90/Die Grünen"}) {
    INFO(x);
    CHECK(f.count(x));
  }
  CHECK(facts("Anna Probe bleibt SPD-Vorsitzende.").count("Anna Probe holds_office SPD"));
  CHECK(facts("Max Muster war nie CDU-Chef.").count("Max Muster holds_office CDU") == 0);
}

TEST_CASE("Offices taken over, elected by an organisation, or named with 'neue' in an apposition",
          "[extract][german]") {
  CHECK(facts("Max Muster, der neue Vorsitzende der SPD, sprach.").count("Max Muster holds_office SPD"));
  // (an adjective before the organisation: "X, Chef der konservativen ÖVP,")
  CHECK(facts("Eva Lang, Chefin der liberalen FDP, sprach in Quito.").count("Eva Lang holds_office FDP"));
  CHECK(facts("Die SPD hat Anna Probe zur Generalsekretärin gewählt.").count("Anna Probe holds_office SPD"));
  auto f = facts("Anna Probe löst Max Muster als CDU-Chef ab.");
  CHECK(f.count("Anna Probe holds_office CDU"));
  CHECK(f.count("Max Muster holds_office CDU") == 0);  // the one who leaves
  CHECK(facts("Peter Roe übernimmt den Vorsitz der CDU.").count("Peter Roe holds_office CDU"));
}

TEST_CASE("Venues of travel to attend and of meeting for an event, an organisation electing its chair",
          "[extract][german]") {
  auto f = facts(
      "Im Mai fliegt Anna Probe nach Marseille (Frankreich), um an der Klimakonferenz teilzunehmen. "
      "Die Außenminister treffen sich in Lissabon, der Hauptstadt Portugals, zu ihrem jährlichen Gipfel.");
  CHECK(f.count("Klimakonferenz @ Marseille held_in Marseille"));
  CHECK(f.count("Gipfel @ Lissabon held_in Lissabon"));
  auto g = facts("Die OSZE wählte außerdem den finnischen Minister Max Muster zum neuen Generalsekretär.");
  CHECK(g.count("Max Muster holds_office OSZE"));
  // Not the organisation of another clause: "Die OSZE wählte Ende Mai, als die EU X zum Vorsitzenden machte".
  auto h = facts("Die OSZE wählte am Montag neu, die NATO hat Max Muster zum neuen Generalsekretär ernannt.");
  CHECK_FALSE(h.count("Max Muster holds_office OSZE"));
}

TEST_CASE("Speakers take part in the article's event, also named with their office", "[extract][german]") {
  auto f = facts(
      "Der Parteitag der CDU beginnt am Freitag in Marseille. Nach einer Rede des Ministerpräsidenten Max Muster "
      "sollen die Delegierten abstimmen. Auch die Ansprache von Ministerin Anna Probe wird erwartet.");
  CHECK(f.count("Max Muster participates_in Parteitag der CDU @ Marseille"));
  CHECK(f.count("Anna Probe participates_in Parteitag der CDU @ Marseille"));
  // Talk about someone is no speech of theirs.
  auto g = facts("Der Parteitag der CDU beginnt am Freitag in Marseille. Die Rede ist von Minister Max Muster.");
  CHECK_FALSE(g.count("Max Muster participates_in Parteitag der CDU @ Marseille"));
}

TEST_CASE("The next summit is an event of its own, the next year is no event", "[extract][german]") {
  auto f = facts(
      "Der Gipfel der OSZE begann am Montag in Marseille. Ministerin Anna Probe nahm am Gipfel teil. Der nächste "
      "Gipfel soll in Lissabon stattfinden.");
  CHECK(f.count("Anna Probe participates_in Gipfel der OSZE @ Marseille"));
  CHECK_FALSE(f.count("Gipfel der OSZE @ Marseille held_in Lissabon"));
  // "im nächsten Sommer zum Gipfel": the summer is the next one, the summit the article's.
  CHECK(entity_names("Der Gipfel der OSZE begann am Montag in Marseille. Portugal lädt im nächsten Sommer zum "
                     "Gipfel ein.")
            .count("Gipfel EVENT") == 0);
}

TEST_CASE("His last summit is the article's summit", "[extract][german]") {
  auto f =
      facts("Der Gipfel der OSZE begann am Montag in Marseille. Minister Max Muster leitete seinen letzten Gipfel.");
  CHECK(f.count("Max Muster participates_in Gipfel der OSZE @ Marseille"));
}

TEST_CASE("The speaker of 'in seiner Rede' takes part in the article's event", "[extract][german]") {
  auto f = facts(
      "Der Parteitag der CDU beginnt am Freitag in Marseille. In ihrer Rede forderte Ministerin Anna Probe mehr "
      "Mut. Minister Max Muster sagte in seiner Ansprache, die Partei sei geeint.");
  CHECK(f.count("Anna Probe participates_in Parteitag der CDU @ Marseille"));
  CHECK(f.count("Max Muster participates_in Parteitag der CDU @ Marseille"));
  // The speaker is the sentence's subject, not the person praised nearer the words; and an election
  // the sentence names is no stage of the speech.
  auto g = facts(
      "Der Parteitag der CDU beginnt am Freitag in Marseille. Ministerin Anna Probe würdigte Paul Roe in ihrer "
      "Rede als Vorbild. Max Muster sagte vor seiner Wahl zum Vorsitzenden in seiner Rede, die Partei sei geeint.");
  CHECK(g.count("Anna Probe participates_in Parteitag der CDU @ Marseille"));
  CHECK_FALSE(g.count("Paul Roe participates_in Parteitag der CDU @ Marseille"));
  CHECK_FALSE(g.count("Max Muster participates_in Wahl"));
}

TEST_CASE("Parties with a result in an election take part in it", "[extract][german]") {
  auto f = facts("Bei der Landtagswahl kam die CDU auf 31 Prozent, die SPD auf 25 Prozent.");
  CHECK(f.count("CDU participates_in Landtagswahl"));
  CHECK(f.count("SPD participates_in Landtagswahl"));
  // (a party's rank is its result too)
  CHECK(facts("Die FDP, die bei der Landtagswahl zweitstärkste Kraft geworden war, bleibt in der Opposition.")
            .count("FDP participates_in Landtagswahl"));
  // A result without an election is none.
  auto g = facts("Beim Gipfel der OSZE stimmten 31 Prozent der Delegierten der CDU zu.");
  CHECK_FALSE(g.count("CDU participates_in Gipfel der OSZE"));
}

TEST_CASE("German: 'des Treffens' standing for the summit is no meeting of the persons of its sentence",
          "[extract][german]") {
  const std::string summit = "Der Gipfel der OSZE begann am Montag in Lissabon. ";
  for (const char* s : {"Max Muster übergab zum Abschluss des Treffens den Vorsitz an Paul Roe.",
                        "Während des Treffens lobte Max Muster den Kollegen Paul Roe."}) {
    INFO(s);
    CHECK_FALSE(facts(summit + s).count("Max Muster meets_with Paul Roe"));
  }
  // A meeting of its own ("einem Treffen zwischen"), one with a phrase of its own ("dem Treffen mit"),
  // and the meeting a report of two persons is about stay meetings.
  CHECK(facts(summit + "Am Rande des Gipfels kam es zu einem Treffen zwischen Anna Probe und Max Muster.")
            .count("Anna Probe meets_with Max Muster"));
  CHECK(facts(summit + "Max Muster lobte während des Treffens mit Paul Roe die Gastgeber.")
            .count("Max Muster meets_with Paul Roe"));
  CHECK(facts("Max Muster und Paul Roe trafen sich in Lissabon. Während des Treffens lobte Max Muster den Kollegen "
              "Paul Roe.")
            .count("Max Muster meets_with Paul Roe"));
}

TEST_CASE("German: persons meeting each other with others than persons after 'mit'", "[extract][german]") {
  CHECK(facts("Ministerin Anna Probe und Minister Max Muster trafen sich mit ihren Delegationen in Lissabon.")
            .count("Anna Probe meets_with Max Muster"));
  CHECK(facts("Anna Probe empfing Max Muster mit militärischen Ehren.").count("Anna Probe meets_with Max Muster"));
  // A meeting fronted, its subject after the verb.
  for (const char* s :
       {"Bei einem Treffen mit Max Muster sagte Anna Probe, man sei einig.",
        "Nach dem Treffen mit dem portugiesischen Präsidenten Max Muster sagte Anna Probe, man sei einig.",
        "Paul Roe reiste ab. Nach dem Gespräch mit Max Muster reiste Anna Probe weiter."}) {
    INFO(s);
    CHECK(facts(s).count("Max Muster meets_with Anna Probe"));
  }
  CHECK_FALSE(facts("Paul Roe reiste ab. Nach dem Gespräch mit Max Muster reiste Anna Probe weiter.")
                  .count("Paul Roe meets_with Max Muster"));
  // A meal given for someone, a visit paid, an exchange.
  for (const char* s :
       {"Anna Probe gab ein Staatsbankett zu Ehren von Max Muster.", "Anna Probe gab ein Abendessen für Max Muster.",
        "Anna Probe stattete dem Präsidenten Max Muster einen Antrittsbesuch ab.",
        "Anna Probe machte Max Muster ihre Aufwartung.", "Anna Probe tauschte sich mit Max Muster aus."}) {
    INFO(s);
    CHECK(facts(s).count("Anna Probe meets_with Max Muster"));
  }
  // (with a person after "mit", the two before meet that person, not each other)
  const auto f = facts("Anna Probe und Max Muster trafen sich am Montag mit Paul Roe.");
  CHECK(f.count("Anna Probe meets_with Paul Roe"));
  CHECK_FALSE(f.count("Anna Probe meets_with Max Muster"));
}

TEST_CASE("German: coalition talks are a meeting that 'das erste Treffen' continues", "[extract][german]") {
  CHECK(facts("Die Koalitionsverhandlungen begannen in Lissabon. Nach dem ersten Treffen sprach Anna Probe.")
            .count("Anna Probe participates_in Koalitionsverhandlungen @ Lissabon"));
}

TEST_CASE("German: who holds the event takes part in it", "[extract][german]") {
  CHECK(facts("Der Gipfel der OSZE begann am Montag in Lissabon. Ministerin Anna Probe, die den Gipfel ausrichtet, "
              "sprach von Fortschritten.")
            .count("Anna Probe participates_in Gipfel der OSZE @ Lissabon"));
}

TEST_CASE("Meeting at the close of the event is taking part in it", "[extract][german]") {
  const auto de = facts(
      "Der Gipfel der OSZE begann am Montag in Lissabon. Zum Abschluss des Gipfels hat Präsidentin Anna Probe den "
      "Minister Paul Roe getroffen.");
  CHECK(de.count("Paul Roe participates_in Gipfel der OSZE @ Lissabon"));
}

TEST_CASE("German: a noun of a compound event's kind refers to it", "[extract][german]") {
  // "Zeremonie" is of the kind "Feier", the head of "Trauerfeier".
  auto f = facts(
      "Die Trauerfeier für Max Muster fand am Samstag in Lissabon statt. Ministerin Anna Probe sprach bei der "
      "Zeremonie.");
  CHECK(f.count("Anna Probe participates_in Trauerfeier @ Lissabon"));
}

TEST_CASE("Ordinals and adjectives before an event noun name the event with it", "[extract][german]") {
  const auto names = entity_names(
      "Der 12. außerordentliche Bundesparteitag der CDU beginnt am Freitag in Marseille. Am Abend gab "
      "es ein informelles Treffen der Minister.");
  CHECK(names.count("12. außerordentliche Bundesparteitag EVENT"));
  // (a date's number is no ordinal of the event: "am 3. Mai")
  const auto dated = entity_names("Am 3. Mai beginnt der Gipfel der OSZE in Marseille.");
  for (const std::string& n : dated) CHECK(n.find("Mai Gipfel") == std::string::npos);
}

TEST_CASE("German: an office in an apposition with the state's genitive before it or 'von' after it",
          "[extract][german]") {
  CHECK(facts("Anna Probe, Portugals Außenministerin, reiste ab.").count("Anna Probe holds_office Portugal"));
  CHECK(facts("Anna Probe, die Außenministerin von Portugal, reiste ab.").count("Anna Probe holds_office Portugal"));
}

TEST_CASE("German: an office in a relative clause whose verb is a copula", "[extract][german]") {
  CHECK(facts("Max Muster, der seit Mai 2023 chilenischer Außenminister ist, sprach in Lima.")
            .count("Max Muster holds_office Chile"));
  CHECK(facts("Anna Probe, die seit 2021 Präsidentin Perus ist, reiste nach Genf.")
            .count("Anna Probe holds_office Peru"));
  CHECK(facts("Paul Roe, der bis 2020 Generalsekretär der OSZE war, sprach in Genf.")
            .count("Paul Roe holds_office OSZE"));
  // An apposition whose possessive stands for the state named before.
  CHECK(facts("Peru schickte Paul Roe, seinen Außenminister, zu den Gesprächen nach Lima.")
            .count("Paul Roe holds_office Peru"));
  // The office of a person the clause names is no office of the one it describes.
  CHECK_FALSE(has_fact(facts("Max Muster, der den chilenischen Außenminister Paul Roe traf, sprach in Lima."),
                       "Max Muster", "holds_office"));
}

TEST_CASE("German: an office sworn in as with the state's genitive, an organisation led or headed",
          "[extract][german]") {
  CHECK(facts("Anna Probe wurde am Montag als neue Außenministerin Portugals vereidigt.")
            .count("Anna Probe holds_office Portugal"));
  CHECK(facts("Anna Probe, die seit 2020 die OSZE leitet, reiste ab.").count("Anna Probe holds_office OSZE"));
  CHECK_FALSE(facts("Anna Probe, die nicht die OSZE leitet, reiste ab.").count("Anna Probe holds_office OSZE"));
  // … and at its head.
  CHECK(facts("Anna Probe steht seit 2020 an der Spitze der OSZE.").count("Anna Probe holds_office OSZE"));
  CHECK(facts("An der Spitze der SPD steht seit Mai Anna Probe.").count("Anna Probe holds_office SPD"));
  CHECK_FALSE(facts("Anna Probe steht nicht mehr an der Spitze der OSZE.").count("Anna Probe holds_office OSZE"));
}

TEST_CASE("German: a state in parentheses after an office's holders is each one's office", "[extract][german]") {
  CHECK(facts("Außenministerin Anna Probe (Portugal) reiste ab.").count("Anna Probe holds_office Portugal"));
  const auto f = facts("Die Außenminister Anna Probe (Portugal), Max Muster (Chile) und Paul Roe (Peru) reisten ab.");
  for (const char* x :
       {"Anna Probe holds_office Portugal", "Max Muster holds_office Chile", "Paul Roe holds_office Peru"}) {
    INFO(x);
    CHECK(f.count(x));
  }
  // (not without an office: "Die Läufer X (Portugal) und Y (Chile) siegten")
  CHECK_FALSE(has_fact(facts("Die Läufer Anna Probe (Portugal) und Max Muster (Chile) siegten."), "Max Muster",
                       "holds_office"));
}

TEST_CASE("German: joining with the particle at the end, and states an organisation comprises", "[extract][german]") {
  CHECK(facts("Portugal trat 1986 der OSZE bei.").count("Portugal member_of OSZE"));
  CHECK(facts("Mit Portugal tritt ein weiteres Land der OSZE bei.").count("Portugal member_of OSZE"));
  CHECK(facts("Portugal ist seit 1975 Teil der OSZE.").count("Portugal member_of OSZE"));
  const auto f = facts("Die OSZE umfasst 57 Staaten, darunter Portugal und Chile.");
  CHECK(f.count("Portugal member_of OSZE"));
  CHECK(f.count("Chile member_of OSZE"));
}

TEST_CASE("A wish or an application to join is no membership", "[extract][german]") {
  auto f = facts(
      "Moldau hat einen Antrag auf EU-Mitgliedschaft gestellt. Es geht um Georgiens Wunsch nach einem Beitritt "
      "zur EU. Kroatien ist seit 2013 Mitglied der EU.");
  CHECK_FALSE(f.count("Moldau member_of EU"));
  CHECK_FALSE(f.count("Georgien member_of EU"));
  CHECK(f.count("Kroatien member_of EU"));
  // Nor is a future one in reported speech.
  CHECK_FALSE(facts("Die Ministerin sagte, Moldau werde Mitglied der EU, sobald die Bedingungen erfüllt seien.")
                  .count("Moldau member_of EU"));
}

TEST_CASE("The host state of an event holds it", "[extract][german]") {
  auto f = facts("Gastgeber des Gipfels ist Peru.");
  CHECK(f.count("Gipfel @ Peru held_in Peru"));
}

TEST_CASE("A regional party chief holds an office of the article's party, of no state", "[extract][german]") {
  auto f =
      facts("Der Parteitag der SPD beginnt in Marseille. Die bayerische Parteichefin Anna Probe wurde wiedergewählt.");
  CHECK(f.count("Anna Probe holds_office SPD"));
  CHECK_FALSE(f.count("Anna Probe holds_office Bayern"));
}

TEST_CASE("A continent is a region, no venue of a city's kind", "[extract][german]") {
  auto f = facts("Der Gipfel der OSZE beginnt in Marseille. Die Menschen in Afrika stehen hinter diesem Gipfel.");
  CHECK_FALSE(f.count("Gipfel der OSZE @ Marseille held_in Afrika"));
  CHECK(entity_names("Die Menschen in Afrika stehen hinter dem Gipfel.").count("Afrika LOC"));
}

TEST_CASE("Taking part by video", "[extract][german]") {
  auto f = facts("Der Gipfel der OSZE beginnt in Marseille. Präsidentin Anna Probe wurde per Video zugeschaltet.");
  CHECK(f.count("Anna Probe participates_in Gipfel der OSZE @ Marseille"));
}

TEST_CASE("The candidates of an election do not take part in the article's event by a chair's cue",
          "[extract][german]") {
  auto f = facts(
      "Der Gipfel der AU begann in Marseille. Minister Max Muster gewann gegen Ministerin Anna Probe die "
      "Abstimmung über den Vorsitz.");
  CHECK_FALSE(has_fact(f, "", "Anna Probe participates_in"));
  auto g = facts("Der Gipfel der AU begann in Marseille. Ministerin Anna Probe hat den Vorsitz.");
  CHECK(g.count("Anna Probe participates_in Gipfel der AU @ Marseille"));
}

TEST_CASE("Those met 'mit' are no attendees by a cue, those together 'gemeinsam mit' are", "[extract][german]") {
  auto f = facts(
      "Der Gipfel der OSZE beginnt in Marseille. Ministerin Anna Probe reist danach nach Lissabon, wo sie mit "
      "Minister Max Muster zusammentrifft.");
  CHECK_FALSE(f.count("Max Muster participates_in Gipfel der OSZE @ Marseille"));
  auto g = facts(
      "Der Gipfel der OSZE beginnt in Marseille. Gemeinsam mit Minister Max Muster leitete Ministerin Anna Probe "
      "den Gipfel.");
  CHECK(g.count("Max Muster participates_in Gipfel der OSZE @ Marseille"));
  CHECK(g.count("Anna Probe participates_in Gipfel der OSZE @ Marseille"));
}

TEST_CASE("Greeted or received by someone is meeting them", "[extract][german]") {
  auto f = facts(
      "Präsident Max Muster kam am Montag an. Um 9 Uhr verließ er das Hotel in Warschau, um später im "
      "Königsschloss vom polnischen Präsidenten Jan Test begrüßt zu werden.");
  CHECK(f.count("Max Muster meets_with Jan Test"));
  auto g = facts("Ministerin Anna Probe wurde am Abend von Minister Paul Roe empfangen.");
  CHECK(g.count("Anna Probe meets_with Paul Roe"));
}

TEST_CASE("A nationality noun before a name is no part of it", "[extract][german]") {
  const auto names =
      entity_names("Der Gipfel begann. Auch der Rumäne Peter Beispiel und die Französin Anna Muster kamen.");
  CHECK(names.count("Peter Beispiel PER"));
  CHECK_FALSE(names.count("Rumäne Peter Beispiel PER"));
  CHECK(names.count("Anna Muster PER"));
}

TEST_CASE("A function word that starts a sentence starts no name", "[extract][german]") {
  // "Beim" is capitalised only because it starts the sentence (function_words.tsv, derived from UD German-GSD).
  auto f = facts(
      "Beim Arbeitstreffen in Marseille sprachen Außenminister Tom Probe und Außenministerin Eva Beispiel über den "
      "Handel.");
  CHECK(f.count("Arbeitstreffen @ Marseille held_in Marseille"));
  CHECK(f.count("Tom Probe participates_in Arbeitstreffen @ Marseille"));
}

TEST_CASE("An organisation and an office in one word: the office is held in the organisation", "[extract][german]") {
  auto f = facts(
      "Bundestagspräsidentin Anna Probe eröffnete die Sitzung. Danach sprach der Europaratssprecher Tom Beispiel. "
      "Parteipräsident Max Muster hörte zu.");
  CHECK(f.count("Anna Probe holds_office Bundestag"));
  CHECK(f.count("Tom Beispiel holds_office Europarat"));  // with a linking "s"
  // An office after a word that is no organisation of the lexicon is none of an organisation.
  CHECK_FALSE(has_fact(f, "Max Muster", "holds_office", ""));
}

TEST_CASE("A hyphenated name ending in an organisation's head noun names an organisation", "[extract][german]") {
  auto f = facts("Am Montag begann ein Gipfel der Nordmeer-Allianz in Lima. Peru ist Mitglied der Nordmeer-Allianz.");
  CHECK(f.count("Gipfel der Nordmeer-Allianz @ Lima held_in Lima"));
  CHECK(f.count("Peru member_of Nordmeer-Allianz"));
}

TEST_CASE("'Sie' before a verb in the singular refers to the person before, before a plural verb to no one",
          "[extract][german]") {
  auto f = facts("Der Gipfel der OSZE begann in Lima. Kanzlerin Eva Beispiel kam am Abend. Sie nahm am Gipfel teil.");
  CHECK(f.count("Eva Beispiel participates_in Gipfel der OSZE @ Lima"));
  auto g = facts(
      "Der Gipfel der OSZE begann in Lima. Kanzlerin Eva Beispiel blieb in Marseille. Die Minister kamen. Sie nahmen "
      "am Gipfel teil.");
  CHECK_FALSE(g.count("Eva Beispiel participates_in Gipfel der OSZE @ Lima"));
}

TEST_CASE("A building named in quotation marks lies in the city after it", "[extract][german]") {
  auto f = facts("Am Morgen verließ sie das \"Hotel Seeblick\" in Lissabon.");  // ("„…“" is normalised so)
  CHECK(f.count("Hotel Seeblick located_in Lissabon"));
}

TEST_CASE("An organisation's office without a name refers to the one person introduced with an office in it",
          "[extract][german]") {
  auto f = facts(
      "UN-Generalsekretär Anna Probe lobte die Politik. \"Wir helfen\", sagte die UN-Chefin bei dem Gipfel in Lima.");
  CHECK(f.count("Anna Probe participates_in Gipfel @ Lima"));
  // Two persons with an office in it: no one is meant.
  auto g = facts(
      "UN-Generalsekretär Anna Probe und UN-Sprecher Max Muster lobten die Politik. \"Wir helfen\", sagte der UN-Chef "
      "bei dem Gipfel in Lima.");
  CHECK_FALSE(g.count("Anna Probe participates_in Gipfel @ Lima"));
  CHECK_FALSE(g.count("Max Muster participates_in Gipfel @ Lima"));
  // Also for an office in one word with an organisation: "die Bundestagspräsidentin".
  auto h = facts(
      "Bundestagspräsidentin Eva Muster lobte die Politik. \"Wir helfen\", sagte die Bundestagspräsidentin bei dem "
      "Gipfel in Lima.");
  CHECK(h.count("Eva Muster participates_in Gipfel @ Lima"));
}

TEST_CASE("Two offices joined by 'und' before a name are both the name's", "[extract][german]") {
  auto f = facts("Danach umarmte er den AU-Vorsitzenden und Präsidenten der Komoren, Peter Probe.");
  CHECK(f.count("Peter Probe holds_office Komoren"));
  CHECK(f.count("Peter Probe holds_office AU"));
  auto g = facts("Die Partei UMP tagte in Lima. Die UMP ist stark. Parteichef und Innenminister Max Muster sprach.");
  CHECK(g.count("Max Muster holds_office UMP"));
}

TEST_CASE("German: an office of a city named after it, with or without a comma", "[extract][german]") {
  auto f = facts("Die Bürgermeisterin von Lissabon, Anna Berg, kam. Der Bürgermeister von Marseille Paul Stein blieb.");
  CHECK(f.count("Anna Berg holds_office Lissabon"));
  CHECK(f.count("Paul Stein holds_office Marseille"));
  auto e = facts("The Mayor of Lima, Anna Berg, arrived on Monday.", extractor(), "en");
  CHECK(e.count("Anna Berg holds_office Lima"));
}

TEST_CASE("German: an office after 'als' is the person's before it", "[extract][german]") {
  auto f = facts(
      "Eva Klein wurde am Montag als Präsidentin der OSZE vereidigt. Max Roth gab im Mai sein Amt als "
      "NATO-Generalsekretär ab.");
  CHECK(f.count("Eva Klein holds_office OSZE"));
  CHECK(f.count("Max Roth holds_office NATO"));
  // A candidacy holds no office yet.
  CHECK_FALSE(facts("Anna Probe kandidiert als Präsidentin der OSZE.").count("Anna Probe holds_office OSZE"));
}

TEST_CASE("German: an office 'in seiner Funktion als' and 'Als Vorsitzende der X' before the name",
          "[extract][german]") {
  auto f = facts(
      "Max Roth, in seiner Funktion als amtierender Vorsitzender der OSZE, sprach. Als amtierende Vorsitzende der AU "
      "eröffnete Präsidentin Eva Klein den Gipfel. Anna Berg wurde als neue Präsidentin der OSZE vereidigt.");
  CHECK(f.count("Max Roth holds_office OSZE"));
  CHECK(f.count("Eva Klein holds_office AU"));
  CHECK(f.count("Anna Berg holds_office OSZE"));
}

TEST_CASE("German: every speaker of a list whose names carry their offices is led by 'Rede der'", "[extract][german]") {
  auto f = facts(
      "Der Parteitag der SPD begann am Montag in Lissabon. Im Anschluss an die Rede der Kanzlerkandidatin Anna Berg "
      "und des Parteivorsitzenden Max Roth und der Generalsekretärin Eva Klein stimmten die Delegierten ab.");
  for (const char* x : {"Anna Berg", "Max Roth", "Eva Klein"}) {
    INFO(x);
    CHECK(f.count(std::string(x) + " participates_in Parteitag der SPD @ Lissabon"));
  }
}

TEST_CASE("Events of one kind with different variants ('außerordentlich', 'ordentlich') are two events",
          "[extract][german]") {
  CHECK(event_names("Am Samstag soll ein außerordentlicher Parteitag der SPD entscheiden. Eine Woche später findet der "
                    "ordentliche Parteitag in Lissabon statt.",
                    "de")
            .size() == 2);
  CHECK(event_names("An extraordinary congress of the party will decide on Saturday. A week later the regular congress "
                    "opens in Lisbon.",
                    "en")
            .size() == 2);
}

TEST_CASE("German: a city's adjective before an event noun is the event's place", "[extract][german]") {
  auto f = facts("Im Vorfeld des Lissabonner Gipfels kam Präsidentin Anna Berg mit Kanzler Paul Stein zusammen.");
  CHECK(f.count("Gipfel @ Lissabon held_in Lissabon"));
}

TEST_CASE("German: a dateline's city is where the article's meeting is held when no sentence says",
          "[extract][german]") {
  auto f = facts("Lissabon. Der Sondergipfel der OSZE einigte sich am Donnerstag auf einen neuen Vorsitz.");
  CHECK(has_fact(f, "Sondergipfel der OSZE", "held_in", "Lissabon"));
  auto g = facts("MARSEILLE (dpa) - Der Gipfel der OSZE endete am Donnerstag ohne Einigung.");
  CHECK(has_fact(g, "Gipfel der OSZE", "held_in", "Marseille"));
  // A city the lexicon does not know, before an agency's tag.
  auto k = facts("Gipfel endet\n\nNeustrelitz (AFP) - Der Gipfel der OSZE endete am Donnerstag ohne Einigung.");
  CHECK(has_fact(k, "Gipfel der OSZE", "held_in", "Neustrelitz"));
  // A meeting word for any meeting ("Treffen") is no summit the dateline places.
  auto h = facts("Marseille - Anna Berg und Max Roth kamen zu einem Treffen zusammen.");
  CHECK_FALSE(has_fact(h, "Treffen", "held_in", "Marseille"));
  // … but one continued by a word for a specific meeting named later is that meeting.
  const std::string text =
      "Marseille - Ministerin Anna Berg leitete das Treffen. Max Roth sagte vor Beginn der Sitzung, man sei einig.";
  CHECK(has_fact(facts(text), "Treffen", "held_in", "Marseille"));
  CHECK(event_names(text).size() == 1);
}

TEST_CASE("German: wer vereidigt wird, nimmt an der Vereidigung des Artikels teil", "[extract][german]") {
  auto f = facts("Die Vereidigung fand am Montag in Lissabon statt. Anna Berg wurde als Ministerin vereidigt.");
  CHECK(f.count("Anna Berg participates_in Vereidigung @ Lissabon"));
  auto g = facts("Anna Berg wurde nach der Wahl in Lissabon als Ministerin vereidigt.");
  CHECK_FALSE(has_fact(g, "Anna Berg", "participates_in", "Wahl"));
}

TEST_CASE("German: belonging in a relative clause, and the head of an organisation's name as its reference",
          "[extract][german]") {
  auto f = facts(
      "Max Roth, der der SPD seit Jahren angehört, sprach zuerst. Die Präsidentin stammt aus Malta, das "
      "der OSZE angehört.");
  CHECK(f.count("Max Roth member_of SPD"));
  CHECK(f.count("Malta member_of OSZE"));
  auto g = facts("Die Afrikanische Union tagte in Marseille. Kenia, das der Union angehört, schickte Anna Berg.");
  CHECK(g.count("Kenia member_of AU"));
  // A word after it makes it another one: "die Initiative der Regierung".
  auto h = facts(
      "Die Afrikanische Union tagte in Marseille. Kenia, das der Union der Händler angehört, schickte "
      "Anna Berg.");
  CHECK_FALSE(h.count("Kenia member_of AU"));
}

TEST_CASE(
    "German: a chair held of an organisation, a known name after a capitalised word, states through their "
    "leaders",
    "[extract][german]") {
  auto f = facts(
      "Der Gipfel der OSZE begann in Lissabon. Anna Berg, die den Vorsitz der Afrikanischen Union innehat, "
      "äußerte sich am Montag.");
  CHECK(f.count("Anna Berg holds_office AU"));
  CHECK_FALSE(has_fact(f, "Anna Berg", "participates_in"));
  // The organisation after "Vorsitz der" is found, not read as the end of a name.
  CHECK(entity_names("Er hat den Vorsitz der Afrikanischen Union.").count("AU ORG"));
  auto g = facts(
      "Die Staats- und Regierungschefs von Brasilien, Indien und Chile kamen in Lissabon zum Gipfel der "
      "OSZE zusammen.");
  CHECK(has_fact(g, "Brasilien participates_in", "Gipfel"));
  CHECK(has_fact(g, "Chile participates_in", "Gipfel"));
}

TEST_CASE("German: a city placed in a part of its state or named as its state's city", "[extract][german]") {
  auto f = facts(
      "Der Gipfel fand in Marseille im Süden Frankreichs statt. Die Feier begann in Lissabon, der größten "
      "Stadt Portugals.");
  CHECK(f.count("Marseille located_in Frankreich"));
  CHECK(f.count("Lissabon located_in Portugal"));
  CHECK(facts("Die Minister trafen sich in der portugiesischen Hafenstadt Lissabon.")
            .count("Lissabon located_in Portugal"));
  // The city the sentence places, not the river or coast "an der …" before the part of the state.
  auto g = facts("Marseille liegt an der Küste im Süden Frankreichs.");
  CHECK(g.count("Marseille located_in Frankreich"));
}

TEST_CASE("German: an event's length does not name it", "[extract][german]") {
  auto f = facts(
      "Die zweitägige Konferenz begann am Montag in Marseille. Die Ministerin Anna Probe nahm an der "
      "Konferenz teil.");
  CHECK(f.count("Konferenz @ Marseille held_in Marseille"));
  CHECK(f.count("Anna Probe participates_in Konferenz @ Marseille"));
}

TEST_CASE("German: a refused meeting is none", "[extract][german]") {
  CHECK(facts("Der Präsident Max Muster lehnte ein Treffen mit der Ministerin Anna Probe ab.")
            .count("Max Muster meets_with Anna Probe") == 0);
  CHECK(facts("Die Ministerin Anna Probe hat ein Gespräch mit dem Präsidenten Max Muster verweigert.")
            .count("Anna Probe meets_with Max Muster") == 0);
  CHECK(facts("Der Präsident Max Muster kam zu einem Treffen mit der Ministerin Anna Probe zusammen.")
            .count("Max Muster meets_with Anna Probe"));
}

TEST_CASE("German: a verb of refusal negates though its particle ends the clause words later", "[extract][german]") {
  CHECK(facts("Der Gipfel der OSZE begann in Lima. Die Ministerin Eva Lang sagte ihre Teilnahme am Gipfel aus "
              "Protest ab.")
            .count("Eva Lang participates_in Gipfel der OSZE @ Lima") == 0);
  CHECK(facts("Der Präsident Max Muster schlug die Einladung zum Treffen mit der Ministerin Anna Probe aus.")
            .count("Max Muster meets_with Anna Probe") == 0);
  // (the particle must end the verb's clause: "ab Montag" is a date)
  CHECK(facts("Der Gipfel der OSZE begann in Lima. Die Ministerin Eva Lang sagte, sie nehme ab Montag am Gipfel teil.")
            .count("Eva Lang participates_in Gipfel der OSZE @ Lima"));
}

TEST_CASE("German: a place stated plainly to lie in its state or region", "[extract][german]") {
  auto f = facts(
      "Marseille liegt in Frankreich. Lissabon ist die größte Stadt Portugals. Kenia liegt in Ostafrika. Genf "
      "liegt nicht in Frankreich.");
  for (const char* x :
       {"Marseille located_in Frankreich", "Lissabon located_in Portugal", "Kenia located_in Ostafrika"}) {
    INFO(x);
    CHECK(f.count(x));
  }
  CHECK(f.count("Genf located_in Frankreich") == 0);
}

TEST_CASE("German: the head of a compound event noun names that event again", "[extract][german]") {
  auto f = facts(
      "Die SPD kam zu ihrem Bundesparteitag in Marseille zusammen. Auf dem Parteitag sprach auch die Ministerin "
      "Anna Probe. Die Jahresversammlung der OSZE tagte in Lissabon. Bei der Versammlung sprach der Minister Max "
      "Muster.");
  CHECK(f.count("Anna Probe participates_in Bundesparteitag @ Marseille"));
  CHECK(f.count("Max Muster participates_in Jahresversammlung der OSZE @ Lissabon"));
  // Another variant of the kind is another event.
  auto g = facts(
      "Die SPD hielt einen außerordentlichen Bundesparteitag in Marseille ab. Auf dem ordentlichen Parteitag "
      "sprach die Ministerin Anna Probe.");
  CHECK(g.count("Anna Probe participates_in außerordentlichen Bundesparteitag @ Marseille") == 0);
}

TEST_CASE("German: at a feminine or plural event noun, and not at an election", "[extract][german]") {
  auto f = facts(
      "Die Konferenz der OSZE begann in Lissabon. Auf der Konferenz sprach die Ministerin Anna Probe. Am Rande "
      "der Konferenz traf sich der Minister Max Muster mit Journalisten. Bei den Beratungen war auch der "
      "Präsident Paul Roe.");
  for (const char* who : {"Anna Probe", "Max Muster", "Paul Roe"}) {
    INFO(who);
    CHECK(f.count(std::string(who) + " participates_in Konferenz der OSZE @ Lissabon"));
  }
  for (const std::string& x : facts("Bei der Wahl zum Vorsitz der SPD erhielt der Minister Max Muster 90 Prozent."))
    CHECK(x.rfind("Max Muster participates_in", 0) == std::string::npos);
}

TEST_CASE("German: one person's office stated once is not guessed elsewhere, and membership in two organisations",
          "[extract][german]") {
  auto f = facts(
      "Maltas Präsident Muster empfängt Gäste. Der zyprische Präsident Paul Roe ist in Valletta eingetroffen. "
      "Er wurde von Präsident Max Muster begrüßt.");
  CHECK(f.count("Max Muster holds_office Malta"));
  CHECK_FALSE(f.count("Max Muster holds_office Zypern"));
  auto g = facts("Malta ist seit 2004 Mitglied der EU und seit 1995 Mitglied der OSZE.");
  CHECK(g.count("Malta member_of EU"));
  CHECK(g.count("Malta member_of OSZE"));
}

TEST_CASE("German: a possessive after the sentence's subject is its own, and the Pope holds no state's office",
          "[extract][german]") {
  auto f = facts(
      "Die Präsidentin Anna Probe empfing Gäste in Lissabon. Der Kanzler Max Muster traf nach seiner Ankunft den "
      "Präsidenten Paul Roe. Der ukrainische Präsident Eva Test kam. Am Freitag wird Papst Peter erwartet.");
  CHECK(f.count("Max Muster meets_with Paul Roe"));
  CHECK_FALSE(f.count("Anna Probe meets_with Paul Roe"));
  CHECK_FALSE(has_fact(f, "Peter", "holds_office"));
}

TEST_CASE("German: arriving with 'kam … an' is taking part", "[extract][german]") {
  auto f = facts("Der Gipfel der OSZE begann am Montag in Lissabon. Der Präsident Max Muster kam am Abend an.");
  CHECK(f.count("Max Muster participates_in Gipfel der OSZE @ Lissabon"));
  auto g = facts("Der Gipfel der OSZE begann am Montag in Lissabon. Der Präsident Max Muster kam am Abend nicht an.");
  CHECK_FALSE(g.count("Max Muster participates_in Gipfel der OSZE @ Lissabon"));
}

TEST_CASE("German: the summit before is another summit", "[extract][german]") {
  auto f = facts(
      "Der Gipfel der OSZE begann am Montag in Lissabon. Der Minister Max Muster kam zum vergangenen Gipfel nach "
      "Marseille.");
  CHECK(f.count("Gipfel der OSZE @ Lissabon held_in Lissabon"));
  CHECK_FALSE(f.count("Max Muster participates_in Gipfel der OSZE @ Lissabon"));  // he came to the one before
}

TEST_CASE("German: a group meeting in a city holds the meeting named later there", "[extract][german]") {
  CHECK(facts("Die Außenminister der OSZE trafen sich am Montag in Lissabon. Das Treffen endete mit einer Erklärung.")
            .count("Treffen @ Lissabon held_in Lissabon"));
  CHECK(facts("Die Außenminister der OSZE kamen am Montag in Lissabon zusammen. Das Treffen endete früh.")
            .count("Treffen @ Lissabon held_in Lissabon"));
  for (const char* text : {"Die Minister trafen sich zuletzt in Lissabon. Das Treffen endete früh.",
                           "Anna Probe traf sich in Lissabon mit Paul Roe. Das Treffen endete früh."}) {
    INFO(text);
    CHECK_FALSE(has_fact(facts(text), "Treffen", "held_in", "Lissabon"));
  }
}

TEST_CASE("German: an office compound whose head names an organisation the article named", "[extract][german]") {
  const std::string text =
      "Die Europäische Kommission legte einen Plan vor. Kommissionspräsidentin Anna Probe sagte, der Plan sei gut.";
  CHECK(facts(text).count("Anna Probe holds_office Europäische Kommission"));
  CHECK_FALSE(entity_names(text).count("Kommissions ORG"));  // the compound's head is no name of it
  // No such organisation named: no office guessed from the word.
  CHECK_FALSE(has_fact(facts("Die OSZE tagte. Kommissionschef Paul Roe kam."), "Paul Roe", "holds_office"));
}

TEST_CASE("German: 'am Rande' alone is the article's event", "[extract][german]") {
  auto f = facts("Der Gipfel der OSZE begann am Montag in Lissabon. Am Rande trafen sich Anna Probe und Paul Roe.");
  CHECK(f.count("Anna Probe participates_in Gipfel der OSZE @ Lissabon"));
  CHECK(f.count("Paul Roe participates_in Gipfel der OSZE @ Lissabon"));
  // … also in the middle of the sentence ("X kam am Rande mit Y zusammen"), not before a genitive.
  auto g = facts("Der Gipfel der OSZE begann in Lissabon. Max Muster kam am Rande mit Eva Lang zusammen.");
  CHECK(g.count("Max Muster participates_in Gipfel der OSZE @ Lissabon"));
  CHECK(g.count("Eva Lang participates_in Gipfel der OSZE @ Lissabon"));
  auto h = facts("Der Gipfel der OSZE begann in Lissabon. Max Muster wohnt am Rande der Stadt bei Eva Lang.");
  CHECK_FALSE(has_fact(h, "Max Muster participates_in", ""));
}

TEST_CASE("German: on the margin of talks the article names no meeting for, the talks its compound named",
          "[extract][german]") {
  const auto names = entity_names(
      "Besuch in Lima\n\nLima - Kanzler Paul Roe ist zu Regierungskonsultationen in Lima eingetroffen. Am Rande der "
      "Konsultationen eröffnete Roe eine Messe.");
  CHECK(names.count("Regierungskonsultationen EVENT"));
  CHECK_FALSE(names.count("Konsultationen EVENT"));
}

TEST_CASE("German: an office after 'seinen' is held in the possessor's state", "[extract][german]") {
  auto f = facts(
      "Der Gipfel begann in Lissabon. Der portugiesische Präsident Anna Probe sprach. Der spanische Präsident Paul "
      "Roe blieb zu Hause und schickte seinen Außenminister Peter Klein.");
  CHECK(f.count("Peter Klein holds_office Spanien"));
  CHECK_FALSE(f.count("Peter Klein holds_office Portugal"));
}

TEST_CASE("German: a state chairing a body of an organisation takes no part in the article's event",
          "[extract][german]") {
  auto f = facts("Der Gipfel der OSZE begann in Lissabon. Malta hat derzeit den Vorsitz im Rat der EU inne.");
  CHECK(f.count("Malta member_of EU"));
  CHECK_FALSE(has_fact(f, "Malta", "participates_in"));
  // Chairing the event itself is taking part.
  CHECK(facts("Der Gipfel der OSZE begann in Lissabon. Malta hat den Vorsitz.")
            .count("Malta participates_in Gipfel der OSZE @ Lissabon"));
}

TEST_CASE("German: 'beide Länder' after a sentence naming two states by their adjectives", "[extract][german]") {
  auto f = facts(
      "Die österreichische Ministerin Anna Probe traf ihren slowakischen Amtskollegen Paul Roe. Beide Länder sind "
      "Mitglieder der EU.");
  CHECK(f.count("Österreich member_of EU"));
  CHECK(f.count("Slowakei member_of EU"));
  // Three states there: which two is not said.
  auto g = facts(
      "Die österreichische Ministerin Anna Probe traf den slowakischen und den polnischen Minister. Beide Länder "
      "sind Mitglieder der EU.");
  CHECK_FALSE(has_fact(g, "Österreich", "member_of"));
}

TEST_CASE("German: an organisation's headquarters is a building, named with it", "[extract][german]") {
  auto f = facts("Das Treffen fand im Hauptquartier der OSZE in Lissabon statt.");
  CHECK(f.count("Hauptquartier der OSZE located_in Lissabon"));
  CHECK(has_fact(f, "Treffen", "held_in", "Hauptquartier der OSZE"));
}

TEST_CASE("German: received in the perfect with words between, a stay for an event, travelling on",
          "[extract][german]") {
  auto f = facts(
      "Die Präsidentin Anna Probe hat den Präsidenten Paul Roe mit militärischen Ehren im Schloss Nordfeld "
      "empfangen. Paul Roe ist zu einem Staatsbesuch in Portugal. Am Freitag reist Paul Roe weiter nach Paris, wo "
      "er den Kanzler Max Muster treffen wird.");
  CHECK(f.count("Anna Probe meets_with Paul Roe"));
  CHECK(f.count("Paul Roe participates_in Staatsbesuch @ Portugal"));
  CHECK_FALSE(has_fact(f, "Max Muster", "participates_in"));  // the visit he travels on from is not his
  // (also with the particle at the clause's end)
  f = facts("Der Gipfel begann in Lima. Am Freitag reist Paul Roe nach Quito weiter, wo er Max Muster trifft.");
  CHECK(f.count("Paul Roe meets_with Max Muster"));
  CHECK_FALSE(has_fact(f, "Max Muster participates_in", "Gipfel"));
  // … nor is travelling to a visit of one's own taking part in the article's event
  f = facts(
      "Gipfel in Lima\n\nLima - Der Gipfel der Andengemeinschaft hat in Lima begonnen. Der Gipfel dauert zwei Tage. "
      "Präsident Paul Roe reist danach zu seinem Antrittsbesuch nach Quito, wo er Präsidentin Eva Lang trifft.");
  CHECK(f.count("Paul Roe meets_with Eva Lang"));
  CHECK_FALSE(has_fact(f, "Eva Lang participates_in", "Gipfel"));
  CHECK_FALSE(has_fact(f, "Paul Roe participates_in", "Gipfel"));
}

TEST_CASE("German: an exemption is no exception that denies, 'mit Ausnahme' is", "[extract][german]") {
  const auto f = facts(
      "Gipfel in Lima\n\nLima - Der Gipfel der Andengemeinschaft hat in Lima begonnen. Peru, vertreten durch "
      "Präsident Paul Roe, setzte eine Ausnahme für seine Fischerei durch.");
  CHECK(has_fact(f, "Paul Roe participates_in", "Gipfel"));
  CHECK(has_fact(f, "Peru participates_in", "Gipfel"));
  CHECK_FALSE(has_fact(facts("Gipfel in Lima\n\nAlle Staaten der Region mit Ausnahme Perus sind Mitglieder der "
                             "Andengemeinschaft."),
                       "Peru member_of", "Andengemeinschaft"));
}

TEST_CASE("German: a federal state's office without a state, party offices in compounds, the Freie Wähler",
          "[extract][german]") {
  auto f = facts(
      "Nach der Landtagswahl in Bayern regiert die CSU weiter. Ministerpräsident Paul Roe wurde wiedergewählt. Die "
      "Grünen-Fraktionschefin Anna Probe kritisierte ihn. Sein Stellvertreter bleibt Max Muster, der Vorsitzende der "
      "Freien Wähler.");
  for (const char* x : {"Paul Roe holds_office Bayern", "Anna Probe holds_office Bündnis 90/Die Grünen",
                        "Max Muster holds_office Freie Wähler"}) {
    INFO(x);
    CHECK(f.count(x));
  }
  // An adjective the lexicons miss before the title: no guess.
  CHECK_FALSE(has_fact(facts("In Bayern wurde gewählt. Der nordfeldische Ministerpräsident Paul Roe kam."), "Paul Roe",
                       "holds_office"));
}

TEST_CASE("German: a coordinated office shares the state before it and German copy has no national 'Ministerpräsident'",
          "[extract][german]") {
  // The adjective stands before both offices: the queen is Spain's, not the host's.
  auto f = facts(
      "Berlin (dpa) - Der spanische König Paul Roe VI. und Königin Anna Probe sind zu einem Staatsbesuch in "
      "Deutschland eingetroffen. Bundespräsident Max Muster empfing sie in Berlin.");
  CHECK(f.count("Paul Roe VI holds_office Spanien"));
  CHECK(f.count("Anna Probe holds_office Spanien"));
  CHECK_FALSE(f.count("Anna Probe holds_office Deutschland"));
  // A federal title after "und" keeps its own state.
  CHECK(facts("Der spanische König Paul Roe und Bundeskanzler Max Muster sprachen in Berlin. Deutschland und Spanien "
              "sind Partner. Deutschland lädt ein.")
            .count("Max Muster holds_office Deutschland"));
  // Germany has no Ministerpräsident of its own: without a federal state, none is guessed.
  auto g = facts(
      "Berlin (dpa) - Der spanische König Paul Roe ist zu einem Staatsbesuch in Deutschland eingetroffen. Danach reist "
      "er weiter nach Dresden, wo er Ministerpräsident Max Muster trifft.");
  CHECK_FALSE(has_fact(g, "Max Muster", "holds_office"));
}

TEST_CASE("German: an office of an organisation the lexicons miss, named in its genitive before the holder",
          "[extract][german]") {
  // A compound ending in an organisation's head is an organisation, and the office is held there.
  auto f = facts(
      "Der Gipfel in Lissabon begann. Der portugiesische Präsident Paul Roe sprach zuerst. Danach sprach der Präsident "
      "der Nordischen Fischereibehörde, Max Muster, vor den Delegierten.");
  CHECK(f.count("Max Muster holds_office Nordischen Fischereibehörde"));
  // The office in the genitive is no epithet of the president named before.
  CHECK_FALSE(has_fact(f, "Paul Roe", "meets_with"));
  // Another unknown genitive: an office of no state, not the state of the sentence before.
  auto g = facts(
      "Der portugiesische Präsident Paul Roe sprach zuerst. Danach sprach der Vorsitzende des Nordischen Ausschusses, "
      "Max Muster, vor den Delegierten.");
  CHECK_FALSE(has_fact(g, "Max Muster", "holds_office"));
}

TEST_CASE("German: at an event the article introduces, guests, and no genitive attribute as a participant",
          "[extract][german]") {
  // "auf einem Parteitag": the indefinite article leads to the event as the definite one does.
  CHECK(facts("Die Partei hat ihren Vorsitzenden Max Muster auf einem Parteitag in Lissabon im Amt bestätigt.")
            .count("Max Muster participates_in Parteitag @ Lissabon"));
  // A guest takes part.
  CHECK(facts("Der Parteitag in Lissabon begann am Freitag. Als Gast sprach Paul Roe.")
            .count("Paul Roe participates_in Parteitag @ Lissabon"));
  // The owner of a building or the object of a nomination named in a genitive attribute is not at
  // the event; the sentence's subject is.
  auto f = facts(
      "Bei einer Feier in der Residenz der portugiesischen Präsidentin Anna Probe wurden Fahnen gehisst. Max Muster "
      "hatte auf einem Treffen in Lissabon die Nominierung des früheren Ministers Paul Roe verteidigt.");
  CHECK_FALSE(has_fact(f, "Anna Probe", "participates_in"));
  CHECK_FALSE(has_fact(f, "Paul Roe", "participates_in"));
  CHECK(has_fact(f, "Max Muster", "participates_in"));
}

TEST_CASE("German: one event in a state and in a capital the lexicons place there, every state's capital",
          "[extract][german]") {
  // "in Bahrain" and "in Manama": the lexicons know Manama lies in Bahrain, so one summit.
  CHECK(event_organisers("Der Gipfel in Bahrain begann am Montag. Der Gipfel in Manama endete am Dienstag.").size() ==
        1);
  // Two states' capitals are two places: two summits.
  CHECK(event_organisers("Der Gipfel in Bahrain begann. Der Gipfel in Ljubljana endete.").size() == 2);
  // Capitals of small states are places of the lexicons, with their English names as references.
  for (const char* city : {"Manama", "Vaduz", "Podgorica", "Nikosia", "Windhuk"}) {
    INFO(city);
    CHECK(entity_names(std::string("Die Minister trafen sich in ") + city + ".").count(std::string(city) + " LOC"));
  }
}

TEST_CASE("German: membership in a relative clause and a state named as a goal that is no member",
          "[extract][german]") {
  const auto f = facts("Peru, das Mitglied der OAS und der Andengemeinschaft ist, schickt Polizisten nach Haiti.");
  CHECK(f.count("Peru member_of Organisation Amerikanischer Staaten"));
  CHECK(f.count("Peru member_of Andengemeinschaft"));
  CHECK_FALSE(has_fact(f, "Haiti member_of", ""));
}

TEST_CASE("German: staying away is no taking part and denies nothing outside its clause", "[extract][german]") {
  const auto f = facts(
      "Der Gipfel der OSZE begann am Montag in Lima. Max Muster nahm am Gipfel teil, während Anna "
      "Probe dem Gipfel fernblieb.");
  CHECK(has_fact(f, "Max Muster participates_in", "Gipfel der OSZE"));
  CHECK_FALSE(has_fact(f, "Anna Probe participates_in", ""));
}

TEST_CASE("German: a party named by its noun is an organisation and its members belong to it", "[extract][german]") {
  CHECK(facts("Anna Probe gehört der Partei Vida Nueva an.").count("Anna Probe member_of Vida Nueva"));
  // (the acronym in parentheses or a time before the particle: "… (EVP) an, der größten Fraktion")
  CHECK(facts("Eva Lang gehört der Europäischen Volkspartei (EVP) an, der größten Fraktion.")
            .count("Eva Lang member_of Europäische Volkspartei"));
  CHECK(facts("Max Muster gehört der CDU seit 1990 an.").count("Max Muster member_of CDU"));
  CHECK(
      facts("Max Muster ist seit 2019 Mitglied der Partei Fuerza Andina.").count("Max Muster member_of Fuerza Andina"));
  // (a person's genitive after the noun names no party)
  CHECK_FALSE(entity_names("Die Partei Max Musters gewann die Wahl.").count("Max Musters ORG"));
}

TEST_CASE("German: states whose ministers gather take part", "[extract][german]") {
  const auto f = facts(
      "Die Außenminister Perus, Chiles und Boliviens haben sich am Montag in Lima zu Beratungen "
      "getroffen.");
  for (const char* state : {"Peru", "Chile", "Bolivien"}) {
    INFO(state);
    CHECK(has_fact(f, std::string(state) + " participates_in", "Beratungen"));
  }
}

TEST_CASE("German: state guests who travelled to the ceremony take part in it", "[extract][german]") {
  const auto f = facts(
      "Die Zeremonie begann am Montag in Lima. Zu der Zeremonie reisten zahlreiche Staatsgäste an, "
      "darunter der chilenische Präsident Max Muster und Paul Roe.");
  CHECK(has_fact(f, "Max Muster participates_in", "Zeremonie"));
  CHECK(has_fact(f, "Paul Roe participates_in", "Zeremonie"));
}

TEST_CASE("German: a compound led by a state's acronym is no part of a name and shares no office",
          "[extract][german]") {
  const auto f = facts("Zur Feier in Lima kamen Perus Präsident Max Muster und US-Sondergesandte Anna Probe.");
  CHECK_FALSE(has_fact(f, "Anna Probe holds_office Peru", ""));
  CHECK_FALSE(has_fact(f, "US-Sondergesandte", ""));
}

TEST_CASE("German: a capital named by its state's genitive is the lexicon's capital", "[extract][german]") {
  CHECK(
      has_fact(facts("Die Außenminister kamen am Donnerstag in Perus Hauptstadt zum Jahrestreffen der OSZE zusammen."),
               "Jahrestreffen", "held_in", "Lima"));
}

TEST_CASE("German: an event in a city introduced as a city", "[extract][german]") {
  CHECK(
      has_fact(facts("Der Gipfel begann am Montag in der peruanischen Hafenstadt Lima."), "Gipfel", "held_in", "Lima"));
  CHECK(has_fact(facts("Das Treffen fand im Juni in der Stadt Lissabon statt."), "Treffen", "held_in", "Lissabon"));
  CHECK(has_fact(facts("In der portugiesischen Stadt Lissabon begann am Montag der Gipfel."), "Gipfel", "held_in",
                 "Lissabon"));
}

TEST_CASE("German: the article's meeting placed in a building later is that meeting", "[extract][german]") {
  const std::string text =
      "Die Regierungschefs kamen am Dienstag zur Sitzung des Nordischen Rates in Lima zusammen.\n\nDie Sitzung "
      "fand im Konzerthaus Bergblick statt.";
  const auto f = facts(text);
  CHECK_FALSE(has_fact(f, "Sitzung held_in", ""));  // no second, bare session
  CHECK(has_fact(f, "Sitzung des Nordischen Rates", "held_in", "Lima"));
  CHECK(has_fact(f, "Sitzung des Nordischen Rates", "held_in", "Konzerthaus Bergblick"));
}

TEST_CASE("German: who receives his or her peers takes part in the article's meeting", "[extract][german]") {
  const auto f = facts(
      "Das Treffen der Außenminister begann am Montag in Lima. Der peruanische Außenminister Max "
      "Muster empfing seine Amtskollegen aus Chile und Bolivien.");
  CHECK(has_fact(f, "Max Muster participates_in", "Treffen"));
  // (the peers are no persons of the sentence; one the sentence names after the cue is no host)
  const auto g =
      facts("Das Treffen begann am Montag in Lima. Am Abend empfing seine Amtskollegen dann auch Max Muster.");
  CHECK_FALSE(has_fact(g, "Max Muster participates_in", ""));
}

TEST_CASE("German: the host's office is of the state the article's event is held in", "[extract][german]") {
  // The summit's place is given in a sentence before, after "der Hauptstadt" (a city of the lexicons).
  auto f = facts(
      "Die Minister sprachen in Bahrain über Handel. In der Erklärung des Gipfels in der Hauptstadt Manama forderten "
      "sie Frieden. Gastgeber König Paul Roe eröffnete das Treffen.");
  CHECK(f.count("Paul Roe holds_office Bahrain"));
  // Without the host word no state is guessed for the king.
  CHECK_FALSE(has_fact(facts("Die Minister sprachen in Bahrain über Handel. In der Erklärung des Gipfels in der "
                             "Hauptstadt Manama forderten sie Frieden. König Paul Roe eröffnete das Treffen."),
                       "Paul Roe", "holds_office"));
}

TEST_CASE("German: an office alone refers to the one person introduced with that form of it", "[extract][german]") {
  // "Präsident" and "Präsidentin" are one office; "die Präsidentin" is the one introduced so.
  auto f = facts(
      "Der portugiesische Präsident Paul Roe und die finnische Präsidentin Anna Probe kamen nach Lissabon. Am Abend "
      "traf die Präsidentin den Bürgermeister Max Muster.");
  CHECK(f.count("Anna Probe meets_with Max Muster"));
  CHECK_FALSE(f.count("Paul Roe meets_with Max Muster"));
}

TEST_CASE("German: a word for several offices refers to the one holder of one of them of its form",
          "[extract][german]") {
  // "Regierungschefin": a head of government introduced in a female form, not the chancellor.
  auto f = facts(
      "Kanzler Paul Roe empfing die portugiesische Ministerpräsidentin Anna Probe in Wien. Die Regierungschefin "
      "hatte zuvor in Rom den Bürgermeister Max Muster getroffen.");
  CHECK(f.count("Anna Probe meets_with Max Muster"));
  CHECK_FALSE(f.count("Paul Roe meets_with Max Muster"));
  // "der Regierungschef" of two men who might be meant: none.
  auto two = facts(
      "Kanzler Paul Roe empfing den portugiesischen Premierminister Max Muster. Der Regierungschef traf am Abend "
      "die Bürgermeisterin Anna Probe.");
  CHECK_FALSE(two.count("Max Muster meets_with Anna Probe"));
  CHECK_FALSE(two.count("Paul Roe meets_with Anna Probe"));
}

TEST_CASE("German: a national's noun alone refers to the one person introduced with an office of that state",
          "[extract][german]") {
  auto f = facts(
      "Kanzler Paul Roe empfing die italienische Ministerpräsidentin Anna Probe in Wien. Am Abend traf die "
      "Italienerin in Rom den Bürgermeister Max Muster.");
  CHECK(f.count("Anna Probe meets_with Max Muster"));
  // Not of two who might be meant, nor the plural ("die Italiener"), nor before a name.
  auto two = facts(
      "Der italienische Präsident Paul Roe und der italienische Minister Max Muster kamen an. Der Italiener traf "
      "am Abend die Bürgermeisterin Anna Probe.");
  CHECK_FALSE(two.count("Paul Roe meets_with Anna Probe"));
  CHECK_FALSE(two.count("Max Muster meets_with Anna Probe"));
  CHECK_FALSE(facts("Der italienische Präsident Paul Roe kam an. Die Italiener trafen die Bürgermeisterin Anna Probe.")
                  .count("Paul Roe meets_with Anna Probe"));
  const auto named = facts("Die italienische Ministerin Anna Probe kam an. Die Italienerin Eva Lang traf Max Muster.");
  CHECK_FALSE(named.count("Anna Probe meets_with Max Muster"));
  CHECK(named.count("Eva Lang meets_with Max Muster"));
}

TEST_CASE("German: a person said to be a member, and an organisation's epithet after a capitalised article",
          "[extract][german]") {
  CHECK(facts("Max Muster ist seit 2017 Bürgermeister in Lissabon und Mitglied der CDU.")
            .count("Max Muster member_of CDU"));
  CHECK(facts("Max Muster, Mitglied der SPD, sagte nichts.").count("Max Muster member_of SPD"));
  // "Dem Bündnis" at a sentence's start is the organisation named before.
  auto f = facts("Die Nato tagte in Lissabon. Dem Bündnis gehören Portugal und Island an.");
  CHECK(f.count("Portugal member_of NATO"));
  CHECK(f.count("Island member_of NATO"));
}

TEST_CASE("German: those who take part in a meeting together do not meet by that", "[extract][german]") {
  auto f = facts("An dem Treffen in Lissabon nehmen der Präsident Paul Roe und die Ministerin Anna Probe teil.");
  CHECK(f.count("Paul Roe participates_in Treffen @ Lissabon"));
  CHECK(f.count("Anna Probe participates_in Treffen @ Lissabon"));
  CHECK_FALSE(has_fact(f, "Paul Roe", "meets_with"));
  // A meeting of the two is still one.
  CHECK(facts("In Lissabon trafen sich der Präsident Paul Roe und die Ministerin Anna Probe.")
            .count("Paul Roe meets_with Anna Probe"));
  CHECK(facts("Der Präsident Paul Roe und die Ministerin Anna Probe begegneten sich in Lissabon.")
            .count("Paul Roe meets_with Anna Probe"));
}

TEST_CASE("German: a compound meeting after the definite article or a possessive is the meeting of its head",
          "[extract][german]") {
  // The general noun first, the compound after: one meeting.
  CHECK(event_names("Die Grünen haben in Bonn ihren Parteitag eröffnet. Auf dem Bundesparteitag sprach Max Muster.") ==
        std::set<std::string>{"Parteitag"});
  CHECK(facts("Die Grünen haben in Bonn ihren Parteitag eröffnet. Auf dem Bundesparteitag sprach Max Muster.")
            .count("Max Muster participates_in Parteitag @ Bonn"));
  // After the indefinite article it is another.
  CHECK(event_names("Der Gipfel in Bonn ist zu Ende. Im Mai soll es einen Sondergipfel geben.").size() == 2);
  // The organisation's meeting named before, then "ihr …" with a place: the same one, now placed
  // (also after a dateline whose agency's tag stands between the place and the organisation).
  const std::string party =
      "CDU-Parteitag in Bonn\n\nBonn (dpa) - Die CDU hat auf ihrem Bundesparteitag in Bonn "
      "Max Muster gewählt. Auf dem Parteitag sprach Eva Lang.";
  CHECK(event_organisers(party) == std::set<std::string>{"CDU-Parteitag @ Bonn: CDU"});
  CHECK(facts(party).count("Eva Lang participates_in CDU-Parteitag @ Bonn"));
}

TEST_CASE("German and English: the pronoun after an event that opens the sentence takes part in it",
          "[extract][german]") {
  auto f = facts(
      "Der Gipfel der OSZE begann in Lima. Präsidentin Anna Probe sprach zuerst. Am Rande des Gipfels sprach "
      "sie mit Max Muster.");
  CHECK(f.count("Anna Probe participates_in Gipfel der OSZE @ Lima"));
  // (not a pronoun where the event does not open the sentence: a clause of its own may hold it)
  CHECK_FALSE(has_fact(facts("Der Gipfel der OSZE begann in Lima. Präsidentin Anna Probe sprach zuerst. Die Gruppe "
                             "gab auf dem Gipfel eine Erklärung ab, in der sie Frieden forderte."),
                       "Anna Probe", "participates_in"));
  auto e = facts(
      "The summit of the OSCE opened in Lima. President Anna Probe spoke first. On the sidelines of the "
      "summit, she met with Max Muster.",
      extractor(), "en");
  CHECK(e.count("Anna Probe participates_in OSCE summit @ Lima"));
}

TEST_CASE("German: an adjective a space parts after its hyphen is the lexicon's one word", "[extract][german]") {
  CHECK(facts("Der rheinland- pfälzische Ministerpräsident Max Muster sprach.")
            .count("Max Muster holds_office Rheinland-Pfalz"));
  // (a hyphen standing for a word before a conjunction stays apart: no state is named)
  CHECK_FALSE(has_fact(facts("Die Staats- und Regierungschefs Max Muster und Eva Lang sprachen."), "Max Muster",
                       "holds_office"));
}

TEST_CASE("German and English: nouns for a person introduce an unknown name", "[extract][german]") {
  CHECK(entity_names("The election was won by politician Kavo Temba Mirulu.", "en").count("Kavo Temba Mirulu PER"));
  CHECK(entity_names("Die Wahl gewann die Oppositionspolitikerin Kavo Temba Mirulu.").count("Kavo Temba Mirulu PER"));
}

TEST_CASE("German and English: those who open talks take part in them", "[extract][german]") {
  auto f = facts("Nach der Wahl haben ÖVP, SPÖ und Neos am Montag Koalitionsverhandlungen aufgenommen.");
  CHECK(f.count("ÖVP participates_in Koalitionsverhandlungen"));
  CHECK(f.count("NEOS participates_in Koalitionsverhandlungen"));
  CHECK(facts("Peru und Chile nahmen in Lima Verhandlungen auf.").count("Chile participates_in Verhandlungen @ Lima"));
  auto e = facts("Peru and Chile began negotiations in Lima on Monday.", extractor(), "en");
  CHECK(e.count("Peru participates_in negotiations @ Lima"));
  CHECK(e.count("Chile participates_in negotiations @ Lima"));
  // (a summit opened is no talks its opener holds with others)
  CHECK_FALSE(has_fact(facts("Die Nato hat am Montag ihren Gipfel begonnen."), "NATO", "participates_in"));
}

TEST_CASE("German: a counterpart's state in its compound is not the other's", "[extract][german]") {
  // (the USA named three times: the document's country, but not the one of whom the US counterpart is)
  auto f = facts("Die USA und die USA. Die USA. In Lima traf Außenministerin Anna Probe ihren US-Kollegen Paul Roe.");
  CHECK(f.count("Paul Roe holds_office USA"));
  CHECK_FALSE(has_fact(f, "Anna Probe", "holds_office"));
  // Foreign copy: states named only in others' offices do not make the dateline's state the article's.
  auto d = facts(
      "New York (dpa) - In New York traf Außenministerin Anna Probe ihren US-Kollegen Paul Roe. Auch "
      "US-Präsident Max Muster sprach.");
  CHECK_FALSE(has_fact(d, "Anna Probe", "holds_office"));
}

TEST_CASE("German and English: an event the article calls another is never the article's event", "[extract][german]") {
  CHECK_FALSE(
      has_fact(facts("Die Außenministerin Anna Probe nahm teil. Das nächste Treffen soll in Polen stattfinden."),
               "Anna Probe", "participates_in"));
  CHECK_FALSE(has_fact(
      facts("Foreign Minister Anna Probe attended. The next meeting will be held in Poland.", extractor(), "en"),
      "Anna Probe", "participates_in"));
}

TEST_CASE("German and English: a negation after a verb of saying denies the reported clause only",
          "[extract][german]") {
  const std::string summit = "The OSCE summit opened in Lima. ";
  CHECK(facts(summit + "Paul Roe, who is attending his first OSCE summit, said Peru would not pay.", extractor(), "en")
            .count("Paul Roe participates_in OSCE summit @ Lima"));
  // (what the reported clause denies stays denied)
  CHECK_FALSE(has_fact(facts(summit + "Paul Roe said he would not attend the OSCE summit.", extractor(), "en"),
                       "Paul Roe", "participates_in"));
  const std::string gipfel = "Der Gipfel der OSZE begann in Lima. ";
  CHECK(facts(gipfel + "Max Muster, der am Gipfel der OSZE teilnimmt, sagte, Peru werde nicht zahlen.")
            .count("Max Muster participates_in Gipfel der OSZE @ Lima"));
  CHECK_FALSE(has_fact(facts(gipfel + "Max Muster sagte, er werde nicht am Gipfel der OSZE teilnehmen."), "Max Muster",
                       "participates_in"));
}

TEST_CASE("German and English: a negation in a second main clause after a comma denies that clause only",
          "[extract][german]") {
  const std::string gipfel = "Der Gipfel der OSZE begann in Lima. ";
  CHECK(facts(gipfel + "Max Muster reiste ebenfalls an, ergriff jedoch nicht das Wort.")
            .count("Max Muster participates_in Gipfel der OSZE @ Lima"));
  // (a denial in the first clause still denies)
  CHECK_FALSE(has_fact(facts(gipfel + "Max Muster reiste nicht an, schickte aber einen Brief."), "Max Muster",
                       "participates_in"));
  const std::string summit = "The OSCE summit opened in Lima. ";
  CHECK(facts(summit + "Paul Roe also attended the summit, was however not invited to speak.", extractor(), "en")
            .count("Paul Roe participates_in OSCE summit @ Lima"));
}

TEST_CASE("German: a state the context gave is no context for the next sentence", "[extract][german]") {
  auto f = facts(
      "Peru wählt. Peru und Peru. Der chilenische Außenminister Max Muster sprach. Regierungschefin Anna "
      "Probe kündigte Reformen an. Präsident Paul Roe sprach danach.");
  CHECK(f.count("Anna Probe holds_office Chile"));
  CHECK(f.count("Paul Roe holds_office Peru"));
  CHECK_FALSE(f.count("Paul Roe holds_office Chile"));
}

TEST_CASE("German and English: an office a state's parliament elects someone to is the state's", "[extract][german]") {
  CHECK(facts("Der brandenburgische Landtag hat Max Muster erneut zum Ministerpräsidenten gewählt.")
            .count("Max Muster holds_office Brandenburg"));
  CHECK(facts("Das Parlament Perus hat am Montag Anna Probe zur Präsidentin gewählt.")
            .count("Anna Probe holds_office Peru"));
  // (in the passive too)
  CHECK(facts("Max Muster ist vom brandenburgischen Landtag erneut zum Ministerpräsidenten gewählt worden.")
            .count("Max Muster holds_office Brandenburg"));
  CHECK(facts("Anna Probe wurde am Montag vom Parlament Perus zur Präsidentin gewählt.")
            .count("Anna Probe holds_office Peru"));
  // A head of government "in" a state holds its office; an ambassador there holds another state's.
  CHECK(facts("Max Muster bleibt Ministerpräsident in Brandenburg.").count("Max Muster holds_office Brandenburg"));
  CHECK_FALSE(has_fact(facts("Anna Probe ist Botschafterin in Peru."), "Anna Probe holds_office", ""));
  CHECK(facts("The Chilean parliament re-elected Anna Probe prime minister.", extractor(), "en")
            .count("Anna Probe holds_office Chile"));
}

TEST_CASE("German: those who come to the event take part in it", "[extract][german]") {
  const std::string summit = "Der Gipfel der OAS begann in Lima. ";
  auto f = facts(summit + "Zu dem Treffen kamen auch Max Muster und Anna Probe.");
  CHECK(f.count("Max Muster participates_in Gipfel der OAS @ Lima"));
  CHECK(f.count("Anna Probe participates_in Gipfel der OAS @ Lima"));
  CHECK(facts(summit + "Paul Roe kam am Montag zum Gipfel.").count("Paul Roe participates_in Gipfel der OAS @ Lima"));
  CHECK_FALSE(has_fact(facts(summit + "Paul Roe kam nicht zum Gipfel."), "Paul Roe participates_in", ""));
  // … and those who visit it.
  CHECK(facts(summit + "Auch Paul Roe besuchte den Gipfel.").count("Paul Roe participates_in Gipfel der OAS @ Lima"));
  CHECK(facts(summit + "Das Treffen besuchten Max Muster und Anna Probe.")
            .count("Anna Probe participates_in Gipfel der OAS @ Lima"));
}

TEST_CASE("German: the state that hosts the meeting holds it and takes part", "[extract][german]") {
  const std::string summit = "Der Gipfel der OAS begann am Montag. ";
  auto f = facts(summit + "Peru richtet den Gipfel in diesem Jahr aus.");
  CHECK(f.count("Peru participates_in Gipfel der OAS @ Peru"));
  CHECK(f.count("Gipfel der OAS @ Peru held_in Peru"));
  CHECK(facts(summit + "Ausrichter des Gipfels ist Chile.").count("Chile participates_in Gipfel der OAS @ Chile"));
}

TEST_CASE("German: 'ohne' denies what follows it only", "[extract][german]") {
  // (what stands before it holds: "ohne Einigung" denies no taking part)
  CHECK(facts("Der Gipfel der OAS begann in Lima. Max Muster nahm am Gipfel teil und reiste ohne Einigung ab.")
            .count("Max Muster participates_in Gipfel der OAS @ Lima"));
  CHECK_FALSE(has_fact(facts("Max Muster verließ Lima, ohne Paul Roe zu treffen."), "Max Muster", "meets_with"));
}

TEST_CASE("German: a forum is a meeting the later summit continues", "[extract][german]") {
  const std::string text =
      "Regierungschefs kommen zum jährlichen Forum\n\nDie Regierungschefs trafen sich am Montag "
      "zum Gipfel. Max Muster sprach auf dem Gipfel.";
  CHECK(event_names(text).size() == 1);
  CHECK(facts(text).count("Max Muster participates_in Forum"));
}

TEST_CASE("German: the state whose capital the leaders meet in takes no part by that", "[extract][german]") {
  CHECK_FALSE(
      has_fact(facts("Die Regierungschefs trafen sich in Perus Hauptstadt zum Gipfel."), "Peru", "participates_in"));
  CHECK(facts("Die Regierungschefs Chiles trafen sich in Peru zum Gipfel.").count("Chile participates_in Gipfel"));
}

TEST_CASE("German: a verb of talking together in the singular pairs no one", "[extract][german]") {
  CHECK_FALSE(has_fact(facts("Die Ministerin Anna Probe verließ den Raum, als der Präsident Paul Roe sprach."),
                       "Anna Probe", "meets_with"));
  CHECK_FALSE(
      has_fact(facts("Paul Roe beriet am Abend, während Anna Probe in Lissabon war."), "Paul Roe", "meets_with"));
  // Its plural still pairs those who talk together.
  CHECK(facts("Der Präsident Paul Roe und die Ministerin Anna Probe sprachen am Abend in Lissabon.")
            .count("Paul Roe meets_with Anna Probe"));
  CHECK(facts("Paul Roe und Anna Probe berieten in Lissabon.").count("Paul Roe meets_with Anna Probe"));
}

TEST_CASE("German: a meeting of an organisation's body named in a compound, a place well before the event",
          "[extract][german]") {
  const auto events =
      event_organisers("In Lissabon hat am Donnerstag das jährliche Treffen des OSZE-Ministerrats begonnen.");
  CHECK(events.count("Treffen des OSZE-Ministerrats @ Lissabon: OSZE"));
  CHECK(facts("In Lissabon hat am Donnerstag das jährliche Treffen des OSZE-Ministerrats begonnen.")
            .count("Treffen des OSZE-Ministerrats @ Lissabon held_in Lissabon"));
  // A group of an organisation's members is no body of it: the meeting is not the organisation's.
  CHECK(event_organisers("Auf einem Treffen der EU-Sozialdemokraten in Lissabon sprach Max Muster.")
            .count("Treffen @ Lissabon: "));
}

TEST_CASE("German: meals and receptions are events", "[extract][german]") {
  CHECK(facts("An dem Arbeitsessen in Lissabon nahm auch der Minister Max Muster teil.")
            .count("Max Muster participates_in Arbeitsessen @ Lissabon"));
  CHECK(entity_names("Beim Neujahrsempfang in Lissabon sprach der Minister Max Muster.")
            .count("Neujahrsempfang in Lissabon EVENT"));
}

TEST_CASE("German: an organisation's name in the genitive is the organisation", "[extract][german]") {
  auto f = facts("Der Präsident des Europäischen Rates, Paul Roe, eröffnete den Gipfel in Lissabon.");
  CHECK(f.count("Paul Roe holds_office Europäischer Rat"));
  CHECK(entity_names("Die Sitzung des Nordischen Rates begann.").count("Nordischer Rat ORG"));
}

TEST_CASE("German: voting at a meeting is taking part, not for whom the vote is about", "[extract][german]") {
  auto f = facts(
      "Der Gipfel in Lissabon begann am Montag. Der Präsident Paul Roe stimmte gegen die Ministerin Anna Probe, der "
      "Minister Max Muster enthielt sich.");
  CHECK(f.count("Paul Roe participates_in Gipfel @ Lissabon"));
  CHECK(f.count("Max Muster participates_in Gipfel @ Lissabon"));
  CHECK_FALSE(f.count("Anna Probe participates_in Gipfel @ Lissabon"));
}

TEST_CASE("German: the adjectives of small states", "[extract][german]") {
  CHECK(facts("Der togoische Präsident Paul Roe traf in Lissabon ein.").count("Paul Roe holds_office Togo"));
  CHECK(facts("Die samoanische Ministerpräsidentin Anna Probe sprach.").count("Anna Probe holds_office Samoa"));
}

TEST_CASE("German: party and city offices, admission, a party taking part", "[extract][german]") {
  // Elected with the occasion between name and office.
  CHECK(facts("Die SPÖ hat Max Muster auf einem Parteitag in Linz zum neuen Vorsitzenden gewählt.")
            .count("Max Muster holds_office SPÖ"));
  // A city's office after its genitive; a capital's name before a national office is no city's.
  CHECK(facts("Wiens Bürgermeisterin Anna Probe gratulierte.").count("Anna Probe holds_office Wien"));
  // A verb between an organisation and an office: the office is none of the organisation's.
  // (and one at the start after "Für" is that organisation's: "Für die OSZE reiste Präsident X", a test of its own)
  CHECK_FALSE(has_fact(facts("Die OSZE lobte Präsident Max Muster in Lissabon."), "Max Muster", "holds_office"));
  // A name after an office may start with a place's name, not with its genitive.
  CHECK(facts("Paraguays Staatschef Santiago Probe gratulierte.").count("Santiago Probe holds_office Paraguay"));
  CHECK(entity_names("Der Präsident Paraguays Anna Probe gratulierte.").count("Anna Probe PER"));
  // (a city the lexicons do not know, in its genitive before a city's office; not before another)
  CHECK(facts("Hildesheims Oberbürgermeisterin Anna Probe gratulierte.").count("Anna Probe holds_office Hildesheim"));
  CHECK_FALSE(has_fact(facts("Hildesheims Außenminister Max Muster gratulierte."), "Max Muster", "holds_office"));
  CHECK_FALSE(has_fact(facts("Moskaus Außenminister Max Muster gratulierte."), "Max Muster", "holds_office"));
  // An office compound after "und" starts a name of its own; it does not share the office before.
  auto f = facts("Ministerpräsident Max Muster und BSW-Landeschefin Anna Probe trafen sich in Lissabon.");
  CHECK(f.count("Anna Probe holds_office BSW"));
  CHECK(entity_names("Ministerpräsident Max Muster und BSW-Landeschefin Anna Probe trafen sich in Lissabon.")
            .count("Anna Probe PER"));
  // So does an office the lexicons know by its ending only, and it is that office.
  const std::string two = "Aus Peru kamen Wirtschaftsminister Max Muster und Entwicklungsministerin Anna Probe.";
  CHECK(entity_names(two).count("Anna Probe PER"));
  CHECK(facts(two).count("Anna Probe holds_office Peru"));
  // Admitted into an organisation; beginning negotiations is no admission.
  CHECK(facts("Schweden wurde im März in die Nato aufgenommen.").count("Schweden member_of NATO"));
  CHECK_FALSE(has_fact(facts("In Sachsen haben CDU und BSW Verhandlungen aufgenommen."), "Sachsen", "member_of"));
  // A party takes part.
  CHECK(facts("Die Verhandlungen in Lissabon begannen. Auch die SPD nimmt an den Verhandlungen teil.")
            .count("SPD participates_in Verhandlungen @ Lissabon"));
}

TEST_CASE("German: an office in a seat of government is its state's", "[extract][german]") {
  CHECK(facts("Russland richtet den Gipfel aus. Kremlchef Paul Roe begrüßte die Gäste.")
            .count("Paul Roe holds_office Russland"));
  // Without the state named, the seat itself.
  CHECK(facts("Kremlchef Paul Roe begrüßte die Gäste.").count("Paul Roe holds_office Kreml"));
}

TEST_CASE("German: a member of several organisations listed", "[extract][german]") {
  auto f = facts("Kenia ist Mitglied der Afrikanischen Union und der Ostafrikanischen Gemeinschaft.");
  CHECK(f.count("Kenia member_of AU"));
  CHECK(f.count("Kenia member_of Ostafrikanische Gemeinschaft"));
}

TEST_CASE("German: a group that has come together in a city holds the meeting named later there", "[extract][german]") {
  CHECK(
      facts("Die Außenminister Deutschlands, Frankreichs und Polens sind am Montag in Lissabon zusammengekommen. Nach "
            "dem Treffen sprach Max Muster.")
          .count("Treffen @ Lissabon held_in Lissabon"));
  CHECK(facts("Die Verteidigungsminister der Ostseestaaten haben sich am Freitag in Lissabon getroffen. Bei dem "
              "Treffen ging es um die Marine.")
            .count("Treffen @ Lissabon held_in Lissabon"));
  // An earlier meeting (the pluperfect) is not the article's; a decision taken is no meeting.
  CHECK(facts("Die Minister hatten sich 2019 erstmals in Lissabon getroffen. Bei dem Treffen ging es um die Marine.")
            .count("Treffen @ Lissabon held_in Lissabon") == 0);
  CHECK(facts("Die Minister haben in Lissabon eine Entscheidung getroffen. Bei dem Treffen ging es um die Marine.")
            .count("Treffen @ Lissabon held_in Lissabon") == 0);
}

TEST_CASE("German: giving a speech or speaking before the delegates is taking part in the article's event",
          "[extract][german]") {
  auto f = facts(
      "Die Partei kam am Freitag in Lissabon zu ihrem Parteitag zusammen. Am Samstag hielt Anna Probe eine lange "
      "Rede. Max Muster sprach vor den rund 500 Delegierten.");
  CHECK(has_fact(f, "Anna Probe", "participates_in Parteitag"));
  CHECK(has_fact(f, "Max Muster", "participates_in Parteitag"));
  // Speaking before someone else is no speech at the event: "sprach vor Journalisten".
  CHECK_FALSE(has_fact(facts("Der Parteitag begann in Lissabon. Max Muster sprach vor Journalisten."), "Max Muster",
                       "participates_in"));
}

TEST_CASE("German: electing several persons, or by another verb of choosing, to an office", "[extract][german]") {
  auto f = facts(
      "Die Delegierten wählten Anna Probe und Max Muster zu den neuen Vorsitzenden der SPD. Die Grünen bestimmten "
      "Peter Klein zu ihrem Vorsitzenden. Die CDU kürte Paul Roe zum neuen Generalsekretär.");
  for (const char* x : {"Anna Probe holds_office SPD", "Max Muster holds_office SPD",
                        "Peter Klein holds_office Bündnis 90/Die Grünen", "Paul Roe holds_office CDU"}) {
    INFO(x);
    CHECK(f.count(x));
  }
}

TEST_CASE("German: taking part in talks is no taking part in the article's event", "[extract][german]") {
  auto f = facts("Der Gipfel der EU begann in Lissabon. Anna Probe nahm an den Gesprächen teil.");
  CHECK_FALSE(has_fact(f, "Anna Probe", "participates_in"));
  CHECK(has_fact(facts("Der Gipfel der EU begann in Lissabon. Anna Probe nahm am Gipfel teil."), "Anna Probe",
                 "participates_in Gipfel der EU"));
  // The perfect participle is a cue too.
  CHECK(has_fact(facts("Anna Probe hat an einem Gipfel der EU teilgenommen."), "Anna Probe",
                 "participates_in Gipfel der EU"));
}

TEST_CASE("German: a gathering holds the compound meeting it names, never the next one", "[extract][german]") {
  auto f = facts(
      "Die Außenminister sind in Lissabon zu ihrer Ratstagung zusammengekommen. Am Rande der Tagung sprach Anna "
      "Probe mit Max Muster. Die nächste Tagung soll in Paris stattfinden.");
  CHECK(has_fact(f, "Ratstagung", "held_in", "Lissabon"));
  CHECK_FALSE(has_fact(f, "Tagung", "held_in", "Lissabon"));
  // Named in no sentence of the gathering: the article's meeting, of a compound kind, not the next one.
  auto g = facts(
      "Die Ratstagung der OSZE beginnt am Dienstag. Die Außenminister sind in Lissabon zusammengekommen. Die "
      "nächste Tagung soll in Paris stattfinden.");
  CHECK(has_fact(g, "Ratstagung der OSZE", "held_in", "Lissabon"));
  CHECK_FALSE(has_fact(g, "Tagung", "held_in", "Lissabon"));
  CHECK_FALSE(has_fact(
      facts("Die Außenminister sind in Lissabon zusammengekommen. Die nächste Tagung soll in Paris stattfinden."),
      "Tagung", "held_in", "Lissabon"));
}

TEST_CASE("German and English: a negation ends at a semicolon, and a cue after it still counts", "[extract][german]") {
  auto f = facts(
      "Der Gipfel der G20 begann in Lima. Präsident Max Muster nahm nicht teil; Peru wurde von Außenminister Paul "
      "Roe vertreten.");
  CHECK(has_fact(f, "Paul Roe", "participates_in Gipfel der G20"));
  CHECK_FALSE(has_fact(f, "Max Muster", "participates_in"));
  auto g = facts(
      "The G20 summit opened in Lima. President Max Muster did not attend; Foreign Minister Paul Roe "
      "attended instead.",
      extractor(), "en");
  CHECK(has_fact(g, "Paul Roe", "participates_in"));
  CHECK_FALSE(has_fact(g, "Max Muster", "participates_in"));
}

TEST_CASE(
    "German and English: the host takes part whatever office the sentence says he holds, and an organisation "
    "is a member of another",
    "[extract][german]") {
  CHECK(has_fact(facts("Der Gipfel der G20 begann in Lima. Gastgeber ist Präsident Paul Roe, dessen Land den Vorsitz "
                       "der Gruppe innehat."),
                 "Paul Roe", "participates_in Gipfel der G20"));
  CHECK(facts("Die Afrikanische Union ist seit dem vergangenen Jahr ständiges Mitglied der G20.")
            .count("AU member_of G20"));
  CHECK(facts("The African Union has been a permanent member of the G20 since 2023.", extractor(), "en")
            .count("AU member_of G20"));
}

TEST_CASE("German and English: monarchs' titles, and a federal title's state is no context for the next office",
          "[extract][german]") {
  auto f = facts(
      "Bundespräsident Max Muster ist zu einem Staatsbesuch in Japan eingetroffen. Am Dienstag wurde er von Kaiser "
      "Paul Roe empfangen. Japan ist ein wichtiger Partner Deutschlands.");
  CHECK(f.count("Max Muster holds_office Deutschland"));
  CHECK(f.count("Paul Roe holds_office Japan"));
  CHECK_FALSE(f.count("Paul Roe holds_office Deutschland"));
  CHECK_FALSE(facts("Bundeskanzler Max Muster sprach am Montag vor Studenten. Danach traf er Präsident Paul Roe. Peru "
                    "ist ein Partner Deutschlands.")
                  .count("Paul Roe holds_office Deutschland"));
  CHECK(facts("Emperor Paul Roe of Japan received the guests in Tokyo.", extractor(), "en")
            .count("Paul Roe holds_office Japan"));
}

TEST_CASE("German: an event in a federal state's capital named with the state's adjective", "[extract][german]") {
  auto f = facts("Der Parteitag fand in der bayerischen Landeshauptstadt München statt.");
  CHECK(f.count("Parteitag @ München held_in München"));
  CHECK(f.count("München located_in Bayern"));
}

TEST_CASE("German: a name's adjective after an article takes the weak ending", "[extract][german]") {
  const auto names = entity_names(
      "Der Nordische Rat tagte in Lissabon. Das Vereinigte Königreich schickte einen "
      "Beobachter.");
  CHECK(names.count("Nordischer Rat ORG"));
  CHECK(names.count("Großbritannien LOC"));
  CHECK(facts("Der Nordische Rat tagte in Lissabon. Island gehört dem Rat seit 1952 an.")
            .count("Island member_of Nordischer Rat"));
}

TEST_CASE("German and English: a host noun before unknown capitalised words makes them a person", "[extract][german]") {
  const auto de = entity_names("Gastgeberin Zorana Kvist empfing ihre Kollegen zum Gipfel in Lissabon.");
  CHECK(de.count("Zorana Kvist PER"));
  CHECK(facts("Gastgeberin Zorana Kvist empfing ihre Kollegen zum Gipfel in Lissabon.")
            .count("Zorana Kvist participates_in Gipfel @ Lissabon"));
  CHECK(entity_names("The leaders were welcomed by host Zorana Kvist in Lisbon.", "en").count("Zorana Kvist PER"));
  // A concert hall is a building: "im Lindholm, dem Konzerthaus am Hafen".
  CHECK(facts("Der Gipfel begann im Lindholm, dem Konzerthaus am Hafen.").count("Gipfel @ Lindholm held_in Lindholm"));
}

TEST_CASE("German: in a visit's report an office without a state is the host's, a mayor's is the city's",
          "[extract][german]") {
  const auto f = facts(
      "Der peruanische Präsident Max Muster ist am Montag zu einem Staatsbesuch in Portugal eingetroffen. Peru will "
      "mehr Handel. An dem Gespräch nahm auch Arbeitsminister Paul Roe teil. Peru erhofft sich neue "
      "Investitionen. Am Mittwoch reist Max Muster nach Lissabon weiter, wo er den Bürgermeister Peter Klein trifft.");
  CHECK(f.count("Max Muster holds_office Peru"));
  CHECK(f.count("Paul Roe holds_office Portugal"));
  CHECK(f.count("Peter Klein holds_office Lissabon"));
  CHECK_FALSE(has_fact(f, "Peter Klein", "holds_office", "Portugal"));
}

TEST_CASE("German and English: 'den Gast', 'the guest' is the visitor the article named first", "[extract][german]") {
  CHECK(facts("Der peruanische Präsident Max Muster ist am Montag zu einem Staatsbesuch in Portugal eingetroffen. "
              "Präsidentin Anna Probe empfing den Gast mit militärischen Ehren.")
            .count("Max Muster meets_with Anna Probe"));
  // (with an adjective between: "den peruanischen Gast", "ihren hohen Gast")
  CHECK(facts("Der peruanische Präsident Max Muster ist am Montag zu einem Staatsbesuch in Portugal eingetroffen. "
              "Präsidentin Anna Probe empfing den peruanischen Gast mit militärischen Ehren.")
            .count("Max Muster meets_with Anna Probe"));
  CHECK(facts("Peruvian President Paul Roe arrived in Lisbon on Monday for a state visit. President Anna Probe "
              "welcomed the guest with military honours.",
              extractor(), "en")
            .count("Paul Roe meets_with Anna Probe"));
  // The host who receives the guest named after them is not the guest; the guest named first by the
  // passive is.
  auto host = facts(
      "Präsident Paul Roe hat die Präsidentin Anna Probe zu einem Staatsbesuch in Lissabon empfangen. "
      "Danach kam der Gast mit Max Muster zusammen.");
  CHECK(host.count("Anna Probe meets_with Max Muster"));
  CHECK_FALSE(host.count("Paul Roe meets_with Max Muster"));
  CHECK(facts("Die Präsidentin Anna Probe wurde zu einem Staatsbesuch in Lissabon von Präsident Paul Roe empfangen. "
              "Danach kam der Gast mit Max Muster zusammen.")
            .count("Anna Probe meets_with Max Muster"));
  auto welcomed = facts(
      "President Paul Roe welcomed President Anna Probe for a state visit to Lisbon. Later the "
      "guest held talks with Max Muster.",
      extractor(), "en");
  CHECK(welcomed.count("Anna Probe meets_with Max Muster"));
  CHECK_FALSE(welcomed.count("Paul Roe meets_with Max Muster"));
  // Without a visit no one is the guest the talks are with (welcoming the guest is: of=previous, as "received him").
  CHECK_FALSE(
      has_fact(facts("Paul Roe arrived in Lisbon on Monday. Anna Probe held talks with the guest.", extractor(), "en"),
               "Paul Roe", "meets_with"));
}

TEST_CASE("German: an organisation electing someone with its congress and place between", "[extract][german]") {
  CHECK(facts("Die SPD hat auf ihrem Parteitag in Lissabon Anna Probe zur neuen Vorsitzenden gewählt.")
            .count("Anna Probe holds_office SPD"));
}

TEST_CASE("German: an organisation confirming someone in its office", "[extract][german]") {
  CHECK(facts("Die FDP hat Max Muster auf ihrem Parteitag in Bonn mit großer Mehrheit als Vorsitzenden bestätigt.")
            .count("Max Muster holds_office FDP"));
  // (a pair confirmed as its leaders: both hold the office)
  const auto pair = facts("Die FDP hat Max Muster und Eva Lang als Vorsitzende bestätigt.");
  CHECK(pair.count("Max Muster holds_office FDP"));
  CHECK(pair.count("Eva Lang holds_office FDP"));
  // Not one the person is only seen as: the comma ends the gap.
  CHECK_FALSE(facts("Die FDP hat Max Muster gelobt, den viele als Vorsitzenden bestätigt sehen wollen.")
                  .count("Max Muster holds_office FDP"));
}

TEST_CASE("German: an organisation confirming someone in its office with a vote share between", "[extract][german]") {
  // (the decimal comma is no comma that ends the gap)
  CHECK(
      facts(
          "Die FDP hat Max Muster auf ihrem Parteitag in Bonn mit 91,5 Prozent der Stimmen als Vorsitzenden bestätigt.")
          .count("Max Muster holds_office FDP"));
}

TEST_CASE("German: 'die Partei' is the party the article names, and a nomination is an election", "[extract][german]") {
  CHECK(facts("Die FDP hat ihren Parteitag in Bonn eröffnet. Max Muster wurde zum Kanzlerkandidaten der Partei gekürt.")
            .count("Max Muster holds_office FDP"));
  // (not a party's epithet before a genitive: another party)
  CHECK_FALSE(facts("Die FDP tagte in Bonn. Max Muster wurde zum Kanzlerkandidaten der Partei des Kanzlers gekürt.")
                  .count("Max Muster holds_office FDP"));
}

TEST_CASE("German: a compound office of one organisation is that organisation's, named or not", "[extract][german]") {
  const auto f = facts(
      "Kommissionspräsidentin Anna Probe warb in Lissabon für Hilfen für Portugal. Portugal braucht "
      "Geld. Portugal dankte.");
  CHECK(f.count("Anna Probe holds_office Europäische Kommission"));
  CHECK(facts("Ratspräsident Max Muster leitete den Gipfel in Brüssel.")
            .count("Max Muster holds_office Europäischer Rat"));
  CHECK_FALSE(has_fact(f, "Anna Probe", "holds_office", "Portugal"));
}

TEST_CASE("German: joining an event ('stieß zu den Beratungen') takes part, meeting criticism does not",
          "[extract][german]") {
  CHECK(facts("Die Konferenz begann in Lissabon. Am Nachmittag stieß Bundeskanzler Max Muster zu den Beratungen.")
            .count("Max Muster participates_in Konferenz @ Lissabon"));
  CHECK_FALSE(has_fact(facts("Die Konferenz begann in Lissabon. Max Muster stieß mit seinem Plan auf Kritik."),
                       "Max Muster", "participates_in"));
}

TEST_CASE("German and English: an office of someone with a party's tag is the party's state's", "[extract][german]") {
  const auto de = offices(
      "Tokio (dpa) - Japans Ministerpräsident Paul Roe empfing Gäste aus Deutschland. Außenministerin Anna Probe "
      "(Grüne) traf Max Muster in Tokio.");
  CHECK(de.count("Anna Probe holds_office Deutschland (Außenminister)"));
  CHECK_FALSE(has_fact(de, "Anna Probe holds_office Japan", ""));
  // The article names no state of the party: no office rather than the dateline's state.
  const auto none = offices(
      "Tokio (dpa) - Japans Ministerpräsident Paul Roe empfing Gäste. Außenministerin Anna Probe "
      "(FDP) traf Max Muster in Tokio.");
  CHECK_FALSE(has_fact(none, "Anna Probe holds_office", ""));
  const auto en = offices(
      "LIMA (Wire) - Peru's President Paul Roe hosted guests from Britain. Trade Minister Anna Probe (Labour) met "
      "him in Lima.",
      "en");
  CHECK(en.count("Anna Probe holds_office Britain (Trade Minister)"));
  CHECK_FALSE(has_fact(en, "Anna Probe holds_office Peru", ""));
}

TEST_CASE("German: a meeting noun continues the compound of its kind named before, not the last meeting",
          "[extract][german]") {
  const auto de = facts(
      "Die Regierungschefs kamen in Lima zu ihrer Jahreskonferenz zusammen. Paul Roe fehlte wegen einer "
      "Kabinettssitzung in Genf. Die Konferenz tagte im Limaer Rathaus.");
  CHECK(de.count("Jahreskonferenz @ Lima held_in Limaer Rathaus"));
  CHECK_FALSE(has_fact(de, "Kabinettssitzung", "held_in", "Rathaus"));
}

TEST_CASE("German and English: every state of a list that starts the sentence takes part", "[extract][german]") {
  const auto de = facts("Der Gipfel fand in Lima statt. Peru und Chile nahmen am Gipfel teil.");
  CHECK(has_fact(de, "Peru participates_in", "Gipfel"));
  CHECK(has_fact(de, "Chile participates_in", "Gipfel"));
  const auto en = facts("The summit opened in Lima. Chile and Peru were represented by their foreign ministers.",
                        extractor(), "en");
  CHECK(has_fact(en, "Chile participates_in", "summit"));
  CHECK(has_fact(en, "Peru participates_in", "summit"));
}

TEST_CASE("German and English: a counterpart's office is the one of whose counterpart they are", "[extract][german]") {
  const auto de =
      offices("Außenministerin Anna Probe reiste nach Lima. Probe traf dort ihre peruanische Amtskollegin Max Muster.");
  CHECK(de.count("Max Muster holds_office Peru (Außenminister)"));
  // A federal office's counterpart abroad holds it without the prefix.
  CHECK(offices("Bundesverteidigungsminister Paul Roe sprach in Lima mit seinem peruanischen Kollegen Max Muster.")
            .count("Max Muster holds_office Peru (Verteidigungsminister)"));
  const auto en = offices("British Prime Minister Paul Roe met his Canadian counterpart Peter Klein in Lima.", "en");
  CHECK(en.count("Peter Klein holds_office Canada (Prime Minister)"));
  // No one before it: the title as written.
  CHECK(offices("Die peruanische Amtskollegin Max Muster kam nach Lima.")
            .count("Max Muster holds_office Peru (Amtskollege)"));
}

TEST_CASE("German: 'die Allianz' is the organisation the article names most", "[extract][german]") {
  const auto de = facts(
      "Die Nato-Verteidigungsminister trafen sich in Lima. Die Nato berät über Munition. Peru und Chile, die "
      "jüngsten Mitglieder der Allianz, nahmen teil.");
  CHECK(de.count("Peru member_of NATO"));
  CHECK(de.count("Chile member_of NATO"));
  CHECK_FALSE(has_fact(de, "Peru member_of", "Allianz"));
}

TEST_CASE("German and English: a capital named so without its state is in the state the lexicons give",
          "[extract][german]") {
  const auto de = facts("Peru richtet den Gipfel aus. Das Treffen fand im Palast in der Hauptstadt Lima statt.");
  CHECK(de.count("Lima located_in Peru"));
  const auto en = facts("Peru hosts the summit. Leaders met in the capital, Lima, on Monday.", extractor(), "en");
  CHECK(en.count("Lima located_in Peru"));
  // Not when the article names no such state, nor for another state's capital.
  CHECK_FALSE(has_fact(facts("Das Treffen fand in der Hauptstadt Lima statt."), "Lima located_in", ""));
  CHECK_FALSE(has_fact(facts("Chile richtet den Gipfel aus. Das Treffen fand in der Hauptstadt Lima statt."),
                       "Lima located_in Chile", ""));
}

TEST_CASE("German: host and guest received for an event take part in it", "[extract][german]") {
  const auto de = facts(
      "Perus Präsident Paul Roe hat Bundeskanzlerin Anna Probe am Mittwoch im Palast zu einem Arbeitsessen "
      "empfangen.");
  CHECK(has_fact(de, "Paul Roe participates_in", "Arbeitsessen"));
  CHECK(has_fact(de, "Anna Probe participates_in", "Arbeitsessen"));
  const auto now = facts("Perus Präsident Paul Roe empfing Anna Probe zu einem Abendessen.");
  CHECK(has_fact(now, "Anna Probe participates_in", "Abendessen"));
  // The place may stand between the event and the verb.
  const auto placed = facts(
      "Anna Probe hat den peruanischen Präsidenten Paul Roe zu deutsch-peruanischen Konsultationen in Kiel empfangen.");
  CHECK(has_fact(placed, "Anna Probe participates_in", "Konsultationen"));
  CHECK(has_fact(placed, "Paul Roe participates_in", "Konsultationen"));
}

TEST_CASE("German: an organisation's office someone is elected to with no organisation named is the article's",
          "[extract][german]") {
  const auto de = offices(
      "Die SPD hat auf ihrem Parteitag in Lima einen neuen Vorstand gewählt. Anna Probe wurde zur Vorsitzenden "
      "gewählt. Zur neuen Generalsekretärin wurde Eva Lang bestimmt. Neuer Sprecher ist Paul Roe. Max Muster wurde "
      "nicht zum Vorsitzenden gewählt. Die SPD feierte.");
  CHECK(de.count("Anna Probe holds_office SPD (Vorsitzender)"));
  CHECK(de.count("Eva Lang holds_office SPD (Generalsekretär)"));
  CHECK(de.count("Paul Roe holds_office SPD (Sprecher)"));
  CHECK_FALSE(has_fact(de, "Max Muster holds_office", ""));
  // A state's office is none of the organisation's.
  CHECK_FALSE(has_fact(offices("Die SPD tagte. Die SPD feierte. Anna Probe wurde zur Präsidentin gewählt."),
                       "Anna Probe holds_office SPD", ""));
}

TEST_CASE("German: a co-chair is an office of the article's organisation", "[extract][german]") {
  const auto de = offices(
      "Die SPD tagte in Lima. Co-Vorsitzender Paul Roe kam. Co-Vorsitzende bleibt Anna Probe. "
      "Die SPD feierte.");
  CHECK(de.count("Paul Roe holds_office SPD (Co-Vorsitzender)"));
  CHECK(de.count("Anna Probe holds_office SPD (Co-Vorsitzender)"));
  // … written with the organisation before it, a hyphen of its own after the first.
  CHECK(
      offices("Die SPD-Co-Vorsitzende Eva Lang sprach in Lima.").count("Eva Lang holds_office SPD (Co-Vorsitzender)"));
}

TEST_CASE("German: a city said to be a state's largest lies in it (genitive with its article or 'in')",
          "[extract][german]") {
  CHECK(facts("Genf ist die zweitgrößte Stadt der Schweiz.").count("Genf located_in Schweiz"));
  CHECK(facts("Lima ist die größte Stadt in Peru.").count("Lima located_in Peru"));
  // … after what else the sentence says of it.
  CHECK(facts("Lima liegt an der Küste des Pazifiks und ist die größte Stadt Perus.").count("Lima located_in Peru"));
}

TEST_CASE("German and English: an unknown name an apposition calls a city is a city of the state it names",
          "[extract][german]") {
  // Names no lexicon knows (the test extractor has no tagger).
  const auto de = facts("Das Treffen fand in Marnstedt, einer kleinen Stadt im Süden Polens, statt.");
  CHECK(de.count("Marnstedt located_in Polen"));
  CHECK(has_fact(de, "Treffen", "held_in", "Marnstedt"));
  const auto en = facts("The talks took place in Kelvale, a small town in northern Tanzania.", extractor(), "en");
  CHECK(en.count("Kelvale located_in Tanzania"));
  CHECK(has_fact(en, "talks", "held_in", "Kelvale"));
  // Not a person or an organisation the apposition calls otherwise.
  CHECK_FALSE(has_fact(facts("Sie sprach mit Marnstedt, einem Berater aus Polen."), "Marnstedt located_in", ""));
}

TEST_CASE("German: an article after a name ends it unless a particle stands before the article", "[extract][german]") {
  // "den" is a particle of "van den Berg", not of "Max Muster den Vorsitz".
  const auto names = entity_names("Dann übergab Präsident Max Muster den Vorsitz an Paul van den Roe.");
  CHECK(names.count("Max Muster PER"));
  CHECK(names.count("Paul van den Roe PER"));
  CHECK(offices("Am Montag übergab der peruanische Präsident Max Muster den Vorsitz.")
            .count("Max Muster holds_office Peru (Präsident)"));
}

TEST_CASE("German and English: the states of leaders who hand on or take over an organisation's chair are members",
          "[extract][german]") {
  const auto de = facts(
      "Die Afrikanische Union tagte in Lima. Zum Auftakt übergab der peruanische Präsident Max Muster den Vorsitz "
      "der Staatengemeinschaft an den chilenischen Präsidenten Paul Roe.");
  CHECK(de.count("Peru member_of AU"));
  CHECK(de.count("Chile member_of AU"));
  const auto en = facts(
      "The African Union met in Lima. Peruvian President Max Muster handed the chairmanship of the bloc to Chilean "
      "President Paul Roe. The Estonian president took over the chair of the OSCE.",
      extractor(), "en");
  CHECK(en.count("Peru member_of AU"));
  CHECK(en.count("Chile member_of AU"));
  CHECK(en.count("Estonia member_of OSCE"));
  // … and the state the chair is taken over from.
  CHECK(
      facts("Die AU tagte in Lima. Peru übernimmt im Juli den Vorsitz der AU von Chile.").count("Chile member_of AU"));
  CHECK(facts("Die AU tagte in Lima. Peru übernahm von Chile den Vorsitz der AU.").count("Chile member_of AU"));
  CHECK(facts("The AU met in Lima. Peru took over the chairmanship of the AU from Chile.", extractor(), "en")
            .count("Chile member_of AU"));
  // Not a state the sentence names otherwise.
  CHECK_FALSE(has_fact(facts("Die AU tagte. Max Muster übergab den Vorsitz der AU an Paul Roe aus Lima."),
                       "Lima member_of", ""));
}

TEST_CASE("German: a compound office before an organisation's genitive is held there", "[extract][german]") {
  // A compound whose head names no organisation: the one after it, with the compound as the role.
  CHECK(offices("Der Kommissionsvorsitzende der Afrikanischen Union, Max Muster, forderte mehr Geld.")
            .count("Max Muster holds_office AU (Kommissionsvorsitzender)"));
  // A title whose lexicon entry names another organisation yields to the one named after it …
  CHECK(offices("Der Kommissionspräsident der Afrikanischen Union, Max Muster, kam nach Lima.")
            .count("Max Muster holds_office AU (Kommissionspräsident)"));
  // … and keeps its own without one.
  CHECK(offices("Kommissionspräsidentin Anna Probe kam nach Lima.")
            .count("Anna Probe holds_office Europäische Kommission (Kommissionspräsident)"));
}

TEST_CASE("German: a party confirms someone as its chair and the one confirmed at its conference takes part",
          "[extract][german]") {
  const auto de = facts(
      "Die SPD hat Anna Probe auf ihrem Parteitag in Lima mit großer Mehrheit als Vorsitzende bestätigt. "
      "Die FDP bestätigte Max Muster als Generalsekretär.");
  CHECK(offices("Die SPD hat Anna Probe auf ihrem Parteitag in Lima mit großer Mehrheit als Vorsitzende bestätigt.")
            .count("Anna Probe holds_office SPD (Vorsitzender)"));
  CHECK(offices("Die FDP bestätigte Max Muster als Generalsekretär.")
            .count("Max Muster holds_office FDP (Generalsekretär)"));
  CHECK(has_fact(de, "Anna Probe participates_in", "Parteitag"));
  // Not a candidacy: no office.
  CHECK_FALSE(has_fact(offices("Die SPD hat Paul Roe als Kandidaten bestätigt."), "Paul Roe holds_office", ""));
}

TEST_CASE("German and English: an office starting a sentence names the one person of the sentence before",
          "[extract][german]") {
  // The person the sentence before names, with no office given before: the office is theirs.
  CHECK(offices("Die SPD bestätigte Anna Probe als Vorsitzende. Die bayerische Ministerpräsidentin erhielt 96 "
                "Prozent der Stimmen.")
            .count("Anna Probe holds_office Bayern (Ministerpräsident)"));
  CHECK(offices("Paul Roe arrived in Lima on Monday. The Chilean president said he was pleased.", "en")
            .count("Paul Roe holds_office Chile (President)"));
  // Not one of two, nor one the article introduced with another office.
  CHECK_FALSE(has_fact(offices("Max Muster traf Anna Probe in Lima. Der peruanische Präsident sagte, er sei froh."), "",
                       "holds_office Peru"));
  CHECK_FALSE(has_fact(offices("Bundeskanzler Max Muster traf in Lima ein. Der peruanische Präsident empfing ihn."), "",
                       "holds_office Peru"));
}

TEST_CASE("German: persons a sentence adds to one another with neben or außer did not meet", "[extract][german]") {
  // Both spoke to the delegates, or both received guests: no meeting between them.
  CHECK(
      facts("Neben Anna Probe sprach auch Max Muster zu den Delegierten.").count("Anna Probe meets_with Max Muster") ==
      0);
  CHECK(facts("Außer Paul Roe empfing auch Eva Lang am Dienstag die Delegationen.")
            .count("Paul Roe meets_with Eva Lang") == 0);
  // Two who talk together still meet.
  CHECK(facts("Anna Probe und Max Muster sprachen am Rande über die Gasleitung.")
            .count("Anna Probe meets_with Max Muster"));
}

TEST_CASE("German and English: a state that attends as an observer or guest is no member", "[extract][german]") {
  const auto de = facts("Laos und Vietnam sind Mitglieder der ASEAN, Osttimor nahm als Beobachter teil.");
  CHECK_FALSE(has_fact(de, "Osttimor member_of", ""));
  CHECK(de.count("Vietnam member_of ASEAN"));
  // A membership planned is none yet.
  CHECK_FALSE(has_fact(facts("Die Kapverden sollen nach dem Willen der Gruppe Mitglied der AU werden."),
                       "Kap Verde member_of", ""));
  CHECK_FALSE(has_fact(facts("ASEAN has ten members, and Timor-Leste attended as an observer.", extractor(), "en"),
                       "Timor-Leste member_of", ""));
  // The members named before the observer still are.
  const auto en =
      facts("The members of ASEAN include Laos and Vietnam, while Timor-Leste is an observer.", extractor(), "en");
  CHECK(en.count("Laos member_of ASEAN"));
  CHECK(en.count("Vietnam member_of ASEAN"));
}

TEST_CASE("German and English: common short names of states are the states", "[extract][german]") {
  CHECK(entity_names("Osttimor, Birma und die Kapverden schickten Delegationen.").count("Osttimor LOC"));
  CHECK(entity_names("Der Präsident von Birma reiste ab.").count("Myanmar LOC"));
  CHECK(offices("Der Präsident von Swasiland reiste ab. Max Muster ist Präsident von Swasiland.")
            .count("Max Muster holds_office Eswatini (Präsident)"));
  CHECK(entity_names("Delegations from Burma and Cape Verde arrived.", "en").count("Myanmar LOC"));
  CHECK(entity_names("Delegations from Burma and Cape Verde arrived.", "en").count("Cape Verde LOC"));
}

TEST_CASE("German and English: a state taking or holding the chair is a member of the article's organisation",
          "[extract][german]") {
  const std::string de = "Die Außenminister der OSZE trafen sich in Valletta. Die OSZE hat 57 Teilnehmerstaaten. ";
  CHECK(facts(de + "Den Vorsitz führt in diesem Jahr Malta.").count("Malta member_of OSZE"));
  CHECK(facts(de + "Im kommenden Jahr übernimmt Finnland den Vorsitz.").count("Finnland member_of OSZE"));
  // Not the state of a person who runs for a chair.
  CHECK_FALSE(
      has_fact(facts(de + "Max Muster gewann die Wahl um den Vorsitz gegen die finnische Ministerin Anna Probe."),
               "Finnland member_of", ""));
  const std::string en = "ASEAN leaders met in Vientiane. ASEAN has ten members. ";
  CHECK(facts(en + "Malaysia will take over the chairmanship next year.", extractor(), "en")
            .count("Malaysia member_of ASEAN"));
}

TEST_CASE("German: an office named first and then its holder after the copula", "[extract][german]") {
  CHECK(offices("Generalsekretärin der OSZE ist seit 2024 Anna Probe.")
            .count("Anna Probe holds_office OSZE (Generalsekretär)"));
  CHECK(offices("Neuer Vorsitzender der SPD ist der Belgier Max Muster.")
            .count("Max Muster holds_office SPD (Vorsitzender)"));
  CHECK(offices("Präsident von Peru ist derzeit Eva Lang.").count("Eva Lang holds_office Peru (Präsident)"));
  // Not someone the office holder met.
  CHECK_FALSE(has_fact(offices("Der Generalsekretär der NATO ist mit Paul Roe zusammengetroffen."),
                       "Paul Roe holds_office", ""));
}

TEST_CASE("German and English: a city of the country the article is about lies in it", "[extract][german]") {
  const std::string de = "Max Muster reiste nach Kenia. Kenia ist Mitglied der AU. In Kenia wird gewählt. ";
  CHECK(facts(de + "Nairobi ist die größte Stadt des Landes.").count("Nairobi located_in Kenia"));
  // Not when the sentence names a state of its own.
  CHECK_FALSE(has_fact(facts(de + "Nairobi ist die größte Stadt des Landes, sagte ein Diplomat aus Peru."),
                       "Nairobi located_in", ""));
  const std::string en = "Max Muster travelled to Kenya. Kenya is a member of the AU. Kenya votes in May. ";
  CHECK(facts(en + "Nairobi is the country's largest city.", extractor(), "en").count("Nairobi located_in Kenya"));
  // Not in an article about no one country.
  CHECK_FALSE(has_fact(facts("Peru and Chile met. Nairobi is the country's largest city.", extractor(), "en"),
                       "Nairobi located_in", ""));
  // … and a city in a part of it, or its capital.
  CHECK(facts(de + "Danach besuchte er die Hafenstadt Mombasa im Süden des Landes.").count("Mombasa located_in Kenia"));
  CHECK(facts(en + "He then flew to the port city of Mombasa, in the south of the country.", extractor(), "en")
            .count("Mombasa located_in Kenya"));
  CHECK(facts(en + "He then flew to the port city of Mombasa in the country's south.", extractor(), "en")
            .count("Mombasa located_in Kenya"));
}

TEST_CASE("German and English: receiving him or the guest meets the one the sentence before is about",
          "[extract][german]") {
  CHECK(facts("Max Muster kam am Sonntag in Lima an. Die Präsidentin Anna Probe empfing ihn am Flughafen.")
            .count("Max Muster meets_with Anna Probe"));
  CHECK(facts("Max Muster traf in Lima ein. Anna Probe begrüßte den Gast aus Chile mit militärischen Ehren.")
            .count("Max Muster meets_with Anna Probe"));
  CHECK(
      facts("Paul Roe arrived in Lima on Sunday. President Anna Probe received him at the airport.", extractor(), "en")
          .count("Paul Roe meets_with Anna Probe"));
  // Not a meeting with someone the sentence before only mentions beside its subject's own doings.
  CHECK_FALSE(facts("Max Muster kam in Lima an. Anna Probe sprach mit Journalisten.")
                  .count("Max Muster meets_with Anna Probe"));
}

TEST_CASE("German and English: a host state and a host who welcomes the guests take part", "[extract][german]") {
  const auto de = facts(
      "Der Gipfel der AU begann in Lima. Gastgeber des Gipfels ist Peru. Präsidentin Anna Probe "
      "begrüßte die Delegationen.");
  CHECK(has_fact(de, "Peru participates_in", "Gipfel"));
  CHECK(has_fact(de, "Anna Probe participates_in", "Gipfel"));
  const auto en = facts(
      "The AU summit opened in Lima. Peru, which chairs the AU this year, hosted the summit. "
      "President Anna Probe welcomed the leaders.",
      extractor(), "en");
  CHECK(has_fact(en, "Peru participates_in", "summit"));
  CHECK(has_fact(en, "Anna Probe participates_in", "summit"));
  // Not the host of the next one.
  CHECK_FALSE(has_fact(facts("The AU summit opened in Lima. Chile will host the next summit.", extractor(), "en"),
                       "Chile participates_in", ""));
}

TEST_CASE("German: one elected at a congress holds the office and takes part in it", "[extract][german]") {
  const auto f = facts(
      "Auf einem kleinen Parteitag in Lima hat die SPD am Samstag Anna Probe zur neuen Generalsekretärin "
      "gewählt.");
  CHECK(
      offices(
          "Auf einem kleinen Parteitag in Lima hat die SPD am Samstag Anna Probe zur neuen Generalsekretärin gewählt.")
          .count("Anna Probe holds_office SPD (Generalsekretär)"));
  CHECK(has_fact(f, "Anna Probe participates_in", "Parteitag"));
  // An election that is the event itself is none the candidate takes part in.
  CHECK_FALSE(has_fact(facts("Bei der Wahl zum Vorsitz erhielt Max Muster 90 Prozent und wurde gewählt."),
                       "Max Muster participates_in", ""));
}

TEST_CASE("German and English: a state's capital named without its name is the capital the article names",
          "[extract][german]") {
  CHECK(facts("Die AU tagte in Addis Abeba. Der Gipfel in der äthiopischen Hauptstadt endete am Dienstag.")
            .count("Addis Abeba located_in Äthiopien"));
  CHECK(facts("AU leaders met in Addis Ababa. The summit in the Ethiopian capital ended on Tuesday.", extractor(), "en")
            .count("Addis Ababa located_in Ethiopia"));
  // Not a city that is no capital of that state, nor one the article does not name.
  CHECK_FALSE(has_fact(facts("Die AU tagte in Lima. Der Gipfel in der äthiopischen Hauptstadt endete."), "",
                       "located_in Äthiopien"));
}

TEST_CASE("German and English: one whose counterpart is of the article's country holds no office there",
          "[extract][german]") {
  const std::string de = "Paris - Frankreich und Peru beraten. Frankreich lädt ein. Frankreich zahlt. ";
  CHECK_FALSE(
      has_fact(offices(de + "Auch Außenministerin Anna Probe und ihr französischer Kollege Max Muster waren dabei."),
               "Anna Probe holds_office Frankreich", ""));
  CHECK(offices(de + "Auch Außenministerin Anna Probe und ihr französischer Kollege Max Muster waren dabei.")
            .count("Max Muster holds_office Frankreich (Außenminister)"));
  // Without a counterpart the office is the document's country's.
  CHECK(offices(de + "Auch Außenministerin Anna Probe war dabei.")
            .count("Anna Probe holds_office Frankreich (Außenminister)"));
  const std::string en = "PARIS - France and Peru held talks. France invited them. France paid. ";
  CHECK_FALSE(
      has_fact(offices(en + "Foreign Minister Paul Roe and his French counterpart Anna Probe also attended.", "en"),
               "Paul Roe holds_office France", ""));
}

TEST_CASE("German and English: the state of a leader whose country holds an organisation's chair is a member",
          "[extract][german]") {
  CHECK(facts("Die Minister tagen in Stresa. Italiens Wirtschaftsministerin Anna Probe, deren Land in diesem Jahr den "
              "G7-Vorsitz innehat, leitete das Treffen.")
            .count("Italien member_of G7"));
  CHECK(
      facts("Ministers met in Stresa. Italian Economy Minister Anna Probe, whose country holds the G7 presidency this "
            "year, chaired the meeting.",
            extractor(), "en")
          .count("Italy member_of G7"));
  // "met her counterpart" is no pronoun object: no meeting with the one the sentence before is about.
  CHECK_FALSE(
      facts("Paul Roe joined the talks. Anna Probe also met her Japanese counterpart Eva Lang.", extractor(), "en")
          .count("Paul Roe meets_with Anna Probe"));
}

TEST_CASE("German: two elected together to an office at a congress hold it and take part", "[extract][german]") {
  const std::string s =
      "Die SPD hat auf ihrem Bundesparteitag in Lima Anna Probe und Max Muster zu ihren neuen "
      "Vorsitzenden gewählt.";
  CHECK(offices(s).count("Anna Probe holds_office SPD (Vorsitzender)"));
  CHECK(offices(s).count("Max Muster holds_office SPD (Vorsitzender)"));
  CHECK(has_fact(facts(s), "Max Muster participates_in", "Bundesparteitag"));
}

TEST_CASE("German: venues with English building nouns and guest speakers in the dative plural", "[extract][german]") {
  const auto f = facts(
      "Der Parteitag der SPD begann in Lima. Der Parteitag fand im Lindenhof CongressCenter statt. Zu den "
      "Gastrednern gehörte Anna Probe.");
  CHECK(has_fact(f, "Parteitag", "held_in Lindenhof CongressCenter"));
  CHECK(has_fact(f, "Anna Probe participates_in", "Parteitag"));
  CHECK(has_fact(facts("Der Gipfel der NATO wurde im Lindenhof Auditorium eröffnet."), "Gipfel",
                 "held_in Lindenhof Auditorium"));
  CHECK(facts("Der Präsident empfing die Gäste im State House in Nairobi.").count("State House located_in Nairobi"));
}

TEST_CASE("German and English: the one a pronoun stands for at an event takes part", "[extract][german]") {
  CHECK(has_fact(facts("Die Klimakonferenz begann in Lima. Für Peru verhandelt Anna Probe. Sie traf sich am Rande der "
                       "Konferenz mit Max Muster."),
                 "Anna Probe participates_in", "Klimakonferenz"));
  CHECK(has_fact(facts("The climate conference opened in Lima. Anna Probe negotiates for Peru. She met Paul Roe on the "
                       "sidelines of the conference.",
                       extractor(), "en"),
                 "Anna Probe participates_in", "conference"));
  // Not a pronoun after the event that stands for a group: "in der sie …".
  CHECK_FALSE(has_fact(facts("Der Gipfel begann in Lima. Max Muster blieb in Quito. Auf dem Gipfel gab die Gruppe eine "
                             "Erklärung ab, in der sie sich besorgt zeigte."),
                       "Max Muster participates_in", ""));
}

TEST_CASE("German: one who calls off the particle after the object does not take part", "[extract][german]") {
  CHECK_FALSE(has_fact(facts("Der Gipfel begann in Lima. Max Muster sagte seine Teilnahme kurzfristig ab."),
                       "Max Muster participates_in", ""));
  CHECK_FALSE(has_fact(facts("Auf dem Gipfel in Lima fehlte Anna Probe: Sie sagte ihre Reise ab."),
                       "Anna Probe participates_in", ""));
}

TEST_CASE("German: those a verb receives together did not meet each other", "[extract][german]") {
  const auto f = facts("Anna Probe hat Max Muster und Paul Roe im Schloss empfangen.");
  CHECK(f.count("Anna Probe meets_with Max Muster"));
  CHECK(f.count("Anna Probe meets_with Paul Roe"));
  CHECK_FALSE(f.count("Max Muster meets_with Paul Roe"));
  CHECK_FALSE(facts("Anna Probe traf in Lima Max Muster und Paul Roe.").count("Max Muster meets_with Paul Roe"));
  // Meeting each other, or talking together, pairs all.
  CHECK(facts("Am Montag trafen sich Anna Probe und Max Muster in Lima.").count("Anna Probe meets_with Max Muster"));
  CHECK(facts("Anna Probe und Max Muster berieten in Lima.").count("Anna Probe meets_with Max Muster"));
  CHECK(facts("Das Treffen von Anna Probe und Max Muster dauerte lange.").count("Anna Probe meets_with Max Muster"));
}

TEST_CASE("German and English: an event a relative clause after a destination names is held there",
          "[extract][german]") {
  CHECK(has_fact(facts("Max Muster flog am Montag nach Lima, wo er am Gipfel der AU teilnimmt."), "Gipfel",
                 "held_in Lima"));
  CHECK(has_fact(facts("Max Muster reiste nach Lima weiter, wo am Donnerstag ein EU-Gipfel beginnt."), "EU-Gipfel",
                 "held_in Lima"));
  CHECK(has_fact(facts("Paul Roe flew to Lima, where he will attend the summit.", extractor(), "en"), "summit",
                 "held_in Lima"));
}

TEST_CASE("German: an idiom with an event noun makes no event", "[extract][german]") {
  CHECK_FALSE(entity_names("In Lima nahm Anna Probe den Gast persönlich in Empfang.").count("Empfang EVENT"));
  CHECK(entity_names("Der Empfang im Palast dauerte lange.").count("Empfang EVENT"));
}

TEST_CASE("German: a place known from the dateline after a state's adjective, and joining the round",
          "[extract][german]") {
  const auto f = facts(
      "Marnstedt (Wire) - Die Außenminister der G7 sind im kanadischen Marnstedt zu einem zweitägigen "
      "Treffen zusammengekommen. Am Abend stieß auch Außenminister Max Muster zu der Runde.");
  CHECK(has_fact(f, "Treffen", "held_in Marnstedt"));
  CHECK(has_fact(f, "Max Muster participates_in", "Treffen"));
}

TEST_CASE("German: a party's offices written with their level, the outgoing holder, speakers and delegates",
          "[extract][german]") {
  CHECK(offices("Die SPD hat Anna Probe auf einem Parteitag in Lima zur neuen Bundesvorsitzenden gewählt.")
            .count("Anna Probe holds_office SPD (Bundesvorsitzender)"));
  CHECK(offices("Der Parteitag der SPD begann in Lima. Fraktionschef Max Muster sprach zuerst.")
            .count("Max Muster holds_office SPD (Fraktionschef)"));
  // One who held it until now holds it no more.
  CHECK_FALSE(has_fact(offices("Der Parteitag der SPD begann in Lima. Die bisherige Parteichefin Eva Lang trat ab."),
                       "Eva Lang holds_office", ""));
  const auto f = facts(
      "Der Parteitag der SPD begann in Lima. Als erster Redner sprach Max Muster. Unter den Delegierten "
      "war auch Anna Probe.");
  CHECK(has_fact(f, "Max Muster participates_in", "Parteitag"));
  CHECK(has_fact(f, "Anna Probe participates_in", "Parteitag"));
}

TEST_CASE("German: a federal state's capital named by the state's adjective, and the state of events held there",
          "[extract][german]") {
  const auto f = facts(
      "Die ÖVP hält ihren Parteitag in Graz ab. Der Parteitag in der steirischen Landeshauptstadt "
      "beginnt am Samstag. Die Steiermark wählt im Herbst.");
  CHECK(f.count("Graz located_in Steiermark"));
  // A state capital lies in its country too: the host of an event in München holds an office of Deutschland.
  CHECK(offices("Der Gipfel der EU begann in München. Deutschland ist stolz. Gastgeber Präsident Max Muster begrüßte "
                "die Gäste.")
            .count("Max Muster holds_office Deutschland (Präsident)"));
}

TEST_CASE("German: a compound the lexicons know whole and an office a possessive gives an organisation",
          "[extract][german]") {
  // "EU-Kommission" is the Commission, not the EU.
  CHECK(entity_names("Die EU-Kommission tagte in Lima.").count("Europäische Kommission ORG"));
  CHECK_FALSE(entity_names("Die EU-Kommission tagte in Lima.").count("EU ORG"));
  CHECK(offices("Die EU-Kommission war in Lima durch ihre Präsidentin Anna Probe vertreten.")
            .count("Anna Probe holds_office Europäische Kommission (Präsident)"));
  CHECK(offices("Die NATO schickte ihren Generalsekretär Max Muster nach Lima.")
            .count("Max Muster holds_office NATO (Generalsekretär)"));
  // A minister is a state's, not the organisation's; a person nearer owns the possessive.
  CHECK_FALSE(
      has_fact(offices("Die EU schickte ihren Außenminister Max Muster nach Lima."), "Max Muster holds_office EU", ""));
  CHECK_FALSE(has_fact(offices("Bei der NATO in Lima erschien Präsident Paul Roe mit seinem Sprecher Max Muster."),
                       "Max Muster holds_office NATO", ""));
}

TEST_CASE("German and English: a session after the meeting is that meeting and an opening session is the main one",
          "[extract][german][english]") {
  // The session named first, the meeting after it: one event.
  CHECK(event_names("Schweden eröffnete die Sitzung. Am Rande der Tagung sprach Max Muster.").size() == 1);
  CHECK(event_names("Anna Probe opened the session. On the sidelines of the conference Paul Roe spoke.", "en").size() ==
        1);
  // "the opening session" is the summit the article has named most, not the one named last.
  const auto f = facts(
      "The summit began in Lima. Leaders arrived at the summit. The next summit will be in Oslo. Anna Probe chaired "
      "the opening session.",
      extractor(), "en");
  CHECK(has_fact(f, "Anna Probe participates_in", "Lima"));
  CHECK_FALSE(has_fact(f, "Anna Probe participates_in", "Oslo"));
}

TEST_CASE("German: an office compounded after a prefix and titles of envoys and state secretaries",
          "[extract][german]") {
  CHECK(offices("Die peruanische Interimspräsidentin Anna Probe traf in Lima ein.")
            .count("Anna Probe holds_office Peru (Interimspräsident)"));
  CHECK(offices("Der französische Vizekanzler Max Muster traf in Lima ein.")
            .count("Max Muster holds_office Frankreich (Vizekanzler)"));
  CHECK(offices("Der französische Sondergesandte Max Muster traf in Lima ein.")
            .count("Max Muster holds_office Frankreich (Sondergesandte)"));
  CHECK(offices("Die französische Staatssekretärin Anna Probe traf in Lima ein.")
            .count("Anna Probe holds_office Frankreich (Staatssekretär)"));
  CHECK(offices("Der litauische Chefdiplomat Max Muster traf in Lima ein.")
            .count("Max Muster holds_office Litauen (Außenminister)"));
  // A prefix before no office is none: "Sonderzug" is a train.
  CHECK_FALSE(
      has_fact(offices("Der französische Sonderzug Max Muster traf in Lima ein."), "Max Muster holds_office", ""));
}

TEST_CASE("German: the meeting at whose margin talks are held is the main one", "[extract][german]") {
  const auto f = facts(
      "Die Außenminister trafen sich zum Gipfel in Lima. Max Muster lud Anna Probe zu einem Arbeitstreffen. Am Rande "
      "des "
      "Treffens sprach Muster auch mit Eva Lang.");
  CHECK(has_fact(f, "Eva Lang participates_in", "Lima"));
}

TEST_CASE("German: one who is succeeded or stood in for takes no part", "[extract][german]") {
  const auto f = facts("Der Gipfel begann in Lima. Anna Probe nahm in Vertretung von Max Muster an dem Gipfel teil.");
  CHECK(has_fact(f, "Anna Probe participates_in", "Gipfel"));
  CHECK_FALSE(has_fact(f, "Max Muster participates_in", "Gipfel"));
  // … also one a relative clause says another stands in for.
  const auto g = facts("Der Gipfel begann in Lima. Für Peru nahm Minister Max Muster teil, der Anna Probe vertrat.");
  CHECK(has_fact(g, "Max Muster participates_in", "Gipfel"));
  CHECK_FALSE(has_fact(g, "Anna Probe participates_in", "Gipfel"));
  // … and one who has another stand in.
  const auto h = facts(
      "Der Gipfel begann in Lima. Perus Präsident Paul Roe wurde durch Außenminister Max Muster "
      "vertreten. Die Präsidentin Chiles, Anna Probe, ließ sich durch Eva Lang vertreten.");
  CHECK(has_fact(h, "Max Muster participates_in", "Gipfel"));
  CHECK(has_fact(h, "Eva Lang participates_in", "Gipfel"));
  CHECK_FALSE(has_fact(h, "Paul Roe participates_in", "Gipfel"));
  CHECK_FALSE(has_fact(h, "Anna Probe participates_in", "Gipfel"));
  CHECK_FALSE(has_fact(facts("Der Parteitag begann in Lima. Auf dem Parteitag wählten die Delegierten einen Nachfolger "
                             "für Max Muster."),
                       "Max Muster participates_in", "Parteitag"));
}

TEST_CASE("German and English: a city in a state named right after it lies there", "[extract][german][english]") {
  CHECK(facts("Zum Abschluss besucht sie Lima in Nordrhein-Westfalen.").count("Lima located_in Nordrhein-Westfalen"));
  CHECK(facts("Das Treffen fand in Lima in der Türkei statt.").count("Lima located_in Türkei"));
  CHECK_FALSE(has_fact(facts("Sie reiste von Lima in die Türkei."), "Lima located_in", ""));
  CHECK(facts("The talks in Lima in Qatar ended on Monday.", extractor(), "en").count("Lima located_in Qatar"));
}

TEST_CASE("German and English: a party before a state office makes a member, a party office stays the party's",
          "[extract][german][english]") {
  const auto f = facts("Deutschland ist Gastgeber. SPD-Bundeskanzler Max Muster sprach in Lima.");
  CHECK(f.count("Max Muster member_of SPD"));
  CHECK(f.count("Max Muster holds_office Deutschland"));
  CHECK_FALSE(has_fact(f, "Max Muster holds_office SPD", ""));
  CHECK(offices("Die CDU-Vorsitzende Anna Probe sprach in Lima.").count("Anna Probe holds_office CDU (Vorsitzender)"));
  const auto en = facts("Labour Prime Minister Paul Roe spoke in Lima.", extractor(), "en");
  CHECK(en.count("Paul Roe member_of Labour Party"));
  CHECK_FALSE(has_fact(en, "Paul Roe holds_office Labour Party", ""));
}

TEST_CASE(
    "German and English: ministers gathered in a building hold the meeting there and a chair named after the "
    "participle",
    "[extract][german][english]") {
  CHECK(has_fact(facts("Die Minister der NATO begannen ihr Treffen. Sie sind im Hauptquartier des Bündnisses in Lima "
                       "zusammengekommen."),
                 "Treffen", "held_in Hauptquartier des Bündnisses"));
  CHECK(has_fact(facts("Die Minister der NATO begannen ihr Treffen. Geleitet wurde das Treffen von Generalsekretär Max "
                       "Muster."),
                 "Max Muster participates_in", "Treffen"));
  CHECK(has_fact(facts("NATO ministers began their meeting. They gathered at the Lindenhof Palace in Lima on Thursday.",
                       extractor(), "en"),
                 "meeting", "held_in Lindenhof Palace"));
}

TEST_CASE("German and English: speaking out for something is no meeting and a state named as a place chairs nothing",
          "[extract][german][english]") {
  CHECK_FALSE(
      has_fact(facts("Die Ministerin Anna Probe und der Minister Max Muster sprachen sich für neue Hilfen aus."),
               "Anna Probe meets_with", ""));
  CHECK(has_fact(facts("Die Ministerin Anna Probe und der Minister Max Muster sprachen am Montag miteinander."),
                 "Anna Probe meets_with", "Max Muster"));
  CHECK_FALSE(
      has_fact(facts("Der Gipfel der EU unter Vorsitz von Max Muster war der erste seit den Wahlen in den USA."),
               "USA member_of", ""));
  CHECK(has_fact(facts("Den Vorsitz der OSZE hat in diesem Jahr Malta inne."), "Malta member_of", "OSZE"));
  CHECK_FALSE(has_fact(facts("The summit was chaired by the EU for the first time since the elections in the United "
                             "States.",
                             extractor(), "en"),
                       "United States member_of", ""));
}

TEST_CASE(
    "German: a member the clause ends with, travel in the perfect and an office of a body compounded with its head",
    "[extract][german]") {
  const auto f = facts(
      "Der Gipfel des Mercosur begann in Lima. Peru ist seit dem vergangenen Jahr Vollmitglied. Anna Probe war eigens "
      "nach Lima gereist.");
  CHECK(f.count("Peru member_of Mercosur"));
  CHECK(has_fact(f, "Anna Probe participates_in", "Gipfel"));
  // (not members the clause goes on about: of a body named before)
  CHECK_FALSE(has_fact(facts("Die UN-Vollversammlung tagte in Lima. Im Sicherheitsrat sind Peru und Chile ständige "
                             "Mitglieder und haben ein Vetorecht."),
                       "Peru member_of", "Vollversammlung"));
  CHECK(has_fact(offices("EU-Kommissionschefin Anna Probe reiste nach Lima."), "Anna Probe holds_office",
                 "Europäische Kommission"));
}

TEST_CASE("German: a state adjective after a compass word, a place after a state adjective and resorts",
          "[extract][german]") {
  CHECK(facts("Der Gipfel der G7 beginnt. Die Minister kommen im süditalienischen Lima zusammen.")
            .count("Lima located_in Italien"));
  CHECK(facts("Der Gipfel der G7 beginnt. Die Minister kommen im kanadischen Lima zusammen.")
            .count("Lima located_in Kanada"));
  CHECK(has_fact(facts("Der Gipfel der G7 beginnt. Das Treffen findet im Luxusresort Marnhof statt."), "Gipfel der G7",
                 "held_in Luxusresort Marnhof"));
  // (a compass word before no state's adjective is none: "nordisch" names no state)
  CHECK_FALSE(
      has_fact(facts("Der Gipfel beginnt. Die Minister kommen im nordischen Lima zusammen."), "Lima located_in", ""));
}

TEST_CASE("German: resort towns are city nouns", "[extract][german]") {
  const auto f = facts("Der Gipfel der EU begann. Das Treffen findet im polnischen Badeort Lima statt.");
  CHECK(f.count("Lima located_in Polen"));
  CHECK(has_fact(f, "Gipfel der EU", "held_in Lima"));
}

TEST_CASE("German: an office fronted before the finite verb of an election and a name after a plural noun",
          "[extract][german]") {
  CHECK(entity_names("Die Teilnehmer Anna Probe und Max Muster stimmten zu.").count("Anna Probe PER"));
  CHECK(offices("Der Parteitag der SPD begann in Lima. Zur Generalsekretärin wählten die Delegierten Anna Probe.")
            .count("Anna Probe holds_office SPD (Generalsekretär)"));
}

TEST_CASE("German: those who hold talks take part and a compound of talks is continued by the bare noun",
          "[extract][german]") {
  auto f = facts(
      "Am Montag haben Peru und Chile in Lima Regierungskonsultationen abgehalten. An den Beratungen nahm "
      "auch Max Muster teil.");
  CHECK(f.count("Peru participates_in Regierungskonsultationen @ Lima"));
  CHECK(f.count("Chile participates_in Regierungskonsultationen @ Lima"));
  CHECK(f.count("Max Muster participates_in Regierungskonsultationen @ Lima"));
  CHECK(event_names("Am Montag haben Peru und Chile in Lima Regierungskonsultationen abgehalten. An den Beratungen "
                    "nahm auch Max Muster teil.")
            .size() == 1);
  auto g = facts("Peru und Chile hielten am Montag in Quito Konsultationen ab.");
  CHECK(g.count("Peru participates_in Konsultationen @ Quito"));
  CHECK(g.count("Chile participates_in Konsultationen @ Quito"));
  CHECK(facts("Max Muster und Eva Lang haben am Freitag ein Treffen abgehalten.")
            .count("Eva Lang participates_in Treffen"));
}

TEST_CASE("German: an organisation's office one is confirmed or elected as is the article's organisation's",
          "[extract][german]") {
  auto f = offices("Der Parteitag der ÖVP begann in Linz. Anna Probe wurde als Landesparteiobfrau wiedergewählt.");
  CHECK(f.count("Anna Probe holds_office ÖVP (Landesparteiobmann)"));
  // (not an office no organisation holds: "Als Gastredner sprach X")
  CHECK(offices("Der Parteitag der ÖVP begann in Linz. Als Gastredner sprach Max Muster, der gewählt wurde.").empty());
}

TEST_CASE("German: an organisation's office after a relative possessive is the organisation's named before",
          "[extract][german]") {
  auto f = offices(
      "Der Parteitag der ÖVP begann in Linz. Die ÖVP regiert mit der FPÖ. Deren Landesparteichef Max Muster "
      "sprach nicht.");
  CHECK(f.count("Max Muster holds_office FPÖ (Landesparteichef)"));
  CHECK_FALSE(f.count("Max Muster holds_office ÖVP (Landesparteichef)"));
}

TEST_CASE("German: several elected together to an office in the plural each hold it", "[extract][german]") {
  auto f = offices(
      "Der Parteitag der SPD begann in Lima. Die Delegierten bestimmten am Samstag Anna Probe und Max "
      "Muster zu den neuen Vorsitzenden.");
  CHECK(f.count("Anna Probe holds_office SPD (Vorsitzender)"));
  CHECK(f.count("Max Muster holds_office SPD (Vorsitzender)"));
  // (not a person outside the list: "Eva Lang gratulierte")
  CHECK(offices("Der Parteitag der SPD begann in Lima. Eva Lang sagte, die Delegierten hätten Anna Probe und Max "
                "Muster zu Vorsitzenden gewählt.")
            .count("Eva Lang holds_office SPD (Vorsitzender)") == 0);
  // (a list with a word for what each is before the name)
  auto described = offices(
      "Der Parteitag der SPD begann in Lima. Die Delegierten bestimmten die Europapolitikerin Anna Probe und den "
      "Abgeordneten Max Muster zu den neuen Vorsitzenden.");
  CHECK(described.count("Anna Probe holds_office SPD (Vorsitzender)"));
  CHECK(described.count("Max Muster holds_office SPD (Vorsitzender)"));
}

TEST_CASE("German: a compound that gives an event's time makes no other kind of event", "[extract][german]") {
  // "ihre Frühjahrskonferenz" is the conference the body holds in spring; "die Innenministerkonferenz" after it is
  // that conference; "die nächste Innenministerkonferenz" is another.
  auto doc = extractor().extract(
      kg::extract::Input{"Die Innenminister kamen zu ihrer Frühjahrskonferenz in Lima zusammen. Den Vorsitz der "
                         "Innenministerkonferenz führt Peru. Gastgeber ist Max Muster. Die nächste "
                         "Innenministerkonferenz findet in Quito statt.",
                         "t", "", "de"});
  REQUIRE_OK(doc);
  std::multiset<std::string> events;
  for (const kg::Entity& e : doc->entities)
    if (e.type == kg::EntityType::kEvent) events.insert(event_at(e));
  CHECK(events == std::multiset<std::string>{"Frühjahrskonferenz @ Lima", "Innenministerkonferenz @ Quito"});
  // "die Tagung" after "ihre Jahrestagung" and a cabinet meeting named since is the Jahrestagung.
  CHECK(facts("Die Regierungschefs kamen in Lima zu ihrer Jahrestagung zusammen. Paul Roe fehlte wegen einer "
              "Kabinettssitzung in Quito. Die Tagung fand im Limaer Rathaus statt.")
            .count("Jahrestagung @ Lima held_in Limaer Rathaus"));
  CHECK(facts("Die Außenminister trafen sich zu ihrem Jahrestreffen in Lima. Am Außenministertreffen nahm Max Muster "
              "teil.")
            .count("Max Muster participates_in Außenministertreffen @ Lima"));
}

TEST_CASE("An event named with a month later than the document's is another event", "[extract][german]") {
  // The ministers meet in February; the leaders' summit in November is not their meeting.
  const std::string text =
      "Die Außenminister sind in Lima zu einem Treffen zusammengekommen. Der Gipfel der Staats- und "
      "Regierungschefs findet im November ebenfalls in Lima statt.";
  auto doc = extractor().extract(kg::extract::Input{text, "t", "2024-02-21", "de"});
  REQUIRE_OK(doc);
  std::size_t events = 0, relative = 0;
  for (const kg::Entity& e : doc->entities)
    if (e.type == kg::EntityType::kEvent) {
      ++events;
      relative += e.attributes.value("relative", "") == "November";
    }
  CHECK(events == 2);
  CHECK(relative == 1);
  // (in the document's own month it is the same, and in a report after it too: the event just past)
  for (const char* date : {"2024-11-21", "2024-12-01"}) {
    auto same = extractor().extract(kg::extract::Input{text, "t", date, "de"});
    REQUIRE_OK(same);
    CHECK(std::count_if(same->entities.begin(), same->entities.end(),
                        [](const kg::Entity& e) { return e.type == kg::EntityType::kEvent; }) == 1);
  }
  // English
  auto en =
      extractor().extract(kg::extract::Input{"The ministers met in Lima on Monday. The leaders' summit will "
                                             "be held in November in Quito.",
                                             "t", "2024-02-21", "en"});
  REQUIRE_OK(en);
  CHECK(std::count_if(en->entities.begin(), en->entities.end(), [](const kg::Entity& e) {
          return e.type == kg::EntityType::kEvent && e.attributes.value("relative", "") == "November";
        }) == 1);
}

TEST_CASE("German: who represents a state named before the verb takes part", "[extract][german]") {
  auto f = facts("Der Gipfel begann in Lima. Chile vertritt Außenministerin Anna Probe.");
  CHECK(f.count("Anna Probe participates_in Gipfel @ Lima"));
  // (not one stood in for: "X vertritt den erkrankten Präsidenten Y")
  CHECK_FALSE(has_fact(facts("Der Gipfel begann in Lima. Max Muster vertritt den erkrankten Präsidenten Paul Roe."),
                       "Paul Roe participates_in", ""));
}

TEST_CASE("German: who negotiates for a party takes part in the negotiations", "[extract][german]") {
  CHECK(facts("Die Koalitionsverhandlungen begannen am Montag in Lima. Für die CDU verhandelt Generalsekretär Max "
              "Muster.")
            .count("Max Muster participates_in Koalitionsverhandlungen @ Lima"));
}

TEST_CASE("German: leading an organisation is its office and no taking part, mourners and speakers take part",
          "[extract][german]") {
  // "X leitet die OSZE": X's office, and "leitet" is no cue of attending there (nor "zuvor leitete er …").
  auto f = facts(
      "Die Trauerfeier fand in Lima statt. Anna Probe leitet die OSZE und lebt in Quito. Paul Roe sprach mit "
      "ihr. Zuvor leitete er die Weltbank.");
  CHECK(f.count("Anna Probe holds_office OSZE"));
  CHECK_FALSE(has_fact(f, "Anna Probe participates_in", ""));
  CHECK_FALSE(has_fact(f, "Paul Roe participates_in", ""));
  // (not a delegation the organisation names in a compound)
  CHECK_FALSE(
      has_fact(facts("Max Muster leitet die EU-Delegation beim Gipfel in Lima."), "Max Muster holds_office", ""));
  // A compound of a guest's noun lists those present; a speech of one's own, with adjectives, is given there.
  auto g = facts(
      "Die Trauerfeier fand in Lima statt. Unter den Trauergästen waren Max Muster und Eva Lang. Paul Roe "
      "würdigte den Verstorbenen in seiner bewegenden Rede.");
  for (const char* x : {"Max Muster participates_in Trauerfeier @ Lima", "Eva Lang participates_in Trauerfeier @ Lima",
                        "Paul Roe participates_in Trauerfeier @ Lima"}) {
    INFO(x);
    CHECK(g.count(x));
  }
}

TEST_CASE("German: the building a host receives all guests in holds the article's meeting", "[extract][german]") {
  CHECK(facts("Der Gipfel begann in Lima. Gastgeberin Anna Probe empfing ihre Amtskollegen im Stadtschloss.")
            .count("Gipfel @ Lima held_in Stadtschloss"));
  // (not a visitor greeted there, in the passive)
  CHECK_FALSE(has_fact(facts("Der Gipfel begann in Lima. Zuvor wurde Max Muster im Stadtschloss von Anna Probe "
                             "begrüßt."),
                       "Gipfel", "held_in", "Stadtschloss"));
}

TEST_CASE("German: the states a group is of ('aus') are its members", "[extract][german]") {
  auto f = facts(
      "Gesandte der Brics-Gruppe aus Brasilien, Russland und Indien trafen sich in Lima. Die "
      "Andengemeinschaft ist ein loser Verbund aus Peru und Bolivien.");
  for (const char* x : {"Brasilien member_of BRICS", "Russland member_of BRICS", "Indien member_of BRICS",
                        "Peru member_of Andengemeinschaft", "Bolivien member_of Andengemeinschaft"}) {
    INFO(x);
    CHECK(f.count(x));
  }
}

TEST_CASE("German: a party after 'von' right after the name, or whose candidate one is, makes a member",
          "[extract][german]") {
  // (a party only: at another organisation one may work without being a member)
  auto f = facts(
      "Der Abgeordnete Max Muster von der CDU sprach mit Eva Lang von den Grünen und Tom Smith von der "
      "Weltbank.");
  CHECK(f.count("Max Muster member_of CDU"));
  CHECK(f.count("Eva Lang member_of Bündnis 90/Die Grünen"));
  CHECK_FALSE(has_fact(f, "Tom Smith member_of", ""));
  // (a party's candidate too)
  auto c = facts(
      "Auch der Kandidat der Freien Wähler, Max Muster, scheiterte. Eva Lang, Spitzenkandidatin der SPD, "
      "gewann.");
  CHECK(c.count("Max Muster member_of Freie Wähler"));
  CHECK(c.count("Eva Lang member_of SPD"));
}

TEST_CASE("German: a summit's venue and chair, a call for a conference and a state admitted in a relative clause",
          "[extract][german]") {
  // (the next conference held elsewhere leaves the dateline's city to the article's)
  auto f = facts(
      "Lima - Die Konferenz der Andenstaaten verständigte sich am Abend. Der Vorsitzende der Konferenz, Perus "
      "Präsident Max Muster (SPD), lobte die Einigung. Die nächste Konferenz findet im Dezember in Quito statt. Den "
      "Vorsitz übernimmt dann Chile.");
  CHECK(has_fact(f, "Konferenz", "held_in Lima"));
  CHECK(has_fact(f, "Max Muster participates_in Konferenz", ""));
  // (a party tag is no organisation the article is about: Chile chairs no party)
  CHECK_FALSE(has_fact(f, "Chile member_of", ""));
  // (a tag stands though the clause is denied)
  CHECK(
      facts("Max Muster (SPD) kritisierte, die Beschlüsse gingen nicht weit genug.").count("Max Muster member_of SPD"));
  // (a conference called for is not held yet: the host opened the summit)
  auto g = facts(
      "Der Gipfel der Arabischen Liga begann in Manama. Gastgeber Max Muster eröffnete das Treffen mit einem Aufruf "
      "zu einer internationalen Friedenskonferenz.");
  CHECK(has_fact(g, "Max Muster participates_in Gipfel der Arabischen Liga", ""));
  CHECK_FALSE(has_fact(g, "Max Muster participates_in Friedenskonferenz", ""));
  CHECK(has_fact(facts("Der nächste Gipfel soll im kommenden Jahr im Irak stattfinden."), "Gipfel", "held_in Irak"));
  // (what a relative clause says stands though the main clause is denied)
  auto h = facts(
      "Die Arabische Liga tagte in Manama. Syriens Präsident Max Muster, dessen Land im vergangenen Jahr wieder in die "
      "Liga aufgenommen worden war, hielt keine Rede.");
  CHECK(h.count("Syrien member_of Arabische Liga"));
  CHECK(facts("Die Arabische Liga tagte in Manama. Syriens Präsident Max Muster, dessen Land nicht in die Liga "
              "aufgenommen worden war, hielt eine Rede.")
            .count("Syrien member_of Arabische Liga") == 0);
}

TEST_CASE("German: sanctions against a state, accession talks, an adverb before an event noun and a planned venue",
          "[extract][german]") {
  auto f = facts(
      "Brüssel - Die Außenminister der 27 EU-Mitgliedstaaten berieten am Montag über Sanktionen gegen Russland. Die "
      "Republik Moldau hatte im Juni offiziell Beitrittsverhandlungen mit der EU aufgenommen. Das nächste Treffen der "
      "Außenminister ist für Mitte Juli in Luxemburg geplant.");
  CHECK_FALSE(has_fact(f, "Russland member_of", ""));
  CHECK_FALSE(has_fact(f, "Moldau member_of", ""));
  CHECK(has_fact(f, "Treffen der Außenminister", "held_in Luxemburg"));
  CHECK(event_names("Die Republik Moldau hatte im Juni offiziell Beitrittsverhandlungen mit der EU aufgenommen.") ==
        std::set<std::string>{"Beitrittsverhandlungen"});
  CHECK(entity_names("Die Minister hatten offiziell Beitrittsverhandlungen aufgenommen.")
            .count("offiziell Beitrittsverhandlungen EVENT") == 0);
}

TEST_CASE("German: a state visit paid to a state is held there", "[extract][german]") {
  CHECK(has_fact(facts("Max Muster ist der erste Präsident seit Jahren, der Japan einen Staatsbesuch abstattet."),
                 "Staatsbesuch", "held_in Japan"));
  CHECK(has_fact(facts("Max Muster stattete Japan im Mai einen Staatsbesuch ab."), "Staatsbesuch", "held_in Japan"));
}

TEST_CASE(
    "German: the head of a one-word compound name refers to the organisation and a summit in a building lies in the "
    "dateline's city",
    "[extract][german]") {
  auto f = facts(
      "Lima - Der Gipfel der Andengemeinschaft hat am Montag begonnen. Der Gemeinschaft gehören Peru, Chile und "
      "Bolivien an. Die Staats- und Regierungschefs dieser Länder kamen im Regierungspalast zusammen.");
  for (const char* x : {"Peru member_of Andengemeinschaft", "Chile member_of Andengemeinschaft",
                        "Bolivien member_of Andengemeinschaft"}) {
    INFO(x);
    CHECK(f.count(x));
  }
  CHECK(has_fact(f, "Gipfel der Andengemeinschaft", "held_in Lima"));
  CHECK(has_fact(f, "Gipfel der Andengemeinschaft", "held_in Regierungspalast"));
  // ("Bund" is no such head: "Bund und Länder" is the federal government, not the Städtebund)
  CHECK_FALSE(has_fact(facts("Der Städtebund tagte in Lima. Der Bund und Peru einigten sich."), "Peru member_of", ""));
}

TEST_CASE("German: an acronym read as a word in title case, presidents in the plural and their states at a summit",
          "[extract][german]") {
  // ("Ecowas" is the lexicons' ECOWAS; "die Präsidenten von …" refers to none of the article's presidents)
  auto f = facts(
      "Der Gipfel der Ecowas begann in Abuja. Die Staatschefs forderten die Freilassung des gestürzten Präsidenten "
      "Max Muster. Den Vorsitz führte Nigerias Präsident Paul Roe. Neben ihm nahmen die Präsidenten von Senegal und "
      "Ghana teil.");
  CHECK(has_fact(f, "Senegal participates_in", "Gipfel der Ecowas"));
  CHECK(has_fact(f, "Ghana participates_in", "Gipfel der Ecowas"));
  CHECK_FALSE(has_fact(f, "Max Muster participates_in", ""));
  CHECK(entity_names("Die Caricom tagte in Lima.").count("Karibische Gemeinschaft ORG"));
  CHECK(entity_names("Die Unesco tagte in Lima.").count("UNESCO ORG"));
  // (one president in the dative is no state's taking part)
  CHECK_FALSE(has_fact(facts("Der Gipfel der Ecowas begann in Abuja. Max Muster traf dem Präsidenten Ghanas Paul Roe "
                             "zu Gesprächen und nahm teil."),
                       "Ghana participates_in", ""));
}

TEST_CASE("German and English: a general debate is an event and a body's epithet takes its members",
          "[extract][german]") {
  auto f = facts(
      "Max Muster hat bei der Generaldebatte der UN-Vollversammlung in New York eine Reform des Sicherheitsrats "
      "gefordert. Am Rande der Generaldebatte traf er die Ministerin Eva Lang. Eine Reform des Sicherheitsrats sei "
      "nötig. "
      "Dem Gremium gehören derzeit Japan und Malta als nichtständige Mitglieder an.");
  CHECK(has_fact(f, "Max Muster participates_in Generaldebatte", ""));
  CHECK(has_fact(f, "Eva Lang participates_in Generaldebatte", ""));
  CHECK(has_fact(f, "Japan member_of", "Sicherheitsrat"));
  CHECK(
      has_fact(facts("Paul Roe spoke at the general debate of the UN General Assembly in New York.", extractor(), "en"),
               "Paul Roe participates_in", "general debate"));
}

TEST_CASE("German: a party politician named by the compound alone is the person the sentences before are about",
          "[extract][german]") {
  CHECK(
      facts("Max Muster sprach in Lima. Der SPD-Politiker sagte, er sei zufrieden.").count("Max Muster member_of SPD"));
  CHECK(facts("Eva Lang sprach in Lima. Die CDU-Politikerin kritisierte den Plan.").count("Eva Lang member_of CDU"));
  // (the plural names several: none of them is she)
  CHECK(facts("Eva Lang sprach in Lima. Die CDU-Politiker kritisierten den Plan.").count("Eva Lang member_of CDU") ==
        0);
}

TEST_CASE("German: participants expected or with it take part and one stood in for does not", "[extract][german]") {
  auto f = facts(
      "Der Gipfel der OSZE beginnt am Montag in Lima. Erwartet werden unter anderem Max Muster und Eva Lang. Mit "
      "dabei ist zudem Anna Probe. Paul Roe vertrat den erkrankten Präsidenten Karl Beispiel.");
  for (const char* x : {"Max Muster participates_in", "Eva Lang participates_in", "Anna Probe participates_in",
                        "Paul Roe participates_in"}) {
    INFO(x);
    CHECK(has_fact(f, x, "Gipfel der OSZE"));
  }
  CHECK_FALSE(has_fact(f, "Karl Beispiel participates_in", ""));
}

TEST_CASE("German: a video conference and its call, an open question and a summit held online", "[extract][german]") {
  auto f = facts(
      "Berlin - Zuvor hatte sich Max Muster in einer Videokonferenz mit den Regierungschefs der G7 abgestimmt. An "
      "der Schalte nahm auch die Ministerpräsidentin Eva Lang teil. Für Ende November ist ein virtueller Gipfel der "
      "G20 geplant. Ob Paul Roe daran teilnimmt, ist noch offen.");
  CHECK(has_fact(f, "Max Muster participates_in", "Videokonferenz"));
  CHECK(has_fact(f, "Eva Lang participates_in", "Videokonferenz"));
  CHECK_FALSE(has_fact(f, "Paul Roe participates_in", ""));
  // (a summit held online is not held in the dateline's city)
  CHECK_FALSE(has_fact(facts("Berlin - Der Videogipfel der G20 begann am Montag. Max Muster nahm am Videogipfel teil."),
                       "Videogipfel der G20", "held_in Berlin"));
  CHECK(has_fact(facts("Berlin - Der Gipfel der G20 begann am Montag. Max Muster nahm am Gipfel teil."),
                 "Gipfel der G20", "held_in Berlin"));
}

TEST_CASE("German and English: funerals, burials and services are events", "[extract][german]") {
  auto f = facts(
      "Die Beisetzung fand am Freitag in Lima statt. Am Vormittag hatte ein Trauergottesdienst im Dom stattgefunden, "
      "an dem auch Max Muster teilnahm.");
  CHECK(has_fact(f, "Beisetzung", "held_in Lima"));
  CHECK(has_fact(f, "Max Muster participates_in Trauergottesdienst", ""));
  CHECK(event_names("A memorial service was held in Lima.", "en") == std::set<std::string>{"memorial service"});
}

TEST_CASE("German and English: a state named only with the office of one of those including is none of them",
          "[extract][german][english]") {
  auto f = facts(
      "Der Gipfel der OSZE begann in Lima. Am Gipfel nahmen 40 Gäste teil, darunter Chiles Präsident Max Muster.");
  CHECK(has_fact(f, "Max Muster participates_in", "Gipfel der OSZE"));
  CHECK_FALSE(has_fact(f, "Chile participates_in", ""));
  CHECK(
      has_fact(facts("Der Gipfel der OSZE begann in Lima. Am Gipfel nahmen 40 Staaten teil, darunter Chile und Peru."),
               "Chile participates_in", "Gipfel der OSZE"));
  CHECK_FALSE(has_fact(facts("The OSCE summit opened in Lima. Forty guests attended, including Chile's President Paul "
                             "Roe.",
                             extractor(), "en"),
                       "Chile participates_in", ""));
}

TEST_CASE("German and English: a denied actor's stand-in after 'and' attends what the actor did not",
          "[extract][german][english]") {
  const auto de = facts(
      "Der Gipfel der OSZE begann in Lima. Max Muster reiste nicht an und ließ sich von Außenministerin Anna "
      "Probe vertreten.");
  CHECK(de.count("Anna Probe participates_in Gipfel der OSZE @ Lima"));
  CHECK_FALSE(has_fact(de, "Max Muster", "participates_in"));
  const auto en = facts(
      "The OSCE summit opened in Lima. Max Muster did not travel to Lima and was represented by his foreign "
      "minister, Anna Probe.",
      extractor(), "en");
  CHECK(en.count("Anna Probe participates_in OSCE summit @ Lima"));
  CHECK_FALSE(has_fact(en, "Max Muster", "participates_in"));
}

TEST_CASE("German: a federal office is of the federal state named most, on a tie of the one named nearest",
          "[extract][german]") {
  // (Switzerland and Germany named once each: Switzerland in the sentence after the office)
  const auto near = facts(
      "Bundespräsidentin Anna Probe eröffnete die Konferenz. Paul Roe dankte der Schweiz. Aus Deutschland reiste "
      "Max Muster an.");
  CHECK(near.count("Anna Probe holds_office Schweiz"));
  // (as near as each other: Germany, listed first in office.federal.states)
  const auto tie = facts(
      "Paul Roe dankte der Schweiz. Bundespräsidentin Anna Probe eröffnete die Konferenz. Aus Deutschland reiste "
      "Max Muster an.");
  CHECK(tie.count("Anna Probe holds_office Deutschland"));
  const auto swiss = facts(
      "Bundespräsidentin Anna Probe eröffnete die Konferenz. Die Schweiz richtet sie aus. Paul Roe dankte der "
      "Schweiz. Aus Deutschland kam Max Muster.");
  CHECK(swiss.count("Anna Probe holds_office Schweiz"));
  // A federal state's office likewise: the state named nearest, not the first named.
  const auto land = facts(
      "Die Konferenz tagte in Tirol. Im Juli übernimmt Kärnten den Vorsitz. Landeshauptmann Paul Roe kündigte die "
      "nächste Sitzung an.");
  CHECK(land.count("Paul Roe holds_office Kärnten"));
}

TEST_CASE("German and English: an office in its base form before two names is the first one's only",
          "[extract][german][english]") {
  const auto de =
      facts("Der Gipfel begann in Prag. Der slowakische Premier Paul Roe und Max Muster verteidigten ihre Position.");
  CHECK(de.count("Paul Roe holds_office Slowakei"));
  CHECK_FALSE(has_fact(de, "Max Muster", "holds_office"));
  // (a form that may be a plural is both names')
  CHECK(facts("Der Parteitag der SPD begann in Berlin. Nach einer Rede der Parteivorsitzenden Anna Probe und Eva "
              "Lang-Muster stimmten die Delegierten ab.")
            .count("Eva Lang-Muster holds_office SPD"));
  const auto en =
      facts("The summit began in Prague. Slovak Prime Minister Paul Roe and Max Muster defended their position.",
            extractor(), "en");
  CHECK(en.count("Paul Roe holds_office Slovakia"));
  CHECK_FALSE(has_fact(en, "Max Muster", "holds_office"));
}

TEST_CASE("German: members of a list of organisations are members of each", "[extract][german]") {
  const auto f = facts("Peru und Chile sind Gründungsmitglieder der Europäischen Union und der Nato.");
  CHECK(f.count("Peru member_of EU"));
  CHECK(f.count("Chile member_of NATO"));
}

TEST_CASE("German: the state a chair is taken over from in the perfect is a member", "[extract][german]") {
  CHECK(
      facts("Peru hat am Montag den rotierenden Vorsitz der OSZE von Chile übernommen.").count("Chile member_of OSZE"));
}

TEST_CASE("German and English: a contrast after a denial that names no one denies the action",
          "[extract][german][english]") {
  const auto de =
      facts("Der Gipfel in Lima begann am Montag. Paul Roe reiste nicht selbst an, sondern schickte seine Ministerin.");
  CHECK_FALSE(has_fact(de, "Paul Roe participates_in", ""));
  const auto en =
      facts("The summit in Lima opened on Monday. Paul Roe did not attend, but sent his deputy.", extractor(), "en");
  CHECK_FALSE(has_fact(en, "Paul Roe participates_in", ""));
}

TEST_CASE("German and English: 'nicht nur X, sondern auch Y' denies neither", "[extract][german][english]") {
  const auto de =
      facts("Der Gipfel begann am Montag. Der Gipfel fand nicht nur in Lima, sondern auch in Mailand statt.");
  CHECK(has_fact(de, "Gipfel held_in", "Lima"));
  CHECK(has_fact(de, "Gipfel held_in", "Mailand"));
  const auto en =
      facts("The summit opened on Monday. The summit was held not only in Lima but also in Rome.", extractor(), "en");
  CHECK(has_fact(en, "summit", "held_in Lima"));
  CHECK(has_fact(en, "summit", "held_in Rome"));
}

TEST_CASE("German: an organisation with its epithet before the name continues a list of members", "[extract][german]") {
  const auto f = facts("Peru ist Mitglied der Nato und des südamerikanischen Staatenbundes Mercosur.");
  CHECK(f.count("Peru member_of NATO"));
  CHECK(f.count("Peru member_of Mercosur"));
  // (any word for it that names nothing: "der südamerikanischen Handelsunion Mercosur")
  const auto noun = facts("Peru ist Mitglied der Nato und der südamerikanischen Handelsunion Mercosur.");
  CHECK(noun.count("Peru member_of Mercosur"));
  // (but not another kind of entity after the word: "und der Partnerstaat Chile")
  CHECK_FALSE(facts("Peru ist Mitglied der Nato und der Partnerstaat Chile.").count("Peru member_of Chile"));
}

TEST_CASE("German: two persons elected together hold the office both", "[extract][german]") {
  CHECK(facts("Die SPD wählte Anna Probe und Paul Roe zu ihren Vorsitzenden.").count("Anna Probe holds_office SPD"));
  const auto f = facts(
      "Die Abgeordnete Anna Probe und der Europapolitiker Paul Roe wurden zu den neuen Vorsitzenden der SPD gewählt.");
  CHECK(f.count("Anna Probe holds_office SPD"));
  CHECK(f.count("Paul Roe holds_office SPD"));
}

TEST_CASE("German: an organisation's other name right after its name is one mention", "[extract][german]") {
  const auto f = facts("Paul Roe, der zugleich Vorsitzender der Afrikanischen Union AU ist, sprach in Lima.");
  CHECK(f.count("Paul Roe holds_office AU"));
  CHECK(facts("Peru ist Mitglied der Afrikanischen Union AU und der Nato.").count("Peru member_of NATO"));
}

TEST_CASE("German: an office compound in apposition or a relative clause is the name's", "[extract][german]") {
  CHECK(facts("Unter der Leitung des AU-Vorsitzenden, des peruanischen Präsidenten Paul Roe, tagte der Gipfel in Lima.")
            .count("Paul Roe holds_office AU"));
  CHECK(facts("Die Präsidentin Perus, Anna Probe, die auch Nato-Vorsitzende ist, sprach in Lima.")
            .count("Anna Probe holds_office NATO"));
}

TEST_CASE("German: the meeting at whose margin one meets may be a compound the lexicons do not list",
          "[extract][german]") {
  const auto events = facts(
      "Die Staaten haben sich zu einem Sondergipfel in Lima getroffen. Am Rande des Gipfels traf Paul Roe die "
      "Präsidentin Anna Probe.");
  CHECK(events.count("Paul Roe participates_in Sondergipfel @ Lima"));
}

TEST_CASE("German: a name particle before an organisation's head the article named starts no name",
          "[extract][german]") {
  auto doc = extractor().extract(kg::extract::Input{
      "Die Afrikanische Union tagte in Lima. Mali ist seit den Putschen von der Union suspendiert.", "test", "", "de"});
  REQUIRE_OK(doc);
  const auto au =
      std::find_if(doc->entities.begin(), doc->entities.end(), [](const kg::Entity& e) { return e.name == "AU"; });
  REQUIRE(au != doc->entities.end());
  CHECK(au->mentions.size() == 2);
}

TEST_CASE("German: a title after a given name alone is the surname", "[extract][german]") {
  CHECK(entity_names("Eva König sagte in Lima, sie freue sich.").count("Eva König PER"));
  CHECK(entity_names("Die Richterin Anna Kaiser sprach in Lima.").count("Anna Kaiser PER"));
  // (not before a name: "König Charles")
  CHECK(entity_names("Anna empfing König Charles in Lima.").count("Charles PER"));
}

TEST_CASE("German: federal bodies and the office of one an election names after the title", "[extract][german]") {
  CHECK(facts("Bundesratspräsidentin Anna Probe sprach in Lima.").count("Anna Probe holds_office Bundesrat"));
  CHECK(facts("Der Bundestag hat Paul Roe zum Präsidenten des Bundesverfassungsgerichts gewählt.")
            .count("Paul Roe holds_office Bundesverfassungsgericht"));
}

TEST_CASE("German and English: a name after a building's noun before punctuation ends the building's name",
          "[extract][german][english]") {
  CHECK(has_fact(facts("Zum Abschluss gab Paul Roe in Lima einen Empfang im Grand Hotel Quisisana."), "Empfang",
                 "held_in Grand Hotel Quisisana"));
  // (not a word before a verb: "At the Grand Kremlin Palace Roe said")
  CHECK(entity_names("At the Grand Kremlin Palace Peskov said the talks in Rome went well.", "en")
            .count("Grand Kremlin Palace LOC"));
}

TEST_CASE("German: capitalised adjectives before an organisation's head name an organisation", "[extract][german]") {
  const auto f = facts(
      "Das Nordische Seeforum tagte am Montag in Oslo. Island ist Mitglied des Nordischen Seeforums. Lettland "
      "gehört der Baltischen Fischereibehörde an.");
  CHECK(f.count("Island member_of Nordische Seeforum"));
  // (in the nominative: "der Baltischen Fischereibehörde" is the "Baltische Fischereibehörde")
  CHECK(f.count("Lettland member_of Baltische Fischereibehörde"));
  // An event of such an organisation is named by it.
  const auto event = facts("Beim Gipfel des Karibischen Fischereirats in Lima sprach Anna Probe.");
  CHECK(event.count("Gipfel des Karibischen Fischereirats @ Lima held_in Lima"));
  // A known organisation's acronym in parentheses after the name tells which it is.
  CHECK(facts("Laos ist Mitglied der Südostasiatischen Staatengemeinschaft (Asean).").count("Laos member_of ASEAN"));
  // Not lower-case adjectives, nor an adjective without an organisation's head after it.
  CHECK(entity_names("Die nordische Fischereibehörde tagte.").count("nordische Fischereibehörde ORG") == 0);
  CHECK(entity_names("Das Nordische Seeufer lag still.").count("Nordische Seeufer ORG") == 0);
}

TEST_CASE("German: an event named by its modifiers takes them in their base form", "[extract][german]") {
  const auto names = entity_names("Beim historischen Gipfel sprach Anna Probe über Handel.");
  CHECK(names.count("historische Gipfel EVENT"));
  CHECK(entity_names("Der Minister sprach auf der offiziellen Feier über Handel.").count("offizielle Feier EVENT"));
  // English keeps its words.
  CHECK(entity_names("At the annual summit, Anna Probe spoke about trade.", "en").count("annual summit EVENT"));
}

TEST_CASE("German: a council of ministers that meets is an event", "[extract][german]") {
  const auto f = facts(
      "Die Außenminister der OSZE kamen am Donnerstag in Lima zu ihrem jährlichen Ministerrat zusammen. Gastgeber "
      "ist der peruanische Außenminister Paul Roe. Auch die Ministerin Anna Probe nahm am Ministerrat teil.");
  CHECK(has_fact(f, "Ministerrat", "held_in", "Lima"));
  CHECK(has_fact(f, "Paul Roe participates_in", "Ministerrat"));
  CHECK(has_fact(f, "Anna Probe participates_in", "Ministerrat"));
}

TEST_CASE("German: the persons listed after an office they are elected to, and a party introduced by a noun",
          "[extract][german]") {
  const auto f = facts(
      "Die CDU hält ihren Parteitag in Lima ab. Zu stellvertretenden Vorsitzenden wurden Anna Probe, Paul Roe und "
      "Max Muster gewählt.");
  CHECK(f.count("Anna Probe holds_office CDU"));
  CHECK(f.count("Paul Roe holds_office CDU"));
  CHECK(f.count("Max Muster holds_office CDU"));
  const auto g = facts(
      "Die CDU hält ihren Parteitag in Lima ab. Eva Lang, die Vorsitzende der Schwesterpartei CSU, sprach. Der "
      "Vorsitzende der Partei SPD, Paul Roe, kam auch.");
  CHECK(g.count("Eva Lang holds_office CSU"));
  CHECK(g.count("Paul Roe holds_office SPD"));
}

TEST_CASE("German: one who accompanies a guest, named after the participle, holds the guest's state's office",
          "[extract][german]") {
  const auto f = facts(
      "Der kenianische Präsident Paul Roe ist zu einem Staatsbesuch in Deutschland eingetroffen. Begleitet wird er "
      "von Außenminister Max Muster.");
  CHECK(f.count("Max Muster holds_office Kenia"));
  CHECK_FALSE(f.count("Max Muster holds_office Deutschland"));
}

TEST_CASE(
    "German: those who accompany a guest, named before the participle at the clause's end, hold the guest's state's "
    "offices",
    "[extract][german]") {
  const auto f = facts(
      "Der kenianische Präsident Paul Roe ist zu einem Staatsbesuch in Deutschland eingetroffen. Er wird von "
      "Außenminister Max Muster und Handelsminister Peter Test begleitet.");
  CHECK(f.count("Max Muster holds_office Kenia"));
  CHECK(f.count("Peter Test holds_office Kenia"));
  CHECK_FALSE(f.count("Max Muster holds_office Deutschland"));
  CHECK_FALSE(f.count("Peter Test holds_office Deutschland"));
}

TEST_CASE("German: one named in a sentence after an event takes no part in it for that", "[extract][german]") {
  const auto f = facts(
      "Die Präsidentin von Peru, Anna Probe, ist zu einem Staatsbesuch in Quito eingetroffen. Nach dem Empfang "
      "im Palast traf sie Außenminister Paul Roe.");
  CHECK(f.count("Anna Probe meets_with Paul Roe"));
  CHECK(has_fact(f, "Anna Probe", "participates_in", "Empfang"));  // (the sentence's subject, a pronoun)
  CHECK_FALSE(has_fact(f, "Paul Roe", "participates_in", "Empfang"));
}

TEST_CASE("German: 'sie' after a singular verb is one person, after a plural verb several", "[extract][german]") {
  const auto one = facts("Anna Probe ist in Quito eingetroffen. Am Abend traf sie Außenminister Paul Roe.");
  CHECK(one.count("Anna Probe meets_with Paul Roe"));
  const auto two = facts(
      "Die Gäste Anna Probe und Eva Lang sind in Quito eingetroffen. Am Abend trafen sie Außenminister Paul Roe.");
  CHECK_FALSE(two.count("Eva Lang meets_with Paul Roe"));
  CHECK_FALSE(two.count("Anna Probe meets_with Paul Roe"));
}

TEST_CASE("German: a party's office is held in the party the report of a party conference names first",
          "[extract][german]") {
  const auto f = facts(
      "Max Muster bleibt Vorsitzender der CDU. Die Delegierten des Bundesparteitags in Lindenhof bestätigten ihn am "
      "Montag. Generalsekretär Paul Roe warb für das Programm.");
  CHECK(f.count("Paul Roe holds_office CDU"));
}

TEST_CASE("German: one an organisation or its electors put at its head holds its office", "[extract][german]") {
  CHECK(facts("Die Andengemeinschaft hat die Peruanerin Anna Probe für eine zweite Amtszeit an ihre Spitze gewählt.")
            .count("Anna Probe holds_office Andengemeinschaft"));
  CHECK(facts("Die Andengemeinschaft wählte am Montag Paul Roe an ihre Spitze.")
            .count("Paul Roe holds_office Andengemeinschaft"));
  CHECK(facts("Die Delegierten wählten am Samstag Max Muster an die Spitze der CDU.")
            .count("Max Muster holds_office CDU"));
}

TEST_CASE("German: a bilateral meeting is another than the article's", "[extract][german]") {
  const auto f = facts(
      "Der Gipfel der Andengemeinschaft begann am Freitag in Lima. Später kamen Paul Roe und Max Muster zu einem "
      "bilateralen Treffen im Blauen Palast zusammen.");
  CHECK(has_fact(f, "Gipfel", "held_in", "Lima"));
  CHECK_FALSE(has_fact(f, "Gipfel", "held_in", "Blauen Palast"));
}

TEST_CASE("German: leaders travelling to a city hold the article's meeting there", "[extract][german]") {
  const auto f = facts(
      "Der Gipfel der Andengemeinschaft beginnt. Rund 30 Staatschefs reisten am Freitag in die Kleinstadt Lima "
      "nördlich von Quito.");
  CHECK(has_fact(f, "Gipfel der Andengemeinschaft", "held_in", "Lima"));
  // … also after a sentence that placed it in the city's state, which the city only narrows.
  const auto g = facts(
      "Peru richtet den Gipfel der Andengemeinschaft aus. Rund 30 Staatschefs reisten am Freitag in die Kleinstadt "
      "Lima nördlich von Quito.");
  CHECK(has_fact(g, "Gipfel der Andengemeinschaft", "held_in", "Lima"));
  CHECK(has_fact(g, "Gipfel der Andengemeinschaft", "held_in", "Peru"));
  CHECK_FALSE(has_fact(facts("Chile richtet den Gipfel der Andengemeinschaft aus. Die Staatschefs trafen sich in "
                             "Lima."),
                       "Gipfel der Andengemeinschaft", "held_in", "Lima"));
  // (not onward, after the meeting)
  CHECK_FALSE(has_fact(facts("Der Gipfel der Andengemeinschaft beginnt. Danach reisten die Staatschefs weiter nach "
                             "Quito."),
                       "Gipfel der Andengemeinschaft", "held_in", "Quito"));
}

TEST_CASE("German: a headline's compound named by the last word of the organisation's name is its summit",
          "[extract][german]") {
  const auto names = event_names(
      "Frankophonie-Gipfel in Lima\n\nDer Gipfel der Internationalen Organisation der Frankophonie begann am Montag. "
      "Paul Roe nahm teil.",
      "de");
  CHECK(names.size() == 1);
}

TEST_CASE("German: the state whose delegation someone leads takes part", "[extract][german]") {
  const auto f = facts(
      "Der Gipfel der Andengemeinschaft begann in Lima. Die Delegation Ecuadors leitet Außenministerin Anna Probe. "
      "Paul Roe führt die chilenische Delegation an.");
  CHECK(has_fact(f, "Ecuador participates_in", "Gipfel"));
  CHECK(has_fact(f, "Chile participates_in", "Gipfel"));
  CHECK(has_fact(f, "Anna Probe participates_in", "Gipfel"));
}

TEST_CASE("German: at the head of a state, or elected to the head of an organisation", "[extract][german]") {
  const auto f = facts(
      "Anna Probe steht an der Spitze Perus. Paul Roe ist als erster Mann an der Spitze Chiles vereidigt worden. "
      "Max Muster wurde an die Spitze der SPD gewählt.");
  CHECK(f.count("Anna Probe holds_office Peru"));
  CHECK(f.count("Paul Roe holds_office Chile"));
  CHECK(f.count("Max Muster holds_office SPD"));
}

TEST_CASE("German: one who leads a state's delegation holds that state's office", "[extract][german]") {
  const auto f = facts(
      "Der Gipfel begann in Lima. Der ukrainische Präsident Paul Roe traf Max Muster. Außenministerin Eva Lang "
      "leitet die chilenische Delegation.");
  CHECK(f.count("Eva Lang holds_office Chile"));
  CHECK_FALSE(f.count("Eva Lang holds_office Ukraine"));
}

TEST_CASE("German: those 'mit von der Partie' and states whose leaders deliberate take part", "[extract][german]") {
  const auto f = facts(
      "Der Gipfel der Andengemeinschaft begann am Montag in Lima. Mit von der Partie waren auch Eva Lang und Anna "
      "Probe. Die Staats- und Regierungschefs von Chile, Bolivien und Ecuador berieten über den Handel.");
  CHECK(has_fact(f, "Eva Lang participates_in", "Gipfel"));
  CHECK(has_fact(f, "Anna Probe participates_in", "Gipfel"));
  CHECK(has_fact(f, "Chile participates_in", "Gipfel"));
  CHECK(has_fact(f, "Ecuador participates_in", "Gipfel"));
}

TEST_CASE("German: accepting the invitation, taking part in the talks, states said to be represented",
          "[extract][german]") {
  const auto f = facts(
      "Der Gipfel der Andengemeinschaft begann am Montag in Lima. Max Muster folgte der Einladung nach Lima. Anna "
      "Probe beteiligte sich an den Beratungen. Vertreten waren auch Chile und Bolivien.");
  CHECK(has_fact(f, "Max Muster participates_in", "Gipfel"));
  CHECK(has_fact(f, "Anna Probe participates_in", "Gipfel"));
  CHECK(has_fact(f, "Chile participates_in", "Gipfel"));
  CHECK(has_fact(f, "Bolivien participates_in", "Gipfel"));
  // (a presence in a place is none)
  CHECK_FALSE(has_fact(facts("Der Gipfel begann in Lima. Die Firma ist in Chile vertreten."), "Chile participates_in",
                       "Gipfel"));
}

TEST_CASE("German and English: the last meeting with a year after it is another in a document with no date",
          "[extract][german][english]") {
  const auto de =
      facts("Der Gipfel begann am Montag in Lima. Das letzte Treffen hatte im Mai 2021 in Quito stattgefunden.");
  CHECK(has_fact(de, "Gipfel", "held_in Lima"));
  CHECK_FALSE(has_fact(de, "Gipfel", "held_in Quito"));
  CHECK(has_fact(de, "Treffen", "held_in Quito"));
  // (alone "letzte" may be the article's: no year, one event)
  const auto same = facts("Der Gipfel begann am Montag in Lima. Es war der letzte Gipfel des Kanzlers.");
  CHECK(has_fact(same, "Gipfel", "held_in Lima"));
  const auto en =
      facts("The summit opened in Lima on Monday. The last summit, in 2019, was held in Quito.", extractor(), "en");
  CHECK(has_fact(en, "summit", "held_in Lima"));
  CHECK_FALSE(has_fact(en, "summit @ Lima", "held_in Quito"));
}

TEST_CASE(
    "German and English: 'his guest' is the visitor a word for a visit introduced, whom its host meets "
    "without holding an office of the guest's state",
    "[extract][german][english]") {
  const auto de = facts(
      "Lima - Der peruanische Präsident Paul Roe ist am Montag zu einem Besuch in Quito eingetroffen. Max Muster "
      "begrüßte seinen Gast vor dem Rathaus.");
  CHECK(de.count("Paul Roe meets_with Max Muster"));
  const auto en = facts(
      "QUITO - Peruvian President Paul Roe arrived in Quito on Monday for a two-day visit. Chancellor Anna Probe "
      "welcomed his guest outside the town hall.",
      extractor(), "en");
  CHECK(en.count("Paul Roe meets_with Anna Probe"));
  CHECK_FALSE(has_fact(en, "Anna Probe holds_office", ""));
}

TEST_CASE("German: the deliberations after a party congress or council of ministers are that meeting",
          "[extract][german]") {
  for (const char* meeting : {"Parteitag", "Ministerrat"}) {
    INFO(meeting);
    const auto f = facts(std::string("Die Delegierten kamen am Montag in Lima zum ") + meeting +
                         " zusammen. An den Beratungen nahm auch Max Muster teil.");
    CHECK(has_fact(f, std::string("Max Muster participates_in ") + meeting, ""));
    CHECK_FALSE(has_fact(f, "Max Muster participates_in Beratungen", ""));
  }
  // (the noun alone after a compound of a variant is that compound's meeting)
  const auto g = facts(
      "Die Partei kam in Lima zu einem außerordentlichen Bundesparteitag zusammen. Auf dem Parteitag sprach Max "
      "Muster.");
  CHECK(has_fact(g, "Max Muster participates_in", "Bundesparteitag"));
  CHECK_FALSE(has_fact(g, "Max Muster participates_in Parteitag", ""));
}

TEST_CASE("German and English: the two leaders who met one another meet a third together",
          "[extract][german][english]") {
  const auto de = facts(
      "Der Gipfel begann in Lima. Paul Roe sprach am Montag mit Anna Probe. Die beiden Politiker trafen "
      "anschließend Max Muster.");
  CHECK(de.count("Paul Roe meets_with Max Muster"));
  CHECK(de.count("Anna Probe meets_with Max Muster"));
  const auto en = facts(
      "The summit opened in Lima. Paul Roe held talks with Anna Probe on Monday. The two leaders also met Peter "
      "Test on the sidelines of the summit.",
      extractor(), "en");
  CHECK(en.count("Paul Roe meets_with Peter Test"));
  CHECK(en.count("Anna Probe meets_with Peter Test"));
}

TEST_CASE("German: 'seiner' after a host state is the state's, no pronoun of the person before", "[extract][german]") {
  const auto f = facts(
      "Die Konferenz begann in Lima. Max Muster sagte seine Teilnahme ab. Gastgeber Peru steht wegen seiner "
      "Politik in der Kritik.");
  CHECK_FALSE(has_fact(f, "Max Muster participates_in", ""));
}

TEST_CASE("German and English: a counterpart named by a state's adjective alone is that state's one officer",
          "[extract][german][english]") {
  const auto de =
      facts("Der russische Außenminister Paul Roe kam nach Lima. Dort traf Anna Probe ihren russischen Amtskollegen.");
  CHECK(de.count("Paul Roe meets_with Anna Probe"));
  // (two officers of that state: it names neither)
  const auto two = facts(
      "Der russische Außenminister Paul Roe und der russische Präsident Max Muster kamen nach Lima. Dort traf "
      "Anna Probe ihren russischen Amtskollegen.");
  CHECK_FALSE(has_fact(two, "Anna Probe", "meets_with"));
  const auto en =
      facts("Russian Foreign Minister Paul Roe arrived in Lima. Peter Test met his Russian counterpart on Monday.",
            extractor(), "en");
  CHECK(en.count("Paul Roe meets_with Peter Test"));
}

TEST_CASE("German: greeted by several, each of them meets the one greeted", "[extract][german]") {
  const auto f =
      facts("Am Flughafen wurde Max Muster von Bundespräsident Paul Roe und Bundeskanzlerin Anna Probe begrüßt.");
  CHECK(f.count("Max Muster meets_with Paul Roe"));
  CHECK(f.count("Max Muster meets_with Anna Probe"));
  // (the pronoun's person too; and not one named outside the phrase: Eva Lang only spoke)
  const auto g = facts(
      "Max Muster ist in Lima eingetroffen. Dort wurde er von Paul Roe und Anna Probe empfangen, Eva Lang hielt "
      "eine Rede.");
  CHECK(g.count("Max Muster meets_with Paul Roe"));
  CHECK(g.count("Max Muster meets_with Anna Probe"));
  CHECK_FALSE(has_fact(g, "Max Muster", "meets_with", "Eva Lang"));
}

TEST_CASE("German and English: states by their common short and older forms", "[extract][german][english]") {
  const auto de = facts(
      "Die Regierungschefs von Bosnien-Herzegowina und Kirgistan trafen sich in Lima. Der Präsident von "
      "Mazedonien, Max Muster, kam auch.");
  CHECK(de.count("Max Muster holds_office Nordmazedonien"));
  const auto names = entity_names("Die Regierungschefs von Bosnien-Herzegowina und Kirgistan trafen sich in Lima.");
  CHECK(names.count("Bosnien und Herzegowina LOC"));
  CHECK(names.count("Kirgisistan LOC"));
  const auto en = facts(
      "The presidents of Bosnia-Herzegovina and Turkiye met in Lima. The prime minister of St Lucia, Peter Test, "
      "also came.",
      extractor(), "en");
  CHECK(en.count("Peter Test holds_office Saint Lucia"));
  const auto en_names = entity_names("The presidents of Bosnia-Herzegovina and Turkiye met in Lima.", "en");
  CHECK(en_names.count("Bosnia and Herzegovina LOC"));
  CHECK(en_names.count("Turkey LOC"));
}

TEST_CASE("German: an event compound led by a state or region is named by its topic, not held there",
          "[extract][german]") {
  const auto f = facts(
      "Die Ukraine-Konferenz begann am Montag in Lima. Anna Probe nahm an der Ukraine-Konferenz teil. Der "
      "Afrika-Gipfel tagte in Quito.");
  CHECK(has_fact(f, "Ukraine-Konferenz", "held_in", "Lima"));
  CHECK_FALSE(has_fact(f, "Ukraine-Konferenz", "held_in", "Ukraine"));
  CHECK(has_fact(f, "Anna Probe", "participates_in Ukraine-Konferenz"));
  CHECK(has_fact(f, "Afrika-Gipfel", "held_in", "Quito"));
  const auto names = entity_names("Der Balkan-Gipfel begann am Montag in Lima.");
  CHECK(names.count("Balkan-Gipfel EVENT"));
}

TEST_CASE("German and English: a state represented by someone takes part, also in a clause of its own",
          "[extract][german][english]") {
  const auto de = facts(
      "Der Gipfel begann am Montag in Lima. Für Chile reiste Max Muster an, die USA wurden von Vizepräsidentin "
      "Anna Probe vertreten.");
  CHECK(has_fact(de, "USA", "participates_in Gipfel"));
  CHECK(has_fact(de, "Anna Probe", "participates_in Gipfel"));
  // (a state in a place's phrase is none: "in Peru")
  CHECK_FALSE(has_fact(facts("Der Gipfel begann am Montag in Lima. In Peru wurde die Regierung von Anna Probe "
                             "vertreten."),
                       "Peru", "participates_in"));
  const auto en =
      facts("The summit opened in Lima on Monday. The United States was represented by Vice President Peter Test.",
            extractor(), "en");
  CHECK(has_fact(en, "United States", "participates_in summit"));
}

TEST_CASE(
    "German and English: a name's head before 'of' or a genitive compound's head refers to it, and a list "
    "of its members may hold an organisation",
    "[extract][german][english]") {
  // "the organization" after "the Organization of American States", "the council" after "the Council of
  // the Baltic Sea States"; "der Rat" after the genitive "des Ostseerats".
  const auto en = facts(
      "Ministers of the Organization of American States met in Lima. The organization was founded in 1948. Its "
      "members are Peru, Chile and Bolivia, as well as the Andean Community.",
      extractor(), "en");
  CHECK(en.count("Peru member_of OAS"));
  CHECK(en.count("Andean Community member_of OAS"));
  CHECK_FALSE(en.count("Peru member_of Andean Community"));
  const auto en_council = entity_names(
      "Foreign ministers of the Council of the Baltic Sea States met in Lima. The council was founded in 1992.", "en");
  CHECK(en_council.count("CBSS ORG"));
  CHECK_FALSE(en_council.count("council ORG"));
  const auto de = facts(
      "Die Außenminister des Ostseerats trafen sich in Lima. Der Rat wurde 1992 gegründet. Seine Mitglieder sind "
      "Polen und Schweden sowie die EU.");
  CHECK(de.count("Polen member_of Ostseerat"));
  CHECK(de.count("EU member_of Ostseerat"));
  CHECK_FALSE(de.count("Polen member_of EU"));
}

TEST_CASE("German and English: an office alone refers across an age and to the one named by surname in the headline",
          "[extract][german][english]") {
  // "the 70-year-old president": the age is the person's.
  const auto en =
      entity_names("President Peter Test arrived in Lima. The 70-year-old president later flew to Quito.", "en");
  CHECK(en.count("Peter Test PER"));
  auto en_doc = extractor().extract(kg::extract::Input{
      "President Test visits Lima\n\nPresident Peter Test arrived in Lima. The president later flew to Quito.", "t", "",
      "en"});
  REQUIRE_OK(en_doc);
  // ("Test" in the headline and "Peter Test" are one holder of the office: "the president" is his)
  CHECK(has_mention(*en_doc, "Peter Test", "president"));
  auto de_doc = extractor().extract(kg::extract::Input{
      "Präsident Muster besucht Lima\n\nPräsident Max Muster kam in Lima an. Der 70-jährige Präsident reiste "
      "später nach Quito.",
      "t", "", "de"});
  REQUIRE_OK(de_doc);
  CHECK(has_mention(*de_doc, "Max Muster", "Präsident"));
}

TEST_CASE("German and English: a building in a state the text names instead of a city, and an event closing there",
          "[extract][german][english]") {
  const auto en = facts("The summit was held at the Raffles Hotel in Peru.", extractor(), "en");
  CHECK(en.count("Raffles Hotel located_in Peru"));
  CHECK(has_fact(en, "summit", "held_in", "Peru"));
  const auto resort = facts("The summit ended on Sunday at the Grand Resort.", extractor(), "en");
  CHECK(has_fact(resort, "summit", "held_in", "Grand Resort"));
  const auto de = facts("Der Gipfel fand im Hotel Raffles in Peru statt.");
  CHECK(de.count("Hotel Raffles located_in Peru"));
}

TEST_CASE(
    "German and English: older copy — the Bundesrepublik, states of the past, an agency's tag without a dash, "
    "and who accompanies a visitor",
    "[extract][german][english]") {
  const auto f = facts(
      "Bonn (AP) Der sowjetische Außenminister Paul Roe ist zu einem Staatsbesuch in der Bundesrepublik "
      "eingetroffen. Begleitet wird er von Verteidigungsminister Max Muster. Bundeskanzlerin Anna Probe empfing "
      "die Gäste.");
  CHECK(f.count("Paul Roe holds_office Sowjetunion"));
  CHECK(f.count("Anna Probe holds_office Deutschland"));
  // (a companion of the visitor is a guest: no office of the host)
  CHECK_FALSE(f.count("Max Muster holds_office Deutschland"));
  const auto names = entity_names("Bonn (AP) Der Gipfel begann in der DDR und in Jugoslawien.");
  CHECK_FALSE(names.count("AP ORG"));
  CHECK(names.count("DDR LOC"));
  CHECK(names.count("Jugoslawien LOC"));
  // (a party's tag after a name stays)
  CHECK(facts("Max Muster (SPD) Der Gipfel begann.").count("Max Muster member_of SPD"));
  const auto en = facts("The Soviet foreign minister, Peter Test, arrived in Lima.", extractor(), "en");
  CHECK(en.count("Peter Test holds_office Soviet Union"));
}

TEST_CASE("German: 'die Kanzlerin' refers to the Bundeskanzlerin, and attending together is no meeting",
          "[extract][german]") {
  // (not the subject of the sentence before, Paul Roe)
  const auto f = facts(
      "Bundeskanzlerin Anna Probe kam nach Lima. Präsident Paul Roe lobte die Stadt. Danach sprach die Kanzlerin "
      "mit Max Muster.");
  CHECK(f.count("Anna Probe meets_with Max Muster"));
  CHECK_FALSE(has_fact(f, "Paul Roe", "meets_with"));
  // (those attending a meeting together do not meet each other: "wohnten … bei" as "nahmen … teil")
  const auto g = facts(
      "Bundeskanzlerin Anna Probe kam nach Lima. Beim Treffen in Lima, dem auch Max Muster beiwohnte, sei es um "
      "Handel gegangen, so die Kanzlerin.");
  CHECK_FALSE(has_fact(g, "Anna Probe", "meets_with"));
  const auto h = facts(
      "Bundeskanzlerin Anna Probe kam nach Lima. Dem Treffen in Lima wohnten auch Max Muster und "
      "Paul Roe bei.");
  CHECK_FALSE(has_fact(h, "Max Muster", "meets_with"));
}

TEST_CASE("German: the host who receives guests to an event takes part in it", "[extract][german]") {
  CHECK(has_fact(facts("Anna Probe hat die Staatschefs Südamerikas zu einer Konferenz in Lima empfangen."),
                 "Anna Probe", "participates_in Konferenz"));
  CHECK(has_fact(facts("Anna Probe empfing die Delegationen zum Gipfel."), "Anna Probe", "participates_in Gipfel"));
}

TEST_CASE("German and English: initials written together, regnal numbers of one letter and 'PM' before a name",
          "[extract][german][english]") {
  const auto en = entity_names(
      "PM Peter Test arrives in Lima\n\nPresident J.R. Muster and King Paul Roe V attended the ceremony in Lima.",
      "en");
  CHECK(en.count("J.R. Muster PER"));
  CHECK(en.count("Paul Roe V PER"));
  CHECK(en.count("Peter Test PER"));
  CHECK_FALSE(en.count("PM ORG"));
  const auto de = entity_names("König Paul Roe V. und Königin Anna Probe nahmen an der Feier in Lima teil.");
  CHECK(de.count("Paul Roe V PER"));
  // (a single letter that is no regnal number ends no name: "Karl W")
  CHECK_FALSE(entity_names("Präsident Max W nahm an der Feier in Lima teil.").count("Max W PER"));
}

TEST_CASE("German and English: parties other states' news names, and a relative clause of whose party it is",
          "[extract][german][english]") {
  const auto en = facts(
      "Peter Test, the leader of the African National Congress, arrived in Lima. Paul Roe, whose BJP won the vote, "
      "spoke there.",
      extractor(), "en");
  CHECK(en.count("Peter Test holds_office ANC"));
  CHECK(en.count("Paul Roe member_of BJP"));
  const auto de = facts(
      "Max Muster, dessen CDU in Umfragen führt, sprach in Lima. Die Kommunistische Partei Chinas "
      "tagte in Peking.");
  CHECK(de.count("Max Muster member_of CDU"));
  CHECK(entity_names("Die Kommunistische Partei Chinas tagte in Peking.").count("Kommunistische Partei Chinas ORG"));
  // (a party's relative clause needs a party: "X, dessen Land …" is no membership)
  CHECK_FALSE(has_fact(facts("Max Muster, dessen Land der EU angehört, sprach in Lima."), "Max Muster", "member_of"));
}

TEST_CASE("German and English: 'the two men' and 'die beiden Männer' stand for the two persons named before",
          "[extract][german][english]") {
  const auto en = facts("Peter Test and Paul Roe arrived in Lima. The two men later met with President Anna Probe.",
                        extractor(), "en");
  CHECK(en.count("Peter Test meets_with Anna Probe"));
  CHECK(en.count("Paul Roe meets_with Anna Probe"));
  const auto de = facts("Max Muster und Paul Roe kamen nach Lima. Die beiden Männer trafen anschließend Anna Probe.");
  CHECK(de.count("Max Muster meets_with Anna Probe"));
  CHECK(de.count("Paul Roe meets_with Anna Probe"));
}

TEST_CASE(
    "German: a host welcoming colleagues at a building named with a city's adjective, and a Landtag 'in' its state",
    "[extract][german]") {
  const auto f = facts(
      "Die Minister kamen in Prag zu einem Treffen zusammen. Gastgeber Max Muster begrüßte seine Kolleginnen und "
      "Kollegen auf der Prager Burg.");
  CHECK(has_fact(f, "Treffen", "held_in", "Prager Burg"));
  CHECK(facts("Der Landtag in Brandenburg hat Max Muster zum Ministerpräsidenten gewählt.")
            .count("Max Muster holds_office Brandenburg"));
}

TEST_CASE("German: who comes to a ceremony after its place takes part, and a compound office is the first name's only",
          "[extract][german]") {
  const auto f =
      facts("Zu der Feier in Lima kamen unter anderem US-Präsident Paul Roe und die Bürgermeisterin Anna Probe.");
  CHECK(has_fact(f, "Paul Roe", "participates_in Feier"));
  CHECK(has_fact(f, "Anna Probe", "participates_in Feier"));
  CHECK(f.count("Paul Roe holds_office USA"));
  const auto two = facts("Zur Feier kamen US-Präsident Paul Roe und Anna Probe.");
  CHECK(two.count("Paul Roe holds_office USA"));
  CHECK_FALSE(two.count("Anna Probe holds_office USA"));
  // (a list goes on after a regnal number's period)
  const auto king = facts("Den Gipfel besuchten König Paul Roe III., Kanzler Max Muster und Anna Probe.");
  CHECK(has_fact(king, "Max Muster", "participates_in Gipfel"));
  CHECK(has_fact(king, "Anna Probe", "participates_in Gipfel"));
  // (a beach is a place of its own, no person's name)
  CHECK(entity_names("Anna Probe sprach am Lindenhof Beach.").count("Lindenhof Beach LOC"));
  // (nor a vote: who comes to it is a voter or candidate)
  CHECK_FALSE(has_fact(facts("Zu der Wahl in Lima kamen Paul Roe und Anna Probe."), "Paul Roe", "participates_in"));
  // (a noun before a name's particle after a cue is no name)
  CHECK_FALSE(
      entity_names("Anna Probe sprach in Lima mit Angehörigen von Soldaten.").count("Angehörigen von Soldaten PER"));
}

TEST_CASE("German and English: who is elected into a body is its member", "[extract][german][english]") {
  const auto de = facts(
      "Die Versammlung hat Peru und Chile in den Sicherheitsrat gewählt. Anna Probe wurde im Mai in "
      "den Bundesrat gewählt.");
  CHECK(has_fact(de, "Peru", "member_of", "Sicherheitsrat"));
  CHECK(has_fact(de, "Chile", "member_of", "Sicherheitsrat"));
  CHECK(has_fact(de, "Anna Probe", "member_of", "Bundesrat"));
  const auto en = facts(
      "The assembly elected Peru and Chile to the Security Council. Peter Test was re-elected to the "
      "Security Council.",
      extractor(), "en");
  CHECK(has_fact(en, "Peru", "member_of", "Security Council"));
  CHECK(has_fact(en, "Chile", "member_of", "Security Council"));
  CHECK(has_fact(en, "Peter Test", "member_of", "Security Council"));
  // (with a member's cue: the body they go into, not the one that elects them)
  const auto cue =
      facts("Die UN-Vollversammlung hat Peru und Chile als nichtständige Mitglieder in den Sicherheitsrat gewählt.");
  CHECK(has_fact(cue, "Peru", "member_of", "Sicherheitsrat"));
  CHECK_FALSE(has_fact(cue, "Peru", "member_of", "Vollversammlung"));
  CHECK(has_fact(facts("Peru, Chile und Bolivien sind als künftige nichtständige Mitglieder in den Sicherheitsrat "
                       "gewählt worden."),
                 "Bolivien", "member_of", "Sicherheitsrat"));
}

TEST_CASE("German and English: a person named by age refers to the one person named before",
          "[extract][german][english]") {
  const auto de = facts("Max Muster kam am Montag nach Lima. Der 61-Jährige gehört der SVP an.");
  CHECK(de.count("Max Muster member_of SVP"));
  // (a man's age is none of a woman introduced with her office's female form; two persons: neither)
  const auto past =
      facts("Max Muster kam nach Lima. Bürgermeisterin Anna Probe empfing ihn dort. Der 61-Jährige gehört der SVP an.");
  CHECK(past.count("Max Muster member_of SVP"));
  CHECK_FALSE(has_fact(facts("Max Muster traf Paul Roe in Lima. Der 61-Jährige gehört der SVP an."), "", "member_of"));
  // (whom a vote is for casts none: "Für den 61-Jährigen stimmten …")
  CHECK_FALSE(has_fact(facts("Die Versammlung tagte in Lima. Max Muster war Kandidat. Für den 61-Jährigen stimmten "
                             "90 Abgeordnete."),
                       "Max Muster", "participates_in"));
  const auto en =
      facts("Peter Test arrived in Lima on Monday. The 61-year-old met President Anna Probe there.", extractor(), "en");
  CHECK(en.count("Peter Test meets_with Anna Probe"));
}

TEST_CASE("German and English: a truncated compound's office, a building after a sentence's preposition, objections",
          "[extract][german][english]") {
  // (the first part of "Staats- und Parteichef" is the state's office its genitive tells)
  const auto office =
      facts("Die EU tagte in Lima. Die EU beriet. Perus Staats- und Parteichef Paul Roe empfing Anna Probe.");
  CHECK(office.count("Paul Roe holds_office Peru"));
  // (a preposition that starts the sentence is no part of a building's name)
  const auto names = entity_names("Im Neuen Rathaus unterzeichneten Anna Probe und Max Muster den Vertrag.");
  CHECK(names.count("Neuen Rathaus LOC"));
  CHECK_FALSE(names.count("Im Neuen Rathaus LOC"));
  // (an objection to joining is no membership)
  CHECK_FALSE(has_fact(facts("Die Nato tagte in Lima. Die Türkei gab ihre Einwände gegen den Beitritt Perus auf, "
                             "Peru wird Mitglied der Nato."),
                       "Türkei", "member_of"));
  CHECK_FALSE(has_fact(
      facts("NATO met in Lima. Hungary voiced objections as Peru moved closer to joining the bloc.", extractor(), "en"),
      "Peru", "member_of"));
}

TEST_CASE("German and English: a quoted name after or before an organisation's noun names it, and its meeting",
          "[extract][german][english]") {
  const auto de = facts(
      "Anna Probe nahm an der Konferenz der Initiative „Grüne Brücke“ in Lima teil. Max Muster sprach "
      "auf dem Gipfel der Gruppe „Neue Wege“ in Quito.");
  CHECK(has_fact(de, "Konferenz der Initiative Grüne Brücke", "held_in Lima"));
  CHECK(has_fact(de, "Gipfel der Gruppe Neue Wege", "held_in Quito"));
  CHECK_FALSE(has_fact(de, "Konferenz", "held_in Quito"));
  // (the quoted words name no party the lexicons know: "Grüne")
  const auto names = entity_names("Die Initiative „Grüne Brücke“ tagte in Lima.");
  CHECK(names.count("Grüne Brücke ORG"));
  CHECK_FALSE(names.count("Bündnis 90/Die Grünen ORG"));
  CHECK(entity_names("Peter Test joined the \"Green Bridge\" initiative in Lima.", "en").count("Green Bridge ORG"));
}

TEST_CASE("German and English: who receives the subject in a clause after its own meets it",
          "[extract][german][english]") {
  CHECK(facts("Max Muster reiste nach Lima, wo ihn Präsident Paul Roe vor dem Palast mit militärischen Ehren begrüßte.")
            .count("Max Muster meets_with Paul Roe"));
  CHECK(facts("Peter Test flew to Lima, where President Paul Roe welcomed him.", extractor(), "en")
            .count("Peter Test meets_with Paul Roe"));
  // (also by several)
  const auto de = facts("Max Muster reiste weiter nach Lima, wo ihn König Paul Roe und Königin Eva Lang begrüßten.");
  CHECK(de.count("Max Muster meets_with Paul Roe"));
  CHECK(de.count("Max Muster meets_with Eva Lang"));
  const auto en =
      facts("Peter Test flew to Lima, where King Paul Roe and Queen Anna Lang welcomed him.", extractor(), "en");
  CHECK(en.count("Peter Test meets_with Paul Roe"));
  CHECK(en.count("Peter Test meets_with Anna Lang"));
  // (not one who only waits for the subject there)
  CHECK_FALSE(has_fact(facts("Max Muster reiste nach Lima, wo ihn Präsident Paul Roe zum Gipfel erwartet."),
                       "Max Muster", "meets_with"));
}

TEST_CASE("German and English: 'beide Länder' far after the lead naming two states are those two",
          "[extract][german][english]") {
  const auto de = facts(
      "Die Regierungen Perus und Chiles kamen in Lima zusammen. Max Muster sprach über Handel. Anna "
      "Probe sprach über Fischerei. Paul Roe sprach über Bergbau. Beide Länder sind Mitglieder der "
      "OAS.");
  CHECK(de.count("Peru member_of Organisation Amerikanischer Staaten"));
  CHECK(de.count("Chile member_of Organisation Amerikanischer Staaten"));
  const auto en = facts(
      "The governments of Peru and Chile met in Lima. Peter Test spoke on trade. Anna Probe spoke on "
      "fishing. Paul Roe spoke on mining. Both countries are members of the OAS.",
      extractor(), "en");
  CHECK(en.count("Peru member_of OAS"));
  CHECK(en.count("Chile member_of OAS"));
}

TEST_CASE("German: every companion of a list holds the office of whom they accompany, and 'austauschte' meets",
          "[extract][german]") {
  const auto f = facts(
      "Besuch in Quito\n\nDer peruanische König Max Muster kam nach Quito. Die ecuadorianische Präsidentin Anna "
      "Probe empfing ihn. Begleitet wurde Muster von Kronprinz Peter Test und Außenminister Paul Roe.");
  CHECK(f.count("Peter Test holds_office Peru"));
  CHECK(f.count("Paul Roe holds_office Peru"));
  CHECK_FALSE(f.count("Paul Roe holds_office Ecuador"));
  CHECK(facts("Max Muster, der sich getrennt mit Paul Roe austauschte, reiste ab.")
            .count("Max Muster meets_with Paul Roe"));
}

TEST_CASE("German and English: who travels to the state of the article's event's city takes part in it",
          "[extract][german][english]") {
  const auto de = facts(
      "Gipfel in Lima\n\nDer Gipfel der Andengemeinschaft hat in Lima begonnen. Auch Anna Probe und Max Muster "
      "waren nach Peru gekommen.");
  CHECK(has_fact(de, "Anna Probe", "participates_in Gipfel"));
  CHECK(has_fact(de, "Max Muster", "participates_in Gipfel"));
  // (not to another state)
  CHECK_FALSE(has_fact(facts("Gipfel in Lima\n\nDer Gipfel der Andengemeinschaft hat in Lima begonnen. Paul Roe "
                             "war nach Chile gekommen."),
                       "Paul Roe", "participates_in"));
  const auto en = facts(
      "Summit in Lima\n\nThe Andean Community summit opened in Lima. Anna Probe and Peter Test also came to Peru.",
      extractor(), "en");
  CHECK(has_fact(en, "Anna Probe", "participates_in"));
  CHECK(has_fact(en, "Peter Test", "participates_in"));
}

TEST_CASE("German and English: a state that sends someone named with an office takes part, in a second clause too",
          "[extract][german][english]") {
  const auto de = facts(
      "Gipfel in Lima\n\nDer Gipfel der Andengemeinschaft hat in Lima begonnen. Für Peru reiste Anna Probe an, "
      "Chile schickte Präsident Paul Roe.");
  CHECK(has_fact(de, "Chile", "participates_in Gipfel"));
  CHECK(has_fact(de, "Paul Roe", "participates_in Gipfel"));
  const auto en =
      facts("Summit in Lima\n\nThe Andean Community summit opened in Lima. Chile sent Foreign Minister Paul Roe.",
            extractor(), "en");
  CHECK(has_fact(en, "Chile", "participates_in"));
  CHECK(has_fact(en, "Paul Roe", "participates_in"));
}

TEST_CASE("German and English: abbeys, chapels and a city's name before a building's noun name buildings",
          "[extract][german][english]") {
  CHECK(has_fact(facts("Mit einem Festakt in der Lindenhof-Abtei hat Peru den Jahrestag gefeiert."), "Festakt",
                 "held_in Lindenhof-Abtei"));
  CHECK(has_fact(facts("Mit einem Trauergottesdienst in der Lindenhof Abbey nahm Peru Abschied von Paul Roe."),
                 "Trauergottesdienst", "held_in Lindenhof Abbey"));
  const auto en =
      entity_names("The funeral service was held at Lindenhof Chapel. The procession then went to Lima Arch.", "en");
  CHECK(en.count("Lindenhof Chapel LOC"));
  CHECK(en.count("Lima Arch LOC"));
  CHECK_FALSE(en.count("Lima LOC"));
}

TEST_CASE("German and English: a form of address of several words is no office ('First Lady')",
          "[extract][german][english]") {
  const auto de = facts(
      "Trauerfeier in Lima\n\nAus Quito war der ecuadorianische Präsident Paul Roe angereist, begleitet von First "
      "Lady Anna Probe.");
  CHECK(de.count("Paul Roe holds_office Ecuador"));
  CHECK_FALSE(has_fact(de, "Anna Probe", "holds_office"));
  CHECK_FALSE(has_fact(de, "First Lady Anna Probe", ""));
  const auto en =
      facts("Funeral in Lima\n\nEcuador's President Paul Roe arrived from Quito, accompanied by First Lady Anna Probe.",
            extractor(), "en");
  CHECK(en.count("Paul Roe holds_office Ecuador"));
  CHECK_FALSE(has_fact(en, "Anna Probe", "holds_office"));
}

TEST_CASE("German and English: a city in a state's part named by its noun, after a comma, on a state's coast",
          "[extract][german][english]") {
  const auto de = facts(
      "Titel\n\nDas Treffen fand in Davos im Kanton Graubünden statt. Die Minister kamen in Quito, im Norden "
      "Ecuadors, zusammen. Danach reisten sie nach Lima an der peruanischen Pazifikküste.");
  CHECK(de.count("Davos located_in Graubünden"));
  CHECK(de.count("Quito located_in Ecuador"));
  CHECK(de.count("Lima located_in Peru"));
  CHECK_FALSE(has_fact(de, "Treffen", "held_in Graubünden"));  // (a canton is a state's part, no city)
  // (a canton named like a common noun is none: "mit dem Zug")
  CHECK_FALSE(entity_names("Anna Probe reiste mit dem Zug nach Lima.").count("Zug LOC"));
  const auto en = facts(
      "Title\n\nThe talks took place in Sydney in the state of New South Wales. The ministers gathered in Lima on "
      "Peru's Pacific coast. They later met in Quito, northern Ecuador.",
      extractor(), "en");
  CHECK(en.count("Sydney located_in New South Wales"));
  CHECK(en.count("Lima located_in Peru"));
  CHECK(en.count("Quito located_in Ecuador"));
}

TEST_CASE(
    "German and English: an epithet refers to the organisation named more often, not one another epithet "
    "introduced",
    "[extract][german][english]") {
  const auto de = facts(
      "Titel\n\nDer Staatenbund Mercosur tagte in Lima. Die Nato beriet in Quito. Finnland ist der Nato beigetreten. "
      "Schweden trat dem Bündnis später bei.");
  CHECK(de.count("Schweden member_of NATO"));
  CHECK_FALSE(de.count("Schweden member_of Mercosur"));
  const auto en = facts(
      "Title\n\nThe trade bloc Mercosur met in Lima. NATO met in Quito. Finland joined NATO last year. Sweden joined "
      "the alliance later.",
      extractor(), "en");
  CHECK(en.count("Sweden member_of NATO"));
  CHECK_FALSE(en.count("Sweden member_of Mercosur"));
}

TEST_CASE("German: a pronoun refers to the latest subject whose office's form does not tell the other gender",
          "[extract][german]") {
  const auto met = facts(
      "Besuch\n\nDer peruanische Präsident Max Muster landete in Quito. Die ecuadorianische Präsidentin Anna Probe "
      "empfing ihn am Flughafen. Am Abend traf er Paul Roe.");
  CHECK(met.count("Max Muster meets_with Paul Roe"));
  CHECK_FALSE(met.count("Anna Probe meets_with Paul Roe"));
  // … and a possessive that opens a sentence of companions: "In seiner Begleitung waren …"
  const auto companions = facts(
      "Besuch in Quito\n\nDer peruanische Präsident Max Muster ist zu einem Staatsbesuch in Quito eingetroffen. Die "
      "ecuadorianische Präsidentin Anna Probe empfing ihn. In seiner Begleitung waren Außenminister Paul Roe und "
      "Handelsministerin Eva Lang.");
  CHECK(companions.count("Paul Roe holds_office Peru"));
  CHECK(companions.count("Eva Lang holds_office Peru"));
  CHECK_FALSE(companions.count("Paul Roe holds_office Ecuador"));
}

TEST_CASE(
    "English: companions after 'Accompanying X' hold X's state's offices, and a visit's city with a relative "
    "clause after the day of arrival",
    "[extract][english]") {
  const auto f = facts(
      "Visit to Quito\n\nPeru's President Max Muster arrived in Quito on a state visit. Ecuador's President Anna "
      "Probe welcomed him. Accompanying Muster on the trip were Foreign Minister Paul Roe and Trade Minister Eva "
      "Lang.",
      extractor(), "en");
  CHECK(f.count("Paul Roe holds_office Peru"));
  CHECK(f.count("Eva Lang holds_office Peru"));
  CHECK_FALSE(f.count("Paul Roe holds_office Ecuador"));
  CHECK(has_fact(facts("Max Muster arrived in Quito on Wednesday, where he attended the inauguration of Paul Roe.",
                       extractor(), "en"),
                 "inauguration", "held_in Quito"));
}

TEST_CASE("German and English: a name's part a particle leads, capitalised at a sentence's start, is the person",
          "[extract][german][english]") {
  // (the subject the pronoun after it refers to, not the one named before it)
  const auto de = facts(
      "Präsident Max al-Muster kam nach Lima. Generalsekretär Peter Test forderte eine Waffenruhe. Al-Muster sprach "
      "über Handel. Er traf am Rande des Gipfels Paul Roe.");
  CHECK(de.count("Max al-Muster meets_with Paul Roe"));
  CHECK_FALSE(de.count("Peter Test meets_with Paul Roe"));
  const auto en = facts(
      "President Max al-Muster came to Lima. Secretary-General Peter Test called for a ceasefire. Al-Muster spoke on "
      "trade. He met Paul Roe on the sidelines of the summit.",
      extractor(), "en");
  CHECK(en.count("Max al-Muster meets_with Paul Roe"));
  CHECK_FALSE(en.count("Peter Test meets_with Paul Roe"));
}

TEST_CASE("German: those named among the ones who came to a meeting take part in it and meet no one by it",
          "[extract][german]") {
  const auto f = facts(
      "Gipfel in Lima\n\nDer Gipfel der Andengemeinschaft endete am Samstag. Zu dem eintägigen Treffen in Lima waren "
      "Vertreter aus rund 20 Staaten gekommen, darunter Präsident Max Muster und Präsidentin Anna Probe.");
  CHECK(has_fact(f, "Max Muster", "participates_in"));
  CHECK(has_fact(f, "Anna Probe", "participates_in"));
  CHECK_FALSE(f.count("Max Muster meets_with Anna Probe"));
}

TEST_CASE(
    "German: an office compound whose head names no known organisation starts no name, a people's head holds "
    "it in their state",
    "[extract][german]") {
  const auto names = entity_names("Zu dem Treffen kamen Max Muster und Rebellenchef Peter Test.");
  CHECK(names.count("Peter Test PER"));
  CHECK_FALSE(names.count("Rebellenchef Peter Test PER"));
  const auto f = facts("Zu dem Treffen kamen Max Muster und Palästinenserpräsident Paul Roe.");
  CHECK(f.count("Paul Roe holds_office Palästina"));
  CHECK_FALSE(
      has_fact(facts("Zu dem Treffen kamen Max Muster und Rebellenchef Peter Test."), "Peter Test", "holds_office"));
}

TEST_CASE("German and English: a state that sends its chargé d'affaires takes part", "[extract][german][english]") {
  CHECK(has_fact(facts("Gipfel in Lima\n\nDer Gipfel der Andengemeinschaft begann in Lima. Die Vereinigten Staaten "
                       "schickten lediglich ihre Geschäftsträgerin."),
                 "USA", "participates_in Gipfel"));
  CHECK(has_fact(facts("Summit in Lima\n\nThe Andean Community summit opened in Lima. The United States sent only its "
                       "chargé d'affaires.",
                       extractor(), "en"),
                 "United States", "participates_in"));
}

TEST_CASE("German and English: the next meeting of a topic or region is another event than the article's",
          "[extract][german][english]") {
  auto events = [](const std::string& text, const std::string& lang) {
    auto doc = extractor().extract(kg::extract::Input{text, "test", "", lang});
    REQUIRE_OK(doc);
    return std::count_if(doc->entities.begin(), doc->entities.end(),
                         [](const kg::Entity& e) { return e.type == kg::EntityType::kEvent; });
  };
  CHECK(events("Titel\n\nDer Afrika-Gipfel in Nairobi endete. Der nächste Afrika-Gipfel findet in Quito statt.",
               "de") == 2);
  CHECK(events("Title\n\nThe East Asia Summit in Lima ended. The next East Asia Summit will be held in Quito.", "en") ==
        2);
}

TEST_CASE("German and English: an office in a relative clause after its organisation ('whose chairperson X')",
          "[extract][german][english]") {
  CHECK(facts("Meeting in Lima\n\nThe EU and NATO held talks in Lima. The EU sent its envoy. The OAS, whose "
              "chairperson Anna Probe spoke, also attended.",
              extractor(), "en")
            .count("Anna Probe holds_office OAS"));
  CHECK(facts("Titel\n\nDer Rat der EU, dessen Präsidentin Anna Probe sprach, tagte in Lima.")
            .count("Anna Probe holds_office EU"));
}

TEST_CASE("German and English: the African Union Commission is a body of its own", "[extract][german][english]") {
  CHECK(facts("Title\n\nThe summit was co-organised by the African Union Commission, whose chairperson Paul Roe spoke.",
              extractor(), "en")
            .count("Paul Roe holds_office African Union Commission"));
  CHECK(entity_names("Die AU-Kommission tagte in Lima.").count("Kommission der Afrikanischen Union ORG"));
}

TEST_CASE("German: a federal title is of no state the article names only in a list of states", "[extract][german]") {
  const auto f = facts(
      "Gipfel in Lima\n\nDer Gipfel der Andengemeinschaft begann in Lima. Bundeskanzler Max Muster "
      "nahm als Gast teil. Der Gemeinschaft gehören fünf Staaten an, darunter Österreich, Peru und "
      "Chile.");
  CHECK_FALSE(f.count("Max Muster holds_office Österreich"));
  // (named on its own, it is that state's)
  CHECK(facts("Gipfel in Lima\n\nÖsterreich schickte eine Delegation zum Gipfel in Lima. Bundeskanzler Max Muster "
              "nahm als Gast teil.")
            .count("Max Muster holds_office Österreich"));
}

TEST_CASE("German and English: one acting for an organisation named at the sentence's start holds its office",
          "[extract][german][english]") {
  const auto de = facts(
      "Gipfel in Lima\n\nIn Lima begann der Gipfel der Andengemeinschaft. Für die Weltbank reiste "
      "Vizepräsidentin Anna Probe nach Lima. Für die Vereinten Nationen sprach Generalsekretär "
      "Paul Roe.");
  CHECK(de.count("Anna Probe holds_office Weltbank"));
  CHECK(de.count("Paul Roe holds_office UN"));
  CHECK(facts("Summit in Lima\n\nThe Andean Community summit opened in Lima. For the UN, Secretary-General Paul Roe "
              "spoke.",
              extractor(), "en")
            .count("Paul Roe holds_office UN"));
  // (a government's organisation is no holder of a minister's office)
  CHECK_FALSE(facts("Gipfel in Lima\n\nIn Lima begann der Gipfel. Für die Bundesregierung nahm Außenministerin Eva "
                    "Lang teil.")
                  .count("Eva Lang holds_office Bundesregierung"));
}

TEST_CASE("German: a state joins an organisation named before by a pronoun ('trat ihr bei')", "[extract][german]") {
  // (the pronoun is the article's organisation: the one its event binds or it names most)
  const auto f = facts(
      "Gipfel der Andengemeinschaft\n\nDie Andengemeinschaft wuchs im Jahr 2020. Peru trat ihr als "
      "fünftes Mitglied bei.");
  CHECK(f.count("Peru member_of Andengemeinschaft"));
}

TEST_CASE("German: an office compound whose head is the head noun of an organisation named before",
          "[extract][german]") {
  const auto f = facts("Treffen in Lima\n\nDie Arabische Liga tagte in Lima. Liga-Generalsekretär Paul Roe sprach.");
  CHECK(f.count("Paul Roe holds_office Arabische Liga"));
}

TEST_CASE("German: those who appeared take part, and a state that had itself represented", "[extract][german]") {
  const auto f = facts(
      "Gipfel in Lima\n\nIn Lima begann am Montag der Gipfel. Nur wenige Staatschefs waren "
      "erschienen, unter ihnen Präsident Max Muster. Chile entsandte seinen Außenminister Paul Roe, "
      "Peru ließ sich durch einen Botschafter vertreten.");
  CHECK(has_fact(f, "Max Muster", "participates_in Gipfel"));
  CHECK(has_fact(f, "Peru", "participates_in Gipfel"));
  CHECK(has_fact(f, "Chile", "participates_in Gipfel"));
}

TEST_CASE("German: the one met fronted after 'Mit', one met added after the verb, one spoken about",
          "[extract][german]") {
  // (titles make the names: the test's extractor has no tagger)
  const auto fronted = facts(
      "Forum in Lima\n\nIn Lima begann das Forum. Präsidentin Anna Probe kam am Mittwoch an. "
      "Mit dem argentinischen Präsidenten Max Muster sprach sie über Handel.");
  CHECK(fronted.count("Anna Probe meets_with Max Muster"));
  const auto added = facts(
      "Forum in Lima\n\nIn Lima begann das Forum. Präsident Max Muster kam am Mittwoch an. Er "
      "traf neben Außenministerin Anna Probe auch Außenminister Paul Roe.");
  CHECK(added.count("Max Muster meets_with Anna Probe"));
  CHECK(added.count("Max Muster meets_with Paul Roe"));
  // (fronted, "neben" adds one who acts too: both spoke, to others)
  CHECK_FALSE(facts("Forum in Lima\n\nIn Lima begann das Forum. Neben Präsident Max Muster sprach auch "
                    "Außenministerin Anna Probe zu den Delegierten.")
                  .count("Max Muster meets_with Anna Probe"));
  CHECK_FALSE(facts("Forum in Lima\n\nIn Lima begann das Forum. Präsidentin Anna Probe kam am Mittwoch an. Sie "
                    "sprach über den Präsidenten Max Muster.")
                  .count("Anna Probe meets_with Max Muster"));
}

TEST_CASE("German: a meeting noun heading the text before a compound of it is the compound's event",
          "[extract][german]") {
  const std::string text =
      "Gipfel in Lima\n\nIn Lima begann am Montag der Sondergipfel der Andengemeinschaft. "
      "Teilnehmer sind Präsident Paul Roe und Kanzlerin Anna Probe.";
  auto doc = extractor().extract(kg::extract::Input{text, "test", "", "de"});
  REQUIRE_OK(doc);
  CHECK(std::count_if(doc->entities.begin(), doc->entities.end(),
                      [](const kg::Entity& e) { return e.type == kg::EntityType::kEvent; }) == 1);
  CHECK(has_fact(facts(text), "Paul Roe", "participates_in Sondergipfel"));
  // (a compound of a variant of its own stays apart: "der Sonderparteitag … der ordentliche Parteitag")
  auto two = extractor().extract(kg::extract::Input{
      "Parteitag in Lima\n\nDie Partei hält im Mai einen Sonderparteitag ab. Der ordentliche Parteitag folgt im "
      "Herbst.",
      "test", "", "de"});
  REQUIRE_OK(two);
  CHECK(std::count_if(two->entities.begin(), two->entities.end(),
                      [](const kg::Entity& e) { return e.type == kg::EntityType::kEvent; }) >= 2);
}

TEST_CASE("German: a party's office over two names with their parties' tags is each one's party's",
          "[extract][german]") {
  const auto f = facts("Titel\n\nDie SPD tagte. Die Fraktionschefs Jens Probe (CDU) und Max Muster (SPD) kamen an.");
  CHECK(f.count("Jens Probe holds_office CDU"));
  CHECK(f.count("Max Muster holds_office SPD"));
  CHECK_FALSE(f.count("Jens Probe holds_office SPD"));
  CHECK_FALSE(f.count("Max Muster holds_office CDU"));
}

TEST_CASE(
    "German: one met 'mit' the subject of the sentences before is the first after 'mit', not one of a "
    "clause after it",
    "[extract][german]") {
  const auto f = facts(
      "Besuch in Lima\n\nPräsidentin Anna Probe empfing Präsident Max Muster in Lima. Im "
      "Anschluss an das Gespräch mit seiner Gastgeberin fuhr Muster ins Rathaus, wo ihn "
      "Bürgermeisterin Eva Lang zu einem Mittagessen erwartete.");
  CHECK_FALSE(f.count("Anna Probe meets_with Eva Lang"));
}

TEST_CASE("German: the Commonwealth is an organisation with members, and APEC one with an acronym",
          "[extract][german]") {
  auto f = facts(
      "Der Gipfel des Commonwealth begann in Lima. Peru ist seit 1990 Mitglied des Commonwealth. Anna Probe "
      "sprach für die Apec.");
  CHECK(f.count("Peru member_of Commonwealth"));
  CHECK(entity_names("Die Asiatisch-Pazifische Wirtschaftskooperation tagt in Lima.").count("APEC ORG"));
}

TEST_CASE("German: a state the participants act on takes no part, a hostess names the venue, an office in a ministry",
          "[extract][german]") {
  auto f = facts(
      "Der Gipfel begann in Lima. Teilnehmer sind Peru und Chile. Die Teilnehmer verurteilten die Angriffe auf "
      "Ecuador.");
  CHECK(f.count("Peru participates_in Gipfel @ Lima"));
  CHECK_FALSE(has_fact(f, "Ecuador", "participates_in"));
  CHECK(has_fact(facts("Die Konferenz dauerte zwei Tage. Gastgeberin der Konferenz war Peru."), "Konferenz", "held_in",
                 "Peru"));
  CHECK(facts("Es sprach die Staatsministerin im Auswärtigen Amt, Anna Probe.")
            .count("Anna Probe holds_office Auswärtiges Amt"));
}

TEST_CASE("German: a state that holds a body's presidency is a member, no state is a party's, a building by its noun",
          "[extract][german]") {
  CHECK(facts("Peru, das derzeit die EU-Ratspräsidentschaft innehat, legte einen Vorschlag vor.")
            .count("Peru member_of EU"));
  CHECK(facts("Peru hat derzeit den EU-Ratsvorsitz inne.").count("Peru member_of EU"));
  // (a party's members are persons)
  CHECK_FALSE(has_fact(facts("Der Parteitag fand in Bayern statt, dem Land mit den meisten CSU-Mitgliedern."), "Bayern",
                       "member_of"));
  CHECK(has_fact(facts("Der Gipfel begann im Lindenhof-Gebäude in Lima."), "Gipfel", "held_in", "Lindenhof-Gebäude"));
}

TEST_CASE("German: an epithet before an organisation's name introduces it, an office compound names none more often",
          "[extract][german]") {
  auto f = facts(
      "Abkommen in Lima\n\nDie Europäische Union und der südamerikanische Staatenbund Mercosur haben ein Abkommen "
      "geschlossen. EU-Kommissionspräsidentin Anna Probe sprach von einem Erfolg. Bolivien ist seit diesem Jahr "
      "Vollmitglied des Bündnisses.");
  CHECK(f.count("Bolivien member_of Mercosur"));
  CHECK_FALSE(f.count("Bolivien member_of EU"));
}

TEST_CASE("German: an election with the office fronted gives the office", "[extract][german]") {
  auto f = facts(
      "Tagung in Oslo\n\nDie Tagung des Nordischen Rates fand in Oslo statt. Zum neuen Präsidenten des Nordischen "
      "Rates wurde der finnische Abgeordnete Paul Roe gewählt. Zur Präsidentin von Peru wählte das Parlament am "
      "Sonntag Anna Probe.");
  CHECK(f.count("Paul Roe holds_office Nordischer Rat"));
  CHECK(facts("Wahl in Lima\n\nZur Präsidentin von Peru wurde am Sonntag Anna Probe gewählt.")
            .count("Anna Probe holds_office Peru"));
}

TEST_CASE("German: a summit named after a state visit only is another event", "[extract][german]") {
  auto f = facts(
      "Roe in Kenia\n\nPräsident Paul Roe ist zu einem Staatsbesuch in Kenia eingetroffen. Präsident Max Muster "
      "begrüßte seinen Gast am Dienstag. Kenia richtet im November den Gipfel der Gruppe in Nairobi aus.");
  CHECK(has_fact(f, "Paul Roe participates_in", "Staatsbesuch"));
  CHECK_FALSE(has_fact(f, "Paul Roe participates_in", "Gipfel"));
  CHECK(has_fact(f, "Gipfel der Gruppe", "held_in", "Nairobi"));
  CHECK_FALSE(has_fact(f, "Staatsbesuch", "held_in", "Nairobi"));
}

TEST_CASE("German: the event the title names is the article's when another is named as often", "[extract][german]") {
  auto f = facts(
      "Landesparteitag in Lima\n\nDie Partei hat Anna Probe zu ihrer Kandidatin für die Wahl im März gewählt. Auf "
      "dem Landesparteitag in Lima stimmten 90 Prozent für sie. Auch Paul Roe war nach Lima gekommen. Die Wahl "
      "findet am 8. März statt. Nach der Wahl will Probe regieren.");
  CHECK(has_fact(f, "Paul Roe participates_in", "Landesparteitag"));
  CHECK_FALSE(has_fact(f, "Paul Roe participates_in", "Wahl"));
}

TEST_CASE("German: a session is an event, one with a sitting", "[extract][german]") {
  auto f = facts(
      "Rat tagt in Lima\n\nDie 12. Session des Andenrates fand am Dienstag in Lima statt. An der Sitzung nahm Anna "
      "Probe teil.");
  CHECK(has_fact(f, "Session", "held_in", "Lima"));
  CHECK(has_fact(f, "Anna Probe participates_in", "Session"));
}

TEST_CASE("German: a state holding an organisation's presidency named in the genitive is its member",
          "[extract][german]") {
  CHECK(
      facts("Gipfel in Lima\n\nPeru hat in diesem Jahr die Präsidentschaft der G20 inne.").count("Peru member_of G20"));
  CHECK(facts("Gipfel in Lima\n\nPeru, das derzeit die Präsidentschaft der G20 innehat, lud ein.")
            .count("Peru member_of G20"));
}

TEST_CASE("German: participles of taking part fronted at a sentence's start", "[extract][german]") {
  auto f = facts(
      "Gipfel in Lima\n\nDer Gipfel fand in Lima statt. Angereist waren auch Paul Roe und Anna Probe. Zugeschaltet "
      "war Präsident Max Muster.");
  for (const char* who : {"Paul Roe", "Anna Probe", "Max Muster"}) {
    INFO(who);
    CHECK(has_fact(f, std::string(who) + " participates_in", "Gipfel"));
  }
}

TEST_CASE("German: 'beide' alone refers to the two persons named before", "[extract][german]") {
  auto f = facts(
      "Treffen in Berlin\n\nKanzler Paul Roe empfing Präsident Max Muster in Berlin. Anschließend nahmen beide an "
      "einer Videokonferenz teil. Beide Länder wollen enger zusammenarbeiten.");
  CHECK(has_fact(f, "Paul Roe participates_in", "Videokonferenz"));
  CHECK(has_fact(f, "Max Muster participates_in", "Videokonferenz"));
}

TEST_CASE("German: who an event one takes part in is with takes part too", "[extract][german]") {
  auto f = facts(
      "Treffen in Berlin\n\nKanzler Paul Roe nahm am Mittwoch an einer Videokonferenz mit Präsidentin Anna Probe und "
      "mehreren europäischen Regierungschefs teil.");
  CHECK(has_fact(f, "Anna Probe participates_in", "Videokonferenz"));
  CHECK(has_fact(f, "Paul Roe participates_in", "Videokonferenz"));
  CHECK_FALSE(has_fact(facts("Treffen in Berlin\n\nKanzler Paul Roe nahm nicht an der Videokonferenz mit Präsidentin "
                             "Anna Probe teil."),
                       "Anna Probe participates_in", "Videokonferenz"));
}

TEST_CASE("German: a state that hosts an event in a second predicate of its sentence", "[extract][german]") {
  auto f = facts("Gipfel\n\nPeru hat den Vorsitz der Gruppe inne und richtet im Mai den Gipfel in Lima aus.");
  CHECK(has_fact(f, "Gipfel", "held_in", "Peru"));
  CHECK(has_fact(f, "Peru participates_in", "Gipfel"));
  auto g = facts("Gipfel\n\nDer Präsident reiste nach Chile und richtet im Mai den Gipfel in Lima aus.");
  CHECK_FALSE(has_fact(g, "Gipfel", "held_in", "Chile"));
}

TEST_CASE("German: the one a group of leaders met with takes part in the article's meeting", "[extract][german]") {
  auto f = facts(
      "Konferenz in Lima\n\nDie Konferenz der Regionen begann am Donnerstag. Die Regierungschefs der Regionen haben "
      "sich in Lima mit Präsident Paul Roe getroffen.");
  CHECK(has_fact(f, "Paul Roe participates_in", "Konferenz"));
  CHECK_FALSE(has_fact(facts("Konferenz in Lima\n\nDie Konferenz der Regionen begann am Donnerstag. Die "
                             "Regierungschefs hatten sich zuvor mit Präsident Paul Roe getroffen."),
                       "Paul Roe participates_in", "Konferenz"));
}

TEST_CASE("German: a press conference is no event, a generic meeting on another's margins names none",
          "[extract][german]") {
  auto events_of = [](const std::string& text, const std::string& title = "Gipfel in Lima") {
    return events_at(title + "\n\n" + text);
  };
  // "Pressekonferenz" is an appearance before reporters, not a meeting of the persons it names.
  CHECK(events_of("Der Gipfel in Lima endete am Abend. Auf einer gemeinsamen Pressekonferenz in Quito lobten Anna "
                  "Probe und Max Muster die Ergebnisse.") == std::multiset<std::string>{"Gipfel @ Lima"});
  // "ein Treffen der Gruppe der Freunde" on the summit's margins is no name of the summit.
  CHECK(events_of("Der Gipfel in Lima begann am Montag. Am Rande des Gipfels kamen Anna Probe und Max Muster zu einem "
                  "Treffen der sogenannten Gruppe der Freunde zusammen.") ==
        std::multiset<std::string>{"Gipfel @ Lima"});
  // (talks have no name of their own: "das Treffen des Ausschusses" names them)
  CHECK(events_of("Lima. Nach stundenlangen Beratungen im Rathaus haben sich die Spitzen der Parteien geeinigt. An "
                  "dem Treffen des Koalitionsausschusses nahmen Anna Probe und Max Muster teil.",
                  "Einigung in Lima") == std::multiset<std::string>{"Treffen des Koalitionsausschusses"});
}

TEST_CASE("German: one who represents a person holds an office of that person's state", "[extract][german]") {
  auto f = facts(
      "Gipfel in Lima\n\nDer Gipfel begann in Lima. Der chilenische Präsident Paul Roe ließ sich durch Vizepräsident "
      "Max Muster vertreten.");
  CHECK(has_fact(f, "Max Muster holds_office", "Chile"));
  CHECK(has_fact(f, "Max Muster participates_in", "Gipfel"));
  CHECK(has_fact(facts("Gipfel in Lima\n\nDer Gipfel begann in Lima. Chile wurde durch Außenminister Max Muster "
                       "vertreten."),
                 "Max Muster holds_office", "Chile"));
}

TEST_CASE("German: a monarch's state after the name, for a couple too, and a party there is the holder's",
          "[extract][german]") {
  auto f = facts(
      "Besuch in Lima\n\nLima – König Paul Roe und Königin Anna Probe der Niederlande sind zu einem Staatsbesuch in "
      "Peru eingetroffen. Königin Eva Lang von Chile kam am Abend.");
  CHECK(has_fact(f, "Paul Roe holds_office", "Niederlande"));
  CHECK(has_fact(f, "Anna Probe holds_office", "Niederlande"));
  CHECK(has_fact(f, "Eva Lang holds_office", "Chile"));
  auto p = facts("Treffen in Lima\n\nBundeskanzler Paul Roe von der CDU traf Parteichefin Anna Probe von der SPD.");
  CHECK_FALSE(has_fact(p, "Paul Roe holds_office", "CDU"));
  CHECK(has_fact(p, "Paul Roe member_of", "CDU"));
  CHECK(has_fact(p, "Anna Probe holds_office", "SPD"));
}

TEST_CASE(
    "German: in the report of a visit, those accompanying a noun for the visitors hold the visitor's state's office",
    "[extract][german]") {
  auto f = facts(
      "Staatsbesuch in Lima\n\nLima – Der chilenische Präsident Paul Roe ist zu einem Staatsbesuch in Peru "
      "eingetroffen. Am Abend sprach Roe mit Studenten über Bolivien. Begleitet wird das Präsidentenpaar von "
      "Außenminister Max Muster.");
  CHECK(has_fact(f, "Max Muster holds_office", "Chile"));
  CHECK_FALSE(has_fact(f, "Max Muster holds_office", "Peru"));
  CHECK_FALSE(has_fact(f, "Max Muster holds_office", "Bolivien"));
}

TEST_CASE("German and English: a sentence opening with a noun for a state refers to the one state named before",
          "[extract][german][english]") {
  auto de = facts(
      "Gipfel in Lima\n\nDer Gipfel begann in Lima. Gastgeber Paul Roe, der peruanische Präsident, begrüßte die Gäste. "
      "Das Land ist seit 2009 Mitglied der Nato.");
  CHECK(has_fact(de, "Peru member_of", "NATO"));
  // (several states before: none of them)
  auto several = facts(
      "Gipfel in Lima\n\nDer Gipfel begann in Lima. Peru und Chile schickten Delegationen. Das Land ist seit 2009 "
      "Mitglied der Nato.");
  CHECK_FALSE(has_fact(several, "Peru member_of", "NATO"));
  CHECK_FALSE(has_fact(several, "Chile member_of", "NATO"));
  auto en = facts(
      "Summit in Lima\n\nThe summit opened in Lima. Its host, Peruvian President Paul Roe, welcomed the guests. The "
      "country has been a member of NATO since 2009.",
      extractor(), "en");
  CHECK(has_fact(en, "Peru member_of", "NATO"));
}

TEST_CASE("German: a state that hosts an event in a compound tense holds it and takes part", "[extract][german]") {
  auto f = facts(
      "Konferenz in Lima\n\nLima – Peru hat am Donnerstag eine Konferenz zum Wiederaufbau Chiles ausgerichtet. "
      "Ministerin Anna Probe eröffnete das Treffen.");
  CHECK(has_fact(f, "Konferenz", "held_in", "Peru"));
  CHECK(has_fact(f, "Peru participates_in", "Konferenz"));
  CHECK_FALSE(has_fact(f, "Chile participates_in", ""));
  CHECK(has_fact(facts("Gipfel in Quito\n\nDer Gipfel der Gruppe begann in Quito. Chile wird den nächsten Gipfel im "
                       "Mai ausrichten."),
                 "Gipfel", "held_in", "Chile"));
}

TEST_CASE("German and English: an office after a sentence about a state, with no person in it, is that state's",
          "[extract][german][english]") {
  auto de = facts(
      "Abkommen unterzeichnet\n\nLima (dpa) - Peru und Chile haben in Lima ein Handelsabkommen unterzeichnet. "
      "Ecuador lehnt das Abkommen ab. Präsident Paul Roe erklärte in Quito, der Text sei unfair.");
  CHECK(has_fact(de, "Paul Roe holds_office", "Ecuador"));
  CHECK_FALSE(has_fact(de, "Paul Roe holds_office", "Peru"));
  // (not after a sentence that names a person: the state is no topic of its own there)
  auto person = facts(
      "Abkommen unterzeichnet\n\nLima (dpa) - Peru und Chile haben in Lima ein Handelsabkommen unterzeichnet. "
      "Ecuador lehnt das Abkommen ab, sagte Anna Probe. Präsident Paul Roe erklärte in Quito, der Text sei unfair.");
  CHECK_FALSE(has_fact(person, "Paul Roe holds_office", "Ecuador"));
  auto en = facts(
      "Trade deal signed\n\nLIMA (Reuters) - Peru and Chile signed a trade deal in Lima on Monday. Ecuador rejects "
      "the deal. President Paul Roe said in Quito that the text was unfair.",
      extractor(), "en");
  CHECK(has_fact(en, "Paul Roe holds_office", "Ecuador"));
  CHECK_FALSE(has_fact(en, "Paul Roe holds_office", "Peru"));
}

TEST_CASE("German and English: a subject pronoun after the verb keeps the subject of the sentences before",
          "[extract][german][english]") {
  auto de = facts(
      "Besuch in Lima\n\nLima - Präsident Peter Test ist zu einem Besuch in Lima eingetroffen. Am Dienstag traf er "
      "auch Minister Paul Roe. Zuvor hatte er an einer Zeremonie teilgenommen.");
  CHECK(has_fact(de, "Peter Test participates_in", "Zeremonie"));
  CHECK_FALSE(has_fact(de, "Paul Roe participates_in", "Zeremonie"));
  auto en = facts(
      "Visit to Lima\n\nLIMA - President Peter Test arrived in Lima for a visit. After the talks in the old town he "
      "met Minister Anna Probe. Earlier he had attended a ceremony.",
      extractor(), "en");
  CHECK(has_fact(en, "Peter Test participates_in", "ceremony"));
  CHECK_FALSE(has_fact(en, "Anna Probe participates_in", "ceremony"));
}

TEST_CASE("German: the state one's own visit goes to, named before the person, holds none of their offices",
          "[extract][german]") {
  auto f = facts(
      "Ministerin in Polen\n\nWarschau - Bei ihrem ersten Besuch in Polen hat Außenministerin Eva Lang ihren "
      "polnischen Amtskollegen Paul Roe getroffen.");
  CHECK_FALSE(has_fact(f, "Eva Lang holds_office", "Polen"));
  CHECK(has_fact(f, "Paul Roe holds_office", "Polen"));
  // (one the visitor meets there, named after the visitor, holds the state's office)
  auto met =
      facts("Kanzler in Polen\n\nBei seinem Besuch in Polen traf Kanzler Max Muster Ministerpräsident Paul Roe.");
  CHECK(has_fact(met, "Paul Roe holds_office", "Polen"));
  CHECK_FALSE(has_fact(met, "Max Muster holds_office", "Polen"));
}

TEST_CASE("German: a federal title of one whom someone meets in a city of another federal state is that state's",
          "[extract][german]") {
  auto f = facts(
      "Besuch in Wien\n\nWien - Bundespräsident Paul Roe hat am Montag Präsidentin Anna Probe aus Peru in Wien "
      "empfangen. Österreich und Peru sind Partner. Am Abend reiste Probe nach Bern weiter, wo sie mit "
      "Bundespräsidentin Eva Lang zusammentreffen wird.");
  CHECK(has_fact(f, "Paul Roe holds_office", "Österreich"));
  CHECK_FALSE(has_fact(f, "Eva Lang holds_office", "Österreich"));
  // (the Swiss office, where the article names Switzerland)
  auto named = facts(
      "Besuch in Wien\n\nWien - Bundespräsident Paul Roe hat am Montag Präsidentin Anna Probe aus Peru in Wien "
      "empfangen. Österreich und die Schweiz sind Nachbarn. Am Abend reiste Probe nach Bern weiter, wo sie mit "
      "Bundespräsidentin Eva Lang zusammentreffen wird.");
  CHECK(has_fact(named, "Eva Lang holds_office", "Schweiz"));
}

TEST_CASE("German: an organisation opening the sentence after a dateline with a dash organises its own summit",
          "[extract][german]") {
  const auto organisers = event_organisers(
      "Gipfel in Lima\n\nLima - Die Andengemeinschaft hat bei ihrem Gipfel in Peru eine Erklärung verabschiedet.");
  CHECK(std::any_of(organisers.begin(), organisers.end(),
                    [](const std::string& o) { return o.ends_with(": Andengemeinschaft"); }));
}

TEST_CASE("German: an organisation's name of an adjective after an oblique article is the nominative's",
          "[extract][german]") {
  auto doc = extractor().extract(kg::extract::Input{
      "Er sprach vor der Sozialistischen Partei in Lima. Die Sozialistische Partei lobte ihn. Der Sprecher des "
      "Nationalen Rates schwieg.",
      "test", "", "de"});
  REQUIRE_OK(doc);
  std::multiset<std::string> orgs;
  for (const kg::Entity& e : doc->entities)
    if (e.type == kg::EntityType::kOrganization) orgs.insert(e.name);
  // (one entity for both forms, named in the nominative)
  CHECK(orgs == std::multiset<std::string>{"Nationale Rat", "Sozialistische Partei"});
}

TEST_CASE("German: welcoming a person is a meeting, welcoming a decision is none", "[extract][german]") {
  const auto f = facts(
      "Die Minister trafen sich in Lima. Eva Lang begrüßte ihren chilenischen Kollegen Paul Roe und den "
      "bolivianischen Außenminister Max Muster.");
  CHECK(f.count("Eva Lang meets_with Paul Roe"));
  CHECK(f.count("Eva Lang meets_with Max Muster"));
  CHECK(facts("Eva Lang begrüßte den peruanischen Präsidenten Paul Roe am Flughafen.")
            .count("Eva Lang meets_with Paul Roe"));
  // (what is welcomed is no person: a decision, or a clause)
  CHECK(facts("Eva Lang begrüßte den Vorschlag von Paul Roe.").empty());
  CHECK(facts("Eva Lang begrüßte, dass Paul Roe nach Lima reist.").count("Eva Lang meets_with Paul Roe") == 0);
}

TEST_CASE("German: an office with a city in the genitive before its holder's name is the city's", "[extract][german]") {
  CHECK(facts("Am Abend lud der Erste Bürgermeister Limas, Paul Roe, die Gäste ins Rathaus ein.")
            .count("Paul Roe holds_office Lima"));
  CHECK(facts("Die Bürgermeisterin Quitos Eva Lang sprach.").count("Eva Lang holds_office Quito"));
  // (no name after it: the one spoken with holds no office of the city)
  CHECK(facts("Der Bürgermeister Limas sprach mit Paul Roe.").empty());
}

TEST_CASE("German: one a person named before receives holds no office of the visit's host state", "[extract][german]") {
  const auto f = facts(
      "Bericht\n\nDer König ist zu einem Staatsbesuch in Deutschland eingetroffen. Bundespräsident Paul Roe empfing "
      "ihn "
      "und Königin Anna Probe im Schloss. Präsidentin Eva Lang sprach am Abend.");
  CHECK_FALSE(f.count("Anna Probe holds_office Deutschland"));
  // (the host and one named without a receiving host before hold the host state's offices)
  CHECK(f.count("Paul Roe holds_office Deutschland"));
  CHECK(f.count("Eva Lang holds_office Deutschland"));
  // (only the first person after the verb: one received with the guest receives too)
  CHECK(facts("Bericht\n\nDer König ist zu einem Staatsbesuch in Deutschland eingetroffen. Paul Roe empfing Max Muster "
              "gemeinsam mit Präsidentin Eva Lang.")
            .count("Eva Lang holds_office Deutschland"));
}

TEST_CASE("German: deputies a party conference elects hold an office of the party", "[extract][german]") {
  const std::string lead =
      "Bericht\n\nDie CSU hat Paul Roe auf ihrem Parteitag in Nürnberg als Vorsitzenden bestätigt. ";
  const auto f = facts(lead + "Zu Stellvertretern wählte der Parteitag unter anderem Anna Probe und Max Muster.");
  CHECK(f.count("Anna Probe holds_office CSU"));
  CHECK(f.count("Max Muster holds_office CSU"));
  CHECK(facts(lead + "Zur Stellvertreterin wählten die Delegierten Eva Lang.").count("Eva Lang holds_office CSU"));
  // (a deputy holds no office of a state by the document: none where no organisation is the article's)
  for (const std::string& x :
       facts("Bericht\n\nIn Berlin sprach Kanzler Paul Roe. Sein Stellvertreter Max Muster schwieg."))
    CHECK(x.find("Max Muster holds_office") == std::string::npos);
}

TEST_CASE("German: a party's office after 'Für die Partei', the verb and the office's article is that party's",
          "[extract][german]") {
  const auto f = facts(
      "Bericht\n\nDie CDU verhandelt in Erfurt über eine Koalition. Die CDU will bis Ostern fertig sein, sagte "
      "CDU-Chef Paul Roe. Für die SPD nahm die Landesvorsitzende Anna Probe an den Gesprächen teil.");
  CHECK(f.count("Anna Probe holds_office SPD"));
  CHECK_FALSE(f.count("Anna Probe holds_office CDU"));
}

TEST_CASE("German and English: a person a pronoun names is a member of the organisation the sentence names",
          "[extract][german]") {
  // (an adjective's noun tells a woman by its article: "die Vorsitzende" is "sie", "der Vorsitzende" "er")
  CHECK(facts("Die Vorsitzende Anna Probe sprach am Montag. Sie ist zugleich Mitglied des Bundestags.")
            .count("Anna Probe member_of Bundestag"));
  CHECK(facts("Der Vorsitzende Max Muster sprach am Montag. Er ist zugleich Mitglied des Bundestags.")
            .count("Max Muster member_of Bundestag"));
  CHECK(facts("Die Vorsitzende Anna Probe sprach am Montag. Er ist zugleich Mitglied des Bundestags.").empty());
  CHECK(facts("Anna Probe spoke on Monday. She is also a member of the Labour Party.", extractor(), "en")
            .count("Anna Probe member_of Labour Party"));
  // (not where the sentence names a state: the state's membership)
  CHECK_FALSE(has_fact(facts("Max Muster sprach. Er sagte, Peru ist Mitglied der Nato."), "Max Muster member_of", ""));
}

TEST_CASE("German: a compound office of one organisation is another's of its head that the article named",
          "[extract][german]") {
  // (the lexicon's "Ratspräsident" is of the European Council, unless the article named another council)
  const auto f = facts("Der Nordische Rat tagt in Oslo. Ratspräsidentin Anna Probe eröffnete die Sitzung des Rates.");
  CHECK(f.count("Anna Probe holds_office Nordischer Rat"));
  CHECK_FALSE(f.count("Anna Probe holds_office Europäischer Rat"));
  CHECK(facts("Der Gipfel begann in Brüssel. Ratspräsident Paul Roe eröffnete ihn.")
            .count("Paul Roe holds_office Europäischer Rat"));
  CHECK(facts("Der Europäische Rat tagt in Brüssel. Der Nordische Rat tagt in Oslo. Ratspräsident Paul Roe sprach.")
            .count("Paul Roe holds_office Europäischer Rat"));
}

TEST_CASE("German and English: the Faroe Islands are a place", "[extract][german]") {
  CHECK(facts("Der Ministerpräsident der Färöer, Paul Roe, sprach.").count("Paul Roe holds_office Färöer"));
  CHECK(facts("The prime minister of the Faroes, Paul Roe, spoke.", extractor(), "en")
            .count("Paul Roe holds_office Faroe Islands"));
}

TEST_CASE("German and English: the state the chair is handed to is a member", "[extract][german]") {
  CHECK(facts("Den Vorsitz der Andengemeinschaft übergab Peru zum Abschluss an Chile.")
            .count("Chile member_of Andengemeinschaft"));
  // (the article's organisation where the sentence names none)
  CHECK(facts("Bericht\n\nDie Andengemeinschaft tagte in Lima. Die Andengemeinschaft will mehr Handel. Peru gab den "
              "Vorsitz an Chile weiter.")
            .count("Chile member_of Andengemeinschaft"));
  // (not a state the handover is spoken of in)
  CHECK_FALSE(facts("Den Vorsitz der Andengemeinschaft übergab Peru an einem Abend in Chile.")
                  .count("Chile member_of Andengemeinschaft"));
  const auto en = facts(
      "Peru, which holds the rotating chairmanship of the Andean Community this year, handed it to Chile at the "
      "closing ceremony. Fiji handed the chairmanship of the forum to Tonga.",
      extractor(), "en");
  CHECK(en.count("Chile member_of Andean Community"));
  // (the event whose chair is handed on is not held where it goes)
  for (const std::string& x : en) CHECK(x.find("held_in Tonga") == std::string::npos);
}

TEST_CASE("German: a state hosts an event with the verb before it", "[extract][german]") {
  for (const char* text : {"Zum ersten Mal hat Peru einen Gipfel der Andengemeinschaft ausgerichtet.",
                           "Im Mai richtet Peru den Gipfel der Andengemeinschaft aus."}) {
    INFO(text);
    const auto f = facts(text);
    CHECK(has_fact(f, "Peru participates_in", "Gipfel"));
    CHECK(has_fact(f, "Gipfel", "held_in Peru"));
  }
}

TEST_CASE("German and English: a state named as its capital is a city where a venue's rule wants one",
          "[extract][german]") {
  CHECK(has_fact(facts("Die Minister haben sich am Montag in Luxemburg zu ihrem monatlichen Treffen versammelt."),
                 "Treffen", "held_in Luxemburg"));
  CHECK(has_fact(facts("The ministers gathered in Singapore on Monday for their monthly meeting.", extractor(), "en"),
                 "monthly meeting", "held_in Singapore"));
  // (and stays the state an office is held in)
  CHECK(facts("Luxemburgs Premierminister Paul Roe sprach.").count("Paul Roe holds_office Luxemburg"));
}

TEST_CASE("German: an office by its suffix after an organisation's or state's name and a hyphen is held there",
          "[extract][german]") {
  CHECK(facts("EU-Agrarkommissarin Anna Probe verteidigte den Zeitplan.").count("Anna Probe holds_office EU"));
  CHECK(facts("US-Handelsminister Paul Roe reiste nach Peking.").count("Paul Roe holds_office USA"));
  // (the ministers of an organisation's states, no name after them, hold nothing)
  CHECK(facts("Die EU-Agrarminister trafen sich in Luxemburg.").empty());
}

TEST_CASE("German: a governor's title is no part of the name", "[extract][german]") {
  const auto names = entity_names("Am Dienstag will Paul Roe in Mombasa mit Gouverneurin Anna Lang sprechen.", "de");
  CHECK(names.count("Anna Lang PER"));
  CHECK_FALSE(names.count("Gouverneurin Anna Lang PER"));
  // (a province's office: none of the state the article is about, where the words name none)
  for (const std::string& x : facts("Bericht\n\nPaul Roe reiste nach Kenia. In Kenia traf er Präsident Max Muster. "
                                    "In Mombasa sprach er mit Gouverneurin Anna Lang. Kenia will Handel."))
    CHECK(x.find("Anna Lang holds_office") == std::string::npos);
}

TEST_CASE("German: a managing director is an office of the organisation", "[extract][german]") {
  CHECK(facts("Die CSU hat Paul Roe auf ihrem Parteitag in Nürnberg als Vorsitzenden bestätigt. Zur neuen "
              "politischen Geschäftsführerin wählten die Delegierten Eva Lang.")
            .count("Eva Lang holds_office CSU"));
  CHECK(facts("Die CSU traf sich in Nürnberg. Die Geschäftsführerin der CSU, Eva Lang, sprach.")
            .count("Eva Lang holds_office CSU"));
}
