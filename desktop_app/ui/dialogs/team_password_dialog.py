"""The team store's password, typed in the window: kept in the OS keyring when there is one
and the person asks, otherwise for this session only — the dialog says which."""

from __future__ import annotations

from desktop_app.ui.qt import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class TeamPasswordDialog(QDialog):
    """Asks ``login``'s password for the team store; ``refused``: the last one was refused."""

    def __init__(
        self, login: str, *, keyring: bool, refused: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mot de passe du dépôt d'équipe"))
        lines = []
        if refused:
            lines.append(self.tr("Le dépôt d'équipe a refusé le mot de passe."))
        lines.append(self.tr("Mot de passe du compte {login} :").format(login=login))
        prompt = QLabel("\n".join(lines), self)
        prompt.setWordWrap(True)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Mot de passe"))
        prompt.setBuddy(self.password)
        self.remember = QCheckBox(self.tr("Le garder dans le trousseau du système"), self)
        self.remember.setEnabled(keyring)
        self.remember.setChecked(keyring)
        self.session_only = QLabel(self)
        self.session_only.setWordWrap(True)
        if not keyring:
            self.session_only.setText(
                self.tr(
                    "Le trousseau du système n'est pas disponible : ce mot de passe est gardé "
                    "pour cette session seulement et sera demandé à nouveau au prochain "
                    "démarrage."
                )
            )
        self.remember.toggled.connect(self._explain)
        self._explain(self.remember.isChecked())
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b3261e")
        self.error.setVisible(False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.password)
        layout.addWidget(self.remember)
        layout.addWidget(self.session_only)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.keyring = keyring

    def _explain(self, remember: bool) -> None:
        if self.remember.isEnabled():
            self.session_only.setText(
                ""
                if remember
                else self.tr("Ce mot de passe est gardé pour cette session seulement.")
            )
        self.session_only.setVisible(bool(self.session_only.text()))

    def try_accept(self) -> None:
        """Accept a non-empty password."""
        if not self.password.text():
            self.error.setText(self.tr("Saisissez le mot de passe."))
            self.error.setVisible(True)
            return
        self.accept()
