"""Places a question names by sound or by a name that two places share (kb.transliteration, kb.places)."""

from __future__ import annotations

import pytest

from kb.places import Places
from kb.transliteration import chinese_consonants, english_consonants, place_consonants, sounds_like


@pytest.mark.parametrize(
    ("chinese", "english"),
    [
        ("塔尔萨", "Tulsa"),
        ("马里科帕", "Maricopa"),
        ("韦斯特伯里", "Westbury"),
        ("埃德蒙顿", "Edmonton"),
        ("丹佛", "Denver"),  # the r before a consonant or at the end is not written
        ("路易斯维尔", "Louisville"),  # v as 维
        ("波士顿", "Boston"),
        ("威斯特彻斯特", "Westchester"),
    ],
)
def test_a_name_and_its_transliteration_share_their_consonants(chinese: str, english: str) -> None:
    assert chinese_consonants(chinese) == english_consonants(english)


def test_too_short_or_not_english_names_match_nothing() -> None:
    assert place_consonants("Dane County") == ""  # T-N: Dane, Dean, Eden
    assert place_consonants("海丰县") == ""
    assert place_consonants("Maricopa County") == "MLKP"  # the county's own name
    assert sounds_like("美国塔尔萨市的行政令", "Tulsa")
    assert not sounds_like("首席数据官的安全责任", "Tulsa")  # 安全: 全 is no transliteration


def test_a_place_written_by_sound_is_named_only_when_one_place_sounds_so() -> None:
    tulsa = Places(
        {"tulsa-eo": ["United States", "Oklahoma", "Tulsa"], "haifeng": ["广东省", "汕尾市", "海丰县"]}
    )
    assert tulsa.named_in("美国塔尔萨市那个行政令的目标是什么") == ["United States", "Tulsa"]
    assert tulsa.named_in("海丰县首席数据官的职责") == ["海丰县"]
    both = Places({**tulsa.of_document, "dallas-ord": ["United States", "Texas", "Dallas"]})
    assert "Tulsa" not in both.named_in("塔尔萨市的行政令")  # Tulsa and Dallas are both T-L-S


def test_pinyin_with_its_syllable_mark_names_the_place() -> None:
    """Xiong'an and Xi’an are written with pinyin's apostrophe; 雄安新区 is called 雄安 (新区 is its
    kind, as 县 is a county's), not the 高新 of a 高新区."""
    from kb.places import place_core
    from kb.text import tokenize

    assert tokenize("CDOs in Xiong'an and Xi’an; don't, O'Connor") == [
        "cdos", "xiongan", "xian", "don't", "o'connor",
    ]  # fmt: skip
    assert place_core("雄安新区") == "雄安" and place_core("高新区") == "高新"
    assert place_core("东湖高新区") == "东湖高新"
    xiongan = Places({"xiongan-rules": ["河北省", "雄安新区"]})
    assert xiongan.named_in("What do unit-level CDOs in Xiong'an do?") == ["雄安新区"]
    assert xiongan.named_in("雄安的首席数据官") == ["雄安新区"]


def test_only_a_whole_name_before_a_place_kind_and_unknown_to_the_dictionary_is_read_by_sound() -> None:
    """Words (东西), numbers (一万多), pieces of longer names (斯特丹 of 阿姆斯特丹, 尔多斯 of 鄂尔多斯) and
    cities the dictionary knows (达拉斯 is Dallas) are not a library place written by sound."""
    library = Places({
        "tulsa": ["United States", "Oklahoma", "Tulsa"], "austin": ["United States", "Texas", "Austin"],
        "rwanda": ["Rwanda"], "tennessee": ["United States", "Tennessee"], "leeds": ["United Kingdom", "Leeds"],
        "federal": ["United States", "federal"],
    })  # fmt: skip
    for question in (
        "首席数据官每年要交哪些东西？",
        "深圳全市一万多条数据目录",
        "阿姆斯特丹市的首席数据官",
        "鄂尔多斯市的方案",
        "达拉斯市的行政令",
        "休斯敦市的首席数据官",
    ):
        assert library.named_in(question) == [], question
    assert library.named_in("位于塔尔萨市的市政府") == ["Tulsa"]


def test_one_pinyin_name_for_two_places_is_the_one_its_province_holds() -> None:
    """Xuzhou is 徐州市 (Jiangsu) and 叙州区 (Sichuan); "Xuzhou, Jiangsu" is the first alone."""
    library = Places({
        "xuzhou-points": ["江苏省", "徐州市"], "xuzhou-rules": ["四川省", "宜宾市", "叙州区"],
    })  # fmt: skip
    assert library.named_in("Who is the CDO in Xuzhou, Jiangsu?") == ["徐州市", "江苏省"]
    assert set(library.named_in("Who is the CDO in Xuzhou?")) == {"徐州市", "叙州区"}  # either
