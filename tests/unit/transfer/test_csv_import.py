"""Reading company lists as Excel and registers write them; every problem as FILE:LINE."""

from pathlib import Path

import pytest

from canvass.errors import ConfigError
from canvass.transfer import ImportFileError, read_companies
from canvass.transfer.columns import Column

from .conftest import CVR, WriteFile


def _lines(plan_path: Path, problems: tuple) -> list[str]:
    return [problem.format(plan_path) for problem in problems]


def test_semicolon_utf8_bom_crlf(write: WriteFile) -> None:
    path = write(
        "liste.csv",
        "\ufeffNavn;CVR;Telefon;Branche;Ansatte;Adresse;Postnr;By;Segment;Reklamebeskyttet\r\n"
        f"Hansen & Søn ApS;{CVR[0]};75 82 11 40;Tømrer;12;Vejlevej 1;7100;Vejle;Byg;ja\r\n"
        f"Åbo Ørsted A/S;DK {CVR[1]};+45 22334455;;1.200;;DK-6000;Kolding;;\r\n",
    )
    plan = read_companies(path)
    assert plan.ok and plan.warnings == ()
    assert (plan.encoding, plan.delimiter) == ("utf-8-sig", ";")
    first, second = plan.records
    assert (first.line, first.name, first.cvr, first.phone) == (
        2,
        "Hansen & Søn ApS",
        CVR[0],
        "75821140",
    )
    assert (first.industry, first.employees, first.address, first.zip, first.city) == (
        "Tømrer",
        12,
        "Vejlevej 1",
        "7100",
        "Vejle",
    )
    assert (first.segment, first.ad_protected) == ("Byg", True)
    assert (second.name, second.cvr, second.phone, second.employees) == (
        "Åbo Ørsted A/S",
        CVR[1],
        "22334455",
        1200,
    )
    assert (second.industry, second.zip, second.ad_protected) == (None, "6000", False)


def test_comma_utf8_without_bom(write: WriteFile) -> None:
    path = write("liste.csv", f"navn,cvr,telefon\nHansen ApS,{CVR[0]},75821140\n")
    plan = read_companies(path)
    assert (plan.encoding, plan.delimiter) == ("utf-8", ",")
    assert [r.name for r in plan.records] == ["Hansen ApS"]


def test_windows_1252_with_danish_letters(write: WriteFile) -> None:
    text = "Firmanavn;Tlf;By\r\nSmørrebrød & Æbler ApS;75821140;Århus\r\n"
    plan = read_companies(write("liste.csv", text, encoding="cp1252"))
    assert plan.encoding == "cp1252"
    assert (plan.records[0].name, plan.records[0].city) == ("Smørrebrød & Æbler ApS", "Århus")


def test_quoted_fields_with_separators_and_a_line_break(write: WriteFile) -> None:
    path = write(
        "liste.csv",
        "Navn;Telefon;Adresse\r\n"  # line 1
        '"Hansen; Jensen & Co";75821140;"Vejlevej 1\r\n'  # line 2
        '7100 Vejle"\r\n'  # line 3
        '"Pedersen ""Smeden""";22334455;Torvet 2\r\n',  # line 4
    )
    plan = read_companies(path)
    assert plan.ok
    first, second = plan.records
    assert (first.line, first.name, first.address) == (
        2,
        "Hansen; Jensen & Co",
        "Vejlevej 1 7100 Vejle",
    )
    assert (second.line, second.name) == (4, 'Pedersen "Smeden"')


def test_english_headers_in_any_case_and_padding(write: WriteFile) -> None:
    path = write(
        "list.csv",
        f" NAME ,Phone,CVR-Nr.,ZIP,City,Employees,Contact,E-Mail,AD_PROTECTED\n"
        f"Hansen ApS,75821140,{CVR[0]},7100,Vejle,3,Mette Hansen,mette@hansen.dk,no\n",
    )
    plan = read_companies(path)
    assert set(plan.columns) == {
        Column.NAME, Column.PHONE, Column.CVR, Column.ZIP, Column.CITY, Column.EMPLOYEES,
        Column.CONTACT, Column.EMAIL, Column.AD_PROTECTED,
    }  # fmt: skip
    record = plan.records[0]
    assert (record.contact, record.email, record.ad_protected) == (
        "Mette Hansen",
        "mette@hansen.dk",
        False,
    )


def test_unknown_column_is_a_warning_not_an_error(write: WriteFile) -> None:
    path = write("liste.csv", "Navn;Telefon;Fax;\nHansen ApS;75821140;75821141;\n")
    plan = read_companies(path)
    assert plan.ok and len(plan.records) == 1
    assert _lines(path, plan.warnings) == [
        f"{path}:1: advarsel: ukendt kolonne 'Fax' (kolonne 3) springes over"
    ]


def test_every_bad_row_is_reported_with_its_physical_line(write: WriteFile) -> None:
    path = write(
        "liste.csv",
        "Navn;CVR;Telefon;Ansatte;E-mail;Reklamebeskyttet\r\n"  # 1
        f"Hansen ApS;{CVR[0]};75821140;12;;ja\r\n"  # 2 good
        ";;75821141;;;\r\n"  # 3 no name
        '"Jensen\r\n'  # 4 a record over two lines, bad CVR ...
        f'Tømrer";12345678;75821142;;;\r\n'  # 5 ... so the next record starts on line 6
        "Pedersen ApS;;123;ti;pedersen@;måske\r\n"  # 6 four problems
        "Olsen ApS;;;;;\r\n"  # 7 no phone
        f"Hansen igen;{CVR[0]};75821143;;;\r\n"  # 8 CVR of line 2
        ";;;;;\r\n"  # 9 blank row from Excel: ignored
        "Lund ApS;;15821144;;;\r\n"  # 10 phone starts with 1
        "Sø ApS;;75821145;;;;;\r\n",  # 11 fine: extra cells are blank
    )
    plan = read_companies(path)
    assert _lines(path, plan.problems) == [
        f"{path}:3: navn mangler",
        f"{path}:4: CVR-nummeret fejler kontrolcifferet (modulus 11): '12345678'",
        f"{path}:6: Et dansk telefonnummer har 8 cifre, ikke 3: '123'",
        f"{path}:6: antal ansatte skal være et helt tal, ikke 'ti'",
        f"{path}:6: reklamebeskyttet skal være ja/nej, 1/0, x/tom eller true/false, ikke 'måske'",
        f"{path}:6: 'pedersen@' ligner ikke en e-mailadresse",
        f"{path}:7: telefonnummer mangler",
        f"{path}:8: CVR {CVR[0]} står også på linje 2",
        f"{path}:10: Et dansk telefonnummer begynder med 2–9, ikke 1: '15821144'",
    ]
    assert [r.line for r in plan.records] == [2, 11]
    assert not plan.ok


def test_same_name_and_phone_without_cvr_twice(write: WriteFile) -> None:
    path = write("liste.csv", "Navn;Telefon\nHansen ApS;75821140\nHANSEN APS;75 82 11 40\n")
    assert _lines(path, read_companies(path).problems) == [
        f"{path}:3: samme navn og telefonnummer (uden CVR) som linje 2"
    ]


def test_missing_required_columns_and_a_column_twice(write: WriteFile) -> None:
    path = write("liste.csv", "Firma;By;Postnr;Postnummer\nHansen ApS;Vejle;7100;7100\n")
    assert _lines(path, read_companies(path).problems) == [
        f"{path}:1: kolonnen 'Postnummer' (kolonne 4) er den samme som 'Postnr' (kolonne 3)",
        f"{path}:1: der er ingen kolonne med telefonnummer "
        "(brug en af: telefon, phone, tlf, telefonnummer, telefonnr, tlf-nr)",
    ]


def test_unquoted_separator_and_unclosed_quote(write: WriteFile) -> None:
    path = write(
        "liste.csv",
        "Navn,Telefon\n"
        "Hansen, Jensen ApS,75821140\n"  # 2: the comma splits the name
        '"Olsen ApS,22334455\n'  # 3: the quote never ends
        "Lund ApS,33445566\n",
    )
    assert _lines(path, read_companies(path).problems) == [
        f"{path}:2: rækken har 3 felter, men overskriften kun 2 "
        "(et skilletegn i en tekst skal stå i anførselstegn)",
        f'{path}:3: et felt begynder med " men slutter aldrig (rækken starter her)',
    ]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "er tom"),
        (b"\xef\xbb\xbf \r\n\r\n", "er tom"),
        (b";;;\r\n;;\r\n", "er tom"),
        (b"Navn;Telefon\r\n", "har kun en overskriftslinje"),
        (b"Navn;Telefon\r\n;;\r\n", "har kun en overskriftslinje"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "er en PNG-fil, ikke en CSV-fil"),
        (b"PK\x03\x04\x14\x00\x06\x00[Content_Types].xml", "Excel-projektmappe"),
        (b"\xff\xfeN\x00a\x00v\x00n\x00", "UTF-16"),
        (b"Navn\x00;Telefon\x01\x02", "ikke en tekstfil"),
    ],
)
def test_files_that_are_not_company_lists(write: WriteFile, content: bytes, expected: str) -> None:
    path = write("liste.csv", content)
    with pytest.raises(ImportFileError) as info:
        read_companies(path)
    assert expected in info.value.message and str(path) in info.value.message


def test_xlsx_message_says_save_as_csv(write: WriteFile) -> None:
    with pytest.raises(ImportFileError) as info:
        read_companies(write("liste.xlsx", b"PK\x03\x04rest-of-zip"))
    assert "CSV (semikolonsepareret)" in info.value.message


def test_missing_file_and_folder_are_usage_errors(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="findes ikke"):
        read_companies(tmp_path / "nope.csv")
    with pytest.raises(ConfigError, match="er en mappe"):
        read_companies(tmp_path)


def test_email_without_contact_is_warned_once(write: WriteFile) -> None:
    path = write(
        "liste.csv",
        "Navn;Telefon;E-mail\nA ApS;75821140;a@a.dk\nB ApS;75821141;b@b.dk\n",
    )
    plan = read_companies(path)
    assert plan.ok
    assert _lines(path, plan.warnings) == [
        f"{path}:2: advarsel: 2 rækker har en e-mail men ingen kontaktperson; "
        "de e-mails gemmes ikke"
    ]


def test_a_stray_byte_in_a_utf8_file_is_named_by_line_not_decoded_as_1252(
    write: WriteFile, tmp_path: Path
) -> None:
    from canvass.transfer.csv_source import ImportFileError, open_csv

    rows = b"".join(f"Firma {i} \u00f8 ApS;{75000000 + i}\r\n".encode() for i in range(50))
    path = tmp_path / "stray.csv"
    path.write_bytes(b"Navn;Telefon\r\n" + rows + b"Sm\xf8rrebr\xf8d ApS;75821141\r\n")
    with pytest.raises(ImportFileError) as caught:
        open_csv(path)
    assert "linje 52" in caught.value.message and "0xF8" in caught.value.message
    legacy = tmp_path / "legacy.csv"  # a real Windows-1252 file still reads
    legacy.write_bytes(b"Navn;Telefon\r\nSm\xf8rrebr\xf8d ApS;75821141\r\n")
    with open_csv(legacy) as source:
        assert source.encoding == "cp1252"
        assert [r.fields[0] for r in source.records()] == ["Navn", "Smørrebrød ApS"]


def test_a_control_character_far_down_the_file_is_refused_at_its_line(tmp_path: Path) -> None:
    from canvass.transfer.csv_source import ImportFileError, open_csv

    rows = "".join(f"Firma {i} ApS;{75000000 + i}\r\n" for i in range(4000))  # > 64 KB
    path = tmp_path / "esc.csv"
    path.write_text("Navn;Telefon\r\n" + rows + "Evil \x1b]0;pwned\x07 ApS;75821199\r\n")
    with pytest.raises(ImportFileError) as caught:
        open_csv(path)
    assert ":4002:" in caught.value.message and "U+001B" in caught.value.message
    nul = tmp_path / "nul.csv"
    nul.write_bytes(b"Navn;Telefon\r\n" + rows.encode() + b"A\x00B;75821199\r\n")
    with pytest.raises(ImportFileError):
        open_csv(nul)


def test_a_huge_field_is_reported_as_too_long_not_as_an_unclosed_quote() -> None:
    from canvass.transfer.csv_source import records

    text = 'Navn;Telefon\r\nHansen ApS;75821140\r\n"' + "x" * 140_000 + '";75821141\r\n'
    errors = [r for r in records(text, ";") if r.error]
    assert len(errors) == 1 and errors[0].line == 3
    assert "længere end 128 KB" in (errors[0].error or "")


def test_an_employee_count_too_large_for_the_database_is_a_row_problem(
    write: WriteFile,
) -> None:
    path = write(
        "store.csv",
        f"Navn;CVR;Telefon;Ansatte\r\nKæmpe ApS;{CVR[0]};75821140;99999999999999999999\r\n",
    )
    plan = read_companies(path)
    assert [p.line for p in plan.problems] == [2]
    assert "over 1000000" in plan.problems[0].message


def test_thousands_of_problems_and_columns_are_listed_up_to_a_cap_and_counted(
    write: WriteFile,
) -> None:
    from canvass.transfer.csv_import import MAX_OF_A_KIND, MAX_PROBLEMS

    wide = ";".join(f"x{i}" for i in range(5000))
    path = write("bad.csv", f"Navn;Telefon;{wide}\r\n" + "Hansen ApS;12\r\n" * 3000)
    plan = read_companies(path)
    assert plan.problem_count == 3000
    assert len(plan.problems) == MAX_PROBLEMS + 1
    assert "2800 problemer mere" in plan.problems[-1].message
    assert len(plan.warnings) == MAX_OF_A_KIND + 1
    assert "4990 ukendte kolonner mere" in plan.warnings[-1].message
