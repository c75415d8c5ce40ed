"""Demo recipients: stable ids, several structures with 3-5 services, one State entity."""

from __future__ import annotations

from collections import defaultdict

from desktop_app.sandbox.generator.model import RecipientService
from desktop_app.sandbox.generator.recipients import demo_recipients


def test_structures_and_services(recipients: tuple[RecipientService, ...]) -> None:
    by_structure: dict[int, list[RecipientService]] = defaultdict(list)
    for service in recipients:
        by_structure[service.structure_id].append(service)
    assert len(by_structure) >= 3
    for services in by_structure.values():
        assert 3 <= len(services) <= 5
        assert len({s.service_code for s in services}) == len(services)
        assert len({s.structure.siret for s in services}) == 1
    names = {s.structure.name for s in recipients}
    assert {"COMMUNE DE DEMO", "CENTRE HOSPITALIER DE DEMO"} <= names
    state = [s for s in recipients if s.state_entity]
    assert state
    assert all(s.structure.name.startswith("DIRECTION") for s in state)
    assert len({s.service_id for s in recipients}) == len(recipients)


def test_stable_between_calls() -> None:
    first = demo_recipients()
    demo_recipients.cache_clear()
    assert demo_recipients() == first
    assert first[0].structure_id == 25_010_001
    assert first[0].service_id == 1_001
