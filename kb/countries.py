"""The country an English policy from outside China and the United States governs: New Zealand
for the Department of Internal Affairs, Canada for Natural Resources Canada. Read from the web
address it was saved from (dia.govt.nz) or, failing that, from the country its text names most;
and, for the federations and unions whose parts govern themselves (the United Kingdom, Canada,
Australia), the part it governs: Scotland for gov.scot, Ontario for ontario.ca.

COUNTRIES is ISO 3166-1's list of sovereign states (short English names) with their country-code
top-level domains; China and the United States are left out: their documents are placed by
kb.gazetteer and ingest.metadata down to the province, state or city (the fifty states and their
postal codes, US_STATES, are here: ingest.metadata places by them and kb.retrieve reads "Austin, TX").
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
# A note that opens with a site's name: "tailte.ie, Publications > …", or names it further on:
# "Scanned PDF from the Government Orders archive (tn.gov.in)".
_BARE_HOST = re.compile(r"^(?:[a-z0-9-]+\.)+[a-z]{2}(?=[/:\s,]|$)")
_NAMED_HOST = re.compile(
    r"(?<![\w@.-])(?:[a-z0-9-]+\.)+(?!(?:md|py|pl|pm|rs|ps|so|sh|mk|ml)\b)[a-z]{2}(?=[/:\s,;)]|$)"
)
# (not a file's name in a note: README.md, extract.py, policy.pl)
_MIN_MENTIONS = 2  # one mention is a comparison or a partner ("as in Canada"), not the document's own


_MAIL_HOST = re.compile(r"\b[\w.+-]+@((?:[a-z0-9-]+\.)+[a-z]{2,})\b", re.I)


def contact_host(text: str) -> str:
    """The host most of the text's e-mail addresses share (deborah.whitfield@manchester.gov.uk):
    a document's contacts write from its own body's domain, where no source address is given."""
    hosts = [h.lower() for h in _MAIL_HOST.findall(text)]
    if not hosts:
        return ""
    return max(dict.fromkeys(hosts), key=hosts.count)


_LINK_HOST = re.compile(r"https?://((?:[a-z0-9-]+\.)+[a-z]{2,})\b", re.I)
# A government's own domain (capetown.gov.za, manchester.gov.uk), not a vendor's (acme.co.uk)
GOVERNMENT_HOST = re.compile(r"(?:^|\.)(?:gov|govt|gouv|gob|go)\.")


def links_host(text: str) -> str:
    """The government host most of a saved page's links point to (www.capetown.gov.za): the
    site it was saved from, where the page keeps its links and gives no address of its own."""
    hosts = [h.lower().removeprefix("www.") for h in _LINK_HOST.findall(text)]
    own = [h for h in hosts if GOVERNMENT_HOST.search(h)]
    if not own:
        return ""
    top = max(dict.fromkeys(own), key=own.count)
    return top if own.count(top) * 2 >= len(hosts) else ""


def country_of_address(source: str) -> str:
    """The country of a web address's domain, written as a link or as a site's name in a note:
    https://www.dia.govt.nz/… or "tailte.ie, Publications > …"."""
    host = _host(source)
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
    return most_named(_PATTERNS, text)


def other_countries_named(text: str, besides: str) -> set[str]:
    """Every country an English text names at all, other than `besides`."""
    return {name for name, pattern in _PATTERNS.items() if name != besides and pattern.search(text)}


def most_named(patterns: dict[str, re.Pattern[str]], text: str) -> str:
    """The name whose pattern `text` matches most, at least _MIN_MENTIONS times and more often
    than any other's; "" otherwise."""
    counts = sorted(((len(p.findall(text)), name) for name, p in patterns.items()), reverse=True)
    if not counts or counts[0][0] < _MIN_MENTIONS or (len(counts) > 1 and counts[1][0] == counts[0][0]):
        return ""
    return counts[0][1]


# The counties whose county councils govern, where the council's name alone says the country:
# England's 48 ceremonial counties (Lieutenancies Act 1997, schedule 1, as amended) and
# Ireland's 26 counties (Local Government Act 2001, schedule 5). "Surrey County Council" -> the
# United Kingdom / England / Surrey; "Cork County Council" -> Ireland / Cork.
# fmt: off
COUNTY_COUNCIL_PLACES: dict[str, str] = {
    **dict.fromkeys((
        "Bedfordshire", "Berkshire", "Bristol", "Buckinghamshire", "Cambridgeshire", "Cheshire", "City of London",
        "Cornwall", "Cumbria", "Derbyshire", "Devon", "Dorset", "Durham", "East Riding of Yorkshire",
        "East Sussex", "Essex", "Gloucestershire", "Greater London", "Greater Manchester", "Hampshire",
        "Herefordshire", "Hertfordshire", "Isle of Wight", "Kent", "Lancashire", "Leicestershire",
        "Lincolnshire", "Merseyside", "Norfolk", "North Yorkshire", "Northamptonshire",
        "Northumberland", "Nottinghamshire", "Oxfordshire", "Rutland", "Shropshire", "Somerset",
        "South Yorkshire", "Staffordshire", "Suffolk", "Surrey", "Tyne and Wear", "Warwickshire",
        "West Midlands", "West Sussex", "West Yorkshire", "Wiltshire", "Worcestershire",
    ), "United Kingdom / England"),
    **dict.fromkeys((
        "Carlow", "Cavan", "Clare", "Cork", "Donegal", "Dublin", "Galway", "Kerry", "Kildare",
        "Kilkenny", "Laois", "Leitrim", "Limerick", "Longford", "Louth", "Mayo", "Meath", "Monaghan",
        "Offaly", "Roscommon", "Sligo", "Tipperary", "Waterford", "Westmeath", "Wexford", "Wicklow",
    ), "Ireland"),
}
# fmt: on


# The first-level parts of the countries whose parts make their own policy (ISO 3166-2: the
# United Kingdom's four nations, Canada's provinces and territories, Australia's and India's
# states and territories, South Africa's provinces, the United Arab Emirates' emirates), with the
# adjective or the short name their governments write ("Scottish Government", "NSW Government";
# not WA, SA, ACT or BC, which name other things too: Washington, an Act, business continuity) and
# their governments' web domains. Victoria and Wales are also names of streets, quays and New
# South Wales.
SUBDIVISIONS: dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    "United Kingdom": {  # not England, which has no government of its own (Bank of England)
        "Scotland": (("Scottish",), ("gov.scot",)),
        "Wales": (("Welsh",), ("gov.wales",)),
        "Northern Ireland": ((), ("nidirect.gov.uk",)),
    },
    "Canada": {
        "Ontario": ((), ("ontario.ca", "gov.on.ca")),
        "Quebec": (("Québec",), ("quebec.ca", "gouv.qc.ca")),
        "British Columbia": ((), ("gov.bc.ca",)),
        "Alberta": ((), ("alberta.ca",)),
        "Manitoba": ((), ("gov.mb.ca",)),
        "Saskatchewan": ((), ("saskatchewan.ca",)),
        "Nova Scotia": ((), ("novascotia.ca",)),
        "New Brunswick": ((), ("gnb.ca",)),
        "Newfoundland and Labrador": ((), ("gov.nl.ca",)),
        "Prince Edward Island": ((), ("princeedwardisland.ca",)),
        "Yukon": ((), ("yukon.ca",)),
        "Northwest Territories": ((), ("gov.nt.ca",)),
        "Nunavut": ((), ("gov.nu.ca",)),
    },
    "Australia": {
        "New South Wales": (("NSW",), ("nsw.gov.au",)),
        "Victoria": (("Victorian", "Vic"), ("vic.gov.au",)),
        "Queensland": (("Qld", "QLD"), ("qld.gov.au",)),
        "Western Australia": ((), ("wa.gov.au",)),
        "South Australia": ((), ("sa.gov.au",)),
        "Tasmania": (("Tasmanian",), ("tas.gov.au",)),
        "Northern Territory": ((), ("nt.gov.au",)),
        "Australian Capital Territory": ((), ("act.gov.au",)),
    },
    # the states and union territories (ISO 3166-2:IN), with the state portals' domains known here
    "India": {
        "Andhra Pradesh": ((), ("ap.gov.in",)),
        "Arunachal Pradesh": ((), ()),
        "Assam": ((), ("assam.gov.in",)),
        "Bihar": ((), ()),
        "Chhattisgarh": ((), ()),
        "Goa": ((), ()),
        "Gujarat": ((), ()),
        "Haryana": ((), ("haryana.gov.in",)),
        "Himachal Pradesh": ((), ()),
        "Jharkhand": ((), ()),
        "Karnataka": ((), ("karnataka.gov.in",)),
        "Kerala": ((), ("kerala.gov.in",)),
        "Madhya Pradesh": ((), ()),
        "Maharashtra": ((), ("maharashtra.gov.in",)),
        "Manipur": ((), ()),
        "Meghalaya": ((), ()),
        "Mizoram": ((), ()),
        "Nagaland": ((), ()),
        "Odisha": ((), ("odisha.gov.in",)),
        "Punjab": ((), ("punjab.gov.in",)),
        "Rajasthan": ((), ("rajasthan.gov.in",)),
        "Sikkim": ((), ()),
        "Tamil Nadu": ((), ("tn.gov.in",)),
        "Telangana": ((), ("telangana.gov.in",)),
        "Tripura": ((), ()),
        "Uttar Pradesh": ((), ("up.gov.in",)),
        "Uttarakhand": ((), ()),
        "West Bengal": ((), ("wb.gov.in",)),
        "Andaman and Nicobar Islands": ((), ()),
        "Chandigarh": ((), ()),
        "Dadra and Nagar Haveli and Daman and Diu": ((), ()),
        "Delhi": ((), ("delhi.gov.in",)),
        "Jammu and Kashmir": ((), ()),
        "Ladakh": ((), ()),
        "Lakshadweep": ((), ()),
        "Puducherry": ((), ()),
    },
    # the emirates (ISO 3166-2:AE), each with a government of its own (the Dubai Digital Authority)
    "United Arab Emirates": {
        "Abu Dhabi": ((), ("abudhabi.gov.ae", "abudhabi.ae")),
        "Dubai": ((), ("dubai.gov.ae", "dda.gov.ae", "dubai.ae")),
        "Sharjah": ((), ("sharjah.gov.ae", "sharjah.ae")),
        "Ajman": ((), ("ajman.gov.ae", "ajman.ae")),
        "Umm Al Quwain": (("Umm al-Quwain",), ("uaq.gov.ae",)),
        "Ras Al Khaimah": (("Ras al-Khaimah",), ("rak.gov.ae", "rak.ae")),
        "Fujairah": ((), ("fujairah.gov.ae", "fujairah.ae")),
    },
    # the provinces (ISO 3166-2:ZA) with their governments' domains; not North West or Free State,
    # which English writes of directions and of Ireland's and Orange's past
    "South Africa": {
        "Eastern Cape": ((), ("ecprov.gov.za",)),
        "Gauteng": ((), ("gauteng.gov.za",)),
        "KwaZulu-Natal": ((), ("kzn.gov.za",)),
        "Limpopo": ((), ("limpopo.gov.za",)),
        "Mpumalanga": ((), ("mpumalanga.gov.za",)),
        "Northern Cape": ((), ("ncgov.co.za",)),
        "Western Cape": ((), ("westerncape.gov.za",)),
    },
}
# ... of which the United Kingdom's are nations, each governed as a country (the Scottish
# Government, the Welsh Government, the Northern Ireland Civil Service): their level is national
NATIONS = frozenset(SUBDIVISIONS["United Kingdom"])

_PART_FORMS = {part.lower(): forms for parts in SUBDIVISIONS.values() for part, (forms, _) in parts.items()}


def part_forms(part: str) -> tuple[str, ...]:
    """The adjective and short names a part is written with (Victorian, Vic; Welsh; NSW)."""
    return _PART_FORMS.get(part.lower(), ())


# Street, quay and place names built on a part's name: not the part (Victoria Quay, Edinburgh;
# Victoria, British Columbia).
_NOT_THE_PART = r"(?!\s+(?:Quay|Street|Road|Square|Park|Station|House|Place|Avenue)\b|,\s*British Columbia)"
# A national government's own site speaks for the whole country, whatever parts it names.
_NATIONAL_DOMAINS = (
    "gov.uk",
    "canada.ca",
    "gc.ca",
    "gov.au",
    "gov.in",
    "nic.in",
    "u.ae",
    "government.ae",
    "tdra.gov.ae",
)  # a state's own: above


def _host(source: str) -> str:
    source = source.strip().lower()
    host = (
        urlsplit(source).hostname
        if "//" in source
        else _BARE_HOST.match(source) or _NAMED_HOST.search(source)
    )
    return host.group(0) if isinstance(host, re.Match) else (host or "")


def _on(host: str, domain: str) -> bool:
    return host == domain or host.endswith("." + domain)


def _part_pattern(name: str, adjectives: tuple[str, ...]) -> re.Pattern[str]:
    forms = "|".join(re.escape(f) for f in (name, *adjectives))
    return re.compile(rf"(?<![\w-])(?<!New South )(?<!New )(?:{forms}){_NOT_THE_PART}(?![\w-])")


def _state_government_pattern(name: str) -> re.Pattern[str]:
    """An Indian state named as the government it is ("Government of Tamil Nadu", "Karnataka
    Government", "State of Kerala"): a national text names states as examples, and Pakistan has
    a Punjab too."""
    n = re.escape(name)
    # (in capitals too, as an order's banner prints it: "GOVERNMENT OF TELANGANA")
    return re.compile(rf"\b(?:Government|State) of {n}\b|\b{n} (?:State )?Government\b", re.I)


# Countries whose parts a text names only as examples unless it names them as governments
_NAMED_AS_GOVERNMENT = frozenset({"India"})
_PART_PATTERNS = {
    country: {
        name: (
            _state_government_pattern(name)
            if country in _NAMED_AS_GOVERNMENT
            else _part_pattern(name, adjectives)
        )
        for name, (adjectives, _) in parts.items()
    }
    for country, parts in SUBDIVISIONS.items()
}
_COUNTRY_OF_PART = {part: country for country, parts in SUBDIVISIONS.items() for part in parts}


def country_of_part(source: str, text: str) -> str:
    """The country whose part the text governs when no country is found otherwise: a page
    saved from gov.scot, or a text naming Ontario more than any other part."""
    host = _host(source)
    for part, (_, domains) in ((p, v) for parts in SUBDIVISIONS.values() for p, v in parts.items()):
        if any(_on(host, d) for d in domains):
            return _COUNTRY_OF_PART[part]
    every_part = {part: p for patterns in _PART_PATTERNS.values() for part, p in patterns.items()}
    return _COUNTRY_OF_PART.get(most_named(every_part, text), "")


def part_governed(country: str, source: str, text: str) -> str:
    """The part of `country` a text governs: the one whose government's domain it was saved
    from, else the one it names (or its adjective: Scottish) at least twice and more than any
    other part; "" for a country without parts here or a text of the whole country."""
    host = _host(source)
    for name, (_, domains) in SUBDIVISIONS.get(country, {}).items():
        if any(_on(host, d) for d in domains):
            return name
    if any(_on(host, d) for d in _NATIONAL_DOMAINS):
        return ""
    return most_named(_PART_PATTERNS.get(country, {}), text)


# The fifty states (a fixed list, not fitted), named as a state's own texts name the state that
# governs: "Code of Virginia", "Commonwealth of Virginia", "State of Ohio", "Connecticut General
# Statutes", "Texas Legislature", "Governor of Maryland".
US_STATES = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
    "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky",
    "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi",
    "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico",
    "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania",
    "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont",
    "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
)  # fmt: skip
# The name each state's constitution gives its legislature (NCSL's list of state legislatures):
# a state code's page is that body's, whatever site printed it.
_LEGISLATURE_NAMES = {
    **dict.fromkeys((
        "Arkansas", "Colorado", "Connecticut", "Delaware", "Georgia", "Illinois", "Indiana", "Iowa",
        "Kentucky", "Maryland", "Missouri", "North Carolina", "Ohio", "Pennsylvania", "Rhode Island",
        "South Carolina", "Tennessee", "Vermont", "Virginia",
    ), "General Assembly"),
    **dict.fromkeys(("Massachusetts", "New Hampshire"), "General Court"),
    **dict.fromkeys(("North Dakota", "Oregon"), "Legislative Assembly"),
}  # fmt: skip
US_LEGISLATURES = {state: f"{state} {_LEGISLATURE_NAMES.get(state, 'Legislature')}" for state in US_STATES}
# The states' two-letter postal codes (USPS), in the order of US_STATES.
US_POSTAL_CODES = dict(zip((
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
    "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND",
    "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
), US_STATES, strict=True))  # fmt: skip
