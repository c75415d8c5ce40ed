# ruff: noqa: E501  (RFC test data, cut at fixed widths)
"""RFC 9421 (HTTP Message Signatures) test vectors: Appendix B.1 keys, B.2 messages and
signatures B.2.1-B.2.6, and the rsa-v1_5-sha256 signature of section 4.3 (``proxy_sig``).

Source: RFC 9421, https://www.rfc-editor.org/rfc/rfc9421 (February 2024), Appendix B and
section 4.3, RFC 8792 line wrapping removed. The key PEMs are the RFC's B.1 text; they are
byte-identical to the files ``test/test-key-*.key`` of pyauth/http-message-signatures at commit
d0e642c9c3e8180770049b146cf26faffe3d7930. Every signature below verifies under its key
(tests/sync/test_rfc9421_vectors.py), so a transcription error cannot pass unnoticed.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass

#: B.1.1 test-key-rsa (RSASSA-PKCS1-v1_5, PKCS#1)
TEST_KEY_RSA = b"""\
-----BEGIN RSA PRIVATE KEY-----
MIIEqAIBAAKCAQEAhAKYdtoeoy8zcAcR874L8cnZxKzAGwd7v36APp7Pv6Q2jdsP
BRrwWEBnez6d0UDKDwGbc6nxfEXAy5mbhgajzrw3MOEt8uA5txSKobBpKDeBLOsd
JKFqMGmXCQvEG7YemcxDTRPxAleIAgYYRjTSd/QBwVW9OwNFhekro3RtlinV0a75
jfZgkne/YiktSvLG34lw2zqXBDTC5NHROUqGTlML4PlNZS5Ri2U4aCNx2rUPRcKI
lE0PuKxI4T+HIaFpv8+rdV6eUgOrB2xeI1dSFFn/nnv5OoZJEIB+VmuKn3DCUcCZ
SFlQPSXSfBDiUGhwOw76WuSSsf1D4b/vLoJ10wIDAQABAoIBAG/JZuSWdoVHbi56
vjgCgkjg3lkO1KrO3nrdm6nrgA9P9qaPjxuKoWaKO1cBQlE1pSWp/cKncYgD5WxE
CpAnRUXG2pG4zdkzCYzAh1i+c34L6oZoHsirK6oNcEnHveydfzJL5934egm6p8DW
+m1RQ70yUt4uRc0YSor+q1LGJvGQHReF0WmJBZHrhz5e63Pq7lE0gIwuBqL8SMaA
yRXtK+JGxZpImTq+NHvEWWCu09SCq0r838ceQI55SvzmTkwqtC+8AT2zFviMZkKR
Qo6SPsrqItxZWRty2izawTF0Bf5S2VAx7O+6t3wBsQ1sLptoSgX3QblELY5asI0J
YFz7LJECgYkAsqeUJmqXE3LP8tYoIjMIAKiTm9o6psPlc8CrLI9CH0UbuaA2JCOM
cCNq8SyYbTqgnWlB9ZfcAm/cFpA8tYci9m5vYK8HNxQr+8FS3Qo8N9RJ8d0U5Csw
DzMYfRghAfUGwmlWj5hp1pQzAuhwbOXFtxKHVsMPhz1IBtF9Y8jvgqgYHLbmyiu1
mwJ5AL0pYF0G7x81prlARURwHo0Yf52kEw1dxpx+JXER7hQRWQki5/NsUEtv+8RT
qn2m6qte5DXLyn83b1qRscSdnCCwKtKWUug5q2ZbwVOCJCtmRwmnP131lWRYfj67
B/xJ1ZA6X3GEf4sNReNAtaucPEelgR2nsN0gKQKBiGoqHWbK1qYvBxX2X3kbPDkv
9C+celgZd2PW7aGYLCHq7nPbmfDV0yHcWjOhXZ8jRMjmANVR/eLQ2EfsRLdW69bn
f3ZD7JS1fwGnO3exGmHO3HZG+6AvberKYVYNHahNFEw5TsAcQWDLRpkGybBcxqZo
81YCqlqidwfeO5YtlO7etx1xLyqa2NsCeG9A86UjG+aeNnXEIDk1PDK+EuiThIUa
/2IxKzJKWl1BKr2d4xAfR0ZnEYuRrbeDQYgTImOlfW6/GuYIxKYgEKCFHFqJATAG
IxHrq1PDOiSwXd2GmVVYyEmhZnbcp8CxaEMQoevxAta0ssMK3w6UsDtvUvYvF22m
qQKBiD5GwESzsFPy3Ga0MvZpn3D6EJQLgsnrtUPZx+z2Ep2x0xc5orneB5fGyF1P
WtP+fG5Q6Dpdz3LRfm+KwBCWFKQjg7uTxcjerhBWEYPmEMKYwTJF5PBG9/ddvHLQ
EQeNC8fHGg4UXU8mhHnSBt3EA10qQJfRDs15M38eG2cYwB1PZpDHScDnDA0=
-----END RSA PRIVATE KEY-----
"""

#: B.1.2 test-key-rsa-pss (RSASSA-PSS, PKCS#8)
TEST_KEY_RSA_PSS = b"""\
-----BEGIN PRIVATE KEY-----
MIIEvgIBADALBgkqhkiG9w0BAQoEggSqMIIEpgIBAAKCAQEAr4tmm3r20Wd/Pbqv
P1s2+QEtvpuRaV8Yq40gjUR8y2Rjxa6dpG2GXHbPfvMs8ct+Lh1GH45x28Rw3Ry5
3mm+oAXjyQ86OnDkZ5N8lYbggD4O3w6M6pAvLkhk95AndTrifbIFPNU8PPMO7Oyr
FAHqgDsznjPFmTOtCEcN2Z1FpWgchwuYLPL+Wokqltd11nqqzi+bJ9cvSKADYdUA
AN5WUtzdpiy6LbTgSxP7ociU4Tn0g5I6aDZJ7A8Lzo0KSyZYoA485mqcO0GVAdVw
9lq4aOT9v6d+nb4bnNkQVklLQ3fVAvJm+xdDOp9LCNCN48V2pnDOkFV6+U9nV5oy
c6XI2wIDAQABAoIBAQCUB8ip+kJiiZVKF8AqfB/aUP0jTAqOQewK1kKJ/iQCXBCq
pbo360gvdt05H5VZ/RDVkEgO2k73VSsbulqezKs8RFs2tEmU+JgTI9MeQJPWcP6X
aKy6LIYs0E2cWgp8GADgoBs8llBq0UhX0KffglIeek3n7Z6Gt4YFge2TAcW2WbN4
XfK7lupFyo6HHyWRiYHMMARQXLJeOSdTn5aMBP0PO4bQyk5ORxTUSeOciPJUFktQ
HkvGbym7KryEfwH8Tks0L7WhzyP60PL3xS9FNOJi9m+zztwYIXGDQuKM2GDsITeD
2mI2oHoPMyAD0wdI7BwSVW18p1h+jgfc4dlexKYRAoGBAOVfuiEiOchGghV5vn5N
RDNscAFnpHj1QgMr6/UG05RTgmcLfVsI1I4bSkbrIuVKviGGf7atlkROALOG/xRx
DLadgBEeNyHL5lz6ihQaFJLVQ0u3U4SB67J0YtVO3R6lXcIjBDHuY8SjYJ7Ci6Z6
vuDcoaEujnlrtUhaMxvSfcUJAoGBAMPsCHXte1uWNAqYad2WdLjPDlKtQJK1diCm
rqmB2g8QE99hDOHItjDBEdpyFBKOIP+NpVtM2KLhRajjcL9Ph8jrID6XUqikQuVi
4J9FV2m42jXMuioTT13idAILanYg8D3idvy/3isDVkON0X3UAVKrgMEne0hJpkPL
FYqgetvDAoGBAKLQ6JZMbSe0pPIJkSamQhsehgL5Rs51iX4m1z7+sYFAJfhvN3Q/
OGIHDRp6HjMUcxHpHw7U+S1TETxePwKLnLKj6hw8jnX2/nZRgWHzgVcY+sPsReRx
NJVf+Cfh6yOtznfX00p+JWOXdSY8glSSHJwRAMog+hFGW1AYdt7w80XBAoGBAImR
NUugqapgaEA8TrFxkJmngXYaAqpA0iYRA7kv3S4QavPBUGtFJHBNULzitydkNtVZ
3w6hgce0h9YThTo/nKc+OZDZbgfN9s7cQ75x0PQCAO4fx2P91Q+mDzDUVTeG30mE
t2m3S0dGe47JiJxifV9P3wNBNrZGSIF3mrORBVNDAoGBAI0QKn2Iv7Sgo4T/XjND
dl2kZTXqGAk8dOhpUiw/HdM3OGWbhHj2NdCzBliOmPyQtAr770GITWvbAI+IRYyF
S7Fnk6ZVVVHsxjtaHy1uJGFlaZzKR4AGNaUTOJMs6NadzCmGPAxNQQOCqoUjn4XR
rOjr9w349JooGXhOxbu8nOxX
-----END PRIVATE KEY-----
"""

#: B.1.3 test-key-ecc-p256 (ECDSA P-256, SEC1)
TEST_KEY_ECC_P256 = b"""\
-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIFKbhfNZfpDsW43+0+JjUr9K+bTeuxopu653+hBaXGA7oAoGCCqGSM49
AwEHoUQDQgAEqIVYZVLCrPZHGHjP17CTW0/+D9Lfw0EkjqF7xB4FivAxzic30tMM
4GF+hR6Dxh71Z50VGGdldkkDXZCnTNnoXQ==
-----END EC PRIVATE KEY-----
"""

#: B.1.4 test-key-ed25519 (PKCS#8)
TEST_KEY_ED25519 = b"""\
-----BEGIN PRIVATE KEY-----
MC4CAQAwBQYDK2VwBCIEIJ+DYvh6SEqVTm50DFtMDoQikTmiCqirVv9mWG9qfSnF
-----END PRIVATE KEY-----
"""

#: B.1.5 test-shared-secret (HMAC-SHA256), 64 bytes
TEST_SHARED_SECRET = base64.b64decode(
    "uzvJfB4u3N0Jy4T7NZ75MDVcr8zSTInedJtkgcu46YW4XByzNJjxBdtjUkdJPBtbmHhIDi6pcl8jsasjlTMtDQ=="
)

#: B.2 test-request: ``POST /foo?param=Value&Pet=dog HTTP/1.1`` to ``example.com``
REQUEST_METHOD = "POST"
REQUEST_AUTHORITY = "example.com"
REQUEST_PATH = "/foo"
REQUEST_QUERY = "param=Value&Pet=dog"
REQUEST_BODY = b'{"hello": "world"}'
REQUEST_HEADERS = {
    "Host": "example.com",
    "Date": "Tue, 20 Apr 2021 02:07:55 GMT",
    "Content-Type": "application/json",
    "Content-Digest": (
        "sha-512=:WZDPaVn/7XgHaAy8pmojAkGWoRx2UFChF41A2svX+"
        "TaPm+AbwAgBWnrIiYllu7BNNyealdVLvRwEmTHWXvJwew==:"
    ),
    "Content-Length": "18",
}

#: B.2 test-response: ``HTTP/1.1 200 OK``
RESPONSE_STATUS = 200
RESPONSE_BODY = b'{"message": "good dog"}'
RESPONSE_HEADERS = {
    "Date": "Tue, 20 Apr 2021 02:07:56 GMT",
    "Content-Type": "application/json",
    "Content-Digest": (
        "sha-512=:mEWXIS7MaLRuGgxOBdODa3xqM1XdEvxoYhvlCFJ41"
        "QJgJc4GTsPp29l5oGX69wWdXymyU0rjJuahq4l5aGgfLQ==:"
    ),
    "Content-Length": "23",
}

#: Section 4.3: the request as the proxy forwards it (other authority, ``Forwarded`` added)
PROXY_AUTHORITY = "origin.host.internal.example"
PROXY_FORWARDED = "for=192.0.2.123;host=example.com;proto=https"


@dataclass(frozen=True)
class Vector:
    """One signature of the RFC: where it comes from, what it covers, what it must give."""

    section: str
    label: str
    alg: str
    key: str  # name of the key constant above
    response: bool
    #: covered components, as (name, parameters)
    covered: tuple[tuple[str, dict[str, str]], ...]
    #: signature parameters in the RFC's order
    params: tuple[tuple[str, int | str], ...]
    #: the exact signature base (lines joined by LF, no trailing LF)
    base: str
    #: base64 of the RFC's signature
    signature: str
    #: deterministic algorithm: signing again must give the same bytes
    deterministic: bool

    @property
    def signature_input(self) -> str:
        """The RFC's ``Signature-Input`` field value."""
        return f"{self.label}={self.base.rsplit(chr(10), 1)[-1].split(': ', 1)[1]}"


VECTORS: tuple[Vector, ...] = (
    Vector(
        section="B.2.1",
        label="sig-b21",
        alg="rsa-pss-sha512",
        key="TEST_KEY_RSA_PSS",
        response=False,
        covered=(),
        params=(
            ("created", 1618884473),
            ("keyid", "test-key-rsa-pss"),
            ("nonce", "b3k2pp5k7z-50gnwp.yemd"),
        ),
        base="\n".join(
            (
                (
                    '"@signature-params": ();created=1618884473;keyid="test-key-rsa-pss";nonce="b3k2pp5k7'
                    'z-50gnwp.yemd"'
                ),
            )
        ),
        signature=(
            "d2pmTvmbncD3xQm8E9ZV2828BjQWGgiwAaw5bAkgibUopemLJcWDy/lkbbHAve4cRAtx31Iq786U7it++wgG"
            "xbtRxf8Udx7zFZsckzXaJMkA7ChG52eSkFxykJeNqsrWH5S+oxNFlD4dzVuwe8DhTSja8xxbR/Z2cOGdCbzR"
            "72rgFWhzx2VjBqJzsPLMIQKhO4DGezXehhWwE56YCE+O6c0mKZsfxVrogUvA4HELjVKWmAvtl6UnCh8jYzuV"
            "G5WSb/QEVPnP5TmcAnLH1g+s++v6d4s8m0gCw1fV5/SITLq9mhho8K3+7EPYTU8IU1bLhdxO5Nyt8C8ssinQ"
            "98Xw9Q=="
        ),
        deterministic=False,
    ),
    Vector(
        section="B.2.2",
        label="sig-b22",
        alg="rsa-pss-sha512",
        key="TEST_KEY_RSA_PSS",
        response=False,
        covered=(("@authority", {}), ("content-digest", {}), ("@query-param", {"name": "Pet"})),
        params=(("created", 1618884473), ("keyid", "test-key-rsa-pss"), ("tag", "header-example")),
        base="\n".join(
            (
                '"@authority": example.com',
                (
                    '"content-digest": sha-512=:WZDPaVn/7XgHaAy8pmojAkGWoRx2UFChF41A2svX+TaPm+AbwAgBWnrIi'
                    "Yllu7BNNyealdVLvRwEmTHWXvJwew==:"
                ),
                '"@query-param";name="Pet": dog',
                (
                    '"@signature-params": ("@authority" "content-digest" "@query-param";name="Pet");creat'
                    'ed=1618884473;keyid="test-key-rsa-pss";tag="header-example"'
                ),
            )
        ),
        signature=(
            "LjbtqUbfmvjj5C5kr1Ugj4PmLYvx9wVjZvD9GsTT4F7GrcQEdJzgI9qHxICagShLRiLMlAJjtq6N4CDfKtjv"
            "uJyE5qH7KT8UCMkSowOB4+ECxCmT8rtAmj/0PIXxi0A0nxKyB09RNrCQibbUjsLS/2YyFYXEu4TRJQzRw1rL"
            "EuEfY17SARYhpTlaqwZVtR8NV7+4UKkjqpcAoFqWFQh62s7Cl+H2fjBSpqfZUJcsIk4N6wiKYd4je2U/lank"
            "enQ99PZfB4jY3I5rSV2DSBVkSFsURIjYErOs0tFTQosMTAoxk//0RoKUqiYY8Bh0aaUEb0rQl3/XaVe4bXTu"
            "gEjHSw=="
        ),
        deterministic=False,
    ),
    Vector(
        section="B.2.3",
        label="sig-b23",
        alg="rsa-pss-sha512",
        key="TEST_KEY_RSA_PSS",
        response=False,
        covered=(
            ("date", {}),
            ("@method", {}),
            ("@path", {}),
            ("@query", {}),
            ("@authority", {}),
            ("content-type", {}),
            ("content-digest", {}),
            ("content-length", {}),
        ),
        params=(("created", 1618884473), ("keyid", "test-key-rsa-pss")),
        base="\n".join(
            (
                '"date": Tue, 20 Apr 2021 02:07:55 GMT',
                '"@method": POST',
                '"@path": /foo',
                '"@query": ?param=Value&Pet=dog',
                '"@authority": example.com',
                '"content-type": application/json',
                (
                    '"content-digest": sha-512=:WZDPaVn/7XgHaAy8pmojAkGWoRx2UFChF41A2svX+TaPm+AbwAgBWnrIi'
                    "Yllu7BNNyealdVLvRwEmTHWXvJwew==:"
                ),
                '"content-length": 18',
                (
                    '"@signature-params": ("date" "@method" "@path" "@query" "@authority" "content-type" '
                    '"content-digest" "content-length");created=1618884473;keyid="test-key-rsa-pss"'
                ),
            )
        ),
        signature=(
            "bbN8oArOxYoyylQQUU6QYwrTuaxLwjAC9fbY2F6SVWvh0yBiMIRGOnMYwZ/5MR6fb0Kh1rIRASVxFkeGt683"
            "+qRpRRU5p2voTp768ZrCUb38K0fUxN0O0iC59DzYx8DFll5GmydPxSmme9v6ULbMFkl+V5B1TP/yPViV7KsL"
            "NmvKiLJH1pFkh/aYA2HXXZzNBXmIkoQoLd7YfW91kE9o/CCoC1xMy7JA1ipwvKvfrs65ldmlu9bpG6A9Bmzh"
            "uzF8Eim5f8ui9eH8LZH896+QIF61ka39VBrohr9iyMUJpvRX2Zbhl5ZJzSRxpJyoEZAFL2FUo5fTIztsDZKE"
            "gM4cUA=="
        ),
        deterministic=False,
    ),
    Vector(
        section="B.2.4",
        label="sig-b24",
        alg="ecdsa-p256-sha256",
        key="TEST_KEY_ECC_P256",
        response=True,
        covered=(
            ("@status", {}),
            ("content-type", {}),
            ("content-digest", {}),
            ("content-length", {}),
        ),
        params=(("created", 1618884473), ("keyid", "test-key-ecc-p256")),
        base="\n".join(
            (
                '"@status": 200',
                '"content-type": application/json',
                (
                    '"content-digest": sha-512=:mEWXIS7MaLRuGgxOBdODa3xqM1XdEvxoYhvlCFJ41QJgJc4GTsPp29l5o'
                    "GX69wWdXymyU0rjJuahq4l5aGgfLQ==:"
                ),
                '"content-length": 23',
                (
                    '"@signature-params": ("@status" "content-type" "content-digest" "content-length");cr'
                    'eated=1618884473;keyid="test-key-ecc-p256"'
                ),
            )
        ),
        signature=(
            "wNmSUAhwb5LxtOtOpNa6W5xj067m5hFrj0XQ4fvpaCLx0NKocgPquLgyahnzDnDAUy5eCdlYUEkLIj+32oia"
            "sw=="
        ),
        deterministic=False,
    ),
    Vector(
        section="B.2.5",
        label="sig-b25",
        alg="hmac-sha256",
        key="TEST_SHARED_SECRET",
        response=False,
        covered=(("date", {}), ("@authority", {}), ("content-type", {})),
        params=(("created", 1618884473), ("keyid", "test-shared-secret")),
        base="\n".join(
            (
                '"date": Tue, 20 Apr 2021 02:07:55 GMT',
                '"@authority": example.com',
                '"content-type": application/json',
                (
                    '"@signature-params": ("date" "@authority" "content-type");created=1618884473;keyid="'
                    'test-shared-secret"'
                ),
            )
        ),
        signature="pxcQw6G3AjtMBQjwo8XzkZf/bws5LelbaMk5rGIGtE8=",
        deterministic=True,
    ),
    Vector(
        section="B.2.6",
        label="sig-b26",
        alg="ed25519",
        key="TEST_KEY_ED25519",
        response=False,
        covered=(
            ("date", {}),
            ("@method", {}),
            ("@path", {}),
            ("@authority", {}),
            ("content-type", {}),
            ("content-length", {}),
        ),
        params=(("created", 1618884473), ("keyid", "test-key-ed25519")),
        base="\n".join(
            (
                '"date": Tue, 20 Apr 2021 02:07:55 GMT',
                '"@method": POST',
                '"@path": /foo',
                '"@authority": example.com',
                '"content-type": application/json',
                '"content-length": 18',
                (
                    '"@signature-params": ("date" "@method" "@path" "@authority" "content-type" "content-'
                    'length");created=1618884473;keyid="test-key-ed25519"'
                ),
            )
        ),
        signature=(
            "wqcAqbmYJ2ji2glfAMaRy4gruYYnx2nEFN2HN6jrnDnQCK1u02Gb04v9EDgwUPiu4A0w6vuQv5lIp5WPpBKR"
            "Cw=="
        ),
        deterministic=True,
    ),
    Vector(
        section="4.3",
        label="proxy_sig",
        alg="rsa-v1_5-sha256",
        key="TEST_KEY_RSA",
        response=False,
        covered=(
            ("@method", {}),
            ("@authority", {}),
            ("@path", {}),
            ("content-digest", {}),
            ("content-type", {}),
            ("content-length", {}),
            ("forwarded", {}),
        ),
        params=(
            ("created", 1618884480),
            ("keyid", "test-key-rsa"),
            ("alg", "rsa-v1_5-sha256"),
            ("expires", 1618884540),
        ),
        base="\n".join(
            (
                '"@method": POST',
                '"@authority": origin.host.internal.example',
                '"@path": /foo',
                (
                    '"content-digest": sha-512=:WZDPaVn/7XgHaAy8pmojAkGWoRx2UFChF41A2svX+TaPm+AbwAgBWnrIi'
                    "Yllu7BNNyealdVLvRwEmTHWXvJwew==:"
                ),
                '"content-type": application/json',
                '"content-length": 18',
                '"forwarded": for=192.0.2.123;host=example.com;proto=https',
                (
                    '"@signature-params": ("@method" "@authority" "@path" "content-digest" "content-type"'
                    ' "content-length" "forwarded");created=1618884480;keyid="test-key-rsa";alg="rsa-v1_5'
                    '-sha256";expires=1618884540'
                ),
            )
        ),
        signature=(
            "S6ZzPXSdAMOPjN/6KXfXWNO/f7V6cHm7BXYUh3YD/fRad4BCaRZxP+JH+8XY1I6+8Cy+CM5g92iHgxtRPz+M"
            "jniOaYmdkDcnL9cCpXJleXsOckpURl49GwiyUpZ10KHgOEe11sx3G2gxI8S0jnxQB+Pu68U9vVcasqOWAEOb"
            "tNKKZd8tSFu7LB5YAv0RAGhB8tmpv7sFnIm9y+7X5kXQfi8NMaZaA8i2ZHwpBdg7a6CMfwnnrtflzvZdXAsD"
            "3LH2TwevU+/PBPv0B6NMNk93wUs/vfJvye+YuI87HU38lZHowtznbLVdp770I6VHR6WfgS9ddzirrswsE1w5"
            "o0LV/g=="
        ),
        deterministic=True,
    ),
)
