"""Questions that extraction answers better than a passage: "by when?", "when was it issued?"
and "what must X do?".

A by-when question gets the normalised dates of the deadlines in the passages it retrieved;
a when-was-it-issued question the date of the document it is about (its front matter or the
date printed on it, ingest.metadata);
a what-must-X-do question gets the role's duties from the documents it retrieved. Each line
keeps its [n] citation, and the chunks behind them join the citations.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import NamedTuple

from kb.dates import MONTHS, years_named
from kb.dimensions import WORK_ASKED
from kb.roles import (
    EN_BODY_NAME,
    RoleMention,
    en_role_mentions,
    role_matches,
    roles_held,
    roles_named,
    zh_role_mentions,
)
from kb.schedule import join_in_words, when_in_words
from kb.text import (
    CJK_CHAR,
    DOC_NUMBER,
    HAN,
    TITLE_CASE_WORD,
    content_tokens,
    english_tokens,
    fold,
    fold_compact,
    fold_same_length,
    tagged_words,
    tokenize,
)
from kb.types import Chunk, Deadline, Document, Duty, Hit

_DEADLINE = re.compile(
    r"什么时候|何时|哪天|哪一天|哪一?年|几月|截止|期限|时限|多久|什么时间|时间节点|到期|前完成|\bwhen\b|by when|"
    r"deadline|\bdue\b|what date|(?:what|which) year|how long|how soon|time limit|"
    # (a cutoff in time, not a score's: "the cutoff date", "the cutoff for sending the names")
    r"\bcut-?off (?:date|day|time)\b|\bcut-?off for (?:send|submit|fil|report|nam|pick|appoint|get)"
)
# Asked in the past tense about a document itself: 是哪天印发的, 什么时候发布的, 哪天发的文,
# "when was the charter adopted". "什么时候前出台方案" and "by what date did they want comments" ask
# for a deadline, not a date of issue.
_ISSUED = re.compile(
    r"(?:印发|发布|出台|发文|签发|公布|颁布|下发|通过|发)(?:下来|出来)?的|"
    r"\bwhen (?:was|were|did)\b.*\b(?:issu|publish|releas|adopt|sign|enact|approv)\w*|"
    r"(?<!\bby )what date (?:was|were|did)\b"
)
_DUTY = re.compile(
    r"职责|职能|负责什么|负责哪些|要做什么|做什么|做哪些|应当做|应该做|干什么|干哪些|干些什么|干啥|做啥|任务是|有哪些任务|"
    rf"{WORK_ASKED}|"
    # (not "the CDO function", the office itself: "what is the CDO function supposed to achieve")
    r"\bduties\b|\bduty\b|responsibilit|\bfunctions\b|(?<!cdo )(?<!officer )(?<!data )\bfunction\b|what must|what should|"
    r"what does .* do|role of|"
    # the English of 要做什么: "What am I expected to do", "what do Data Stewards have to do"
    r"\bwhat (?:exactly )?(?:am i|are we|are you|is|are|do|does) [^?]{0,40}?\b(?:expected|supposed|required|meant|have|has|need|needs) "
    r"to (?:be )?do(?:ing)?\b(?!\s+(?:this|that|it|so|with)\b)|"  # not "have to do this by", a deadline
    r"\bwhat (?:exactly )?(?:am i|are we|is|are) [^?]{0,40}?\bon the hook for\b|"  # "what am I on the hook for"
    # "what is the CDO responsible for?", not "the office responsible for open data" inside a question
    r"\bwhat (?:is|are) [^?,]{1,60}?\b(?:supposed to be |meant to be )?(?:responsible for|in charge of)\s*(?:\?|$|under\b|in\b|according\b)"
)
# ... or as a clause: "list what the group-level CDO is actually responsible for under …" (not
# governed by another question word: "who decides what the CDO is responsible for")
_WHAT_RESPONSIBLE = re.compile(
    r"\bwhat [^?,]{1,60}?\b(?:is|are) (?:actually |really |exactly )?(?:supposed to be |meant to be )?"
    r"(?:responsible for|in charge of)\s*(?:\?|$|under\b|in\b|according\b)"
)
_GOVERNED = re.compile(r"\b(?:who|whom|which|when|how|why)\b[^?]*\bwhat\b")
MAX_DUTIES = 30  # a screen's worth; longer than any one document's list of one role's duties seen so far


# What kind of answer a question wants, from its question words (general interrogatives of
# either language, not the wording of any one question). Checked in this order.
_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "who",
        re.compile(
            r"谁|哪个部门|哪个单位|哪个机构|哪位|什么人|\bwho\b|\bwhom\b|\bwhich (?:agenc(?:y|ies)|offices?|bod(?:y|ies)|officials?|persons?|people|bureau|department|ministry)\b"
        ),
    ),
    (
        "how_many",
        # 几项 is a count, 哪几项 the items themselves (a list).
        re.compile(r"多少|(?<!哪)几(?:个|家|名|位|人|项|次)|\bhow (?:many|much|big|large)\b|\bnumber of\b"),
    ),
    (
        "goal",
        re.compile(
            r"目标|目的|宗旨|愿景|使命|为了(?:干|做|搞)?(?:什么|啥)|(?<![作认成以])为(?:什么|啥)|想达到|要实现|\bgoals?\b|\baims?\b|\bobjectives?\b|\bpurpose\b|"
            r"\bwhy\b|\bvision\b|\bmission\b|\bthe point of\b|\b(?:meant|trying|supposed|intended|designed) to (?:achieve|accomplish)\b|"
            # the problems it is made to solve: "what problems was the order trying to fix", 要解决什么问题
            r"\bwhat (?:problems?|issues?|gaps?)\b[^?]{0,60}\b(?:fix|solve|address|tackle)|(?:解决|针对)(?:什么|哪些|啥)问题"
        ),
    ),
    (
        "list",
        re.compile(
            r"哪些|哪几|有什么|都有啥|有啥|包括|列出|列一下|列举|清单|几类|几个方面|几种|职责|职能|"
            r"\blist\b|\bwhat are\b|\bwhich\b|\ball (?:the )?\w+|\binclude|\bduties\b|\bresponsibilit|\bfunctions\b"
        ),
    ),
)
# Lines that open a list item: 1. (1) (一) 一、 ① (a) a) • ●
LIST_ITEM = re.compile(
    r"^\s*(?:\(?\d{1,2}[.)、．]|\(\d{1,2}\)|（\d{1,2}）|\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、|[①-⑳]|\([a-z]\)|[a-z]\)|[•●▪■◆-])\s*"
)
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
# A frequency: "no less than quarterly", "at least every 90 days", "once a year", 每半年, 定期: the
# only answer to a how-often question.
_FREQUENCY = (
    r"\b(?:quarterly|monthly|weekly|daily|yearly|regularly|periodically|(?:semi-?|bi)?annual(?:ly)?)\b|"
    r"\bevery (?:(?:\d+|other|two|three|four|five|six|ten) )?(?:days?|weeks?|months?|quarters?|years?)\b|"
    r"\bonce (?:a|per|every) (?:week|month|quarter|year)\b|\b(?:each|per) (?:year|quarter|month|week)\b|"
    r"每(?:年|季度?|月|周|日|天|半年|[两三]年)|定期|[一两二三四五]年一次|半年度"
)
# Text that holds what each kind asks for: a holder, a number, a goal, a date, a frequency, a list.
# English numbers as words, as documents write small counts and amounts ("at least eight hours");
# "one" apart, as it is also a pronoun ("one of the members").
_EN_NUMBER_WORDS = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty"
    "|fifty|sixty|seventy|eighty|ninety|hundred|dozen"
)

# General wording of either language, matched on folded (simplified, lower-case) text.
ANSWER_SHAPE: dict[str, re.Pattern[str]] = {
    "who": re.compile(
        r"由.{0,30}(?:兼任|担任|负责|牵头|组织|任命)|负责|牵头|\bshall (?:be|serve|designate|appoint|chair)|"
        r"\bchair|\bdesignat|\bappoint|\bled by\b|\bheaded by\b|\bresponsible\b"
    ),
    "how_many": re.compile(
        r"\d+\s*(?:个|家|名|位|项|次|人|类|批|级|种|所|条|年|天)|[一二三四五六七八九十百两]+(?:个|家|名|位|项|次|类|批|级|种|所|条)|"
        rf"(?<![§.\d])\b\d{{1,4}}\b(?![.)\d])|\b(?:one|{_EN_NUMBER_WORDS})\b"
    ),
    "goal": re.compile(
        r"目标|目的|宗旨|旨在|为了|\bgoals?\b|\baims?\b|\bobjectives?\b|\bpurpose\b|\bvision\b|\bmission\b|\bto (?:ensure|improve|promote|support)"
    ),
    "when": re.compile(
        r"\d{4}\s*年|\d{1,2}\s*月|[一二三四五六七八九十]{1,3}月|年底|年末|月底|季度|每年|每季|每月|每周|每日|每天|每半年|每[两三]年|"
        r"\d+\s*(?:个)?(?:工作日|日|天)内|"
        # how often, of the frequencies in _FREQUENCY the ones a deadline clause writes; with all of
        # them (定期, regularly, daily …) tuning key-in-answer fell 0.641 -> 0.633
        r"\b(?:quarterly|monthly|weekly|yearly|(?:semi-?|bi)annual(?:ly)?)\b|"
        r"\bevery (?:(?:\d+|other|two|three|four|five|six|ten) )?(?:days?|weeks?|months?|quarters?|years?)\b|"
        r"\bonce a (?:week|month|quarter|year)\b|"
        rf"\b(?:by|before|no later than|within|not later than)\b.{{0,30}}(?:\d|\bdays?\b|\bmonths?\b|\byears?\b|\b(?:{_MONTHS})\b)|"
        rf"\bannual(?:ly)?\b|\beach (?:year|quarter|month)\b|\b(?:{_MONTHS}) \d{{1,2}}\b|\b\d{{1,2}} (?:{_MONTHS})\b|\b(?:19|20)\d\d\b"
    ),
    # How often: a frequency, not a date, so that a meeting's date does not answer "how often
    # does it meet".
    "often": re.compile(_FREQUENCY),
    # Three or more items in a row: 甲、乙、丙 or "a, b, and c".
    "list": re.compile(r"(?:[^、。；;\n]{1,40}、){2,}|(?:[^,;.\n]{1,60}, ){2,}(?:and|or) "),
}


# A question asking for an amount in a unit (money, hours) is answered only by a passage that
# states an amount in that unit: a funding clause without a figure is the closest clause, not the
# answer to "how much funding". The question side names the amount asked for; the text side is
# any figure in the unit, in digits or Chinese numerals.
_CN_NUMBER = "[一二三四五六七八九十百千万亿两零〇]+"
# Sums of money a question may ask the amount of, and the measure words and units that make
# 多少 a count or a time instead (多少个部门, 多少天).
_MONEY_ZH = "经费|资金|预算|费用|钱|补贴|补助|奖金|津贴|薪酬|工资|年薪|月薪|薪资|报酬"
_MONEY_EN = (
    r"money|funding|funds|budget|subsid(?:y|ies)|grants?|bonus\w*|allowances?|stipends?|salar(?:y|ies)|"
    r"compensation|remuneration|wages?|pay(?!\s+(?:\w+\s+)?attention|-as-)"  # not "pay attention", "pay-as-you-go"
)
# The measure words a count of units, people or items takes (below: how many).
MEASURE_WORDS = "个名位家项批类种所人支件份"
# 多少 then a measure word or a unit of time counts (多少个部门, 多少天), unless the unit starts
# the sum asked (多少年薪)
_COUNTED_BY = rf"[{MEASURE_WORDS}次天周]|[年月](?!薪)"
# What may stand between 多少 and the sum it asks the amount of: the kind of sum (多少试点工作
# 经费), not a noun and a verb (多少企业获得了补贴 counts firms)
_MONEY_KIND = (
    "专项|工作|试点|财政|配套|补助|启动|运营|建设|培训|奖励|考核|绩效|岗位|额外|省级|市级|县级|区级|中央"
)
# 多少美元, 多少万元, 多少英镑: the currencies of the countries whose documents a user drops in
_CURRENCY_NAMES = "元|美元|美金|人民币|英镑|欧元|港元|港币|澳元|加元|新台币|台币|新元|卢比|兰特|塞地|奈拉|令吉|比索|先令|日元"
# ... and as English writes them
_CURRENCY_EN = (
    r"dollars?|usd|rmb|yuan|pounds|gbp|euros?|eur|rupees?|rand|cedis?|naira|ringgits?|pesos?|shillings?"
)
_CURRENCY = f"(?:万|亿|千)?(?:{_CURRENCY_NAMES}|块钱|块|钱)"
# Verbs whose "how much" is a sum of money: "how much did X spend", "how much does it cost"
# ("how much time should I spend" has its noun after "how much" and is no sum)
_MONEY_VERBS_EN = r"spend|spends|spent|cost|costs|invest|invests|invested|pay|pays|paid|budget(?:ed)?"
# 分 that is no point of a score: 分之 (a fraction), 分钟, 分管, 分别, 分类, 分工 …
_NOT_POINTS = "之|钟|管|别|类|工|析|布|解|期|批|成|局|行|公司|中心|享|级"
_AMOUNT_ASKED: dict[str, re.Pattern[str]] = {
    # how much of a sum of money: 多少试点工作经费, 津贴？一般扣多少, "an allowance … how much", "how
    # much is the monthly allowance"; not
    # a count (多少个部门 has a measure word)
    "money": re.compile(
        rf"多少(?!{_COUNTED_BY})(?:(?:{_MONEY_KIND}){{0,2}}(?:{_MONEY_ZH})|{_CURRENCY})|"
        rf"(?:{_MONEY_ZH})(?:[^。！!？?]{{0,10}}?|[^。！!？?]{{0,8}}[？?][^。！!？?]{{0,8}}?)多少(?=[？?。，,呢啊呀吗]|$|{_CURRENCY})|"
        rf"(?:{_MONEY_ZH})[^?？。]{{0,8}}几(?!{_COUNTED_BY})|"
        rf"\bhow much (?:(?:is|are|was|were|does|do|did|will)\s+)?(?:(?:the|a|an|each|their|its)\s+)?(?:[\w'-]+ ){{0,2}}"
        rf"(?:{_MONEY_EN})\b|"
        rf"\b(?:{_MONEY_EN})\b[^.?]{{0,60}}\bhow much\s*(?:\?|$|per\b|a (?:month|year)\b|each\b)|"
        # "how many yuan each unit gets", "an actual yuan figure on the funding"
        rf"\bhow many (?:{_CURRENCY_EN})\b|\b(?:{_CURRENCY_EN}) (?:amount|figure|value)\b|"
        rf"\bhow much (?:did|does|do|will|would|has|have|had|is|was|are|were|should|could|can)\b[^.?]{{0,40}}"
        rf"\b(?:{_MONEY_VERBS_EN})\b(?!\s+(?:\w+\s+)?attention)|"
        r"\bsalar(?:y|ies)\b|"
        # 年薪大概在什么范围, 津贴一般多高
        rf"(?:{_MONEY_ZH})[^。！!？?，,]{{0,6}}(?:什么范围|多高|几位数)"
    ),
    "hours": re.compile(r"(?:多少|几)个?(?:学时|小时|课时)|\bhow many (?:[\w-]+ ){0,2}hours\b"),
    # an assessment's points (占多少分, 扣几分, "how many points are deducted") and a weight or share
    # (权重, 占比, "what percentage"): a 考核 clause that gives none is not the answer
    # (多少分 as the question's end or with its particle: not 多少分支机构, 几分把握, 扣几个月)
    "points": re.compile(
        r"(?:多少|几)分(?=[？?，,。！!呢啊呀吗吧]|$|左右)|分值(?:是|为|有)?(?:多少|几)|"
        r"\bhow many (?:[\w-]+ ){0,2}points\b|\bpoints? (?:are |is |get |be )?(?:deduct|lost|taken off)\w*"
    ),
    # (how much of the whole: not 如何提高…占比, how to raise one)
    "share": re.compile(
        r"(?:多少|多大|几成|百分之几)的?(?:权重|比重|占比|比例)|(?:权重|比重|占比)(?:是|为|有|占)?(?:多少|多大|几)|"
        r"权重比例|\bwhat (?:percentage|share|weight(?:ing)?)\b|\bhow much weight\b"
    ),
    # how long a term of office runs: 任期几年, "how many years is the term"
    "term": re.compile(
        r"(?:任期|聘期)[^，,。？?]{0,4}(?:几|多少|多长)|\bhow (?:many years|long) (?:is|does|will) (?:[\w'’]+ ){0,3}term\b|"
        r"\b(?:length|duration) of (?:the |a |their )?term\b|"
        # 有没有任期, 任期有规定吗, 几年一届; "how long a CDO's term is", "a fixed term"
        r"(?:有没有|有无|是否有|是否)(?:规定|固定|明确)?(?:任期|聘期)|(?:任期|聘期)有(?:没有)?(?:规定|限制)|几年一(?:届|换|任)|一届几年|"
        # "how many years does a designated CDO serve", "how long can the CDO hold the post"
        # (its holder serves: not "how long does it take to serve a data request")
        r"\bhow (?:many years|long) (?:does|do|will|would|can|must|should|may) (?:a |an |the |each |every )?"
        r"(?:[\w'’-]+ ){0,2}(?:cdos?|officers?|officials?|chairs?|chairpersons?|members?|holders?|heads?|directors?) "
        r"(?:serve|hold (?:the|that|this|their|his|her) (?:post|position|office|role))\b|"
        r"\bhow long (?:(?:a|an|the) )?(?:[\w'’]+ ){0,3}term\b|\bfixed term\b|\bterm limits?\b"
    ),
    # years of experience a post asks for: 几年以上的数据管理工作经验, "how many years of experience"
    "years": re.compile(
        r"(?:几|多少)年(?:以上)?的?[^，,。？?]{0,8}(?:经验|工作经历|从业)|工作年限|"
        r"\bhow many years(?: of)?\b[^?]{0,30}\bexperience\b|\byears of (?:\w+ ){0,3}experience\b"
    ),
}
_AMOUNT_STATED: dict[str, re.Pattern[str]] = {
    "money": re.compile(
        rf"(?:\d[\d,.]*|{_CN_NUMBER})\s*(?:万|亿|千)?(?:{_CURRENCY_NAMES})|[¥$£€]\s?\d|"
        rf"\d[\d,.]*\s*(?:thousand|million|billion|[mk]\b)?\s*(?:{_CURRENCY_EN})\b"
    ),
    # (not a clock's 8时30分; 扣一分, 一百分 in characters)
    "points": re.compile(
        rf"(?<![\d时点:：])\d+(?:\.\d+)?\s*分(?!{_NOT_POINTS})|(?:扣|加|得|满|计)(?:{_CN_NUMBER})分(?!{_NOT_POINTS})|"
        r"\b\d+(?:\.\d+)? points?\b"
    ),
    "share": re.compile(
        rf"\d+(?:\.\d+)?\s*%|百分之|(?:{_CN_NUMBER})分之(?:{_CN_NUMBER})|[一二三四五六七八九]成(?![员果立本绩效熟为不])|"
        r"\b0?\.\d+\b|\b\d+(?:\.\d+)? ?(?:per ?cent|percent)\b|\b(?:one|two|three|a) (?:third|quarter|half)\b"
    ),
    "hours": re.compile(
        rf"(?:\d+|{_CN_NUMBER})\s*个?(?:学时|小时|课时)|\b(?:\d+|one|{_EN_NUMBER_WORDS})\s*(?:credit )?hours?\b"
    ),
    # (or tied to another body's: 任期与本届经理层任期一致)
    "term": re.compile(
        rf"(?:任期|聘期)[^，,。；;]{{0,6}}(?:\d+|{_CN_NUMBER})\s*年|(?:任期|聘期)(?:与|同)[^，,。；;]{{1,12}}(?:一致|相同|同步)|\b(?:\d+|one|{_EN_NUMBER_WORDS})[- ]years?\s+terms?\b|"
        rf"\bterms?\b[^.;]{{0,30}}\b(?:\d+|one|{_EN_NUMBER_WORDS}) (?:\(\d+\) )?years?\b|"
        # 三年一届, 每届三年; "designated for a period of three years"
        rf"(?:\d+|{_CN_NUMBER})\s*年一届|每届(?:\d+|{_CN_NUMBER})\s*年|"
        rf"\bfor a period of (?:\d+|one|{_EN_NUMBER_WORDS}) (?:\(\d+\) )?years?\b"
    ),
    "years": re.compile(
        rf"(?:\d+|{_CN_NUMBER})\s*年(?:以上|及以上|或以上|的?[\u4e00-\u9fff]{{0,8}}(?:经验|经历|年限))|"
        rf"(?:不少于|不低于|至少)\s*(?:\d+|{_CN_NUMBER})\s*年|"
        rf"\b(?:\d+|one|{_EN_NUMBER_WORDS})\s*(?:\(\d+\) )?(?:or more )?years?\b"
    ),
}


def asked_amount(question: str) -> str | None:
    """The unit a question asks an amount of ("money", "hours", "term", "years"), or None."""
    folded = fold(question)
    return next((unit for unit, pattern in _AMOUNT_ASKED.items() if pattern.search(folded)), None)


# A figure that is a turnover or an output value (电子商务年交易额达46.11亿元, 信息服务业产值超78亿元,
# "annual revenue of $2 billion"), a fine (处1万元以上10万元以下罚款, "a fine of up to $10,000") or a
# threshold that sorts things by size (投资额度在30万元以上的项目, 合同金额50万元以内) is no sum a question
# about spending, funding or pay asks for: such figures are set aside before a sum is looked for.
_FIGURE = rf"(?:\d[\d,.]*|{_CN_NUMBER})\s*(?:万|亿|千)?(?:{_CURRENCY_NAMES})"
_NOT_A_SUM = re.compile(
    rf"(?:交易额|产值|营收|营业收入|销售额|成交额|增加值)[^，,。；;\d]{{0,8}}{_FIGURE}|"
    rf"{_FIGURE}(?:及|或)?(?:以上|以下)的|{_FIGURE}以内|"
    rf"{_FIGURE}[^，,。；;]{{0,12}}?(?:罚款|罚金)|"
    r"\b(?:(?:turnover|revenues?|sales)(?: of| reached| was| were| totall?ed| hit)|fines? of|penalty of)\s+"
    r"(?:up to\s+|about\s+|over\s+)?[$£€¥]?\s?\d[\d,.]*",
    re.IGNORECASE,
)


def states_amount(unit: str, text: str) -> bool:
    folded = fold(text)
    if unit != "money":
        return bool(_AMOUNT_STATED[unit].search(folded))
    return bool(_AMOUNT_STATED[unit].search(_NOT_A_SUM.sub(" ", folded)))


# A how-many question counts something (多少名CDO成员, "how many CDO members"), and the passage
# that answers writes a number right before it ("Our 90 CDO members", 13家市级委办局, 领导干部44名).
# Chinese counts with a measure word between number and thing: without one, 一 of 进一步 or 三
# of 第三条 would count.
_MEASURE = f"[{MEASURE_WORDS}]"
_CN_COUNT = "[一二三四五六七八九十百千万两]+"
_COUNT_ASKED = re.compile(
    rf"(?:多少|几){_MEASURE}?+([{HAN}a-z][{HAN}a-z\s-]{{0,15}})|\bhow many\s+((?:[\w.'-]+\s+){{0,3}}[\w.'-]+)"
)
# …or the words before 有多少个 / 是几家 at a clause's end: 第一批试点单位有多少个？
_COUNT_ASKED_AFTER = re.compile(
    rf"([{HAN}a-z][{HAN}a-z\s-]{{0,15}}?)(?:一共|总共|共|到底|大概)?(?:有|是|设了|选了)?(?:多少|几)"
    rf"{_MEASURE}?(?:啊|呀|呢|吗)?(?=[？?，,。！!]|$)"
)
# Words a Chinese run of what is counted holds: nouns, verb-nouns, letters (CDO), abbreviations;
# a word of three or more characters is a term of the user dictionary (试点单位, 首席数据官).
_NOUNISH = frozenset({"n", "nr", "ns", "nt", "nz", "ng", "nrt", "vn", "an", "j", "eng"})
_TERM_CHARS = 3
_EN_THINGS = 3  # "how many [federal] [CDO] members": the thing is among the first three words


def counted_word(question: str) -> str | None:
    """The thing a how-many question counts, as an index token (成员, member), or None: the last
    noun of the run after 多少 / 几 (or before 有多少个), the first plural after "how many"."""
    folded = fold(question)
    match = _COUNT_ASKED.search(folded)
    if match and match.group(2):
        words = match.group(2).split()[:_EN_THINGS]
        plural = next((w for w in words if w.endswith("s") and not w.endswith("ss")), words[0])
        stems = english_tokens(plural)
        return stems[0] if stems else plural.strip(".'") or None
    thing = _chinese_thing(match.group(1)) if match else None
    if thing is None:
        before = _COUNT_ASKED_AFTER.search(folded)
        thing = _chinese_thing(before.group(1), last_run=True) if before else None
    return thing


def _chinese_thing(phrase: str, last_run: bool = False) -> str | None:
    """The last noun of the first run of nouns in `phrase` (of its last run, with `last_run`)."""
    runs: list[list[str]] = [[]]
    for word, flag in tagged_words(phrase.strip()):
        nounish = flag in _NOUNISH or len(word) >= _TERM_CHARS
        if nounish and word not in MEASURE_WORDS and word.strip():
            runs[-1].append(word)
        elif runs[-1]:
            if not last_run:
                break
            runs.append([])
    found = [run for run in runs if run]
    return found[-1][-1] if found else None


# A count: digits (not a year, a date's day, a section's, an order's or a law's number) or
# number words.
_DAY_OF = "".join(f"(?<!{month} )" for month in _MONTHS.split("|"))
_NUMBER_EN = (
    r"(?<![\d.§-])(?<!section )(?<!order )(?<!no\. )(?<!title )(?<!chapter )(?<!part )(?<!law )"
    + _DAY_OF
    + r"(?<!l\. )"
    r"(?!(?:19|20)\d\d(?!\d))\d{1,3}(?:,?\d{3})*(?![\d.,]\d)|"
    rf"\b(?:{_EN_NUMBER_WORDS})\b"
)
_COUNT_BEFORE_EN = re.compile(rf"(?:{_NUMBER_EN})\s+((?:[a-z-]+\s+){{0,2}})$")
_NOT_BETWEEN = frozenset({"of", "the", "a", "an", "to", "in", "on", "by", "for", "and", "or", "about", "at"})
_COUNT_BEFORE_ZH = re.compile(rf"(?<![第\d])(?:\d+|{_CN_COUNT}){_MEASURE}[^，。；;,.\n\d]{{0,6}}$")
_COUNT_AFTER_ZH = re.compile(rf"^[^，。；;,.\n\d]{{0,4}}?(?:\d+|{_CN_COUNT}){_MEASURE}")
_ENGLISH_WORD = re.compile(r"[a-z][a-z-]*")
_WINDOW = 40  # characters either side read: a number, a measure word or two words, and a margin


@lru_cache(maxsize=16384)
def counts(text: str, things: tuple[str, ...]) -> bool:
    """Whether `text` writes a number right before one of `things` (index tokens: a word and its
    translations), or, in Chinese, after it with a measure word: 13家市级委办局, 领导干部44名,
    "Our 90 CDO members"; remembered, as every how-many question reads the same passages."""
    folded = fold(text)
    chinese = [t for t in things if t and not t.isascii()]
    for thing in chinese:
        at = folded.find(thing)
        while at >= 0:
            before, after = (
                folded[max(0, at - _WINDOW) : at],
                folded[at + len(thing) : at + len(thing) + _WINDOW],
            )
            if _COUNT_BEFORE_ZH.search(before) or _COUNT_AFTER_ZH.search(after):
                return True
            at = folded.find(thing, at + 1)
    english = {t for t in things if t and t.isascii()}
    if english:
        starts = tuple(t[:3] for t in english)
        for word in _ENGLISH_WORD.finditer(folded):
            if not word.group().startswith(starts) or not set(english_tokens(word.group())) & english:
                continue
            between = _COUNT_BEFORE_EN.search(folded[max(0, word.start() - _WINDOW) : word.start()])
            if between and not set(between.group(1).split()) & _NOT_BETWEEN:
                return True
    return False


# A question asking for a person's name (叫什么名字, "the names of the CDOs") is answered only by
# a passage that names a person: policy documents name the role that holds a post (由县长兼任),
# seldom the person, and the closest clause about the role is not the name asked for. 叫什么
# alone ("这个角色叫什么") asks what a role is called, its title.
_POST_NAMES = r"(?:cdo|chief data officer|(?:vice[- ]|co-)?chair(?:man|woman|person)?)\b"
# The posts a person holds, whose name a question may ask ("the deputy magistrate's name")
# (besides the CDO's and a chair's: _POST_NAMES)
_PERSONS_POSTS = (
    r"magistrate|mayor|governor|director|commissioner|minister|secretary|manager|president|head|lead|"
    r"steward|deputy"
)
_NAME_ASKED = re.compile(
    r"名字|姓名|\bnames?\s+of\b|\bwhat(?:'s| is| are) (?:the |his |her |their )?names?\b|"
    # "need the person's name", "the officer's name", "what's the deputy magistrate's name" (a
    # person's post, not "the committee's name"), "who's the actual person", "who is the person serving
    # as …" (not "who is the person responsible for …", which asks for a post)
    rf"\b(?:person|individual|officer|incumbent|holder|{_PERSONS_POSTS}|{_POST_NAMES})(?:'s|’s)\s+names?\b|"
    r"\bwho(?:'s|’s| is| was) the (?:(?:actual|real|specific) (?:person|individual)\b|"
    r"(?:person|individual) (?:currently |now |actually )?(?:serving|holding|sitting)\b)|"
    # Who came to hold a post ("who took over", 第一任主席是谁): the person, where a rule says only
    # who shall appoint whom.
    r"\bwho (?:took over|replaced|succeeded|served as)\b|"
    # Who it was, in the past tense or as the first one, in a post (the English of 首任 below):
    # "who was named as the city's first Chief Data Officer", "who was serving as Connecticut's
    # CDO", "who was the very first chair". Not "who is appointed as CDO" (the rule), nor "who
    # was selected as the lead unit" (no post).
    rf"\bwho was (?:named|appointed|selected|chosen|serving)(?: as)? (?:[\w'-]+ ){{0,3}}?{_POST_NAMES}|"
    rf"\bwho (?:was|is) (?:[\w']+ ){{0,2}}?(?:first|inaugural|current|present)(?: [\w'-]+){{0,2}}? {_POST_NAMES}|"
    # ... asked indirectly ("who the current Deputy Chair … is"), or the name itself ("I need the name")
    rf"\bwho the (?:first|inaugural|current|present)(?: [\w'-]+){{0,2}}? {_POST_NAMES}|"
    r"\bi (?:need|want) (?:the|their|his|her) names?(?! (?:published|posted|filed))\b|"
    # who holds it now ("Who is Austin's CDO right now?", 目前…首席数据官是谁): a person, where a
    # rule says only who shall hold it
    # (the post itself, of a place or body: not "who is eligible to be CDO now", "who is the CDO
    # reporting to right now")
    rf"\bwho(?:'s|’s| is| are) (?:the )?(?:(?:[\w-]+ ){{0,2}}[\w-]+(?:'s|’s) )?(?:current |present )?{_POST_NAMES}"
    r"(?: (?:of|for|in|at) (?:the )?[\w'’ -]{1,40}?)? (?:right now|currently|at the moment|these days|now)(?=\s*(?:[?,.;!]|$))|"
    r"(?:目前|现在|眼下|如今)[^？?。]{0,12}(?:首席数据官|cdo|主席|副主席)(?:目前|现在)?(?:是谁|是哪位)(?![来定负担兼考管])|"
    r"\b(?:give|tell) me (?:the|their|his|her) names?\b|"
    # whom someone appointed ("who did the mayor actually appoint as …"): a person, in the past
    r"\bwho did (?:[\w'’-]+ ){0,5}?(?:appoint|name|select|choose|hire|pick)\b|"
    r"(?:现任|首任|第一任|继任|前任)的?(?:首席数据官|cdo|主席|副主席|chair)[^？?。]{0,10}(?:是谁|是哪位|叫什么)|"
    r"谁是(?:现任|首任|第一任|继任|前任)的?(?:首席数据官|cdo|主席|副主席)"
)
# The hundred commonest Chinese surnames (公安部户政管理研究中心, 二〇一九年全国姓名报告), which cover
# most of the population: a name is one of them, a given name of one or two characters, and a
# title before it or 同志/先生/女士 after it, as news and reports write a person.
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
_TITLES = "书记|市长|县长|区长|镇长|主任|局长|厅长|部长|处长|科长|主席|院长|总经理|董事长|首席数据官"
_CHINESE_PERSON = re.compile(
    rf"(?P<name>[{_SURNAMES}][{HAN}]{{1,2}})(?:同志|先生|女士)|"
    rf"(?:{_TITLES})(?P<titled>[{_SURNAMES}][{HAN}]{{1,2}})(?=[，、。,;；:：（(\s]|表示|指出|强调|介绍|说|(?P<takes>为|担任|兼任))"
)
# English: Mr/Ms/Dr and a name, or two capitalised words of which one is no English word the
# dictionary knows (Ted Kaouk, Li Xiangying; not Homeland Security), unless the second names a
# kind of place or body (Huizhou City, Boluo County, Huizhou Daily). Pairs overlap: "Mayor Li
# Xiangying" holds "Li Xiangying".
_TITLED_PERSON = re.compile(r"\b(?:Mr|Ms|Mrs|Dr)\.?\s+[A-Z][a-z]+")
_CELL_PERSON = re.compile(rf"(?:^|\|)[ \t]*([{_SURNAMES}][{HAN}]{{1,2}})[ \t]*(?=\|)", re.M)
_CAPITAL_PAIR = re.compile(
    r"(?<![-‐])\b(?=([A-Z][a-z]+) ([A-Z][a-z]+)\b)"
)  # not Evidence-[Based Policymaking]
# fmt: off
_PLACE_OR_BODY = frozenset((
    "city", "county", "province", "district", "town", "township", "village", "municipality", "state",
    "region", "zone", "area", "street", "bureau", "office", "department", "ministry", "committee",
    "council", "commission", "agency", "administration", "center", "centre", "institute", "board",
    "government", "network", "assembly", "parliament", "authority", "service", "services",
    "directorate", "division", "unit", "secretariat", "branch", "section", "team", "forum", "panel",
    "university", "company", "corporation", "group", "daily", "news", "times", "post",
    # a post's title, not a person ("the VA Statistical Official", "Chief Privacy Officer")
    "official", "officer", "secretary", "director", "manager", "commissioner", "steward",
    # ... or of a law or a paper ("the Evidence-Based Policymaking Act")
    "act", "law", "strategy", "policy", "plan", "order", "directive", "program", "programme",
))
# fmt: on
_NEXT_CAPITAL = re.compile(r"[ \t]+([A-Z][a-z]+)\b")
# The last word of the name of a thing that a run of capitalised words may be ("Enterprise Data
# Maturity Assessment", "Budget Reallocation Worksheet"): such a run names no person
_THING_WORDS = frozenset((
    "assessment", "worksheet", "summary", "report", "review", "survey", "framework", "standard",
    "standards", "guidance", "guide", "guidelines", "template", "toolkit", "form", "schedule",
    "presentation", "description", "charter", "roadmap", "inventory", "catalog", "catalogue",
    "dashboard", "portal", "platform", "system", "model", "index", "register", "workbook", "matrix", "schema",
))  # fmt: skip
_CAPITALS_AFTER = re.compile(r"(?:[ \t]+[A-Z][A-Za-z]+)+")
_RUN_REACH = 120  # characters around a pair its run of capitalised words is read within


def _in_a_named_thing(written: str, end: int) -> bool:
    """Whether the capitalised pair ending at `end`, with the capitalised words after it, ends in a
    word that names a thing, not a person ("Data Maturity Assessment"; not "Jane Roe")."""
    after = _CAPITALS_AFTER.match(written[end : end + _RUN_REACH])
    last = after.group(0).split()[-1] if after else written[max(0, end - _RUN_REACH) : end].split()[-1]
    # (or a body: "Statewide Data Governance Council")
    return last.lower() in _THING_WORDS or (after is not None and last.lower() in _BODY_WORDS)


# what ends a body's name (a roster's "Kelly Jones Director" is a person before a title)
_BODY_WORDS = frozenset((
    "committee", "council", "board", "commission", "department", "ministry", "bureau", "agency",
    "authority", "institute", "centre", "center", "office", "group", "team", "panel",
))  # fmt: skip
# The words that open a post's title, never a given name
_RANK_WORDS = frozenset(("chief", "deputy", "acting", "assistant", "associate", "interim", "vice", "senior"))
# A word written in lower case within the text, on its own (not inside an address, d.whitfield@…,
# /data/, nor a compound, long-term): English writes a name capitalised wherever it stands, so a
# word the text writes so twice or more is no surname there ("Directorate Data Leads" in a text
# on data; not "Priya Long" beside one "a long process")
_ORDINARY_WORD = re.compile(r"(?<![\w@./-])[a-z]+(?![\w@-])(?!\.[a-z])")
_ORDINARY_USES = 2
_CALENDAR_WORDS = frozenset(
    [*_MONTHS.split("|"), "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
)
# A news item's byline, a line of its own with no sentence in it (来源：惠州日报 记者：…; "Source:
# Huizhou Daily", "Writing: Li Xiangying"), names who wrote it, not anyone the question asks about.
_BYLINE = re.compile(
    r"^\s*(?:(?:Source|Writing|Written by|Author|Editor|Reporter|Correspondent)s?\s*:|"
    r"(?:来源|记者|通讯员|编辑|责任编辑|作者|撰稿|供稿)\s*[:：])(?:[^.。\n]|\.(?!\s))*$",
    re.MULTILINE,
)


# Names sent in by a date ("by what date did units have to file the names of their CDO", "the
# cutoff for sending the city bureau the names of our CDO") are what a deadline is for, not a
# name asked
_NAMES_FILED = re.compile(
    r"\b(?:file|filed|submit|submitted|send|sent|report|reported|register|registered|provide|list)\s+"
    r"(?:the |their |its |our )?names?\s+of\b"
    # (… to an office: "sending the city bureau the names of our CDO")
    r"|\b(?:fil(?:e|es|ed|ing)|submit(?:s|ted|ting)?|send(?:s|ing)?|sent|report(?:s|ed|ing)?)\s+"
    r"(?:to\s+)?(?:the |our |their |its |a )?(?:[\w'’-]+\s+){0,2}"
    r"(?:bureau|office|department|agency|council|committee|ministry|government|secretariat|headquarters|hq)s?\s+"
    r"(?:the |their |its |our )?names?\s+of\b"
)


def asks_person_name(question: str) -> bool:
    return bool(_NAME_ASKED.search(_NAMES_FILED.sub(" ", fold(question))))


def persons_in(text: str) -> frozenset[str]:
    """The people a text names (李明同志 -> 李明, Ted Kaouk), folded; bylines left out."""
    from kb.lexicon import lexicon
    from kb.places import is_place_name

    written = _BYLINE.sub("", fold_same_length(text))
    found = {
        m.group("name") or m.group("titled")
        for m in _CHINESE_PERSON.finditer(written)
        # 副总经理陈立峰为…, not 首席数据官任期为三年 (任期 is a word, not a name)
        if not (m.group("takes") and m.group("titled") in lexicon().words)
    }
    # a roster's cell that holds a name alone ("| 拉萨市公安局 | 李晓东 | 副局长 |"), not a word (高校)
    found |= {m.group(1) for m in _CELL_PERSON.finditer(written) if m.group(1) not in lexicon().words}
    found |= {m.group(0).split()[-1] for m in _TITLED_PERSON.finditer(written)}
    dictionary = lexicon()
    place_end = -1
    ordinary: frozenset[str] | None = None
    for match in _CAPITAL_PAIR.finditer(written):
        if match.start(1) < place_end:
            continue  # "Francisco Chief" of "San Francisco Chief Data Officer"
        if match.group(2).lower() in _PLACE_OR_BODY or is_place_name(" ".join(match.groups())):
            place_end = match.end(2)
            continue  # Huizhou City; San Francisco, United States (the dictionary's places)
        body = _NEXT_CAPITAL.match(written, match.end(2))
        if body and body.group(1).lower() in _BODY_WORDS:
            place_end = body.end(1)
            continue  # the start of a body's name: Legislative Finance Committee
        if _in_a_named_thing(written, match.end(2)):
            continue  # "2024 Enterprise Data Maturity Assessment", "Budget Reallocation Worksheet"
        if match.group(2).lower() in _CALENDAR_WORDS:
            continue  # Scrutiny November (not June Lee)
        if match.group(1).lower() in _RANK_WORDS:
            continue  # Chief Operating (Officer); "Deputy Jane Roe" is read from Jane on
        if ordinary is None:
            uses = Counter(_ORDINARY_WORD.findall(written))
            ordinary = frozenset(word for word, n in uses.items() if n >= _ORDINARY_USES)
        if match.group(2).lower() in ordinary:
            continue  # "Directorate Data Leads" where "data" is written in lower case too
        words = [english_tokens(w.lower()) for w in match.groups()]
        if all(words) and any(not dictionary.chinese(w[0]) for w in words):
            found.add(" ".join(match.groups()))
    return frozenset(fold(name) for name in found)


# The posts a question may ask who held: a person named near one of them (in either language)
# is named in it ("selected Ted Kaouk … as the inaugural Chair"); one named elsewhere in the
# passage ("In 2009, Mayor Gavin Newsom issued …") held some other post.
# Each kind of post, so that a name near a chairman answers who chairs, not who is the CDO.
_POSTS = (
    r"首席数据(?:执行)?官|(?<![a-z])cdos?(?![a-z])|\bchief data officers?\b",
    r"(?:副)?主席|\b(?:vice[- ]|co-)?chair\w*",
)


def asked_post(question: str) -> re.Pattern[str] | None:
    """The kinds of post a question names ("首席数据官是谁", "who chairs"), or None."""
    folded = fold(question)
    kinds = [kind for kind in _POSTS if re.search(kind, folded)]
    return re.compile("|".join(kinds)) if kinds else None


POST_REACH = 120  # characters either side of a name: about one sentence of a report


def names_person(
    text: str, besides: frozenset[str] = frozenset(), post: re.Pattern[str] | None = None
) -> bool:
    """Whether the text names someone other than `besides` (those the question itself names:
    "who took over from Ted Kaouk" is not answered by a passage naming Ted Kaouk); with `post`
    (asked_post's), someone named within POST_REACH characters of such a post's name."""
    known = {word for name in besides for word in name.split()}  # 李明 is one word, Ted Kaouk two
    named = [name for name in persons_in(text) if not known.intersection(name.split())]
    if not post or not named:
        return bool(named)
    folded = fold(text)
    elsewhere = _holding_other_titles(folded, post) | _signed_with_other_titles(text, named, post)
    for name in named:
        if name in elsewhere:
            continue  # 市数据局局长覃立新 holds the bureau's post, however near 首席数据官 he is quoted
        for found in re.finditer(re.escape(name), folded):
            near = folded[max(0, found.start() - POST_REACH) : found.end() + POST_REACH]
            if post.search(near):
                return True
    return False


def _holding_other_titles(folded: str, post: re.Pattern[str]) -> set[str]:
    """The Chinese names a text gives only after a title that is not a post a question asks who
    held (局长覃立新, 副市长张明 with no 担任…首席数据官 after it): each holds that title, not the post
    named nearby. A name written once as the post's holder or with 同志 is not among them."""
    titled: dict[str, bool] = {}
    for m in _CHINESE_PERSON.finditer(folded):
        name = m.group("titled")
        if name is None:
            titled[m.group("name")] = False
            continue
        other = (
            not m.group("takes")
            and not post.search(folded[m.start() : m.start("titled")])
            and not post.search(_sentence_around(folded, m.start(), m.end()))  # 市首席数据官、副市长李强
        )
        titled[name] = titled.get(name, True) and other
    return {name for name, other in titled.items() if other}


# "Lauren Okafor, Chief Information Officer": the capitalised title a name is written with
_TITLE_AFTER_NAME = re.compile(rf"[ \t]*,[ \t]*({TITLE_CASE_WORD}(?:[ \t]+{TITLE_CASE_WORD}){{0,6}})")


def _signed_with_other_titles(text: str, names: list[str], post: re.Pattern[str]) -> set[str]:
    """The English names a text writes only with a title after them that is not the post asked
    about (a presenter's "Lauren Okafor, Chief Information Officer", a signature's "…, Chairman of
    the Board" on a resolution creating the CDO post)."""
    found = set()
    for name in (n for n in names if n.isascii()):
        elsewhere = [
            bool(m := _TITLE_AFTER_NAME.match(text, at.end()))
            and not post.search(fold(m.group(1)))
            # "Jane Roe, Deputy CIO, as the City's Chief Data Officer" holds the post asked
            and not post.search(fold(_sentence_around(text, at.start(), at.end())))
            for at in re.finditer(re.escape(name), text, re.IGNORECASE)
        ]
        if elsewhere and all(elsewhere):
            found.add(name)
    return found


# Where a sentence ends: Chinese and English end marks, a line's end
_SENTENCE_END = re.compile(r"[。！？!?\n]|\.(?=\s)")


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (or line) that holds text[start:end]."""
    before = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - POST_REACH), start)]
    after = _SENTENCE_END.search(text, end, end + POST_REACH)
    return text[
        before[-1] if before else max(0, start - POST_REACH) : after.start() if after else end + POST_REACH
    ]


# A question about a year (海丰县2024年…新安排, "past 2025") is answered only by a passage or a
# document that names that year: the documents cannot speak of a year they never mention, and
# the closest clause about another year is not its answer. A year the asker gives about
# themselves ("我是2024年新任命的…", "I was appointed in 2024; …") is context, not what is asked.
# Case matters: "us" is the asker, "US" a country.
_ASKER = re.compile(r"我|\b(?:I|I'm|I've|[Mm]y|me|[Ww]e|[Ww]e're|[Oo]ur|us)\b")
# A clause ends at Chinese and English punctuation and at an ellipsis ("… departments... what
# exactly"); a full stop ends one only before a capital, and not after one (U.S. Department,
# Sec. 3520, 3.5 stay inside).
# (a dash set off by spaces ends one too: "… for new data officers - can you list …"; not a
# hyphen inside a word: group-level)
_CLAUSE = re.compile(
    r"(?:[^，,；;：:？?。！!\n.…\-–—]|(?<=[A-Z])\.(?!\.)|(?<!\.)\.(?!\s+[A-Z]|\.)|(?<!\s)[\-–—]|[\-–—](?!\s)"
    r"|(?<=\d\s)[\-–—](?=\s\d))+"  # (a span of years: 2021 - 2025)
)


# A dash between words parts clauses as a comma does: "… comparing councils - what are …", "——"
_DASH = re.compile(r"\s+[-–—]+\s+|[–—]+")


def _clauses(question: str) -> list[str]:
    return _CLAUSE.findall(_DASH.sub(",", unicodedata.normalize("NFKC", question)))


# What makes a clause ask: a question word anywhere, an English one opening with its verb, or a
# request (请告诉我…, 帮我列一下, please list). Read on the folded clause (simplified, lower case).
_INTERROGATIVE = re.compile(
    r"什么|啥|哪|谁|多少|多久|多长|何时|几|吗|是否|能否|怎么|怎样|如何|咋|要不要|是不是|有没有|能不能|会不会|需不需要|"
    r"请|告诉|帮我|帮忙|麻烦|想了解|想知道|列一下|列出|列个|介绍|说明一下|"
    r"\b(?:what|which|who|whom|whose|when|where|how|why|tell|list|please|explain|describe|need to know)\b|"
    r"^\s*(?:is|are|was|were|do|does|did|can|could|should|must|will|would|has|have|may)\b"
)


def _asks(clause: str) -> bool:
    return bool(_INTERROGATIVE.search(fold(clause)))


def asker_context(question: str) -> set[str]:
    """The words of the clauses in which the asker describes themself ("我是镇里的数据专员，…",
    "I'm drafting a plan."), when another clause asks the question: context, not what the
    answer must hold. A clause that asks or requests is never context (Is there a report I owe
    Congress? 请告诉我…), nor is a word the asking clauses use too; when no clause asks, nothing is."""
    clauses = _clauses(question)
    asks = [_asks(c) for c in clauses]
    about_asker = [c for c, a in zip(clauses, asks, strict=True) if _ASKER.search(c) and not a]
    asked = {t for c, a in zip(clauses, asks, strict=True) if a for t in content_tokens(c)}
    if not about_asker or not asked:
        return set()
    return {t for c in about_asker for t in content_tokens(_without_topic(c))} - asked


# What an answer is for, in a clause that frames the question ("For a training slide:",
# "做培训课件用", "Trainer here"): the asker's work, not what is asked.
_PURPOSE = re.compile(r"课件|幻灯|ppt|讲稿|讲义|\bslides?\b|\bdeck\b|\bhandout\b|\btrainer\b", re.I)
# ... whose words after "on" say what the work is about: the question's topic ("For my slides on
# Yuehai's data governance setup:" asks about Yuehai; 关于粤海数据治理的课件), right after the work's
# word (not "a trainer working on Shenzhen's data team")
_TOPIC_OF_WORK = re.compile(
    r"(\b(?:slides?|deck|handout|presentation|session|training))\s+(?:on|about|covering)\s.*$"
    r"|关于[^，,。；;：:]{1,30}?的(?=(?:培训)?(?:课件|幻灯|讲稿|讲义|ppt))",
    re.I | re.S,
)


def _without_topic(clause: str) -> str:
    if not _PURPOSE.search(clause):
        return clause
    return _TOPIC_OF_WORK.sub(lambda m: m.group(1) or "", clause)


_OPENS_SENTENCE = ".?!。？！:：\n"  # what a sentence's first clause follows (or nothing)


def without_framing(question: str) -> str:
    """The question without the clauses that say what the answer is for, when another clause
    asks: "For a training slide: what does …" asks about training (safeguards) no more than
    "what does …" does. Not the asker's description of themself: "我们在…起草CDO任职条件，…"
    asks about qualifications (tuning half: one question lost when it was left out too)."""
    text = unicodedata.normalize("NFKC", question)
    spans = list(_CLAUSE.finditer(text))
    asks = [_asks(m.group(0)) for m in spans]
    if not any(asks):
        return question
    # a clause that opens a sentence ("For a training slide:", "Trainer here,"), not one inside
    # a sentence that asks ("Does the plan require training, slides or handouts?")
    framing = [
        not a
        and bool(_PURPOSE.search(m.group(0)))
        and text[: m.start()].rstrip(" ")[-1:] in ("", *_OPENS_SENTENCE)
        for m, a in zip(spans, asks, strict=True)
    ]
    if not any(framing):
        return question
    joiner = " " if text.isascii() else "，"
    return joiner.join(m.group(0) for m, drop in zip(spans, framing, strict=True) if not drop)


def asked_years(question: str) -> set[int]:
    clauses = _clauses(question)
    return {y for clause in clauses if not _ASKER.search(clause) for y in years_named(fold(clause))}


def names_year(year: int, *texts: str) -> bool:
    return any(year in years_named(fold(text)) for text in texts)


class Speaking(NamedTuple):
    """What speaks for a cited passage: its own text, its headings, and its document's date,
    title and number (文号)."""

    text: str
    section: str = ""
    date: str = ""
    title: str = ""
    number: str = ""
    only_prescribes: bool = False  # its document only says what shall be done (kb.genres.only_prescribes)

    @property
    def year_texts(self) -> tuple[str, ...]:
        """What may name the year it belongs to."""
        return self.text, self.section, self.date, self.title, self.number


# A question about how things turned out (后来…有没有, 最后到底, "did Congress end up extending",
# "what did GAO conclude") is answered only by a passage of a document that reports: a plan,
# law or charter says what shall be done, never what happened afterwards.
_OUTCOME_ASKED = re.compile(
    # 咋样 / 怎么样 end the clause when they ask how it went (效果咋样？), not when they ask how
    # (后来的办法里怎么样考核, 效果咋样评估).
    # 到底 asks how it went only before such words (最后到底怎么样了, 后来到底有没有), not before
    # what a thing is for or who decides (考核结果出来之后到底拿来干嘛, 纠纷最后到底谁拍板: an intensifier)
    r"后来[^，,。？?]{0,12}(?:了|吗|到底|有没有|(?:咋样|怎么样)[了呢啊]?(?=[，,。？?]|$))|"
    r"(?:实际|最后|最终|结果|效果)[^，,。？?]{0,10}(?:怎么样了?|咋样[了呢啊]?(?=[，,。？?]|$)|"
    r"到底(?=[^，,。？?]{0,6}(?:怎么样|咋样|如何|有没有|有多少|多少|了没|了吗|成没成|落实|实现|完成|达到)))|"
    # ("ended up" rated or extending; not where a thing ended up among others, "which units ended
    # up in the first batch", which a plan's list answers, nor after a word of what may yet be,
    # the asker's own "I'll probably end up as")
    r"(?<!'ll )(?<!’ll )(?<!will )(?<!would )(?<!may )(?<!might )(?<!could )(?<!probably )(?<!likely )"
    r"\bend(?:ed)? up\b(?!\s+(?:in|on|among)\b)|"
    r"\bin the end\b|\bwhat did [^?]{0,60}\b(?:conclude|find)\b|\bhow did [^?]{0,40}\bturn out\b|"
    # which unit an assessment rated best or praised (哪几个部门被评为优秀, 哪个区评得最好, 被通报表扬了,
    # "which unit was praised for the best performance"): its result, not the rules it applies
    # (a unit rated, not the conditions for a rating: 哪些情形会被评为不合格, 满足哪些条件才能评为优秀)
    r"哪(?:几)?(?:个|家)?(?:部门|单位|区|市|县|城市|地方|街道|镇|企业)[^，,。？?会能可才]{0,8}?(?:被)?(?:评为|评得|评上|获评)|"
    r"被(?:通报)?表扬了|"
    r"\bwhich (?:\w+ ){0,2}(?:units?|departments?|agenc(?:y|ies)|districts?|cit(?:y|ies)|count(?:y|ies)|offices?|teams?) "
    r"(?:was|were) (?:praised|commended|rated|ranked)\b"
)


# A question asking what someone concluded or found (结论, "what did GAO conclude", "what did
# the evaluation find") is answered only by a passage that states a conclusion or finding; one
# that says an evaluation is due ("completes an evaluation … due to Congress by 2023") is about
# the evaluation, not what it concluded.
_CONCLUSION_ASKED = re.compile(r"结论|\bconclu(?:de|ded|ding|sions?)\b|\bwhat did [^?]{0,60}\bfind\b")
_CONCLUSION_STATED = re.compile(
    r"结论|认为|发现|表明|显示|\bconclu\w*|\b(?:finds?|found) (?:that|no|little|it|the)\b|\bfindings?\b|"
    r"\bdetermined that\b|\b(?:shows?|showed|shown|reveal\w*|indicat\w*|suggest\w*) that\b"
)


# A question asking for a document's number (文号是多少, "its official document number") is
# answered only by a passage of a document that has one, or that writes one (粤办函〔2021〕63号).
_NUMBER_ASKED = re.compile(r"文号|发文字号|\b(?:document|reference|file) (?:number|no\.?)")


# A question asking which company (哪家公司承建, "which company was contracted") is answered only
# by a passage that names one: 某某有限公司, 集团, Inc., LLC.
# ... or a university (跟哪所高校合作), which a passage names as 某某大学 or "… University".
_COMPANY_ASKED = re.compile(
    # 哪些(国有)企业需要设立 asks what kind
    r"哪(?:家|个)(?:公司|企业|厂商|供应商|服务商)|"
    rf"哪家[{HAN}]{{1,4}}?(?:公司|厂商|供应商|服务商|机构)|哪所(?:高校|大学|院校|学校)|"
    r"哪(?:些|几家)(?:公司|企业|厂商|供应商|服务商)(?![^，,。？?]{0,6}(?:需要|应当|应|要|须|必须))|"
    # 哪几家运营企业: which firms by a word of what they do (not 哪几家…类型的企业, a kind)
    rf"哪几家(?:(?!类|型|行业|领域|规模|种|的)[{HAN}]){{1,4}}(?:公司|企业|厂商|供应商|服务商)(?![^，,。？?]{{0,6}}(?:需要|应当|应|要|须|必须))|"
    r"\bwhich (?:[\w-]+ ){0,2}(?:company|companies|firms?|vendors?|contractors?|consultancy|university)\b"
    # (what kind, as 哪些企业需要 asks: "which companies are eligible to apply", "which firms must
    # appoint a CDO"; not "which companies can I contact", "which vendors can supply it")
    r"(?!\s+(?:(?:are|is)\s+(?:eligible|required|expected|allowed|covered|obliged)|(?:can|may)\s+apply|"
    r"(?:must|should|shall|need\s+to|have\s+to)\s+(?:appoint|designate|set\s+up|establish|have|name|create|apply|comply))\b)"
)
_COMPANY_STATED = re.compile(
    rf"[{HAN}]{{2,}}(?:公司|集团|大学|学院)|\b(?:Inc|Corp|Corporation|LLC|Ltd|Company|University|College)\b"
)


# A question asking what penalty follows (受什么处罚, "what penalty does it face") is answered only
# by a passage that states one (处罚, 处分, 责令改正, 法律责任, penalty, sanction …): a plan that sets
# a deadline and says nothing of missing it is the closest clause, not the answer.
_PENALTY_ASKED = re.compile(
    r"处罚|惩罚|罚款|罚则|处分|追究[^，,。？?]{0,6}责任|\bpenalt(?:y|ies)\b|\bsanction(?:s|ed)?\b|"
    r"\bpunish\w*|(?<!-)\bdisciplinary (?:action|actions|measures?|sanctions?)\b|"
    # points taken off an assessment: 会扣绩效考核分吗, 扣分
    r"扣(?:减|除)?(?:[^，,。？?]{0,4}?(?:考核|绩效))?分(?![享析级类配布别工钟])"
)
_PENALTY_STATED = re.compile(
    r"处罚|惩罚|罚款|罚则|处分|免职|撤职|追究[^，,。；;]{0,12}责任|法律责任|责令改正|通报批评|约谈|问责|取消[^，,。；;]{0,8}资格|"
    r"扣(?:减|除)?(?:[^，,。；;]{0,4}?(?:考核|绩效))?分(?![享析级类配布别工钟])|扣减|"
    r"\bpenalt(?:y|ies)\b|\bsanction\w*|\bpunish\w*|\bdisciplin\w*|\bfines?\b|\bliable\b|\bviolat\w*"
)


# Whom to turn to or report to (找哪个部门反映, 交给谁, "to whom"), asked and stated (向…反映, not
# 导向 or 面向; "submit … to the", not "to the extent"): a who-question of its own kind, which a
# clause on who holds the post does not answer, nor this one "由谁担任".
_TO_WHOM_ASKED = re.compile(
    r"(?:向|找|交给|报给|交到|提交给|报送给)(?:谁|哪)|\bto whom\b|\bwho (?:do|does|should|must|will) [^?]{0,30}\b(?:report|submit|send|turn) to\b"
)
_TO_WHOM_STATED = re.compile(
    r"(?<![导面方指走倾转偏])向.{1,20}(?:反映|报告|报送|提交|申请)|交由|报请|提请|移交|"
    # "shall be referred to the City Manager", "escalated to the Board"
    r"\b(?:report|submit|refer|escalat|forward|transmit)\w* [^.;]{0,60}\bto the (?!extent)"
)


# Matters a question asks about that a passage must speak of to answer it, each (asked, stated),
# read on folded text: a clause near the topic that never names it is the closest clause, not
# the answer. Money in any form, not only "how much" (有没有专项经费, "a signing bonus", "extra
# pay"); a certificate, an exam or a degree a holder must have (必须持有啥证书, 学历有没有硬性要求,
# "pass an exam"); an e-mail address or a telephone number. Each a class seen in several unseen
# questions. The conclusion and the penalty above are two more.
# Not "grant", "pay" or "funds" alone, which a question uses as verbs (grants access, pay
# attention, who funds it), nor 钱 alone, which names places and people (钱塘区; 多少钱 is
# asked_amount's), nor a body named by its budget (预算单位, "the budget committee").
_MONEY_WORDS_ZH = "|".join(word for word in _MONEY_ZH.split("|") if word != "钱")
_MONEY_TALK = (
    rf"(?:{_MONEY_WORDS_ZH})(?!单位|管理单位)|待遇|\b(?:money|funding|budget(?!\s+(?:committee|office|director|unit)s?\b)\w*|"
    r"subsid(?:y|ies)|bonus\w*|allowances?|stipends?|salar(?:y|ies)|compensation|remuneration|relocation|"
    r"reimburse\w*)\b|\b(?:extra|additional) pay\b"
)
# A sum written as one (20万元, 5 000 rand), not 元 of 元数据 or 块 of 模块
_SUM_ZH = rf"[\d一二三四五六七八九十百千万亿两]\s*(?:万|亿|千)?(?:{_CURRENCY_NAMES}|块钱|块)"
# A telephone number, not a year range or a date (2021-2025, 2024-06-30)
_PHONE = r"(?<![\d-])(?!(?:19|20)\d\d\s*[-–]\s*(?:(?:19|20)\d\d|\d\d-\d\d)(?!\d))\+?\d[\d ()-]{6,}\d(?!\d)"
_TOPICS: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    "conclusion": (_CONCLUSION_ASKED, _CONCLUSION_STATED),
    "penalty": (_PENALTY_ASKED, _PENALTY_STATED),
    "money": (
        re.compile(_MONEY_TALK),
        re.compile(
            rf"{_MONEY_TALK}|\b(?:{_MONEY_EN}|appropriat\w*|financ(?:ed|ing))\b|财政|{_SUM_ZH}|[$£€]\s?\d|"
            rf"\b(?:{_CURRENCY_EN})\b"
        ),
    ),
    # an e-mail address or a telephone number asked, which only a passage that writes one gives
    # (not e-mail as a subject: 政务邮箱系统由谁管理, "email retention")
    "contact": (
        re.compile(
            r"邮箱地址|邮件地址|哪个邮箱|什么邮箱|邮箱是|电话号码|联系电话|手机号|联系方式|"
            r"\be-?mail address(?:es)?\b|\b(?:(?:tele)?phone|contact) numbers?\b|\bcontact details\b"
        ),
        re.compile(rf"[\w.+-]+@[\w-]+\.[\w.-]+|{_PHONE}"),
    ),
    "credential": (
        re.compile(
            # a person's: not "to what degree", nor a dataset's licence or a system's certification
            r"证书|资格证|考试|学历|学位|职称|硕士|博士|\bexam(?:s|ination)?\b|\bcredentials?\b|"
            r"\b(?:professional|personal) (?:certif\w*|licen[cs]\w*)|\b(?:hold|have|obtain|need) an? (?:[\w-]+ )?"
            r"(?:certif\w*|licen[cs]e)\b|\b(?:bachelor|master|doctor)\w*'?s? degree\b|\bdegree in\b"
        ),
        re.compile(
            r"证书|资格|考试|学历|学位|职称|硕士|博士|本科|许可|认证|\bcertif\w*|\bexam(?:s|ination)?\b|"
            r"\bdegrees?\b|\bcredentials?\b|\blicen[cs]\w*|\baccredit\w*|\bqualifi\w*"
        ),
    ),
}


class Asked(NamedTuple):
    """What a question asks for that a passage must be able to state."""

    unit: str | None  # an amount in this unit (money, hours, a term's or experience's years)
    holder: bool  # who: a clause naming a holder
    to_whom: bool  # whom to turn to: a clause naming them
    person: bool  # a person's name
    persons: frozenset[str]  # the people the question names itself
    company: bool
    number: bool  # a 文号
    outcome: bool  # how things turned out
    topics: frozenset[str]  # the _TOPICS it asks about
    years: frozenset[int]
    named_count: int = 0  # which N things it asks the names of (那13家委办局具体是哪几家): N
    final_version: bool = False  # the adopted text of what may be held only as a draft
    day: bool = False  # the day of a month (截止到几月几号)
    count_unit: str = ""  # how many, in this measure word (要配几名数据专员: 名)


# A question about a document's final, adopted text (正式版, 最后正式通过的版本, "the version that was
# finally adopted"): a draft for comment (征求意见稿, 草案, "draft") cannot say what it became.
_FINAL_ASKED = re.compile(
    r"正式版|正式稿|最终版|最终稿|(?:最后|最终)(?:正式)?(?:通过|印发|发布)的?(?:版本|文本)|正式(?:通过|印发|发布)的(?:版本|文本)|"
    r"\bfinal(?:ly)? (?:adopted|enacted|passed|approved)\b|\bfinal (?:version|text)\b|"
    r"\b(?:adopted|enacted|official) version\b"
)
_DRAFT_TITLE = re.compile(
    r"征求意见稿|草案|送审稿|讨论稿|\bdraft\b|\bfor (?:public )?comments?\b", re.IGNORECASE
)
# ... not a report of its adoption (《…条例（草案）》经表决通过), nor a question about the draft's own
# status or when the final text comes (是正式版还是征求意见稿, 什么时候出正式版, "is it still a draft")
_ADOPTED_TITLE = re.compile(r"通过|表决|\badopted\b|\bpassed\b|\benacted\b", re.IGNORECASE)
_STATUS_ASKED = re.compile(
    r"什么时候|何时|还是|是不是|\bwhen\b|\bwhether\b|\bstill\b|\bis (?:it|this|the)\b", re.IGNORECASE
)


# A question that gives how many things there are and asks which ones (那13家市级委办局具体是哪几家？
# 有名单吗; "Which ten cities did Guangdong pick?"): it asks for their names, and a passage that
# only counts them (选取了13家市级委办局) does not answer it. The count, its measure word, then 哪 and
# the same measure word within the clause; or "which"/"name the" before the count.
_COUNT_THEN_WHICH = re.compile(
    rf"(?<!\d)(\d{{1,3}}|{_CN_NUMBER})\s*(家|个|所|座|位)(?!工作日|月|小时|日|天|年)([^。？?！!；;]{{0,20}}?)"
    # (哪几家, 哪13家 with the count's own measure word; not 哪个 or 哪一家, which asks for one of
    # them, nor 这三个地方…哪些单位, which counts other things than it asks)
    rf"哪(?:几|\d+|(?!一)[一二三四五六七八九十两]+)\2"
)
# ... not a subset of them: 全省21个地市中哪几个…, 13家试点单位里哪几家已经…
_AMONG = re.compile(r"中|里|之中|当中|其中")
_WHICH_THEN_COUNT = re.compile(
    r"\b(?:which|name the|list the)\s+(\d{1,3}|" + _EN_NUMBER_WORDS + r")\s+[a-z]", re.I
)
_EN_COUNTS = {
    w: i
    for i, w in enumerate(
        ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"), 2
    )
}
MIN_NAMED_COUNT = 3  # two things are named in one breath (甲和乙): a list is three or more
# Of the N names asked, the share a passage must list (its list may join two by 和, or name a few
# by their group): a series of 3 items does not answer "which 13", one of 10 does "which ten". A
# logical margin, not fitted: no tuning question asks for a count between 3 and 13 names.
NAMED_SHARE = 0.6


def named_count(question: str) -> int:
    """N of "which N things" (0 when the question asks no such thing)."""
    from kb.dates import cn_number

    folded = fold(question)
    m = _COUNT_THEN_WHICH.search(folded)
    if m and _AMONG.search(m.group(3)):
        return 0
    m = m or _WHICH_THEN_COUNT.search(folded)
    if not m:
        return 0
    word = m.group(1).lower()
    n = _EN_COUNTS.get(word) or cn_number(word) or 0
    return n if n >= MIN_NAMED_COUNT else 0


# The items of a series: 甲、乙、丙 or "a, b and c" in one clause, or a list's lines
_SERIES_CLAUSE = re.compile(r"[^。；;!?！？\n]+")
_RUN_IN_ITEM = re.compile(
    r"[一二三四五六七八九十]是|[(（]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3}|[a-z])\s*[)）]"
)
_ITEM_PARTS = re.compile(r"[；;]")


def listed_items(text: str) -> int:
    """How many things the passage lists at most: the items of its longest series in one clause,
    or its list lines."""
    folded = fold_same_length(text)
    lines = sum(bool(LIST_ITEM.match(line)) for line in folded.splitlines())
    series = max(
        (
            # (commas part items in English only: a Chinese text's ASCII commas part clauses)
            (clause.count("、") if CJK_CHAR.search(clause) else clause.count(",")) + 1
            for clause in _SERIES_CLAUSE.findall(folded)
        ),
        default=0,
    )
    # items run in on one line: 一是…；二是…, （一）…；（二）…, "(a) …; (b) …", or clauses parted by ；
    parts = max((len(_ITEM_PARTS.split(line)) for line in folded.splitlines()), default=0)
    return max(lines, series, len(_RUN_IN_ITEM.findall(folded)), parts)


@lru_cache(maxsize=4096)
def asked_for(question: str) -> Asked:
    """Read once per question: a comparison checks every passage of every place against it."""
    folded = fold(question)
    return Asked(
        asked_amount(question),
        question_kind(question) == "who",
        bool(_TO_WHOM_ASKED.search(folded)),
        asks_person_name(question),
        persons_in(question),
        bool(_COMPANY_ASKED.search(folded)),
        bool(_NUMBER_ASKED.search(folded)),
        bool(_OUTCOME_ASKED.search(folded)),
        frozenset(name for name, (asked, _) in _TOPICS.items() if asked.search(folded)),
        frozenset(asked_years(question)),
        named_count(question),
        bool(_FINAL_ASKED.search(folded)) and not _STATUS_ASKED.search(folded),
        bool(_DAY_ASKED.search(folded)),
        counted.group(1) if (counted := _COUNT_UNIT_ASKED.search(folded)) else "",
    )


def holds_what_is_asked(question: str, passages: list[Speaking], holder: bool = True) -> bool:
    """Whether the cited passages can hold what the question asks for: an amount when it asks
    how much, a holder when it asks who (unless `holder` is False) or whom to turn to, a
    person's name (near the post it names), a company, a document number, each matter of _TOPICS
    it asks about (a conclusion, a penalty, money, a contact, a credential), how things
    turned out, each year it asks about, the names of the N things it counts, an adopted text
    where only a draft is held. False makes the answer "not found" with the
    closest clauses: logical constraints, not fitted weights."""
    asked = asked_for(question)
    if asked.unit and not any(states_amount(asked.unit, p.text) for p in passages):
        return False
    if holder and asked.holder and not any(_names_who(asked, p.text) for p in passages):
        return False  # 由谁兼任 is answered by a clause naming a holder (由…兼任, shall designate)
    post = asked_post(question) if asked.person else None
    if asked.person and not any(names_person(p.text, asked.persons, post) for p in passages):
        return False
    if asked.company and not any(_COMPANY_STATED.search(p.text) for p in passages):
        return False
    drafts = [
        _DRAFT_TITLE.search(t) and not _ADOPTED_TITLE.search(t) for t in (fold(p.title) for p in passages)
    ]
    if asked.final_version and passages and all(drafts):
        return False  # the adopted text asked, only a draft held
    if asked.named_count and not any(
        listed_items(p.text) >= asked.named_count * NAMED_SHARE for p in passages
    ):
        return False  # "which 13 bureaus": a passage that names them, not one that counts them
    if asked.number and not any(p.number or DOC_NUMBER.search(fold(p.text)) for p in passages):
        return False
    if asked.day and not any(_DAY_STATED.search(fold(p.text)) for p in passages):
        return False  # 截止到几月几号: a passage that gives the day, not the year alone
    if asked.count_unit and not any(_counts_in(asked.count_unit, p.text) for p in passages):
        return False  # 要配几名数据专员: a passage that gives so many 名 (or lists the 项 it counts)
    for topic in asked.topics:
        stated = _TOPICS[topic][1]
        if not any(stated.search(fold(p.text)) for p in passages):
            return False
    if asked.outcome:
        if all(p.only_prescribes for p in passages):
            return False
        # What became of it after a year ("past 2025", 原定2025年到期，后来…) is not in a document
        # written before that year.
        latest = max(asked.years, default=0)
        if latest and not any(p.date[:4].isdigit() and int(p.date[:4]) >= latest for p in passages):
            return False
    return all(any(names_year(year, *p.year_texts) for p in passages) for year in asked.years)


# The day asked (截止到几月几号, "on what exact date"), which a passage states with its day of the month
# (not a weekday, 每周哪天, "which day of the week"; nor "day-to-day" or "what exact date format")
_DAY_ASKED = re.compile(
    r"几月几[号日]|(?<!周)(?<!星期)几号|(?<!周)(?<!星期)(?<!礼拜)哪一?天|具体(?:哪一?天|日期)|"
    r"\b(?:which|what exact|exact) (?:day|date)\b(?![-\w]| of the week| format)"
)
_MONTH_NAME = "|".join(sorted(MONTHS, key=len, reverse=True))
_CN_DAY = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_DAY_STATED = re.compile(
    # its month written before the day (6月30日, 十二月三十一日; not 30日内, a period, nor a 文号's 5号)
    rf"{_CN_DAY}\s*月\s*{_CN_DAY}\s*[日号]|\d{{4}}-\d{{1,2}}-\d{{1,2}}|"
    rf"\b(?:{_MONTH_NAME})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_NAME})\b"
)
# How many, in a Chinese measure word: 几名, 多少家, 几项 (not 多少钱 or 几年, amounts and terms
# asked_amount reads; not 哪几种, which asks which ones; not 多少人才, talents counted in no measure
# word; not 几个月 or 多少个工作日, a length of time)
_COUNT_UNIT_ASKED = re.compile(
    r"(?:(?<![哪好])几|多少)(名|个(?!月|小时|工作日|季度|星期|礼拜)|家|位|人(?![才员口民数大力群选事])|项|次|条|批|类|级|种|所)"
)
# the measure words that count the same things: people (50名, 50人, 5位), bodies and things (3个, 3家)
_SAME_COUNT = ("名位人", "个家")
_ALL_OF = re.compile(r"全(?:县|市|区|省|镇|部|体)(?:推广|推行|覆盖|铺开|设立|建立)|所有")
_ITEM_UNITS = "个家项条类种"  # what a list's items may be counted in (its bodies, its tasks)


def _counts_in(unit: str, text: str) -> bool:
    """The passage gives a number of `unit` (3名, 十三家), or lists things such a unit counts; an
    English passage any number ("85 CDO members"), which no measure word marks."""
    folded = fold(text)
    if not CJK_CHAR.search(folded):
        return bool(ANSWER_SHAPE["how_many"].search(folded))
    units = next((f"[{group}]" for group in _SAME_COUNT if unit in group), unit)
    if re.search(rf"(?:\d+|[一二三四五六七八九十百两]+)\s*{units}", folded) or _ALL_OF.search(folded):
        return True  # (or all of them: 全县推广 answers 多少个单位)
    return unit in _ITEM_UNITS and listed_items(text) >= 2


def _names_who(asked: Asked, text: str) -> bool:
    return holds_answer("who", text) or (asked.to_whom and bool(_TO_WHOM_STATED.search(fold(text))))


@lru_cache(maxsize=16384)
def holds_answer(kind: str, text: str) -> bool:
    """Whether a passage holds the kind of thing the question asks for (a list: three items in
    a row or three list lines); "what" questions ask for no particular shape. Remembered: every
    question reranks passages read before."""
    shape = ANSWER_SHAPE.get(kind)
    if shape is None:
        return False
    if kind == "list" and sum(bool(LIST_ITEM.match(line)) for line in text.splitlines()) >= 3:
        return True
    if kind == "who" and roles_held(text):
        return True  # a clause that puts someone in a post: "the role of CDO is held by …"
    return bool(shape.search(fold(text)))


# A question about what a role or body is (怎么定义的, 角色定位, 算个什么角色, 扮演什么角色, "what kind
# of role is it", "how does Dazhou define …"): a sentence that says what it is answers it, before
# the lists of what it does, which the role's name draws in equal measure.
_DEFINITION_ASKED = re.compile(
    # (not 职责定位, the duties; nor 预算什么 or 打算什么, nor 是个什么级别, a rank)
    r"定义|界定|角色定位|(?:怎么|如何|怎样)定位|定位(?:是|为)|(?:什么|啥)(?:样的?)?(?:角色|岗位|职位)|"
    r"(?:描述|概括|介绍)[^，,。？?]{0,4}(?:角色|岗位|职位)|算(?:个|是)(?:什么|啥)|一句话概括|"
    # (介绍一下首席数据官的定位, CDO是个啥: the question ends on what it is)
    r"的定位\s*[？?]?$|是个(?:什么|啥)\s*[？?]?$|"
    # (not "which standards are defined by the CDO")
    r"\bdefin(?:e|es|ing|ition)\b|\bas defined (?:by|in)\b|\bdefined as\b|\b(?:how|where) (?:is|are) (?:[\w'’-]+ ){1,6}defined\b|"
    r"\bwhat (?:kind|sort|type) of (?:a |an )?(?:role|position|post|job|officer)\b|\bdescribes? what (?:[\w'’-]+ ){1,6}is\b"
)
# ... the sentence: 定义是, 是指, 定位为, 角色是, 扮演…角色, "is defined as", "'X' means a", "the CDO's
# role is part steward, part evangelist", "serves as the", "acts as an"
_DEFINITION_STATED = re.compile(
    r"定义(?:是|为)|是指|指的是|定位(?:是|为|成)|角色(?:是|为)|扮演[^。；;\n]{0,20}角色|"
    # ('"Chief data officer" means a', not "This means the agency must")
    r"\bis defined as\b|(?:[\"”’']|\bofficers?|\bcdo)\s+means (?:a|an|the|any)\b|"
    r"\brole (?:is|shall be|will be) (?:to be |part |an? |the )|"
    r"\b(?:serves?|acts?) as (?:the |an? )"
)


def asks_definition(question: str) -> bool:
    return bool(_DEFINITION_ASKED.search(fold(question)))


def states_definition(text: str, question: str) -> bool:
    """A sentence or passage that says what something is, of a role the question names where it
    names one (本办法所称首席数据官，是指…, not 本办法所称数据，是指…)."""
    if not _DEFINITION_STATED.search(fold(text)):
        return False
    asked = roles_named(question)
    return not asked or bool(asked & roles_named(text))


_OFTEN = re.compile(r"\bhow (?:often|frequently)\b|多久.{0,6}一次|多长时间.{0,6}一次|每隔多久|频率|频次")


# Spoken question words and their written forms (现代汉语词典: 啥 = 什么, 咋 = 怎么): users type
# the spoken ones ("到底想达到啥目标", "咋弄的"); the documents and the patterns here use the written.
_SPOKEN = str.maketrans({"啥": "什么", "咋": "怎么"})
# Written Cantonese, as Hong Kong users type it (香港粤语常用字: 冇 = 没有, 嘅 = 的, 幾多 = 多少,
# 唔 = 不, 喺 = 在, 咗 = 了, 乜嘢 = 什么, 邊個 = 谁, 點樣 = 怎样; not 係, which is also the 係 of
# 關係), in both scripts: the documents and the patterns here use standard written Chinese.
_CANTONESE = (
    ("乜嘢", "什么"), ("邊個", "谁"), ("边个", "谁"), ("點樣", "怎样"), ("点样", "怎样"),
    ("幾多", "多少"), ("几多", "多少"), ("有冇", "有没有"), ("冇", "没有"), ("嘅", "的"),
    ("唔", "不"), ("喺", "在"), ("咗", "了"),
)  # fmt: skip


def written_form(question: str) -> str:
    """The question with its spoken question words, and written Cantonese, in written Chinese."""
    written = question.translate(_SPOKEN)
    for said, standard in _CANTONESE:
        written = written.replace(said, standard)
    return written


def question_kind(question: str) -> str:
    """often, who, when, how_many, list, goal, or what (anything else)."""
    folded = fold(question)
    if _OFTEN.search(folded):
        return "often"
    if wants_deadline(question):
        return "when"
    for kind, pattern in _KINDS:
        if pattern.search(folded):
            return kind
    return "what"


# the words that ask of every place (各地, 各省), which compare as they ask
_EACH_PLACE = "各地|各个地方|各省|各市"
_COMPARE_ZH = rf"比较|对比|相比|比一比|异同|区别|差别|不同|不一样|{_EACH_PLACE}|分别"
_COMPARE = re.compile(
    rf"{_COMPARE_ZH}|"
    r"\bcompar(?:e|es|ed|ing|isons?)\b|\bdiffer|\bversus\b|\bvs\.?\b|\beach of\b|\bboth\b|\bdifferent (?:cities|places|regions|provinces|states)"
)


# A compare word that names a source, not a request: "那篇比较各地试点的论文说…", "A journal
# article compared the pilots. What …?", "that paper comparing local pilots". The question asks
# what the source says; the places it compared are not to be set side by side.
_COMPARING_SOURCE = re.compile(
    r"(?:那|这|有|一)篇(?:[^，,。？?；;]{0,8}的)?(?:比较|对比)[^，,。？?；;]{0,16}的(?:论文|文章|研究|文献|综述)|"
    r"\b(?:paper|article|study|studies|research) (?:that |which )?(?:compar|contrast)\w*|"
    r"\b(?:that|the|this|a|an) (?:\w+ ){0,2}(?:paper|article|study) comparing\b"
)  # not "写一份比较各地…的报告" or "write a report comparing…", which ask for a comparison


def without_comparing(question: str) -> str:
    """The question without the words that ask to compare (比较, 分别, "compared with", "both"),
    each taken out whole ("differences", not "differ" of it)."""
    return _COMPARE_WRITTEN.sub(" ", question)


_COMPARE_WRITTEN = re.compile(
    rf"{_COMPARE_ZH}|"
    r"\b(?:compar|differ)\w*(?:\s+(?:with|to|from))?\b|\bversus\b|\bvs\b\.?|\beach of\b|\bboth\b",
    re.IGNORECASE,
)


def asks_to_compare(question: str) -> bool:
    """Its words compare (比较, 分别, 各地, "compare", "both"), other than words that describe a
    source that compares or the asker's own work ("我在做美国各州首席数据官制度的对比，华盛顿州
    那部法律里…？" asks about Washington alone), and other than 比较 as "rather" (去哪里玩比较好)."""
    return bool(_COMPARE.search(_COMPARING_SOURCE.sub(" ", fold(_without_degree(_without_asker(question))))))


def _without_degree(question: str) -> str:
    """The question without 比较 where it means "rather": before a word jieba tags as an adjective
    (比较好, 比较重要) and before 多 and 少. A word jieba makes of it and the next (比较完善,
    比较而言) is kept whole: its tag says nothing of which it is."""
    if "比较" not in question:
        return question
    words = tagged_words(question)
    kept = []
    for i, (word, _) in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else ("", "")
        if word == "比较" and (following[1] in _ADJECTIVE_TAGS or following[0] in _DEGREE_AMOUNTS):
            continue
        kept.append(word)
    return "".join(kept)


_ADJECTIVE_TAGS = frozenset({"a", "ad", "an"})  # jieba's (ICTCLAS) adjective classes
_DEGREE_AMOUNTS = frozenset({"多", "少"})  # which jieba tags as numerals (m) after 比较


def _without_asker(question: str) -> str:
    """The question without the clauses in which the asker only describes themself, when
    another clause asks (as asker_context reads them); a clause that says what the asker wants
    ("我们想比较…", "I'd like to compare …") is a request, and stays."""
    clauses = _clauses(question)
    asks = [_asks(c) or bool(_WANTS.search(fold(c))) for c in clauses]
    if not any(asks):
        return question
    return "，".join(c for c, a in zip(clauses, asks, strict=True) if a or not _ASKER.search(c))


_WANTS = re.compile(r"想|希望|打算|准备|\b(?:want|wants|wanted|would like|'d like|need|needs|plan|hope) to\b")


# Words that set places side by side whatever else is named: 各地, "other places", "each place"
_ACROSS_PLACES = re.compile(
    rf"{_EACH_PLACE}|其他地方|其他城市|别的地方|"
    r"\b(?:other|different|each|every|all)\s+(?:places?|cities|city|regions?|provinces?|states?|countries|jurisdictions?)\b|"
    r"\belsewhere\b"
)


def asks_across_places(question: str) -> bool:
    return bool(_ACROSS_PLACES.search(fold(question)))


def wants_comparison(question: str, places_named: int) -> bool:
    """Two or more places named, or a question that asks across places (各地, compare)."""
    return places_named >= 2 or (asks_to_compare(question) and places_named != 1)


_PART = re.compile(r"[^?？]+[?？]")


def question_parts(question: str) -> list[str]:
    """The questions inside one message ("…交到哪儿？需不需要盖章？"): each run of text ending in a
    question mark that holds words of its own; [] when there is only one."""
    parts = [p.strip(" ，,。.；;") for p in _PART.findall(question)]
    parts = [p for p in parts if len(fold_compact(p)) >= 4]
    return parts if len(parts) > 1 else []


def wants_deadline(question: str) -> bool:
    return bool(_DEADLINE.search(fold(question)))


def wants_issue_date(question: str) -> bool:
    return wants_deadline(question) and bool(_ISSUED.search(fold(question)))


def issue_date_line(
    hits: list[Hit],
    documents: dict[str, Document],
    words: list[str],
    translated: list[tuple[str, ...]],
    chinese: bool,
) -> list[tuple[str, Chunk]]:
    """The date of the document the question is about (`_document_asked`); [] when that one has
    no full date. The line says whose date it is, so a news report's date is never read as the
    plan's."""
    about_id = _document_asked(hits, documents, words, translated)
    if about_id is None:
        return []
    about = next(h for h in hits if h.chunk.doc_id == about_id)
    doc = documents[about_id]
    parts = (doc.date or "").split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return []
    year, month, day = (int(p) for p in parts)
    if chinese:
        return [(f"《{doc.title}》的日期：{year}年{month}月{day}日", about.chunk)]
    return [(f"{doc.title} is dated {day} {calendar.month_name[month]} {year}", about.chunk)]


# When a rule takes effect (自2022年1月1日起施行, "shall take effect", "is effective as of"): a
# date the document states in its closing article, not its date of issue.
_EFFECT_ASKED = re.compile(
    r"施行|生效|起效|\b(?:take|takes|taking|taken|took) effect\b|\b(?:come|comes|came|coming) into (?:force|effect)\b|"
    r"\beffective (?:date|from|as of)\b|\bbecomes? effective\b"
)
_EFFECT_DATE_ASKED = re.compile(r"(?:施行|生效)(?:日期|时间)|\beffective date\b")
_EFFECT_STATED = re.compile(
    r"自[^。；;，,]{1,30}(?:日|月)起(?:施行|实施|生效)|\b(?:take|takes|took) effect\b|\b(?:is|shall be|be) effective\b|"
    r"\beffective (?:as of|on|upon|immediately)\b|\binto (?:force|effect)\b"
)


def wants_effective_date(question: str) -> bool:
    """It asks when something takes effect: its words, and a when-word or "effective date"
    ("条例施行后首席数据官有哪些职责" asks duties, "Which laws in force…" asks laws)."""
    folded = fold(question)
    return bool(_EFFECT_ASKED.search(folded)) and (
        wants_deadline(question) or bool(_EFFECT_DATE_ASKED.search(folded))
    )


def effective_date_line(
    hits: list[Hit],
    documents: dict[str, Document],
    words: list[str],
    translated: list[tuple[str, ...]],
    chunks_of: Callable[[str], list[Chunk]],
    sentences: Callable[[str], list[tuple[int, int]]],
) -> list[tuple[str, Chunk]]:
    """The sentence (`sentences`: the answer's sentence spans) that says when the document the
    question is about takes effect (chosen as `issue_date_line` chooses it), wherever it stands
    in that document: the closing article of a regulation ranks low for words such as "when"
    and "take effect". [] when it says none."""
    about = _document_asked(hits, documents, words, translated)
    if about is None:
        return []
    for chunk in chunks_of(about):
        for start, end in sentences(chunk.text):
            sentence = chunk.text[start:end].strip()
            if _EFFECT_STATED.search(fold(sentence)):
                return [(sentence, chunk)]
    return []


def _document_asked(
    hits: list[Hit], documents: dict[str, Document], words: list[str], translated: list[tuple[str, ...]]
) -> str | None:
    """Of the retrieved documents, the one whose title shares the most of the question's own
    `words`, then holds a translation of the most of them (`translated`: each word's
    translations); the first retrieved on a tie or when none does (max keeps the first of
    equals). Own words first: "实施方案" names the plan, while its English gloss "implement" would
    name a news report about it; translations name a document in the other language ("Beijing's
    digital economy promotion regulation": 北京市数字经济促进条例)."""
    if not hits:
        return None
    own = set(words)

    def shared(hit: Hit) -> tuple[int, int, int]:
        title = set(tokenize(documents[hit.chunk.doc_id].title))
        translations = sum(bool(title.intersection(group)) for group in translated)
        # of equals, the shorter title: a news item's long one names more than its subject
        return len(own & title), translations, -len(title) if translations else 0

    return max(hits, key=shared).chunk.doc_id


def wants_duties(question: str) -> bool:
    folded = fold(question)
    if question_kind(question) == "goal" and not _DUTIES_NAMED.search(folded):
        # what it was set up for ("当初成立是为了干什么"), though 干什么 also asks what one does;
        # not "首席数据官的职责是什么？目的是什么？", which names the duties
        return False
    return bool(_DUTY.search(folded)) or bool(
        _WHAT_RESPONSIBLE.search(folded) and not _GOVERNED.search(folded)
    )


_DUTIES_NAMED = re.compile(r"职责|职能|任务|\bduties\b|\bduty\b|responsibilit|\bfunctions\b|\bhave to do\b")


# The kind of document a role's name may open (首席数据官指令, 首席数据官制度实施细则, CDO Act)
_NAMES_A_DOCUMENT = re.compile(
    # the rest of the title's words first, up to eight (制度试点工作方案, 设置与运行办法)
    r"\s*[\u4e00-\u9fff]{0,8}?(?:指令|办法|方案|指南|指引|通知|规定|条例|细则|意见|要点|章程|通函)|"
    # (a rule's title: 首席数据官工作规则, 管理守则; not "首席数据官要遵守哪些规则")
    r"\s*(?:工作|管理|考核|履职|行为|议事|运行)?(?:规则|守则)|"
    r"\s*制度|"
    r"\s+(?:Act|Directive|Policy|Order|Ordinance|Charter|Playbook)\b",
    re.IGNORECASE,
)


# A body a question asks about by its name, whose duties were read as that body's (ingest.duties):
# "the Data Governance Committee", 首席数据官联席会议, 领导小组办公室 (not a city's council, nor a
# CDO council, which is a role)
_GOVERNMENT_BODY = re.compile(r"\b(?:City|County|Town|Borough|Shire|Municipal)\s+Council\b")
_ASKED_BODY_ZH = re.compile(
    r"(?:首席数据官|数据)[\u4e00-\u9fff]{0,8}?(?:联席会议|领导小组|委员会|专班)(?:办公室)?|(?:联席会议|领导小组)(?:办公室)?"
)


def asked_body(question: str) -> str | None:
    """The data body a question asks about, where it names one before any role of its own."""
    written = unicodedata.normalize("NFKC", question)
    # (the body after a possessive: "Brisbane City Council's Data Governance Committee")
    english = [(m.start(), re.split(r"['’]s\s+", m.group(0))[-1]) for m in EN_BODY_NAME.finditer(written)]
    english = [(at, name) for at, name in english if not _GOVERNMENT_BODY.search(name)]
    folded = fold(question)
    found = english + [(m.start(), m.group(0)) for m in _ASKED_BODY_ZH.finditer(folded)]
    found = [(at, name) for at, name in found if not en_role_mentions(fold(name))]  # the CDO Council: a role
    if not found:
        return None
    at, name = min(found)
    roles = [
        m
        for m in zh_role_mentions(folded) + en_role_mentions(folded)
        if not _NAMES_A_DOCUMENT.match(folded, m.end)
    ]
    if any(m.start < at for m in roles):
        return None  # "What must the CDO do in the Data Governance Committee?": the CDO's
    return name


_POST_CHARS = 3  # a post's name, not two characters that other words hold (专责 of 数据专责)


def asked_role(question: str, posts: Iterable[str] = ()) -> str | None:
    """The role the question names, as text role_matches understands (部门首席数据官, CDO Council…);
    `posts`: the Chinese names of other posts the documents give duties to (数据专责, 专业数据负责人),
    found as the question writes them. A role named where the asker only describes themself ("I
    just started as a data custodian. Who picks the CDO?") is asked only when no other is, or
    when the question asks about the asker ("what am I on the hook for under the CDO policy")."""
    asked = _without_asker(question)
    found = _asked_role(asked, posts) if asked != question and not _ASKER.search(asked) else None
    return found or _asked_role(question, posts)


def _asked_role(question: str, posts: Iterable[str]) -> str | None:
    folded = fold(question)
    zh, en = zh_role_mentions(folded), en_role_mentions(folded)
    zh += [
        RoleMention(at, at + len(name), name, ())
        for post in posts
        if len(name := fold(post)) >= _POST_CHARS and CJK_CHAR.match(name) and (at := folded.find(name)) >= 0
    ]
    # not a role inside a document's name (安省的部委首席数据官指令, "under the CDO Act")
    named = [m for m in zh + en if not _NAMES_A_DOCUMENT.match(folded, m.end)]
    # a Chinese question's Chinese name first (数据管家 before its "(Data Steward)"); an English
    # question's "CDO" is no Chinese name
    preferred = [m for m in named if m in zh and not folded[m.start : m.end].isascii()]
    mentions = preferred or named or zh or en
    if not mentions:
        return None
    best = max(mentions, key=lambda m: m.end - m.start)
    return folded[best.start : best.end]


def _chunk_holding(text: str, chunks: list[Chunk]) -> Chunk | None:
    needle = fold_compact(text)[:60]
    for chunk in chunks:
        if needle and needle in fold_compact(chunk.text):
            return chunk
    return None


MAX_DEADLINES = 4


def deadline_lines(
    hits: list[Hit], deadlines: list[Deadline], relevance: Callable[[str], float], chinese: bool
) -> list[tuple[str, Chunk]]:
    """Deadlines quoted in the retrieved passages, those whose clause best matches the question
    first (a passage often holds several: the training, the summary, the roll-out); the date
    in words before its clause, one line per clause."""
    scored: list[tuple[float, int, str, Chunk]] = []
    words: dict[str, list[str]] = {}
    for rank, hit in enumerate(hits[:5]):
        for deadline in deadlines:
            if deadline.doc_id != hit.chunk.doc_id:
                continue
            if _chunk_holding(deadline.text, [hit.chunk]) is None:
                continue
            clause = deadline.text.strip()
            if clause in words:
                words[clause].append(when_in_words(deadline, chinese))
                continue
            words[clause] = [when_in_words(deadline, chinese)]
            score = relevance(deadline.text) - 0.05 * rank
            scored.append((score, len(scored), clause, hit.chunk))
    if not scored:
        return []
    best = max(s for s, *_ in scored)
    kept = sorted((item for item in scored if item[0] >= 0.7 * best), key=lambda item: (-item[0], item[1]))
    sep = "：" if chinese else ": "
    lines = []
    for _, _, clause, chunk in kept[:MAX_DEADLINES]:
        when = join_in_words(words[clause], chinese)
        lines.append((f"{when}{sep}{clause}" if when else clause, chunk))
    return lines


_QUOTED_TITLE = re.compile(r"《([^《》]{2,80})》")


def quoted_titles(question: str) -> list[str]:
    """The titles a question quotes in 《》, compacted: 《首席数据官 基本要求》 -> 首席数据官基本要求."""
    return [fold_compact(t) for t in _QUOTED_TITLE.findall(question)]


def quotes_title(question: str, title: str) -> bool:
    """Whether the question quotes this document's title (or the part of it a reader would)."""
    own = fold_compact(title)
    return any(quoted in own for quoted in quoted_titles(question))


def duty_lines(
    doc_ids: Iterable[str], duties: list[Duty], role: str, chunks_of: Callable[[str], list[Chunk]]
) -> list[tuple[str, Chunk]]:
    """The role's whole list of duties in the first document of `doc_ids` that gives it any, each duty
    once with its clause's chunk: one document's list, never two governments' lists counted as
    one. MAX_DUTIES only keeps a runaway extraction off the screen."""
    mine = [d for d in duties if role_matches(role, d.role, d.level, across_languages=True)]
    holding = {d.doc_id for d in mine}
    for doc_id in dict.fromkeys(doc_ids):
        if doc_id not in holding:
            continue
        chunks = chunks_of(doc_id)
        lines: list[tuple[str, Chunk]] = []
        seen: set[str] = set()
        for duty in mine:
            if duty.doc_id != doc_id:
                continue
            line = duty.duty.strip() or duty.text.strip()
            if line in seen:
                continue  # "县、镇、部门首席数据官…" gives one duty to three levels
            chunk = _chunk_holding(duty.text, chunks)
            if chunk is not None:
                seen.add(line)
                lines.append((line, chunk))
        if lines:
            return lines[:MAX_DUTIES]
    return []
