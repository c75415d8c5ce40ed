"""First run: a short assistant that starts on the sandbox with a demo user."""

from __future__ import annotations

from desktop_app.ui.adapters.sync_adapter import SyncService
from desktop_app.ui.qt import QLabel, QSettings, QVBoxLayout, QWidget, QWizard, QWizardPage
from desktop_app.ui.status_bar import role_text

DONE_KEY = "first_run/done"


class FirstRunWizard(QWizard):
    """Welcome, the sandbox with its demo user, and where to switch to Chorus Pro later."""

    def __init__(self, sync: SyncService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bienvenue dans Invoice Desk"))
        self.addPage(
            self._page(
                self.tr("Bienvenue"),
                self.tr(
                    "Invoice Desk reçoit les factures de vos fournisseurs déposées sur Chorus Pro, "
                    "vous aide à les traiter et renvoie vos décisions à la plateforme."
                ),
            )
        )
        self.addPage(
            self._page(
                self.tr("Bac à sable"),
                self.tr(
                    "Vous commencez sur le bac à sable : une plateforme de démonstration locale, "
                    "avec l'utilisateur de démonstration « {role} ». "
                    "Rien n'est envoyé à Chorus Pro. Dans Fichier › Paramètres, « Utilisateur de "
                    "démonstration » vous fait agir en responsable, administrateur ou délégué."
                ).format(role=role_text(sync.user.role.value)),
            )
        )
        self.addPage(
            self._page(
                self.tr("Passer à Chorus Pro"),
                self.tr(
                    "Quand vous serez prêt, ouvrez Fichier › Paramètres (Ctrl+,), choisissez le "
                    "profil « qualification » ou « production » et importez votre certificat."
                ),
            )
        )

    def _page(self, title: str, text: str) -> QWizardPage:
        page = QWizardPage(self)
        page.setTitle(title)
        label = QLabel(text, page)
        label.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(label)
        return page


def maybe_run_first_run(sync: SyncService, settings: QSettings) -> bool:
    """Show the assistant once; True when it was shown."""
    if str(settings.value(DONE_KEY, "false")).lower() == "true":
        return False
    FirstRunWizard(sync).exec()
    settings.setValue(DONE_KEY, "true")
    settings.setValue("sync/profile", "sandbox")
    return True
