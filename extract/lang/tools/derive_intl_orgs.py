#!/usr/bin/python3
"""Derives a language pack's lexicon of international organisations from SupraVerden.

usage: derive_intl_orgs.py de INTL_ORGS_EN_DE.tsv lang/de/lexicons/organisations.tsv > lang/de/lexicons/intl_orgs.tsv
       derive_intl_orgs.py en INTL_ORGS_EN_DE.tsv lang/en/lexicons/organisations.tsv \
           lang/de/lexicons/organisations.tsv lang/de/lexicons/intl_orgs.tsv > lang/en/lexicons/intl_orgs.tsv

INTL_ORGS_EN_DE.tsv is ../shared/data/gazetteers/intl_orgs/intl_orgs_en_de.derived.tsv (SupraVerden,
(c) Confirmordeny 2025-2026, https://github.com/confirmordeny/supraverden, CC BY-SA 4.0); the output
is a derivative and carries the same licence. Organisations the pack's own organisations.tsv
already has (by any name or acronym) are left out.

German (de): each organisation with a German name is named by it; its English names and acronyms
of three characters or more are further forms; the German name's adjectives also appear declined
("Europäische Zentralbank" -> "Europäischen Zentralbank").

English (en): each organisation is named by its acronym, else its English name, with its English
names and acronyms (marked as such) as further forms, the spelling variants news uses ("Organization" and
"Organisation", "Asia-Pacific" and "Asia Pacific"), and `ref=` the name the German pack gives it
(the German lexicons after the English ones), so that both languages' articles meet in one entity.
"""
import csv
import re
import sys

HEADER = '''# International organisations, derived by extract/lang/tools/derive_intl_orgs.py from SupraVerden
# (c) Confirmordeny 2025-2026, https://github.com/confirmordeny/supraverden, CC BY-SA 4.0; this file
# is a derivative under the same licence. Do not edit: run the script again.'''


def declined(name):
    """The German name with its attributive adjectives in the weak form (-e/-er/-es -> -en)."""
    words = name.split(' ')
    out = []
    for i, w in enumerate(words):
        last = i == len(words) - 1
        if not last and re.fullmatch(r'[A-ZÄÖÜ][a-zäöüß]+(e|er|es)', w) and words[i + 1][:1].isupper():
            w = re.sub(r'(e|er|es)$', 'en', w)
        out.append(w)
    variant = ' '.join(out)
    return [variant] if variant != name else []


def spelled(name):
    """English spelling variants of a name: -ization/-isation, and a hyphen between two capitalised
    words written as a space ("Asia-Pacific" -> "Asia Pacific")."""
    out = []
    for a, b in (('ization', 'isation'), ('isation', 'ization')):
        if a in name:
            out.append(name.replace(a, b))
    for n in [name] + out:
        spaced = re.sub(r'(?<=[a-z])-(?=[A-Z])', ' ', n)
        if spaced != n:
            out.append(spaced)
    return out


def acronym(a):
    a = a.strip()
    return a if re.fullmatch(r'[A-Z][A-Z0-9]{2,7}', a) else ''


def lexicon(path):
    """(canonical, names and acronyms) of each org entry of a lexicon file."""
    out = []
    for line in open(path, encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        f = line.rstrip('\n').split('\t')
        if f[0] != 'org':
            continue
        names = [f[1]] + (f[2].split('|') if len(f) > 2 and f[2] else [])
        if len(f) > 3:
            for kv in f[3].split(';'):
                if kv.startswith('acronym='):
                    names += kv[8:].split('|')
        out.append((f[1], [n for n in names if n]))
    return out


def known_names(paths):
    return {n.lower() for p in paths for _, names in lexicon(p) for n in names}


def german(source, ours):
    known = known_names([ours])
    seen = set()
    for row in csv.DictReader(open(source, encoding='utf-8'), delimiter='\t'):
        name, english = row['Name_de'].strip(), row['Name_en'].strip()
        if not name:
            continue
        acronyms = [a for a in (acronym(row['Abbreviation_en']), acronym(row['Abbreviation_other_en'])) if a]
        names = [name] + declined(name) + [english, row['Name_other_en'].strip()]
        if any(n.lower() in known for n in names + acronyms if n) or name in seen:
            continue
        seen.add(name)
        forms = []
        for n in names[1:] + acronyms:
            if n and n != name and n not in forms and '\t' not in n and '|' not in n:
                forms.append(n)
        # named by the German name: an English acronym would name its events ("ECB-Gipfel")
        yield 'org\t%s\t%s\t' % (name, '|'.join(forms))


def english(source, ours, german_lexicons):
    known = known_names([ours])
    german_name = {}  # a name the German pack knows -> its canonical name there
    for p in german_lexicons:
        for canonical, names in lexicon(p):
            for n in names:
                german_name.setdefault(n.lower(), canonical)
    rows = list(csv.DictReader(open(source, encoding='utf-8'), delimiter='\t'))
    # An acronym of several organisations ("ECA") names none of them.
    owners = {}
    for row in rows:
        for a in {acronym(row['Abbreviation_en']), acronym(row['Abbreviation_other_en']),
                  acronym(row['Name_other_en'])} - {''}:
            owners.setdefault(a, set()).add(row['Name_en'].strip())
    seen = set()
    for row in rows:
        name = row['Name_en'].strip()
        if not name or '|' in name or '\t' in name:
            continue
        # An other name written as an acronym ("CARICOM") is one too.
        acronyms = [a for a in (acronym(row['Abbreviation_en']), acronym(row['Abbreviation_other_en']),
                                acronym(row['Name_other_en'])) if a and len(owners[a]) == 1]
        names = [name, row['Name_other_en'].strip()]
        if any(n.lower() in known for n in names + acronyms if n) or name.lower() in seen:
            continue
        seen.add(name.lower())
        # Named by its acronym when it has one, as the pack's own list names "NATO" and "UN".
        canonical = acronyms[0] if acronyms else name
        forms = []
        for n in names + spelled(name) + acronyms:
            if n and n != canonical and n not in forms and '|' not in n and '\t' not in n:
                forms.append(n)
        attrs = []
        if acronyms:
            attrs.append('acronym=' + '|'.join(dict.fromkeys(acronyms)))
        ref = next((german_name[n.lower()] for n in [row['Name_de'].strip(), name] + acronyms
                    if n and n.lower() in german_name), '')
        if ref and ref != canonical:
            attrs.append('ref=' + ref)
        yield 'org\t%s\t%s\t%s' % (canonical, '|'.join(forms), ';'.join(attrs))


def main():
    if len(sys.argv) < 4 or sys.argv[1] not in ('de', 'en') or (sys.argv[1] == 'en') != (len(sys.argv) > 4):
        sys.exit(__doc__.split('\n\n')[1])
    lang, source, ours = sys.argv[1], sys.argv[2], sys.argv[3]
    rows = german(source, ours) if lang == 'de' else english(source, ours, sys.argv[4:])
    print(HEADER)
    for row in rows:
        print(row)


if __name__ == '__main__':
    main()
