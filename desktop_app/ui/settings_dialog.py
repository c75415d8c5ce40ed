"""Settings: connection profile (address, demo user, technical account password date), who is
working, the certificate (import / replace / remove; PKCS#12 + keyring), notifications,
language. Saving reconnects with the new choices."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from desktop_app.ui.adapters.accounts_adapter import (
    DEMO_USERS,
    CertificateDetails,
    CertificateError,
    ConnectionProfile,
    Identity,
    ProfileKind,
    from_os_account,
    import_certificate,
    load_profiles_or_default,
    remove_certificate,
    sandbox_demo,
    save_profiles,
    saved_certificate,
    set_custom_address,
    works_enabled,
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
    QDate,
    QDateEdit,
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
from desktop_app.ui.status_bar import role_text

EXPIRY_WARNING_DAYS = 30
NO_DATE = QDate(2000, 1, 1)


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
    return role_text(role)


def source_label(source: str | None) -> str:
    """Where the identity comes from, for the user."""
    names = {
        "certificate": QCoreApplication.translate("SettingsDialog", "certificat"),
        "os-account": QCoreApplication.translate("SettingsDialog", "compte de session du poste"),
        "sandbox-demo": QCoreApplication.translate(
            "SettingsDialog", "utilisateur de démonstration"
        ),
    }
    return names.get(source or "", source or "")


class SettingsDialog(QDialog):
    """Saved in connection.json and QSettings (no secret); passwords go to the keyring, or
    stay in memory for this session when the keyring is unavailable (the dialog says so)."""

    def __init__(
        self,
        sync: SyncService,
        settings: QSettings,
        parent: QWidget | None = None,
        reason: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.sync = sync
        self.settings = settings
        self.setWindowTitle(self.tr("Paramètres"))
        self.setMinimumWidth(620)
        self.store, unreadable = load_profiles_or_default(sync.settings_path)
        legacy_url = str(settings.value("sync/custom_url", "") or "")  # before 12.6: unused
        custom = self.store.profiles.get("custom")
        if legacy_url and custom is not None and not custom.api_base:
            set_custom_address(custom, legacy_url)
        self.reason = QLabel(self)
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet("color: #c0392b; font-weight: bold")
        problem = reason or unreadable
        self.reason.setText(
            self.tr(
                "La connexion a échoué : {reason}\nCorrigez ci-dessous (certificat, mot de passe, "
                "profil) puis Enregistrer : Invoice Desk se reconnecte."
            ).format(reason=problem)
            if problem
            else ""
        )
        self.reason.setVisible(bool(problem))
        self.profile = QComboBox(self)
        for profile in self.store.profiles.values():
            self.profile.addItem(profile_label(profile.name), profile.name)
        current = sync.user.profile if sync.user.profile in self.store.profiles else None
        self.profile.setCurrentIndex(max(0, self.profile.findData(current or self.store.active)))
        self.url = QLineEdit(self)
        self.url.setPlaceholderText("https://…")
        self.demo_user = QComboBox(self)
        for login, (name, role) in DEMO_USERS.items():
            self.demo_user.addItem(f"{name} — {role_label(role.value)}", login)
        self.password_date = QDateEdit(self)
        self.password_date.setCalendarPopup(True)
        self.password_date.setDisplayFormat("dd/MM/yyyy")
        self.password_date.setMinimumDate(NO_DATE)
        self.password_date.setSpecialValueText(self.tr("non renseignée"))
        self.user = QLabel(self)
        self.role = QLabel(self)
        self.works = QCheckBox(self.tr("Circuit des factures de &travaux (MOE / MOA)"), self)
        self.works.setToolTip(
            self.tr(
                "Relève et traite les pièces de travaux (états d'acompte, décomptes) de ce "
                "profil. Par défaut : seulement pour les utilisateurs MOE et MOA de la "
                "démonstration."
            )
        )
        self.works_chosen = False  # the user clicked it: the profile keeps an explicit choice
        self.works.clicked.connect(self._works_clicked)
        connection = QGroupBox(self.tr("Connexion"), self)
        form = QFormLayout(connection)
        self.rows: dict[str, QLabel] = {}
        for key, text, field in (
            ("profile", self.tr("&Profil :"), self.profile),
            ("url", self.tr("&Adresse (personnalisé) :"), self.url),
            ("demo", self.tr("Utilisateur de &démonstration :"), self.demo_user),
            (
                "password",
                self.tr("Mot de passe du compte technique &changé le :"),
                self.password_date,
            ),
            ("user", self.tr("Utilisateur :"), self.user),
            ("role", self.tr("Rôle :"), self.role),
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)
            self.rows[key] = label
        form.addRow(self.works)
        certificate = self._certificate_box()
        general = self._general_box(settings)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.reason, connection, certificate, general):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.details: CertificateDetails | None = None
        self.shown: ConnectionProfile | None = None
        self._loading = False
        self.browse.clicked.connect(self._browse)
        self.import_button.clicked.connect(self.import_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.cert_path.textEdited.connect(lambda _t: self._path_edited())
        self.demo_user.currentIndexChanged.connect(lambda _i: self._demo_chosen())
        self.profile.currentIndexChanged.connect(lambda _i: self._profile_changed())
        self._profile_changed()

    # -- construction ----------------------------------------------------------------------
    def _certificate_box(self) -> QGroupBox:
        self.cert_path = QLineEdit(self)
        self.browse = QPushButton(self.tr("&Parcourir…"), self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.import_button = QPushButton(self.tr("&Importer le certificat"), self)
        self.remove_button = QPushButton(self.tr("&Retirer le certificat"), self)
        self.cert_details = QLabel(self.tr("Aucun certificat importé."), self)
        self.cert_details.setWordWrap(True)
        self.cert_warning = QLabel(self)
        self.cert_warning.setWordWrap(True)
        self.cert_warning.setStyleSheet("color: #c0392b; font-weight: bold")
        self.cert_warning.setVisible(False)
        self.keyring_note = QLabel(self)
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setVisible(False)
        box = QGroupBox(self.tr("Certificat (PKCS#12)"), self)
        cert_form = QFormLayout(box)
        path_row = QHBoxLayout()
        path_row.addWidget(self.cert_path, 1)
        path_row.addWidget(self.browse)
        path_label = QLabel(self.tr("&Fichier :"), self)
        path_label.setBuddy(self.cert_path)
        cert_form.addRow(path_label, path_row)
        password_label = QLabel(self.tr("&Mot de passe :"), self)
        password_label.setBuddy(self.password)
        cert_form.addRow(password_label, self.password)
        button_row = QHBoxLayout()
        button_row.addWidget(self.import_button)
        button_row.addWidget(self.remove_button)
        cert_form.addRow("", button_row)
        for label in (self.cert_details, self.cert_warning, self.keyring_note):
            cert_form.addRow(label)
        return box

    def _general_box(self, settings: QSettings) -> QGroupBox:
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
        prefs = load_prefs(settings, self.sync.user.name)
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
        language_label = QLabel(self.tr("&Langue :"), self)
        language_label.setBuddy(self.language)
        general_form.addRow(language_label, self.language)
        return general

    # -- the shown profile -----------------------------------------------------------------
    def current_profile(self) -> ConnectionProfile:
        """The profile chosen in the combo (being edited)."""
        return self.store.profile(str(self.profile.currentData()))

    def _keep_edits(self) -> None:
        """Write the widgets into the profile they show (nothing saved yet)."""
        shown = self.shown
        if shown is None:
            return
        if shown.kind is ProfileKind.CUSTOM and shown.preset_by is None:
            set_custom_address(shown, self.url.text())
        if shown.kind is ProfileKind.SANDBOX:
            shown.sandbox_user = str(self.demo_user.currentData())
        picked = self.password_date.date()
        shown.password_set_on = (
            None
            if picked == NO_DATE
            else date(picked.year(), picked.month(), picked.day()).isoformat()
        )
        shown.certificate_path = self.cert_path.text().strip() or None
        if self.works_chosen:
            shown.works = self.works.isChecked()

    def _works_clicked(self) -> None:
        self.works_chosen = True

    def _show_works(self, profile: ConnectionProfile) -> None:
        """The works checkbox shows what the profile will do (its choice, else the rule)."""
        login = str(self.demo_user.currentData() or profile.sandbox_user)
        self.works.setChecked(
            works_enabled(profile.works, profile.kind is ProfileKind.SANDBOX, login)
        )

    def _profile_changed(self) -> None:
        self._keep_edits()
        profile = self.current_profile()
        self.shown = profile
        sandbox = profile.kind is ProfileKind.SANDBOX
        custom = profile.kind is ProfileKind.CUSTOM
        self.url.setText((profile.api_base or "") if custom else "")
        self.url.setEnabled(custom and profile.preset_by is None)
        for key, widget, visible in (
            ("demo", self.demo_user, sandbox),
            ("password", self.password_date, not sandbox),
        ):
            widget.setVisible(visible)
            self.rows[key].setVisible(visible)
        self._loading = True  # not the user's choice: the imported certificate stays
        self.demo_user.setCurrentIndex(max(0, self.demo_user.findData(profile.sandbox_user)))
        self._loading = False
        if profile.password_set_on:
            day = date.fromisoformat(profile.password_set_on)
            self.password_date.setDate(QDate(day.year, day.month, day.day))
        else:
            self.password_date.setDate(NO_DATE)
        self.cert_path.setText(profile.certificate_path or "")
        self.works_chosen = False
        self._show_works(profile)
        self.details = None
        self.cert_warning.setVisible(False)
        self.keyring_note.setVisible(False)
        self._show_saved_certificate(profile)
        self._show_identity()

    def _show_saved_certificate(self, profile: ConnectionProfile) -> None:
        path = profile.certificate_path
        if not path:
            self.cert_details.setText(self.tr("Aucun certificat importé."))
            return
        try:
            details = saved_certificate(Path(path), self.sync.secrets)
        except CertificateError as exc:
            self.cert_details.setText(exc.user_message(current_language()))
            return
        if details is None:
            self.cert_details.setText(
                self.tr(
                    "Certificat : {path}\nSon mot de passe sera demandé à la connexion "
                    "(ou saisissez-le ci-dessus puis Importer)."
                ).format(path=path)
            )
            return
        self.show_details(details)

    def _show_identity(self) -> None:
        """Who will be working with the shown choices (follows them at once)."""
        profile = self.shown
        who: Identity | None = self.details.person if self.details is not None else None
        sandbox = profile is not None and profile.kind is ProfileKind.SANDBOX
        if who is None and sandbox and not self.cert_path.text().strip():
            who = sandbox_demo(str(self.demo_user.currentData()))
        if who is not None:
            name, role, source = who.login, who.role.value, who.source.value
            display = who.display_name
        elif profile is not None and profile.name == self.sync.user.profile:
            user = self.sync.user
            name, role, source = user.name, user.role.value, user.source or ""
            display = user.display_name or user.name
        else:
            other = from_os_account()
            name, role, source = other.login, other.role.value, other.source.value
            display = other.display_name
        shown = name if display == name else f"{display} ({name})"
        self.user.setText(
            self.tr("{name} — d'après : {source}").format(name=shown, source=source_label(source))
        )
        self.role.setText(role_label(role))

    # -- certificate -----------------------------------------------------------------------
    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choisir le certificat"), "", self.tr("Certificats PKCS#12 (*.p12 *.pfx)")
        )
        if path:
            self.cert_path.setText(path)
            self._path_edited()

    def _path_edited(self) -> None:
        if self.details is not None and self.details.path != self.cert_path.text().strip():
            self.details = None
        if not self.cert_path.text().strip():
            self.cert_details.setText(
                self.tr("Aucun certificat : il sera retiré à l'enregistrement.")
            )
            self.cert_warning.setVisible(False)
        self._show_identity()

    def _demo_chosen(self) -> None:
        """A demo user chosen: the sandbox uses its demo certificate (an imported one goes)."""
        if self._loading:
            return
        if self.cert_path.text().strip():
            self.cert_path.clear()
            self.details = None
            self.cert_details.setText(
                self.tr("Certificat de démonstration de l'utilisateur choisi.")
            )
            self.cert_warning.setVisible(False)
        if not self.works_chosen and self.shown is not None and self.shown.works is None:
            self._show_works(self.shown)  # the automatic rule follows the demo user
        self._show_identity()

    def import_selected(self) -> None:
        """Check the certificate with its password (import or replace); keep the password in
        the keyring, or for this session only when there is none (and say so)."""
        profile = str(self.profile.currentData())
        self._keep_edits()
        try:
            save_profiles(self.store, self.sync.settings_path)
            details = import_certificate(
                Path(self.cert_path.text().strip()),
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
        self.store.profile(profile).certificate_path = details.path
        self.show_details(details)
        self.keyring_note.setText(
            ""
            if details.remembered
            else self.tr(
                "Le trousseau du système n'est pas disponible : le mot de passe est gardé pour "
                "cette session seulement et vous sera redemandé au prochain démarrage."
            )
        )
        self.keyring_note.setVisible(not details.remembered)
        self.settings.setValue("certificate/path", details.path)

    def remove_selected(self) -> None:
        """Forget the certificate of the shown profile (saved when the dialog is saved)."""
        remove_certificate(self.cert_path.text().strip(), self.sync.secrets)
        self.cert_path.clear()
        self.details = None
        self.cert_details.setText(self.tr("Aucun certificat importé."))
        self.cert_warning.setVisible(False)
        self.keyring_note.setVisible(False)
        self.settings.remove("certificate/path")
        self._show_identity()

    def show_details(self, details: CertificateDetails, now: datetime | None = None) -> None:
        """Show subject, issuer, validity, and warn when expiry is near."""
        self.details = details
        self.import_button.setText(self.tr("&Remplacer le certificat"))
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
            warning = self.tr(
                "Ce certificat a expiré : la connexion à Chorus Pro sera refusée. Demandez-en un "
                "nouveau puis importez-le ici."
            )
        elif days <= EXPIRY_WARNING_DAYS:
            warning = self.tr(
                "Ce certificat expire dans {days} jour(s) : demandez son renouvellement."
            ).format(days=days)
        else:
            warning = ""
        self.cert_warning.setText(warning)
        self.cert_warning.setVisible(bool(warning))
        self._show_identity()

    # -- saving ----------------------------------------------------------------------------
    def save(self) -> None:
        """Keep the choices (no secret), reconnect with them, and close."""
        self._keep_edits()
        chosen = str(self.profile.currentData())
        self.store.active = chosen
        save_profiles(self.store, self.sync.settings_path)
        self.settings.setValue("sync/profile", chosen)
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
        self.sync.apply_settings(chosen)
        self.accept()
