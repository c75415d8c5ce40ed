"""The main window's actions: names, shortcuts and menus, in one table."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.ui.qt import QAction, QEvent, QKeyEvent, QKeySequence, QObject, Qt


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """An action's key, translated text (with mnemonic) and shortcut."""

    key: str
    text: str
    shortcut: str
    menu: str


class WindowActions(QObject):
    """Builds every :class:`QAction` of the window; :attr:`actions` maps key -> action."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.actions: dict[str, QAction] = {}
        for spec in self.specs():
            action = QAction(spec.text, parent)
            if spec.shortcut:
                action.setShortcut(QKeySequence(spec.shortcut))
            action.setObjectName(f"action_{spec.key}")
            self.actions[spec.key] = action

    def specs(self) -> list[ActionSpec]:
        """Every action, in menu order."""
        return [
            ActionSpec("sync", self.tr("&Synchroniser maintenant"), "F5", "file"),
            ActionSpec("outbox", self.tr("&Envois en attente…"), "Ctrl+E", "file"),
            ActionSpec("approvals", self.tr("&Approbations en attente…"), "Ctrl+Shift+A", "file"),
            ActionSpec("export_csv", self.tr("Exporter la liste en &CSV…"), "", "file"),
            ActionSpec("export_xlsx", self.tr("Exporter la liste en &XLSX…"), "", "file"),
            ActionSpec(
                "export_pdfs",
                self.tr("Exporter les PDF de la sélection dans un &dossier…"),
                "",
                "file",
            ),
            ActionSpec(
                "export_merged",
                self.tr("Exporter la sélection en un seul PDF (fusio&nné)…"),
                "",
                "file",
            ),
            ActionSpec(
                "import_engagements", self.tr("&Importer les engagements…"), "Ctrl+Shift+I", "file"
            ),
            ActionSpec("settings", self.tr("&Paramètres…"), "Ctrl+,", "file"),
            ActionSpec("quit", self.tr("&Quitter"), "Ctrl+Q", "file"),
            ActionSpec("suspend", self.tr("&Suspendre…"), "Ctrl+Shift+S", "invoice"),
            ActionSpec("reject", self.tr("&Rejeter…"), "Ctrl+Shift+R", "invoice"),
            ActionSpec(
                "recycle", self.tr("Rec&ycler vers un autre service…"), "Ctrl+Shift+Y", "invoice"
            ),
            ActionSpec("service_done", self.tr("Service &fait…"), "Ctrl+Shift+F", "invoice"),
            ActionSpec("mandate", self.tr("&Mandater…"), "Ctrl+Shift+M", "invoice"),
            ActionSpec("accounting", self.tr("Statut &comptable…"), "Ctrl+Shift+C", "invoice"),
            ActionSpec("claim", self.tr("Prendre en c&harge"), "Ctrl+Shift+T", "invoice"),
            ActionSpec(
                "release", self.tr("&Libérer la prise en charge"), "Ctrl+Shift+L", "invoice"
            ),
            ActionSpec(
                "add_note", self.tr("Ajouter une &note interne…"), "Ctrl+Shift+N", "invoice"
            ),
            ActionSpec(
                "open_attachment", self.tr("Ouvrir la &pièce jointe"), "Ctrl+Shift+O", "invoice"
            ),
            ActionSpec(
                "compare_duplicate", self.tr("Comparer avec l'original…"), "Ctrl+Shift+D", "invoice"
            ),
            ActionSpec("print_invoice", self.tr("&Imprimer la facture…"), "Ctrl+P", "invoice"),
            ActionSpec("open_viewer", self.tr("Ouvrir dans la &visionneuse"), "F11", "invoice"),
            ActionSpec("search", self.tr("&Rechercher"), "Ctrl+F", "view"),
            ActionSpec("save_search", self.tr("&Enregistrer la recherche…"), "Ctrl+S", "view"),
            ActionSpec("rename_search", self.tr("Re&nommer la recherche…"), "", "view"),
            ActionSpec("delete_search", self.tr("Su&pprimer la recherche…"), "", "view"),
            ActionSpec("focus_list", self.tr("Aller à la &liste"), "Ctrl+L", "view"),
            ActionSpec("focus_inboxes", self.tr("Aller aux &boîtes"), "Ctrl+B", "view"),
            ActionSpec(
                "focus_structures", self.tr("Aller aux &structures"), "Ctrl+Shift+B", "view"
            ),
            ActionSpec("tab_history", self.tr("&Historique de la facture"), "Ctrl+H", "view"),
            ActionSpec("toggle_fields", self.tr("&Champs de la facture"), "Ctrl+I", "view"),
            ActionSpec("mark_seen", self.tr("&Marquer comme vues"), "Ctrl+M", "view"),
            ActionSpec("mark_all_seen", self.tr("&Tout marquer comme vu"), "", "view"),
            ActionSpec("inbox_1", self.tr("Boîte « À traiter »"), "Alt+1", "view"),
            ActionSpec("inbox_2", self.tr("Boîte « Suspendues »"), "Alt+2", "view"),
            ActionSpec("inbox_3", self.tr("Boîte « Rejetées »"), "Alt+3", "view"),
            ActionSpec("inbox_4", self.tr("Boîte « Service fait »"), "Alt+4", "view"),
            ActionSpec("inbox_5", self.tr("Boîte « Mandatées »"), "Alt+5", "view"),
            ActionSpec("inbox_6", self.tr("Boîte « Mises en paiement »"), "Alt+6", "view"),
            ActionSpec("inbox_7", self.tr("Boîte « Toutes »"), "Alt+7", "view"),
            ActionSpec(
                "audit_verify", self.tr("&Vérifier la piste d'audit…"), "Ctrl+Shift+V", "tools"
            ),
            ActionSpec("audit_export", self.tr("E&xporter la piste d'audit…"), "", "tools"),
            ActionSpec("works", self.tr("&Travaux : circuit MOE / MOA…"), "Ctrl+Shift+W", "tools"),
            ActionSpec(
                "approval_circuit", self.tr("Circuit d'&approbation et délais…"), "", "tools"
            ),
            ActionSpec("lang_fr", self.tr("&Français"), "", "language"),
            ActionSpec("lang_en", self.tr("&English"), "", "language"),
            ActionSpec("guide", self.tr("&Guide de l'utilisateur"), "F1", "help"),
            ActionSpec("shortcuts", self.tr("&Raccourcis clavier"), "Ctrl+F1", "help"),
            ActionSpec("diagnostics", self.tr("&Diagnostics…"), "", "help"),
        ]

    def menu_titles(self) -> dict[str, str]:
        """Menu titles with mnemonics."""
        return {
            "file": self.tr("&Fichier"),
            "invoice": self.tr("Fa&cture"),
            "view": self.tr("&Affichage"),
            "tools": self.tr("&Outils"),
            "language": self.tr("&Langue"),
            "help": self.tr("A&ide"),
        }


class ShortcutsFirst(QObject):
    """Event filter for the window's text fields: a key that is one of the window's Ctrl
    shortcuts goes to the window, not to the field. On X11 a QLineEdit claims Ctrl+E (end
    of line, Emacs style) and a few others through ShortcutOverride, so Ctrl+E (outbox) did
    nothing while the search box had the focus."""

    def __init__(self, actions: dict[str, QAction], parent: QObject) -> None:
        super().__init__(parent)
        self.keys = {
            combination.toCombined()
            for action in actions.values()
            if not action.shortcut().isEmpty()
            and (combination := action.shortcut()[0]).keyboardModifiers()  # type: ignore[index]
            & Qt.KeyboardModifier.ControlModifier
        }

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.keyCombination().toCombined() in self.keys
        ):
            event.ignore()  # not claimed by the field: the shortcut map delivers it
            return True
        return False
