"""Running the dial command: off the UI thread, without a shell, with a timeout."""

import sys

from canvass.ui.dialer import run_command


def test_run_command_reports_what_failed(tmp_path) -> None:
    assert run_command([sys.executable, "-c", "pass"]) is None
    failed = run_command([sys.executable, "-c", "import sys; sys.exit('ingen linje')"])
    assert failed is not None and "fejlkode 1" in failed and "ingen linje" in failed
    slow = run_command([sys.executable, "-c", "import time; time.sleep(5)"], timeout=0.2)
    assert slow == "svarede ikke inden for 0.2 sekunder"
    missing = run_command([str(tmp_path / "softphone"), "+4512345678"])
    assert missing is not None and "findes ikke" in missing
    # No shell: a ';' is just part of an argument.
    out = tmp_path / "out"
    code = "import sys; open(sys.argv[1], 'w').write(sys.argv[2])"
    assert run_command([sys.executable, "-c", code, str(out), "+45; touch x"]) is None
    assert out.read_text() == "+45; touch x"
