<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountingDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/accounting_dialog.py" line="28"/>
        <source>Statut comptable</source>
        <translation>Accounting status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/accounting_dialog.py" line="35"/>
        <source>&amp;Statut :</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/accounting_dialog.py" line="36"/>
        <source>&amp;Commentaire (facultatif) :</source>
        <translation>&amp;Comment (optional):</translation>
    </message>
</context>
<context>
    <name>ActionConfirmations</name>
    <message>
        <location filename="../../desktop_app/ui/action_confirmations.py" line="52"/>
        <source>Rejeter définitivement la facture {number} ?

Le rejet ne peut pas être annulé : le fournisseur devra déposer une nouvelle facture.</source>
        <translation>Reject invoice {number} for good?

A rejection cannot be undone: the supplier will have to submit a new invoice.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_confirmations.py" line="58"/>
        <source>Rejeter définitivement ces {count} factures ?

Le rejet ne peut pas être annulé : les fournisseurs devront déposer de nouvelles factures.</source>
        <translation>Reject these {count} invoices for good?

A rejection cannot be undone: the suppliers will have to submit new invoices.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_confirmations.py" line="61"/>
        <source>Rejeter définitivement</source>
        <translation>Reject for good</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_confirmations.py" line="62"/>
        <source>Revenir au formulaire</source>
        <translation>Back to the form</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_confirmations.py" line="70"/>
        <source>• {number} : net à payer {due}</source>
        <translation>• {number}: net to pay {due}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_confirmations.py" line="76"/>
        <source>• … et {count} autre(s)</source>
        <translation>• … and {count} more</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_confirmations.py" line="83"/>
        <source>Le montant du mandat, {amount}, diffère du net à payer :
{lines}

Enregistrer ce montant quand même ?</source>
        <translation>The mandate amount, {amount}, differs from the net to pay:
{lines}

Record this amount anyway?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_confirmations.py" line="86"/>
        <source>Enregistrer ce montant</source>
        <translation>Record this amount</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_confirmations.py" line="87"/>
        <source>Corriger le montant</source>
        <translation>Correct the amount</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_confirmations.py" line="107"/>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
</context>
<context>
    <name>ActionsController</name>
    <message>
        <location filename="../../desktop_app/ui/actions_controller.py" line="53"/>
        <source>Facture {number} de {supplier}</source>
        <translation>Invoice {number} from {supplier}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions_controller.py" line="56"/>
        <source>{count} factures sélectionnées</source>
        <translation>{count} invoices selected</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions_controller.py" line="98"/>
        <source>{number} : {message}</source>
        <translation>{number}: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions_controller.py" line="102"/>
        <source>{refused} facture(s) sur {total} n&apos;ont pas été traitées :</source>
        <translation>{refused} of {total} invoice(s) were not processed:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_batch.py" line="57"/>
        <source>Mise en file des actions…</source>
        <translation>Queuing the actions…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_batch.py" line="58"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/actions_controller.py" line="150"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="101"/>
        <source>Mot de passe du certificat {name} :</source>
        <translation>Password of the certificate {name}:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="106"/>
        <source>Mot de passe incorrect.</source>
        <translation>Wrong password.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="114"/>
        <source>Le trousseau du système n&apos;est pas disponible : ce mot de passe est gardé pour cette session seulement.</source>
        <translation>The system keyring is not available: this password is kept for this session only.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="117"/>
        <source>Certificat</source>
        <translation>Certificate</translation>
    </message>
</context>
<context>
    <name>ApprovalQueueView</name>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="36"/>
        <source>Approbations en attente</source>
        <translation>Pending approvals</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="46"/>
        <source>Facture</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="47"/>
        <source>Fournisseur</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="48"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="49"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="50"/>
        <source>Montant HT</source>
        <translation>Amount excl. VAT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="51"/>
        <source>Seuil HT</source>
        <translation>Threshold excl. VAT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="52"/>
        <source>Demandée par</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="59"/>
        <source>Demandes d&apos;approbation</source>
        <translation>Approval requests</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="61"/>
        <source>Commentaire (obligatoire pour un refus)</source>
        <translation>Comment (required to refuse)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="64"/>
        <source>&amp;Commentaire</source>
        <translation>&amp;Comment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="66"/>
        <source>&amp;Approuver la sélection</source>
        <translation>&amp;Approve selection</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="67"/>
        <source>&amp;Refuser la sélection</source>
        <translation>&amp;Refuse selection</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="68"/>
        <source>Ac&amp;tualiser</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="69"/>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="98"/>
        <source>{count} demande(s) que {user} peut décider aujourd&apos;hui (seuils, approbateurs et délégations de l&apos;entité).</source>
        <translation>{count} request(s) {user} may decide today (the entity&apos;s thresholds, approvers and delegations).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="109"/>
        <source>{user}, le {when}</source>
        <translation>{user}, on {when}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="145"/>
        <source>Indiquez le motif du refus en commentaire.</source>
        <translation>Give the reason for the refusal in the comment.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="164"/>
        <source>{count} décision(s) transmise(s) au dépôt d&apos;équipe : elles prennent effet dès qu&apos;il les confirme (une décision déjà prise par un collègue vous sera signalée).</source>
        <translation>{count} decision(s) sent to the team store: they take effect once it confirms them (you will be told if a colleague decided first).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="168"/>
        <source>{count} demande(s) approuvée(s) : actions mises en file d&apos;envoi.</source>
        <translation>{count} request(s) approved: actions queued for sending.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/approval_queue.py" line="170"/>
        <source>{count} demande(s) refusée(s).</source>
        <translation>{count} request(s) refused.</translation>
    </message>
</context>
<context>
    <name>AttachmentsView</name>
    <message>
        <location filename="../../desktop_app/ui/attachments_view.py" line="89"/>
        <source>Ou&amp;vrir la pièce</source>
        <translation>O&amp;pen attachment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_view.py" line="92"/>
        <source>Aucune pièce jointe.</source>
        <translation>No attachment.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_view.py" line="110"/>
        <source>{size} Ko</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_view.py" line="112"/>
        <source>{name} ({size})</source>
        <translation>{name} ({size})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_view.py" line="114"/>
        <source>{name} (pas encore téléchargée)</source>
        <translation>{name} (not downloaded yet)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_view.py" line="138"/>
        <location filename="../../desktop_app/ui/attachments_view.py" line="176"/>
        <location filename="../../desktop_app/ui/attachments_view.py" line="182"/>
        <location filename="../../desktop_app/ui/attachments_view.py" line="194"/>
        <location filename="../../desktop_app/ui/attachments_view.py" line="202"/>
        <source>Pièce jointe</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_view.py" line="142"/>
        <source>Cette pièce n&apos;est pas encore téléchargée ; elle le sera à la prochaine synchronisation.</source>
        <translation>This attachment is not downloaded yet; it will be at the next synchronisation.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_view.py" line="175"/>
        <source>Ouvrir « {name} » avec l&apos;application de votre système ? Le fichier est copié dans un dossier privé.</source>
        <translation>Open “{name}” with your system&apos;s application? The file is copied into a private folder.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_view.py" line="186"/>
        <source>Aucune application de ce poste ne sait ouvrir « {name} ». Le fichier a été enregistré ici :
{path}</source>
        <translation>No application on this computer can open “{name}”. The file was saved here:
{path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_view.py" line="193"/>
        <source>Le contenu de « {name} » ({mime}) n&apos;est pas ouvert automatiquement. L&apos;enregistrer dans un dossier privé et afficher ce dossier ?</source>
        <translation>The content of “{name}” ({mime}) is not opened automatically. Save it into a private folder and show that folder?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_view.py" line="206"/>
        <source>Aucun gestionnaire de fichiers n&apos;a pu afficher le dossier. Le fichier a été enregistré ici :
{path}</source>
        <translation>No file manager could show the folder. The file was saved here:
{path}</translation>
    </message>
</context>
<context>
    <name>AuditController</name>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="63"/>
        <source>l&apos;événement a été modifié</source>
        <translation>the event was modified</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="64"/>
        <source>un ou plusieurs événements ont été supprimés avant lui</source>
        <translation>one or more events before it were deleted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="65"/>
        <source>l&apos;ordre des événements a été modifié</source>
        <translation>the order of the events was changed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="69"/>
        <source>les derniers événements ont été supprimés à partir de celui-ci (l&apos;ancre signée n° {anchor} les couvrait)</source>
        <translation>the last events were deleted from this one on (signed anchor no. {anchor} covered them)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="73"/>
        <source>l&apos;ancre signée n° {anchor} est falsifiée : sa signature ou son certificat ne correspond pas</source>
        <translation>signed anchor no. {anchor} is forged: its signature or certificate does not match</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="76"/>
        <source>l&apos;événement ne correspond plus à l&apos;ancre signée n° {anchor}</source>
        <translation>the event no longer matches signed anchor no. {anchor}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="84"/>
        <source>{events} événement(s) vérifié(s), {anchors} ancre(s) signée(s) vérifiée(s).</source>
        <translation>{events} event(s) checked, {anchors} signed anchor(s) checked.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="89"/>
        <source>La piste d&apos;audit a été ALTÉRÉE.</source>
        <translation>The audit trail has been ALTERED.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="90"/>
        <source>Premier événement en cause : n° {id}.</source>
        <translation>First event concerned: no. {id}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="91"/>
        <source>Nature : {kind}.</source>
        <translation>Nature: {kind}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="92"/>
        <source>Détail technique : {detail}</source>
        <translation>Technical detail: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="96"/>
        <source>La piste d&apos;audit est intègre.</source>
        <translation>The audit trail is intact.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="105"/>
        <source>Aucune ancre signée : la suppression des derniers événements ne serait pas détectée. Les ancres sont signées avec votre certificat à chaque synchronisation.</source>
        <translation>No signed anchor: deleting the last events would go unnoticed. Anchors are signed with your certificate at each synchronisation.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="108"/>
        <source>Dernière ancre signée le {when} UTC par {signer}.</source>
        <translation>Last anchor signed on {when} UTC by {signer}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="117"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="118"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="120"/>
        <source>Exporter la piste d&apos;audit</source>
        <translation>Export the audit trail</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="158"/>
        <source>Piste d&apos;audit exportée dans {path}.</source>
        <translation>Audit trail exported to {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="166"/>
        <source>L&apos;opération sur la piste d&apos;audit a échoué : {error}</source>
        <translation>The audit trail operation failed: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/audit_controller.py" line="170"/>
        <source>Piste d&apos;audit</source>
        <translation>Audit trail</translation>
    </message>
</context>
<context>
    <name>AuthFailureGuard</name>
    <message>
        <location filename="../../desktop_app/ui/session_guards.py" line="51"/>
        <source>la plateforme a refusé l&apos;authentification.</source>
        <translation>the platform refused the authentication.</translation>
    </message>
</context>
<context>
    <name>CacheRepair</name>
    <message>
        <location filename="../../desktop_app/ui/cache_repair.py" line="21"/>
        <source>Réparer maintenant ?</source>
        <translation>Repair now?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cache_repair.py" line="23"/>
        <source>Réparer</source>
        <translation>Repair</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cache_repair.py" line="26"/>
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cache_repair.py" line="42"/>
        <source>aucune copie saine : le cache repart vide et se remplit à la synchronisation</source>
        <translation>no sound copy: the cache starts empty and fills again at the next synchronisation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cache_repair.py" line="48"/>
        <source>Cache réparé. Fichier endommagé gardé sous : {damaged}
Restauré depuis : {source}
Actions en attente : {waiting} (dont {recovered} relues dans le fichier endommagé)</source>
        <translation>Cache repaired. Damaged file kept as: {damaged}
Restored from: {source}
Pending actions: {waiting} ({recovered} of them read back from the damaged file)</translation>
    </message>
</context>
<context>
    <name>ChecksView</name>
    <message>
        <location filename="../../desktop_app/ui/checks_view.py" line="51"/>
        <source>Règle</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checks_view.py" line="51"/>
        <source>Constat</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checks_view.py" line="52"/>
        <source>Contrôles de la facture</source>
        <translation>Invoice checks</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checks_view.py" line="69"/>
        <source>Les montants sont ceux de la facture, jamais corrigés. Règles EN 16931 (arrondi au centime, tolérance indiquée pour chaque règle) et règles du secteur public (SIRET, code service, engagement).</source>
        <translation>Amounts are the invoice&apos;s own, never corrected. EN 16931 rules (rounded to the cent, each rule&apos;s tolerance stated) and public-sector rules (SIRET, service code, commitment).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checks_view.py" line="105"/>
        <source>Le fichier de la facture n&apos;est pas encore téléchargé.</source>
        <translation>The invoice file is not downloaded yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checks_view.py" line="106"/>
        <source>Contrôle en cours…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checks_view.py" line="111"/>
        <source>Le fichier de la facture n&apos;a pas pu être lu : aucun contrôle possible (l&apos;aperçu dit pourquoi).</source>
        <translation>The invoice file could not be read: no check possible (the preview says why).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checks_view.py" line="115"/>
        <source>Aucune anomalie : les totaux, la TVA et les mentions obligatoires sont cohérents.</source>
        <translation>No error: the totals, the VAT and the mandatory fields are consistent.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checks_view.py" line="115"/>
        <source>{errors} anomalie(s), {warnings} avertissement(s).</source>
        <translation>{errors} error(s), {warnings} warning(s).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checks_view.py" line="129"/>
        <source>Tolérance : {tolerance}</source>
        <translation>Tolerance: {tolerance}</translation>
    </message>
</context>
<context>
    <name>CircuitEditorController</name>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="428"/>
        <source>Seuils, approbateurs, délégations et catégorie de chaque structure.</source>
        <translation>Thresholds, approvers, delegations and category of each structure.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="429"/>
        <source>Réservé aux administrateurs (votre rôle : {role}).</source>
        <translation>Administrators only (your role: {role}).</translation>
    </message>
</context>
<context>
    <name>CircuitEditorDialog</name>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="98"/>
        <source>Circuit d&apos;approbation et délais de paiement</source>
        <translation>Approval circuit and payment deadlines</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="101"/>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="103"/>
        <source>Catégorie de l&apos;entité</source>
        <translation>Entity category</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="109"/>
        <source>Seuil par défaut</source>
        <translation>Default threshold</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="110"/>
        <source>exemple : 40 000,00</source>
        <translation>example: 40 000,00</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="112"/>
        <source>Code service</source>
        <translation>Service code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="112"/>
        <source>Seuil (EUR HT)</source>
        <translation>Threshold (EUR excl. VAT)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="113"/>
        <source>Ajouter un seui&amp;l</source>
        <translation>Add a thresho&amp;ld</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="114"/>
        <source>Retirer ce seuil</source>
        <translation>Remove this threshold</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="115"/>
        <source>Seuils par service</source>
        <translation>Thresholds by service</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="119"/>
        <source>Identifiant</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="119"/>
        <source>Services (séparés par des virgules ; vide = tous)</source>
        <translation>Services (comma-separated; empty = all)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="120"/>
        <source>Ajouter un approbateu&amp;r</source>
        <translation>Add an app&amp;rover</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="121"/>
        <source>Retirer cet approbateur</source>
        <translation>Remove this approver</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="122"/>
        <source>Approbateurs</source>
        <translation>Approvers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="126"/>
        <source>Approbateur absent</source>
        <translation>Absent approver</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="126"/>
        <source>Délégataire</source>
        <translation>Delegate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="126"/>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="126"/>
        <source>Au</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="127"/>
        <source>Ajouter une délé&amp;gation</source>
        <translation>Add a dele&amp;gation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="128"/>
        <source>Retirer cette délégation</source>
        <translation>Remove this delegation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="129"/>
        <source>Délégations</source>
        <translation>Delegations</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="142"/>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="143"/>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="166"/>
        <source>&amp;Structure :</source>
        <translation>&amp;Structure:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="167"/>
        <source>&amp;Catégorie (délai de paiement) :</source>
        <translation>C&amp;ategory (payment deadline):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="168"/>
        <source>Seuil par &amp;défaut (EUR HT) :</source>
        <translation>&amp;Default threshold (EUR excl. VAT):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="173"/>
        <source>Seuils par service (au-delà, un responsable décide)</source>
        <translation>Thresholds by service (above them, a manager decides)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="174"/>
        <source>Approbateurs et leurs services</source>
        <translation>Approvers and their services</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="175"/>
        <source>Délégations (absences, dates incluses)</source>
        <translation>Delegations (absences, dates included)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="191"/>
        <source>Chorus Pro n&apos;a pas de circuit d&apos;approbation : celui-ci est appliqué par Invoice Desk. Chaque modification est tracée dans le journal d&apos;audit.</source>
        <translation>Chorus Pro has no approval circuit: this one is enforced by Invoice Desk. Every change is recorded in the audit trail.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="198"/>
        <source>Profil bac à sable : le circuit d&apos;approbation est celui du bac à sable, qui l&apos;applique lui-même et le renvoie à chaque connexion ; il est affiché en lecture seule. La catégorie de l&apos;entité reste modifiable ici.</source>
        <translation>Sandbox profile: the approval circuit is the sandbox&apos;s own, which the sandbox enforces and sends again at each connection; it is shown read-only. The entity category can still be changed here.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="214"/>
        <source>Structure {id}</source>
        <translation>Structure {id}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="215"/>
        <source>{name} ({id}) — {count} facture(s)</source>
        <translation>{name} ({id}) — {count} invoice(s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="269"/>
        <source>Modifications non enregistrées</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="272"/>
        <source>Les modifications de cette structure ne sont pas enregistrées. Les abandonner ?</source>
        <translation>The changes to this structure are not saved. Discard them?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="321"/>
        <source>… et {count} autre(s) problème(s).</source>
        <translation>… and {count} more problem(s).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="361"/>
        <source>Enregistrement…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="378"/>
        <source>Enregistré dans le dépôt d&apos;équipe pour tous les postes (journal d&apos;audit n° {event}).</source>
        <translation>Saved in the team store for every desktop (audit trail no. {event}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="380"/>
        <source>Enregistré (journal d&apos;audit n° {event}).</source>
        <translation>Saved (audit trail no. {event}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="384"/>
        <source>Échéances recalculées : {count} facture(s).</source>
        <translation>Deadlines recomputed: {count} invoice(s).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_editor.py" line="399"/>
        <source>L&apos;enregistrement a échoué : {error}</source>
        <translation>Saving failed: {error}</translation>
    </message>
</context>
<context>
    <name>CircuitTexts</name>
    <message>
        <location filename="../../desktop_app/ui/circuit_texts.py" line="17"/>
        <source>État et ses établissements publics</source>
        <translation>The State and its public establishments</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_texts.py" line="20"/>
        <source>Collectivités territoriales et leurs établissements publics</source>
        <translation>Local authorities and their public establishments</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_texts.py" line="23"/>
        <source>Établissements publics de santé</source>
        <translation>Public health establishments</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_texts.py" line="26"/>
        <source>Service de santé des armées</source>
        <translation>Armed forces health service</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_texts.py" line="29"/>
        <source>Entreprises publiques (entités adjudicatrices)</source>
        <translation>Public enterprises (contracting entities)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_texts.py" line="31"/>
        <source>{label} — {days} jours</source>
        <translation>{label} — {days} days</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_texts.py" line="40"/>
        <source>Seuil par défaut</source>
        <translation>Default threshold</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_texts.py" line="41"/>
        <source>Seuils par service</source>
        <translation>Thresholds by service</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_texts.py" line="42"/>
        <source>Approbateurs</source>
        <translation>Approvers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_texts.py" line="43"/>
        <source>Délégations</source>
        <translation>Delegations</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_texts.py" line="44"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_texts.py" line="48"/>
        <source>{place}, ligne {row}</source>
        <translation>{place}, row {row}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/circuit_texts.py" line="51"/>
        <source>{place} : {message}</source>
        <translation>{place}: {message}</translation>
    </message>
</context>
<context>
    <name>CommentField</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/comment_field.py" line="66"/>
        <source>{length} / {max} caractères envoyés</source>
        <extracomment>Builds the change for one invoice from its current status (raises DomainError).</extracomment>
        <translation>{length} / {max} characters sent</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../desktop_app/ui/dashboard.py" line="96"/>
        <source>En cours : {count} — {amount}</source>
        <translation>In progress: {count} — {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard.py" line="97"/>
        <source>Terminées : {count} — {amount}</source>
        <translation>Finished: {count} — {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard.py" line="98"/>
        <source>En retard : {count}</source>
        <translation>Late: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard.py" line="99"/>
        <source>Échéance ≤ 5 jours : {count}</source>
        <translation>Due within 5 days: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard.py" line="100"/>
        <source>Suspendues (attente fournisseur) : {count}</source>
        <translation>Suspended (waiting for the supplier): {count}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard.py" line="114"/>
        <source>Engagements à vérifier : {count}</source>
        <translation>Engagements to check: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard.py" line="119"/>
        <source>Approbations en attente : {count}</source>
        <translation>Pending approvals: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard.py" line="123"/>
        <source>Par statut ▾</source>
        <translation>By status ▾</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard.py" line="124"/>
        <source>Par service ▾</source>
        <translation>By service ▾</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard.py" line="132"/>
        <source>Pièces de travaux à vérifier (MOE) : {count} — {amount} HT</source>
        <translation>Works documents to check (MOE): {count} — {amount} excl. VAT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard.py" line="133"/>
        <source>Pièces de travaux à valider (MOA) : {count} — {amount} HT</source>
        <translation>Works documents to validate (MOA): {count} — {amount} excl. VAT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard.py" line="134"/>
        <source>Délais tacites en cours : {count} — {amount} HT</source>
        <translation>Tacit deadlines running: {count} — {amount} excl. VAT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard.py" line="135"/>
        <source>Échéance de l&apos;étape dépassée : {count} — {amount} HT</source>
        <translation>Step deadline passed: {count} — {amount} excl. VAT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard.py" line="136"/>
        <source>Échéance de l&apos;étape ≤ 5 jours : {count} — {amount} HT</source>
        <translation>Step deadline ≤ 5 days: {count} — {amount} excl. VAT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard.py" line="147"/>
        <source>Travaux : {moe} à vérifier · {moa} à valider · {late} en retard ▾</source>
        <translation>Works: {moe} to check · {moa} to validate · {late} late ▾</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard.py" line="153"/>
        <source>Pièces de travaux (MOE / MOA) : cliquer pour choisir la boîte</source>
        <translation>Works documents (MOE / MOA): click to choose the box</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard.py" line="168"/>
        <source>{count} factures, {amount} TTC — cliquer pour les lister</source>
        <translation>{count} invoices, {amount} incl. VAT — click to list them</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard.py" line="179"/>
        <source>{name} : {count} — {amount}</source>
        <translation>{name}: {count} — {amount}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desktop_app/ui/date_field.py" line="48"/>
        <source>jj/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/date_field.py" line="57"/>
        <location filename="../../desktop_app/ui/date_field.py" line="58"/>
        <source>Choisir dans le calendrier</source>
        <translation>Pick in the calendar</translation>
    </message>
</context>
<context>
    <name>DeadlineTexts</name>
    <message>
        <location filename="../../desktop_app/ui/deadline_texts.py" line="19"/>
        <source>Suspendue le {date} : délai arrêté, solde gelé de {days} jour(s)</source>
        <translation>Suspended on {date}: clock stopped, {days} day(s) left frozen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deadline_texts.py" line="22"/>
        <source>Délai arrêté le {date}</source>
        <translation>Clock stopped on {date}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deadline_texts.py" line="28"/>
        <source>Pas de délai (avoir ou date de réception inconnue)</source>
        <translation>No deadline (credit note or unknown receipt date)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deadline_texts.py" line="35"/>
        <source>{date} — réglée le {end} avec {days} jour(s) de retard</source>
        <translation>{date} — settled on {end}, {days} day(s) late</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deadline_texts.py" line="38"/>
        <source>{date} — réglée le {end}, dans le délai</source>
        <translation>{date} — settled on {end}, on time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deadline_texts.py" line="41"/>
        <source>{date} — en retard de {days} jour(s)</source>
        <translation>{date} — {days} day(s) late</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deadline_texts.py" line="47"/>
        <source>{date} — {days} jour(s) restant(s)</source>
        <translation>{date} — {days} day(s) left</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deadline_texts.py" line="52"/>
        <source>(nouveau délai depuis le complément du {date})</source>
        <translation>(new deadline since the completion on {date})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deadline_texts.py" line="68"/>
        <source>Intérêts moratoires estimés {interest} + indemnité forfaitaire {flat}</source>
        <translation>Estimated late-payment interest {interest} + flat compensation {flat}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deadline_texts.py" line="78"/>
        <source>Redépôt de la facture rejetée {number}</source>
        <translation>Re-deposit of rejected invoice {number}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deadline_texts.py" line="82"/>
        <source>Redéposée sous le n° {number}</source>
        <translation>Re-deposited as no. {number}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deadline_texts.py" line="88"/>
        <source>Doublon possible de {number}</source>
        <translation>Possible duplicate of {number}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/deadline_texts.py" line="97"/>
        <source>Signalée doublon possible par la plateforme</source>
        <translation>Flagged as a possible duplicate by the platform</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="82"/>
        <source>Co&amp;mparer avec l&apos;original…</source>
        <translation>&amp;Compare with the original…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="121"/>
        <source>Champs</source>
        <translation>Fields</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="124"/>
        <source>Afficher ou masquer les champs à côté de l&apos;image de la facture (Ctrl+I)</source>
        <translation>Show or hide the fields beside the invoice&apos;s image (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="125"/>
        <source>Champs de la facture</source>
        <translation>Invoice fields</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="132"/>
        <source>Fac&amp;ture</source>
        <translation>I&amp;nvoice</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="133"/>
        <source>&amp;Historique</source>
        <translation>Histo&amp;ry</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="134"/>
        <source>&amp;Pièces jointes</source>
        <translation>&amp;Attachments</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="136"/>
        <location filename="../../desktop_app/ui/detail_pane.py" line="190"/>
        <source>Cont&amp;rôles</source>
        <translation>Chec&amp;ks</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="139"/>
        <location filename="../../desktop_app/ui/detail_pane.py" line="268"/>
        <source>Notes internes</source>
        <translation>Internal notes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="140"/>
        <source>Sélectionnez une facture dans la liste.</source>
        <translation>Select an invoice in the list.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="161"/>
        <source>Fournisseur</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="162"/>
        <source>SIRET / identifiant</source>
        <translation>SIRET / identifier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="163"/>
        <source>N° TVA</source>
        <translation>VAT number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="164"/>
        <source>Numéro</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="165"/>
        <source>Type / cadre</source>
        <translation>Type / frame</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="166"/>
        <source>Émise le</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="167"/>
        <source>Déposée le</source>
        <translation>Deposited on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="168"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="169"/>
        <source>Délai de paiement</source>
        <translation>Payment deadline</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="170"/>
        <source>Retard</source>
        <translation>Late charges</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="171"/>
        <source>Dépôts liés</source>
        <translation>Linked deposits</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="172"/>
        <source>Montant HT</source>
        <translation>Amount excl. VAT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="173"/>
        <source>TVA</source>
        <translation>VAT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="174"/>
        <source>Montant TTC</source>
        <translation>Amount incl. VAT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="175"/>
        <source>Net à payer</source>
        <translation>Amount due</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="176"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="177"/>
        <source>Engagement</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="178"/>
        <source>Marché</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="179"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="185"/>
        <source>Cont&amp;rôles ({count} anomalie(s))</source>
        <translation>Chec&amp;ks ({count} error(s))</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="187"/>
        <source>Cont&amp;rôles ({count} avertissement(s))</source>
        <translation>Chec&amp;ks ({count} warning(s))</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="212"/>
        <source>{supplier} — facture {number}</source>
        <translation>{supplier} — invoice {number}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="269"/>
        <source>Notes internes ({count})</source>
        <translation>Internal notes ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="351"/>
        <source>Statut : {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="359"/>
        <source>{action} : {state}</source>
        <translation>{action}: {state}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="366"/>
        <source>En attente d&apos;approbation d&apos;un responsable</source>
        <translation>Awaiting a manager&apos;s approval</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="368"/>
        <source>Doublon possible</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/detail_pane.py" line="371"/>
        <source>Remplace la facture rejetée {number}</source>
        <translation>Replaces rejected invoice {number}</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/diagnostics.py" line="40"/>
        <source>Diagnostics</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/diagnostics.py" line="46"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/diagnostics.py" line="47"/>
        <source>Libellé de la plateforme</source>
        <translation>Platform&apos;s label</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/diagnostics.py" line="48"/>
        <source>Vu dans</source>
        <translation>Seen in</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/diagnostics.py" line="49"/>
        <source>Première fois</source>
        <translation>First seen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/diagnostics.py" line="50"/>
        <source>Dernière fois</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/diagnostics.py" line="51"/>
        <source>Factures</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/diagnostics.py" line="54"/>
        <source>Statuts inconnus du catalogue</source>
        <translation>Statuses unknown to the catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/diagnostics.py" line="79"/>
        <source>Statuts reçus de la plateforme que le catalogue de l&apos;application ne connaît pas (par exemple ceux d&apos;une plateforme de dématérialisation partenaire depuis la réforme de 2026). Les factures les gardent tels qu&apos;envoyés, dans la boîte « Autres » ; signalez-les au support.</source>
        <translation>Statuses received from the platform that the application&apos;s catalogue does not know (for instance those of a partner e-invoicing platform since the 2026 reform). Invoices keep them as sent, in the « Other » inbox; report them to support.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/diagnostics.py" line="81"/>
        <source>Aucun statut inconnu reçu de la plateforme.</source>
        <translation>No unknown status received from the platform.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/diagnostics.py" line="82"/>
        <source>statut courant</source>
        <translation>current status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/diagnostics.py" line="83"/>
        <source>historique</source>
        <translation>history</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/diagnostics.py" line="87"/>
        <source>(aucun libellé transmis)</source>
        <translation>(no label sent)</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="33"/>
        <source>Comparer deux factures</source>
        <translation>Compare two invoices</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="43"/>
        <source>Facture d&apos;origine</source>
        <translation>Original invoice</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="44"/>
        <source>Facture reçue ensuite</source>
        <translation>Invoice received later</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="46"/>
        <source>Comparaison des deux factures</source>
        <translation>Comparison of the two invoices</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="60"/>
        <source>Identifiant plateforme</source>
        <translation>Platform identifier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="61"/>
        <source>Numéro</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="62"/>
        <source>Fournisseur</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="63"/>
        <source>SIRET / identifiant</source>
        <translation>SIRET / identifier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="64"/>
        <source>Émise le</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="65"/>
        <source>Déposée le</source>
        <translation>Deposited on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="66"/>
        <source>Montant HT</source>
        <translation>Amount excl. VAT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="67"/>
        <source>Montant TTC</source>
        <translation>Amount incl. VAT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="68"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="69"/>
        <source>Engagement</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="70"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="76"/>
        <source>Une des deux factures n&apos;est pas dans le cache.</source>
        <translation>One of the two invoices is not in the cache.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="93"/>
        <source>Redépôt de la facture rejetée {number}.</source>
        <translation>Re-deposit of rejected invoice {number}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="98"/>
        <source>Même fournisseur, même numéro, même année : doublon possible.</source>
        <translation>Same supplier, same number, same year: possible duplicate.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="99"/>
        <source>Différences : {fields}.</source>
        <translation>Differences: {fields}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicate_dialog.py" line="104"/>
        <source>Aucune différence hormis l&apos;identifiant et le dépôt.</source>
        <translation>No difference apart from the identifier and the deposit.</translation>
    </message>
</context>
<context>
    <name>EngagementTexts</name>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="15"/>
        <source>Engagement trouvé</source>
        <translation>Engagement found</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="16"/>
        <source>Engagement inconnu</source>
        <translation>Unknown engagement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="17"/>
        <source>Autre fournisseur</source>
        <translation>Other supplier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="18"/>
        <source>Dépasse le restant</source>
        <translation>Over the remaining balance</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="19"/>
        <source>Numéro manquant</source>
        <translation>Number missing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="32"/>
        <source>Le numéro est un engagement du même fournisseur et le montant TTC tient dans le restant.</source>
        <translation>The number is a commitment of the same supplier and the amount incl. VAT fits in what remains.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="35"/>
        <source>Aucun engagement importé ne porte ce numéro.</source>
        <translation>No imported commitment has this number.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="38"/>
        <source>L&apos;engagement appartient à un autre fournisseur (SIRET).</source>
        <translation>The commitment belongs to another supplier (SIRET).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="41"/>
        <source>Le montant TTC de la facture dépasse le montant restant.</source>
        <translation>The invoice&apos;s amount incl. VAT exceeds the remaining balance.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="45"/>
        <source>La facture n&apos;a pas de numéro d&apos;engagement alors que la structure l&apos;exige.</source>
        <translation>The invoice has no engagement number although the structure requires one.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="61"/>
        <source>Action conseillée : recycler vers le bon service (Ctrl+Shift+Y).</source>
        <translation>Suggested action: recycle to the right service (Ctrl+Shift+Y).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="67"/>
        <source>Action conseillée : suspendre en demandant le numéro d&apos;engagement (Ctrl+Shift+S), ou recycler.</source>
        <translation>Suggested action: suspend, asking for the engagement number (Ctrl+Shift+S), or recycle.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="72"/>
        <source>Action conseillée : suspendre en demandant un justificatif (Ctrl+Shift+S).</source>
        <translation>Suggested action: suspend, asking for a justification (Ctrl+Shift+S).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="80"/>
        <source>Engagement : tous</source>
        <translation>Engagement: all</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="81"/>
        <source>Engagement à vérifier</source>
        <translation>Engagement to check</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="93"/>
        <source>Colonnes obligatoires absentes : {missing}. En-têtes trouvés : {found}.</source>
        <translation>Required columns missing: {missing}. Headers found: {found}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="96"/>
        <source>La colonne « {header} » figure deux fois.</source>
        <translation>The column “{header}” appears twice.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="100"/>
        <source>Ligne {line} : l&apos;engagement « {value} » figure déjà ligne {first}.</source>
        <translation>Line {line}: the engagement “{value}” is already on line {first}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="103"/>
        <source>le numéro d&apos;engagement est vide</source>
        <translation>the engagement number is empty</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="106"/>
        <source>« {value} » dépasse {max} caractères</source>
        <translation>“{value}” is longer than {max} characters</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="109"/>
        <source>le SIRET « {value} » n&apos;a pas 14 chiffres</source>
        <translation>the SIRET “{value}” does not have 14 digits</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="112"/>
        <source>la date « {value} » n&apos;est pas au format JJ/MM/AAAA</source>
        <translation>the date “{value}” is not in the DD/MM/YYYY format</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="115"/>
        <source>la date de fin précède la date de début</source>
        <translation>the end date is before the start date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="116"/>
        <source>un montant est négatif</source>
        <translation>an amount is negative</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="119"/>
        <source>« {value} » n&apos;est pas un montant (exemple : 1 234,56)</source>
        <translation>“{value}” is not an amount (example: 1 234,56)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="120"/>
        <source>le montant « {value} » n&apos;est pas exact</source>
        <translation>the amount “{value}” is not exact</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="124"/>
        <source>Ce fichier n&apos;est pas un tableau CSV (séparateur « ; », « , » ou tabulation).</source>
        <translation>This file is not a CSV table (separator “;”, “,” or tab).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="125"/>
        <source>CSV mal formé : {detail}.</source>
        <translation>Malformed CSV: {detail}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="128"/>
        <source>Ce classeur XLSX est illisible ou endommagé.</source>
        <translation>This XLSX workbook is unreadable or damaged.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="131"/>
        <source>Type de fichier « {extension} » non pris en charge (CSV ou XLSX).</source>
        <translation>File type “{extension}” not supported (CSV or XLSX).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="132"/>
        <source>Le fichier est vide.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="133"/>
        <source>Le fichier dépasse {max} Mo.</source>
        <translation>The file is larger than {max} MB.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="136"/>
        <source>Le fichier dépasse {max} lignes.</source>
        <translation>The file has more than {max} lines.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="139"/>
        <source>Le fichier ne peut pas être lu : {detail}.</source>
        <translation>The file cannot be read: {detail}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="152"/>
        <source>Ligne {line} : {detail}.</source>
        <translation>Line {line}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagement_texts.py" line="160"/>
        <source>Rien n&apos;a été importé.</source>
        <translation>Nothing was imported.</translation>
    </message>
</context>
<context>
    <name>EngagementsController</name>
    <message>
        <location filename="../../desktop_app/ui/engagements_controller.py" line="38"/>
        <source>Importer les engagements juridiques</source>
        <translation>Import legal commitments (engagements)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagements_controller.py" line="40"/>
        <source>Engagements (*.csv *.txt *.xlsx);;Tous les fichiers (*)</source>
        <translation>Engagements (*.csv *.txt *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagements_controller.py" line="60"/>
        <source>• {state} : {count}</source>
        <translation>• {state}: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagements_controller.py" line="66"/>
        <source>{count} engagement(s) importé(s). Rapprochement des factures :</source>
        <translation>{count} engagement(s) imported. Invoices matched:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/engagements_controller.py" line="81"/>
        <source>Engagements</source>
        <translation>Engagements</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="84"/>
        <source>Invoice Desk — erreur</source>
        <translation>Invoice Desk — error</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="99"/>
        <source>&amp;Détails</source>
        <translation>&amp;Details</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop_app/ui/action_batch.py" line="124"/>
        <location filename="../../desktop_app/ui/errors.py" line="138"/>
        <source>Une erreur inattendue s&apos;est produite. Votre travail en attente est conservé ; si le problème persiste, transmettez le journal à votre support.</source>
        <translation>An unexpected error occurred. Your pending work is kept; if the problem persists, send the log to your support.</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../desktop_app/ui/export_controller.py" line="59"/>
        <source>Exporter en CSV</source>
        <translation>Export to CSV</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_controller.py" line="59"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_controller.py" line="59"/>
        <source>factures.csv</source>
        <translation>invoices.csv</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_controller.py" line="61"/>
        <source>Exporter en XLSX</source>
        <translation>Export to XLSX</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_controller.py" line="62"/>
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_controller.py" line="63"/>
        <source>factures.xlsx</source>
        <translation>invoices.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_controller.py" line="66"/>
        <source>Exporter en un seul PDF</source>
        <translation>Export to one PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_controller.py" line="67"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_controller.py" line="68"/>
        <source>factures.pdf</source>
        <translation>invoices.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_controller.py" line="73"/>
        <source>Dossier des PDF</source>
        <translation>Folder for the PDFs</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_controller.py" line="100"/>
        <source>{count} facture(s) exportée(s) dans {path}</source>
        <translation>{count} invoice(s) exported to {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_controller.py" line="112"/>
        <source>Export des PDF…</source>
        <translation>Exporting PDFs…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_controller.py" line="112"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_controller.py" line="165"/>
        <source>{count} facture(s) exportée(s) en PDF, {skipped} sans fichier</source>
        <translation>{count} invoice(s) exported to PDF, {skipped} without a file</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="64"/>
        <source>Rechercher (numéro, fournisseur, engagement…)</source>
        <translation>Search (number, supplier, commitment…)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="66"/>
        <source>Recherche</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="68"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="70"/>
        <source>Fournisseur</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="74"/>
        <source>Montant min.</source>
        <translation>Min. amount</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="76"/>
        <source>Montant max.</source>
        <translation>Max. amount</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="86"/>
        <source>Recherches enregistrées</source>
        <translation>Saved searches</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="91"/>
        <source>Enre&amp;gistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="92"/>
        <source>&amp;Effacer</source>
        <translation>Cl&amp;ear</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="99"/>
        <source>Échéa&amp;nce</source>
        <translation>&amp;Deadline</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="107"/>
        <source>Dou&amp;blons possibles</source>
        <translation>Possible d&amp;uplicates</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="94"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="95"/>
        <source>Toutes échéances</source>
        <translation>Any deadline</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="96"/>
        <source>En retard</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="97"/>
        <source>Échéance sous N jours</source>
        <translation>Due within N days</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="98"/>
        <source>En retard ou sous N jours</source>
        <translation>Late or due within N days</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="104"/>
        <source> j</source>
        <translation> d</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="105"/>
        <source>Nombre de jours</source>
        <translation>Number of days</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="108"/>
        <source>Facture&amp;s avec anomalies</source>
        <translation>Invoices &amp;with errors</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="111"/>
        <source>Factures dont les contrôles EN 16931 ou secteur public ont trouvé une erreur</source>
        <translation>Invoices in which the EN 16931 or public-sector checks found an error</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="113"/>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="116"/>
        <source>Engagement &amp;juridique</source>
        <translation>Engagement (&amp;J)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="121"/>
        <source>&amp;Du</source>
        <translation>Fro&amp;m</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="123"/>
        <source>a&amp;u</source>
        <translation>t&amp;o</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="180"/>
        <source>Tous les statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="226"/>
        <source>Date invalide : {text} (jj/mm/aaaa)</source>
        <translation>Invalid date: {text} (dd/mm/yyyy)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/filter_bar.py" line="320"/>
        <source>Recherches enregistrées…</source>
        <translation>Saved searches…</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../desktop_app/ui/first_run.py" line="17"/>
        <source>Bienvenue dans Invoice Desk</source>
        <translation>Welcome to Invoice Desk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run.py" line="20"/>
        <source>Bienvenue</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run.py" line="24"/>
        <source>Invoice Desk reçoit les factures de vos fournisseurs déposées sur Chorus Pro, vous aide à les traiter et renvoie vos décisions à la plateforme.</source>
        <translation>Invoice Desk receives the invoices your suppliers deposit on Chorus Pro, helps you process them and sends your decisions back to the platform.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run.py" line="29"/>
        <source>Bac à sable</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run.py" line="35"/>
        <source>Vous commencez sur le bac à sable : une plateforme de démonstration locale, avec l&apos;utilisateur de démonstration « {role} ». Rien n&apos;est envoyé à Chorus Pro. Dans Fichier › Paramètres, « Utilisateur de démonstration » vous fait agir en responsable, administrateur ou délégué.</source>
        <translation>You start on the sandbox: a local demonstration platform, with the demo user “{role}”. Nothing is sent to Chorus Pro. In File › Settings, “Demo user” lets you act as a manager, an administrator or a delegate.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run.py" line="40"/>
        <source>Passer à Chorus Pro</source>
        <translation>Moving to Chorus Pro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run.py" line="44"/>
        <source>Quand vous serez prêt, ouvrez Fichier › Paramètres (Ctrl+,), choisissez le profil « qualification » ou « production » et importez votre certificat.</source>
        <translation>When you are ready, open File › Settings (Ctrl+,), choose the “qualification” or “production” profile and import your certificate.</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../desktop_app/ui/user_guide.py" line="66"/>
        <source>Guide de l&apos;utilisateur — Invoice Desk</source>
        <translation>User guide — Invoice Desk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/user_guide.py" line="71"/>
        <source>Guide de l&apos;utilisateur</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/user_guide.py" line="74"/>
        <source>&amp;Précédent</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/user_guide.py" line="77"/>
        <source>S&amp;uivant</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/user_guide.py" line="79"/>
        <source>&amp;Sommaire</source>
        <translation>&amp;Contents</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/user_guide.py" line="81"/>
        <source>Rechercher dans le guide (Ctrl+F)</source>
        <translation>Search the guide (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/user_guide.py" line="82"/>
        <source>Rechercher dans le guide</source>
        <translation>Search the guide</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/user_guide.py" line="85"/>
        <source>Occurrence suiva&amp;nte</source>
        <translation>&amp;Next match</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/user_guide.py" line="157"/>
        <source>Introuvable</source>
        <translation>Not found</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../desktop_app/ui/history_view.py" line="38"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_view.py" line="38"/>
        <location filename="../../desktop_app/ui/history_view.py" line="94"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_view.py" line="38"/>
        <source>Détails</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_view.py" line="55"/>
        <source>Auteur : {author}</source>
        <translation>Author: {author}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_view.py" line="57"/>
        <source>Motif : {motif}</source>
        <translation>Reason: {motif}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_view.py" line="59"/>
        <source>Commentaire : {comment}</source>
        <translation>Comment: {comment}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_view.py" line="63"/>
        <source>Mandat : {number} — {amount}</source>
        <translation>Mandate: {number} — {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_view.py" line="87"/>
        <source>(en attente)</source>
        <translation>(pending)</translation>
    </message>
</context>
<context>
    <name>InboxPane</name>
    <message>
        <location filename="../../desktop_app/ui/inbox_pane.py" line="45"/>
        <source>Boîtes de réception</source>
        <translation>Inboxes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inbox_pane.py" line="46"/>
        <location filename="../../desktop_app/ui/inbox_pane.py" line="139"/>
        <source>Boîtes</source>
        <translation>Inboxes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inbox_pane.py" line="47"/>
        <location filename="../../desktop_app/ui/inbox_pane.py" line="140"/>
        <source>Par service</source>
        <translation>By service</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inbox_pane.py" line="110"/>
        <location filename="../../desktop_app/ui/inbox_pane.py" line="121"/>
        <source>{name} ({count})</source>
        <translation>{name} ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inbox_pane.py" line="122"/>
        <source>{name} ({count} · {new} nouv.)</source>
        <translation>{name} ({count} · {new} new)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inbox_pane.py" line="131"/>
        <source>1 nouvelle facture, pas encore vue</source>
        <translation>1 new invoice, not seen yet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inbox_pane.py" line="131"/>
        <source>{new} nouvelles factures, pas encore vues</source>
        <translation>{new} new invoices, not seen yet</translation>
    </message>
</context>
<context>
    <name>InvoiceListView</name>
    <message>
        <location filename="../../desktop_app/ui/invoice_list.py" line="46"/>
        <source>Liste des factures</source>
        <translation>Invoice list</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoice_list.py" line="173"/>
        <source>Colonnes</source>
        <translation>Columns</translation>
    </message>
</context>
<context>
    <name>InvoiceTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/invoice_table_model.py" line="113"/>
        <source>Nouvelle</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoice_table_model.py" line="116"/>
        <source>Numéro</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoice_table_model.py" line="117"/>
        <source>Fournisseur</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoice_table_model.py" line="118"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoice_table_model.py" line="119"/>
        <source>Dépôt</source>
        <translation>Deposited</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoice_table_model.py" line="120"/>
        <source>Émission</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoice_table_model.py" line="121"/>
        <source>Montant TTC</source>
        <translation>Amount incl. VAT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoice_table_model.py" line="122"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoice_table_model.py" line="123"/>
        <source>Envoi</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoice_table_model.py" line="124"/>
        <source>Échéance légale</source>
        <translation>Legal deadline</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoice_table_model.py" line="125"/>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoice_table_model.py" line="332"/>
        <source>Doublon possible</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoice_table_model.py" line="343"/>
        <source>Délai global de paiement : {date}</source>
        <translation>Payment deadline: {date}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoice_table_model.py" line="359"/>
        <source>suspendu ({days} j)</source>
        <translation>suspended ({days} d)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoice_table_model.py" line="366"/>
        <source>{days} j de retard</source>
        <translation>{days} d late</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/invoice_table_model.py" line="367"/>
        <source>{days} j</source>
        <translation>{days} d</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="74"/>
        <source>Invoice Desk — factures reçues</source>
        <translation>Invoice Desk — received invoices</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="145"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="261"/>
        <location filename="../../desktop_app/ui/main_window.py" line="274"/>
        <source>{count}+ factures</source>
        <translation>{count}+ invoices</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="259"/>
        <location filename="../../desktop_app/ui/main_window.py" line="272"/>
        <source>{count} facture(s)</source>
        <translation>{count} invoice(s)</translation>
    </message>
</context>
<context>
    <name>MandateDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mandate_dialog.py" line="27"/>
        <source>Enregistrer le mandatement</source>
        <translation>Record the payment order</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mandate_dialog.py" line="36"/>
        <source>ex. 1 234,56</source>
        <translation>e.g. 1234.56</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mandate_dialog.py" line="41"/>
        <source>&amp;Numéro de mandat :</source>
        <translation>Payment order &amp;number:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mandate_dialog.py" line="42"/>
        <source>&amp;Montant (EUR) :</source>
        <translation>&amp;Amount (EUR):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/mandate_dialog.py" line="43"/>
        <source>&amp;Commentaire (facultatif) :</source>
        <translation>&amp;Comment (optional):</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="113"/>
        <source>Le motif « {code} » n&apos;existe pas.</source>
        <translation>The reason “{code}” does not exist.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="116"/>
        <source>Choisissez un motif.</source>
        <translation>Choose a reason.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="119"/>
        <source>Ce motif ne s&apos;applique pas à ce statut.</source>
        <translation>This reason does not apply to this status.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="122"/>
        <source>Un commentaire est obligatoire.</source>
        <translation>A comment is required.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="125"/>
        <source>Le commentaire fait {length} caractères ; le maximum est {max}.</source>
        <translation>The comment is {length} characters long; the maximum is {max}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="128"/>
        <source>Vous pouvez demander au plus {max} pièces.</source>
        <translation>You may request at most {max} documents.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="131"/>
        <source>Le numéro de mandat est obligatoire.</source>
        <translation>The payment order number is required.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="134"/>
        <source>Le numéro de mandat dépasse {max} caractères.</source>
        <translation>The payment order number is longer than {max} characters.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="137"/>
        <source>Le montant du mandat est obligatoire.</source>
        <translation>The payment order amount is required.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="140"/>
        <source>Le montant du mandat ne peut pas être négatif.</source>
        <translation>The payment order amount cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="143"/>
        <source>Choisissez le service vers lequel recycler la facture.</source>
        <translation>Choose the service to recycle the invoice to.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="146"/>
        <source>La facture est déjà adressée au service « {code} ».</source>
        <translation>The invoice is already addressed to the service “{code}”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="149"/>
        <source>Le code service dépasse {max} caractères.</source>
        <translation>The service code is longer than {max} characters.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="152"/>
        <source>Cette action n&apos;est pas un statut comptable.</source>
        <translation>This action is not an accounting status.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="155"/>
        <source>Cette action n&apos;est pas possible depuis le statut actuel de la facture.</source>
        <translation>This action is not possible from the invoice&apos;s current status.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="158"/>
        <source>Votre rôle ne permet pas cette action.</source>
        <translation>Your role does not allow this action.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="162"/>
        <source>Au-delà de {threshold} EUR HT, cette action doit être décidée par un responsable.</source>
        <translation>Above {threshold} EUR excl. VAT, this action must be decided by a manager.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="165"/>
        <source>Le montant « {value} » n&apos;est pas exact.</source>
        <translation>The amount “{value}” is not exact.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="168"/>
        <source>« {value} » n&apos;est pas un montant (exemple : 1 234,56).</source>
        <translation>“{value}” is not an amount (example: 1234.56).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="171"/>
        <source>La devise « {currency} » n&apos;est pas un code ISO 4217.</source>
        <translation>The currency “{currency}” is not an ISO 4217 code.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="174"/>
        <source>Les devises ne correspondent pas.</source>
        <translation>The currencies do not match.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="179"/>
        <source>Le cache a été écrit par une version plus récente d&apos;Invoice Desk. Mettez l&apos;application à jour ; le fichier n&apos;a pas été modifié.</source>
        <translation>The cache was written by a newer version of Invoice Desk. Update the application; the file was not modified.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="182"/>
        <source>Ce fichier n&apos;est pas un cache d&apos;Invoice Desk.</source>
        <translation>This file is not an Invoice Desk cache.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="185"/>
        <source>Invoice Desk n&apos;a pas pu démarrer.</source>
        <translation>Invoice Desk could not start.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="188"/>
        <source>Le cache local est illisible ou endommagé.</source>
        <translation>The local cache is unreadable or damaged.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="194"/>
        <source>Le cache local est endommagé. Invoice Desk peut le réparer : le fichier endommagé est gardé à côté, la dernière copie de sauvegarde est restaurée et les actions en attente encore lisibles sont reprises.</source>
        <translation>The local cache is damaged. Invoice Desk can repair it: the damaged file is kept aside, the latest backup copy is restored and the pending actions that can still be read are taken back.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="199"/>
        <source>Le disque est plein : le cache ne peut pas être écrit. Libérez de la place puis relancez Invoice Desk ; rien n&apos;a été perdu.</source>
        <translation>The disk is full: the cache cannot be written. Free some space, then restart Invoice Desk; nothing has been lost.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="204"/>
        <source>Le cache n&apos;a pas pu être lu ou écrit (erreur d&apos;entrée-sortie : disque retiré, droits, réseau ?). Rien n&apos;a été modifié ; vérifiez le disque puis relancez.</source>
        <translation>The cache could not be read or written (input/output error: disk removed, permissions, network?). Nothing was changed; check the disk, then restart.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="208"/>
        <source>« {value} » n&apos;est pas un montant (exemple : 40 000,00).</source>
        <translation>“{value}” is not an amount (example: 40 000,00).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="211"/>
        <source>Un seuil ne peut pas être négatif.</source>
        <translation>A threshold cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="214"/>
        <source>Un seuil a au plus deux décimales (« {value} »).</source>
        <translation>A threshold has two decimals at most (“{value}”).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="217"/>
        <source>Le seuil « {value} » est trop grand.</source>
        <translation>The threshold “{value}” is too large.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="220"/>
        <source>Le code service est obligatoire.</source>
        <translation>The service code is required.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="223"/>
        <source>Le code service « {service} » figure deux fois.</source>
        <translation>The service code “{service}” appears twice.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="228"/>
        <source>Le code service « {service} » n&apos;est pas valable (ni virgule, ni « * », 100 caractères au plus).</source>
        <translation>The service code “{service}” is not valid (no comma, not “*”, 100 characters at most).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="231"/>
        <source>L&apos;identifiant est obligatoire.</source>
        <translation>The login is required.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="235"/>
        <source>L&apos;identifiant « {user} » n&apos;est pas valable (sans espace, 200 caractères au plus).</source>
        <translation>The login “{user}” is not valid (no spaces, 200 characters at most).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="238"/>
        <source>L&apos;approbateur « {user} » figure deux fois.</source>
        <translation>The approver “{user}” appears twice.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="241"/>
        <source>La fin de la délégation précède son début.</source>
        <translation>The delegation ends before it starts.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="244"/>
        <source>« {user} » ne peut pas se déléguer à lui-même.</source>
        <translation>“{user}” cannot delegate to themselves.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="248"/>
        <source>« {user} » n&apos;est pas approbateur : il ne peut pas déléguer son approbation.</source>
        <translation>“{user}” is not an approver: they cannot delegate approval.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="251"/>
        <source>Catégorie d&apos;entité inconnue.</source>
        <translation>Unknown entity category.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="254"/>
        <source>Choisissez une structure.</source>
        <translation>Choose a structure.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="257"/>
        <source>Seul un administrateur peut modifier le circuit d&apos;approbation.</source>
        <translation>Only an administrator may change the approval circuit.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="262"/>
        <source>Le dépôt d&apos;équipe a refusé l&apos;enregistrement : seul un administrateur de l&apos;équipe peut modifier le circuit et la catégorie. Rien n&apos;a été modifié.</source>
        <translation>The team store refused the save: only a team administrator may change the circuit and the category. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="267"/>
        <source>Le dépôt d&apos;équipe est injoignable : le circuit, commun à tous les postes, n&apos;a pas été enregistré. Réessayez quand l&apos;indicateur « Équipe » est en ligne.</source>
        <translation>The team store cannot be reached: the circuit, shared by every desktop, was not saved. Try again when the « Team » indicator is online.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="271"/>
        <source>Le nom de la recherche doit contenir du texte (au plus {maximum} caractères).</source>
        <translation>The search&apos;s name must contain text (at most {maximum} characters).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="274"/>
        <source>Vous avez déjà une recherche nommée « {name} ».</source>
        <translation>You already have a search named « {name} ».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="278"/>
        <source>Seules vos propres recherches peuvent être renommées ou supprimées.</source>
        <translation>Only your own searches can be renamed or deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="286"/>
        <source>Opération impossible ({key}).</source>
        <translation>Operation impossible ({key}).</translation>
    </message>
</context>
<context>
    <name>MotifCombo</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/motif_combo.py" line="15"/>
        <source>— Choisir un motif —</source>
        <translation>— Choose a reason —</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../desktop_app/ui/notes_view.py" line="104"/>
        <source>Note interne — facture {number}</source>
        <translation>Internal note — invoice {number}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_view.py" line="111"/>
        <source>La note est partagée avec l&apos;équipe par le dépôt d&apos;équipe ; la plateforme ne la voit jamais.</source>
        <translation>The note is shared with the team through the team store; the platform never sees it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_view.py" line="114"/>
        <source>Mode solo : la note reste sur ce poste ; la plateforme ne la voit jamais.</source>
        <translation>Solo mode: the note stays on this desktop; the platform never sees it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_view.py" line="119"/>
        <source>Texte de la note</source>
        <translation>Note text</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_view.py" line="141"/>
        <source>Une note doit contenir du texte (au plus {maximum} caractères).</source>
        <translation>A note needs some text (at most {maximum} characters).</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <location filename="../../desktop_app/ui/notes_view.py" line="45"/>
        <source>Ajouter une note…</source>
        <translation>Add a note…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_view.py" line="46"/>
        <source>Ajouter une note interne (Ctrl+Shift+N)</source>
        <translation>Add an internal note (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_view.py" line="63"/>
        <source>Notes de l&apos;équipe, partagées par le dépôt d&apos;équipe ; jamais envoyées à la plateforme.</source>
        <translation>The team&apos;s notes, shared through the team store; never sent to the platform.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_view.py" line="68"/>
        <source>Mode solo (pas de dépôt d&apos;équipe) : les notes restent sur ce poste et ne sont jamais envoyées à la plateforme.</source>
        <translation>Solo mode (no team store): notes stay on this desktop and are never sent to the platform.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_view.py" line="74"/>
        <source>Aucune note interne sur cette facture.</source>
        <translation>No internal note on this invoice.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_view.py" line="78"/>
        <source>{author}, le {at}</source>
        <translation>{author}, on {at}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_view.py" line="92"/>
        <source>(partagée)</source>
        <translation>(shared)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_view.py" line="93"/>
        <source>(en attente du dépôt d&apos;équipe)</source>
        <translation>(waiting for the team store)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notes_view.py" line="94"/>
        <source>(sur ce poste seulement)</source>
        <translation>(this desktop only)</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../../desktop_app/ui/notifications.py" line="70"/>
        <source>{supplier} ({count})</source>
        <translation>{supplier} ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notifications.py" line="75"/>
        <source>{line} : {suppliers}</source>
        <translation>{line}: {suppliers}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notifications.py" line="84"/>
        <source>{supplier} : {status}</source>
        <translation>{supplier}: {status}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notifications.py" line="90"/>
        <source>… et {count} autre(s) changement(s)</source>
        <translation>… and {count} other change(s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notifications.py" line="96"/>
        <source>Invoice Desk — factures reçues</source>
        <translation>Invoice Desk — received invoices</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notifications.py" line="104"/>
        <source>1 nouvelle facture</source>
        <translation>1 new invoice</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notifications.py" line="104"/>
        <source>{count} nouvelles factures</source>
        <translation>{count} new invoices</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notifications.py" line="123"/>
        <source>{count} action(s) envoyée(s)</source>
        <translation>{count} action(s) sent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notifications.py" line="126"/>
        <source>{count} action(s) à corriger</source>
        <translation>{count} action(s) to fix</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notifications.py" line="130"/>
        <source>{count} action(s) en attente d&apos;approbation</source>
        <translation>{count} action(s) awaiting approval</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="44"/>
        <source>Statut demandé : {status}</source>
        <translation>Requested status: {status}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="49"/>
        <source>Motif : {motif}</source>
        <translation>Reason: {motif}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="79"/>
        <source>Commentaire : {comment}</source>
        <translation>Comment: {comment}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="52"/>
        <source>Mandat : {number} — {amount}</source>
        <translation>Payment order: {number} — {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="59"/>
        <source>Mandat : {number}</source>
        <translation>Mandate: {number}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="70"/>
        <source>Statut : {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="73"/>
        <source>Depuis le : {when}</source>
        <translation>Since: {when}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="85"/>
        <source>Montant TTC : {amount}</source>
        <translation>Amount incl. VAT: {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="100"/>
        <source>Envois en attente</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="106"/>
        <source>Facture</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="107"/>
        <source>Fournisseur</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="108"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="109"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="110"/>
        <source>Essais</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="111"/>
        <source>Message de la plateforme</source>
        <translation>Platform message</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="130"/>
        <source>&lt;b&gt;Ma version&lt;/b&gt; (action en attente)</source>
        <translation>&lt;b&gt;My version&lt;/b&gt; (pending action)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="131"/>
        <source>&lt;b&gt;Leur version&lt;/b&gt; (plateforme)</source>
        <translation>&lt;b&gt;Their version&lt;/b&gt; (platform)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="137"/>
        <source>&amp;Corriger et renvoyer…</source>
        <translation>&amp;Fix and resend…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="138"/>
        <source>&amp;Abandonner</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="139"/>
        <source>&amp;Garder ma version</source>
        <translation>&amp;Keep mine</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="140"/>
        <source>&amp;Prendre la leur</source>
        <translation>&amp;Take theirs</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="141"/>
        <source>&amp;Fermer</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="152"/>
        <source>Aucun envoi en attente.</source>
        <translation>Nothing waiting to be sent.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="196"/>
        <source>La facture a changé sur la plateforme ({status}) depuis votre action.</source>
        <translation>The invoice changed on the platform ({status}) since your action.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_view.py" line="218"/>
        <source>Statut actuel : {status}</source>
        <translation>Current status: {status}</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../desktop_app/ui/pdf_preview.py" line="64"/>
        <source>Facture {number}</source>
        <translation>Invoice {number}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_preview.py" line="77"/>
        <source>Préparation de l&apos;image de la facture…</source>
        <translation>Preparing the invoice image…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_preview.py" line="100"/>
        <source>Le fichier de la facture est illisible ({detail}). Aperçu établi à partir des données de la plateforme.</source>
        <translation>The invoice file cannot be read ({detail}). Preview built from the platform&apos;s data.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_preview.py" line="106"/>
        <source>Fichier de la facture pas encore téléchargé : aperçu établi à partir des données de la plateforme.</source>
        <translation>Invoice file not downloaded yet: preview built from the platform&apos;s data.</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <location filename="../../desktop_app/ui/pdf_viewer.py" line="74"/>
        <location filename="../../desktop_app/ui/pdf_viewer.py" line="117"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_viewer.py" line="81"/>
        <source>Agrandir</source>
        <translation>Enlarge</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_viewer.py" line="82"/>
        <source>Ouvrir dans la visionneuse (F11 ou double-clic)</source>
        <translation>Open in the viewer (F11 or double-click)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_viewer.py" line="88"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_viewer.py" line="89"/>
        <source>Zoom arrière (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_viewer.py" line="96"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_viewer.py" line="97"/>
        <source>Zoom avant (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_viewer.py" line="103"/>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_viewer.py" line="104"/>
        <source>Taille réelle, 100 % (Ctrl+0)</source>
        <translation>Actual size, 100% (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_viewer.py" line="110"/>
        <source>Largeur</source>
        <translation>Width</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_viewer.py" line="111"/>
        <source>Ajuster à la largeur (Ctrl+9)</source>
        <translation>Fit to width (Ctrl+9)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_viewer.py" line="118"/>
        <source>Page entière (Ctrl+8)</source>
        <translation>Whole page (Ctrl+8)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_viewer.py" line="125"/>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_viewer.py" line="126"/>
        <source>Page précédente (Ctrl+Page préc.)</source>
        <translation>Previous page (Ctrl+Page Up)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_viewer.py" line="134"/>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_viewer.py" line="135"/>
        <source>Page suivante (Ctrl+Page suiv.)</source>
        <translation>Next page (Ctrl+Page Down)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_viewer.py" line="142"/>
        <source>Imprimer…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_viewer.py" line="143"/>
        <source>Imprimer la facture (Ctrl+P)</source>
        <translation>Print the invoice (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_viewer.py" line="149"/>
        <source>Aperçu…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_viewer.py" line="150"/>
        <source>Aperçu avant impression (Ctrl+Shift+P)</source>
        <translation>Print preview (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_viewer.py" line="323"/>
        <source>/ {count}</source>
        <translation>/ {count}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pdf_viewer.py" line="336"/>
        <location filename="../../desktop_app/ui/pdf_viewer.py" line="346"/>
        <source>Impression</source>
        <translation>Printing</translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message>
        <location filename="../../desktop_app/ui/session_guards.py" line="170"/>
        <source>Actions en attente</source>
        <translation>Pending actions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_guards.py" line="172"/>
        <source>{count} action(s) n&apos;ont pas encore été envoyées à la plateforme.</source>
        <translation>{count} action(s) have not been sent to the platform yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_guards.py" line="179"/>
        <source>Envoyer maintenant : Invoice Desk les envoie, puis se ferme.</source>
        <translation>Send now: Invoice Desk sends them, then closes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_guards.py" line="181"/>
        <source>Vous êtes hors ligne : l&apos;envoi sera tenté, sans garantie.</source>
        <translation>You are offline: sending will be attempted, without guarantee.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_guards.py" line="186"/>
        <source>Quitter quand même : elles partiront au prochain démarrage.</source>
        <translation>Quit anyway: they will leave at the next start.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_guards.py" line="187"/>
        <source>&amp;Envoyer maintenant</source>
        <translation>&amp;Send now</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_guards.py" line="189"/>
        <source>&amp;Quitter quand même</source>
        <translation>&amp;Quit anyway</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_guards.py" line="191"/>
        <source>&amp;Annuler</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_guards.py" line="204"/>
        <source>Envoi des actions en attente…</source>
        <translation>Sending the pending actions…</translation>
    </message>
</context>
<context>
    <name>RecycleDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/recycle_dialog.py" line="33"/>
        <source>Recycler vers un autre service</source>
        <extracomment>the motive proposed first: a wrong service is Chorus Pro&apos;s usual reason to recycle</extracomment>
        <translation>Recycle to another service</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/recycle_dialog.py" line="41"/>
        <source>Code ou nom du service</source>
        <translation>Service code or name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/recycle_dialog.py" line="55"/>
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/recycle_dialog.py" line="56"/>
        <source>Rechercher un &amp;service :</source>
        <translation>Search for a &amp;service:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/recycle_dialog.py" line="58"/>
        <source>Service &amp;destinataire :</source>
        <translation>&amp;Target service:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/recycle_dialog.py" line="60"/>
        <source>&amp;Motif :</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/recycle_dialog.py" line="62"/>
        <source>&amp;Commentaire :</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/recycle_dialog.py" line="64"/>
        <source>Service actuel :</source>
        <translation>Current service:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/recycle_dialog.py" line="74"/>
        <source>La facture passe « À recycler » : le fournisseur la ré-achemine vers le service choisi, qui la reçoit ; elle quitte votre boîte si ce n&apos;est pas votre service.</source>
        <translation>The invoice becomes “To be recycled”: the supplier re-routes it to the chosen service, which receives it; it leaves your inbox when it is not your service.</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <location filename="../../desktop_app/ui/refusal_texts.py" line="25"/>
        <source>La plateforme ne trouve plus cette facture (elle a pu être réaffectée).</source>
        <extracomment>what :func:`desktop_app.sync.resolution.fix_and_resend` keeps of the refusal it replaces</extracomment>
        <translation>The platform no longer finds this invoice (it may have been re-routed).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusal_texts.py" line="28"/>
        <source>Ce changement de statut n&apos;est pas permis depuis le statut actuel.</source>
        <translation>This status change is not allowed from the current status.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusal_texts.py" line="31"/>
        <source>La plateforme demande un motif pour ce statut.</source>
        <translation>The platform requires a reason for this status.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusal_texts.py" line="34"/>
        <source>La plateforme demande un commentaire pour ce motif.</source>
        <translation>The platform requires a comment for this reason.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusal_texts.py" line="37"/>
        <source>Le motif envoyé est trop long pour la plateforme : raccourcissez-le.</source>
        <translation>The reason sent is too long for the platform: shorten it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusal_texts.py" line="40"/>
        <source>La plateforme ne connaît pas ce motif pour ce statut.</source>
        <translation>The platform does not know this reason for this status.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusal_texts.py" line="43"/>
        <source>La plateforme a refusé une donnée de la demande (format invalide).</source>
        <translation>The platform refused a value of the request (invalid format).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusal_texts.py" line="46"/>
        <source>Structure ou service non rattaché à votre compte technique.</source>
        <translation>Structure or service not attached to your technical account.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusal_texts.py" line="49"/>
        <source>Votre habilitation ne permet pas cette action sur la plateforme.</source>
        <translation>Your permissions do not allow this action on the platform.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusal_texts.py" line="52"/>
        <source>Cette action doit d&apos;abord être approuvée par un approbateur.</source>
        <translation>This action must first be approved by an approver.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusal_texts.py" line="55"/>
        <source>La plateforme a refusé la demande (code {code}).</source>
        <translation>The platform refused the request (code {code}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusal_texts.py" line="80"/>
        <source>Corrigée après un refus ; renvoi en attente.</source>
        <translation>Corrected after a refusal; waiting to be resent.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusal_texts.py" line="83"/>
        <source>Corrigée après un refus ({reason}) ; renvoi en attente.</source>
        <translation>Corrected after a refusal ({reason}); waiting to be resent.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusal_texts.py" line="87"/>
        <source>Échec temporaire, nouvel essai prévu : {reason}</source>
        <translation>Temporary failure, will retry: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/refusal_texts.py" line="91"/>
        <source>Échec temporaire, nouvel essai prévu.</source>
        <translation>Temporary failure, will retry.</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/reject_dialog.py" line="30"/>
        <source>Rejeter la facture</source>
        <translation>Reject the invoice</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/reject_dialog.py" line="35"/>
        <source>&amp;Motif :</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/reject_dialog.py" line="37"/>
        <source>&amp;Commentaire :</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/reject_dialog.py" line="45"/>
        <source>Le rejet est définitif : le fournisseur devra déposer une nouvelle facture.</source>
        <translation>Rejection is final: the supplier will have to deposit a new invoice.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../desktop_app/ui/session_guards.py" line="84"/>
        <source>Votre certificat a expiré le {day} : la plateforme refuse la connexion. Demandez un nouveau certificat à votre service informatique (ou à votre autorité de certification), puis importez-le dans Fichier › Paramètres.</source>
        <translation>Your certificate expired on {day}: the platform refuses the connection. Ask your IT department (or your certification authority) for a new certificate, then import it in File › Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_guards.py" line="90"/>
        <source>Votre certificat expire dans {days} jour(s), le {day}. Demandez dès maintenant son renouvellement à votre service informatique (ou à votre autorité de certification), puis importez le nouveau fichier dans Fichier › Paramètres.</source>
        <translation>Your certificate expires in {days} day(s), on {day}. Ask your IT department (or your certification authority) to renew it now, then import the new file in File › Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_guards.py" line="91"/>
        <source>Certificat bientôt expiré</source>
        <translation>Certificate about to expire</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_guards.py" line="106"/>
        <source>Le mot de passe du compte technique Chorus Pro a expiré le {day}. Changez-le sur Chorus Pro, puis indiquez la date du changement dans Fichier › Paramètres.</source>
        <translation>The password of the Chorus Pro technical account expired on {day}. Change it on Chorus Pro, then enter the date of the change in File › Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_guards.py" line="112"/>
        <source>Le mot de passe du compte technique Chorus Pro expire dans {days} jour(s), le {day}. Changez-le sur Chorus Pro avant cette date, puis indiquez la date du changement dans Fichier › Paramètres.</source>
        <translation>The password of the Chorus Pro technical account expires in {days} day(s), on {day}. Change it on Chorus Pro before that date, then enter the date of the change in File › Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_guards.py" line="113"/>
        <source>Mot de passe du compte technique</source>
        <translation>Technical account password</translation>
    </message>
</context>
<context>
    <name>SaveSearchDialog</name>
    <message>
        <location filename="../../desktop_app/ui/saved_searches_ui.py" line="44"/>
        <source>Enregistrer la recherche</source>
        <translation>Save the search</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/saved_searches_ui.py" line="48"/>
        <source>Nom de la recherche</source>
        <translation>Name of the search</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/saved_searches_ui.py" line="49"/>
        <source>&amp;Nom de la recherche :</source>
        <translation>&amp;Name of the search:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/saved_searches_ui.py" line="50"/>
        <source>&amp;Partager avec l&apos;équipe (partagée)</source>
        <translation>S&amp;hare with the team (shared)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/saved_searches_ui.py" line="53"/>
        <source>Vos collègues la verront dans leurs recherches, marquée de votre nom.</source>
        <translation>Your colleagues will see it among their searches, marked with your name.</translation>
    </message>
</context>
<context>
    <name>SavedSearchesController</name>
    <message>
        <location filename="../../desktop_app/ui/saved_searches_ui.py" line="88"/>
        <source>{name} — de {owner}</source>
        <translation>{name} — by {owner}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/saved_searches_ui.py" line="90"/>
        <source>{name} · partagée</source>
        <translation>{name} · shared</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/saved_searches_ui.py" line="129"/>
        <source>S&apos;applique à la recherche « {name} ».</source>
        <translation>Applies to the search « {name} ».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/saved_searches_ui.py" line="135"/>
        <source>« {name} » est partagée par {owner} : seul son auteur peut la modifier.</source>
        <translation>« {name} » is shared by {owner}: only its author may change it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/saved_searches_ui.py" line="138"/>
        <source>Choisissez d&apos;abord une de vos recherches enregistrées.</source>
        <translation>First choose one of your saved searches.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/saved_searches_ui.py" line="147"/>
        <source>Enregistrer la recherche</source>
        <translation>Save the search</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/saved_searches_ui.py" line="148"/>
        <source>Nom de la recherche :</source>
        <translation>Name of the search:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/saved_searches_ui.py" line="176"/>
        <source>Renommer la recherche</source>
        <translation>Rename the search</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/saved_searches_ui.py" line="177"/>
        <source>Nouveau nom de « {name} » :</source>
        <translation>New name for « {name} »:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/saved_searches_ui.py" line="195"/>
        <source>Supprimer la recherche « {name} » ?</source>
        <translation>Delete the search « {name} »?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/saved_searches_ui.py" line="198"/>
        <source>Elle disparaîtra aussi chez vos collègues.</source>
        <translation>It will disappear for your colleagues too.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/saved_searches_ui.py" line="200"/>
        <source>Supprimer la recherche</source>
        <translation>Delete the search</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/saved_searches_ui.py" line="220"/>
        <source>La recherche n&apos;a pas pu être enregistrée : {error}</source>
        <translation>The search could not be saved: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/saved_searches_ui.py" line="229"/>
        <source>Recherches enregistrées</source>
        <translation>Saved searches</translation>
    </message>
</context>
<context>
    <name>SeenTracker</name>
    <message>
        <location filename="../../desktop_app/ui/new_invoices.py" line="91"/>
        <source>Les factures n&apos;ont pas pu être marquées comme vues : {error}</source>
        <translation>The invoices could not be marked as seen: {error}</translation>
    </message>
</context>
<context>
    <name>ServiceDoneDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/service_done_dialog.py" line="24"/>
        <source>Constater le service fait</source>
        <translation>Certify the service as done</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/service_done_dialog.py" line="31"/>
        <source>&amp;Commentaire (facultatif) :</source>
        <translation>&amp;Comment (optional):</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="67"/>
        <source>Bac à sable (démo locale)</source>
        <translation>Sandbox (local demo)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="68"/>
        <source>Chorus Pro — qualification</source>
        <translation>Chorus Pro — qualification</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="69"/>
        <source>Chorus Pro — production</source>
        <translation>Chorus Pro — production</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="70"/>
        <source>Personnalisé</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="21"/>
        <source>Agent</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="22"/>
        <source>Responsable</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="23"/>
        <source>Administrateur</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="83"/>
        <source>certificat</source>
        <translation>certificate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="84"/>
        <source>compte de session du poste</source>
        <translation>the computer&apos;s session account</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="87"/>
        <source>utilisateur de démonstration</source>
        <translation>demo user</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="106"/>
        <source>Paramètres</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="121"/>
        <source>La connexion a échoué : {reason}
Corrigez ci-dessous (certificat, mot de passe, profil) puis Enregistrer : Invoice Desk se reconnecte.</source>
        <translation>The connection failed: {reason}
Correct below (certificate, password, profile) then Save: Invoice Desk reconnects.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="140"/>
        <source>non renseignée</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="143"/>
        <source>Circuit des factures de &amp;travaux (MOE / MOA)</source>
        <translation>&amp;Works invoices circuit (MOE / MOA)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="150"/>
        <source>Relève et traite les pièces de travaux (états d&apos;acompte, décomptes) de ce profil. Par défaut : seulement pour les utilisateurs MOE et MOA de la démonstration.</source>
        <translation>Pulls and processes the works documents (interim statements, final statements) of this profile. By default: only for the MOE and MOA demo users.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="153"/>
        <source>Connexion</source>
        <translation>Connection</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="157"/>
        <source>&amp;Profil :</source>
        <translation>&amp;Profile:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="158"/>
        <source>&amp;Adresse (personnalisé) :</source>
        <translation>&amp;Address (custom):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="159"/>
        <source>Utilisateur de &amp;démonstration :</source>
        <translation>&amp;Demo user:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="162"/>
        <source>Mot de passe du compte technique &amp;changé le :</source>
        <translation>Technical account password &amp;changed on:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="165"/>
        <source>Utilisateur :</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="166"/>
        <source>Rôle :</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="198"/>
        <source>&amp;Parcourir…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="201"/>
        <source>&amp;Importer le certificat</source>
        <translation>&amp;Import the certificate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="202"/>
        <source>&amp;Retirer le certificat</source>
        <translation>Re&amp;move the certificate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="203"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="338"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="451"/>
        <source>Aucun certificat importé.</source>
        <translation>No certificate imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="212"/>
        <source>Certificat (PKCS#12)</source>
        <translation>Certificate (PKCS#12)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="217"/>
        <source>&amp;Fichier :</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="220"/>
        <source>&amp;Mot de passe :</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="233"/>
        <source>Afficher les &amp;notifications (nouvelles factures, changements de statut)</source>
        <translation>Show &amp;notifications (new invoices, status changes)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="244"/>
        <source>Nouvelles &amp;factures</source>
        <translation>New &amp;invoices</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="245"/>
        <source>Changements de &amp;statut</source>
        <translation>&amp;Status changes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="246"/>
        <source>Résultats des &amp;envois</source>
        <translation>Outbox &amp;outcomes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="247"/>
        <source>&amp;Approbations</source>
        <translation>&amp;Approvals</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="252"/>
        <source>Tous les services</source>
        <translation>Every service</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="253"/>
        <source>Général</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="259"/>
        <source>Me notifier de :</source>
        <translation>Notify me of:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="261"/>
        <source>Pour les services (codes, séparés par des virgules) :</source>
        <translation>For the services (codes, comma-separated):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="265"/>
        <source>&amp;Langue :</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="350"/>
        <source>Certificat : {path}
Son mot de passe sera demandé à la connexion (ou saisissez-le ci-dessus puis Importer).</source>
        <translation>Certificate: {path}
Its password will be asked when connecting (or type it above, then Import).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="375"/>
        <source>{name} — d&apos;après : {source}</source>
        <translation>{name} — from: {source}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="382"/>
        <source>Choisir le certificat</source>
        <translation>Choose the certificate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="383"/>
        <source>Certificats PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 certificates (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="394"/>
        <source>Aucun certificat : il sera retiré à l&apos;enregistrement.</source>
        <translation>No certificate: it will be removed when saving.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="407"/>
        <source>Certificat de démonstration de l&apos;utilisateur choisi.</source>
        <translation>Demo certificate of the chosen user.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="442"/>
        <source>Le trousseau du système n&apos;est pas disponible : le mot de passe est gardé pour cette session seulement et vous sera redemandé au prochain démarrage.</source>
        <translation>The system keyring is not available: the password is kept for this session only and will be asked again at the next start.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="460"/>
        <source>&amp;Remplacer le certificat</source>
        <translation>&amp;Replace the certificate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="465"/>
        <source>Titulaire : {subject}
Émetteur : {issuer}
N° de série : {serial}
Valide du {start} au {end}</source>
        <translation>Holder: {subject}
Issuer: {issuer}
Serial number: {serial}
Valid from {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="479"/>
        <source>Ce certificat a expiré : la connexion à Chorus Pro sera refusée. Demandez-en un nouveau puis importez-le ici.</source>
        <translation>This certificate has expired: Chorus Pro will refuse the connection. Request a new one, then import it here.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="482"/>
        <source>Ce certificat expire dans {days} jour(s) : demandez son renouvellement.</source>
        <translation>This certificate expires in {days} day(s): ask for its renewal.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="23"/>
        <source>Raccourcis clavier</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="32"/>
        <source>Parcourir la liste</source>
        <translation>Move in the list</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="32"/>
        <source>Flèches, Page préc./suiv., Début/Fin</source>
        <translation>Arrows, Page Up/Down, Home/End</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="33"/>
        <source>Sélection multiple</source>
        <translation>Multiple selection</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="33"/>
        <source>Maj + flèches, Ctrl + Espace</source>
        <translation>Shift + arrows, Ctrl + Space</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="34"/>
        <source>Ouvrir le détail</source>
        <translation>Open the detail</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="34"/>
        <source>Entrée</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="35"/>
        <source>Zone suivante / précédente</source>
        <translation>Next / previous area</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="35"/>
        <source>Tab / Maj + Tab</source>
        <translation>Tab / Shift + Tab</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="38"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shortcuts_dialog.py" line="38"/>
        <source>Raccourci</source>
        <translation>Shortcut</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="87"/>
        <source>{code} (statut non répertorié)</source>
        <translation>{code} (unlisted status)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="103"/>
        <source>Statut transmis par la plateforme que le catalogue de l&apos;application ne connaît pas (Aide › Diagnostics) ; la facture le garde tel quel.</source>
        <translation>Status sent by the platform that the application&apos;s catalogue does not know (Help › Diagnostics); the invoice keeps it as sent.</translation>
    </message>
</context>
<context>
    <name>StructureSelector</name>
    <message>
        <location filename="../../desktop_app/ui/structure_selector.py" line="64"/>
        <source>Structures</source>
        <translation>Structures</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/structure_selector.py" line="199"/>
        <source>Toutes les structures ({count})</source>
        <translation>All structures ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/structure_selector.py" line="205"/>
        <source>Les factures de toutes vos structures, ensemble (Entrée)</source>
        <translation>The invoices of all your structures, together (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/structure_selector.py" line="208"/>
        <source>Structure {id}</source>
        <translation>Structure {id}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/structure_selector.py" line="210"/>
        <location filename="../../desktop_app/ui/structure_selector.py" line="227"/>
        <source>{name} ({count})</source>
        <translation>{name} ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/structure_selector.py" line="216"/>
        <source>{name}
SIRET {siret} — {count} facture(s), dont {todo} à traiter
Espace : cocher ou décocher · Entrée : uniquement cette structure</source>
        <translation>{name}
SIRET {siret} — {count} invoice(s), {todo} to process
Space: tick or untick · Enter: this structure only</translation>
    </message>
</context>
<context>
    <name>SummaryPdf</name>
    <message>
        <location filename="../../desktop_app/ui/summary_pdf.py" line="26"/>
        <source>Fournisseur</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_pdf.py" line="27"/>
        <source>Identifiant</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_pdf.py" line="28"/>
        <source>Numéro</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_pdf.py" line="29"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_pdf.py" line="30"/>
        <source>Date d&apos;émission</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_pdf.py" line="31"/>
        <source>Date de dépôt</source>
        <translation>Deposit date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_pdf.py" line="32"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_pdf.py" line="33"/>
        <source>Engagement</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_pdf.py" line="35"/>
        <source>Montant HT</source>
        <translation>Amount excl. VAT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_pdf.py" line="38"/>
        <source>TVA</source>
        <translation>VAT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_pdf.py" line="40"/>
        <source>Montant TTC</source>
        <translation>Amount incl. VAT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_pdf.py" line="43"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summary_pdf.py" line="50"/>
        <source>Facture {number}</source>
        <translation>Invoice {number}</translation>
    </message>
</context>
<context>
    <name>SuspendDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/suspend_dialog.py" line="27"/>
        <source>Suspendre la facture</source>
        <translation>Suspend the invoice</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/suspend_dialog.py" line="39"/>
        <source>Une pièce par ligne, par exemple : bon de livraison signé</source>
        <translation>One document per line, for example: signed delivery note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/suspend_dialog.py" line="44"/>
        <source>&amp;Motif :</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/suspend_dialog.py" line="45"/>
        <source>&amp;Commentaire :</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/suspend_dialog.py" line="46"/>
        <source>&amp;Pièces demandées :</source>
        <translation>Requested &amp;documents:</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="60"/>
        <source>Jamais synchronisé</source>
        <translation>Never synchronised</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="82"/>
        <source>{name} — {role}</source>
        <translation>{name} — {role}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="89"/>
        <source>Prochaine synchro : {time}</source>
        <translation>Next sync: {time}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="107"/>
        <source>En ligne</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="108"/>
        <source>Hors ligne</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="109"/>
        <source>Synchronisation…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="110"/>
        <source>Échec d&apos;authentification</source>
        <translation>Authentication failed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="114"/>
        <source>{state} — bac à sable</source>
        <translation>{state} — sandbox</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="136"/>
        <source>Synchronisation impossible : {reason}</source>
        <translation>Synchronisation failed: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="100"/>
        <location filename="../../desktop_app/ui/status_bar.py" line="144"/>
        <source>Dernière synchro : {time}</source>
        <translation>Last sync: {time}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="147"/>
        <source>{new} nouvelle(s), {changed} modifiée(s), {sent} action(s) envoyée(s)</source>
        <translation>{new} new, {changed} changed, {sent} action(s) sent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/status_bar.py" line="159"/>
        <source>Envois en attente : {pending} · à traiter : {attention}</source>
        <translation>Waiting to be sent: {pending} · to handle: {attention}</translation>
    </message>
</context>
<context>
    <name>TeamController</name>
    <message>
        <location filename="../../desktop_app/ui/team_controller.py" line="99"/>
        <location filename="../../desktop_app/ui/team_controller.py" line="258"/>
        <source>Dépôt d&apos;équipe</source>
        <translation>Team store</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_controller.py" line="105"/>
        <source>Saisir le mot de passe…</source>
        <translation>Enter the password…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_controller.py" line="107"/>
        <source>Paramètres…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_controller.py" line="108"/>
        <source>Compte : {login}</source>
        <translation>Account: {login}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_controller.py" line="133"/>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_controller.py" line="140"/>
        <source>Mot de passe gardé dans le trousseau du système.</source>
        <translation>Password kept in the system keyring.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_controller.py" line="141"/>
        <source>Mot de passe gardé pour cette session seulement.</source>
        <translation>Password kept for this session only.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_controller.py" line="157"/>
        <source>Nécessite le dépôt d&apos;équipe : ce poste est en mode solo (aucun collègue avec qui partager la prise en charge).</source>
        <translation>Needs the team store: this desktop is in solo mode (no colleague to share claims with).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_controller.py" line="166"/>
        <source>Prise en charge</source>
        <translation>Take in hand</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_controller.py" line="170"/>
        <source>Libérer la prise en charge</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_controller.py" line="193"/>
        <source>{count} facture(s) : fait.</source>
        <translation>{count} invoice(s): done.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_controller.py" line="196"/>
        <source>Le dépôt d&apos;équipe le saura dès qu&apos;il sera joignable.</source>
        <translation>The team store will know as soon as it can be reached.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_controller.py" line="209"/>
        <source>L&apos;opération n&apos;a pas pu être enregistrée dans le cache.</source>
        <translation>The operation could not be saved in the cache.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_controller.py" line="229"/>
        <source>Note interne</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_controller.py" line="245"/>
        <source>Note interne enregistrée.</source>
        <translation>Internal note saved.</translation>
    </message>
</context>
<context>
    <name>TeamPasswordDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/team_password_dialog.py" line="24"/>
        <source>Mot de passe du dépôt d&apos;équipe</source>
        <translation>Team store password</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/team_password_dialog.py" line="27"/>
        <source>Le dépôt d&apos;équipe a refusé le mot de passe.</source>
        <translation>The team store refused the password.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/team_password_dialog.py" line="28"/>
        <source>Mot de passe du compte {login} :</source>
        <translation>Password of the account {login}:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/team_password_dialog.py" line="33"/>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/team_password_dialog.py" line="35"/>
        <source>Le garder dans le trousseau du système</source>
        <translation>Keep it in the system keyring</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/team_password_dialog.py" line="47"/>
        <source>Le trousseau du système n&apos;est pas disponible : ce mot de passe est gardé pour cette session seulement et sera demandé à nouveau au prochain démarrage.</source>
        <translation>The system keyring is not available: this password is kept for this session only and will be asked again at the next start.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/team_password_dialog.py" line="73"/>
        <source>Ce mot de passe est gardé pour cette session seulement.</source>
        <translation>This password is kept for this session only.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/team_password_dialog.py" line="79"/>
        <source>Saisissez le mot de passe.</source>
        <translation>Enter the password.</translation>
    </message>
</context>
<context>
    <name>TeamTexts</name>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="13"/>
        <source>pris en charge par {user}</source>
        <translation>taken in hand by {user}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="28"/>
        <source>approuvée</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="29"/>
        <source>refusée</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="41"/>
        <source>Facture {number} : demande déjà {state} par {by} le {at}.</source>
        <translation>Invoice {number}: request already {state} by {by} on {at}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="44"/>
        <location filename="../../desktop_app/ui/team_texts.py" line="47"/>
        <source>Facture {number} déjà prise en charge par {by} depuis le {at}.</source>
        <translation>Invoice {number} already taken in hand by {by} since {at}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="50"/>
        <source>Facture {number} : {by} a déjà demandé une approbation le {at}.</source>
        <translation>Invoice {number}: {by} already asked for approval on {at}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="55"/>
        <source>Facture {number} : seul {by} ou un responsable peut la libérer (le dépôt d&apos;équipe l&apos;a refusé).</source>
        <translation>Invoice {number}: only {by} or a manager can release it (the team store refused).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="60"/>
        <source>Facture {number} : prise en charge par {by} depuis le {at} ; seul {by} ou un responsable peut la libérer.</source>
        <translation>Invoice {number}: taken in hand by {by} since {at}; only {by} or a manager can release it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="65"/>
        <source>Facture {number} : le dépôt d&apos;équipe n&apos;accepte pas votre décision (service ou plafond hors de vos délégations).</source>
        <translation>Invoice {number}: the team store does not accept your decision (service or ceiling outside what you may approve).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="70"/>
        <source>Recherche « {name} » : le dépôt d&apos;équipe a refusé la modification (seul son auteur peut la modifier).</source>
        <translation>Search « {name} »: the team store refused the change (only its author may change it).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="73"/>
        <source>Facture {number} : le dépôt d&apos;équipe a refusé l&apos;opération ({detail}).</source>
        <translation>Invoice {number}: the team store refused the operation ({detail}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="78"/>
        <source>La prise en charge se partage par le dépôt d&apos;équipe, qui n&apos;est pas configuré sur ce poste (mode solo).</source>
        <translation>Claims are shared through the team store, which is not configured on this desktop (solo mode).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="81"/>
        <source>Une note doit contenir du texte (au plus {maximum} caractères).</source>
        <translation>A note needs some text (at most {maximum} characters).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="82"/>
        <source>Saisissez le mot de passe.</source>
        <translation>Enter the password.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="88"/>
        <source>(date inconnue)</source>
        <translation>(date unknown)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="97"/>
        <source>Équipe : connexion…</source>
        <translation>Team: connecting…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="98"/>
        <source>Équipe : en ligne</source>
        <translation>Team: online</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="99"/>
        <source>Équipe : hors ligne</source>
        <translation>Team: offline</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="100"/>
        <source>Équipe : mot de passe requis</source>
        <translation>Team: password needed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="101"/>
        <source>Équipe : connexion refusée</source>
        <translation>Team: connection refused</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="105"/>
        <source> ({count} en attente)</source>
        <translation> ({count} waiting)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="113"/>
        <source>Connecté au dépôt d&apos;équipe.</source>
        <translation>Connected to the team store.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="118"/>
        <source>Le dépôt d&apos;équipe ne répond pas. Vos prises en charge, notes et demandes attendent sur ce poste et partiront à son retour.</source>
        <translation>The team store does not answer. Your claims, notes and requests wait on this desktop and will leave when it is back.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="122"/>
        <source>Le dépôt d&apos;équipe demande votre mot de passe. Cliquez ici pour le saisir.</source>
        <translation>The team store asks for your password. Click here to enter it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="126"/>
        <source>Le dépôt d&apos;équipe a refusé le mot de passe. Cliquez ici pour le saisir à nouveau.</source>
        <translation>The team store refused the password. Click here to enter it again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="131"/>
        <source>Le dépôt d&apos;équipe ne connaît pas votre compte : demandez à l&apos;informatique de vous y ajouter (invoice-desk team add-person).</source>
        <translation>The team store does not know your account: ask IT to add you (invoice-desk team add-person).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="136"/>
        <source>Le dépôt d&apos;équipe n&apos;accepte pas de connexion de ce poste ou de ce compte (pg_hba.conf) : voyez avec l&apos;informatique.</source>
        <translation>The team store accepts no connection from this desktop or account (pg_hba.conf): see IT.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="141"/>
        <source>Le certificat du dépôt d&apos;équipe n&apos;a pas pu être vérifié : voyez avec l&apos;informatique (adresse et autorité de certification dans la configuration).</source>
        <translation>The team store&apos;s certificate could not be checked: see IT (address and certificate authority in the configuration).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="146"/>
        <source>La connexion Kerberos au dépôt d&apos;équipe a échoué : vérifiez votre session Windows ou voyez avec l&apos;informatique.</source>
        <translation>The Kerberos connection to the team store failed: check your Windows session or see IT.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="151"/>
        <source>Le dépôt d&apos;équipe a été mis à jour pour une version plus récente d&apos;Invoice Desk : installez-la. Vos opérations attendent sur ce poste.</source>
        <translation>The team store was upgraded for a newer Invoice Desk: install it. Your operations wait on this desktop.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="156"/>
        <source>Le dépôt d&apos;équipe doit être mis à jour (invoice-desk team init) : voyez avec l&apos;informatique. Vos opérations attendent sur ce poste.</source>
        <translation>The team store must be upgraded (invoice-desk team init): see IT. Your operations wait on this desktop.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="161"/>
        <source>Le dépôt d&apos;équipe n&apos;est pas initialisé (invoice-desk team init) : voyez avec l&apos;informatique.</source>
        <translation>The team store is not initialised (invoice-desk team init): see IT.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="165"/>
        <source>Dépôt d&apos;équipe indisponible ({key}).</source>
        <translation>Team store unavailable ({key}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/team_texts.py" line="85"/>
        <source>Dépôt d&apos;équipe : {key}</source>
        <translation>Team store: {key}</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../desktop_app/ui/texts.py" line="46"/>
        <source>Suspension</source>
        <translation>Suspension</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/texts.py" line="47"/>
        <source>Rejet</source>
        <translation>Rejection</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/texts.py" line="48"/>
        <source>Recyclage</source>
        <translation>Recycling</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/texts.py" line="49"/>
        <source>Service fait</source>
        <translation>Service done</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/texts.py" line="50"/>
        <source>Mandatement</source>
        <translation>Payment order</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/texts.py" line="53"/>
        <source>Mise à disposition du comptable</source>
        <translation>Sent to the accountant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/texts.py" line="54"/>
        <source>Comptabilisation</source>
        <translation>Accounting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/texts.py" line="55"/>
        <source>Mise en paiement</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/texts.py" line="56"/>
        <source>Approbation</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/texts.py" line="57"/>
        <source>Refus</source>
        <translation>Refusal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/texts.py" line="65"/>
        <location filename="../../desktop_app/ui/texts.py" line="67"/>
        <source>En attente d&apos;envoi</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/texts.py" line="66"/>
        <source>Envoi en cours</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/texts.py" line="68"/>
        <source>Envoyée</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/texts.py" line="69"/>
        <source>À corriger</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/texts.py" line="70"/>
        <source>Conflit</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/texts.py" line="71"/>
        <source>Abandonnée</source>
        <translation>Discarded</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/texts.py" line="75"/>
        <source>En attente d&apos;approbation</source>
        <translation>Awaiting approval</translation>
    </message>
</context>
<context>
    <name>ViewerPrint</name>
    <message>
        <location filename="../../desktop_app/ui/viewer_print.py" line="34"/>
        <source>L&apos;imprimante n&apos;a pas pu être ouverte.</source>
        <translation>The printer could not be opened.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/viewer_print.py" line="66"/>
        <source>Imprimer la facture</source>
        <translation>Print the invoice</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/viewer_print.py" line="77"/>
        <source>Aperçu avant impression</source>
        <translation>Print preview</translation>
    </message>
</context>
<context>
    <name>ViewerWindow</name>
    <message>
        <location filename="../../desktop_app/ui/viewer_window.py" line="25"/>
        <source>{title} — visionneuse</source>
        <translation>{title} — viewer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/viewer_window.py" line="33"/>
        <source>Fermer la visionneuse</source>
        <translation>Close the viewer</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="36"/>
        <source>&amp;Synchroniser maintenant</source>
        <extracomment>Zoom factors offered by &quot;zoom in&quot; / &quot;zoom out&quot; (1.0 = 100 %, the page at its real size).</extracomment>
        <translation>&amp;Synchronise now</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="37"/>
        <source>&amp;Envois en attente…</source>
        <translation>&amp;Outbox…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="38"/>
        <source>&amp;Approbations en attente…</source>
        <translation>Pending &amp;approvals…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="39"/>
        <source>Exporter la liste en &amp;CSV…</source>
        <translation>Export the list to &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="40"/>
        <source>Exporter la liste en &amp;XLSX…</source>
        <translation>Export the list to &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="43"/>
        <source>Exporter les PDF de la sélection dans un &amp;dossier…</source>
        <translation>Export the selection&apos;s PDFs to a &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="49"/>
        <source>Exporter la sélection en un seul PDF (fusio&amp;nné)…</source>
        <translation>Export the selection to one &amp;merged PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="54"/>
        <source>&amp;Importer les engagements…</source>
        <translation>&amp;Import engagements…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="56"/>
        <source>&amp;Paramètres…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="57"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="58"/>
        <source>&amp;Suspendre…</source>
        <translation>&amp;Suspend…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="59"/>
        <source>&amp;Rejeter…</source>
        <translation>&amp;Reject…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="61"/>
        <source>Rec&amp;ycler vers un autre service…</source>
        <translation>Rec&amp;ycle to another service…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="63"/>
        <source>Service &amp;fait…</source>
        <translation>Service &amp;done…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="64"/>
        <source>&amp;Mandater…</source>
        <translation>&amp;Payment order…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="65"/>
        <source>Statut &amp;comptable…</source>
        <translation>&amp;Accounting status…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="66"/>
        <source>Prendre en c&amp;harge</source>
        <translation>Take in &amp;hand</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="68"/>
        <source>&amp;Libérer la prise en charge</source>
        <translation>Re&amp;lease</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="71"/>
        <source>Ajouter une &amp;note interne…</source>
        <translation>Add an internal &amp;note…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="74"/>
        <source>Ouvrir la &amp;pièce jointe</source>
        <translation>Open the a&amp;ttachment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="77"/>
        <source>Comparer avec l&apos;original…</source>
        <translation>Compare with the original…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="79"/>
        <source>&amp;Imprimer la facture…</source>
        <translation>Pr&amp;int the invoice…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="80"/>
        <source>Ouvrir dans la &amp;visionneuse</source>
        <translation>Open in the &amp;viewer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="81"/>
        <source>&amp;Rechercher</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="82"/>
        <source>&amp;Enregistrer la recherche…</source>
        <translation>Sa&amp;ve the search…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="83"/>
        <source>Re&amp;nommer la recherche…</source>
        <translation>Re&amp;name the search…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="84"/>
        <source>Su&amp;pprimer la recherche…</source>
        <translation>&amp;Delete the search…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="85"/>
        <source>Aller à la &amp;liste</source>
        <translation>Go to the &amp;list</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="86"/>
        <source>Aller aux &amp;boîtes</source>
        <translation>Go to the &amp;inboxes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="88"/>
        <source>Aller aux &amp;structures</source>
        <translation>Go to the s&amp;tructures</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="90"/>
        <source>&amp;Historique de la facture</source>
        <translation>Invoice &amp;history</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="91"/>
        <source>&amp;Champs de la facture</source>
        <translation>Invoice &amp;fields</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="92"/>
        <source>&amp;Marquer comme vues</source>
        <translation>&amp;Mark as seen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="93"/>
        <source>&amp;Tout marquer comme vu</source>
        <translation>Mark &amp;all as seen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="94"/>
        <source>Boîte « À traiter »</source>
        <translation>“To process” inbox</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="95"/>
        <source>Boîte « Suspendues »</source>
        <translation>“Suspended” inbox</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="96"/>
        <source>Boîte « Rejetées »</source>
        <translation>“Rejected” inbox</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="97"/>
        <source>Boîte « Service fait »</source>
        <translation>“Service done” inbox</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="98"/>
        <source>Boîte « Mandatées »</source>
        <translation>“Mandated” inbox</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="99"/>
        <source>Boîte « Mises en paiement »</source>
        <translation>“Paid” inbox</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="100"/>
        <source>Boîte « Toutes »</source>
        <translation>“All” inbox</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="102"/>
        <source>&amp;Vérifier la piste d&apos;audit…</source>
        <translation>&amp;Verify the audit trail…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="104"/>
        <source>E&amp;xporter la piste d&apos;audit…</source>
        <translation>E&amp;xport the audit trail…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="105"/>
        <source>&amp;Travaux : circuit MOE / MOA…</source>
        <translation>&amp;Works: MOE / MOA circuit…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="107"/>
        <source>Circuit d&apos;&amp;approbation et délais…</source>
        <translation>&amp;Approval circuit and deadlines…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="109"/>
        <source>&amp;Français</source>
        <translation>&amp;Français</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="110"/>
        <source>&amp;English</source>
        <translation>&amp;English</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="111"/>
        <source>&amp;Guide de l&apos;utilisateur</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="112"/>
        <source>&amp;Raccourcis clavier</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="113"/>
        <source>&amp;Diagnostics…</source>
        <translation>&amp;Diagnostics…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="119"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="120"/>
        <source>Fa&amp;cture</source>
        <translation>&amp;Invoice</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="124"/>
        <source>A&amp;ide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="121"/>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="122"/>
        <source>&amp;Outils</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="123"/>
        <source>&amp;Langue</source>
        <translation>&amp;Language</translation>
    </message>
</context>
<context>
    <name>WorksActionDialog</name>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="65"/>
        <source>Montant retenu HT :</source>
        <translation>Amount kept excl. VAT:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="69"/>
        <source>Commentaire (obligatoire pour un refus)</source>
        <translation>Comment (required to refuse)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="71"/>
        <source>Commentaire (facultatif)</source>
        <translation>Comment (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="72"/>
        <source>Commentaire :</source>
        <translation>Comment:</translation>
    </message>
</context>
<context>
    <name>WorksHistoryTable</name>
    <message>
        <location filename="../../desktop_app/ui/works_history.py" line="42"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_history.py" line="43"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_history.py" line="44"/>
        <source>Par</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_history.py" line="45"/>
        <source>Commentaire</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_history.py" line="46"/>
        <source>Étape tacite (fondement)</source>
        <translation>Tacit step (legal basis)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_history.py" line="59"/>
        <source>Chorus Pro (délai expiré)</source>
        <translation>Chorus Pro (deadline passed)</translation>
    </message>
</context>
<context>
    <name>WorksWindow</name>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="99"/>
        <source>Travaux — circuit MOE / MOA</source>
        <translation>Works — MOE / MOA circuit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="109"/>
        <source>&amp;Boîte :</source>
        <translation>&amp;Box:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="115"/>
        <source>&amp;Actualiser</source>
        <translation>R&amp;efresh</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="122"/>
        <location filename="../../desktop_app/ui/works_window.py" line="143"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="123"/>
        <source>Marché</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="124"/>
        <location filename="../../desktop_app/ui/works_window.py" line="144"/>
        <source>Pièce</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="125"/>
        <location filename="../../desktop_app/ui/works_window.py" line="145"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="126"/>
        <source>Fournisseur</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="127"/>
        <source>Montant HT</source>
        <translation>Amount excl. VAT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="128"/>
        <source>Échéance de l&apos;étape</source>
        <translation>Step deadline</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="129"/>
        <source>Jours restants</source>
        <translation>Days left</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="142"/>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="146"/>
        <source>Demandé HT</source>
        <translation>Asked excl. VAT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="147"/>
        <source>Retenu HT</source>
        <translation>Kept excl. VAT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="148"/>
        <source>Cumul demandé</source>
        <translation>Total asked</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="149"/>
        <source>Cumul retenu</source>
        <translation>Total kept</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="150"/>
        <source>Délai de l&apos;étape</source>
        <translation>Step deadline</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="154"/>
        <source>&amp;Historique de la pièce :</source>
        <translation>&amp;History of the document:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="177"/>
        <source>À vérifier (MOE)</source>
        <translation>To check (MOE)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="178"/>
        <source>À valider (MOA)</source>
        <translation>To validate (MOA)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="179"/>
        <source>Délais tacites en cours</source>
        <translation>Tacit deadlines running</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="180"/>
        <source>Échéance de l&apos;étape dépassée</source>
        <translation>Step deadline passed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="181"/>
        <source>Échéance de l&apos;étape ≤ 5 jours</source>
        <translation>Step deadline ≤ 5 days</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="182"/>
        <source>Toutes les pièces de travaux</source>
        <translation>All works documents</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="187"/>
        <source>&amp;Valider (MOE)…</source>
        <translation>&amp;Validate (MOE)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="188"/>
        <source>&amp;Refuser (MOE)…</source>
        <translation>&amp;Refuse (MOE)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="189"/>
        <source>Valider (M&amp;OA)…</source>
        <translation>Validate (M&amp;OA)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="190"/>
        <source>Re&amp;fuser (MOA)…</source>
        <translation>Re&amp;fuse (MOA)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="195"/>
        <source>Projet de décompte mensuel</source>
        <translation>Monthly draft statement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="196"/>
        <source>État d&apos;acompte</source>
        <translation>Interim statement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="197"/>
        <source>État d&apos;acompte validé</source>
        <translation>Validated interim statement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="198"/>
        <source>Projet de décompte final</source>
        <translation>Draft final statement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="199"/>
        <source>Décompte général et définitif</source>
        <translation>General and final statement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="266"/>
        <source>À vérifier : {moe} · à valider : {moa} · délais tacites : {tacit} · en retard : {late}</source>
        <translation>To check: {moe} · to validate: {moa} · tacit deadlines: {tacit} · late: {late}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="298"/>
        <source>Aucune pièce de travaux dans cette boîte.</source>
        <translation>No works document in this box.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="302"/>
        <source>Marché {contract} — {label} — {supplier}</source>
        <translation>Contract {contract} — {label} — {supplier}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="350"/>
        <source>Action en attente d&apos;envoi à Chorus Pro.</source>
        <translation>Action waiting to be sent to Chorus Pro.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="353"/>
        <source>Aucun délai en cours pour cette pièce.</source>
        <translation>No deadline running for this document.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="354"/>
        <source>Échéance de l&apos;étape : {due} ({source}).</source>
        <translation>Step deadline: {due} ({source}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="358"/>
        <source>Dépassée de {days} jour(s).</source>
        <translation>Passed by {days} day(s).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="359"/>
        <source>{days} jour(s) restant(s).</source>
        <translation>{days} day(s) left.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="383"/>
        <source>« {value} » n&apos;est pas un montant (exemple : 1 234,56).</source>
        <translation>“{value}” is not an amount (example: 1234.56).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="403"/>
        <source>Un refus doit être motivé : saisissez un commentaire.</source>
        <translation>A refusal needs a reason: type a comment.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="404"/>
        <source>Le commentaire est trop long.</source>
        <translation>The comment is too long.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="405"/>
        <source>Le montant doit être positif, au centime près.</source>
        <translation>The amount must be positive, to the cent.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="406"/>
        <source>Votre compte n&apos;a pas ce rôle sur les marchés de travaux.</source>
        <translation>Your account does not have this role on the works contracts.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="407"/>
        <source>Cette action n&apos;est pas possible à cette étape.</source>
        <translation>This action is not possible at this step.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="408"/>
        <source>Une action est déjà en attente d&apos;envoi pour cette pièce.</source>
        <translation>An action is already waiting to be sent for this document.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/works_window.py" line="410"/>
        <source>Action impossible ({key}).</source>
        <translation>Action impossible ({key}).</translation>
    </message>
</context>
<context>
    <name>window.controller</name>
    <message>
        <location filename="../../desktop_app/ui/screenshots.py" line="138"/>
        <source>Facture {number} de {supplier}</source>
        <translation>Invoice {number} from {supplier}</translation>
    </message>
</context>
</TS>
