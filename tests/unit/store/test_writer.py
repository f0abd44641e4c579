"""The background writer keeps order, reports failures and goes on."""

import threading

from canvass.store.writer import Writer


def test_jobs_run_in_order_off_the_calling_thread() -> None:
    seen: list[tuple[int, str]] = []
    writer = Writer(on_error=lambda error: None)
    for i in range(50):
        writer.submit(lambda i=i: seen.append((i, threading.current_thread().name)))
    writer.flush()
    assert [i for i, _ in seen] == list(range(50))
    assert {name for _, name in seen} == {"writer"}
    writer.close()


def test_a_failing_job_is_reported_and_the_rest_still_run() -> None:
    errors: list[BaseException] = []
    done: list[int] = []
    writer = Writer(on_error=errors.append)

    def boom() -> None:
        raise RuntimeError("locked")

    writer.submit(boom)
    writer.submit(lambda: done.append(1))
    writer.close()
    assert [str(e) for e in errors] == ["locked"] and done == [1]
