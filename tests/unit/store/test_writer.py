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


def test_a_locked_write_is_retried_in_order_until_it_is_stored() -> None:
    from canvass.errors import StoreError

    errors: list[BaseException] = []
    saved = threading.Event()
    stored: list[str] = []
    failures = iter([True, True, True, False])
    writer = Writer(on_error=errors.append, on_saved=saved.set, backoff=(0.01,))

    def note() -> None:
        if next(failures):
            raise StoreError("låst", retryable=True)
        stored.append("note")

    writer.submit(note)
    writer.submit(lambda: stored.append("after"))
    assert writer.pending >= 1
    writer.flush()
    assert stored == ["note", "after"]  # nothing lost, nothing overtook it
    assert len(errors) == 1  # told once, not at every try
    assert saved.wait(1) and writer.pending == 0
    writer.close()


def test_a_write_that_cannot_succeed_is_not_retried() -> None:
    from canvass.errors import StoreError

    errors: list[BaseException] = []
    tries: list[int] = []
    writer = Writer(on_error=errors.append, backoff=(0.01,))

    def broken() -> None:
        tries.append(1)
        raise StoreError("ugyldig")

    writer.submit(broken)
    writer.close()
    assert len(tries) == 1 and len(errors) == 1 and writer.pending == 0
