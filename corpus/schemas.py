"""The one place that defines every output table: column names, Arrow types and descriptions.

The dataset card, the writer and the readers all take their columns from here.
"""

from __future__ import annotations

import pyarrow as pa


def _field(name: str, dtype: pa.DataType, description: str, nullable: bool = True) -> pa.Field:
    return pa.field(name, dtype, nullable=nullable, metadata={"description": description})


DOCUMENTS = pa.schema(
    [
        _field("doc_id", pa.string(), "Stable id: first 16 hex digits of SHA-256 of the normalised text.", False),
        _field(
            "source",
            pa.string(),
            "Where the article came from: path inside the source folder, file:line, or dataset:split:row.",
            False,
        ),
        _field("source_id", pa.string(), "The id the source gave the article (JSONL `id`, dataset `id`), if any."),
        _field("url", pa.string(), "Article URL when the source gives one."),
        _field("lang", pa.string(), "Language of the body text (zh, ru, en, kk): majority by characters.", False),
        _field("date", pa.date32(), "Publication date from the ` date YYYY-MM-DD` header or the source metadata."),
        _field("title", pa.string(), "Article title (first standalone line), if the article has one."),
        _field("translator", pa.string(), "Translator credited as 【编译：…】."),
        _field("text", pa.string(), "Normalised article text; every offset in every table indexes this string.", False),
        _field("n_chars", pa.int32(), "Length of `text` in characters.", False),
        _field("n_blocks", pa.int32(), "Number of rows of this document in `blocks`.", False),
    ]
)

BLOCKS = pa.schema(
    [
        _field("doc_id", pa.string(), "Document the block belongs to.", False),
        _field("block", pa.int32(), "0-based position of the block in its document.", False),
        _field(
            "kind",
            pa.string(),
            "date, title, heading, paragraph, caption, question, answer or credit (translator or agency dateline).",
            False,
        ),
        _field("lang", pa.string(), "Language of the block: zh, ru, en, kk, mixed, or und (no letters).", False),
        _field("start", pa.int32(), "Start offset in documents.text.", False),
        _field("end", pa.int32(), "End offset (exclusive) in documents.text.", False),
        _field("text", pa.string(), "documents.text[start:end].", False),
        _field(
            "speaker_label", pa.string(), "Interview label as written (记者, 阿利耶夫总统) on every block of the turn."
        ),
        _field("turn", pa.int32(), "1-based interview turn; each labelled contribution starts a new turn."),
        _field("credit_person", pa.string(), "Person credited: photographer of a caption, translator of a credit."),
        _field("credit_agency", pa.string(), "Agency or service credited by a caption or a dateline."),
    ]
)

TOKEN = pa.struct(
    [
        pa.field("form", pa.string(), nullable=False),
        pa.field("start", pa.int32(), nullable=False),
        pa.field("end", pa.int32(), nullable=False),
        pa.field("upos", pa.string()),
        pa.field("xpos", pa.string()),
        pa.field("lemma", pa.string()),
        pa.field("feats", pa.string()),
    ]
)

SENTENCES = pa.schema(
    [
        _field("doc_id", pa.string(), "Document the sentence belongs to.", False),
        _field("sentence", pa.int32(), "0-based position of the sentence in its document.", False),
        _field("block", pa.int32(), "The block (blocks.block) holding the sentence.", False),
        _field("lang", pa.string(), "Language of the block, which chose the segmenter.", False),
        _field("start", pa.int32(), "Start offset in documents.text.", False),
        _field("end", pa.int32(), "End offset (exclusive) in documents.text.", False),
        _field("text", pa.string(), "documents.text[start:end].", False),
        _field(
            "tokens",
            pa.list_(TOKEN),
            "Tokens: form, start, end (offsets in documents.text), upos (Universal Dependencies part of speech), "
            "xpos (the tagger's own tag: jieba's for Chinese, Penn Treebank for English, pymorphy's for Russian), "
            "lemma, feats (UD features, `Case=Dat|Number=Sing`, where the tagger gives them). The manifest's "
            "`morphology` names the tool behind each field per language.",
            False,
        ),
    ]
)

MENTIONS = pa.schema(
    [
        _field("doc_id", pa.string(), "Document of the mention.", False),
        _field("sentence", pa.int32(), "The sentence (sentences.sentence) holding the mention."),
        _field("start", pa.int32(), "Start offset in documents.text.", False),
        _field("end", pa.int32(), "End offset (exclusive) in documents.text.", False),
        _field("text", pa.string(), "documents.text[start:end].", False),
        _field("label", pa.string(), "PER, LOC, ORG or MISC.", False),
        _field(
            "label_fine", pa.string(), "The recogniser's own label (natasha:PER, translit:joined, jieba:ns...).", False
        ),
        _field("entity_id", pa.string(), "The linked entity (entities.entity_id).", False),
        _field(
            "recogniser",
            pa.string(),
            "gazetteer, translit_zh, surname, compound_zh, natasha, zh_name, latin_zh, rules_en, caption, dateline, "
            "jieba_pos.",
            False,
        ),
        _field("score", pa.float32(), "How much the recogniser is trusted (1.0 gazetteer ... 0.4 jieba POS).", False),
    ]
)

ENTITIES = pa.schema(
    [
        _field(
            "entity_id", pa.string(), "Gazetteer id (per:kassym-jomart-tokayev) or label:script:fullest form.", False
        ),
        _field("label", pa.string(), "PER, LOC, ORG or MISC.", False),
        _field("name_zh", pa.string(), "Chinese name: the gazetteer's, else the fullest form seen."),
        _field("name_ru", pa.string(), "Russian name: the gazetteer's, else the fullest (normal) form seen."),
        _field(
            "name_en",
            pa.string(),
            "English name: the gazetteer's; for a Chinese or Russian person outside it, that of the same person in a "
            "paired article (same_as); else the fullest Latin form seen, else a person's name romanised.",
        ),
        _field("pinyin", pa.string(), "Toneless pinyin reading of name_zh."),
        _field("wikidata", pa.string(), "Wikidata id, where the gazetteer is certain of it."),
        _field("in_gazetteer", pa.bool_(), "Whether the entity comes from the gazetteer.", False),
        _field("aliases", pa.list_(pa.string()), "Every surface form seen in the corpus.", False),
        _field("n_mentions", pa.int64(), "Mentions in the corpus.", False),
        _field("n_docs", pa.int64(), "Documents that mention it.", False),
        _field("docs", pa.list_(pa.string()), "doc_ids of those documents.", False),
        _field(
            "same_as",
            pa.list_(pa.string()),
            "Entity ids of the same person in another script: in a pair of articles that tell one story (doc_pairs), a "
            "Chinese or Russian person outside the gazetteer and the person of the other version whose name its "
            "reading is near (梅列克·库尔克诺夫 = Мереке Кулкенов = Mereke Kulkenov); an id whose partners are "
            "different people is linked to none. The first then takes the other's name_en, and linked rows share "
            "their name_zh and name_ru.",
            False,
        ),
    ]
)

QUOTES = pa.schema(
    [
        _field("quote_id", pa.string(), "doc_id:n, n the quote's position in its document.", False),
        _field("doc_id", pa.string(), "Document of the quote.", False),
        _field("start", pa.int32(), "Start of the quoted content in documents.text (attribution excluded).", False),
        _field("end", pa.int32(), "End (exclusive) of the quoted content.", False),
        _field("text", pa.string(), "documents.text[start:end].", False),
        _field("kind", pa.string(), "direct, indirect, question or answer.", False),
        _field("cue", pa.string(), "The reporting word: 表示, 说, 据…介绍, заявил, said, according to, ：.", False),
        _field("speaker_start", pa.int32(), "Start of the words naming the speaker, if the text names one."),
        _field("speaker_end", pa.int32(), "End of the words naming the speaker."),
        _field(
            "speaker_text", pa.string(), "documents.text[speaker_start:speaker_end] (他, 州长, 阿扎马特·拜加利耶夫)."
        ),
        _field("speaker_entity_id", pa.string(), "The resolved speaker (entities.entity_id), if resolved."),
        _field(
            "speaker_name_en",
            pa.string(),
            "The speaker's English name, one per person: the gazetteer's, else that of the same person in a paired "
            "article (the entities table's same_as), else the name romanised (Yerlan, Han Chunlin).",
        ),
        _field("speaker_role", pa.string(), "The role the text gives (政治学家兼国际传播专家, the Minister)."),
        _field(
            "attribution",
            pa.string(),
            "explicit (a name), pronoun, descriptor (a title such as 州长), interview (a turn label), context (a "
            "paragraph-long quotation with no attribution: the person who spoke or was named before) or unnamed.",
            False,
        ),
        _field("turn", pa.int32(), "Interview turn (blocks.turn) of a question or answer."),
        _field("quote_group", pa.int32(), "Quotes of one interview turn share a group."),
        _field("confidence", pa.float32(), "How sure the rule that found the quote is.", False),
    ]
)

EVIDENCE = pa.struct(
    [
        pa.field("shared", pa.list_(pa.string()), nullable=False),
        pa.field("n_shared", pa.int32(), nullable=False),
        pa.field("weight", pa.float32(), nullable=False),
        pa.field("cosine", pa.float32(), nullable=False),
        pa.field("length_ratio", pa.float32(), nullable=False),
        pa.field("days_apart", pa.int32()),
    ]
)

DOC_PAIRS = pa.schema(
    [
        _field("doc_id_a", pa.string(), "The Chinese version (side a: zh before ru before en before kk).", False),
        _field("doc_id_b", pa.string(), "The version in the other language.", False),
        _field("lang_a", pa.string(), "Language of side a.", False),
        _field("lang_b", pa.string(), "Language of side b.", False),
        _field(
            "score",
            pa.float32(),
            "1 - exp(-weight / 10), lowered when one version is over three times the other; pairs below the "
            "build's --pair-threshold are not listed, nor a pair that loses to a better one (a Russian or "
            "English version keeps its best Chinese partner).",
            False,
        ),
        _field(
            "evidence",
            EVIDENCE,
            "Why: shared anchors (e: entity id, p: surname skeleton, n: normalised number, s: quoted speaker, "
            "w: Latin-script word), their count, their summed IDF weight, the cosine of the anchor vectors, "
            "the length ratio a/b in Chinese-character equivalents, the days between the two dates.",
            False,
        ),
        _field("n_links", pa.int32(), "Rows of sentence_pairs for this pair with sentences on both sides.", False),
    ]
)

SPANS = pa.list_(pa.struct([pa.field("start", pa.int32(), False), pa.field("end", pa.int32(), False)]))
"""Stretches of a document's text, each ``documents.text[start:end]``."""

SENTENCE_PAIRS = pa.schema(
    [
        _field("doc_id_a", pa.string(), "Side a of the pair (doc_pairs.doc_id_a).", False),
        _field("doc_id_b", pa.string(), "Side b of the pair (doc_pairs.doc_id_b).", False),
        _field("link", pa.int32(), "0-based position of the link in the pair's alignment.", False),
        _field("link_type", pa.string(), "1-1, 1-2, 2-1, 2-2, or 1-0 / 0-1 for a sentence with no counterpart.", False),
        _field(
            "sentences_a",
            pa.list_(pa.int32()),
            "sentences.sentence of side a the span lies in (empty for 0-1); a Chinese sentence may hold several "
            "units, cut after an inner 。！？, so a span can be part of one sentence.",
            False,
        ),
        _field("sentences_b", pa.list_(pa.int32()), "sentences.sentence of side b (empty for 1-0).", False),
        _field(
            "start_a",
            pa.int32(),
            "Start of the linked text in side a's documents.text (null for 0-1): where its first stretch starts.",
        ),
        _field("end_a", pa.int32(), "End (exclusive) in side a's text: where its last stretch ends."),
        _field(
            "text_a",
            pa.string(),
            "documents.text[start_a:end_a] of side a; when spans_a holds more than one stretch, this includes "
            "the text between them, which belongs to other links.",
        ),
        _field(
            "spans_a",
            SPANS,
            "The stretches of side a's text the link holds, in text order (empty for 0-1): one when its sentences "
            "are adjacent, two when the link joins sentences the translator put apart (another sentence moved "
            "between the halves of one).",
            False,
        ),
        _field("start_b", pa.int32(), "Start in side b's documents.text (null for 1-0)."),
        _field("end_b", pa.int32(), "End (exclusive) in side b's text."),
        _field("text_b", pa.string(), "documents.text[start_b:end_b] of side b (see text_a)."),
        _field("spans_b", SPANS, "The stretches of side b's text the link holds (see spans_a).", False),
        _field(
            "score",
            pa.float32(),
            "How much better the link is than leaving its sentences unaligned, in (0, 1); null for 1-0 and 0-1.",
        ),
    ]
)

PAIR_TABLES: dict[str, pa.Schema] = {"doc_pairs": DOC_PAIRS, "sentence_pairs": SENTENCE_PAIRS}
"""Tables computed over the whole corpus once every document is written (the parallel corpus)."""

DOCUMENT_TABLES: dict[str, pa.Schema] = {
    "documents": DOCUMENTS,
    "blocks": BLOCKS,
    "sentences": SENTENCES,
    "mentions": MENTIONS,
    "quotes": QUOTES,
}
"""Tables written document by document, in batches."""

TABLES: dict[str, pa.Schema] = {**DOCUMENT_TABLES, "entities": ENTITIES, **PAIR_TABLES}
"""Every table the build writes, in the order the dataset card lists them (entities and the pair tables:
once, at the end)."""


def describe(schema: pa.Schema) -> list[tuple[str, str, str]]:
    """(column, type, description) for each column, for the dataset card and `corpus info`."""
    return [
        (field.name, str(field.type), (field.metadata or {}).get(b"description", b"").decode("utf-8"))
        for field in schema
    ]
