"""The services of one database are made on first use (canvass.services.registry): each
once per Services, the same one for threads asking at once, and not before it is asked
for (the app's first page needs only a few of them)."""

from __future__ import annotations

import subprocess
import sys
import threading

from canvass.services import Services, Store
from canvass.services.lists import ListService


def test_each_service_is_made_once_on_first_use(db_url: str) -> None:
    with Store.open(db_url) as store:
        services = Services.of(store)
        assert "lists" not in vars(services)
        lists = services.lists
        assert isinstance(lists, ListService) and services.lists is lists
        assert Services.of(store).lists is not lists  # one per Services
        found: list[object] = []
        threads = [threading.Thread(target=lambda: found.append(services.today)) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len({id(service) for service in found}) == 1


def test_the_first_pages_services_leave_the_others_unimported() -> None:
    code = (
        "import sys\n"
        "from canvass.services import Services, Store\n"
        "services = Services.of(Store.open('sqlite://'))\n"
        "services.lists, services.consultants, services.today\n"
        "print(' '.join(m for m in ('canvass.services.transfer', 'canvass.services.feedback',"
        " 'canvass.services.stats', 'icalendar') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == []
