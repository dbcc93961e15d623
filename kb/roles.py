"""Role names and their aliases. Placeholder until extraction lands its canonical table."""

from __future__ import annotations

from kb.text import fold

LEVELS = ("省", "市", "县", "区", "镇", "部门", "街道", "企业")


def canonical_role(name: str) -> tuple[str, str]:
    folded = fold(name).strip()
    if folded in ("cdo", "chief data officer", "首席数据官"):
        return "首席数据官", ""
    for level in LEVELS:
        if folded.startswith(level) and folded[len(level) :] in ("首席数据官", "首席数据执行官"):
            return folded[len(level) :], level
    return name.strip(), ""
