"""The row classes, one per table (``data/<table>.tsv``), in file-name order; ``ROWS`` lists them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from vnlegal.data.loader import Row

# --- row classes, one per table, in file-name order --------------------------------------
# frozen: rows are shared by every caller; slots: no per-row dict (syllables has 7,500 rows).


@dataclass(frozen=True, slots=True)
class Abbreviation(Row):
    """abbreviations.tsv: an agency abbreviation and its expansion ("UBND")."""

    table: ClassVar[str] = "abbreviations"
    abbreviation: str
    expansion: str
    example: str


@dataclass(frozen=True, slots=True)
class Agency(Row):
    """agencies.tsv: an agency name in its conventional capitalization."""

    table: ClassVar[str] = "agencies"
    name: str
    example: str


@dataclass(frozen=True, slots=True)
class AgencyHead(Row):
    """agency_heads.tsv: words that open the name of a body or an issuer line of a header."""

    table: ClassVar[str] = "agency_heads"
    head: str
    kind: str
    example: str


@dataclass(frozen=True, slots=True)
class AssignmentWord(Row):
    """assignment_words.tsv: a word with a role in assignment sentences."""

    table: ClassVar[str] = "assignment_words"
    word: str
    kind: str
    example: str


@dataclass(frozen=True, slots=True)
class Boilerplate(Row):
    """boilerplate.tsv: a viewer or portal line put above a document."""

    table: ClassVar[str] = "boilerplate"
    phrase: str
    example: str


@dataclass(frozen=True, slots=True)
class CitationCue(Row):
    """citation_cues.tsv: a word that tells how a document relates to the one it cites."""

    table: ClassVar[str] = "citation_cues"
    cue: str
    relation: str
    mode: str
    example: str


@dataclass(frozen=True, slots=True)
class CitationName(Row):
    """citation_names.tsv: a document cited by name that does not start with "Luật"."""

    table: ClassVar[str] = "citation_names"
    name: str
    doc_type: str
    example: str


@dataclass(frozen=True, slots=True)
class CitationStopword(Row):
    """citation_stopwords.tsv: a word that ends an issuer phrase or a law's name."""

    table: ClassVar[str] = "citation_stopwords"
    word: str
    case: str
    scope: str
    example: str


@dataclass(frozen=True, slots=True)
class TableHeading(Row):
    """table_headings.tsv: a header cell of a table printed one cell per line."""

    table: ClassVar[str] = "table_headings"
    heading: str
    kind: str
    example: str


@dataclass(frozen=True, slots=True)
class ColumnKeyword(Row):
    """column_keywords.tsv: a keyword of a task-table header cell -> field name."""

    table: ClassVar[str] = "column_keywords"
    keyword: str
    match: str
    name: str
    example: str


@dataclass(frozen=True, slots=True)
class DisplayName(Row):
    """display_names.tsv: a proper name that keeps its capitals in a sentence-case title."""

    table: ClassVar[str] = "display_names"
    name: str
    example: str


@dataclass(frozen=True, slots=True)
class DocTypeRow(Row):
    """doc_types.tsv: a document type, its symbol code and family."""

    table: ClassVar[str] = "doc_types"
    name: str
    code: str
    family: str
    example: str


@dataclass(frozen=True, slots=True)
class FieldLabel(Row):
    """field_labels.tsv: the label of a labelled line or task-table column -> field name."""

    table: ClassVar[str] = "field_labels"
    label: str
    name: str
    example: str


@dataclass(frozen=True, slots=True)
class HtmlContainer(Row):
    """html_containers.tsv: an element id or class that holds the document on a saved page."""

    table: ClassVar[str] = "html_containers"
    kind: str
    name: str
    example: str


@dataclass(frozen=True, slots=True)
class IssuerCode(Row):
    """issuer_codes.tsv: an issuer code of a symbol and the body it names."""

    table: ClassVar[str] = "issuer_codes"
    code: str
    issuer: str
    example: str


@dataclass(frozen=True, slots=True)
class IssuerName(Row):
    """issuer_names.tsv: a body or office holder as written after "của" in a citation."""

    table: ClassVar[str] = "issuer_names"
    name: str
    kind: str
    example: str


@dataclass(frozen=True, slots=True)
class LawName(Row):
    """law_names.tsv: the name of a law or code as written after its type word."""

    table: ClassVar[str] = "law_names"
    kind: str
    name: str
    example: str


@dataclass(frozen=True, slots=True)
class LegalForce(Row):
    """legal_force.tsv: the rank of legal force of a document type (1 = highest)."""

    table: ClassVar[str] = "legal_force"
    doc_type: str
    rank: int
    example: str


@dataclass(frozen=True, slots=True)
class MetadataKey(Row):
    """metadata_keys.tsv: a key of the portal prelude and what its value gives."""

    table: ClassVar[str] = "metadata_keys"
    key: str
    meaning: str
    example: str


@dataclass(frozen=True, slots=True)
class NotPlaceLevel(Row):
    """not_place_levels.tsv: words that start with a level word but name no place ("xã hội")."""

    table: ClassVar[str] = "not_place_levels"
    words: str
    example: str


@dataclass(frozen=True, slots=True)
class Ordinal(Row):
    """ordinals.tsv: an ordinal word after "thứ" and its number ("Phần thứ nhất" -> 1)."""

    table: ClassVar[str] = "ordinals"
    word: str
    value: int
    example: str


@dataclass(frozen=True, slots=True)
class PlaceLevel(Row):
    """place_levels.tsv: an administrative-level word before a place name ("tỉnh")."""

    table: ClassVar[str] = "place_levels"
    word: str
    example: str


@dataclass(frozen=True, slots=True)
class Place(Row):
    """places.tsv: a province, city or district; ``word`` when the name is an ordinary word too."""

    table: ClassVar[str] = "places"
    name: str
    level: str
    province: str
    word: bool
    example: str


@dataclass(frozen=True, slots=True)
class Position(Row):
    """positions.tsv: a signer position and where else it counts (``tail``, ``enacts``)."""

    table: ClassVar[str] = "positions"
    position: str
    tail: bool
    enacts: bool
    example: str


@dataclass(frozen=True, slots=True)
class QuantityWord(Row):
    """quantity_words.tsv: a word before the number of a quantity."""

    table: ClassVar[str] = "quantity_words"
    word: str
    kind: str
    example: str


@dataclass(frozen=True, slots=True)
class RunningHead(Row):
    """running_heads.tsv: a line printed on every page of official publications."""

    table: ClassVar[str] = "running_heads"
    phrase: str
    where: str
    example: str


@dataclass(frozen=True, slots=True)
class SignatureNoise(Row):
    """signature_noise.tsv: words between a position and the signer's name ("(Đã ký)")."""

    table: ClassVar[str] = "signature_noise"
    word: str
    example: str


@dataclass(frozen=True, slots=True)
class StampWord(Row):
    """stamp_words.tsv: a word a stamp prints on a page ("ĐẾN" of the received stamp)."""

    table: ClassVar[str] = "stamp_words"
    word: str
    kind: str
    example: str


@dataclass(frozen=True, slots=True)
class SyllablePart(Row):
    """syllable_parts.tsv: an initial consonant or a rhyme of Vietnamese spelling."""

    table: ClassVar[str] = "syllable_parts"
    kind: str
    value: str
    example: str


@dataclass(frozen=True, slots=True)
class Syllable(Row):
    """syllables.tsv: a Vietnamese syllable and how common it is."""

    table: ClassVar[str] = "syllables"
    syllable: str
    count: int
    example: str


@dataclass(frozen=True, slots=True)
class SyllablePairs(Row):
    """syllable_pairs.tsv: a syllable of legal text, how often it occurs, and the syllables
    that follow it with their counts ("đồng:523 nhân:12"); for the OCR tone repair."""

    table: ClassVar[str] = "syllable_pairs"
    syllable: str
    count: int
    followers: str
    example: str


@dataclass(frozen=True, slots=True)
class Tcvn3Byte(Row):
    """tcvn3.tsv: a TCVN3 byte (hex, "0x01") and its character."""

    table: ClassVar[str] = "tcvn3"
    byte: str
    char: str
    set: str
    example: str


@dataclass(frozen=True, slots=True)
class TimeWord(Row):
    """time_words.tsv: a word of time expressions and its kind."""

    table: ClassVar[str] = "time_words"
    word: str
    kind: str
    example: str


@dataclass(frozen=True, slots=True)
class UnitAbbreviation(Row):
    """unit_abbreviations.tsv: an abbreviation in unit names and its expansion."""

    table: ClassVar[str] = "unit_abbreviations"
    abbreviation: str
    expansion: str
    example: str


@dataclass(frozen=True, slots=True)
class UnitHead(Row):
    """unit_heads.tsv: a word that opens the name of a unit in unit lists."""

    table: ClassVar[str] = "unit_heads"
    head: str
    kind: str
    example: str


@dataclass(frozen=True, slots=True)
class UnitNameComma(Row):
    """unit_name_commas.tsv: a part of a unit name that holds a comma."""

    table: ClassVar[str] = "unit_name_commas"
    words: str
    example: str


@dataclass(frozen=True, slots=True)
class ViqrMark(Row):
    """viqr.tsv: a VIQR mark, its kind, the Unicode it stands for and the vowels it follows."""

    table: ClassVar[str] = "viqr"
    viqr: str
    kind: str
    unicode: str
    vowels: str
    example: str


@dataclass(frozen=True, slots=True)
class VniLetter(Row):
    """vni.tsv: a Vietnamese letter and its VNI bytes (as Windows-1252 text and hex)."""

    table: ClassVar[str] = "vni"
    char: str
    vni: str
    hex: str
    example: str


# Every row class, one per table file. Taken from the module's names, not Row.__subclasses__():
# dataclass(slots=True) makes a new class, and the one it replaces stays among the subclasses.
ROWS: tuple[type[Row], ...] = tuple(
    v for v in list(globals().values()) if isinstance(v, type) and issubclass(v, Row) and v is not Row
)
