"""The generated WiX product source: upgrade code, properties remembered, registry, shortcut."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from installers.windows import build_msi, wxs

NS = {"w": "http://schemas.microsoft.com/wix/2006/wi"}


@pytest.fixture(scope="module")
def product() -> ET.Element:
    root = ET.fromstring(wxs.product_wxs("1.2.3").encode("utf-8"))
    element = root.find("w:Product", NS)
    assert element is not None
    return element


def test_product_identity(product: ET.Element) -> None:
    assert product.get("UpgradeCode") == wxs.UPGRADE_CODE
    assert product.get("Version") == "1.2.3"
    assert product.get("Id") == "*"  # a new ProductCode per build: every release is a major upgrade
    package = product.find("w:Package", NS)
    assert package is not None and package.get("InstallScope") == "perMachine"
    upgrade = product.find("w:MajorUpgrade", NS)
    assert upgrade is not None and upgrade.get("DowngradeErrorMessage")


def test_each_public_property_is_searched_restored_and_written(product: ET.Element) -> None:
    searches = {s.get("Name"): s for s in product.iterfind("w:Property/w:RegistrySearch", NS)}
    actions = {a.get("Id"): a for a in product.iterfind("w:CustomAction", NS)}
    custom = {c.get("Action"): c for c in product.iterfind("w:InstallExecuteSequence/w:Custom", NS)}
    values = {
        v.get("Name"): v
        for v in product.iterfind(".//w:Component[@Id='MachineConfig']/w:RegistryValue", NS)
    }
    for prop in wxs.PUBLIC_PROPERTIES:
        search = searches[prop.value_name]
        assert (search.get("Root"), search.get("Key")) == ("HKLM", wxs.REGISTRY_KEY)
        assert search.get("Win64") == "yes"
        action = actions[f"Restore{prop.value_name}"]
        assert action.get("Property") == prop.name
        assert action.get("Value") == f"[SAVED_{prop.name}]"
        sequenced = custom[f"Restore{prop.value_name}"]
        assert sequenced.text == f"SAVED_{prop.name} AND NOT {prop.name}"
        assert 50 < int(sequenced.get("Sequence", "0")) < 100  # after AppSearch
        assert values[prop.value_name].get("Value") == f"[{prop.name}]"
    assert set(wxs.SECURE_PROPERTIES) >= {p.name for p in wxs.PUBLIC_PROPERTIES}


def test_start_menu_shortcut_targets_the_bundled_runtime(product: ET.Element) -> None:
    shortcut = product.find(".//w:DirectoryRef[@Id='ProgramMenuFolder']//w:Shortcut", NS)
    assert shortcut is not None
    assert shortcut.get("Target") == "[INSTALLDIR]runtime\\pythonw.exe"
    assert shortcut.get("Arguments") == "-m desktop_app"
    icon = product.find(".//w:Icon", NS)
    assert icon is not None and shortcut.get("Icon") == icon.get("Id")
    assert icon.get("SourceFile", "").endswith("resources\\icons\\invoice-desk.ico")
    from desktop_app.resource_paths import resource_path

    ico = resource_path("icons", "invoice-desk.ico").read_bytes()
    assert ico[:4] == b"\0\0\1\0" and int.from_bytes(ico[4:6], "little") >= 5  # ICO, 5+ sizes


def test_files_come_from_the_heat_component_group(product: ET.Element) -> None:
    refs = [r.get("Id") for r in product.iterfind(".//w:Feature/w:ComponentGroupRef", NS)]
    assert refs == ["AppFiles"]


@pytest.mark.parametrize(
    ("version", "expected"),
    [("0.1.0", "0.1.0"), ("1.2", "1.2.0"), ("2.0.1rc1", "2.0.1"), ("3.4.5.dev2", "3.4.5")],
)
def test_msi_version(version: str, expected: str) -> None:
    assert wxs.msi_version(version) == expected


@pytest.mark.parametrize("version", ["256.0.0", "x.y", ""])
def test_bad_msi_version(version: str) -> None:
    with pytest.raises(ValueError):
        wxs.msi_version(version)


def test_windows_lock_pins_every_project_dependency() -> None:
    lock = build_msi.HERE / "requirements-win.txt"
    build_msi.check_lock_covers_project(lock)  # raises SystemExit naming what is missing
    lines = [line for line in lock.read_text(encoding="utf-8").splitlines() if "==" in line]
    assert lines and all("--hash=sha256:" in line for line in lines)
    pyside = [line for line in lines if line.startswith("pyside6-essentials==")]
    assert pyside and pyside[0].split("==")[1].split()[0].startswith("6.8.")


@pytest.mark.parametrize(
    ("requirement", "on_windows"),
    [
        ("psutil>=5.9", True),
        ("uvloop>=0.19; sys_platform != 'win32'", False),
        ('pywin32-ctypes; sys_platform == "win32"', True),
        ("jeepney; sys_platform == 'linux'", False),
    ],
)
def test_platform_markers_are_judged_for_windows(requirement: str, on_windows: bool) -> None:
    assert build_msi.applies_to_windows(requirement) is on_windows
