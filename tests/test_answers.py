"""Answers shaped by the question, across languages and places, honest when unsure: the pieces
(dictionary, places, question kinds, dates in words, sources) and the facade with a fake
embedder. The figures on real questions come from `cdokb eval` (tests/test_end_to_end.py)."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kb.errors import UsageError
from kb.types import Chunk, Deadline, Document, Hit
from tests.test_knowledge_base import HAIFENG, US, make_doc

CEDICT_SAMPLE = [
    "# CC-CEDICT sample",
    "報告 报告 [bao4 gao4] /to inform/to report/to make known/report/speech/CL:篇[pian1]/",
    "培訓 培训 [pei2 xun4] /to cultivate/to train/to groom/training/",
    "舊金山 旧金山 [Jiu4 jin1 shan1] /San Francisco, California/",
    "康涅狄格 康涅狄格 [Kang1 nie4 di2 ge2] /Connecticut, US state/",
    "張 张 [Zhang1] /surname Zhang/",
    "工資 工资 [gong1 zi1] /wages; pay/CL:個|个[ge4],份[fen4]/",
    "標識 标识 [biao1 zhi4] /variant of 標誌|标志[biao1 zhi4]/",
    "標誌 标志 [biao1 zhi4] /sign/mark/symbol/",
    "呼和浩特 呼和浩特 [Hu1 he2 hao4 te4] /Hohhot prefecture-level city, capital of Inner Mongolia "
    "autonomous region 內蒙古自治區|内蒙古自治区[Nei4 meng3 gu3 Zi4 zhi4 qu1]/",
    "哈爾濱 哈尔滨 [Ha1 er3 bin1] /Harbin, subprovincial city and capital of Heilongjiang province "
    "黑龍江|黑龙江[Hei1 long2 jiang1] in northeast China/",
    "安大略省 安大略省 [An1 da4 lu:e4 sheng3] /Ontario province, Canada/",
    "卡納塔克邦 卡纳塔克邦 [Ka3 na4 ta3 ke4 bang1] /Karnataka (formerly Mysore), southwest Indian state, "
    "capital Bangalore 班加羅爾|班加罗尔[Ban1 jia1 luo2 er3]/",
    "奧斯汀 奥斯汀 [Ao4 si1 ting1] /Austin or Austen (name)/Austin, Texas/",
    "唐山 唐山 [Tang2 shan1] /Tangshan prefecture-level city in Hebei/China (a name for China used by some "
    "overseas Chinese)/",
    "治理 治理 [zhi4 li3] /to govern/to administer/to manage/to control/governance/",
    "桑德斯 桑德斯 [Sang1 de2 si1] /Sanders (name)/Bernie Sanders, US politician/",
    "達爾文 达尔文 [Da2 er3 wen2] /Charles Darwin (1809-1882), British naturalist/Darwin, capital of the "
    "Northern Territory/",
    "華盛頓 华盛顿 [Hua2 sheng4 dun4] /Washington (name)/George Washington (1732-1799), first US president/"
    "Washington, US State/",
]


def test_dictionary_translates_both_ways_and_skips_cross_references():
    from kb.lexicon import parse

    lexicon = parse(CEDICT_SAMPLE)
    assert "report" in lexicon.english("报告") and "train" in lexicon.english("培训")
    assert "报告" in lexicon.chinese("report") and "培训" in lexicon.chinese("train")
    assert "cl" not in lexicon.english("报告")  # measure words are not translations
    assert lexicon.english("张") == ()  # a surname is not a translation
    assert lexicon.chinese_for_gloss("San Francisco") == ("旧金山",)
    assert lexicon.chinese_for_gloss("connecticut") == ("康涅狄格",)
    # A measure-word note that starts with a capital and holds a comma is not a name's gloss.
    assert set(lexicon.english("工资")) == {"wage", "pay"}
    # "variant of 标志": the same word, glossed under its other form.
    assert lexicon.english("标识") == lexicon.english("标志") == ("sign", "mark", "symbol")
    # A place's note that cites another entry, or names its kind before any comma, still
    # opens with the place's name.
    assert lexicon.chinese_for_gloss("hohhot") == ("呼和浩特",)
    assert lexicon.chinese_for_gloss("harbin") == ("哈尔滨",)
    assert lexicon.chinese("ontario") == ("安大略省",)
    # ... without what it adds in brackets; and a later sense that places a name names it too,
    # not one that says what else the name is (唐山 is not "China", 华盛顿 not George Washington)
    assert lexicon.chinese_for_gloss("karnataka") == ("卡纳塔克邦",)
    # past the first senses, only another form of one of them: the noun passages write
    assert lexicon.english("治理")[-1] == "governanc" and "治理" in lexicon.chinese("governanc")
    assert lexicon.chinese_for_gloss("austin") == ("奥斯汀",)
    assert lexicon.chinese_for_gloss("washington") == ("华盛顿",)
    assert lexicon.chinese_for_gloss("china") == () and lexicon.chinese_for_gloss("george washington") == ()
    assert lexicon.chinese_for_gloss("darwin") == ("达尔文",)  # "Darwin, capital of the Northern Territory"
    assert lexicon.chinese_for_gloss("bernie sanders") == ()  # "Bernie Sanders, US politician": no place


def test_a_compound_the_dictionary_lacks_is_glossed_by_its_pieces():
    from kb.glossary import bridges

    used = {"data", "protect", "protection"}
    found = bridges("美国的法律对数据保护有什么要求", known=lambda t: int(t in used))
    targets = {t for b in found if b.source == ("数据保护",) for t in b.target}
    assert {"data", "protect"} <= targets


def test_a_translation_is_rendered_only_by_a_whole_gloss_or_term():
    """A passage saying "data" does not render 首席数据官, nor one saying 数据 "chief data
    officer"; "make" alone is not 报告 ("to make known")."""
    from kb.glossary import bridges
    from kb.relevance import Relevance

    found = bridges("美国联邦机构的CDO每年要交报告吗", known=lambda t: 1)
    cdo = next(b for b in found if b.source == ("cdo",))
    assert not cdo.rendered_in({"data", "report"})
    assert cdo.rendered_in({"首席数据官"}) and cdo.rendered_in({"chief", "data", "officer"})
    report = next(b for b in found if b.source == ("报告",))
    assert not report.rendered_in({"make"}) and report.rendered_in({"make", "known"})
    english = bridges("Does Shanghai require a chief data officer?", known=lambda t: 1)
    phrase = next(b for b in english if b.source == ("chief", "data", "officer"))
    assert not phrase.rendered_in({"首席", "数据"}) and phrase.rendered_in({"首席数据官"})
    relevance = Relevance(lambda t: 1, lambda: 100, 0.8)
    weighed = relevance.weigh(["chief", "data", "officer"], english)
    # 数据 renders "data" alone; 首席数据官 renders all three words (translated credit 0.8).
    assert relevance.coverage(weighed, english, {"数据"}) == pytest.approx(0.8 / 3)
    assert relevance.coverage(weighed, english, {"首席数据官"}) == pytest.approx(0.8)


def test_a_gloss_meets_the_inflected_words_of_a_passage():
    """The dictionary says "share"; the index holds "sharing" and "shared" as shar."""
    from kb.glossary import bridges
    from kb.text import tokenize

    index = set(tokenize("Data Sharing Working Group; data assets shared and designated"))
    found = bridges("数据共享工作组", known=lambda t: t in index)
    share = next(b for b in found if b.source == ("共享",))
    assert share.rendered_in(set(tokenize("sharing of data assets")))
    english = bridges("Who designates the CDO?", known=lambda t: 1)
    assert any(b.source == ("designat",) and "指定" in b.target for b in english)


def test_a_month_is_bridged_by_the_calendar():
    """ "2020年3月那次会" is "the March meeting"; "the March meeting" is 3月's; "May" is a month only
    beside a day or a year ("31 May 2021"), else the verb."""
    from kb.glossary import bridges

    def months(question: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
        return [(b.source, b.target) for b in bridges(question) if "月" in b.source or "月" in b.target]

    assert months("听说美国CDO理事会2020年3月那次会没开成") == [(("3", "月"), ("march",))]
    assert months("2021年十月开的那次公开会议") == [(("10", "月"), ("october",))]
    assert months("What happened at the March 2020 Council meeting?") == [(("march",), ("3", "月"))]
    assert months("Due by 31 May 2021?") == [(("may",), ("5", "月"))]
    assert months("Who may chair it, and in what month?") == []
    assert months("May 2 agencies share one CDO?") == months("Section 3 May apply") == []
    assert months("3个月内") == months("1.5月") == months("五月底前") == []  # (no English "may" is indexed)


def test_the_forms_of_one_english_word_are_one_token():
    """A question's "designated" meets the clause's "shall designate" (Botswana 4.1, batch 36)."""
    from kb.text import tokenize

    assert tokenize("designate designated designates designating") == ["designat"] * 4
    assert tokenize("state states") == ["stat", "stat"]
    assert tokenize("committee committees employee employees") == ["committe"] * 2 + ["employe"] * 2
    assert tokenize("vice data news") == ["vice", "data", "news"]  # too short to stem (vic is Victoria)
    # a four-letter word in -e is its inflections: "who do I file it with" meets "filed with"
    assert (
        tokenize("role roles file filed filing date dates dated")
        == ["role"] * 2 + ["file"] * 3 + ["date"] * 3
    )
    assert tokenize("type types vote voting") == ["type"] * 2 + ["vote"] * 2
    assert tokenize("use uses SOE SOEs") == ["use", "use", "soe", "soe"]
    # … not a word English ends without an e: boxes, taxes, lawed
    assert tokenize("box boxes tax taxes law lawed") == ["box"] * 2 + ["tax"] * 2 + ["law"] * 2
    # the consonant doubled for -ed and -ing goes with it: "who is it submitted to" meets "submit"
    assert tokenize("submit submitted submitting") == ["submit"] * 3
    assert tokenize("plan planned planning") == ["plan"] * 3
    # … and only that one: words that end doubled keep it, a short stem too
    assert tokenize("staff staffed fill filled pass passed") == ["staff"] * 2 + ["fill"] * 2 + ["pass"] * 2
    assert tokenize("add added") == ["add", "add"]


def test_a_name_of_a_sea_or_river_translates_its_head_word():
    """ "China Pacific Insurance" is 中国太平洋保险: the dictionary glosses 太平洋 "Pacific Ocean"."""
    from kb.lexicon import lexicon

    assert lexicon().chinese("pacific") == ("太平洋",)
    assert lexicon().chinese("yangtz") == ("长江",)  # the stem of "Yangtze"
    assert "红海" not in lexicon().chinese("r")  # "Red Sea": red is an ordinary word
    assert "红海" not in lexicon().chinese("red")


def test_a_word_the_segmenter_lacks_is_glossed_whole():
    """jieba's dictionary has no 愿景 and cuts it into 愿 + 景 ("wish", "scenery"); the
    dictionary's word is "vision". No word is read across a cut: 数据有 is not 据有."""
    from kb.glossary import bridges

    used = {"vision", "data", "set", "occupy"}
    found = bridges("理事会的愿景是什么", known=lambda t: int(t in used))
    assert any(b.source == ("愿", "景") and "vision" in b.target for b in found)
    assert "vision" in {
        t for b in bridges("美国联邦首席数据官的愿景", known=lambda t: int(t in used)) for t in b.target
    }
    assert "occupy" not in {
        t for b in bridges("数据有关规定", known=lambda t: int(t in used)) for t in b.target
    }


def test_words_the_dictionary_glosses_together_are_translated_together():
    """ "Guangxi Power Grid" is 广西电网: the dictionary glosses 电网 "power grid", which neither
    "power" (功率, 力量) nor "grid" (网格) translates alone; only the words in that order."""
    from kb.glossary import bridges

    used = {"电网", "年度报告", "功率"}

    def targets(question: str) -> set[str]:
        return {t for b in bridges(question, known=lambda t: int(t in used)) for t in b.target}

    found = bridges("Who is the CDO at Guangxi Power Grid?", known=lambda t: int(t in used))
    assert any(b.source == ("power", "grid") and b.target == ("电网",) for b in found)
    assert "电网" not in targets("Does the grid give power?")
    assert "年度报告" in targets("When is the annual report due?")


def test_shipped_dictionary_loads_offline():
    from kb.lexicon import lexicon

    words = lexicon()
    assert "data" in words.english("数据") and "数据" in words.chinese("data")


def test_question_words_bridge_to_the_words_the_corpus_uses():
    from kb.glossary import bridges

    known = {"培训": 3, "首席数据官": 5, "training": 2}.get
    found = bridges("Who organizes the CDO training?", [], lambda t: known(t, 0))
    targets = {t for b in found for t in b.target}
    assert "首席数据官" in targets and "培训" in targets
    found = bridges("首席数据官培训", [], lambda t: known(t, 0))
    assert "train" not in {t for b in found for t in b.target}  # not used by the corpus


def test_filler_is_not_content():
    from kb.text import content_tokens, proper_names

    tokens = content_tokens("我们单位是海丰的试点部门,首席数据官的培训大概什么时候搞?")
    assert "我们" not in tokens and "大概" not in tokens
    assert {"首席数据官", "培训", "海丰"} <= set(tokens)
    assert content_tokens("New agency CDO here, I actually just started") == ["agency", "cdo", "start"]
    # The words of asking: 一下 would otherwise be translated into "once" and "time".
    assert content_tokens("你好，请问一下，麻烦帮忙说明汕尾的试点范围") == ["说明", "汕尾", "试点", "范围"]
    # Which (哪几个, 哪几种: jieba tags them as idioms) and 帮 cut from 帮我 are no passage's words.
    assert content_tokens("汕尾选了哪几个镇？帮我列一下") == ["汕尾", "选", "镇", "列"]
    assert content_tokens("组织模式有哪几种？") == ["组织", "模式"]
    assert "杭州市" in proper_names("杭州市的首席数据官由谁兼任?")
    assert "英国" in proper_names("英国中央政府的首席数据官向哪个部门汇报?")
    assert "英文" not in proper_names("惠州那篇英文报道里说了什么?")  # jieba's nz: a common word
    assert "texas" in proper_names("Does Texas require a chief data officer?")
    # the calendar's names, whole or cut short, name no place or body the library may lack
    assert proper_names("per the LegCo reply (Mar 2025), as of end of Feb, on a Wednesday") == ["legco"]


def test_how_often_is_content_though_jieba_tags_it_a_pronoun():
    from kb.text import content_tokens

    assert "每年" in content_tokens("省里是不是每年都要考核？")
    assert "每月" in content_tokens("需要每月报送吗")
    assert "每个" not in content_tokens("每个部门都要设吗")  # each: a determiner, filler


def test_an_a_not_a_question_asks_about_its_affirmative():
    from kb.text import affirmative, content_tokens

    assert affirmative("需不需要盖章？是不是每年？有没有规定？") == "需要盖章？是每年？有规定？"
    assert affirmative("应该不应该设") == "应该设" and affirmative("不得不报送") == "不得不报送"
    tokens = content_tokens("首席数据官是不是每年都要交报告？需不需要盖章？")
    assert "是不是" not in tokens and "需不需要" not in tokens
    assert {"首席数据官", "每年", "报告", "需要", "盖章"} <= set(tokens)
    # jieba cuts 要不要 into 要 + 不要 (do not): the question asks whether it must, not the opposite
    assert "不要" not in content_tokens("部门首席数据官要不要参加培训？")


def test_a_word_with_many_senses_cannot_outvote_a_precise_one_across_languages():
    """The translated question's search scores each question word by its best translation:
    summed, the senses of 交 (hand, deliver, give) would outrank the clause on reports."""
    import bm25s
    import numpy as np

    from kb.keyword import KeywordSnapshot
    from kb.text import tokenize

    texts = {
        "senses": "Hand the form over, deliver it, give it back to the desk.",
        "report": "The agency shall submit an annual report on compliance.",
        "other": "Data inventories are kept current.",
    }
    bm25 = bm25s.BM25()
    bm25.index([tokenize(t) for t in texts.values()], show_progress=False)
    snapshot = KeywordSnapshot(0, bm25, list(texts), np.array(["d"] * 3, dtype=object), dict(bm25.vocab_dict))
    groups = [("hand", "deliver", "give"), ("report",)]
    summed = snapshot.query([t for g in groups for t in g], 3)
    structured = snapshot.query_translations(groups, 3)
    assert summed[0][0] == "senses"
    assert structured[0][0] == "report"
    assert {cid for cid, _ in structured} == {"senses", "report"}


def test_what_the_answer_is_for_asks_about_nothing():
    from kb.dimensions import question_dimensions
    from kb.intents import without_framing

    framed = "For a training slide: what does a US federal agency CDO have to produce by law?"
    assert without_framing(framed) == " what does a US federal agency CDO have to produce by law"
    assert "safeguards" not in question_dimensions(without_framing(framed))
    assert "safeguards" in question_dimensions(framed)
    # A clause that asks keeps its words; so does the asker's description of their own work.
    assert "课件" in without_framing("帮我列一下职能都有哪些？我要做培训课件用吗")
    drafting = "我们在起草CDO任职条件，美国法律要求CDO有什么培训？"
    assert without_framing(drafting) == drafting
    assert without_framing("做培训课件用") == "做培训课件用"  # nothing asks: nothing is framing
    # an ellipsis ends the framing clause as a full stop would
    trailing = (
        "putting together a training deck for the data specialists... what do they have to do? need the list"
    )
    assert without_framing(trailing) == " what do they have to do  need the list"


def test_what_a_post_does_asked_in_everyday_words_asks_its_duties():
    """具体要干哪些活, 主要管哪些事, 平时都干啥 ask what the holder does; what a result or a body
    is for (结果拿来干啥, 成立是为了干啥) does not."""
    from kb.dimensions import question_dimensions

    for asked in (
        "数据专员具体要干哪些活？",
        "数据治理委员会主要管哪些事情？",
        "首席数据执行官平时主要干啥？",
    ):
        assert "duties" in question_dimensions(asked), asked
    for not_asked in ("述职结果拿来干啥？", "数据共享工作组成立是为了干啥？", "被通报后要做什么整改？"):
        assert "duties" not in question_dimensions(not_asked), not_asked


def test_the_askers_description_of_themself_is_context():
    from kb.intents import asker_context
    from kb.relevance import Relevance

    assert asker_context("我是镇里的数据专员，数据清单要多久更新一次？") == {"数据专员", "镇里"}
    assert asker_context("We are a county bureau. When is the annual report due?") == {"county", "bureau"}
    # Every clause speaks of the asker: nothing to set aside.
    assert asker_context("我刚当上部门首席数据官，我要做什么？") == set()
    assert asker_context("首席数据官由谁兼任？") == set()
    # A request is asking, whatever pronoun it uses; traditional characters read the same.
    assert asker_context("请告诉我部门首席数据官的职责，谢谢") == set()
    assert asker_context("帮我查一下首席数据官培训的时间，急用") == set()
    assert "交给" not in asker_context("我是部門首席數據官，我該交給誰？")
    # An abbreviation's full stop does not end the asker's clause.
    assert asker_context("I joined the U.S. Department of Commerce; what are my duties?") >= {"commerc"}
    # A word the question itself asks about stays whole.
    assert "数据专员" not in asker_context("我是数据专员，数据专员要交什么报告？")
    relevance = Relevance(lambda t: 1, lambda: 10, 0.5)
    weighed = relevance.weigh(["数据专员", "清单"], [], {"数据专员"}, 0.25)
    assert weighed.content["数据专员"] == 0.25 * weighed.content["清单"]


def _doc(doc_id: str, region: str, title: str = "", **meta: str) -> Document:
    return Document(doc_id=doc_id, title=title or doc_id, text="x。", region=region, **meta)


def test_places_are_named_in_either_script():
    from kb.places import Places, place_core

    places = Places.of(
        [
            _doc("haifeng", "海丰县"),
            _doc("gd", "广东省深圳市"),
            _doc("sf", "United States / California / San Francisco"),
            _doc("huizhou-en", "", title="Huizhou implements the chief data officer system"),
            _doc("hz", "惠州市"),
        ]
    )
    assert places.of_document["gd"] == ["广东省", "深圳市"]
    assert places.of_document["huizhou-en"] == ["惠州市"]  # from the title, in pinyin
    assert places.named_in("Who chairs Haifeng's CDO office?") == ["海丰县"]
    assert places.named_in("旧金山的首席数据官") == ["San Francisco"]
    # A one-word state is also called by its first character and 州.
    from kb.places import aliases

    assert "康州" in aliases("Connecticut") and "得州" in aliases("Texas")
    assert not any(a.endswith("州") and len(a) == 2 for a in aliases("New Jersey"))  # not 新州
    # a one-word Canadian province by its first character and 省, South Australia as 南澳
    assert (
        "安省" in aliases("Ontario") and "阿省" in aliases("Alberta") and "南澳" in aliases("South Australia")
    )
    assert not any(a.endswith("省") and len(a) == 2 for a in aliases("British Columbia"))  # not 不省
    assert "喀拉拉" in aliases("Kerala")  # an Indian state without its 邦, as 旁遮普 is written
    assert "卡纳塔克邦" in aliases("Karnataka")  # the dictionary's "Karnataka (formerly Mysore), …"
    assert "奥斯汀" in aliases("Austin")  # its second sense: "Austin, Texas"
    assert "lixian" in aliases("澧县") and "peixian" in aliases("沛县")  # a county of one character
    # the whole name glossed with its kind (新北市: "New Taipei City"), not a description (市中区's
    # "central city district")
    assert "new taipei" in aliases("新北市") and "central city" not in aliases("市中区")
    # ... where the short name is not the head of a Chinese county's: 南澳县 is in Guangdong
    south = Places.of([_doc("sa", "Australia / South Australia")])
    assert south.named_in("南澳的数据治理委员会多久开一次会？") == ["South Australia"]
    assert south.named_in("汕头市南澳县有没有首席数据官？") == []
    leeds = Places.of([_doc("leeds", "United Kingdom / Leeds")])
    assert "Leeds" in leeds.named_in("利兹市议会的Data Board谁当主席？")  # a foreign city takes 市 too
    assert "堪萨斯城" in aliases("Kansas City")  # a city named after a state, as Chinese writes it
    assert "波特兰" in aliases("Portland")  # the dictionary's 波特兰市, as people write it without 市
    # an autonomous prefecture by its short name (大理州 of 大理白族自治州) is 大理 and Dali too
    assert {"大理", "dali"} <= set(aliases("大理州")) and place_core("杭州") == "杭州"
    # English names that are not pinyin (鄂尔多斯 is Ordos; 英国 the United Kingdom, though the
    # dictionary's sense points on to 联合王国), and pinyin's syllable mark (Xi'an)
    assert "ordos" in aliases("鄂尔多斯市") and "英国" in aliases("United Kingdom")
    assert "菲律宾" in aliases("Philippines")  # glossed with its article: "the Philippines"
    assert "xi'an" in aliases("西安市") and "xian" in aliases("西安市")
    assert "heping district" not in aliases("和平县")  # the note is on Shenyang's 和平区
    assert "urumqi" in aliases("乌鲁木齐市")  # the dictionary's note opens "Ürümqi or Urumqi, …"
    # a one-word place's adjective, by English's regular endings
    assert {"ghanaian", "kenyan", "canadian"} <= {*aliases("Ghana"), *aliases("Kenya"), *aliases("Canada")}
    assert not {"nigerian", "nigeri"} & set(aliases("Niger"))  # Nigeria's, and the start of its name
    assert not any(a.endswith("ian") for a in aliases("Auckland"))  # a country's only
    assert set(places.named_in("比较海丰和深圳")) == {"海丰县", "深圳市"}
    assert places.documents_for(["惠州市"]) == {"huizhou-en", "hz"}
    # A place of two words is also named by its initials, as written: US, U.S., SF; not "us".
    assert places.named_in("Compare Haifeng with a US federal agency") == ["海丰县", "United States"]
    assert places.named_in("U.S. agencies") == ["United States"]
    assert places.named_in("What does SF's CDO do?") == ["San Francisco"]
    assert places.named_in("Tell us what Haifeng's CDO does") == ["海丰县"]
    # "federal" alone names the federal government whose own texts the library holds, unless the
    # question names another country (Australian federal agencies), and 联邦学习 names none
    federal = Places.of(
        [_doc("statute", "United States"), _doc("ct", "United States / Connecticut"), _doc("hf", "海丰县")]
    )
    assert federal.named_in("the federal CDO statute and Connecticut's law") == [
        "United States",
        "Connecticut",
    ]
    assert federal.named_in("联邦CDO委员会和海丰") == ["United States", "海丰县"]
    assert federal.named_in("海丰的联邦学习平台") == ["海丰县"]
    assert places.named_in("a federal agency's CDO") == []  # San Francisco's alone: no federal texts
    abroad = Places.of([_doc("statute", "United States"), _doc("au", "Australia")])
    assert abroad.named_in("data stewards in Australian federal agencies") == ["Australia"]
    # ... or one the library does not hold, nor federalism (联邦制)
    for other in ("德国联邦政府的数据战略", "German federal ministries", "马来西亚联邦部委", "联邦制国家"):
        assert federal.named_in(other) == []
    # ... but a library's state of a country's name is that state (Georgia)
    georgia = Places.of([_doc("statute", "United States"), _doc("gta", "United States / Georgia")])
    assert georgia.named_in("Georgia's standard and the federal statute") == ["Georgia", "United States"]
    # a county by its name alone, unless that is a word; no initials (MC)
    county = Places.of(
        [_doc("md", "United States / Florida / Miami-Dade County"), _doc("k", "United States / King County")]
    )
    assert county.named_in("What must Miami-Dade's CDO publish?") == ["Miami-Dade County"]
    assert county.named_in("Who is the MC of the king's data council?") == []
    # a newspaper's name says where to look, and compares no place: "the China Daily story"
    from kb.places import only_in_a_paper

    assert only_in_a_paper("惠州市", "In the Huizhou Daily story on Haifeng, who chairs?")
    assert only_in_a_paper("惠州市", "惠州日报那篇报道说了什么？")
    assert not only_in_a_paper("惠州市", "惠州日报说惠州有几个试点部门？")


def test_places_named_by_their_short_names_spellings_and_transliterations():
    """An autonomous place by the name before its nationalities (湘西, 广西); Taiwan's places in
    either romanisation (Hsinchu); a US county as Chinese writes it (库克县); a state of another
    country by its adjective or short name (Victorian, Vic, Welsh)."""
    from kb.places import Places, aliases

    assert aliases("湘西土家族苗族自治州")[:3] == ("湘西土家族苗族自治州", "湘西", "xiangxi")
    assert "广西" in aliases("广西壮族自治区") and "宁夏" in aliases("宁夏回族自治区")
    assert "hsinchu" in aliases("新竹县") and "库克县" in aliases("Cook County")
    places = Places.of(
        [
            _doc("hc", "新竹县"),
            _doc("xx", "湖南省湘西土家族苗族自治州"),
            _doc("cook", "United States / Illinois / Cook County"),
            _doc("vic", "Australia / Victoria"),
            _doc("wales", "United Kingdom / Wales"),
        ]
    )
    assert places.named_in("Who holds the CDO job in Hsinchu County?") == ["新竹县"]
    assert places.named_in("Xiangxi's quarterly CDO report form") == ["湘西土家族苗族自治州"]
    assert places.named_in("湘西州的首席数据官季度报表") == ["湘西土家族苗族自治州"]
    assert places.named_in("库克县的条例") == ["Cook County"]
    assert places.named_in("does our departmental CDO in Vic have to be SES?") == ["Victoria"]
    assert places.named_in("How many Victorian departments have a CDO?") == ["Victoria"]
    assert places.named_in("the Welsh Government's CDO") == ["Wales"]
    assert places.named_in("who is the vice chair, and what of victims?") == []
    # a name before its nationalities, not a word (通道侗族自治县 is not 通道, a passage); a county's
    # Chinese name of two characters or more (not 金县 for King County's 金)
    assert "新疆" in aliases("新疆维吾尔自治区") and "通道" not in aliases("通道侗族自治县")
    from kb.places import without_places

    taken = without_places("What services must the vice chair provide in Victoria or Vic?", ["Victoria"])
    assert "services" in taken and "vice chair" in taken and "Vic?" not in taken


def test_a_question_without_its_places_keeps_the_rest():
    from kb.places import without_places

    # "federal" is the United States' too (kb.places.FEDERAL_WORDS), not "confederal"
    assert without_places("海丰县和US federal agencies各由谁担任？", ["海丰县", "United States"]).split() == [
        "和",
        "agencies各由谁担任?",
    ]
    assert "confederal" in without_places("a confederal model in the US", ["United States"])
    assert "联邦学习" in without_places("美国的联邦学习平台", ["United States"])
    assert without_places("Tell us about the United States", ["United States"]).split() == [
        "Tell",
        "us",
        "about",
        "the",
    ]


def test_places_by_the_dictionarys_short_names_and_every_reading_of_their_characters():
    """德州 is short for Texas in the dictionary (abbr. for 德克萨斯州); 秋长 reads qiuchang as
    长沙 does, whatever 长 alone reads; "in Huizhou and using Qiuchang's rules" lists no places."""
    from kb.places import Places, aliases

    assert "德州" in aliases("Texas") and "qiuchang" in aliases("秋长街道")
    places = Places.of([_doc("tx", "United States / Texas"), _doc("qc", "广东省惠州市惠阳区秋长街道")])
    assert places.named_in("德州那个 statewide data coordinator 是谁来指定的？") == ["Texas"]
    question = "My subdistrict office is in Huizhou and using Qiuchang's rules as a model. Who serves as CDO?"
    compared = places.compared(question, places.named_in(question))
    assert [p for p, _ in places.innermost(question, compared)] == ["秋长街道"]
    # ... while a library's own 德州市 keeps its name, and 信阳 is not read "shenyang" (沈阳)
    both = Places.of(
        [_doc("tx", "United States / Texas"), _doc("dz", "山东省德州市"), _doc("sy", "辽宁省沈阳市")]
    )
    assert both.named_in("德州的首席数据官有哪些职责？") == ["德州市"]
    assert both.named_in("美国德州的首席数据官由谁任命？")[-1] == "Texas"  # its country before it
    assert "shenyang" not in aliases("信阳市")
    # ... while a reading the dictionary gives the place itself stays (长宁区 is changning, as 常宁市 is)
    assert "changning" in aliases("长宁区") and "changzhou" in aliases("长洲区")


def test_a_place_named_by_capitals_stays_named_once_the_others_are_taken_out():
    """A comparison asks each place apart from the others; "US" is a place only in capitals."""
    from kb.places import Places, without_places

    places = Places.of([_doc("us", "United States"), _doc("nj", "南京市")])
    question = "Which bodies must have a CDO under US federal law, and which under Nanjing's draft?"
    assert places.named_in(without_places(question, ["南京市"])) == ["United States"]
    assert places.named_in(without_places(question, ["United States"])) == ["南京市"]


def _compared(places, question: str) -> list[tuple[str, set[str]]]:
    return places.compared(question, places.named_in(question))


def test_a_larger_place_is_compared_only_when_named_on_its_own():
    from kb.places import Places

    places = Places.of(
        [
            _doc("haifeng", "海丰县"),
            _doc("gd", "广东省"),
            _doc("sz", "广东省深圳市"),
            _doc("us", "United States"),
            _doc("sf", "United States / California / San Francisco"),
        ]
    )
    # A province written before its own city qualifies it: one place, not a comparison.
    assert _compared(places, "广东省深圳市首席数据官由谁担任?") == [("深圳市", {"sz"})]
    assert _compared(places, "美国旧金山的首席数据官由谁任命?") == [("San Francisco", {"sf"})]
    assert _compared(places, "Who appoints the CDO of San Francisco, California?") == [
        ("San Francisco", {"sf"})
    ]
    # ... and so does one written after it with "in" or "of", or before it with 的 (batch 38)
    assert _compared(places, "Who appoints the CDO of San Francisco in California?") == [
        ("San Francisco", {"sf"})
    ]
    assert _compared(places, "广东省的深圳市首席数据官由谁担任?") == [("深圳市", {"sz"})]
    # Listed beside its city, the province is compared on its own documents.
    assert _compared(places, "广东省、深圳、海丰县分别怎么说?") == [
        ("广东省", {"gd"}),
        ("深圳市", {"sz"}),
        ("海丰县", {"haifeng"}),
    ]
    assert _compared(places, "美国联邦机构和旧金山的CDO每年都交报告吗?") == [
        ("United States", {"us"}),
        ("San Francisco", {"sf"}),
    ]
    # With no word that compares, a larger place named apart from its inner one is context,
    # and one listed beside it is compared.
    ct = Places.of([_doc("us", "United States"), _doc("ct", "United States / Connecticut")])
    context = "我在整理美国州一级的案例，想确认下康涅狄格州的首席数据官由谁指派？"
    assert ct.innermost(context, _compared(ct, context)) == [("Connecticut", {"ct"})]
    listed = "美国联邦机构的CDO和康涅狄格州的CDO每年都交报告吗?"
    assert ct.innermost(listed, _compared(ct, listed)) == _compared(ct, listed)
    assert len(_compared(ct, listed)) == 2
    # An English list: commas in a run that "and" ends, an aside in brackets skipped.
    gd = Places.of([_doc("gd", "广东省"), _doc("sz", "广东省深圳市"), _doc("hz", "广东省惠州市")])
    for series in (
        "Which cities were picked as pilots in Guangdong (the provincial plan), Shenzhen and Huizhou?",
        "How do Guangdong, Shenzhen and Huizhou pick pilots?",
        "广东省，深圳和惠州的首席数据官由谁担任？",  # 广东省, not 广东, ends the first name
        "How do Guangdong vs. Shenzhen and/or Huizhou pick pilots?",  # a listing word's punctuation
    ):
        assert [p for p, _ in gd.innermost(series, _compared(gd, series))] == ["广东省", "深圳市", "惠州市"]
    setting = "In Guangdong, which units did Shenzhen and Huizhou pick?"  # the province is the setting
    assert [p for p, _ in gd.innermost(setting, _compared(gd, setting))] == ["深圳市", "惠州市"]
    # an item's own words before its comma: "under the federal statute, in Connecticut, and in …"
    us = Places.of(
        [
            _doc("us", "United States"),
            _doc("ct", "United States / Connecticut"),
            _doc("sf", "United States / San Francisco"),
        ]
    )
    items = "Who appoints the CDO under the federal statute, in Connecticut, and in San Francisco?"
    assert [p for p, _ in us.innermost(items, _compared(us, items))] == [
        "United States",
        "Connecticut",
        "San Francisco",
    ]
    for items in (
        "Who designates the CDO in San Francisco, in Connecticut, and at a federal agency?",
        "Who picks the CDO under the federal statute, under Connecticut's statute, and under San Francisco's?",
    ):
        assert {p for p, _ in us.innermost(items, _compared(us, items))} == {
            "United States",
            "Connecticut",
            "San Francisco",
        }
    agent = Places.of([_doc("gd", "广东省"), _doc("sz", "广东省深圳市")])
    question = "Is the CDO of Shenzhen appointed locally, or by Guangdong?"  # "by": an agent, no item
    assert [p for p, _ in agent.innermost(question, _compared(agent, question))] == ["深圳市"]
    aside = "Under the federal statute, does Connecticut or San Francisco appoint its CDO?"
    assert [p for p, _ in us.innermost(aside, _compared(us, aside))] == ["Connecticut", "San Francisco"]
    assert [p for p, _ in gd.innermost(setting, _compared(gd, setting))] == ["深圳市", "惠州市"]
    # A state's statute speaks for the state, not for 美国联邦 beside 海丰县; a place with no
    # document of its own keeps its narrower places' documents.
    with_state = Places.of(
        [_doc("us", "United States"), _doc("ct", "United States / Connecticut"), _doc("hf", "海丰县")]
    )
    assert _compared(with_state, "美国联邦机构和海丰县分别怎么规定?") == [
        ("United States", {"us"}),
        ("海丰县", {"hf"}),
    ]
    only_state = Places.of([_doc("ct", "United States / Connecticut"), _doc("hf", "海丰县")])
    assert _compared(only_state, "美国和海丰县分别怎么规定?") == [
        ("United States", {"ct"}),
        ("海丰县", {"hf"}),
    ]


def test_spoken_question_words_read_as_written_ones(fake_kb):
    """啥 and 咋 are the spoken 什么 and 怎么: "由啥样的人来当" asks who holds the post as "由什么样的
    人来当" does; the answer still shows the question as the user typed it."""
    from kb.dimensions import question_dimensions
    from kb.intents import written_form

    spoken = "海丰县首席数据官该由啥样的人来当？咋选出来的？"
    assert written_form(spoken) == "海丰县首席数据官该由什么样的人来当？怎么选出来的？"
    assert "holder" in question_dimensions(written_form(spoken), "who")
    plan = ["县首席数据官由分管政务服务数据管理工作的县政府领导兼任。"]
    fake_kb.add_document(*make_doc("haifeng", plan, region="海丰县", language="zh-Hans", date="2023-01-03"))
    answer = fake_kb.ask(spoken)
    assert answer.question == spoken and "兼任" in answer.answer


def test_a_question_names_the_dimensions_it_compares():
    from kb.dimensions import question_dimensions

    assert "reporting" in question_dimensions("试点部门的首席数据官多久要交一次总结?")
    assert "safeguards" in question_dimensions("首席数据官培训这一块各地怎么安排的?")
    # A by-when question compares timetables, whatever its words.
    assert "steps" in question_dimensions("By when were both supposed to finish?", "when")
    assert question_dimensions("这两个地方有什么不一样?") == frozenset()
    assert "scope" in question_dimensions("Which cities, districts or counties were picked as pilots?")
    assert "scope" in question_dimensions(
        "Which city departments and which counties/districts were chosen as pilots in Ganzhou's plan?"
    )
    # Who holds the post, asked in the asker's words rather than the clause's (兼任, designate).
    for asked in (
        "县里的首席数据官一般由谁来当？",
        "镇首席数据官找什么样的人来担任？",
        "Who may serve as an agency's CDO?",
        "区首席数据官由哪个部门的领导兼任？",
    ):
        assert "holder" in question_dimensions(asked, "who"), asked
    for other in (
        "Who chairs the CDO Council?",
        "Who should be notified of a breach?",
        "数据资源目录由谁来做？",
    ):
        assert "holder" not in question_dimensions(other, "who"), other


def test_how_often_is_a_when_answer():
    from kb.intents import holds_answer

    for text in (
        "Meet no less than quarterly.",
        "at least every 90 days",
        "every three years",
        "每周召开一次",
    ):
        assert holds_answer("when", text), text
    assert not holds_answer("when", "The working group meets as necessary.")
    # "How often": a frequency answers it, a meeting's date does not.
    assert holds_answer("often", "Meet on a regular basis, but no less than monthly.")
    assert holds_answer("often", "每半年向县政务服务数据管理局报送工作总结")
    assert not holds_answer("often", "The CDO Council hosted its second meeting on February 21, 2020.")
    assert not holds_answer("who", "各地要结合实际，抓好贯彻落实。")


def test_whom_to_turn_to_is_answered_by_whom_not_by_who_holds_the_post():
    from kb.intents import Speaking, holds_what_is_asked

    notice = [Speaking("实施中遇到的问题,请径向市政务服务数据管理局反映。")]
    assert holds_what_is_asked("落实方案时碰到问题,应该找哪个部门反映?", notice)
    assert not holds_what_is_asked("汕尾市首席数据官由谁担任？", notice)  # whom to ask is not who holds it
    report = [Speaking("The CDO shall submit an annual report to the Committee on Oversight.")]
    assert holds_what_is_asked("Who does the agency CDO report to?", report)
    assert not holds_what_is_asked("找哪个部门反映?", [Speaking("坚持问题导向，向纵深推进。")])  # 导向
    # a disagreement passed on: "referred to the City Manager", 报请/交由 another body
    referred = [Speaking("Disagreements the CDO cannot resolve shall be referred to the City Manager.")]
    assert holds_what_is_asked("部门之间有分歧谁来处理？处理不了又交给谁？", referred)
    assert holds_what_is_asked("处理不了又交给谁？", [Speaking("协调不成的，报请市政府决定。")])


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("海丰县首席数据官由谁兼任?", "who"),
        ("Who chairs the CDO Council?", "who"),
        ("Which bodies are required to have a CDO?", "who"),  # which body, in the plural
        ("Which agencies must name one?", "who"),
        ("试点总结什么时候交?", "when"),
        ("By when must the plan be done?", "when"),
        ("巴中一共开放了多少个数据库表?", "how_many"),
        ("首席数据官的主要职责是什么?", "list"),
        ("List the functions of an agency CDO", "list"),
        ("这个制度想达到什么目标?", "goal"),
        ("What is the purpose of the working group?", "goal"),
        ("What's the point of the pilot? What is it meant to achieve?", "goal"),
        ("联邦CDO委员会章程里写的愿景是什么?", "goal"),
        ("那个运营工作组当初成立主要是为了干什么？", "goal"),  # what for, not what it does
        ("设首席数据官为啥要搞试点？", "goal"),
        ("你认为啥是首席数据官的核心职责？", "list"),  # 认为啥: "think what", no why
        ("海丰给试点镇派的第一批任务一共有哪几项?", "list"),  # the items, not their count
        ("海丰一共派了几项任务?", "how_many"),
        ("海珠区是哪一年出台那个管理办法的?", "when"),
        ("What does the plan say about cloud?", "what"),
        ("How often does the working group meet?", "often"),
        ("试点部门的首席数据官多久要交一次总结？", "often"),
    ],
)
def test_question_kind(question, kind):
    from kb.intents import question_kind

    assert question_kind(question) == kind


def test_comparisons_and_parts():
    from kb.intents import question_parts, wants_comparison

    assert wants_comparison("比较广州和深圳", 2)
    assert wants_comparison("Comparing the two plans, who holds the post?", 0)  # compare's every form
    assert wants_comparison("How are the CDOs compared?", 0)
    assert wants_comparison("各地首席数据官一般由谁兼任?", 0)
    assert not wants_comparison("海丰县首席数据官由谁兼任?", 1)
    # the asker's own work compares, and the question asks of one place; a wish to compare asks
    from kb.intents import asks_to_compare

    assert not asks_to_compare("我在做美国各州首席数据官制度的对比，华盛顿州那部法律里CDO向谁汇报？")
    assert asks_to_compare("我们想比较美国联邦和加州的做法，首席数据官由谁任命？")
    assert asks_to_compare("I would like to compare CDO policies across states. What are the main duties?")
    # a dash ends the asker's clause as a comma does
    assert not asks_to_compare(
        "I'm putting together slides comparing councils - what are Surrey's ambitions?"
    )
    assert not asks_to_compare("我在做各地方案的对比——海丰县的首席数据官由谁兼任？")
    assert asks_to_compare("Compare Guangzhou and Shenzhen — who holds the CDO post?")
    # a comparison is searched without its words that ask to compare
    from kb.intents import without_comparing

    assert "compar" not in without_comparing("Trainer here, Comparing accountability: who reports?").lower()
    assert "对比" not in without_comparing("海丰和惠州对比一下，谁来兼任？")
    assert without_comparing("The differences? How different?").split() == ["The", "?", "How", "?"]
    # 比较 as "rather", before an adjective, compares nothing
    assert not asks_to_compare("周末带孩子去哪里玩比较好？")
    assert not asks_to_compare("海丰县哪个部门的数据比较多？")
    assert asks_to_compare("深圳和广州比较而言谁的职责更多？")  # one word of jieba's, kept whole
    assert asks_to_compare("海丰和惠州的做法比较起来有什么不同？")
    assert asks_to_compare("广州和深圳比较一下，首席数据官由谁兼任？")
    # A compare word that describes the source asks what the source says.
    assert not wants_comparison("那篇比较各地试点的论文觉得有哪些通病?", 0)
    assert not wants_comparison("A journal article compared the pilots. What weaknesses did it find?", 0)
    assert not wants_comparison("That paper comparing local pilots: which six dimensions?", 0)
    assert wants_comparison("Compare the paper's view with Shenzhen's and Guangzhou's plans", 0)
    assert wants_comparison("比较各地试点的做法，写成论文要注意什么?", 0)
    assert wants_comparison("写一份比较各地首席数据官制度的报告", 0)
    assert wants_comparison("What does the paper comparing pilots say about each of the cities?", 0)
    assert question_parts("方案写完以后交到哪儿？需不需要盖章？") == [
        "方案写完以后交到哪儿？",
        "需不需要盖章？",
    ]
    assert question_parts("海丰县首席数据官由谁兼任?") == []


def test_dates_in_words_never_rrules():
    from kb.schedule import join_in_words, when_in_words

    def deadline(due, rule=None):
        return Deadline("w", "x", due, rule, None, "t", "d", "T", "s")

    assert when_in_words(deadline("2023-05"), True) == "2023年5月底前"
    assert when_in_words(deadline("2023-05-31"), False) == "by 31 May 2023"
    yearly = [
        when_in_words(deadline("2023-06-28", "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=28"), True),
        when_in_words(deadline("2023-12-25", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=25"), True),
    ]
    assert join_in_words(yearly, True) == "每年6月28日前和12月25日前"
    english = when_in_words(deadline("2023-06-30", "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=30"), False)
    assert english == "by 30 June each year"
    # 每年1月底前: the month's last day, said so ("by -1 January" was shown once)
    month_end = deadline("2026-01", "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=-1")
    assert (when_in_words(month_end, True), when_in_words(month_end, False)) == (
        "每年1月底前",
        "by the end of January each year",
    )


def test_a_name_the_dictionary_glosses_whole_is_that_name_not_its_country():
    """ "West China Hospital" is 华西医院 (the dictionary's 华西 "West China"), not China's;
    "evaluation" takes its verb's 评价."""
    from kb.glossary import bridges

    found = bridges("Under West China Hospital's rules, who reports?", known=lambda t: 1)
    assert any("华西" in b.target for b in found)
    evaluation = bridges(
        "who runs the evaluation?", known=lambda t: 2 if t == "评价" else 1
    )  # the one used most
    assert any(b.source == ("evaluation",) and "评价" in b.target for b in evaluation)


def test_sources_official_and_complete():
    from kb.sources import is_complete, is_official

    plan = Document(
        doc_id="p",
        title="方案",
        text="全文。",
        issuer="海丰县人民政府办公室",
        doc_number="海府办函〔2023〕5号",
    )
    news = Document(
        doc_id="n", title="报道", text="正文", issuer="国脉 news repost", extra={"complete": "no"}
    )
    assert is_official(plan) and not is_official(news)
    assert is_complete(plan) and not is_complete(news)
    assert not is_complete(
        Document(doc_id="c", title="t", text="文本在这里中断了，因为")
    )  # no front matter: ends mid-sentence


def test_a_notice_ending_with_its_issuer_and_date_is_complete():
    """Without front matter, a notice's closing block (issuers, the date, 此件公开发布) is not a
    body cut short; a body that stops mid-sentence before nothing else still is."""
    from kb.sources import is_complete

    def ending(text: str) -> bool:
        return is_complete(Document(doc_id="x", title="t", text=text))

    assert ending("请于2023年9月30日前报送。\n\n浙江省經濟和信息化廳\n2023年7月10日")
    assert ending(
        "请认真贯彻执行。\n广东省人民政府办公厅\n广东省政务服务数据管理局\n二〇二一年七月五日\n（此件公开发布）"
    )
    assert ending("The Council shall meet quarterly.\nTed Kaouk\nJuly 10, 2020")
    assert not ending("四、工作要求\n各市经信局于2023年9月30日前将推荐名")
    assert not ending(
        "一、试点目标。\n各市经信局于2023年9月30日前将推荐名\n2023年7月10日"
    )  # cut, then a date
    # A 政策解读 that closes with whom to ask; a Word file whose last footer is its last page's
    assert ending("答：按规定纳入部门预算。\n解读人：济南市大数据局数据资源处\n咨询电话：0531-66608123")
    assert ending("12.1 This directive takes effect on April 1, 2024.\n© 2024 Government | Page 4 of 4")
    assert not ending("12.1 This directive takes effect on\n© 2024 Government | Page 3 of 4")
    # a memorandum's conformed signature over its signer's post; an executive order's witness
    # formula dated in words, over the governor's and the secretary's names and posts
    assert ending(
        "12. Contact\nQuestions go to the Office.\n/s/ Marcus T. Holloway\nSecretary and Chief Information Officer"
    )
    assert ending(
        "Section 12. This order takes effect at once.\nIN WITNESS WHEREOF, I have hereunto set my hand on this"
        " 16th day of September in the year of our Lord two thousand twenty-five.\nBRAD LITTLE\nGOVERNOR\n"
        "PHIL McGRANE\nSECRETARY OF STATE"
    )
    assert not ending(
        "12. Contact\nQuestions go to the\nMarcus T. Holloway\nSecretary and Chief Information Officer"
    )
    assert not ending("九问：如何报送？\n答：各单位应于每年1月20日前向市首席数据官办公室报送上一")
    # issuers side by side, one a Party department (中共湘潭市委组织部); an order's distribution list
    assert ending(
        "逾期报送的扣3分。\n湘潭市数据局　　　　中共湘潭市委组织部\n2026年2月10日\n（此件主动公开）"
    )
    order = (
        "15. This order issues with the concurrence of the Finance Department.\n"
        "(BY ORDER AND IN THE NAME OF THE GOVERNOR OF TELANGANA)\nN. SRIDHAR VARMA\n"
        "PRINCIPAL SECRETARY TO GOVERNMENT\nTo\nAll the Heads of Departments.\nCopy to:\nThe Principal Secretary to Hon'ble Chief Minister.\nThe Finance (Exp.IT) Department\n"
        "SF/SCs.\n//FORWARDED :: BY ORDER//\nSECTION OFFICER"
    )
    assert ending(order)
    assert not ending("Copy to:\nThe Principal Secretary to the Government, who shall arrange for the")
    # a part after the list, or a line that binds someone, is body cut short, not an addressee
    annexed = order.replace(
        "SECTION OFFICER", "ANNEXURE\n1. The Chief Data Officer shall prepare and maintain the"
    )
    assert not ending(annexed)
    assert not ending(
        "Ref: X. Dated 3 March 2025.\nTo:\nAll Heads of Departments\nwho shall maintain the inventory of the"
    )


def test_long_questions_and_bad_k_are_refused(fake_kb):
    fake_kb.add_document(*make_doc("haifeng", HAIFENG, region="海丰县", language="zh-Hans"))
    with pytest.raises(UsageError, match="500-character limit"):
        fake_kb.ask("首席数据官" * 120)
    for k in (0, -5, 10**9):
        with pytest.raises(UsageError, match="out of range"):
            fake_kb.ask("首席数据官由谁兼任?", k=k)


def test_answers_display_simplified_and_keep_the_original(fake_kb):
    doc, chunks = make_doc(
        "trad", ["縣首席數據官由分管政務服務數據管理工作的縣政府領導兼任。"], language="zh-Hant"
    )
    fake_kb.add_document(doc, chunks)
    answer = fake_kb.ask("县首席数据官由谁兼任?")
    assert answer.citations
    cited = answer.citations[0]
    assert "数据" in cited.text and "數據" in cited.text_original
    assert "數" not in answer.answer


def test_a_comparison_has_one_line_per_place(fake_kb):
    fake_kb.add_document(*make_doc("haifeng", HAIFENG, region="海丰县", language="zh-Hans"))
    fake_kb.add_document(*make_doc("us", US, region="United States", language="en"))
    answer = fake_kb.ask("比较海丰县和美国的首席数据官由谁担任")
    lines = answer.answer.splitlines()
    assert lines[0].startswith("海丰县：") and lines[1].startswith("United States：")
    assert {c.doc_id for c in answer.citations} == {"haifeng", "us"}


def test_a_question_naming_one_document_compares_within_it(fake_kb):
    """ "In the Shentong Metro rules, … is it different for the data commissioners?" names one
    document and no place: it asks within that document, not for a line per place."""
    rules = [
        "Shentong Metro CDO rules. Article 23: a CDO takes at least 16 hours of data training a year.",
        "Shentong Metro data commissioners take at least 24 hours of training a year.",
    ]
    fake_kb.add_document(*make_doc("shentong", rules, region="上海市", language="en", title="Rules"))
    fake_kb.add_document(*make_doc("haifeng", HAIFENG, region="海丰县", language="zh-Hans"))
    answer = fake_kb.ask(
        "In the Shentong Metro rules, how many training hours a year does a CDO need, and is it different "
        "for the data commissioners?"
    )
    assert "海丰县" not in answer.answer and answer.citations[0].doc_id == "shentong"
    across = fake_kb.ask("How do the Shentong Metro rules on CDO training compare with other places?")
    assert "海丰县" in across.answer  # its words set places side by side


def test_a_compared_place_answers_how_much_only_with_an_amount(fake_kb):
    funded = ["首席数据官试点工作所需经费由县财政统筹安排。", "县财政安排首席数据官试点专项经费50万元。"]
    fake_kb.add_document(*make_doc("haifeng", funded, region="海丰县", language="zh-Hans"))
    fake_kb.add_document(
        *make_doc("shanwei", ["试点所需经费由市财政统筹安排。"], region="汕尾市", language="zh-Hans")
    )
    answer = fake_kb.ask("海丰县和汕尾市的首席数据官试点分别安排了多少专项经费？")
    haifeng, shanwei = answer.answer.splitlines()
    assert "50万元" in haifeng
    assert shanwei.startswith("汕尾市：") and "经费" not in shanwei  # a clause with no figure: not stated


def _two_places_compared(fake_kb, monkeypatch, *docs):
    """A knowledge base of `docs` whose every place's line is shown (the "not found" model set aside),
    two passages a place."""
    from kb.answer import Answerer

    monkeypatch.setattr(Answerer, "answers", lambda self, values: True)
    for doc in docs:
        fake_kb.add_document(*doc)
    answer = fake_kb.tuned.answer
    fake_kb.tuned = replace(fake_kb.tuned, answer=replace(answer, compare_passages=2))


def test_a_compared_place_cites_what_the_role_is_before_what_it_does(fake_kb, monkeypatch):
    duties = [f"The CDO role includes duty {i}: the CDO shall review CDO data collections." for i in range(6)]
    defined = "The Chief Data Officer's role is part steward, part evangelist and part technologist."
    _two_places_compared(
        fake_kb,
        monkeypatch,
        make_doc("us", [*duties, defined], region="United States", language="en"),
        make_doc(
            "dazhou",
            ["达州市首席数据官的定义是：数据资源统筹者。"],
            region="四川省达州市",
            language="zh-Hans",
        ),
    )
    found = fake_kb.ask("How do Dazhou and the US each describe what kind of role a CDO is?")
    us = found.answer.splitlines()[1]
    assert "part evangelist" in us and any("part evangelist" in c.text for c in found.citations)


def test_a_year_asked_of_one_place_is_not_asked_of_the_other(fake_kb):
    fake_kb.add_document(
        # (the pilot's first year named, as a plan says it: the fitted "not found" model judges
        # a clause holding a quarter of the question's words too weak, which is not this test's point)
        *make_doc(
            "guangzhou",
            ["试点第一年（2021年）初步组建起市级首席数据官队伍。"],
            region="广州市",
            language="zh-Hans",
        )
    )
    fake_kb.add_document(
        *make_doc("us", ["By January 2020, agency CDOs will join a CDO Council."], region="United States")
    )
    answer = fake_kb.ask(
        "Comparing first-year milestones: what did Guangzhou want in its first pilot year, "
        "and what were US agencies to have done by January 2020?"
    )
    guangzhou, us = answer.answer.splitlines()
    assert "首席数据官队伍" in guangzhou and "January 2020" in us


def test_what_is_said_of_each_place():
    from kb.places import asked_of

    question = "What did Guangzhou want in its first year, and what were US agencies to do by January 2020?"
    names = ["广州市", "United States"]
    assert "2020" not in asked_of(question, "广州市", names)
    assert "2020" in asked_of(question, "United States", names)
    # only listed beside the next place: what follows is asked of both
    for place in ("北京市", "上海市"):
        assert "2023" in asked_of("北京和上海2023年的方案分别是什么？", place, ["北京市", "上海市"])
    funds = "海丰县和汕尾市的首席数据官试点分别安排了多少专项经费？"
    assert all("经费" in asked_of(funds, place, ["海丰县", "汕尾市"]) for place in ("海丰县", "汕尾市"))
    timeline = (
        "What dates did US agencies have to hit under the 2020 plan, and the pilot timeline in Haifeng?"
    )
    assert "2020" not in asked_of(timeline, "海丰县", ["United States", "海丰县"])


def test_logistic_fit_separates_and_threshold_keeps_answerable_questions():
    from evaluation.fit import logistic, threshold

    rng = np.random.default_rng(0)
    x = np.vstack([rng.normal(1.0, 0.3, (40, 2)), rng.normal(-1.0, 0.3, (40, 2))])
    y = np.array([1.0] * 40 + [0.0] * 40)
    weights, bias = logistic(x, y)
    p = 1 / (1 + np.exp(-(x @ weights + bias)))
    assert ((p >= 0.5) == (y == 1)).mean() > 0.95
    p = np.array([0.1, 0.3, *np.linspace(0.4, 0.9, 20)])
    y = np.array([0.0, 0.0, *[1.0] * 20])
    cut = threshold(p, y)
    assert (p[y == 1] < cut).sum() <= 1 and (p[y == 0] < cut).all()
    # Answerable questions with equal signals share a probability: the cut never splits them,
    # whatever side of it their neighbours in another fold fell.
    tied = np.array([0.1, *[0.68] * 30, *[0.9] * 10])
    cut = threshold(tied, np.ones(len(tied)))
    assert cut < 0.68 and (tied < cut).sum() <= 2
    # Fitted, a large group of answerable questions with equal signals is answered: the cut is
    # below the whole model's probability for it, whatever the folds gave.
    from evaluation.fit import fit_model
    from kb.answer import SIGNALS

    rows = [(1.0, 0.0)] * 40 + [(0.0, 0.0)] * 20 + [(0.0, 0.0)] * 20 + [(0.0, 1.0)] * 20
    x = np.zeros((len(rows), len(SIGNALS)))
    x[:, SIGNALS.index("rare")] = [r for r, _ in rows]
    x[:, SIGNALS.index("unknown_term")] = [u for _, u in rows]
    y = np.array([1.0] * 60 + [0.0] * 40)
    model = fit_model(x, y, ("rare", "unknown_term"))
    assert model.probability({"rare": 0.0, "unknown_term": 0.0}) >= model.threshold


def test_judge_compare_needs_every_place():
    from evaluation.score import judge
    from kb.types import Answer, Citation

    def cite(text):
        return Citation(1, "d", "t", "", "", "", "", text, 1.0)

    item = {
        "question": "q",
        "kind": "compare",
        "places": {"A": {"doc": "a", "keys": ["甲"]}, "B": {"doc": "b", "keys": ["乙"]}},
    }
    both = judge(item, Answer("q", "x", False, [cite("甲"), cite("乙")]), [], lambda d: "zh")
    one = judge(item, Answer("q", "x", False, [cite("甲")]), [], lambda d: "zh")
    assert both.ok and not one.ok and one.missing_places == ["B"]


def test_pinyin_names_are_split_without_backtracking():
    from kb.text import is_pinyin_word

    assert is_pinyin_word("Pingshan") and is_pinyin_word("dianxiaoer")
    assert not is_pinyin_word("texas") and not is_pinyin_word("chicago") and not is_pinyin_word("ohio")
    assert not is_pinyin_word("ei" * 29 + "q")  # a backtracking regex would stall here for minutes


def test_a_rare_title_word_names_its_documents():
    from kb.text import tokenize
    from kb.titles import Titles

    titles = Titles.of(
        [
            _doc("usc", "", title="44 U.S.C. § 3520. Foundations for Evidence-Based Policymaking Act"),
            _doc("sf", "", title="San Francisco open data ordinance"),
            _doc("fds20", "", title="Federal Data Strategy 2020 Action Plan"),
            _doc("fds21", "", title="Federal Data Strategy 2021 Action Plan"),
            _doc("abstract", "", title="政府首席数据官制度:地方试点比较及启示"),
        ]
    )
    assert titles.named_by(tokenize("evidence agency"), 1) == {"usc"}  # a part of a hyphenated word
    assert titles.named_by(["open"], 1) == {"sf"}
    # A kind of document names those of its kind (an ordinance and the U.S. Code are laws) ...
    assert titles.named_by(tokenize("ordinance"), 2) == titles.named_by(["法律"], 2) == {"usc", "sf"}
    # ... and, among the named places' documents, those of them it fits when it is not all of them.
    assert titles.named_by(tokenize("statute"), 1, within={"usc", "fds20", "fds21"}) == {"usc"}
    assert titles.named_by(["plan"], 1, within={"fds20", "fds21"}) == set()
    # A word in more titles than allowed names none of them; 0 turns the channel off.
    assert titles.named_by(["strategy"], 1) == set()
    assert titles.named_by(["strategy"], 2) == {"fds20", "fds21"}
    assert titles.named_by(tokenize("ordinance"), 0) == set()
    assert titles.named_by(["启示", "san"], 1, besides={"san"}) == {"abstract"}
    # a document's number names it as a title word does: "the SHB 1742 law"
    bill = Titles.of(
        [_doc("wa", "", title="AN ACT Relating to agency chief data officers", doc_number="SHB 1742")]
    )
    assert bill.named_by(["shb"], 1) == {"wa"}
    notice = Titles.of(
        [_doc("tj", "", title="Notice on the plan", doc_number="Jin Zheng Ban Fa [2024] No. 23")]
    )
    assert notice.named_by(["ban"], 1) == set()  # a 文号's pinyin syllables name nothing


def test_a_document_kind_is_read_from_its_title_and_issuer():
    from kb.genres import genres_of, only_prescribes

    def kinds(title: str, issuer: str = "") -> set[str]:
        return {g.name for g in genres_of(_doc("d", "", title=title, issuer=issuer))}

    assert kinds("上海市数据条例") == {"law"}
    assert kinds("Connecticut General Statutes Section 4-67p") == {"law"}
    assert kinds("惠州市人民政府办公室关于印发惠州市首席数据官制度试点实施方案的通知") == {"plan", "notice"}
    assert kinds("Federal Chief Data Officers (CDO) Council Report to Congress") == {"report"}
    assert kinds("深圳市政府将设首席数据官", issuer="观察者网") == {"news"}  # a portal reports
    assert only_prescribes(_doc("d", "", title="汕尾市首席数据官制度试点工作实施方案"))
    assert not only_prescribes(
        _doc("d", "", title="《海珠区首席数据官制度试点实施方案》正式印发", issuer="国脉")
    )
    assert not only_prescribes(_doc("d", "", title="About Chief Data Officers"))  # no known kind


def test_how_things_turned_out_is_not_in_a_plan():
    from kb.intents import Speaking, holds_what_is_asked

    plan = [Speaking("到2023年底，全县推广首席数据官制度。", only_prescribes=True)]
    report = [Speaking("The Council was extended by Congress in 2024.")]
    assert not holds_what_is_asked("Did Congress end up extending the Council?", plan)
    assert holds_what_is_asked("Did Congress end up extending the Council?", report)
    assert not holds_what_is_asked("How many units ended up rated as needing improvement?", plan)
    # where a thing ended up among others is the plan's list; the asker's own future is no outcome
    assert holds_what_is_asked("Which districts ended up in the first batch of pilots?", plan)
    assert holds_what_is_asked("I'll probably end up as the data steward: what are my duties?", plan)
    assert not holds_what_is_asked("海丰县最后全县到底有多少个单位设了首席数据官？", plan)
    assert holds_what_is_asked("海丰县计划在多少个单位设首席数据官？", plan)  # what the plan says
    # which unit an assessment rated best is its result; the rules for rating are the plan's
    assert not holds_what_is_asked("哪几个部门被评为优秀？", plan)
    assert not holds_what_is_asked("Which pilot unit was praised for the best CDO performance?", plan)
    assert holds_what_is_asked("Which provincial departments were named in the pilot?", plan)
    # How a plan will work is not how it turned out.
    assert holds_what_is_asked("试点效果如何评估？", plan)
    assert holds_what_is_asked("后来出台的实施细则有哪些要求？", plan)
    assert not holds_what_is_asked("海丰县的试点后来评价结果咋样？", plan)  # 咋样: 怎么样
    assert not holds_what_is_asked("全县推广完了吗？效果咋样？", plan)
    assert holds_what_is_asked("后来印发的细则对CDO咋样要求？", plan)  # how, not how it went
    assert holds_what_is_asked("效果咋样评估？", plan)
    # What an evaluation concluded is stated by a passage that gives a conclusion or finding,
    # not by one saying the evaluation is due.
    due = [Speaking("The Council sunsets 2 years after GAO completes an evaluation, due by 2023.")]
    for stated in (
        "GAO found that the Council improved data sharing.",
        "The study shows that CDOs lack staff.",
    ):
        for concluded in ("What did GAO's evaluation conclude?", "GAO的评估结论是什么？"):
            assert not holds_what_is_asked(concluded, due)
            assert holds_what_is_asked(concluded, [Speaking(stated)])
    # What became of it after a year is not in a document written before that year.
    dated = [Speaking("The Council shall terminate in 2025.", date="2022-12-01")]
    assert not holds_what_is_asked("Did Congress end up extending the Council past 2025?", dated)


def test_a_wrapped_english_line_does_not_end_a_sentence():
    from kb.answer import split_sentences

    text = (
        "Working Groups\n"
        "CDO Council working groups are established through a Council vote and must have a clearly\n"
        "defined scope and deadlines. The Chair named Dan Morgan (Department of\n"
        "Transportation) to be the first Council Vice-Chair.\n"
        "(b) Qualifications\n"
        "Mr. Vought wrote to the U.S. Congress. It was read."
    )
    sentences = [text[a:b].strip() for a, b in split_sentences(text)]
    assert sentences == [
        "Working Groups",  # a short line is a heading, not the start of a wrapped sentence
        "CDO Council working groups are established through a Council vote and must have a clearly\n"
        "defined scope and deadlines.",
        "The Chair named Dan Morgan (Department of\nTransportation) to be the first Council Vice-Chair.",
        "(b) Qualifications",  # an item mark starts its own line
        "Mr. Vought wrote to the U.S. Congress.",  # an abbreviation is no sentence end
        "It was read.",
    ]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab .\n(1)Mr;。，首席", max_size=120))
def test_sentence_spans_are_ordered_and_inside_the_text(text):
    from kb.answer import split_sentences

    spans = split_sentences(text)
    assert all(0 <= a < b <= len(text) for a, b in spans)
    assert all(b1 <= a2 for (_, b1), (a2, _) in pairwise(spans))


def _compose(question: str, kind: str, hits_chunks: list[Chunk], doc: Document, asked=frozenset()):
    """The extractive answer of `hits_chunks` (ranked as given), every word used by the corpus."""
    from kb.answer import Answerer
    from kb.params import AnswerParams
    from kb.relevance import Relevance
    from kb.retrieve import Query
    from kb.text import content_tokens, is_chinese

    relevance = Relevance(lambda token: 1, lambda: 10, translated_credit=0.5)
    tokens = content_tokens(question)
    query = Query(
        question, tokens, np.zeros(2), is_chinese(question), weighed=relevance.weigh(tokens, []), kind=kind
    )
    hits = [Hit(c, 1.0 / n) for n, c in enumerate(hits_chunks, start=1)]
    answerer = Answerer(relevance, "fake", AnswerParams())
    return answerer.compose(query, hits, {doc.doc_id: doc}, True, kind, asked=asked)


def test_the_place_a_question_names_does_not_choose_the_sentence():
    """Every sentence of 广州's plan speaks for 广州: the preamble that names the city is no nearer
    "广州要建几级的首席数据官制度" than the goal that never names it."""
    text = (
        "为进一步深化广州“数字政府”改革建设，结合广州实际，制定本方案。"
        "建立市区两级、市各有关部门联动的首席数据官制度，加强数据资源管理。"
    )
    doc, _ = make_doc("gz", [text], region="广州市", language="zh-Hans")
    chunk = Chunk("gz", 0, text, 0, len(text), "(二)工作目标")
    from kb.answer import Answerer
    from kb.params import AnswerParams
    from kb.relevance import Relevance
    from kb.retrieve import Query
    from kb.text import content_tokens

    question = "广州要建几级的首席数据官制度？"
    relevance = Relevance(lambda token: 1, lambda: 10, translated_credit=0.5)
    tokens = content_tokens(question)
    query = Query(question, tokens, np.zeros(2), True, weighed=relevance.weigh(tokens, []), kind="what")
    query.places = ["广州市"]
    answer = Answerer(relevance, "fake", AnswerParams(second_sentence_ratio=1.0)).compose(
        query, [Hit(chunk, 1.0)], {"gz": doc}, True, "what"
    )
    assert answer.answer.startswith("建立市区两级")


def test_passages_sharing_no_word_with_the_question_never_answer_it():
    """ "What is the best recipe for dumplings?" shares no word with any passage, yet e5 finds the
    corpus's "best practices" near it; the fitted model never saw such a question."""
    from kb.answer import Answerer
    from kb.params import tuned
    from kb.relevance import Relevance

    answerer = Answerer(Relevance(lambda token: 1, lambda: 10, 0.5), "e5", tuned().answer)
    near = {
        "coverage": 0.0,
        "rare": 0.0,
        "unknown": 0.5,
        "unknown_term": 0.0,
        "dense": 0.95,
        "agree": 1.0,
        "topic": 1.0,
    }
    assert not answerer.answers({**near, "place_miss": 0.0})
    assert answerer.answers({**near, "coverage": 0.9, "rare": 1.0, "unknown": 0.0, "place_miss": 0.0})


def test_a_sentence_is_read_under_its_headings():
    """Asked "想达到啥目标", the goal clause says 建立…制度 and no 目标; its heading says 工作目标."""
    from kb.dimensions import question_dimensions

    title = "海丰县首席数据官制度试点实施方案"
    scope = "海丰县选择条件较成熟的镇、部门试点探索首席数据官制度,试点范围如下:海城镇等11个单位。"
    goal = "建立县、镇两级首席数据官制度,以数据共享开放推动数据资源开发利用。"
    doc, _ = make_doc("plan", [scope, goal], region="海丰县", language="zh-Hans")
    chunks = [
        Chunk("plan", 0, scope, 0, len(scope), f"{title} > 四、实施计划"),
        Chunk("plan", 1, goal, len(scope) + 1, len(scope) + 1 + len(goal), f"{title} > 二、工作目标"),
    ]
    question = "海丰县搞这个首席数据官制度,到底想达到啥目标?"
    answer = _compose(question, "goal", chunks, doc, question_dimensions(question, "goal"))
    assert answer.answer.startswith("建立县、镇两级首席数据官制度"), answer.answer


def test_a_sentence_of_the_asked_shape_answers_within_the_shape_ratio():
    """Asked by when, the clause with the date answers, though the one before it repeats more of
    the question's words (kb.params.AnswerParams.shape_sentence_ratio, fitted)."""
    from kb.answer import Answerer
    from kb.params import AnswerParams
    from kb.relevance import Relevance
    from kb.retrieve import Query
    from kb.text import content_tokens

    text = "海丰县在全县试点镇和部门推广首席数据官制度。争取2023年年底完成全县推广。"
    doc, chunks = make_doc("plan", [text], region="海丰县", language="zh-Hans")
    question = "海丰县的首席数据官制度什么时候在全县推广完成?"
    relevance = Relevance(lambda token: 1, lambda: 10, translated_credit=0.5)
    tokens = content_tokens(question)
    query = Query(question, tokens, np.zeros(2), True, weighed=relevance.weigh(tokens, []), kind="when")
    hits = [Hit(chunks[0], 1.0)]

    def answer(params: AnswerParams) -> str:
        return (
            Answerer(relevance, "fake", params).compose(query, hits, {doc.doc_id: doc}, True, "when").answer
        )

    assert "2023年年底" not in answer(AnswerParams(second_sentence_ratio=0.9))
    assert "争取2023年年底完成全县推广。" in answer(
        AnswerParams(second_sentence_ratio=0.9, shape_sentence_ratio=0.1)
    )


def test_a_title_line_is_never_an_answer_sentence():
    """ "南京市城市数字治理若干规定(草案)" heads a draft; its bracket is not a sentence's end."""
    from kb.answer import is_heading

    chunk = Chunk("d", 0, "x", 0, 1, "")
    assert is_heading("南京市城市数字治理若干规定(草案)", chunk)
    assert is_heading("企业首席数据官制度建设指南（试行）", chunk)
    assert not is_heading("由本部门负责人担任。）", chunk)  # a sentence closes before its bracket
    assert is_heading("(牵头单位:县政务服务数据管理局)", chunk)  # a label under its clause


def test_a_wrapped_sentence_is_shown_on_one_line():
    text = (
        "The Council Chair named Dan Morgan of the Department of Transportation, a long-time\n"
        "data leader, to be the first Council Vice-Chair of the Federal CDO Council."
    )
    doc, chunks = make_doc("us", [text], region="United States", language="en")
    answer = _compose("Who is the first Vice-Chair of the CDO Council?", "who", chunks, doc)
    assert "a long-time data leader, to be the first Council Vice-Chair" in answer.answer


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("广东省那个首席数据官制度试点工作方案,是哪年哪天印发下来的?", True),
        ("惠州市首席数据官制度试点实施方案是哪天发的文?", True),
        ("When was the CDO Council charter adopted?", True),
        ("试点单位要在什么时候前出台工作方案?", False),  # a deadline, not a date of issue
        ("By what date did Nanjing want comments on its draft?", False),
        ("首席数据官什么时候报送半年度总结?", False),
        ("When must agencies publish their data inventory?", False),
        ("这个方案是谁印发的?", False),  # who, not when
    ],
)
def test_a_question_about_when_a_document_was_issued(question, wanted):
    from kb.intents import wants_issue_date

    assert wants_issue_date(question) is wanted


def test_the_date_of_issue_is_the_named_documents_own():
    from kb.intents import issue_date_line
    from kb.text import tokenize

    news, _ = make_doc("news", ["x"], title="海丰县首席数据官试点新闻", date="2023-02-01")
    plan, _ = make_doc("plan", ["y"], title="海丰县首席数据官制度试点实施方案", date="2023-01-03")
    undated, _ = make_doc("undated", ["z"], title="某方案", date="2023")
    hits = [Hit(Chunk(d.doc_id, 0, "t", 0, 1), 1.0) for d in (news, plan, undated)]
    documents = {d.doc_id: d for d in (news, plan, undated)}
    words = tokenize("海丰县首席数据官制度试点实施方案是哪天印发的？")
    [(line, chunk)] = issue_date_line(hits, documents, words, [], chinese=True)
    assert line == "《海丰县首席数据官制度试点实施方案》的日期：2023年1月3日" and chunk.doc_id == "plan"
    [(line, _)] = issue_date_line(hits, documents, [], [], chinese=False)
    assert line == "海丰县首席数据官试点新闻 is dated 1 February 2023"  # says whose date it is
    assert issue_date_line(hits[2:], documents, [], [], chinese=True) == []  # a year alone is no date
    # Asked in English, the document whose title is most made of the words' translations: the
    # plan, not the news item whose longer title also holds 海丰县 and 首席数据官.
    translated = [("海丰", "海丰县"), ("首席数据官",), ("方案", "计划"), ("实施",)]
    [(line, _)] = issue_date_line(hits, documents, ["haifeng", "plan"], translated, chinese=False)
    assert line.startswith("海丰县首席数据官制度试点实施方案 is dated 3 January 2023")
    # Of titles holding as many translations, the shorter: the news item's long title names
    # more than its subject.
    regulation, _ = make_doc("reg", ["r"], title="北京市数字经济促进条例", date="2022-11-25")
    report, _ = make_doc(
        "report",
        ["n"],
        title="北京将推进首席数据官制度 (news report on the 北京市 plan, 经济和信息化局)",
        date="2023-12-10",
    )
    pair = [Hit(Chunk(d.doc_id, 0, "t", 0, 1), 1.0) for d in (report, regulation)]
    by_id = {d.doc_id: d for d in (report, regulation)}
    beijing = [("北京", "北京市"), ("经济",), ("条例", "规章")]
    [(line, _)] = issue_date_line(pair, by_id, ["beijing", "regulation"], beijing[:2], chinese=False)
    assert line.startswith("北京市数字经济促进条例 is dated")


def test_a_question_names_a_document_by_a_title_word_in_the_other_language(fake_kb):
    """数据技能工作组 names the Data Skills Working Group's charter: the title channel reads the
    question's translated words too, so a Chinese question finds the English document it names."""
    for doc_id, title in (
        ("sharing", "Data Sharing Working Group Charter"),
        ("skills", "Data Skills Working Group Charter"),
        ("operations", "Operations Working Group Charter"),
        ("playbook", "Data Governance Playbook"),
    ):
        text = f"The {title} sets how often the working group meets."
        fake_kb.add_document(
            Document(doc_id=doc_id, title=title, text=text, content_hash=doc_id, language="en"),
            [Chunk(doc_id, 0, text, 0, len(text), "Meetings")],
        )
    retriever, _ = fake_kb._question_view()
    assert retriever.prepare("数据技能工作组的章程是怎么规定的？").titled == {"skills"}
    assert retriever.prepare("What does the Data Skills Working Group charter say?").titled == {"skills"}


def test_an_amount_is_answered_only_by_a_passage_that_states_one(fake_kb):
    """ "How much funding" with no figure in any passage is "not found" with the closest clauses,
    however well the words match; a passage with a figure in the asked unit answers it."""
    from kb.intents import asked_amount, states_amount

    assert asked_amount("深圳首席数据官试点一共拨了多少专项经费？") == "money"
    assert asked_amount("江苏企业首席数据官的年薪一般定多少？") == "money"
    assert asked_amount("What's the typical salary of an agency CDO?") == "money"
    assert asked_amount("How much is the monthly workload allowance paid to data specialists?") == "money"
    # a weight is a share, not a sum; points are an assessment's, stated only as a number of them
    assert asked_amount("How much weight does it carry in a subsidiary's annual assessment?") == "share"
    assert asked_amount("首席数据官工作在年度综合考核里占多少分？") == "points"
    assert asked_amount("评为一般的单位要被扣多少分？") == "points"
    assert asked_amount("首席数据官一般是几分管领导？") is None and asked_amount("一共分几批试点？") is None
    for other in ("有多少分支机构？", "心里有几分把握", "会扣几个月绩效吗", "如何提高数据共享的占比"):
        assert asked_amount(other) is None, other
    assert not states_amount("points", "8时30分开会") and states_amount("points", "迟报一次扣一分")
    assert states_amount("share", "占三分之一") and states_amount("share", "weighted at one third")
    assert states_amount("points", "数据共享开放占20分") and not states_amount("points", "得分（占60%）")
    assert states_amount("share", "权重不低于10%") and not states_amount("share", "作为重要参考")
    assert asked_amount("How much time does the CDO have to submit the budget request?") is None
    assert asked_amount("How many hours of training per year must a township CDO complete?") == "hours"
    assert asked_amount("深圳给每个试点区配了多少专项工作经费?") == "money"
    assert asked_amount("Do pilot companies get any subsidy or cash reward, and how much?") == "money"
    assert asked_amount("How much funding did the city set aside?") == "money"
    assert asked_amount("市财政给每个试点单位安排了多少试点工作经费？") == "money"
    assert asked_amount("会不会被扣绩效奖金？一般扣多少？") == "money"  # asked in the next breath
    assert asked_amount("Is there a special allowance for the role, and if so how much?") == "money"
    assert asked_amount("经费保障怎么安排？有多少部门参与？") is None  # a count after the money
    assert asked_amount("首席数据官能拿多少年薪？") == "money"
    assert asked_amount("运行经费预算大概是多少美元？") == "money"  # a currency after 多少
    assert asked_amount("工资一般是多少呢？") == "money"
    assert asked_amount("有多少城市出台补贴政策？") is None  # a count of cities
    assert asked_amount("经费从哪里来？") is None  # where from, not how much
    assert asked_amount("有多少个单位获得奖励？") is None  # how many units
    assert asked_amount("有多少企业获得了补贴？") is None
    assert asked_amount("奖励分为几类？") is None
    assert asked_amount("How much time should a CDO spend on data governance?") is None
    assert asked_amount("Funding aside, how much authority does the CDO have?") is None
    assert asked_amount("How much does the council rely on working groups?") is None
    # A spending verb makes "how much" a sum; currencies of other countries count.
    assert asked_amount("How much did the city spend on building its data platform?") == "money"
    assert asked_amount("How much does the new post cost a year?") == "money"
    assert asked_amount("How much does the CDO pay attention to data quality?") is None
    assert asked_amount("这个岗位一年要花多少英镑？") == "money"
    # the sum's level or an extra one, other currencies, a range or a figure asked (unseen batches)
    assert asked_amount("试点单位每家能拿到多少省级补助资金？") == "money"
    assert asked_amount("各部委的首席数据官每个月额外能拿多少塞地的津贴？") == "money"
    assert asked_amount("有没有规定专门的岗位津贴或者补贴？一个月大概能拿多少？") == "money"
    assert asked_amount("首席数据官的年薪大概在什么范围？") == "money"
    assert asked_amount("Does the list say how many yuan each unit gets for its CDO office?") == "money"
    assert asked_amount("How many rand did Cape Town budget for the Office of the CDO?") == "money"
    assert asked_amount("Does the plan put an actual yuan figure on the funding?") == "money"
    assert asked_amount("any extra allowance for the role, and if so how much per month?") == "money"
    assert asked_amount("How many rounds of interviews are there?") is None
    assert asked_amount("补贴范围包括哪些单位？") is None  # which units, not how much
    assert states_amount("money", "a salary band of R1.2 million, about 1,200,000 rand")
    assert states_amount("money", "a salary of £95,000") and states_amount("money", "预算为50万英镑")
    assert states_amount("money", "about 1.2 million pounds")
    # a turnover, an output value or a threshold that sorts projects is no sum spent or paid
    assert not states_amount("money", "电子商务年交易额达46.11亿元,信息服务业产值超78亿元。")
    assert not states_amount("money", "投资额度在30万元以上的信息化项目,需经首席数据官审核。")
    assert states_amount("money", "给予每个不超过50万元的资金支持") and states_amount(
        "money", "The FY 2025-26 cost is $135,400."
    )
    assert states_amount("money", "Salary: $182,560.00 - $251,020.00 Annually")
    assert states_amount("money", "Remuneration: £95,000") and not states_amount(
        "money", "The city's digital economy revenue reached $2 billion."
    )
    assert states_amount("money", "安排专项资金500万元") and states_amount("money", "a $1.5 million budget")
    assert states_amount("money", "每人补贴三千元") and states_amount("hours", "每年培训不少于40学时")
    assert states_amount("hours", "at least eight hours of data governance training each year")
    assert not states_amount("money", "(三)资金保障。统筹安排首席数据官工作经费。")
    # a term tied to another body's answers how long it runs
    assert states_amount("term", "任期三年") and states_amount("term", "任期与本届经理层任期一致")
    # People or time put in are no amount of money.
    assert asked_amount("投入多少人员？") is None and asked_amount("要花多少时间？") is None
    assert asked_amount("How much time does a CDO spend on data governance?") is None
    # Years of experience a post asks for, stated as 五年以上 or "five years".
    assert asked_amount("对CDO任职资格有没有要求几年以上的数据管理工作经验？") == "years"
    assert asked_amount("How many years of experience must an enterprise CDO have?") == "years"
    assert asked_amount("试点要搞几年？") is None  # how long the pilot runs, not experience
    # a term asked of an appointment, and how long a holder serves
    assert asked_amount("这个任命有没有规定任期，几年一换？") == "term"
    assert asked_amount("How many years does a designated CDO serve before a new one is named?") == "term"
    assert asked_amount("How long does the CDO have to submit the report?") is None
    assert asked_amount("How long does it take to serve a data request?") is None
    assert states_amount("years", "具有5年以上数据管理工作经验") and states_amount(
        "years", "at least five years"
    )
    assert not states_amount("years", "具有较强的数据管理能力和丰富的工作经验")
    # How long a term runs; an allowance and then a count of batches asks no amount.
    assert (
        asked_amount("首席数据官一届任期几年啊？") == "term" == asked_amount("How long is the chair's term?")
    )
    assert states_amount("term", "The Chair will serve a term of 2 years") and states_amount(
        "term", "任期两年"
    )
    assert not states_amount("term", "首席数据官任期内应当履职尽责")
    assert asked_amount("有没有岗位津贴？试点单位有几批？") is None
    assert asked_amount("需要几年工作经验？") == "years" and states_amount("years", "具有5年数据管理工作经验")
    assert states_amount("years", "工作年限不少于3年")
    assert states_amount("term", "appointed for a term of office of four years")
    assert asked_amount("经费从哪里来？有多少个单位获得奖励？") is None
    # whether there is a term and how long: 有没有任期, 几年一届, "a fixed term" (unseen batches)
    assert asked_amount("机构CDO有没有任期？比如干满三年要不要重新指定？") == "term"
    assert asked_amount("对首席数据官任期有规定吗？几年一届，能不能连任？") == "term"
    assert asked_amount("does it say how long a CDO's term is (like 3 yrs?)") == "term"
    assert asked_amount("Does RMG 416 set a fixed term for the CDO appointment?") == "term"
    assert states_amount("term", "首席数据官三年一届") and states_amount("term", "每届三年")
    assert states_amount("term", "The CDO is designated for a period of three years")
    assert asked_amount("首席数据官任期内要完成哪些任务？") is None
    assert asked_amount("How many continuing-education credit hours does the training count for?") == "hours"

    plan = [
        "(一)设立县首席数据官一名,由分管政务服务数据管理工作的县政府领导兼任。",
        "(三)资金保障。县财政统筹安排首席数据官制度试点工作经费。",
    ]
    fake_kb.add_document(*make_doc("haifeng", plan, region="海丰县", language="zh-Hans"))
    answer = fake_kb.ask("海丰县首席数据官试点的工作经费一共安排了多少钱？")
    assert answer.no_answer and answer.citations and all(c.closest for c in answer.citations)
    assert not fake_kb.ask("海丰县首席数据官由谁兼任？").no_answer


def test_a_lead_phrase_is_read_with_the_sentences_after_it():
    """ "二是配齐部门首席数据官,选准排头兵。" heads its paragraph; the count is in the next sentence,
    which never says 部门首席数据官 as one word: the answer quotes that one."""
    report = (
        "一是设立政府首席数据官,明确领头人。在市县政府分别设立由政府分管领导担任的政府首席数据官。"
        "二是配齐部门首席数据官,选准排头兵。在市级部门(单位)选拔有大数据专业背景的领导干部44名,担任首席数据官。"
    )
    doc, _ = make_doc("report", [report], region="巴中市", language="zh-Hans")
    chunk = Chunk("report", 0, report, 0, len(report), "一、科学设岗定责")
    answer = _compose("巴中市级部门一共选了多少个部门首席数据官?", "how_many", [chunk], doc)
    assert answer.answer.startswith("在市级部门(单位)选拔") and "二是" not in answer.answer


def test_word_weights_are_summed_in_one_order_in_every_process():
    """The same question got another sentence after a restart: word weights were summed in the
    order of a set, which changes with Python's hash seed, and near-equal scores swapped places."""
    import os
    import subprocess
    import sys

    program = (
        "from kb.relevance import Relevance\n"
        "r = Relevance(lambda t: len(t), lambda: 50, 0.5)\n"
        "w = r.weigh(['首席数据官', '理事会', '第一任', '主席', 'chair', 'vice'], [])\n"
        "print(list(w.content), repr(sum(w.content.values())))\n"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", program],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
        ).stdout
        for seed in range(4)
    }
    assert len(runs) == 1


def test_a_search_held_to_one_places_documents_ranks_by_the_rest_of_the_question(fake_kb):
    """Held to 海丰's documents (one place of a comparison), every passage is 海丰's: the place's
    name ranks nothing in the keyword ranking of those documents, the rest of the question does."""
    from kb.retrieve import Rankings

    paragraphs = [
        "海丰县各镇、海丰县各部门按照海丰县的部署推进。",
        "首席数据官培训由县政务服务数据管理局组织。",
    ]
    fake_kb.add_document(*make_doc("haifeng", paragraphs, region="海丰县", language="zh-Hans"))
    for city in ("深圳市", "广州市", "惠州市"):  # 培训 is common, 海丰县 rare: unheld, the name wins
        fake_kb.add_document(
            *make_doc(city, [f"{city}组织首席数据官培训。"], region=city, language="zh-Hans")
        )
    retriever, _ = fake_kb._question_view()
    query = retriever.prepare("海丰县的培训呢？")
    keyword = {held: retriever._within(query, {"haifeng"}, Rankings(), held)[-1][0] for held in (True, False)}
    assert keyword == {True: "haifeng#1", False: "haifeng#0"}


def test_a_name_a_company_or_a_document_number_is_answered_only_by_a_passage_holding_one():
    """Documents name the role that holds a post (由市长兼任), not the person; a question asking
    for the name gets the closest clauses, labelled so, not the role's clause as if it named them."""
    from kb.intents import (
        Speaking,
        asked_amount,
        asked_for,
        asked_post,
        asks_person_name,
        holds_what_is_asked,
        names_person,
    )

    assert asks_person_name("巴中市现在的政府首席数据官是谁?叫什么名字?")
    assert asks_person_name("Can you give me the names of the CDOs appointed in Huizhou?")
    assert not asks_person_name("海丰县的首席数据官一般是哪位领导兼任?")  # a role, not a name
    assert not asks_person_name("区里设的那个数据联络人岗位叫什么？")  # its title
    assert not asks_person_name("现任首席数据官需要履行哪些职责？")  # the post's duties
    # who holds it now: the person, not the rule that says who shall
    assert asks_person_name("Who is San Francisco's chief data officer right now? I need it for my slides.")
    assert asks_person_name("Who is Austin's CDO now?") and asks_person_name("目前海丰县的首席数据官是谁？")
    assert not asks_person_name("Who is appointed as CDO now that the plan is out?")
    assert not asks_person_name("Who is eligible to be CDO now?")
    assert not asks_person_name("Who is the CDO reporting to right now?")
    assert not asks_person_name("Who currently is responsible for the open data plan?")
    assert not asks_person_name("目前海丰县的首席数据官一般是哪位领导兼任？")
    assert not asks_person_name("现在首席数据官是谁来担任？")
    assert not asks_person_name("Who is the CDO of Haifeng?")  # whoever the plan makes it
    assert not asks_person_name("Who gets the CDO post? Bazhong seems to name a specific leader")
    assert asks_person_name("Who is Connecticut's current Chief Data Officer?")  # the person now
    assert asks_person_name("Who did the mayor actually appoint as the city's first CDO?")
    assert not asks_person_name("Who did the Council consult?")
    assert names_person("市委副书记、市长张三表示,") and names_person("李明同志任首席数据官")
    assert names_person("Respectfully, Ted Kaouk Chair")
    assert not names_person("由市长兼任首席数据官。") and not names_person("Department of Homeland Security")
    assert names_person("Writing up the plan fell to Li Xiangying of the bureau.")
    assert names_person("Mayor Li Xiangying said") and names_person("Jane Brown said")  # pairs overlap
    assert names_person("Source: OMB. Ted Kaouk chairs the council.")  # a sentence, not a byline
    # Near the post asked about, a name written only after another title holds that title: the
    # bureau's director quoted in a report on the CDOs is not the CDO.
    cdo = asked_post("宜昌现在的市首席数据官叫啥名字？")
    quoted = "“现在有了首席数据官，共享有了一把手。”市数据局局长覃立新介绍，截至7月底"
    assert not names_person(quoted, post=cdo) and names_person(quoted)
    assert names_person("副市长李强担任市首席数据官。", post=cdo)  # the title's holder takes the post
    assert names_person("首席数据官张明表示，要加强共享。", post=cdo)
    # ... and a chairman signing a resolution on the CDO post is not the CDO asked for
    signed = "ESTABLISHING THE POSITION OF CHIEF DATA OFFICER\n/s/ Thomas Alcott, Chairman of the Board"
    assert not names_person(signed, post=cdo)
    assert names_person(signed, post=asked_post("Who chaired the board that created the CDO post?"))
    presenter = (
        "Presenter: | Lauren Okafor, Chief Information Officer\nEstablish the Position of Chief Data Officer"
    )
    assert not names_person(presenter, post=cdo) and names_person(presenter)
    assert names_person("The County Manager appointed Jane Roe, Chief Data Officer, on 1 July.", post=cdo)
    # a run of capitalised words with no person's title in it names a thing, not a person
    attachments = "3. 2024 Enterprise Data Maturity Assessment - Executive Summary.pdf, 5. Budget Reallocation Worksheet.xlsx"
    assert not names_person(attachments)
    assert names_person("Chief Data Officer Jane Roe will lead.", post=cdo)
    for holder in (
        "市首席数据官、副市长李强表示，要加强共享。",  # the post in the same sentence as the other title
        "副市长李强（市首席数据官）表示",
        "The Mayor named Jane Roe, Deputy CIO, as the City's Chief Data Officer.",
        "Jane Roe, PhD, has been named the Chief Data Officer.",
        "Jane Roe, Boston, will serve as CDO.",
        "CDO Jane Roe will lead",
        "Shenzhen CDO Li Xiangying said",
        "Yesterday Jane Roe was appointed CDO.",
    ):
        assert names_person(holder, post=cdo), holder
    assert names_person("The council is chaired by Ted Kaouk, USDA.", post=asked_post("Who chairs it?"))
    # A place is not a person, nor is the byline of a news item its subject.
    assert not names_person("Huizhou City, Guangdong Province, and Boluo County are piloted.")
    assert not names_person(
        "…reform.\nSource: Huizhou Daily\nWriting: Li Xiangying Correspondent Zhang Jinjin"
    )
    assert not names_person("全面推开。\n来源：惠州日报 记者：李湘莹 通讯员：张津津")
    # Who came to hold a post is a person; one the question names already is not the answer.
    replaced = "Who replaced Jane Roe as the council's vice-chair?"
    assert asks_person_name(replaced) and asks_person_name("数据局的第一任首席数据官是谁？")
    assert not holds_what_is_asked(replaced, [Speaking("Respectfully, Jane Roe, Vice-Chair")])
    assert holds_what_is_asked(replaced, [Speaking("Mr. Lee Park succeeded her as vice-chair.")])
    # Who it was (past tense) asks a person, named near the post asked about; who is appointed
    # asks the rule. A place written as two capitalised words is not a person.
    first = "Who was named as the city's first Chief Data Officer?"
    assert asks_person_name(first) and asks_person_name("Who was serving as the state CDO in 2018?")
    assert asks_person_name("谁是第一任首席数据官？") and asks_person_name("Who was the very first chair?")
    for rule in (
        "Who is appointed as the city's Chief Data Officer?",
        "Who is responsible for keeping the current data inventory?",  # no post
        "Who was selected as the lead unit?",
        "Who were chosen as pilot units?",
    ):
        assert not asks_person_name(rule), rule
    mayor = Speaking("In 2009, Mayor Gavin Newsom issued an Executive Directive promoting Open Data.")
    assert names_person(mayor.text) and not holds_what_is_asked(first, [mayor])
    assert not names_person("The San Francisco Chief Data Officer post was created in 2014.")
    assert names_person("张伟同志任市CDO。", post=cdo)  # CDO beside Chinese characters is a post
    # a roster's cell that holds a name alone names a person; a cell that holds a word does not
    # the start of a body's name, or a word beside a month, is no person (unseen batches 12, 15)
    assert not names_person("submit to the Governor and to the Legislative Finance Committee a report")
    assert not names_person("Report to: Resources and Governance Scrutiny Committee - 14 November 2024")
    assert names_person("| 3 | 拉萨市公安局 | 李晓东 | 市公安局党委委员、副局长 |")
    assert not names_person("| 高校 | 医院 |")
    # names sent in by a date are what the deadline is for, not a name asked
    assert not asks_person_name("By what date did units have to file the names of their CDO?")
    assert names_person(
        "Ted Kaouk chaired the Council in its first year.", post=asked_post("Who chaired the Council first?")
    )
    assert holds_what_is_asked(first, [Speaking("The Mayor appointed Jane Brown as the first CDO.")])
    assert not holds_what_is_asked(
        "旧金山第一任首席数据官是谁？", [Speaking("The Mayor shall appoint a CDO for San Francisco.")]
    )
    assert holds_what_is_asked(
        "美国联邦首席数据官理事会的第一任主席是谁?",
        [Speaking("OMB selected Ted Kaouk (U.S. Department of Agriculture) as the inaugural Chair.")],
    )
    role = [Speaking("政府首席数据官由市长兼任。", "一、组织体系", "2022-05-01", "巴中方案")]
    assert not holds_what_is_asked("巴中市的首席数据官叫什么名字?", role)
    assert holds_what_is_asked("巴中市的首席数据官由谁兼任?", role)
    assert not holds_what_is_asked("Which company was contracted to build the platform?", role)
    # A penalty asked is answered only by a passage stating one.
    deadline = [Speaking("试点企业应于年底前完成首席数据官制度建设。")]
    assert not holds_what_is_asked("If a company misses the deadline, what penalty does it face?", deadline)
    assert not holds_what_is_asked("没按时完成会受到什么处罚？", deadline)
    stated = [Speaking("违反本条例规定的，由上级主管部门责令改正；情节严重的，依法给予处分。")]
    assert holds_what_is_asked("没按时完成会受到什么处罚？", stated)
    assert "penalty" in asked_for("What disciplinary action applies?").topics
    assert "penalty" not in asked_for("Does the CDO lead a multi-disciplinary team?").topics
    assert "penalty" not in asked_for("首席数据官免职后需要备案吗？").topics
    assert not asked_for("哪些国有企业需要设立首席数据官？").company
    # a firm or a university asked by what kind it is (unseen batches)
    assert asked_for("社区数据网格员是从哪家外包公司招的？").company
    assert asked_for("Which third-party firm did the bureau hire for the evaluation?").company
    assert asked_for("研修班是跟哪所高校合作办的？").company
    assert not asked_for("Which agency leads data sharing?").company
    assert asked_for("授权运营试点最后选定的是哪几家运营企业？").company  # a kind of firm between
    assert not asked_for("Which companies are eligible to apply for the first batch?").company  # a kind
    assert not asked_for("Which firms must appoint a CDO?").company
    assert (
        not asked_for("哪些类型的企业可以申请试点？").company
        and not asked_for("哪些行业企业纳入了试点范围？").company
    )
    assert asked_for("Which companies can I contact for CDO training?").company
    assert asked_amount("How much does the CDO pay attention to data quality?") is None
    assert asked_for("Does the policy say how much extra pay an Agency CDO receives?").unit == "money"
    assert holds_what_is_asked("研修班是跟哪所高校合作办的？", [Speaking("区数据局联合青岛大学举办研修班。")])
    # 到底 asks how things turned out only before such words, not as an intensifier
    assert asked_for("试点最后到底怎么样了？").outcome
    assert asked_for("海丰县最后全县到底有多少个单位设了首席数据官？").outcome
    assert not asked_for("新会区那个首席数据官考核，结果出来之后到底拿来干嘛？").outcome
    assert not asked_for("机构之间的数据纠纷最后到底谁拍板？").outcome
    assert holds_what_is_asked("哪家公司承建的平台?", [Speaking("由某某科技有限公司承建。")])
    assert not holds_what_is_asked("达州的方案文号是多少?", role)
    assert holds_what_is_asked("达州的方案文号是多少?", [Speaking("x", number="达府办函〔2021〕12号")])
    assert holds_what_is_asked("What is its document number?", [Speaking("印发《方案》(川办发〔2022〕3号)")])
    # Who holds a role: a clause naming a holder, not the plan's preamble (a copy cut before
    # its organisation section).
    preamble = [Speaking("为推进我市数字政府改革建设，结合我市工作实际，制定本方案。")]
    assert not holds_what_is_asked("汕尾市首席数据官由谁担任？", preamble)
    assert holds_what_is_asked("汕尾市首席数据官由谁担任？", role)


def test_names_asked_and_named_and_what_is_not_a_name():
    from kb.intents import asked_for, asks_person_name, persons_in

    assert asks_person_name("who's in the CDO job right now? need the person's name for a speaker invite")
    # a titled name followed by the post it takes: 副总经理陈立峰为集团首席数据官
    assert persons_in("正式宣布聘任集团党委委员、副总经理陈立峰为集团首席数据官") == {"陈立峰"}
    assert persons_in("由副市长担任首席数据官") == frozenset()
    assert persons_in("首席数据官任期为三年，可以连任。") == frozenset()  # 任期 is a word, not a name
    # a post's title, a law's name or a hyphenated word's tail is no one's name
    assert (
        persons_in("membership includes the Chief Privacy Officer and the VA Statistical Official")
        == frozenset()
    )
    assert (
        persons_in("It implements the Foundations for Evidence-Based Policymaking Act of 2018.")
        == frozenset()
    )
    # a capitalised word the text also writes in lower case is an ordinary word there, and a
    # post's title opens with a rank; not an e-mail's lower-case surname (Written from unseen batches)
    assert (
        persons_in("Directorate Data Leads nominated April 2025; data quality standard approved; data board")
        == frozenset()
    )
    # ... twice: a surname that is also a word, written once so (not a long-term plan's)
    assert persons_in("Priya Long was appointed. It is a long process and a long-term plan.") == {
        "priya long"
    }
    assert persons_in("the Chief Operating Officer attends") == frozenset()
    assert persons_in("Deputy Jane Roe chairs it; write to j.roe@example.gov or roe@example.gov") == {
        "jane roe"
    }
    assert not asks_person_name("市首席数据官现在是谁在当？")  # a post answers it: 暂由市数据局局长兼任
    assert not asks_person_name("Who is currently responsible for data sharing?")  # a body or post
    assert not asks_person_name("Who is the person responsible for approving data sharing agreements?")
    # what befalls a late or missing report is a penalty asked for, and a deduction one stated
    assert "penalty" in asked_for("对季度报表迟报漏报的单位怎么处理？会扣绩效考核分吗").topics
    assert "penalty" not in asked_for("季度报表什么时候报？").topics
    assert "penalty" not in asked_for("数据扣除敏感部分后如何共享").topics  # the 分 of 部分
    assert "penalty" not in asked_for("数据共享申请逾期未答复的，如何处理？").topics  # a procedure


def test_money_a_contact_or_a_credential_asked_is_answered_only_by_a_passage_speaking_of_it():
    """Written from unseen batches: 有没有专项经费 asked of a bulletin that never mentions money, an
    e-mail address asked of a clause that names none, a certificate asked of a list of conditions."""
    from kb.intents import Speaking, asked_for, holds_what_is_asked

    funds = "澧县这边首席数据官履职有没有专项工作经费或者补贴标准？"
    bonus = "Is the city offering relocation assistance or a signing bonus for the CDO post?"
    exam = "Does the agency CDO need a professional certification, or pass an exam, before designation?"
    assert [asked_for(q).topics for q in (funds, bonus, exam)] == [{"money"}, {"money"}, {"credential"}]
    for plain in (
        "首席数据官的职责是什么？",
        "Who designates the agency CDO?",
        "首席数据官每年要述职吗？",
        # the topic's word in another sense (a cold review's examples)
        "政务邮箱系统由谁负责管理？",
        "What does the records policy say about email retention?",
        "To what degree does the CDO oversee agency data?",
        "Which agency licenses data brokers?",
        "各预算单位是否需要设立首席数据官？",
        "Does the CDO sit on the budget committee?",
        "Who funds the Office of the CDO?",
    ):
        assert asked_for(plain).topics == frozenset(), plain
    # a sum is written as one: 元 of 元数据 is no money, a year range no telephone number
    assert not holds_what_is_asked(funds, [Speaking("各单位应加强元数据管理。")])
    assert not holds_what_is_asked(
        "数据专员的联系电话是多少？", [Speaking("《2021-2025年规划》于2024-06-30印发")]
    )
    bulletin = [Speaking("县数据局按季度通报各单位首席数据官工作推进情况，通报结果纳入县绩效评估。")]
    assert not holds_what_is_asked(funds, bulletin)
    assert holds_what_is_asked(funds, [*bulletin, Speaking("县财政每年安排首席数据官工作经费20万元。")])
    posting = [Speaking("The City offers a comprehensive package of health and pension plans.")]
    assert not holds_what_is_asked(bonus, posting)
    assert holds_what_is_asked(bonus, [Speaking("Relocation assistance of up to $5,000 is available.")])
    mail = "What's the e-mail address the departmental CDOs should send their quarterly return to?"
    assert asked_for(mail).topics == {"contact"} == asked_for("数据专员的联系电话是多少？").topics
    assert not holds_what_is_asked(mail, [Speaking("furnish a quarterly return to the State Data Centre")])
    assert holds_what_is_asked(mail, [Speaking("Returns go to sdc@tn.gov.in by the 10th.")])
    assert holds_what_is_asked("联系电话是多少？", [Speaking("联系电话：0891-6324567")])
    designation = [Speaking("The head of each covered agency shall designate an Agency CDO.")]
    assert not holds_what_is_asked(exam, designation)
    assert holds_what_is_asked(exam, [Speaking("The Agency CDO shall hold a recognised certification.")])


def test_a_year_is_answered_only_by_a_passage_or_document_of_that_year(fake_kb):
    """海丰县2024年…新安排 asked of a 2023 plan that never says 2024: the closest clauses,
    labelled so, not the plan's 2023 arrangements as if they were 2024's."""
    from kb.dates import years_named
    from kb.intents import Speaking, asked_years, holds_what_is_asked, names_year

    assert asked_years("海丰县2024年对首席数据官工作又出了哪些新安排?") == {2024}
    assert asked_years("Did Congress extend the council past 2025?") == {2025}
    assert asked_years("第20245号文件说了什么?") == set() and asked_years("how many of 120 units?") == set()
    assert asked_years("拨了2000元还是2048个项目?") == set()  # amounts and counts, not years
    # a year the asker gives about themselves is context, not what is asked
    assert asked_years("我是2024年新任命的首席数据官,广东方案要我做什么?") == set()
    assert asked_years("I was appointed in 2024; what are my duties under Guangdong's plan?") == set()
    assert asked_years("What did US agencies have to do by January 2020?") == {2020}  # US, not us
    assert years_named("~2023-2025") == {2023, 2024, 2025} and years_named("二〇二三年五月") == {2023}
    assert years_named("It terminates in 2025.") == {2025} and years_named("2,025.5 and 2000元") == set()
    assert names_year(2023, "2023年5月底前完成") and names_year(2021, "粤办函〔2021〕63号")
    assert names_year(2024, "x", "2023至2025年行动计划") and not names_year(2024, "2023年底前全面推广")
    asked = "海丰县2024年拨了多少经费?"
    assert not holds_what_is_asked(asked, [Speaking("2024年工作安排")])  # no amount
    assert not holds_what_is_asked(asked, [Speaking("安排经费50万元", "", "2023-01-03")])  # not 2024
    assert holds_what_is_asked(
        asked, [Speaking("安排经费50万元", "五、2024年工作安排")]
    )  # the heading's year

    plan = ["(一)2023年5月底前,完成县首席数据官设立工作。", "(二)2023年12月底前,全面推广首席数据官制度。"]
    fake_kb.add_document(*make_doc("haifeng", plan, region="海丰县", language="zh-Hans", date="2023-01-03"))
    answer = fake_kb.ask("海丰县2024年对首席数据官工作又出了哪些新安排?")
    assert answer.no_answer and answer.citations and all(c.closest for c in answer.citations)
    assert not fake_kb.ask("海丰县2023年12月底前要完成什么?").no_answer
    # a year the passage's heading or its document's date names counts
    plan = ["(一)完成县首席数据官设立工作。"]
    doc, chunks = make_doc("shanwei", plan, region="汕尾市", language="zh-Hans", date="2022-05-01")
    chunks[0] = Chunk("shanwei", 0, plan[0], 0, len(plan[0]), "四、2022年工作安排")
    fake_kb.add_document(doc, chunks)
    assert not fake_kb.ask("汕尾市2022年首席数据官要完成什么工作?").no_answer


def test_a_sign_off_is_never_an_answer():
    """A charter's signature block ("CDO Council Chair / Adopted on June 18, 2020 in Washington,
    D.C.") is when and by whom it was signed: the answer comes from the passages after it."""
    from kb.answer import is_sign_off

    block = "CDO Council Chair\nChief Data Officer, USDA\nAdopted on June 18, 2020 in Washington, D.C."
    assert is_sign_off(block) and is_sign_off("Date Approved:  December 16, 2020")
    assert is_sign_off("Respectfully,") and is_sign_off("（此件公开发布）")
    assert not is_sign_off("The Council adopted its charter on June 18, 2020.")
    assert not is_sign_off("Approved budgets must include data needs by 2021.")


def test_a_place_no_passage_mentions_is_not_answered_for(fake_kb, monkeypatch):
    """杭州市 asked of a corpus that never mentions it: the closest clauses about another place's
    CDO, labelled so, not Haifeng's holder as if it were Hangzhou's, however sure the model is."""
    from kb.answer import Answerer
    from kb.places import is_place_name

    monkeypatch.setattr(Answerer, "answers", lambda self, values: True)

    assert all(map(is_place_name, ["杭州市", "英国", "纽约州", "texas", "london", "uk"]))
    # jieba tags 东西 ("thing") a place; a ministry or a brand is no place
    assert not any(map(is_place_name, ["东西", "农业部", "中央政府", "smart", "kaouk"]))
    plan = ["县首席数据官由分管政务服务数据管理工作的县政府领导兼任。"]
    fake_kb.add_document(*make_doc("haifeng", plan, region="海丰县", language="zh-Hans", date="2023-01-03"))
    answer = fake_kb.ask("杭州市的首席数据官由谁兼任？")
    assert answer.no_answer and answer.citations and all(c.closest for c in answer.citations)
    assert not fake_kb.ask("海丰县的首席数据官由谁兼任？").no_answer


def test_a_larger_place_written_before_a_known_one_is_no_unknown_name(fake_kb, monkeypatch):
    """杭州余杭: a new district's plan names only 余杭区, and the user qualifies it by its city,
    which no passage uses; the city is not a place the corpus lacks, so the plan answers."""
    from kb.answer import Answerer
    from kb.retrieve import _qualifies

    monkeypatch.setattr(Answerer, "answers", lambda self, values: True)
    assert _qualifies("杭州", "浙江杭州市余杭区的试点", ["余杭区", "余杭"])
    assert _qualifies("济南", "济南市中区的试点", ["市中区"])  # one level stripped at most
    assert not _qualifies("杭州", "杭州和余杭的试点", ["余杭区", "余杭"])  # two places, listed
    plan = ["选取区发展改革局、区教育局和五常街道作为首批试点单位。"]
    fake_kb.add_document(*make_doc("yuhang", plan, region="余杭区", language="zh-Hans", date="2024-03-15"))
    for qualified in ("杭州余杭的试点单位有哪些？", "浙江省杭州市余杭区的试点单位有哪些？"):
        answer = fake_kb.ask(qualified)
        assert not answer.no_answer and "五常街道" in answer.answer, qualified
    assert fake_kb.ask("杭州的试点单位有哪些？").no_answer  # the city alone is still unknown


def test_a_city_written_without_its_level_before_a_known_place_is_no_unknown_name(fake_kb, monkeypatch):
    """东莞南城街道: the city is written without 市 (a place to jieba, not by its ending) before
    the street a news report speaks for; a word that is no place still is not a qualifier."""
    from kb.answer import Answerer
    from kb.retrieve import _names_a_place

    monkeypatch.setattr(Answerer, "answers", lambda self, values: True)
    assert _names_a_place("东莞") and _names_a_place("杭州市") and not _names_a_place("首席")
    report = ["南城街道以石鼓、胜和、宏远3个社区作为先行社区。"]
    fake_kb.add_document(
        *make_doc("nancheng", report, region="南城街道", language="zh-Hans", date="2024-05-08")
    )
    answer = fake_kb.ask("东莞南城街道先行先试的是哪几个社区？")
    assert not answer.no_answer and "石鼓" in answer.answer
    # the asker's own office is context, but the asker's own city is still a place no one covers
    assert not fake_kb.ask("我是街道信息中心的，想问下南城街道先行先试的是哪几个社区？").no_answer
    assert fake_kb.ask("我是杭州市的，我们市先行先试的是哪几个社区？").no_answer


def test_an_ordinary_abbreviation_and_a_bodys_pinyin_gloss_are_no_unknown_names(fake_kb):
    """Batch 44: "group HQ" is headquarters, no name the library lacks; "West China Hospital
    (Huaxi)" glosses the hospital's name in pinyin, which is no place (花溪区) asked about. Huaxi
    alone still is."""
    fake_kb.add_document(
        *make_doc("rules", ["Subsidiaries file their data specialist with the group."], language="en")
    )
    retriever, _ = fake_kb._question_view()
    assert retriever.prepare("When do we file our data specialist with group HQ?").unknown_terms == []
    assert retriever.prepare("Does the DOE have a data specialist?").unknown_terms == ["doe"]  # an agency
    asked = "What does a data administrator do in the West China Hospital (Huaxi) system?"
    assert "huaxi" not in retriever.prepare(asked).unknown_terms
    assert "huaxi" in retriever.prepare("What does the Huaxi plan say about CDOs?").unknown_terms


def test_duties_asked_colloquially_and_the_problems_an_order_solves() -> None:
    """ "What am I on the hook for", "what's on my plate", "what is a data steward supposed to
    do" ask for duties (not "what does the plan do"); "what problems was the order trying to
    fix" and 要解决什么问题 ask for its goals, which an order's recitals (WHEREAS) state."""
    from kb.dimensions import dimensions_of, question_dimensions
    from kb.intents import question_kind

    for asked in (
        "What's the full list of things I'm now on the hook for?",
        "what's on my plate as CDO?",
        "what is a data steward supposed to do?",
        "What do we have to do by June?",
    ):
        assert "duties" in question_dimensions(asked), asked
    for not_a_post in ("What does the plan do?", "What is the data strategy supposed to do?"):
        assert "duties" not in question_dimensions(not_a_post), not_a_post
    assert question_kind("What problems was the executive order trying to fix in the first place?") == "goal"
    assert question_kind("这个方案要解决什么问题？") == "goal"
    assert question_kind("What issues does the data steward handle?") == "what"
    assert "goals" in dimensions_of("", "WHEREAS, agency data remains siloed; and")


def test_a_name_only_the_issuer_holds_is_no_unknown_name(fake_kb):
    """A board paper whose page kept its trust's name only in the <title>: "Calderbrook" is
    then in no passage, but it names the paper's issuer, so it is no name the library lacks."""
    paper = ["The Chief Data Officer will report to the Chief Finance Officer."]
    fake_kb.add_document(
        *make_doc(
            "paper",
            paper,
            language="en",
            date="2025-11-27",
            issuer="Calderbrook Hospitals NHS Foundation Trust",
        )
    )
    retriever, _ = fake_kb._question_view()
    assert retriever.prepare("In Calderbrook's board paper, who does the CDO report to?").unknown_terms == []
    assert retriever.prepare("In Brookfield's board paper, who does the CDO report to?").unknown_terms == [
        "brookfield"
    ]
    # ... and names that document, even in the asker's description of their own work
    other = ["The Data Board meets quarterly and reports to the Council."]
    fake_kb.add_document(*make_doc("council", other, language="en", issuer="Northgate Borough Council"))
    retriever, _ = fake_kb._question_view()
    asked = (
        "I'm preparing a training session based on the Calderbrook board paper. Who does the CDO report to?"
    )
    assert retriever.prepare(asked).named_document == "paper"
    assert retriever.prepare("I work at Calderbrook. Who does the CDO report to?").named_document is None
    # a verb is no kind of document: "report to", "plan to"
    from kb.retrieve import _names_a_document

    assert _names_a_document("leicester", "the Leicester Riverside Trust Board paper says")
    assert not _names_a_document("leicester", "In Leicester the CDO should report to whom?")
    assert not _names_a_document("leicester", "Does Leicester plan to appoint a CDO?")


def test_spoken_words_of_asking_and_of_one_s_own_town_are_no_content(fake_kb):
    """ "Can you list …" asks for a list and "镇里" is the asker's town: neither is a word the
    answer must hold, nor a name the library lacks."""
    from kb.text import content_tokens

    assert content_tokens("Can you list what the CDO is responsible for?") == ["cdo", "responsibl"]
    assert "list" in content_tokens("What is on the list of high-value datasets?")
    fake_kb.add_document(
        *make_doc("town", ["镇首席数据官由副镇长兼任。"], region="莫干山镇", language="zh-Hans")
    )
    retriever, _ = fake_kb._question_view()
    assert retriever.prepare("镇里的首席数据官由谁兼任？").unknown_terms == []


def test_the_initials_of_a_state_owned_enterprise_are_known(fake_kb):
    """SOE, the usual English initials of 国有企业 that the dictionary lacks (kb.glossary)."""
    fake_kb.add_document(*make_doc("sasac", ["市属国有企业应设立首席数据官。"], title="国企首席数据官指引"))
    retriever, _ = fake_kb._question_view()
    assert retriever.prepare("Who should be the SOE chief data officer?").unknown_terms == []


def test_a_piece_of_a_document_number_is_no_name():
    """ADM of policy ADM-IT-014 and M of M-19-23 are pieces of a number, not names a corpus
    must know (an unknown name makes the answer "not found")."""
    from kb.text import proper_names

    names = proper_names(
        "How many hours must a Data Steward train under Oregon policy ADM-IT-014 and M-19-23?"
    )
    assert names == ["data", "steward", "oregon"]
    assert "texas" in proper_names("Does a Texas-based agency need a CDO?")  # a place written with a hyphen


def test_a_name_flush_against_chinese_or_capitalised_inside_may_name_a_document():
    """Chinese writes a Latin name flush against its characters ("请问Tulsa的CDO") and capitalises
    no sentence, and in English a sentence's first word is a name by a capital inside it (NRCan):
    such words may name the document that alone holds them, but they are as often borrowed words
    (Excel, Owner, PPT), so none of them makes a question "not found" as an unknown name would."""
    from kb.text import english_names, proper_names

    assert english_names("请问Tulsa的CDO是谁", naming=True) == ["tulsa"]
    assert english_names("NRCan 的 CDO 年度数据报告每年最晚啥时候交？", naming=True)[:1] == ["nrcan"]
    assert english_names("NRCan's CDO reports to whom?", naming=True) == ["nrcan", "cdo"]
    assert english_names("做培训PPT，KPI考核怎么写？", naming=True) == []  # capitals alone
    assert english_names("Data Governance是什么", naming=True) == ["data", "governance"]  # one run
    assert english_names("Policy owners report to whom?", naming=True) == []
    for borrowed in ("数据专员要会用Excel做数据核查吗？", "数据Owner由谁担任？", "请问Tulsa的CDO是谁"):
        assert proper_names(borrowed) == [], borrowed
    assert proper_names("Does the City of Montréal have a CDO?") == ["city", "cdo"]  # no piece "montr"


def test_asking_who_appoints_the_post_asks_for_its_holder_clause():
    """ "Who gets to pick Pittsburgh's CDO" is answered by the clause that puts someone in the post
    ("appointed by the Mayor"), as "who serves as" is; a question that names no post is not."""
    from kb.dimensions import question_dimensions

    for asked in (
        "who gets to pick Pittsburgh's CDO, and what background do they need?",
        "Who appoints the agency Chief Data Officer?",
        "首席数据官由谁来任命？",
        "部门首席数据官谁有权指定？",
    ):
        assert "holder" in question_dimensions(asked, "who"), asked
    for not_the_post in (
        "Who picks the datasets to publish first?",
        "Who selects the datasets the CDO publishes each year?",
        "Who picks up the cost of the CDO's training?",
        "Who chooses the pilot units for the CDO programme?",
        "谁来指定首席数据官的考核指标？",
        "谁负责选定首席数据官试点单位？",
    ):
        assert "holder" not in question_dimensions(not_the_post, "who"), not_the_post


def test_each_document_speaks_for_its_narrowest_place():
    """各地: a Shenzhen plan is Shenzhen's line, not also Guangdong's (one clause under two places)."""
    from kb.places import Places

    places = Places.of([_doc("gd", "广东省"), _doc("sz", "广东省深圳市"), _doc("haifeng", "海丰县")])
    assert places.own_place("sz") == "深圳市" and places.own_place("gd") == "广东省"
    assert places.own_documents("广东省") == {"gd"}
    assert places.documents_for(["广东省"]) == {"gd", "sz"}  # a named province still holds its cities
    # a question about 广东省 is searched in Guangdong's own plan, Shenzhen's only when it has none
    assert places.spoken_for(["广东省", "海丰县"]) == {"gd", "haifeng"}
    cities_only = Places.of([_doc("sz", "广东省深圳市"), _doc("gz", "广东省广州市")])
    assert cities_only.spoken_for(["广东省"]) == {"sz", "gz"}
    assert places.own_place("unknown") is None
    # Places read from a title come in no order: the one inside the other is still the narrowest.
    titled = Places.of(
        [
            _doc("us", "United States"),
            _doc("sf", "United States / California / San Francisco"),
            _doc("news", "", title="San Francisco and the United States open data"),
        ]
    )
    assert titled.own_place("news") == "San Francisco"


def _duty(doc_id: str, level: str, duty: str) -> tuple:
    from kb.types import Duty

    text = f"{level}首席数据官负责{duty}。"
    chunk = Chunk(doc_id, 0, text, 0, len(text))
    return Duty("首席数据官", level, "", duty, text, doc_id, doc_id, ""), chunk


def test_a_roles_duties_come_whole_from_the_best_ranked_document_that_gives_any():
    """The cited passages may be about the role without saying what it must do: the first
    ranked document that lists the role's duties gives all of them, each once."""
    from kb.intents import duty_lines

    listed = [_duty("plan", "部门", f"第{n}项工作") for n in range(12)]
    shared = _duty("plan", "镇", "第0项工作")  # "镇、部门首席数据官负责…": one duty of two levels
    other = _duty("other", "部门", "别的工作")
    chunks = {"plan": [c for _, c in listed] + [shared[1]], "other": [other[1]], "news": []}
    news = Chunk("news", 0, "部门首席数据官是新设的岗位。", 0, 14)
    ranked = [Hit(news, 3.0), Hit(news, 2.9), Hit(news, 2.8), Hit(listed[5][1], 1.0), Hit(other[1], 0.9)]
    duties = [d for d, _ in listed] + [shared[0], other[0]]
    lines = duty_lines([h.chunk.doc_id for h in ranked], duties, "首席数据官", chunks.__getitem__)
    assert [line for line, _ in lines] == [f"第{n}项工作" for n in range(12)]  # all, not the first 8
    assert {c.doc_id for _, c in lines} == {"plan"}  # another place's list is not mixed in
    assert duty_lines([h.chunk.doc_id for h in ranked[:3]], duties, "首席数据官", chunks.__getitem__) == []
    # Both documents among the first passages: still one document's list, never two counted as one.
    both = [Hit(listed[0][1], 3.0), Hit(other[1], 2.9)]
    ids = [h.chunk.doc_id for h in both]
    assert {c.doc_id for _, c in duty_lines(ids, duties, "首席数据官", chunks.__getitem__)} == {"plan"}


def test_a_question_for_a_roles_duties_gets_the_whole_list_with_its_number(fake_kb):
    from ingest.duties import extract_duties

    items = [f"({n})推动本部门第{n}类数据资源的共享开放;" for n in "一二三四五六七八九十"]
    doc, chunks = make_doc(
        "plan",
        ["二、部门首席数据官职责", "部门首席数据官主要履行以下职责:", *items],
        region="海丰县",
        language="zh-Hans",
    )
    duties = extract_duties(doc, chunks)
    assert len(duties) == 10
    fake_kb.add_document(doc, chunks, duties=duties)
    answer = fake_kb.ask("我刚当上部门首席数据官，我要做什么？")
    lines = answer.answer.splitlines()
    assert lines[0] == "《plan》所列共10项：" and len(lines) == 11, answer.answer
    assert lines[10].startswith("推动本部门第十类数据资源的共享开放")
    assert answer.citations[0].doc_id == "plan"
    # A place the question names that holds no such list: never another place's list.
    other, other_chunks = make_doc(
        "bz", ["巴中市首席数据官改革试点情况。"], region="巴中市", language="zh-Hans"
    )
    fake_kb.add_document(other, other_chunks)
    answer = fake_kb.ask("巴中的部门首席数据官要做什么？")
    assert "共10项" not in answer.answer


def test_an_official_documents_list_of_duties_comes_before_a_news_items(fake_kb):
    """A news item's summary of the duties (ranked first: it says 首席数据官 most) gives way to
    the plan that lists them, which has a 文号."""
    from ingest.duties import extract_duties

    def listing(doc_id: str, n: int, **meta: str):
        items = [f"({i + 1})负责本部门第{i + 1}类数据工作;" for i in range(n)]
        doc, chunks = make_doc(
            doc_id, ["部门首席数据官主要履行以下职责:", *items], language="zh-Hans", **meta
        )
        return doc, chunks, extract_duties(doc, chunks)

    news = listing("news", 3, issuer="某某新闻网 news repost")
    plan = listing("plan", 4, issuer="海丰县人民政府办公室", doc_number="海府办函〔2023〕5号")
    for doc, chunks, duties in (news, plan):
        fake_kb.add_document(doc, chunks, duties=duties)
    answer = fake_kb.ask("部门首席数据官的职责是什么？")
    assert answer.answer.splitlines()[0] == "《plan》所列共4项：", answer.answer
    # a document the question quotes by its title gives its own list, or none
    answer = fake_kb.ask("《news》里部门首席数据官的职责是什么？")
    assert answer.answer.splitlines()[0] == "《news》所列共3项：", answer.answer


def test_a_named_places_law_gives_the_roles_duties_first_retrieved_or_not(fake_kb):
    """美国机构首席数据官的职责: the statute's functions, not a playbook's advice that the
    question's words rank above it (issue 8: "all 14 functions of § 3520(c)")."""
    from ingest.duties import extract_duties

    def listing(doc_id: str, lead: str, items: list[str], **meta: str):
        doc, chunks = make_doc(doc_id, [lead, *items], language="en", region="United States", **meta)
        return doc, chunks, extract_duties(doc, chunks)

    playbook = listing(
        "playbook",
        "The agency Chief Data Officer shall:",
        [
            f"({i + 1}) embrace the role of change agent number {i + 1} for agency data and its duties;"
            for i in range(3)
        ],
        title="CDO Playbook",
    )
    statute = listing(
        "statute",
        "(c) Functions. The Chief Data Officer of an agency shall:",
        [f"({i + 1}) be responsible for lifecycle task {i + 1};" for i in range(5)],
        title="44 U.S.C. § 3520. Chief Data Officers",
    )
    for doc, chunks, duties in (playbook, statute):
        assert duties, doc.doc_id
        fake_kb.add_document(doc, chunks, duties=duties)
    answer = fake_kb.ask("美国机构首席数据官的职责包括哪些?")
    assert answer.answer.splitlines()[0].startswith("《44 U.S.C. § 3520. Chief Data Officers》所列共"), (
        answer.answer
    )
    # without a place named, the best-ranked list as before
    assert (
        "lifecycle" not in fake_kb.ask("What are an agency CDO's change agent duties?").answer.splitlines()[1]
    )


def test_a_question_pointing_at_a_places_law_is_answered_from_that_law(fake_kb):
    """按他们的法律…由谁指定: the statute's clause, not a playbook's that says more of the
    question's words; the statute's passages alone decide whether it is answered."""
    words = (
        "The agency Chief Data Officer is designated to lead; who designates the Chief Data Officer matters."
    )
    fake_kb.add_document(
        *make_doc("playbook", [words, words], region="United States", title="CDO Playbook", language="en")
    )
    fake_kb.add_document(
        *make_doc(
            "statute",
            [
                "(a) The head of each agency shall designate a nonpolitical appointee as the Chief Data Officer.",
                "(b) The Chief Data Officer shall be designated on the basis of training in data management.",
            ],
            region="United States",
            title="44 U.S.C. § 3520. Chief Data Officers",
            language="en",
        )
    )
    answer = fake_kb.ask("Under the US statute, who designates an agency's Chief Data Officer?")
    assert answer.citations[0].doc_id == "statute", answer.answer
    assert "nonpolitical" in answer.answer
    cited = [c.chunk_id for c in answer.citations]
    assert len(cited) == len(set(cited))  # a passage both searches found is cited once


def test_a_larger_place_named_apart_from_its_state_is_only_context(fake_kb):
    fake_kb.add_document(
        *make_doc(
            "us", ["The head of each agency shall designate a Chief Data Officer."], region="United States"
        )
    )
    fake_kb.add_document(
        *make_doc(
            "ct",
            ["The Secretary shall designate an employee to serve as the state Chief Data Officer."],
            region="United States / Connecticut",
        )
    )
    answer = fake_kb.ask("我在整理美国州一级的案例，康涅狄格州的首席数据官由谁指派？")
    assert "United States" not in answer.answer  # one place, not a comparison with the federal one
    assert answer.citations[0].doc_id == "ct"


def test_a_kind_of_document_names_it_among_the_places_documents(fake_kb):
    """Three laws are too many for 法律 to name, but among the United States' documents it
    names the one that is a law."""
    for doc_id, title, region in (
        ("usc", "44 U.S.C. § 3520", "United States"),
        ("report", "Report to Congress", "United States"),
        ("fds", "Strategy Action Plan", "United States"),
        ("sh", "上海市数据条例", "上海市"),
        ("bj", "北京市数字经济促进条例", "北京市"),
    ):
        paragraph = ["The Chief Data Officer of an agency shall be designated."]
        fake_kb.add_document(*make_doc(doc_id, paragraph, title=title, region=region))
    retriever, _ = fake_kb._question_view()
    assert retriever.prepare("美国联邦那部法律里，首席数据官由谁指定？").titled == {"usc"}
    assert retriever.prepare("哪些地方的法律要求设首席数据官？").titled == set()


def test_how_it_turned_out_is_refused_over_a_plan_alone(fake_kb):
    plan = ["到2023年底，全县全面推行首席数据官制度，各镇、各部门设立首席数据官。"]
    fake_kb.add_document(
        *make_doc("plan", plan, title="海丰县首席数据官制度试点实施方案", region="海丰县", date="2023-01-03")
    )
    question = "海丰县最后全县到底有多少个单位设了首席数据官？"
    assert fake_kb.ask(question).no_answer
    report = ["截至2023年底，全县已有32个单位设立首席数据官，各镇、各部门均已设立。"]
    fake_kb.add_document(
        *make_doc(
            "news",
            report,
            title="海丰县推行首席数据官制度",
            issuer="国脉",
            region="海丰县",
            date="2024-01-05",
        )
    )
    answer = fake_kb.ask(question)
    assert not answer.no_answer and answer.citations[0].doc_id == "news"


def _hangzhou(fake_kb):
    doc = Document(doc_id="hz", title="杭州市首席数据官制度试点实施方案", text="", content_hash="hz")
    texts = [
        (
            "杭州市首席数据官制度试点实施方案",
            "各区、县（市）人民政府，市政府各部门、各直属单位：\n现将方案印发给你们。",
        ),
        ("二、试点范围", "选取上城区、滨江区、余杭区3个区政府开展。"),
        (
            "三、组织体系",
            "（一）首席数据官由本级政府分管数字化改革工作的领导兼任。\n"
            "（二）各单位设立数据专员，由数据管理机构负责人担任，协助首席数据官开展工作。",
        ),
        ("五、实施步骤", "各单位要于2022年底前完成试点任务。"),
    ]
    chunks, pos = [], 0
    for i, (section, text) in enumerate(texts):
        chunks.append(Chunk("hz", i, text, pos, pos + len(text), section))
        pos += len(text) + 1
    fake_kb.add_document(replace(doc, text="\n".join(t for _, t in texts)), chunks)


def test_a_holder_question_is_answered_by_the_clause_on_the_role_it_names(fake_kb):
    """Two clauses put someone in a role; the one on the role asked about answers, though the
    other one uses the question's own word (担任)."""
    from kb.roles import roles_held

    assert roles_held("（二）各试点单位设立数据专员，由数据管理机构负责人担任。") == {"数据专员"}
    assert roles_held("由县长兼任县首席数据官。") == {"首席数据官"}
    assert roles_held("The head of each agency shall designate an employee as the Chief Data Officer.") == {
        "首席数据官"
    }
    assert not roles_held("推动公共数据共享开放。")
    assert roles_held("根据数据专员管理办法要求由县长兼任县首席数据官。") == {"首席数据官"}  # cited, not held
    assert not roles_held("Appointments made as the Chief Data Officer sees fit.")
    # "is held by" is 由…担任 in English, of the role right before it
    held = "3.1 The role of Chief Data Officer is held by the Chief Digital Officer, unless the CEO designates another."
    assert roles_held(held) == {"首席数据官"}
    assert not roles_held("The CDO ensures that data which is held by a division is catalogued.")
    assert not roles_held("Data approved by the CDO is held by the Records Office.")
    assert roles_held("The position of CDO is currently held by the CIO.") == {"首席数据官"}
    _hangzhou(fake_kb)
    answer = fake_kb.ask("杭州的首席数据官由谁担任？")
    assert "领导兼任" in answer.answer and "数据专员" not in answer.answer
    assert "由数据管理机构负责人担任" in fake_kb.ask("杭州的数据专员由谁担任？").answer


def test_a_notice_s_addressees_are_never_an_answer_sentence():
    from kb.answer import is_addressee_line

    assert is_addressee_line("各区、县（市）人民政府，市政府各部门、各直属单位：")
    assert is_addressee_line("各设区市工信局,无锡市大数据管理局,各省级大数据产业园:")
    assert not is_addressee_line("各试点单位要按照以下要求：")
    assert not is_addressee_line("主要职责如下：")


def test_passages_on_the_dimension_asked_about_rank_higher_with_the_fitted_bonus(fake_kb):
    """选了哪些单位试点 asks about the 试点范围, whose passage need not use 单位; the passage that
    does (实施步骤) holds more of the question's words."""
    from kb.dimensions import question_dimensions

    assert question_dimensions("杭州市选了哪些单位试点？") == {"scope"}
    assert "scope" in question_dimensions("Which cities were chosen as CDO pilots?")
    assert "scope" not in question_dimensions("试点有哪些要求？")
    _hangzhou(fake_kb)
    ranked = {}
    for bonus in (0.0, 2.0):
        fake_kb.tuned = replace(
            fake_kb.tuned, retrieval=replace(fake_kb.tuned.retrieval, dimension_bonus=bonus)
        )
        retriever, _ = fake_kb._question_view()
        query = retriever.prepare("杭州市选了哪些单位试点？")
        assert query.dimensions == {"scope"}
        ranked[bonus] = [h.chunk.section for h in retriever.search(query, 4)]
    assert ranked[2.0][0] == "二、试点范围"
    answer = fake_kb.ask("杭州市选了哪些单位试点？")
    assert "各直属单位" not in answer.answer  # the addressees are no answer


def test_what_a_role_must_do_is_asked_in_everyday_words():
    from kb.intents import wants_duties

    for asked in (
        "杭州的首席数据官要干哪些事？",
        "首席数据官平时干啥？",
        "What are Hangzhou CDOs responsible for?",
        "what exactly am i supposed to be doing under this GO?",
        "What exactly am I on the hook for under the city's rules?",
    ):
        assert wants_duties(asked), asked
    assert not wants_duties("Who is responsible for appointing the CDO?")  # who, not what
    assert not wants_duties("What are the deadlines for the office responsible for open data?")
    assert not wants_duties("What do I have to do this by Friday?")  # a deadline
    assert not wants_duties("首席数据官由谁兼任？")


def test_a_citation_s_issuer_and_number_display_in_simplified(fake_kb):
    doc, chunks = make_doc("zh", ["市首席數據官由分管數字政府建設工作的副市長兼任。"], language="zh-Hant")
    fake_kb.add_document(replace(doc, issuer="珠海特區報", doc_number="珠府辦函〔2021〕88號"), chunks)
    cited = fake_kb.ask("珠海市首席数据官由谁兼任？").citations[0]
    assert (cited.issuer, cited.doc_number) == ("珠海特区报", "珠府办函〔2021〕88号")


def test_the_passages_that_put_someone_in_a_post_are_searched_on_their_own(fake_kb):
    """Among many passages that mention the CDO, the one clause that designates it reaches the
    top five of a who-may-be-the-CDO question's search once the holder passages are ranked on
    their own (small pools make the effect visible with the fake embedder), though it never
    writes "CDO"."""
    from kb.roles import roles_held

    assert not roles_held("The POCs may designate additional attendees from their departments.")
    assert not roles_held("The CDO shall appoint staff to the working group.")
    for no_one_put_in_a_post in (
        "Newly appointed CDOs should complete the training.",
        "GAO found 20 agencies had not designated a CDO.",
        "处级以上干部不得担任首席数据官。",
        "曾担任首席数据官的同志要做好交接。",
    ):
        assert not roles_held(no_one_put_in_a_post), no_one_put_in_a_post
    assert roles_held("设立数据专员，由科长担任。由县长兼任县首席数据官。") == {"数据专员", "首席数据官"}
    mentions = [
        f"The CDO Council meeting number {i} discussed CDO training and CDO data skills." for i in range(40)
    ]
    designation = (
        "The head of each agency shall designate a nonpolitical appointee employee as the Chief Data Officer."
    )
    fake_kb.add_document(*make_doc("us", [*mentions, designation], region="United States", language="en"))
    assert [cid for cid, _, _ in fake_kb.holder_index().passages] == ["us#40"]
    question = "Who is allowed to be a CDO?"
    assert "us#40" not in _reranked(fake_kb, question, holder_weight=0.0)
    assert "us#40" in _reranked(fake_kb, question, holder_weight=3.0)


def test_the_passages_that_state_a_posts_duties_are_searched_on_their_own(fake_kb):
    """Among many passages that name the CDO ("The CDO shall attend …"), the one that lists the
    CDO's duties, as ingest read them, reaches the top five of a "what am I on the hook for"
    question's search once such passages are ranked on their own; a data steward's duties do
    not stand for the CDO's."""
    from ingest.duties import extract_duties

    mentions = [f"Meeting number {i} of the CDO Council discussed CDO training." for i in range(40)]
    listed = "The Chief Data Officer is responsible for: (a) leading the data strategy; (b) setting data standards."
    steward = "Data stewards are responsible for: (a) keeping the data catalogue; (b) checking data quality."
    doc, chunks = make_doc("us", [*mentions, listed, steward], region="United States", language="en")
    fake_kb.add_document(doc, chunks, extract_duties(doc, chunks))
    index = fake_kb.duty_index()
    assert index.stating(frozenset({"首席数据官"}), {"us"}) == ["us#40"]
    assert index.stating(frozenset({"Data Steward"}), {"us"}) == ["us#41"]
    question = "I just started as the CDO. What am I on the hook for?"
    assert "us#40" not in _reranked(fake_kb, question, duty_weight=0.0)
    assert "us#40" in _reranked(fake_kb, question, duty_weight=3.0)


def _reranked(fake_kb, question: str, **weights: float) -> list[str]:
    """Every passage `question`'s search reranks, best first, with these weights and small
    pools, which make a ranking's effect visible with the fake embedder."""
    retrieval = replace(fake_kb.tuned.retrieval, **weights, pool=10, rerank_pool=10)
    fake_kb.tuned = replace(fake_kb.tuned, retrieval=retrieval)
    retriever, _ = fake_kb._question_view()
    return [h.chunk.chunk_id for h in retriever.search(retriever.prepare(question), 5)]


def test_a_how_many_question_reads_what_it_counts_and_a_passage_counting_it():
    from kb.intents import counted_word, counts

    assert counted_word("联邦CDO委员会一共有多少个CDO成员来着？") == "成员"
    assert counted_word("巴中一共选了多少名领导干部来当部门首席数据官？") == "干部"  # stops at the verb
    assert counted_word("几个部门参与试点？") == "部门"
    assert counted_word("首席数据官有几名？") == "首席数据官"  # a measure word alone counts nothing
    assert counted_word("海丰县第一批试点单位有多少个？") == "试点单位"
    assert counted_word("How many CDO members did the Council report having in 2022?") == "member"
    assert counted_word("How many federal agencies have a CDO?") == "agency"
    assert counted_word("How many work tasks does the plan list?") == "task"
    assert counted_word("首席数据官由谁担任？") is None
    assert counts("Our 90 CDO members from agencies across the government", ("member",))
    assert counts("It lists three working groups.", ("group",)) and counts("fifty agencies", ("agency",))
    assert counts("选取13家市级委办局开展试点", ("委办局",))
    assert counts("选拔具有专业背景的领导干部44名", ("干部",))  # the number after, with its measure word
    assert counts("设立县首席数据官一名", ("首席数据官",))
    for nothing_counted, thing in (
        ("In 2022 the CDO members met twice.", "member"),  # a year
        ("CDO members met on 12 occasions.", "member"),
        ("Section 3 members shall vote.", "member"),
        ("On March 5 CDO members met.", "member"),  # a date's day
        ("Pub. L. 115-435 members", "member"),
        ("3 membership tiers", "member"),
        ("5 about the cdo", "cdo"),
        ("各区要进一步加强成员单位的日常管理。", "成员"),  # 一 of 进一步, no measure word
        ("第三条 首席数据官应当履行职责", "首席数据官"),
        ("四川省首席数据官", "首席数据官"),
        ("2024年3月各成员单位", "成员"),
    ):
        assert not counts(nothing_counted, (thing,)), nothing_counted


def test_a_how_many_answer_leads_with_the_sentence_that_counts(fake_kb, monkeypatch):
    """The sentence holding most of the question has a number, of meetings; the one that counts
    the members answers how many."""
    from kb.answer import Answerer

    monkeypatch.setattr(Answerer, "answers", lambda self, values: True)
    report = [
        "The CDO Council members met on 12 occasions at CDO Council meetings on data skills. "
        "Our 90 members come from agencies across the government to serve on the Council.",
        "Agencies publish their data inventories.",
        "The strategy describes federal data practices.",
    ]
    fake_kb.add_document(*make_doc("report", report, region="United States", language="en"))
    answer = fake_kb.ask("How many CDO members does the CDO Council on data skills have?")
    assert "Our 90 members" in answer.answer  # not only the meetings' 12, a number of another thing


def test_a_question_about_what_a_role_is_and_a_sentence_that_says_it():
    from kb.intents import asks_definition, states_definition

    for asking in (
        "达州对首席数据官是怎么定位的？能不能一句话概括一下",
        "广东的指南里，企业CDO到底算个什么角色？",
        "美国联邦那份CDO岗位说明又是怎么描述这个角色的？",
        "How does Sichuan's draft guide define an enterprise chief data officer?",
        "How do they each describe what kind of role a CDO is?",
        "How does Dazhou describe what its chief data officer is?",
    ):
        assert asks_definition(asking), asking
    for not_asking in (
        "首席数据官的主要职责是什么？",
        "What must the CDO do by 2025?",
        "谁来担任首席数据官？",
    ):
        assert not asks_definition(not_asking), not_asking
    for defining in (
        "达州市首席数据官的定义是：数据资源统筹者、数字政府建设者和数字社会推动者。",
        "本办法所称首席数据官，是指统筹本单位数据工作的负责人。",
        "The Chief Data officer's role is part data strategist and adviser, part steward.",
        '"Chief data officer" means the person designated under subsection (a).',
        "The CDO serves as the chair of the Data Governance Board.",
    ):
        assert states_definition(defining, "How is the chief data officer defined?"), defining
    assert not states_definition("The CDO shall coordinate the agency's data inventory.", "What is a CDO?")


def test_what_a_role_is_answers_before_what_it_does(fake_kb, monkeypatch):
    """Both sentences name the role; the one that says what it is answers how it is defined."""
    from kb.answer import Answerer

    monkeypatch.setattr(Answerer, "answers", lambda self, values: True)
    news = [
        "首席数据官牵头制定本地数字政府建设方案。首席数据官统筹协调内外部数据供需对接。"
        "本市所称首席数据官，是指数据资源统筹者、数字政府建设者。",
    ]
    fake_kb.add_document(*make_doc("news", news, region="四川省达州市", language="zh-Hans"))
    answer = fake_kb.ask("达州对首席数据官是怎么定义的？")
    assert "是指数据资源统筹者" in answer.answer


def test_the_passage_counting_what_is_asked_reaches_the_top_five(fake_kb):
    """Among many passages about the Council's members, the one sentence that counts them
    reaches the top five of a how-many question once such passages are ranked on their own
    (small pools make the effect visible with the fake embedder)."""
    about = [
        f"Meeting {i}: the CDO Council members met; CDO Council members discussed CDO Council membership."
        for i in range(40)
    ]
    count = "Our 90 CDO members serve on the Council."
    fake_kb.add_document(*make_doc("report", [*about, count], region="United States", language="en"))
    question = "How many CDO members does the Council have?"
    retriever, _ = fake_kb._question_view()
    assert retriever.prepare(question).counted == ("member",)
    assert "report#40" not in _reranked(fake_kb, question, count_weight=0.0)[:5]
    assert "report#40" in _reranked(fake_kb, question, count_weight=3.0)[:5]


def test_a_holder_passage_without_its_vector_does_not_fail_the_question(fake_kb):
    """A passage stored before its vector (an ingest beside `cdokb serve`, a crash not yet
    repaired) is left out of the vector search held to the holder passages, not an error."""
    designation = (
        "The head of each agency shall designate a nonpolitical appointee employee as the Chief Data Officer."
    )
    fake_kb.add_document(
        *make_doc("us", ["The CDO Council met.", designation], region="United States", language="en")
    )
    fake_kb.vectors.delete(["us#1"])
    assert fake_kb.vectors.query(fake_kb.embedder.embed_query("CDO"), 5, False, None, ["us#1"]) == []
    assert [
        c
        for c, _ in fake_kb.vectors.query(
            fake_kb.embedder.embed_query("CDO"), 5, False, None, ["us#0", "us#1"]
        )
    ] == ["us#0"]
    assert fake_kb.vectors.query(fake_kb.embedder.embed_query("CDO"), 5, False, None, []) == []
    fake_kb.ask("Who is allowed to be a CDO?")  # no StoreUnavailableError


def test_the_holder_passages_follow_the_documents_added_and_removed(fake_kb):
    fake_kb.add_document(*make_doc("a", ["由县长兼任县首席数据官。"], language="zh-Hans"))
    assert [cid for cid, _, _ in fake_kb.holder_index().passages] == ["a#0"]
    fake_kb.add_document(
        *make_doc("b", ["The Mayor shall designate an employee as the Chief Data Officer."], language="en")
    )
    assert sorted(cid for cid, _, _ in fake_kb.holder_index().passages) == ["a#0", "b#0"]
    assert fake_kb.holder_index().holding(frozenset({"首席数据官"}), {"b"}) == ["b#0"]
    fake_kb.remove("a")
    assert [cid for cid, _, _ in fake_kb.holder_index().passages] == ["b#0"]


def test_when_a_rule_takes_effect_is_read_from_its_closing_article(fake_kb):
    """ "什么时候开始施行" / "when did it take effect" asks the date the regulation states in its
    closing article, wherever that ranks, not the date it was issued; a document that states
    none is answered as before."""
    from kb.intents import wants_effective_date

    assert wants_effective_date("上海市数据条例什么时候开始施行？")
    assert wants_effective_date("From what date did Shanghai's data regulation actually take effect?")
    assert wants_effective_date("When did the ordinance take effect?")
    assert wants_effective_date("北京条例的施行日期是？")
    assert not wants_effective_date("How effective is the CDO Council?")
    assert not wants_effective_date("When is a CDO most effective?")
    assert not wants_effective_date("上海市数据条例是哪天印发的？")
    assert not wants_effective_date("条例施行后，首席数据官应当履行哪些职责？")  # duties
    assert not wants_effective_date("Which laws in force require a CDO?")

    articles = [f"第{n}条 本市有关部门应当推进公共数据共享和开放工作。" for n in "一二三四五六七八九"]
    articles.append("第九十一条 本条例自2022年1月1日起施行。")
    fake_kb.add_document(
        *make_doc(
            "sh", articles, region="上海市", language="zh-Hans", title="上海市数据条例", date="2021-11-25"
        )
    )
    answer = fake_kb.ask("上海市数据条例什么时候开始施行？")
    assert answer.answer.startswith("第九十一条 本条例自2022年1月1日起施行。")
    assert answer.citations[0].chunk_id == "sh#9"
    assert "2021年11月25日" in fake_kb.ask("上海市数据条例是哪天印发的？").answer

    charter = [
        "PURPOSE The Council shall meet regularly to set best practices.",
        "EFFECTIVE DATE This charter is effective as of Jan. 1, 2020. It remains in effect until rescinded.",
    ]
    fake_kb.add_document(
        *make_doc("ch", charter, region="United States", language="en", title="Council Charter")
    )
    answer = fake_kb.ask("When did the Council Charter take effect?")
    assert answer.answer.startswith("EFFECTIVE DATE This charter is effective as of Jan. 1, 2020. [1]")
    # A document that says nothing of taking effect is answered as before, never with another's article.
    plan = ["一、工作目标。建立首席数据官制度。", "二、工作安排。2023年6月底前完成试点。"]
    fake_kb.add_document(
        *make_doc("hf", plan, region="海丰县", language="zh-Hans", title="海丰县首席数据官试点方案")
    )
    assert not fake_kb.ask("海丰县首席数据官试点方案什么时候开始施行？").answer.startswith("第九十一条")


def test_written_cantonese_is_read_as_written_chinese() -> None:
    """Hong Kong users type Cantonese (有冇, 嘅, 幾多): read as 有没有, 的, 多少, so that an amount
    asked is an amount; 關係 keeps its 係."""
    from kb.intents import asked_amount, written_form

    asked = written_form("通知裡面有冇講省級財政每年撥幾多錢支持首席數據官工作？")
    assert (
        asked == "通知裡面有没有講省級財政每年撥多少錢支持首席數據官工作？" and asked_amount(asked) == "money"
    )
    assert written_form("首席數據官同數據專員嘅關係係點樣？") == "首席數據官同數據專員的關係係怎样？"
    assert asked_amount("那聘期是多长？") == "term"


def test_what_a_role_is_expected_to_do_asks_for_its_duties():
    from kb.intents import wants_duties

    assert wants_duties("I was designated a Data Steward. What am I actually expected to do?")
    assert wants_duties("What do Data Stewards have to do under AR 1-27?")
    assert wants_duties("数据管理员具体要干哪些活？")
    assert not wants_duties("What does the plan expect by 2025?")
    assert not wants_duties("What is the deadline that agencies have to do this by?")


def test_the_law_a_place_s_words_point_at() -> None:
    """A comparison searches a place's laws alone when its own words point at a law ("by law",
    "the statute", 按他们的法律), not when they ask which law or speak of law as a topic."""
    from kb.genres import names_law
    from kb.places import what_each_asks

    asked = "北京、上海的条例和美国联邦机构的CDO岗位说明，分别把数据安全责任落在谁头上？"
    said = what_each_asks(asked, ["上海市", "United States"])
    assert names_law(said["上海市"]) and not names_law(said["United States"])
    assert names_law("what does a US federal agency CDO have to produce by law")
    assert names_law("the federal CDO statute") and names_law("按他们的法律，机构里")
    assert not names_law("美国联邦首席数据官理事会又是根据哪部法律设立的")
    assert not names_law("Does the CDO have to comply with privacy law?")
    assert not names_law("两地首席数据官在法律法规宣传方面的职责")
    # 法条 (a law's articles) and 法案 (a bill) name a law as 法律 does
    assert names_law("在数据共享这件事上，美国联邦法条和") and names_law("加州那个法案里")
    # the words before a place's name say how it is asked about, up to the name before it
    asked = "Which bodies must have a CDO under US federal law, and which under Nanjing's draft?"
    said = what_each_asks(asked, ["United States", "南京市"], lead_in=True)
    assert said["United States"].startswith("Which bodies") and names_law(said["United States"])
    assert said["南京市"] == " and which under Nanjing's draft?"
    assert said["United States"].endswith("federal law,")  # the lead-in words are Nanjing's alone
    said = what_each_asks(
        "北京、上海的条例和美国联邦机构的CDO岗位说明", ["上海市", "United States"], lead_in=True
    )
    assert said["United States"] == "美国联邦机构的CDO岗位说明" and not names_law(said["United States"])


def test_the_role_asked_is_not_one_inside_a_document_s_name() -> None:
    from kb.intents import asked_role

    assert asked_role("我是某个部的数据管家，按安省的部委首席数据官指令，我要干哪些活？") == "数据管家"
    assert asked_role("海丰县首席数据官制度试点工作方案里首席数据官的职责") == "首席数据官"
    assert asked_role("邯郸那个首席数据官工作规则里，数据专员具体要负责哪些事？") == "数据专员"
    assert asked_role("市首席数据官要遵守哪些规则？区数据专员呢？") == "市首席数据官"  # rules it keeps
    assert asked_role("Under the CDO Act, what must agency data stewards do?") == "agency data stewards"
    # an English question's "CDO" is not the Chinese name preferred in a Chinese question
    assert (
        asked_role("new data specialist here - under Futian's CDO system, what must I do?")
        == "data specialist"
    )
    assert asked_role("给数据管家（Data Steward）讲课，他们要干哪些活？") == "数据管家"
    # a title's own words between the role and the kind of document (设置与运行办法, 履职考核办法)
    zjut = "浙江工业大学那个首席数据官设置与运行办法，各学院的数据联络员具体要干哪些活？"
    assert asked_role(zjut) == "数据联络员"
    assert asked_role("首席数据官履职考核办法里首席数据官要干什么？") == "首席数据官"


def test_a_document_named_by_its_title_and_of_no_known_place_is_searched_as_the_places(fake_kb):
    """A press release that never writes its city's name has no region; a question that names
    the place and the release ("per the LCQ9 reply, in Hong Kong") ranks it with the place's own
    documents, not under them."""
    fake_kb.add_document(
        *make_doc(
            "circular",
            ["Each bureau in Hong Kong shall appoint a Departmental Data Officer."],
            title="Circular on departmental data officers",
            region="香港特别行政区",
            language="en",
        )
    )
    fake_kb.add_document(
        *make_doc(
            "lcq9",
            ["Per this reply, the DDO should hold D2 rank or above, normally a Deputy Head."],
            title="LCQ9: Data governance in government departments",
            language="en",
        )
    )
    for doc_id in ("ohio", "texas"):
        fake_kb.add_document(
            *make_doc(doc_id, ["An agency data officer reports to the director."], region=doc_id)
        )
    retriever, _ = fake_kb._question_view()
    hits = retriever.search(
        retriever.prepare("In Hong Kong, per the LCQ9 reply, what rank should the DDO hold?")
    )
    assert hits[0].chunk.doc_id == "lcq9"


def test_a_state_written_after_its_city_is_no_unknown_name(fake_kb):
    """ "Austin, Texas" and "Austin TX" name Austin, the state after it as English addresses
    write it, even where no document writes Texas; Texas asked of alone is still a name the library
    lacks."""
    fake_kb.add_document(
        *make_doc(
            "austin",
            ["The Chief Data Officer position is posted in December."],
            region="United States / Austin",
        )
    )
    retriever, _ = fake_kb._question_view()
    assert retriever.prepare("When will Austin, Texas post the CDO position?").unknown_terms == []
    assert retriever.prepare("Austin TX: when is the CDO position posted?").unknown_terms == []
    # ... and Chinese writes it in brackets after the city's name and its 市; places listed side
    # by side qualify none (纽约州，德克萨斯州: Texas is still a name the library lacks)
    assert retriever.prepare("奥斯汀市（德克萨斯州）的首席数据官岗位什么时候发布？").unknown_terms == []
    from kb.retrieve import _qualifies

    assert not _qualifies("德克萨斯州", "奥斯汀州,德克萨斯州和俄亥俄州", ["奥斯汀"])
    assert retriever.prepare("Does Texas require a chief data officer?").unknown_terms == ["texas"]


def test_places_listed_side_by_side_do_not_qualify_each_other(fake_kb):
    fake_kb.add_document(
        *make_doc("tx", ["Each agency shall designate a data officer."], region="United States / Texas")
    )
    retriever, _ = fake_kb._question_view()
    assert (
        "oklahoma"
        in retriever.prepare("Do Texas, Oklahoma and Ohio require a chief data officer?").unknown_terms
    )


def test_an_abbreviation_the_documents_write_is_a_word_of_the_question(fake_kb):
    """stopwords-iso lists "va" as a word; written VA in a question about a library that writes VA
    (the Department of Veterans Affairs), it is the name it abbreviates."""
    directive = [
        "VA Directive 0920 assigns the VA Chief Data Officer's duties.",
        "The CDO reports to the Deputy Secretary.",
    ]
    fake_kb.add_document(*make_doc("va", directive, language="en", date="2025-03-18"))
    for n in range(6):  # a library where few passages write VA
        other = [
            f"Agency {n} designates a Chief Data Officer.",
            f"The CDO of agency {n} reports to its head.",
        ]
        fake_kb.add_document(*make_doc(f"agency-{n}", other, language="en", date="2025-01-01"))
    retriever, _ = fake_kb._question_view()
    assert "va" in retriever.prepare("Who does the VA CDO report to?").tokens
    assert "us" not in retriever.prepare("Tell us who the CDO reports to").tokens


def test_an_abbreviation_of_a_name_the_documents_spell_out_is_known(fake_kb):
    """ "SMT" in a question names the report's "Strategic Management Team", which the report never
    abbreviates; an abbreviation of nothing the documents spell out is still unknown, and a
    capitalised word that spells some initials is not read as them."""
    from kb.text import spelled_out_initialisms

    assert {"SMT", "CDO"} <= spelled_out_initialisms(
        "The Chief Data Officer will report to the Strategic Management Team."
    )
    fake_kb.add_document(
        *make_doc(
            "manchester",
            [
                "5.3 The Chief Data Officer will provide quarterly progress reports to the Strategic Management Team."
            ],
            region="United Kingdom / Manchester",
        )
    )
    retriever, _ = fake_kb._question_view()
    assert retriever.prepare("How often does the CDO report to SMT?").unknown_terms == []
    assert retriever.prepare("How often does the CDO report to the XQZ?").unknown_terms == ["xqz"]
    assert "smt" in retriever.prepare("How often does the CDO report to Smt Kumar?").unknown_terms
    # a hyphened kind of body, abbreviated in the plural: CCOs of "Council-controlled organisations"
    assert {"CCO", "ALB"} <= spelled_out_initialisms(
        "2.3 Council-controlled organisations align with it, as arm's-length bodies do."
    )
    assert not spelled_out_initialisms("Agencies need non-standard access and self-service analytics.")


def test_a_question_naming_its_source_as_a_report_asks_no_reporting():
    """ "那份给国会的报告里" and "in the committee report" say where to read, not what is asked."""
    from kb.dimensions import question_dimensions

    assert "reporting" not in question_dimensions(
        "曼彻斯特市议会那份设首席数据官的报告里，这个岗位一年要花多少钱？"
    )
    assert "reporting" not in question_dimensions("In the committee report, how much does the post cost?")
    assert "reporting" in question_dimensions("首席数据官多久报告一次工作？")
    assert "reporting" in question_dimensions("What does the CDO have to report to Congress?")
    # the reports asked about are still reporting
    assert "reporting" in question_dimensions("需要提交哪两份报告？")
    assert "reporting" in question_dimensions("年度报告中应包括哪些内容？")
    assert "reporting" in question_dimensions("What must be included in the annual report?")


def test_an_abbreviation_keeping_its_small_word_or_one_the_question_glosses_is_known(fake_kb):
    """ "HOD" abbreviates the order's "Head of Department" with its "of"; "(the FG)" is glossed by
    the question itself; an abbreviation of nothing is still unknown."""
    from kb.text import glossed_initialisms, spelled_out_initialisms

    assert "HOD" in spelled_out_initialisms("Every Head of Department shall designate a Nodal Data Officer.")
    assert "HD" not in spelled_out_initialisms("Every Head of Department shall designate one.")
    assert glossed_initialisms("our data protection officer (the FG), and the DPA (data protection act)") == {
        "FG",
        "DPA",
    }
    assert glossed_initialisms("Does the DPO report to the CDO?") == set()
    fake_kb.add_document(
        *make_doc(
            "order",
            [
                "Every Head of Department shall designate a Nodal Data Officer to assist the Chief Data Officer."
            ],
            region="India / Tamil Nadu",
        )
    )
    retriever, _ = fake_kb._question_view()
    assert retriever.prepare("Who is the nodal officer at HOD level?").unknown_terms == []
    assert retriever.prepare("Can our data protection officer (the FG) be the CDO?").unknown_terms == []
    assert retriever.prepare("Can the FG be the CDO?").unknown_terms == ["fg"]


def test_a_short_name_inside_another_places_longer_name_is_not_named():
    """亚州, the dictionary's short name for Arizona, stands inside 宾夕法尼亚州: the question names
    Pennsylvania only. 苏州 inside 苏州工业园区 is the larger place that holds the park, and a
    place named on its own is still named."""
    from kb.places import Places

    places = Places.of(
        [
            _doc("maricopa", "United States / Arizona / Maricopa County"),
            _doc("westbury", "United States / Pennsylvania / Westbury County"),
            _doc("sip", "江苏省苏州市苏州工业园区"),
        ]
    )
    assert places.named_in("宾夕法尼亚州韦斯特伯里县（Westbury County）的招聘启事") == [
        "Pennsylvania",
        "Westbury County",
    ]
    assert places.named_in("亚利桑那州和宾夕法尼亚州") == ["Arizona", "Pennsylvania"]
    assert "苏州市" in places.named_in("苏州市苏州工业园区的首席数据官")


def test_an_aside_in_parentheses_glosses_nothing_and_a_pair_needs_a_head_noun():
    from kb.text import glossed_initialisms, spelled_out_initialisms

    asides = "What does the FBI (if any) require? Under the DPDPA (see section 3). Acme Corp (ACME)."
    assert glossed_initialisms(asides) == set()
    assert glossed_initialisms("our data protection officer (The FG)") == {"FG"}
    assert (
        spelled_out_initialisms("City of Austin. Started on Prioritizing. Committee on Oversight.") == set()
    )


def test_a_place_glossed_in_the_other_script_is_no_unknown_name(fake_kb):
    """长滩市（City of Long Beach）: the dictionary has no 长滩, but the question glosses it with a
    place a document speaks for; 长滩市 alone stays a name no document uses."""
    fake_kb.add_document(
        *make_doc(
            "lb",
            ["The Chief Data Officer reports to the City Manager."],
            region="United States / Long Beach",
            language="en",
        )
    )
    retriever, _ = fake_kb._question_view()
    assert retriever.prepare("长滩市（City of Long Beach）的首席数据官向谁汇报？").unknown_terms == []
    assert retriever.prepare("长滩市的首席数据官向谁汇报？").unknown_terms != []


def test_a_document_named_alone_by_its_capitals_answers_for_itself(fake_kb):
    """ "NCC这份章程…有什么处罚？": NCC is in one document's number only, so that document's
    passages decide; a penalty another document states does not answer for it."""
    fake_kb.add_document(
        *make_doc(
            "ncc",
            ["The Board shall meet quarterly and report to the Executive Vice Chairman."],
            title="Data Governance Board Charter",
            doc_number="NCC/DGB/CHR/001/2025",
            language="en",
        )
    )
    fake_kb.add_document(*make_doc("other", ["违反本办法的，依法给予罚款等处罚。"], title="某市数据管理办法"))
    retriever, _ = fake_kb._question_view()
    assert retriever.prepare("NCC这份章程对报送数据质量差的运营商有什么处罚？").named_document == "ncc"
    answer = fake_kb.ask("NCC这份章程对报送数据质量差的运营商有什么处罚？")
    assert answer.no_answer


def test_a_document_named_alone_is_searched_on_its_own(fake_kb, monkeypatch):
    """Asked in the other language, the named document's passages may not reach the pool that
    others' passages fill: its own search finds them."""
    from kb.retrieve import Retriever

    fake_kb.add_document(
        *make_doc(
            "ncc",
            ["5.2 The Head of the Data Management Unit shall serve as Secretary to the Board."],
            title="Data Governance Board Charter",
            doc_number="NCC/DGB/CHR/001/2025",
            language="en",
        )
    )
    fake_kb.add_document(*make_doc("zh", ["数据治理委员会秘书由办公室主任担任。"], title="某市办法"))
    search = Retriever.search

    def crowded(self, query, k=5, allowed_docs=None):  # the whole pool is other documents'
        found = search(self, query, k, allowed_docs)
        return found if allowed_docs == {"ncc"} else [h for h in found if h.chunk.doc_id != "ncc"]

    monkeypatch.setattr(Retriever, "search", crowded)
    answer = fake_kb.ask("NCC数据治理委员会的秘书由谁来做？")
    assert answer.citations[0].doc_id == "ncc" and "Secretary to the Board" in answer.answer


def test_a_document_named_by_a_name_only_its_passages_hold_answers_for_itself(fake_kb):
    """ "Defra's Chief Data Officer post": no title holds Defra, but only that document's passages
    do, so they decide; a salary another document states does not answer for it. A dictionary
    word (East) or a name two documents hold names none."""
    fake_kb.add_document(
        *make_doc(
            "defra",
            [
                "The Defra group is made up of the core department and its agencies.",
                "The CDO leads data across Defra.",
            ],
            title="Department for Environment, Food & Rural Affairs",
            language="en",
        )
    )
    fake_kb.add_document(
        *make_doc(
            "posting",
            ["The salary range for this position is $182,560 to $251,020 annually."],
            title="Chief Data Officer",
            language="en",
        )
    )
    fake_kb.add_document(
        *make_doc(
            "east", ["The East Lake zone and Calder set targets.", "Leidos ran the survey."], language="en"
        )
    )
    fake_kb.add_document(*make_doc("calder", ["Calder appointed a data lead."], language="en"))
    retriever, _ = fake_kb._question_view()
    question = "What is the salary range for Defra's Chief Data Officer post?"
    assert retriever.prepare(question).named_document == "defra"
    assert fake_kb.ask(question).no_answer
    assert retriever.prepare("What targets did the East zone set?").named_document is None
    assert retriever.prepare("Whom did Calder appoint?").named_document is None
    assert retriever.prepare("What did the survey by Leidos find?").named_document is None  # one passage
    assert retriever.prepare("I work at Defra. Who leads data?").named_document is None  # the asker's own


def test_a_chinese_body_named_in_pinyin_answers_for_itself(fake_kb):
    """ "At Huadian Fuxin": the pinyin of 华电福新 in one title names that document, not the
    cities 桦甸 and 阜新 a gazetteer knows by those names; a piece of a name ("Haixia Jiaotou",
    whose 交投 alone is another group's) and an English word ("China") name nothing."""
    fake_kb.add_document(
        *make_doc(
            "huadian",
            ["第十九条 2025年10月31日前，公司本部及各单位完成首席数据官任命和备案工作。"],
            title="华电福新能源有限公司首席数据官管理办法",
            issuer="华电福新能源有限公司",
        )
    )
    fake_kb.add_document(
        *make_doc("zjjt", ["集团首席数据官由总经理担任。"], title="浙江交投聘任集团首位首席数据官")
    )
    fake_kb.add_document(
        *make_doc(
            "haixia", ["首席数据官每年述职。"], title="福建省海峡交通投资集团有限公司首席数据官管理办法"
        )
    )
    retriever, _ = fake_kb._question_view()
    question = "At Huadian Fuxin, by what date do all the units have to appoint their CDOs?"
    query = retriever.prepare(question)
    assert query.named_document == "huadian"
    assert not {"huadian", "fuxin"} & set(query.unknown_terms)
    assert fake_kb.ask(question).citations[0].doc_id == "huadian"
    assert retriever.prepare("Who is the CDO under Haixia Jiaotou's measures?").named_document is None
    assert retriever.prepare("Does China expect a CDO to report?").named_document is None
    # a place alone, whose syllables stand side by side in a title (福新 of 华电福新 is 阜新's
    # pinyin), names no document and stays a place no document speaks for
    fuxin = retriever.prepare("What does Fuxin require of its chief data officers?")
    assert fuxin.named_document is None and "fuxin" in fuxin.unknown_terms
    # an English word ends the name: "Huadian Fuxin CDO" is 华电福新
    assert (
        retriever.prepare("How much does the Huadian Fuxin CDO measure set aside?").named_document
        == "huadian"
    )
    # a run with a Chinese place in it is one name or none: not 交投 of another group
    assert retriever.prepare("Who is the CDO under Huanggang Jiaotou's rules?").named_document is None


def test_a_document_named_by_a_name_that_holds_a_place_answers_before_the_place(fake_kb):
    """ "China Yuanhang" names 中国远航's post description, whose title writes the place China
    too: its passages answer, not the national documents of China (China itself not named: it
    opens the company's English name)."""
    fake_kb.add_document(
        *make_doc(
            "yuanhang",
            ["任职条件：具有10年以上信息化或数据管理工作经历。"],
            title="中国远航物流集团有限公司首席数据官岗位说明书",
            region="海南省海口市",
        )
    )
    fake_kb.add_document(
        *make_doc(
            "standard", ["首席数据官应具有5年以上数据管理经验。"], title="首席数据官 基本要求", region="China"
        )
    )
    retriever, _ = fake_kb._question_view()
    question = "How many years of experience does China Yuanhang want in its chief data officer?"
    query = retriever.prepare(question)
    assert query.places == [] and query.named_document == "yuanhang"
    answer = fake_kb.ask(question)
    assert not answer.no_answer and answer.citations[0].doc_id == "yuanhang"


def test_a_document_of_a_place_inside_the_named_ones_does_not_answer_before_them():
    """ "Xinhui district (Jiangmen, Guangdong)" may name the Jiangmen plan by the English name
    its passages alone write, but 广东省 and 新会区 are asked about: the plan speaks for neither, so
    the places' passages answer first; 中国远航's title names China, so it answers before China's."""
    from kb.knowledge_base import _within_places
    from kb.places import Places
    from kb.retrieve import Query

    documents = {
        "jiangmen": _doc("jiangmen", "广东省江门市", title="Jiangmen City CDO Implementation Plan"),
        "xinhui": _doc("xinhui", "广东省江门市新会区", title="新会区首席数据官考核细则"),
        "guangdong": _doc("guangdong", "广东省", title="广东省首席数据官试点工作方案"),
        "yuanhang": _doc("yuanhang", "海南省海口市", title="中国远航物流集团有限公司首席数据官岗位说明书"),
        "standard": _doc("standard", "China", title="首席数据官 基本要求"),
    }
    places = Places.of(documents.values())
    asked = Query("", [], np.zeros(2), False, places=["新会区", "广东省"], named_document="jiangmen")
    assert not _within_places(asked, places, documents)
    assert _within_places(replace(asked, named_document="xinhui"), places, documents)
    china = replace(asked, places=["China"], named_document="yuanhang")
    assert _within_places(china, places, documents)


def test_a_place_glossed_with_its_larger_place_is_still_unknown() -> None:
    """圣何塞市（美国）: the brackets name where it lies, not the place itself."""
    from kb.retrieve import _glossed_as

    assert _glossed_as("长滩", "长滩市（City of Long Beach）的CDO", ["Long Beach"])
    assert not _glossed_as("圣何塞", "圣何塞市（美国）的CDO", ["United States"])
    assert not _glossed_as("圣何塞", "圣何塞市（美国加州）的CDO", ["United States", "California"])


def test_capitals_many_passages_use_name_no_document(fake_kb):
    """AI in one title but in other documents' passages too is a topic, not a document's name."""
    fake_kb.add_document(
        *make_doc(
            "ai", ["Agencies and their CDO shall inventory AI use cases."], title="AI Strategy", language="en"
        )
    )
    fake_kb.add_document(
        *make_doc("cdo", ["The CDO shall oversee AI and data."], title="CDO Policy", language="en")
    )
    retriever, _ = fake_kb._question_view()
    assert retriever.prepare("How should a CDO oversee AI?").named_document is None


def test_a_places_document_named_by_its_title_answers_alone(fake_kb):
    """广西电网那个工作细则里…述职: of 广西's two documents, the one whose title the question names
    answers, or none does; the other's 述职 clause is not its."""
    fake_kb.add_document(
        *make_doc(
            "bureau",
            ["各地区首席数据官每年1月31日前向本级政府述职，并报送年度报告。"],
            region="广西壮族自治区",
            title="关于开展首席数据官制度试点工作评估的通知",
        )
    )
    fake_kb.add_document(
        *make_doc(
            "grid",
            ["数据管理委员会每季度召开一次会议，由首席数据官主持。", "首席数据官统筹公司数据治理工作。"],
            region="广西壮族自治区",
            title="广西电网有限责任公司首席数据官工作细则",
        )
    )
    answer = fake_kb.ask("广西电网那个首席数据官工作细则里，首席数据官每年几月份之前要述职？")
    assert "1月31日" not in answer.answer and answer.citations[0].doc_id == "grid", answer.answer


def test_a_body_the_question_names_answers_with_its_own_duties(fake_kb):
    """ "What is the Data Governance Committee responsible for?" lists the committee's duties, not
    the CDO's the charter also lists; a role named before the body keeps the question the role's."""
    from ingest.duties import extract_duties
    from kb.intents import asked_body
    from kb.roles import role_matches

    paragraphs = [
        "4.1 Chief Data Officer. The Chief Data Officer is responsible for: (a) leading the data strategy; "
        "(b) chairing the Data Governance Committee.",
        "4.2 Data Governance Committee. The Data Governance Committee is chaired by the CDO. The Committee "
        "is responsible for: (a) endorsing data standards before they are adopted; (b) reviewing the data "
        "risk register each quarter.",
    ]
    doc, chunks = make_doc(
        "charter", paragraphs, title="Chief Data Officer Charter", language="en", region="Brisbane"
    )
    fake_kb.add_document(doc, chunks, duties=extract_duties(doc, chunks))
    question = "What is the city's Data Governance Committee actually responsible for under the CDO charter?"
    assert asked_body(question) == "Data Governance Committee"
    assert asked_body("What must the CDO do in the Data Governance Committee?") is None
    assert (
        asked_body("联席会议的职责是什么？") == "联席会议"
        and asked_body("What does the CDO Council do?") is None
    )
    assert role_matches("联席会议", "县首席数据官联席会议", "") and not role_matches(
        "首席数据官", "联席会议", ""
    )
    answer = fake_kb.ask(question)
    assert "endorsing data standards" in answer.answer and "leading the data strategy" not in answer.answer


def test_which_n_things_is_answered_by_a_passage_that_names_them():
    """ "那13家市级委办局具体是哪几家" asks their names: a passage that counts them (选取了13家…) is the
    closest clause, not the answer; one that lists as many answers "which ten cities"."""
    from kb.intents import Speaking, holds_what_is_asked, named_count

    assert named_count("北京试点选的那13家市级委办局，具体是哪几家？有名单吗？") == 13
    assert named_count("Which ten cities did Guangdong pick for the pilot?") == 10
    assert named_count("四个试点区里哪个区评得最好？") == 0  # which one of them
    assert named_count("惠州、海丰、深圳这三个地方分别覆盖了哪些单位？") == 0  # counts places, asks units
    counted = [Speaking("工作方案选取了13家北京市级委办局、各区级政府和北京经济技术开发区作为试点单位。")]
    assert not holds_what_is_asked("北京试点选的那13家市级委办局，具体是哪几家？", counted)
    cities = [Speaking("确定广州、深圳、珠海、汕头、佛山、韶关、河源、梅州、惠州、汕尾为试点城市。")]
    assert holds_what_is_asked("Which ten cities did Guangdong pick for the pilot?", cities)
    english = [
        Speaking(
            "each place from the work objectives,pilot scope,organisational system,the main responsibilities,implementation steps and safeguards"
        )
    ]
    assert holds_what_is_asked("Which six dimensions does the article name?", english)


def test_the_adopted_version_is_not_answered_from_a_draft():
    """ "正式版是哪天印发的", "the version that was finally adopted": a draft for comment cannot say
    what it became; the draft's own questions are answered from it."""
    from kb.intents import Speaking, holds_what_is_asked

    draft = [
        Speaking(
            "第三条 区人民政府应当设立首席数据官。", title="南京市城市数字治理若干规定(草案)(公开征求意见稿)"
        )
    ]
    assert not holds_what_is_asked("南京那个规定最后正式通过的版本里，首席数据官那一条还保留着吗？", draft)
    assert not holds_what_is_asked(
        "Did the version of Nanjing's rules that was finally adopted keep the CDO clause?", draft
    )
    assert holds_what_is_asked("南京的草案对设立首席数据官有什么要求？", draft)
    adopted = [Speaking("第三条 区人民政府应当设立首席数据官。", title="南京市城市数字治理若干规定")]
    assert holds_what_is_asked("南京那个规定最后正式通过的版本里，首席数据官那一条还保留着吗？", adopted)


def test_the_second_review_s_answerable_questions_stay_answerable():
    """What the cold review of the logical checks found them wrongly refuse: lists run in on one
    line, counts that are no "which N", the rules for a rating, real sums beside revenue and
    value added, and questions about a draft's own status."""
    from kb.intents import Speaking, asked_for, holds_what_is_asked, listed_items, named_count, states_amount

    assert listed_items("一是加强领导；二是完善制度；三是强化培训；四是严格考核；五是加强宣传。") == 5
    assert listed_items("(a) the Treasury; (b) the Home Office; (c) Defra") == 3
    for q in ("Which 2024 circular requires agencies to appoint a CDO?", "需要在30个工作日内报送首席数据官名单吗？",
              "全省21个地市中，哪几个市已经设立了首席数据官？", "13家试点单位里哪几家已经完成首席数据官任命？"):  # fmt: skip
        assert named_count(q) == 0, q
    rules = [Speaking("考核得分60分以下的，评为不合格。", only_prescribes=True)]
    assert holds_what_is_asked("哪些情形会被评为不合格？", rules)
    assert not asked_for("Which criteria were rated as most important?").outcome
    for sum_ in ("appropriated $2.5 million from the General Revenue Fund",
                 "The Department of Revenue's Chief Data Officer receives an annual salary of $165,000.",
                 "省财政每年安排专项资金2亿元，用于支持数字经济核心产业增加值提升"):  # fmt: skip
        assert states_amount("money", sum_), sum_
    for not_a_sum in (
        "处1万元以上10万元以下罚款",
        "a fine of up to $10,000 per day",
        "合同金额50万元以内自行采购",
    ):
        assert not states_amount("money", not_a_sum), not_a_sum
    assert not asked_for("这个办法现在是正式版还是征求意见稿？").final_version
    assert not asked_for("Is the data sharing policy the final version or still a draft?").final_version
    adopted = [Speaking("条例第三条保留了首席数据官条款。", title="《某市数据条例（草案）》经表决通过")]
    assert holds_what_is_asked("那个条例最后正式通过的版本里还有首席数据官条款吗？", adopted)


def test_an_institution_called_by_its_short_name_names_its_document(fake_kb):
    """西电 of 西安电子科技大学, 浙工大 of 浙江工业大学: a short name users give, that no passage writes,
    names the one document whose title or issuer holds the institution; a city's name (西安) does
    not; and the named document's own list of a body's duties answers, not another's."""
    from kb.titles import _abbreviates

    assert _abbreviates("西电", "西安电子科技大学") and _abbreviates("浙工大", "浙江工业大学")
    assert not _abbreviates("西安", "西安电子科技大学") and not _abbreviates("准备", "西安电子科技大学")
    rules = [
        "第十条 领导小组办公室履行以下职责：",
        "（一）承担首席数据官日常支撑工作；",
        "（二）组织编制校级数据资源目录。",
    ]
    fake_kb.add_document(
        *make_doc("xidian", rules, title="西安电子科技大学首席数据官制度实施细则", language="zh-Hans")
    )
    county = ["（四）领导小组办公室职责", "1. 承担领导小组日常工作；", "2. 建立数据专员联络工作台账。"]
    fake_kb.add_document(
        *make_doc(
            "huoshan", county, title="霍山县首席数据官制度实施方案", region="霍山县", language="zh-Hans"
        )
    )
    retriever, _ = fake_kb._question_view()
    assert retriever.prepare("西电那个细则里领导小组办公室的职责有哪些？").named_document == "xidian"
    answer = fake_kb.ask("麻烦把西电那个细则里领导小组办公室的职责逐条列一下。")
    assert "xidian" in {c.doc_id for c in answer.citations[:1]}


def test_what_is_not_asked_as_a_definition_nor_stated_as_one():
    """A cold review's reproductions: 预算什么时候, 职责定位, 是个什么级别 and "are defined by" ask no
    definition; "This means" and a definition of another term state none of the role asked."""
    from kb.intents import asks_definition, states_definition

    for question in (
        "首席数据官的工作经费预算什么时候下达？",
        "CDO的职责定位与考核",
        "这个岗位是个什么级别",
        "Which data standards are defined by the CDO?",
    ):
        assert not asks_definition(question), question
    for question in ("What is a CDO as defined by the Act?", "介绍一下首席数据官的定位", "CDO是个啥？"):
        assert asks_definition(question), question
    asked = "首席数据官是怎么定义的？"
    assert states_definition("(3) Chief Data Officer means the senior official designated.", asked)
    assert not states_definition("This means the agency must act.", asked)
    assert not states_definition("本办法所称数据，是指任何以电子方式记录的信息。", asked)
    assert states_definition("本办法所称首席数据官，是指本单位负责数据工作的领导。", asked)


def test_a_by_when_comparison_cites_each_places_dated_clause_first(fake_kb, monkeypatch):
    """Batch 35's "by what date did Anji's townships have to settle their CDOs, and what's the
    equivalent deadline in Trinidad and Tobago": of a place's passages, those that date something
    come first, however the rest rank."""
    undated = [f"The Chief Data Officer of each Ministry shall lead data work area {i}." for i in range(6)]
    dated = "Each Permanent Secretary shall designate a Chief Data Officer by 31 January 2026."
    _two_places_compared(
        fake_kb,
        monkeypatch,
        make_doc("tt", [*undated, dated], region="Trinidad and Tobago", language="en"),
        make_doc(
            "anji",
            ["2025年7月31日前，各乡镇完成首席数据官人选确定工作。"],
            region="安吉县",
            language="zh-Hans",
        ),
    )
    found = fake_kb.ask("By what date must CDOs be designated in Anji and in Trinidad and Tobago?")
    assert "31 January 2026" in found.answer.splitlines()[1]


def test_batch_35_questions_read_as_asked():
    """ "The CDO function" is the office, not its duties; "list what the group-level CDO … is
    actually responsible for" asks duties; "Which bureau hosts …" asks who; a dash set off by
    spaces ends a clause, so a training deck "for new data officers" frames the question and is
    not the role asked; 特立尼达 is Trinidad and Tobago (not "Trinidad", a town's name too)."""
    from kb.intents import asked_role, question_kind, wants_duties, without_framing
    from kb.places import aliases

    assert not wants_duties("What is the CDO function actually supposed to achieve?")
    assert wants_duties("List the functions of an agency CDO")
    shudao = (
        "Putting together a training deck for new data officers - can you list what the group-level CDO at "
        "Shudao Investment Group is actually responsible for under their CDO work rules?"
    )
    assert wants_duties(shudao)
    assert asked_role(without_framing(shudao)) == "cdo"
    assert question_kind("Which bureau hosts the CDO office in Yanbian?") == "who"
    assert "特立尼达" in aliases("Trinidad and Tobago") and "trinidad" not in aliases("Trinidad and Tobago")
    assert not any(a.startswith("papua") and a != "papua new guinea" for a in aliases("Papua New Guinea"))
    # the review's readings: a request governs the clause; plural departments are a list
    assert not wants_duties("Who decides what the CDO is responsible for?")
    assert wants_duties("List the CDO functions")
    assert question_kind("Which departments does the CDO policy apply to?") == "list"


def test_the_second_cold_reviews_questions():
    from kb.intents import wants_duties

    assert wants_duties("Can you check what the CDO is responsible for in Hangzhou?")
    assert not wants_duties("How is the data function organised in the department?")
    assert not wants_duties("Who decides what the CDO is responsible for?")


def test_a_by_when_comparison_counts_a_day_of_every_year_as_dated(fake_kb, monkeypatch):
    """Batch 36's Xuhui and New Jersey: "submit an annual report to the Governor no later than
    December 31 of each year" dates the reporting it is asked about, though it names no year, and
    comes before clauses of other matters that do."""
    other = [f"The Chief Data Officer shall publish dataset batch {i} by March 31, 2026." for i in range(6)]
    yearly = "The Chief Data Officer shall submit an annual report to the Governor no later than December 31 of each year."
    _two_places_compared(
        fake_kb,
        monkeypatch,
        make_doc("nj", [*other, yearly], region="United States / New Jersey", language="en"),
        make_doc(
            "xuhui",
            ["每年12月底前，各单位首席数据官报送年度数据工作报告。"],
            region="上海市徐汇区",
            language="zh-Hans",
        ),
    )
    found = fake_kb.ask("By when must the CDO report each year in Xuhui and in New Jersey, and to whom?")
    assert "December 31 of each year" in found.answer


def test_a_name_asked_indirectly_and_bodies_that_are_no_persons():
    """ "who the current Deputy Chair … is? I need the name" asks a person's name; "Scottish
    Government" and "Digital Directorate" name no one (batch 37: the rule on electing the Deputy
    Chair is no answer)."""
    from kb.intents import asks_person_name, persons_in

    assert asks_person_name("Does anyone know who the current Deputy Chair of the CDO Network is?")
    assert asks_person_name("I need the name and which body they come from")
    assert not asks_person_name("Who chairs the CDO Network?")
    assert (
        persons_in("The Network supports the Scottish Government and the Digital Directorate.") == frozenset()
    )


def test_an_institution_named_in_a_comparison_is_compared_with_its_own_documents():
    """华西医院 beside 澳门 in a comparison: the hospital's rules, by the name its title gives it
    (四川大学华西医院 is the hospital's, not also the university's)."""
    from kb.titles import Titles

    titles = Titles.of([_doc("huaxi", "四川省", title="四川大学华西医院首席数据官及数据管理委员会工作制度")])
    assert titles.institutions_in("对比一下华西医院和澳门的年度报告") == [("华西医院", frozenset({"huaxi"}))]
    assert titles.institutions_in("四川大学华西医院和澳门") == [("华西医院", frozenset({"huaxi"}))]
    assert titles.institutions_in("澳门的年度报告") == []


def test_a_company_is_compared_by_its_own_name_as_people_shorten_it():
    """粤海集团 of 广东粤海控股集团有限公司, 蜀道集团 of 四川蜀道投资集团有限责任公司: the name without
    its province and kind, with the kind the question writes after it."""
    from kb.titles import Titles

    titles = Titles.of(
        [
            _doc("yuehai", "广东省", title="广东粤海控股集团有限公司首席数据官工作规程"),
            _doc("shudao", "四川省", title="四川蜀道投资集团有限责任公司首席数据官工作细则"),
        ]
    )
    assert titles.institutions_in("对比一下杭州市和粤海集团的首席数据官") == [
        ("粤海集团", frozenset({"yuehai"}))
    ]
    assert titles.institutions_in("蜀道集团和延边州") == [("蜀道集团", frozenset({"shudao"}))]
    assert titles.institutions_in("杭州市和延边州") == []


def test_a_company_is_named_without_its_trade_and_in_pinyin():
    """宝武 of 中国宝武钢铁集团有限公司 (its country and its trade, 钢铁, left out as people do), "Baowu"
    in an English question; a name whose trade leaves only a place keeps it (黄冈交通), and a verb
    read into a name from a sentence (交投聘任集团's 聘任) is no trade."""
    from kb.titles import Titles, _company_core

    titles = Titles.of([_doc("baowu", "上海市", title="中国宝武钢铁集团有限公司首席数据官管理办法（试行）")])
    assert titles.institutions_in("马鞍山和宝武这两家，首席数据官分别是让谁兼任的？") == [
        ("宝武", frozenset({"baowu"}))
    ]
    english = "the CDO at Cardiff versus at Baowu?"
    assert titles.institutions_in(english, ["baowu"]) == [("Baowu", frozenset({"baowu"}))]
    assert (
        titles.institutions_in("at Haixia Baowu", ["haixia baowu"]) == []
    )  # a run of pinyin words is one name
    assert _company_core("上海申通地铁集团有限公司") == "申通"
    assert _company_core("黄冈交通投资集团有限公司") == "黄冈交通"  # 黄冈 alone is a place
    assert _company_core("国网江西省电力有限公司") == "国网江西省电力"
    assert _company_core("青岛农村商业银行股份有限公司") == "青岛农村商业银行"  # 农村 is a word
    assert _company_core("中国建筑集团有限公司") == "中国建筑"  # 建筑 alone is a word
    assert _company_core("浙江交投聘任集团") == "交投聘任"  # 聘任 is no trade


def test_colloquial_duties_and_a_persons_name_asked():
    """哪些活儿 asks what a post does whatever the verb (规定了哪些活儿), not 哪些活动; "what's the
    deputy magistrate's name" and "who's the actual person" ask a person's name."""
    from kb.dimensions import question_dimensions
    from kb.intents import asks_person_name, wants_duties

    asked = "办法里对子公司这一级的CDO都规定了哪些活儿？"
    assert wants_duties(asked) and "duties" in question_dimensions(asked)
    assert not wants_duties("今年组织了哪些活动？")
    assert asks_person_name("Who's the actual person serving as Taitung's chief data officer?")
    assert asks_person_name("What's the deputy magistrate's name?")
    assert not asks_person_name("What's the committee's name?")
    assert not asks_person_name("Who is the person responsible for data quality under the policy?")
    assert asks_person_name("Who is the person currently serving as the State Chief Data Officer?")


def test_a_post_the_documents_give_duties_to_is_asked_by_its_own_name():
    """数据专责 is no role kb.roles knows, but the documents give it duties: a question naming it asks
    its duties, not those of the 首席数据官 inside the document's title."""
    from kb.intents import asked_role

    question = "国网江西省电力的首席数据官制度管理办法里，数据专责具体要干哪几项活儿？"
    assert asked_role(question) == "首席数据官"
    assert asked_role(question, {"数据专责", "专业数据负责人"}) == "数据专责"
    assert asked_role("数据专员要干哪些活？", {"专责"}) == "数据专员"  # two characters name no post


def test_who_holds_a_post_asks_its_holder_not_its_duties():
    """ "Who actually holds the Chief Data Officer role": the role is the post's name, no duties
    heading; "how does X fill its CDO post" asks the same; "what is the role of" still asks duties."""
    from kb.dimensions import question_dimensions

    assert question_dimensions("who actually holds the Chief Data Officer role?", "who") == {"holder"}
    assert question_dimensions("how does the University of Auckland fill its Chief Data Officer post?") == {
        "holder"
    }
    assert question_dimensions("who holds the CDO role and what are its duties?", "who") == {
        "holder",
        "duties",
    }
    assert question_dimensions("what is the role of the CDO?", "what") == {"duties"}


def test_the_domain_glossary_renders_a_chair_and_the_verbs_of_reporting():
    """The dictionary's 主席 is a chairman, its 交给 gives or hands; charters write Chair, and
    reports are submitted (报送, 上报 are no dictionary entries at all); 管理办法 are measures."""
    from kb.glossary import bridges

    chair = bridges("数据治理委员会谁当主席？", known=lambda t: 1)
    assert any(b.source == ("主席",) and "chair" in b.target for b in chair)
    submit = bridges("报告最晚什么时候交给国会？", known=lambda t: 1)
    assert any(b.source == ("交给",) and "submit" in b.target for b in submit)
    english = bridges("When must the report be submitted?", known=lambda t: 1)  # submitted: submit
    assert any(b.source == ("submit",) and "报送" in b.target for b in english)
    # the kinds of rules by their official English names, and a deadline's 完成 and 目录 as asked
    kinds = bridges(
        "Under the group's CDO rules and measures, by when must we finish the catalogue?", known=lambda t: 1
    )
    for word, chinese in (
        ("rule", "细则"),
        ("rule", "规程"),
        ("measur", "办法"),
        ("finish", "完成"),
        ("catalogu", "目录"),
    ):
        assert any(b.source == (word,) and chinese in b.target for b in kinds), (word, chinese)


def test_batch_38s_place_edges_and_institutions():
    """安那 of "雄安那份" is cut across the place's name, no unknown term; an English institution a
    title names is compared as itself."""
    from kb.retrieve import _straddles
    from kb.titles import Titles

    assert _straddles("安那", "帮我列一下雄安那份实施意见", ["雄安新区", "雄安"])
    assert not _straddles("那份", "海丰县那份方案里", ["海丰县", "海丰"])
    titles = Titles.of([_doc("ua", "", title="Data Governance Policy", issuer="The University of Auckland")])
    assert titles.institutions_in("how does the University of Auckland fill its CDO post") == [
        ("university of auckland", frozenset({"ua"}))
    ]


def test_the_second_cold_review_of_batch_37_and_38s_answers():
    """Filler is read before stemming (change is no "changes"); -ation takes a verb of five letters
    or more (not station's stat); a name run on into the next is that one's; "I need the name"
    asks a name, "do the filings need the name and phone number" does not; a title in capitals
    names no institution "Of The University"; a wide area network is no body; Taiwan is not the
    Taiwan Strait; "Mainland China" is still China, "West China Hospital" is not."""
    from kb.glossary import bridges
    from kb.intents import asks_person_name
    from kb.lexicon import lexicon
    from kb.places import _inside_glossed_name
    from kb.roles import EN_BODY_NAME
    from kb.text import content_tokens
    from kb.titles import Titles

    assert "chang" in content_tokens("What change must agencies make to data governance?")
    assert "provid" in content_tokens("What must the CDO provide to the council?")
    stations = bridges("Which data stations must a city build?", known=lambda t: 1)
    assert not any(b.source == ("station",) and "状态" in b.target for b in stations)  # state's
    titles = Titles.of(
        [
            _doc("univ", "四川省", title="四川大学数据管理办法"),
            _doc("hosp", "四川省", title="四川大学华西医院首席数据官工作制度"),
            _doc("caps", "", title="RULES OF THE UNIVERSITY", issuer="Board Of The University"),
        ]
    )
    assert titles.institutions_in("比较四川大学华西医院和澳门的年度报告") == [
        ("华西医院", frozenset({"hosp"}))
    ]
    assert not titles.institutions_in("of the university")
    assert not asks_person_name("Do the filings need the name and phone number of each CDO?")
    assert asks_person_name("I need the name of the current chair")
    assert EN_BODY_NAME.search("connected to the Government Wide Area Network") is None
    assert "台湾海峡" not in lexicon().chinese("taiwan")
    assert not _inside_glossed_name("china", "Compare Mainland China and California")
    assert _inside_glossed_name("china", "Under West China Hospital's rules, who reports?")


def test_what_batches_39_and_40_asked_for() -> None:
    """A count in a measure word, the day asked, a slide's topic."""
    from kb.intents import Speaking, asker_context, asks_person_name, holds_what_is_asked

    assert not asks_person_name("Who is currently responsible for data sharing?")  # a body or a post
    clause = Speaking("第三条 区人民政府负责本区城市数字治理工作。", "", "", "", "", True)
    staffed = Speaking("各单位明确1名数据专员。", "", "", "", "", True)
    assert not holds_what_is_asked("区里的首席数据官要配几名数据专员？", [clause])
    assert holds_what_is_asked("区里的首席数据官要配几名数据专员？", [staffed])
    assert holds_what_is_asked("惠州说首席数据官要当好哪几种角色？", [clause])  # which ones, not how many
    yearly = Speaking("申报材料于2021年报送。", "", "", "", "", True)
    dated = Speaking("申报材料于2021年6月30日前报送。", "", "", "", "", True)
    assert not holds_what_is_asked("申报材料截止到几月几号交？", [yearly])
    assert holds_what_is_asked("申报材料截止到几月几号交？", [dated])
    from kb.dates import dates_something

    assert dates_something("Each CDO shall submit an annual report to MoITT by 31st July each year.")
    assert "yuehai" not in asker_context(
        "For my slides on Yuehai's data governance setup: who chairs the group's data management committee?"
    )


def test_a_company_named_by_its_own_words(fake_kb):
    fake_kb.add_document(
        *make_doc(
            "yuehai",
            [
                "第十五条 数据专员主要职责：（一）负责本部门数据资源目录的编制与动态更新。",
                "粤海控股集团的数据工作。",
            ],
            title="广东粤海控股集团首席数据官工作规程",
            issuer="广东粤海控股集团有限公司",
            language="zh-Hans",
        )
    )
    fake_kb.add_document(
        *make_doc(
            "daqing",
            ["数据专员主要职责：负责本单位数据资源目录编制。"],
            title="大庆市首席数据官制度实施方案",
            region="黑龙江省大庆市",
            language="zh-Hans",
        )
    )
    retriever, _ = fake_kb._question_view()
    assert (
        retriever.prepare("我是粤海下面的数据专员，工作规程里对数据专员有哪些职责要求？").named_document
        == "yuehai"
    )


def test_what_the_cold_review_found_in_asking() -> None:
    from kb.intents import Speaking, asker_context, asks_person_name, holds_what_is_asked
    from kb.titles import _company_core

    for role_question in (
        "Who is responsible for appointing the chief data officer currently?",
        "Who is the CDO currently required to report to?",
        "I need a name for the data office.",
    ):
        assert not asks_person_name(role_question)

    def said(text: str) -> list[Speaking]:
        return [Speaking(text, "", "", "", "", True)]

    assert holds_what_is_asked("各单位要配几位数据专员？", said("配备1名数据专员"))  # 位 and 名 count people
    assert holds_what_is_asked("首席数据官要在几个月内完成评估？", said("在半年内完成"))  # a length of time
    assert holds_what_is_asked(
        "Which day-to-day duties does the CDO carry out?", said("shall maintain the inventory")
    )
    assert holds_what_is_asked("数据专员例会每周哪天开？", said("每周一召开"))
    assert holds_what_is_asked("截止到几月几号报送？", said("每年十二月三十一日前报送"))
    assert holds_what_is_asked("On what exact date is the report due?", said("due by July 31st each year"))
    assert not holds_what_is_asked("截止到几月几号报送？", said("各单位应在30日内报送"))
    assert "粤海" not in asker_context("我在做关于粤海数据治理的课件，首席数据官是谁？")
    assert "shenzhen" in asker_context(
        "I'm a trainer working on Shenzhen's data team, what does Guangdong require?"
    )
    assert [
        _company_core(n) for n in ("北京银行股份有限公司", "深圳集团有限公司", "山东高速集团有限公司")
    ] == ["", "", ""]


def test_documents_named_one_by_one_by_their_titles_words():
    """ "the Operations working group, versus its Data Skills working group": two charters, each
    named by a word that only its title holds; words of every charter's title name none, and a
    document already named is not named twice."""
    from kb.titles import Titles

    titles = Titles.of(
        [
            _doc("ops", "United States", "CDO Council Operations Working Group Charter"),
            _doc("skills", "United States", "CDO Council Data Skills Working Group Charter"),
            _doc("sharing", "United States", "CDO Council Data Sharing Working Group Charter"),
            _doc("council", "United States", "CDO Council Charter"),
        ]
    )
    words = [("Council", "council"), ("Operations", "operation"), ("working", "work"), ("Skills", "skill")]
    assert titles.named_apart(words) == [("Operations", "ops"), ("Skills", "skills")]
    assert titles.named_apart([*words, ("Ops", "operation")], besides={"skill"}) == [("Operations", "ops")]


def test_a_title_word_names_a_document_only_where_written_as_a_name():
    from kb.retrieve import _written_as_name
    from kb.text import fold

    def named(token: str, text: str) -> str | None:
        return _written_as_name(token, text, fold(text))

    assert named("operation", "How often does the Operations working group meet?") == "Operations"
    assert named("operation", "Operations: how often does it meet?") is None  # a sentence opens
    assert named("budget", "Does the statute give both a budget and a staff?") is None
    assert named("运营", "运营工作组和数据技能工作组多久开一次会？") == "运营"
    assert named("要求", "北京的条例对首席数据官的要求和标准有什么不同？") is None
    # a document's code is a name wherever it stands, a sentence's first word too
    assert named("m-19-23", "联邦CDO理事会由哪些人组成？M-19-23 备忘录的说法呢？") == "M-19-23"
    assert named("m-19-23", "What does M-19-23 say?") == "M-19-23"
    assert named("m-19-23", "按照M-19-23备忘录的要求") == "M-19-23"  # beside Chinese


def test_a_kind_of_document_named_after_a_place_names_that_place_s_document_of_the_kind():
    """ "the federal statute", 美国联邦法律, "Connecticut's statute": the kind of document right after
    a place's name (one word may stand between); not a kind named elsewhere in the question."""
    from kb.retrieve import _kinds_after_places

    assert _kinds_after_places("Compare the federal statute and the cdo.gov page", ["United States"]) == [
        ("federal statute", "United States", "statute")
    ]
    assert _kinds_after_places("What does the federal CDO statute say?", ["United States"]) == [
        ("federal CDO statute", "United States", "statute")
    ]
    found = _kinds_after_places("想把美国联邦法律、上海数据条例放一起讲", ["United States", "上海市"])
    assert ("美国联邦法律", "United States", "法律") in found and ("上海数据条例", "上海市", "条例") in found
    assert _kinds_after_places("Does Connecticut have a statute or a plan?", ["Connecticut"]) == []
    # a verb, a question whether one exists, a listing, another place between: none
    assert (
        _kinds_after_places("How do Guangdong and Shanghai plan to train CDOs?", ["广东省", "上海市"]) == []
    )
    assert _kinds_after_places("美国有没有法律要求设首席数据官？", ["United States"]) == []
    assert _kinds_after_places("美国各州的法律", ["United States"]) == []
    assert _kinds_after_places("对比美国和上海的联邦学习方案", ["United States", "上海市"]) == []
    assert _kinds_after_places("美国和上海的法律有什么不同？", ["United States", "上海市"]) == [
        ("上海的法律", "上海市", "法律")
    ]


def test_a_place_s_statute_named_beside_another_place_is_compared_as_a_document(fake_kb):
    """ "the federal statute and Shanghai's regulation": the one statute among the United States'
    documents has the line, under its title, quoting it, not a report the place also holds."""
    for doc_id, title, region, text in (
        (
            "usc",
            "44 U.S.C. § 3520",
            "United States",
            "The head of each agency shall designate a Chief Data Officer.",
        ),
        ("report", "Report to Congress", "United States", "The Council hosted Chief Data Officer meetings."),
        ("fds", "Strategy Action Plan", "United States", "Agencies will designate data stewards."),
        ("sh", "上海市数据条例", "上海市", "本市鼓励各区、各部门建立首席数据官制度。"),
    ):
        fake_kb.add_document(*make_doc(doc_id, [text], title=title, region=region))
    answer = fake_kb.ask(
        "Compare the federal statute with Shanghai: must a chief data officer be designated?"
    )
    lines = answer.answer.splitlines()
    assert len(lines) == 2, answer.answer
    statute = next(line for line in lines if line.startswith("44 U.S.C. § 3520"))
    assert "head of each agency shall designate" in statute
    assert {c.doc_id for c in answer.citations} == {"usc", "sh"}


def test_what_a_body_was_set_up_for_is_its_purpose_not_a_role_s_duties(fake_kb):
    """ "当初成立是为了干什么" asks what for: no role's list of duties answers it, though 干什么
    also asks what someone does."""
    from ingest.duties import extract_duties

    lead = "(c) Functions. The Chief Data Officer of an agency shall:"
    items = [f"({i + 1}) be responsible for lifecycle task {i + 1};" for i in range(5)]
    doc, chunks = make_doc(
        "usc", [lead, *items], language="en", region="United States", title="44 U.S.C. § 3520"
    )
    fake_kb.add_document(doc, chunks, duties=extract_duties(doc, chunks))
    purpose = ["The Operations Working Group was established to support the CDO Council's operations."]
    fake_kb.add_document(
        *make_doc(
            "ops", purpose, title="CDO Council Operations Working Group Charter", region="United States"
        )
    )
    answer = fake_kb.ask("联邦CDO理事会的运营工作组（Operations Working Group）当初成立主要是为了干什么？")
    assert "所列共" not in answer.answer, answer.answer
    assert "所列共" in fake_kb.ask("联邦机构的首席数据官要干什么？").answer  # what it does: its duties
    assert "所列共" in fake_kb.ask("联邦机构首席数据官的职责是什么？目的是什么？").answer  # named


def test_a_chinese_name_of_an_english_title_s_word_names_it_before_its_kind(fake_kb):
    """运营工作组, 数据技能工作组: the Operations and the Data Skills Working Groups' charters, by the
    translations of 运营 and 技能 that one title alone holds with the kind (工作组, working group);
    高级工作组 names no "Advancing …" playbook, which is no working group's."""
    for doc_id, title in (
        ("ops", "CDO Council Operations Working Group Charter"),
        ("skills", "CDO Council Data Skills Working Group Charter"),
        ("playbook", "CDO Playbook: Advancing the Federal Data Strategy"),
    ):
        text = f"The {title} sets out operations, skills, advanced work and the working group's meetings."
        fake_kb.add_document(*make_doc(doc_id, [text], title=title, region="United States"))
    retriever, _ = fake_kb._question_view()

    def named(question: str) -> list[str]:
        return [d for _, d in retriever.documents_named_apart(retriever.prepare(question))]

    assert named("联邦的运营工作组和数据技能工作组，多久开一次会？") == ["ops", "skills"]
    assert named("高级工作组多久开一次会？") == []
    assert named("运营方面的事，运营工作组多久开一次会？") == ["ops"]  # its second 运营 names it


def test_batch_46_a_holder_asked_loosely_a_cutoff_and_the_askers_own_post() -> None:
    """Batch 46, written blind: 由谁来兼 asks who holds the post (兼 for 兼任; not 兼顾); "who
    actually picks the CDO" asks who appoints; "the cutoff date for sending the bureau the names of
    our CDO" asks by when, not a name; the post the asker holds ("I just started as a data
    custodian") is not the one asked about when another is named; "is appointed by the CEO" says
    who puts the CDO in the post."""
    from kb.dimensions import question_dimensions
    from kb.intents import asked_role, asks_person_name, question_kind
    from kb.roles import roles_held

    assert question_dimensions("集团层面的首席数据官一般是由谁来兼的？", "") == {"holder"}
    assert question_dimensions("谁来兼顾数据安全？", "") == frozenset()
    assert "holder" in question_dimensions("Who actually picks the CDO there?", "")
    cutoff = "What's the cutoff date for sending the city bureau the names of our CDO and data staff?"
    assert (question_kind(cutoff), asks_person_name(cutoff)) == ("when", False)
    assert asks_person_name("Who is the CDO - give me the name of the person")
    assert (
        asked_role("I just started as a data custodian at the City of Sydney. Who picks the CDO there?")
        == "the cdo"
    )
    assert asked_role("我是镇里的数据专员，我要干哪些活？") == "数据专员"
    assert roles_held("5.1.1 The CDO shall be a member of the ELT and is appointed by the CEO.") == {
        "首席数据官"
    }


def test_a_country_that_opens_a_companys_english_name_is_not_named():
    """ "China Merchants Group", "China Mobile's Zhejiang branch", "China Daily": a company's or a
    paper's name, not the country (whose national documents would then answer); "China's
    standard", "the China CDO standard", "China National Data Administration" name it."""
    from kb.places import _opens_a_company_name

    assert _opens_a_company_name("china", "Who sits on China Merchants Group's data committee?")
    assert _opens_a_company_name("china", "I work at China Mobile's Zhejiang branch.")
    assert not _opens_a_company_name("china", "China Merchants versus China's standard")
    assert not _opens_a_company_name("china", "What does the China CDO standard require?")
    assert not _opens_a_company_name("china", "What did the China National Data Administration say?")
