"""The release workflow is valid YAML, names every step and stays consistent with the scripts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

yaml = pytest.importorskip("yaml", reason="PyYAML (the 'build' extra) parses the workflow")

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"


@pytest.fixture(scope="module")
def workflow() -> dict[Any, Any]:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_every_job_and_step_is_named(workflow: dict[Any, Any]) -> None:
    jobs = workflow["jobs"]
    assert {"msi", "windows-install-test", "macos", "linux-frozen"} <= set(jobs)
    for job_id, job in jobs.items():
        assert job.get("name"), f"job {job_id} has no name"
        assert job.get("runs-on"), f"job {job_id} has no runner"
        for index, step in enumerate(job["steps"]):
            assert isinstance(step.get("name"), str) and step["name"].strip(), (
                f"step {index} of {job_id} has no name"
            )
            assert ("run" in step) != ("uses" in step), f"{job_id}/{step['name']}: run xor uses"


def test_says_it_cannot_run_here() -> None:
    assert "CANNOT RUN ON THE PROJECT'S OWN BUILD MACHINES" in WORKFLOW.read_text(encoding="utf-8")


def test_triggers_on_version_tags(workflow: dict[Any, Any]) -> None:
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as True
    assert triggers["push"]["tags"] == ["v*"]


def test_uses_the_same_scripts_as_the_linux_build(workflow: dict[Any, Any]) -> None:
    runs = "\n".join(
        step.get("run", "") for job in workflow["jobs"].values() for step in job["steps"]
    )
    for script in (
        "installers/build-msi.sh",
        "installers/windows/check-msi.sh",
        "installers/linux/build-frozen.sh",
        "installers/linux/invoice-desk.spec",
        "installers/macos/dmg_settings.py",
    ):
        assert script in runs, f"{script} not used by the workflow"
        assert (ROOT / script).is_file(), f"{script} does not exist"


def test_macos_job_signs_notarises_and_smoke_tests(workflow: dict[Any, Any]) -> None:
    runs = "\n".join(step.get("run", "") for step in workflow["jobs"]["macos"]["steps"])
    assert "--options runtime" in runs  # hardened runtime
    assert "notarytool submit" in runs and "stapler staple" in runs
    assert "hdiutil attach" in runs and "--smoke" in runs


def test_windows_job_installs_with_msiexec_and_smoke_tests_the_gui(
    workflow: dict[Any, Any],
) -> None:
    runs = "\n".join(
        step.get("run", "") for step in workflow["jobs"]["windows-install-test"]["steps"]
    )
    for needle in ("msiexec.exe", "PLATFORM_URL=", "CERT_PATH=", "PROFILE=", "/x"):
        assert needle in runs
    assert "desktop_app.ui.smoke --platform windows" in runs
