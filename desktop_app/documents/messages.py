"""User-facing texts for document errors and value problems (French first, English)."""

from __future__ import annotations

from typing import Any

_MESSAGES: dict[str, dict[str, str]] = {
    "empty_input": {
        "fr": "Le fichier est vide.",
        "en": "The file is empty.",
    },
    "input_too_large": {
        "fr": "Le fichier est trop volumineux ({size} octets ; limite {limit} octets).",
        "en": "The file is too large ({size} bytes; limit {limit} bytes).",
    },
    "unknown_format": {
        "fr": "Le fichier n'est ni un XML ni un PDF (il commence par « {start} »).",
        "en": "The file is neither XML nor PDF (it starts with '{start}').",
    },
    "xml_not_well_formed": {
        "fr": "XML mal formé à la ligne {line} : {detail}",
        "en": "Not well-formed XML at line {line}: {detail}",
    },
    "xml_too_deep": {
        "fr": "XML refusé : imbrication des éléments trop profonde (ligne {line}).",
        "en": "XML rejected: elements nested too deeply (line {line}).",
    },
    "xml_huge_node": {
        "fr": "XML refusé : un texte ou un attribut dépasse la taille autorisée (ligne {line}).",
        "en": "XML rejected: a text or attribute value exceeds the allowed size (line {line}).",
    },
    "xml_dtd_forbidden": {
        "fr": "XML refusé : le document déclare une DTD (<!DOCTYPE>), interdite dans une "
        "facture (protection contre les entités externes et les bombes XML).",
        "en": "XML rejected: the document declares a DTD (<!DOCTYPE>), which an invoice must "
        "not contain (protection against external entities and XML bombs).",
    },
    "xml_too_large": {
        "fr": "XML trop volumineux ({size} octets ; limite {limit} octets).",
        "en": "XML too large ({size} bytes; limit {limit} bytes).",
    },
    "unknown_root": {
        "fr": "Élément racine inconnu : {root}",
        "en": "Unknown root element: {root}",
    },
    "unsupported_syntax": {
        "fr": "Syntaxe de facture non prise en charge : {name}",
        "en": "Unsupported invoice syntax: {name}",
    },
    "pdf_unreadable": {
        "fr": "Le PDF est illisible ou corrompu : {detail}",
        "en": "The PDF is unreadable or corrupt: {detail}",
    },
    "pdf_encrypted": {
        "fr": "Le PDF est chiffré : impossible d'en lire la facture embarquée.",
        "en": "The PDF is encrypted: its embedded invoice cannot be read.",
    },
    "pdf_limit": {
        "fr": "Le PDF dépasse une limite de sécurité : {detail}",
        "en": "The PDF exceeds a safety limit: {detail}",
    },
    "pdf_no_invoice": {
        "fr": "Le PDF ne contient pas de facture embarquée (aucun fichier XML Factur-X, "
        "ZUGFeRD ou XRechnung).",
        "en": "The PDF has no embedded invoice (no Factur-X, ZUGFeRD or XRechnung XML file).",
    },
    "pdf_embedded_xml_invalid": {
        "fr": "Le XML embarqué « {name} » du PDF est illisible : {detail}",
        "en": "The XML file '{name}' embedded in the PDF cannot be read: {detail}",
    },
    "pdf_embedded_too_large": {
        "fr": "Le fichier embarqué « {name} » est trop volumineux (limite {limit} octets).",
        "en": "The embedded file '{name}' is too large (limit {limit} bytes).",
    },
    "attachment_not_found": {
        "fr": "Pièce jointe introuvable : {ref}",
        "en": "Attachment not found: {ref}",
    },
    "attachment_too_large": {
        "fr": "La pièce jointe « {name} » est trop volumineuse ({size} octets ; limite "
        "{limit} octets).",
        "en": "The attachment '{name}' is too large ({size} bytes; limit {limit} bytes).",
    },
    "attachment_bad_base64": {
        "fr": "La pièce jointe « {name} » n'est pas un contenu base64 valide.",
        "en": "The attachment '{name}' is not valid base64 content.",
    },
    "attachment_no_content": {
        "fr": "La pièce jointe « {name} » ne contient pas de fichier (référence externe "
        "seulement).",
        "en": "The attachment '{name}' holds no file (external reference only).",
    },
    "attachment_unreadable": {
        "fr": "La pièce jointe « {name} » est illisible : {detail}",
        "en": "The attachment '{name}' cannot be read: {detail}",
    },
    "bad_language": {
        "fr": "Langue non prise en charge : {language}",
        "en": "Unsupported language: {language}",
    },
}

_VALUE_KINDS: dict[str, dict[str, str]] = {
    "date": {"fr": "date illisible", "en": "unreadable date"},
    "amount": {"fr": "montant illisible", "en": "unreadable amount"},
    "quantity": {"fr": "quantité illisible", "en": "unreadable quantity"},
    "percent": {"fr": "taux illisible", "en": "unreadable rate"},
}

LANGUAGES = ("fr", "en")


def check_language(language: str) -> str:
    """``language`` when supported, else a :class:`ValueError`."""
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r} (use 'fr' or 'en')")
    return language


def format_message(key: str, language: str, params: dict[str, Any]) -> str:
    """The message for ``key`` in ``language`` with ``params`` filled in."""
    texts = _MESSAGES.get(key)
    lang = language if language in LANGUAGES else "fr"
    if texts is None:
        return f"{key}: {params}"
    try:
        return texts[lang].format(**params)
    except (KeyError, IndexError):
        return texts[lang]


def value_kind_label(kind: str, language: str) -> str:
    """Short label of an unreadable value kind ("date illisible")."""
    lang = language if language in LANGUAGES else "fr"
    return _VALUE_KINDS.get(kind, {"fr": "valeur illisible", "en": "unreadable value"})[lang]
