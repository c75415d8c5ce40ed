"""French business identifiers: SIREN/SIRET (Luhn), intra-EU VAT id, RIB/IBAN (mod 97)."""

from __future__ import annotations

import random
import string

_LETTER_VALUES = {c: str(10 + i) for i, c in enumerate(string.ascii_uppercase)}


def luhn_checksum(digits: str) -> int:
    """Luhn sum modulo 10 of a digit string (0 means valid)."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10


def is_luhn_valid(digits: str) -> bool:
    """True when ``digits`` is all digits and passes the Luhn check."""
    return digits.isdigit() and luhn_checksum(digits) == 0


def luhn_complete(prefix: str) -> str:
    """Append the Luhn check digit to ``prefix``."""
    check = (10 - luhn_checksum(prefix + "0")) % 10
    return prefix + str(check)


def make_siren(rng: random.Random) -> str:
    """A random Luhn-valid 9-digit SIREN (first digit 3-9, as most companies)."""
    prefix = str(rng.randint(3, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(7))
    return luhn_complete(prefix)


def make_siret(siren: str, establishment: int) -> str:
    """A Luhn-valid 14-digit SIRET for ``siren``: NIC = 4 digits from ``establishment`` + key."""
    if len(siren) != 9 or not siren.isdigit():
        raise ValueError(f"SIREN must be 9 digits: {siren!r}")
    return luhn_complete(f"{siren}{establishment % 10000:04d}")


def vat_key(siren: str) -> int:
    """The 2-digit key of a French intra-EU VAT id."""
    return (12 + 3 * (int(siren) % 97)) % 97


def vat_id(siren: str) -> str:
    """French intra-EU VAT id ``FRkk`` + SIREN."""
    return f"FR{vat_key(siren):02d}{siren}"


def rib_key(bank: str, branch: str, account: str) -> str:
    """The 2-digit French RIB key (digits-only account number)."""
    value = 89 * int(bank) + 15 * int(branch) + 3 * int(account)
    return f"{97 - value % 97:02d}"


def _numeric(text: str) -> str:
    return "".join(_LETTER_VALUES.get(c, c) for c in text)


def iban_check_digits(country: str, bban: str) -> str:
    """ISO 13616 check digits for ``country`` + ``bban``."""
    return f"{98 - int(_numeric(bban + country + '00')) % 97:02d}"


def is_iban_valid(iban: str) -> bool:
    """True when the IBAN passes the ISO 7064 mod-97 check."""
    compact = iban.replace(" ", "").upper()
    if len(compact) < 15 or not compact[:2].isalpha() or not compact[2:4].isdigit():
        return False
    return int(_numeric(compact[4:] + compact[:4])) % 97 == 1


def make_fr_iban(rng: random.Random) -> str:
    """A random valid French IBAN ``FR76...`` (27 characters, valid RIB key and mod 97)."""
    bank = f"{rng.choice((10107, 10278, 11315, 12506, 13335, 14505, 15589, 16606, 17515, 30002, 30003, 30004, 30066, 30076)):05d}"  # noqa: E501
    branch = f"{rng.randint(1, 99999):05d}"
    account = f"{rng.randint(0, 99_999_999_999):011d}"
    bban = bank + branch + account + rib_key(bank, branch, account)
    return f"FR{iban_check_digits('FR', bban)}{bban}"
