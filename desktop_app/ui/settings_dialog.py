"""Settings: connection profile, certificate (PKCS#12 + keyring), role, notifications, language."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from desktop_app.ui.adapters.accounts_adapter import (
    CertificateDetails,
    CertificateError,
    import_certificate,
    profiles,
    save_active_profile,
)
from desktop_app.ui.adapters.sync_adapter import SyncService
from desktop_app.ui.i18n import current_language
from desktop_app.ui.notification_prefs import (
    APPROVALS,
    NEW_INVOICES,
    OUTBOX_OUTCOMES,
    STATUS_CHANGES,
    NotificationPrefs,
    load_prefs,
    save_prefs,
)
from desktop_app.ui.notifications import SETTING as NOTIFY_SETTING
from desktop_app.ui.qt import (
    QCheckBox,
    QComboBox,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSettings,
    QVBoxLayout,
    QWidget,
)

EXPIRY_WARNING_DAYS = 30


def profile_label(key: str) -> str:
    """Translated name of a standard profile."""
    names = {
        "sandbox": QCoreApplication.translate("SettingsDialog", "Bac à sable (démo locale)"),
        "qualification": QCoreApplication.translate("SettingsDialog", "Chorus Pro — qualification"),
        "production": QCoreApplication.translate("SettingsDialog", "Chorus Pro — production"),
        "custom": QCoreApplication.translate("SettingsDialog", "Personnalisé"),
    }
    return names.get(key, key)


def role_label(role: str) -> str:
    """Translated name of a role."""
    names = {
        "clerk": QCoreApplication.translate("SettingsDialog", "Agent"),
        "manager": QCoreApplication.translate("SettingsDialog", "Responsable"),
        "admin": QCoreApplication.translate("SettingsDialog", "Administrateur"),
    }
    return names.get(role, role)


class SettingsDialog(QDialog):
    """Saved in QSettings (no secret); the certificate password goes to the keyring only."""

    def __init__(
        self, sync: SyncService, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.sync = sync
        self.settings = settings
        self.setWindowTitle(self.tr("Paramètres"))
        self.setMinimumWidth(620)
        self.profile = QComboBox(self)
        for profile in profiles(sync.settings_path):
            self.profile.addItem(profile_label(profile.name), profile.name)
        current = str(settings.value("sync/profile", sync.user.profile))
        self.profile.setCurrentIndex(max(0, self.profile.findData(current)))
        self.url = QLineEdit(str(settings.value("sync/custom_url", "")), self)
        self.url.setPlaceholderText("https://…")
        self.user = QLabel(sync.user.name, self)
        self.role = QLabel(role_label(sync.user.role.value), self)
        connection = QGroupBox(self.tr("Connexion"), self)
        form = QFormLayout(connection)
        for text, field in (
            (self.tr("&Profil :"), self.profile),
            (self.tr("&Adresse (personnalisé) :"), self.url),
            (self.tr("Utilisateur :"), self.user),
            (self.tr("Rôle :"), self.role),
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)
        self.cert_path = QLineEdit(str(settings.value("certificate/path", "")), self)
        self.browse = QPushButton(self.tr("&Parcourir…"), self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.import_button = QPushButton(self.tr("&Importer le certificat"), self)
        self.cert_details = QLabel(self.tr("Aucun certificat importé."), self)
        self.cert_details.setWordWrap(True)
        self.cert_warning = QLabel(self)
        self.cert_warning.setWordWrap(True)
        self.cert_warning.setStyleSheet("color: #c0392b; font-weight: bold")
        self.cert_warning.setVisible(False)
        certificate = QGroupBox(self.tr("Certificat (PKCS#12)"), self)
        cert_form = QFormLayout(certificate)
        path_row = QHBoxLayout()
        path_row.addWidget(self.cert_path, 1)
        path_row.addWidget(self.browse)
        path_label = QLabel(self.tr("&Fichier :"), self)
        path_label.setBuddy(self.cert_path)
        cert_form.addRow(path_label, path_row)
        password_label = QLabel(self.tr("&Mot de passe :"), self)
        password_label.setBuddy(self.password)
        cert_form.addRow(password_label, self.password)
        cert_form.addRow("", self.import_button)
        cert_form.addRow(self.cert_details)
        cert_form.addRow(self.cert_warning)
        self.notify = QCheckBox(
            self.tr("Afficher les &notifications (nouvelles factures, changements de statut)"), self
        )
        self.notify.setChecked(str(settings.value(NOTIFY_SETTING, "true")).lower() == "true")
        self.language = QComboBox(self)
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(
            max(0, self.language.findData(str(settings.value("ui/language", "fr"))))
        )
        prefs = load_prefs(settings, sync.user.name)
        self.notify_events: dict[str, QCheckBox] = {
            NEW_INVOICES: QCheckBox(self.tr("Nouvelles &factures"), self),
            STATUS_CHANGES: QCheckBox(self.tr("Changements de &statut"), self),
            OUTBOX_OUTCOMES: QCheckBox(self.tr("Résultats des &envois"), self),
            APPROVALS: QCheckBox(self.tr("&Approbations"), self),
        }
        for key, box in self.notify_events.items():
            box.setChecked(prefs.wants(key))
        self.notify_services = QLineEdit(",".join(sorted(prefs.services)), self)
        self.notify_services.setPlaceholderText(self.tr("Tous les services"))
        general = QGroupBox(self.tr("Général"), self)
        general_form = QFormLayout(general)
        general_form.addRow(self.notify)
        events_row = QHBoxLayout()
        for box in self.notify_events.values():
            events_row.addWidget(box)
        general_form.addRow(self.tr("Me notifier de :"), events_row)
        services_label = QLabel(
            self.tr("Pour les services (codes, séparés par des virgules) :"), self
        )
        services_label.setBuddy(self.notify_services)
        general_form.addRow(services_label, self.notify_services)
        language_label = QLabel(self.tr("&Langue (au prochain démarrage) :"), self)
        language_label.setBuddy(self.language)
        general_form.addRow(language_label, self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (connection, certificate, general):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.browse.clicked.connect(self._browse)
        self.import_button.clicked.connect(self.import_selected)
        self.profile.currentIndexChanged.connect(self._profile_changed)
        self._profile_changed()
        self.details: CertificateDetails | None = None

    def _profile_changed(self) -> None:
        self.url.setEnabled(self.profile.currentData() == "custom")

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choisir le certificat"), "", self.tr("Certificats PKCS#12 (*.p12 *.pfx)")
        )
        if path:
            self.cert_path.setText(path)

    def import_selected(self) -> None:
        """Check the certificate with its password; keep the password in the keyring."""
        profile = str(self.profile.currentData())
        try:
            details = import_certificate(
                Path(self.cert_path.text()),
                self.password.text(),
                profile,
                secrets=self.sync.secrets,
                settings_path=self.sync.settings_path,
            )
        except CertificateError as exc:
            self.cert_details.setText(exc.user_message(current_language()))
            self.cert_warning.setVisible(False)
            return
        finally:
            self.password.clear()
        self.show_details(details)
        self.settings.setValue("certificate/path", details.path)

    def show_details(self, details: CertificateDetails, now: datetime | None = None) -> None:
        """Show subject, issuer, validity, and warn when expiry is near."""
        self.details = details
        self.cert_details.setText(
            self.tr(
                "Titulaire : {subject}\nÉmetteur : {issuer}\nN° de série : {serial}\n"
                "Valide du {start} au {end}"
            ).format(
                subject=details.subject,
                issuer=details.issuer,
                serial=details.serial,
                start=details.not_before.strftime("%d/%m/%Y"),
                end=details.not_after.strftime("%d/%m/%Y"),
            )
        )
        days = details.days_left(now or datetime.now(UTC))
        if days < 0:
            warning = self.tr("Ce certificat a expiré : la connexion à Chorus Pro sera refusée.")
        elif days <= EXPIRY_WARNING_DAYS:
            warning = self.tr(
                "Ce certificat expire dans {days} jour(s) : demandez son renouvellement."
            ).format(days=days)
        else:
            warning = ""
        self.cert_warning.setText(warning)
        self.cert_warning.setVisible(bool(warning))

    def save(self) -> None:
        """Keep the choices (no secret) and close."""
        self.settings.setValue("sync/profile", self.profile.currentData())
        save_active_profile(str(self.profile.currentData()), self.sync.settings_path)
        self.settings.setValue("sync/custom_url", self.url.text().strip())
        self.settings.setValue(NOTIFY_SETTING, "true" if self.notify.isChecked() else "false")
        save_prefs(
            self.settings,
            self.sync.user.name,
            NotificationPrefs(
                events=frozenset(k for k, box in self.notify_events.items() if box.isChecked()),
                services=frozenset(
                    s.strip() for s in self.notify_services.text().split(",") if s.strip()
                ),
            ),
        )
        self.settings.setValue("ui/language", self.language.currentData())
        self.accept()
