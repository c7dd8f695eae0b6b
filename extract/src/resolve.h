// Internal: resolution within one document, the stage between finding mentions and relations and
// handing the document object to the store. It works on the document object alone:
//   - events of one kind whose organiser and place agree are one event ("Gipfel in Prag" and
//     "NATO-Gipfel"), and so is a meeting noun of the title line with a compound of it the text
//     names ("Gipfel in Lima" over "der Sondergipfel der Andengemeinschaft"), named so that a reader knows it without
//     the article and so that the store can tell it from other events (core/identity.h): "NATO-Gipfel in Prag (2002)" —
//     the best name the article gives, its place as the language says it (word classes "place.in…": "in der Türkei"),
//     its year;
//   - a person named by part of a fuller name of the same document is that person ("Obama" and
//     "Barack Obama", "Xi Jinpings" and "Xi Jinping");
//   - what does not look like a person's name is dropped ("Abwehr der Versuche", "Muster von
//     Beispiel", "Karl W"), and aliases that are not names of the entity go (titles, adjectives,
//     compounds such as "NATO-Beitritt", generic event nouns).
#pragma once

#include "kg/core/document.h"
#include "pack.h"

namespace kg::extract {

// `title_end`: where the text's title line ends (offsets of the document's mentions), 0 for none.
void resolve_document(Document& doc, const Pack& pack, std::size_t title_end = 0);

}  // namespace kg::extract
