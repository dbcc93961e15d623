"""The country an English policy from outside China and the United States governs: New Zealand
for the Department of Internal Affairs, Canada for Natural Resources Canada. Read from the web
address it was saved from (dia.govt.nz) or, failing that, from the country its text names most.

COUNTRIES is ISO 3166-1's list of sovereign states (short English names) with their country-code
top-level domains; China and the United States are left out: their documents are placed by
kb.gazetteer and ingest.metadata down to the province, state or city.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

COUNTRIES: dict[str, str] = {
    "af": "Afghanistan", "al": "Albania", "dz": "Algeria", "ad": "Andorra", "ao": "Angola",
    "ag": "Antigua and Barbuda", "ar": "Argentina", "am": "Armenia", "au": "Australia",
    "at": "Austria", "az": "Azerbaijan", "bs": "Bahamas", "bh": "Bahrain", "bd": "Bangladesh",
    "bb": "Barbados", "by": "Belarus", "be": "Belgium", "bz": "Belize", "bj": "Benin",
    "bt": "Bhutan", "bo": "Bolivia", "ba": "Bosnia and Herzegovina", "bw": "Botswana",
    "br": "Brazil", "bn": "Brunei", "bg": "Bulgaria", "bf": "Burkina Faso", "bi": "Burundi",
    "kh": "Cambodia", "cm": "Cameroon", "ca": "Canada", "cv": "Cape Verde",
    "cf": "Central African Republic", "td": "Chad", "cl": "Chile", "co": "Colombia",
    "km": "Comoros", "cg": "Congo", "cr": "Costa Rica", "hr": "Croatia", "cu": "Cuba",
    "cy": "Cyprus", "cz": "Czech Republic", "dk": "Denmark", "dj": "Djibouti", "dm": "Dominica",
    "do": "Dominican Republic", "ec": "Ecuador", "eg": "Egypt", "sv": "El Salvador",
    "gq": "Equatorial Guinea", "er": "Eritrea", "ee": "Estonia", "sz": "Eswatini",
    "et": "Ethiopia", "fj": "Fiji", "fi": "Finland", "fr": "France", "ga": "Gabon",
    "gm": "Gambia", "ge": "Georgia", "de": "Germany", "gh": "Ghana", "gr": "Greece",
    "gd": "Grenada", "gt": "Guatemala", "gn": "Guinea", "gw": "Guinea-Bissau", "gy": "Guyana",
    "ht": "Haiti", "hn": "Honduras", "hu": "Hungary", "is": "Iceland", "in": "India",
    "id": "Indonesia", "ir": "Iran", "iq": "Iraq", "ie": "Ireland", "il": "Israel", "it": "Italy",
    "ci": "Ivory Coast", "jm": "Jamaica", "jp": "Japan", "jo": "Jordan", "kz": "Kazakhstan",
    "ke": "Kenya", "ki": "Kiribati", "kw": "Kuwait", "kg": "Kyrgyzstan", "la": "Laos",
    "lv": "Latvia", "lb": "Lebanon", "ls": "Lesotho", "lr": "Liberia", "ly": "Libya",
    "li": "Liechtenstein", "lt": "Lithuania", "lu": "Luxembourg", "mg": "Madagascar",
    "mw": "Malawi", "my": "Malaysia", "mv": "Maldives", "ml": "Mali", "mt": "Malta",
    "mh": "Marshall Islands", "mr": "Mauritania", "mu": "Mauritius", "mx": "Mexico",
    "fm": "Micronesia", "md": "Moldova", "mc": "Monaco", "mn": "Mongolia", "me": "Montenegro",
    "ma": "Morocco", "mz": "Mozambique", "mm": "Myanmar", "na": "Namibia", "nr": "Nauru",
    "np": "Nepal", "nl": "Netherlands", "nz": "New Zealand", "ni": "Nicaragua", "ne": "Niger",
    "ng": "Nigeria", "kp": "North Korea", "mk": "North Macedonia", "no": "Norway", "om": "Oman",
    "pk": "Pakistan", "pw": "Palau", "pa": "Panama", "pg": "Papua New Guinea", "py": "Paraguay",
    "pe": "Peru", "ph": "Philippines", "pl": "Poland", "pt": "Portugal", "qa": "Qatar",
    "ro": "Romania", "ru": "Russia", "rw": "Rwanda", "kn": "Saint Kitts and Nevis",
    "lc": "Saint Lucia", "vc": "Saint Vincent and the Grenadines", "ws": "Samoa",
    "sm": "San Marino", "st": "Sao Tome and Principe", "sa": "Saudi Arabia", "sn": "Senegal",
    "rs": "Serbia", "sc": "Seychelles", "sl": "Sierra Leone", "sg": "Singapore",
    "sk": "Slovakia", "si": "Slovenia", "sb": "Solomon Islands", "so": "Somalia",
    "za": "South Africa", "kr": "South Korea", "ss": "South Sudan", "es": "Spain",
    "lk": "Sri Lanka", "sd": "Sudan", "sr": "Suriname", "se": "Sweden", "ch": "Switzerland",
    "sy": "Syria", "tj": "Tajikistan", "tz": "Tanzania", "th": "Thailand", "tl": "Timor-Leste",
    "tg": "Togo", "to": "Tonga", "tt": "Trinidad and Tobago", "tn": "Tunisia", "tr": "Turkey",
    "tm": "Turkmenistan", "tv": "Tuvalu", "ug": "Uganda", "ua": "Ukraine",
    "ae": "United Arab Emirates", "uk": "United Kingdom", "uy": "Uruguay", "uz": "Uzbekistan",
    "vu": "Vanuatu", "ve": "Venezuela", "vn": "Vietnam", "ye": "Yemen", "zm": "Zambia",
    "zw": "Zimbabwe",
}  # fmt: skip
# Country domains that sites anywhere rent for their letters (.io, .co, .tv, .me …): no country.
_RENTED_DOMAINS = frozenset(
    {"io", "co", "tv", "me", "ai", "ly", "fm", "ws", "to", "la", "sh", "gg", "cc", "im"}
)
# A name that is mostly something else (a US state, a given name) counts only in a longer form.
_AMBIGUOUS = frozenset({"Georgia", "Jordan", "Chad", "Turkey", "Guinea", "Niger", "Dominica"})
_NAMES_ALSO = {"United Kingdom": ("UK", "England", "Scotland", "Wales", "Northern Ireland", "Britain")}
# A note that opens with a site's name: "tailte.ie, Publications > …".
_BARE_HOST = re.compile(r"^(?:[a-z0-9-]+\.)+[a-z]{2}(?=[/:\s,]|$)")
_MIN_MENTIONS = 2  # one mention is a comparison or a partner ("as in Canada"), not the document's own


def country_of_address(source: str) -> str:
    """The country of a web address's domain, written as a link or as a site's name in a note:
    https://www.dia.govt.nz/… or "tailte.ie, Publications > …"."""
    source = source.strip().lower()
    host = urlsplit(source).hostname if "//" in source else _BARE_HOST.match(source)
    host = host.group(0) if isinstance(host, re.Match) else (host or "")
    code = host.rsplit(".", 1)[-1] if "." in host else ""
    return "" if code in _RENTED_DOMAINS else COUNTRIES.get(code, "")


def _pattern(name: str) -> re.Pattern[str]:
    forms = (name, *_NAMES_ALSO.get(name, ()))
    # not the Wales of New South Wales, nor the Guinea of Papua New Guinea
    return re.compile(
        r"(?<![\w-])(?<!New South )(?<!New )(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])"
    )


_PATTERNS = {name: _pattern(name) for name in COUNTRIES.values() if name not in _AMBIGUOUS}


def country_named(text: str) -> str:
    """The country an English text names most, when it names it at least twice and more often
    than any other."""
    counts = sorted(((len(p.findall(text)), name) for name, p in _PATTERNS.items()), reverse=True)
    if not counts or counts[0][0] < _MIN_MENTIONS or (len(counts) > 1 and counts[1][0] == counts[0][0]):
        return ""
    return counts[0][1]
