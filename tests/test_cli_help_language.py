"""Every command's help in the language asked for, and what the commands print in it.

The whole parser is walked (every command, every nested sub-command): a Japanese help
page holds no English sentence once what is not prose is taken out (usage synopsis,
option names, METAVARS, {choice,lists}, keys and paths); an English page holds no
Japanese but the few terms it quotes from Rakuten's screens and CSV headers on purpose.
"""

from __future__ import annotations

import argparse
import re

import pytest

from penaltytracker.cli import build_parser, main
from penaltytracker.cli.parser import current_language, set_language

# Three or more ASCII words in a row, across spaces, commas and brackets: a sentence or most
# of one ("look this many"). Japanese punctuation (、：（）) between words breaks a run.
ENGLISH_RUN = re.compile(r"[A-Za-z][A-Za-z']*(?:[\s,;:.()/]+[A-Za-z][A-Za-z']*){2,}")
JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")  # kana and kanji
JAPANESE_RUN = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uff01-\uff60]+")  # with CJK punctuation
# Terms the English help quotes as Rakuten's screens, notices and CSV headers write them, so
# an operator can find them there: a gloss ("order number 受注番号") or an example column name.
QUOTED_TERMS = {
    "加点日", "発生日", "管理番号", "違約金", "講習", "異議申立",  # violations and notices
    "受注番号", "出荷予定日", "出荷日", "注文日", "お届け日", "キャンセル", "在庫切れ",  # shipments
    "注文番号", "発送完了日", "備考", "購入者",  # --map examples: column names of the CSV files
}


@pytest.fixture(autouse=True)
def _language_restored():
    saved = current_language()
    yield
    set_language(saved)


def pages(lang: str) -> list[tuple[str, str, argparse.ArgumentParser]]:
    """(command, help page, parser) of the top level and of every sub-command, nested."""
    found = []

    def walk(parser, path):
        found.append((" ".join(path) or "penaltytracker", parser.format_help(), parser))
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    walk(sub, [*path, name])

    walk(build_parser(lang), [])
    return found


def prose(page: str) -> str:
    """The help page without what is not prose: the usage synopsis (up to the first blank
    line), {choice,lists}, paths, options, METAVARS and acronyms, snake_case keys, and the
    command or argument name that starts an entry (2 to 4 spaces in)."""
    text = page.split("\n\n", 1)[1] if "\n\n" in page else ""
    text = re.sub(r"\{[^{}]*\}", " ", text)
    text = re.sub(r"\S*/\S*", " ", text)
    text = re.sub(r"(?<![\w-])--?[A-Za-z][\w-]*", " ", text)
    text = re.sub(r"\b[A-Z][A-Z0-9]*\b(?:[-=.,|][A-Z0-9.,]*)*", " ", text)
    text = re.sub(r"\b\w*_\w*\b", " ", text)
    return re.sub(r"(?m)^ {2,4}[a-z][\w-]*", " ", text)


def english_in(page: str) -> list[str]:
    return ENGLISH_RUN.findall(prose(page))


def japanese_in(page: str) -> set[str]:
    return set(JAPANESE_RUN.findall(page.split("\n\n", 1)[1] if "\n\n" in page else "")) - QUOTED_TERMS


def help_texts(parser) -> list[tuple[str, str]]:
    """(what, help text) of every argument and every sub-command listed on this parser."""
    texts = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            texts += [(choice.dest, choice.help) for choice in action._choices_actions if choice.help]
        elif action.help and action.help is not argparse.SUPPRESS:
            texts.append(("/".join(action.option_strings) or action.dest, action.help))
    return texts


def test_the_checks_find_what_they_are_for():
    english = "options:\n  --within DAYS  look this many days ahead, today included (default 7)\n"
    assert [run for run in english_in("usage: x\n\n" + english) if "look this many days ahead" in run]
    japanese = ("使い方: penaltytracker shipment add [-h] --shop SHOP --order ORDER\n\n"
                "オプション:\n  -h, --help  このヘルプを表示して終了します\n"
                "  --map FIELD=COLUMN,...\n      例：order_id=注文番号,shipped_on=発送完了日（項目：shop、order_id）\n"
                "  --kind KIND   制限の種類：listing、editing、account_freeze、other\n"
                "  --db PATH|URL  データファイル（環境変数 PENALTYTRACKER_DB でも指定可）\n"
                "    add        出荷または遅延を 1 件記録します\n  {add,list,cancel}\n"
                "  --order  規則は resources/troubles/order_events.toml\n")
    assert not english_in(japanese)
    assert english_in("使い方: x\n\nオプション:\n  --shop SHOP  the shop (default: every shop)\n")
    assert japanese_in("usage: x\n\noptions:\n  --order  order number 受注番号\n") == set()
    assert japanese_in("usage: x\n\noptions:\n  --x  日数（省略すると解除まで）\n") == {"日数（省略すると解除まで）"}


def test_japanese_help_has_no_english_sentence():
    found = {}
    for command, page, parser in pages("ja"):
        if runs := english_in(page):
            found[command] = runs
        untranslated = [what for what, text in help_texts(parser) if not JAPANESE.search(text)]
        if untranslated:
            found[f"{command} (help without Japanese)"] = untranslated
    assert not found, found


def test_english_help_has_no_japanese_but_the_quoted_terms():
    found = {}
    for command, page, parser in pages("en"):
        if words := japanese_in(page):
            found[command] = sorted(words)
        untranslated = [what for what, text in help_texts(parser) if not re.search(r"[A-Za-z]{3}", text)]
        if untranslated:
            found[f"{command} (help without English)"] = untranslated
    assert not found, found


def test_every_command_group_is_walked():
    walked = {command for command, _page, _parser in pages("ja")}
    for command in ("shipment add", "shipment cancel", "restriction trade add", "contact add", "remind",
                    "incident contact", "order event add", "order buyer erase", "import shipments",
                    "import order-events", "export restrictions", "shop merge", "notice fee", "backup"):
        assert command in walked, command


@pytest.mark.parametrize("lang, words", [("ja", ("今日を含めて", "既定：7", "既定：10")),
                                         ("en", ("today included (default 7)", "(default 10)"))])
def test_help_parameters_are_filled_in(lang, words):
    [page] = [page for command, page, _parser in pages(lang) if command == "remind"]
    flat = " ".join(page.split())
    flat = re.sub(r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])", "", flat)  # Japanese wraps between characters
    for word in words:
        assert word in flat, (word, page)


# --- what the commands print, in the language of --lang ------------------------------------------

def run(capsys, lang: str, db, *args) -> tuple[int, str, str]:
    try:
        code = main(["--lang", lang, "--db", str(db), *args])
    except SystemExit as exc:  # argparse's own errors
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def sentences(text: str) -> list[str]:
    """English sentences in printed output, after paths, options and the program's name."""
    text = re.sub(r"(?m)^(?:使い方|usage):.*(?:\n +.*)*", " ", text)
    text = re.sub(r"penaltytracker(?: [a-z-]+)*:", " ", text)
    text = re.sub(r"\S*[/\\]\S*", " ", text)
    text = re.sub(r"--?[a-z][\w-]*", " ", text)
    return ENGLISH_RUN.findall(text)


SHIPMENT = ("shipment", "add", "--shop", "本店", "--order", "R-1", "--promised", "2026-02-10")


@pytest.mark.parametrize("args, japanese, english", [
    ((*SHIPMENT, "--cause", "謎の理由"), "遅延の理由「謎の理由」", "unknown cause '謎の理由'"),
    (("incident", "add", "--shop", "本店", "--on", "soon", "--category", "other"), "日時として読めません",
     "not a date and time"),
    (("incident", "add", "--shop", "本店", "--on", "2026-02-10T25:00", "--category", "other"),
     "ありえない時刻です", "no such time of day"),
    (("remind", "--within", "0"), "日数は 1〜3660", "must be 1 to 3660 days"),
    (("remind", "--within", "soon"), "整数ではありません", "not a whole number"),
    (("remind", "--margin", "5000"), "点数は 0〜1,000", "points must be 0 to 1,000"),
    (("restriction", "add", "--shop", "本店", "--kind", "listing", "--start", "2026-02-10", "--days", "0"),
     "制限の日数は1以上", "the length in days must be"),
    (("restriction", "trade", "add", "--restriction", "1", "--item", "茶", "--price", "高い"),
     "価格は0以上の整数", "the price must be a whole number"),
])
def test_refusals_speak_the_language(capsys, db_path, args, japanese, english):
    code, _out, err = run(capsys, "ja", db_path, *args)
    assert code == 2 and japanese in err and not sentences(err), err
    code, _out, err = run(capsys, "en", db_path, *args)
    assert code == 2 and english in err and not JAPANESE.search(err.replace("謎の理由", "").replace("茶", "")
                                                                .replace("高い", "")), err


def test_the_known_causes_are_named_in_the_language(capsys, db_path):
    _code, _out, err = run(capsys, "ja", db_path, *SHIPMENT, "--cause", "x")
    assert "out_of_stock（在庫切れ）" in err
    _code, _out, err = run(capsys, "en", db_path, *SHIPMENT, "--cause", "x")
    assert "out_of_stock (" in err and "在庫切れ" not in err


def test_backup_list_and_incident_contacts_in_japanese(capsys, db_path):
    assert run(capsys, "ja", db_path, "shop", "add", "本店")[0] == 0
    assert run(capsys, "ja", db_path, "backup")[0] == 0
    code, out, _err = run(capsys, "ja", db_path, "backup", "--list")
    assert code == 0 and "\t手動\t" in out and "\tmanual\t" not in out
    code, out, _err = run(capsys, "en", db_path, "backup", "--list")
    assert code == 0 and "\tmanual\t" in out  # English output as it always was

    code, out, _err = run(capsys, "ja", db_path, "incident", "add", "--shop", "本店", "--on", "2026-02-10T10:00",
                          "--category", "wrong_item")
    incident = out.strip()
    assert code == 0, out
    assert run(capsys, "ja", db_path, "incident", "contact", incident, "--party", "buyer", "--channel", "mail",
               "--summary", "お詫び", "--at", "2026-02-10T11:00")[0] == 0
    code, out, _err = run(capsys, "ja", db_path, "incident", "show", incident)
    [line] = [line for line in out.splitlines() if "お詫び" in line]
    assert "\t購入者\tこちらから\tmail\t" in line
    code, out, _err = run(capsys, "en", db_path, "incident", "show", incident)
    [line] = [line for line in out.splitlines() if "お詫び" in line]
    assert "\tbuyer\tout\tmail\t" in line
