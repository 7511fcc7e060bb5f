"""Small closed word classes of Dutch and English that steer the name detector.

These are grammar rather than vocabulary (articles, prepositions, abbreviations), so they live
in code; the open-ended word lists are the text files under ``data/``.
"""

from __future__ import annotations

# fmt: off
# A word right before a run of capitalised words that makes it a place or a thing rather than a
# person: "in Kunduz", "de Interahamwe", "tussen Goma en Bukavu".
THING_BEFORE = frozenset({
    "de", "het", "een", "the", "a", "an", "des", "dit", "deze", "this", "in", "uit", "naar", "te",
    "nabij", "bij", "rond", "richting", "via", "vanuit", "from", "to", "at", "near", "around",
    "into", "tussen", "within", "across", "binnen", "buiten", "langs", "voorbij", "provincie",
    "district", "dorp", "stad", "regio", "vallei", "kamp", "gevangenis", "province", "city",
    "village", "camp", "prison", "region", "gemeente", "wijk", "grens", "omgeving", "buurt",
    "hoofdstad", "streek", "gebied", "regering", "partij", "beweging", "militie", "operatie",
    "operation"
})
# Endings of lower-case nouns that name a kind of place: "vluchtelingenkamp Shagarab".
PLACE_NOUNS = (
    "kamp", "basis", "stad", "dorp", "gevangenis", "provincie", "district", "regio", "gebied",
    "wijk", "vallei", "rivier", "kazerne", "vliegveld", "luchthaven", "haven", "grensovergang",
    "gouvernement", "prefectuur", "commune", "sector", "airport", "airfield", "base", "prison",
)
# Words that often precede an organisation or a thing but just as often a person ("samen met",
# "werkte voor"): they only veto the weakest rule, a single unknown capitalised word.
WEAK_THING_BEFORE = frozenset({
    "van", "over", "op", "aan", "zijn", "haar", "hun", "ons", "onze", "mijn", "per", "pro", "anti",
    "ex", "oud", "voormalig", "voormalige", "toenmalige", "zogenaamde", "zogeheten", "met",
    "zonder", "tegen", "voor", "sinds", "na", "vóór", "tot", "for", "with", "against", "on", "his",
    "her", "their", "its", "our", "whose", "wiens", "wier", "en", "and", "of", "or"
})
# Words that may sit between a context word and the name: "broer van Ahmad", "heette Ahmad".
CONTEXT_FILLERS = frozenset({
    "van", "is", "was", "heet", "heette", "genaamd", "named", "called", "de", "het", "the", "of",
    "zijn", "haar", "his", "her", "een", "a", "an", "luidt", "luidde", "zou", "als"
})
# Abbreviations after which a full stop does not end the sentence.
ABBREVIATIONS = frozenset({
    "dhr", "mw", "mevr", "mr", "dr", "drs", "ir", "ing", "prof", "ds", "st", "nr", "art", "jl",
    "bijv", "ca", "geb", "vs", "resp", "lt", "gen", "kol", "maj", "kpt", "sgt", "mej", "mrs", "ms",
    "sr", "jr", "th", "chr", "ph", "joh", "wm", "jac", "mgr", "lt-kol", "brig", "cdt", "mullah",
    "sj", "vgl", "zgn", "o", "a", "e", "i"
})
MULTI_LETTER_INITIALS = frozenset({
    "th", "chr", "ph", "joh", "wm", "jac", "sj", "ch"
})
CAPITALISED_PARTICLES = frozenset({
    "van", "de", "den", "der", "ter", "ten", "al", "el", "abu", "abou", "bin", "ben", "ibn",
    "ould", "bint", "umm", "um", "di", "da", "du", "le", "la", "von", "mac", "o"
})
ADJECTIVE_ENDINGS = (
    "ische", "aanse", "iaanse", "sche", "isch", "aans", "ese", "ees", "aanse",
)
SENTENCE_END = ".!?:;…"
WRAPPERS = " \t\"'“”‘’([{«»–—-*•·>"
# fmt: on
