"""Build ``src/vnlegal/data/places.tsv`` from the address data bundled with underthesea.

underthesea ships ``address/data/mapping.json`` (source: vietnamadminunits, effective
2025-07-01): the 63 provinces before the 2025 merger, the 34 after it, and the old districts.
The table keeps provinces, centrally-run cities and districts (quận, huyện, thị xã, thành phố
thuộc tỉnh) with their level and province, for title display (``vnlegal.header.display``). Run from
the repository root: ``.venv/bin/python tools/build_places.py``.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import underthesea

from vnlegal.lang.fold import canon_tones

SOURCE = Path(underthesea.__file__).parent / "address" / "data" / "mapping.json"
WORDS = Path(underthesea.__file__).parent / "corpus" / "data" / "Viet74K.txt"
OUT = Path(__file__).resolve().parent.parent / "src/vnlegal/data/places.tsv"
LEVELS = ("Thành phố", "Tỉnh", "Quận", "Huyện", "Thị xã")


def split_level(full: str) -> tuple[str, str]:
    """("thành phố", "Hà Nội") from "Thành phố Hà Nội"."""
    for level in LEVELS:
        if full.lower().startswith(level.lower() + " "):  # the source also writes "Thị Xã"
            return level.lower(), full[len(level) + 1 :].strip()
    return "", full


def main() -> None:
    data = json.loads(SOURCE.read_text("utf-8"))
    # Names that are also ordinary lowercase words ("hòa bình", "thái bình") are capitalised only
    # after a level word ("tỉnh Thái Bình"), never on their own.
    words = {
        canon_tones(unicodedata.normalize("NFC", w.strip())) for w in WORDS.read_text("utf-8").splitlines()
    }
    common = {w for w in words if w == w.lower()}
    rows: dict[tuple[str, str], tuple[str, str]] = {}
    for table in ("old_province_names", "province_names"):
        for info in data[table].values():
            level, name = split_level(unicodedata.normalize("NFC", info["name"]))
            rows[(name, level)] = ("", f"Ủy ban nhân dân {level} {name}")
    for ward in data["ward_mapping"]:
        district = unicodedata.normalize("NFC", ward.get("old_district") or "")
        if not district:
            continue
        level, name = split_level(district)
        _, province = split_level(unicodedata.normalize("NFC", ward["old_province"]))
        if name.isdigit() or (name, level) in rows:
            continue
        rows[(name, level)] = (province, f"Ủy ban nhân dân {level} {name}, {province}")
    lines = [
        "# Provinces, centrally-run cities and districts of Viet Nam (before and after the 2025",
        "# merger), for restoring the capitals of place names in titles printed in capitals.",
        "# Built by tools/build_places.py from underthesea's address data (vietnamadminunits,",
        "# effective 2025-07-01). level: tỉnh, thành phố, quận, huyện, thị xã; province: the province",
        "# of a district (empty for a province); word: 1 when the name is also an ordinary word or a",
        "# single syllable (then it is capitalised only after a level word).",
        "name\tlevel\tprovince\tword\texample",
    ]
    for (name, level), (province, example) in sorted(rows.items(), key=lambda r: (r[1][0] != "", r[0])):
        word = "1" if canon_tones(name.lower()) in common or len(name.split()) < 2 else ""
        lines.append(f"{name}\t{level}\t{province}\t{word}\t{example}")
    OUT.write_text("\n".join(lines) + "\n", "utf-8")
    print(f"{len(rows)} places -> {OUT}")


if __name__ == "__main__":
    main()
